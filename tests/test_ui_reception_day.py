"""A whole reception day, as the people in the room live it (issue 4).

A clerk books two appointments and, on the day, a walk-in; the office
reviews the appointments; the leader receives the visitors in order,
records each talk and instructs; the office issues and prints the 交办单;
the unit's reply comes in late, after a 督办单 from the board; the case is
closed and its 办结单 printed. The clock is moved with time-machine, so the
dates are those of October and November 2026 whatever day the test runs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from receptionapp.domain.case import CaseStatus
from receptionapp.domain.reception import VisitState
from receptionapp.domain.rules import ObligationKind
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.listing import CaseFilter, case_numbers, list_cases
from receptionapp.services.reception import rota
from receptionapp.services.reception.visits import queue
from receptionapp.ui import tasks
from receptionapp.ui.dialogs.assign_dialog import AssignDialog
from receptionapp.ui.dialogs.base import to_qdatetime
from receptionapp.ui.dialogs.complete_dialog import CompleteDialog
from receptionapp.ui.dialogs.conversation_dialog import ConversationDialog
from receptionapp.ui.dialogs.instruct_dialog import InstructDialog
from receptionapp.ui.dialogs.prereview_dialog import PrereviewDialog
from receptionapp.ui.dialogs.reply_dialog import ReplyDialog
from receptionapp.ui.dialogs.supervise_dialog import SuperviseDialog
from receptionapp.ui.widgets.board import BoardWidget
from receptionapp.ui.widgets.case_page import CasePage
from receptionapp.ui.widgets.reception_screen import ReceptionScreen
from receptionapp.ui.widgets.registration_form import RegistrationForm
from tests.conftest import type_text
from tests.pdfcheck import all_text, reader, squeeze
from tests.uikit import choose, choose_from_menu, drive, print_to_file

RECEPTION = dt.date(2026, 10, 14)  # a Wednesday
VISITORS = (("张晓梅", "13812345678", True), ("王堃", "13912345678", True), ("赵䶮", "13712345678", False))


def at(day: dt.date, hour: int, minute: int = 0):  # type: ignore[no-untyped-def]
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, hour, minute), tick=True)


def register_on_form(
    qtbot, form: RegistrationForm, day_id: int, name: str, phone: str, appointment: bool
) -> str:
    form.prepare_reception(day_id, appointment=appointment)
    # Qt's own clock is not moved by time-machine: the clerk sets the time the visitor came.
    form.ui.receivedAt.setDateTime(to_qdatetime(dt.datetime.now().replace(second=0, microsecond=0)))
    editor = form.petitioner_editors()[0].ui
    type_text(editor.name, name)
    type_text(editor.phone, phone)
    choose(form.ui.category, "招生考试")
    choose(form.ui.region, "城东区")
    type_text(form.ui.unit.lineEdit(), "城东区实验小学")
    type_text(form.ui.problem, f"{name}反映孩子户籍和房产均在学区内，却未被学校录取。")
    type_text(form.ui.demand, "请求按政策安排就近入学。")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    return saved.args[1]


@pytest.fixture
def printer_to_file(monkeypatch, tmp_path: Path) -> list[Path]:
    """Qt's print dialog "prints" to PDF files; returns the files as they are made."""
    made: list[Path] = []

    def accept(dialog: QPrintDialog) -> int:
        path = tmp_path / f"printed-{len(made) + 1}.pdf"
        print_to_file(dialog.printer(), path)
        made.append(path)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return made


def test_a_reception_day_from_booking_to_the_completion_form(
    qtbot, db, data_paths, people, monkeypatch, printer_to_file: list[Path]
) -> None:
    clerk, office, leader = people["clerk"], people["office"], people["leader"]
    opened: list[str] = []
    monkeypatch.setattr(
        "receptionapp.ui.printing.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )

    # A week before: the rota, two appointments booked on the registration form, the office's 初审.
    with at(dt.date(2026, 10, 7), 10):
        [day] = rota.plan_days(db, office, RECEPTION, 1, [leader.id])
        assert day.day == RECEPTION
        form = RegistrationForm(db, clerk, data_paths)
        qtbot.addWidget(form)
        numbers = [register_on_form(qtbot, form, day.id, n, p, True) for n, p, booked in VISITORS if booked]
        office_screen = ReceptionScreen(db, office)
        qtbot.addWidget(office_screen)
        office_screen.show()
        drive(monkeypatch, PrereviewDialog, lambda dialog: None)
        for row in range(2):
            office_screen.ui.queue.selectRow(row)
            qtbot.mouseClick(office_screen.ui.acceptButton, Qt.MouseButton.LeftButton)
        assert [e.prereview.label for e in office_screen.entries] == ["同意接访", "同意接访"]

    # The day itself: a walk-in joins after the appointments; the leader receives them in order.
    with at(RECEPTION, 14, 20):
        walk_in = register_on_form(qtbot, form, day.id, *VISITORS[2][:2], False)
        screen = ReceptionScreen(db, leader)
        qtbot.addWidget(screen)
        screen.show()

        def press(key: Qt.Key) -> None:
            """A key on the leader's screen (it has the focus again after each dialog)."""
            screen.activateWindow()
            qtbot.waitUntil(screen.isActiveWindow)
            screen.ui.queue.setFocus()
            qtbot.keyClick(screen.ui.queue, key)

        assert [e.number for e in screen.entries] == [*numbers, walk_in]
        routes = {numbers[0]: "1", numbers[1]: "2", walk_in: "5"}
        for expected in (*numbers, walk_in):
            press(Qt.Key.Key_F2)
            current = screen.current_entry()
            assert current.number == expected and current.state is VisitState.IN_TALK

            def talk(dialog: ConversationDialog) -> None:
                for button in dialog.ui.attendeeButtons.findChildren(type(dialog.ui.buttons.buttons()[0])):
                    if button.text() in ("相关处室负责人", "办公室"):
                        button.click()
                type_text(dialog.ui.response, "已听取情况，将依规处理并按时答复。")

            def decide(dialog: InstructDialog, key: str = routes[expected]) -> None:
                qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{key}"))
                if key == "2":
                    type_text(dialog.ui.authority, "城东区教育局")
                if key == "5":
                    choose(dialog.ui.refusal, "不属于教育行政部门职责范围")
                    type_text(dialog.ui.authority, "市公安局")
                type_text(dialog.ui.text, "请有关单位依规办理，按时报送结果。")

            drive(monkeypatch, ConversationDialog, talk)
            press(Qt.Key.Key_F4)
            drive(monkeypatch, InstructDialog, decide)
            press(Qt.Key.Key_F6)
            press(Qt.Key.Key_F3)
        assert [e.state for e in queue(db, day.id)] == [VisitState.DONE] * 3

    first = case_numbers(db)[-1]
    assert first == numbers[0]
    case_id = next(r.id for r in list_cases(db, CaseFilter()) if r.number == numbers[0])

    # Next morning the office issues the 交办单 and prints it.
    with at(dt.date(2026, 10, 15), 9):
        page = CasePage(db, office, data_paths, case_id)
        qtbot.addWidget(page)
        page.resize(1200, 900)
        page.show()
        drive(monkeypatch, AssignDialog, lambda dialog: choose(dialog.ui.unit, "基础教育处"))
        qtbot.mouseClick(page.workflow.ui.assignButton, Qt.MouseButton.LeftButton)
        assert page.detail.status is CaseStatus.IN_PROGRESS
        assignment = next(o for o in page.workflow.state.obligations if o.kind is ObligationKind.UNIT_REPLY)
        assert assignment.due_date == dt.date(2026, 11, 12)  # 20 working days
        choose_from_menu(qtbot, page, [next(t for t in _menu(page) if t.startswith("交办单")), "打印…"])
        assert len(reader(printer_to_file[-1].read_bytes()).pages) == 1
        choose_from_menu(qtbot, page, [next(t for t in _menu(page) if t.startswith("交办单")), "打开PDF"])
        text = all_text(Path(opened[-1]).read_bytes())
        for expected in ("信访事项交办单", "基础教育处", numbers[0], "2026年11月12日", "请有关单位依规办理"):
            assert squeeze(expected) in text, expected

    # Late: the board offers a 督办, issued from there; the reply comes two days after that.
    with at(dt.date(2026, 11, 16), 9):
        board = BoardWidget(db, office)
        qtbot.addWidget(board)
        assert tasks.wait_idle()  # the board loads off the GUI thread
        row = next(r for r in range(board.model.rowCount()) if board.model.row_at(r).case_id == case_id
                   and board.model.row_at(r).kind is ObligationKind.UNIT_REPLY)  # fmt: skip
        assert board.model.row_at(row).suggestion is not None
        board.ui.table.selectRow(row)
        drive(monkeypatch, SuperviseDialog, lambda dialog: None)
        qtbot.mouseClick(board.ui.superviseButton, Qt.MouseButton.LeftButton)
    with at(dt.date(2026, 11, 18), 10):
        page.reload()
        drive(monkeypatch, ReplyDialog, lambda d: type_text(d.ui.reply, "经核查，学校已按政策安排入学。"))
        qtbot.mouseClick(page.workflow.ui.replyButton, Qt.MouseButton.LeftButton)
        assert page.detail.status is CaseStatus.REPLIED
        assert (
            "回复（超期）" in page.workflow.ui.record.toPlainText()
            or "超期" in page.workflow.ui.record.toPlainText()
        )

        def close(dialog: CompleteDialog) -> None:
            choose(dialog.ui.decision, "予以支持")
            choose(dialog.ui.service, "当面送达")
            dialog.ui.receiptSigned.setChecked(True)
            choose(dialog.ui.satisfaction, "满意")

        drive(monkeypatch, CompleteDialog, close)
        qtbot.mouseClick(page.workflow.ui.completeButton, Qt.MouseButton.LeftButton)
        assert page.detail.status is CaseStatus.CLOSED
        choose_from_menu(qtbot, page, [f"办结单 {numbers[0]}", "打印…"])
        assert len(reader(printer_to_file[-1].read_bytes()).pages) == 1
        choose_from_menu(qtbot, page, [f"办结单 {numbers[0]}", "打开PDF"])
        text = all_text(Path(opened[-1]).read_bytes())
        for expected in ("信访事项办结单", numbers[0], "予以支持", "当面送达", "满意", "2026年11月18日"):
            assert squeeze(expected) in text, expected

    timeline = [e.action for e in get_case(db, case_id).timeline]
    for step in ("register", "queue", "prereview", "talk", "instruct", "assign", "print", "supervise",
                 "reply", "complete"):  # fmt: skip
        assert step in timeline, step


def _menu(page: CasePage) -> list[str]:
    page.workflow.papers.aboutToShow.emit()
    return [a.text() for a in page.workflow.papers.actions() if a.text()]
