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
    weights = window.criteria.weights
    assert not weights.spin.isEnabled() and weights.spin.cleanText() == "" and weights.slider.value() == 0
    window.resize(1280, 760)
    shot(window, "07-inspector-after-file-new")


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


def value_window(make_window):
    from tests.conftest import value_model

    model = value_model({"O1": [10.0, 3.0], "O2": [900.0, 4.0]}, ["cost", "benefit"], [1, 1])
    criteria = (model.criteria[0].replace(scale=(0.0, 1000.0)), model.criteria[1].replace(scale=(0.0, 10.0)))
    return make_window(model.replace(criteria=criteria))


def test_a_cell_value_outside_the_scale_is_refused_inline_and_the_ranking_stays(qtbot, make_window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.widgets.number_edit import NumberEdit

    window = value_window(make_window)
    model, table = window.scores.model, window.scores.table
    before, ranking = window.document.model, window.results.ranking_model.rows()
    index = model.index(0, 0)
    table.setCurrentIndex(index)
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    messages = []
    window.document.refused.connect(messages.append)
    qtbot.keyClicks(table, "2")
    editor = next(e for e in table.viewport().findChildren(NumberEdit) if e.isVisible())
    assert not editor.property("invalid")
    qtbot.keyClicks(editor, "000")
    assert editor.property("invalid") is True  # the red border as soon as the text leaves the scale
    shot(window.scores, "08-out-of-scale-refused-inline")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.document.model == before and window.results.ranking_model.rows() == ranking
    assert messages and "2000 is outside the scale 0–1000" in messages[0]


def test_numbers_are_shown_as_typed(qtbot, make_window):
    from core.edits import SetScore

    window = value_window(make_window)
    assert window.document.apply(SetScore("O1", "C1", {"value": 987.125}))
    assert window.scores.model.index(0, 0).data() == "987.125"


def test_a_selected_risk_cell_keeps_its_band_colour_and_is_framed_in_the_highlight(qtbot, window):
    from PySide6.QtCore import Qt

    window.resize(1600, 1000)  # room for the matrix whatever the test screen's size
    window.main_split.setSizes([100, 1300, 100])
    table, model = window.scores.table, window.scores.model
    rows = [f.id for f in window.document.model.factors]
    index = model.index(rows.index("E1"), 0)
    qtbot.waitUntil(lambda: table.viewport().rect().contains(table.visualRect(index)))
    band = index.data(Qt.ItemDataRole.BackgroundRole).color()

    def pixels():
        rect = table.visualRect(index)
        image = table.viewport().grab().toImage()
        # Beside the text (left edge), and on the frame's top line (the middle of the top edge).
        return image.pixelColor(rect.left() + 5, rect.center().y()), image.pixelColor(rect.center().x(), rect.top() + 1)

    inside, edge = pixels()
    assert inside == band and edge != table.palette().highlight().color()
    table.selectionModel().select(index, table.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.wait(10)
    inside, edge = pixels()
    assert inside == band and edge == table.palette().highlight().color()
