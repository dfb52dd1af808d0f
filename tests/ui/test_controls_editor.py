"""The Controls editor and the descriptor scales on real widgets: add, edit, delete, effects, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QComboBox

from core.register import Control, Effect, Level
from core.register.residual import residual_levels
from ui.document import Document
from ui.models.controls_table import CONTROL_COLUMNS
from ui.models.register_table import CHOICES_ROLE, COLUMNS
from ui.widgets.controls_editor import ControlsEditor, next_control_id
from ui.widgets.register_delegates import EffectEditor
from ui.widgets.register_view import RegisterView
from ui.widgets.scales_editor import ScalesEditor
from tests.ui.shots import shot
from tests.ui.test_register_view import TODAY, source_index, type_into, with_register

FOLDER = "register"


@pytest.fixture
def doc(paper_model) -> Document:
    return Document(with_register(paper_model))


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def editor(qtbot, doc) -> ControlsEditor:
    return shown(qtbot, ControlsEditor(doc))


def field(editor: ControlsEditor, row: int, key: str):
    return editor.controls.index(row, CONTROL_COLUMNS.index(key))


def test_the_list_shows_the_controls_and_the_first_ones_effects(editor, doc):
    assert [editor.controls.index(n, 0).data() for n in range(editor.controls.rowCount())] == ["C1", "C2"]
    assert editor.current().id == "C1" and editor.effects.control_id == "C1"
    factors = [f.id for f in doc.model.factors if f.kind == "risk"]
    options = [o.id for o in doc.model.options]
    grid = {(options[c], factors[r]): editor.effects.index(r, c).data()
            for r in range(editor.effects.rowCount()) for c in range(editor.effects.columnCount())}
    assert {cell: text for cell, text in grid.items() if text} == \
        {("O1", "S1"): "−1 L", ("O2", "S1"): "−1 L −1 I", ("O1", "R4"): "−2 L"}
    assert "counts" in editor.caption.text()
    editor.choose("C2")
    assert editor.effects.index(factors.index("E1"), 0).data() == "−2 I"
    assert "planned, not counted" in editor.caption.text()


def test_add_edit_and_delete_controls_each_one_undo_step(qtbot, editor, doc):
    original = doc.model
    editor.choose("C1")
    editor.add_control()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the name the editor offered
    assert [c.id for c in doc.model.register.controls] == ["C1", "C3", "C2"]
    assert editor.current().id == "C3" and editor.effects.control_id == "C3"
    added = doc.model
    type_into(qtbot, editor.list, field(editor, 1, "name"), "Intelligence cooperation with the KRG")
    type_into(qtbot, editor.list, field(editor, 1, "owner"), "KRG")
    type_into(qtbot, editor.list, field(editor, 1, "evidence"), "§ Conclusion")
    assert doc.model.register.control("C3") == Control("C3", "Intelligence cooperation with the KRG", owner="KRG",
                                                       evidence="§ Conclusion")
    edited = doc.model
    editor.list.setCurrentIndex(field(editor, 0, "id"))
    editor.delete_control()
    assert [c.id for c in doc.model.register.controls] == ["C3", "C2"]
    assert doc.undo_stack.count() == 5 and doc.undo_stack.undoText() == "Delete control"
    assert doc.undo_stack.text(0) == "Add control" and doc.undo_stack.text(1) == "Change control"
    doc.undo_stack.undo()
    assert doc.model == edited
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.model == added
    doc.undo_stack.undo()
    assert doc.model == original
    for _ in range(5):
        doc.undo_stack.redo()
    assert [c.id for c in doc.model.register.controls] == ["C3", "C2"]
    assert doc.model.register.control("C3").owner == "KRG"


def test_a_new_id_keeps_the_controls_place_and_effects(qtbot, editor, doc):
    effects = doc.model.register.control("C1").effects
    type_into(qtbot, editor.list, field(editor, 0, "id"), "CTS")
    assert [c.id for c in doc.model.register.controls] == ["CTS", "C2"]
    assert doc.model.register.control("CTS").effects == effects and doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Change control id"
    doc.undo_stack.undo()
    assert [c.id for c in doc.model.register.controls] == ["C1", "C2"]


def test_a_duplicate_id_is_refused_and_nothing_changes(qtbot, editor, doc):
    before, reasons = doc.model, []
    doc.refused.connect(reasons.append)
    type_into(qtbot, editor.list, field(editor, 0, "id"), "c2")  # ids differ in more than case
    assert doc.model is before and len(reasons) == 1 and doc.undo_stack.count() == 0


def test_status_is_picked_and_planned_controls_stop_counting(qtbot, doc, editor):
    register = shown(qtbot, RegisterView(doc, lambda: TODAY))
    residual = source_index(register, "O1", "R4", "residual_likelihood")
    inherent = doc.model.score("O1", "R4").likelihood
    assert residual.data(Qt.ItemDataRole.EditRole) == max(1, inherent - 2)
    assert editor.controls.setData(field(editor, 0, "status"), "planned")
    assert source_index(register, "O1", "R4", "residual_likelihood").data(Qt.ItemDataRole.EditRole) == inherent
    assert "C1 (not counted)" in source_index(register, "O1", "R4", "controls").data()
    doc.undo_stack.undo()
    assert source_index(register, "O1", "R4", "residual_likelihood").data(Qt.ItemDataRole.EditRole) == \
        max(1, inherent - 2)


def test_editing_an_effect_in_the_grid_changes_the_residual_the_register_shows(qtbot, doc, editor):
    register = shown(qtbot, RegisterView(doc, lambda: TODAY))
    factors = [f.id for f in doc.model.factors if f.kind == "risk"]
    cell = editor.effects.index(factors.index("R1"), 2)  # O3 × R1
    score, before = doc.model.score("O3", "R1"), doc.model
    assert source_index(register, "O3", "R1", "residual_score").data(Qt.ItemDataRole.EditRole) == \
        score.likelihood * score.impact
    editor.grid.setCurrentIndex(cell)
    editor.grid.edit(cell)
    widget = next(e for e in editor.grid.findChildren(EffectEditor) if e.isVisible())
    widget.set_values(1, 2)
    shot(editor, "05-effects-grid-editing", FOLDER)
    editor.grid.commitData(widget)
    editor.grid.closeEditor(widget, QAbstractItemDelegate.EndEditHint.NoHint)
    assert doc.model.register.control("C1").effect("O3", "R1") == Effect("O3", "R1", 1, 2)
    assert cell.data() == "−1 L −2 I"
    low, high = max(1, score.likelihood - 1), max(1, score.impact - 2)
    assert residual_levels(doc.model, "O3", "R1") == (low, high)
    assert source_index(register, "O3", "R1", "residual_score").data(Qt.ItemDataRole.EditRole) == low * high
    assert source_index(register, "O3", "R1", "controls").data() == "C1"
    doc.undo_stack.undo()
    assert doc.model == before and cell.data() == ""
    assert source_index(register, "O3", "R1", "controls").data() == ""
    editor.effects.setData(editor.effects.index(factors.index("S1"), 0), (0, 0))  # 0, 0 removes the effect
    assert doc.model.register.control("C1").effect("O1", "S1") is None
    shot(register, "06-register-after-effect-removed", FOLDER)


def test_screenshot_of_the_controls_editor(editor):
    editor.choose("C1")
    shot(editor, "04-controls-editor", FOLDER)
    assert editor.grid.model().rowCount() == 17


def test_next_control_id_skips_taken_ids_as_ids_are_told_apart():
    controls = (Control("C1", "a"), Control("c3", "b"))
    assert next_control_id(()) == "C1"
    assert next_control_id(controls) == "C4"


def test_descriptor_scales_edit_in_place_and_the_level_pickers_follow(qtbot, doc):
    scales = shown(qtbot, ScalesEditor(doc))
    register = shown(qtbot, RegisterView(doc, lambda: TODAY))
    likelihood = scales.tables["likelihood"]
    assert [likelihood.model().index(n, 0).data() for n in range(5)] == \
        [level.label for level in doc.model.register.scales.likelihood]
    before = doc.model
    type_into(qtbot, likelihood, likelihood.model().index(2, 0), "Even chance")
    type_into(qtbot, likelihood, likelihood.model().index(2, 1), "About one in two.")
    level = doc.model.register.scales.likelihood[2]  # its Arabic stays with it: edited in English only
    assert level == Level("Even chance", "About one in two.", before.register.scales.likelihood[2].translations)
    choices = source_index(register, "O1", "E1", "likelihood").data(CHOICES_ROLE)
    assert choices[2] == (3, "3 — Even chance")
    shot(scales, "07-descriptor-scales", FOLDER)
    reasons = []
    doc.refused.connect(reasons.append)
    assert not scales.model("impact").setData(scales.model("impact").index(0, 0), "  ")  # a level needs a label
    assert len(reasons) == 1
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.model == before
    assert likelihood.model().index(2, 0).data() == before.register.scales.likelihood[2].label


def test_the_window_shows_each_page_from_the_risks_menu(qtbot, window):
    dock = window.register_dock
    dock.view.set_today(lambda: TODAY)  # the summary names the day: not the machine's
    assert dock.isHidden()
    titles = {a.text(): a for a in dock.actions_by_page.values()}
    assert set(titles) == {"Risk &Register…", "&Controls…", "&Descriptor Scales…"}
    dock.actions_by_page["controls"].trigger()
    assert dock.isVisible() and dock.tabs.currentWidget() is dock.controls
    dock.actions_by_page["register"].trigger()
    assert dock.tabs.currentWidget() is dock.view
    assert dock.view.model.rowCount() == sum(f.kind == "risk" for f in window.document.model.factors) * \
        len(window.document.model.options)
    assert dock.actions_by_page["register"].shortcut().toString() == "Ctrl+Shift+K"
    view = dock.view
    view.table.setCurrentIndex(source_index(view, "O3", "P2", "owner"))  # the matrix follows the register
    assert window.scores.model.cell(window.scores.table.currentIndex())[0] == "O3"
    assert window.scores.model.cell(window.scores.table.currentIndex())[1].id == "P2"
    shot(window, "08-window-with-register", FOLDER)


def test_a_register_edit_leaves_the_score_matrix_and_ranking_alone(qtbot, document):
    told = []
    for name in ("structure_changed", "scores_changed", "ranking_changed", "register_changed", "changed"):
        getattr(document, name).connect(lambda n=name: told.append(n))
    from core.edits import SetRiskEntry

    assert document.apply(SetRiskEntry("O1", "S1", {"owner": "Government"}))
    assert told == ["register_changed", "changed"]
    told.clear()
    document.undo_stack.undo()
    assert told == ["register_changed", "changed"]
    assert COLUMNS[0] == "option"


def test_renamed_levels_show_in_the_score_matrix_and_the_cell_inspector(qtbot, window):
    from core.edits import SetScaleLevel
    from ui.widgets.score_delegate import RiskEditor

    doc = window.document
    factors = [f.id for f in doc.model.factors]
    row, factor = next((n, f) for n, f in enumerate(factors) if doc.model.score("O1", f).impact == 4)
    assert doc.apply(SetScaleLevel("impact", 4, {"label": "Grave"}))
    window.scores.select_cell("O1", factor)
    combos = [c for c in window.inspector.findChildren(QComboBox) if c.count() == 5]
    assert "4 — Grave" in [c.itemText(3) for c in combos]
    table = window.scores.table
    index = window.scores.model.index(row, 0)
    assert "4 — Grave" in index.data(Qt.ItemDataRole.ToolTipRole)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = next(e for e in table.viewport().findChildren(RiskEditor) if e.isVisible())
    assert editor.impact.itemText(3) == "4 — Grave" and editor.likelihood.itemText(2) == "3 — Possible"
    doc.undo_stack.undo()
    assert "4 — Major" in [c.itemText(3) for c in combos]
