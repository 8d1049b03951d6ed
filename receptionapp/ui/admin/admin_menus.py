"""The 管理 and 接访 menus of the main window: who sees them and which dialog each entry opens.

管理 (holidays, deadline rules, supervision thresholds, reception-day
setting, the reference lists) is for the admin only, but for its 回避登记
entry, which the office sees too (with nothing else in the menu); 接访安排
(the rota) and 单位名录 (the units only) for the office and the admin. The
menus are hidden from everyone else and their actions disabled,
and the services refuse anyway. After a dialog that may move deadlines the
window's lists are refreshed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow

from receptionapp.db.database import Database
from receptionapp.domain.roles import CAN_ADMINISTER, CAN_MANAGE_RECUSALS, CAN_PROCESS
from receptionapp.services.context import Actor
from receptionapp.ui.forms.ui_main_window import Ui_MainWindow


@dataclass(frozen=True)
class MenuWindow:
    """The main window as the menus see it: its form, who works in it, and what a dialog may ask of it."""

    window: QMainWindow
    ui: Ui_MainWindow
    db: Database
    actor: Actor
    refresh: Callable[[], None]  # reload the lists after a dialog that may move deadlines
    open_case: Callable[[int], None]


def _open(host: MenuWindow, make: Callable[[], QDialog], refresh: bool) -> None:
    dialog = make()
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    if refresh:
        host.refresh()


def _dialog(module: str, name: str, host: MenuWindow) -> Callable[[], QDialog]:
    """A factory for ``receptionapp.ui.<module>.<name>``, imported when first opened (faster start)."""

    def make() -> QDialog:
        cls = getattr(importlib.import_module(f"receptionapp.ui.{module}"), name)
        dialog: QDialog = cls(host.db, host.actor, host.window)
        return dialog

    return make


def install_admin_menus(host: MenuWindow) -> None:
    window, ui, actor = host.window, host.ui, host.actor
    is_admin = actor.role in CAN_ADMINISTER
    runs_process = actor.role in CAN_PROCESS
    ui.adminMenu.menuAction().setVisible(is_admin)
    ui.receptionMenu.menuAction().setVisible(runs_process)
    entries: list[tuple[QAction, Callable[[], QDialog], bool, bool]] = [
        (ui.actionHolidays, _dialog("admin.holiday_dialog", "HolidayDialog", host), True, is_admin),
        (
            ui.actionDeadlineRules,
            _dialog("admin.deadline_rules_dialog", "DeadlineRulesDialog", host),
            False,
            is_admin,
        ),
        (ui.actionThresholds, _dialog("admin.thresholds_dialog", "ThresholdsDialog", host), True, is_admin),
        (ui.actionSchedule, _dialog("admin.schedule_dialog", "ScheduleDialog", host), False, is_admin),
        (ui.actionRota, _dialog("dialogs.rota_dialog", "RotaDialog", host), True, runs_process),
        (
            ui.actionReferenceLists,
            _dialog("admin.reference_lists_dialog", "ReferenceListsDialog", host),
            True,
            is_admin,
        ),
        # The office keeps the unit list (the admin has it under 基础名录).
        (
            ui.actionUnits,
            _dialog("admin.reference_lists_dialog", "ReferenceListsDialog", host),
            True,
            runs_process and not is_admin,
        ),
    ]
    # 回访与快报设置 beside 督办提醒设置: both set what the board asks of the office.
    aftercare = QAction("回访与快报设置…", window)
    aftercare.setObjectName("actionAftercareSettings")
    menu_actions = ui.adminMenu.actions()
    after_thresholds = menu_actions[menu_actions.index(ui.actionThresholds) + 1 :]
    if after_thresholds:
        ui.adminMenu.insertAction(after_thresholds[0], aftercare)
    else:
        ui.adminMenu.addAction(aftercare)
    entries.append(
        (
            aftercare,
            _dialog("admin.aftercare_settings_dialog", "AftercareSettingsDialog", host),
            True,
            is_admin,
        )
    )
    # 回避登记 is the office's list too: the office then sees the 管理 menu with just this entry.
    recusals = QAction("回避登记…", window)
    recusals.setObjectName("actionRecusals")
    recusals.setToolTip("工作人员与信访人或单位的利害关系（《信访工作条例》第二十八条）")
    ui.adminMenu.addSeparator()
    ui.adminMenu.addAction(recusals)
    manages_recusals = actor.role in CAN_MANAGE_RECUSALS
    entries.append(
        (recusals, _dialog("dialogs.recusals_dialog", "RecusalsDialog", host), False, manages_recusals)
    )
    if manages_recusals and not is_admin:
        ui.adminMenu.menuAction().setVisible(True)
    _install_key_petitioners(host)
    _install_outreach(host)
    for action, make, refresh, allowed in entries:
        action.setEnabled(allowed)
        action.setVisible(allowed or is_admin)
        action.triggered.connect(
            lambda _checked=False, make=make, refresh=refresh: _open(host, make, refresh)
        )
    ui.actionUnits.setVisible(runs_process and not is_admin)  # the admin edits units under 基础名录


def _install_key_petitioners(host: MenuWindow) -> None:
    """查看 → 重点信访人: the list for the leader, the office and the admin; a case opens in a tab."""
    from receptionapp.domain.roles import CAN_MARK_KEY

    allowed = host.actor.role in CAN_MARK_KEY
    host.ui.actionKeyPetitioners.setVisible(allowed)
    host.ui.actionKeyPetitioners.setEnabled(allowed)

    def make() -> QDialog:
        from receptionapp.ui.dialogs.key_petitioner_dialogs import KeyPetitionersDialog

        dialog = KeyPetitionersDialog(host.db, host.actor, host.window)
        dialog.open_case.connect(host.open_case)
        return dialog

    host.ui.actionKeyPetitioners.triggered.connect(lambda _checked=False: _open(host, make, True))


def _install_outreach(host: MenuWindow) -> None:
    """接访 → 领导下访: the office records a leader's visit out and links the cases handled there."""
    action = QAction("领导下访…", host.window)
    action.setObjectName("actionOutreach")
    host.ui.receptionMenu.addAction(action)

    def make() -> QDialog:
        from receptionapp.ui.dialogs.outreach_dialog import OutreachDialog

        dialog = OutreachDialog(host.db, host.actor, host.window)
        dialog.open_case.connect(host.open_case)
        return dialog

    action.triggered.connect(lambda _checked=False: _open(host, make, True))
