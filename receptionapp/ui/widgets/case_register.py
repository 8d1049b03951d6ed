"""The case register (事项台账): quick filters, the search box and the lazy case list."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.channels import Channel
from receptionapp.domain.roles import SEES_VOIDED
from receptionapp.services.cases.listing import (
    COUNT_CAP,
    MARKS,
    CaseFilter,
    CaseRow,
    count_cases,
    list_cases,
    register_filter,
)
from receptionapp.services.context import Actor
from receptionapp.services.reference import ReferenceLists, reference_lists
from receptionapp.ui.dialogs.base import from_qdate
from receptionapp.ui.forms.ui_case_register import Ui_CaseRegister
from receptionapp.ui.models.case_table import CASE_ID_ROLE, CaseTableModel
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets import petition_type_choice

SEARCH_DELAY_MS = 300
STATUS_CHOICES = (
    ("全部（不含作废）", None),
    ("未办结", "open"),
    ("已超期", "overdue"),
    ("已办结", "closed"),
    (CaseStatus.REGISTERED.label, CaseStatus.REGISTERED.value),
    (CaseStatus.IN_PROGRESS.label, CaseStatus.IN_PROGRESS.value),
    (CaseStatus.REPLIED.label, CaseStatus.REPLIED.value),
    (CaseStatus.ARCHIVED.label, CaseStatus.ARCHIVED.value),
)


def count_text(total: int) -> str:
    """The register's count: exact up to the cap, then "1000+" (counting further costs seconds)."""
    if total > COUNT_CAP:
        return f"共 {COUNT_CAP}+ 件（结果较多，可输入更多文字或用上方条件缩小范围）"
    return f"共 {total} 件"


class CaseRegister(QWidget):
    open_case = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseRegister()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.model = CaseTableModel(self)
        self.ui.table.setModel(self.model)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._fill_filters()
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((215, 110, 130, 130, 120, 90, 80, 400, 110)):
            self.ui.table.setColumnWidth(column, width)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.doubleClicked.connect(self._activate)
        self.ui.table.activated.connect(self._activate)
        self.ui.search.textChanged.connect(lambda _text: self._timer.start())
        self.ui.search.returnPressed.connect(self.refresh)
        for combo in (
            self.ui.channel,
            self.ui.petitionType,
            self.ui.status,
            self.ui.mark,
            self.ui.category,
            self.ui.region,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.useDates.toggled.connect(self._dates_toggled)
        self.ui.dateFrom.dateChanged.connect(lambda _d: self.refresh())
        self.ui.dateTo.dateChanged.connect(lambda _d: self.refresh())
        self.ui.resetButton.clicked.connect(self.reset_filters)
        self._dates_toggled(False)

    def _fill_filters(self) -> None:
        lists = reference_lists(self.db)
        self.ui.channel.addItem("全部", None)
        for channel in Channel:
            self.ui.channel.addItem(channel.label, channel)
        petition_type_choice.fill(self.ui.petitionType, any_label="全部")
        for label, value in STATUS_CHOICES:
            self.ui.status.addItem(label, value)
        if self.actor.role in SEES_VOIDED:
            self.ui.status.addItem(CaseStatus.VOIDED.label, CaseStatus.VOIDED.value)
        self.ui.mark.addItem("全部", None)
        for value, (label, _condition) in MARKS.items():
            self.ui.mark.addItem(label, value)
        self.ui.category.addItem("全部", None)
        self.ui.region.addItem("全部", None)
        self._fill_lists(lists)
        today = QDate.currentDate()
        self.ui.dateFrom.setDate(today.addMonths(-1))
        self.ui.dateTo.setDate(today)

    def _fill_lists(self, lists: ReferenceLists) -> None:
        """Category and region filters: the active entries, then the retired ones (old cases have them)."""
        for combo, active, retired in (
            (self.ui.category, lists.categories, lists.retired_categories),
            (self.ui.region, lists.regions, lists.retired_regions),
        ):
            items = [(n, n) for n in active] + [(f"{n}（已停用）", n) for n in retired]
            if [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())] == items:
                continue
            current = combo.currentData()
            blocker = QSignalBlocker(combo)
            while combo.count() > 1:
                combo.removeItem(combo.count() - 1)
            for label, name in items:
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            del blocker

    def refresh_lists(self) -> None:
        """Take in categories and regions the admin added, renamed or retired."""
        before = (self.ui.category.currentData(), self.ui.region.currentData())
        self._fill_lists(reference_lists(self.db))
        if (self.ui.category.currentData(), self.ui.region.currentData()) != before:
            self.refresh()  # the filtered entry was renamed away

    def _dates_toggled(self, on: bool) -> None:
        self.ui.dateFrom.setEnabled(on)
        self.ui.dateTo.setEnabled(on)
        self.refresh()

    def current_filter(self) -> CaseFilter:
        flt = register_filter(
            self.ui.search.text(),
            channel=self.ui.channel.currentData(),
            petition_type=petition_type_choice.current(self.ui.petitionType),
            status=self.ui.status.currentData(),
            mark=self.ui.mark.currentData(),
            category=self.ui.category.currentData(),
            region=self.ui.region.currentData(),
        )
        if self.ui.useDates.isChecked():
            flt.date_from = from_qdate(self.ui.dateFrom.date())
            flt.date_to = from_qdate(self.ui.dateTo.date())
        return flt

    def refresh(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        total = call_service(self, "无法查询", lambda _reason: self._count(flt))
        if isinstance(total, Refused):
            return
        note = ""
        if self.ui.search.text().strip() and not flt.text:
            note = "（请至少输入两个汉字或数字）"
        self.ui.countLabel.setText(f"{count_text(total)}{note}")

    def _count(self, flt: CaseFilter) -> int:
        total = count_cases(self.db, flt, self.actor, cap=COUNT_CAP)
        self.model.reset(partial(self._page, flt), total)
        return total

    def refresh_keeping_place(self) -> None:
        """Reload after another PC's change; the selected case and the scroll position stay."""
        current = self.ui.table.currentIndex()
        case_id = current.siblingAtColumn(0).data(CASE_ID_ROLE) if current.isValid() else None
        loaded = self.model.rowCount()
        scroll = self.ui.table.verticalScrollBar().value()
        self.refresh()
        while self.model.rowCount() < loaded and self.model.canFetchMore():
            self.model.fetchMore()
        self.ui.table.verticalScrollBar().setValue(scroll)
        if case_id is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == case_id:
                self.ui.table.setCurrentIndex(self.model.index(row, max(current.column(), 0)))
                self.ui.table.verticalScrollBar().setValue(scroll)
                return

    def _page(self, flt: CaseFilter, after: tuple[dt.datetime, int] | None, limit: int) -> list[CaseRow]:
        return list_cases(self.db, flt, limit=limit, after=after, actor=self.actor)

    def reset_filters(self) -> None:
        widgets = (
            self.ui.channel,
            self.ui.petitionType,
            self.ui.status,
            self.ui.mark,
            self.ui.category,
            self.ui.region,
            self.ui.useDates,
            self.ui.search,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:6]:
            combo.setCurrentIndex(0)
        self.ui.useDates.setChecked(False)
        self.ui.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._dates_toggled(False)

    def show_overdue(self) -> None:
        self.ui.status.setCurrentIndex(self.ui.status.findData("overdue"))

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def _activate(self, index: QModelIndex) -> None:
        case_id = index.siblingAtColumn(0).data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.ui.table.hasFocus():
            self._activate(self.ui.table.currentIndex())
            return
        super().keyPressEvent(event)
