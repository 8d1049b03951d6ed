"""Confidentiality, unit scope and 回避 on the screens, driven as a person would (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.domain.petition_types import PetitionType
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake, recusals
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.listing import CaseFilter, list_cases
from receptionapp.services.cases.recusals import PERSON, RecusalInput
from receptionapp.services.workflow.assignment import assign
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui.dialogs.assign_dialog import AssignDialog
from receptionapp.ui.dialogs.recusals_dialog import RecusalsDialog
from receptionapp.ui.service_call import ReasonDialog
from receptionapp.ui.widgets.case_page import CasePage
from receptionapp.ui.widgets.case_register import CaseRegister
from receptionapp.ui.widgets.registration_form import RegistrationForm
from tests.conftest import make_registration, type_text, unit_id
from tests.uikit import choose, drive

NOW = dt.datetime(2026, 11, 24, 18)
SHOTS = os.environ.get("RECEPTIONAPP_SCREENSHOTS")  # a folder: the tests also save what they show


@pytest.fixture(autouse=True)
def _app_font(qapp) -> None:
    if SHOTS:
        from receptionapp.ui.theme import apply_theme

        apply_theme(qapp)  # the bundled Chinese font, as the app has it, before any widget is laid out


def shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def report(db, clerk, **overrides) -> int:
    data = make_registration(petition_type=PetitionType.REPORT, **overrides)
    return intake.register_case(db, clerk, data, now=NOW).id


def register_rows(register: CaseRegister) -> list[tuple[str, str]]:
    model = register.model
    return [(model.index(r, 0).data(), model.index(r, 4).data()) for r in range(model.rowCount())]


def audit_actions(db, case_id: int) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.case_id == case_id)))


def test_a_clerk_sees_the_mask_and_cannot_find_the_reporter(qtbot, db, people) -> None:
    clerk = people["clerk"]
    secret = report(db, clerk)
    open_case = intake.register_case(
        db,
        clerk,
        make_registration(problem="食堂饭菜质量差。", received_at=dt.datetime(2026, 11, 19, 9)),
        now=NOW,
    ).id
    register = CaseRegister(db, clerk)
    qtbot.addWidget(register)
    register.refresh()
    rows = dict(register_rows(register))
    number = get_case(db, secret, people["office"], view=None).number
    assert rows[f"【保密】{number}"] == "（保密）"
    assert "张晓梅" in rows.values()  # the same person's ordinary case shows her name
    type_text(register.ui.search, "张晓梅")
    register.refresh()
    found = [number for number, _names in register_rows(register)]
    assert found == [get_case(db, open_case, clerk).number]
    assert register.ui.countLabel.text().startswith("共 1 件")
    # The office finds the report by the name.
    office = CaseRegister(db, people["office"])
    qtbot.addWidget(office)
    type_text(office.ui.search, "张晓梅")
    office.refresh()
    assert office.model.rowCount() == 2
    assert office.ui.countLabel.text() == "共 2 件"  # the capped count finds the report too
    # The type filter.
    choose(office.ui.petitionType, "检举控告")
    assert [n for n, _ in register_rows(office)] == [f"【保密】{number}"]


def test_a_handler_sees_only_his_units_cases(qtbot, db, people) -> None:
    clerk, office, leader = people["clerk"], people["office"], people["leader"]
    mine = intake.register_case(db, clerk, make_registration(problem="学校违规补课收费。"), now=NOW).id
    theirs = intake.register_case(db, clerk, make_registration(problem="教师职称评审不公。"), now=NOW).id
    for case_id, unit in ((mine, "基础教育处"), (theirs, "人事处")):
        instruct(db, leader, case_id, Route.ACCEPT, "请核实处理。", on=dt.date(2026, 11, 24))
        assign(db, office, case_id, unit_id(db, unit), on=dt.date(2026, 11, 24))
    register = CaseRegister(db, people["handler"])
    qtbot.addWidget(register)
    register.refresh()
    assert [n for n, _ in register_rows(register)] == [get_case(db, mine, office).number]
    assert register.ui.countLabel.text() == "共 1 件"


def test_the_office_marks_a_case_confidential_and_lifts_it_with_a_reason(
    qtbot, db, people, data_paths, monkeypatch
) -> None:
    office = people["office"]
    case_id = intake.register_case(db, people["clerk"], make_registration(), now=NOW).id
    page = CasePage(db, office, data_paths, case_id)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.confidentialBadge.isHidden()
    assert page.ui.petitionType.currentText() == "申诉求决"
    drive(monkeypatch, ReasonDialog, lambda dialog: type_text(dialog.ui.reason, "涉及举报人人身安全"))
    qtbot.mouseClick(page.ui.confidentialButton, Qt.MouseButton.LeftButton)
    assert page.detail.confidential and page.ui.confidentialBadge.isVisible()
    assert page.ui.confidentialButton.text() == "取消保密…"
    # A clerk now sees the mask on the case page and no edit button.
    clerk_page = CasePage(db, people["clerk"], data_paths, case_id)
    qtbot.addWidget(clerk_page)
    clerk_page.show()
    assert clerk_page.ui.people.item(0, 0).text() == "（保密）"
    clerk_page.resize(1200, 900)
    shot(clerk_page, "case_page_clerk")
    assert clerk_page.ui.confidentialButton.isHidden() and clerk_page.ui.editButton.isHidden()
    # Lifting needs a reason: too short is refused in the dialog, nothing changes.
    shown: list = []
    drive(monkeypatch, ReasonDialog, lambda dialog: type_text(dialog.ui.reason, "同意"), shown)
    qtbot.mouseClick(page.ui.confidentialButton, Qt.MouseButton.LeftButton)
    assert "至少" in shown[-1].errors.message("reason")
    assert get_case(db, case_id, office, view=None).confidential
    drive(monkeypatch, ReasonDialog, lambda dialog: type_text(dialog.ui.reason, "信访人书面同意公开身份"))
    qtbot.mouseClick(page.ui.confidentialButton, Qt.MouseButton.LeftButton)
    assert not page.detail.confidential and page.ui.confidentialBadge.isHidden()
    assert {"confidential", "unconfidential", "view"} <= set(audit_actions(db, case_id))


def test_the_form_registers_a_report_as_confidential(qtbot, db, people, data_paths) -> None:
    form = RegistrationForm(db, people["clerk"], data_paths)
    qtbot.addWidget(form)
    form.resize(1280, 860)
    form.show()
    assert form.ui.petitionType.currentText() == "申诉求决"
    assert "合法权益" in form.ui.petitionTypeHint.text()
    form.load_input(make_registration())
    choose(form.ui.petitionType, "检举控告")
    assert "保密" in form.ui.petitionTypeHint.text()
    shot(form, "registration_form")
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    [row] = list_cases(db, CaseFilter(), actor=people["office"])
    assert row.petition_type is PetitionType.REPORT and row.confidential


def test_the_case_page_changes_the_type_while_open(qtbot, db, people, data_paths) -> None:
    case_id = intake.register_case(db, people["clerk"], make_registration(), now=NOW).id
    page = CasePage(db, people["clerk"], data_paths, case_id)
    qtbot.addWidget(page)
    page.show()
    assert not page.ui.petitionType.isEnabled()
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    choose(page.ui.petitionType, "检举控告")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    detail = get_case(db, case_id, people["office"], view=None)
    assert detail.petition_type is PetitionType.REPORT and detail.confidential
    # The clerk who made it confidential now sees it masked.
    assert page.ui.confidentialBadge.isVisible() and page.ui.people.item(0, 0).text() == "（保密）"


def test_assigning_a_report_to_the_accused_unit_needs_a_reason(
    qtbot, db, people, data_paths, monkeypatch
) -> None:
    office = people["office"]
    case_id = report(db, people["clerk"], unit="市第一中学")
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请核实。", on=dt.date(2026, 11, 24))
    page = CasePage(db, office, data_paths, case_id)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    shot(page, "case_page_confidential")
    asked: list = []

    def step_back(dialog) -> None:
        asked.append(dialog.ui.explain.text())
        dialog.reject()

    monkeypatch.setattr(ReasonDialog, "exec", lambda self: (step_back(self), 0)[1])
    drive(monkeypatch, AssignDialog, lambda dialog: choose(dialog.ui.unit, "市第一中学"))
    qtbot.mouseClick(page.workflow.ui.assignButton, Qt.MouseButton.LeftButton)
    assert "被检举控告的单位" in asked[0]
    assert get_case(db, case_id, office, view=None).status.value == "registered"
    drive(
        monkeypatch, ReasonDialog, lambda dialog: type_text(dialog.ui.reason, "经局长批准，由该校党组织核查")
    )
    qtbot.mouseClick(page.workflow.ui.assignButton, Qt.MouseButton.LeftButton)
    assert page.detail.status.value == "in_progress"
    assert "override" in audit_actions(db, case_id)


def test_the_recusals_dialog_adds_and_ends(qtbot, db, people, monkeypatch) -> None:
    office, handler = people["office"], people["handler"]
    recusals.add_recusal(
        db, office, RecusalInput(people["leader"].id, PERSON, person_name="王堃", reason="同学")
    )
    dialog = RecusalsDialog(db, office)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.table.rowCount() == 1
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("user") and dialog.errors.message("reason")
    choose(dialog.ui.user, "赵科长")
    qtbot.mouseClick(dialog.ui.kindUnit, Qt.MouseButton.LeftButton)
    assert dialog.ui.personName.isHidden() and dialog.ui.unit.isVisible()
    choose(dialog.ui.unit, "市第一中学")
    type_text(dialog.ui.reason, "妻子在该校任教")
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.table.rowCount() == 2
    assert dialog.ui.table.item(0, 1).text() == "单位：市第一中学"
    dialog.resize(900, 620)
    shot(dialog, "recusals_dialog")
    drive(monkeypatch, ReasonDialog, lambda d: type_text(d.ui.reason, "妻子已调离该校"))
    dialog.ui.table.selectRow(0)
    qtbot.mouseClick(dialog.ui.endButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.table.rowCount() == 1  # ended entries are hidden unless asked for
    dialog.ui.showEnded.setChecked(True)
    assert dialog.ui.table.rowCount() == 2
    assert [r.active for r in recusals.list_recusals(db, office) if r.user_id == handler.id] == [False]
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Close).click()
