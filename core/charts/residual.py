"""Inherent and residual risk on one chart: what the controls move in the heat map and the 5 × 5 grid.

The residual model (:func:`core.register.residual.model_on`) is passed in by
the caller, so that the charts never decide which controls count. In the
heat map a lowered cell takes the residual band's colour and reads
"inherent→residual", with the inherent band's colour kept as a strip at the
cell's start edge (the left, or the right on a mirrored map); in the grid every factor sits in its residual cell, and an
arrow runs from the inherent cell, where its id stays in grey.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from core.charts.base import ink_for
from core.model import DecisionModel

GHOST_COLOR, GHOST_LIGHT = "#4A4D52", "#F1F3F4"
ARROW_COLOR = "#202124"
ARROW_INSET = 0.42  # of a grid cell's width from its centre: where an arrow's head stops inside the cell
EDGE_SHARE = 0.16  # of a heat-map cell's width: the strip in the inherent band's colour
CHAR_WIDTH = 0.7  # of the font size: a generous average width of a character, to wrap captions before they clip


@dataclass(frozen=True)
class Move:
    """One factor of one option that the controls move on the grid: from (likelihood, impact) to another."""

    factor: str
    start: tuple[int, int]
    end: tuple[int, int]


def grid_moves(model: DecisionModel, residual: DecisionModel, option_id: str) -> list[Move]:
    """The risk factors of ``option_id`` whose residual cell differs from the inherent one, in tree order."""
    moves = []
    for factor in model.factors:
        before, after = model.score(option_id, factor.id), residual.score(option_id, factor.id)
        if factor.kind != "risk" or None in (before.likelihood, before.impact, after.likelihood, after.impact):
            continue
        start, end = (before.likelihood, before.impact), (after.likelihood, after.impact)
        if start != end:
            moves.append(Move(factor.id, start, end))  # type: ignore[arg-type]
    return moves


def ghosts(moves: list[Move]) -> dict[tuple[int, int], list[str]]:
    """Factor ids by the inherent cell they left."""
    cells: dict[tuple[int, int], list[str]] = {}
    for move in moves:
        cells.setdefault(move.start, []).append(move.factor)
    return cells


def resident_y(cell: tuple[int, int], left: set[tuple[int, int]]) -> float:
    """Where a cell's residual ids sit: a little high when grey ids of factors that left it sit below them."""
    return cell[0] + 0.12 if cell in left else cell[0]


def ghost_y(cell: tuple[int, int], occupied: set[tuple[int, int]]) -> float:
    """Where the grey ids of the factors that left a cell sit: low when residual ids sit above them."""
    return cell[0] - 0.3 if cell in occupied else cell[0]


def draw_ghosts(ax, cells: dict[tuple[int, int], list[str]], occupied: set[tuple[int, int]], wrap,
                background) -> None:
    """Grey ids in the cells the factors left (low in the cell when it also holds residual ones).

    ``background(likelihood, impact)`` is the cell's colour: on a dark band the grey is a light one.
    """
    for (likelihood, impact), ids in cells.items():
        y = ghost_y((likelihood, impact), occupied)
        light = ink_for(background(likelihood, impact)) == "#FFFFFF"
        ax.text(impact, y, wrap(ids), ha="center", va="center", fontsize=7, style="italic",
                color=GHOST_LIGHT if light else GHOST_COLOR)


def draw_arrows(ax, moves: list[Move], occupied: set[tuple[int, int]]) -> None:
    """One arrow per distinct (inherent cell, residual cell), from the grey ids to the residual cell's edge.

    Drawn under the texts (a lower z-order), so that an arrow crossing a cell never hides its ids.
    """
    for start, end in sorted({(m.start, m.end) for m in moves}):
        tail = (start[1], ghost_y(start, occupied))
        ax.annotate("", xy=_border(tail, (end[1], end[0])), xytext=tail, zorder=2,
                    arrowprops={"arrowstyle": "-|>", "color": ARROW_COLOR, "lw": 1.2, "alpha": 0.7,
                                "shrinkA": 7, "shrinkB": 0})


def _border(tail: tuple[float, float], centre: tuple[float, float]) -> tuple[float, float]:
    """Where an arrow from ``tail`` enters the cell at ``centre``: just inside its edge, clear of its ids."""
    dx, dy = tail[0] - centre[0], tail[1] - centre[1]
    scale = ARROW_INSET / max(abs(dx), abs(dy))
    return centre[0] + dx * scale, centre[1] + dy * scale


def draw_edges(ax, edges: list[tuple[int, int, str]]) -> None:
    """Strips in the inherent band's colour at the low-x edge of the heat-map cells the controls lowered.

    That is the cell's left edge, or its right one when the map's x axis is mirrored: where the reader starts.
    """
    from matplotlib.patches import Rectangle

    for row, column, color in edges:
        ax.add_patch(Rectangle((column - 0.5, row - 0.5), EDGE_SHARE, 1, facecolor=color, edgecolor="none"))


def caption(figure, text: str, fontsize: float) -> str:
    """``text`` wrapped to the figure's width, so that a long caption takes two lines instead of being cut."""
    width = figure.get_size_inches()[0] * 72 / (fontsize * CHAR_WIDTH)
    return textwrap.fill(text, max(20, int(width)))
