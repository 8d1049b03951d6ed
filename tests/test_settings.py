"""The declared settings: read back as stored, checked before saving, every change audited once."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from receptionapp.db.database import Database
from receptionapp.db.models import AuditEntry, Setting
from receptionapp.domain.reception import Schedule
from receptionapp.domain.supervision import Thresholds
from receptionapp.services import settings
from receptionapp.services.admin import preferences, setup
from receptionapp.services.context import Actor, ValidationFailed
from receptionapp.services.deadlines import board
from receptionapp.services.reception import rota


def settings_entries(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "settings").order_by(AuditEntry.id)
        )
        return list(rows)


def test_chinese_text_with_a_full_width_space_is_kept(db: Database, admin: Actor) -> None:
    with db.write() as session:
        settings.write(session, settings.BUREAU_NAME, "某市　教育局")
    assert settings.get(db, settings.BUREAU_NAME) == "某市　教育局"
    place = "行政服务中心\u3000二楼信访接待室"
    rota.save_schedule(db, admin, Schedule(place=place))
    assert rota.load_schedule(db).place == place
    assert setup.validate_setup("某市　教育局", "admin2", "管理员", "secret123") == {}


def test_a_stored_value_that_cannot_be_read_gives_the_default(db: Database) -> None:
    long_name = "某" * 150  # over today's limit: an older version may have stored it, and papers carry it
    with db.write() as session:
        for option, text in (
            (settings.IDLE_LOCK_MINUTES, "ten"),
            (settings.REMIND_BEFORE, "99"),
            (settings.RECEPTION_START, "25:99"),
            (settings.BUREAU_NAME, long_name),
        ):
            session.add(Setting(key=option.key, value=text))
    assert preferences.idle_lock_minutes(db) == 10
    assert board.load_thresholds(db) == Thresholds()
    assert rota.load_schedule(db).start == dt.time(14, 30)
    assert settings.get(db, settings.BUREAU_NAME) == long_name


def test_saving_checks_and_audits_each_change_once(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationFailed) as refused:
        preferences.set_idle_lock_minutes(db, admin, 241)
    assert refused.value.errors == {"idle_minutes": "锁屏时间应在0到240分钟之间（0表示不自动锁屏）"}
    with pytest.raises(ValidationFailed) as bad_place:
        rota.save_schedule(db, admin, Schedule(place="接待室\x07"))
    assert "控制字符" in bad_place.value.errors["place"]
    before = len(settings_entries(db))
    board.save_thresholds(db, admin, Thresholds(remind_before=2, urge_after=1, notify_after=5))
    board.save_thresholds(db, admin, Thresholds(remind_before=2, urge_after=1, notify_after=5))  # no change
    entries = settings_entries(db)[before:]
    assert len(entries) == 1
    assert json.loads(entries[0].details) == {"到期前催办（工作日）": ["1", "2"]}
    assert board.load_thresholds(db).remind_before == 2
    with pytest.raises(ValidationFailed) as late:
        board.save_thresholds(db, admin, Thresholds(urge_after=6, notify_after=5))
    assert late.value.errors == {"notify_after": "通报天数应不少于督办天数，且不超过90"}
