"""文书模板 (admin): edit the template of each letter type, with the placeholder list and a live check.

The check runs as the admin types (the same check the service makes before
saving): either the placeholders the template uses, or the first error with
its line number. Saving adds a version; 恢复默认模板 adds a version with the
shipped text; older versions stay on record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.documents.templates import PLACEHOLDERS, LetterType, TemplateError
from receptionapp.services.context import Actor
from receptionapp.services.letters import settings as letter_settings
from receptionapp.ui.forms.ui_letter_templates_dialog import Ui_LetterTemplatesDialog
from receptionapp.ui.service_call import Refused, call_service

OK_STYLE = "color: #2e7d32;"
ERROR_STYLE = "color: #c62828;"


class LetterTemplatesDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, kind: LetterType | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterTemplatesDialog()
        self.ui.setupUi(self)
        self.db, self.actor = db, actor
        self.saved_text = ""
        for each in LetterType:
            self.ui.kind.addItem(each.label, each.value)
        if kind is not None:  # opened from a letter its template could not fill
            self.ui.kind.setCurrentIndex(self.ui.kind.findData(kind.value))
        for placeholder in PLACEHOLDERS.values():
            text = f"{{{placeholder.name}}}" + ("（可选）" if placeholder.optional else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, placeholder.name)
            item.setToolTip(placeholder.description)
            self.ui.placeholders.addItem(item)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.check)
        self.ui.text.textChanged.connect(self.timer.start)
        self.ui.placeholders.itemDoubleClicked.connect(self.insert)
        self.ui.kind.currentIndexChanged.connect(self._kind_changed)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.closeButton.clicked.connect(self.close)
        self.load()

    @property
    def kind(self) -> LetterType:
        return LetterType(self.ui.kind.currentData())

    def load(self) -> None:
        view = letter_settings.current_template(self.db, self.kind)
        self.saved_text = view.text
        self.ui.text.setPlainText(view.text)
        if view.template_id is None:
            self.ui.version.setText("当前使用：软件自带的默认模板")
        else:
            what = "自定义" if view.custom else "恢复的默认模板"
            self.ui.version.setText(
                f"当前使用：第{view.version}版（{what}，{view.saved_by} {view.saved_at:%Y-%m-%d %H:%M}保存）"
            )
        self.check()

    def _kind_changed(self) -> None:
        self.load()

    def check(self) -> bool:
        try:
            names = letter_settings.validate_template(self.kind, self.ui.text.toPlainText())
        except TemplateError as error:
            self.ui.check.setText(str(error))
            self.ui.check.setStyleSheet(ERROR_STYLE)
            return False
        self.ui.check.setText(f"模板检查通过，用到{len(names)}个占位符：" + "、".join(names))
        self.ui.check.setStyleSheet(OK_STYLE)
        return True

    def insert(self, item: QListWidgetItem) -> None:
        self.ui.text.insertPlainText(f"{{{item.data(Qt.ItemDataRole.UserRole)}}}")
        self.ui.text.setFocus()

    def save(self) -> None:
        if not self.check():
            QMessageBox.warning(self, "模板有误", self.ui.check.text())
            return
        kind, text = self.kind, self.ui.text.toPlainText()
        version = call_service(
            self,
            "无法保存模板",
            lambda _reason: letter_settings.save_template(self.db, self.actor, kind, text),
        )
        if isinstance(version, Refused):
            return
        self.load()
        self.ui.check.setText(f"已保存为第{version}版。今后起草的{self.kind.label}使用此模板。")

    def restore(self) -> None:
        answer = QMessageBox.question(
            self,
            "恢复默认模板",
            f"将{self.kind.label}的模板恢复为软件自带的默认文本（修改过的版本仍保留在记录中）。继续吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind = self.kind
        restored = call_service(
            self,
            "无法恢复",
            lambda _reason: letter_settings.restore_default_template(self.db, self.actor, kind),
        )
        if isinstance(restored, Refused):
            return
        self.load()
