"""The case page's 打印 menu used as the office would: print a paper, open one as PDF, export the archive."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from receptionapp.services.papers.catalog import find_paper
from receptionapp.ui.tasks import wait_idle
from receptionapp.ui.widgets.case_page import CasePage
from receptionapp.ui.widgets.paper_menu import EXPORT_TEXT
from tests.paper_case import PaperCase
from tests.pdfcheck import reader
from tests.uikit import choose_from_menu, print_to_file


@pytest.fixture
def page(qtbot, db, data_paths, people, closed: PaperCase) -> CasePage:
    widget = CasePage(db, people["office"], data_paths, closed.case_id)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    return widget


def test_print_open_and_export_from_the_case_page(
    qtbot,
    page: CasePage,
    closed: PaperCase,
    db,
    data_paths,
    tmp_path: Path,
    monkeypatch,
) -> None:
    button = page.workflow.ui.printButton
    assert not button.isHidden() and button.text() == "打印"

    # 打印… goes through Qt's print dialog; here the dialog "prints" to a PDF file.
    printed_file = tmp_path / "printer-output.pdf"

    def accept(dialog: QPrintDialog) -> int:
        print_to_file(dialog.printer(), printed_file)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    division = "交办单 交办〔2026〕0001号（基础教育处）"
    shown = choose_from_menu(qtbot, page, [division, "打印…"])
    assert shown[:3] == [
        f"登记单 {closed.number}",
        next(s for s in shown if s.startswith("接谈记录")),
        division,
    ]
    assert f"办结单 {closed.number}" in shown and EXPORT_TEXT in shown
    assert len(reader(printed_file.read_bytes()).pages) == 1
    timeline = page.ui.timeline
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1).text(2)
    assert last == f"打印{division}（送打印机，1页）"

    # 打开PDF saves the very PDF of the record under the data folder and hands it to the viewer.
    opened: list[str] = []
    monkeypatch.setattr(
        "receptionapp.ui.printing.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    choose_from_menu(qtbot, page, [f"登记单 {closed.number}", "打开PDF"])
    [path] = opened
    assert Path(path).parent == data_paths.root / "printouts"
    registration = find_paper(db, closed.case_id, f"registration:{closed.case_id}")
    assert Path(path).read_bytes() == registration.render()

    # 导出归档材料… asks for a folder and writes the bundle there.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "档案室"))
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.informativeText()) or 0)
    (tmp_path / "档案室").mkdir()
    choose_from_menu(qtbot, page, [EXPORT_TEXT])
    assert wait_idle()  # the bundle is written in the background
    [folder] = (tmp_path / "档案室").iterdir()
    assert messages == [str(folder)]
    assert (folder / "00_卷内目录.pdf").is_file() and (folder / "附件" / "来信扫描件.pdf").is_file()
    actions = [e.action for e in page.detail.timeline]
    assert actions[-3:] == ["print", "print", "print"]
    QApplication.processEvents()


def test_an_open_case_greys_out_what_it_does_not_have(qtbot, db, data_paths, people) -> None:
    from receptionapp.services.cases import intake
    from tests.conftest import make_registration

    case = intake.register_case(db, people["clerk"], make_registration())
    widget = CasePage(db, people["clerk"], data_paths, case.id)
    qtbot.addWidget(widget)
    widget.show()
    menu = widget.workflow.papers
    menu.rebuild()
    entries = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert entries == {
        f"登记单 {case.number}": True,
        "接谈记录（尚无接谈）": False,
        "交办单（尚未交办）": False,
        "督办单（尚无督办）": False,
        "办结单（尚未办结）": False,
        EXPORT_TEXT: False,
    }
    widget.grab().save(str(data_paths.root / "case-page.png"))
