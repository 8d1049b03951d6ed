"""The earlier cases of the people on a registration form (该信访人的历史事项, 重复访).

While the clerk types a name, ID number or phone, the panel looks up (a
moment after the last keystroke) the cases those people brought before,
lists them newest first, and spells out the warnings that matter before
registering again, such as a case still in progress. Double-clicking a case
asks for it to be opened (``case_activated``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from receptionapp.db.database import Database
from receptionapp.domain.case import ReviewStage
from receptionapp.services.cases.detail import PriorCase, prior_cases
from receptionapp.services.cases.first_contact import first_responsible, receiving_staff
from receptionapp.ui.forms.ui_history_panel import Ui_HistoryPanel

log = logging.getLogger(__name__)

LOOKUP_DELAY_MS = 400
WARNING_COLOR = "#c62828"

# (ID number, name, phone) of one person on the form.
Identity = tuple[str, str, str]


class HistoryPanel(QWidget):
    case_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._identities: Callable[[], Sequence[Identity]] = lambda: ()
        self._prior: list[PriorCase] = []
        self.first_receiver = ""  # the 首问责任人 of the people on the form, once looked up
        self.ui.firstReceiverInfo.hide()
        self._lookup_key: tuple[Identity, ...] | None = None
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.ui.caseList.itemActivated.connect(
            lambda item: self.case_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )

    def bind(self, db: Database, identities: Callable[[], Sequence[Identity]]) -> None:
        """Where to look, and how to read the people currently on the form."""
        self._db, self._identities = db, identities
        combo = self.ui.firstReceiver
        combo.clear()
        combo.addItem("自动（原首问责任人或本人）", None)
        for uid, name in receiving_staff(db):
            combo.addItem(name, uid)

    def refresh_later(self) -> None:
        """Look up again once the clerk pauses typing."""
        self._timer.start()

    def refresh(self, force: bool = False) -> None:
        """Look up the earlier cases of everyone on the form, unless they are unchanged."""
        self._timer.stop()
        if self._db is None:
            return
        keys = tuple(self._identities())
        if keys == self._lookup_key and not force:
            return
        self._lookup_key = keys
        found: dict[int, PriorCase] = {}
        searched = False
        try:
            for id_number, name, phone in keys:
                if len(id_number) != 18 and not (name and len(phone) >= 7):
                    continue
                searched = True
                for case in prior_cases(self._db, id_number=id_number, name=name, phone=phone):
                    found.setdefault(case.id, case)
        except Exception:
            log.exception("history lookup failed")
            self._lookup_key = None
            self.ui.summary.setText("查询历史事项失败，请稍后再试。")
            return
        self._prior = sorted(found.values(), key=lambda c: (c.received_at, c.id), reverse=True)
        self._show(searched)
        self._show_first_receiver(keys)

    def _show_first_receiver(self, keys: Sequence[Identity]) -> None:
        """首问负责制: the new case goes to whoever first received this person."""
        assert self._db is not None
        names = dict.fromkeys(n for key in keys if (n := first_responsible(self._db, *key)))
        self.first_receiver = "、".join(names)
        self.ui.firstReceiverInfo.setText(
            f"首问责任人：{self.first_receiver}（新事项将转其办理）" if self.first_receiver else ""
        )
        self.ui.firstReceiverInfo.setVisible(bool(self.first_receiver))

    def chosen_receiver(self) -> int | None:
        """The 首问责任人 the clerk named (None: the person's own, else the clerk)."""
        data = self.ui.firstReceiver.currentData()
        return int(data) if data is not None else None

    def reset_receiver(self) -> None:
        self.ui.firstReceiver.setCurrentIndex(0)

    def warnings(self) -> list[str]:
        return [case.warning for case in self._prior if case.warning]

    def focus_chain(self) -> list[QWidget]:
        return [self.ui.caseList]

    def _show(self, searched: bool) -> None:
        ui = self.ui
        ui.caseList.clear()
        for case in self._prior:
            facts = [f"{case.received_at:%Y-%m-%d}", case.channel.label, case.status.label]
            if case.review_stage is not ReviewStage.NONE:
                facts.append(case.review_stage.label)
            item = QListWidgetItem(f"{case.number}\n{'　'.join(facts)}\n{case.problem}")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setToolTip(case.warning or "双击打开该事项")
            if case.warning:
                item.setForeground(QColor(WARNING_COLOR))
            ui.caseList.addItem(item)
        warnings = self.warnings()
        if self._prior:
            ui.summary.setText(f"重复访：此前已有{len(self._prior)}件")
            color = WARNING_COLOR if warnings else "#e65100"
            ui.summary.setStyleSheet(f"color: {color}; font-weight: bold; font-size: 12pt;")
        else:
            ui.summary.setText(
                "未发现该信访人此前的信访事项。"
                if searched
                else "填写18位身份证号，或姓名和联系电话后，自动查找此前的信访事项。"
            )
            ui.summary.setStyleSheet("color: #666;")
        ui.warning.setText("\n".join(warnings))
        ui.warning.setVisible(bool(warnings))
        ui.hint.setVisible(bool(self._prior))
