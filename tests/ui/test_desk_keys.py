"""Keyboard on the real window: application shortcuts from a focused field; Tab inside the score editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


class X11LineEdit(QLineEdit):
    """A line edit under the X11 key scheme, where Ctrl+E means "end of line" (offscreen Qt has no such scheme)."""

    def event(self, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == QKeyCombination(
                Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_in_a_text_field_opens_the_export_and_types_nothing_into_it(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(window.report_actions, "ask_export_path", lambda: asked.append(1))
    field = X11LineEdit("Economic", window.inspector)
    field.show()
    focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1] and field.text() == "Economic"
    window.criteria.select("E3")
    focus(qtbot, window.inspector.criterion.name)
    qtbot.keyClick(window.inspector.criterion.name, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1, 1] and window.document.undo_stack.count() == 0


def test_the_fields_own_editing_keys_stay_with_the_field(qtbot, window):
    window.criteria.select("E3")
    name = window.inspector.criterion.name
    focus(qtbot, name)
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == name.text()
