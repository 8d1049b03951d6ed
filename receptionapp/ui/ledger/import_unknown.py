"""The import wizard's unknown categories and regions: map each to a listed one, skip its rows, or add it.

A ledger often names categories and districts its own way (收费问题, 招生,
城东). In the review step every category or region value the dry run could
not match is offered once, with how many rows carry it: it can be taken as
an existing entry (for every such row, and saved with the mapping), its rows
skipped on purpose, or — for the admin — added to the list. Each choice runs
the dry run again.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMessageBox

from receptionapp.db.database import Database
from receptionapp.domain.ledger_fields import LedgerField, LedgerMapping
from receptionapp.domain.ledger_values import match_choice, plain
from receptionapp.services.admin import reference_lists as reference_admin
from receptionapp.services.admin.reference_lists import ListKind
from receptionapp.services.context import Actor
from receptionapp.services.ledger.files import LedgerTable
from receptionapp.services.ledger.plan import ImportChoices, Plan, RowStatus
from receptionapp.services.reference import ReferenceLists, reference_lists
from receptionapp.ui.forms.ui_import_wizard import Ui_ImportWizard
from receptionapp.ui.service_call import Refused, call_service

# The fields whose values must be in a reference list, and that list.
LISTED = {LedgerField.CATEGORY: ListKind.CATEGORY, LedgerField.REGION: ListKind.REGION}


def unknown_values(
    plan: Plan, table: LedgerTable, columns: dict, choices: ImportChoices, field: LedgerField
) -> dict[str, list[int]]:
    """Each value of ``field`` the dry run did not find in its list, with the rows that carry it."""
    column = columns.get(field)
    cells = dict(table.rows)
    found: dict[str, list[int]] = {}
    for report in plan.summary.reports:
        if report.status is not RowStatus.BAD or field not in report.problems:
            continue
        override = choices.overrides.get(report.row, {}).get(field)
        row = cells.get(report.row, [])
        raw = (
            override
            if override is not None
            else (row[column] if column is not None and column < len(row) else None)
        )
        value = plain(raw)
        if value:
            found.setdefault(value, []).append(report.row)
    return found


class Wizard(Protocol):
    """What the unknown values read and change of the import wizard (``ImportWizard`` is one)."""

    db: Database
    actor: Actor
    ui: Ui_ImportWizard
    table: LedgerTable | None
    plan: Plan | None
    mapping: LedgerMapping
    choices: ImportChoices
    lists: ReferenceLists

    def recheck(self) -> None: ...


class UnknownValues:
    def __init__(self, wizard: Wizard) -> None:
        self.wizard = wizard
        self.ui = wizard.ui
        # One entry per unknown value, in the order offered: (field, value, rows).
        self.items: list[tuple[LedgerField, str, list[int]]] = []
        self.ui.mapCategoryButton.clicked.connect(self.map_to_existing)
        self.ui.skipCategoryButton.clicked.connect(self.skip_rows)
        self.ui.addCategoryButton.clicked.connect(self.add_to_list)
        self.ui.unknownCategory.setMinimumWidth(240)  # 问题类别“收费问题”（12行） in full
        self.ui.unknownCategory.currentIndexChanged.connect(lambda _i: self._selected())
        self.ui.addCategoryButton.hide()
        self.ui.unknownBox.hide()

    def show(self) -> None:
        w = self.wizard
        self.items = []
        if w.plan is not None and w.table is not None:
            columns, _ = w.mapping.resolve(w.table.labels)
            for field in LISTED:
                found = unknown_values(w.plan, w.table, columns, w.choices, field)
                self.items += [(field, value, rows) for value, rows in found.items()]
        self.ui.unknownBox.setVisible(bool(self.items))
        self.ui.unknownCategory.blockSignals(True)
        self.ui.unknownCategory.clear()
        for index, (field, value, rows) in enumerate(self.items):
            self.ui.unknownCategory.addItem(f"{field.label}“{value}”（{len(rows)}行）", index)
        self.ui.unknownCategory.blockSignals(False)
        self._selected()

    def current(self) -> tuple[LedgerField, str, list[int]] | None:
        index = self.ui.unknownCategory.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def _selected(self) -> None:
        """The listed entries of the chosen value's list, the one it most resembles first (收费问题 → 教育收费)."""
        item = self.current()
        self.ui.mapCategory.clear()
        if item is None:
            self.ui.addCategoryButton.hide()
            return
        field, value, _rows = item
        lists = reference_lists(self.wizard.db)
        names = lists.categories if field is LedgerField.CATEGORY else lists.regions
        for name in names:
            self.ui.mapCategory.addItem(name, name)
        suggestion = (
            match_choice(value, names, region=field is LedgerField.REGION).suggestion if names else None
        )
        if suggestion:
            self.ui.mapCategory.setCurrentIndex(self.ui.mapCategory.findData(suggestion))
        kind = LISTED[field]
        self.ui.addCategoryButton.setVisible(reference_admin.may_edit(self.wizard.actor, kind))
        self.ui.addCategoryButton.setToolTip(f"把“{value}”加入系统的{kind.label}名录（管理员）")

    def map_to_existing(self) -> None:
        item, target = self.current(), str(self.ui.mapCategory.currentData() or "")
        if item is None or not target:
            return
        field, value, rows = item
        w = self.wizard
        w.mapping.values.setdefault(field, {})[value] = target
        for row in rows:
            w.choices.overrides.get(row, {}).pop(field, None)
        w.recheck()

    def skip_rows(self) -> None:
        item = self.current()
        if item is None:
            return
        w = self.wizard
        for row in item[2]:
            w.choices.skipped.add(row)
            w.choices.force.discard(row)
        w.recheck()

    def add_to_list(self) -> None:
        item = self.current()
        if item is None:
            return
        field, value, _rows = item
        kind = LISTED[field]
        w, parent = self.wizard, self.ui.unknownBox.window()  # the wizard's window
        answer = QMessageBox.question(
            parent,
            f"加入{kind.label}",
            f"把“{value}”加入系统的{kind.label}名录？\n加入后登记表中也可选用；如只是写法不同，请改用“按此导入”。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        added = call_service(
            parent,
            "无法加入",
            lambda _reason: reference_admin.add_entry(w.db, w.actor, kind, value),
        )
        if isinstance(added, Refused):
            return
        w.lists = reference_lists(w.db)
        (w.ui.defaultCategory if field is LedgerField.CATEGORY else w.ui.defaultRegion).addItem(value, value)
        w.recheck()
