"""Starting the GUI: a database that cannot be opened gets a dialog, not a traceback."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from receptionapp.paths import DataPaths
from receptionapp.services.admin.bootstrap import open_database
from receptionapp.ui.app import run_gui
from tests.conftest import sqlite_only


@sqlite_only("a damaged database file")
def test_corrupt_database_shows_a_dialog_and_exits(qapp, data_paths: DataPaths, monkeypatch) -> None:
    data_paths.database.write_bytes(b"\x00garbage" * 500)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own; restore after
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert run_gui(data_paths) == 1
    assert shown and shown[0][0] == "无法打开数据库"
    assert "损坏" in shown[0][1] and str(data_paths.root) in shown[0][1]
    assert (data_paths.logs / "receptionapp.log").read_text(encoding="utf-8").count(
        "cannot open database"
    ) >= 1


def test_newer_database_shows_a_dialog(qapp, data_paths: DataPaths, monkeypatch) -> None:
    db = open_database(data_paths)
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    db.dispose()
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_gui(data_paths) == 1
    assert "更新版本" in shown[0]


def test_unreachable_database_server_shows_a_dialog(qapp, data_paths: DataPaths, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    # Nothing listens on port 1 of this machine.
    assert run_gui(data_paths, "postgresql+psycopg://clerk@127.0.0.1:1/reception") == 1
    assert "无法连接数据库服务器" in shown[0]


def test_bad_database_url_shows_a_dialog(qapp, data_paths: DataPaths, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_gui(data_paths, "postgres://") == 1
    assert "数据库地址格式不正确" in shown[0]


def test_chinese_locale_and_bundled_font(qapp) -> None:
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtGui import QFontDatabase

    from receptionapp.ui.theme import apply_theme

    family = apply_theme(qapp)
    assert QLocale().language() == QLocale.Language.Chinese
    assert "2026" in QLocale().toString(QDate(2026, 1, 1), QLocale.FormatType.LongFormat)
    assert "年" in QLocale().toString(QDate(2026, 1, 1), QLocale.FormatType.LongFormat)
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)


def test_rare_name_characters_have_a_bundled_glyph(qapp) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from receptionapp.ui.theme import apply_theme

    apply_theme(qapp)
    families = qapp.font().families()
    assert len(families) == 2
    fallback = QFontMetrics(QFont(families[1]))
    for ch in "䶮𠇔喆堃𬌗":
        assert fallback.inFontUcs4(ord(ch)), ch
