"""登记送达: how a final letter reached the petitioner (registered mail, or by hand with a signed receipt)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from receptionapp.db.database import Database
from receptionapp.domain.completion import ServiceMethod
from receptionapp.services.context import Actor
from receptionapp.services.letters import service as letter_service
from receptionapp.services.letters.records import LetterRow
from receptionapp.ui.dialogs.base import ServiceDialog, from_qdate, to_qdate
from receptionapp.ui.forms.ui_letter_service_dialog import Ui_LetterServiceDialog


class LetterServiceDialog(ServiceDialog):
    failure_title = "无法登记送达"

    def __init__(self, db: Database, actor: Actor, row: LetterRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterServiceDialog()
        self.ui.setupUi(self)
        self.db, self.actor, self.row = db, actor, row
        self.settled = 0
        self.setup_buttons(self.ui.buttons, "登记")
        notice = letter_service.NOTICE_OF.get(row.kind)
        self.ui.intro.setText(
            f"{row.kind.label}{row.doc_number}（{row.letter_date:%Y年%m月%d日}签发）。"
            + (
                "登记送达后，对应的告知期限即完成。"
                if notice
                else "答复意见书送达后即可办结，办结单将沿用这里的送达信息。"
            )
        )
        for method in letter_service.LETTER_METHODS:
            self.ui.method.addItem(method.label, method.value)
        self.ui.servedOn.setDate(to_qdate(dt.date.today()))
        self.ui.method.currentIndexChanged.connect(self._method_changed)
        for key, widget, label in (
            ("service", self.ui.method, self.ui.methodError),
            ("mail_number", self.ui.mailNumber, self.ui.mailNumberError),
            ("receipt_signed", self.ui.receiptSigned, self.ui.receiptSignedError),
            ("served_on", self.ui.servedOn, self.ui.servedOnError),
        ):
            self.errors.register(key, widget, label)
        self._method_changed()

    def _method_changed(self) -> None:
        mail = ServiceMethod(self.ui.method.currentData()) is ServiceMethod.REGISTERED_MAIL
        self.ui.mailNumber.setVisible(mail)
        self.ui.mailNumberLabel.setVisible(mail)
        self.ui.receiptSigned.setVisible(not mail)

    def perform(self) -> bool:
        self.settled = letter_service.record_service(
            self.db,
            self.actor,
            self.row.id,
            ServiceMethod(self.ui.method.currentData()),
            mail_number=self.ui.mailNumber.text(),
            served_on=from_qdate(self.ui.servedOn.date()),
            receipt_signed=self.ui.receiptSigned.isChecked(),
            note=self.ui.note.text(),
        )
        return True
