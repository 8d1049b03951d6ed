"""回访 and the 重大信访信息快报 on the case page, driven as the office would; the admin's settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from receptionapp.domain.case import PetitionerInput
from receptionapp.services import settings
from receptionapp.services.cases.detail import get_case
from receptionapp.services.cases.intake import register_case
from receptionapp.ui.admin.aftercare_settings_dialog import AftercareSettingsDialog
from receptionapp.ui.dialogs.aftercare_dialogs import (
    FollowUpDialog,
    MajorDialog,
    MajorSentDialog,
    suggest_major,
)
from receptionapp.ui.widgets.case_page import CasePage
from tests.conftest import make_registration, type_text
from tests.test_aftercare import closed_case
from tests.uikit import choose, choose_from_menu, drive


def open_page(qtbot, db, data_paths, actor, case_id: int) -> CasePage:
    page = CasePage(db, actor, data_paths, case_id)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_office_calls_back_until_it_reaches_the_petitioner(
    qtbot, db, data_paths, people, monkeypatch
) -> None:
    office = people["office"]
    page = open_page(qtbot, db, data_paths, office, closed_case(db, people))
    panel = page.workflow
    assert not panel.followUpButton.isHidden() and "请回访信访人，期限" in panel.ui.hint.text()
    messages: list[str] = []

    def missed(dialog: FollowUpDialog) -> None:
        assert dialog.ui.caller.currentData() == office.id  # whoever records it called, unless chosen
        dialog.submit()  # 联系上 is ticked, no satisfaction chosen: the message stands beside the field
        messages.append(dialog.ui.satisfactionError.text())
        dialog.ui.reached.setChecked(False)
        assert not dialog.ui.satisfaction.isEnabled()
        type_text(dialog.ui.remarks, "电话无人接听")

    drive(monkeypatch, FollowUpDialog, missed)
    qtbot.mouseClick(panel.followUpButton, Qt.MouseButton.LeftButton)
    assert messages == ["联系上信访人的，请记录其满意程度"]
    assert not panel.followUpButton.isHidden()
    assert "（上次未联系上）" in panel.ui.hint.text()
    assert "未联系上" in panel.ui.record.toPlainText()

    def reached(dialog: FollowUpDialog) -> None:
        assert "此前回访" in dialog.ui.info.text()
        choose(dialog.ui.satisfaction, "基本满意")
        type_text(dialog.ui.remarks, "费用已退还")

    drive(monkeypatch, FollowUpDialog, reached)
    qtbot.mouseClick(panel.followUpButton, Qt.MouseButton.LeftButton)
    assert panel.followUpButton.isHidden()
    assert "联系上，基本满意" in panel.ui.record.toPlainText()
    assert [e.action for e in get_case(db, page.case_id).timeline][-2:] == ["follow_up", "follow_up"]


def test_a_large_collective_visit_is_marked_major_and_its_report_sent(
    qtbot, db, data_paths, people, monkeypatch
) -> None:
    office = people["office"]
    reps = [
        PetitionerInput(name=f"家长{n}", phone=f"1391234000{i}", is_representative=True)
        for i, n in enumerate("甲乙丙", 1)
    ]
    case_id = register_case(db, office, make_registration(person=None, petitioners=reps, head_count=32)).id
    page = open_page(qtbot, db, data_paths, office, case_id)
    panel = page.workflow
    assert "集体访32人，达到重大集体访标准（20人以上）" in panel.ui.hint.text()
    assert panel.majorSentButton.isHidden()
    messages: list[str] = []

    def mark(dialog: MajorDialog) -> None:
        assert dialog.ui.collective.isChecked()  # suggested by the head count
        dialog.ui.other.setChecked(True)
        dialog.submit()
        messages.extend([dialog.ui.otherError.text(), dialog.ui.summaryError.text()])
        dialog.ui.other.setChecked(False)
        type_text(dialog.ui.summary, "三十余名家长到局集体上访，要求撤换班主任，现场秩序正常。")

    drive(monkeypatch, MajorDialog, mark)
    qtbot.mouseClick(panel.majorButton, Qt.MouseButton.LeftButton)
    assert messages == [
        "选择“其他”的，请写明具体情形",
        "请写明快报内容（基本情况、现场情况、已采取的措施），至少10个字",
    ]
    assert panel.majorButton.isHidden() and not panel.majorSentButton.isHidden()
    assert "快报尚未报送" in panel.ui.hint.text()

    # The 快报 is in the print menu; 打开PDF hands the very paper to the viewer.
    opened: list[str] = []
    monkeypatch.setattr(
        "receptionapp.ui.printing.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    number = page.detail.number
    choose_from_menu(qtbot, page, [f"重大信访信息快报 {number}", "打开PDF"])
    [path] = opened
    from tests.pdfcheck import all_text

    assert "集体访人数较多（32人）" in all_text(Path(path).read_bytes())

    def sent(dialog: MajorSentDialog) -> None:
        dialog.submit()
        messages.append(dialog.ui.sentToError.text())
        type_text(dialog.ui.sentTo, "局长、分管副局长")

    drive(monkeypatch, MajorSentDialog, sent)
    qtbot.mouseClick(panel.majorSentButton, Qt.MouseButton.LeftButton)
    assert messages[-1] == "请写明报送给哪位领导或哪个部门"
    assert panel.majorSentButton.isHidden()
    assert "报送局长、分管副局长" in panel.ui.record.toPlainText()


def test_registration_of_a_large_collective_visit_offers_to_mark_it_major(
    qtbot, db, people, monkeypatch
) -> None:
    office = people["office"]
    reps = [
        PetitionerInput(name=f"家长{n}", phone=f"1391234000{i}", is_representative=True)
        for i, n in enumerate("甲乙丙", 1)
    ]
    small = register_case(db, office, make_registration(person=None, petitioners=reps, head_count=8)).id
    large = register_case(db, office, make_registration(person=None, petitioners=reps, head_count=25)).id
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    drive(
        monkeypatch,
        MajorDialog,
        lambda d: type_text(d.ui.summary, "二十五名家长到局集体来访，现场秩序正常。"),
    )
    assert suggest_major(None, db, office, small) is False and asked == []
    assert suggest_major(None, db, office, large) is True
    assert "来访25人，达到重大集体访标准（20人以上）" in asked[0]
    assert suggest_major(None, db, office, large) is False  # marked now: not offered again


def test_the_admin_sets_the_follow_up_days_and_the_major_head_count(qtbot, db, admin) -> None:
    dialog = AftercareSettingsDialog(db, admin)
    qtbot.addWidget(dialog)
    assert (dialog.ui.followUpDays.value(), dialog.ui.majorHeadCount.value()) == (10, 20)
    dialog.ui.followUpDays.setValue(0)
    dialog.submit()
    assert dialog.ui.followUpError.text() == "回访期限应在1至60个工作日之间"
    assert dialog.result() == 0
    dialog.ui.followUpDays.setValue(7)
    dialog.ui.majorHeadCount.setValue(30)
    dialog.submit()
    assert dialog.result() == 1
    assert (
        settings.get(db, settings.FOLLOW_UP_DAYS) == 7 and settings.get(db, settings.MAJOR_HEAD_COUNT) == 30
    )


def test_the_settings_sit_beside_the_board_reminders_in_the_admin_menu(qtbot, db, data_paths, admin) -> None:
    from receptionapp.ui.windows.main_window import MainWindow

    window = MainWindow(db, data_paths, admin)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.ui.adminMenu.actions()]
    thresholds = texts.index(window.ui.actionThresholds.text())
    assert texts[thresholds + 1] == "回访与快报设置…"


def test_the_supervision_dialog_does_not_offer_the_offices_own_report(
    qtbot, db, data_paths, people, monkeypatch
) -> None:
    from receptionapp.domain.aftercare import MajorInput, MajorReason
    from receptionapp.services.workflow import major
    from receptionapp.ui.dialogs.supervise_dialog import SuperviseDialog
    from tests.test_aftercare import handle, register

    office = people["office"]
    case_id = register(db, office, received_at=dt.datetime(2026, 11, 18, 9, 30))
    handle(db, people, case_id)
    major.mark_major(
        db, office, case_id, MajorInput({MajorReason.PUBLIC}, "", "本地论坛出现相关帖子，阅读量较大。")
    )
    page = open_page(qtbot, db, data_paths, office, case_id)
    offered: list[str] = []

    def look(dialog: SuperviseDialog) -> None:
        offered.extend(dialog.ui.obligation.itemText(i) for i in range(dialog.ui.obligation.count()))
        dialog.reject()

    drive(monkeypatch, SuperviseDialog, look)
    qtbot.mouseClick(page.workflow.ui.superviseButton, Qt.MouseButton.LeftButton)
    assert offered and not any("快报" in text for text in offered)


def test_after_registering_a_large_collective_visit_the_window_opens_it_marked(
    qtbot, db, data_paths, people, monkeypatch
) -> None:
    from receptionapp.ui.windows.main_window import MainWindow

    office = people["office"]
    reps = [
        PetitionerInput(name=f"家长{n}", phone=f"1391234000{i}", is_representative=True)
        for i, n in enumerate("甲乙丙", 1)
    ]
    registered = register_case(db, office, make_registration(person=None, petitioners=reps, head_count=40))
    window = MainWindow(db, data_paths, office)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    drive(
        monkeypatch, MajorDialog, lambda d: type_text(d.ui.summary, "四十名家长到局集体来访，现场秩序正常。")
    )
    window.registration.saved.emit(registered.id, registered.number)  # what saving the form announces
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, CasePage) and page.case_id == registered.id
    assert not page.workflow.majorSentButton.isHidden()
