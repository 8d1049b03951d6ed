"""The admin's letter dialogs and the 验证文件 dialog, driven as a person would; the menu entries by role."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from receptionapp.documents.templates import LetterType, default_template
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters import keys as letter_keys
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.letters.drafting import draft_letter, save_draft
from receptionapp.services.letters.records import get_letter
from receptionapp.services.letters.rendering import letter_pdf
from receptionapp.ui.letters.letter_keys_dialog import LetterKeysDialog
from receptionapp.ui.letters.letter_settings_dialog import LetterSettingsDialog
from receptionapp.ui.letters.letter_templates_dialog import LetterTemplatesDialog
from receptionapp.ui.letters.verify_dialog import VerifyDialog
from receptionapp.ui.widgets.case_page import CasePage
from receptionapp.ui.windows.main_window import MainWindow
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


@pytest.mark.usefixtures("themed")
def test_template_editor_checks_as_the_admin_types(qtbot, bureau: Bureau) -> None:  # noqa: F811
    dialog = LetterTemplatesDialog(bureau.db, bureau.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData(LetterType.TRANSFER.value))
    assert dialog.ui.text.toPlainText() == default_template(LetterType.TRANSFER)
    assert "模板检查通过" in dialog.ui.check.text() and "默认模板" in dialog.ui.version.text()
    cursor = dialog.ui.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.ui.text.setTextCursor(cursor)
    type_text(dialog.ui.text, "\n本告知单由{转送单")
    qtbot.waitUntil(lambda: "模板第" in dialog.ui.check.text())
    lines = dialog.ui.text.toPlainText().split("\n")
    assert f"模板第{len(lines)}行：“{{”没有配对的“}}”" in dialog.ui.check.text()
    shot(qtbot, dialog, "letter-templates-error")
    type_text(dialog.ui.text, "位}保存。")
    qtbot.waitUntil(lambda: "模板检查通过" in dialog.ui.check.text())
    dialog.ui.saveButton.click()
    view = letter_settings.current_template(bureau.db, LetterType.TRANSFER)
    assert view.version == 1 and view.text.endswith("本告知单由{转送单位}保存。")
    assert "第1版" in dialog.ui.version.text()
    dialog.ui.placeholders.itemDoubleClicked.emit(dialog.ui.placeholders.item(0))
    assert "{信访人}" in dialog.ui.text.toPlainText()


def test_settings_dialog_shows_errors_beside_fields(qtbot, bureau: Bureau) -> None:  # noqa: F811
    dialog = LetterSettingsDialog(bureau.db, bureau.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.reviewBody.text() == "某市人民政府"
    assert dialog.prefixes[LetterType.REPLY].text() == "某教信复"
    dialog.ui.reviewBody.clear()
    dialog.prefixes[LetterType.REFUSAL].setText("某教〔信〕")
    dialog.submit()
    assert dialog.errors.message("review_body") and dialog.errors.message("prefix.refusal")
    type_text(dialog.ui.reviewBody, "某市人民政府")
    dialog.prefixes[LetterType.REFUSAL].setText("某教信驳")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert letter_settings.letter_settings(bureau.db).prefixes[LetterType.REFUSAL] == "某教信驳"


@pytest.mark.usefixtures("themed")
def test_keys_dialog_shows_the_certificate_and_uploads_a_signature(
    qtbot,
    bureau: Bureau,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from receptionapp.ui.letters import letter_keys_dialog

    dialog = LetterKeysDialog(bureau.db, bureau.admin, bureau.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.ui.certificate.text()
    assert "主题：某市教育局" in text and "本机保存有私钥" in text and "有效期" in text
    assert dialog.ui.sealImage.pixmap() is not None and not dialog.ui.sealImage.pixmap().isNull()
    png = signature_png(tmp_path)
    monkeypatch.setattr(letter_keys_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(png), ""))
    dialog.ui.leader.setCurrentIndex(dialog.ui.leader.findData(bureau.leader.id))
    dialog.ui.signatureButton.click()
    assert dialog.ui.signatures.rowCount() == 1 and dialog.ui.signatures.item(0, 0).text() == "李局长"
    shot(qtbot, dialog, "letter-keys")
    monkeypatch.setattr(letter_keys_dialog.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    before = dialog.ui.certificate.text()
    dialog.ui.createButton.click()
    assert dialog.ui.certificate.text() != before and len(letter_keys.certificates(bureau.db)) == 2


@pytest.mark.usefixtures("themed")
def test_verify_dialog_and_the_menus(qtbot, bureau: Bureau, tmp_path: Path) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    letter_id = draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    save_draft(bureau.db, bureau.office, letter_id, complete_text(get_letter(bureau.db, letter_id).text))
    letter_approval.approve_letter(bureau.db, bureau.leader, bureau.paths, letter_id)
    good = tmp_path / "答复.pdf"
    good.write_bytes(letter_pdf(bureau.db, bureau.paths, letter_id))
    bad = tmp_path / "改过.pdf"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))

    dialog = VerifyDialog(bureau.db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.verify(good)
    assert dialog.ui.verdict.text() == "核验通过" and "某教信复〔2026〕1号" in dialog.ui.result.toPlainText()
    assert dialog.verification is not None and dialog.verification.valid
    # The verification is kept apart from QDialog.result(), which still answers how the dialog ended.
    assert dialog.result() == QDialog.DialogCode.Rejected
    shot(qtbot, dialog, "verify-ok")
    dialog.verify(bad)
    assert dialog.ui.verdict.text() == "核验未通过" and "登记中没有这个文件" in dialog.ui.result.toPlainText()
    assert dialog.verification is not None and not dialog.verification.valid

    admin_window = MainWindow(bureau.db, bureau.paths, bureau.admin)
    qtbot.addWidget(admin_window)
    names = {a.objectName() for a in admin_window.findChildren(type(admin_window.ui.actionAbout))}
    assert {"actionVerifyFile", "actionLetterTemplates", "actionLetterKeys", "actionLetterSettings"} <= names
    titles = [a.text() for a in admin_window.menuBar().actions()]
    assert titles.index("管理(&M)") == titles.index("帮助(&H)") - 1
    office_window = MainWindow(bureau.db, bureau.paths, bureau.office)
    qtbot.addWidget(office_window)
    names = {a.objectName() for a in office_window.findChildren(type(office_window.ui.actionAbout))}
    assert "actionVerifyFile" in names and "actionLetterKeys" not in names


def test_what_each_role_may_do_in_the_panel(qtbot, bureau: Bureau) -> None:  # noqa: F811
    case_id = replied_case(bureau)
    draft_letter(bureau.db, bureau.office, case_id, LetterType.REPLY)
    visible = {}
    for who in ("clerk", "handler", "leader", "office"):
        page = CasePage(bureau.db, getattr(bureau, who), bureau.paths, case_id)
        qtbot.addWidget(page)
        ui = page.letters.ui
        buttons = (
            "draftButton",
            "editButton",
            "approveButton",
            "printButton",
            "serveButton",
            "correctButton",
        )
        visible[who] = {b for b in buttons if not getattr(ui, b).isHidden()}
    assert visible["clerk"] == {"printButton"}
    assert visible["handler"] == set()
    assert visible["leader"] == {"approveButton", "printButton"}
    assert visible["office"] == {"draftButton", "editButton", "printButton", "serveButton", "correctButton"}
