"""Bureau-wide safety settings the admin sets: how long the screen may stay idle unlocked."""

from __future__ import annotations

from receptionapp.db.database import Database
from receptionapp.domain.roles import CAN_MANAGE_USERS
from receptionapp.services import settings
from receptionapp.services.context import Actor, require


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before the main window locks; 0 means never."""
    return settings.get(db, settings.IDLE_LOCK_MINUTES)


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> None:
    require(actor, CAN_MANAGE_USERS, "修改锁屏时间")
    summary = f"空闲锁屏时间改为{minutes}分钟" if minutes else "关闭空闲自动锁屏"
    with db.write() as session:
        settings.save(session, actor, {settings.IDLE_LOCK_MINUTES: minutes}, summary, action="setting")
