"""The five papers of a real case, read back from their PDFs: content, pages, confidentiality, reprints, audit."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from receptionapp.db.database import Database
from receptionapp.documents.forms import FormGrid, FormRow, FormText
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.people import Gender, Relation
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor, NotFound
from receptionapp.services.papers import catalog
from receptionapp.services.papers.catalog import PaperKind, PrintWay
from tests.conftest import make_registration
from tests.paper_case import REPRESENTATIVES, PaperCase
from tests.pdfcheck import all_text, fonts, page_texts, reader, squeeze

IDENTITY = [
    value
    for p in REPRESENTATIVES
    for value in (p.name, p.id_number, p.phone, p.address, p.phone.replace("-", ""), p.id_number[-8:])
]


def expected_texts(paper: catalog.Paper) -> list[str]:
    """Every label and value the form holds, as they must appear in the PDF's text."""
    doc = paper.document
    texts = [doc.bureau, doc.title, doc.number, *doc.footer_signatures]
    for row in doc.rows:
        if isinstance(row, FormRow):
            texts += [row.label, row.value, row.label2 or "", row.value2]
        elif isinstance(row, FormText):
            texts += [row.label, *row.text.split("\n")]
        elif isinstance(row, FormGrid):
            texts += [header for header, _w in row.columns]
            texts += [part for values in row.rows for value in values for part in value.split("\n")]
    return [squeeze(t) for t in texts if t.strip()]


def test_each_paper_prints_its_record_on_one_page(db: Database, closed: PaperCase) -> None:
    found = catalog.case_papers(db, closed.case_id)
    assert [p.kind for p in found] == [
        PaperKind.REGISTRATION,
        PaperKind.CONVERSATION,
        PaperKind.ASSIGNMENT,
        PaperKind.ASSIGNMENT,
        PaperKind.SUPERVISION,
        PaperKind.COMPLETION,
    ]
    for paper in found:
        pdf = paper.render()
        pages = page_texts(pdf)
        assert len(pages) == 1, paper.title
        text = all_text(pdf)
        for expected in expected_texts(paper):
            assert expected in text, (paper.title, expected)
        assert "某市教育局" in text and all(f.embedded for f in fonts(pdf))


def test_five_representatives_fit_one_registration_sheet(db: Database, people: dict[str, Actor]) -> None:
    """A collective visit elects 3 to 5 representatives (seed 004): the 登记单 holds all five on one page.

    (An address much longer than these wraps to a third line and may take the 批示 to a second page.)
    """
    names = ("王𠇔", "李䶮", "赵晓", "钱多多", "孙悦")
    five = [
        PetitionerInput(
            name=name,
            phone=f"1390000{i:04d}",
            address=f"城东区解放路{i + 12}号{i + 3}幢{i + 1}单元{i + 402}室",
            relation=Relation.PARENT,
            is_representative=True,
        )
        for i, name in enumerate(names)
    ]
    case = intake.register_case(
        db,
        people["clerk"],
        make_registration(
            channel=Channel.VISIT, person=None, petitioners=five, head_count=40,
            problem="学校以资料费名义向学生收取费用，每生三百元，未开具正式票据，家长多次反映无果。" * 2,
        ),
        now=dt.datetime(2026, 11, 24, 18),
    )  # fmt: skip
    sheet = catalog.find_paper(db, case.id, f"registration:{case.id}")
    pdf = sheet.render()
    assert len(page_texts(pdf)) == 1
    text = all_text(pdf)
    assert all(name in text for name in names)


def test_the_papers_carry_the_case(db: Database, closed: PaperCase) -> None:
    texts = {p.key: all_text(p.render()) for p in catalog.case_papers(db, closed.case_id)}
    registration = texts[f"registration:{closed.case_id}"]
    for value in ("领导干部接待群众来访登记单", closed.number, "王𠇔", "李䶮", "11010519491231002X",
                  "0571-87001234", "6人（集体访）", "李局长", "预约（电话预约", "同意接访", "教育收费",
                  "城东区", "市第一中学", "予以受理", "安排10月14日领导接访"):  # fmt: skip
        assert squeeze(value) in registration, value
    talk = next(t for k, t in texts.items() if k.startswith("conversation:"))
    for value in (
        "2026年10月14日14:40—15:20",
        "法律顾问赵堃",
        "李䶮：希望退钱",
        "要公示、要开票",
        "来访人（签字）",
    ):
        assert squeeze(value) in talk, value
    division = texts[f"assignment:{closed.division_assignment}"]
    for value in ("交办〔2026〕0001号", "基础教育处", "2026年11月12日前", "王𠇔", "13812345678",
                  "请基础教育处牵头调查核实", "交办人", "签收人", "签收日期"):  # fmt: skip
        assert squeeze(value) in division, value
    supervision = texts[f"supervision:{closed.supervision}"]
    for value in ("信访事项督办单", "督办〔2026〕0001号", "已超期", "交办〔2026〕0002号", "2026年11月12日",
                  "2026年11月20日前", "请于5个工作日内报送办理结果", "已全额退还资料费"):  # fmt: skip
        assert squeeze(value) in supervision, value
    completion = texts[f"completion:{closed.case_id}"]
    for value in ("信访事项办结单", "予以支持", "挂号邮寄", "XA123456789CN", "满意", "2026年11月20日",
                  "按期办结是", closed.archive_number, "第三十二条"):  # fmt: skip
        assert squeeze(value) in completion, value


def test_the_complained_unit_never_sees_who_complained(db: Database, closed: PaperCase) -> None:
    by_key = {p.key: p for p in catalog.case_papers(db, closed.case_id)}
    hidden = by_key[f"assignment:{closed.school_assignment}"]
    text = all_text(hidden.render())
    assert "（已按保密规定隐去）" in text and "市第一中学" in text
    for secret in IDENTITY:
        assert squeeze(secret) not in text, secret
    # The problem text named a petitioner: the name is blacked out, the matter stays.
    assert "×××的孩子因未交费被点名批评" in text
    # The 督办单 about that assignment goes to the same school.
    urging = all_text(by_key[f"supervision:{closed.supervision}"].render())
    for secret in IDENTITY:
        assert squeeze(secret) not in urging, secret
    # The PDF's metadata names no one either.
    metadata = " ".join(str(v) for v in reader(hidden.render()).metadata.values())
    assert "信访事项交办单" in metadata and not any(secret in metadata for secret in IDENTITY)


def test_reprints_are_identical(db: Database, closed: PaperCase, people: dict[str, Actor]) -> None:
    first = {p.key: p.render() for p in catalog.case_papers(db, closed.case_id)}
    paper = catalog.find_paper(db, closed.case_id, f"assignment:{closed.division_assignment}")
    catalog.record_print(
        db, people["office"], closed.case_id, [(paper, first[paper.key])], PrintWay.PRINTER, pages=1
    )
    again = {p.key: p.render() for p in catalog.case_papers(db, closed.case_id)}
    assert again == first


def test_each_print_is_in_the_audit_log(db: Database, closed: PaperCase, people: dict[str, Actor]) -> None:
    paper = catalog.find_paper(db, closed.case_id, f"completion:{closed.case_id}")
    pdf = paper.render()
    catalog.record_print(db, people["clerk"], closed.case_id, [(paper, pdf)], PrintWay.PDF)
    last = get_case(db, closed.case_id).timeline[-1]
    assert (last.action, last.user) == ("print", "陈接待")
    assert last.summary == f"打印办结单 {closed.number}（生成PDF）"
    assert last.details["papers"] == [{"key": paper.key, "title": paper.title, "sha256": catalog.sha256(pdf)}]
    with pytest.raises(NotFound):
        catalog.find_paper(db, closed.case_id, "assignment:999")


def test_a_letter_gets_the_general_register_form(db: Database, people: dict[str, Actor]) -> None:
    case_id = intake.register_case(
        db,
        people["clerk"],
        make_registration(
            channel=Channel.LETTER,
            person=PetitionerInput(
                name="张喆", gender=Gender.FEMALE, address="示例市城西区文一路5号", relation=Relation.TEACHER
            ),
            letter_pages=3,
            received_at=dt.datetime(2026, 11, 2, 9, 0),
        ),
        now=dt.datetime(2026, 11, 3),
    ).id
    [paper] = catalog.case_papers(db, case_id)
    text = all_text(paper.render())
    assert paper.document.title == "信访事项登记单"
    for value in (
        "信访人张喆",
        "来信页数3页",
        "与学校关系教师",
        "收到时间2026年11月2日9:00",
        "审核人（签字）",
    ):
        assert squeeze(value) in text, value
    assert "接访领导" not in text and "来访人数" not in text
    assert re.search(r"第1页共1页", text)


def test_a_provisional_deadline_says_so_on_the_forms(
    db: Database, people: dict[str, Actor], time_machine
) -> None:
    from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
    from receptionapp.domain.workflow import Route
    from receptionapp.services.workflow.assignment import assign
    from receptionapp.services.workflow.instruction import instruct
    from receptionapp.services.workflow.supervision import supervise
    from tests.conftest import unit_id

    # 2027's holiday arrangement is not entered: every deadline in it is provisional.
    time_machine.move_to(dt.datetime(2027, 1, 8, 16, 0), tick=False)
    case_id = intake.register_case(
        db, people["office"], make_registration(received_at=dt.datetime(2027, 1, 5, 9, 0)),
        now=dt.datetime(2027, 1, 6, 9, 0),
    ).id  # fmt: skip
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请基础教育处办理。", on=dt.date(2027, 1, 6))
    sent = assign(db, people["office"], case_id, unit_id(db, "基础教育处"), on=dt.date(2027, 1, 6))
    assert sent.provisional
    supervise(
        db, people["office"], case_id, level=SupervisionLevel.URGE, reason=SupervisionReason.LEADER_REQUEST,
        content="请加快办理。", requested_by="李局长", on=dt.date(2027, 1, 8),
    )  # fmt: skip
    found = {p.kind: p for p in catalog.case_papers(db, case_id)}
    for kind in (PaperKind.ASSIGNMENT, PaperKind.SUPERVISION):
        assert squeeze("前（暂定，以节假日安排公布后为准）") in all_text(found[kind].render()), kind
    assert squeeze("暂定") not in all_text(found[PaperKind.REGISTRATION].render())
