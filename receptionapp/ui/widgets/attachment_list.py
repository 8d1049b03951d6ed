"""The attachments of a registration (附件): files the clerk picks, listed with their sizes.

The list only holds paths; the files are copied into the data folder by
``services.cases.intake.register_case`` when the case is saved. A file over the
service's size limit is refused here already, so the clerk hears of it while
the visitor is still at the desk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from receptionapp.services.attachments import MAX_ATTACHMENT_BYTES
from receptionapp.ui.forms.ui_attachment_list import Ui_AttachmentList

FILE_FILTER = "所有文件 (*);;图片 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp);;PDF 文件 (*.pdf)"


class AttachmentList(QWidget):
    # The clerk added or removed files (also sent when an add turned out to add nothing).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttachmentList()
        self.ui.setupUi(self)
        self._last_dir = str(Path.home())
        self.ui.addButton.clicked.connect(self._choose)
        self.ui.removeButton.clicked.connect(self._remove_selected)
        self.ui.files.itemSelectionChanged.connect(
            lambda: self.ui.removeButton.setEnabled(bool(self.ui.files.selectedItems()))
        )

    def paths(self) -> list[Path]:
        items = (self.ui.files.item(i) for i in range(self.ui.files.count()))
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def add(self, paths: list[Path]) -> None:
        """Add the files not listed yet; missing files are skipped, oversized ones refused."""
        known = set(self.paths())
        too_big = []
        for path in paths:
            if path in known or not path.is_file():
                continue
            size = path.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                too_big.append(path.name)
                continue
            item = QListWidgetItem(f"{path.name}（{size_text(size)}）")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.ui.files.addItem(item)
            known.add(path)
        if too_big:
            QMessageBox.warning(
                self, "附件过大", "以下文件超过200MB，请压缩或拆分后再添加：\n" + "\n".join(too_big)
            )
        self.changed.emit()

    def set_paths(self, paths: list[Path]) -> None:
        self.ui.files.clear()
        self.add(paths)

    def clear(self) -> None:
        """Empty the list without reporting a change: the form is being reset."""
        self.ui.files.clear()

    def focus_chain(self) -> list[QWidget]:
        return [self.ui.files, self.ui.addButton, self.ui.removeButton]

    def _choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, "添加附件", self._last_dir, FILE_FILTER)
        if names:
            self._last_dir = str(Path(names[0]).parent)
            self.add([Path(name) for name in names])

    def _remove_selected(self) -> None:
        for item in self.ui.files.selectedItems():
            self.ui.files.takeItem(self.ui.files.row(item))
        self.changed.emit()


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, size // 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"
