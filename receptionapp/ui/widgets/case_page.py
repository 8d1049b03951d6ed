"""One case on a page: every field, the petitioners, attachments, their other cases, the timeline.

Registration fields can be corrected here (with optimistic locking: a save
against a version someone else changed is refused and the page reloads);
a mistaken case can be voided. Nothing is ever deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from receptionapp.db.database import Database
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.roles import CAN_MARK_CONFIDENTIAL, CAN_PROCESS, CAN_REGISTER, CAN_VOID
from receptionapp.paths import DataPaths
from receptionapp.services.cases.confidentiality import set_confidential
from receptionapp.services.cases.detail import CaseDetail, get_case
from receptionapp.services.cases.editing import update_case
from receptionapp.services.cases.skipped_level import clear_skipped_level
from receptionapp.services.context import Actor, ConcurrentChange
from receptionapp.services.deadlines.review_window import case_review_window, review_request_window
from receptionapp.services.reference import reference_lists
from receptionapp.ui.dialogs.void_dialog import VoidDialog
from receptionapp.ui.forms.ui_case_page import Ui_CasePage
from receptionapp.ui.letters.letters_panel import ACTION_LABELS as LETTER_ACTION_LABELS
from receptionapp.ui.letters.letters_panel import LettersPanel
from receptionapp.ui.service_call import ReasonDialog, Refused, call_service
from receptionapp.ui.widgets import petition_type_choice
from receptionapp.ui.widgets.choices import set_choices
from receptionapp.ui.widgets.field_errors import FieldErrors
from receptionapp.ui.widgets.key_petitioner_bar import KeyPetitionerBar
from receptionapp.ui.widgets.workflow_panel import WorkflowPanel

ACTION_LABELS = {
    "register": "登记",
    "edit": "修改",
    "void": "作废",
    "instruct": "批示",
    "assign": "交办",
    "reply": "回复",
    "supervise": "督办",
    "supervision_answer": "督办回复",
    "extend": "延期",
    "notice": "告知",
    "complete": "办结",
    "archive": "归档",
    "talk": "接谈",
    "queue": "接访",
    "prereview": "初审",
    "visit": "接访",
    "recompute": "期限重算",
    "clear_skipped_level": "越级访",
    "print": "打印",
    "view": "查看",
    "confidential": "保密",
    "unconfidential": "取消保密",
    "override": "确认",
    "follow_up": "回访",
    "major": "重大快报",
    "major_sent": "快报报送",
    **LETTER_ACTION_LABELS,
}
PEOPLE_COLUMNS = ("姓名", "性别", "身份证号", "联系电话", "地址", "身份", "代表")


class CasePage(QWidget):
    open_case = Signal(int)
    changed = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, paths: DataPaths, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CasePage()
        self.ui.setupUi(self)
        self.db, self.actor, self.paths, self.case_id = db, actor, paths, case_id
        self.detail: CaseDetail | None = None
        lists = reference_lists(db)
        self.ui.category.addItems(lists.categories)
        self.ui.region.addItems(lists.regions)
        petition_type_choice.fill(self.ui.petitionType)
        self.ui.petitionType.currentIndexChanged.connect(
            lambda _i: petition_type_choice.explain(
                self.ui.petitionTypeHint, petition_type_choice.current(self.ui.petitionType)
            )
        )
        self.ui.people.setColumnCount(len(PEOPLE_COLUMNS))
        self.ui.people.setHorizontalHeaderLabels(list(PEOPLE_COLUMNS))
        self.ui.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.people.setEditTriggers(self.ui.people.EditTrigger.NoEditTriggers)
        self.ui.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The splitter takes the spare height, not the one-line banner above it.
        self.ui.verticalLayout.setStretch(self.ui.verticalLayout.indexOf(self.ui.splitter), 1)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.sideLayout.setStretch(1, 1)
        self.ui.sideLayout.setStretch(3, 2)
        self.workflow = WorkflowPanel(db, actor, paths, case_id, self)
        self.ui.detailLayout.insertWidget(2, self.workflow)
        self.workflow.changed.connect(self._workflow_changed)
        self.letters = LettersPanel(db, actor, paths, case_id, self)
        self.letters.step_opener = self.workflow.step_opener  # a letter's missing step opens here
        self.ui.detailLayout.insertWidget(3, self.letters)
        self.letters.changed.connect(self._workflow_changed)
        self.key_bar = KeyPetitionerBar(db, actor, case_id, self)
        self.ui.peopleLayout.addWidget(self.key_bar)
        self.key_bar.changed.connect(self._workflow_changed)
        self.errors = FieldErrors()
        self.errors.register("problem", self.ui.problem, self.ui.problemError)
        self.errors.register("demand", self.ui.demand, self.ui.demandError)
        self.errors.register("note", self.ui.note, self.ui.noteError)
        self.ui.editButton.clicked.connect(lambda: self.set_editing(True))
        self.ui.cancelEditButton.clicked.connect(self.cancel_edit)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.voidButton.clicked.connect(self.void)
        self.ui.confidentialButton.clicked.connect(self.toggle_confidential)
        self.ui.clearSkippedButton.clicked.connect(self.clear_skipped_level)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.otherCases.itemActivated.connect(
            lambda item: self.open_case.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.ui.attachments.itemActivated.connect(self._open_attachment)
        self.reload()

    @property
    def title(self) -> str:
        return self.detail.number if self.detail else "事项"

    def reload(self) -> None:
        self._show(get_case(self.db, self.case_id, self.actor))

    def is_editing(self) -> bool:
        # The fields are writable exactly while an edit is open (isVisible() is False on a hidden tab).
        return not self.ui.problem.isReadOnly()

    def notice_change(self) -> bool:
        """Another PC may have changed this case: show the change, or warn while an edit is open.

        Returns True if the case was different from what the page shows.
        """
        fresh = call_service(
            self,
            "无法刷新",
            lambda _reason: get_case(self.db, self.case_id, self.actor),
            tell=lambda text: self._banner(text, "#9e9e9e"),
        )
        if isinstance(fresh, Refused):
            self.set_editing(False)
            return True
        old = self.detail
        if old is not None and fresh.version == old.version and len(fresh.timeline) == len(old.timeline):
            return False
        last = fresh.timeline[-1] if fresh.timeline else None
        what = f"{last.user}于{last.at:%H:%M}：{last.summary}" if last else "其他人"
        if self.is_editing():
            self._banner(
                f"此事项刚被修改（{what}）。您的修改尚未保存，保存时将提示冲突；可先取消再查看。", "#e65100"
            )
            return True
        self._show(fresh)
        if fresh.status is not CaseStatus.VOIDED:
            self._banner(f"此事项已更新（{what}）", "#1565c0")
        return True

    def _show(self, d: CaseDetail) -> None:
        self.detail = d
        self.ui.number.setText(d.number)
        badge = d.status.label
        color = "#2e7d32" if d.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED) else "#1565c0"
        if d.status is CaseStatus.VOIDED:
            color = "#9e9e9e"
        self.ui.statusBadge.setText(badge)
        self.ui.statusBadge.setStyleSheet(
            f"color: white; background: {color}; padding: 2px 8px; border-radius: 4px;"
        )
        self.ui.confidentialBadge.setVisible(d.confidential)
        self.ui.confidentialBadge.setToolTip(
            "保密事项：信访人身份仅办公室、管理员和经办领导可见，每次查看都记入操作日志"
            + ("。您无权查看信访人身份，已以“（保密）”代替" if d.identity_hidden else "")
        )
        self.ui.confidentialButton.setText("取消保密…" if d.confidential else "标记为保密…")
        petition_type_choice.select(self.ui.petitionType, d.petition_type)
        if d.status is CaseStatus.VOIDED:
            self._banner(f"此事项已于{d.voided_at:%Y-%m-%d %H:%M}作废。原因：{d.void_reason}", "#9e9e9e")
        else:
            self._banner("", "")
        self.ui.channel.setText(d.channel.label + ("（预约）" if d.is_appointment else ""))
        self.ui.received.setText(f"{d.received_at:%Y年%m月%d日 %H:%M}")
        self.ui.registeredBy.setText(f"{d.registered_by}　首问责任人：{d.first_receiver or d.registered_by}")
        source = "；".join(x for x in (d.source_body, d.source_ref and f"文号/工单：{d.source_ref}") if x)
        if d.letter_pages:
            source = "；".join(x for x in (source, f"来信{d.letter_pages}页") if x)
        if d.hotline_limit:
            source = "；".join(x for x in (source, f"12345受理中心时限：{d.hotline_limit:%Y-%m-%d}") if x)
        self.ui.source.setText(source or "—")
        # The lists may have changed; a retired category or region still shows on its old case.
        lists = reference_lists(self.db)
        set_choices(self.ui.category, lists.categories, keep=d.category)
        set_choices(self.ui.region, lists.regions, keep=d.region)
        self.ui.unit.setText(d.unit_name)
        flags = []
        if d.is_collective:
            flags.append(f"集体访（{d.head_count}人）")
        elif d.head_count > 1:
            flags.append(f"{d.head_count}人来访")
        if d.is_repeat:
            flags.append("重复访")
        if d.skipped_level:
            flags.append("越级访")
        elif d.skipped_level_note:
            flags.append(f"已取消越级访标记（{d.skipped_level_note}）")
        if d.review_stage.value != "none":
            flags.append(d.review_stage.label + self._review_request_text(d))
        self.ui.flags.setText("，".join(flags) or "—")
        if d.due_date:
            self.ui.due.setText(
                f"{d.due_date:%Y-%m-%d}" + ("（暂定：该年度节假日安排尚未录入）" if d.due_provisional else "")
            )
        else:
            self.ui.due.setText("—")
        window = case_review_window(self.db, d.id) if not d.status.is_open else None
        if window is not None:
            self.ui.due.setText(self.ui.due.text() + "；" + window.timely_text())
        self.ui.problem.setPlainText(d.problem)
        self.ui.demand.setPlainText(d.demand)
        self.ui.note.setPlainText(d.note)
        self._fill_people(d)
        self.workflow.show_case(d)
        self.letters.show_case(d, self.workflow.state)
        self.ui.attachments.clear()
        for a in d.attachments:
            item = QListWidgetItem(f"{a.filename}（{a.size // 1024 + 1} KB，{a.added_at:%Y-%m-%d}）")
            item.setData(Qt.ItemDataRole.UserRole, a.stored_name)
            item.setData(Qt.ItemDataRole.UserRole + 1, a.sha256)
            item.setToolTip(f"SHA-256：{a.sha256}")
            self.ui.attachments.addItem(item)
        if not d.attachments:
            self.ui.attachments.addItem("（无附件）")
        self.ui.otherCases.clear()
        for other in d.other_cases:
            text = f"{other.number}  {other.received_at:%Y-%m-%d}  {other.status.label}  {other.problem}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            if other.warning:
                item.setForeground(Qt.GlobalColor.red)
                item.setToolTip(other.warning)
            self.ui.otherCases.addItem(item)
        self.ui.otherLabel.setText(f"该信访人的其他事项：{len(d.other_cases)}件（双击打开）")
        self.ui.timeline.clear()
        for entry in d.timeline:
            label = ACTION_LABELS.get(entry.action, entry.action)
            summary = entry.summary if entry.summary.startswith(label) else f"{label}：{entry.summary}"
            item = QTreeWidgetItem([f"{entry.at:%Y-%m-%d %H:%M}", entry.user, summary])
            if entry.details and entry.action == "edit":
                item.setToolTip(2, "\n".join(f"{k}：{v[0]} → {v[1]}" for k, v in entry.details.items()))
            self.ui.timeline.addTopLevelItem(item)
        self.set_editing(False)

    def _review_request_text(self, d: CaseDetail) -> str:
        """A 复查申请's served reply and whether the request came in time."""
        if d.review_served_on is None:
            return ""
        window = review_request_window(self.db, d.review_served_on)
        until = f"，申请期限至{window.until_text}" if window else ""
        late = "，逾期申请" if d.review_late else ""
        return f"（答复{d.review_served_on:%Y-%m-%d}送达{until}{late}）"

    def _workflow_changed(self) -> None:
        self.reload()
        self.changed.emit(self.case_id)

    def _fill_people(self, d: CaseDetail) -> None:
        self.ui.people.setRowCount(len(d.petitioners))
        for row, p in enumerate(d.petitioners):
            values = (
                p.name,
                p.gender.label,
                p.id_number,
                p.phone,
                p.address,
                p.relation.label,
                "是" if p.is_representative else "",
            )
            for column, value in enumerate(values):
                self.ui.people.setItem(row, column, QTableWidgetItem(value))
        self.ui.people.setMaximumHeight(60 + 32 * max(1, len(d.petitioners)))
        self.key_bar.show_people([(p.id, p.name) for p in d.petitioners])

    def _banner(self, text: str, color: str) -> None:
        self.ui.banner.setText(text)
        self.ui.banner.setVisible(bool(text))
        self.ui.banner.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")

    def set_editing(self, on: bool) -> None:
        d = self.detail
        # Closed and archived files are a record: only open matters are corrected.
        editable = (
            d is not None and d.status.is_open and self.actor.role in CAN_REGISTER and not d.identity_hidden
        )
        on = on and editable
        self.ui.petitionType.setEnabled(on)
        self.ui.confidentialButton.setVisible(
            d is not None and d.status is not CaseStatus.VOIDED and self.actor.role in CAN_MARK_CONFIDENTIAL
        )
        for widget in (self.ui.problem, self.ui.demand, self.ui.note):
            widget.setReadOnly(not on)
        self.ui.unit.setReadOnly(not on)
        self.ui.category.setEnabled(on)
        self.ui.region.setEnabled(on)
        self.ui.editButton.setVisible(editable and not on)
        self.ui.saveButton.setVisible(on)
        self.ui.cancelEditButton.setVisible(on)
        self.ui.voidButton.setVisible(d is not None and d.status.is_open and self.actor.role in CAN_VOID)
        self.ui.clearSkippedButton.setVisible(
            d is not None
            and d.skipped_level
            and d.status is not CaseStatus.VOIDED
            and self.actor.role in CAN_PROCESS
        )
        if not on:
            self.errors.clear()

    def cancel_edit(self) -> None:
        self.reload()

    def save(self) -> None:
        assert self.detail is not None
        version = self.detail.version
        changes = {
            "problem": self.ui.problem.toPlainText(),
            "demand": self.ui.demand.toPlainText(),
            "note": self.ui.note.toPlainText(),
            "unit_name": self.ui.unit.text(),
            "category": self.ui.category.currentText(),
            "region": self.ui.region.currentText(),
            "petition_type": petition_type_choice.chosen(self.ui.petitionType),
        }
        saved = call_service(
            self,
            "无法保存",
            lambda _reason: update_case(self.db, self.actor, self.case_id, version, changes),
            errors=self.errors,
            keep=lambda: "\n\n".join(f"{k}：{v}" for k, v in changes.items()),
        )
        if isinstance(saved, Refused):
            if isinstance(saved.error, ConcurrentChange):
                self.reload()
            return
        self.reload()
        self._banner("修改已保存，并记入办理经过。", "#2e7d32")
        self.changed.emit(self.case_id)

    def void(self) -> None:
        assert self.detail is not None
        dialog = VoidDialog(self.db, self.actor, self.case_id, self.detail.number, self)
        if dialog.exec():
            self.reload()
            self.changed.emit(self.case_id)

    def toggle_confidential(self) -> None:
        """The office marks the case confidential, or lifts the mark with a written reason."""
        d = self.detail
        assert d is not None
        lift = d.confidential
        dialog = ReasonDialog(
            self,
            "取消保密" if lift else "标记为保密",
            (
                f"取消{d.number}的保密后，接待员和承办人将能看到信访人的姓名、身份证号、电话和地址，"
                "并能按姓名查到此事项。取消保密须写明理由，记入操作日志。"
                if lift
                else f"标记为保密后，{d.number}的信访人身份只有办公室、管理员和经办领导可见，"
                "其他人看到“（保密）”，每次查看都记入操作日志。"
            ),
            ok_text="取消保密" if lift else "标记为保密",
            placeholder="如：信访人本人同意公开，经办公室主任批准" if lift else "如：涉及举报人人身安全",
            required=lift,
            act=lambda reason: set_confidential(self.db, self.actor, self.case_id, not lift, reason),
        )
        if dialog.exec():
            self.reload()
            self._banner(
                "已取消保密，并记入操作日志。" if lift else "已标记为保密事项，并记入操作日志。", "#2e7d32"
            )
            self.changed.emit(self.case_id)

    def clear_skipped_level(self) -> None:
        """The office finds the visitor did not skip a level: the mark goes, with a written reason."""
        d = self.detail
        assert d is not None
        dialog = ReasonDialog(
            self,
            "取消越级标记",
            f"{d.number}现按越级访统计（转交办理的批示认定信访人未经所属学校或区县教育局处理）。"
            "经核实不属越级访的，写明理由后取消标记，理由记入操作日志；之后再有转交办理的批示也不再标记。",
            ok_text="取消越级标记",
            placeholder="如：信访人已于10月向区教育局反映，附有区局答复",
            act=lambda reason: clear_skipped_level(self.db, self.actor, self.case_id, reason),
        )
        if dialog.exec():
            self.reload()
            self._banner("已取消越级访标记，并记入办理经过。", "#2e7d32")
            self.changed.emit(self.case_id)

    def _open_attachment(self, item: QListWidgetItem) -> None:
        stored = item.data(Qt.ItemDataRole.UserRole)
        if not stored:
            return
        from receptionapp.services.shared_files import FileKind, fetch

        sha = item.data(Qt.ItemDataRole.UserRole + 1)
        # On a shared database another PC may have stored it: it is fetched into this PC's folder.
        path = fetch(self.db, FileKind.ATTACHMENT, self.paths.attachments, stored, sha)
        path = path or self.paths.attachments / stored
        if not path.is_file():
            QMessageBox.warning(self, "附件缺失", f"附件文件不在数据文件夹中：{path}\n请从备份恢复。")
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
