"""The case page as the office and the leader use it when a route needs its letter or changes.

A 转交办理 case: 起草 of its reply before the 交办 says 交办 is missing and
offers to go there; after the unit's answer the reply is drafted from the
case. A changed 批示 asks for the reason the unit is told and shows the
withdrawn 交办单.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from receptionapp.documents.templates import LetterType
from receptionapp.domain.workflow import Route
from receptionapp.services.letters.records import case_letters, get_letter
from receptionapp.services.workflow.assignment import assign, record_reply
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui.dialogs.assign_dialog import AssignDialog
from receptionapp.ui.dialogs.instruct_dialog import InstructDialog
from receptionapp.ui.letters.letter_editor import LetterEditorDialog
from receptionapp.ui.service_call import ReasonDialog
from receptionapp.ui.widgets.case_page import CasePage
from tests.conftest import type_text, unit_id
from tests.letterkit import Bureau, D, bureau  # noqa: F401
from tests.test_route_letters import registered
from tests.uikit import choose, drive


def open_page(qtbot, b: Bureau, actor, case_id: int) -> CasePage:
    page = CasePage(b.db, actor, b.paths, case_id)
    qtbot.addWidget(page)
    page.resize(1400, 1000)
    page.show()
    return page


def answer_box(button_text: str, seen: list[str]) -> None:
    """Read the message box that comes up and press one of its buttons, as a person would."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        button = next((b for b in box.findChildren(QPushButton) if b.text() == button_text), None)
        if button is None:
            box.reject()  # not offered: the test fails on what was seen, not by waiting forever
        else:
            button.click()

    QTimer.singleShot(0, press)


def draft(panel, kind: LetterType) -> None:
    next(a for a in panel.draft_menu.actions() if a.data() == kind.value).trigger()


def test_a_transferred_case_names_the_missing_step_and_then_drafts_its_reply(
    qtbot,
    bureau: Bureau,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    b = bureau
    case_id = registered(b)
    instruct(b.db, b.leader, case_id, Route.TRANSFER, "转城东区教育局办理。", on=D(2026, 11, 3))
    page = open_page(qtbot, b, b.office, case_id)

    # 起草 the reply before the 交办: the box says what is missing and offers to go there.
    assigned: list[QDialog] = []
    drive(monkeypatch, AssignDialog, lambda dialog: choose(dialog.ui.unit, "城东区教育局"), assigned)
    seen: list[str] = []
    answer_box("去交办", seen)
    draft(page.letters, LetterType.REPLY)
    assert "请先交办" in seen[0] and "去交办" in seen and "关闭" in seen
    assert assigned and assigned[0].result() == QDialog.DialogCode.Accepted  # the 交办 dialog opened
    [sent] = handling(b.db, case_id).assignments
    assert sent.unit == "城东区教育局"
    assert case_letters(b.db, case_id) == []  # nothing half-drafted

    # The unit answers; the page suggests the reply, and it is drafted from the case.
    record_reply(b.db, b.office, sent.id, "经调查，已安排该生就近入学。", on=sent.issued_on)
    page.reload()
    assert page.letters.draft_menu.actions()[0].text() == "信访事项答复意见书（建议）"
    edited: list[LetterEditorDialog] = []
    drive(monkeypatch, LetterEditorDialog, lambda dialog: None, edited)
    draft(page.letters, LetterType.REPLY)
    [row] = case_letters(b.db, case_id)
    text = get_letter(b.db, row.id).text
    assert "将该事项转送城东区教育局办理" in text and "已安排该生就近入学" in text


def test_only_a_step_the_user_may_take_is_offered(qtbot, db, data_paths, people, admin, monkeypatch) -> None:
    from receptionapp.services.cases import intake
    from receptionapp.services.letters import settings as letter_settings
    from receptionapp.ui.letters.letter_settings_dialog import LetterSettingsDialog
    from tests.conftest import make_registration

    case_id = intake.register_case(
        db, people["office"], make_registration(), now=dt.datetime(2026, 11, 24)
    ).id
    instruct(db, people["leader"], case_id, Route.ACCEPT, "受理。", on=D(2026, 11, 18))
    # The office cannot set the 复查机关: it is told whom to ask, with no button.
    page = CasePage(db, people["office"], data_paths, case_id)
    qtbot.addWidget(page)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    draft(page.letters, LetterType.REPLY)
    assert len(warnings) == 1 and "请管理员" in warnings[0]
    # The admin is offered the 文书设置 and fills it in there.
    own = CasePage(db, admin, data_paths, case_id)
    qtbot.addWidget(own)
    drive(monkeypatch, LetterSettingsDialog, lambda dialog: type_text(dialog.ui.reviewBody, "某市人民政府"))
    drive(monkeypatch, LetterEditorDialog, lambda dialog: None)
    seen: list[str] = []
    answer_box("去补充文书设置", seen)
    draft(own.letters, LetterType.REPLY)
    assert "复查机关" in seen[0]
    assert letter_settings.letter_settings(db).review_body == "某市人民政府"


def test_a_changed_instruction_asks_the_reason_and_shows_the_withdrawn_assignment(
    qtbot,
    bureau: Bureau,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    b = bureau
    case_id = registered(b)
    instruct(b.db, b.leader, case_id, Route.ACCEPT, "请基础教育处调查核实。", on=D(2026, 11, 3))
    sent = assign(b.db, b.office, case_id, unit_id(b.db, "基础教育处"), on=D(2026, 11, 4))
    page = open_page(qtbot, b, b.leader, case_id)
    assert not page.workflow.ui.instructButton.isHidden()

    def change_route(dialog: InstructDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_3)
        type_text(dialog.ui.text, "该事项市第一中学正在处理，督促其尽快答复。")

    asked: list[str] = []

    def give_reason(dialog: ReasonDialog) -> None:
        asked.append(dialog.ui.explain.text())
        type_text(dialog.ui.reason, "领导改批为督促办理，请基础教育处停止办理")

    drive(monkeypatch, InstructDialog, change_route)
    drive(monkeypatch, ReasonDialog, give_reason)
    page.workflow.ui.instructButton.click()
    assert asked and sent.number in asked[0] and "停止办理" in asked[0]
    record = page.workflow.ui.record.toPlainText()
    assert "3. 督促办理" in record
    assert "已撤回（领导改批为督促办理，请基础教育处停止办理）" in record
    [withdrawn] = handling(b.db, case_id).assignments
    assert withdrawn.withdrawn and not withdrawn.open


def test_an_old_template_offers_the_admin_its_template(
    qtbot,
    bureau: Bureau,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reply template still asking for the 受理日期 of a transferred matter: the admin goes to it and mends it."""
    from receptionapp.documents.templates import default_template
    from receptionapp.services.letters import settings as letter_settings
    from receptionapp.ui.letters.letter_templates_dialog import LetterTemplatesDialog

    b = bureau
    old = default_template(LetterType.REPLY).replace(
        "{办理经过}现将", "我局于{受理日期}依法受理（事项编号：{事项编号}），并组织进行了调查核实。现将"
    )
    letter_settings.save_template(b.db, b.admin, LetterType.REPLY, old)
    case_id = registered(b)
    instruct(b.db, b.leader, case_id, Route.TRANSFER, "转城东区教育局办理。", on=D(2026, 11, 3))
    sent = assign(b.db, b.office, case_id, unit_id(b.db, "城东区教育局"), on=D(2026, 11, 4))
    record_reply(b.db, b.office, sent.id, "经调查，已安排该生就近入学。", on=D(2026, 11, 16))

    # The office is told what to ask the admin for, with no button it could not use.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    draft(open_page(qtbot, b, b.office, case_id).letters, LetterType.REPLY)
    assert len(warnings) == 1 and "{受理日期}" in warnings[0] and "文书模板" in warnings[0]

    # The admin is offered the template, opens on the reply's, and restores the shipped text.
    shown: list[str] = []

    def mend(dialog: LetterTemplatesDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        shown.append(dialog.ui.kind.currentText())
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
        dialog.close()
        return 0

    monkeypatch.setattr(LetterTemplatesDialog, "exec", mend)
    drive(monkeypatch, LetterEditorDialog, lambda dialog: None)
    page = open_page(qtbot, b, b.admin, case_id)
    seen: list[str] = []
    answer_box("去修改文书模板", seen)
    draft(page.letters, LetterType.REPLY)
    assert "{受理日期}" in seen[0] and "去修改文书模板" in seen
    assert shown == [LetterType.REPLY.label]
    assert case_letters(b.db, case_id) == []
    assert "{办理经过}" in letter_settings.current_template(b.db, LetterType.REPLY).text

    # Drafting again now fills the reply from the case.
    draft(page.letters, LetterType.REPLY)
    [row] = case_letters(b.db, case_id)
    assert "将该事项转送城东区教育局办理" in get_letter(b.db, row.id).text
