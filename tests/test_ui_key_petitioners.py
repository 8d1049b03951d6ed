"""重点信访人 in the GUI: the office marks a petitioner from the case page, the list changes and ends it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from receptionapp.services.cases import intake
from receptionapp.services.cases import key_petitioners as keys
from receptionapp.ui.dialogs.key_petitioner_dialogs import KeyMarkDialog, KeyPetitionersDialog
from tests.conftest import make_registration, type_text
from tests.uikit import choose


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_page(qtbot, db, data_paths, actor, case_id):
    from receptionapp.ui.windows.main_window import MainWindow

    window = MainWindow(db, data_paths, actor)
    qtbot.addWidget(window)
    window.open_case(case_id)
    return window, window.case_pages()[0]


def test_office_marks_from_the_case_page(qtbot, db, people, data_paths, monkeypatch, tmp_path):
    case = intake.register_case(
        db, people["clerk"], make_registration(received_at=dt.datetime(2026, 11, 2, 9))
    )
    _window, page = open_page(qtbot, db, data_paths, people["office"], case.id)
    bar = page.key_bar
    assert bar.button.isVisibleTo(page) and bar.button.text() == "列为重点信访人…"
    assert not bar.label.isVisibleTo(page)

    seen: list[KeyMarkDialog] = []

    def fill(dialog: KeyMarkDialog) -> int:
        seen.append(dialog)
        dialog.show()
        assert dialog.ui.person.currentText() == "张晓梅"
        assert dialog.ui.personState.text() == "尚未列为重点信访人。"
        click(qtbot, dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok))
        assert "请填写列为重点信访人的原因" in dialog.ui.reasonError.text()  # nothing typed yet
        type_text(dialog.ui.reason, "多次越级上访")
        click(qtbot, dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok))
        assert "包案领导" in dialog.ui.leaderError.text()
        choose(dialog.ui.leader, "李局长")
        choose(dialog.ui.status, "稳控中")
        dialog.grab().save(str(tmp_path / "key_mark.png"))
        click(qtbot, dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(KeyMarkDialog, "exec", fill)
    click(qtbot, bar.button)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert bar.label.text() == "重点信访人：张晓梅（包案领导：李局长，稳控中）"
    assert bar.button.text() == "重点信访人…"
    timeline = page.ui.timeline
    texts = [timeline.topLevelItem(i).text(c) for i in range(timeline.topLevelItemCount()) for c in range(4)]
    assert any("列为重点信访人：张晓梅" in t for t in texts)
    page.grab().save(str(tmp_path / "case_page.png"))


def test_clerk_sees_the_mark_but_cannot_change_it(qtbot, db, people, data_paths):
    case = intake.register_case(
        db, people["clerk"], make_registration(received_at=dt.datetime(2026, 11, 2, 9))
    )
    person = intake_person(db, people, case.id)
    keys.mark(db, people["office"], person, "多次来访", people["leader"].id)
    _window, page = open_page(qtbot, db, data_paths, people["clerk"], case.id)
    assert page.key_bar.label.text() == "重点信访人：张晓梅（包案领导：李局长）"
    assert not page.key_bar.button.isVisibleTo(page)
    assert not _window.ui.actionKeyPetitioners.isVisible()


def intake_person(db, people, case_id: int) -> int:
    from receptionapp.services.cases.detail import get_case

    return get_case(db, case_id, people["office"]).petitioners[0].id


def test_list_changes_leader_and_ends(qtbot, db, admin, people, monkeypatch, tmp_path):
    from receptionapp.domain.roles import Role
    from tests.conftest import add_user

    case = intake.register_case(
        db, people["clerk"], make_registration(received_at=dt.datetime(2026, 11, 2, 9))
    )
    second = add_user(db, "leader2", Role.LEADER)
    with db.write() as session:
        from receptionapp.db.models import User

        session.get(User, second.id).display_name = "周副局长"
    person = intake_person(db, people, case.id)
    keys.mark(db, people["office"], person, "多次越级上访", people["leader"].id, status_note="化解中")
    dialog = KeyPetitionersDialog(db, people["leader"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.names() == ["张晓梅"]
    assert dialog.ui.countLabel.text() == "跟踪中1人"
    assert [dialog.model.index(0, c).data() for c in (2, 5, 6, 7)] == [
        "李局长",
        "化解中",
        "1件（未结1）",
        "跟踪中",
    ]
    dialog.grab().save(str(tmp_path / "key_list.png"))
    assert not dialog.ui.editButton.isEnabled()
    dialog.ui.table.selectRow(0)

    def change(mark_dialog: KeyMarkDialog) -> int:
        mark_dialog.show()
        assert mark_dialog.ui.reason.toPlainText() == "多次越级上访"
        choose(mark_dialog.ui.leader, "周副局长")
        mark_dialog.ui.status.setEditText("")
        type_text(mark_dialog.ui.status.lineEdit(), "已化解，持续关注")
        click(qtbot, mark_dialog.ui.buttons.button(mark_dialog.ui.buttons.StandardButton.Ok))
        return mark_dialog.result()

    monkeypatch.setattr(KeyMarkDialog, "exec", change)
    click(qtbot, dialog.ui.editButton)
    assert [dialog.model.index(0, c).data() for c in (2, 5)] == ["周副局长", "已化解，持续关注"]

    def end(mark_dialog: KeyMarkDialog) -> int:
        mark_dialog.show()
        assert mark_dialog.ui.endButton.isVisible()
        click(qtbot, mark_dialog.ui.endButton)
        return mark_dialog.result()

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("诉求已解决，息诉罢访", True))
    monkeypatch.setattr(KeyMarkDialog, "exec", end)
    dialog.ui.table.selectRow(0)
    click(qtbot, dialog.ui.editButton)
    assert dialog.names() == []
    dialog.ui.includeEnded.setChecked(True)
    assert dialog.names() == ["张晓梅"]
    assert dialog.model.index(0, 5).data() == "诉求已解决，息诉罢访"
    assert dialog.model.index(0, 7).data().startswith("已结束")
