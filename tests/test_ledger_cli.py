"""``receptionapp import`` and ``import-batches`` as an operator runs them."""

from __future__ import annotations

from pathlib import Path

from receptionapp.cli import main
from receptionapp.paths import DataPaths
from receptionapp.services.admin.check import check_database
from tests.ledger_samples import write_xlsx


def test_import_refuses_bad_rows_unless_told_to_skip_them(data_paths: DataPaths, db, admin, capsys) -> None:
    folder = str(data_paths.root)
    ledger = data_paths.root.parent / "台账.xlsx"
    where = write_xlsx(ledger)

    assert main(["--data-dir", folder, "import", str(ledger), "--dry-run"]) == 1
    out, err = capsys.readouterr()
    assert "新增：9件（其中已办结4件）" in out and "文件内重复（不导入）：1行" in out
    assert f"第{where[6]}行［有问题］身份证号校验位不正确" in out
    assert "未写入任何数据" in err and "--skip-bad" in err

    assert main(["--data-dir", folder, "import", str(ledger)]) == 1
    assert "未写入任何数据" in capsys.readouterr().err
    assert main(["--data-dir", folder, "import-batches"]) == 0
    assert capsys.readouterr().out == ""

    assert main(["--data-dir", folder, "import", str(ledger), "--skip-bad"]) == 0
    out = capsys.readouterr().out
    assert "已导入：第1批" in out and "有问题：0行；已跳过：2行" in out
    assert check_database(db) == []

    assert main(["--data-dir", folder, "import-batches"]) == 0
    assert "第1批" in (listing := capsys.readouterr().out) and "台账.xlsx" in listing and "导入9件" in listing
    assert main(["--data-dir", folder, "import-batches", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 9 and lines[0].startswith("来访〔2025〕0001号") and "张晓梅" in lines[0]


def test_import_errors_are_chinese_sentences(data_paths: DataPaths, admin, capsys, tmp_path: Path) -> None:
    folder = str(data_paths.root)
    assert main(["--data-dir", folder, "import", str(tmp_path / "无.xlsx")]) == 2
    assert "文件不存在" in capsys.readouterr().err
    ledger = tmp_path / "台账.xlsx"
    write_xlsx(ledger)
    assert main(["--data-dir", folder, "import", str(ledger), "--mapping", "去年的方案"]) == 1
    assert "没有名为“去年的方案”的列对应方案" in capsys.readouterr().err
    garbled = tmp_path / "乱码.csv"
    garbled.write_bytes("姓名,反映问题\n".encode("gbk") + b"\xff\n")
    assert main(["--data-dir", folder, "import", str(garbled)]) == 2
    assert "--encoding gbk" in capsys.readouterr().err
