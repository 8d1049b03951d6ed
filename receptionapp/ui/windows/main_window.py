"""The main window: registration, the case register, and case pages as tabs.

Every few seconds it asks the database whether anything was committed since
its last look (services.changes) and refreshes the register and the open case
pages that another PC changed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from receptionapp import __version__
from receptionapp.db.database import Database
from receptionapp.domain.roles import CAN_PROCESS, CAN_REPORT, Role
from receptionapp.paths import DataPaths
from receptionapp.services.changes import Changes, change_marker, changes_since
from receptionapp.services.context import Actor
from receptionapp.services.reference import reference_lists
from receptionapp.ui.admin.admin_menus import MenuWindow, install_admin_menus
from receptionapp.ui.forms.ui_main_window import Ui_MainWindow
from receptionapp.ui.letters import letters_menu
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.board import BoardWidget
from receptionapp.ui.widgets.case_register import CaseRegister
from receptionapp.ui.widgets.reception_screen import ReceptionScreen
from receptionapp.ui.widgets.registration_form import RegistrationForm

if TYPE_CHECKING:
    from receptionapp.ui.widgets.case_page import CasePage

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 5000


class MainWindow(QMainWindow):
    def __init__(self, db: Database, paths: DataPaths, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.db, self.paths, self.actor = db, paths, actor
        self.settings = QSettings(str(paths.root / "window.ini"), QSettings.Format.IniFormat)
        bureau = reference_lists(db).bureau_name
        self.setWindowTitle(f"教育信访接待系统 — {bureau}")

        self.board = BoardWidget(db, actor, self)
        self.registration = RegistrationForm(db, actor, paths, self)
        self.register = CaseRegister(db, actor, self)
        # Only a leader starts on the reception day; for the others it loads when its tab is opened.
        self.reception = ReceptionScreen(db, actor, self, defer=actor.role is not Role.LEADER)
        self.ui.tabs.addTab(self.board, "待办期限")
        self.ui.tabs.addTab(self.registration, "新登记")
        self.ui.tabs.addTab(self.register, "事项台账")
        self.ui.tabs.addTab(self.reception, "领导接访日")
        self.fixed_tabs = self.ui.tabs.count()
        for fixed in range(self.fixed_tabs):
            self.ui.tabs.tabBar().setTabButton(fixed, self.ui.tabs.tabBar().ButtonPosition.RightSide, None)
        # A leader comes for the reception day; everyone else starts on the deadlines.
        self.ui.tabs.setCurrentWidget(self.reception if actor.role is Role.LEADER else self.board)
        self.board.open_case.connect(self.open_case)
        self.board.changed.connect(self.refresh)
        self.reception.open_case.connect(self.open_case)
        self.reception.changed.connect(self._cases_changed)
        self.reception.walk_in_requested.connect(self.register_walk_in)
        self.ui.tabs.tabCloseRequested.connect(self._close_tab)
        self.ui.tabs.currentChanged.connect(self._tab_opened)

        self.registration.saved.connect(self._registered)
        self.registration.open_case_requested.connect(self.open_case)
        self.register.open_case.connect(self.open_case)

        self.ui.actionNewRegistration.triggered.connect(
            lambda: self.ui.tabs.setCurrentWidget(self.registration)
        )
        self.ui.actionRegister.triggered.connect(lambda: self.ui.tabs.setCurrentWidget(self.register))
        self.ui.actionBoard.triggered.connect(lambda: self.ui.tabs.setCurrentWidget(self.board))
        self.ui.actionStatistics.triggered.connect(self.show_statistics)
        self.ui.actionStatistics.setVisible(actor.role in CAN_REPORT)
        self.statistics: QWidget | None = None
        self.ui.actionOverdue.triggered.connect(self.show_overdue)
        self.ui.actionFind.triggered.connect(self.find_case)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.root)))
        )
        self.ui.actionAbout.triggered.connect(self.about)
        install_admin_menus(MenuWindow(self, self.ui, db, actor, self.refresh, self.open_case))
        if actor.role in CAN_PROCESS:
            self.actionImportLedger = QAction("导入历史台账…", self)
            self.ui.fileMenu.insertAction(self.ui.actionQuit, self.actionImportLedger)
            self.ui.fileMenu.insertSeparator(self.ui.actionQuit)
            self.actionImportLedger.triggered.connect(self.import_ledger)
        letters_menu.install(self, db, actor, paths, self.ui.helpMenu)
        where = f"数据文件夹：{paths.root}"
        if not db.is_sqlite:
            url = db.engine.url
            where = f"数据库服务器：{url.host or '本机'}:{url.port or 5432}/{url.database}"
        self.ui.statusbar.showMessage(f"当前用户：{actor.display_name}（{actor.role.label}）    {where}")
        self._marker = change_marker(db)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll_changes)
        self.poll_timer.start()
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def offer_draft(self) -> None:
        """After the window is shown: bring back a registration interrupted by a crash."""
        if self.registration.restore_draft_if_any(ask=True):
            self.ui.tabs.setCurrentWidget(self.registration)

    def open_case(self, case_id: int) -> None:
        # Imported on first use: the case page pulls in the letter engine (reportlab), not needed to start.
        from receptionapp.ui.widgets.case_page import CasePage

        for i in range(self.fixed_tabs, self.ui.tabs.count()):
            page = self.ui.tabs.widget(i)
            if isinstance(page, CasePage) and page.case_id == case_id:
                self.ui.tabs.setCurrentIndex(i)
                return
        page = call_service(
            self, "无法打开", lambda _reason: CasePage(self.db, self.actor, self.paths, case_id, self)
        )
        if isinstance(page, Refused):
            return
        page.open_case.connect(self.open_case)
        page.changed.connect(lambda _id: self._cases_changed())
        self.ui.tabs.addTab(page, page.title)
        self.ui.tabs.setCurrentWidget(page)

    def case_pages(self) -> list[CasePage]:
        from receptionapp.ui.widgets.case_page import CasePage

        return [w for i in range(self.ui.tabs.count()) if isinstance(w := self.ui.tabs.widget(i), CasePage)]

    def _tab_opened(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.reception:
            self.reception.load_deferred()

    def _close_tab(self, index: int) -> None:
        if index >= self.fixed_tabs:
            widget = self.ui.tabs.widget(index)
            assert widget is not None  # the tab whose close button was pressed
            if widget is self.statistics:
                self.statistics = None
            self.ui.tabs.removeTab(index)
            widget.deleteLater()

    def _cases_changed(self) -> None:
        """A case changed elsewhere (its page, the reception day): the register and the board show it."""
        self.register.refresh()
        self.board.refresh()

    def _registered(self, case_id: int, number: str) -> None:
        from receptionapp.ui.dialogs.aftercare_dialogs import suggest_major

        self.ui.statusbar.showMessage(f"已登记：{number}", 10_000)
        self.register.refresh()
        self.board.refresh()
        self.reception.show_day()
        if suggest_major(self, self.db, self.actor, case_id):
            self.open_case(case_id)

    def show_overdue(self) -> None:
        self.ui.tabs.setCurrentWidget(self.register)
        self.register.show_overdue()

    def find_case(self) -> None:
        # Not ``find``: that would hide QWidget.find, the static lookup of a widget by its window id.
        self.ui.tabs.setCurrentWidget(self.register)
        self.register.focus_search()

    def show_statistics(self) -> None:
        """The statistics screen, in a tab of its own (opened once, kept until closed)."""
        from receptionapp.ui.widgets.statistics_page import StatisticsPage

        if self.statistics is None or self.ui.tabs.indexOf(self.statistics) < 0:
            page = StatisticsPage(self.db, self.actor, self)
            page.open_case.connect(self.open_case)
            self.statistics = page
            self.ui.tabs.addTab(page, "统计报表")
        self.ui.tabs.setCurrentWidget(self.statistics)

    def register_walk_in(self, day_id: int) -> None:
        self.ui.tabs.setCurrentWidget(self.registration)
        self.registration.prepare_reception(day_id)

    def refresh(self) -> None:
        self.board.refresh()
        self.register.refresh()
        self.reception.refresh()
        self.registration.fill_reception_days()
        self.registration.refresh_lists()
        self.register.refresh_lists()
        for page in self.case_pages():
            page.reload()

    def import_ledger(self) -> None:
        from receptionapp.ui.ledger.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.actor, self)
        wizard.imported.connect(lambda _batch: self.register.refresh())
        wizard.exec()

    def poll_changes(self) -> Changes | None:
        """Show what was committed since the last look (by another PC, or this one)."""
        try:
            changes = changes_since(self.db, self._marker)
        except Exception as error:  # the server may be briefly unreachable: try again at the next tick
            log.warning("change poll failed: %s", error)
            self.ui.statusbar.showMessage("暂时无法连接数据库，稍后自动重试……", POLL_INTERVAL_MS)
            return None
        self._marker = changes.marker
        if changes.any:
            self.register.refresh_keeping_place()
            self.board.refresh()
            self.reception.show_day()
            for page in self.case_pages():
                if changes.everything or page.case_id in changes.case_ids:
                    page.notice_change()
        return changes

    def about(self) -> None:
        QMessageBox.about(
            self,
            "关于",
            f"教育信访接待系统 {__version__}\n\n本系统离线运行，所有数据保存在：\n{self.paths.root}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poll_timer.stop()
        # Whatever is typed in the registration form is kept as a draft for the next start.
        if self.registration.is_dirty():
            self.registration.save_draft_now()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
