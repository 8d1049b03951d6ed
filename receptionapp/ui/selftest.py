"""The installation self-test: ``receptionapp selftest`` (also run on the PyInstaller bundle).

After installing on an offline PC the admin (or the bundle's test) checks in
a few seconds that everything the window needs is really there: a Qt
platform plugin, the bundled Chinese fonts, the letter engine with its PDF
fonts, QtPdf (preview and printing render pages with it), QtCharts (the
statistics screen) and the print support. Each check returns a Chinese line;
nothing is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str


def _fonts(app: QApplication) -> str:
    from receptionapp.ui.theme import apply_theme

    family = apply_theme(app)
    if family not in QFontDatabase.families():
        raise RuntimeError(f"界面字体未加载：{family}")
    label = QLabel("教育信访接待系统 王𠇔")
    label.adjustSize()
    if label.grab().isNull():
        raise RuntimeError("无法绘制界面")
    return family


def _pdf(app: QApplication) -> str:
    from receptionapp.documents.fonts import bundled_font_set
    from receptionapp.documents.official import render_official
    from receptionapp.documents.samples import reply_letter
    from receptionapp.ui.printing import load_pdf

    document = load_pdf(render_official(reply_letter(), bundled_font_set()))
    image = document.render(0, QSize(210, 297))
    if image.isNull():
        raise RuntimeError("QtPdf 无法显示页面")
    return f"答复意见书 {document.pageCount()} 页"


def _charts(app: QApplication) -> str:
    from PySide6.QtCharts import QChart, QChartView, QPieSeries

    series = QPieSeries()
    series.append("来访", 3)
    series.append("来信", 2)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(200, 150)
    if view.grab().isNull():
        raise RuntimeError("QtCharts 无法绘制")
    return "饼图"


def _printing(app: QApplication) -> str:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    return printer.pageLayout().pageSize().name() or "打印组件"


CHECKS: dict[str, Callable[[QApplication], str]] = {
    "界面与字体": _fonts,
    "文书与PDF预览（QtPdf）": _pdf,
    "统计图表（QtCharts）": _charts,
    "打印组件": _printing,
}


def run_selftest() -> list[Result]:
    app = QApplication.instance() or QApplication(["receptionapp"])
    assert isinstance(app, QApplication)
    results = [Result("图形平台", True, QGuiApplication.platformName())]
    for name, check in CHECKS.items():
        try:
            results.append(Result(name, True, check(app)))
        except Exception as error:  # any failure is a finding, reported in the list
            results.append(Result(name, False, str(error) or type(error).__name__))
    return results
