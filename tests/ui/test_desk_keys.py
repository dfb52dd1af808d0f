"""Keyboard on the real window: application shortcuts from a focused field; Tab inside the score editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from ui.widgets.score_delegate import RiskEditor

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


def open_cell(qtbot, window, option_id: str, factor_id: str, key: str):
    """Type ``key`` on a score cell: the editor opens with it; returns the cell's index and editor."""
    model, table = window.scores.model, window.scores.table
    rows = [f.id for f in window.document.model.factors]
    columns = [o.id for o in window.document.model.options]
    index = model.index(rows.index(factor_id), columns.index(option_id))
    table.setCurrentIndex(index)
    focus(qtbot, table)
    qtbot.keyClicks(table, key)
    editor = next(e for e in table.viewport().findChildren(RiskEditor) if e.isVisible())
    return index, editor


def test_tab_moves_from_likelihood_to_impact_inside_the_cell_and_enter_commits(qtbot, window, paper_model):
    before = {o.id: window.document.model.score(o.id, "E1") for o in paper_model.options}
    _, editor = open_cell(qtbot, window, "O1", "E1", "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert editor.impact.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "4")
    shot(window.scores, "06-score-editor-tab-to-impact")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.scores.table.state() != QAbstractItemView.State.EditingState)
    score = window.document.model.score("O1", "E1")
    assert (score.likelihood, score.impact) == (3, 4)
    assert all(window.document.model.score(o, "E1") == s for o, s in before.items() if o != "O1")
    assert window.document.undo_stack.count() == 1  # the session is one undo step
    window.undo_action.trigger()
    assert window.document.model == paper_model


def test_escape_puts_the_cell_back_and_leaves_no_undo_step(qtbot, window, paper_model):
    _, editor = open_cell(qtbot, window, "O2", "E1", "5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.scores.table.state() != QAbstractItemView.State.EditingState)
    assert window.document.model == paper_model and window.document.undo_stack.count() == 0
