"""One start of the app (or of a bare PySide6 window) for ``benchmarks/run.py``.

    python benchmarks/startup_probe.py bare
    python benchmarks/startup_probe.py app DATA_DIR [--register]

Prints ``ready`` the moment the main window is shown and the event loop has
handled what showing it queued (the window answers input from then on); the
parent times that line from process start. ``app`` starts the real program
(``receptionapp.cli.main``: recovery check, migrations check, login, main
window with its board, register and reception tabs); only the login
dialog is replaced by the admin's password, so no person's typing is timed.
With ``--register`` it then opens the register tab, scrolls through the
first thousand rows and prints ``rss_mb`` (the process's peak memory).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "admin12345"


def _ready_then(after) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    def report() -> None:
        print("ready", flush=True)
        after()

    QTimer.singleShot(0, report)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("教育信访接待系统")
    window.setCentralWidget(QLabel("教育信访接待系统"))
    window.resize(1280, 800)
    window.show()
    _ready_then(app.quit)
    return app.exec()


def app(data_dir: str, register: bool) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication, QDialog

    from receptionapp.ui import session
    from receptionapp.ui.admin import login_dialog

    class AutoLogin:
        """The login dialog, answered with the admin's password at once."""

        def __init__(self, db, _bureau: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
            self.db, self.actor = db, None

        def exec(self) -> QDialog.DialogCode:
            from receptionapp.services.admin.auth import login

            self.actor = login(self.db, "admin", PASSWORD)
            return QDialog.DialogCode.Accepted

    login_dialog.LoginDialog = AutoLogin  # type: ignore[misc,assignment]
    open_window = session.AppSession.open_window

    def open_and_report(self, actor):  # type: ignore[no-untyped-def]
        window = open_window(self, actor)
        _ready_then(lambda: browse(window) if register else QApplication.quit())
        return window

    def browse(window) -> None:  # type: ignore[no-untyped-def]
        window.ui.tabs.setCurrentWidget(window.register)
        QApplication.processEvents()
        table = window.register.ui.table
        for _ in range(5):
            table.scrollToBottom()
            QApplication.processEvents()
        rows = window.register.model.rowCount()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"rss_mb {peak:.1f} rows {rows}", flush=True)
        QApplication.quit()

    session.AppSession.open_window = open_and_report  # type: ignore[method-assign]
    from receptionapp.cli import main

    return main(["--data-dir", data_dir])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        raise SystemExit(bare())
    raise SystemExit(app(sys.argv[2], "--register" in sys.argv))
