"""Bureau-wide safety settings the admin sets: how long the screen may stay idle unlocked."""

from __future__ import annotations

from receptionapp.db.database import Database
from receptionapp.domain.roles import CAN_MANAGE_USERS
from receptionapp.services import audit
from receptionapp.services.context import Actor, ValidationFailed, require
from receptionapp.services.setup import get_setting, set_setting

IDLE_LOCK_MINUTES = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240


def idle_lock_minutes(db: Database) -> int:
    """Minutes without input before the main window locks; 0 means never."""
    text = get_setting(db, IDLE_LOCK_MINUTES, str(DEFAULT_IDLE_MINUTES))
    try:
        value = int(text)
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return value if 0 <= value <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> None:
    require(actor, CAN_MANAGE_USERS, "修改锁屏时间")
    if not 0 <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationFailed(
            {"idle_minutes": f"锁屏时间应在0到{MAX_IDLE_MINUTES}分钟之间（0表示不自动锁屏）"}
        )
    old = idle_lock_minutes(db)
    if old == minutes:
        return
    with db.write() as session:
        set_setting(session, IDLE_LOCK_MINUTES, str(minutes))
        audit.record(
            session,
            actor,
            "setting",
            "setting",
            None,
            f"空闲锁屏时间改为{minutes}分钟" if minutes else "关闭空闲自动锁屏",
            details={IDLE_LOCK_MINUTES: [old, minutes]},
        )
