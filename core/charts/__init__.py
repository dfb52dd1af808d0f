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

from core.charts.base import LABEL_CHARS, TEXTS, ink_for, plain, short, shorten
from core.charts.profiles import PROFILE_TEXTS, SERIES_COLORS, spread_map, two_lines, weight_bars
from core.charts.risk import RankingBar, RankingLayout, grid_cells, heat_map, ranking_chart, ranking_layout, risk_grid
from core.charts.robustness import (ACCEPTABILITY_RANKS, ACCEPTABILITY_ROWS, ROBUSTNESS_TEXTS, SWEEP_COLOURED,
                                    TORNADO_BARS, acceptability_order, acceptability_segments, sweep_coloured,
                                    acceptability_chart, sweep_chart, tornado_chart, tornado_label)

__all__ = ["ACCEPTABILITY_RANKS", "ACCEPTABILITY_ROWS", "acceptability_order", "acceptability_segments", "sweep_coloured", "LABEL_CHARS", "PROFILE_TEXTS", "ROBUSTNESS_TEXTS", "RankingBar", "RankingLayout",
           "SERIES_COLORS",
           "SWEEP_COLOURED", "TEXTS", "TORNADO_BARS", "acceptability_chart", "grid_cells", "heat_map", "ink_for",
           "plain", "ranking_chart", "ranking_layout", "risk_grid", "short", "shorten", "spread_map", "sweep_chart", "tornado_chart",
           "tornado_label", "two_lines", "weight_bars"]
