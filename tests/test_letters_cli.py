"""``receptionapp letter`` and ``receptionapp verify`` as an operator runs them: files and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from receptionapp.cli import main
from receptionapp.documents.fonts import bundled_font_set
from receptionapp.documents.templates import LetterType
from receptionapp.services.cases.detail import get_case
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters.drafting import draft_letter, save_draft
from receptionapp.services.letters.records import get_letter
from receptionapp.services.letters.rendering import draft_pdf
from tests.letterkit import Bureau, bureau, complete_text, replied_case  # noqa: F401


def test_letter_and_verify_commands(
    bureau: Bureau,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = str(bureau.paths.root)
    case_id = replied_case(bureau)
    number = get_case(bureau.db, case_id).number
    out = tmp_path / "out" / "答复.pdf"
    assert main(["letter", number, "--out", str(out), "--data-dir", folder]) == 1
    assert "还没有签发的信访事项答复意见书" in capsys.readouterr().err
    assert not out.exists()
    assert main(["letter", "来访〔2026〕9999号", "--out", str(out), "--data-dir", folder]) == 1
    assert "找不到事项编号" in capsys.readouterr().err

    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    save_draft(bureau.db, bureau.office, letter_id, complete_text(get_letter(bureau.db, letter_id).text))
    final = letter_approval.approve_letter(
        bureau.db, bureau.leader, bureau.paths, letter_id, fonts=bundled_font_set()
    )
    loose = number.replace("〔", "[").replace("〕", "]")  # typed on a keyboard without 〔〕
    assert main(["letter", loose, "--out", str(out), "--data-dir", folder]) == 0
    assert final.doc_number in capsys.readouterr().out

    assert main(["verify", str(out), "--data-dir", folder]) == 0
    said = capsys.readouterr().out
    assert "核验通过" in said and number in said and final.doc_number in said

    changed = tmp_path / "changed.pdf"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x20
    changed.write_bytes(bytes(data))
    assert main(["verify", str(changed), "--data-dir", folder]) == 1
    assert "核验未通过" in capsys.readouterr().err

    draft = tmp_path / "draft.pdf"
    draft.write_bytes(draft_pdf(bureau.db, bureau.paths, case_id, LetterType.REPLY, "标题：草稿\n\n正文。"))
    assert main(["verify", str(draft), "--data-dir", folder]) == 1
    assert "没有数字签名" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "missing.pdf"), "--data-dir", folder]) == 2
    assert "文件不存在" in capsys.readouterr().err
