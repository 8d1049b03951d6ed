"""期限规则: the admin reads the deadline rules in force, edits one into a new version, adds one, retires one.

Each row says what the rule is called, where it applies (a channel, a
route, a kind of unit, or every matter), what starts the clock, how long it
runs, how far it may be extended, its legal basis and how many open
deadlines use that version. Saving makes a new version for new deadlines
only; a retired rule gets a last, inactive version. Old versions and retired
rules can be shown but not edited. The start events offered are those the
workflow opens such a deadline from (``domain.rules.start_events``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.rules import (
    EVERY_MATTER,
    AppliesTo,
    DeadlineRule,
    ObligationKind,
    StartEvent,
    start_events,
)
from receptionapp.domain.units import UNIT_KIND_LABELS
from receptionapp.domain.workflow import Route
from receptionapp.services.context import Actor
from receptionapp.services.deadlines import rules as deadline_rules
from receptionapp.services.deadlines.rules import RuleView, applies_text
from receptionapp.ui.forms.ui_deadline_rules_dialog import Ui_DeadlineRulesDialog
from receptionapp.ui.models.row_table import MUTED, Column, RowTableModel
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.field_errors import FieldErrors

UNITS = (("工作日", DayUnit.WORKING_DAYS), ("自然日", DayUnit.CALENDAR_DAYS))


def applies_to(rule: DeadlineRule) -> str:
    """Where a rule applies, in the words of the office: 来信, 处室, 予以受理 … or 所有事项."""
    return applies_text(rule.applies)


# The scopes a rule may have, as the combo box offers them; a rule made with a
# combination of filters (not possible here) is added to the list when shown.
SCOPES: list[tuple[str, AppliesTo]] = [
    ("所有事项（通用规则）", EVERY_MATTER),
    *((f"信访形式：{c.label}", AppliesTo(channel=c.value)) for c in Channel),
    *((f"处理方式：{r.label}", AppliesTo(route=r.value)) for r in Route),
    *((f"承办单位：{label}", AppliesTo(unit_kind=kind)) for kind, label in UNIT_KIND_LABELS.items()),
]


def _extension(rule: DeadlineRule) -> str:
    return f"{rule.max_extension}{rule.unit.label}" if rule.max_extension else "—"


def _version(view: RuleView) -> str:
    state = "" if view.active else "（已废止）" if view.retired else "（已停用）"
    return f"第{view.rule.version}版{state}"


def _muted(view: RuleView) -> QColor | None:
    return None if view.active else MUTED


def _order(view: RuleView) -> tuple[int, str, str, str, int]:
    """The order of the workflow (受理告知 first), the general rule before narrower ones, old before new."""
    rule = view.rule
    return (
        list(ObligationKind).index(rule.code),
        rule.channel or "",
        rule.route or "",
        rule.unit_kind or "",
        rule.version,
    )


COLUMNS: list[Column[RuleView]] = [
    Column("名称", lambda v: v.rule.name, tooltip=lambda v: v.rule.name, foreground=_muted),
    Column("适用", lambda v: applies_to(v.rule), foreground=_muted),
    Column("起算", lambda v: v.rule.start_event.label, foreground=_muted),
    Column("期限", lambda v: v.rule.length_text, foreground=_muted, centered=True),
    Column("可延期", lambda v: _extension(v.rule), foreground=_muted, centered=True),
    Column("依据", lambda v: v.rule.basis, tooltip=lambda v: v.rule.basis, foreground=_muted),
    Column("版本", _version, foreground=_muted, centered=True),
    Column("在用", lambda v: f"{v.in_use}件", foreground=_muted, centered=True),
]


class DeadlineRulesDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeadlineRulesDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.adding = False
        self.scopes = [scope for _text, scope in SCOPES]
        self.model: RowTableModel[RuleView] = RowTableModel(COLUMNS, self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        for label, unit in UNITS:
            self.ui.unit.addItem(label, unit)
        for text, _scope in SCOPES:
            self.ui.appliesTo.addItem(text)
        self.errors = FieldErrors()
        self.errors.register("name", self.ui.name, self.ui.nameError)
        self.errors.register("code", self.ui.kind, self.ui.kindError)
        self.errors.register("applies_to", self.ui.appliesTo, self.ui.appliesToError)
        self.errors.register("start_event", self.ui.startEvent, self.ui.startEventError)
        self.errors.register("length", self.ui.length, self.ui.lengthError)
        self.errors.register("max_extension", self.ui.maxExtension, self.ui.maxExtensionError)
        self.errors.register("basis", self.ui.basis, self.ui.basisError)
        self.ui.table.selectionModel().currentRowChanged.connect(lambda cur, _old: self._pick(cur.row()))
        self.ui.unit.currentIndexChanged.connect(lambda _i: self._unit_changed())
        self.ui.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.showRetired.toggled.connect(lambda _on: self.refresh())
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.retireButton.clicked.connect(self.retire)
        self.ui.newButton.clicked.connect(self.start_new)
        self.ui.cancelNewButton.clicked.connect(self._cancel_new)
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()
        self._unit_changed()

    # ------------------------------------------------------------ the table

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id or (current.rule.id if current else None)
        views = sorted(
            deadline_rules.list_rules(self.db, include_retired=self.ui.showRetired.isChecked()),
            key=_order,
        )
        self.model.set_rows(views)
        active = sum(v.active for v in views)
        retired = sum(v.retired for v in views)
        old = len(views) - active - retired
        self.ui.countLabel.setText(
            f"现行规则{active}条"
            + (f"，旧版本{old}条" if old else "")
            + (f"，已废止{retired}条" if retired else "")
        )
        header = self.ui.table.horizontalHeader()
        self.ui.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = [i for i, v in enumerate(views) if v.rule.id == select_id]
        self.ui.table.selectRow(rows[0] if rows else 0)
        if not views:
            self._pick(-1)

    def selected(self) -> RuleView | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # ------------------------------------------------------------ the form

    def _fill_kinds(self, kinds: list[ObligationKind]) -> None:
        self.ui.kind.blockSignals(True)
        self.ui.kind.clear()
        for kind in kinds:
            self.ui.kind.addItem(kind.label, kind.value)
        self.ui.kind.blockSignals(False)

    def _fill_start_events(self, events: tuple[StartEvent, ...], current: StartEvent | None) -> None:
        self.ui.startEvent.clear()
        for event in events:
            self.ui.startEvent.addItem(event.label, event.value)
        if current is not None:
            self.ui.startEvent.setCurrentIndex(max(self.ui.startEvent.findData(current.value), 0))

    def _show_scope(self, scope: AppliesTo) -> None:
        if scope not in self.scopes:
            self.scopes.append(scope)
            self.ui.appliesTo.addItem(applies_text(scope))
        self.ui.appliesTo.setCurrentIndex(self.scopes.index(scope))

    def _kind(self) -> ObligationKind:
        # Qt hands a StrEnum back as a plain str.
        return ObligationKind(self.ui.kind.currentData())

    def _kind_changed(self) -> None:
        if self.ui.kind.count() == 0:
            return
        view = self.selected()
        current = view.rule.start_event if view is not None and not self.adding else None
        events = start_events(self._kind()) or ((current,) if current else ())
        self._fill_start_events(events, current)

    def _pick(self, row: int) -> None:
        self.errors.clear()
        self._set_adding(False)
        view = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        editable = view is not None and view.active
        for widget in (*self._fields(), self.ui.retireButton):
            widget.setEnabled(editable)
        self.ui.kind.setEnabled(False)
        if view is None:
            self.ui.ruleInfo.setText("请在上表中选择一条规则，或新增规则。")
            return
        rule = view.rule
        self._fill_kinds(list(ObligationKind))
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(rule.code.value))
        self._fill_start_events(start_events(rule.code) or (rule.start_event,), rule.start_event)
        self.ui.startEvent.setEnabled(editable and len(start_events(rule.code)) > 1)
        self._show_scope(rule.applies)
        self.ui.name.setText(rule.name)
        self.ui.length.setValue(rule.length)
        self.ui.unit.setCurrentIndex(self.ui.unit.findData(rule.unit))
        self.ui.maxExtension.setValue(rule.max_extension)
        self.ui.basis.setText(rule.basis)
        info = f"“{rule.code.label}”适用于{applies_to(rule)}；自“{rule.start_event.label}”起算；现为第{rule.version}版"
        if view.in_use:
            info += f"，{view.in_use}项未完成的期限按此版本计算，修改后它们不变"
        if view.retired:
            info = f"这条规则已于第{rule.version}版废止，仅供查阅。"
        elif not view.active:
            info = f"这是已停用的第{rule.version}版，仅供查阅，不能修改（请修改现行版本）。"
        self.ui.ruleInfo.setText(info + ("。" if view.active else ""))

    def _fields(self) -> tuple[QWidget, ...]:
        """What the person fills in for a rule (the kind only when adding), and its save button."""
        ui = self.ui
        return (
            ui.name,
            ui.appliesTo,
            ui.startEvent,
            ui.length,
            ui.unit,
            ui.maxExtension,
            ui.basis,
            ui.saveButton,
        )

    def _set_adding(self, adding: bool) -> None:
        self.adding = adding
        self.ui.editBox.setTitle("新增规则" if adding else "修改所选规则")
        self.ui.saveButton.setText("添加规则" if adding else "保存为新版本")
        self.ui.newButton.setVisible(not adding)
        self.ui.cancelNewButton.setVisible(adding)

    def start_new(self) -> None:
        """Empty the form for a new rule, of the selected rule's kind when the app opens such deadlines."""
        view = self.selected()
        self.errors.clear()
        self.ui.feedback.clear()
        self._set_adding(True)
        kinds = [k for k in ObligationKind if start_events(k)]
        self._fill_kinds(kinds)
        kind = view.rule.code if view is not None and view.rule.code in kinds else kinds[0]
        self.ui.kind.setCurrentIndex(kinds.index(kind))
        self._kind_changed()
        for widget in (*self._fields(), self.ui.kind):
            widget.setEnabled(True)
        self.ui.retireButton.setEnabled(False)
        self.ui.name.clear()
        self.ui.basis.clear()
        self.ui.maxExtension.setValue(0)
        self._show_scope(EVERY_MATTER)
        self.ui.ruleInfo.setText(
            "新增的规则只用于今后新产生的期限。请选择期限种类和适用范围（范围越具体越优先），再填写期限。"
        )
        self.ui.name.setFocus()

    def _cancel_new(self) -> None:
        self.ui.feedback.clear()
        view = self.selected()
        self._pick(self.model.rows().index(view) if view is not None else -1)

    def _unit_changed(self) -> None:
        # Qt hands a StrEnum back as a plain str.
        self.ui.maxExtension.setSuffix(f" {DayUnit(self.ui.unit.currentData()).label}")

    # ------------------------------------------------------------ saving

    def _scope(self) -> AppliesTo:
        return self.scopes[self.ui.appliesTo.currentIndex()]

    def _start_event(self) -> StartEvent:
        return StartEvent(self.ui.startEvent.currentData())

    def save(self) -> None:
        if self.adding:
            self._add()
            return
        view = self.selected()
        if view is None or not view.active or view.rule.id is None:
            return
        rule_id = view.rule.id
        new_id = call_service(
            self,
            "无法保存",
            lambda _reason: deadline_rules.update_rule(
                self.db,
                self.actor,
                rule_id,
                name=self.ui.name.text(),
                length=self.ui.length.value(),
                unit=DayUnit(self.ui.unit.currentData()),
                max_extension=self.ui.maxExtension.value(),
                basis=self.ui.basis.text(),
                start_event=self._start_event(),
                applies_to=self._scope(),
            ),
            errors=self.errors,
        )
        if isinstance(new_id, Refused):
            return
        if new_id == rule_id:
            self.ui.feedback.setText("没有改动。")
            return
        self.refresh(select_id=new_id)
        kept = f"已有{view.in_use}项期限仍按第{view.rule.version}版计算。" if view.in_use else ""
        self.ui.feedback.setText(f"已保存为第{view.rule.version + 1}版，只用于今后新产生的期限。{kept}")

    def _add(self) -> None:
        new_id = call_service(
            self,
            "无法添加",
            lambda _reason: deadline_rules.add_rule(
                self.db,
                self.actor,
                code=self._kind(),
                name=self.ui.name.text(),
                start_event=self._start_event(),
                length=self.ui.length.value(),
                unit=DayUnit(self.ui.unit.currentData()),
                applies_to=self._scope(),
                max_extension=self.ui.maxExtension.value(),
                basis=self.ui.basis.text(),
            ),
            errors=self.errors,
        )
        if isinstance(new_id, Refused):
            return
        name = self.ui.name.text().strip()
        self.refresh(select_id=new_id)
        added = self.selected()
        assert added is not None  # the new rule is current, so listed and selected
        self._pick(self.model.rows().index(added))  # leave the new-rule form even on the same row
        self.ui.feedback.setText(f"已添加规则“{name}”，只用于今后新产生的期限。")

    def retire(self) -> None:
        view = self.selected()
        if view is None or not view.active or view.rule.id is None:
            return
        rule, rule_id = view.rule, view.rule.id
        # Read afresh: cases may have been assigned since the table was loaded.
        in_use = next((v.in_use for v in deadline_rules.list_rules(self.db) if v.rule.id == rule_id), 0)
        kept = f"已按它计算的{in_use}项期限不变；" if in_use else ""
        answer = QMessageBox.question(
            self,
            "废止期限规则",
            f"废止“{rule.name}”？{kept}今后新产生的“{rule.code.label}”期限将按其他适用的规则计算。",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = call_service(
            self,
            "无法废止",
            lambda _reason: deadline_rules.retire_rule(self.db, self.actor, rule_id),
            errors=self.errors,
        )
        if isinstance(done, Refused):
            return
        self.refresh()
        self.ui.feedback.setText(f"已废止“{rule.name}”。{kept}今后新产生的期限按其他适用的规则计算。")
