"""The robustness tables change in place: a result of the same shape is cells, a new order a layout, only a new
shape a reset, each checked by Qt's model tester and by counting the signals (also on a real window's weight step)."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPersistentModelIndex

from core.sensitivity import study
from core.sensitivity.thresholds import thresholds
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_robustness_view import idle_smaa, run_smaa_with, shown_view, table_rows
from ui.models.robustness_tables import MatrixTableModel, ThresholdTableModel
from ui.robustness.smaa import AROUND

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SIGNALS = ("modelReset", "layoutChanged", "dataChanged", "rowsInserted", "rowsRemoved")


class Counted:
    """How often each of a model's change signals fired, and the rows each dataChanged named."""

    def __init__(self, model) -> None:
        self.counts = dict.fromkeys(SIGNALS, 0)
        self.rows: list[tuple[int, int]] = []
        for name in SIGNALS:
            getattr(model, name).connect(lambda *args, name=name: self._count(name, args))

    def _count(self, name, args) -> None:
        self.counts[name] += 1
        if name == "dataChanged":
            self.rows.append((args[0].row(), args[1].row()))

    def fired(self) -> dict[str, int]:
        return {name: n for name, n in self.counts.items() if n}


def limits_of(paper_model, profile=0):
    st = study(paper_model, paper_model.profiles[profile], "wsm")
    return thresholds(st), {f.id: f.name for f in paper_model.factors}


def test_thresholds_change_in_place_keep_their_rows_by_factor_and_reset_only_on_a_new_shape(qtmodeltester,
                                                                                           paper_model):
    model = ThresholdTableModel()
    limits, names = limits_of(paper_model)
    model.set_thresholds(limits, names)
    qtmodeltester.check(model)  # and stays attached: every change below is checked as it is signalled
    counted = Counted(model)
    model.set_thresholds(limits, names)
    assert counted.fired() == {}  # the same result: nothing to repaint
    moved = [replace(limits[0], weight=limits[0].weight + 0.01), *limits[1:]]
    model.set_thresholds(moved, names)
    assert counted.fired() == {"dataChanged": 1} and counted.rows == [(0, 0)]
    held = QPersistentModelIndex(model.index(1, 2))  # a selected cell, say
    factor = model.thresholds()[1].criterion
    model.set_thresholds(moved[::-1], names)  # the nearest-first order changed
    assert counted.counts["layoutChanged"] == 1 and counted.counts["modelReset"] == 0
    assert (held.row(), held.column()) == (len(moved) - 2, 2) and model.thresholds()[held.row()].criterion == factor
    assert table_rows(model)[0][0] == moved[-1].criterion
    model.set_thresholds(moved[:-1], names)
    assert counted.counts["modelReset"] == 1  # one factor fewer: a new shape


def test_matrices_change_in_place_and_reset_only_on_new_rows_or_columns(qtmodeltester):
    model = MatrixTableModel()
    headers = ["Option", "Rank 1", "Rank 2"]
    model.set_matrix(["O1", "O2"], ["First", "Second"], headers, [[0.25, 0.75], [0.75, math.nan]])
    qtmodeltester.check(model)
    counted = Counted(model)
    model.set_matrix(["O1", "O2"], ["First", "Second"], headers, np.array([[0.25, 0.75], [0.75, np.nan]]))
    assert counted.fired() == {}  # NaN equals NaN here: a dash stays a dash
    model.set_matrix(["O1", "O2"], ["First", "Second"], headers, [[0.25, 0.75], [0.5, 0.5]])
    assert counted.fired() == {"dataChanged": 1} and counted.rows == [(1, 1)]
    held = QPersistentModelIndex(model.index(0, 1))
    model.set_matrix(["O2", "O1"], ["Second", "First"], headers, [[0.5, 0.5], [0.25, 0.75]])
    assert counted.counts["layoutChanged"] == 1 and (held.row(), held.column()) == (1, 1)
    assert model.values() == [[0.5, 0.5], [0.25, 0.75]]
    model.set_matrix(["O2", "O1"], ["Second", "First"], ["Option", "Rank 1", "Rank 2", "Confidence"],
                     [[0.5, 0.5, 1.0], [0.25, 0.75, 0.0]])
    model.set_matrix(["O2", "O3"], ["Second", "Third"], ["Option", "Rank 1", "Rank 2", "Confidence"],
                     [[0.5, 0.5, 1.0], [0.25, 0.75, 0.0]])
    assert counted.counts["modelReset"] == 2  # a new column, then another option


def test_a_weight_step_on_the_real_window_changes_the_smaa_tables_without_a_reset(qtbot, window):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    panel.sampler.setCurrentIndex(panel.sampler.findData(AROUND))  # uniform draws would not move with the weights
    run_smaa_with(qtbot, panel, samples=2000)
    counted = {name: Counted(getattr(panel, f"{name}_model")) for name in ("acceptability", "central", "pairwise")}
    before = panel.acceptability_model.values()
    with qtbot.waitSignal(panel.runner.finished, timeout=10_000):
        window.document.set_weight("SEC", 0.5)  # a small run repeats itself
    assert {name: c.counts["modelReset"] for name, c in counted.items()} == dict.fromkeys(counted, 0)
    assert all(c.counts["dataChanged"] == 1 for c in counted.values()), {n: c.fired() for n, c in counted.items()}
    after = panel.acceptability_model.values()
    assert after != before
    result = panel.outcome.result
    assert np.allclose(np.array(after, dtype=float), np.column_stack([result.acceptability, result.confidence]), equal_nan=True)


def test_a_weight_step_empties_the_threshold_table_once_and_fills_it_once(qtbot, window):
    # Until the new thresholds arrive the table shows none (the view never shows another weighting's results).
    view = shown_view(qtbot, window)
    counted = Counted(view.weights.table_model)
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.document.set_weight("SEC", 0.5)
        window.document.set_weight("SEC", 0.55)  # a second step before the result: already empty, no signal
    assert counted.fired() == {"modelReset": 2}
    assert view.weights.table_model.rowCount() == len(window.document.model.factors)
