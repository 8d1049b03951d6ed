"""接访安排 and the 管理/接访 menus: the office plans and adjusts the rota; each role sees its menus."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from receptionapp.db.models import User
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.reception import Booking, HolidayMove, Schedule
from receptionapp.domain.roles import Role
from receptionapp.services.admin.passwords import hash_password
from receptionapp.services.context import Actor
from receptionapp.services.reception import rota
from receptionapp.services.reception.visits import book
from receptionapp.ui.dialogs.rota_dialog import RotaDialog
from receptionapp.ui.dialogs.rota_plan_dialog import RotaPlanDialog
from receptionapp.ui.models.row_table import MOVED, MUTED
from tests.conftest import make_registration, type_text

D = dt.date
TODAY = D(2026, 2, 2)


def add_user(db, username: str, name: str, role: Role) -> Actor:
    with db.write() as session:
        user = User(
            username=username, display_name=name, password_hash=hash_password("x" * 8), role=role.value
        )
        session.add(user)
        session.flush()
        return Actor(user.id, username, name, role)


@pytest.fixture
def staff(db, admin) -> dict[str, Actor]:
    return {
        "li": add_user(db, "li", "李局长", Role.LEADER),
        "wang": add_user(db, "wang", "王副局长", Role.LEADER),
        "office": add_user(db, "office", "王主任", Role.OFFICE),
        "clerk": add_user(db, "clerk", "陈接待", Role.CLERK),
    }


class Boxes:
    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes) -> None:
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: self.infos.append(text))
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: self.warnings.append(text))
        monkeypatch.setattr(
            QMessageBox, "question", lambda _p, _t, text, *a: self.questions.append(text) or answer
        )


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def plan_with(monkeypatch, qtbot, weeks: int, first: str | None = None, untick: tuple[str, ...] = ()):
    """When 排班… opens, the office sets the weeks, puts ``first`` on top, unticks some, clicks 排班."""
    seen: list[RotaPlanDialog] = []

    def drive(dialog: RotaPlanDialog) -> int:
        seen.append(dialog)
        dialog.ui.weeks.setValue(weeks)
        if first is not None:
            names = [name for _id, name, _on in dialog.leader_order()]
            dialog.ui.leaders.setCurrentRow(names.index(first))
            for _ in range(names.index(first)):
                click(qtbot, dialog.ui.upButton)
        for name in untick:
            dialog.set_ticked(name, False)
        click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(RotaPlanDialog, "exec", drive)
    return seen


def open_rota(qtbot, db, actor: Actor) -> RotaDialog:
    dialog = RotaDialog(db, actor, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_office_plans_the_rota_and_sees_the_holiday_move(qtbot, db, staff, monkeypatch, qtmodeltester):
    boxes = Boxes(monkeypatch)
    dialog = open_rota(qtbot, db, staff["office"])
    assert dialog.model.rowCount() == 0
    assert dialog.ui.dayInfo.text() == "还没有安排接访日，请点“排班…”。"
    assert not dialog.ui.saveButton.isEnabled()
    assert dialog.ui.scheduleLabel.text().startswith("领导接访日：每星期三 14:30—17:00，信访接待室")

    plan_with(monkeypatch, qtbot, weeks=3, first="王副局长")
    click(qtbot, dialog.ui.planButton)
    # Wednesday 18 February 2026 is in the Spring Festival: moved to Saturday 14 February (调休).
    assert [[dialog.model.text(r, c) for c in (0, 1, 2, 4, 5)] for r in range(3)] == [
        ["2026-02-04", "星期三", "王副局长", "14:30—17:00", "信访接待室"],
        ["2026-02-11", "星期三", "李局长", "14:30—17:00", "信访接待室"],
        ["2026-02-14", "星期六", "王副局长", "14:30—17:00", "信访接待室"],
    ]
    moved = dialog.model.index(2, 0)
    assert dialog.model.data(moved, Qt.ItemDataRole.BackgroundRole).color() == MOVED
    assert dialog.model.data(moved, Qt.ItemDataRole.ToolTipRole) == (
        "原定2月18日（星期三），因节假日调整到2月14日（星期六）"
    )
    assert dialog.model.text(2, 8) == "因节假日调整"
    [summary] = boxes.infos
    assert summary.startswith("已新排3次接访日（2026-02-04至2026-02-14）。")
    assert "2月18日（星期三） → 2月14日（星期六），王副局长" in summary
    qtmodeltester.check(dialog.model, force_py=True)

    # Planning the same weeks again adds nothing and says so.
    plan_with(monkeypatch, qtbot, weeks=3)
    click(qtbot, dialog.ui.planButton)
    assert boxes.infos[-1] == "没有新增接访日。\n已排定的3周保持不变。"
    assert dialog.model.rowCount() == 3


def test_a_holiday_week_moves_the_other_way_or_is_named(qtbot, db, admin, staff, monkeypatch):
    boxes = Boxes(monkeypatch)
    dialog = RotaDialog(db, staff["office"], today=D(2026, 9, 28))
    qtbot.addWidget(dialog)
    seen = plan_with(monkeypatch, qtbot, weeks=3, untick=("王副局长",))
    click(qtbot, dialog.ui.planButton)
    assert seen[0].ui.start.date().toString("yyyy-MM-dd") == "2026-09-28"
    # 7 October is National Day week; the working day before is 30 September, already a reception
    # day, so that week's reception moves forward to Thursday 8 October.
    days = [dialog.model.text(r, 0) for r in range(dialog.model.rowCount())]
    assert days == ["2026-09-30", "2026-10-08", "2026-10-14"]
    assert "10月7日（星期三） → 10月8日（星期四）" in boxes.infos[0]

    # With "当周不安排" the holiday week gets no reception, and the summary says which.
    rota.save_schedule(db, admin, Schedule(move=HolidayMove.SKIP))
    dialog = RotaDialog(db, staff["office"], today=D(2026, 2, 16))
    qtbot.addWidget(dialog)
    plan_with(monkeypatch, qtbot, weeks=2, untick=("王副局长",))
    click(qtbot, dialog.ui.planButton)
    assert "2月18日（星期三）" in boxes.infos[-1] and "当周不安排接访" in boxes.infos[-1]


def test_planning_without_a_leader_shows_the_message_beside_the_list(qtbot, db, staff, monkeypatch):
    Boxes(monkeypatch)
    dialog = open_rota(qtbot, db, staff["office"])
    seen = plan_with(monkeypatch, qtbot, weeks=2, untick=("李局长", "王副局长"))
    click(qtbot, dialog.ui.planButton)
    assert seen[0].errors.message("leaders") == "请至少选择一位领导"
    assert dialog.model.rowCount() == 0


def test_substitute_note_and_cancel(qtbot, db, staff, monkeypatch):
    boxes = Boxes(monkeypatch)
    days = rota.plan_days(db, staff["office"], TODAY, 2, [staff["li"].id])
    booked_at = dt.datetime(2026, 2, 2, 10, 0)
    book(
        db,
        staff["clerk"],
        days[1].id,
        make_registration(person=PetitionerInput(name="张晓梅", phone="13812345678"), received_at=booked_at),
        Booking.PHONE,
        now=booked_at,
    )
    dialog = open_rota(qtbot, db, staff["office"])
    assert [dialog.model.text(1, c) for c in (6, 7)] == ["1", "0"]

    dialog.ui.table.selectRow(0)
    dialog.ui.substitute.setCurrentIndex(dialog.ui.substitute.findText("李局长"))
    click(qtbot, dialog.ui.saveButton)
    assert dialog.errors.message("substitute") == "替班领导不能与值班领导相同"

    dialog.ui.substitute.setCurrentIndex(dialog.ui.substitute.findText("王副局长"))
    type_text(dialog.ui.note, "李局长外出开会")
    click(qtbot, dialog.ui.saveButton)
    assert [dialog.model.text(0, c) for c in (2, 3, 8)] == ["李局长", "王副局长", "李局长外出开会"]
    assert rota.day_view(db, days[0].id).receiving == "王副局长"
    assert dialog.ui.feedback.text() == "已保存2026-02-04的调整。"

    # Cancelling a day with an appointment asks first and reminds to tell the petitioner.
    dialog.ui.table.selectRow(1)
    assert "已预约1人" in dialog.ui.dayInfo.text()
    click(qtbot, dialog.ui.cancelled)
    click(qtbot, dialog.ui.saveButton)
    assert "已有1人预约" in boxes.questions[0]
    assert dialog.model.text(1, 9) == "已取消"
    assert dialog.model.data(dialog.model.index(1, 2), Qt.ItemDataRole.ForegroundRole).color() == MUTED
    assert rota.day_view(db, days[1].id).cancelled


def test_a_clerk_cannot_plan_or_adjust(qtbot, db, staff, monkeypatch):
    boxes = Boxes(monkeypatch)
    rota.plan_days(db, staff["office"], TODAY, 1, [staff["li"].id])
    dialog = open_rota(qtbot, db, staff["clerk"])
    click(qtbot, dialog.ui.saveButton)
    assert boxes.warnings == ["当前账号（接待员）无权调整领导接访日"]
    plan_with(monkeypatch, qtbot, weeks=2)
    click(qtbot, dialog.ui.planButton)
    assert boxes.warnings[-1] == "当前账号（接待员）无权安排领导接访日"
    assert dialog.model.rowCount() == 1


# ---------------------------------------------------------------- the menus


@pytest.mark.parametrize(
    ("role", "admin_menu", "reception_menu"),
    [
        (Role.ADMIN, True, True),
        (Role.OFFICE, False, True),
        (Role.CLERK, False, False),
        (Role.LEADER, False, False),
    ],
)
def test_menus_by_role(qtbot, db, admin, data_paths, role, admin_menu, reception_menu):
    from receptionapp.ui.windows.main_window import MainWindow

    actor = admin if role is Role.ADMIN else Actor(admin.id, "x", "某人", role)
    window = MainWindow(db, data_paths, actor)
    qtbot.addWidget(window)
    ui = window.ui
    # The office sees 管理 for its one entry there, 回避登记.
    office_or_admin = role in (Role.ADMIN, Role.OFFICE)
    assert ui.adminMenu.menuAction().isVisible() is office_or_admin
    recusals = window.findChild(QAction, "actionRecusals")
    assert recusals.isEnabled() is office_or_admin and recusals.isVisible() is office_or_admin
    assert ui.receptionMenu.menuAction().isVisible() is reception_menu
    for action in (ui.actionHolidays, ui.actionDeadlineRules, ui.actionThresholds, ui.actionSchedule):
        assert action.isEnabled() is admin_menu
    assert ui.actionRota.isEnabled() is reception_menu
    # The deadline entries come first; the letters and the accounts add theirs after them.
    assert [a.text() for a in ui.adminMenu.actions() if not a.isSeparator()][:5] == [
        "节假日安排…",
        "期限规则…",
        "督办提醒设置…",
        "回访与快报设置…",
        "领导接访日设置…",
    ]
    aftercare = window.findChild(QAction, "actionAftercareSettings")
    assert aftercare.isEnabled() is admin_menu


def test_admin_menu_entries_open_their_dialogs(qtbot, db, admin, data_paths, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from receptionapp.ui.windows.main_window import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window = MainWindow(db, data_paths, admin)
    qtbot.addWidget(window)
    for action in (
        window.ui.actionHolidays,
        window.ui.actionDeadlineRules,
        window.ui.actionThresholds,
        window.findChild(QAction, "actionAftercareSettings"),
        window.ui.actionSchedule,
        window.ui.actionRota,
        window.ui.actionReferenceLists,
        window.findChild(QAction, "actionRecusals"),
        window.ui.actionKeyPetitioners,
    ):
        action.trigger()  # each dialog's module is imported on first use
    assert opened == [
        "节假日安排",
        "期限规则",
        "督办提醒设置",
        "回访与快报设置",
        "领导接访日设置",
        "接访安排",
        "基础名录",
        "回避登记",
        "重点信访人",
    ]
