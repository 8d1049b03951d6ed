"""How a matter moves: the five routes of a leader's 批示 and the allowed state changes.

A case's status moves only along ``TRANSITIONS``; services call
``check_action`` before they change anything, and the GUI offers only the
actions ``allowed_actions`` returns, so an impossible step is never offered
and a headless call that tries one gets a clear Chinese error.
"""

from __future__ import annotations

from enum import StrEnum

from receptionapp.domain.case import CaseStatus


class Route(StrEnum):
    """The five ways a matter is decided (seed 004, 接访事项处理方法)."""

    ACCEPT = "accept"  # 1. our remit, or 复查 of a county reply: a division handles it
    TRANSFER = "transfer"  # 2. belongs to a unit below; the petitioner skipped it
    URGE = "urge"  # 3. a unit is already handling it, no reply yet
    FINAL = "final"  # 4. already through 复核 (or 复查 opinion not yet implemented)
    NOT_ACCEPT = "not_accept"  # 5. not an education-administration matter

    @property
    def number(self) -> int:
        return list(Route).index(self) + 1

    @property
    def label(self) -> str:
        return _ROUTE_LABELS[self]

    @property
    def description(self) -> str:
        return _ROUTE_DESCRIPTIONS[self]

    @property
    def needs_assignment(self) -> bool:
        """Whether a unit gets a 交办单 (always for 1–3; for 4 only to urge implementation)."""
        return self in (Route.ACCEPT, Route.TRANSFER, Route.URGE, Route.FINAL)

    @property
    def is_refusal(self) -> bool:
        return self is Route.NOT_ACCEPT


_ROUTE_LABELS = {
    Route.ACCEPT: "予以受理",
    Route.TRANSFER: "转交办理",
    Route.URGE: "督促办理",
    Route.FINAL: "复核终结",
    Route.NOT_ACCEPT: "不予受理",
}

_ROUTE_DESCRIPTIONS = {
    Route.ACCEPT: "属本局职责范围（或对区县答复不服要求复查），由处室办理，20个工作日内报送结果",
    Route.TRANSFER: "属直属学校（单位）或区县教育局处理，信访人越级反映，交有权处理的单位受理",
    Route.URGE: "有关单位正在处理、尚未出具答复意见书，批示催促办理",
    Route.FINAL: "已复核终结：已落实且无新的事实和理由的不再受理；复查意见未落实的督促落实",
    Route.NOT_ACCEPT: "不属于教育行政部门职责，不予受理，告知相关法律政策和有权处理的机关",
}


class Action(StrEnum):
    """What a person can do to a case."""

    EDIT = "edit"
    RECORD_TALK = "record_talk"  # 接谈记录
    INSTRUCT = "instruct"  # 批示
    ASSIGN = "assign"  # 交办
    SUPERVISE = "supervise"  # 督办
    RECORD_REPLY = "record_reply"  # the unit's reply comes in
    EXTEND = "extend"  # 延期
    COMPLETE = "complete"  # 办结
    ARCHIVE = "archive"  # 归档
    VOID = "void"  # 作废

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.EDIT: "修改登记信息",
    Action.RECORD_TALK: "填写接谈记录",
    Action.INSTRUCT: "领导批示",
    Action.ASSIGN: "交办",
    Action.SUPERVISE: "督办",
    Action.RECORD_REPLY: "登记办理回复",
    Action.EXTEND: "延期",
    Action.COMPLETE: "办结",
    Action.ARCHIVE: "归档",
    Action.VOID: "作废",
}

S = CaseStatus
# Which actions each status allows (before route-specific conditions).
TRANSITIONS: dict[CaseStatus, frozenset[Action]] = {
    S.REGISTERED: frozenset(
        {
            Action.EDIT,
            Action.RECORD_TALK,
            Action.INSTRUCT,
            Action.ASSIGN,
            Action.EXTEND,
            Action.COMPLETE,
            Action.VOID,
        }
    ),
    S.IN_PROGRESS: frozenset(
        {
            Action.EDIT,
            Action.RECORD_TALK,
            Action.INSTRUCT,
            Action.ASSIGN,
            Action.SUPERVISE,
            Action.RECORD_REPLY,
            Action.EXTEND,
            Action.COMPLETE,
            Action.VOID,
        }
    ),
    S.REPLIED: frozenset(
        {Action.EDIT, Action.ASSIGN, Action.SUPERVISE, Action.EXTEND, Action.COMPLETE, Action.VOID}
    ),
    S.CLOSED: frozenset({Action.ARCHIVE}),
    S.ARCHIVED: frozenset(),
    S.VOIDED: frozenset(),
}

# Where an action leaves the case (None: the status stays).
NEXT_STATUS: dict[Action, CaseStatus | None] = {
    Action.ASSIGN: S.IN_PROGRESS,
    Action.COMPLETE: S.CLOSED,
    Action.ARCHIVE: S.ARCHIVED,
    Action.VOID: S.VOIDED,
}


class AssignmentStatus(StrEnum):
    """Where a 交办单 stands (``assignments.status``)."""

    OPEN = "open"  # sent; the unit has not replied yet
    REPLIED = "replied"  # the unit's reply is recorded
    WITHDRAWN = "withdrawn"  # taken back before the reply: the leader changed the route

    @property
    def label(self) -> str:
        return _ASSIGNMENT_LABELS[self]


_ASSIGNMENT_LABELS = {
    AssignmentStatus.OPEN: "待回复",
    AssignmentStatus.REPLIED: "已回复",
    AssignmentStatus.WITHDRAWN: "已撤回",
}


class ObligationStatus(StrEnum):
    """Where one deadline of a case stands (``obligations.status``)."""

    OPEN = "open"  # still running
    DONE = "done"  # met (the notice sent, the reply in ...), on time or late
    CANCELLED = "cancelled"  # no longer owed (e.g. the leader changed the route)

    @property
    def label(self) -> str:
        return _OBLIGATION_LABELS[self]


_OBLIGATION_LABELS = {
    ObligationStatus.OPEN: "未完成",
    ObligationStatus.DONE: "已完成",
    ObligationStatus.CANCELLED: "已撤销",
}


class WorkflowError(Exception):
    """An action the case's state does not allow; ``str()`` is the Chinese message."""


def allowed_actions(status: CaseStatus, route: Route | None, open_assignments: int = 0) -> set[Action]:
    """The actions to offer for a case in this state."""
    actions = set(TRANSITIONS[status])
    if route is None or not route.needs_assignment:
        # Nothing to assign before the decision, nor after a refusal.
        actions.discard(Action.ASSIGN)
    if route is None:
        actions.discard(Action.EXTEND)
    if open_assignments == 0:
        actions.discard(Action.RECORD_REPLY)
    if Action.COMPLETE in actions and not _may_complete(status, route, open_assignments):
        actions.discard(Action.COMPLETE)
    return actions


def _may_complete(status: CaseStatus, route: Route | None, open_assignments: int) -> bool:
    if route is None:
        return False
    if status is S.REGISTERED:
        # Only a matter decided without a unit's work: refused, or 复核终结 and implemented.
        return route in (Route.NOT_ACCEPT, Route.FINAL)
    return open_assignments == 0


def check_action(status: CaseStatus, route: Route | None, action: Action, open_assignments: int = 0) -> None:
    """Raise WorkflowError with the reason when ``action`` is not allowed now."""
    if action in allowed_actions(status, route, open_assignments):
        return
    if status in (S.VOIDED, S.ARCHIVED):
        raise WorkflowError(f"该事项{status.label}，不能再{action.label}")
    if status is S.CLOSED:
        raise WorkflowError(f"该事项已办结，不能再{action.label}（可归档）")
    if action is Action.ASSIGN:
        if route is None:
            raise WorkflowError("请先由领导批示处理方式，再交办")
        raise WorkflowError(f"批示为“{route.label}”的事项不交办单位")
    if action is Action.RECORD_REPLY:
        raise WorkflowError("没有待回复的交办单")
    if action is Action.COMPLETE:
        if route is None:
            raise WorkflowError("请先由领导批示处理方式，再办结")
        if open_assignments:
            raise WorkflowError(f"还有{open_assignments}份交办单未回复，不能办结")
        raise WorkflowError("该事项尚未交办办理，不能办结")
    raise WorkflowError(f"当前状态（{status.label}）不能{action.label}")
