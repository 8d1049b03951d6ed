"""What the app finds around it: a locked account.

* A 15-minute lock-out says 15 minutes, not 16.
"""

from __future__ import annotations

import datetime as dt

import pytest

from receptionapp.db.database import Database
from receptionapp.services.admin import auth
from receptionapp.services.admin.auth import LoginFailed
from receptionapp.services.context import Actor
from tests.conftest import ADMIN_PASSWORD


def test_a_fifteen_minute_lock_out_says_fifteen_minutes(db: Database, admin: Actor, monkeypatch) -> None:
    locked_at = dt.datetime(2026, 11, 24, 9, 0, 0)
    clock = [locked_at]
    monkeypatch.setattr(auth, "now", lambda: clock[0])
    for _ in range(auth.MAX_FAILURES - 1):
        with pytest.raises(LoginFailed, match="再错"):
            auth.login(db, "admin", "wrong-password1")
    with pytest.raises(LoginFailed, match=r"^密码错误次数过多，账号已锁定15分钟$"):
        auth.login(db, "admin", "wrong-password1")
    for after, minutes in ((0, 15), (1, 15), (59, 15), (60, 14), (14 * 60, 1), (15 * 60 - 1, 1)):
        clock[0] = locked_at + dt.timedelta(seconds=after)
        with pytest.raises(LoginFailed) as refused:
            auth.login(db, "admin", ADMIN_PASSWORD)
        assert str(refused.value) == f"密码错误次数过多，账号已锁定，请{minutes}分钟后再试或联系管理员", after
    clock[0] = locked_at + dt.timedelta(minutes=15)
    assert auth.login(db, "admin", ADMIN_PASSWORD).username == "admin"
