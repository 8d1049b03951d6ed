"""The case page's 办理 panel driven as the office would: 批示, 交办, 回复, 督办, 延期, 办结, 归档; and the board."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from receptionapp.domain.case import CaseStatus
from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.workflow.assignment import assign
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui import tasks
from receptionapp.ui.dialogs.assign_dialog import AssignDialog
from receptionapp.ui.dialogs.base import to_qdate
from receptionapp.ui.dialogs.complete_dialog import CompleteDialog
from receptionapp.ui.dialogs.conversation_dialog import ConversationDialog
from receptionapp.ui.dialogs.instruct_dialog import InstructDialog
from receptionapp.ui.dialogs.reply_dialog import NoticeDialog, ReplyDialog
from receptionapp.ui.dialogs.supervise_dialog import ExtendDialog, SuperviseDialog
from receptionapp.ui.widgets.board import BoardWidget
from receptionapp.ui.widgets.case_page import CasePage
from tests.conftest import make_registration, type_text, unit_id
from tests.uikit import choose, drive


@pytest.fixture
def page(qtbot, db, data_paths, people):
    office = people["office"]
    case_id = intake.register_case(
        db,
        office,
        make_registration(received_at=dt.datetime(2026, 11, 2, 9, 0)),
        now=dt.datetime(2026, 11, 24),
    ).id
    widget = CasePage(db, office, data_paths, case_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def buttons_shown(page: CasePage) -> set[str]:
    panel = page.workflow.ui
    names = ("talkButton", "instructButton", "assignButton", "replyButton", "superviseButton", "extendButton",
             "noticeButton", "completeButton", "archiveButton")  # fmt: skip
    return {n for n in names if not getattr(panel, n).isHidden()}


def test_the_office_records_a_county_bureaus_acceptance_notice(
    qtbot, page: CasePage, people, monkeypatch, db
) -> None:
    office, leader = people["office"], people["leader"]
    instruct(db, leader, page.case_id, Route.TRANSFER, "转城东区教育局处理。", on=dt.date(2026, 11, 2))
    assign(db, office, page.case_id, unit_id(db, "城东区教育局"), on=dt.date(2026, 11, 3))
    page.reload()
    assert "noticeButton" in buttons_shown(page)
    offered: list[list[str]] = []

    def pick_the_bureau(dialog: NoticeDialog) -> None:
        offered.append([dialog.ui.kind.itemText(i) for i in range(dialog.ui.kind.count())])
        choose(dialog.ui.kind, "城东区教育局已告知受理")
        dialog.ui.on.setDate(to_qdate(dt.date(2026, 11, 10)))

    drive(monkeypatch, NoticeDialog, pick_the_bureau)
    qtbot.mouseClick(page.workflow.ui.noticeButton, Qt.MouseButton.LeftButton)
    assert offered == [
        ["转送告知（已转有权处理的单位）", "受理告知单", "不予受理告知单", "城东区教育局已告知受理"]
    ]
    deadlines = page.workflow.ui.deadlines
    rows = {deadlines.item(r, 0).text(): r for r in range(deadlines.rowCount())}
    assert deadlines.item(rows["承办单位受理告知（城东区教育局）"], 4).text() == "按期完成"
    assert page.detail.timeline[-1].summary == "城东区教育局已向信访人发出受理告知（2026-11-10）"


def test_office_walks_a_case_through_the_panel(qtbot, page: CasePage, people, monkeypatch, db) -> None:
    leader = people["leader"]
    assert buttons_shown(page) == {"talkButton", "instructButton"}
    assert "领导批示" in page.workflow.ui.hint.text()

    # 批示: the route by its number key, the leader from the list, the text typed.
    errors: list = []

    def fill_instruction(dialog: InstructDialog) -> None:
        dialog.submit()  # nothing chosen yet: messages beside the fields
        errors.append(dialog.ui.routeError.text())
        qtbot.keyClick(dialog, Qt.Key.Key_1)
        choose(dialog.ui.leader, leader.display_name)
        type_text(dialog.ui.text, "请基础教育处调查核实，依规处理。")

    drive(monkeypatch, InstructDialog, fill_instruction)
    qtbot.mouseClick(page.workflow.ui.instructButton, Qt.MouseButton.LeftButton)
    assert errors == ["请选择处理方式（1—5）"]
    assert "1. 予以受理" in page.workflow.ui.record.toPlainText()
    assert "assignButton" in buttons_shown(page)

    # 交办: the deadline preview follows the unit.
    previews: list[str] = []

    def fill_assignment(dialog: AssignDialog) -> None:
        choose(dialog.ui.unit, "基础教育处")
        previews.append(dialog.ui.due.text())
        assert not dialog.ui.conceal.isChecked()
        choose(dialog.ui.unit, "市第一中学")  # the school complained about: identity hidden
        assert dialog.ui.conceal.isChecked()
        choose(dialog.ui.unit, "基础教育处")

    drive(monkeypatch, AssignDialog, fill_assignment)
    qtbot.mouseClick(page.workflow.ui.assignButton, Qt.MouseButton.LeftButton)
    assert "20个工作日" in previews[0]
    assert page.detail.status is CaseStatus.IN_PROGRESS
    assert "等待基础教育处回复" in page.workflow.ui.hint.text()
    deadlines = [
        page.workflow.ui.deadlines.item(r, 0).text() for r in range(page.workflow.ui.deadlines.rowCount())
    ]
    assert "承办单位办理回复（基础教育处）" in deadlines

    # 督办 at the selected deadline, with the default text for the level.
    def fill_supervision(dialog: SuperviseDialog) -> None:
        choose(dialog.ui.level, "督办")
        assert "超过办理期限" in dialog.ui.content.toPlainText()

    drive(monkeypatch, SuperviseDialog, fill_supervision)
    qtbot.mouseClick(page.workflow.ui.superviseButton, Qt.MouseButton.LeftButton)
    assert "督办单 督办〔" in page.workflow.ui.record.toPlainText()

    # 延期 of the handling period needs the approving leader.
    def fill_extension(dialog: ExtendDialog) -> None:
        choose(dialog.ui.obligation, "办理期限")
        dialog.ui.days.setValue(15)
        type_text(dialog.ui.reason, "涉及多个学校，需进一步核实")
        dialog.submit()
        assert dialog.ui.leaderError.text() == "请选择作出批示的领导"
        choose(dialog.ui.leader, leader.display_name)

    drive(monkeypatch, ExtendDialog, fill_extension)
    qtbot.mouseClick(page.workflow.ui.extendButton, Qt.MouseButton.LeftButton)
    assert "延期" in page.workflow.ui.record.toPlainText()

    # The unit's reply, then 办结 with registered mail, then 归档.
    def fill_reply(dialog: ReplyDialog) -> None:
        type_text(dialog.ui.reply, "经调查，学校已退还资料费。")

    drive(monkeypatch, ReplyDialog, fill_reply)
    qtbot.mouseClick(page.workflow.ui.replyButton, Qt.MouseButton.LeftButton)
    assert page.detail.status is CaseStatus.REPLIED

    def fill_completion(dialog: CompleteDialog) -> None:
        assert "学校已退还资料费" in dialog.ui.summary.toPlainText()  # the reply is offered as the result
        choose(dialog.ui.decision, "予以支持")
        choose(dialog.ui.service, "挂号邮寄")
        dialog.submit()
        assert dialog.ui.mailNumberError.text() == "挂号邮寄须填写挂号信单号"
        type_text(dialog.ui.mailNumber, "XA123456789CN")
        choose(dialog.ui.satisfaction, "满意")

    drive(monkeypatch, CompleteDialog, fill_completion)
    qtbot.mouseClick(page.workflow.ui.completeButton, Qt.MouseButton.LeftButton)
    assert page.detail.status is CaseStatus.CLOSED
    assert buttons_shown(page) == {"archiveButton"}
    assert page.ui.editButton.isHidden() and page.ui.voidButton.isHidden()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.workflow.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert page.detail.status is CaseStatus.ARCHIVED
    assert "档案号：信档〔" in page.workflow.ui.hint.text()
    actions = [e.action for e in get_case(db, page.case_id).timeline]
    assert actions == [
        "register",
        "instruct",
        "assign",
        "supervise",
        "extend",
        "reply",
        "complete",
        "archive",
    ]


def test_a_leader_records_the_talk_and_instructs_without_choosing_himself(
    qtbot,
    page: CasePage,
    people,
    monkeypatch,
    db,
) -> None:
    leader = people["leader"]
    from receptionapp.ui.widgets.case_page import CasePage as Page

    own = Page(db, leader, page.paths, page.case_id)
    qtbot.addWidget(own)
    assert buttons_shown(own) == {"talkButton", "instructButton"}

    def fill_talk(dialog: ConversationDialog) -> None:
        assert dialog.ui.leader.count() == 1  # a leader records his own talk
        for button in dialog.ui.attendeeButtons.findChildren(QPushButton):
            if button.text() in ("办公室", "法律顾问"):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        type_text(dialog.ui.response, "请办公室协调基础教育处核实。")

    drive(monkeypatch, ConversationDialog, fill_talk)
    qtbot.mouseClick(own.workflow.ui.talkButton, Qt.MouseButton.LeftButton)
    text = own.workflow.ui.record.toPlainText()
    assert "接谈领导：李局长" in text and "办公室、法律顾问" in text

    def fill_instruction(dialog: InstructDialog) -> None:
        assert not dialog.ui.leader.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_5)
        assert not dialog.ui.refusal.isHidden()
        dialog.submit()
        assert dialog.ui.refusalError.text() == "不予受理须选择理由"
        choose(dialog.ui.refusal, "不属于教育行政部门职责范围")
        dialog.submit()
        assert "有权处理的机关" in dialog.ui.authorityError.text()
        type_text(dialog.ui.authority, "市人力资源和社会保障局")
        type_text(dialog.ui.text, "不属我局职责，告知信访人。")

    drive(monkeypatch, InstructDialog, fill_instruction)
    qtbot.mouseClick(own.workflow.ui.instructButton, Qt.MouseButton.LeftButton)
    assert "5. 不予受理" in own.workflow.ui.record.toPlainText()
    # A leader does not assign, issue notices or close: the office does.
    assert buttons_shown(own) == {"talkButton", "instructButton"}


def test_board_lists_late_deadlines_and_supervises_from_there(qtbot, db, people, monkeypatch) -> None:
    office, leader = people["office"], people["leader"]
    today = dt.date.today()
    late = intake.register_case(
        db, office, make_registration(received_at=dt.datetime.combine(today - dt.timedelta(days=40), dt.time(9))),
        now=dt.datetime.now(),
    ).id  # fmt: skip
    instruct(db, leader, late, Route.ACCEPT, "请人事处办理", on=today - dt.timedelta(days=39))
    assign(db, office, late, _unit(db, "人事处"), on=today - dt.timedelta(days=38))
    board = BoardWidget(db, office)
    qtbot.addWidget(board)
    board.show()
    assert "正在加载" in board.ui.title.text() or board.data is not None
    assert tasks.wait_idle()  # the board loads off the GUI thread
    assert "正在加载" not in board.ui.title.text()
    rows = [board.model.row_at(r) for r in range(board.model.rowCount())]
    reply = next(r for r in rows if r.unit == "人事处")
    assert reply.days_left < 0 and reply.suggestion is not None
    assert board.ui.overdueButton.text().startswith("已超期")
    qtbot.mouseClick(board.ui.overdueButton, Qt.MouseButton.LeftButton)
    assert all(board.model.row_at(r).bucket.value == "overdue" for r in range(board.model.rowCount()))
    row = next(
        r for r in range(board.model.rowCount()) if board.model.row_at(r).obligation_id == reply.obligation_id
    )
    board.ui.table.selectRow(row)
    drive(monkeypatch, SuperviseDialog, lambda dialog: None)
    qtbot.mouseClick(board.ui.superviseButton, Qt.MouseButton.LeftButton)
    assert tasks.wait_idle()  # the board reloads after the 督办
    again = next(
        board.model.row_at(r)
        for r in range(board.model.rowCount())
        if board.model.row_at(r).obligation_id == reply.obligation_id
    )
    assert again.supervised is not None
    with qtbot.waitSignal(board.open_case) as opened:
        board.ui.table.doubleClicked.emit(board.model.index(0, 1))
    assert opened.args[0] == board.model.row_at(0).case_id


def test_board_model_passes_the_model_tester(qtmodeltester, db, people) -> None:
    from receptionapp.services.deadlines.board import build_board
    from receptionapp.ui.models.board_table import BoardTableModel

    for days in (3, 10, 30):
        intake.register_case(
            db, people["office"], make_registration(received_at=dt.datetime.now() - dt.timedelta(days=days))
        )
    model = BoardTableModel()
    model.set_rows(build_board(db).rows)
    assert model.rowCount() >= 1
    qtmodeltester.check(model)


def _unit(db, name: str) -> int:
    from tests.conftest import unit_id

    return unit_id(db, name)
