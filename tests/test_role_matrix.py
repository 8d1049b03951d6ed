"""The role matrix: every role against every service action, allowed or PermissionDenied.

One table says who may do what; each action is called through its service as
each role (clerk, handler, leader, office, admin). A role outside the
action's set must get PermissionDenied; a role inside it must not (the call
may still fail for another reason — a case already voided by the role before
it, an id that does not exist — which shows the role check was passed). The
GUI and the headless commands call these same services.

Where building real state costs much (a reception day, a visit, a letter
for approval), the call uses an id that does not exist: the role is checked
before anything is looked up, and the allowed roles get NotFound instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from receptionapp.db.database import Database
from receptionapp.documents.templates import LetterType
from receptionapp.domain.completion import CompletionInput
from receptionapp.domain.ledger_fields import LedgerMapping
from receptionapp.domain.periods import parse_period
from receptionapp.domain.reception import Booking, ConversationInput
from receptionapp.domain.roles import Role
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.supervision import SupervisionLevel, SupervisionReason
from receptionapp.domain.workflow import Route
from receptionapp.paths import DataPaths
from receptionapp.reports.ledger import write_ledger_xlsx
from receptionapp.reports.statistics import build_report
from receptionapp.services.admin import audit_log as audit_query
from receptionapp.services.admin import backup, preferences, users
from receptionapp.services.cases import confidentiality, intake, recusals
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.editing import update_case, void_case
from receptionapp.services.cases.recusals import PERSON, RecusalInput
from receptionapp.services.context import Actor, PermissionDenied, ServiceError
from receptionapp.services.deadlines import board, holidays
from receptionapp.services.deadlines import rules as deadline_rules
from receptionapp.services.ledger import batches as ledger_batches
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.letters import service as letter_service
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.letters.drafting import correct_letter, draft_letter, save_draft
from receptionapp.services.papers.archive import write_bundle
from receptionapp.services.reception import rota
from receptionapp.services.reception.conversation import record_conversation
from receptionapp.services.reception.visits import add_walk_in, book, call_visitor, prereview
from receptionapp.services.workflow import closing
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.extension import extend
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from receptionapp.services.workflow.notices import record_notice
from receptionapp.services.workflow.supervision import answer_supervision, supervise
from tests.conftest import make_registration, unit_id

C, H, L, O, A = Role.CLERK, Role.HANDLER, Role.LEADER, Role.OFFICE, Role.ADMIN  # noqa: E741
ON = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 18)
MISSING = 999_999


@dataclass
class World:
    """One case, instructed and assigned to the handler's unit (基础教育处), and everyone's accounts."""

    db: Database
    paths: DataPaths
    tmp: Path
    people: dict[str, Actor]
    case_id: int
    assignment_id: int
    obligation_id: int

    def version(self) -> int:
        return get_case(self.db, self.case_id, self.people["office"], view=None).version


def talk(w: World) -> ConversationInput:
    return ConversationInput(
        leader_id=w.people["leader"].id, started_at=NOW, statement="反映收费问题。", response="将核实。"
    )


def same_rule(w: World, actor: Actor) -> int:
    rule = deadline_rules.list_rules(w.db)[0].rule
    return deadline_rules.update_rule(
        w.db, actor, rule.id or MISSING, name=rule.name, length=rule.length, unit=rule.unit,
        max_extension=rule.max_extension, basis=rule.basis,
    )  # fmt: skip


# action -> (roles allowed, the call)
MATRIX: dict[str, tuple[set[Role], Callable[[World, Actor], Any]]] = {
    # 登记 and the case record
    "register": ({C, O, A}, lambda w, a: intake.register_case(w.db, a, make_registration(), now=NOW)),
    "edit": ({C, O, A}, lambda w, a: update_case(w.db, a, w.case_id, w.version(), {"note": "补充"})),
    "void": ({O, A}, lambda w, a: void_case(w.db, a, w.case_id, "重复登记，予以作废")),
    "mark confidential": ({O, A}, lambda w, a: confidentiality.set_confidential(w.db, a, w.case_id, True)),
    # 接谈, 批示, 交办 and what follows
    "record talk": ({C, L, O, A}, lambda w, a: record_conversation(w.db, a, w.case_id, talk(w), now=NOW)),
    "instruct": (
        {L, O, A},
        lambda w, a: instruct(
            w.db, a, w.case_id, Route.ACCEPT, "请核实。", on=ON,
            leader_id=None if a.role is Role.LEADER else w.people["leader"].id,
        ),
    ),
    "assign": ({O, A}, lambda w, a: assign(w.db, a, w.case_id, unit_id(w.db, "人事处"), on=ON)),
    "reply": ({H, O, A}, lambda w, a: record_reply(w.db, a, w.assignment_id, "已核实处理。", on=ON)),
    "supervise": (
        {O, A},
        lambda w, a: supervise(
            w.db, a, w.case_id, level=SupervisionLevel.URGE, reason=SupervisionReason.LEADER_REQUEST,
            content="请加快办理。", obligation_id=w.obligation_id, requested_by="李局长", on=ON,
        ),
    ),
    "answer supervision": ({H, O, A}, lambda w, a: answer_supervision(w.db, a, MISSING, "已办理。")),
    "extend": ({L, O, A}, lambda w, a: extend(w.db, a, w.obligation_id, 10, "情况复杂，需要延期")),
    "notice": ({O, A}, lambda w, a: record_notice(w.db, a, w.case_id, "accept", on=ON)),
    "complete": ({O, A}, lambda w, a: closing.complete(w.db, a, w.case_id, CompletionInput())),
    "archive": ({O, A}, lambda w, a: closing.archive(w.db, a, w.case_id)),
    "archive bundle": (
        {O, A}, lambda w, a: write_bundle(w.db, a, w.case_id, w.paths.attachments, w.tmp / "bundle")
    ),
    # 接访日
    "book": ({C, O, A}, lambda w, a: book(w.db, a, MISSING, make_registration(), Booking.PHONE)),
    "walk in": ({C, O, A}, lambda w, a: add_walk_in(w.db, a, MISSING, make_registration())),
    "prereview": ({O, A}, lambda w, a: prereview(w.db, a, MISSING, True, "")),
    "call visitor": ({C, L, O, A}, lambda w, a: call_visitor(w.db, a, MISSING)),
    "rota": ({O, A}, lambda w, a: rota.plan_days(w.db, a, ON, 1, [w.people["leader"].id])),
    "rota day": ({O, A}, lambda w, a: rota.update_day(w.db, a, MISSING, leader_id=None, note="改期")),
    # the admin's settings
    "reception schedule": ({A}, lambda w, a: rota.save_schedule(w.db, a, rota.load_schedule(w.db))),
    "holidays": ({A}, lambda w, a: holidays.set_day(w.db, a, dt.date(2027, 1, 4), False, "测试")),
    "deadline rules": ({A}, lambda w, a: same_rule(w, a)),
    "thresholds": ({A}, lambda w, a: board.save_thresholds(w.db, a, board.load_thresholds(w.db))),
    "list users": ({A}, lambda w, a: users.list_users(w.db, a)),
    "create user": (
        {A}, lambda w, a: users.create_user(w.db, a, users.UserInput("new", "新同事", Role.CLERK, None, "secret1234"))
    ),
    "reset password": ({A}, lambda w, a: users.reset_password(w.db, a, w.people["clerk"].id, "another123")),
    "idle lock": ({A}, lambda w, a: preferences.set_idle_lock_minutes(w.db, a, 10)),
    "backup folder": ({A}, lambda w, a: backup.set_backup_folder(w.db, w.paths, a, str(w.tmp / "backups"))),
    "audit browse": ({A}, lambda w, a: audit_query.list_entries(w.db, a, audit_query.AuditFilter())),
    "audit export": (
        {A}, lambda w, a: audit_query.export_csv(w.db, a, audit_query.AuditFilter(), w.tmp / "audit.csv")
    ),
    # letters
    "letter draft": ({O, A}, lambda w, a: draft_letter(w.db, a, w.case_id, LetterType.ACCEPTANCE)),
    "letter edit": ({O, A}, lambda w, a: save_draft(w.db, a, MISSING, "正文")),
    "letter correct": ({O, A}, lambda w, a: correct_letter(w.db, a, MISSING, "文号有误，重新签发")),
    "letter approve": ({L}, lambda w, a: letter_approval.approve_letter(w.db, a, w.paths, MISSING)),
    "letter print": ({C, L, O, A}, lambda w, a: letter_approval.record_print(w.db, a, MISSING, 1)),
    "letter service": ({O, A}, lambda w, a: letter_service.record_service(w.db, a, MISSING, None)),
    "letter template": (
        {A}, lambda w, a: letter_settings.save_template(w.db, a, LetterType.ACCEPTANCE, "您反映的问题已受理。")
    ),
    "letter settings": ({A}, lambda w, a: letter_settings.save_settings(w.db, a, review_body="某市人民政府", phone="0000-1234567")),
    "certificate": ({A}, lambda w, a: letter_keys.create_certificate(w.db, a, w.paths)),
    # reports, ledger, import
    "report": ({L, O, A}, lambda w, a: build_report(w.db, parse_period("2026-11"), actor=a)),
    "ledger export": (
        {O, A}, lambda w, a: write_ledger_xlsx(w.db, a, parse_period("2026-11"), w.tmp / "ledger.xlsx")
    ),
    "import batches": ({O, A}, lambda w, a: ledger_batches.list_batches(w.db, a)),
    "import mapping": ({O, A}, lambda w, a: ledger_batches.save_mapping(w.db, a, "本局台账", LedgerMapping())),
    # 回避
    "recusal list": ({O, A}, lambda w, a: recusals.list_recusals(w.db, a)),
    "recusal add": (
        {O, A},
        lambda w, a: recusals.add_recusal(
            w.db, a, RecusalInput(w.people["leader"].id, PERSON, person_name="王堃", reason="同学关系")
        ),
    ),
    "recusal end": ({O, A}, lambda w, a: recusals.end_recusal(w.db, a, MISSING, "亲属已调离")),
}  # fmt: skip

ROLES = {"clerk": C, "handler": H, "leader": L, "office": O, "admin": A}


@pytest.fixture
def world(
    db: Database, data_paths: DataPaths, people: dict[str, Actor], admin: Actor, tmp_path: Path
) -> World:
    everyone = {**people, "admin": admin}
    case_id = intake.register_case(db, people["clerk"], make_registration(), now=NOW).id
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请核实处理。", on=ON)
    assigned = assign(db, people["office"], case_id, unit_id(db, "基础教育处"), on=ON)
    state = handling(db, case_id, people["office"])
    obligation = next(o for o in state.obligations if o.kind is ObligationKind.UNIT_REPLY)
    return World(db, data_paths, tmp_path, everyone, case_id, assigned.id, obligation.id)


@pytest.mark.parametrize("action", list(MATRIX))
def test_each_role_is_allowed_or_refused(world: World, action: str) -> None:
    allowed, call = MATRIX[action]
    # The refused first: an allowed role's success (a void, say) must not hide a refusal.
    order = sorted(ROLES.items(), key=lambda item: item[1] in allowed)
    wrong = []
    for name, role in order:
        actor = world.people[name]
        assert actor.role is role
        try:
            call(world, actor)
            denied = False
        except PermissionDenied:
            denied = True
        except ServiceError:  # refused for another reason: the role check was passed
            denied = False
        if denied is (role in allowed):
            wrong.append(f"{name}: {'denied' if denied else 'allowed'}")
    assert not wrong, f"{action}: {wrong}"


def test_the_table_covers_every_role() -> None:
    assert set(ROLES.values()) == set(Role)
