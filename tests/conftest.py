"""Shared test fixtures: offscreen Qt, a fresh data folder, an initialised database."""

from __future__ import annotations

import os

# Before anything imports Qt: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest

from receptionapp.db.database import Database
from receptionapp.domain.case import PetitionerInput, RegistrationInput
from receptionapp.domain.channels import Channel
from receptionapp.paths import DataPaths
from receptionapp.services import setup
from receptionapp.services.bootstrap import open_database
from receptionapp.services.context import Actor

ADMIN_PASSWORD = "secret123"


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def db(data_paths: DataPaths):
    database = open_database(data_paths)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    return setup.initialize(db, "某市教育局", "admin", "系统管理员", ADMIN_PASSWORD)


def make_registration(**overrides) -> RegistrationInput:
    """A valid walk-in registration; override any field."""
    person = overrides.pop(
        "person",
        PetitionerInput(name="张晓梅", id_number="11010519491231002X", phone="13812345678"),
    )
    values = dict(
        channel=Channel.VISIT,
        received_at=dt.datetime(2026, 11, 18, 9, 30),
        petitioners=[person],
        head_count=1,
        category="教育收费",
        region="城东区",
        unit="市第一中学",
        problem="学校以资料费名义向学生收取费用，每生三百元。",
        demand="请求退还违规收取的费用。",
    )
    values.update(overrides)
    return RegistrationInput(**values)


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a person with an input method would.

    ``qtbot.keyClicks`` cannot send Chinese (Qt's test library asserts on
    non-ASCII keys), so each character goes as a key event carrying its text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
