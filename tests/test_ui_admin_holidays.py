"""The 节假日安排 dialog driven as an admin would: import, a malformed file, single days, rights."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from receptionapp.domain import deadlines
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import PROVISIONAL_RULE
from receptionapp.domain.holiday_files import parse_holiday_file
from receptionapp.domain.roles import Role
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import holidays
from receptionapp.ui.admin.holiday_dialog import EXAMPLE_CSV, HolidayDialog, day_ranges
from tests.conftest import make_registration, type_text

D = dt.date
TODAY = D(2026, 11, 20)

GOOD_CSV = """年份,2027
通知,国办发明电〔2026〕9号
2027-01-01,休,元旦
2027/2/6~2027/2/12,休,春节
2027年2月14日,班,春节调休上班
"""

BAD_CSV = """年份,2027
2027-01-01,休,元旦
2027-02-30,休,春节
2027-02-14,班,春节调休上班
2027-10-01,放个假
2027-10-09
"""


@pytest.fixture(autouse=True)
def _reset_calendar():
    yield
    deadlines.set_default_calendar({}, [])


class Boxes:
    """Stands in for QMessageBox and QFileDialog: records what the admin would have read."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer=QMessageBox.StandardButton.Yes) -> None:
        self.questions: list[str] = []
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.file = ""
        self.answer = answer
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: self.infos.append(text))
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: self.warnings.append(text))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (self.file, ""))

    def _question(self, _parent, _title, text, *args):
        self.questions.append(text)
        return self.answer


def open_dialog(qtbot, db, actor: Actor) -> HolidayDialog:
    dialog = HolidayDialog(db, actor, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def letter_due_in_2027(db, admin: Actor) -> int:
    result = intake.register_case(
        db,
        admin,
        make_registration(
            channel=Channel.LETTER,
            person=PetitionerInput(name="写信人", address="城东区1号"),
            received_at=dt.datetime(2027, 2, 1, 9, 0),
        ),
        now=dt.datetime(2027, 2, 5, 18, 0),
    )
    assert (result.due_date, result.due_provisional) == (D(2027, 2, 22), True)
    return result.id


def test_next_year_is_shown_as_not_entered_until_a_file_is_imported(qtbot, db, admin, tmp_path, monkeypatch):
    case_id = letter_due_in_2027(db, admin)
    dialog = open_dialog(qtbot, db, admin)
    # From October on the dialog opens on next year, which the program does not know.
    assert dialog.ui.year.value() == 2027
    assert dialog.ui.status.text() == f"2027年：未录入——期限按{PROVISIONAL_RULE}暂定"
    assert dialog.model.rowCount() == 0
    assert dialog.day_kind_on_calendar(D(2027, 2, 8)) == ""  # a Monday, no holiday known

    boxes = Boxes(monkeypatch)
    boxes.file = str(tmp_path / "2027年节假日.csv")
    Path(boxes.file).write_text(GOOD_CSV, encoding="gb18030")
    click(qtbot, dialog.ui.importButton)

    [preview] = boxes.questions
    assert "2027年" in preview and "国办发明电〔2026〕9号" in preview
    assert "放假8天：1月1日、2月6日—2月12日（7天）" in preview
    assert "调休上班1天：2月14日（星期日）" in preview
    [done] = boxes.infos
    assert "放假8天，调休上班1天" in done and "1项未办结事项的期限随之调整" in done
    assert dialog.ui.status.text() == "2027年：已录入（国办发明电〔2026〕9号）"
    assert dialog.model.rowCount() == 9
    assert [dialog.model.text(8, c) for c in range(4)] == ["2027-02-14", "星期日", "调休上班", "春节调休上班"]
    assert dialog.day_kind_on_calendar(D(2027, 2, 8)) == "休"
    assert dialog.day_kind_on_calendar(D(2027, 2, 14)) == "班"
    assert dialog.import_problems() == []
    assert get_case(db, case_id).due_date == D(2027, 2, 26)


def test_a_malformed_file_lists_every_line_and_changes_nothing(qtbot, db, admin, tmp_path, monkeypatch):
    holidays.save_year(db, admin, parse_holiday_file(GOOD_CSV), source="earlier")
    dialog = open_dialog(qtbot, db, admin)
    assert dialog.ui.year.value() == 2026  # next year is entered: the dialog opens on this year
    dialog.ui.year.setValue(2027)
    before = holidays.year_view(db, 2027)
    boxes = Boxes(monkeypatch)
    boxes.file = str(tmp_path / "bad.csv")
    Path(boxes.file).write_text(BAD_CSV, encoding="utf-8")
    click(qtbot, dialog.ui.importButton)

    assert dialog.import_problems() == [
        "第3行：日期“2027-02-30”不存在",
        "第5行：“放个假”应为“休”（放假）或“班”（调休上班）",
        "第6行：每行应为：日期,休或班[,说明]",
    ]
    assert dialog.ui.importErrorsBox.isVisibleTo(dialog)
    assert "未做任何修改" in dialog.ui.importErrorsBox.title()
    assert boxes.questions == [] and boxes.infos == []  # nothing was offered for saving
    assert holidays.year_view(db, 2027) == before
    assert dialog.model.rowCount() == 9

    # Corrected, the same file goes in and the error list disappears.
    Path(boxes.file).write_text(
        GOOD_CSV.replace("2027-01-01,休", "2027-01-01~2027-01-03,休"), encoding="utf-8"
    )
    click(qtbot, dialog.ui.importButton)
    assert "9个日期将被替换" in boxes.questions[0]
    assert dialog.import_problems() == []
    assert dialog.model.rowCount() == 11


def test_declining_the_preview_saves_nothing(qtbot, db, admin, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, db, admin)
    boxes = Boxes(monkeypatch, answer=QMessageBox.StandardButton.No)
    boxes.file = str(tmp_path / "2027.json")
    Path(boxes.file).write_text('{"year": 2027, "off": ["2027-01-01"]}', encoding="utf-8")
    click(qtbot, dialog.ui.importButton)
    assert len(boxes.questions) == 1
    assert not holidays.year_view(db, 2027).entered
    assert dialog.ui.status.text().endswith(f"未录入——期限按{PROVISIONAL_RULE}暂定")


def test_single_days_added_changed_removed_then_the_year_confirmed(qtbot, db, admin, monkeypatch):
    boxes = Boxes(monkeypatch)
    dialog = open_dialog(qtbot, db, admin)
    dialog.ui.calendar.clicked.emit(QDate(2027, 1, 1))  # the admin clicks 1 January in the month view
    assert dialog.ui.day.date() == QDate(2027, 1, 1)
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findText("放假"))
    type_text(dialog.ui.note, "元旦")
    click(qtbot, dialog.ui.saveDayButton)
    dialog.ui.day.setDate(QDate(2027, 2, 14))
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findText("调休上班"))
    dialog.ui.note.clear()
    type_text(dialog.ui.note, "补班")
    click(qtbot, dialog.ui.saveDayButton)
    assert "已将2027-02-14设为调休上班" in dialog.ui.feedback.text()
    assert [dialog.model.text(r, 2) for r in range(2)] == ["放假", "调休上班"]
    assert dialog.day_kind_on_calendar(D(2027, 1, 1)) == "休"

    # Changing a day: pick it in the table, the editor fills in, change the kind.
    dialog.ui.table.selectRow(1)
    assert dialog.ui.note.text() == "补班" and dialog.ui.kind.currentText() == "调休上班"
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findText("放假"))
    click(qtbot, dialog.ui.saveDayButton)
    assert dialog.model.text(1, 2) == "放假"

    # Removing without a selection says what to do; with one, the day goes back to the program's calendar.
    dialog.ui.table.clearSelection()
    click(qtbot, dialog.ui.removeDayButton)
    assert dialog.errors.message("day") == "请先在左侧表格中选择要删除的日期"
    dialog.ui.table.selectRow(1)
    click(qtbot, dialog.ui.removeDayButton)
    assert dialog.model.rowCount() == 1
    assert "恢复按程序内置日历" in dialog.ui.feedback.text()
    assert dialog.ui.status.text().endswith(f"未录入——期限按{PROVISIONAL_RULE}暂定")

    type_text(dialog.ui.notice, "国办发明电〔2026〕9号")
    click(qtbot, dialog.ui.confirmYearButton)
    assert dialog.ui.status.text() == "2027年：已录入（国办发明电〔2026〕9号）"
    assert boxes.warnings == []


def test_confirming_an_empty_year_shows_the_message_beside_it(qtbot, db, admin):
    dialog = open_dialog(qtbot, db, admin)
    click(qtbot, dialog.ui.confirmYearButton)
    assert dialog.errors.message("days") == "请至少填写一个放假日期"


def test_a_year_the_program_knows(qtbot, db, admin):
    dialog = open_dialog(qtbot, db, admin)
    dialog.ui.year.setValue(2026)
    assert dialog.ui.status.text() == "2026年：程序内置（国务院办公厅通知已随程序提供）"
    assert dialog.day_kind_on_calendar(D(2026, 10, 1)) == "休"
    assert dialog.day_kind_on_calendar(D(2026, 10, 10)) == "班"  # Saturday worked after National Day
    assert dialog.day_kind_on_calendar(D(2026, 10, 12)) == ""


def test_a_non_admin_gets_the_service_message_and_nothing_changes(qtbot, db, admin, monkeypatch):
    office = Actor(admin.id, "office", "办公室", Role.OFFICE)
    boxes = Boxes(monkeypatch)
    dialog = open_dialog(qtbot, db, office)
    dialog.ui.day.setDate(QDate(2027, 1, 1))
    click(qtbot, dialog.ui.saveDayButton)
    assert boxes.warnings == ["当前账号（办公室）无权维护节假日安排"]
    assert holidays.year_view(db, 2027).days == []


def test_the_format_example_imports_as_shown() -> None:
    year = parse_holiday_file(EXAMPLE_CSV)
    assert year.year == 2027 and len(year.days_off) == 17 and len(year.workdays) == 3
    assert day_ranges([D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 5)]) == "1月1日—1月2日（2天）、1月5日"
