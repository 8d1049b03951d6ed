"""证书与印章 (admin): the bureau's signing certificate, the seal image and the leaders' signature images.

The certificate is created here (self-signed in the bureau's name) or
imported from a .p12/.pfx file with its password; its subject, validity and
fingerprint are shown, and whether this PC holds its private key. Images
are PNG files with a transparent background; a replaced image is retired,
never deleted. Every change goes into the audit log (the services do that).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from receptionapp.db.database import Database
from receptionapp.paths import DataPaths
from receptionapp.services.context import Actor
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.reference import leader_choices
from receptionapp.ui.forms.ui_letter_keys_dialog import Ui_LetterKeysDialog
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.pdf_preview import busy

PNG_FILTER = "PNG图片 (*.png)"


class LetterKeysDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterKeysDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.paths = db, actor, paths
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(self.ui.buttons.StandardButton.Close).setText("关闭")
        for leader in leader_choices(db):
            self.ui.leader.addItem(leader.name, leader.id)
        table = self.ui.signatures
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["领导", "文件", "上传时间"])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        self.ui.createButton.clicked.connect(self.create_certificate)
        self.ui.importButton.clicked.connect(self.import_certificate)
        self.ui.sealButton.clicked.connect(self.change_seal)
        self.ui.signatureButton.clicked.connect(self.upload_signature)
        self.ui.retireButton.clicked.connect(self.retire_signature)
        self.reload()

    def reload(self) -> None:
        current = letter_keys.active_certificate(self.db, self.paths)
        if current is None:
            self.ui.certificate.setText("尚未设置单位证书：签发文书前，请创建自签名证书或导入单位证书。")
        else:
            state = "已过期，请更换" if current.expired else "有效"
            where = (
                "本机保存有私钥，可以签发" if current.key_on_this_pc else "本机没有私钥文件，不能在本机签发"
            )
            source = "自签名" if current.self_signed else "证书机构签发"
            self.ui.certificate.setText(
                f"主题：{current.subject}（{current.organization or '—'}），{source}\n"
                f"有效期：{current.not_before:%Y-%m-%d} 至 {current.not_after:%Y-%m-%d}（{state}）\n"
                f"指纹（SHA-256）：{current.fingerprint}\n{where}"
            )
        images = letter_keys.images(self.db, self.paths)
        seal = next((i for i in images if i.kind == letter_keys.SEAL), None)
        if seal is None:
            self.ui.sealImage.setPixmap(QPixmap())
            self.ui.sealImage.setText("（未上传）")
            self.ui.sealInfo.setText("尚未上传印章图片：签发文书前必须上传。")
        else:
            pixmap = QPixmap(str(seal.path))
            self.ui.sealImage.setPixmap(
                pixmap.scaled(
                    140, 140, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
            self.ui.sealInfo.setText(
                f"{seal.filename}，{seal.width}×{seal.height}像素，{seal.created_at:%Y-%m-%d}上传"
            )
        signatures = [i for i in images if i.kind == letter_keys.SIGNATURE]
        table = self.ui.signatures
        table.setRowCount(len(signatures))
        for row, image in enumerate(signatures):
            for column, value in enumerate(
                (image.user_name, image.filename, f"{image.created_at:%Y-%m-%d %H:%M}")
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, image.id)
                table.setItem(row, column, item)

    def _run(self, title: str, action: Callable[[], object]) -> bool:

        def run(_reason: str) -> object:
            with busy():
                return action()

        done = call_service(self, title, run)
        if isinstance(done, Refused):
            return False
        self.reload()
        return True

    def create_certificate(self) -> None:
        answer = QMessageBox.question(
            self,
            "创建自签名证书",
            "将以本单位名称创建新的自签名证书，今后签发的文书用它签名；以前的证书仍可用于核验旧文书。继续吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run("无法创建证书", lambda: letter_keys.create_certificate(self.db, self.actor, self.paths))

    def import_certificate(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "选择单位证书", "", "PKCS#12证书 (*.p12 *.pfx);;所有文件 (*)"
        )
        if not name:
            return
        password, ok = QInputDialog.getText(
            self,
            "证书密码",
            "请输入证书文件的密码（导入后本系统另行加密保存，不保存此密码）：",
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            data = Path(name).read_bytes()
        except OSError:
            QMessageBox.warning(self, "无法导入证书", f"无法读取文件：{name}")
            return
        self._run(
            "无法导入证书",
            lambda: letter_keys.import_certificate(self.db, self.actor, self.paths, data, password),
        )

    def change_seal(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, "选择印章图片", "", PNG_FILTER)
        if name:
            self._run(
                "无法更换印章",
                lambda: letter_keys.set_image(self.db, self.actor, self.paths, letter_keys.SEAL, Path(name)),
            )

    def upload_signature(self) -> None:
        leader_id = self.ui.leader.currentData()
        if leader_id is None:
            QMessageBox.information(self, "上传签名图片", "没有领导账号：请先添加角色为“领导”的用户。")
            return
        name, _filter = QFileDialog.getOpenFileName(self, "选择签名章图片", "", PNG_FILTER)
        if name:
            self._run(
                "无法上传签名图片",
                lambda: letter_keys.set_image(
                    self.db, self.actor, self.paths, letter_keys.SIGNATURE, Path(name), user_id=leader_id
                ),
            )

    def retire_signature(self) -> None:
        items = self.ui.signatures.selectedItems()
        if not items:
            QMessageBox.information(self, "停用签名", "请先在表中选中要停用的签名图片。")
            return
        image_id = items[0].data(Qt.ItemDataRole.UserRole)
        self._run("无法停用", lambda: letter_keys.retire_image(self.db, self.actor, image_id))
