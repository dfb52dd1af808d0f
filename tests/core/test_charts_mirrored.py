"""core.charts right to left: mirrored axes, names on the reader's side, numbers in the chosen digits.

Read from the figure's artists (axis inversion, tick sides, tick label texts,
positions through the axes' data transform), never from font metrics. The
same chart drawn for an English reader stays as it was.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg

from core.bilingual import localized
from core.charts import (acceptability_chart, heat_map, risk_grid, spread_map, sweep_chart, tornado_chart,
                         weight_bars)
from core.charts.base import RLM, chart_style, chart_texts, figures, legend_entries
from core.model import label
from core.numbers import in_digits
from tests.core.test_charts import RISK_CELLS, _lowered

WESTERN, INDIC = re.compile("[0-9]"), re.compile("[٠-٩]")


def _study(model):
    from core.sensitivity import study

    return study(model, model.profiles[0], "wsm")


def _charts(model):
    """Every chart of the window and the reports that has axes to mirror, as f(**direction) -> Figure."""
    from core.sensitivity.sweeps import sweep
    from core.sensitivity.thresholds import thresholds
    from core.sensitivity.tornado import tornado

    study = _study(model)
    limit = next(t for t in thresholds(study) if t.criterion == "S1")
    labels = [label(o.id, o.name, " ") for o in model.options]
    shares = np.eye(len(labels)) * 0.6 + 0.4 / len(labels)
    return {
        "heat map": lambda **d: heat_map(model, **d),
        "grid": lambda **d: risk_grid(model, "O1", title="O1", **d),
        "sweep": lambda **d: sweep_chart(sweep(study, study.criteria.index("S1")), labels, lower=limit.lower,
                                         upper=limit.upper, **d),
        "tornado": lambda **d: tornado_chart(tornado(study), **d),
        "acceptability": lambda **d: acceptability_chart(labels, shares, **d),
        "weights": lambda **d: weight_bars(["E1", "E2", "S1"], ["A", "B"], [[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]], **d),
        "spread": lambda **d: spread_map(["E", "E1"], ["Ann", "Bob"], [[0.6, 0.2], [0.4, 0.4]], [0.4, 0.4],
                                         [0.2, 0.0], **d),
    }


CHARTS = ["heat map", "grid", "sweep", "tornado", "acceptability", "weights", "spread"]
ID = re.compile("[A-Za-z]+[0-9]+")  # an id such as E1 or O3: its digits are part of its name


def _drawn(figure):
    FigureCanvasAgg(figure).draw()  # tick labels exist once drawn
    return figure


def _names_axes(figure):
    """The axes that carries the chart's names (the spread map's weights, not its spread column)."""
    return max(figure.axes, key=lambda ax: len(ax.get_xticks()) + len(ax.get_yticks()))


@pytest.mark.parametrize("chart", CHARTS)
def test_each_chart_is_mirrored_for_a_right_to_left_reader_and_not_otherwise(paper_model, chart):
    make = _charts(paper_model)[chart]
    english, arabic = _names_axes(_drawn(make())), _names_axes(_drawn(make(right_to_left=True)))
    assert not english.xaxis_inverted() and english.yaxis.get_ticks_position() == "left"
    assert arabic.xaxis_inverted(), "values and categories grow from the right"
    assert arabic.yaxis.get_ticks_position() == "right", "the vertical axis's labels on the right"
    # The first category or the low end of the values is drawn at the right edge.
    low, high = sorted(arabic.get_xlim())
    at = arabic.transData.transform([(low, 0), (high, 0)])[:, 0]
    assert at[0] > at[1]


@pytest.mark.parametrize("chart", CHARTS)
def test_names_on_a_mirrored_chart_read_right_to_left_and_english_ones_carry_no_mark(paper_model, chart):
    make = _charts(paper_model)[chart]
    english, arabic = _drawn(make()), _drawn(make(right_to_left=True, texts=chart_texts("ar")))
    assert not any(RLM in text for text in _all_texts(english))
    # Around the Arabic words, what holds Latin letters holds a name or an id: it must read right to left.
    names = [t for t in _all_texts(arabic) if re.search("[A-Za-z]", t)]
    assert names and all(t.startswith(RLM) for t in names), [t for t in names if not t.startswith(RLM)]


@pytest.mark.parametrize("chart", CHARTS)
def test_numbers_on_a_chart_are_in_the_chosen_digits_and_the_ids_stay_latin(paper_model, chart):
    indic = _all_texts(_drawn(_charts(paper_model)[chart](right_to_left=True, digits="arabic")))
    western = _all_texts(_drawn(_charts(paper_model)[chart](right_to_left=True)))
    assert any(INDIC.search(t) for t in indic)
    assert not [t for t in indic if WESTERN.search(ID.sub("", t))], "a number left in Western digits"
    assert not any(INDIC.search(t) for t in western)
    assert {i for t in indic for i in ID.findall(t)} == {i for t in western for i in ID.findall(t)}


def _all_texts(figure) -> list[str]:
    """Every text a figure shows: free texts, tick labels, titles, axis labels, legends."""
    texts = [t.get_text() for ax in figure.axes for t in ax.texts + ax.get_xticklabels() + ax.get_yticklabels()]
    texts += [ax.get_title(loc) for ax in figure.axes for loc in ("left", "center", "right")]
    texts += [ax.get_xlabel() for ax in figure.axes] + [ax.get_ylabel() for ax in figure.axes]
    legends = figure.legends + [ax.get_legend() for ax in figure.axes if ax.get_legend()]
    return [t for t in texts + [t.get_text() for legend in legends for t in legend.get_texts()] if t]


def test_the_grid_puts_impact_one_at_the_right_and_likelihood_on_the_right(paper_model):
    ax = _drawn(risk_grid(paper_model, "O1", right_to_left=True, digits="arabic")).axes[0]
    one, five = ax.transData.transform([(1, 1), (5, 1)])[:, 0]
    assert one > five
    assert [t.get_text() for t in ax.get_xticklabels()] == ["١", "٢", "٣", "٤", "٥"]
    assert ax.yaxis.get_label_position() == "right"


def test_a_lowered_cell_reads_inherent_then_residual_in_the_readers_direction_with_its_edge_at_the_start(
        paper_model):
    cell = next(iter(sorted(RISK_CELLS)))
    model, residual = paper_model, _lowered(paper_model, {cell})
    for right_to_left, arrow in ((False, "→"), (True, "←")):
        ax = heat_map(model, residual=residual, transpose=False, right_to_left=right_to_left).axes[0]
        lowered = [t for t in ax.texts if arrow in t.get_text()]
        assert len(lowered) == 1
        before, after = (model.score(*cell).number, residual.score(*cell).number)
        assert lowered[0].get_text() == (RLM if right_to_left else "") + f"{before:g}{arrow}{after:g}"
        strip = next(p for p in ax.patches if p.get_width() < 0.5)
        centre = ax.transData.transform([lowered[0].get_position()])[0, 0]
        edge = ax.transData.transform([(strip.get_x() + strip.get_width() / 2, 0)])[0, 0]
        assert bool(edge > centre) is right_to_left, "the inherent band's strip at the cell's start edge"


@pytest.mark.parametrize("chart", ["sweep", "tornado", "acceptability", "weights"])
def test_a_mirrored_legend_starts_at_the_right_with_each_key_right_of_its_text(paper_model, chart):
    starts = []
    for right_to_left in (False, True):
        figure = _drawn(_charts(paper_model)[chart](right_to_left=right_to_left))
        legend = (figure.legends or [figure.axes[0].get_legend()])[0]
        renderer = figure.canvas.get_renderer()
        entries = [(handle.get_window_extent(renderer), text.get_window_extent(renderer), text.get_text())
                   for handle, text in zip(legend.legend_handles, legend.get_texts()) if text.get_text()]
        assert all(bool(key.x0 > text.x0) is right_to_left for key, text, _ in entries)
        top = max(text.y0 for _, text, _ in entries)
        row = sorted((text.x0, name) for _, text, name in entries if text.y0 == top)
        starts.append((row[-1] if right_to_left else row[0])[1].removeprefix(RLM))
    english_first = _charts(paper_model)[chart]()
    first = (english_first.legends or [english_first.axes[0].get_legend()])[0].get_texts()[0].get_text()
    assert starts == [first, first], "the first entry at the reader's start of the top row"


@given(st.integers(1, 30), st.integers(1, 8))
def test_legend_entries_lay_the_same_columns_out_right_to_left(count, columns):
    # matplotlib splits a legend's entries into columns with numpy's array_split, left to right.
    columns = min(columns, count)
    handles, labels = list(range(count)), [f"L{i}" for i in range(count)]
    shown_handles, shown = legend_entries(handles, labels, columns, True)
    visual = [[label.removeprefix(RLM) for label in column if label]
              for column in np.array_split(np.array(shown, dtype=object), columns)]
    reading = [list(column) for column in np.array_split(np.array(labels, dtype=object), columns)]
    assert visual[::-1] == reading
    assert len(shown_handles) == len(shown)
    assert legend_entries(handles, labels, columns, False) == (handles, labels)


@given(st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from(["", ".3g", ".1f", "g", ",.2f"]))
def test_a_number_in_a_sentence_takes_the_digits_and_keeps_its_format(value, spec):
    text = "{0:%s} of E1" % spec
    western = text.format(value)
    arabic = text.format(*figures("arabic", value))
    assert arabic.endswith(" of E1") and not WESTERN.search(arabic.removesuffix(" of E1"))
    assert in_digits(western, "arabic").replace("E١", "E1") == arabic
    assert text.format(*figures("western", value)) == western


def test_a_chart_in_arabic_draws_its_words_in_the_shipped_arabic_face(paper_model):
    from matplotlib.font_manager import findfont

    with chart_style("ar"):
        figure = _drawn(sweep_chart(_sweep(paper_model), [o.id for o in paper_model.options], texts=chart_texts("ar"),
                                    right_to_left=True))
        path = findfont(figure.axes[0].xaxis.label.get_fontproperties())
    assert path.endswith("NotoNaskhArabic-Regular.ttf")
    with chart_style("en"):
        english = _drawn(sweep_chart(_sweep(paper_model), [o.id for o in paper_model.options]))
        assert "Noto" not in findfont(english.axes[0].xaxis.label.get_fontproperties())


def _sweep(model):
    from core.sensitivity.sweeps import sweep

    study = _study(model)
    return sweep(study, study.criteria.index("S1"))


def test_the_arabic_model_charts_mirrored_with_arabic_names(paper_model):
    model = localized(paper_model, "ar")
    ax = _drawn(heat_map(model, texts=chart_texts("ar"), right_to_left=True)).axes[0]
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert all(row.startswith(f"{RLM}{o.id} ") for row, o in zip(rows, model.options))
    assert all(re.search("[\u0600-\u06ff]", row) for row in rows)
    assert ax.yaxis.get_ticks_position() == "right"
