"""A large SMAA run left on screen after a weight change reads as out of date, on the real dock, until a new run."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_robustness_view import idle_smaa, run_smaa_with, shown_view
from ui.robustness.smaa import AUTO_SAMPLES

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ACTIVE, DISABLED = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
TEXT, WINDOW_TEXT, BUTTON_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText


def looks(panel) -> dict[str, object]:
    """The colour each result shows its text in, and whether the chart is faded."""
    return {"acceptability": panel.acceptability.palette().color(ACTIVE, TEXT).name(),
            "central": panel.central.palette().color(ACTIVE, TEXT).name(),
            "pairwise": panel.pairwise.palette().color(ACTIVE, TEXT).name(),
            "header": panel.acceptability.horizontalHeader().palette().color(ACTIVE, BUTTON_TEXT).name(),
            "headline": panel.headline.palette().color(ACTIVE, WINDOW_TEXT).name(),
            "convergence": panel.convergence.palette().color(ACTIVE, WINDOW_TEXT).name(),
            "chart faded": panel.chart.graphicsEffect() is not None}


def test_a_stale_large_run_is_greyed_readable_and_restored_by_the_next_run(qtbot, window):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=AUTO_SAMPLES + 1000)
    current = looks(panel)
    assert current["chart faded"] is False
    shown = panel.acceptability_model.values()
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.document.set_weight("SEC", 0.5)
    assert panel.stale and panel.status.text().startswith("Out of date: the model, profile, method or basis changed")
    grey = panel.palette().color(DISABLED, TEXT).name()
    assert grey != current["acceptability"]  # the style draws disabled text in another colour
    stale = looks(panel)
    assert stale == {"acceptability": grey, "central": grey, "pairwise": grey,
                     "header": panel.palette().color(DISABLED, BUTTON_TEXT).name(),
                     "headline": panel.palette().color(DISABLED, WINDOW_TEXT).name(),
                     "convergence": panel.palette().color(DISABLED, WINDOW_TEXT).name(), "chart faded": True}
    # Readable still: the numbers are there, and the tables take the mouse and the keyboard.
    assert panel.acceptability_model.values() == shown and panel.headline.text()
    assert all(table.isEnabled() for table in (panel.acceptability, panel.central, panel.pairwise, panel.tabs))
    run_smaa_with(qtbot, panel, samples=AUTO_SAMPLES + 1000)
    assert not panel.stale and looks(panel) == current


def test_a_small_run_is_never_greyed_for_long_it_repeats_itself(qtbot, window):
    view = shown_view(qtbot, window)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=1000)
    current = looks(panel)
    with qtbot.waitSignal(panel.runner.finished, timeout=10_000):
        window.document.set_method("topsis")
        assert panel.stale and looks(panel)["chart faded"]
    assert not panel.stale and looks(panel) == current
