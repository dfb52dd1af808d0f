"""Weighting dialogs: AHP with live CR and the worst judgement, point allocation, swing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QDialogButtonBox

from core.ahp import ahp
from core.edits import local_shares
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.dialogs.ahp import AhpDialog, starting_matrix
from ui.dialogs.common import sibling_set
from ui.dialogs.points import PointsDialog, starting_points
from ui.dialogs.swing import SwingDialog, starting_ratings
from ui.models.ahp_matrix import FLAG_COLOR
from tests.ui.shots import shot

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def top(paper_model):
    return sibling_set(paper_model, None, "Top level")


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_sibling_sets(paper_model):
    assert sibling_set(paper_model, "ECO", "top").ids == ["E1", "E2", "E3", "E4", "E5"]
    assert sibling_set(paper_model, "E2", "top").ids == ["E1", "E2", "E3", "E4", "E5"]
    assert sibling_set(paper_model, None, "top").ids == ["ECO", "POL", "SEC", "REG"]


def test_ahp_dialog_computes_cr_live_and_flags_the_worst_judgement(qtbot, top):
    dialog = AhpDialog(top, [0.25] * 4, {})
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.result.cr == 0 and dialog.warning.isHidden()
    for (row, column), value in {(0, 1): 9.0, (1, 2): 9.0, (0, 2): 1 / 9, (2, 3): 3.0}.items():
        model.setData(model.index(row, column), value)
    expected = ahp(model.matrix(), top.ids)
    assert model.result.cr == pytest.approx(expected.cr) and expected.cr > 0.10
    assert f"CR = {expected.cr:.3f}" in dialog.summary.text()
    assert not dialog.warning.isHidden() and "above 0.10" in dialog.warning.text()
    worst = expected.most_inconsistent
    assert f"{worst.row} compared with {worst.column}" in dialog.warning.text()
    row, column = top.ids.index(worst.row), top.ids.index(worst.column)
    assert model.index(row, column).data(Qt.ItemDataRole.BackgroundRole).color().name().upper() == FLAG_COLOR
    assert "row criterion with the column criterion" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.summary)))
    assert dialog.weights() == dict(zip(top.ids, map(float, expected.priorities)))
    stored = dialog.settings({})["ahp"]["(top level)"]
    assert stored["criteria"] == top.ids and stored["matrix"] == model.matrix()


def test_ahp_dialog_starts_from_current_weights_or_saved_judgements(qtbot, top):
    assert starting_matrix([0.5, 0.25, 0.25])[0][1] == 2.0
    saved = {"ahp": {"(top level)": {"criteria": top.ids, "matrix": [[1, 3, 3, 3], [1 / 3, 1, 1, 1],
                                                                       [1 / 3, 1, 1, 1], [1 / 3, 1, 1, 1]]}}}
    dialog = AhpDialog(top, [0.25] * 4, saved)
    qtbot.addWidget(dialog)
    assert dialog.model.matrix()[0][1] == 3.0


def test_points_must_add_up_to_100(qtbot, top):
    assert starting_points([1 / 3, 1 / 3, 1 / 3]) == [34, 33, 33]
    dialog = PointsDialog(top, [0.25] * 4)
    qtbot.addWidget(dialog)
    assert ok_enabled(dialog)
    dialog.spins[0].setValue(40)
    assert not ok_enabled(dialog) and "take away" in dialog.status.text()
    dialog.spins[1].setValue(10)
    assert ok_enabled(dialog)
    assert dialog.weights() == pytest.approx({"ECO": 0.4, "POL": 0.1, "SEC": 0.25, "REG": 0.25})


def test_swing_weights_are_ratings_over_their_sum(qtbot, top):
    assert starting_ratings([0.5, 0.25]) == [100, 50]
    dialog = SwingDialog(top, [0.4, 0.2, 0.2, 0.2])
    qtbot.addWidget(dialog)
    assert [s.value() for s in dialog.spins] == [100, 50, 50, 50]
    for spin in dialog.spins:
        spin.setValue(0)
    assert not ok_enabled(dialog)
    dialog.spins[0].setValue(100)
    dialog.spins[3].setValue(100)
    assert dialog.weights() == pytest.approx({"ECO": 0.5, "POL": 0.0, "SEC": 0.0, "REG": 0.5})


def test_the_window_applies_dialog_weights_as_one_undo_step(window, paper_model, monkeypatch):
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.criteria.select("R1")
    window.open_weighting("points", "R1")
    shares = local_shares(window.document.model, window.document.profile(), "R1")
    assert sum(shares.values()) == pytest.approx(1.0)
    window.open_weighting("ahp", "R1")
    assert "ahp" in window.document.profile().settings
    assert window.document.undo_stack.count() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.model == paper_model


def test_weighting_a_single_criterion_is_refused(window):
    window.open_weighting("swing", "S1")
    assert "at least two" in window.statusBar().currentMessage()


@pytest.mark.parametrize("typed, expected", [
    ("1", 1.0), ("1 ", 1.0), ("3", 3.0), ("1/3", 1 / 3), ("9", 9.0), (" 1 / 5", 1 / 5), ("0.5", 0.5)])
def test_a_typed_judgement_is_entered_exactly(qtbot, top, typed, expected):
    dialog = AhpDialog(top, [0.25] * 4, {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.model.setData(dialog.model.index(0, 1), 5.0)
    index = dialog.model.index(0, 1)
    dialog.table.setCurrentIndex(index)
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClicks(dialog.table, typed[0])  # the first key opens the editor and lands in it
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, typed[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)
    assert dialog.model.matrix()[0][1] == expected and dialog.model.matrix()[1][0] == 1 / expected
    if typed == "3":
        assert index.data() == "3 — moderately more important"
        shot(dialog, "05-ahp-typed-3")


@pytest.mark.parametrize("typed", ["10", "1/10", "0", "x", "2/3"])
def test_a_value_off_the_scale_is_not_entered(qtbot, top, typed):
    dialog = AhpDialog(top, [0.25] * 4, {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.setCurrentIndex(dialog.model.index(0, 1))
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClicks(dialog.table, typed[0])
    qtbot.keyClicks(QApplication.focusWidget(), typed[1:])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)
    assert dialog.model.matrix()[0][1] == 1.0
    assert dialog.problem.isVisibleTo(dialog) and f"“{typed}” is not on Saaty's scale" in dialog.problem.text()


def test_a_verbal_judgement_chosen_from_the_list_is_entered(qtbot, top):
    dialog = AhpDialog(top, [0.25] * 4, {})
    qtbot.addWidget(dialog)
    dialog.show()
    index = dialog.model.index(1, 2)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index) or dialog.table.focusWidget()
    editor.setCurrentIndex(editor.findText("1/7 — very strongly less important"))
    dialog.table.commitData(editor)
    assert dialog.model.matrix()[1][2] == 1 / 7 and index.data() == "1/7 — very strongly less important"
