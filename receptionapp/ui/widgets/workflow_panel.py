"""The case page's 办理 panel: the next step, the deadlines, the forms, and the buttons for each action.

Only the actions the case's state and the user's role allow are shown
(``services.workflow.handling``); each opens its dialog, and the page reloads after
a change so the timeline and the deadlines are current.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QHeaderView, QMessageBox, QPushButton, QTableWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.case import CaseStatus
from receptionapp.domain.deadlines import PROVISIONAL_RULE
from receptionapp.domain.roles import CAN_PROCESS
from receptionapp.domain.rules import OFFICE_KINDS
from receptionapp.domain.workflow import Action, ObligationStatus, Route
from receptionapp.paths import DataPaths
from receptionapp.services.cases.detail import CaseDetail
from receptionapp.services.context import Actor
from receptionapp.services.workflow import closing
from receptionapp.services.workflow.aftercare import Aftercare, aftercare
from receptionapp.services.workflow.handling import Handling, handling
from receptionapp.services.workflow.notices import NoticeChoice, notice_choices
from receptionapp.ui.forms.ui_workflow_panel import Ui_WorkflowPanel
from receptionapp.ui.service_call import Refused, call_service
from receptionapp.ui.widgets.aftercare_text import aftercare_hint, aftercare_html
from receptionapp.ui.widgets.paper_menu import PaperMenu

DEADLINE_COLUMNS = ("期限事项", "承办单位", "起算日", "到期日", "状态")
OVERDUE = QColor("#c62828")
SOON = QColor("#ef6c00")


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class WorkflowPanel(QGroupBox):
    changed = Signal()

    def __init__(
        self, db: Database, actor: Actor, paths: DataPaths, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkflowPanel()
        self.ui.setupUi(self)
        self.db, self.actor, self.paths, self.case_id = db, actor, paths, case_id
        self.detail: CaseDetail | None = None
        self.state: Handling | None = None
        table = self.ui.deadlines
        table.setColumnCount(len(DEADLINE_COLUMNS))
        table.setHorizontalHeaderLabels(list(DEADLINE_COLUMNS))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        self.buttons = {
            Action.RECORD_TALK: self.ui.talkButton,
            Action.INSTRUCT: self.ui.instructButton,
            Action.ASSIGN: self.ui.assignButton,
            Action.RECORD_REPLY: self.ui.replyButton,
            Action.SUPERVISE: self.ui.superviseButton,
            Action.EXTEND: self.ui.extendButton,
            Action.COMPLETE: self.ui.completeButton,
            Action.ARCHIVE: self.ui.archiveButton,
        }
        self.ui.talkButton.clicked.connect(self.record_talk)
        self.ui.instructButton.clicked.connect(self.instruct)
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.replyButton.clicked.connect(self.record_reply)
        self.ui.superviseButton.clicked.connect(lambda: self.supervise())
        self.ui.extendButton.clicked.connect(self.extend)
        self.ui.noticeButton.clicked.connect(self.notice)
        self.ui.completeButton.clicked.connect(self.complete)
        self.ui.archiveButton.clicked.connect(self.archive)
        # 回访 and 快报: not steps of the matter's workflow, so beside them, before 打印.
        self.followUpButton = QPushButton("回访…", self)
        self.followUpButton.setObjectName("followUpButton")
        self.majorButton = QPushButton("标记重大…", self)
        self.majorButton.setObjectName("majorButton")
        self.majorButton.setToolTip("标记为重大信访事项，当日报送重大信访信息快报")
        self.majorSentButton = QPushButton("快报已报送…", self)
        self.majorSentButton.setObjectName("majorSentButton")
        row = self.ui.actionsRow
        for button in (self.followUpButton, self.majorButton, self.majorSentButton):
            row.insertWidget(row.indexOf(self.ui.printButton), button)
            button.setVisible(False)
        self.followUpButton.clicked.connect(self.follow_up)
        self.majorButton.clicked.connect(self.mark_major)
        self.majorSentButton.clicked.connect(self.record_major_sent)
        self.after: Aftercare | None = None
        self.papers = PaperMenu(db, actor, paths, case_id, self)
        self.papers.printed.connect(self.changed)
        self.ui.printButton.setMenu(self.papers)
        self.ui.printButton.setVisible(False)

    # ------------------------------------------------------------ showing

    def show_case(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.state = state = handling(self.db, self.case_id, self.actor)
        for action, button in self.buttons.items():
            button.setVisible(action in state.actions)
        self.ui.noticeButton.setVisible(bool(self.notice_choices()) and self.actor.role in CAN_PROCESS)
        self.ui.printButton.setVisible(True)  # every case has at least its 登记单
        self.after = after = aftercare(self.db, self.case_id, self.actor)
        self.followUpButton.setVisible(after.can_follow_up)
        self.majorButton.setVisible(after.can_mark_major)
        self.majorSentButton.setVisible(after.can_record_sent)
        self.ui.hint.setText(self.next_step(state) + aftercare_hint(after, state))
        self._fill_deadlines(state)
        self.ui.record.setHtml(self.record_html(state) + aftercare_html(after))

    def step_opener(self, step: str) -> Callable[[], object] | None:
        """The dialog of ``step`` (an ``Action`` value) when the case's state and the user allow it now."""
        try:
            action = Action(step)
        except ValueError:
            return None
        if self.state is None or action not in self.state.actions:
            return None
        return {
            Action.RECORD_TALK: self.record_talk,
            Action.INSTRUCT: self.instruct,
            Action.ASSIGN: self.assign,
            Action.RECORD_REPLY: self.record_reply,
            Action.EXTEND: self.extend,
        }.get(action)

    def notice_choices(self) -> list[NoticeChoice]:
        if self.state is None:
            return []
        return notice_choices(self.state.route, self.state.open_obligations)

    def next_step(self, state: Handling) -> str:
        route = state.route
        if state.status is CaseStatus.VOIDED:
            return "该事项已作废。"
        if state.status is CaseStatus.ARCHIVED and state.completion:
            return f"已归档，档案号：{state.completion.archive_number}。"
        if state.status is CaseStatus.CLOSED and state.completion:
            return (
                f"已于{state.completion.closed_on:%Y年%m月%d日}办结"
                + {True: "（按期）", False: "（超期）", None: ""}[state.completion.on_time]
                + "，可归档。"
            )
        if route is None:
            return "下一步：领导批示，按五种处理方式之一决定如何办理。"
        if state.status is CaseStatus.REGISTERED:
            if route is Route.NOT_ACCEPT:
                return "已批示不予受理：发出不予受理告知单后办结。"
            if route is Route.FINAL and not state.assignments:
                return "已批示复核终结：复查意见已落实的可直接办结，未落实的交办督促落实。"
            return f"已批示（{route.label}）：下一步交办承办单位。"
        if state.status is CaseStatus.IN_PROGRESS:
            waiting = state.open_assignments
            units = "、".join(a.unit for a in waiting)
            first = min(a.due_date for a in waiting) if waiting else None
            return f"办理中：等待{units}回复" + (f"，最近期限{first:%Y-%m-%d}。" if first else "。")
        if state.status is CaseStatus.REPLIED:
            return "承办单位已回复：答复信访人（答复意见书）并登记送达后办结。"
        return ""

    def _fill_deadlines(self, state: Handling) -> None:
        table = self.ui.deadlines
        table.setRowCount(len(state.obligations))
        for row, o in enumerate(state.obligations):
            values = (
                o.label,
                o.unit,
                f"{o.start_date:%Y-%m-%d}",
                f"{o.due_date:%Y-%m-%d}" + ("（暂定）" if o.provisional else ""),
                o.when_text + (f"（已延期{o.extension_days}日）" if o.extension_days else ""),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, o.id)
                if o.status == ObligationStatus.OPEN and o.days_left is not None:
                    if o.days_left < 0:
                        item.setForeground(OVERDUE)
                    elif o.days_left <= 3:
                        item.setForeground(SOON)
                elif o.status != ObligationStatus.OPEN:
                    item.setForeground(QColor("#757575"))
                tip = f"依据：{o.rule}"
                if o.provisional:
                    tip += f"\n该年度节假日安排尚未录入，期限按{PROVISIONAL_RULE}暂定；录入后自动重算。"
                item.setToolTip(tip)
                table.setItem(row, column, item)
        table.setMaximumHeight(34 + 30 * max(1, len(state.obligations)))

    def record_html(self, state: Handling) -> str:
        parts: list[str] = []
        for c in state.conversations:
            ended = f"—{c.ended_at:%H:%M}" if c.ended_at else ""
            parts.append(
                f"<p><b>接谈记录</b>　{c.started_at:%Y-%m-%d %H:%M}{ended}　接谈领导：{_e(c.leader)}"
                + (f"　参加：{_e(c.attendees)}" if c.attendees else "")
                + f"<br>来访人陈述：{_e(c.statement)}"
                + (f"<br>领导答复：{_e(c.response)}" if c.response else "")
                + "</p>"
            )
        for i in state.instructions:
            extra = f"（理由：{_e(i.refusal)}）" if i.refusal else ""
            if i.authority:
                extra += f"（有权处理机关：{_e(i.authority)}）"
            parts.append(
                f"<p><b>领导批示</b>　{i.on:%Y-%m-%d}　{_e(i.leader)}　"
                f"<span style='color:#1565c0'>{i.route.number}. {i.route.label}</span>{extra}<br>{_e(i.text)}</p>"
            )
        for a in state.assignments:
            if a.withdrawn_on is not None:
                status = f"<span style='color:#757575'>{a.withdrawn_on:%Y-%m-%d}已撤回（{_e(a.withdrawal_reason)}）</span>"
            elif a.open or a.replied_on is None:
                status = "待回复"
            else:
                status = f"{a.replied_on:%Y-%m-%d}回复" + ("（超期）" if a.late else "")
            parts.append(
                f"<p><b>交办单 {_e(a.number)}</b>　{a.issued_on:%Y-%m-%d}交{_e(a.unit)}，期限{a.due_date:%Y-%m-%d}{'（暂定）' if a.provisional else ''}，"
                f"{status}"
                + ("　<i>（隐去信访人信息）</i>" if a.conceal_identity else "")
                + (f"<br>要求：{_e(a.requirement)}" if a.requirement else "")
                + (f"<br>回复：{_e(a.reply)}" if a.reply else "")
                + "</p>"
            )
        for s in state.supervisions:
            answer = (
                f"<br>回复（{s.answered_on:%Y-%m-%d}）：{_e(s.answer)}" if s.answered_on else "<br>尚未回复"
            )
            parts.append(
                f"<p><b>{s.level.label}单 {_e(s.number)}</b>　{s.issued_on:%Y-%m-%d}　{s.reason.label}　"
                f"致{_e(s.unit)}，{s.due_date:%Y-%m-%d}{'（暂定）' if s.provisional else ''}前回复"
                + (f"（{_e(s.requested_by)}要求）" if s.requested_by else "")
                + f"<br>{_e(s.content)}{answer}</p>"
            )
        for x in state.extensions:
            parts.append(
                f"<p><b>延期</b>　{x.approved_at:%Y-%m-%d}　{_e(x.approved_by)}批准：{_e(x.obligation)}延长{x.days}日，"
                f"{x.old_due:%Y-%m-%d}→{x.new_due:%Y-%m-%d}<br>理由：{_e(x.reason)}</p>"
            )
        c = state.completion
        if c is not None:
            served = c.service.label + (f"（{_e(c.mail_number)}）" if c.mail_number else "")
            parts.append(
                f"<p><b>办结单</b>　{c.closed_on:%Y-%m-%d}　{c.decision.label}　"
                + {
                    True: "按期办结",
                    False: "<span style='color:#c62828'>超期办结</span>",
                    None: "是否按期未注明",
                }[c.on_time]
                + f"<br>{_e(c.summary)}<br>送达：{served}，{c.served_on:%Y-%m-%d}"
                + ("，信访人已签收" if c.receipt_signed else "")
                + f"；满意度：{c.satisfaction.label}"
                + (f"<br>档案号：{_e(c.archive_number)}" if c.archive_number else "")
                + "</p>"
            )
        return "".join(parts) or "<p style='color:#757575'>尚无批示、交办和办结记录。</p>"

    # ------------------------------------------------------------ actions

    def _done(self, message: str = "") -> None:
        self.changed.emit()
        if message:
            window = self.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(message, 10_000)

    def record_talk(self) -> None:
        from receptionapp.ui.dialogs.conversation_dialog import ConversationDialog

        assert self.detail is not None
        dialog = ConversationDialog(self.db, self.actor, self.case_id, self, statement=self.detail.problem)
        if dialog.exec():
            self._done("接谈记录已保存")

    def instruct(self) -> None:
        from receptionapp.ui.dialogs.instruct_dialog import InstructDialog

        assert self.detail is not None
        dialog = InstructDialog(self.db, self.actor, self.case_id, self.detail.number, self)
        if dialog.exec():
            self._done("批示已保存")

    def assign(self) -> None:
        from receptionapp.ui.dialogs.assign_dialog import AssignDialog

        dialog = AssignDialog(self.db, self.actor, self.case_id, self)
        if dialog.exec():
            self._done(f"已生成交办单{dialog.outcome.number}，期限{dialog.outcome.due_date:%Y-%m-%d}")

    def record_reply(self) -> None:
        from receptionapp.ui.dialogs.reply_dialog import ReplyDialog

        assert self.state is not None
        dialog = ReplyDialog(self.db, self.actor, self.state.open_assignments, self)
        if dialog.exec():
            self._done("办理回复已登记" + ("（超期）" if dialog.late else ""))

    def supervise(self, obligation_id: int | None = None) -> None:
        from receptionapp.ui.dialogs.supervise_dialog import SuperviseDialog

        assert self.state is not None
        selected = self.ui.deadlines.currentItem()
        if obligation_id is None and selected is not None:
            obligation_id = selected.data(Qt.ItemDataRole.UserRole)
        # The office's own 回访 and 快报 are never urged with a 督办单.
        urgeable = [o for o in self.state.open_obligations if o.kind not in OFFICE_KINDS]
        dialog = SuperviseDialog(
            self.db, self.actor, self.case_id, urgeable, self, obligation_id=obligation_id
        )
        if dialog.exec():
            self._done(f"已生成督办单{dialog.outcome.number}")

    def extend(self) -> None:
        from receptionapp.ui.dialogs.supervise_dialog import ExtendDialog

        assert self.state is not None
        extended = [o for o in self.state.open_obligations if o.max_extension > 0 and not o.extended]
        if not extended:
            QMessageBox.information(self, "无法延期", "没有可以延期的期限（每个期限只能延期一次）。")
            return
        dialog = ExtendDialog(self.db, self.actor, extended, self, case_id=self.case_id)
        if dialog.exec():
            self._done(f"已延期至{dialog.new_due:%Y-%m-%d}，请向信访人发出延期告知")

    def notice(self) -> None:
        from receptionapp.ui.dialogs.reply_dialog import NoticeDialog

        dialog = NoticeDialog(self.db, self.actor, self.case_id, self.notice_choices(), self)
        if dialog.exec():
            self._done("告知已登记")

    def complete(self) -> None:
        from receptionapp.ui.dialogs.complete_dialog import CompleteDialog

        assert self.detail is not None and self.state is not None
        replies = "\n".join(a.reply for a in self.state.assignments if a.reply)
        dialog = CompleteDialog(
            self.db, self.actor, self.case_id, self.detail.channel, self.state.route, self, summary=replies
        )
        if dialog.exec():
            self._done("已办结" + ("" if dialog.on_time else "（超期办结）"))

    def follow_up(self) -> None:
        from receptionapp.ui.dialogs.aftercare_dialogs import FollowUpDialog

        assert self.after is not None
        dialog = FollowUpDialog(self.db, self.actor, self.case_id, self.after, self)
        if dialog.exec():
            self._done("回访已登记" if dialog.reached else "未联系上，已登记，请再次回访")

    def mark_major(self) -> None:
        from receptionapp.ui.dialogs.aftercare_dialogs import MajorDialog

        assert self.after is not None
        dialog = MajorDialog(self.db, self.actor, self.case_id, self.after, self)
        if dialog.exec():
            self._done("已标记为重大信访事项：请从“打印”菜单打印快报，当日报送局领导")

    def record_major_sent(self) -> None:
        from receptionapp.ui.dialogs.aftercare_dialogs import MajorSentDialog

        assert self.after is not None
        dialog = MajorSentDialog(self.db, self.actor, self.case_id, self.after, self)
        if dialog.exec():
            self._done("快报报送已登记")

    def archive(self) -> None:
        answer = QMessageBox.question(
            self,
            "归档",
            "归档后事项不能再修改，将编入档案号。确定归档吗？",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        number = call_service(
            self, "无法归档", lambda _reason: closing.archive(self.db, self.actor, self.case_id)
        )
        if isinstance(number, Refused):
            return
        self._done(f"已归档，档案号{number}")
