"""Undo and redo restore exactly what every text field shows, even the field that has the focus.

Every kind of committing text field (the criterion, cell and option inspectors, a register text panel, the
model's details) is driven as an analyst does: focus set, keys typed, focus moved on. After an undo or a
redo the focused field shows the model's text, leaving it then writes nothing back, and a field being
typed in keeps the typing through a change elsewhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.bilingual import text_in
from core.edits import SetText
from tests.conftest import value_model
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.dialogs.bilingual_details import ModelDetails, ProfileDetails, show_details
from ui.widgets.text_edit import CommitLineEdit

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")
TYPED = "Typed by the analyst"


def _criterion(window, key):
    window.inspector.show_criterion("E1")
    return window.inspector.criterion.texts[key], f"criteria/E1/{key}"


def _cell(window, key):
    window.inspector.show_cell("O1", "E1")
    return window.inspector.cell.texts[key], f"scores/O1/E1/{key}"


def _option(window, key):
    window.inspector.show_option("O2")
    return window.inspector.option.texts[key], f"options/O2/{key}"


def _control(window, key):
    window.register_dock.show_page("controls")
    editor = window.register_dock.controls
    editor.choose("C2")
    return editor.details.texts[key], f"controls/C2/{key}"


def _details(window, key):
    dialog = show_details(window, ModelDetails)
    dialog.activateWindow()
    return dialog.pairs[key], key


def _profile(window, key):
    dialog = show_details(window, ProfileDetails)
    dialog.activateWindow()
    return dialog.pairs[key], dialog.address(key)


FIELDS = {"criterion-name": (_criterion, "name"), "criterion-description": (_criterion, "description"),
          "cell-rationale": (_cell, "rationale"), "cell-evidence": (_cell, "evidence"),
          "option-name": (_option, "name"), "option-description": (_option, "description"),
          "control-name": (_control, "name"), "control-description": (_control, "description"),
          "details-title": (_details, "title"), "details-question": (_details, "question"),
          "profile-notes": (_profile, "notes")}
# The one-line fields of the window (Enter commits them, also in the Model Details dialog, which stays open).
LINES = ["cell-evidence", "control-name", "criterion-name", "details-title", "option-name"]


@pytest.fixture(params=sorted(FIELDS))
def field_of(request, make_window, paper_model):
    """(window, the interface language's field, the field beside it, its address) for each kind of field."""
    window = make_window(paper_model)
    window.activateWindow()
    opened, key = FIELDS[request.param]
    pair, address = opened(window, key)
    return window, pair.own, pair.other, address


def focus(qtbot, field) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)


def type_in(qtbot, field, text: str) -> None:
    """Replace what the focused field holds by ``text``, typed key by key."""
    focus(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, text)


def shows(field) -> str:
    return field.text() if isinstance(field, CommitLineEdit) else field.toPlainText()


def test_an_undo_and_a_redo_show_in_the_focused_field_and_leaving_it_writes_nothing(qtbot, field_of):
    window, field, beside, address = field_of
    document = window.document
    before, old = document.model, shows(field)
    type_in(qtbot, field, TYPED)
    focus(qtbot, beside)  # leaving the field writes the text, one step
    assert text_in(document.model, address, "en") == TYPED
    steps = document.undo_stack.index()
    focus(qtbot, field)
    window.undo_action.trigger()
    assert shows(field) == old and field.hasFocus()
    focus(qtbot, beside)
    assert document.model == before and document.undo_stack.index() == steps - 1  # nothing written back
    focus(qtbot, field)
    window.redo_action.trigger()
    assert shows(field) == TYPED
    focus(qtbot, beside)
    assert text_in(document.model, address, "en") == TYPED and document.undo_stack.index() == steps
    assert not document.undo_stack.canRedo()


def test_a_field_being_typed_in_keeps_the_typing_through_a_change_elsewhere(qtbot, field_of):
    window, field, beside, address = field_of
    document = window.document
    type_in(qtbot, field, TYPED)
    assert document.apply(SetText("criteria/E2/notes", "en", "A note written elsewhere"))
    assert shows(field) == TYPED and field.hasFocus()
    focus(qtbot, beside)
    assert text_in(document.model, address, "en") == TYPED
    assert text_in(document.model, "criteria/E2/notes", "en") == "A note written elsewhere"


@pytest.mark.parametrize("field_of", LINES, indirect=True)  # a multi-line field takes Enter as a new line
def test_a_line_committed_with_enter_follows_an_undo_while_it_keeps_the_focus(qtbot, field_of):
    window, field, beside, address = field_of
    assert isinstance(field, CommitLineEdit)
    document = window.document
    before, old = document.model, field.text()
    type_in(qtbot, field, TYPED)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert text_in(document.model, address, "en") == TYPED and field.hasFocus()
    window.undo_action.trigger()
    assert field.text() == old
    focus(qtbot, beside)
    assert document.model == before and document.undo_stack.canRedo()


def test_a_number_committed_with_enter_follows_an_undo_while_it_keeps_the_focus(qtbot, make_window):
    """The cell inspector's number fields decide as the text fields do (NumberEdit)."""
    model = value_model({"A": [2.0, 5.0], "B": [4.0, 1.0]}, ["benefit", "benefit"], [1.0, 1.0])
    window = make_window(model)
    window.activateWindow()
    window.inspector.show_cell("A", "C1")
    field, document = window.inspector.cell.value, window.document
    type_in(qtbot, field, "3")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert document.model.score("A", "C1").value == 3.0 and field.hasFocus()
    window.undo_action.trigger()
    assert field.text() == "2"
    focus(qtbot, window.inspector.cell.rationale)
    assert document.model == model and document.undo_stack.canRedo()
