"""The registration form (登记单): one screen for every channel, the reception clerk's daily tool.

A thin widget over ``services.cases.intake.register_case``: it collects a
``RegistrationInput``, shows the domain's messages under their fields, looks
up the petitioner's earlier cases while the clerk types (重复访), keeps a
draft a second after every change so a crash loses nothing, and clears itself
for the next visitor once the case is saved.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.case import RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.domain.people import COLLECTIVE_VISIT_MIN
from receptionapp.domain.prereview import LateBooking
from receptionapp.domain.reception import WEEKDAY_LABELS, Booking
from receptionapp.domain.registration_draft import to_payload as draft_payload
from receptionapp.domain.roles import CAN_REGISTER
from receptionapp.domain.validation import COLLECTIVE_HINT, validate_registration
from receptionapp.paths import DataPaths
from receptionapp.services.cases.intake import Registered, register_case
from receptionapp.services.context import Actor
from receptionapp.services.reception.rota import upcoming_days
from receptionapp.services.reception.visits import add_walk_in, book
from receptionapp.services.reference import reference_lists
from receptionapp.ui.forms.ui_registration_form import Ui_RegistrationForm
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets import petition_type_choice
from receptionapp.ui.widgets.attachment_list import AttachmentList
from receptionapp.ui.widgets.choices import set_choices
from receptionapp.ui.widgets.form_draft import FormDraft
from receptionapp.ui.widgets.form_messages import FormMessages
from receptionapp.ui.widgets.history_panel import HistoryPanel
from receptionapp.ui.widgets.late_booking import ask_late_booking
from receptionapp.ui.widgets.petitioner_editor import PetitionerEditor
from receptionapp.ui.widgets.petitioner_list import PetitionerList
from receptionapp.ui.widgets.registration_fields import (
    draft_question,
    lay_out_for,
    prepare_fields,
    read_draft,
    read_fields,
    saved_text,
    set_tab_order,
    show_fields,
    show_review_note,
)

DRAFT_FORM = "registration"
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
# Payload keys that describe the situation rather than what the clerk typed.
CONTEXT_KEYS = ("version", "channel", "received_at", "received_at_set")


class RegistrationForm(QWidget):
    saved = Signal(int, str)
    open_case_requested = Signal(int)

    def __init__(self, db: Database, actor: Actor, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistrationForm()
        self.ui.setupUi(self)
        self.db, self.actor, self.paths = db, actor, paths
        self.history: HistoryPanel = self.ui.history
        self.attachments: AttachmentList = self.ui.attachments
        self.messages = FormMessages(self.ui.banner, self.ui.formScroll)
        self.people = PetitionerList(
            self.ui.petitionersContainer, self.ui.petitionersLayout, self.ui.formScroll
        )
        self._loading = False
        self._date_touched = False  # the clerk set the received time: keep it
        self._started = False  # something typed since the last reset
        self._last_saved: int | None = None
        self._pristine: dict[str, Any] = {}

        self.draft = FormDraft(db, actor, DRAFT_FORM, self.ui.draftStatus, self.to_payload, self.is_dirty)
        self.history.bind(db, self.people.identities)
        self._setup_widgets()
        self._connect_signals()
        show_review_note(self.ui, db)
        self.ui.successBox.hide()
        self._reset(keep_channel=False, keep_date=False)

    # ------------------------------------------------------------ set-up

    def _setup_widgets(self) -> None:
        ui = self.ui
        prepare_fields(ui, reference_lists(self.db))
        self.fill_reception_days()
        if self.actor.role not in CAN_REGISTER:
            ui.saveButton.setEnabled(False)
            ui.saveButton.setToolTip(f"当前账号（{self.actor.role.label}）无权登记信访事项")
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.channel.currentIndexChanged.connect(self._channel_changed)
        ui.receivedAt.dateTimeChanged.connect(self._date_changed)
        edits = (
            (ui.sourceBody.currentTextChanged, "source_body"),
            (ui.sourceRef.textChanged, "source_ref"),
            (ui.hotlineLimit.dateChanged, "hotline_limit"),
            (ui.headCount.valueChanged, "head_count"),
            (ui.letterPages.valueChanged, "letter_pages"),
            (ui.petitionType.currentIndexChanged, "petition_type"),
            (ui.category.currentIndexChanged, "category"),
            (ui.region.currentIndexChanged, "region"),
            (ui.unit.currentTextChanged, "unit"),
            (ui.problem.textChanged, "problem"),
            (ui.demand.textChanged, "demand"),
            (ui.note.textChanged, "note"),
            (ui.appointment.toggled, "is_appointment"),
            (ui.skippedLevel.toggled, "skipped_level"),
            (ui.reviewRequest.toggled, "review_request"),
            (ui.reviewServedOn.dateChanged, "review_served_on"),
        )
        for signal, key in edits:
            signal.connect(lambda *_args, k=key: self._field_edited(k))
        ui.headCount.valueChanged.connect(lambda _v: self._update_collective_hint())
        for review_signal in (
            ui.reviewRequest.toggled,
            ui.reviewServedOn.dateChanged,
            ui.receivedAt.dateTimeChanged,
        ):
            review_signal.connect(lambda *_args: show_review_note(ui, self.db))
        ui.petitionType.currentIndexChanged.connect(
            lambda _i: petition_type_choice.explain(
                ui.petitionTypeHint, petition_type_choice.current(ui.petitionType)
            )
        )
        ui.addPetitionerButton.clicked.connect(self.add_petitioner)
        self.people.changed.connect(self._on_changed)
        self.people.identity_changed.connect(self.history.refresh_later)
        self.people.edited.connect(self._petitioner_edited)
        self.people.checked.connect(self._petitioner_checked)
        self.people.removed.connect(self._petitioner_removed)
        ui.appointment.toggled.connect(lambda _on: self._update_booking())
        self.attachments.changed.connect(self._on_changed)
        self.history.case_activated.connect(self.open_case_requested)
        ui.openCaseButton.clicked.connect(self._open_saved_case)
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self._confirm_clear)

    # ------------------------------------------------------------ data in and out

    def channel(self) -> Channel:
        return Channel(self.ui.channel.currentData() or Channel.VISIT)

    def _raw_input(self) -> RegistrationInput:
        """Every field as typed, including those the current channel hides."""
        return read_fields(self.ui, self.channel(), self.people.inputs())

    def to_input(self) -> RegistrationInput:
        """What will be registered: fields hidden for the current channel are left out."""
        return self._raw_input().for_channel()

    def load_input(self, data: RegistrationInput) -> None:
        """Show ``data`` in the form; the attachment list is left as it is."""
        ui = self.ui
        self.messages.current = {}
        self._loading = True
        try:
            self._date_touched = data.received_at is not None
            show_fields(ui, data)
            self.people.load(data.petitioners)
        finally:
            self._loading = False
        petition_type_choice.explain(ui.petitionTypeHint, petition_type_choice.current(ui.petitionType))
        self._petitioners_changed()
        self._apply_channel()
        self.history.refresh_later()

    def to_payload(self) -> dict[str, Any]:
        """The whole form as JSON-able data, for the draft."""
        return draft_payload(
            self._raw_input(), received_at_set=self._date_touched, attachments=self.attachment_paths()
        )

    def _content(self) -> dict[str, Any]:
        payload = self.to_payload()
        for key in CONTEXT_KEYS:
            payload.pop(key, None)
        return payload

    def is_dirty(self) -> bool:
        """Something was typed, chosen or attached since the form was last cleared."""
        return self._content() != self._pristine

    # ------------------------------------------------------------ petitioners

    def add_petitioner(self) -> PetitionerEditor:
        editor = self.people.add()
        self._petitioners_changed()
        if self.ui.headCount.value() < len(self.people.editors()):
            self.ui.headCount.setValue(len(self.people.editors()))
        self._on_changed()
        return editor

    def petitioner_editors(self) -> list[PetitionerEditor]:
        return self.people.editors()

    def _petitioner_removed(self) -> None:
        # Messages are keyed by position, which has just shifted; saving checks again.
        self.messages.drop("petitioners[")
        self._petitioners_changed()

    def _petitioners_changed(self) -> None:
        self.people.arrange(letter=self.channel() is Channel.LETTER)
        self._register_error_fields()
        self._update_tab_order()
        self._update_collective_hint()

    def _petitioner_edited(self, position: int, attr: str) -> None:
        if self._loading:
            return
        if attr == "is_representative":
            self._update_collective_hint()
            self.messages.clear("petitioners")
        else:
            self.messages.clear(f"petitioners[{position}].{attr}")

    def _petitioner_checked(self, position: int, attr: str, message: str) -> None:
        self.messages.set(f"petitioners[{position}].{attr}", message)

    # ------------------------------------------------------------ channel-dependent fields

    def _channel_changed(self) -> None:
        self._apply_channel()
        if self._loading:
            return
        if self.messages.current:
            # What is required changed with the channel: show what is wrong now.
            self.messages.show(validate_registration(self.to_input()))
        self._on_changed()

    def _apply_channel(self) -> None:
        lay_out_for(self.ui, self.channel())
        self.people.arrange(letter=self.channel() is Channel.LETTER)
        self._update_collective_hint()

    def refresh_lists(self) -> None:
        """Offer the categories, regions and units as they are now, keeping what is chosen."""
        lists = reference_lists(self.db)
        set_choices(self.ui.category, lists.categories)
        set_choices(self.ui.region, lists.regions)
        set_choices(self.ui.unit, lists.units)

    def fill_reception_days(self) -> None:
        """The coming reception days on the rota (a leader-reception matter is queued for one)."""
        combo = self.ui.receptionDay
        current = combo.currentData()
        combo.clear()
        combo.addItem("不排入接访日", None)
        for day in upcoming_days(self.db, dt.date.today(), 8):
            if day.cancelled:
                continue
            combo.addItem(
                f"{day.day:%Y-%m-%d} {WEEKDAY_LABELS[day.day.weekday()]} {day.receiving}"
                + ("（调整）" if day.moved else ""),
                day.id,
            )
        combo.setCurrentIndex(max(0, combo.findData(current)))
        if current is None and combo.count() > 1:
            combo.setCurrentIndex(1)
        self._update_booking()

    def prepare_reception(self, day_id: int, appointment: bool = False) -> None:
        """Start a leader-reception registration for that day (a walk-in unless ``appointment``)."""
        self.fill_reception_days()
        self.ui.channel.setCurrentIndex(self.ui.channel.findData(Channel.LEADER_RECEPTION.value))
        self.ui.appointment.setChecked(appointment)
        self.ui.receptionDay.setCurrentIndex(max(0, self.ui.receptionDay.findData(day_id)))
        self.people.first().ui.name.setFocus()

    def _update_booking(self) -> None:
        self.ui.booking.setEnabled(self.ui.appointment.isChecked())

    def _update_collective_hint(self) -> None:
        count = self.ui.headCount.value()
        if count >= COLLECTIVE_VISIT_MIN:
            chosen = self.people.representatives()
            self.ui.collectiveHint.setText(f"集体访：{COLLECTIVE_HINT}（已勾选代表{chosen}人）")
            self.ui.collectiveHint.setStyleSheet("color: #e65100; font-weight: bold;")
        else:
            self.ui.collectiveHint.setText(COLLECTIVE_HINT)
            self.ui.collectiveHint.setStyleSheet("color: #666;")

    # ------------------------------------------------------------ messages under the fields

    def _register_error_fields(self) -> None:
        """Field keys in the order they appear, so the first bad field gets the cursor."""
        ui = self.ui
        fields: list[tuple[str, QWidget, Any]] = [
            ("received_at", ui.receivedAt, ui.receivedAtError),
            ("source_body", ui.sourceBody, ui.sourceBodyError),
            ("source_ref", ui.sourceRef, ui.sourceRefError),
            ("hotline_limit", ui.hotlineLimit, ui.hotlineLimitError),
            ("head_count", ui.headCount, ui.headCountError),
            ("letter_pages", ui.letterPages, ui.letterPagesError),
        ]
        fields += self.people.error_fields()
        fields += [
            ("petitioners", self.people.first().ui.representative, ui.petitionersError),
            ("petition_type", ui.petitionType, ui.petitionTypeError),
            ("category", ui.category, ui.categoryError),
            ("region", ui.region, ui.regionError),
            ("unit", ui.unit, ui.unitError),
            ("problem", ui.problem, ui.problemError),
            ("demand", ui.demand, ui.demandError),
            ("review_served_on", ui.reviewServedOn, ui.reviewServedOnError),
            ("note", ui.note, ui.noteError),
        ]
        self.messages.register(fields)

    # ------------------------------------------------------------ changes and drafts

    def _field_edited(self, key: str) -> None:
        if self._loading:
            return
        self.messages.clear(key)
        self._on_changed()

    def _date_changed(self) -> None:
        if self._loading:
            return
        self._date_touched = True
        self._field_edited("received_at")

    def _on_changed(self) -> None:
        if self._loading:
            return
        if not self._started:
            self._started = True
            if not self._date_touched:
                # The visitor arrived when the clerk began typing, not when the form was last cleared.
                self.ui.receivedAt.blockSignals(True)
                self.ui.receivedAt.setDateTime(QDateTime.currentDateTime())
                self.ui.receivedAt.blockSignals(False)
        self.draft.later()

    def save_draft_now(self) -> None:
        self.draft.save_now()

    def restore_draft_if_any(self, ask: bool = True) -> bool:
        """Offer back a registration left unsaved (a crash, a power cut); True if restored."""
        payload = self.draft.load()
        if not payload:
            return False
        read = read_draft(payload)
        if read is None:
            self.draft.discard()
            return False
        data, files = read
        if ask:
            if QMessageBox.question(self, "恢复草稿", draft_question(data), YES | NO, YES) != YES:
                self.draft.discard()
                return False
        self.load_input(data)
        self.attachments.set_paths([path for path in files if path.is_file()])
        missing = [path for path in files if not path.is_file()]
        self._started = True
        self.draft.restored()
        if missing:
            self.messages.banner(
                "以下附件已不在原位置，未能恢复，请重新添加：" + "、".join(str(p) for p in missing)
            )
        return True

    # ------------------------------------------------------------ attachments and earlier cases

    def attachment_paths(self) -> list[Path]:
        return self.attachments.paths()

    def add_attachments(self, paths: list[Path]) -> None:
        self.attachments.add(paths)

    def refresh_history(self, force: bool = False) -> None:
        """Look up the earlier cases of everyone on the form (重复访)."""
        self.history.refresh(force)

    def prior_warnings(self) -> list[str]:
        return self.history.warnings()

    # ------------------------------------------------------------ save and clear

    def save(self) -> bool:
        """Register the case; False (with the reasons shown) when nothing was saved."""
        data = self.to_input()
        data.first_receiver_id = self.history.chosen_receiver()  # 首问负责制: unless named, the person's own
        # Check before asking about earlier cases: no question for a form that cannot be saved.
        errors = validate_registration(data)
        if errors:
            self.messages.show(errors)
            self.messages.focus_first(errors)
            return False
        self.refresh_history(force=True)
        warnings = self.prior_warnings()
        if warnings:
            text = "该信访人此前的事项中：\n\n" + "\n".join(warnings) + "\n\n仍要登记？"
            if QMessageBox.question(self, "重复访提醒", text, YES | NO, NO) != YES:
                return False
        day_id = self.ui.receptionDay.currentData() if data.channel is Channel.LEADER_RECEPTION else None
        late = ask_late_booking(self, self.db, day_id) if day_id is not None and data.is_appointment else None
        if isinstance(late, Refused):
            return False
        result = call_service(
            self,
            "未能保存",
            lambda _reason: self._register(day_id, data, late),
            errors=self.messages,
            tell=self._refused,
        )
        if isinstance(result, Refused):
            return False
        self.draft.discard()
        self._show_saved(result, data.channel)
        self._reset(keep_channel=True, keep_date=self._date_touched)
        self.people.first().ui.name.setFocus()
        self.saved.emit(result.id, result.number)
        return True

    def _register(
        self, day_id: int | None, data: RegistrationInput, late: LateBooking | None = None
    ) -> Registered:
        """A leader-reception matter (``day_id``) joins the chosen day's queue in the same step."""
        files, folder = self.attachment_paths(), self.paths.attachments
        if day_id is None:
            return register_case(self.db, self.actor, data, attachments=files, attachment_folder=folder)
        if data.is_appointment:
            booking = Booking(self.ui.booking.currentData())
            booked = book(
                self.db,
                self.actor,
                day_id,
                data,
                booking,
                attachments=files,
                attachment_folder=folder,
                late=late,
            )
        else:
            booked = add_walk_in(
                self.db, self.actor, day_id, data, attachments=files, attachment_folder=folder
            )
        assert booked.registered is not None
        return booked.registered

    def _refused(self, message: str) -> None:
        """A refusal that is about no field: the form's errors go, the reason is shown in the banner."""
        self.messages.show({})
        self.messages.banner(f"未能保存：{message}")

    def _show_saved(self, result: Registered, channel: Channel) -> None:
        self._last_saved = result.id
        self.ui.successLabel.setText(saved_text(result, channel))
        self.ui.successBox.show()

    def _open_saved_case(self) -> None:
        if self._last_saved is not None:
            self.open_case_requested.emit(self._last_saved)

    def _confirm_clear(self) -> None:
        if self.is_dirty():
            question = "清空后，已填写的内容将不再保留。确定清空登记单？"
            if QMessageBox.question(self, "清空登记单", question, YES | NO, NO) != YES:
                return
        self.clear()

    def clear(self) -> None:
        """An empty form for the next visitor; the channel stays, the draft goes."""
        self.draft.discard()
        self.ui.successBox.hide()
        self._reset(keep_channel=True, keep_date=False)

    def _reset(self, keep_channel: bool, keep_date: bool) -> None:
        channel = self.channel() if keep_channel else Channel.VISIT
        when = self._raw_input().received_at if keep_date else None
        self.load_input(RegistrationInput(channel=channel, received_at=when))
        self.attachments.clear()
        self.history.reset_receiver()
        self._started = False
        self._pristine = self._content()
        self.messages.banner("")
        self.refresh_history(force=True)

    def _update_tab_order(self) -> None:
        after = [*self.attachments.focus_chain(), self.ui.clearButton, self.ui.saveButton]
        set_tab_order(self.ui, self.people.focus_chain(), after + self.history.focus_chain())
