"""期限规则, 督办提醒设置 and 领导接访日设置 driven as an admin would; others are refused."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from receptionapp.domain.reception import HolidayMove, Schedule
from receptionapp.domain.roles import Role
from receptionapp.domain.supervision import Thresholds
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import board
from receptionapp.services.deadlines import rules as deadline_rules
from receptionapp.services.reception import rota
from receptionapp.ui.admin.deadline_rules_dialog import DeadlineRulesDialog
from receptionapp.ui.admin.schedule_dialog import ScheduleDialog
from receptionapp.ui.admin.thresholds_dialog import ThresholdsDialog
from receptionapp.ui.models.row_table import MUTED
from tests.conftest import make_registration, type_text

D = dt.date


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def office_of(admin: Actor) -> Actor:
    return Actor(admin.id, "office", "办公室", Role.OFFICE)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def retype(qtbot, spin, value: int) -> None:
    """Select what the spin box shows and type a new number, as a person would."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def row_of(dialog: DeadlineRulesDialog, name: str, version: int | None = None) -> int:
    for row, view in enumerate(dialog.model.rows()):
        if view.rule.name == name and version in (None, view.rule.version):
            return row
    raise AssertionError(name)


def register_walk_in(db, admin: Actor) -> intake.Registered:
    return intake.register_case(db, admin, make_registration(received_at=dt.datetime(2026, 11, 2, 9, 30)))


# ---------------------------------------------------------------- deadline rules


def test_rules_table_reads_like_the_rules(qtbot, db, admin, qtmodeltester):
    register_walk_in(db, admin)
    dialog = DeadlineRulesDialog(db, admin)
    qtbot.addWidget(dialog)
    assert dialog.ui.countLabel.text() == "现行规则15条"
    assert dialog.model.text(0, 0) == "书面告知是否受理"  # the workflow's order: 受理告知 first
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["名称", "适用", "起算", "期限", "可延期", "依据", "版本", "在用"]
    hotline = row_of(dialog, "12345热线交办单答复")
    assert [dialog.model.text(hotline, c) for c in range(8)] == [
        "12345热线交办单答复",
        "12345热线",
        "收到信访事项",
        "5个工作日",
        "5个工作日",
        "本局信访工作制度第十一条",
        "第1版",
        "0件",
    ]
    assert dialog.model.text(row_of(dialog, "书面告知是否受理"), 7) == "1件"
    assert dialog.model.text(row_of(dialog, "处室拟就书面答复意见"), 1) == "处室"
    qtmodeltester.check(dialog.model, force_py=True)


def test_editing_a_rule_makes_a_version_for_new_deadlines_only(qtbot, db, admin):
    before = register_walk_in(db, admin)
    assert before.due_date == D(2026, 11, 17)  # 15 calendar days
    dialog = DeadlineRulesDialog(db, admin)
    qtbot.addWidget(dialog)
    assert "只用于今后新产生的期限" in dialog.ui.explain.text()
    dialog.ui.table.selectRow(row_of(dialog, "书面告知是否受理"))
    assert dialog.ui.name.text() == "书面告知是否受理"
    assert "1项未完成的期限按此版本计算，修改后它们不变" in dialog.ui.ruleInfo.text()

    dialog.ui.name.clear()
    click(qtbot, dialog.ui.saveButton)
    assert dialog.errors.message("name") == "请填写规则名称"
    assert len(deadline_rules.list_rules(db, include_retired=True)) == 15

    type_text(dialog.ui.name, "书面告知是否受理（本局）")
    retype(qtbot, dialog.ui.length, 10)
    dialog.ui.unit.setCurrentIndex(dialog.ui.unit.findText("工作日"))
    assert dialog.ui.maxExtension.suffix() == " 个工作日"
    click(qtbot, dialog.ui.saveButton)
    assert dialog.ui.feedback.text() == "已保存为第2版，只用于今后新产生的期限。已有1项期限仍按第1版计算。"
    new_row = row_of(dialog, "书面告知是否受理（本局）")
    assert [dialog.model.text(new_row, c) for c in (3, 6, 7)] == ["10个工作日", "第2版", "0件"]
    assert dialog.selected().rule.version == 2

    # The case keeps its deadline; a new one gets the new rule.
    assert get_case(db, before.id).due_date == D(2026, 11, 17)
    assert register_walk_in(db, admin).due_date == D(2026, 11, 16)

    # The retired version can be read, not edited.
    click(qtbot, dialog.ui.showRetired)
    assert dialog.ui.countLabel.text() == "现行规则15条，旧版本1条"
    old = row_of(dialog, "书面告知是否受理", version=1)
    assert dialog.model.text(old, 6) == "第1版（已停用）"
    assert dialog.model.data(dialog.model.index(old, 0), Qt.ItemDataRole.ForegroundRole).color() == MUTED
    dialog.ui.table.selectRow(old)
    assert not dialog.ui.name.isEnabled() and not dialog.ui.saveButton.isEnabled()
    assert "仅供查阅" in dialog.ui.ruleInfo.text()


def test_saving_an_unchanged_rule_says_so(qtbot, db, admin):
    dialog = DeadlineRulesDialog(db, admin)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.ui.saveButton)
    assert dialog.ui.feedback.text() == "没有改动。"


def test_only_the_admin_edits_rules(qtbot, db, admin, warnings):
    dialog = DeadlineRulesDialog(db, office_of(admin))
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.ui.length, 3)
    click(qtbot, dialog.ui.saveButton)
    assert warnings == ["当前账号（办公室）无权修改期限规则"]
    assert len(deadline_rules.list_rules(db, include_retired=True)) == 15


# ---------------------------------------------------------------- thresholds


def test_thresholds_preview_errors_and_save(qtbot, db, admin):
    dialog = ThresholdsDialog(db, admin)
    qtbot.addWidget(dialog)
    assert (dialog.ui.remindBefore.value(), dialog.ui.urgeAfter.value(), dialog.ui.notifyAfter.value()) == (
        1,
        1,
        5,
    )
    assert dialog.ui.preview.text().startswith(
        "到期前1个工作日起提示催办；超期1个工作日起提示发督办单；超期5个工作日起提示通报领导。"
    )
    assert "今日到期：催办，超期1个工作日：督办" in dialog.ui.preview.text()

    retype(qtbot, dialog.ui.remindBefore, 2)
    retype(qtbot, dialog.ui.notifyAfter, 0)
    assert dialog.errors.message("notify_after") == "通报天数应不少于督办天数，且不超过90"
    assert dialog.ui.preview.text() == "请先改正上面标红的天数。"
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert board.load_thresholds(db) == Thresholds()

    retype(qtbot, dialog.ui.notifyAfter, 6)
    assert dialog.errors.message("notify_after") == ""
    assert "剩2个工作日：催办" in dialog.ui.preview.text()
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert board.load_thresholds(db) == Thresholds(2, 1, 6)


def test_only_the_admin_sets_thresholds(qtbot, db, admin, warnings):
    dialog = ThresholdsDialog(db, office_of(admin))
    qtbot.addWidget(dialog)
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert warnings == ["当前账号（办公室）无权修改督办提醒设置"]


# ---------------------------------------------------------------- reception-day setting


def test_schedule_preview_moves_holidays_and_saves(qtbot, db, admin):
    dialog = ScheduleDialog(db, admin, today=D(2026, 9, 20))
    qtbot.addWidget(dialog)
    assert dialog.ui.weekday.currentText() == "星期三"
    assert dialog.ui.start.time() == QTime(14, 30) and dialog.ui.end.time() == QTime(17, 0)
    preview = dialog.ui.preview.text()
    assert preview.startswith("每星期三 14:30—17:00，信访接待室；遇节假日提前到前一个工作日。")
    # 7 October 2026 is in the National Day holiday; the working day before is 30 September,
    # itself a reception day, so that week has none.
    assert "10月7日逢节假日，调整后与9月30日重合，当周不安排" in preview

    dialog.ui.move.setCurrentIndex(dialog.ui.move.findText(HolidayMove.NEXT.label))
    assert "10月8日（星期四，原10月7日逢节假日）" in dialog.ui.preview.text()
    dialog.ui.move.setCurrentIndex(dialog.ui.move.findText(HolidayMove.SKIP.label))
    assert "10月7日逢节假日，当周不安排" in dialog.ui.preview.text()

    dialog.ui.end.setTime(QTime(14, 0))
    dialog.ui.place.clear()
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.errors.message("end") == "结束时间应晚于开始时间"
    assert dialog.errors.message("place") == "请填写接访地点"
    assert rota.load_schedule(db) == Schedule()

    dialog.ui.weekday.setCurrentIndex(dialog.ui.weekday.findText("星期四"))
    dialog.ui.start.setTime(QTime(9, 0))
    dialog.ui.end.setTime(QTime(11, 30))
    type_text(dialog.ui.place, "二楼接待室")
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rota.load_schedule(db) == Schedule(
        3, dt.time(9, 0), dt.time(11, 30), HolidayMove.SKIP, "二楼接待室"
    )


def test_only_the_admin_sets_the_reception_day(qtbot, db, admin, warnings):
    dialog = ScheduleDialog(db, office_of(admin), today=D(2026, 9, 20))
    qtbot.addWidget(dialog)
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert warnings == ["当前账号（办公室）无权修改领导接访日设置"]
