"""The one error path (``ui.service_call``): each kind of refusal, and every form going through it.

The first tests drive ``call_service`` itself: a warning asks for a reason
and runs the call again with it, field messages go beside their fields and
the rest into one box, a concurrent change keeps the typed text, any other
refusal is one box or the form's own message line. Then a new rule is
played through every form dialog of the app: its service is made to raise
a new warning (NeedsConfirmation) or a new field message (ValidationFailed)
and the reason prompt or the message beside the field must appear, with the
dialog left open. Last, a static check that no module of ``receptionapp.ui``
catches a service's error outside the one path.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

import receptionapp.ui
from receptionapp.documents.templates import LetterType
from receptionapp.domain.channels import Channel
from receptionapp.domain.workflow import Route
from receptionapp.services import context
from receptionapp.services.admin import setup, users
from receptionapp.services.cases import confidentiality, intake
from receptionapp.services.cases import key_petitioners as keys
from receptionapp.services.cases.detail import get_case
from receptionapp.services.context import (
    ConcurrentChange,
    NeedsConfirmation,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from receptionapp.services.deadlines import board
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters import service as letter_service
from receptionapp.services.letters import settings as letter_settings
from receptionapp.services.letters.drafting import draft_letter
from receptionapp.services.letters.records import case_letters
from receptionapp.services.reception import rota
from receptionapp.services.workflow.handling import handling
from receptionapp.services.workflow.instruction import instruct
from receptionapp.services.workflow.notices import NoticeChoice
from receptionapp.ui import service_call, tasks
from receptionapp.ui.admin import aftercare_settings_dialog, password_dialog, setup_dialog, user_edit_dialog
from receptionapp.ui.admin.schedule_dialog import ScheduleDialog
from receptionapp.ui.admin.thresholds_dialog import ThresholdsDialog
from receptionapp.ui.dialogs import (
    aftercare_dialogs,
    assign_dialog,
    complete_dialog,
    conversation_dialog,
    instruct_dialog,
    prereview_dialog,
    reply_dialog,
    supervise_dialog,
    void_dialog,
)
from receptionapp.ui.dialogs.key_petitioner_dialogs import KeyMarkDialog
from receptionapp.ui.dialogs.rota_plan_dialog import RotaPlanDialog
from receptionapp.ui.letters import letter_approve, letter_editor
from receptionapp.ui.letters.letter_service_dialog import LetterServiceDialog
from receptionapp.ui.letters.letter_settings_dialog import LetterSettingsDialog
from receptionapp.ui.service_call import KEPT_NOTE, ReasonDialog, Refused, call_service
from receptionapp.ui.widgets.field_errors import FieldErrors
from tests.conftest import make_registration

WARNING = "（新规则）该单位本月已交办三次，请说明理由"
REASON = "经分管领导同意，继续办理"


class Boxes:
    """Stands in for the message boxes and the reason prompt: records what the person would have read."""

    def __init__(self, monkeypatch, reason: str | None = REASON) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.asked: list[list[str]] = []
        self.reason = reason
        monkeypatch.setattr(
            QMessageBox, "warning", lambda _p, title, text, *a: self.warnings.append((title, text))
        )
        monkeypatch.setattr(service_call, "ask_confirmation", self._ask)

    def _ask(self, _parent, warnings: list[str]) -> str | None:
        self.asked.append(list(warnings))
        return self.reason

    @property
    def texts(self) -> list[str]:
        return [text for _title, text in self.warnings]


class Form(QWidget):
    """A small form: two fields with their error lines."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        for key in ("name", "phone"):
            edit, label = QLineEdit(self), QLabel(self)
            layout.addWidget(edit)
            layout.addWidget(label)
            self.errors.register(key, edit, label)
            self.edits[key] = edit


@pytest.fixture
def form(qtbot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


class Service:
    """A service stand-in: raises what it is told to, and records the reasons it was given."""

    def __init__(self, *errors: ServiceError, result: Any = "done") -> None:
        self.errors = list(errors)
        self.reasons: list[str] = []
        self.result = result

    def __call__(self, *_args: Any, confirm_reason: str = "", **_kwargs: Any) -> Any:
        self.reasons.append(confirm_reason)
        if self.errors:
            error = self.errors.pop(0)
            if not (isinstance(error, NeedsConfirmation) and confirm_reason):
                raise error
        return self.result


# ------------------------------------------------------------ call_service, one kind of refusal at a time


def test_a_warning_asks_for_the_reason_and_runs_the_call_again_with_it(monkeypatch, form) -> None:
    boxes = Boxes(monkeypatch)
    service = Service(NeedsConfirmation([WARNING]), NeedsConfirmation([WARNING]))
    result = call_service(form, "无法交办", lambda reason: service(confirm_reason=reason), errors=form.errors)
    assert result == "done"
    assert boxes.asked == [[WARNING]] and service.reasons == ["", REASON]
    assert boxes.warnings == []


def test_stepping_back_from_the_warning_changes_nothing(monkeypatch, form) -> None:
    boxes = Boxes(monkeypatch, reason=None)
    service = Service(NeedsConfirmation([WARNING]))
    form.edits["name"].setText("张晓梅")
    result = call_service(form, "无法交办", lambda reason: service(confirm_reason=reason))
    assert isinstance(result, Refused) and isinstance(result.error, NeedsConfirmation)
    assert service.reasons == [""] and boxes.warnings == []
    assert form.edits["name"].text() == "张晓梅"


def test_a_call_that_does_not_pass_the_reason_on_is_not_asked_twice(monkeypatch, form) -> None:
    boxes = Boxes(monkeypatch)
    service = Service(
        NeedsConfirmation([WARNING]), NeedsConfirmation([WARNING]), NeedsConfirmation([WARNING])
    )
    result = call_service(form, "无法保存", lambda _reason: service())
    assert isinstance(result, Refused)
    assert boxes.asked == [[WARNING]] and service.reasons == ["", ""]
    assert boxes.warnings == [("无法保存", WARNING)]


def test_field_messages_go_beside_their_fields_the_cursor_to_the_first_the_rest_in_one_box(
    monkeypatch, form
) -> None:
    boxes = Boxes(monkeypatch)
    form.edits["name"].setText("张晓梅")
    form.edits["phone"].setText("138")
    failure = ValidationFailed(
        {"phone": "电话号码应为11位", "unit": "请选择承办单位", "on": "日期不能晚于今天"}
    )
    result = call_service(form, "无法保存", lambda _reason: Service(failure)(), errors=form.errors)
    assert isinstance(result, Refused) and result.error is failure
    assert form.errors.message("phone") == "电话号码应为11位" and form.errors.message("name") == ""
    assert QApplication.focusWidget() is form.edits["phone"]
    assert boxes.warnings == [("无法保存", "请选择承办单位\n日期不能晚于今天")]
    assert (
        form.edits["name"].text() == "张晓梅" and form.edits["phone"].text() == "138"
    )  # nothing typed is lost


def test_a_change_made_meanwhile_keeps_the_typed_text_on_the_clipboard(monkeypatch, form) -> None:
    boxes = Boxes(monkeypatch)
    conflict = ConcurrentChange("此事项已被接待员甲于10:05修改了：诉求")
    result = call_service(
        form,
        "无法保存",
        lambda _reason: Service(conflict)(),
        errors=form.errors,
        keep=lambda: "诉求：我的修改",
    )
    assert isinstance(result, Refused) and result.error is conflict
    assert QApplication.clipboard().text() == "诉求：我的修改"
    assert boxes.warnings == [("其他人已修改", f"{conflict}\n\n{KEPT_NOTE}")]


@pytest.mark.parametrize(
    "error",
    [PermissionDenied("当前账号（接待员）无权交办"), NotFound("事项不存在"), ServiceError("数据库忙")],
)
def test_any_other_refusal_is_one_box_with_the_services_sentence(monkeypatch, form, error) -> None:
    boxes = Boxes(monkeypatch)
    result = call_service(form, "无法交办", lambda _reason: Service(error)(), errors=form.errors)
    assert isinstance(result, Refused) and result.error is error
    assert boxes.warnings == [("无法交办", str(error))]
    assert form.errors.message("name") == ""


def test_a_form_with_a_message_line_of_its_own_gets_the_refusal_there(monkeypatch, form) -> None:
    boxes = Boxes(monkeypatch)
    told: list[str] = []
    call_service(
        form, "无法登录", lambda _reason: Service(PermissionDenied("账号已停用"))(), tell=told.append
    )
    call_service(
        form,
        "无法保存",
        lambda _reason: Service(ValidationFailed({"phone": "电话号码应为11位", "x": "另一处"}))(),
        errors=form.errors,
        tell=told.append,
    )
    assert told == ["账号已停用", "另一处"] and boxes.warnings == []
    assert form.errors.message("phone") == "电话号码应为11位"


def test_background_work_shows_a_refusal_as_the_one_path_does(monkeypatch, form) -> None:
    boxes = Boxes(monkeypatch)
    tasks.show_failure(form, ConcurrentChange("已被他人修改"), "导出未完成")
    tasks.show_failure(form, ValidationFailed({"a": "第一处", "b": "第二处"}), "导入未完成")
    assert boxes.warnings == [("其他人已修改", "已被他人修改"), ("导入未完成", "第一处\n第二处")]
    assert tasks.failure_message(PermissionDenied("无权导出")) == "无权导出"


# ------------------------------------------------------------ a new rule, played through every form dialog


@dataclass
class Env:
    db: Any
    paths: Any
    admin: Any
    people: dict[str, Any]
    case_id: int
    number: str
    letter_id: int

    @property
    def office(self) -> Any:
        return self.people["office"]


@pytest.fixture
def env(db, data_paths, admin, people) -> Env:
    registered = intake.register_case(db, people["office"], make_registration(received_at=dt.datetime.now()))
    instruct(db, people["leader"], registered.id, Route.ACCEPT, "请基础教育处调查核实。", on=dt.date.today())
    letter_id = draft_letter(db, people["office"], registered.id, LetterType.ACCEPTANCE)
    return Env(db, data_paths, admin, people, registered.id, registered.number, letter_id)


@dataclass(frozen=True)
class Entry:
    """A form dialog: how to open it and fill what its own checks ask, and the service its OK calls."""

    dialog: type[QDialog]
    make: Callable[[Env], QDialog]
    service: tuple[ModuleType, str]
    forwards_reason: bool = False  # the service takes a confirmation reason (回避 and the like)


def _assign(e: Env) -> QDialog:
    dialog = assign_dialog.AssignDialog(e.db, e.office, e.case_id)
    dialog.ui.unit.setCurrentIndex(1)
    return dialog


def _instruct(e: Env) -> QDialog:
    dialog = instruct_dialog.InstructDialog(e.db, e.office, e.case_id, e.number)
    dialog.routes.button(Route.ACCEPT.number).setChecked(True)
    return dialog


def _extend(e: Env) -> QDialog:
    return supervise_dialog.ExtendDialog(e.db, e.office, handling(e.db, e.case_id, e.office).open_obligations)


def _letter_service(e: Env) -> QDialog:
    row = case_letters(e.db, e.case_id, e.office)[0]
    signed = replace(row, status="final", doc_number="〔2026〕1号", letter_date=dt.date.today())
    return LetterServiceDialog(e.db, e.office, signed)


def _key_mark(e: Env) -> QDialog:
    person = get_case(e.db, e.case_id, e.office).petitioners[0]
    return KeyMarkDialog(e.db, e.office, [(person.id, person.name)], case_id=e.case_id)


def _setup(e: Env) -> QDialog:
    dialog = setup_dialog.SetupDialog(e.db, e.paths)
    for edit, text in (
        (dialog.ui.bureauName, "某市教育局"),
        (dialog.ui.username, "admin2"),
        (dialog.ui.displayName, "管理员"),
        (dialog.ui.password, "secret123"),
        (dialog.ui.password2, "secret123"),
    ):
        edit.setText(text)
    return dialog


def _reason(e: Env) -> QDialog:
    dialog = ReasonDialog(
        None,
        "标记为保密",
        "标记为保密后，信访人身份只有办公室、管理员和经办领导可见。",
        act=lambda reason: confidentiality.set_confidential(e.db, e.office, e.case_id, True, reason),
    )
    dialog.ui.reason.setPlainText("涉及举报人人身安全")
    return dialog


def _aftercare(e: Env, *, marked: bool = False) -> Any:
    from receptionapp.services.workflow.aftercare import MajorView, aftercare

    state = aftercare(e.db, e.case_id, e.office)
    if marked:
        state.major = MajorView(
            frozenset(), "有极端言行", "情绪激动", 1, dt.datetime.now(), "办公室", None, "", ""
        )
    return state


def _prereview(e: Env) -> QDialog:
    from receptionapp.domain.reception import Booking, PreReview, VisitState
    from receptionapp.services.reception.visits import QueueEntry

    entry = QueueEntry(
        *(1, e.case_id, e.number, "张晓梅", "", 1, False, False, False, 0, "教育收费", "收费", "退费"),
        *(True, Booking.PHONE, PreReview.PENDING, "", VisitState.WAITING, 1, None),
    )
    return prereview_dialog.PrereviewDialog(e.db, e.office, entry)


FORMS: dict[str, Entry] = {
    "交办": Entry(assign_dialog.AssignDialog, _assign, (assign_dialog, "assign"), forwards_reason=True),
    "批示": Entry(
        instruct_dialog.InstructDialog, _instruct, (instruct_dialog, "instruct"), forwards_reason=True
    ),
    "接谈": Entry(
        conversation_dialog.ConversationDialog,
        lambda e: conversation_dialog.ConversationDialog(e.db, e.office, e.case_id, statement="反映收费问题"),
        (conversation_dialog, "record_conversation"),
        forwards_reason=True,
    ),
    "办结": Entry(
        complete_dialog.CompleteDialog,
        lambda e: complete_dialog.CompleteDialog(e.db, e.office, e.case_id, Channel.VISIT, Route.ACCEPT),
        (complete_dialog.closing, "complete"),
    ),
    "回复": Entry(
        reply_dialog.ReplyDialog,
        lambda e: reply_dialog.ReplyDialog(e.db, e.office, []),
        (reply_dialog, "record_reply"),
    ),
    "告知": Entry(
        reply_dialog.NoticeDialog,
        lambda e: reply_dialog.NoticeDialog(
            e.db, e.office, e.case_id, [NoticeChoice("accept", "受理告知单")]
        ),
        (reply_dialog, "record_notice"),
    ),
    "督办": Entry(
        supervise_dialog.SuperviseDialog,
        lambda e: supervise_dialog.SuperviseDialog(
            e.db, e.office, e.case_id, handling(e.db, e.case_id, e.office).open_obligations
        ),
        (supervise_dialog, "supervise"),
    ),
    "延期": Entry(supervise_dialog.ExtendDialog, _extend, (supervise_dialog, "extend")),
    "初审": Entry(prereview_dialog.PrereviewDialog, _prereview, (prereview_dialog, "prereview")),
    "作废": Entry(
        void_dialog.VoidDialog,
        lambda e: void_dialog.VoidDialog(e.db, e.office, e.case_id, e.number),
        (void_dialog, "void_case"),
    ),
    "编辑草稿": Entry(
        letter_editor.LetterEditorDialog,
        lambda e: letter_editor.LetterEditorDialog(e.db, e.office, e.paths, e.letter_id),
        (letter_editor, "save_draft"),
    ),
    "审批签发": Entry(
        letter_approve.LetterApproveDialog,
        lambda e: letter_approve.LetterApproveDialog(e.db, e.people["leader"], e.paths, e.letter_id),
        (letter_approval, "approve_letter"),
    ),
    "登记送达": Entry(LetterServiceDialog, _letter_service, (letter_service, "record_service")),
    "文书设置": Entry(
        LetterSettingsDialog,
        lambda e: LetterSettingsDialog(e.db, e.admin),
        (letter_settings, "save_settings"),
    ),
    "修改密码": Entry(
        password_dialog.PasswordDialog,
        lambda e: password_dialog.PasswordDialog(e.db, e.office),
        (users, "change_own_password"),
    ),
    "新建账号": Entry(
        user_edit_dialog.UserEditDialog,
        lambda e: user_edit_dialog.UserEditDialog(e.db, e.admin),
        (users, "create_user"),
    ),
    "督办提醒设置": Entry(
        ThresholdsDialog, lambda e: ThresholdsDialog(e.db, e.admin), (board, "save_thresholds")
    ),
    "接访日设置": Entry(ScheduleDialog, lambda e: ScheduleDialog(e.db, e.admin), (rota, "save_schedule")),
    "排班": Entry(RotaPlanDialog, lambda e: RotaPlanDialog(e.db, e.office), (rota, "plan_days")),
    "重点信访人": Entry(KeyMarkDialog, _key_mark, (keys, "mark")),
    "首次设置": Entry(setup_dialog.SetupDialog, _setup, (setup, "initialize")),
    "理由": Entry(ReasonDialog, _reason, (confidentiality, "set_confidential")),
    "回访": Entry(
        aftercare_dialogs.FollowUpDialog,
        lambda e: aftercare_dialogs.FollowUpDialog(e.db, e.office, e.case_id, _aftercare(e)),
        (aftercare_dialogs, "record_follow_up"),
    ),
    "标记重大": Entry(
        aftercare_dialogs.MajorDialog,
        lambda e: aftercare_dialogs.MajorDialog(e.db, e.office, e.case_id, _aftercare(e)),
        (aftercare_dialogs.major, "mark_major"),
    ),
    "快报报送": Entry(
        aftercare_dialogs.MajorSentDialog,
        lambda e: aftercare_dialogs.MajorSentDialog(e.db, e.office, e.case_id, _aftercare(e, marked=True)),
        (aftercare_dialogs.major, "record_sent"),
    ),
    "回访与快报设置": Entry(
        aftercare_settings_dialog.AftercareSettingsDialog,
        lambda e: aftercare_settings_dialog.AftercareSettingsDialog(e.db, e.admin),
        (aftercare_settings_dialog, "save_settings"),
    ),
}


def _open(qtbot, monkeypatch, env: Env, entry: Entry, service: Service) -> QDialog:
    module, name = entry.service
    monkeypatch.setattr(module, name, service)
    dialog = entry.make(env)
    assert type(dialog) is entry.dialog
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("name", FORMS)
def test_a_new_rule_of_a_service_is_met_the_same_way_in_every_form(qtbot, monkeypatch, env, name) -> None:
    entry = FORMS[name]
    boxes = Boxes(monkeypatch)
    service = Service()
    dialog = _open(qtbot, monkeypatch, env, entry, service)
    errors: FieldErrors = dialog.errors  # type: ignore[attr-defined]

    # A new field rule: its message beside the field, the cursor there, the rest in one box.
    key = next(
        (k for k in errors.keys() if (w := errors.widget(k)) is not None and w.isVisibleTo(dialog)), None
    )
    service.errors = [
        ValidationFailed({key or "text": "（新规则）此项不符合要求", "elsewhere": "（新规则）另有一处"})
    ]
    dialog.submit()  # what OK does
    if key is None:  # a dialog without fields of its own (签发): every message in the one box
        assert boxes.texts == ["（新规则）此项不符合要求\n（新规则）另有一处"]
    else:
        assert errors.message(key) == "（新规则）此项不符合要求"
        assert dialog.focusWidget() is errors.widget(key)
        assert boxes.texts == ["（新规则）另有一处"]
    assert dialog.result() != QDialog.DialogCode.Accepted

    # A new warning: the reason prompt shows it, and the call runs again once a reason is given.
    boxes.warnings.clear()
    service.errors, service.reasons = [NeedsConfirmation([WARNING]), NeedsConfirmation([WARNING])], []
    service.result = None
    dialog.submit()
    assert boxes.asked == [[WARNING]]
    assert len(service.reasons) == 2
    if entry.forwards_reason:
        assert service.reasons == ["", REASON] and dialog.result() == QDialog.DialogCode.Accepted
        assert boxes.warnings == []
    else:  # its service takes no reason (yet): the person is told so, the dialog stays open
        assert boxes.texts == [WARNING] and dialog.result() != QDialog.DialogCode.Accepted


# Dialogs with a submit of their own that are not played through above, and why.
NOT_PLAYED = {"LoginDialog": "no fields: a refusal goes to its message line (tell=), see test_ui_safety"}


def test_every_form_dialog_of_the_ui_is_played_through_here() -> None:
    """A new ServiceDialog, or a dialog with a submit of its own, must join FORMS above."""
    import importlib
    import pkgutil

    from receptionapp.ui.dialogs.base import ServiceDialog

    for module in pkgutil.walk_packages(receptionapp.ui.__path__, "receptionapp.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo = list(QDialog.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if (
            cls.__module__.startswith("receptionapp.ui.")
            and "submit" in dir(cls)
            and cls is not ServiceDialog
        ):
            found.add(cls)
    played = {entry.dialog for entry in FORMS.values()}
    missing = {cls.__name__ for cls in found - played} - set(NOT_PLAYED)
    assert not missing, sorted(missing)


# ------------------------------------------------------------ nobody else catches a service's error


def _service_errors() -> set[str]:
    """The names of ServiceError and every subclass the services define."""
    import importlib
    import pkgutil

    import receptionapp.services

    for module in pkgutil.walk_packages(receptionapp.services.__path__, "receptionapp.services."):
        importlib.import_module(module.name)
    names, todo = set(), [context.ServiceError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def test_no_module_of_the_ui_catches_a_services_error_outside_the_one_path() -> None:
    errors = _service_errors()
    assert {"ServiceError", "ValidationFailed", "NeedsConfirmation", "LoginFailed"} <= errors
    root = Path(receptionapp.ui.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if "forms" in path.parts or path.name == "service_call.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            caught = []
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                caught = [n for n in ast.walk(node.type) if isinstance(n, ast.Name | ast.Attribute)]
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "isinstance"
                and len(node.args) == 2
            ):
                caught = [n for n in ast.walk(node.args[1]) if isinstance(n, ast.Name | ast.Attribute)]
                caught = [
                    n
                    for n in caught
                    if (getattr(n, "id", None) or getattr(n, "attr", None)) == "ServiceError"
                ]
            for name in caught:
                if (getattr(name, "id", None) or getattr(name, "attr", None)) in errors:
                    found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert found == [], "catch a service's error through ui.service_call.call_service: " + ", ".join(found)
