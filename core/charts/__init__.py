"""The charts of Mizan as matplotlib Figures, shared by the window and the reports.

Every function draws into a plain :class:`matplotlib.figure.Figure` (never
pyplot, so there is no global state and any backend, Agg included, can render
it). Pass ``figure=`` to redraw into an existing figure (the window reuses its
canvas), or leave it out to get a new one (the reports save it to a file).
matplotlib is imported inside the functions: importing this module is free,
which keeps it off the window's start-up path.

Texts shown on a chart are English by default; pass ``texts`` to override
them (the window passes translated ones). ``right_to_left=True`` mirrors a
chart for an Arabic reader (values and categories grow from the right, names
and the vertical axis on the right, legends starting at the right) and
``digits="arabic"`` writes its numbers in Arabic-Indic digits; draw it inside
:func:`core.charts.base.chart_style` so that its letters take the language's font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.lazy import lazy_names

if TYPE_CHECKING:
    from core.charts.base import LABEL_CHARS, TEXTS, ink_for, plain, short, shorten
    from core.charts.profiles import PROFILE_TEXTS, SERIES_COLORS, spread_map, two_lines, weight_bars
    from core.charts.risk import (RankingBar, RankingLayout, grid_cells, heat_map, ranking_chart, ranking_layout,
                                  risk_grid)
    from core.charts.robustness import (ACCEPTABILITY_RANKS, ACCEPTABILITY_ROWS, ROBUSTNESS_TEXTS, SWEEP_COLOURED,
                                        TORNADO_BARS, acceptability_chart, acceptability_order,
                                        acceptability_segments, sweep_chart, sweep_coloured, tornado_chart,
                                        tornado_label)

# The module each name comes from, imported when the name is first used: the window's first paint needs only
# colours from core.charts.base, and the chart modules' dataclasses and tables cost its start-up some 16 M
# instructions when the package imported them all.
_HOMES = {**dict.fromkeys(("LABEL_CHARS", "TEXTS", "ink_for", "plain", "short", "shorten"), "core.charts.base"),
          **dict.fromkeys(("PROFILE_TEXTS", "SERIES_COLORS", "spread_map", "two_lines", "weight_bars"),
                          "core.charts.profiles"),
          **dict.fromkeys(("RankingBar", "RankingLayout", "grid_cells", "heat_map", "ranking_chart", "ranking_layout",
                           "risk_grid"), "core.charts.risk"),
          **dict.fromkeys(("ACCEPTABILITY_RANKS", "ACCEPTABILITY_ROWS", "ROBUSTNESS_TEXTS", "SWEEP_COLOURED",
                           "TORNADO_BARS", "acceptability_chart", "acceptability_order", "acceptability_segments",
                           "sweep_chart", "sweep_coloured", "tornado_chart", "tornado_label"),
                          "core.charts.robustness")}

__all__ = sorted(_HOMES)
__getattr__ = lazy_names(__name__, _HOMES)  # the names above, each from its module on first use
