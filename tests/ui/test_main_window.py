"""The main window driven through its real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QDoubleSpinBox, QLineEdit, QMessageBox

from core.edits import SetOption
from core.storage.project import read_project
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.bidi import label
from ui.models.criteria_tree import LOCAL, NAME, TYPE
from ui.models.ranking_table import OPTION_ROLE
from ui.widgets.score_delegate import RiskEditor

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
Button = QMessageBox.StandardButton


def ranking(window) -> list[str]:
    """Option ids in the ranking table, top row first."""
    table = window.results.ranking_model
    return [table.index(row, 0).data(OPTION_ROLE) for row in range(table.rowCount())]


def score_index(window, option_id: str, factor_id: str):
    model = window.scores.model
    rows = [f.id for f in window.document.model.factors]
    columns = [o.id for o in window.document.model.options]
    return model.index(rows.index(factor_id), columns.index(option_id))


def test_editing_a_score_in_the_delegate_reranks_and_undo_restores(qtbot, window, paper_model):
    assert ranking(window)[0] == "O3"
    table = window.scores.table
    for factor in ("E1", "E2", "R3", "R4", "R5"):
        index = score_index(window, "O3", factor)
        table.setCurrentIndex(index)
        table.edit(index)
        editor = next(e for e in table.viewport().findChildren(RiskEditor) if e.isVisible())
        assert isinstance(editor, RiskEditor)
        editor.likelihood.setCurrentIndex(4)
        editor.likelihood.activated.emit(4)  # what a click on "5 — Almost certain" sends
        editor.impact.setCurrentIndex(4)
        editor.impact.activated.emit(4)
        table.commitData(editor)
        table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert window.document.model.score("O3", "R5").number == 25
    assert ranking(window)[0] != "O3"
    while window.document.undo_stack.canUndo():
        window.undo_action.trigger()
    assert window.document.model == paper_model
    assert ranking(window)[0] == "O3"


def test_editing_a_weight_in_the_tree_reranks(window, paper_model):
    before = window.results.ranking_model.rows()
    tree = window.criteria.model
    tree.setData(tree.index_of_id("REG", LOCAL), 90.0)
    after = window.results.ranking_model.rows()
    assert after != before
    assert window.document.model.global_weights(window.document.profile())["R1"] == pytest.approx(0.9 / 6)
    window.undo_action.trigger()
    assert window.document.model == paper_model


def open_tree_editor(qtbot, window, criterion_id: str, column: int, kind):
    """Start editing a cell of the criteria tree as a double click does; returns its editor."""
    tree = window.criteria.tree
    index = window.criteria.model.index_of_id(criterion_id, column)
    tree.setCurrentIndex(index)
    tree.edit(index)
    qtbot.waitUntil(lambda: any(e.isVisible() for e in tree.viewport().findChildren(kind)))
    return next(e for e in tree.viewport().findChildren(kind) if e.isVisible())


def commit(qtbot, window, editor) -> None:
    delegate = window.criteria.tree.itemDelegate()
    delegate.commitData.emit(editor)
    delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_the_tree_s_editors_start_from_the_value_not_the_text_and_edit_through_the_document(
        qtbot, window, paper_model):
    model, document = window.criteria.model, window.document
    name = open_tree_editor(qtbot, window, "E1", NAME, QLineEdit)
    assert name.text() == paper_model.criterion("E1").name  # the bare name, not the "E1  …" the cell shows
    name.setText("Renamed")
    commit(qtbot, window, name)
    assert document.model.criterion("E1").name == "Renamed"
    assert model.index_of_id("E1", NAME).data() == label("E1", "Renamed")
    weight = open_tree_editor(qtbot, window, "E1", LOCAL, QDoubleSpinBox)
    assert weight.value() == pytest.approx(20.0)
    weight.setValue(40.0)
    commit(qtbot, window, weight)
    assert model.index_of_id("E1", LOCAL).data() == "40.0"
    kind = open_tree_editor(qtbot, window, "E1", TYPE, QComboBox)
    assert kind.currentData() == "risk"
    kind.setCurrentIndex(kind.findData("benefit"))
    commit(qtbot, window, kind)
    assert model.index_of_id("E1", TYPE).data() == "Benefit" and document.model.criterion("E1").kind == "value"
    while document.undo_stack.canUndo():
        window.undo_action.trigger()
    assert document.model == paper_model
    assert [model.index_of_id("E1", column).data() for column in (NAME, LOCAL, TYPE)] == [
        label("E1", paper_model.criterion("E1").name), "20.0", "Risk"]


def test_a_slider_drag_is_one_undo_step(qtbot, window, paper_model):
    window.criteria.select("SEC")
    slider = window.criteria.weights.slider
    assert slider.isEnabled()
    slider.setSliderDown(True)
    for value in (100, 200, 350, 500, 620):
        slider.setValue(value)
    slider.setSliderDown(False)
    assert window.document.undo_stack.count() == 1
    shares = window.document.model.global_weights(window.document.profile())
    assert shares["S1"] == pytest.approx(0.62)
    assert window.criteria.weights.spin.value() == pytest.approx(62.0)
    window.undo_action.trigger()
    assert window.document.model == paper_model
    assert slider.value() == round(1000 / 17)


def test_the_model_moves_the_slider_without_echoing_an_edit(window):
    window.criteria.select("E1")
    window.document.set_weight("E1", 0.5)
    assert window.criteria.weights.slider.value() == 500
    assert window.document.undo_stack.count() == 1


def test_switching_profile_in_the_toolbar_reranks_at_once(window):
    combo = window.profiles.combo
    first = window.results.ranking_model.rows()
    combo.setCurrentIndex(combo.findText("Sovereignty first"))
    assert window.document.profile().name == "Sovereignty first"
    assert window.results.ranking_model.rows() != first


def test_method_selector_reranks(window):
    window.results.method.setCurrentIndex(window.results.method.findData("vikor"))
    assert window.document.evaluation().method == "vikor"
    assert window.results.ranking_model.headerData(2, Qt.Orientation.Horizontal) == "Score (lower is better)"


def test_title_shows_the_file_and_the_modified_mark(tmp_path, window, monkeypatch):
    assert "[*]" in window.windowTitle() and not window.isWindowModified()
    window.document.set_weight("E1", 0.3)
    assert window.isWindowModified()
    target = tmp_path / "paper.mizan"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: str(target))
    window.save_action.trigger()
    assert not window.isWindowModified() and window.windowTitle().startswith("paper.mizan")
    assert window.settings.recent_files[0] == str(target)


def test_save_then_reopen_gives_the_same_model(tmp_path, window, make_window, paper_model, monkeypatch):
    window.document.apply(SetOption("O1", {"name": "Renamed <b>x</b>"}))
    window.document.set_weight("R4", 0.4)
    monkeypatch.setattr(window.files, "ask_save_path", lambda: str(tmp_path / "kept"))
    assert window.files.save()
    saved = window.document.model
    assert read_project(tmp_path / "kept.mizan") == saved
    other = make_window(paper_model, folder=tmp_path / "other")
    assert other.files.open_path(str(tmp_path / "kept.mizan")) is False  # locked by the first window: Discard
    other.ask.queue.append(Button.Open)
    assert other.files.open_path(str(tmp_path / "kept.mizan"))
    assert other.document.model == saved and not other.document.is_modified()


def test_close_asks_to_save_and_cancel_keeps_the_window(window, answers):
    window.document.set_weight("E1", 0.3)
    answers.queue.append(Button.Cancel)
    assert not window.close()
    assert answers.asked == ["Save Changes?"] and window.isVisible()
    answers.queue.append(Button.Discard)
    assert window.close()


def test_bad_input_is_refused_inline_and_never_changes_the_model(qtbot, window, paper_model):
    window.scores.select_cell("O1", "E1")
    low = window.inspector.cell.low
    low.setFocus()
    qtbot.keyClicks(low, "abc")
    assert low.property("invalid")
    low.editingFinished.emit()
    assert "not a number" in window.statusBar().currentMessage()
    low.setText("30")
    low.setModified(True)
    low.editingFinished.emit()
    assert low.property("invalid")
    assert "range" in window.statusBar().currentMessage()
    assert window.document.model == paper_model


def test_names_with_markup_are_shown_as_plain_text(window):
    window.document.apply(SetOption("O1", {"name": "<b>x</b>"}))
    window.scores.select_cell("O1", "E1")
    heading = window.inspector.cell.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText and "<b>x</b>" in heading.text()
    assert window.results.grid_option.itemText(0) == "O1  <b>x</b>"
    assert window.scores.model.headerData(0, Qt.Orientation.Horizontal) == "O1\n<b>x</b>"


def test_charts_appear_after_the_first_paint(qtbot, window):
    qtbot.waitUntil(lambda: bool(window.results.ranking_chart.labels()), timeout=5000)
    assert window.results.ranking_chart.labels()[0].startswith("1. O3")
    window.results.tabs.setCurrentIndex(2)
    window.results.set_option("O4")
    qtbot.waitUntil(lambda: window.results.grid.figure is not None and bool(window.results.grid.figure.axes))
    assert window.results.grid.figure.axes[0].get_title().startswith("O4")


def test_adding_and_deleting_criteria_and_options_from_the_panels(qtbot, window, paper_model, answers):
    window.criteria.select("POL")
    window.criteria.add_factor()
    assert len(window.document.model.criterion("POL").children) == 6
    window.criteria.add_group()  # beside the new factor, so inside POL
    group = window.document.model.criterion("POL").children[-1]
    assert group.is_group and window.criteria.selected() == group.id
    window.criteria.move(-1)
    assert window.document.model.criterion("POL").children[-2] == group
    answers.queue = [Button.Cancel, Button.Yes]
    window.criteria.delete()  # a group with children asks first
    assert answers.asked == ["Delete Group"] and len(window.document.model.criterion("POL").children) == 7
    window.criteria.delete()
    assert len(window.document.model.criterion("POL").children) == 6
    window.scores.table.setCurrentIndex(window.scores.model.index(0, 1))
    window.scores.delete_option()
    assert [o.id for o in window.document.model.options] == ["O1", "O3", "O4", "O5"]
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert window.document.model == paper_model


def test_an_opened_model_is_kept_out_of_the_full_garbage_collection(window, tmp_path, paper_model):
    """A full collection visits every tracked object holding the GIL; an open model's scores are exempt."""
    import gc

    from core.storage.project import write_project

    path = tmp_path / "opened.mizan"
    write_project(path, paper_model)
    try:
        assert window.files.open_path(str(path))
        scores = {id(score) for score in window.document.model.scores.values()}
        assert scores and gc.get_freeze_count() > 0
        assert not scores & {id(o) for o in gc.get_objects()}  # none left for the collector to visit
    finally:
        gc.unfreeze()  # the rest of the suite collects as usual


def test_a_refusal_leaves_the_status_bar_once_an_edit_goes_through(window):
    from PySide6.QtCore import Qt

    from ui.models.register_table import COLUMNS

    table = window.register_dock.view.model
    table.setData(table.index(0, COLUMNS.index("review")), "2027-02-30", Qt.ItemDataRole.EditRole)
    assert window.statusBar().currentMessage().startswith("Not changed: ")
    assert table.setData(table.index(0, COLUMNS.index("owner")), "Ministry of Planning", Qt.ItemDataRole.EditRole)
    assert window.statusBar().currentMessage() == ""  # the refusal was of the edit before, not of this one
