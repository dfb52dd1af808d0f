"""core.charts: figures render headless (Agg), reuse a figure, and keep user text literal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.colors import to_hex, to_rgb

from core.builtin import builtin_model
from core.catalogue import LANGUAGES, area_texts
from core.charts.base import chart_texts

from core.charts import grid_cells, heat_map, ink_for, plain, ranking_chart, risk_grid, short
from core.edits import SetOption, apply

ROOT = Path(__file__).resolve().parents[2]


def _texts(figure) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in ax.texts + ax.get_yticklabels() + ax.get_xticklabels()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_texts_are_the_charts_area_and_each_answer_is_the_caller_s_own(language):
    expected = {key.removeprefix("charts."): text for key, text in area_texts(language, "charts").items()}
    (first := chart_texts(language))["score_lower"] = "changed by a caller"
    assert chart_texts(language) == expected != first  # kept once per language, never shared with a caller
    with pytest.raises(ValueError, match="no catalogue"):
        chart_texts("xx")


def test_ranking_chart_puts_rank_one_first_and_saves_a_png(tmp_path):
    figure = ranking_chart(["A", "B", "C"], [5.0, 9.0, 7.0], [1, 3, 2], "lower")
    labels = [t.get_text() for t in figure.axes[0].texts if ". " in t.get_text()]
    assert labels == ["1. A", "2. C", "3. B"]
    assert figure.axes[0].get_xlabel() == "Score (lower is better)"
    out = tmp_path / "ranking.png"
    figure.savefig(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_ranking_chart_redraws_into_the_same_figure():
    first = ranking_chart(["A", "B"], [1.0, 2.0], [2, 1], "higher")
    again = ranking_chart(["A", "B"], [3.0, 2.0], [1, 2], "higher", figure=first,
                          texts={"score_higher": "Punkte"})
    assert again is first and len(first.axes) == 1
    assert first.axes[0].get_xlabel() == "Punkte"


def test_heat_map_colours_cells_by_band(paper_model):
    figure = heat_map(paper_model)
    ax = figure.axes[0]
    image = ax.get_images()[0].get_array()
    assert image.shape[:2] == (len(paper_model.options), len(paper_model.factors))
    texts = [t.get_text() for t in ax.texts]
    assert texts[0] == f"{paper_model.score('O1', 'E1').number:g}"
    figure.savefig(Path("/dev/null"), format="png")


def test_risk_grid_places_every_risk_factor_once(paper_model):
    cells = grid_cells(paper_model, "O1")
    assert sorted(i for ids in cells.values() for i in ids) == sorted(f.id for f in paper_model.factors)
    e1 = paper_model.score("O1", "E1")
    assert "E1" in cells[(e1.likelihood, e1.impact)]
    figure = risk_grid(paper_model, "O1", title="O1")
    assert len(figure.axes[0].patches) == 25
    assert any("E1" in text for text in _texts(figure))


def test_user_text_is_literal_not_mathtext(paper_model):
    model, _ = apply(paper_model, SetOption("O1", {"name": "$x^2$ <b>bold</b>"}))
    figure = heat_map(model)
    figure.savefig(Path("/dev/null"), format="png")
    assert any(r"\$x^2\$ <b>bold</b>" in text for text in _texts(figure))
    assert plain("cost $5 or $6") == r"cost \$5 or \$6"


def test_helpers():
    assert short("a  very\nlong text indeed", 10) == "a very lo…"
    assert ink_for("#FFFFFF") == "#1A1A1A"
    assert ink_for("#000000") == "#FFFFFF"


def test_importing_charts_does_not_import_matplotlib():
    code = "import sys, core.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_public_chart_name_is_its_module_own_and_a_misspelt_one_is_refused():
    import core.charts as charts
    from core.charts import base, profiles, risk, robustness

    for name in charts.__all__:
        assert any(getattr(module, name, None) is getattr(charts, name)
                   for module in (base, profiles, risk, robustness)), name
    with pytest.raises(AttributeError, match="heat_maps"):
        charts.heat_maps  # noqa: B018 - the lookup is what is tested


def test_the_colours_of_the_charts_load_without_the_chart_modules():
    script = ("import sys; from core.charts import ink_for; from core.charts.base import BEST_COLOR; "
              "print(sorted(m for m in sys.modules if m.startswith('core.charts'))); "
              "from core.charts import heat_map; print('core.charts.risk' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.splitlines() == ["['core.charts', 'core.charts.base']", "True"]


def test_weight_bars_draw_one_bar_per_profile_and_factor_in_percent():
    from core.charts import weight_bars

    figure = weight_bars(["E1", "E2", "E3"], ["A $x$", "B"], [[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
    ax = figure.axes[0]
    assert len(ax.patches) == 6
    assert [round(p.get_height(), 6) for p in ax.patches] == [50.0, 30.0, 20.0, 10.0, 10.0, 80.0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [r"A \$x\$", "B"]
    assert ax.get_ylabel() == "Global weight (%)"
    again = weight_bars(["E1"], ["A"], [[1.0]], figure=figure, texts={"global_weight": "Gewicht"})
    assert again is figure and len(figure.axes) == 1 and figure.axes[0].get_ylabel() == "Gewicht (%)"
    figure.savefig(Path("/dev/null"), format="png")


def test_spread_map_colours_deviation_from_the_mean_and_shows_the_spread():
    from core.charts import spread_map, two_lines

    values = [[0.6, 0.2], [0.4, 0.4]]  # criterion X: the analysts disagree; criterion Y: they agree
    figure = spread_map(["X group", "Y"], ["Ann", "Bob <b>"], values, [0.4, 0.4], [0.2, 0.0], bold=[True, False])
    left, right = figure.axes
    colours = left.get_images()[0].get_array()
    assert colours[0][0][0] > colours[0][0][2]  # above the mean: red
    assert colours[0][1][2] > colours[0][1][0]  # below the mean: blue
    assert [t.get_text() for t in left.texts] == ["60.0", "20.0", "40.0", "40.0"]
    assert [t.get_text() for t in right.texts] == ["20.0", "0.0"]
    assert [label.get_fontweight() for label in left.get_yticklabels()] == ["bold", "normal"]
    assert [t.get_text() for t in left.get_xticklabels()] == ["Ann", "Bob <b>"]
    assert two_lines("Counter-terrorism first and foremost always", 16).count("\n") == 1
    assert two_lines("cost $5", 16) == r"cost \$5"
    figure.savefig(Path("/dev/null"), format="png")


# ---- robustness charts -----------------------------------------------------------


def _paper_study(paper_model, method: str = "wsm"):
    from core.sensitivity import study

    return study(paper_model, paper_model.profiles[0], method)


def test_sweep_chart_draws_every_option_and_marks_the_weight_and_the_interval(paper_model):
    import pytest

    from core.charts import sweep_chart
    from core.sensitivity.sweeps import sweep
    from core.sensitivity.thresholds import thresholds

    st = _paper_study(paper_model)
    j = st.criteria.index("S1")
    limit = next(t for t in thresholds(st) if t.criterion == "S1")
    labels = [f"{o} $name$" for o in st.options]
    figure = sweep_chart(sweep(st, j), labels, lower=limit.lower, upper=limit.upper)
    ax = figure.axes[0]
    curves = [line for line in ax.get_lines() if len(line.get_xdata()) == 101]
    assert len(curves) == len(st.options)
    assert ax.get_xlabel() == "Global weight of S1 (%)" and ax.get_ylabel() == "Score (lower is better)"
    dashed = [line.get_xdata()[0] for line in ax.get_lines() if line.get_linestyle() == "--"]
    dotted = [line.get_xdata()[0] for line in ax.get_lines() if line.get_linestyle() == ":"]
    assert dashed == [pytest.approx(100 * st.weights[j])]
    assert dotted == [pytest.approx(100 * limit.upper)] and limit.lower is None
    assert [t.get_text() for t in figure.legends[0].get_texts()][0] == r"O1 \$name\$"
    figure.savefig(Path("/dev/null"), format="png")


def test_sweep_chart_colours_only_the_leaders_when_there_are_many_options():
    from core.charts import SWEEP_COLOURED, sweep_chart
    from core.sensitivity import study
    from core.sensitivity.sweeps import sweep
    from tests.core.sensitivity.factories import random_model

    model = random_model(SWEEP_COLOURED + 4, 5)
    st = study(model, model.profiles[0], "wsm")
    curve = sweep(st, 0)
    figure = sweep_chart(curve, list(st.options))
    leaders = {st.options[i] for i in range(len(st.options)) if (curve.ranks[:, i] == 1).any()}
    grey = f"the other {len(st.options) - len(leaders)} options"
    assert {t.get_text() for t in figure.legends[0].get_texts()} == leaders | {grey}


def test_tornado_chart_puts_the_widest_swing_on_top_and_says_what_it_leaves_out(paper_model):
    import pytest

    from core.charts import tornado_chart
    from core.sensitivity.tornado import tornado

    bars = tornado(_paper_study(paper_model))
    figure = tornado_chart(bars, limit=5, texts={"lead": "Vorsprung {0}"})
    ax = figure.axes[0]
    top = bars.bars[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 5
    assert labels[0] == f"{top.criterion} weight {100 * top.low:.1f}–{100 * top.high:.1f}%"
    assert ax.get_xlabel() == "Vorsprung O3"
    assert f"{len(bars.bars) - 5} smaller bars not shown" in [t.get_text() for t in ax.texts]
    widths = sorted(abs(p.get_width()) for p in ax.patches[:5])
    assert widths[-1] == pytest.approx(max(abs(b.lead_low - bars.lead) for b in bars.bars[:5]))
    figure.savefig(Path("/dev/null"), format="png")


def test_tornado_labels_name_a_score_bar_by_its_cell():
    import numpy as np

    from core.charts import ROBUSTNESS_TEXTS, tornado_label
    from core.sensitivity import Bar

    bar = Bar("score", "E1", "O2", 2.0, 4.5, np.zeros(2), np.zeros(2), 0.1, -0.2)
    assert tornado_label(bar, ROBUSTNESS_TEXTS) == "O2 on E1: 2–4.5"


def test_acceptability_chart_stacks_each_option_to_100_percent_best_first(tmp_path):
    import pytest

    from core.charts import acceptability_chart

    shares = [[0.0, 0.2, 0.8], [0.7, 0.3, 0.0], [0.3, 0.5, 0.2]]
    figure = acceptability_chart(["A", "B", "C"], shares)
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["B", "C", "A"]
    widths = {}
    for patch in ax.patches:
        widths.setdefault(round(patch.get_y() + patch.get_height() / 2), []).append(patch.get_width())
    assert [sum(w) for _, w in sorted(widths.items())] == [pytest.approx(100.0)] * 3
    assert [t.get_text() for t in figure.legends[0].get_texts()] == ["Rank 1", "Rank 2", "Rank 3"]
    assert "70%" in [t.get_text() for t in ax.texts]
    figure.savefig(tmp_path / "acceptability.png")


def test_a_ranking_of_300_options_draws_the_top_15_and_summarises_the_rest():
    labels = [f"Opt{i}" for i in range(300)]
    scores = [float(300 - i) for i in range(300)]
    figure = ranking_chart(labels, scores, list(range(1, 301)), "higher")
    texts = [t.get_text() for t in figure.axes[0].texts]
    bars = [t for t in texts if t[:1].isdigit() and ". " in t]
    assert [t.split(". ", 1)[1] for t in bars] == labels[:15]
    assert len(figure.axes[0].patches) == 15
    assert any(t.startswith("… and 285 more options (ranks 16–300; scores 1–285)") for t in texts)


def test_a_heat_map_of_300_options_draws_the_first_30_given_and_says_so():
    from core.model import Criterion, DecisionModel, Option, Score

    options = tuple(Option(f"Opt{i}", f"Opt{i}") for i in range(300))
    model = DecisionModel("big", (Criterion("F1", "F1"),), options,
                          {(o.id, "F1"): Score(likelihood=1 + i % 5, impact=2) for i, o in enumerate(options)})
    order = [o.id for o in reversed(options)]
    ax = heat_map(model, order=order, transpose=False).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == order[:30]  # each name once, best first
    assert ax.get_xlabel() == "The first 30 of 300 options; the score matrix has them all"
    assert heat_map(model.replace(options=options[:3])).axes[0].get_xlabel() == ""


# ---- robustness charts at 300 options: the leaders drawn, the rest in one line, each name once ----------


def _study_of_300():
    from core.sensitivity import study
    from tests.core.sensitivity.factories import random_model

    model = random_model(300, 6, seed=3)
    return model, study(model, model.profiles[0], "wsm")


def test_a_sweep_of_300_options_names_at_most_8_leaders_and_the_rest_in_one_legend_line():
    from core.charts import SWEEP_COLOURED, sweep_chart, sweep_coloured
    from core.model import label
    from core.sensitivity.sweeps import sweep

    _model, st = _study_of_300()
    curve = sweep(st, 0)
    figure = sweep_chart(curve, [label(o, o, " ") for o in st.options])
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    leaders = sweep_coloured(curve)
    firsts = (curve.ranks == 1).sum(axis=0)
    assert int((firsts > 0).sum()) > SWEEP_COLOURED  # more leaders than colours: the chart must choose
    assert legend == [st.options[i] for i in leaders] + [f"the other {300 - SWEEP_COLOURED} options"]
    top = max(range(300), key=lambda i: curve.current[i])
    assert leaders[0] == top and all(firsts[a] >= firsts[b] for a, b in zip(leaders[1:], leaders[2:]))
    assert len(set(legend)) == len(legend)
    from matplotlib.collections import LineCollection, PathCollection

    ax = figure.axes[0]
    dots = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert [len(c.get_offsets()) for c in dots] == [SWEEP_COLOURED]  # dots only on named curves
    # Every option drawn once, with its own scores: the named ones as lines, the others as one grey collection.
    named = [line.get_ydata() for line in ax.get_lines() if len(line.get_xdata()) == 101]
    (others,) = [c for c in ax.collections if isinstance(c, LineCollection)]
    rest = [i for i in range(300) if i not in leaders]
    assert len(named) == SWEEP_COLOURED and len(others.get_segments()) == 300 - SWEEP_COLOURED
    for ys, i in zip(named, leaders):
        assert list(ys) == list(curve.scores[:, i])
    for segment, i in zip(others.get_segments(), rest):
        assert segment[:, 0].tolist() == [100 * float(t) for t in curve.t]
        assert segment[:, 1].tolist() == curve.scores[:, i].tolist()
    assert others.get_label() == f"the other {300 - SWEEP_COLOURED} options" and others.get_zorder() < 3
    figure.savefig(Path("/dev/null"), format="png")


def test_acceptability_of_300_options_draws_12_rows_6_segments_and_summarises_the_rest():
    import numpy as np
    import pytest

    from core.charts import acceptability_chart

    rng = np.random.default_rng(1)
    shares = rng.dirichlet(np.ones(300), size=300)
    labels = [f"Opt{i}" for i in range(300)]
    figure = acceptability_chart(labels, shares)
    ax = figure.axes[0]
    mean = (shares * np.arange(1, 301)).sum(axis=1)
    best = sorted(range(300), key=lambda i: (mean[i], i))
    assert [t.get_text() for t in ax.get_yticklabels()] == [labels[i] for i in best[:12]]
    assert len(ax.patches) == 12 * 6
    assert [t.get_text() for t in figure.legends[0].get_texts()] == [
        "Rank 1", "Rank 2", "Rank 3", "Rank 4", "Rank 5", "Ranks 6–300"]
    worst = ax.patches[-12:]
    assert [p.get_width() for p in worst] == pytest.approx([100 * shares[i][5:].sum() for i in best[:12]])
    summary = [t.get_text() for t in ax.texts if t.get_text().startswith("…")]
    assert summary == [f"… and 288 more options (mean ranks {mean[best[12]]:.3g}–{mean[best[-1]]:.3g}): "
                       "see the table"]
    figure.savefig(Path("/dev/null"), format="png")


def test_a_tornado_of_300_uncertain_options_draws_12_bars_each_named_once():
    from core.charts import TORNADO_BARS, tornado_chart
    from core.model import Score
    from core.sensitivity import study
    from core.sensitivity.tornado import tornado

    model, _ = _study_of_300()
    scores = {cell: Score(value=s.value, low=max(1.0, s.value - 1), high=min(9.0, s.value + 1))
              for cell, s in model.scores.items()}
    model = model.replace(scores=scores)
    bars = tornado(study(model, model.profiles[0], "wsm"))
    assert len(bars.bars) > TORNADO_BARS
    ax = tornado_chart(bars).axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == TORNADO_BARS == len(set(labels))
    assert len(ax.patches) == 2 * TORNADO_BARS
    assert [t.get_text() for t in ax.texts] == [f"{len(bars.bars) - TORNADO_BARS} smaller bars not shown"]
    assert all(label.count(" on ") <= 1 for label in labels)


def _lowered(model, cells):
    """``model`` with the likelihood of some (option, factor) cells lowered by one: a residual stand-in."""
    scores = dict(model.scores)
    for cell in cells:
        scores[cell] = scores[cell].replace(likelihood=scores[cell].likelihood - 1)
    return model.replace(scores=scores)


def test_a_heat_map_with_residuals_reads_inherent_to_residual_where_controls_lower_a_cell(paper_model):
    residual = _lowered(paper_model, [("O1", "E1")])
    ax = heat_map(paper_model, residual=residual, transpose=False).axes[0]
    before, after = paper_model.score("O1", "E1").number, residual.score("O1", "E1").number
    texts = [t.get_text() for t in ax.texts]
    assert texts[0] == f"{before:g}→{after:g}" and texts[1] == f"{paper_model.score('O1', 'E2').number:g}"
    bands = paper_model.bands
    assert ax.get_images()[0].get_array()[0, 0].tolist() == list(to_rgb(bands.colors[bands.band(after)]))
    assert [to_hex(p.get_facecolor()) for p in ax.patches] == [bands.colors[bands.band(before)].lower()]
    assert "Residual risk" in ax.get_xlabel()
    assert "Residual" not in heat_map(paper_model, transpose=False).axes[0].get_xlabel()


def test_a_grid_with_residuals_places_factors_in_their_residual_cells_with_arrows(paper_model):
    residual = _lowered(paper_model, [("O1", "E1"), ("O1", "E2")])
    e1, e2 = paper_model.score("O1", "E1"), paper_model.score("O1", "E2")
    ax = risk_grid(paper_model, "O1", residual=residual).axes[0]
    cell = lambda point: (round(point[0]), round(point[1]))  # noqa: E731 - ids sit a little off a cell's centre
    arrows = sorted((cell(a.xyann), cell(a.xy)) for a in ax.texts if getattr(a, "arrow_patch", None))
    expected = {((s.impact, s.likelihood), (s.impact, s.likelihood - 1)) for s in (e1, e2)}
    assert arrows == sorted(expected)
    bold = [t.get_text() for t in ax.texts if t.get_fontweight() == "bold"]
    grey = [t.get_text() for t in ax.texts if t.get_fontstyle() == "italic" and "E" in t.get_text()]
    assert sum(text.split().count("E1") for text in bold) == 1 and any("E1" in g for g in grey)
    unchanged = risk_grid(paper_model, "O1", residual=paper_model).axes[0]
    assert not any(hasattr(a, "arrow_patch") for a in unchanged.texts)


RISK_CELLS = [(o.id, f.id) for o in builtin_model().options for f in builtin_model().factors]


@settings(max_examples=15, deadline=None)
@given(lowered=st.sets(st.sampled_from(RISK_CELLS), max_size=12))
def test_a_heat_map_marks_exactly_the_cells_the_controls_lower(lowered):
    model = builtin_model()
    scores = dict(model.scores)
    for cell in lowered:
        s = scores[cell]
        scores[cell] = s.replace(likelihood=max(1, s.likelihood - 1), impact=max(1, s.impact - 1))
    residual = model.replace(scores=scores)
    changed = {cell for cell in lowered if scores[cell].number != model.scores[cell].number}
    ax = heat_map(model, residual=residual, transpose=False).axes[0]
    cells = [(o.id, f.id) for o in model.options for f in model.factors]
    marked = {cell for cell, text in zip(cells, ax.texts) if "→" in text.get_text()}
    assert marked == changed and len(ax.patches) == len(changed)
    for cell, text in zip(cells, ax.texts):
        after = f"{residual.scores[cell].number:g}"
        assert text.get_text() == (f"{model.scores[cell].number:g}→{after}" if cell in changed else after)
