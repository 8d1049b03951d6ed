"""Qt calls must not leak or steal references: the reason PySide6 is pinned to 6.11.3.

PySide6 6.12.0 on Python 3.11 loses a reference to None on every call that
returns nothing (``label.setText("a")`` 1,000 times lowers
``sys.getrefcount(None)`` by 1,000; an emitted signal does the same to
True/False) and the process aborts with "Fatal Python error: none_dealloc"
after a few thousand calls — minutes of real use. PySide6 6.11.3 is correct.
This test fails on any combination with that bug, so an upgrade of the pins
cannot bring it back unnoticed.
"""

from __future__ import annotations

import sys


def test_void_qt_calls_keep_the_reference_count_of_none(qapp) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("统计")
    # The bug loses one reference per call (-200 here); a few stray references are noise.
    assert abs(sys.getrefcount(None) - before) < 10


def test_signals_keep_the_reference_count_of_booleans(qapp) -> None:
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(100):
        box.setChecked(True)
        box.setChecked(False)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert abs(after[0] - before[0]) < 10 and abs(after[1] - before[1]) < 10
