"""节假日安排: the admin enters, imports and checks a year's holidays and 调休 working days.

The dialog shows whether the year is known (built into the program, entered
by the admin with the notice number, or not entered so deadlines are
provisional), the admin's own dates with single-day add/change/remove, a
month calendar coloured by the calendar every deadline uses, and the import
of a CSV/JSON file: a malformed file lists every problem with its line
number and changes nothing; a good one is previewed and confirmed first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QFont, QGuiApplication, QTextCharFormat
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.deadlines import PROVISIONAL_RULE, default_calendar
from receptionapp.domain.holiday_files import (
    MAX_FILE_BYTES,
    HolidayFileError,
    HolidayYear,
    parse_holiday_file,
)
from receptionapp.domain.reception import WEEKDAY_LABELS
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import holidays
from receptionapp.services.reception import replanning
from receptionapp.ui.forms.ui_holiday_dialog import Ui_HolidayDialog
from receptionapp.ui.models.row_table import Column, RowTableModel
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.field_errors import FieldErrors

FILE_FILTER = "节假日安排文件 (*.csv *.json *.txt);;所有文件 (*)"
KINDS = (("放假", False), ("调休上班", True))
OFF_COLOUR = QColor("#f8d0d0")
WORK_COLOUR = QColor("#cfe2fb")

EXAMPLE_CSV = """# 示例：按国务院办公厅通知逐行录入（日期仅为示意，请以通知原文为准）
# 每行：日期或日期范围,休或班,说明 —— “休”为放假，“班”为调休上班
年份,2027
通知,国办发明电〔2026〕7号
2027-01-01~2027-01-03,休,元旦
2027-02-06~2027-02-12,休,春节
2027-02-14,班,春节调休上班
2027-02-20,班,春节调休上班
2027-10-01~2027-10-07,休,国庆节、中秋节
2027-10-09,班,国庆调休上班
"""

FORMAT_INTRO = (
    "可用记事本或 Excel 按下面的格式录入后另存为 CSV（UTF-8 或 GBK 编码均可），再点“从文件导入…”。"
    "日期可写作 2027-02-06、2027/2/6、2027.2.6 或 2027年2月6日；连续几天写作“起始~结束”。"
    "以 # 开头的行是注释。也可使用 JSON："
    '{"year": 2027, "notice": "…", "off": ["2027-01-01~2027-01-03"], "work": ["2027-02-14"]}。'
    "文件有任何错误时整份不导入，并逐行列出问题。"
)


def _day_text(day: dt.date) -> str:
    return f"{day.month}月{day.day}日（{WEEKDAY_LABELS[day.weekday()]}）"


def day_ranges(days: list[dt.date]) -> str:
    """Consecutive dates written as one range: 2月6日—2月12日（7天）、2月14日."""
    parts: list[str] = []
    days = sorted(days)
    i = 0
    while i < len(days):
        j = i
        while j + 1 < len(days) and days[j + 1] - days[j] == dt.timedelta(days=1):
            j += 1
        if j == i:
            parts.append(f"{days[i].month}月{days[i].day}日")
        else:
            parts.append(
                f"{days[i].month}月{days[i].day}日—{days[j].month}月{days[j].day}日（{j - i + 1}天）"
            )
        i = j + 1
    return "、".join(parts)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


Entry = tuple[dt.date, bool, str]


class HolidayDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HolidayDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.today = today or dt.date.today()
        self.model: RowTableModel[Entry] = RowTableModel(
            [
                Column("日期", lambda e: f"{e[0]:%Y-%m-%d}"),
                Column("星期", lambda e: WEEKDAY_LABELS[e[0].weekday()], centered=True),
                Column(
                    "安排",
                    lambda e: "调休上班" if e[1] else "放假",
                    background=lambda e: WORK_COLOUR if e[1] else OFF_COLOUR,
                    centered=True,
                ),
                Column("说明", lambda e: e[2]),
            ],
            self,
        )
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._pick(current.row())
        )
        for label, work in KINDS:
            self.ui.kind.addItem(label, work)
        self.ui.importErrorsBox.hide()
        self.ui.formatIntro.setText(FORMAT_INTRO)
        self.ui.formatExample.setPlainText(EXAMPLE_CSV)
        self.ui.legend.setText(
            f'<span style="background:{OFF_COLOUR.name()}">&nbsp;休&nbsp;</span> 工作日放假　'
            f'<span style="background:{WORK_COLOUR.name()}">&nbsp;班&nbsp;</span> 周末调休上班　'
            "<b>粗体</b>：管理员录入的日期。点击日期可在左侧调整。"
        )
        self.errors = FieldErrors()
        self.errors.register("day", self.ui.day, self.ui.dayError)
        self.errors.register("days", None, self.ui.yearError)

        self.ui.year.valueChanged.connect(lambda _y: self.refresh())
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.saveDayButton.clicked.connect(self.save_day)
        self.ui.removeDayButton.clicked.connect(self.remove_day)
        self.ui.confirmYearButton.clicked.connect(self.confirm_year)
        self.ui.copyExampleButton.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.ui.formatExample.toPlainText())
        )
        self.ui.calendar.clicked.connect(self._calendar_clicked)
        self.ui.calendar.currentPageChanged.connect(lambda year, _month: self._paint(year))
        self.ui.buttons.rejected.connect(self.reject)
        self._painted_year = 0
        self.moved_days: list[replanning.MovedDay] = []  # the reception days the last change moved
        holidays.load_calendar(db)
        start_year = holidays.missing_next_year(self.today) or self.today.year
        self.ui.year.blockSignals(True)
        self.ui.year.setValue(start_year)
        self.ui.year.blockSignals(False)
        self.refresh()

    # -- showing
    def refresh(self) -> None:
        year = self.ui.year.value()
        self.view = holidays.year_view(self.db, year)
        if self.view.entered:
            status = f"已录入（{self.view.notice or '未填通知文号'}）"
            colour = "#2e7d32"
        elif self.view.package_knows:
            status = "程序内置（国务院办公厅通知已随程序提供）"
            colour = "#2e7d32"
        else:
            status = f"未录入——期限按{PROVISIONAL_RULE}暂定"
            colour = "#c62828"
        self.ui.status.setText(f"{year}年：{status}")
        self.ui.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.ui.notice.setText(self.view.notice)
        self.model.set_rows(self.view.days)
        self.ui.table.resizeColumnsToContents()
        self.ui.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.errors.clear()
        self._painted_year = 0  # the entries may have changed: paint once more
        if self.ui.calendar.yearShown() != year:
            self.ui.calendar.setCurrentPage(year, 1 if year != self.today.year else self.today.month)
        self._paint(year)
        if self.ui.day.date().year() != year:
            self.ui.day.setDate(QDate(year, 1, 1))

    def _paint(self, year: int) -> None:
        """Colour the calendar's days off on weekdays and working weekends of ``year``."""
        if year == self._painted_year:
            return
        self._painted_year = year
        calendar = default_calendar()
        view = self.view if self.view.year == year else holidays.year_view(self.db, year)
        entries = {d for d, _w, _n in view.days}
        widget = self.ui.calendar
        widget.setDateTextFormat(QDate(), QTextCharFormat())
        day = dt.date(year, 1, 1)
        while day.year == year:
            work, weekend = calendar.is_workday(day), day.weekday() >= 5
            fmt = QTextCharFormat()
            if not work and not weekend:
                fmt.setBackground(OFF_COLOUR)
                fmt.setForeground(QColor("#b71c1c"))
            elif work and weekend:
                fmt.setBackground(WORK_COLOUR)
                fmt.setForeground(QColor("#000000"))
            if day in entries:
                fmt.setFontWeight(QFont.Weight.Bold)
            if fmt != QTextCharFormat():
                widget.setDateTextFormat(_qdate(day), fmt)
            day += dt.timedelta(days=1)

    def day_kind_on_calendar(self, day: dt.date) -> str:
        """What the month view shows for a date: 休, 班 or '' (for tests and tooltips)."""
        fmt = self.ui.calendar.dateTextFormat(_qdate(day))
        colour = fmt.background().color()
        return {OFF_COLOUR.name(): "休", WORK_COLOUR.name(): "班"}.get(colour.name(), "")

    def _pick(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        day, work, note = self.model.row_at(row)
        self.ui.day.setDate(_qdate(day))
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(work))
        self.ui.note.setText(note)

    def _calendar_clicked(self, date: QDate) -> None:
        picked = dt.date(date.year(), date.month(), date.day())
        self.ui.day.setDate(date)
        for row, (day, _w, _n) in enumerate(self.model.rows()):
            if day == picked:
                self.ui.table.selectRow(row)
                return
        self.ui.table.clearSelection()
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(default_calendar().is_workday(picked)))
        self.ui.note.clear()

    def _selected_day(self) -> dt.date | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row())[0] if rows else None

    def _done(self, text: str, update: replanning.CalendarUpdate) -> None:
        """What the change did: the deadlines moved, and each planned reception day with whom to call."""
        change = update.change
        moved = (
            f"{change.recomputed}项未办结事项的期限随之调整。" if change.recomputed else "没有期限需要调整。"
        )
        self.moved_days = update.days
        if update.days:
            moved += (
                f"\n已安排的{len(update.days)}个领导接访日随之调整（预约人在“领导接访”页标注“改期待告知”）：\n"
                + "\n".join(update.lines())
            )
        self.ui.feedback.setText(f"{text}{moved}")

    # -- actions
    def save_day(self) -> None:
        qdate = self.ui.day.date()
        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        work = bool(self.ui.kind.currentData())
        change = call_service(
            self,
            "无法保存",
            lambda _reason: replanning.set_day(self.db, self.actor, day, work, self.ui.note.text().strip()),
            errors=self.errors,
        )
        if isinstance(change, Refused):
            return
        if day.year != self.ui.year.value():
            self.ui.year.setValue(day.year)  # shows the year the date belongs to
        else:
            self.refresh()
        self._done(f"已将{day:%Y-%m-%d}设为{'调休上班' if work else '放假'}。", change)

    def remove_day(self) -> None:
        day = self._selected_day()
        if day is None:
            self.errors.show({"day": "请先在左侧表格中选择要删除的日期"})
            return
        change = call_service(
            self,
            "无法删除",
            lambda _reason: replanning.set_day(self.db, self.actor, day, None),
            errors=self.errors,
        )
        if isinstance(change, Refused):
            return
        self.refresh()
        self._done(f"已删除{day:%Y-%m-%d}的录入，该日恢复按程序内置日历。", change)

    def confirm_year(self) -> None:
        year = self.ui.year.value()
        data = HolidayYear(year, self.ui.notice.text().strip())
        for day, work, note in self.view.days:
            data.days[day] = work
            if note:
                data.notes[day] = note
        self._save_year(data, "逐日录入")

    def _save_year(self, data: HolidayYear, source: str) -> bool:
        change = call_service(
            self,
            "无法保存",
            lambda _reason: replanning.save_year(self.db, self.actor, data, source=source),
            errors=self.errors,
        )
        if isinstance(change, Refused):
            return False
        if data.year != self.ui.year.value():
            self.ui.year.setValue(data.year)
        else:
            self.refresh()
        self._done(
            f"已录入{data.year}年节假日安排：放假{len(data.days_off)}天，调休上班{len(data.workdays)}天。",
            change,
        )
        return True

    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, "导入节假日安排", "", FILE_FILTER)
        if not path:
            return
        try:
            if Path(path).stat().st_size > MAX_FILE_BYTES:
                QMessageBox.warning(self, "无法导入", f"{Path(path).name}超过1MB，不是节假日安排文件")
                return
            raw = Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(self, "无法读取文件", f"{path}\n{error.strerror or error}")
            return
        try:
            data = parse_holiday_file(raw, path)
        except HolidayFileError as error:
            self._show_problems(error.problems)
            return
        self.ui.importErrorsBox.hide()
        answer = QMessageBox.question(
            self,
            "确认导入节假日安排",
            self.preview(data, Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._save_year(data, Path(path).name):
            QMessageBox.information(self, "导入完成", self.ui.feedback.text())

    def preview(self, data: HolidayYear, filename: str) -> str:
        existing = holidays.year_view(self.db, data.year)
        lines = [
            f"文件：{filename}",
            f"年份：{data.year}年",
            f"通知：{data.notice or '（文件中未写通知文号）'}",
            f"放假{len(data.days_off)}天：{day_ranges(data.days_off)}",
            f"调休上班{len(data.workdays)}天："
            + ("、".join(_day_text(d) for d in data.workdays) if data.workdays else "无"),
            "",
        ]
        if existing.days:
            lines.append(f"{data.year}年已录入的{len(existing.days)}个日期将被替换。")
        lines.append(
            "导入后将重新计算所有未办结事项的期限和已安排的领导接访日，并记入各事项的时间线。是否导入？"
        )
        return "\n".join(lines)

    def _show_problems(self, problems: list[tuple[int, str]]) -> None:
        self.ui.importErrors.clear()
        for line, message in problems:
            self.ui.importErrors.addItem(f"第{line}行：{message}" if line else message)
        self.ui.importErrorsBox.show()
        self.ui.feedback.clear()

    def import_problems(self) -> list[str]:
        if self.ui.importErrorsBox.isHidden():
            return []
        return [self.ui.importErrors.item(i).text() for i in range(self.ui.importErrors.count())]
