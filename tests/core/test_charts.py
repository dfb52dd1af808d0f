"""core.charts: figures render headless (Agg), reuse a figure, and keep user text literal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.charts import grid_cells, heat_map, ink_for, plain, ranking_chart, risk_grid, short
from core.edits import SetOption, apply

ROOT = Path(__file__).resolve().parents[2]


def _texts(figure) -> list[str]:
    return [t.get_text() for ax in figure.axes for t in ax.texts + ax.get_yticklabels() + ax.get_xticklabels()]


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
