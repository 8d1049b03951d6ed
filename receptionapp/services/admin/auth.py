"""Log in with a password; repeated failures lock the account for a while."""

from __future__ import annotations

import datetime as dt
import math

from sqlalchemy import select

from receptionapp.db.base import now
from receptionapp.db.database import Database
from receptionapp.db.models import User
from receptionapp.domain.roles import Role
from receptionapp.domain.validation import search_text
from receptionapp.services import audit
from receptionapp.services.admin.passwords import verify_password
from receptionapp.services.context import Actor, ServiceError

MAX_FAILURES = 5
LOCK_MINUTES = 15


class LoginFailed(ServiceError):
    pass


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role), user.unit_id)


def login(
    db: Database, username: str, password: str, *, action: str = "login", summary: str = "登录"
) -> Actor:
    """The actor for a correct password; LoginFailed otherwise (failures are counted)."""
    failure: str | None = None
    with db.write() as session:
        user = session.scalar(select(User).where(User.username == search_text(username).strip()))
        if user is None or not user.active:
            raise LoginFailed("登录名或密码不正确")
        moment = now()
        if user.locked_until and user.locked_until > moment:
            # Whole minutes left, rounded up: 15 right after locking, 1 in its last minute.
            minutes = max(1, math.ceil((user.locked_until - moment).total_seconds() / 60))
            raise LoginFailed(f"密码错误次数过多，账号已锁定，请{minutes}分钟后再试或联系管理员")
        if verify_password(user.password_hash, password):
            user.failed_logins = 0
            user.locked_until = None
            actor = actor_of(user)
            audit.record(session, actor, action, "user", user.id, summary)
            return actor
        # Count the failure; it must be committed, so the error is raised after the block.
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = moment + dt.timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            audit.record(session, None, "lock", "user", user.id, f"账号 {user.username} 因多次密码错误被锁定")
            failure = f"密码错误次数过多，账号已锁定{LOCK_MINUTES}分钟"
        else:
            left = MAX_FAILURES - user.failed_logins
            failure = f"登录名或密码不正确（再错{left}次将锁定账号）"
    raise LoginFailed(failure)


def unlock(db: Database, actor: Actor, password: str) -> Actor:
    """Unlock the idle-locked screen for the same user; failures count as at login."""
    return login(db, actor.username, password, action="unlock", summary="解除锁屏")
