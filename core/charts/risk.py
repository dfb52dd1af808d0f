"""Ranking bars, the options × factors heat map and the 5 × 5 likelihood–impact grid."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.model import RISK_MAX, RISK_MIN, DecisionModel, label
from core.charts.base import label_grid, BEST_COLOR, LABEL_CHARS, OTHER_COLOR, VALUE_CELL_COLOR, _figure, _texts, ink_for, plain, short, shorten
from core.charts.base import RLM, TOP_OPTIONS, figures, mirror, reading
from core.charts.residual import caption, draw_arrows, draw_edges, draw_ghosts, ghosts, grid_moves, resident_y
from core.numbers import in_digits, plain_number

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class RankingBar:
    """One bar of the ranking chart: its label (rank and name), length, value text, and whether it is first."""

    label: str
    value: float
    text: str
    best: bool
    rank: int


@dataclass(frozen=True)
class RankingLayout:
    """What the ranking chart shows, rank 1 first, and its score axis from ``low`` to ``high``.

    The window draws it natively and the reports through matplotlib
    (:func:`ranking_chart`), so both show the same bars, labels and range.
    """

    bars: tuple[RankingBar, ...]
    low: float
    high: float
    span: float


def ranking_layout(labels: Sequence[str], scores: Sequence[float], ranks: Sequence[int],
                   label_chars: int = LABEL_CHARS, digits: str = "western") -> RankingLayout:
    """The bars of :func:`ranking_chart`: ``labels``, ``scores`` and ``ranks`` are parallel (any order).

    The ranks that open the labels and the scores are written in ``digits``; the labels' own words are not.
    """
    order = sorted(range(len(labels)), key=lambda i: (ranks[i], i))
    values = [float(scores[i]) for i in order]
    low, high = min(0.0, min(values, default=0.0)), max(values, default=1.0)
    span = (high - low) or 1.0
    bars = tuple(RankingBar(f"{in_digits(str(ranks[i]), digits)}. {shorten(labels[i], label_chars)}", value,
                            in_digits(f"{value:.3g}", digits), ranks[i] == 1, int(ranks[i]))
                 for i, value in zip(order, values))
    return RankingLayout(bars, low, high + span * 0.12, span)


def ranking_chart(labels: Sequence[str], scores: Sequence[float], ranks: Sequence[int], better: str, *,
                  figure: Figure | None = None, texts: Mapping[str, str] | None = None,
                  title: str = "", label_chars: int = LABEL_CHARS, top: int = TOP_OPTIONS,
                  right_to_left: bool = False, digits: str = "western") -> Figure:
    """Horizontal bars of the options' scores, rank 1 at the top and highlighted.

    ``labels``, ``scores`` and ``ranks`` are parallel (any order); ``better``
    is ``"higher"`` or ``"lower"``; labels are cut to ``label_chars``. Each
    label sits above its bar, so the margins are fixed and need no layout
    engine: the chart redraws fast enough to follow a weight slider. Only the
    ``top`` best are drawn; one line under them summarises the rest, so the
    chart stays legible with hundreds of options. ``right_to_left`` mirrors
    it for a right-to-left reader: bars grow leftwards from labels on the right;
    ``digits`` writes its ranks and scores.
    """
    words = _texts(texts)
    align = "right" if right_to_left else "left"  # the labels' start: the inverted axis's low end is on the right
    # A label takes its reading direction from its first letter: "1. O3 …" would read left to right.
    mark = "\u200f" if right_to_left else ""
    fig = _figure(figure, (6.0, 3.2), layout=None)
    fig.subplots_adjust(left=0.04, right=0.97, top=0.88 if title else 0.97, bottom=0.16)
    ax = fig.add_subplot()
    layout = ranking_layout(labels, scores, ranks, label_chars, digits)
    bars, rest = layout.bars[:top], layout.bars[top:]
    positions = [y + 0.15 for y in range(len(bars))]
    ax.barh(positions, [bar.value for bar in bars], height=0.5,
            color=[BEST_COLOR if bar.best else OTHER_COLOR for bar in bars])
    for y, bar in zip(positions, bars):
        ax.text(layout.low, y - 0.3, mark + plain(bar.label), va="bottom", ha=align, fontsize=8)
        ax.text(max(bar.value, 0.0) + layout.span * 0.01, y, bar.text, va="center", ha=align, fontsize=8)
    ax.set_xlim(*((layout.high, layout.low) if right_to_left else (layout.low, layout.high)))
    if rest:
        tail = [bar.value for bar in rest]
        ax.text(layout.low, len(bars) - 0.05, words["more_options"].format(
            *figures(digits, len(rest), rest[0].rank, rest[-1].rank, min(tail), max(tail))), va="top", ha=align,
            fontsize=8, style="italic")
    ax.set_ylim(len(bars) + (0.9 if rest else 0) - 0.3, -0.45)
    ax.set_yticks([])
    ax.set_xlabel(words["score_higher" if better == "higher" else "score_lower"], fontsize=9)
    ax.tick_params(axis="x", labelsize=8)
    ax.spines[["top", "right", "left"]].set_visible(False)
    if title:
        ax.set_title(plain(title), fontsize=10)
    return fig


def _cell(model: DecisionModel, option_id: str, factor, residual: DecisionModel | None = None,
          right_to_left: bool = False, digits: str = "western") -> tuple[str, str, str | None]:
    """Background colour and text of one heat-map cell, and the inherent band's colour where controls lower it.

    A lowered cell reads "inherent→residual"; mirrored, the arrow points the
    reader's way ("←", the inherent value at the right).
    """
    number = model.score(option_id, factor.id).number
    if factor.kind != "risk":
        return VALUE_CELL_COLOR, in_digits(plain_number(number), digits), None
    colour = model.bands.colors[model.bands.band(number)]
    after = number if residual is None else residual.score(option_id, factor.id).number
    if after == number:
        return colour, in_digits(plain_number(number), digits), None
    before, now = (in_digits(plain_number(value), digits) for value in (number, after))
    text = reading(f"{before}←{now}", True) if right_to_left else f"{before}→{now}"
    return model.bands.colors[model.bands.band(after)], text, colour


def heat_map(model: DecisionModel, *, figure: Figure | None = None, texts: Mapping[str, str] | None = None,
             title: str = "", transpose: bool | None = None, order: Sequence[str] | None = None,
             top: int = 2 * TOP_OPTIONS, residual: DecisionModel | None = None, right_to_left: bool = False,
             digits: str = "western") -> Figure:
    """The options × factors risk matrix: each cell in its band colour with its risk.

    Options are rows and factors columns; ``transpose=True`` swaps them, and
    None decides by the figure's shape (a tall panel gets factors as rows).
    Options come in ``order`` (ids, e.g. by rank; default the model's), at
    most ``top`` of them, with a line saying how many more there are.
    With ``residual`` (the same model after controls) a lowered cell shows
    the residual band and "inherent→residual", the inherent band at its edge.
    ``right_to_left`` mirrors it (the first factor at the right, names on the
    right, the inherent band at a cell's right edge); numbers are written in
    ``digits`` ("western" or "arabic").
    """
    from matplotlib.colors import to_rgb

    words = _texts(texts)
    by_id = {o.id: o for o in model.options}
    ranked = [by_id[i] for i in order if i in by_id] if order is not None else list(model.options)
    factors, options = model.factors, ranked[:top]
    fig = _figure(figure, (max(6.0, 0.45 * len(factors) + 2.5), max(2.5, 0.45 * len(options) + 1.2)))
    if transpose is None:
        width, height = fig.get_size_inches()
        transpose = bool(height > width)
    cells = [[_cell(model, option.id, factor, residual, right_to_left, digits) for factor in factors]
             for option in options]
    rows = [short(label(o.id, o.name), 30) for o in options]
    columns = [plain(f.id) for f in factors]
    if transpose:
        cells = [list(line) for line in zip(*cells)]
        rows, columns = [short(label(f.id, f.name), 26) for f in factors], [plain(o.id) for o in options]
    ax = fig.add_subplot()
    ax.imshow([[to_rgb(color) for color, _, _ in line] for line in cells], aspect="auto")
    for row, line in enumerate(cells):
        for column, (color, text, _) in enumerate(line):
            ax.text(column, row, text, ha="center", va="center", fontsize=8 if len(text) < 5 else 7,
                    color=ink_for(color))
    draw_edges(ax, [(row, column, before) for row, line in enumerate(cells)
                    for column, (_, _, before) in enumerate(line) if before is not None])
    label_grid(ax, rows, columns, right_to_left)
    notes = [caption(fig, words["residual_map"], 8)] if residual is not None else []
    if len(ranked) > top:
        notes.append(words["more_in_map"].format(*figures(digits, top, len(ranked))))
    if notes:
        ax.set_xlabel("\n".join(notes), fontsize=8, style="italic")
    if title:
        ax.set_title(reading(plain(title), right_to_left), fontsize=10)
    return fig


def grid_cells(model: DecisionModel, option_id: str) -> dict[tuple[int, int], list[str]]:
    """Factor ids of one option by (likelihood, impact): the content of the 5 × 5 grid."""
    cells: dict[tuple[int, int], list[str]] = {}
    for factor in model.factors:
        score = model.score(option_id, factor.id)
        if factor.kind == "risk" and score.likelihood is not None and score.impact is not None:
            cells.setdefault((score.likelihood, score.impact), []).append(factor.id)
    return cells


def _wrap_ids(ids: list[str], right_to_left: bool = False, per_line: int = 2) -> str:
    """Factor ids two to a line; mirrored, each line reads right to left (a mark after each id splits the run)."""
    space = RLM + " " if right_to_left else " "
    return "\n".join(reading(space.join(plain(x) for x in ids[i:i + per_line]), right_to_left)
                     for i in range(0, len(ids), per_line))


def risk_grid(model: DecisionModel, option_id: str, *, figure: Figure | None = None,
              texts: Mapping[str, str] | None = None, title: str = "", residual: DecisionModel | None = None,
              right_to_left: bool = False, digits: str = "western") -> Figure:
    """The classic 5 × 5 likelihood–impact grid of one option, its factors placed in their cells.

    With ``residual`` (the same model after controls) the factors sit in their
    residual cells, and an arrow comes from each inherent cell they left.
    ``right_to_left`` mirrors it (impact grows leftwards, likelihood on the
    right); the levels are written in ``digits``.
    """
    from matplotlib.patches import Rectangle

    words = _texts(texts)
    fig = _figure(figure, (4.6, 4.2))
    ax = fig.add_subplot()
    levels = range(RISK_MIN, RISK_MAX + 1)
    cells = grid_cells(model if residual is None else residual, option_id)
    moves = [] if residual is None else grid_moves(model, residual, option_id)
    for likelihood in levels:
        for impact in levels:
            color = model.bands.colors[model.bands.band(likelihood * impact)]
            ax.add_patch(Rectangle((impact - 0.5, likelihood - 0.5), 1, 1, facecolor=color,
                                   edgecolor="white", linewidth=2))
            ids = cells.get((likelihood, impact), [])
            if ids:
                ax.text(impact, resident_y((likelihood, impact), {m.start for m in moves}),
                        _wrap_ids(ids, right_to_left),
                        ha="center", va="center",
                        fontsize=8 if len(ids) <= 4 else 7,
                        color=ink_for(color), fontweight="bold")
    draw_ghosts(ax, ghosts(moves), set(cells), lambda ids: _wrap_ids(ids, right_to_left),
                lambda likelihood, impact: model.bands.colors[model.bands.band(likelihood * impact)])
    draw_arrows(ax, moves, set(cells))
    ax.set_xlim(RISK_MIN - 0.5, RISK_MAX + 0.5)
    ax.set_ylim(RISK_MIN - 0.5, RISK_MAX + 0.5)
    ax.set_aspect("equal")
    ax.set_xticks(list(levels))
    ax.set_yticks(list(levels))
    ax.set_xlabel(words["impact"])
    ax.set_ylabel(words["likelihood"])
    if residual is not None:
        fig.supxlabel(caption(fig, words["residual_grid"], 7), fontsize=7, style="italic")
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    mirror(ax, right_to_left, digits)
    if title:
        ax.set_title(reading(plain(title), right_to_left), fontsize=10)
    return fig


# ---- profiles: weights side by side, disagreement ---------------------------

