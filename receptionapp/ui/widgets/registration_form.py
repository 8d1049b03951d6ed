"""The registration form (登记单): one screen for every channel, the reception clerk's daily tool.

A thin widget over ``services.cases.intake.register_case``: it collects a
``RegistrationInput``, shows the domain's messages under their fields, looks
up the petitioner's earlier cases while the clerk types (重复访), keeps a
draft a second after every change so a crash loses nothing, and clears itself
for the next visitor once the case is saved.
"""

from __future__ import annotations

import datetime as dt
import logging
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import FORWARDING_BODIES, Channel
from receptionapp.domain.people import COLLECTIVE_VISIT_MIN
from receptionapp.domain.reception import WEEKDAY_LABELS, Booking
from receptionapp.domain.registration_draft import input_from_payload
from receptionapp.domain.registration_draft import to_payload as draft_payload
from receptionapp.domain.roles import CAN_REGISTER
from receptionapp.domain.validation import COLLECTIVE_HINT, validate_registration
from receptionapp.paths import DataPaths
from receptionapp.services.cases.intake import Registered, register_case
from receptionapp.services.context import Actor
from receptionapp.services.drafts import discard_draft, load_draft, save_draft
from receptionapp.services.reception.rota import upcoming_days
from receptionapp.services.reception.visits import add_walk_in, book
from receptionapp.services.reference import reference_lists
from receptionapp.ui.forms.ui_registration_form import Ui_RegistrationForm
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets import petition_type_choice
from receptionapp.ui.widgets.attachment_list import AttachmentList
from receptionapp.ui.widgets.choices import set_choices
from receptionapp.ui.widgets.field_errors import FieldErrors
from receptionapp.ui.widgets.history_panel import HistoryPanel
from receptionapp.ui.widgets.petitioner_editor import REQUIRED_MARK, PetitionerEditor

log = logging.getLogger(__name__)

DRAFT_FORM = "registration"
DRAFT_DELAY_MS = 1000
HOTLINE_BODY = "12345政务服务便民热线"
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
# Payload keys that describe the situation rather than what the clerk typed.
CONTEXT_KEYS = ("version", "channel", "received_at", "received_at_set")
TAB_ORDER_BEFORE_PEOPLE = (
    "channel receivedAt sourceBody sourceRef headCount letterPages appointment receptionDay booking".split()
)
TAB_ORDER_AFTER_PEOPLE = "addPetitionerButton petitionType category region unit problem demand skippedLevel reviewRequest note".split()


class _FormErrors:
    """The form's messages for ``call_service``: beside the fields (the petitioners' too), the rest in the banner."""

    def __init__(self, form: RegistrationForm) -> None:
        self.form = form

    def show(self, errors: dict[str, str]) -> list[str]:
        self.form._put_errors(errors)
        return []

    def focus_first(self, errors: dict[str, str]) -> None:
        self.form._focus_first(errors)


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
        self.errors = FieldErrors()
        self._editors: list[PetitionerEditor] = []
        self._error_widgets: dict[str, QWidget] = {}
        self._errors: dict[str, str] = {}
        self._loading = False
        self._date_touched = False  # the clerk set the received time: keep it
        self._started = False  # something typed since the last reset
        self._has_draft = False
        self._last_saved: int | None = None
        self._pristine: dict[str, Any] = {}

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)
        self.history.bind(db, lambda: [editor.identity() for editor in self._editors])
        self._setup_widgets()
        self._connect_signals()
        self.ui.successBox.hide()
        self._reset(keep_channel=False, keep_date=False)

    # ------------------------------------------------------------ set-up

    def _setup_widgets(self) -> None:
        ui = self.ui
        lists = reference_lists(self.db)
        for channel in Channel:
            ui.channel.addItem(channel.label, channel.value)
        petition_type_choice.fill(ui.petitionType)
        ui.category.addItems(lists.categories)
        ui.region.addItems(lists.regions)
        ui.unit.addItems(lists.units)
        ui.sourceBody.addItems(list(FORWARDING_BODIES))
        for booking in Booking:
            ui.booking.addItem(booking.label, booking.value)
        self.fill_reception_days()
        for combo in (ui.unit, ui.sourceBody):
            # "一中" should find "市第一中学": match anywhere, offer a list.
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.receivedAt.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([900, 340])
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
        )
        for signal, key in edits:
            signal.connect(lambda *_args, k=key: self._field_edited(k))
        ui.headCount.valueChanged.connect(lambda _v: self._update_collective_hint())
        ui.petitionType.currentIndexChanged.connect(
            lambda _i: petition_type_choice.explain(
                ui.petitionTypeHint, petition_type_choice.current(ui.petitionType)
            )
        )
        ui.addPetitionerButton.clicked.connect(self.add_petitioner)
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
        ui = self.ui
        return RegistrationInput(
            channel=self.channel(),
            received_at=ui.receivedAt.dateTime().toPython().replace(second=0, microsecond=0),
            petitioners=[editor.to_input() for editor in self._editors],
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
            note=ui.note.toPlainText(),
        )

    def to_input(self) -> RegistrationInput:
        """What will be registered: fields hidden for the current channel are left out."""
        data = self._raw_input()
        channel = data.channel
        if not channel.is_in_person:
            data.head_count = max(1, len(data.petitioners))
        if channel is not Channel.FORWARDED:
            data.source_body = HOTLINE_BODY if channel is Channel.HOTLINE else ""
        if not channel.needs_source:
            data.source_ref = ""
        if channel is not Channel.LETTER:
            data.letter_pages = None
        if channel is not Channel.LEADER_RECEPTION:
            data.is_appointment = False
        return data

    def load_input(self, data: RegistrationInput) -> None:
        """Show ``data`` in the form; the attachment list is left as it is."""
        ui = self.ui
        self._errors = {}
        self._loading = True
        try:
            ui.channel.setCurrentIndex(max(0, ui.channel.findData(data.channel.value)))
            self._date_touched = data.received_at is not None
            when = data.received_at or dt.datetime.now().replace(second=0, microsecond=0)
            ui.receivedAt.setDateTime(QDateTime(when))
            for editor in self._editors:
                ui.petitionersLayout.removeWidget(editor)
                editor.hide()
                editor.deleteLater()
            self._editors = []
            for person in data.petitioners or [PetitionerInput()]:
                self._add_editor(person)
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
            ui.note.setPlainText(data.note)
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
        editor = self._add_editor(PetitionerInput())
        self._petitioners_changed()
        if self.ui.headCount.value() < len(self._editors):
            self.ui.headCount.setValue(len(self._editors))
        self._on_changed()
        editor.ui.name.setFocus()
        QTimer.singleShot(0, lambda: self.ui.formScroll.ensureWidgetVisible(editor))
        return editor

    def petitioner_editors(self) -> list[PetitionerEditor]:
        return list(self._editors)

    def _add_editor(self, person: PetitionerInput) -> PetitionerEditor:
        editor = PetitionerEditor(self.ui.petitionersContainer)
        editor.load(person)
        self.ui.petitionersLayout.addWidget(editor)
        # At once rather than on the next event loop pass, so the cursor can go there now.
        editor.show()
        self._editors.append(editor)
        editor.changed.connect(self._on_changed)
        editor.identity_changed.connect(self.history.refresh_later)
        editor.edited.connect(lambda attr, e=editor: self._petitioner_edited(e, attr))
        editor.field_checked.connect(
            lambda attr, message, e=editor: self._petitioner_checked(e, attr, message)
        )
        editor.remove_requested.connect(lambda e=editor: self._remove_editor(e))
        return editor

    def _remove_editor(self, editor: PetitionerEditor) -> None:
        if len(self._editors) <= 1 or editor not in self._editors:
            return
        if not editor.is_blank():
            name = editor.ui.name.text().strip() or editor.ui.title.text()
            if QMessageBox.question(self, "移除信访人", f"从登记单移除“{name}”？", YES | NO, NO) != YES:
                return
        self._editors.remove(editor)
        self.ui.petitionersLayout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        # Messages are keyed by position, which has just shifted; saving checks again.
        self._errors = {k: v for k, v in self._errors.items() if not k.startswith("petitioners[")}
        self._petitioners_changed()
        self.history.refresh_later()
        self._on_changed()

    def _petitioners_changed(self) -> None:
        for i, editor in enumerate(self._editors):
            editor.set_position(i, removable=len(self._editors) > 1)
            editor.set_address_required(self.channel() is Channel.LETTER)
        self._register_error_fields()
        self._update_tab_order()
        self._update_collective_hint()

    def _petitioner_edited(self, editor: PetitionerEditor, attr: str) -> None:
        if self._loading or editor not in self._editors:
            return
        if attr == "is_representative":
            self._update_collective_hint()
            self._clear_error("petitioners")
        else:
            self._clear_error(f"petitioners[{self._editors.index(editor)}].{attr}")

    def _petitioner_checked(self, editor: PetitionerEditor, attr: str, message: str) -> None:
        if editor not in self._editors:
            return
        key = f"petitioners[{self._editors.index(editor)}].{attr}"
        if message:
            self._errors[key] = message
        else:
            self._errors.pop(key, None)
        self._show_errors()

    # ------------------------------------------------------------ channel-dependent fields

    def _channel_changed(self) -> None:
        self._apply_channel()
        if self._loading:
            return
        if self._errors:
            # What is required changed with the channel: show what is wrong now.
            self._errors = validate_registration(self.to_input())
            self._show_errors()
        self._on_changed()

    def _apply_channel(self) -> None:
        ui, channel = self.ui, self.channel()
        hotline = channel is Channel.HOTLINE
        rows = (
            (ui.sourceBodyLabel, ui.sourceBody, ui.sourceBodyError, channel is Channel.FORWARDED),
            (ui.sourceRefLabel, ui.sourceRef, ui.sourceRefError, channel.needs_source),
            (ui.headCountLabel, ui.headCountRow, ui.headCountError, channel.is_in_person),
            (ui.letterPagesLabel, ui.letterPages, ui.letterPagesError, channel is Channel.LETTER),
            (
                ui.appointmentLabel,
                ui.appointmentRow,
                ui.receptionDayError,
                channel is Channel.LEADER_RECEPTION,
            ),
        )
        for label, field, error, visible in rows:
            label.setVisible(visible)
            field.setVisible(visible)
            if error is not None and not visible:
                error.hide()
        ui.sourceRefLabel.setText(("工单编号" if hotline else "转办文号") + REQUIRED_MARK)
        ui.sourceRef.setPlaceholderText(
            "12345热线交办单上的工单编号" if hotline else "转办函、交办单的文号，如：省教信转〔2026〕15号"
        )
        ui.demandLabel.setText("诉求" + (REQUIRED_MARK if channel.is_in_person else ""))
        for editor in self._editors:
            editor.set_address_required(channel is Channel.LETTER)
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
        self._editors[0].ui.name.setFocus()

    def _update_booking(self) -> None:
        self.ui.booking.setEnabled(self.ui.appointment.isChecked())

    def _update_collective_hint(self) -> None:
        count = self.ui.headCount.value()
        if count >= COLLECTIVE_VISIT_MIN:
            chosen = sum(editor.ui.representative.isChecked() for editor in self._editors)
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
            ("head_count", ui.headCount, ui.headCountError),
            ("letter_pages", ui.letterPages, ui.letterPagesError),
        ]
        for i, editor in enumerate(self._editors):
            fields += [(f"petitioners[{i}].{attr}", w, label) for attr, w, label in editor.error_fields()]
        fields += [
            ("petitioners", self._editors[0].ui.representative, ui.petitionersError),
            ("petition_type", ui.petitionType, ui.petitionTypeError),
            ("category", ui.category, ui.categoryError),
            ("region", ui.region, ui.regionError),
            ("unit", ui.unit, ui.unitError),
            ("problem", ui.problem, ui.problemError),
            ("demand", ui.demand, ui.demandError),
            ("note", ui.note, ui.noteError),
        ]
        self.errors = FieldErrors()
        self._error_widgets = {}
        for key, widget, label in fields:
            self.errors.register(key, widget, label)
            self._error_widgets[key] = widget
        self._show_errors()

    def _show_errors(self) -> None:
        unplaced = self.errors.show(self._errors)
        self._set_banner("\n".join(unplaced))

    def _clear_error(self, key: str) -> None:
        if key in self._errors:
            del self._errors[key]
            self._show_errors()

    def _fail(self, errors: dict[str, str]) -> None:
        self._put_errors(errors)
        self._focus_first(errors)

    def _put_errors(self, errors: dict[str, str]) -> None:
        self._errors = dict(errors)
        self._show_errors()

    def _focus_first(self, errors: dict[str, str]) -> None:
        first = next((w for k, w in self._error_widgets.items() if k in errors), None)
        if first is not None:
            first.setFocus()
            self.ui.formScroll.ensureWidgetVisible(first)

    def _set_banner(self, text: str) -> None:
        self.ui.banner.setText(text)
        self.ui.banner.setVisible(bool(text))

    # ------------------------------------------------------------ changes and drafts

    def _field_edited(self, key: str) -> None:
        if self._loading:
            return
        self._clear_error(key)
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
        self._draft_timer.start()

    def save_draft_now(self) -> None:
        self._draft_timer.stop()
        try:
            if self.is_dirty():
                save_draft(self.db, self.actor, DRAFT_FORM, self.to_payload())
                self._has_draft = True
                self.ui.draftStatus.setText(f"草稿已自动保存（{dt.datetime.now():%H:%M:%S}）")
            elif self._has_draft:
                self._discard_draft()
        except Exception:
            # Typing must go on even if the database is briefly unavailable.
            log.exception("could not save the registration draft")
            self.ui.draftStatus.setText("草稿未能自动保存，请尽快保存登记")

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        try:
            discard_draft(self.db, self.actor, DRAFT_FORM)
        except Exception:
            log.exception("could not discard the registration draft")
        self._has_draft = False
        self.ui.draftStatus.clear()

    def restore_draft_if_any(self, ask: bool = True) -> bool:
        """Offer back a registration left unsaved (a crash, a power cut); True if restored."""
        try:
            payload = load_draft(self.db, self.actor, DRAFT_FORM)
        except Exception:
            log.exception("could not read the registration draft")
            return False
        if not payload:
            return False
        try:
            data = input_from_payload(payload)
            files = [Path(name) for name in payload.get("attachments") or []]
        except (KeyError, TypeError, ValueError, AttributeError):
            log.exception("unreadable registration draft discarded")
            self._discard_draft()
            return False
        if ask:
            names = "、".join(p.name.strip() for p in data.petitioners if p.name.strip()) or "（未填姓名）"
            question = f"发现未保存的登记草稿，是否恢复？\n\n{data.channel.label}，信访人：{names}"
            if QMessageBox.question(self, "恢复草稿", question, YES | NO, YES) != YES:
                self._discard_draft()
                return False
        self.load_input(data)
        self.attachments.set_paths([path for path in files if path.is_file()])
        missing = [path for path in files if not path.is_file()]
        self._started = self._has_draft = True
        self.ui.draftStatus.setText("已恢复未保存的草稿")
        if missing:
            self._set_banner(
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
        # Check before asking about earlier cases: no question for a form that cannot be saved.
        errors = validate_registration(data)
        if errors:
            self._fail(errors)
            return False
        self.refresh_history(force=True)
        warnings = self.prior_warnings()
        if warnings:
            text = "该信访人此前的事项中：\n\n" + "\n".join(warnings) + "\n\n仍要登记？"
            if QMessageBox.question(self, "重复访提醒", text, YES | NO, NO) != YES:
                return False
        day_id = self.ui.receptionDay.currentData() if data.channel is Channel.LEADER_RECEPTION else None
        result = call_service(
            self,
            "未能保存",
            lambda _reason: self._register(day_id, data),
            errors=_FormErrors(self),
            tell=self._refused,
        )
        if isinstance(result, Refused):
            return False
        self._discard_draft()
        self._show_saved(result, data.channel)
        self._reset(keep_channel=True, keep_date=self._date_touched)
        self._editors[0].ui.name.setFocus()
        self.saved.emit(result.id, result.number)
        return True

    def _register(self, day_id: int | None, data: RegistrationInput) -> Registered:
        if day_id is not None:
            return self._book(day_id, data)
        return register_case(
            self.db,
            self.actor,
            data,
            attachments=self.attachment_paths(),
            attachment_folder=self.paths.attachments,
        )

    def _refused(self, message: str) -> None:
        """A refusal that is about no field: the form's errors go, the reason is shown in the banner."""
        self._errors = {}
        self._show_errors()
        self._set_banner(f"未能保存：{message}")

    def _book(self, day_id: int, data: RegistrationInput) -> Registered:
        """A leader-reception matter joins the chosen day's queue in the same step."""
        common = {"attachments": self.attachment_paths(), "attachment_folder": self.paths.attachments}
        if data.is_appointment:
            booking = Booking(self.ui.booking.currentData())
            booked = book(self.db, self.actor, day_id, data, booking, **common)
        else:
            booked = add_walk_in(self.db, self.actor, day_id, data, **common)
        assert booked.registered is not None
        return booked.registered

    def _show_saved(self, result: Registered, channel: Channel) -> None:
        self._last_saved = result.id
        text = f"已登记：{result.number}" + ("（重复访）" if result.is_repeat else "")
        if result.due_date:
            word = "答复" if channel is Channel.HOTLINE else "受理告知"
            text += f"　　{word}期限：{result.due_date:%Y-%m-%d}"
            if result.due_provisional:
                text += "（暂定：该年度节假日安排尚未录入）"
        self.ui.successLabel.setText(text)
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
        self._discard_draft()
        self.ui.successBox.hide()
        self._reset(keep_channel=True, keep_date=False)

    def _reset(self, keep_channel: bool, keep_date: bool) -> None:
        channel = self.channel() if keep_channel else Channel.VISIT
        when = self.ui.receivedAt.dateTime().toPython() if keep_date else None
        self.load_input(RegistrationInput(channel=channel, received_at=when))
        self.attachments.clear()
        self._started = False
        self._pristine = self._content()
        self._set_banner("")
        self.refresh_history(force=True)

    def _update_tab_order(self) -> None:
        """Reading order, with the petitioner blocks (added at run time) in their place."""
        before = [getattr(self.ui, name) for name in TAB_ORDER_BEFORE_PEOPLE]
        people = [w for editor in self._editors for w in (*editor.focus_chain(), editor.ui.removeButton)]
        after = [getattr(self.ui, name) for name in TAB_ORDER_AFTER_PEOPLE]
        after += [*self.attachments.focus_chain(), self.ui.clearButton, self.ui.saveButton]
        after += self.history.focus_chain()
        for first, second in pairwise([*before, *people, *after]):
            QWidget.setTabOrder(first, second)
