"""The registration form's fields: read into a ``RegistrationInput``, shown from one, laid out per channel.

Plain binding between the Designer form (``ui/registration_form.ui``) and
the domain's input, with no state of its own: the form decides when, this
module knows which widget holds which field and which rows a channel has.
"""

from __future__ import annotations

import datetime as dt
import logging
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QCompleter, QDateEdit, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import FORWARDING_BODIES, Channel
from receptionapp.domain.reception import Booking
from receptionapp.domain.registration_draft import input_from_payload
from receptionapp.services.cases.intake import Registered
from receptionapp.services.deadlines.review_window import review_request_window
from receptionapp.services.reference import ReferenceLists
from receptionapp.ui.dialogs.base import from_qdate, from_qdatetime, to_qdate, to_qdatetime
from receptionapp.ui.forms.ui_registration_form import Ui_RegistrationForm
from receptionapp.ui.widgets import petition_type_choice
from receptionapp.ui.widgets.petitioner_editor import REQUIRED_MARK

log = logging.getLogger(__name__)

TAB_ORDER_BEFORE_PEOPLE = "channel receivedAt sourceBody sourceRef hotlineLimit headCount letterPages appointment receptionDay booking".split()
TAB_ORDER_AFTER_PEOPLE = "addPetitionerButton petitionType category region unit problem demand skippedLevel reviewRequest reviewServedOn note".split()


def prepare_fields(ui: Ui_RegistrationForm, lists: ReferenceLists) -> None:
    """The choices each field offers, and how the lists complete what is typed."""
    for channel in Channel:
        ui.channel.addItem(channel.label, channel.value)
    petition_type_choice.fill(ui.petitionType)
    ui.category.addItems(lists.categories)
    ui.region.addItems(lists.regions)
    ui.unit.addItems(lists.units)
    ui.sourceBody.addItems(list(FORWARDING_BODIES))
    for booking in Booking:
        ui.booking.addItem(booking.label, booking.value)
    for combo in (ui.unit, ui.sourceBody):
        # "一中" should find "市第一中学": match anywhere, offer a list.
        completer = combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    ui.receivedAt.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
    # The earliest date stands for "the centre set no limit" (shown as its special value text).
    for edit in (ui.hotlineLimit, ui.reviewServedOn):
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
    ui.splitter.setStretchFactor(0, 3)
    ui.splitter.setStretchFactor(1, 1)
    ui.splitter.setSizes([900, 340])


NO_DATE = QDate(2000, 1, 1)


def optional_date(edit: QDateEdit) -> dt.date | None:
    """The date shown, or None while it shows its special value ("not set")."""
    return None if edit.date() == edit.minimumDate() else from_qdate(edit.date())


def read_fields(
    ui: Ui_RegistrationForm, channel: Channel, petitioners: list[PetitionerInput]
) -> RegistrationInput:
    """Every field as typed, including those the channel hides."""
    return RegistrationInput(
        channel=channel,
        received_at=from_qdatetime(ui.receivedAt.dateTime()),  # to the minute
        petitioners=petitioners,
        head_count=ui.headCount.value(),
        petition_type=petition_type_choice.chosen(ui.petitionType),
        category=ui.category.currentText(),
        region=ui.region.currentText(),
        unit=ui.unit.currentText(),
        problem=ui.problem.toPlainText(),
        demand=ui.demand.toPlainText(),
        source_body=ui.sourceBody.currentText(),
        source_ref=ui.sourceRef.text(),
        letter_pages=ui.letterPages.value() or None,
        is_appointment=ui.appointment.isChecked(),
        skipped_level=ui.skippedLevel.isChecked(),
        review_request=ui.reviewRequest.isChecked(),
        hotline_limit=optional_date(ui.hotlineLimit),
        review_served_on=optional_date(ui.reviewServedOn),
        note=ui.note.toPlainText(),
    )


def show_fields(ui: Ui_RegistrationForm, data: RegistrationInput) -> None:
    """Every field but the petitioners (their blocks are the form's) from ``data``."""
    ui.channel.setCurrentIndex(max(0, ui.channel.findData(data.channel.value)))
    when = data.received_at or dt.datetime.now().replace(second=0, microsecond=0)
    ui.receivedAt.setDateTime(to_qdatetime(when))
    ui.headCount.setValue(data.head_count)
    petition_type_choice.select(ui.petitionType, data.petition_type)
    ui.category.setCurrentIndex(ui.category.findText(data.category.strip()))
    ui.region.setCurrentIndex(ui.region.findText(data.region.strip()))
    ui.unit.setEditText(data.unit)
    ui.problem.setPlainText(data.problem)
    ui.demand.setPlainText(data.demand)
    ui.sourceBody.setEditText(data.source_body)
    ui.sourceRef.setText(data.source_ref)
    ui.letterPages.setValue(data.letter_pages or 0)
    ui.appointment.setChecked(data.is_appointment)
    ui.skippedLevel.setChecked(data.skipped_level)
    ui.reviewRequest.setChecked(data.review_request)
    ui.hotlineLimit.setDate(to_qdate(data.hotline_limit) if data.hotline_limit else NO_DATE)
    ui.reviewServedOn.setDate(to_qdate(data.review_served_on) if data.review_served_on else NO_DATE)
    ui.note.setPlainText(data.note)


def lay_out_for(ui: Ui_RegistrationForm, channel: Channel) -> None:
    """Show the rows ``channel`` has (转办机关, 文号/工单编号, 人数, 页数, 接访日), hide the others."""
    hotline = channel is Channel.HOTLINE
    rows = (
        (ui.sourceBodyLabel, ui.sourceBody, ui.sourceBodyError, channel is Channel.FORWARDED),
        (ui.sourceRefLabel, ui.sourceRef, ui.sourceRefError, channel.needs_source),
        (ui.headCountLabel, ui.headCountRow, ui.headCountError, channel.is_in_person),
        (ui.letterPagesLabel, ui.letterPages, ui.letterPagesError, channel is Channel.LETTER),
        (ui.appointmentLabel, ui.appointmentRow, ui.receptionDayError, channel is Channel.LEADER_RECEPTION),
        (ui.hotlineLimitLabel, ui.hotlineLimit, ui.hotlineLimitError, hotline),
    )
    for label, field, error, visible in rows:
        label.setVisible(visible)
        field.setVisible(visible)
        if not visible:
            error.hide()
    ui.sourceRefLabel.setText(("工单编号" if hotline else "转办文号") + REQUIRED_MARK)
    ui.sourceRef.setPlaceholderText(
        "12345热线交办单上的工单编号" if hotline else "转办函、交办单的文号，如：省教信转〔2026〕15号"
    )
    ui.demandLabel.setText("诉求" + (REQUIRED_MARK if channel.is_in_person else ""))


def show_review_note(ui: Ui_RegistrationForm, db: Database) -> None:
    """A 复查申请: the served reply's date, and beside it whether the request is in time (it may be
    registered late all the same; the case records it)."""
    asked = ui.reviewRequest.isChecked()
    for widget in (ui.reviewServedOnLabel, ui.reviewServedOn, ui.reviewNote):
        widget.setVisible(asked)
    served_on = optional_date(ui.reviewServedOn)
    window = review_request_window(db, served_on) if asked and served_on else None
    received_on = from_qdatetime(ui.receivedAt.dateTime()).date()
    if window is None or served_on is None or served_on > received_on:
        ui.reviewNote.setText("")
        return
    ui.reviewNote.setText(window.note(received_on))
    late = window.late(received_on)
    ui.reviewNote.setStyleSheet("color: #c62828; font-weight: bold;" if late else "color: #2e7d32;")


def set_tab_order(ui: Ui_RegistrationForm, people: list[QWidget], after_people: list[QWidget]) -> None:
    """Reading order, with the petitioner blocks (added at run time) in their place."""
    before = [getattr(ui, name) for name in TAB_ORDER_BEFORE_PEOPLE]
    after = [getattr(ui, name) for name in TAB_ORDER_AFTER_PEOPLE] + after_people
    for first, second in pairwise([*before, *people, *after]):
        QWidget.setTabOrder(first, second)


def saved_text(result: Registered, channel: Channel) -> str:
    """What the form says once a case is registered: its number, where it went, its first deadline."""
    text = f"已登记：{result.number}" + ("（重复访）" if result.is_repeat else "")
    if result.first_receiver:
        text += f"　　已转首问责任人：{result.first_receiver}"
    if result.due_date:
        word = "答复" if channel is Channel.HOTLINE else "受理告知"
        text += f"　　{word}期限：{result.due_date:%Y-%m-%d}"
        if result.due_provisional:
            text += "（暂定：该年度节假日安排尚未录入）"
    return text


def draft_question(data: RegistrationInput) -> str:
    """The question that offers back a registration left unsaved."""
    names = "、".join(p.name.strip() for p in data.petitioners if p.name.strip()) or "（未填姓名）"
    return f"发现未保存的登记草稿，是否恢复？\n\n{data.channel.label}，信访人：{names}"


def read_draft(payload: dict[str, Any]) -> tuple[RegistrationInput, list[Path]] | None:
    """A saved draft's form and attachment paths; None (logged) for one that cannot be read."""
    try:
        return input_from_payload(payload), [Path(name) for name in payload.get("attachments") or []]
    except (KeyError, TypeError, ValueError, AttributeError):
        log.exception("unreadable registration draft discarded")
        return None
