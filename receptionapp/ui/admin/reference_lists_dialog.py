"""基础名录: the admin (and, for units, the office) adds, renames, retires and restores list entries.

One list per kind on the left (问题类别, 区县, 单位 — only the kinds the
account may change); the table shows every entry with its state and how
often it is used; the fields below add a new entry or change the selected
one. Retiring asks first, saying how many cases keep the name. The window
refreshes the forms' choices when the dialog closes (``changed``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.units import UNIT_KIND_LABELS
from receptionapp.services.admin import reference_lists as lists
from receptionapp.services.admin.reference_lists import ListEntry, ListKind
from receptionapp.services.context import Actor
from receptionapp.services.reference import reference_lists
from receptionapp.ui.forms.ui_reference_lists_dialog import Ui_ReferenceListsDialog
from receptionapp.ui.models.row_table import MUTED, Column, RowTableModel
from receptionapp.ui.service_call import Refused, call_service, name_buttons
from receptionapp.ui.widgets.field_errors import FieldErrors

NO_REGION = "（不属于区县）"


def _uses(kind: ListKind) -> str:
    return "交办次数" if kind is ListKind.UNIT else "已登记事项"


def _columns(kind: ListKind) -> list[Column[ListEntry]]:
    muted = lambda e: None if e.active else MUTED  # noqa: E731
    columns = [Column("名称", lambda e: e.name, foreground=muted)]
    if kind is ListKind.UNIT:
        columns += [
            Column("类型", lambda e: e.kind_label, foreground=muted, centered=True),
            Column("区县", lambda e: e.region, foreground=muted, centered=True),
        ]
    columns += [
        Column("状态", lambda e: "在用" if e.active else "已停用", foreground=muted, centered=True),
        Column(_uses(kind), lambda e: str(e.uses), foreground=muted, centered=True),
    ]
    return columns


class ReferenceListsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReferenceListsDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.changed = False
        self.kinds = [k for k in ListKind if lists.may_edit(actor, k)]
        for kind in self.kinds:
            self.ui.kinds.addItem(kind.label)
        for code, label in UNIT_KIND_LABELS.items():
            self.ui.unitKind.addItem(label, code)
        self.errors = FieldErrors()
        self.errors.register("name", self.ui.name, self.ui.nameError)
        self.errors.register("unit_kind", self.ui.unitKind, self.ui.unitKindError)
        self.errors.register("region", self.ui.region, self.ui.regionError)
        self.model: RowTableModel[ListEntry] = RowTableModel([], self)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.kinds.currentRowChanged.connect(lambda _row: self.refresh())
        self.ui.showRetired.toggled.connect(lambda _on: self.refresh())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.retireButton.clicked.connect(self.retire)
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.name.returnPressed.connect(self.add)
        name_buttons(self.ui.buttons, "", "关闭")
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.kinds.setCurrentRow(0)

    # -- showing
    @property
    def kind(self) -> ListKind:
        return self.kinds[max(self.ui.kinds.currentRow(), 0)]

    def refresh(self, select: int | None = None) -> None:
        kind = self.kind
        entries = lists.list_entries(self.db, kind)
        if not self.ui.showRetired.isChecked():
            entries = [e for e in entries if e.active]
        self.model = RowTableModel(_columns(kind), self)
        self.model.set_rows(entries)
        self.ui.table.setModel(self.model)
        self.ui.table.selectionModel().selectionChanged.connect(lambda _new, _old: self._picked())
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        unit = kind is ListKind.UNIT
        for widget in (self.ui.unitKind, self.ui.unitKindLabel, self.ui.region, self.ui.regionLabel):
            widget.setVisible(unit)
        if unit:
            self.ui.region.clear()
            self.ui.region.addItem(NO_REGION, "")
            for name in reference_lists(self.db).regions:
                self.ui.region.addItem(name, name)
        self.ui.editorBox.setTitle(f"{kind.label}名录项")
        self.errors.clear()
        row = next((i for i, e in enumerate(entries) if e.id == select), -1)
        if row >= 0:
            self.ui.table.selectRow(row)
        else:
            self.ui.name.clear()
            self._pick(-1)

    def selected(self) -> ListEntry | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _picked(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        self._pick(rows[0].row() if rows else -1)

    def _pick(self, row: int) -> None:
        entry = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        self.ui.renameButton.setEnabled(entry is not None)
        self.ui.retireButton.setEnabled(entry is not None and entry.active)
        self.ui.restoreButton.setEnabled(entry is not None and not entry.active)
        if entry is None:
            return
        self.ui.name.setText(entry.name)
        if self.kind is ListKind.UNIT:
            self.ui.unitKind.setCurrentIndex(max(0, self.ui.unitKind.findData(entry.kind)))
            index = self.ui.region.findData(entry.region)
            if index < 0:  # a retired region stays on the unit
                self.ui.region.addItem(f"{entry.region}（已停用）", entry.region)
                index = self.ui.region.count() - 1
            self.ui.region.setCurrentIndex(index)
        self.errors.clear()

    def _done(self, text: str, select: int | None) -> None:
        self.changed = True
        self.refresh(select)
        self.ui.feedback.setText(text)

    def _unit_fields(self) -> dict[str, str]:
        if self.kind is not ListKind.UNIT:
            return {}
        return {
            "unit_kind": self.ui.unitKind.currentData() or "",
            "region": self.ui.region.currentData() or "",
        }

    # -- actions
    def add(self) -> None:
        kind, name = self.kind, self.ui.name.text()
        fields = self._unit_fields()
        new_id = call_service(
            self,
            "无法新增",
            lambda _reason: lists.add_entry(self.db, self.actor, kind, name, **fields),
            errors=self.errors,
        )
        if not isinstance(new_id, Refused):
            self._done(f"已新增{kind.label}“{' '.join(name.split())}”，登记表中即可选用。", new_id)

    def rename(self) -> None:
        entry, kind = self.selected(), self.kind
        if entry is None:
            self.errors.show({"name": f"请先在上表中选择要修改的{kind.label}"})
            return
        name, fields = self.ui.name.text(), self._unit_fields()
        if not isinstance(
            call_service(
                self,
                "无法保存",
                lambda _reason: lists.rename_entry(self.db, self.actor, kind, entry.id, name, **fields),
                errors=self.errors,
            ),
            Refused,
        ):
            self._done(f"已保存{kind.label}“{' '.join(name.split())}”。", entry.id)

    def retire(self) -> None:
        entry, kind = self.selected(), self.kind
        if entry is None or not entry.active:
            return
        kept = (
            f"它已用于{entry.uses}次交办"
            if kind is ListKind.UNIT
            else f"已有{entry.uses}件事项使用该{kind.label}"
        )
        extra = ""
        if kind is ListKind.UNIT and (accounts := lists.unit_accounts(self.db, entry.id)):
            extra = f"\n该单位还有{accounts}个承办人账号，停用单位不影响这些账号登录和办理。"
        answer = QMessageBox.question(
            self,
            f"停用{kind.label}",
            f"确定停用{kind.label}“{entry.name}”？\n\n{kept}；这些记录和历史统计中仍保留原名称，"
            f"但今后登记时不再提供该选项。可随时恢复启用。{extra}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not isinstance(
            call_service(
                self,
                "无法停用",
                lambda _reason: lists.set_active(self.db, self.actor, kind, entry.id, False),
                errors=self.errors,
            ),
            Refused,
        ):
            self._done(f"已停用{kind.label}“{entry.name}”。", entry.id)

    def restore(self) -> None:
        entry, kind = self.selected(), self.kind
        if entry is None or entry.active:
            return
        if not isinstance(
            call_service(
                self,
                "无法恢复",
                lambda _reason: lists.set_active(self.db, self.actor, kind, entry.id, True),
                errors=self.errors,
            ),
            Refused,
        ):
            self._done(f"已恢复启用{kind.label}“{entry.name}”。", entry.id)

    def entry_names(self) -> list[str]:
        """The names the table shows, top to bottom (for tests)."""
        return [
            self.model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(self.model.rowCount())
        ]
