"""Weights the analyst can trust, on the real window: exact drag undo, working copies, reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QStyle, QStyleOptionSlider

from core.edits import local_shares
from core.storage.view_state import read_project_state
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
Button = QMessageBox.StandardButton

def drag(qtbot, slider, fraction: float) -> None:
    """Press the slider's handle, move it to ``fraction`` of the groove, release: one real drag."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, slider)
    groove = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderGroove, slider)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=handle.center())
    span = groove.width() - handle.width()
    for step in range(1, 6):
        x = groove.left() + handle.width() // 2 + round(span * fraction * step / 5)
        qtbot.mouseMove(slider, QPoint(x, handle.center().y()))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, handle.center().y()))


def shares(window, criterion: str) -> dict[str, float]:
    return local_shares(window.document.model, window.document.profile(), criterion)


def test_two_slider_drags_are_two_steps_and_redo_is_exact_with_a_lock(qtbot, window, paper_model):
    doc, editor = window.document, window.criteria.weights
    window.criteria.select("R1")
    editor.lock.setChecked(True)
    window.criteria.select("R4")
    before = shares(window, "R4")
    drag(qtbot, editor.slider, 0.6)
    first = (doc.model, doc.profile())
    drag(qtbot, editor.slider, 0.3)
    second = (doc.model, doc.profile())
    assert doc.undo_stack.count() == 2 and first != second
    # the locked share survives two renormalisations (to rounding: shares are re-divided by their sum)
    assert shares(window, "R4")["R1"] == pytest.approx(before["R1"], rel=1e-12)
    doc.undo_stack.undo()
    assert (doc.model, doc.profile()) == first
    doc.undo_stack.undo()
    assert doc.model == paper_model and doc.profile() == paper_model.profile("Equal weights")
    doc.undo_stack.redo()
    assert (doc.model, doc.profile()) == first
    doc.undo_stack.redo()
    assert (doc.model, doc.profile()) == second
    shot(window, "01-drag-redo-exact-locked-R1")


def test_weight_edits_mark_the_profile_and_revert_restores_it(qtbot, window, paper_model):
    doc, bar = window.document, window.profiles
    assert bar.combo.currentText() == "Equal weights" and not bar.revert_action.isEnabled()
    window.criteria.select("E1")
    drag(qtbot, window.criteria.weights.slider, 0.8)
    assert bar.combo.currentText() == "Equal weights *" and bar.revert_action.isEnabled()
    assert doc.model.profiles == paper_model.profiles  # the named profile is untouched
    assert not bar.store_action.isEnabled()  # the paper's profiles are read-only
    shot(window.profiles, "02-profile-modified-marker")
    bar.revert_action.trigger()
    assert bar.combo.currentText() == "Equal weights" and doc.profile() == paper_model.profile("Equal weights")
    doc.undo_stack.undo()  # Revert is one undo step
    assert bar.combo.currentText() == "Equal weights *"


def test_switching_away_from_unsaved_weights_asks(qtbot, window, answers, monkeypatch, paper_model):
    doc, bar = window.document, window.profiles
    doc.set_weight("E1", 0.7)
    answers.queue = [Button.Cancel]
    bar.combo.setCurrentIndex(bar.combo.findData("Economy first"))
    assert answers.asked == ["Unsaved Weights"] and doc.profile().name == "Equal weights"
    assert bar.combo.currentText() == "Equal weights *"
    answers.queue = [Button.Save]  # a read-only profile: Save asks for a new name
    monkeypatch.setattr(bar, "_ask_name", lambda title, suggestion: "Mine")
    bar.combo.setCurrentIndex(bar.combo.findData("Economy first"))
    assert [p.name for p in doc.model.profiles][-1] == "Mine"
    assert doc.model.profile("Equal weights") == paper_model.profile("Equal weights")
    assert doc.model.profile("Mine").weights == {**paper_model.profile("Equal weights").weights,
                                                 **doc.model.profile("Mine").weights}


def test_save_profile_writes_an_own_profile_and_discard_drops_changes(qtbot, window, answers, monkeypatch):
    doc, bar = window.document, window.profiles
    monkeypatch.setattr(bar, "_ask_name", lambda title, suggestion: "Mine")
    doc.set_weight("E1", 0.7)
    assert bar.save_as_profile() and doc.profile().name == "Mine" and not doc.is_profile_modified()
    doc.set_weight("E1", 0.2)
    assert bar.store_action.isEnabled()
    bar.store_action.trigger()
    assert local_shares(doc.model, doc.model.profile("Mine"), "E1")["E1"] == pytest.approx(0.2)
    doc.set_weight("E1", 0.9)
    answers.queue = [Button.Discard]
    bar.combo.setCurrentIndex(bar.combo.findData("Economy first"))
    assert doc.profile().name == "Economy first"
    assert local_shares(doc.model, doc.model.profile("Mine"), "E1")["E1"] == pytest.approx(0.2)
    doc.undo_stack.undo()  # undoing the discard shows the changed weights again, where they were made
    assert doc.profile().name == "Mine" and bar.combo.currentText() == "Mine *"


def test_a_saved_project_reopens_on_its_profile_method_and_locks(qtbot, tmp_path, window, make_window):
    doc = window.document
    window.profiles.combo.setCurrentIndex(window.profiles.combo.findData("Economy first"))
    window.results.method.setCurrentIndex(window.results.method.findData("promethee2"))
    doc.set_locked("E2", True)
    doc.set_weight("E1", 0.4)
    path = tmp_path / "where.mizan"
    doc.save(str(path))
    assert window.files.open_path(str(path))
    assert doc.profile().name == "Economy first" and doc.method == "promethee2" and doc.locked == {"E2"}
    assert window.profiles.combo.currentText() == "Economy first *"
    assert window.results.method.currentData() == "promethee2"
    model, state = read_project_state(path)
    assert state.profile == "Economy first" and "Economy first" in state.working
    shot(window, "03-reopened-on-profile-and-method")
