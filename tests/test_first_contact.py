"""首问负责制 (seed 004 四(三)): the first staff member who received a visitor is recorded on the case
and the 登记单, and a later contact of the same person is routed to them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from receptionapp.db.models import AuditEntry
from receptionapp.domain.case import PetitionerInput
from receptionapp.domain.first_contact import EarlierContact, first_receiver, responsible
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.intake import register_case
from receptionapp.services.context import ValidationFailed
from receptionapp.services.papers.catalog import load_record
from receptionapp.services.papers.forms import registration_sheet
from receptionapp.ui.widgets.registration_form import RegistrationForm
from tests.conftest import make_registration, type_text
from tests.uikit import choose

ID = "11010519491231002X"


def test_the_person_goes_back_to_whoever_received_them_first() -> None:
    clerk, office, gone = 5, 3, 9
    earlier = [EarlierContact(office, clerk), EarlierContact(None, clerk)]
    assert responsible(earlier, {clerk, office}) == office  # the first case's receiver
    assert responsible([EarlierContact(gone, clerk), EarlierContact(None, clerk)], {clerk}) == clerk
    assert responsible([], {clerk}) is None
    assert first_receiver(chosen=None, routed=office, clerk=clerk) == office
    assert first_receiver(chosen=None, routed=None, clerk=clerk) == clerk
    assert first_receiver(chosen=clerk, routed=office, clerk=clerk) == clerk  # named otherwise


def test_a_later_contact_by_id_number_is_routed_to_the_first_receiver(db, people) -> None:
    clerk, office = people["clerk"], people["office"]
    first = register_case(db, clerk, make_registration(first_receiver_id=office.id))
    assert get_case(db, first.id, office).first_receiver == office.display_name
    # The same ID number, another name spelling and phone: still the same person.
    again = register_case(
        db,
        clerk,
        make_registration(
            person=PetitionerInput(name="张晓梅", id_number=ID, phone="13900000000"),
            received_at=dt.datetime(2026, 11, 19, 9, 0),
        ),
    )
    assert again.first_receiver == office.display_name
    assert get_case(db, again.id, office).first_receiver == office.display_name
    with db.read() as session:
        summary = session.scalar(
            select(AuditEntry.summary).where(AuditEntry.case_id == again.id, AuditEntry.action == "register")
        )
    assert summary.endswith(f"首问责任人：{office.display_name}")
    sheet = registration_sheet(load_record(db, again.id, office))
    assert any(f"首问责任人：{office.display_name}" in str(row) for row in sheet.rows)
    # Someone new is the clerk's own; a handler of a unit cannot be named.
    other = register_case(
        db, clerk, make_registration(person=PetitionerInput(name="王堃", phone="13912345678"))
    )
    assert other.first_receiver == "" and get_case(db, other.id, office).first_receiver == clerk.display_name
    with pytest.raises(ValidationFailed) as refused:
        register_case(db, clerk, make_registration(first_receiver_id=people["handler"].id))
    assert "首问责任人" in refused.value.errors["first_receiver"]


def test_the_clerk_sees_the_first_receiver_while_typing(qtbot, db, data_paths, people, monkeypatch) -> None:
    clerk, office = people["clerk"], people["office"]
    register_case(db, clerk, make_registration(first_receiver_id=office.id))
    form = RegistrationForm(db, clerk, data_paths)
    qtbot.addWidget(form)
    editor = form.petitioner_editors()[0].ui
    type_text(editor.name, "张晓梅")
    type_text(editor.idNumber, ID)
    form.refresh_history(force=True)
    assert form.history.ui.firstReceiverInfo.text().startswith(f"首问责任人：{office.display_name}")
    type_text(editor.phone, "13812345678")
    choose(form.ui.category, "教育收费")
    choose(form.ui.region, "城东区")
    type_text(form.ui.problem, "学校以资料费名义向学生收取费用，每生三百元。")
    type_text(form.ui.demand, "请求退还违规收取的费用。")
    # The earlier case is shown as a 重复访 warning: the clerk registers anyway.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert f"已转首问责任人：{office.display_name}" in form.ui.successLabel.text()
    assert get_case(db, saved.args[0], office).first_receiver == office.display_name
