"""Confidential cases: who sees a 检举控告's petitioner, in which list, page, paper, letter and export.

The rule is ``services.access``: the office and the admin see the identity, a
leader once he instructed or received the case, nobody else; lists show
"（保密）" to everyone; every opening of a confidential case is audited; a
confidential case is found by its petitioner's name only by those who may
see it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Case
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.confidentiality import MASK
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.reception import ConversationInput
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import confidentiality, intake
from receptionapp.services.cases.detail import get_case, prior_cases
from receptionapp.services.cases.editing import update_case
from receptionapp.services.cases.listing import CaseFilter, count_cases, list_cases
from receptionapp.services.changes import change_marker, changes_since
from receptionapp.services.context import Actor, NeedsConfirmation, PermissionDenied, ValidationFailed
from receptionapp.services.deadlines import board
from receptionapp.services.papers import catalog
from receptionapp.services.reception.conversation import record_conversation
from receptionapp.services.workflow.assignment import assign
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from tests.conftest import make_registration, unit_id

D = dt.date
NAME, ID_NUMBER, PHONE = "钱秀英", "110102198001011239", "13912345678"
ADDRESS = "城东区和平路8号"
PROBLEM = f"我是{NAME}，举报市第一中学校长违规收费、挪用经费。联系电话{PHONE}。"


def report_case(db: Database, actor: Actor, **overrides) -> int:
    person = PetitionerInput(name=NAME, id_number=ID_NUMBER, phone=PHONE, address=ADDRESS)
    values = dict(person=person, petition_type=PetitionType.REPORT, problem=PROBLEM, unit="市第一中学")
    values.update(overrides)
    return intake.register_case(db, actor, make_registration(**values), now=dt.datetime(2026, 11, 24, 18)).id


def views(db: Database, case_id: int) -> list[AuditEntry]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.case_id == case_id, AuditEntry.action == "view")
            )
        )


def found(db: Database, actor: Actor, text: str) -> set[int]:
    flt = CaseFilter(text=text)
    rows = list_cases(db, flt, actor=actor)
    assert count_cases(db, flt, actor) == len(rows)
    return {r.id for r in rows}


def test_a_report_is_confidential_from_registration(db: Database, people: dict[str, Actor]) -> None:
    case_id = report_case(db, people["clerk"])
    other = intake.register_case(
        db, people["clerk"], make_registration(), now=dt.datetime(2026, 11, 24, 18)
    ).id
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.confidential and case.petition_type == "report"
        plain = session.get(Case, other)
        assert plain is not None and not plain.confidential and plain.petition_type == "appeal"


def test_the_clerk_sees_the_mask_everywhere(db: Database, people: dict[str, Actor]) -> None:
    clerk = people["clerk"]
    case_id = report_case(db, clerk)
    [row] = [r for r in list_cases(db, CaseFilter(), actor=clerk) if r.id == case_id]
    assert (row.names, row.confidential, row.petition_type) == (MASK, True, PetitionType.REPORT)
    assert NAME not in row.problem and PHONE not in row.problem

    detail = get_case(db, case_id, clerk)
    assert detail.identity_hidden
    [person] = detail.petitioners
    assert (person.name, person.id_number, person.phone, person.address) == (MASK, MASK, MASK, MASK)
    assert NAME not in detail.problem and PHONE not in detail.problem and MASK in detail.problem
    assert all(NAME not in entry.summary for entry in detail.timeline)
    [view] = views(db, case_id)
    assert view.user_id == clerk.id and "身份已隐去" in view.summary


def test_the_office_sees_the_identity_and_the_view_is_audited(db: Database, people: dict[str, Actor]) -> None:
    case_id = report_case(db, people["clerk"])
    detail = get_case(db, case_id, people["office"])
    assert not detail.identity_hidden and detail.petitioners[0].id_number == ID_NUMBER
    assert detail.problem == PROBLEM
    [view] = views(db, case_id)
    assert view.user_id == people["office"].id and "身份已隐去" not in view.summary
    # A case that is not confidential leaves no view entries.
    plain = intake.register_case(
        db, people["clerk"], make_registration(), now=dt.datetime(2026, 11, 24, 18)
    ).id
    get_case(db, plain, people["clerk"])
    assert views(db, plain) == []


@pytest.mark.parametrize("text", [NAME, "秀英", ID_NUMBER, ID_NUMBER[:10], PHONE])
def test_only_those_with_the_right_find_it_by_the_petitioner(
    db: Database, people: dict[str, Actor], admin: Actor, text: str
) -> None:
    case_id = report_case(db, people["clerk"])
    assert case_id not in found(db, people["clerk"], text)
    assert case_id not in found(db, people["leader"], text)
    assert case_id in found(db, people["office"], text)
    assert case_id in found(db, admin, text)
    # By its content everyone with the register finds it.
    assert case_id in found(db, people["clerk"], "挪用经费")


def test_a_leader_sees_the_identity_once_he_instructs(db: Database, people: dict[str, Actor]) -> None:
    leader = people["leader"]
    case_id = report_case(db, people["clerk"])
    assert get_case(db, case_id, leader).identity_hidden
    assert case_id not in found(db, leader, NAME)
    instruct(db, leader, case_id, Route.ACCEPT, "请纪检组核查。", on=D(2026, 11, 24))
    assert not get_case(db, case_id, leader).identity_hidden
    assert case_id in found(db, leader, NAME)


def test_a_leader_who_received_the_petitioner_sees_him(db: Database, people: dict[str, Actor]) -> None:
    leader, other = people["leader"], people["office"]
    case_id = report_case(db, people["clerk"])
    talk = ConversationInput(
        leader_id=leader.id,
        started_at=dt.datetime(2026, 11, 24, 15, 0),
        statement=f"{NAME}反映校长违规收费。",
        response="依纪依法核查。",
    )
    record_conversation(db, other, case_id, talk, now=dt.datetime(2026, 11, 24, 18))
    assert not get_case(db, case_id, leader).identity_hidden
    masked = handling(db, case_id, people["clerk"])
    assert masked.conversations and all(NAME not in c.statement for c in masked.conversations)
    assert NAME in handling(db, case_id, leader).conversations[0].statement


def test_marking_and_unmarking(db: Database, people: dict[str, Actor]) -> None:
    office, clerk = people["office"], people["clerk"]
    case_id = intake.register_case(
        db, clerk, make_registration(problem="学校食堂卫生差。"), now=dt.datetime(2026, 11, 24, 18)
    ).id
    assert case_id in found(db, clerk, "张晓梅")
    with pytest.raises(PermissionDenied):
        confidentiality.set_confidential(db, clerk, case_id, True)
    confidentiality.set_confidential(db, office, case_id, True, "涉及举报人人身安全")
    assert case_id not in found(db, clerk, "张晓梅")
    assert case_id in found(db, office, "张晓梅")
    assert get_case(db, case_id, clerk).identity_hidden
    with pytest.raises(ValidationFailed, match="理由"):
        confidentiality.set_confidential(db, office, case_id, False, "")
    confidentiality.set_confidential(db, office, case_id, False, "信访人同意公开身份")
    assert case_id in found(db, clerk, "张晓梅")
    detail = get_case(db, case_id, office)
    actions = [e.action for e in detail.timeline]
    assert "confidential" in actions and "unconfidential" in actions
    assert any("信访人同意公开身份" in e.summary for e in detail.timeline)


def test_changing_the_type_to_a_report_makes_it_confidential(db: Database, people: dict[str, Actor]) -> None:
    clerk = people["clerk"]
    case_id = intake.register_case(db, clerk, make_registration(), now=dt.datetime(2026, 11, 24, 18)).id
    version = get_case(db, case_id, clerk).version
    update_case(db, clerk, case_id, version, {"petition_type": PetitionType.REPORT})
    detail = get_case(db, case_id, clerk)
    assert detail.confidential and detail.identity_hidden and detail.petition_type is PetitionType.REPORT
    # Now only those who see the petitioner may edit it.
    with pytest.raises(PermissionDenied):
        update_case(db, clerk, case_id, detail.version, {"note": "补充"})
    office_view = get_case(db, case_id, people["office"])
    update_case(db, people["office"], case_id, office_view.version, {"note": "补充"})


def test_the_register_filters_by_type(db: Database, people: dict[str, Actor]) -> None:
    clerk = people["clerk"]
    report = report_case(db, clerk)
    plain = intake.register_case(db, clerk, make_registration(), now=dt.datetime(2026, 11, 24, 18)).id
    reports = list_cases(db, CaseFilter(petition_type=PetitionType.REPORT), actor=clerk)
    appeals = list_cases(db, CaseFilter(petition_type=PetitionType.APPEAL), actor=clerk)
    assert [r.id for r in reports] == [report] and [r.id for r in appeals] == [plain]


def test_prior_cases_leave_confidential_ones_out(db: Database, people: dict[str, Actor]) -> None:
    clerk, office = people["clerk"], people["office"]
    report = report_case(db, clerk)
    later = intake.register_case(
        db,
        clerk,
        make_registration(person=PetitionerInput(name=NAME, id_number=ID_NUMBER, phone=PHONE)),
        now=dt.datetime(2026, 11, 24, 18),
    ).id
    assert [c.id for c in prior_cases(db, id_number=ID_NUMBER)] == [later]
    assert [c.id for c in prior_cases(db, id_number=ID_NUMBER, actor=clerk)] == [later]
    assert {c.id for c in prior_cases(db, id_number=ID_NUMBER, actor=office)} == {later, report}
    assert get_case(db, later, clerk).other_cases == []
    assert [c.id for c in get_case(db, later, office).other_cases] == [report]
    assert get_case(db, report, clerk).other_cases == []


def test_board_and_queue_show_the_mask(db: Database, people: dict[str, Actor]) -> None:
    case_id = report_case(db, people["clerk"], received_at=dt.datetime(2026, 11, 2, 9, 0))
    rows = [
        r for r in board.build_board(db, D(2026, 11, 24), actor=people["office"]).rows if r.case_id == case_id
    ]
    assert rows and all(r.names == MASK for r in rows)


def test_papers_for_those_without_the_right(db: Database, people: dict[str, Actor]) -> None:
    case_id = report_case(db, people["clerk"])
    [sheet] = catalog.case_papers(db, case_id, people["clerk"])
    flat = repr(sheet.document.rows)
    assert NAME not in flat and ID_NUMBER not in flat and PHONE not in flat and MASK in flat
    assert "检举控告" in flat
    [office_sheet] = catalog.case_papers(db, case_id, people["office"])
    assert NAME in repr(office_sheet.document.rows)


def test_ledger_rows_hide_confidential_petitioners(
    db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    from receptionapp.reports.export import export_ledger

    report_case(db, people["clerk"])
    intake.register_case(db, people["clerk"], make_registration(), now=dt.datetime(2026, 11, 24, 18))
    out = tmp_path / "台账.xlsx"
    assert export_ledger(db, people["office"], "2026-11", out) == 2
    sheet = load_workbook(out)["台账"]
    header = [c.value for c in sheet[2]]
    rows = {r[header.index("类型")]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    secret, plain = rows["检举控告（保密）"], rows["申诉求决"]
    assert secret[header.index("信访人")] == MASK and secret[header.index("身份证号")] == MASK
    assert NAME not in secret[header.index("反映问题")]
    assert plain[header.index("信访人")] == "张晓梅"


def test_the_accused_unit_needs_an_override(db: Database, people: dict[str, Actor]) -> None:
    office, leader = people["office"], people["leader"]
    case_id = report_case(db, people["clerk"])
    instruct(db, leader, case_id, Route.TRANSFER, "请市第一中学核实。", on=D(2026, 11, 24))
    school = unit_id(db, "市第一中学")
    with pytest.raises(NeedsConfirmation, match="被检举控告的单位"):
        assign(db, office, case_id, school, on=D(2026, 11, 24))
    with pytest.raises(ValidationFailed):
        assign(db, office, case_id, school, on=D(2026, 11, 24), confirm_reason="短")
    done = assign(
        db,
        office,
        case_id,
        school,
        on=D(2026, 11, 24),
        conceal_identity=False,
        confirm_reason="校长已调离，由学校党组织核查",
    )
    assert done.conceal_identity  # the accused unit never gets the identity, whatever was asked
    with db.read() as session:
        override = session.scalar(select(AuditEntry).where(AuditEntry.action == "override"))
        assert override is not None and "校长已调离" in override.summary and override.case_id == case_id
    # Another unit: no override needed, and the identity is hidden by default for a confidential case.
    other = assign(db, office, case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 24))
    assert other.conceal_identity


def test_views_do_not_count_as_changes(db: Database, people: dict[str, Actor]) -> None:
    case_id = report_case(db, people["clerk"])
    marker = change_marker(db)
    get_case(db, case_id, people["office"])
    assert not changes_since(db, marker).any
