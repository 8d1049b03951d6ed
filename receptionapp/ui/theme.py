"""Application-wide look: the bundled Chinese font, the Chinese locale, Qt's own Chinese texts."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from receptionapp.resources import resource

UI_FONT_FILE = ("fonts", "wqy-microhei.ttc")
UI_POINT_SIZE = 11

_translators: list[QTranslator] = []


def apply_theme(app: QApplication) -> str:
    """Register the bundled font and the zh_CN locale; returns the UI font family."""
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        app.installTranslator(translator)
        _translators.append(translator)
    font_id = QFontDatabase.addApplicationFont(str(resource(*UI_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else app.font().family()
    font = QFont(family, UI_POINT_SIZE)
    app.setFont(font)
    app.setApplicationName("receptionapp")
    app.setApplicationDisplayName("教育信访接待系统")
    app.setOrganizationName("receptionapp")
    return family
