"""A large SMAA run leaves the window's event loop turning, gives the engine's numbers, and cancels cleanly."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from core.sensitivity import Dirichlet, SmaaInputs, UniformSimplex, run_smaa, study
from core.sensitivity.jobs import SmaaJob, run_smaa_job
from tests.core.sensitivity.factories import random_model
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_robustness_view import idle_smaa, shown_view
from ui.robustness.smaa import AUTO_SAMPLES, CHILD_WORK, runner_job, smaa_in_child

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
OPTIONS = 200
LARGE = CHILD_WORK // OPTIONS + 5000  # just above the child's threshold on a 200-option model


def large_view(qtbot, window):
    """The SMAA page on a 200 × 12 model, idle, with a large run set up (above AUTO_SAMPLES: nothing starts alone)."""
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    panel.samples.setValue(LARGE)
    with qtbot.waitSignal(view.updated, timeout=20_000):
        window.document.load(random_model(OPTIONS, 12), None)
    qtbot.waitUntil(lambda: not panel.runner.busy(), timeout=20_000)
    return panel


def test_small_runs_stay_on_the_thread_and_large_ones_go_to_a_child(window):
    subject = window.document.subject()
    options = len(subject.model.options)
    assert runner_job(SmaaJob(subject, AUTO_SAMPLES, 0)) is run_smaa_job  # what repeats after every edit
    assert runner_job(SmaaJob(subject, CHILD_WORK // options, 0)) is run_smaa_job
    assert runner_job(SmaaJob(subject, CHILD_WORK // options + 1, 0)) is smaa_in_child


def test_a_run_in_a_child_gives_the_engines_numbers_for_the_seed(qtbot, make_window):
    window = make_window(random_model(OPTIONS, 12))
    panel = large_view(qtbot, window)
    panel.sampler.setCurrentIndex(panel.sampler.findData("dirichlet"))
    panel.concentration.setValue(30.0)
    panel.seed.setValue(5)
    job = panel.job()
    assert runner_job(job) is smaa_in_child
    with qtbot.waitSignal(panel.runner.finished, timeout=60_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.outcome.job.subject == window.document.subject() and not panel.stale
    st = study(job.subject.model, job.subject.profile, job.subject.method)
    expected = run_smaa(SmaaInputs(st, LARGE, 5, Dirichlet(st.weights, 30.0)))
    got = panel.outcome.result
    assert got.samples == LARGE and got.options == expected.options
    for name in ("acceptability", "central_weights", "confidence", "pairwise"):
        np.testing.assert_array_equal(getattr(got, name), getattr(expected, name))
    assert got.convergence == expected.convergence
    assert panel.status.text().startswith(f"Ranked {LARGE:,} weightings")


def test_the_event_loop_keeps_turning_while_a_large_run_counts(qtbot, make_window):
    window = make_window(random_model(OPTIONS, 12))
    panel = large_view(qtbot, window)
    ticks, progress = [], []
    timer, clock = QTimer(window), QElapsedTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    panel.runner.progressed.connect(progress.append)
    clock.start()
    timer.start()
    with qtbot.waitSignal(panel.runner.finished, timeout=60_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    timer.stop()
    # A 5 ms timer, and never a quarter of a second without it firing: a window blocked
    # by the run fires it only between the run's steps, if at all.
    gaps = np.diff([0, *ticks, clock.elapsed()])
    assert len(progress) >= 2 and progress == sorted(progress)
    assert len(ticks) >= 10 and gaps.max() < 250


def test_cancelling_a_run_in_a_child_keeps_the_last_result(qtbot, make_window):
    window = make_window(random_model(OPTIONS, 12))
    panel = large_view(qtbot, window)
    before = panel.outcome
    panel.samples.setValue(1_000_000 // 4)  # 50 M option-samples: seconds of work, cancelled long before
    with qtbot.waitSignal(panel.runner.progressed, timeout=20_000):
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.runner.cancelled, timeout=5000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.outcome is before and not panel.runner.busy()
    assert panel.status.text().startswith("Cancelled")
    assert panel.run_button.isEnabled() and panel.progress.value() == 0


def test_a_uniform_run_in_a_child_matches_the_thread(qtbot, make_window):
    window = make_window(random_model(OPTIONS, 12))
    panel = large_view(qtbot, window)
    job = panel.job()
    moved = smaa_in_child(job, lambda _fraction: None, lambda: False)
    here = run_smaa_job(job)
    assert moved.job is job  # the window's own model, compared by identity in its subject
    np.testing.assert_array_equal(moved.result.acceptability, here.result.acceptability)
    np.testing.assert_array_equal(moved.result.central_weights, here.result.central_weights)
    np.testing.assert_array_equal(moved.study.weights, here.study.weights)
    assert moved.result.sampler == here.result.sampler == UniformSimplex(12).describe()
