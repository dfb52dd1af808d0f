"""Windows on a 1366 × 768 laptop screen: everything opens within it, sizes are remembered, no layout jump."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot, shots_folder

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ROOT = Path(__file__).resolve().parents[2]


def on_laptop_screen(tmp_path, code: str) -> dict:
    """Run ``code`` in a fresh process whose only screen is 1366 × 768; it prints one JSON line."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env_code = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile={config}"
        os.environ["XDG_CONFIG_HOME"] = os.environ["HOME"] = {str(tmp_path)!r}
    """) + textwrap.dedent(code)
    result = subprocess.run([sys.executable, "-c", env_code], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_window_opens_within_a_1366_by_768_screen(tmp_path):
    shots = str(shots_folder() or "")
    sizes = on_laptop_screen(tmp_path, f"""
        import json
        from PySide6.QtCore import QSettings
        from ui.app import create_app, open_window
        app = create_app()
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        window = open_window(None, interactive=True, recovery_folder=None)
        window.show()
        app.processEvents()
        area = app.primaryScreen().availableGeometry()
        from PySide6.QtWidgets import QPushButton
        ahp = [b for b in window.criteria.weights.findChildren(QPushButton) if b.text() == "AHP…"][0]
        sizes = {{"screen": [area.width(), area.height()], "main": [window.width(), window.height()],
                  "ahp_bottom": ahp.mapTo(window, ahp.rect().bottomLeft()).y()}}
        for name, view in (("compare", window.profile_actions.show_compare()),
                           ("combine", window.profile_actions.show_combine())):
            app.processEvents()
            sizes[name] = [view.width(), view.height()]
            if {shots!r}:
                view.grab().save({shots!r} + f"/09-{{name}}-on-1366x768.png")
        if {shots!r}:
            window.grab().save({shots!r} + "/09-main-on-1366x768.png")
        window.discard()
        print(json.dumps(sizes))
    """)
    width, height = sizes["screen"]
    for name in ("main", "compare", "combine"):
        assert sizes[name][0] <= width and sizes[name][1] <= height - 32, (name, sizes[name])
    assert sizes["ahp_bottom"] < sizes["main"][1]  # the Points/Swing/AHP row is on screen


def test_a_dialog_comes_back_at_the_size_it_was_left(qtbot, window, make_window, paper_model):
    view = window.profile_actions.show_compare()
    view.resize(640, 420)  # within the test platform's small screen
    view.reject()
    again = make_window(paper_model).profile_actions.show_compare()
    assert (again.width(), again.height()) == (640, 420)


def test_selecting_a_criterion_with_a_long_name_moves_nothing(qtbot, window):
    panes = (window.criteria, window.scores, window.inspector, window.results, window.criteria.weights.slider)
    window.criteria.select("E2")
    qtbot.wait(10)
    before = [pane.geometry() for pane in panes]
    window.criteria.select("P2")  # "Erbil-Baghdad tension if forces relocate to the Kurdistan Region"
    qtbot.wait(10)
    assert [pane.geometry() for pane in panes] == before
    caption = window.criteria.weights.caption
    assert caption.full_text().startswith("Local weight of P2 Erbil-Baghdad tension")
    assert caption.toolTip() == caption.full_text()


def test_charts_with_300_options_stay_legible_and_show_each_name_once(qtbot, make_window):
    from core.charts import ranking_chart
    from core.model import Criterion, DecisionModel, Option, Profile, Score
    options = tuple(Option(f"Opt{i}", f"Opt{i}") for i in range(300))
    criteria = (Criterion("C1", "C1", kind="value", direction="benefit", scale=(0.0, 1000.0)),)
    model = DecisionModel("big", criteria, options, {(o.id, "C1"): Score(value=float(i)) for i, o in enumerate(options)},
                          (Profile("given", {"C1": 1.0}),))
    window = make_window(model)
    chart = window.results.ranking_chart  # painted natively: only the best that fit are drawn, the axis says so
    qtbot.waitUntil(lambda: chart.layout_shown is not None)
    labels = chart.labels()
    assert labels[0] == "1. Opt299" and len(set(labels)) == 300
    assert not any("Opt299 Opt299" in text for text in labels)
    ranking = window.results.ranking_model
    texts = [t.get_text() for t in ranking_chart([r["name"] for r in ranking.rows()],
                                                 [r["score"] for r in ranking.rows()],
                                                 [r["rank"] for r in ranking.rows()], "higher").axes[0].texts]
    assert "1. Opt299" in texts and any("285 more options" in t for t in texts)  # the report's chart: top 15
    shot(chart, "10-ranking-300-options")


def test_a_size_saved_on_a_larger_screen_is_shrunk_to_this_one(tmp_path):
    sizes = on_laptop_screen(tmp_path, """
        import json
        from PySide6.QtCore import QByteArray, QSettings
        from ui.app import create_app, open_window
        from ui.settings import Settings
        app = create_app()
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        big = open_window(None, interactive=False)
        big.setGeometry(0, 0, 1900, 1050)
        Settings().geometry = big.saveGeometry()
        big.discard()
        window = open_window(None, interactive=True)
        area = app.primaryScreen().availableGeometry()
        print(json.dumps({"screen": [area.width(), area.height()], "main": [window.width(), window.height()]}))
        window.discard()
    """)
    assert sizes["main"][0] <= sizes["screen"][0] and sizes["main"][1] <= sizes["screen"][1] - 32
