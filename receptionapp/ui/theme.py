"""Application-wide look: the bundled Chinese font, the Chinese locale, Qt's own Chinese texts."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from receptionapp.resources import resource

UI_FONT_FILE = ("fonts", "wqy-microhei.ttc")
# Covers all 8,105 通用规范汉字 incl. rare name characters (䶮, 𠇔) the UI font lacks.
FALLBACK_FONT_FILE = ("fonts", "LXGWWenKai-Regular.ttf")
UI_POINT_SIZE = 11

_translators: list[QTranslator] = []


def _register(parts: tuple[str, str]) -> str | None:
    font_id = QFontDatabase.addApplicationFont(str(resource(*parts)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def apply_theme(app: QApplication) -> str:
    """Register the bundled fonts and the zh_CN locale; returns the UI font family."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        app.installTranslator(translator)
        _translators.append(translator)
    family = _register(UI_FONT_FILE) or app.font().family()
    fallback = _register(FALLBACK_FONT_FILE)
    font = QFont(family, UI_POINT_SIZE)
    font.setFamilies([family, fallback] if fallback else [family])
    app.setFont(font)
    app.setApplicationName("receptionapp")
    app.setApplicationDisplayName("教育信访接待系统")
    app.setOrganizationName("receptionapp")
    return family
