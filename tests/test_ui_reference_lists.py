"""基础名录 driven as the admin and the office would; the registration form and the register follow."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from receptionapp.domain.roles import Role
from receptionapp.services.cases import intake
from receptionapp.services.context import Actor
from receptionapp.services.reference import reference_lists
from receptionapp.ui.admin.reference_lists_dialog import ReferenceListsDialog
from tests.conftest import make_registration, type_text


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Every confirmation asked; the person says yes."""
    asked: list[str] = []

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pick_row(dialog: ReferenceListsDialog, name: str) -> None:
    dialog.ui.table.selectRow(dialog.entry_names().index(name))


def retype(widget, text: str) -> None:
    widget.selectAll()
    widget.del_()
    type_text(widget, text)


def test_admin_adds_renames_retires_and_restores(qtbot, db, admin, answers, tmp_path):
    dialog = ReferenceListsDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = [dialog.ui.kinds.item(i).text() for i in range(dialog.ui.kinds.count())]
    assert kinds == ["问题类别", "区县", "单位"]
    assert "教育收费" in dialog.entry_names()

    type_text(dialog.ui.name, "校园欺凌")
    click(qtbot, dialog.ui.addButton)
    assert dialog.entry_names()[-1] == "校园欺凌"
    assert "已新增问题类别“校园欺凌”" in dialog.ui.feedback.text()
    assert reference_lists(db).categories[-1] == "校园欺凌"

    # A duplicate is refused next to the field.
    retype(dialog.ui.name, "教育收费")
    dialog.ui.table.clearSelection()
    click(qtbot, dialog.ui.addButton)
    assert "已有同名的问题类别“教育收费”" in dialog.ui.nameError.text()
    assert dialog.ui.nameError.isVisibleTo(dialog)

    pick_row(dialog, "校园欺凌")
    assert dialog.ui.name.text() == "校园欺凌"
    retype(dialog.ui.name, "校园欺凌与安全")
    click(qtbot, dialog.ui.renameButton)
    assert "校园欺凌与安全" in dialog.entry_names()

    pick_row(dialog, "教育收费")
    assert dialog.ui.retireButton.isEnabled() and not dialog.ui.restoreButton.isEnabled()
    click(qtbot, dialog.ui.retireButton)
    assert "确定停用问题类别“教育收费”" in answers[-1]
    row = dialog.entry_names().index("教育收费")
    assert dialog.model.index(row, 1).data() == "已停用"
    assert "教育收费" not in reference_lists(db).categories
    dialog.grab().save(str(tmp_path / "reference_lists.png"))

    dialog.ui.showRetired.setChecked(False)
    assert "教育收费" not in dialog.entry_names()
    dialog.ui.showRetired.setChecked(True)
    pick_row(dialog, "教育收费")
    click(qtbot, dialog.ui.restoreButton)
    assert "教育收费" in reference_lists(db).categories
    assert dialog.changed


def test_units_with_kind_and_region(qtbot, db, admin, answers, tmp_path):
    dialog = ReferenceListsDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kinds.setCurrentRow(2)
    assert dialog.ui.unitKind.isVisibleTo(dialog) and dialog.ui.region.isVisibleTo(dialog)
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "类型"
    type_text(dialog.ui.name, "城东区实验小学")
    dialog.ui.unitKind.setCurrentIndex(dialog.ui.unitKind.findText("学校"))
    dialog.ui.region.setCurrentIndex(dialog.ui.region.findText("城东区"))
    click(qtbot, dialog.ui.addButton)
    row = dialog.entry_names().index("城东区实验小学")
    assert [dialog.model.index(row, c).data() for c in range(4)] == [
        "城东区实验小学",
        "学校",
        "城东区",
        "在用",
    ]
    dialog.grab().save(str(tmp_path / "units.png"))
    # A county bureau needs its region.
    retype(dialog.ui.name, "某县教育局")
    dialog.ui.table.clearSelection()
    dialog.ui.unitKind.setCurrentIndex(dialog.ui.unitKind.findText("区县教育局"))
    dialog.ui.region.setCurrentIndex(0)
    click(qtbot, dialog.ui.addButton)
    assert "须选择所属区县" in dialog.ui.regionError.text()


def test_office_sees_only_units(qtbot, db, admin):
    office = Actor(admin.id, "office", "办公室", Role.OFFICE)
    dialog = ReferenceListsDialog(db, office)
    qtbot.addWidget(dialog)
    assert [dialog.ui.kinds.item(i).text() for i in range(dialog.ui.kinds.count())] == ["单位"]


def test_forms_follow_the_lists(qtbot, db, admin, data_paths, monkeypatch, answers):
    from receptionapp.ui.windows.main_window import MainWindow

    case = intake.register_case(db, admin, make_registration(received_at=dt.datetime(2026, 11, 2, 9, 30)))
    window = MainWindow(db, data_paths, admin)
    qtbot.addWidget(window)
    page = window.open_case(case.id) or window.case_pages()[0]

    def edit(dialog: ReferenceListsDialog) -> int:
        type_text(dialog.ui.name, "校园欺凌")
        click(qtbot, dialog.ui.addButton)
        pick_row(dialog, "教育收费")
        click(qtbot, dialog.ui.retireButton)
        return 0

    monkeypatch.setattr(QDialog, "exec", edit)
    assert window.ui.actionReferenceLists.isVisible() and not window.ui.actionUnits.isVisible()
    window.ui.actionReferenceLists.trigger()

    form = window.registration.ui
    offered = [form.category.itemText(i) for i in range(form.category.count())]
    assert "校园欺凌" in offered and "教育收费" not in offered
    filters = [window.register.ui.category.itemText(i) for i in range(window.register.ui.category.count())]
    assert filters[-1] == "教育收费（已停用）" and "校园欺凌" in filters
    # The old case still shows its retired category.
    assert page.ui.category.currentText() == "教育收费"
