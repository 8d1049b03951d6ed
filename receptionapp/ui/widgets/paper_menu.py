"""The case page's 打印 menu: each paper of the case to print or open as PDF, and the archive export.

The menu is built when it opens, from the record as it is then
(``services.papers.catalog``): one entry per existing paper with 打印… (Qt's print
dialog) and 打开PDF (the system viewer), the kinds the case has none of
greyed out, and 导出归档材料… for a closed case (a folder chooser, then a
progress dialog while the papers and attachments are written). Every paper
that goes out is recorded in the audit log; ``printed`` tells the page to
show the new timeline entry.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from receptionapp.db.database import Database
from receptionapp.documents.fonts import MissingGlyphs
from receptionapp.domain.case import CaseStatus
from receptionapp.paths import DataPaths
from receptionapp.services.context import Actor
from receptionapp.services.papers.archive import Bundle, write_bundle
from receptionapp.services.papers.catalog import (
    Paper,
    PaperKind,
    PrintWay,
    build_papers,
    find_paper,
    load_record,
    record_print,
)
from receptionapp.ui.printing import open_pdf, print_pdf
from receptionapp.ui.service_call import Refused, call_service, show_refusal
from receptionapp.ui.tasks import Reporter, run_in_background, show_failure

EXPORT_TEXT = "导出归档材料…"


class PaperMenu(QMenu):
    printed = Signal()

    def __init__(
        self, db: Database, actor: Actor, paths: DataPaths, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.paths, self.case_id = db, actor, paths, case_id
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.clear()
        record = call_service(
            self._owner(),
            "无法打印",
            lambda _reason: load_record(self.db, self.case_id, self.actor),
            tell=lambda message: self.addAction(message).setEnabled(False),
        )
        if isinstance(record, Refused):
            return
        papers = build_papers(record)
        for kind in PaperKind:
            mine = [p for p in papers if p.kind is kind]
            if not mine and kind.one_of_five:
                self.addAction(kind.missing).setEnabled(False)
            for paper in mine:
                sub = self.addMenu(paper.title)
                sub.setObjectName(paper.key)
                sub.addAction("打印…", partial(self.print_paper, paper.key))
                sub.addAction("打开PDF", partial(self.open_paper, paper.key))
        self.addSeparator()
        export = self.addAction(EXPORT_TEXT, self.export_archive)
        closed = record.case.status in (CaseStatus.CLOSED, CaseStatus.ARCHIVED)
        export.setEnabled(closed)
        export.setToolTip("" if closed else "办结后才能导出归档材料")

    def _owner(self) -> QWidget | None:
        return self.parentWidget()

    def _render(self, key: str) -> tuple[Paper, bytes] | None:
        def render(_reason: str) -> tuple[Paper, bytes]:
            paper = find_paper(self.db, self.case_id, key, self.actor)
            return paper, paper.render()

        try:
            made = call_service(self._owner(), "无法生成文书", render)
        except MissingGlyphs as error:
            QMessageBox.warning(self._owner(), "无法生成文书", str(error))
            return None
        return None if isinstance(made, Refused) else made

    def print_paper(self, key: str) -> None:
        made = self._render(key)
        if made is None:
            return
        paper, pdf = made
        pages = print_pdf(pdf, paper.title, self._owner())
        if pages:
            call_service(
                self._owner(),
                "打印未记录",
                lambda _reason: record_print(
                    self.db, self.actor, self.case_id, [made], PrintWay.PRINTER, pages=pages
                ),
            )
            self.printed.emit()

    def open_paper(self, key: str) -> None:
        made = self._render(key)
        if made is None:
            return
        paper, pdf = made
        root = self.paths.root
        if isinstance(
            call_service(self._owner(), "无法保存PDF", lambda _r: open_pdf(root, paper.title, pdf)), Refused
        ):
            return
        call_service(
            self._owner(),
            "打印未记录",
            lambda _reason: record_print(self.db, self.actor, self.case_id, [made], PrintWay.PDF),
        )
        self.printed.emit()

    def export_archive(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self._owner(), "选择导出归档材料的文件夹", start)
        if not folder:
            return
        db, actor, case_id, store = self.db, self.actor, self.case_id, self.paths.attachments

        def work(progress: Reporter) -> Bundle:
            def step(done: int, total: int, what: str) -> None:
                progress(done, total, f"正在写入：{what}" if what else "完成")

            return write_bundle(db, actor, case_id, store, Path(folder), progress=step)

        def failed(error: BaseException) -> None:
            if show_refusal(self._owner(), "无法导出", error):
                return
            if isinstance(error, MissingGlyphs):
                QMessageBox.warning(self._owner(), "无法导出", str(error))
            elif isinstance(error, OSError):
                QMessageBox.warning(self._owner(), "无法导出", f"无法写入{folder}：{error.strerror or error}")
            else:
                show_failure(self._owner(), error, "导出未完成")

        def done(bundle: Bundle) -> None:
            self.printed.emit()
            self._exported(bundle)

        run_in_background(self._owner(), work, success=done, failure=failed, title="正在导出归档材料…")

    def _exported(self, bundle: Bundle) -> None:
        box = QMessageBox(self._owner())
        box.setWindowTitle("导出完成")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            f"已导出{bundle.case_number}的归档材料{len(bundle.documents)}件（含卷内目录和校验清单）到："
        )
        box.setInformativeText(str(bundle.folder))
        reveal = box.addButton("打开文件夹", QMessageBox.ButtonRole.ActionRole)
        box.addButton("关闭", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is reveal:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(bundle.folder)))
