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
# Who manages accounts, roles and passwords, backups and the audit log.
CAN_MANAGE_USERS = frozenset({Role.ADMIN})
CAN_READ_AUDIT = frozenset({Role.ADMIN})
CAN_MANAGE_BACKUPS = frozenset({Role.ADMIN})
# Roles whose account belongs to a unit: a handler works for one division, county bureau or school.
NEEDS_UNIT = frozenset({Role.HANDLER})
