"""期限规则: the admin reads the deadline rules in force and edits one into a new version.

Each row says what the rule is called, where it applies (a channel, a
route, a kind of unit, or every matter), what starts the clock, how long it
runs, how far it may be extended, its legal basis and how many open
deadlines use that version. Saving makes a new version for new deadlines
only; retired versions can be shown but not edited.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.channels import Channel
from receptionapp.domain.deadlines import Unit as DayUnit
from receptionapp.domain.rules import DeadlineRule, ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.services import deadline_rules
from receptionapp.services.context import Actor
from receptionapp.services.deadline_rules import RuleView
from receptionapp.services.reference import UNIT_KIND_LABELS
from receptionapp.ui.dialogs.service_call import FAILED, run_service
from receptionapp.ui.forms.ui_deadline_rules_dialog import Ui_DeadlineRulesDialog
from receptionapp.ui.models.row_table import MUTED, Column, RowTableModel
from receptionapp.ui.widgets.field_errors import FieldErrors

UNITS = (("工作日", DayUnit.WORKING_DAYS), ("自然日", DayUnit.CALENDAR_DAYS))


def applies_to(rule: DeadlineRule) -> str:
    """Where a rule applies, in the words of the office: 来信, 处室, 予以受理 … or 所有事项."""
    parts = []
    if rule.channel:
        parts.append(Channel(rule.channel).label)
    if rule.route:
        parts.append(Route(rule.route).label)
    if rule.unit_kind:
        parts.append(UNIT_KIND_LABELS.get(rule.unit_kind, rule.unit_kind))
    return "、".join(parts) or "所有事项"


def _extension(rule: DeadlineRule) -> str:
    return f"{rule.max_extension}{rule.unit.label}" if rule.max_extension else "—"


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
    Column(
        "版本",
        lambda v: f"第{v.rule.version}版" + ("" if v.active else "（已停用）"),
        foreground=_muted,
        centered=True,
    ),
    Column("在用", lambda v: f"{v.in_use}件", foreground=_muted, centered=True),
]


class DeadlineRulesDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DeadlineRulesDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.model: RowTableModel[RuleView] = RowTableModel(COLUMNS, self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        for label, unit in UNITS:
            self.ui.unit.addItem(label, unit)
        self.errors = FieldErrors()
        self.errors.register("name", self.ui.name, self.ui.nameError)
        self.errors.register("length", self.ui.length, self.ui.lengthError)
        self.errors.register("max_extension", self.ui.maxExtension, self.ui.maxExtensionError)
        self.ui.table.selectionModel().currentRowChanged.connect(lambda cur, _old: self._pick(cur.row()))
        self.ui.unit.currentIndexChanged.connect(lambda _i: self._unit_changed())
        self.ui.showRetired.toggled.connect(lambda _on: self.refresh())
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()
        self._unit_changed()

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        select_id = select_id or (current.rule.id if current else None)
        views = sorted(
            deadline_rules.list_rules(self.db, include_retired=self.ui.showRetired.isChecked()),
            key=_order,
        )
        self.model.set_rows(views)
        active = sum(v.active for v in views)
        self.ui.countLabel.setText(
            f"现行规则{active}条" + (f"，旧版本{len(views) - active}条" if len(views) > active else "")
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

    def _pick(self, row: int) -> None:
        self.errors.clear()
        view = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        editable = view is not None and view.active
        for widget in (
            self.ui.name,
            self.ui.length,
            self.ui.unit,
            self.ui.maxExtension,
            self.ui.basis,
            self.ui.saveButton,
        ):
            widget.setEnabled(editable)
        if view is None:
            self.ui.ruleInfo.setText("请在上表中选择一条规则。")
            return
        rule = view.rule
        self.ui.name.setText(rule.name)
        self.ui.length.setValue(rule.length)
        self.ui.unit.setCurrentIndex(self.ui.unit.findData(rule.unit))
        self.ui.maxExtension.setValue(rule.max_extension)
        self.ui.basis.setText(rule.basis)
        info = f"适用：{applies_to(rule)}；自“{rule.start_event.label}”起算；现为第{rule.version}版"
        if view.in_use:
            info += f"，{view.in_use}项未完成的期限按此版本计算，修改后它们不变"
        if not view.active:
            info = f"这是已停用的第{rule.version}版，仅供查阅，不能修改（请修改现行版本）。"
        self.ui.ruleInfo.setText(info + ("。" if view.active else ""))

    def _unit_changed(self) -> None:
        # Qt hands a StrEnum back as a plain str.
        self.ui.maxExtension.setSuffix(f" {DayUnit(self.ui.unit.currentData()).label}")

    def save(self) -> None:
        view = self.selected()
        if view is None or not view.active or view.rule.id is None:
            return
        rule_id = view.rule.id
        new_id = run_service(
            self,
            self.errors,
            "无法保存",
            lambda: deadline_rules.update_rule(
                self.db,
                self.actor,
                rule_id,
                name=self.ui.name.text(),
                length=self.ui.length.value(),
                unit=DayUnit(self.ui.unit.currentData()),
                max_extension=self.ui.maxExtension.value(),
                basis=self.ui.basis.text(),
            ),
        )
        if new_id is FAILED:
            return
        if new_id == rule_id:
            self.ui.feedback.setText("没有改动。")
            return
        self.refresh(select_id=new_id)
        kept = f"已有{view.in_use}项期限仍按第{view.rule.version}版计算。" if view.in_use else ""
        self.ui.feedback.setText(f"已保存为第{view.rule.version + 1}版，只用于今后新产生的期限。{kept}")
