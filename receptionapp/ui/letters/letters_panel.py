"""The case page's 书面答复与告知 panel: the case's letters, and drafting, approving, printing and serving them.

The office drafts (起草… offers the five letter types, the ones the case's
批示 calls for first), edits, prints, records service and starts corrections;
a leader approves and signs; everyone who may print opens the PDF. Buttons
follow the selected letter and the user's role; the services check again.
A letter the case cannot fill yet names the missing step (录入批示, 交办,
延期 …) and offers to open it: the case page lends the 办理 panel's dialogs
(``step_opener``), the admin's 文书设置 opens from here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QMenu,
    QTableWidgetItem,
    QWidget,
)

from receptionapp.db.database import Database
from receptionapp.documents.templates import LetterType
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_ADMINISTER, CAN_APPROVE, CAN_PROCESS
from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import Route
from receptionapp.paths import DataPaths
from receptionapp.services.cases.detail import CaseDetail
from receptionapp.services.context import Actor, MissingStep
from receptionapp.services.letters import approval as letter_approval
from receptionapp.services.letters.drafting import correct_letter, draft_letter
from receptionapp.services.letters.records import DRAFT, LetterRow, case_letters
from receptionapp.services.letters.rendering import letter_pdf
from receptionapp.services.workflow.handling import Handling
from receptionapp.ui import printing
from receptionapp.ui.forms.ui_letters_panel import Ui_LettersPanel
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.pdf_preview import busy

COLUMNS = ("文书", "版本", "状态", "发文字号", "成文日期", "审批人", "送达")
# The notice a route's written-notice deadline calls for.
INTAKE_NOTICE = {
    Route.ACCEPT: LetterType.ACCEPTANCE,
    Route.TRANSFER: LetterType.TRANSFER,
    Route.NOT_ACCEPT: LetterType.REFUSAL,
}
# Timeline labels of the letter actions (the case page shows "label：summary" unless the summary starts with it).
ACTION_LABELS = {
    "letter_draft": "起草",
    "letter_edit": "修改",
    "letter_approve": "审批签发",
    "letter_sign": "数字签名",
    "letter_print": "打印",
    "letter_serve": "送达",
    "letter_correct": "更正",
}
GREY = QColor("#757575")


def suggested(state: Handling) -> list[LetterType]:
    """The letters the case waits for now: the reply once the units answered, the notices still due."""
    due = {o.kind for o in state.open_obligations}
    kinds: list[LetterType] = []
    if state.status is CaseStatus.REPLIED:
        kinds.append(LetterType.REPLY)
    if ObligationKind.EXTENSION_NOTICE in due:
        kinds.append(LetterType.EXTENSION)
    notice = INTAKE_NOTICE.get(state.route) if state.route else None
    if state.route is Route.FINAL and not state.assignments:
        notice = LetterType.REFUSAL  # 复核终结 and implemented: not accepted again (code 04)
    if ObligationKind.INTAKE_NOTICE in due and notice is not None:
        kinds.append(notice)
    return kinds


class LettersPanel(QGroupBox):
    changed = Signal()

    def __init__(
        self, db: Database, actor: Actor, paths: DataPaths, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LettersPanel()
        self.ui.setupUi(self)
        self.db, self.actor, self.paths, self.case_id = db, actor, paths, case_id
        self.rows: list[LetterRow] = []
        self.detail: CaseDetail | None = None
        # What opens a workflow step's dialog on the case page (the 办理 panel's), set by the page.
        self.step_opener: Callable[[str], Callable[[], object] | None] | None = None
        table = self.ui.letters
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.setSelectionMode(table.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.open_default())
        self.draft_menu = QMenu(self)
        self.ui.draftButton.setMenu(self.draft_menu)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.printButton.clicked.connect(self.print_letter)
        self.ui.openButton.clicked.connect(self.open_letter)
        self.ui.serveButton.clicked.connect(self.serve)
        self.ui.correctButton.clicked.connect(self.correct)
        can_process = actor.role in CAN_PROCESS
        self.ui.draftButton.setVisible(can_process)
        self.ui.editButton.setVisible(can_process)
        self.ui.serveButton.setVisible(can_process)
        self.ui.correctButton.setVisible(can_process)
        self.ui.approveButton.setVisible(actor.role in CAN_APPROVE)
        can_print = actor.role in letter_approval.CAN_PRINT
        self.ui.printButton.setVisible(can_print)
        self.ui.openButton.setVisible(can_print)

    # ------------------------------------------------------------ showing

    def show_case(self, detail: CaseDetail, state: Handling | None = None) -> None:
        self.detail = detail
        self._fill_menu(suggested(state) if state else [])
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.selected()
        keep = select_id or (current.id if current else None)
        self.rows = case_letters(self.db, self.case_id, self.actor)
        table = self.ui.letters
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            values = (
                row.kind.label,
                f"第{row.version}版",
                row.status_text,
                row.doc_number or "—",
                f"{row.letter_date:%Y-%m-%d}" if row.letter_date else "—",
                row.approved_by or "—",
                row.service.text if row.service else "—",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.superseded_by:
                    item.setForeground(GREY)
                if row.verification_code:
                    item.setToolTip(f"核验码：{row.verification_code}\nSHA-256：{row.sha256}")
                table.setItem(index, column, item)
        table.setMaximumHeight(34 + 30 * max(2, len(self.rows)))
        target = next((i for i, r in enumerate(self.rows) if r.id == keep), len(self.rows) - 1)
        if target >= 0:
            table.selectRow(target)
        self.ui.hint.setText(self._hint())
        self._update_buttons()

    def _fill_menu(self, first: list[LetterType]) -> None:
        self.draft_menu.clear()
        for kind in [*first, *(k for k in LetterType if k not in first)]:
            action = QAction(kind.label + ("（建议）" if kind in first else ""), self.draft_menu)
            action.setData(kind.value)
            action.triggered.connect(lambda _checked=False, k=kind: self.draft(k))
            self.draft_menu.addAction(action)

    def _hint(self) -> str:
        if not self.rows:
            return "尚无书面答复或告知。点“起草…”按模板从案件生成草稿，领导审批签发后打印送达。"
        waiting = [r for r in self.rows if r.status == DRAFT]
        unserved = [r for r in self.rows if r.final and not r.service and not r.superseded_by]
        parts = []
        if waiting:
            parts.append("待领导审批：" + "、".join(r.kind.label for r in waiting))
        if unserved:
            parts.append("已签发待送达：" + "、".join(f"{r.kind.label}{r.doc_number}" for r in unserved))
        return "；".join(parts) + "。" if parts else "文书均已签发并登记送达。"

    def selected(self) -> LetterRow | None:
        items = self.ui.letters.selectedItems()
        if not items:
            return None
        letter_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == letter_id), None)

    def _update_buttons(self) -> None:
        row = self.selected()
        draft = row is not None and row.status == DRAFT
        current_final = row is not None and row.final and not row.superseded_by
        self.ui.editButton.setEnabled(draft)
        self.ui.approveButton.setEnabled(draft)
        self.ui.printButton.setEnabled(row is not None)
        self.ui.openButton.setEnabled(row is not None)
        self.ui.serveButton.setEnabled(current_final and row is not None and row.service is None)
        self.ui.correctButton.setEnabled(current_final)

    # ------------------------------------------------------------ actions

    def _changed(self, select_id: int | None = None, message: str = "") -> None:
        self.reload(select_id)
        self.changed.emit()
        bar = getattr(self.window(), "statusBar", None)
        if message and callable(bar):
            bar().showMessage(message, 10_000)

    def draft(self, kind: LetterType) -> None:
        letter_id = call_service(
            self,
            f"无法起草{kind.label}",
            lambda _reason: draft_letter(self.db, self.actor, self.case_id, kind),
            go=lambda step: self.opener(step, kind),
        )
        if isinstance(letter_id, Refused):
            return
        self._changed(letter_id)
        self.edit()

    def opener(self, step: str, kind: LetterType) -> Callable[[], object] | None:
        """What opens ``step`` (a ``MissingStep`` key) of drafting ``kind`` for this user now; None when
        they cannot take it."""
        if step == MissingStep.LETTER_SETTINGS:
            return self._letter_settings if self.actor.role in CAN_ADMINISTER else None
        if step == MissingStep.LETTER_TEMPLATES:
            return (lambda: self._letter_template(kind)) if self.actor.role in CAN_ADMINISTER else None
        return self.step_opener(step) if self.step_opener is not None else None

    def _letter_settings(self) -> None:
        from receptionapp.ui.letters.letter_settings_dialog import LetterSettingsDialog

        LetterSettingsDialog(self.db, self.actor, self).exec()

    def _letter_template(self, kind: LetterType) -> None:
        from receptionapp.ui.letters.letter_templates_dialog import LetterTemplatesDialog

        LetterTemplatesDialog(self.db, self.actor, self, kind=kind).exec()

    def edit(self) -> None:
        from receptionapp.ui.letters.letter_editor import LetterEditorDialog

        row = self.selected()
        if row is None or row.status != DRAFT:
            return
        dialog = LetterEditorDialog(self.db, self.actor, self.paths, row.id, self)
        if dialog.exec():
            self._changed(row.id, "草稿已保存")

    def approve(self) -> None:
        from receptionapp.ui.letters.letter_approve import LetterApproveDialog

        row = self.selected()
        if row is None or row.status != DRAFT:
            return
        dialog = LetterApproveDialog(self.db, self.actor, self.paths, row.id, self)
        if dialog.exec() and dialog.outcome is not None:
            self._changed(row.id, f"已签发{dialog.outcome.doc_number}")

    def _pdf(self, row: LetterRow) -> bytes | None:
        def render(_reason: str) -> bytes:
            with busy():
                return letter_pdf(self.db, self.paths, row.id, actor=self.actor)

        data = call_service(self, "无法生成文书", render)
        return None if isinstance(data, Refused) else data

    def _title(self, row: LetterRow) -> str:
        case = self.detail.number if self.detail else ""
        return f"{row.kind.label} {row.doc_number or f'{case} 草稿第{row.version}版'}"

    def print_letter(self) -> None:
        row = self.selected()
        if row is None:
            return
        data = self._pdf(row)
        if data is None:
            return
        pages = printing.print_pdf(data, self._title(row), self)
        if pages:
            call_service(
                self,
                "打印未记录",
                lambda _reason: letter_approval.record_print(self.db, self.actor, row.id, pages),
            )
            self._changed(row.id, f"已打印{pages}页")

    def open_letter(self) -> None:
        row = self.selected()
        data = self._pdf(row) if row else None
        if row is not None and data is not None:
            title, root = self._title(row), self.paths.root
            call_service(self, "无法保存PDF", lambda _reason: printing.open_pdf(root, title, data))

    def open_default(self) -> None:
        row = self.selected()
        if row is not None and row.status == DRAFT and self.actor.role in CAN_PROCESS:
            self.edit()
        elif self.actor.role in letter_approval.CAN_PRINT:
            self.open_letter()

    def serve(self) -> None:
        from receptionapp.ui.letters.letter_service_dialog import LetterServiceDialog

        row = self.selected()
        if row is None:
            return
        dialog = LetterServiceDialog(self.db, self.actor, row, self)
        if dialog.exec():
            settled = "，对应的告知期限已完成" if dialog.settled else ""
            self._changed(row.id, f"已登记送达{settled}")

    def correct(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            "更正文书",
            f"更正{row.kind.label}{row.doc_number}：原文书保留，新建一个版本重新审批签发。\n更正原因：",
        )
        if not ok:
            return
        letter_id = call_service(
            self, "无法更正", lambda _reason: correct_letter(self.db, self.actor, row.id, reason)
        )
        if isinstance(letter_id, Refused):
            return
        self._changed(letter_id, "已新建更正版本")
        self.edit()
