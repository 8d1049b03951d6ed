"""User roles and what each may do. The services check these; the UI only hides."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"  # 接待员
    HANDLER = "handler"  # 承办人
    LEADER = "leader"  # 领导
    OFFICE = "office"  # 办公室
    ADMIN = "admin"  # 管理员

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Role.CLERK: "接待员",
    Role.HANDLER: "承办人",
    Role.LEADER: "领导",
    Role.OFFICE: "办公室",
    Role.ADMIN: "管理员",
}

# Who may register new matters and edit a case's registration data.
CAN_REGISTER = frozenset({Role.CLERK, Role.OFFICE, Role.ADMIN})
# Who may void a mistaken case.
CAN_VOID = frozenset({Role.OFFICE, Role.ADMIN})
# Who sees voided cases in the register.
SEES_VOIDED = frozenset({Role.ADMIN, Role.OFFICE})
# Only the admin manages users, rules, the calendar, seal and certificate.
CAN_ADMINISTER = frozenset({Role.ADMIN})
# Who records a leader's 批示 (the leader at the screen, or the office from the paper).
CAN_INSTRUCT = frozenset({Role.LEADER, Role.OFFICE, Role.ADMIN})
# Who records the conversation of a reception.
CAN_RECORD_TALK = frozenset({Role.LEADER, Role.OFFICE, Role.CLERK, Role.ADMIN})
# The office runs the process: assignment, supervision, extension, completion, archive.
CAN_PROCESS = frozenset({Role.OFFICE, Role.ADMIN})
# Who enters a unit's reply: the office, or the unit's own handler.
CAN_RECORD_REPLY = frozenset({Role.OFFICE, Role.ADMIN, Role.HANDLER})
# Who books appointments for the reception day.
CAN_BOOK = frozenset({Role.CLERK, Role.OFFICE, Role.ADMIN})
# Who may be a visitor's 首问责任人 (the staff who receive visitors; stored values of ``Role``).
RECEIVING_ROLES = frozenset({Role.CLERK.value, Role.OFFICE.value, Role.LEADER.value})
# Who approves an extension or a letter: a leader only.
CAN_APPROVE = frozenset({Role.LEADER})
# Who sees the statistics and exports the report (figures only, no personal data).
CAN_REPORT = frozenset({Role.LEADER, Role.OFFICE, Role.ADMIN})
# Who keeps the 重点信访人 list (marks, 包案 leader, status, end) and reads it: it names people.
CAN_MARK_KEY = frozenset({Role.LEADER, Role.OFFICE, Role.ADMIN})
# Who exports the case ledger (台账), which holds names, ID numbers and phones.
CAN_EXPORT_LEDGER = frozenset({Role.OFFICE, Role.ADMIN})

# Who manages accounts, roles and passwords, backups and the audit log.
CAN_MANAGE_USERS = frozenset({Role.ADMIN})
CAN_READ_AUDIT = frozenset({Role.ADMIN})
CAN_MANAGE_BACKUPS = frozenset({Role.ADMIN})
# Who sees the identity of every confidential petitioner (others: see services.access).
SEES_CONFIDENTIAL = frozenset({Role.OFFICE, Role.ADMIN})
# Who marks a case confidential or lifts the mark, and keeps the list of conflicts of interest (回避).
CAN_MARK_CONFIDENTIAL = frozenset({Role.OFFICE, Role.ADMIN})
CAN_MANAGE_RECUSALS = frozenset({Role.OFFICE, Role.ADMIN})
# Roles whose account belongs to a unit: a handler works for one division, county bureau or school.
NEEDS_UNIT = frozenset({Role.HANDLER})


def action_roles() -> dict[str, frozenset[Role]]:
    """Which roles may take each workflow action (keys are ``domain.workflow.Action`` values)."""
    return {
        "edit": CAN_REGISTER,
        "record_talk": CAN_RECORD_TALK,
        "instruct": CAN_INSTRUCT,
        "assign": CAN_PROCESS,
        "supervise": CAN_PROCESS,
        "record_reply": CAN_RECORD_REPLY,
        "extend": CAN_PROCESS | CAN_APPROVE,
        "complete": CAN_PROCESS,
        "archive": CAN_PROCESS,
        "void": CAN_VOID,
    }
