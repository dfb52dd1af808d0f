"""English texts of the charts area: axis titles, legends and notes drawn on the charts (core.charts)."""

TEXTS: dict[str, str] = {
    # Every chart (core.charts.base)
    "charts.score_lower": "Score (lower is better)",
    "charts.score_higher": "Score (higher is better)",
    "charts.likelihood": "Likelihood",
    "charts.impact": "Impact",
    "charts.more_options": "… and {0} more options (ranks {1}–{2}; scores {3:.3g}–{4:.3g}): see the table",
    "charts.more_in_map": "The first {0} of {1} options; the score matrix has them all",
    "charts.residual_map": "Residual risk (after controls): a lowered cell reads inherent→residual, "
                           "its left edge in the inherent band's colour",
    "charts.residual_grid": "Factors in their residual cells; an arrow comes from the inherent cell (ids in grey)",
    # Profile views (core.charts.profiles)
    "charts.global_weight": "Global weight",
    "charts.spread": "Spread (sd)",
    "charts.spread_note": "Global weights in %; colour: above (red) or below (blue) the group mean",
    # Robustness views (core.charts.robustness)
    "charts.weight_of": "Global weight of {0} (%)",
    "charts.current": "now {0}",
    "charts.lead": "Lead of {0} over the next option (score points)",
    "charts.loses_first": "another option ranks first",
    "charts.low_end": "input at its low end",
    "charts.high_end": "input at its high end",
    "charts.weight_bar": "{0} weight {1}–{2}%",
    "charts.score_bar": "{0} on {1}: {2}–{3}",
    "charts.share": "Share of sampled weightings (%)",
    "charts.rank": "Rank {0}",
    "charts.ranks_from": "Ranks {0}–{1}",
    "charts.more_bars": "{0} smaller bars not shown",
    "charts.other_options": "the other {0} options",
    "charts.more_accepted": "… and {0} more options (mean ranks {1:.3g}–{2:.3g}): see the table",
}
