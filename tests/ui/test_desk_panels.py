"""Panels never show another item's editable content: File ▸ New, deleting a group, first launch."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
Button = QMessageBox.StandardButton


def assert_cleared(page, fields) -> None:
    for field in fields:
        assert not field.isEnabled(), field
        text = field.toPlainText() if hasattr(field, "toPlainText") else field.text()
        assert text == "", (field, text)


def criterion_fields(window):
    page = window.inspector.criterion
    return page, (page.name, page.description, page.notes, page.evidence, page.scale_low, page.scale_high)


def test_file_new_clears_and_disables_the_criterion_inspector(qtbot, window):
    window.criteria.select("ECO")
    window.inspector.show_criterion("ECO")
    page, fields = criterion_fields(window)
    assert page.name.text() == "Economic" and page.name.isEnabled()
    window.files.new()
    assert page.heading.text() == "Select a criterion."
    assert_cleared(page, fields)
    shot(window.inspector, "07-inspector-after-file-new")


def test_deleting_the_inspected_group_asks_then_clears_the_inspector(qtbot, window, answers):
    window.criteria.select("SEC")
    window.inspector.show_criterion("SEC")
    page, fields = criterion_fields(window)
    answers.queue = [Button.Yes]
    window.criteria.delete()
    assert answers.asked == ["Delete Group"]
    assert_cleared(page, fields)
    window.undo_action.trigger()
    window.inspector.show_criterion("SEC")
    assert page.name.text() == "Security" and page.name.isEnabled()


def test_a_cell_inspector_without_a_cell_shows_no_levels(qtbot, window):
    page = window.inspector.cell
    window.inspector.show_cell("O1", "E1")
    assert page.rationale.isEnabled()
    window.files.new()
    assert page.heading.text() == "Select a cell of the score matrix."
    assert page.likelihood.isHidden() and page.impact.isHidden() and page.value.isHidden()
    assert_cleared(page, (page.rationale, page.evidence, page.low, page.high))
