"""Charts of the profile views: grouped weight bars and the disagreement heat map."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from core.charts.base import (CHART_TEXTS, label_grid, TEXTS, _figure, ink_for, legend_entries, mirror, plain, reading,
                              short, shorten)
from core.numbers import in_digits

if TYPE_CHECKING:
    from matplotlib.figure import Figure


PROFILE_TEXTS = {key: CHART_TEXTS[key] for key in ("global_weight", "spread", "spread_note")}
# Colour-blind-safe qualitative palette (Okabe & Ito), one colour per profile.
SERIES_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")


def _profile_texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXTS, **PROFILE_TEXTS, **(texts or {})}


def weight_bars(labels: Sequence[str], series: Sequence[str], values: Sequence[Sequence[float]], *,
                figure: Figure | None = None, texts: Mapping[str, str] | None = None,
                title: str = "", right_to_left: bool = False, digits: str = "western") -> Figure:
    """Grouped bars: for each factor in ``labels``, one bar per profile in ``series``.

    ``values[k][j]`` is profile ``k``'s global weight (0…1) of factor ``j``;
    bars are drawn in percent.  Colours repeat after eight profiles.
    ``right_to_left`` mirrors it (the first factor and, in each group, the
    first profile at the right; the weight axis and the legend on the right);
    numbers are written in ``digits``.
    """
    words = _profile_texts(texts)
    fig = _figure(figure, (max(6.0, 0.32 * len(labels) * max(len(series), 2) + 1.5), 3.4))
    ax = fig.add_subplot()
    width = 0.8 / max(len(series), 1)
    for k, name in enumerate(series):
        offsets = [j - 0.4 + width * (k + 0.5) for j in range(len(labels))]
        ax.bar(offsets, [100 * float(v) for v in values[k]], width=width * 0.92, label=short(name, 28),
               color=SERIES_COLORS[k % len(SERIES_COLORS)])
    ax.set_xticks(range(len(labels)), [reading(short(label, 8), right_to_left) for label in labels], fontsize=8)
    ax.set_xlim(-0.6, len(labels) - 0.4)
    ax.set_ylabel(words["global_weight"] + " (%)", fontsize=9)
    ax.tick_params(axis="y", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    mirror(ax, right_to_left, digits, x=False)
    if series:
        columns = min(len(series), 4)
        handles, names = legend_entries(*ax.get_legend_handles_labels(), columns, right_to_left)
        ax.legend(handles, names, fontsize=8, ncols=columns, loc="lower right" if right_to_left else "lower left",
                  bbox_to_anchor=(1.0 if right_to_left else 0.0, 1.0), frameon=False, markerfirst=not right_to_left)
    if title:
        ax.set_title(plain(title), fontsize=10, loc="right")
    return fig


def two_lines(text: str, width: int) -> str:
    """User ``text`` wrapped onto at most two lines of ``width`` characters (a column header), literal."""
    import textwrap

    lines = textwrap.wrap(" ".join(text.split()), width) or [""]
    second = " ".join(lines[1:])
    return plain(lines[0] + ("\n" + shorten(second, width) if second else ""))


def _deviation_colors(values: Sequence[Sequence[float]], mean: Sequence[float], limit: float) -> list[list[str]]:
    """Each cell's colour by how far it lies above (red) or below (blue) its row's mean."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    cmap = colormaps["RdBu_r"]
    return [[to_hex(cmap(0.5 + 0.5 * (float(v) - float(m)) / limit)) for v in row] for row, m in zip(values, mean)]


def spread_map(rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[float]],
               mean: Sequence[float], std: Sequence[float], *, bold: Sequence[bool] | None = None,
               figure: Figure | None = None, texts: Mapping[str, str] | None = None, title: str = "",
               right_to_left: bool = False, digits: str = "western") -> Figure:
    """Where a group disagrees: criteria × profiles, each cell its global weight in percent.

    ``values[i][k]`` is profile ``k``'s global weight of criterion ``i``;
    a cell's colour says how far it lies from the group's ``mean`` of that
    row (one symmetric scale for the whole map, so colours compare across
    rows).  A last column shows the standard deviation ``std``, darker where
    the group disagrees most.  ``bold`` marks rows (groups) drawn in bold.
    ``right_to_left`` mirrors it: names on the right, the first profile next
    to them, the spread at the left; numbers are written in ``digits``.
    """
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    words = _profile_texts(texts)
    fig = _figure(figure, (max(5.0, 1.1 * len(columns) + 4.0), max(3.0, 0.26 * len(rows) + 1.4)))
    ratios = [max(len(columns), 1), 1.2]
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": ratios[::-1] if right_to_left else ratios})
    if right_to_left:  # the weights by the names at the right, the spread at the end of the line, on the left
        left, right = right, left
    deviations = [abs(float(v) - float(m)) for row, m in zip(values, mean) for v in row]
    colors = _deviation_colors(values, mean, max(deviations, default=0.0) or 1.0)
    _draw_cells(left, colors, [[in_digits(f"{100 * float(v):.1f}", digits) for v in row] for row in values])
    label_grid(left, [short(r, 30) for r in rows], [two_lines(c, 16) for c in columns], right_to_left)
    top = max((float(s) for s in std), default=0.0) or 1.0
    spread_colors = [[to_hex(colormaps["Oranges"](0.85 * float(s) / top))] for s in std]
    _draw_cells(right, spread_colors, [[in_digits(f"{100 * float(s):.1f}", digits)] for s in std])
    label_grid(right, ["" for _ in rows], [words["spread"]], right_to_left)
    right.set_yticks([])
    for label, strong in zip(left.get_yticklabels(), bold or []):
        label.set_fontweight("bold" if strong else "normal")
    left.set_xlabel(words["spread_note"], fontsize=8)
    if title:
        fig.suptitle(reading(plain(title), right_to_left), fontsize=10)
    return fig


def _draw_cells(ax, colors: list[list[str]], labels: list[list[str]]) -> None:
    """An image of ``colors`` with each cell's label in a legible ink."""
    from matplotlib.colors import to_rgb

    ax.imshow([[to_rgb(c) for c in line] for line in colors], aspect="auto")
    for row, line in enumerate(labels):
        for column, text in enumerate(line):
            ax.text(column, row, text, ha="center", va="center", fontsize=8, color=ink_for(colors[row][column]))


# ---- robustness: one-way sweeps, tornado, rank acceptability -------------------

