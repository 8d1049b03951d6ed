"""The 书面答复与告知 panel driven as people would: the office drafts a reply, a leader signs it, it is printed and served."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from receptionapp.documents.templates import LetterType
from receptionapp.domain.completion import ServiceMethod
from receptionapp.domain.workflow import Route
from receptionapp.services.cases.detail import get_case
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.letters.records import case_letters, get_letter
from receptionapp.services.letters.rendering import letter_pdf
from receptionapp.ui import printing
from receptionapp.ui.dialogs.complete_dialog import CompleteDialog
from receptionapp.ui.letters.letter_approve import LetterApproveDialog
from receptionapp.ui.letters.letter_editor import LetterEditorDialog
from receptionapp.ui.letters.letter_service_dialog import LetterServiceDialog
from receptionapp.ui.widgets.case_page import CasePage
from tests.conftest import type_text
from tests.letterkit import (  # noqa: F401
    Bureau,
    bureau,
    complete_text,
    replied_case,
    shot,
    signature_png,
    themed,
)
from tests.pdfcheck import all_text, image_count, reader
from tests.uikit import drive, print_to_file


def open_page(qtbot, b: Bureau, actor, case_id: int) -> CasePage:
    page = CasePage(b.db, actor, b.paths, case_id)
    qtbot.addWidget(page)
    page.resize(1400, 1000)
    page.show()
    return page


class PrintToFile:
    """Stands in for QPrintDialog: the person picks "print to PDF" and presses 打印."""

    def __init__(self, printer: QPrinter, parent=None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def setMinMax(self, low: int, high: int) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        print_to_file(self.printer, Path(os.environ["LETTER_PRINT_TO"]))
        return QDialog.DialogCode.Accepted


@pytest.mark.usefixtures("themed")
def test_office_drafts_leader_signs_then_print_and_serve(
    qtbot,
    bureau: Bureau,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    case_id = replied_case(bureau)
    letter_keys.set_image(
        bureau.db,
        bureau.admin,
        bureau.paths,
        letter_keys.SIGNATURE,
        signature_png(tmp_path),
        user_id=bureau.leader.id,
    )
    office_page = open_page(qtbot, bureau, bureau.office, case_id)
    panel = office_page.letters
    assert panel.ui.approveButton.isHidden() and not panel.ui.draftButton.isHidden()
    assert "尚无书面答复" in panel.ui.hint.text()
    menu = [a.text() for a in panel.draft_menu.actions()]
    assert menu[0] == "信访事项答复意见书（建议）"  # the 批示 was 予以受理 and the unit replied

    # 起草 opens the editor with the generated text; the office fills in the basis and saves.
    seen: list[LetterEditorDialog] = []

    def edit(dialog: LetterEditorDialog) -> None:
        assert "【请填写" in dialog.text and dialog.preview.page_count >= 1
        shot(qtbot, dialog, "letter-editor")
        dialog.ui.text.setPlainText(complete_text(dialog.text))
        cursor = dialog.ui.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        dialog.ui.text.setTextCursor(cursor)
        type_text(dialog.ui.text, "\n特此答复。")
        dialog.ui.previewButton.click()
        assert "特此答复" in all_text(dialog.preview.data)

    drive(monkeypatch, LetterEditorDialog, edit, seen)
    next(a for a in panel.draft_menu.actions() if a.data() == LetterType.REPLY.value).trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    [row] = case_letters(bureau.db, case_id)
    assert row.status == "draft" and "特此答复。" in get_letter(bureau.db, row.id).text
    assert "待领导审批" in panel.ui.hint.text()
    shot(qtbot, panel, "letters-panel-draft")

    # The leader opens the case, sees the final preview with the seal and signature, and signs.
    leader_page = open_page(qtbot, bureau, bureau.leader, case_id)
    leader_panel = leader_page.letters
    assert leader_panel.ui.draftButton.isHidden() and not leader_panel.ui.approveButton.isHidden()
    assert leader_panel.ui.approveButton.isEnabled()

    def sign(dialog: LetterApproveDialog) -> None:
        assert dialog.ui.withSignature.isEnabled()
        dialog.ui.withSignature.setChecked(True)
        pdf = dialog.preview.data
        assert "某教信复〔2026〕1号" in all_text(pdf) and "草稿" not in all_text(pdf)
        assert image_count(pdf, len(reader(pdf).pages) - 1) == 2  # seal and signature
        shot(qtbot, dialog, "letter-approve")

    drive(monkeypatch, LetterApproveDialog, sign)
    leader_panel.ui.approveButton.click()
    row = case_letters(bureau.db, case_id)[0]
    assert row.status == "final" and row.doc_number == "某教信复〔2026〕1号" and row.approved_by == "李局长"
    assert leader_panel.ui.letters.item(0, 2).text() == "已签发（待送达）"

    # Print: the signed file goes to the printer, and the print is in the audit log.
    monkeypatch.setenv("LETTER_PRINT_TO", str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(printing, "QPrintDialog", PrintToFile)
    office_page.reload()
    panel.ui.letters.selectRow(0)
    panel.ui.printButton.click()
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed.startswith(b"%PDF") and len(reader(printed).pages) == len(
        reader(letter_pdf(bureau.db, bureau.paths, row.id)).pages
    )
    timeline = [e.action for e in get_case(bureau.db, case_id).timeline]
    assert timeline[-3:] == ["letter_approve", "letter_sign", "letter_print"]

    # Registered mail: the number typed, the service recorded.
    def serve(dialog: LetterServiceDialog) -> None:
        assert ServiceMethod(dialog.ui.method.currentData()) is ServiceMethod.REGISTERED_MAIL
        type_text(dialog.ui.mailNumber, "XA123456789CN")

    drive(monkeypatch, LetterServiceDialog, serve)
    panel.ui.serveButton.click()
    row = case_letters(bureau.db, case_id)[0]
    assert row.service is not None and row.service.mail_number == "XA123456789CN"
    assert panel.ui.letters.item(0, 2).text() == "已送达"
    assert not panel.ui.serveButton.isEnabled() and panel.ui.correctButton.isEnabled()
    shot(qtbot, panel, "letters-panel-served")

    # The 办结 dialog starts from the served reply.
    dialog = CompleteDialog(
        bureau.db, bureau.office, case_id, get_case(bureau.db, case_id).channel, Route.ACCEPT
    )
    qtbot.addWidget(dialog)
    assert ServiceMethod(dialog.ui.service.currentData()) is ServiceMethod.REGISTERED_MAIL
    assert dialog.ui.mailNumber.text() == "XA123456789CN"
