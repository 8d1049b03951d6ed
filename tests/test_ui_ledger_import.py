"""The import wizard driven as a person would: file, columns, fixes in review, import, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from receptionapp.db.models import AuditEntry, Case
from receptionapp.domain.ledger_fields import LedgerField
from receptionapp.services.admin.check import check_database
from receptionapp.services.ledger import importer as ledger_import
from receptionapp.ui.ledger.import_wizard import ImportWizard
from receptionapp.ui.ledger.ledger_models import PreviewModel, ReviewModel, ReviewRow
from tests.conftest import type_text
from tests.ledger_samples import big_lines, ledger_lines, write_csv, write_xlsx

WAIT = 60_000


def idle(wizard: ImportWizard) -> bool:
    return wizard.task is None


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_and_check(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.open_file(path)  # what the file dialog hands over
    qtbot.waitUntil(lambda: idle(wizard) and wizard.table is not None, timeout=WAIT)
    click(qtbot, wizard.ui.nextButton)  # to the columns
    click(qtbot, wizard.ui.nextButton)  # dry run
    qtbot.waitUntil(lambda: idle(wizard) and wizard.ui.pages.currentIndex() == 2, timeout=WAIT)


def count_cases(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


def test_review_and_preview_models_pass_the_model_tester(qtmodeltester) -> None:
    review = ReviewModel()
    review.reset(
        [LedgerField.NAME, LedgerField.CATEGORY],
        [ReviewRow(7, "有问题", "类别不在列表中", {LedgerField.NAME: "张三", LedgerField.CATEGORY: "收费"},
                   {LedgerField.CATEGORY: "不在列表中"})],
    )  # fmt: skip
    qtmodeltester.check(review, force_py=True)
    preview = PreviewModel()
    preview.reset(["姓名", "反映问题"], [(5, ["张三", "收费"]), (6, ["李四", ""])])
    qtmodeltester.check(preview, force_py=True)


def test_a_person_fixes_one_row_skips_another_and_imports(qtbot, db, admin, tmp_path: Path) -> None:
    path = tmp_path / "2025年信访台账.xlsx"
    where = write_xlsx(path)
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.open_file(path)
    qtbot.waitUntil(lambda: idle(wizard) and wizard.table is not None, timeout=WAIT)
    assert "共12行数据，表头在第3—4行" in wizard.ui.fileInfo.text()
    assert wizard.preview_model.rowCount() == 12
    assert wizard.ui.sheet.currentText() == "2025年台账"

    click(qtbot, wizard.ui.nextButton)
    assert wizard.ui.pages.currentIndex() == 1
    labels = wizard.table.labels
    assert wizard.column_field(labels.index("信访人信息/姓名")) is LedgerField.NAME
    assert wizard.column_field(labels.index("序号")) is None
    type_text(wizard.ui.mappingName, "区局台账")
    click(qtbot, wizard.ui.saveMappingButton)
    assert "已保存方案“区局台账”" in wizard.ui.mappingMessage.text()

    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: idle(wizard) and wizard.ui.pages.currentIndex() == 2, timeout=WAIT)
    assert "有问题：2行" in wizard.ui.summary.text()
    model = wizard.review_model
    assert [model.row_at(i).row for i in range(model.rowCount())] == [where[6], where[7]]

    # Type the right category over the red cell, as in a spreadsheet.
    index = model.index(1, model.column_of(LedgerField.CATEGORY))
    assert model.data(index, Qt.ItemDataRole.ToolTipRole).endswith("是否为“教育收费”？")
    wizard.ui.review.setCurrentIndex(index)
    wizard.ui.review.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "教育收费")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(wizard.choices.overrides))  # the view commits on its next turn
    assert wizard.choices.overrides == {where[7]: {LedgerField.CATEGORY: "教育收费"}}
    assert wizard.mapping.values == {LedgerField.CATEGORY: {"收费问题": "教育收费"}}

    # Skip the row with the wrong ID number on purpose.
    wizard.ui.review.selectRow(0)
    click(qtbot, wizard.ui.skipButton)
    qtbot.waitUntil(lambda: idle(wizard) and wizard.plan is not None, timeout=WAIT)
    assert "有问题：0行；已跳过：1行" in wizard.ui.summary.text()

    click(qtbot, wizard.ui.nextButton)
    assert wizard.ui.pages.currentIndex() == 3 and wizard.ui.nextButton.text() == "开始导入"
    assert "新增：10件" in wizard.ui.importSummary.text()
    with qtbot.waitSignal(wizard.imported, timeout=WAIT) as imported:
        click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: idle(wizard), timeout=WAIT)
    assert "导入完成" in wizard.ui.result.text() and imported.args[0] == 1
    assert not wizard.ui.nextButton.isVisible()
    assert wizard.batch_model.rowCount() == 10  # the batch, listed as one
    assert wizard.batch_model.data(wizard.batch_model.index(0, 0)) == "来访〔2025〕0001号"
    assert count_cases(db) == 10 and check_database(db) == []


def test_cancel_during_the_import_leaves_the_database_untouched(
    qtbot, db, admin, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "大台账.csv"
    write_csv(path, "gb18030", big_lines(12000))
    first_block, go_on = threading.Event(), threading.Event()
    original = ledger_import.index_many

    def held(session, rows) -> None:
        original(session, rows)
        first_block.set()
        go_on.wait(WAIT / 1000)  # hold the writer until the person has pressed cancel

    monkeypatch.setattr(ledger_import, "index_many", held)
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    open_and_check(qtbot, wizard, path)
    click(qtbot, wizard.ui.nextButton)
    with db.read() as session:
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry))
    click(qtbot, wizard.ui.nextButton)  # 开始导入
    qtbot.waitUntil(first_block.is_set, timeout=WAIT)
    assert wizard.ui.cancelButton.isVisible()
    click(qtbot, wizard.ui.cancelButton)
    go_on.set()
    qtbot.waitUntil(lambda: idle(wizard), timeout=WAIT)
    assert "导入已取消，数据库未作任何改动" in wizard.ui.result.text()
    assert count_cases(db) == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
    assert wizard.ui.nextButton.isEnabled()  # may try again


def test_a_file_whose_encoding_cannot_be_told_asks_for_it(qtbot, db, admin, tmp_path: Path) -> None:
    path = tmp_path / "乱码.csv"
    path.write_bytes("姓名,反映问题\n张三,收费\n".encode("gbk") + b"\xff\n")
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    wizard.open_file(path)
    qtbot.waitUntil(lambda: idle(wizard), timeout=WAIT)
    assert "请选择编码" in wizard.ui.fileInfo.text()
    assert wizard.table is None and not wizard.ui.nextButton.isEnabled()


def test_the_office_finds_the_wizard_in_the_file_menu_a_clerk_does_not(qtbot, db, admin, data_paths) -> None:
    from dataclasses import replace

    from receptionapp.domain.roles import Role
    from receptionapp.ui.windows.main_window import MainWindow

    window = MainWindow(db, data_paths, admin)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.ui.fileMenu.actions()]
    assert texts == ["新登记", "", "导入历史台账…", "", "退出"]
    clerk_window = MainWindow(db, data_paths, replace(admin, role=Role.CLERK))
    qtbot.addWidget(clerk_window)
    assert "导入历史台账…" not in [a.text() for a in clerk_window.ui.fileMenu.actions()]


def _to_review(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.show()
    open_and_check(qtbot, wizard, path)
    assert wizard.ui.unknownBox.isVisible()
    assert wizard.ui.unknownCategory.currentText() == "问题类别“收费问题”（1行）"


def test_an_unknown_category_is_mapped_skipped_or_added(
    qtbot, db, admin, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from receptionapp.domain.roles import Role
    from receptionapp.services.context import Actor
    from receptionapp.services.reference import reference_lists
    from tests.uikit import choose

    path = tmp_path / "台账.xlsx"
    where = write_xlsx(path)

    # Mapped to a listed category: the row is taken, the mapping remembers it.
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    _to_review(qtbot, wizard, path)
    assert wizard.ui.mapCategory.currentText() == "教育收费"  # the suggestion comes first
    choose(wizard.ui.mapCategory, "教育收费")
    click(qtbot, wizard.ui.mapCategoryButton)
    qtbot.waitUntil(lambda: idle(wizard) and wizard.plan is not None, timeout=WAIT)
    assert wizard.mapping.values[LedgerField.CATEGORY] == {"收费问题": "教育收费"}
    assert "有问题：1行" in wizard.ui.summary.text()  # only the bad ID number is left
    assert not wizard.ui.unknownBox.isVisible()

    # Skipped on purpose.
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    _to_review(qtbot, wizard, path)
    click(qtbot, wizard.ui.skipCategoryButton)
    qtbot.waitUntil(lambda: idle(wizard) and wizard.plan is not None, timeout=WAIT)
    assert where[7] in wizard.choices.skipped
    assert "有问题：1行；已跳过：1行" in wizard.ui.summary.text()

    # The office may not add categories: the button is not offered.
    office = ImportWizard(db, Actor(admin.id, "office", "办公室", Role.OFFICE))
    qtbot.addWidget(office)
    assert office.ui.addCategoryButton.isHidden()

    # The admin adds it to the list (after confirming): the row is taken as it is.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    _to_review(qtbot, wizard, path)
    wizard.grab().save(str(tmp_path / "review.png"))
    click(qtbot, wizard.ui.addCategoryButton)
    qtbot.waitUntil(lambda: idle(wizard) and wizard.plan is not None, timeout=WAIT)
    assert "收费问题" in reference_lists(db).categories
    assert "有问题：1行" in wizard.ui.summary.text()
    assert wizard.ui.defaultCategory.findData("收费问题") >= 0


def test_an_unknown_region_is_offered_beside_the_categories_and_the_admin_adds_it(
    qtbot, db, admin, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from receptionapp.services.reference import reference_lists
    from tests.uikit import choose

    lines = ledger_lines()
    lines[0]["所属区县"] = "东湖新区"  # a district the bureau's list does not have yet
    path = tmp_path / "台账.xlsx"
    write_xlsx(path, lines)
    wizard = ImportWizard(db, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    open_and_check(qtbot, wizard, path)
    offered = [wizard.ui.unknownCategory.itemText(i) for i in range(wizard.ui.unknownCategory.count())]
    assert offered == ["问题类别“收费问题”（1行）", "所属区县“东湖新区”（1行）"]
    choose(wizard.ui.unknownCategory, "所属区县“东湖新区”（1行）")
    regions = [wizard.ui.mapCategory.itemText(i) for i in range(wizard.ui.mapCategory.count())]
    assert regions == reference_lists(db).regions  # the region list now, not the categories
    assert wizard.ui.addCategoryButton.isVisible() and "区县名录" in wizard.ui.addCategoryButton.toolTip()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    click(qtbot, wizard.ui.addCategoryButton)
    qtbot.waitUntil(lambda: idle(wizard) and wizard.plan is not None, timeout=WAIT)
    assert "东湖新区" in reference_lists(db).regions
    assert wizard.ui.defaultRegion.findData("东湖新区") >= 0
    offered = [wizard.ui.unknownCategory.itemText(i) for i in range(wizard.ui.unknownCategory.count())]
    assert offered == ["问题类别“收费问题”（1行）"]  # the region is known now; the category still waits
