"""Accounts: create, edit, deactivate (never delete), and passwords.

Only the admin manages accounts; everyone may change their own password.
A password the admin sets (new account, reset) must be replaced by the user
at the next login. The last active admin can be neither demoted nor
deactivated, so the system is never left without one. Every change is
audited in its own transaction; no password or hash ever leaves this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionapp.db.database import Database
from receptionapp.db.models import Unit, User
from receptionapp.domain.roles import CAN_MANAGE_USERS, NEEDS_UNIT, Role
from receptionapp.services import audit
from receptionapp.services.admin.passwords import hash_password, password_problem, verify_password
from receptionapp.services.admin.setup import validate_user_fields
from receptionapp.services.context import Actor, NotFound, ServiceError, ValidationFailed, require


@dataclass(frozen=True)
class UserRow:
    """One account as the admin's list shows it."""

    id: int
    username: str
    display_name: str
    role: Role
    unit_id: int | None
    unit_name: str
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class UserInput:
    """What the admin types for a new account (``password``) or an edit (no password)."""

    username: str
    display_name: str
    role: Role | str
    unit_id: int | None = None
    password: str = ""


def _role_of(value: Role | str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None


def _validate(session: Session, data: UserInput, *, new: bool) -> dict[str, str]:
    password = data.password if new else "placeholder-1"
    errors = validate_user_fields(data.username, data.display_name, password)
    role = _role_of(data.role)
    if role is None:
        errors["role"] = "请选择角色"
    elif role in NEEDS_UNIT and data.unit_id is None:
        errors["unit"] = "承办人须选择所在单位"
    if data.unit_id is not None:
        unit = session.get(Unit, data.unit_id)
        if unit is None or not unit.active:
            errors["unit"] = "所选单位不存在或已停用"
    return errors


def _to_row(user: User, units: dict[int, str]) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        unit_id=user.unit_id,
        unit_name=units.get(user.unit_id, "") if user.unit_id else "",
        active=user.active,
        locked_until=user.locked_until,
        must_change_password=user.must_change_password,
        created_at=user.created_at,
    )


def list_users(db: Database, actor: Actor, *, include_inactive: bool = True) -> list[UserRow]:
    require(actor, CAN_MANAGE_USERS, "管理用户账号")
    with db.read() as session:
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        stmt = select(User).order_by(User.active.desc(), User.id)
        if not include_inactive:
            stmt = stmt.where(User.active)
        return [_to_row(u, units) for u in session.scalars(stmt)]


def get_user(db: Database, actor: Actor, user_id: int) -> UserRow:
    require(actor, CAN_MANAGE_USERS, "管理用户账号")
    with db.read() as session:
        user = _load(session, user_id)
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        return _to_row(user, units)


def _load(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("该用户不存在")
    return user


def _other_active_admins(session: Session, user_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active, User.id != user_id)
        )
        or 0
    )


def create_user(db: Database, actor: Actor, data: UserInput) -> int:
    """A new active account that must change its password at first login; returns its id."""
    require(actor, CAN_MANAGE_USERS, "管理用户账号")
    # Hashing takes a moment: not while holding the write lock.
    password_hash = hash_password(data.password) if password_problem(data.password) is None else ""
    with db.write() as session:
        errors = _validate(session, data, new=True)
        username = data.username.strip()
        if "username" not in errors and session.scalar(
            select(User.id).where(func.lower(User.username) == username.lower())
        ):
            errors["username"] = f"登录名“{username}”已被使用（停用的账号也保留登录名）"
        if errors:
            raise ValidationFailed(errors)
        role = Role(data.role)
        user = User(
            username=username,
            display_name=data.display_name.strip(),
            password_hash=password_hash,
            role=role.value,
            unit_id=data.unit_id,
            active=True,
            must_change_password=True,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            actor,
            "user_create",
            "user",
            user.id,
            f"新建账号 {username}（{user.display_name}，{role.label}）",
            details={"username": username, "role": role.value, "unit_id": data.unit_id},
        )
        return user.id


def update_user(db: Database, actor: Actor, user_id: int, data: UserInput) -> None:
    """Change name, role and unit (the login name stays); the last admin keeps the admin role."""
    require(actor, CAN_MANAGE_USERS, "管理用户账号")
    with db.write() as session:
        user = _load(session, user_id)
        errors = _validate(
            session, UserInput(user.username, data.display_name, data.role, data.unit_id), new=False
        )
        if errors:
            raise ValidationFailed(errors)
        role = Role(data.role)
        if (
            user.role == Role.ADMIN.value
            and role != Role.ADMIN
            and not _other_active_admins(session, user.id)
        ):
            raise ValidationFailed({"role": "这是唯一的管理员账号，不能改为其他角色；请先设置另一位管理员"})
        changes: dict[str, list[object]] = {}
        for field, new in (
            ("display_name", data.display_name.strip()),
            ("role", role.value),
            ("unit_id", data.unit_id),
        ):
            old = getattr(user, field)
            if old != new:
                changes[field] = [old, new]
                setattr(user, field, new)
        if not changes:
            return
        summary = f"修改账号 {user.username}"
        if "role" in changes:
            summary += f"：角色 {Role(str(changes['role'][0])).label} → {role.label}"
        audit.record(session, actor, "user_update", "user", user.id, summary, details=changes)


def set_active(db: Database, actor: Actor, user_id: int, active: bool) -> None:
    """Deactivate (the account stays, with its history) or reactivate an account."""
    require(actor, CAN_MANAGE_USERS, "管理用户账号")
    with db.write() as session:
        user = _load(session, user_id)
        if user.active == active:
            return
        if not active:
            if user.id == actor.id:
                raise ServiceError("不能停用当前登录的账号")
            if user.role == Role.ADMIN.value and not _other_active_admins(session, user.id):
                raise ServiceError("这是唯一的管理员账号，不能停用")
        user.active = active
        verb = "启用" if active else "停用"
        audit.record(
            session,
            actor,
            "user_activate" if active else "user_deactivate",
            "user",
            user.id,
            f"{verb}账号 {user.username}（{user.display_name}）",
        )


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """The admin sets a temporary password; the lock-out is lifted; the user must change it."""
    require(actor, CAN_MANAGE_USERS, "重置他人密码")
    problem = password_problem(new_password)
    if problem:
        raise ValidationFailed({"new_password": problem})
    new_hash = hash_password(new_password)
    with db.write() as session:
        user = _load(session, user_id)
        user.password_hash = new_hash
        user.must_change_password = user.id != actor.id
        user.failed_logins = 0
        user.locked_until = None
        audit.record(session, actor, "password_reset", "user", user.id, f"重置账号 {user.username} 的密码")


def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    """The logged-in user replaces their password, proving the old one first."""
    errors: dict[str, str] = {}
    problem = password_problem(new_password)
    if problem:
        errors["new_password"] = problem
    elif new_password == old_password:
        errors["new_password"] = "新密码不能与原密码相同"
    new_hash = hash_password(new_password) if not errors else ""
    with db.write() as session:
        user = _load(session, actor.id)
        if not user.active:
            raise ServiceError("账号已停用")
        if not verify_password(user.password_hash, old_password):
            errors["old_password"] = "原密码不正确"
        if errors:
            raise ValidationFailed(errors)
        user.password_hash = new_hash
        user.must_change_password = False
        audit.record(session, actor, "password_change", "user", user.id, "修改本人密码")


def must_change_password(db: Database, actor: Actor) -> bool:
    with db.read() as session:
        user = session.get(User, actor.id)
        return bool(user and user.must_change_password)


def active_units(db: Database) -> list[tuple[int, str]]:
    """The units a handler's account can belong to, as (id, name)."""
    with db.read() as session:
        rows = session.execute(select(Unit.id, Unit.name).where(Unit.active).order_by(Unit.id))
        return [(int(unit_id), str(name)) for unit_id, name in rows]
