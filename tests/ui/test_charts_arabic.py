"""The window's matplotlib charts in the Arabic interface: mirrored, in the shipped Arabic face, in the chosen digits.

Each chart is read from the figure the window shows (axis inversion, tick
side, tick texts), never from font metrics; English windows keep their
charts as they were. With MIZAN_SHOTS set the charts are saved as PNGs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from matplotlib.font_manager import findfont

from core.charts.base import RLM
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.shots import shot
from tests.ui.test_robustness_view import idle_smaa, run_smaa_with, shown_view
from ui import i18n

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
INDIC, WESTERN, ARABIC = re.compile("[٠-٩]"), re.compile("[0-9]"), re.compile("[\u0600-\u06ff]")
ID = re.compile("[A-Za-z]+[0-9]+")
FOLDER = "charts"
NASKH = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")  # the shipped face, bold for group rows


@pytest.fixture(params=["western", "arabic"])
def arabic(request, qapp, monkeypatch):
    """The interface in Arabic from the built catalogue, in each choice of digits; English again afterwards."""
    language = i18n.Language()
    monkeypatch.setattr(i18n, "_CURRENT", language)
    assert language.apply("ar", request.param), "the Arabic catalogue is built by the Makefile (make test)"
    yield language
    language.apply("en")


def drawn(qtbot, chart):
    """``chart``'s figure, rendered now from what the window shows."""
    chart.refresh(now=True, force=True)
    qtbot.waitUntil(lambda: chart.figure is not None and bool(chart.figure.axes), timeout=10_000)
    return chart.figure


def texts(figure) -> list[str]:
    found = [t.get_text() for ax in figure.axes for t in ax.texts + ax.get_xticklabels() + ax.get_yticklabels()]
    legends = figure.legends + [ax.get_legend() for ax in figure.axes if ax.get_legend()]
    return [t for t in found + [t.get_text() for legend in legends for t in legend.get_texts()] if t]


def assert_mirrored(figure, digits: str) -> None:
    """The figure as an Arabic reader expects it, its numbers in ``digits``, its words in the Arabic face."""
    ax = max(figure.axes, key=lambda a: len(a.get_xticks()) + len(a.get_yticks()))
    assert ax.xaxis_inverted() and ax.yaxis.get_ticks_position() == "right"
    shown = texts(figure)
    numbers = [ID.sub("", t) for t in shown]
    if digits == "arabic":
        assert any(INDIC.search(t) for t in numbers) and not any(WESTERN.search(t) for t in numbers)
    else:
        assert any(WESTERN.search(t) for t in numbers) and not any(INDIC.search(t) for t in numbers)
    assert all(t.startswith(RLM) for t in shown if re.search("[A-Za-z]", t)), "names and ids read right to left"
    words = [t for t in artists(figure) if ARABIC.search(t.get_text())]
    assert words and all(findfont(t.get_fontproperties()).endswith(NASKH) for t in words)


def artists(figure) -> list:
    """Every text artist of ``figure``'s axes: free texts, tick labels, axis labels."""
    return [t for ax in figure.axes
            for t in [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels(), ax.xaxis.label, ax.yaxis.label]]


def test_the_risk_matrix_and_the_grid_are_mirrored_in_the_arabic_window(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    window.resize(1366, 768)
    results = window.results
    results.tabs.setCurrentWidget(results.heat_map)
    figure = drawn(qtbot, results.heat_map)
    assert_mirrored(figure, arabic.digits)
    assert figure.axes[0].get_yticklabels()[0].get_text().startswith(RLM)
    shot(results, f"heat-map-{arabic.digits}", FOLDER)
    results.tabs.setCurrentIndex(2)
    grid = drawn(qtbot, results.grid)
    assert_mirrored(grid, arabic.digits)
    levels = [t.get_text() for t in grid.axes[0].get_xticklabels()]
    assert levels == (["١", "٢", "٣", "٤", "٥"] if arabic.digits == "arabic" else ["1", "2", "3", "4", "5"])
    shot(results, f"grid-{arabic.digits}", FOLDER)


def test_the_robustness_charts_are_mirrored_in_the_arabic_window(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    window.resize(1366, 768)
    view = shown_view(qtbot, window)
    view.tabs.setCurrentWidget(view.weights)
    assert_mirrored(drawn(qtbot, view.weights.chart), arabic.digits)
    shot(view, f"sweep-{arabic.digits}", FOLDER)
    view.tabs.setCurrentWidget(view.tornado)
    tornado = drawn(qtbot, view.tornado.chart)
    assert_mirrored(tornado, arabic.digits)
    shot(view, f"tornado-{arabic.digits}", FOLDER)
    panel = idle_smaa(qtbot, view)
    run_smaa_with(qtbot, panel, samples=2000, seed=7)
    acceptability = drawn(qtbot, panel.chart)
    assert_mirrored(acceptability, arabic.digits)
    # Every legend word is Arabic, the window's own ones and those the core's catalogue gives.
    legend = [t.get_text() for t in acceptability.legends[0].get_texts() if t.get_text()]
    assert legend and all(ARABIC.search(t) for t in legend)
    shot(view, f"acceptability-{arabic.digits}", FOLDER)


def test_the_profile_charts_are_mirrored_in_the_arabic_window(qtbot, arabic, make_window, paper_model):
    window = make_window(paper_model)
    names = [p.name for p in window.document.model.profiles][:3]
    compare = window.profile_actions.show_compare()
    compare.choice.set_chosen(names)
    compare.tabs.setCurrentIndex(0)
    assert_mirrored(drawn(qtbot, compare.chart), arabic.digits)
    shot(compare, f"profiles-compare-{arabic.digits}", FOLDER)
    combine = window.profile_actions.show_combine()
    combine.choice.set_chosen(names[:2])
    figure = drawn(qtbot, combine.chart)
    assert_mirrored(figure, arabic.digits)
    weights, spread = sorted(figure.axes, key=lambda ax: ax.get_position().x0, reverse=True)
    assert len(weights.get_xticks()) == 2 and spread.get_xticklabels()[0].get_text()  # the spread at the left
    shot(combine, f"profiles-combine-{arabic.digits}", FOLDER)


def test_the_english_window_draws_its_charts_as_before(qtbot, make_window, paper_model):
    window = make_window(paper_model)
    results = window.results
    results.tabs.setCurrentWidget(results.heat_map)
    ax = drawn(qtbot, results.heat_map).axes[0]
    assert not ax.xaxis_inverted() and ax.yaxis.get_ticks_position() == "left"
    assert not any(RLM in t or INDIC.search(t) for t in texts(results.heat_map.figure))
    assert not any("Noto" in findfont(t.get_fontproperties()) for t in artists(results.heat_map.figure))


def test_every_word_a_chart_of_the_arabic_window_can_say_is_arabic(arabic):
    from core.charts.base import chart_texts
    from ui.widgets.results_panel import chart_texts as window_chart_texts

    # What a chart draws: its own English words, overridden by the texts the window passes (core.charts._texts).
    words = {**chart_texts("en"), **window_chart_texts()}
    english = {key: text for key, text in words.items() if not ARABIC.search(text)}
    assert not english, f"chart words left in English: {english}"
    assert window_chart_texts() == chart_texts("ar"), "the catalogue is the one home of the chart words"


def test_no_chart_word_is_translated_in_the_window_as_well():
    from tests.ui.ts_check import read_ts

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "mizan_ar.ts"
    assert [m.source for m in read_ts(ts) if m.context == "Charts"] == []
