"""The robustness view driven through its real widgets: thresholds, SMAA runs, cancel, staleness, closing."""

from __future__ import annotations

import math
import time

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from core.sensitivity import SmaaInputs, UniformSimplex, run_smaa, study
from core.sensitivity.thresholds import thresholds
from tests.core.sensitivity.factories import random_model
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.models.robustness_tables import ID_ROLE, MatrixTableModel, ThresholdTableModel
from ui.robustness.smaa import AUTO_SAMPLES
from ui.robustness.view import SHORTCUT

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
EDIT = Qt.ItemDataRole.EditRole
LONG_RUN = 1_000_000  # about five seconds on the 40 × 60 model: long enough to cancel or close during


def shown_view(qtbot, window):
    """Analysis ▸ Robustness…, then wait for the thresholds of the current model."""
    view = window.robustness.view
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.robustness.action.trigger()
    assert window.robustness.isVisible()
    return view


def table_rows(model) -> list[list[object]]:
    """A table model's raw values (EditRole), row by row."""
    return [[model.index(r, c).data(EDIT) for c in range(model.columnCount())] for r in range(model.rowCount())]


def core_thresholds(document) -> list[list[object]]:
    st = study(document.model, document.profile(), document.method)
    return [[t.criterion, t.weight, t.lower, t.upper, t.distance, t.next_top] for t in thresholds(st)]


def idle_smaa(qtbot, view):
    """The SMAA page on screen, with no run going (it may have started one of its own)."""
    view.tabs.setCurrentWidget(view.smaa)
    qtbot.waitUntil(lambda: not view.smaa.runner.busy(), timeout=10_000)
    return view.smaa


def run_smaa_with(qtbot, panel, samples: int, seed: int = 0, timeout: int = 10_000):
    panel.samples.setValue(samples)
    panel.seed.setValue(seed)
    with qtbot.waitSignal(panel.runner.finished, timeout=timeout):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)


def start_long_run(qtbot, window, view):
    """A million samples on a 40 × 60 model, started from the Run button; returns once it reports progress."""
    panel = idle_smaa(qtbot, view)
    panel.samples.setValue(LONG_RUN)  # above AUTO_SAMPLES: the model change below starts nothing by itself
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.document.load(random_model(40, 60), None)
    with qtbot.waitSignal(panel.runner.progressed, timeout=10_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.runner.busy() and not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
    return panel


def test_the_analysis_menu_has_the_action_and_its_shortcut(window):
    analysis = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Analysis")
    assert window.robustness.action in analysis.actions()
    assert window.robustness.action.shortcut().toString() == SHORTCUT
    assert not window.robustness.isVisible()


def test_the_dock_stacks_its_pages_at_a_side_of_the_window(qtbot, window):
    view = shown_view(qtbot, window)
    assert view.weights.split.orientation() == Qt.Orientation.Horizontal
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.robustness)
    assert view.weights.split.orientation() == Qt.Orientation.Vertical
    assert view.smaa.split.orientation() == Qt.Orientation.Vertical


def test_thresholds_table_matches_the_core_nearest_first(qtbot, window):
    view = shown_view(qtbot, window)
    assert table_rows(view.weights.table_model) == core_thresholds(window.document)
    nearest = view.weights.table_model.thresholds()[0]
    headline = view.weights.headline.text()
    assert headline.startswith(f"O3 stays first unless {nearest.criterion} is weighted above "
                               f"{100 * nearest.upper:.1f}%; then {nearest.above} ranks first.")
    assert view.weights.headline.textFormat() == Qt.TextFormat.PlainText


def test_the_sweep_chart_follows_the_chosen_factor_and_marks_its_weight(qtbot, window):
    view = shown_view(qtbot, window)
    table = view.weights.table
    s1 = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data(ID_ROLE) == "S1")
    table.clicked.emit(table.model().index(s1, 0))
    assert view.weights.criterion.currentData() == "S1"
    qtbot.waitUntil(lambda: view.weights.chart.figure is not None and bool(view.weights.chart.figure.axes))
    ax = view.weights.chart.figure.axes[0]
    assert "S1" in ax.get_xlabel()
    weight = window.document.model.global_weights(window.document.profile())["S1"]
    dashed = [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    assert dashed and dashed[0].get_xdata()[0] == pytest.approx(100 * weight)


def test_a_small_smaa_run_fills_the_acceptability_table(qtbot, window, paper_model):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=2000, seed=7)
    rows = table_rows(panel.acceptability_model)
    n = len(paper_model.options)
    assert [row[0] for row in rows] == [f"{o.id}  {o.name}" for o in paper_model.options]
    shares = np.array([row[1:1 + n] for row in rows], dtype=float)
    assert shares.sum(axis=1) == pytest.approx(np.ones(n))
    assert shares.sum(axis=0) == pytest.approx(np.ones(n))
    st = study(paper_model, window.document.profile(), window.document.method)
    expected = run_smaa(SmaaInputs(st, 2000, 7, UniformSimplex(len(st.criteria))))
    assert shares == pytest.approx(expected.acceptability)
    assert panel.headline.text().startswith("O3 ranks first in ")
    assert "Convergence" in panel.convergence.text()
    assert panel.status.text().startswith("Ranked 2,000 weightings")
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_around_the_profile_samples_a_dirichlet_with_the_concentration(qtbot, window):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    panel.sampler.setCurrentIndex(panel.sampler.findData("dirichlet"))
    assert panel.concentration.isEnabled()
    panel.concentration.setValue(200.0)
    run_smaa_with(qtbot, panel, samples=1000)
    assert panel.outcome.job.concentration == 200.0
    assert "around the profile, concentration 200" in panel.headline.text()


def test_cancel_stops_a_long_run_and_the_window_stays_usable(qtbot, window):
    view = shown_view(qtbot, window)
    panel = start_long_run(qtbot, window, view)
    assert not panel.runner.start(lambda *_: None, None)  # never two runs at once
    started = time.perf_counter()
    qtbot.wait(20)  # the GUI thread's event loop keeps turning while the worker counts
    assert time.perf_counter() - started < 0.5
    with qtbot.waitSignal(panel.runner.cancelled, timeout=5000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.runner.busy()
    assert panel.status.text().startswith("Cancelled")
    assert panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()
    assert panel.progress.value() == 0
    assert panel.stale and panel.outcome.result.samples != LONG_RUN  # the last complete result, out of date
    assert "Out of date" in panel.status.text()
    before = window.results.ranking_model.rows()
    window.document.set_weight("C1", 0.9)
    assert window.results.ranking_model.rows() != before
    run_smaa_with(qtbot, panel, samples=500)
    assert panel.outcome.result.samples == 500


def test_a_weight_change_recomputes_thresholds_and_marks_a_large_run_stale(qtbot, window):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=AUTO_SAMPLES + 1000)
    assert not panel.stale
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.document.set_weight("SEC", 0.5)
        assert panel.stale and panel.status.text().startswith("Out of date")
    assert not panel.runner.busy()  # a large run is repeated only on demand
    assert table_rows(view.weights.table_model) == core_thresholds(window.document)
    run_smaa_with(qtbot, panel, samples=AUTO_SAMPLES + 1000)
    assert not panel.stale


def test_a_small_run_repeats_itself_after_a_change(qtbot, window):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=1000)
    first = panel.outcome
    with qtbot.waitSignal(panel.runner.finished, timeout=10_000):
        window.document.set_method("topsis")
        assert panel.stale
    assert not panel.stale and panel.outcome is not first
    assert panel.outcome.result.method == "topsis"


def test_a_model_that_cannot_be_ranked_says_why(qtbot, window, paper_model):
    view = shown_view(qtbot, window)
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.document.load(paper_model.replace(options=(), scores={}), None)
    assert view.quick is None
    assert view.status.text() == "Not available"
    assert view.weights.headline.text().startswith("No robustness analysis: the decision matrix")
    assert view.tornado.caption.text() == view.weights.headline.text()


def test_closing_the_window_during_a_run_stops_the_worker(qtbot, window):
    view = shown_view(qtbot, window)
    panel = start_long_run(qtbot, window, view)
    thread = panel.runner._thread
    assert window.close()
    assert not panel.runner.busy() and thread.isFinished()
    qtbot.wait(50)  # let queued progress signals arrive after the stop: they must be harmless
    QApplication.processEvents()


def test_table_models_pass_the_model_tester(qtmodeltester, qtbot, window):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=1000)
    for model in (view.weights.table_model, panel.acceptability_model, panel.central_model, panel.pairwise_model):
        qtmodeltester.check(model)
    assert panel.pairwise_model.index(0, 1).data() == "—"  # an option against itself
    empty = ThresholdTableModel()
    qtmodeltester.check(empty)
    matrix = MatrixTableModel()
    matrix.set_matrix(["a", "b"], ["A", "B"], ["Row", "x"], [[0.25], [math.nan]])
    qtmodeltester.check(matrix)
    assert matrix.index(1, 1).data() == "—" and matrix.index(1, 1).data(EDIT) is None
    assert matrix.index(0, 1).data() == "25.0%"
    assert matrix.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert matrix.rowCount(matrix.index(0, 0)) == 0 and matrix.rowCount(QModelIndex()) == 2


def test_the_view_never_shows_results_of_another_weighting(qtbot, window):
    view = shown_view(qtbot, window)
    assert view.quick.subject == view.subject()
    window.document.set_weight("SEC", 0.5)
    assert view.quick is None and view.status.text() == "Computing…"
    assert view.weights.headline.text() == view.tornado.caption.text() == "Computing…"
    assert view.weights.table_model.rowCount() == 0
    with qtbot.waitSignal(view.updated, timeout=10_000):
        pass
    assert view.quick.subject == view.subject()
    assert table_rows(view.weights.table_model) == core_thresholds(window.document)


def test_a_result_that_arrives_for_an_old_weighting_is_dropped(qtbot, window):
    view = shown_view(qtbot, window)
    window.document.set_weight("SEC", 0.4)
    view.timer.stop()
    view.recompute()  # computes for SEC at 0.4 …
    window.document.set_weight("SEC", 0.6)  # … which is out of date before it arrives
    view.timer.stop()
    with qtbot.waitSignal(view.quick_runner.finished, timeout=10_000):
        pass
    assert view.quick is None and view.weights.headline.text() == "Computing…"
    with qtbot.waitSignal(view.updated, timeout=10_000):
        view.recompute()
    assert view.quick.subject == view.subject()


def test_a_new_model_opened_while_the_dock_is_closed_never_shows_the_old_results(qtbot, window):
    view = shown_view(qtbot, window)
    window.robustness.hide()
    window.files.new()  # File ▸ New with the dock closed: what the view held is another model's
    assert view.quick is None and view.weights.headline.text() == view.tornado.caption.text() == "Computing…"
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.robustness.action.trigger()
    assert view.quick.subject == view.subject()
    assert table_rows(view.weights.table_model) == core_thresholds(window.document)


def test_every_number_column_fits_its_header_and_the_widest_share(qtbot, window):
    """Columns are sized from the headers, not by measuring each cell; none is too narrow to read."""
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=2000, seed=7)
    for table in (panel.acceptability, panel.central, panel.pairwise):
        model, header = table.model(), table.horizontalHeader()
        assert model.columnCount() > 1
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
        for column in range(1, model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            needed = max(table.fontMetrics().horizontalAdvance("100.0%"), header.fontMetrics().horizontalAdvance(text))
            assert header.sectionSize(column) > needed, (text, column)
            for row in range(model.rowCount()):
                shown = model.index(row, column).data()
                assert table.fontMetrics().horizontalAdvance(shown) < header.sectionSize(column), shown
