"""The import wizard's unknown categories: map each to a listed category, skip its rows, or add it.

A ledger often names categories its own way (收费问题, 招生). In the review
step every category value the dry run could not match is offered once,
with how many rows carry it: it can be taken as an existing category (for
every such row, and saved with the mapping), its rows skipped on purpose,
or — for the admin — added to the category list. Each choice runs the dry
run again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from receptionapp.domain.ledger_fields import LedgerField
from receptionapp.domain.ledger_values import match_choice, plain
from receptionapp.services import reference_admin
from receptionapp.services.context import ServiceError
from receptionapp.services.ledger_files import LedgerTable
from receptionapp.services.ledger_plan import ImportChoices, Plan, RowStatus
from receptionapp.services.reference import reference_lists
from receptionapp.services.reference_admin import ListKind

if TYPE_CHECKING:
    from receptionapp.ui.dialogs.import_wizard import ImportWizard


def unknown_categories(
    plan: Plan, table: LedgerTable, columns: dict, choices: ImportChoices
) -> dict[str, list[int]]:  # type: ignore[type-arg]
    """Each category value the dry run did not find in the list, with the rows that carry it."""
    column = columns.get(LedgerField.CATEGORY)
    cells = dict(table.rows)
    found: dict[str, list[int]] = {}
    for report in plan.summary.reports:
        if report.status is not RowStatus.BAD or LedgerField.CATEGORY not in report.problems:
            continue
        override = choices.overrides.get(report.row, {}).get(LedgerField.CATEGORY)
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


class UnknownCategories:
    def __init__(self, wizard: ImportWizard) -> None:
        self.wizard = wizard
        self.ui = wizard.ui
        self.rows: dict[str, list[int]] = {}
        may_add = reference_admin.may_edit(wizard.actor, ListKind.CATEGORY)
        self.ui.addCategoryButton.setVisible(may_add)
        self.ui.mapCategoryButton.clicked.connect(self.map_to_existing)
        self.ui.skipCategoryButton.clicked.connect(self.skip_rows)
        self.ui.addCategoryButton.clicked.connect(self.add_to_list)
        self.ui.unknownCategory.setMinimumWidth(200)  # “收费问题”（12行） in full
        self.ui.unknownCategory.currentIndexChanged.connect(lambda _i: self._suggest())
        self.ui.unknownBox.hide()

    def _suggest(self) -> None:
        """Preselect the listed category the value most resembles (收费问题 → 教育收费)."""
        names = [self.ui.mapCategory.itemText(i) for i in range(self.ui.mapCategory.count())]
        suggestion = match_choice(self.current(), names).suggestion if names and self.current() else None
        if suggestion:
            self.ui.mapCategory.setCurrentIndex(self.ui.mapCategory.findData(suggestion))

    def show(self) -> None:
        w = self.wizard
        if w.plan is None or w.table is None:
            self.ui.unknownBox.hide()
            return
        columns, _ = w.mapping.resolve(w.table.labels)
        self.rows = unknown_categories(w.plan, w.table, columns, w.choices)
        self.ui.unknownBox.setVisible(bool(self.rows))
        self.ui.mapCategory.clear()
        for name in reference_lists(w.db).categories:
            self.ui.mapCategory.addItem(name, name)
        self.ui.unknownCategory.clear()
        for value, rows in self.rows.items():
            self.ui.unknownCategory.addItem(f"“{value}”（{len(rows)}行）", value)

    def current(self) -> str:
        return str(self.ui.unknownCategory.currentData() or "")

    def map_to_existing(self) -> None:
        value, target = self.current(), str(self.ui.mapCategory.currentData() or "")
        if not value or not target:
            return
        w = self.wizard
        w.mapping.values.setdefault(LedgerField.CATEGORY, {})[value] = target
        for row in self.rows.get(value, []):
            w.choices.overrides.get(row, {}).pop(LedgerField.CATEGORY, None)
        w.recheck()

    def skip_rows(self) -> None:
        w = self.wizard
        for row in self.rows.get(self.current(), []):
            w.choices.skipped.add(row)
            w.choices.force.discard(row)
        w.recheck()

    def add_to_list(self) -> None:
        value = self.current()
        if not value:
            return
        w = self.wizard
        answer = QMessageBox.question(
            w,
            "加入问题类别",
            f"把“{value}”加入系统的问题类别名录？\n加入后登记表中也可选用；如只是写法不同，请改用“按此类别导入”。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            reference_admin.add_entry(w.db, w.actor, ListKind.CATEGORY, value)
        except ServiceError as error:
            QMessageBox.warning(w, "无法加入", str(error))
            return
        w.lists = reference_lists(w.db)
        w.ui.defaultCategory.addItem(value, value)
        w.recheck()
