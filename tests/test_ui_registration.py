"""The registration form (登记单) driven as a reception clerk would: type, click, read what it shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox

from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.people import Gender
from receptionapp.domain.registration_draft import input_from_payload
from receptionapp.services import drafts
from receptionapp.services.cases import intake
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.listing import CaseFilter, CaseRow, list_cases
from receptionapp.ui.widgets.registration_form import DRAFT_FORM, RegistrationForm
from tests.conftest import make_registration, type_text

GOOD_ID = "11010519491231002X"  # a woman born 1949-12-31
BAD_ID = "110105194912310021"  # the same with a wrong check character
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def form(qtbot, db, admin, data_paths) -> RegistrationForm:
    widget = RegistrationForm(db, admin, data_paths)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Answer every QMessageBox.question with Yes and record what was asked."""
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return YES

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text} not offered"
    combo.setCurrentIndex(index)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_walk_in(qtbot, form: RegistrationForm, name: str = "张晓梅", id_number: str = GOOD_ID) -> None:
    person = form.petitioner_editors()[0].ui
    type_text(person.name, name)
    qtbot.keyClicks(person.idNumber, id_number)
    qtbot.keyClicks(person.phone, "13812345678")
    choose(form.ui.category, "教育收费")
    choose(form.ui.region, "城东区")
    type_text(form.ui.problem, "学校以资料费名义向学生收取费用，每生三百元。")
    type_text(form.ui.demand, "请求退还违规收取的费用。")


def all_cases(db) -> list[CaseRow]:
    return list_cases(db, CaseFilter())


def test_walk_in_typed_and_saved_appears_in_the_register(qtbot, form, db, data_paths):
    type_walk_in(qtbot, form)
    person = form.petitioner_editors()[0].ui
    assert person.gender.currentText() == "女"  # read from the ID number
    with qtbot.waitSignal(form.saved) as signal:
        click(qtbot, form.ui.saveButton)

    rows = all_cases(db)
    assert len(rows) == 1
    assert rows[0].names == "张晓梅" and rows[0].category == "教育收费" and rows[0].region == "城东区"
    assert signal.args == [rows[0].id, rows[0].number]
    detail = get_case(db, rows[0].id)
    assert detail.petitioners[0].id_number == GOOD_ID
    assert detail.petitioners[0].gender.value == "female"
    assert detail.demand == "请求退还违规收取的费用。"
    # A green confirmation with the number, and an empty form for the next visitor.
    assert form.ui.successLabel.text().startswith(f"已登记：{rows[0].number}")
    assert form.ui.successBox.isVisible()
    assert form.petitioner_editors()[0].ui.name.text() == ""
    assert form.ui.problem.toPlainText() == ""
    assert not form.is_dirty()
    assert drafts.load_draft(db, form.actor, DRAFT_FORM) is None
    with qtbot.waitSignal(form.open_case_requested) as opened:
        click(qtbot, form.ui.openCaseButton)
    assert opened.args == [rows[0].id]


def test_bad_id_number_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, form, db):
    type_walk_in(qtbot, form, id_number=BAD_ID)
    id_field = form.petitioner_editors()[0].ui.idNumber
    qtbot.keyClick(id_field, Qt.Key.Key_Return)  # leaving the field checks it at once
    message = "身份证号校验位不正确，请核对"
    assert form.messages.fields.message("petitioners[0].id_number") == message
    assert form.petitioner_editors()[0].ui.idNumberError.isVisible()

    click(qtbot, form.ui.saveButton)
    assert all_cases(db) == []
    assert form.messages.fields.message("petitioners[0].id_number") == message
    assert form.focusWidget() is id_field
    # Everything typed is still there.
    assert id_field.text() == BAD_ID
    assert form.petitioner_editors()[0].ui.name.text() == "张晓梅"
    assert form.ui.problem.toPlainText().startswith("学校以资料费")

    # Correcting the number clears the message and the case saves.
    id_field.clear()
    qtbot.keyClicks(id_field, GOOD_ID)
    assert form.messages.fields.message("petitioners[0].id_number") == ""
    assert form.save()
    assert len(all_cases(db)) == 1


def test_forwarded_case_shows_and_requires_the_source_fields(qtbot, form, db):
    ui = form.ui
    assert not ui.sourceBody.isVisible() and not ui.sourceRef.isVisible()
    assert ui.headCount.isVisible()
    type_walk_in(qtbot, form)
    choose(ui.channel, "上级转办")
    assert ui.sourceBody.isVisible() and ui.sourceRef.isVisible()
    assert "转办文号" in ui.sourceRefLabel.text()
    assert not ui.headCount.isVisible()

    click(qtbot, ui.saveButton)
    assert all_cases(db) == []
    assert form.messages.fields.message("source_body") == "请填写转办机关"
    assert form.messages.fields.message("source_ref") == "请填写转办文号"
    assert form.focusWidget() in (ui.sourceBody, ui.sourceBody.lineEdit())

    choose(ui.sourceBody, "省教育厅")
    qtbot.keyClicks(ui.sourceRef, "2026-15")
    assert form.save()
    detail = get_case(db, all_cases(db)[0].id)
    assert detail.channel.value == "forwarded" and detail.number.startswith("转办")
    assert (detail.source_body, detail.source_ref) == ("省教育厅", "2026-15")
    assert ui.channel.currentText() == "上级转办"  # the next forwarded case needs no re-choosing


def test_hotline_asks_for_the_work_order_number(qtbot, form):
    choose(form.ui.channel, "12345热线")
    assert "工单编号" in form.ui.sourceRefLabel.text()
    assert form.ui.sourceRef.isVisible() and not form.ui.sourceBody.isVisible()
    click(qtbot, form.ui.saveButton)
    assert form.messages.fields.message("source_ref") == "请填写工单编号"


def test_letter_requires_an_address_and_records_pages(qtbot, form, db):
    ui = form.ui
    choose(ui.channel, "来信")
    assert ui.letterPages.isVisible() and not ui.appointment.isVisible()
    person = form.petitioner_editors()[0].ui
    type_text(person.name, "李四")
    choose(ui.category, "招生考试")
    choose(ui.region, "北山县")
    type_text(ui.problem, "来信反映招生不公。")
    click(qtbot, ui.saveButton)
    assert form.messages.fields.message("petitioners[0].address") == "来信须填写通讯地址，以便书面答复"
    type_text(person.address, "北山县城关镇建设路1号")
    ui.letterPages.setValue(3)
    assert form.save()
    detail = get_case(db, all_cases(db)[0].id)
    assert detail.letter_pages == 3 and detail.petitioners[0].address == "北山县城关镇建设路1号"


def test_second_registration_of_the_same_person_shows_the_history(qtbot, form, db, admin, questions):
    earlier = intake.register_case(db, admin, make_registration())
    history = form.history.ui
    assert history.caseList.count() == 0
    type_walk_in(qtbot, form, name="张晓梅")
    qtbot.waitUntil(lambda: history.caseList.count() == 1, timeout=2000)
    assert history.summary.text() == "重复访：此前已有1件"
    item = history.caseList.item(0)
    assert earlier.number in item.text()
    assert "学校以资料费" in item.text()
    assert item.foreground().color().name() == "#c62828"  # still open: shown in red
    assert "仍在办理中" in history.warning.text()

    with qtbot.waitSignal(form.open_case_requested) as opened:
        # QTest's double click needs the press of a first click before it, as a real mouse sends.
        centre = history.caseList.visualItemRect(item).center()
        qtbot.mouseClick(history.caseList.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(history.caseList.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [earlier.id]

    assert form.save()
    assert len(questions) == 1 and "仍要登记" in questions[0] and earlier.number in questions[0]
    newest = all_cases(db)[0]
    assert newest.id != earlier.id and newest.is_repeat


def test_answering_no_to_the_repeat_warning_saves_nothing(qtbot, form, db, admin, monkeypatch):
    intake.register_case(db, admin, make_registration())
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: NO)
    type_walk_in(qtbot, form)
    click(qtbot, form.ui.saveButton)
    assert len(all_cases(db)) == 1
    assert form.petitioner_editors()[0].ui.name.text() == "张晓梅"


def test_draft_survives_a_crash_and_is_restored_in_a_new_form(qtbot, form, db, admin, data_paths):
    ui = form.ui
    person = form.petitioner_editors()[0].ui
    type_text(person.name, "王喆堃")
    qtbot.keyClicks(person.phone, "0571-87654321")
    type_text(ui.problem, "孩子入学被拒，要求说明理由。")
    choose(ui.channel, "领导接访")
    ui.appointment.setChecked(True)
    qtbot.waitUntil(lambda: drafts.load_draft(db, admin, DRAFT_FORM) is not None, timeout=3000)
    assert "草稿已自动保存" in ui.draftStatus.text()

    # The PC restarts: a new form on the same database.
    again = RegistrationForm(db, admin, data_paths)
    qtbot.addWidget(again)
    assert again.restore_draft_if_any(ask=False)
    restored = again.petitioner_editors()[0].ui
    assert restored.name.text() == "王喆堃"
    assert restored.phone.text() == "0571-87654321"
    assert again.ui.problem.toPlainText() == "孩子入学被拒，要求说明理由。"
    assert again.ui.channel.currentText() == "领导接访" and again.ui.appointment.isChecked()
    assert again.is_dirty()

    again.clear()
    assert drafts.load_draft(db, admin, DRAFT_FORM) is None
    assert not RegistrationForm(db, admin, data_paths).restore_draft_if_any(ask=False)


def test_declining_the_draft_discards_it(qtbot, form, db, admin, data_paths, monkeypatch):
    drafts.save_draft(db, admin, DRAFT_FORM, {"petitioners": [{"name": "赵六"}], "problem": "草稿"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: NO)
    assert not form.restore_draft_if_any(ask=True)
    assert form.petitioner_editors()[0].ui.name.text() == ""
    assert drafts.load_draft(db, admin, DRAFT_FORM) is None


def test_collective_visit_without_representative_is_refused(qtbot, form, db, questions):
    type_walk_in(qtbot, form)
    form.ui.headCount.setValue(6)
    assert form.ui.collectiveHint.text().startswith("集体访")
    click(qtbot, form.ui.saveButton)
    assert all_cases(db) == []
    assert form.messages.fields.message("petitioners") == "集体访须推选3至5名代表，请添加代表并勾选“代表”"
    assert form.ui.petitionersError.isVisible()

    form.petitioner_editors()[0].ui.representative.setChecked(True)
    assert form.messages.fields.message("petitioners") == ""
    assert not form.save()  # one representative: the group elects 3 to 5 (seed 004)
    assert "现只勾选了1人" in form.messages.fields.message("petitioners")
    for i, (name, phone) in enumerate((("李四", "13812345679"), ("王五", "13812345680")), start=1):
        click(qtbot, form.ui.addPetitionerButton)
        person = form.petitioner_editors()[i].ui
        type_text(person.name, name)
        qtbot.keyClicks(person.phone, phone)
        person.representative.setChecked(True)
    assert form.save()
    assert all_cases(db)[0].is_collective


def test_petitioners_can_be_added_and_removed(qtbot, form, db, questions):
    type_walk_in(qtbot, form)
    click(qtbot, form.ui.addPetitionerButton)
    editors = form.petitioner_editors()
    assert len(editors) == 2 and editors[1].ui.title.text() == "信访人 2"
    assert form.ui.headCount.value() == 2
    type_text(editors[1].ui.name, "刘堃")
    qtbot.keyClicks(editors[1].ui.phone, "13900001111")
    assert form.save()
    assert all_cases(db)[0].names == "张晓梅、刘堃"

    click(qtbot, form.ui.addPetitionerButton)
    type_text(form.petitioner_editors()[1].ui.name, "多余")
    click(qtbot, form.petitioner_editors()[1].ui.removeButton)
    assert len(form.petitioner_editors()) == 1
    assert questions and "多余" in questions[-1]
    assert not form.petitioner_editors()[0].ui.removeButton.isEnabled()


def test_rare_characters_in_names_round_trip(qtbot, form, db):
    name = "龚䶮𠇔喆堃"
    type_walk_in(qtbot, form, name=name)
    assert form.petitioner_editors()[0].ui.name.text() == name
    assert form.save()
    assert get_case(db, all_cases(db)[0].id).petitioners[0].name == name


def test_attachments_are_stored_with_the_case(qtbot, form, db, data_paths, tmp_path, monkeypatch):
    scan = tmp_path / "来信扫描.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(scan)], ""))
    click(qtbot, form.attachments.ui.addButton)
    assert form.attachment_paths() == [scan]
    type_walk_in(qtbot, form)
    assert form.save()
    detail = get_case(db, all_cases(db)[0].id)
    assert [a.filename for a in detail.attachments] == ["来信扫描.pdf"]
    assert (data_paths.attachments / detail.attachments[0].stored_name).read_bytes() == scan.read_bytes()
    assert form.attachment_paths() == []


def test_clear_asks_when_something_was_typed(qtbot, form, monkeypatch):
    answers = [NO, YES]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    type_text(form.petitioner_editors()[0].ui.name, "张三")
    click(qtbot, form.ui.clearButton)
    assert form.petitioner_editors()[0].ui.name.text() == "张三"
    click(qtbot, form.ui.clearButton)
    assert form.petitioner_editors()[0].ui.name.text() == ""
    assert answers == []


def test_ctrl_s_saves(qtbot, form, db):
    type_walk_in(qtbot, form)
    form.activateWindow()
    qtbot.waitActive(form)
    form.ui.problem.setFocus()
    qtbot.keyClick(form.ui.problem, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(all_cases(db)) == 1


def test_a_failure_without_a_field_is_shown_in_the_banner(qtbot, form, db, tmp_path):
    scan = tmp_path / "照片.jpg"
    scan.write_bytes(b"jpeg")
    form.add_attachments([scan])
    type_walk_in(qtbot, form)
    scan.unlink()  # the USB stick was pulled out before saving
    click(qtbot, form.ui.saveButton)
    assert all_cases(db) == []
    assert form.ui.banner.isVisible() and "附件不存在" in form.ui.banner.text()
    assert form.petitioner_editors()[0].ui.name.text() == "张晓梅"


def test_tab_moves_through_the_petitioners_in_reading_order(qtbot, form):
    click(qtbot, form.ui.addPetitionerButton)
    first, second = (editor.ui for editor in form.petitioner_editors())
    assert form.focusWidget() is second.name  # ready for the next name
    form.activateWindow()
    qtbot.waitActive(form)
    first.name.setFocus()
    expected = [first.idNumber, first.phone, first.gender, first.address, first.relation]
    expected += [first.representative, first.removeButton, second.name]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget, widget.objectName()


def test_input_round_trips_through_the_payload(qtbot, form):
    person = PetitionerInput(name="张晓梅", gender=Gender.FEMALE, id_number=GOOD_ID, phone="13812345678")
    data = make_registration(
        person=person, head_count=2, note="备注", skipped_level=True, review_request=True
    )
    form.load_input(data)
    form.add_attachments([Path(__file__)])
    payload = form.to_payload()
    assert json.loads(json.dumps(payload)) == payload
    assert input_from_payload(payload) == form.to_input() == data
    assert payload["attachments"] == [str(Path(__file__))]
    assert payload["petitioners"][0]["gender"] == "female"


def test_a_review_request_is_marked_on_the_form(qtbot, form, db, tmp_path):
    type_walk_in(qtbot, form)
    review = form.ui.reviewRequest
    assert review.text() == "复查申请" and "30日" in review.toolTip()
    click(qtbot, review)
    form.grab().save(str(tmp_path / "review_request.png"))
    with qtbot.waitSignal(form.saved):
        click(qtbot, form.ui.saveButton)
    [row] = all_cases(db)
    assert get_case(db, row.id).review_stage.label == "复查"
    assert not form.ui.reviewRequest.isChecked()  # the next visitor starts unmarked
