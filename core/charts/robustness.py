"""Charts of the robustness view: one-way sweeps, the tornado and rank acceptability."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from core.charts.base import (CHART_TEXTS, TEXTS, _figure, figures, ink_for, legend_entries, mirror, plain, reading,
                              short)
from core.numbers import in_digits
from core.charts.profiles import SERIES_COLORS

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from core.sensitivity import Bar, Sweep, Tornado


ROBUSTNESS_TEXTS = {key: CHART_TEXTS[key] for key in (
    "weight_of", "current", "lead", "loses_first", "low_end", "high_end", "weight_bar", "score_bar", "share", "rank",
    "ranks_from", "more_bars", "other_options", "more_accepted")}
# A sweep with more options than this colours only those that rank first somewhere along it.
SWEEP_COLOURED = 8
TORNADO_BARS = 12
ACCEPTABILITY_ROWS = 12
# Ranks the acceptability chart shows one by one; the worse ranks share one segment.
ACCEPTABILITY_RANKS = 6
OTHER_COLOR = "#C8C8C8"
LOW_END_COLOR, HIGH_END_COLOR, THRESHOLD_COLOR = "#9DB8D9", "#2E6DB4", "#D9342B"


def _robustness_texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    return {**TEXTS, **ROBUSTNESS_TEXTS, **(texts or {})}


def _legend_above(fig: Figure, ax, entry_inches: float, right_to_left: bool = False) -> None:
    """The axes' legend above the plot, in as many columns as the figure's width holds.

    A figure-level "outside" legend: constrained layout then takes its
    height from the plot, never its width (an axes legend wider than a
    narrow plot would squeeze the plot to nothing). Mirrored, it starts at
    the right, each key to the right of its text.
    """
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        columns = max(1, min(len(handles), int(fig.get_size_inches()[0] / entry_inches)))
        handles, labels = legend_entries(handles, labels, columns, right_to_left)
        fig.legend(handles, labels, loc="outside upper right" if right_to_left else "outside upper left",
                   ncols=columns, fontsize=8, frameon=False, markerfirst=not right_to_left)


def sweep_coloured(sweep: Sweep) -> list[int]:
    """The options a sweep colours and names, in legend order.

    Every option of a small sweep; of a larger one, those that rank first
    somewhere along it, at most SWEEP_COLOURED: the first at the current
    weight, then the ones that lead over the widest stretch.
    """
    n = len(sweep.options)
    if n <= SWEEP_COLOURED:
        return list(range(n))
    firsts = (sweep.ranks == 1).sum(axis=0)
    current = [float(v) for v in sweep.current]
    top = current.index(max(current) if sweep.better == "higher" else min(current))
    leaders = [i for i in range(n) if firsts[i] > 0 or i == top]
    return sorted(leaders, key=lambda i: (i != top, -int(firsts[i]), i))[:SWEEP_COLOURED]


def sweep_chart(sweep: Sweep, labels: Sequence[str], *, lower: float | None = None, upper: float | None = None,
                figure: Figure | None = None, texts: Mapping[str, str] | None = None, title: str = "",
                right_to_left: bool = False, digits: str = "western") -> Figure:
    """Every option's score as one factor's weight runs from 0 to 100 %, the current weight marked.

    ``sweep`` is a :class:`core.sensitivity.Sweep`; ``labels`` name its
    options in order.  ``lower`` and ``upper`` (the stability interval, as
    weights) are drawn as red dotted lines around a shaded band.  With many
    options only :func:`sweep_coloured` are coloured and named; the rest are
    thin grey lines, named once in the legend by their count. ``right_to_left``
    mirrors it (the weight grows leftwards, the score axis on the right);
    numbers are written in ``digits`` ("western" or "arabic").
    """
    words = _robustness_texts(texts)
    fig = _figure(figure, (6.0, 3.4))
    ax = fig.add_subplot()
    x = [100 * float(t) for t in sweep.t]
    coloured = sweep_coloured(sweep)
    for position, i in enumerate(coloured):
        ax.plot(x, sweep.scores[:, i], color=SERIES_COLORS[position % len(SERIES_COLORS)], linewidth=1.8,
                label=short(labels[i], 26), zorder=3)
    grey = [i for i in range(len(sweep.options)) if i not in set(coloured)]
    if grey:
        _grey_curves(ax, x, [sweep.scores[:, i] for i in grey],
                     words["other_options"].format(*figures(digits, len(grey))))
    _mark_weight(ax, sweep, coloured, lower, upper, words, right_to_left, digits)
    ax.set_xlim(0, 100)
    ax.set_xlabel(reading(words["weight_of"].format(plain(sweep.criterion)), right_to_left), fontsize=9)
    ax.set_ylabel(words["score_higher" if sweep.better == "higher" else "score_lower"], fontsize=9)
    ax.tick_params(labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    mirror(ax, right_to_left, digits)
    _legend_above(fig, ax, 2.0, right_to_left)
    if title:
        ax.set_title(plain(title), fontsize=10, loc="right")
    return fig


def _grey_curves(ax, x: Sequence[float], curves: Sequence, label: str) -> None:
    """The options not coloured, as thin grey lines in one artist named once in the legend.

    One collection, not a line per option: 292 lines of a 300-option sweep
    cost most of a second to build and draw, on the thread that shares the
    interpreter with the window. They look as separate lines do (the same
    width, caps and joins, drawn in order below the coloured ones).
    """
    from matplotlib import rcParams
    from matplotlib.collections import LineCollection

    segments = [list(zip(x, (float(v) for v in curve))) for curve in curves]
    ax.add_collection(LineCollection(segments, colors=OTHER_COLOR, linewidths=0.8, zorder=2, label=label,
                                     capstyle=rcParams["lines.solid_capstyle"],
                                     joinstyle=rcParams["lines.solid_joinstyle"]))
    ax.autoscale_view()


def _mark_weight(ax, sweep: Sweep, coloured: Sequence[int], lower: float | None, upper: float | None,
                 words: Mapping[str, str], right_to_left: bool = False, digits: str = "western") -> None:
    """The current weight (dashed line, dots on the coloured curves) and the stability interval around it.

    Its note stands on the side the weight grows to: the right, or the left when mirrored.
    """
    w = 100 * float(sweep.weight)
    ax.axvline(w, color="#333333", linestyle="--", linewidth=1, zorder=4)
    ax.scatter([w] * len(coloured), [sweep.current[i] for i in coloured], s=14, color="#333333", zorder=5)
    ax.annotate(reading(words["current"].format(in_digits(f"{w:.1f}%", digits)), right_to_left), xy=(w, 1.0),
                xycoords=("data", "axes fraction"), xytext=(-3 if right_to_left else 3, -10),
                textcoords="offset points", ha="right" if right_to_left else "left", fontsize=8, color="#333333")
    if lower is not None or upper is not None:
        ax.axvspan(100 * (lower or 0.0), 100 * (1.0 if upper is None else upper), color=HIGH_END_COLOR,
                   alpha=0.07, linewidth=0, zorder=1)
    for end in (lower, upper):
        if end is not None:
            ax.axvline(100 * end, color=THRESHOLD_COLOR, linestyle=":", linewidth=1.4, zorder=4)


def tornado_label(bar: Bar, words: Mapping[str, str], digits: str = "western") -> str:
    """A tornado bar's name: the weight's range in percent, or the cell and its score range."""
    if bar.kind == "weight":
        return words["weight_bar"].format(plain(bar.criterion), *(in_digits(f"{100 * v:.1f}", digits)
                                                                  for v in (bar.low, bar.high)))
    return words["score_bar"].format(plain(bar.option or ""), plain(bar.criterion),
                                     *(in_digits(f"{v:g}", digits) for v in (bar.low, bar.high)))


def tornado_chart(tornado: Tornado, *, figure: Figure | None = None, texts: Mapping[str, str] | None = None,
                  title: str = "", limit: int = TORNADO_BARS, right_to_left: bool = False,
                  digits: str = "western") -> Figure:
    """The top option's lead as each input moves across its range, the widest swing at the top.

    ``tornado`` is a :class:`core.sensitivity.Tornado`; only its ``limit``
    widest bars are drawn.  Each bar runs from the current lead (solid line)
    to the lead with the input at its low end (light) and at its high end
    (dark); left of the red dashed line at 0 another option ranks first
    (right of it when ``right_to_left`` mirrors the chart). Numbers are
    written in ``digits``.
    """
    words = _robustness_texts(texts)
    bars = tornado.bars[:limit]
    fig = _figure(figure, (6.0, 0.28 * len(bars) + 1.6))
    ax = fig.add_subplot()
    base, ys = tornado.lead, list(range(len(bars)))
    ax.barh(ys, [b.lead_low - base for b in bars], left=base, height=0.62, color=LOW_END_COLOR,
            label=words["low_end"])
    ax.barh(ys, [b.lead_high - base for b in bars], left=base, height=0.62, color=HIGH_END_COLOR,
            label=words["high_end"])
    ax.axvline(base, color="#333333", linewidth=1)
    ax.axvline(0.0, color=THRESHOLD_COLOR, linestyle="--", linewidth=1.2, label=words["loses_first"])
    ax.set_yticks(ys, [reading(tornado_label(b, words, digits), right_to_left) for b in bars], fontsize=8)
    ax.set_ylim(len(bars) - 0.5, -0.5)
    ax.set_xlabel(reading(words["lead"].format(plain(tornado.top)), right_to_left), fontsize=9)
    ax.tick_params(axis="x", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    mirror(ax, right_to_left, digits, y=False)
    _legend_above(fig, ax, 1.9, right_to_left)
    hidden = len(tornado.bars) - len(bars)
    if hidden > 0:  # in the plot's far corner, away from the names
        ax.annotate(reading(words["more_bars"].format(*figures(digits, hidden)), right_to_left),
                    xy=(0.0 if right_to_left else 1.0, 0.0), xycoords="axes fraction",
                    ha="left" if right_to_left else "right", va="bottom", fontsize=7, color="#666666")
    if title:
        ax.set_title(plain(title), fontsize=10, loc="right")
    return fig


def acceptability_segments(ranks: int, words: Mapping[str, str],
                           digits: str = "western") -> list[tuple[int, int, str]]:
    """The segments of an acceptability bar as (first rank, end rank, legend text), ranks counted from 0.

    Up to ACCEPTABILITY_RANKS ranks each get their own; beyond that the
    first ACCEPTABILITY_RANKS - 1 do and the worse ranks share the last.
    """
    if ranks <= ACCEPTABILITY_RANKS:
        return [(r, r + 1, words["rank"].format(*figures(digits, r + 1))) for r in range(ranks)]
    alone = ACCEPTABILITY_RANKS - 1
    return [*((r, r + 1, words["rank"].format(*figures(digits, r + 1))) for r in range(alone)),
            (alone, ranks, words["ranks_from"].format(*figures(digits, alone + 1, ranks)))]


def mean_ranks(acceptability) -> list[float]:
    """Each option's mean rank (1 is best) from its shares at rank 1, 2, …"""
    return [sum(r * float(v) for r, v in enumerate(row)) + 1 for row in acceptability]


def acceptability_order(acceptability) -> list[int]:
    """Option indices best first: by mean rank, then in the given order."""
    mean = mean_ranks(acceptability)
    return sorted(range(len(mean)), key=lambda i: (mean[i], i))


def acceptability_chart(labels: Sequence[str], acceptability, *, figure: Figure | None = None,
                        texts: Mapping[str, str] | None = None, title: str = "",
                        limit: int = ACCEPTABILITY_ROWS, right_to_left: bool = False,
                        digits: str = "western") -> Figure:
    """Rank acceptability as stacked bars: per option, the share of samples at rank 1, 2, …

    ``acceptability[i][r]`` is the share (0…1) of samples in which option
    ``labels[i]`` takes rank r + 1.  Options come best first (by their mean
    rank), at most ``limit`` of them, and one line under them summarises the
    rest; the worse ranks share one grey segment (:func:`acceptability_segments`).
    Shares of 8 % or more are written on their segment. ``right_to_left``
    mirrors it (rank 1 starts at the right, names on the right); numbers are
    written in ``digits``.
    """
    from matplotlib import colormaps

    words = _robustness_texts(texts)
    rows = [[float(v) for v in row] for row in acceptability]
    mean, ranked = mean_ranks(rows), acceptability_order(rows)
    order, rest = ranked[:limit], ranked[limit:]
    fig = _figure(figure, (6.0, 0.34 * (len(order) + bool(rest)) + 1.5))
    ax = fig.add_subplot()
    segments = acceptability_segments(len(rows[0]) if rows else 0, words, digits)
    cmap = colormaps["Blues_r"]
    left = [0.0] * len(order)
    for number, (first, end, legend) in enumerate(segments):
        shaded = end - first == 1
        color = cmap(0.15 + 0.7 * number / max(len(segments) - 1, 1)) if shaded else OTHER_COLOR
        widths = [100 * sum(rows[i][first:end]) for i in order]
        ax.barh(range(len(order)), widths, left=left, height=0.62, color=color, label=legend)
        _label_segments(ax, left, widths, color, digits, right_to_left)
        left = [a + b for a, b in zip(left, widths)]
    ax.set_yticks(range(len(order)), [reading(short(labels[i], 24), right_to_left) for i in order], fontsize=8)
    if rest:
        line = words["more_accepted"].format(*figures(digits, len(rest), mean[rest[0]], mean[rest[-1]]))
        ax.text(0, len(order) - 0.1, reading(line, right_to_left), va="top", ha="right" if right_to_left else "left",
                fontsize=8, style="italic", wrap=True)
    ax.set_ylim(len(order) + (1.3 if rest else 0) - 0.5, -0.5)  # room for the line to wrap in two
    ax.set_xlim(0, 100)
    ax.set_xlabel(words["share"], fontsize=9)
    ax.tick_params(axis="x", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    mirror(ax, right_to_left, digits, y=False)
    _legend_above(fig, ax, 1.1, right_to_left)
    if title:
        ax.set_title(plain(title), fontsize=10, loc="right")
    return fig


def _label_segments(ax, left: list[float], widths: list[float], color, digits: str, right_to_left: bool) -> None:
    """Each wide segment's share; mirrored, the per cent sign after the number in the reader's direction."""
    from matplotlib.colors import to_hex

    ink = ink_for(to_hex(color))
    for y, (start, width) in enumerate(zip(left, widths)):
        if width >= 8:
            ax.text(start + width / 2, y, reading(in_digits(f"{width:.0f}%", digits), right_to_left), ha="center",
                    va="center", fontsize=7, color=ink)

