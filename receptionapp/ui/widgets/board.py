"""The due/overdue board (待办期限): the first screen of the day.

Every open deadline that is late, due today or due within three working
days, per obligation, with the unit and the working days left; the
supervision step the thresholds suggest, issued from here in two clicks;
a red warning from October on while next year's holidays are not entered;
and the on-time rate per unit for a chosen period.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QButtonGroup, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.deadlines import PROVISIONAL_RULE
from receptionapp.domain.roles import CAN_PROCESS, Role
from receptionapp.domain.supervision import Thresholds
from receptionapp.domain.workflow import ObligationStatus
from receptionapp.services.context import Actor
from receptionapp.services.deadlines.board import Board as BoardData
from receptionapp.services.deadlines.board import (
    BoardRow,
    Bucket,
    UnitOnTime,
    build_board,
    load_thresholds,
    on_time_by_unit,
)
from receptionapp.services.deadlines.holidays import missing_next_year
from receptionapp.services.deadlines.obligations import case_obligations
from receptionapp.services.reference import unit_choices
from receptionapp.ui.dialogs.base import from_qdate, to_qdate
from receptionapp.ui.forms.ui_board import Ui_Board
from receptionapp.ui.models.board_table import BoardTableModel
from receptionapp.ui.tasks import Task, run_in_background

ON_TIME_COLUMNS = ("承办单位", "应完成", "按期完成", "超期完成", "超期未完成", "按期率")


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


class BoardWidget(QWidget):
    open_case = Signal(int)
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Board()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.data: BoardData | None = None
        self._loading: Task | None = None
        self._stale = False  # asked to refresh while a load was under way
        self.model = BoardTableModel(self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the rows in view only: with 20,000 open cases, measuring
        # a thousand rows on every layout costs seconds at start-up.
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(True)
        self.ui.table.verticalHeader().setVisible(False)
        self.filters = QButtonGroup(self)
        for button, bucket in (
            (self.ui.allButton, None),
            (self.ui.overdueButton, Bucket.OVERDUE),
            (self.ui.todayButton, Bucket.TODAY),
            (self.ui.soonButton, Bucket.SOON),
        ):
            self.filters.addButton(button)
            button.clicked.connect(lambda _=False, b=bucket: self._show(b))
        self.bucket: Bucket | None = None
        self.ui.unit.addItem("全部单位", None)
        for unit in unit_choices(db):
            self.ui.unit.addItem(unit.name, unit.id)
        if actor.role is Role.HANDLER and actor.unit_id is not None:
            self.ui.unit.setCurrentIndex(max(0, self.ui.unit.findData(actor.unit_id)))
            self.ui.unit.setEnabled(False)
        self.ui.unit.currentIndexChanged.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.openButton.clicked.connect(self._open_selected)
        self.ui.table.doubleClicked.connect(self._open_index)
        self.ui.superviseButton.clicked.connect(self.supervise_selected)
        self.ui.superviseButton.setVisible(actor.role in CAN_PROCESS)
        today = dt.date.today()
        self.ui.dateFrom.setDate(to_qdate(quarter_start(today)))
        self.ui.dateTo.setDate(to_qdate(today))
        self.ui.dateFrom.dateChanged.connect(self._fill_on_time)
        self.ui.dateTo.dateChanged.connect(self._fill_on_time)
        self.ui.onTime.setColumnCount(len(ON_TIME_COLUMNS))
        self.ui.onTime.setHorizontalHeaderLabels(list(ON_TIME_COLUMNS))
        self.ui.onTime.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.onTime.horizontalHeader().setStretchLastSection(True)
        self.ui.onTime.setEditTriggers(self.ui.onTime.EditTrigger.NoEditTriggers)
        self.ui.onTime.verticalHeader().setVisible(False)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.refresh()

    def refresh(self) -> None:
        """Reload the board off the GUI thread (0.4 s with 20,000 open cases); the window stays usable."""
        if self._loading is not None and not self._loading.done:
            self._stale = True
            return
        today = dt.date.today()
        unit_id = self.ui.unit.currentData()
        start, end = from_qdate(self.ui.dateFrom.date()), from_qdate(self.ui.dateTo.date())
        db, actor = self.db, self.actor
        self.ui.title.setText(f"待办期限（{today:%Y年%m月%d日}）　正在加载……")

        def load(_progress: object) -> tuple[Thresholds, BoardData, list[UnitOnTime]]:
            thresholds = load_thresholds(db)
            board = build_board(db, today, unit_id=unit_id, thresholds=thresholds, actor=actor)
            return thresholds, board, on_time_by_unit(db, start, end)

        self._loading = run_in_background(self, load, success=lambda result: self._loaded(today, *result))

    def _loaded(
        self, today: dt.date, thresholds: Thresholds, data: BoardData, on_time: list[UnitOnTime]
    ) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the board was loading
        if self._stale:
            self._stale = False
            self._loading = None
            self.refresh()
            return
        self.data = data
        counts = self.data.counts
        self.ui.overdueButton.setText(f"已超期 {counts[Bucket.OVERDUE]}")
        self.ui.todayButton.setText(f"今日到期 {counts[Bucket.TODAY]}")
        self.ui.soonButton.setText(f"3个工作日内 {counts[Bucket.SOON]}")
        self.ui.overdueButton.setStyleSheet(
            "color: #c62828; font-weight: bold;" if counts[Bucket.OVERDUE] else ""
        )
        self.ui.title.setText(f"待办期限（{today:%Y年%m月%d日}）")
        self.ui.legend.setText(
            f"剩余天数按工作日计算（法定节假日休息，调休上班日计入）。建议：到期前{thresholds.remind_before}个工作日催办，"
            f"超期{thresholds.urge_after}个工作日督办，超期{thresholds.notify_after}个工作日向领导通报。双击打开事项。"
        )
        year = missing_next_year(today)
        self.ui.calendarWarning.setVisible(year is not None)
        if year is not None:
            self.ui.calendarWarning.setText(
                f"{year}年节假日安排尚未录入：{year}年的期限暂按{PROVISIONAL_RULE}计算，标注为“暂定”。"
                "国务院办公厅发布通知后，请管理员在“管理—节假日安排”中录入或导入。"
            )
        self._show(self.bucket)
        self._put_on_time(on_time)

    def _show(self, bucket: Bucket | None) -> None:
        self.bucket = bucket
        if self.data is None:
            return
        rows = self.data.rows if bucket is None else self.data.bucket(bucket)
        self.model.set_rows(rows)

    def _fill_on_time(self) -> None:
        self._put_on_time(
            on_time_by_unit(self.db, from_qdate(self.ui.dateFrom.date()), from_qdate(self.ui.dateTo.date()))
        )

    def _put_on_time(self, rows: list[UnitOnTime]) -> None:
        self.ui.onTime.setRowCount(len(rows))
        for i, row in enumerate(rows):
            rate = "—" if row.rate is None else f"{row.rate * 100:.1f}%"
            values = (row.unit, row.total, row.on_time, row.late_done, row.open_overdue, rate)
            for column, value in enumerate(values):
                self.ui.onTime.setItem(i, column, QTableWidgetItem(str(value)))

    def selected_row(self) -> BoardRow | None:
        index = self.ui.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        self.open_case.emit(self.model.row_at(index.row()).case_id)

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_case.emit(row.case_id)

    def supervise_selected(self) -> None:
        from receptionapp.ui.dialogs.supervise_dialog import SuperviseDialog

        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, "督办", "请先在表中选择要督办的期限。")
            return
        open_ones = [o for o in case_obligations(self.db, row.case_id) if o.status == ObligationStatus.OPEN]
        dialog = SuperviseDialog(
            self.db,
            self.actor,
            row.case_id,
            open_ones,
            self,
            obligation_id=row.obligation_id,
            level=row.suggestion,
        )
        if dialog.exec():
            self.refresh()
            self.changed.emit()
