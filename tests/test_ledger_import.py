"""Importing real-looking ledgers: reading both file kinds, the dry run, the one-transaction import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case, CaseCounter, Person, Petitioner
from receptionapp.db.models_ledger import ImportBatch, ImportedCase
from receptionapp.db.models_workflow import Completion
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping, guess_mapping
from receptionapp.services.admin.check import check_database
from receptionapp.services.audit import verify_chain
from receptionapp.services.cases import intake
from receptionapp.services.cases.listing import CaseFilter, list_cases
from receptionapp.services.context import Actor, ServiceError
from receptionapp.services.ledger import importer as ledger_import
from receptionapp.services.ledger.batches import batch_cases, list_batches, load_mapping, save_mapping
from receptionapp.services.ledger.files import EncodingUnknown, LedgerFileError, LedgerTable, read_ledger
from receptionapp.services.ledger.importer import RowsNotImportable, dry_run, preview, run_import
from receptionapp.services.ledger.plan import ImportCancelled, ImportChoices, ImportSummary, RowStatus
from tests.conftest import make_registration
from tests.ledger_samples import ID_ZHANG, big_lines, write_csv, write_xlsx


def guessed(table: LedgerTable) -> LedgerMapping:
    return LedgerMapping.from_columns(guess_mapping(table.labels), table.labels)


def new_duplicate_bad(summary: ImportSummary) -> tuple[int, int, int]:
    return summary.count(RowStatus.NEW), summary.count(RowStatus.DUPLICATE), summary.count(RowStatus.BAD)


def snapshot(db: Database) -> dict[str, object]:
    """Everything an import may touch, to show that a failed one left nothing behind."""
    with db.read() as session:
        counts = {
            m.__tablename__: session.scalar(select(func.count()).select_from(m))
            for m in (
                Case,
                Person,
                Petitioner,
                AuditEntry,
                ImportBatch,
                ImportedCase,
                Completion,
                CaseCounter,
            )
        }
        counts["last_hash"] = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return counts


@pytest.fixture
def workbook(tmp_path: Path) -> tuple[Path, dict[int, int]]:
    path = tmp_path / "2025年信访台账.xlsx"
    return path, write_xlsx(path)


def test_the_workbook_is_read_with_its_two_level_header_blank_rows_and_footer(workbook) -> None:
    path, where = workbook
    table = read_ledger(path)
    assert table.sheet == "2025年台账" and table.sheets == ["说明", "2025年台账"]  # not the cover sheet
    assert table.labels[3] == "信访人信息/姓名" and table.labels[14] == "办理情况/办理结果"
    assert [row for row, _ in table.rows] == list(where.values())
    assert table.blank_rows == 2 + 1  # two between the lines, one before the footer
    assert table.remarks == [(max(where.values()) + 2, "填表人：王芳        审核人：李强")]
    first = dict(zip(table.labels, table.rows[0][1], strict=True))
    assert first["来访时间"] == dt.datetime(2025, 3, 5, 9, 30)  # a real Excel date
    assert first["办理情况/办结时间"] == dt.datetime(2025, 3, 20)


def test_the_dry_run_tells_new_duplicate_and_bad_rows_with_reasons(
    db: Database, admin: Actor, workbook
) -> None:
    path, where = workbook
    table = read_ledger(path)
    summary = dry_run(db, table, guessed(table))
    assert new_duplicate_bad(summary) == (9, 1, 2)
    reports = {r.row: r for r in summary.reports}
    assert reports[where[5]].reasons == [f"与第{where[1]}行相同"]
    assert "校验位" in reports[where[6]].problems[LedgerField.ID_NUMBER]
    assert (
        reports[where[7]].problems[LedgerField.CATEGORY]
        == "问题类别“收费问题”不在系统列表中，是否为“教育收费”？"
    )
    assert reports[where[2]].notes == ["所属区县“城西”按“城西区”导入"]
    assert "已转换为18位" in reports[where[9]].notes[0]
    assert summary.closed == 4 and summary.new_people == 9
    assert any("填表人" in line for line in summary.lines())
    assert snapshot(db)["cases"] == 0


def test_bad_rows_block_the_import_and_nothing_is_written(db: Database, admin: Actor, workbook) -> None:
    table = read_ledger(workbook[0])
    before = snapshot(db)
    with pytest.raises(RowsNotImportable) as caught:
        run_import(db, admin, table, guessed(table))
    assert caught.value.summary.count(RowStatus.BAD) == 2
    assert snapshot(db) == before


def test_fixed_and_skipped_rows_then_import_agrees_with_the_dry_run(
    db: Database, admin: Actor, workbook
) -> None:
    path, where = workbook
    table = read_ledger(path)
    mapping = guessed(table)
    choices = ImportChoices(overrides={where[7]: {LedgerField.CATEGORY: "教育收费"}}, skipped={where[6]})
    dry = dry_run(db, table, mapping, choices)
    done = run_import(db, admin, table, mapping, choices)
    assert dry.counts == done.counts
    assert (done.count(RowStatus.NEW), done.count(RowStatus.SKIPPED)) == (10, 1)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 10
        names = set(session.scalars(select(Person.name)))
        assert {"李䶮", "王𠇔", "刘洋"} <= names  # rare characters intact, 等6人 taken apart
        # Free text keeps the ledger's full-width punctuation; only word cells are normalised.
        assert session.scalar(select(Case.problem).where(Case.number == "来访〔2025〕0001号")) == (
            "学校以资料费名义向学生收取费用，每生三百元。"
        )
        assert session.scalar(select(Person.phone).where(Person.name == "王𠇔")) == "13912345678"
        collective = session.scalar(select(Case).where(Case.head_count == 6))
        assert collective.is_collective and collective.channel == Channel.VISIT.value
        assert verify_chain(session) is None
        batch = session.get(ImportBatch, done.batch_id)
        assert batch.file_name == path.name and batch.imported_count == 10 and batch.row_count == 12
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        assert entry.entity == "import_batch" and path.name in entry.summary and table.sha256 in entry.details
    assert check_database(db) == []
    # Found by the register's search, rare characters and all.
    found = list_cases(db, CaseFilter(text="李䶮"))
    assert len(found) == 1 and found[0].number.startswith("来信〔2025〕")


def test_closed_rows_become_closed_cases_with_their_completion(db: Database, admin: Actor, workbook) -> None:
    table = read_ledger(workbook[0])
    done = run_import(db, admin, table, guessed(table), ImportChoices(skip_bad=True))
    with db.read() as session:
        rows = session.execute(
            select(Person.name, Case.status, Case.closed_at, Completion.decision, Completion.on_time,
                   Completion.service, Completion.satisfaction)
            .join(Petitioner, Petitioner.person_id == Person.id)
            .join(Case, Case.id == Petitioner.case_id)
            .join(Completion, Completion.case_id == Case.id)
        ).all()  # fmt: skip
        by_name = {r[0]: r[1:] for r in rows}
        open_cases = dict(
            session.execute(
                select(Person.name, Case.status)
                .join(Petitioner, Petitioner.person_id == Person.id)
                .join(Case, Case.id == Petitioner.case_id)
                .where(Case.status != "closed")
            ).all()
        )
    assert by_name["张晓梅"] == (
        "closed",
        dt.datetime(2025, 3, 20, 17, 0),
        "support",
        None,
        "unspecified",
        "satisfied",
    )
    assert by_name["李䶮"][2] == "explain" and by_name["周敏"][2] == "reject"
    assert by_name["吴刚"][2] == "unspecified"  # the result names no decision: not guessed
    assert open_cases == {"王𠇔": "registered", "赵磊": "in_progress", "刘洋": "registered",
                          "孙丽": "in_progress", "郑红": "registered"}  # fmt: skip
    assert done.closed == 4


def test_on_time_is_set_only_when_the_ledger_lets_us_tell(db: Database, admin: Actor, tmp_path: Path) -> None:
    lines = big_lines(3)
    for line in lines:
        line["办结时间"] = line["来访时间"].date() + dt.timedelta(days=10)
        line["办理结果"] = "予以支持"
    lines[0]["办理期限"] = line_deadline = lines[0]["来访时间"].date() + dt.timedelta(days=15)
    lines[1]["办理期限"] = lines[1]["来访时间"].date() + dt.timedelta(days=5)
    path = tmp_path / "t.csv"
    write_csv(path, "utf-8", lines, headers=["来访时间", "信访形式", "姓名", "联系电话", "所属区县", "问题类别",
                                              "反映问题", "办理结果", "办结时间", "办理期限"])  # fmt: skip
    table = read_ledger(path)
    run_import(db, admin, table, guessed(table))
    with db.read() as session:
        got = [c.on_time for c in session.scalars(select(Completion).order_by(Completion.case_id))]
    assert sorted(got, key=str) == sorted([True, False, None], key=str)
    assert line_deadline  # used


def test_people_are_linked_to_known_petitioners_and_same_day_cases_are_recognised(
    db: Database, admin: Actor, workbook
) -> None:
    path, where = workbook
    # 张晓梅 is already in the app, registered by hand on the day of her ledger row.
    intake.register_case(
        db, admin,
        make_registration(
            person=PetitionerInput(name="张晓梅", id_number=ID_ZHANG, phone="13812345678"),
            received_at=dt.datetime(2025, 3, 5, 10, 0),
        ),
    )  # fmt: skip
    # 吴刚 is known by name and phone only.
    intake.register_case(
        db, admin,
        make_registration(person=PetitionerInput(name="吴刚", phone="13200006666"),
                          received_at=dt.datetime(2025, 1, 5, 10, 0)),
    )  # fmt: skip
    table = read_ledger(path)
    summary = run_import(db, admin, table, guessed(table), ImportChoices(skip_bad=True))
    reports = {r.row: r for r in summary.reports}
    assert reports[where[1]].status is RowStatus.EXISTING
    assert reports[where[1]].reasons[0].startswith("系统中已有同一信访人同日的事项来访〔2025〕")
    assert summary.linked_people == 1  # 吴刚; 张晓梅's only row was not imported
    with db.read() as session:
        assert session.scalar(select(func.count()).where(Person.name == "吴刚")) == 1
        wu = session.scalar(
            select(Case).join(Petitioner).join(Person).where(Person.name == "吴刚", Case.received_at > dt.datetime(2025, 6, 1))
        )  # fmt: skip
        assert wu.is_repeat  # his earlier case is in the app


def test_numbers_continue_the_apps_counters(db: Database, admin: Actor, workbook) -> None:
    intake.register_case(db, admin, make_registration(received_at=dt.datetime(2025, 1, 2, 9, 0)))
    table = read_ledger(workbook[0])
    run_import(db, admin, table, guessed(table), ImportChoices(skip_bad=True))
    later = intake.register_case(
        db, admin,
        make_registration(person=PetitionerInput(name="新人", phone="13900000000"),
                          received_at=dt.datetime(2025, 12, 1, 9, 0)),
    )  # fmt: skip
    with db.read() as session:
        numbers = list(session.scalars(select(Case.number).where(Case.channel == "visit").order_by(Case.seq)))
    assert numbers == [f"来访〔2025〕{i:04d}号" for i in range(1, 6)]
    assert later.number == "来访〔2025〕0005号"


def test_the_same_file_twice_is_noticed_and_brings_nothing_new(db: Database, admin: Actor, workbook) -> None:
    table = read_ledger(workbook[0])
    run_import(db, admin, table, guessed(table), ImportChoices(skip_bad=True))
    again = dry_run(db, table, guessed(table), ImportChoices(skip_bad=True))
    assert again.count(RowStatus.NEW) == 0 and again.count(RowStatus.EXISTING) == 9
    assert len(again.earlier_imports) == 1 and "系统管理员" in again.earlier_imports[0]
    with pytest.raises(ServiceError, match="没有可导入的新行"):
        run_import(db, admin, table, guessed(table), ImportChoices(skip_bad=True))


def test_a_cancelled_import_leaves_nothing_behind(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    write_csv(path, "gb18030", big_lines(12000))
    table = read_ledger(path)
    before = snapshot(db)
    progress: list[int] = []
    with pytest.raises(ImportCancelled, match="未作任何改动"):
        run_import(
            db, admin, table, guessed(table),
            progress=lambda done, total, stage: progress.append(done) if stage == "写入数据库" else None,
            cancelled=lambda: bool(progress),  # cancel once the first block is written
        )  # fmt: skip
    assert progress == [ledger_import.BATCH]
    assert snapshot(db) == before
    assert check_database(db) == []


def test_a_failing_import_leaves_nothing_behind(db: Database, admin: Actor, workbook, monkeypatch) -> None:
    table = read_ledger(workbook[0])
    before = snapshot(db)

    def broken(*_args, **_kw) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(ledger_import, "index_many", broken)
    with pytest.raises(RuntimeError):
        run_import(db, admin, table, guessed(table), ImportChoices(skip_bad=True))
    assert snapshot(db) == before


def test_a_dry_run_plan_is_reused_only_while_nothing_changed(
    db: Database, admin: Actor, workbook, monkeypatch
) -> None:
    table = read_ledger(workbook[0])
    mapping, choices = guessed(table), ImportChoices(skip_bad=True)
    plan = preview(db, table, mapping, choices)
    # Someone registers 张晓梅's visit between the dry run and the import: the plan is stale.
    intake.register_case(
        db, admin,
        make_registration(person=PetitionerInput(name="张晓梅", id_number=ID_ZHANG, phone="13812345678"),
                          received_at=dt.datetime(2025, 3, 5, 10, 0)),
    )  # fmt: skip
    done = run_import(db, admin, table, mapping, choices, plan=plan)
    assert done.count(RowStatus.EXISTING) == 1 and done.count(RowStatus.NEW) == 8


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk"])
def test_csv_in_each_encoding_reads_like_the_workbook(
    db: Database, admin: Actor, tmp_path: Path, encoding
) -> None:
    path = tmp_path / f"台账-{encoding}.csv"
    lines = None
    if encoding == "gbk":  # GBK has no 䶮 or 𠇔: those files are GB18030
        from tests.ledger_samples import ledger_lines

        lines = ledger_lines()
        lines[1]["姓名"], lines[2]["姓名"] = "李岩", "王华"
    where = write_csv(path, encoding, lines)
    table = read_ledger(path)
    assert table.encoding == {"utf-8-sig": "utf-8"}.get(encoding, encoding)
    assert [row for row, _ in table.rows] == list(where.values()) and table.blank_rows == 1
    summary = dry_run(db, table, guessed(table))
    assert new_duplicate_bad(summary) == (9, 1, 2)


def test_a_csv_whose_encoding_cannot_be_told_asks(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("姓名,反映问题\n".encode() + b"\xff\xfe\xff\n")
    with pytest.raises(EncodingUnknown, match="请选择编码"):
        read_ledger(path)
    with pytest.raises(LedgerFileError, match="不是GBK编码"):
        read_ledger(path, encoding="gbk")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.xls", b"\xd0\xcf\x11\xe0", "另存为”.xlsx"),
        ("a.xlsx", b"not a zip", "无法打开该Excel文件"),
        ("a.csv", "标题\n1,2,3\n".encode(), "找不到表头"),
        ("a.pdf", b"%PDF", "只能导入"),
    ],
)
def test_unusable_files_get_a_chinese_reason(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LedgerFileError, match=message):
        read_ledger(path)


def test_a_saved_mapping_with_defaults_and_fixes_serves_next_years_file(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "来信台账.csv"
    lines = big_lines(4)
    for line in lines:
        line.pop("信访形式")
    lines[2]["问题类别"] = "收费问题"
    write_csv(
        path,
        "utf-8",
        lines,
        headers=["序号", "来访时间", "姓名", "联系电话", "所属区县", "问题类别", "反映问题"],
    )
    table = read_ledger(path)
    mapping = guessed(table)
    assert dry_run(db, table, mapping).count(RowStatus.BAD) == 4  # no channel anywhere
    mapping.channel = Channel.LETTER
    mapping.values = {LedgerField.CATEGORY: {"收费问题": "教育收费"}}
    mapping.columns[LedgerField.NUMBER] = "序号"  # this office numbers its ledger with 序号
    save_mapping(db, admin, "来信台账", mapping)
    saved = load_mapping(db, "来信台账")
    assert saved == mapping
    done = run_import(db, admin, table, saved, mapping_name="来信台账")
    assert done.count(RowStatus.NEW) == 4
    [batch] = list_batches(db)
    assert (batch.file_name, batch.imported_count) == ("来信台账.csv", 4)
    listed = batch_cases(db, batch.id)
    assert [c.original_number for c in listed] == ["1", "2", "3", "4"]
    assert all(c.number.startswith("来信〔2021〕") for c in listed)
    # The ledger's own number is searchable, and shown in the case's note.
    assert len(list_cases(db, CaseFilter(text="原台账编号"))) == 4


def test_a_larger_workbook_with_shared_strings_imports(db: Database, admin: Actor, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from tests.ledger_samples import HEADERS

    lines = big_lines(1500)
    wb = Workbook()  # normal mode: shared strings and a <dimension>, as Excel writes
    ws = wb.active
    ws.append(HEADERS)
    for line in lines:
        ws.append([line.get(h) for h in HEADERS])
    path = tmp_path / "big.xlsx"
    wb.save(path)
    table = read_ledger(path)
    assert len(table.rows) == 1500 and table.rows[0][1][1] == lines[0]["来访时间"]
    done = run_import(db, admin, table, guessed(table))
    assert done.count(RowStatus.NEW) == 1500
    assert check_database(db) == []


def test_migration_0004_gives_exactly_the_models_tables(db: Database) -> None:
    """The migrated schema is the models' (the full-text index aside, as migrations/env.py leaves it)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from receptionapp.db.base import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, type_, reflected, compare_to: (
                    not (type_ == "table" and name and name.startswith("case_search"))
                )
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_a_look_alike_taken_on_purpose_is_imported(db: Database, admin: Actor, workbook) -> None:
    path, where = workbook
    table = read_ledger(path)
    choices = ImportChoices(force={where[5]}, skip_bad=True)
    summary = run_import(db, admin, table, guessed(table), choices)
    assert summary.count(RowStatus.DUPLICATE) == 0 and summary.count(RowStatus.NEW) == 10
    with db.read() as session:
        zhang = session.scalar(select(Person.id).where(Person.name == "张晓梅"))
        repeats = session.scalars(
            select(Case.is_repeat).join(Petitioner).where(Petitioner.person_id == zhang).order_by(Case.id)
        ).all()
    assert repeats == [False, True]  # one person, two cases: the second is a repeat visit
