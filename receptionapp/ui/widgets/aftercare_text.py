"""What the case page says about 回访 and the 重大信访信息快报: the hint for the next step and the record."""

from __future__ import annotations

import html

from receptionapp.domain.rules import ObligationKind
from receptionapp.domain.workflow import ObligationStatus
from receptionapp.services.workflow.aftercare import Aftercare
from receptionapp.services.workflow.handling import Handling


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def aftercare_hint(after: Aftercare, state: Handling) -> str:
    """Sentences added to the page's next step: a major matter to mark, a 快报 to send, a 回访 to make."""
    parts = []
    if after.suggested_major:
        parts.append(
            f"集体访{after.head_count}人，达到重大集体访标准（{after.threshold}人以上）："
            "建议标记为重大信访事项，当日报送重大信访信息快报。"
        )
    if after.major is not None and after.major.sent_at is None:
        parts.append("重大信访信息快报尚未报送：请从“打印”菜单打印快报，报送局领导后登记。")
    if after.can_follow_up:
        due = next(
            (
                o.due_date
                for o in state.obligations
                if o.kind is ObligationKind.FOLLOW_UP and o.status == ObligationStatus.OPEN
            ),
            None,
        )
        tried = "（上次未联系上）" if after.follow_ups else ""
        parts.append(f"请回访信访人{tried}" + (f"，期限{due:%Y-%m-%d}。" if due else "。"))
    return "".join("\n" + p for p in parts)


def aftercare_html(after: Aftercare) -> str:
    """The 快报 and the 回访 calls, as paragraphs of the case's record."""
    parts = []
    m = after.major
    if m is not None:
        sent = (
            f"{m.sent_at:%Y-%m-%d %H:%M}报送{_e(m.sent_to)}"
            if m.sent_at
            else "<span style='color:#c62828'>快报尚未报送</span>"
        )
        parts.append(
            f"<p><b>重大信访事项</b>　{m.marked_at:%Y-%m-%d %H:%M}　{_e(m.marked_by)}标记：{_e(m.reasons_text)}；"
            f"{sent}<br>{_e(m.summary)}</p>"
        )
    for f in after.follow_ups:
        parts.append(
            f"<p><b>回访</b>　{f.called_on:%Y-%m-%d}　{_e(f.caller)}：{f.result}"
            + (f"<br>{_e(f.remarks)}" if f.remarks else "")
            + "</p>"
        )
    return "".join(parts)
