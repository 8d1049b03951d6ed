"""The admin's backup page: where backups go, the verified backups there, back up or restore now."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.roles import CAN_MANAGE_BACKUPS
from receptionapp.paths import DataPaths
from receptionapp.services.admin import backup
from receptionapp.services.admin.backup import BackupInfo, BackupResult
from receptionapp.services.context import Actor, require
from receptionapp.ui.admin.backup_scheduler import BackupScheduler
from receptionapp.ui.forms.ui_backup_dialog import Ui_BackupDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.field_errors import ERROR_STYLE

COLUMNS = ("备份时间", "事项", "审计记录", "附件", "大小", "文件")


class BackupDialog(QDialog):
    """``restore`` is called with the chosen backup; the session does the restore and re-login."""

    def __init__(
        self,
        db: Database,
        paths: DataPaths,
        actor: Actor,
        scheduler: BackupScheduler,
        restore: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        require(actor, CAN_MANAGE_BACKUPS, "管理备份")
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.db, self.paths, self.actor = db, paths, actor
        self.scheduler, self.restore = scheduler, restore
        self.backups: list[BackupInfo] = []
        self.ui.folderError.setStyleSheet(ERROR_STYLE)
        self.ui.folderError.hide()
        table = self.ui.table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(COLUMNS)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._selection_changed)
        self.ui.folder.setText(str(backup.backup_folder(db, paths)))
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.saveFolderButton.clicked.connect(self.save_folder)
        self.ui.backupButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.closeButton.clicked.connect(self.reject)
        scheduler.finished.connect(self._backed_up)
        scheduler.failed.connect(self._backup_failed)
        self.refresh()
        if scheduler.running:
            self._busy("正在备份…")

    def refresh(self) -> None:
        self.backups = backup.list_backups(backup.backup_folder(self.db, self.paths))
        table = self.ui.table
        table.setRowCount(len(self.backups))
        for r, info in enumerate(self.backups):
            values = (
                f"{info.created_at:%Y-%m-%d %H:%M}",
                str(info.cases),
                str(info.counts.get("audit_log", 0)),
                str(info.attachments),
                f"{info.size / 1_048_576:.1f} MB",
                info.path.name,
            )
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        if not self.scheduler.running:
            newest = self.backups[0] if self.backups else None
            self.ui.status.setText(
                f"最近一次备份：{newest.created_at:%Y-%m-%d %H:%M}，共{len(self.backups)}份"
                if newest
                else "该位置还没有备份"
            )
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.ui.restoreButton.setEnabled(self.selected() is not None and not self.scheduler.running)

    def browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "选择备份位置", self.ui.folder.text())
        if name:
            self.ui.folder.setText(name)

    def save_folder(self) -> None:
        folder = self.ui.folder.text()
        chosen = call_service(
            self,
            "无法保存",
            lambda _reason: backup.set_backup_folder(self.db, self.paths, self.actor, folder),
            tell=self._folder_refused,
        )
        if isinstance(chosen, Refused):
            return
        self.ui.folderError.hide()
        self.ui.folder.setText(str(chosen))
        self.refresh()

    def _folder_refused(self, message: str) -> None:
        self.ui.folderError.setText(message.replace("\n", "；"))
        self.ui.folderError.show()

    def _busy(self, text: str) -> None:
        self.ui.status.setText(text)
        self.ui.backupButton.setEnabled(False)
        self.ui.restoreButton.setEnabled(False)

    def backup_now(self) -> None:
        self._busy("正在备份…")
        self.scheduler.run_now(self, "正在备份")

    def _backed_up(self, result: BackupResult) -> None:
        self.ui.backupButton.setEnabled(True)
        self.refresh()
        text = f"已备份并校验通过：{result.info.path.name}（新复制附件{result.copied_attachments}个）"
        if result.problems:
            text += "\n注意：" + "；".join(result.problems[:3])
        self.ui.status.setText(text)

    def _backup_failed(self, message: str) -> None:
        self.ui.backupButton.setEnabled(True)
        self._selection_changed()
        self.ui.status.setText(f"备份失败：{message}")

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            "从备份恢复",
            f"用 {info.created_at:%Y-%m-%d %H:%M} 的备份（{info.cases}件事项）替换当前数据库？\n\n"
            "当前数据库会先另存到数据文件夹的 backups 中；该备份之后登记或修改的内容将不在恢复后的数据库里。"
            "恢复后需要重新登录。",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.restore(info.path)
