"""期限规则 dialog: the admin adds a rule, changes its start event and scope, retires one, as a person would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from receptionapp.domain.workflow import Route
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import obligations
from receptionapp.services.deadlines import rules as deadline_rules
from receptionapp.services.workflow.assignment import assign
from receptionapp.services.workflow.instruction import instruct
from receptionapp.ui.admin.deadline_rules_dialog import DeadlineRulesDialog
from tests.conftest import make_registration, type_text, unit_id

D = dt.date


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Every confirmation is answered yes; the questions asked are kept."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def retype(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def select(dialog: DeadlineRulesDialog, name: str, version: int | None = None) -> None:
    for row, view in enumerate(dialog.model.rows()):
        if view.rule.name == name and version in (None, view.rule.version):
            dialog.ui.table.selectRow(row)
            return
    raise AssertionError(name)


def texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def row_texts(dialog: DeadlineRulesDialog, name: str) -> list[str]:
    [row] = [r for r, v in enumerate(dialog.model.rows()) if v.rule.name == name and v.active]
    return [dialog.model.text(row, c) for c in range(8)]


def assigned_visit(db, people: dict[str, Actor]) -> obligations.ObligationView:
    """A visit registered, accepted and assigned to 基础教育处 on Monday 2 November 2026: its reply deadline."""
    case_id = intake.register_case(
        db,
        people["office"],
        make_registration(received_at=dt.datetime(2026, 11, 2, 9)),
        now=dt.datetime(2026, 11, 24),
    ).id
    instruct(db, people["leader"], case_id, Route.ACCEPT, "请依规办理。", on=D(2026, 11, 2))
    assign(db, people["office"], case_id, unit_id(db, "基础教育处"), on=D(2026, 11, 2))
    [reply] = [o for o in obligations.case_obligations(db, case_id) if o.unit == "基础教育处"]
    return reply


def test_the_admin_adds_a_stricter_rule_and_retires_it(qtbot, db, admin, people, answers) -> None:
    assert assigned_visit(db, people).due_date == D(2026, 11, 30)  # the division's 20 working days
    dialog = DeadlineRulesDialog(db, admin)
    qtbot.addWidget(dialog)
    select(dialog, "处室拟就书面答复意见")
    assert not dialog.ui.cancelNewButton.isVisibleTo(dialog)

    click(qtbot, dialog.ui.newButton)
    assert dialog.ui.editBox.title() == "新增规则"
    assert dialog.ui.saveButton.text() == "添加规则"
    assert not dialog.ui.retireButton.isEnabled()
    # Only kinds the app opens are offered, starting with the kind of the selected rule.
    assert dialog.ui.kind.currentText() == "承办单位办理回复"
    assert "复查（复核）意见" not in texts(dialog.ui.kind)
    assert texts(dialog.ui.startEvent) == ["交办（单位收到转送）", "收到信访事项"]
    choose(dialog.ui.kind, "12345热线答复")
    assert texts(dialog.ui.startEvent) == ["收到信访事项"]
    choose(dialog.ui.kind, "承办单位办理回复")

    # Nothing typed: the name is asked for; the same scope as an existing rule is refused beside its field.
    choose(dialog.ui.appliesTo, "承办单位：处室")
    click(qtbot, dialog.ui.saveButton)
    assert dialog.errors.message("name") == "请填写规则名称"
    type_text(dialog.ui.name, "来访事项承办单位回复")
    click(qtbot, dialog.ui.saveButton)
    assert (
        dialog.errors.message("applies_to")
        == "已有适用范围相同的现行规则“处室拟就书面答复意见”，请修改那一条"
    )
    assert dialog.errors.message("name") == ""

    choose(dialog.ui.appliesTo, "信访形式：来访")
    retype(qtbot, dialog.ui.length, 10)
    type_text(dialog.ui.basis, "本局从严要求")
    click(qtbot, dialog.ui.saveButton)
    assert dialog.ui.feedback.text() == "已添加规则“来访事项承办单位回复”，只用于今后新产生的期限。"
    assert dialog.ui.countLabel.text() == "现行规则16条"
    assert dialog.ui.editBox.title() == "修改所选规则"
    assert dialog.selected().rule.name == "来访事项承办单位回复"
    assert row_texts(dialog, "来访事项承办单位回复")[1:4] == ["来访", "交办（单位收到转送）", "10个工作日"]
    assert assigned_visit(db, people).due_date == D(2026, 11, 16)  # the new, narrower rule

    # Retired: asked first, then gone from the rules in force; shown as 已废止 among the old ones.
    click(qtbot, dialog.ui.retireButton)
    assert answers == [
        "废止“来访事项承办单位回复”？已按它计算的1项期限不变；今后新产生的“承办单位办理回复”期限将按其他适用的规则计算。"
    ]
    assert dialog.ui.countLabel.text() == "现行规则15条"
    assert dialog.ui.feedback.text().startswith("已废止“来访事项承办单位回复”。")
    assert assigned_visit(db, people).due_date == D(2026, 11, 30)
    click(qtbot, dialog.ui.showRetired)
    assert dialog.ui.countLabel.text() == "现行规则15条，旧版本1条，已废止1条"
    select(dialog, "来访事项承办单位回复", version=2)
    row = dialog.ui.table.selectionModel().selectedRows()[0].row()
    assert dialog.model.text(row, 6) == "第2版（已废止）"
    assert "已于第2版废止，仅供查阅" in dialog.ui.ruleInfo.text()
    assert not dialog.ui.saveButton.isEnabled() and not dialog.ui.retireButton.isEnabled()


def test_the_admin_changes_start_event_and_scope(qtbot, db, admin) -> None:
    dialog = DeadlineRulesDialog(db, admin)
    qtbot.addWidget(dialog)
    select(dialog, "受理事项办理期限")
    assert dialog.ui.startEvent.isEnabled() and dialog.ui.appliesTo.isEnabled()
    assert not dialog.ui.kind.isEnabled()
    assert dialog.ui.appliesTo.currentText() == "所有事项（通用规则）"
    choose(dialog.ui.startEvent, "收到信访事项")
    click(qtbot, dialog.ui.saveButton)
    assert dialog.ui.feedback.text() == "已保存为第2版，只用于今后新产生的期限。"
    assert row_texts(dialog, "受理事项办理期限")[2] == "收到信访事项"

    # The intake notice of every matter is the only fallback: it keeps its scope and cannot be retired.
    select(dialog, "书面告知是否受理")
    assert not dialog.ui.startEvent.isEnabled()  # counted from receipt, nothing else opens it
    choose(dialog.ui.appliesTo, "处理方式：予以受理")
    click(qtbot, dialog.ui.saveButton)
    assert dialog.errors.message("applies_to").endswith("不能改为只适用于部分事项")
    select(dialog, "处室拟就书面答复意见")
    choose(dialog.ui.appliesTo, "处理方式：转交办理")
    click(qtbot, dialog.ui.saveButton)
    assert row_texts(dialog, "处室拟就书面答复意见")[1] == "转交办理"
    assert len(deadline_rules.list_rules(db)) == 15


def test_the_only_general_rule_is_not_retired_in_the_dialog(qtbot, db, admin, answers) -> None:
    dialog = DeadlineRulesDialog(db, admin)
    qtbot.addWidget(dialog)
    select(dialog, "书面告知是否受理")
    click(qtbot, dialog.ui.retireButton)
    assert dialog.errors.message("applies_to") == (
        "“书面告知是否受理”是“受理告知”唯一的通用规则，其他事项都按它计算期限，不能废止（可修改其期限）"
    )
    assert dialog.ui.countLabel.text() == "现行规则15条"


def test_cancelling_a_new_rule_returns_to_the_selected_one(qtbot, db, admin) -> None:
    dialog = DeadlineRulesDialog(db, admin)
    qtbot.addWidget(dialog)
    select(dialog, "督办事项回复")
    click(qtbot, dialog.ui.newButton)
    type_text(dialog.ui.name, "草稿")
    click(qtbot, dialog.ui.cancelNewButton)
    assert dialog.ui.name.text() == "督办事项回复"
    assert dialog.ui.editBox.title() == "修改所选规则"
    assert dialog.ui.newButton.isVisibleTo(dialog)
