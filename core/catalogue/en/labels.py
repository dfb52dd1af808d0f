"""English texts of the labels area (see :mod:`core.catalogue`).

The names a reader sees for the core's fixed choices: method labels and their
methodology notes (``labels.method.<key>``, ``labels.method_note.<key>``),
risk-entry statuses and treatments and control statuses
(``labels.<kind>.<value>``, a space in the value written ``_``), and the
default risk bands (``labels.band.<index>``, lowest first); see
:mod:`core.labels`.
"""

TEXTS: dict[str, str] = {
    "labels.method.wsm": "Weighted sum (WSM)",
    "labels.method.wpm": "Weighted product (WPM)",
    "labels.method.topsis": "TOPSIS",
    "labels.method.vikor": "VIKOR",
    "labels.method.promethee2": "PROMETHEE II",
    "labels.method_note.wsm": "Weighted sum: each option's score is the sum of its criterion values times the "
                              "global weights.",
    "labels.method_note.wpm": "Weighted product: the product of criterion values raised to their weights "
                              "(cost criteria to the negative weight), computed in log space.",
    "labels.method_note.topsis": "TOPSIS (Hwang & Yoon, 1981): vector-normalised, weighted values; the score is "
                                 "the relative closeness to the ideal option, between 0 and 1.",
    "labels.method_note.vikor": "VIKOR (Opricovic & Tzeng, 2004): group utility S, individual regret R and the "
                                "compromise index Q with v = 0.5; lower Q is better.",
    "labels.method_note.promethee2": "PROMETHEE II (Brans & Vincke, 1985): pairwise preferences per criterion "
                                     "through its preference function, aggregated into net outranking flows.",
    "labels.status.open": "open",
    "labels.status.monitoring": "monitoring",
    "labels.status.closed": "closed",
    "labels.treatment.treat": "treat",
    "labels.treatment.tolerate": "tolerate",
    "labels.treatment.transfer": "transfer",
    "labels.treatment.terminate": "terminate",
    "labels.control_status.in_place": "in place",
    "labels.control_status.planned": "planned",
    "labels.band.0": "Low",
    "labels.band.1": "Medium",
    "labels.band.2": "High",
    "labels.band.3": "Extreme",
    # The one profile of a model read from a spreadsheet (core.storage.spreadsheet).
    "labels.profile_equal": "Equal weights",
    "labels.profile_spreadsheet": "Spreadsheet weights",
    # core.weighting: how each weighting method turned the judgements into weights
    "labels.weighting.direct": "Direct: each weight is its raw value divided by the total ({total:g}).",
    "labels.weighting.points": "Points: {total:g} points shared out; w_i = points_i / {total:g}.",
    "labels.weighting.roc": "Rank-order centroid (Barron & Barrett 1996): w_i = (1/n) Σ_{{k=i..n}} 1/k for the "
                            "criterion in position i; tied criteria share the mean weight of their positions.",
    "labels.weighting.rank_sum": "Rank sum: w_i = 2(n + 1 - i) / (n(n + 1)) for the criterion in position i; "
                                 "tied criteria share the mean weight of their positions.",
    "labels.weighting.swing": "Swing: each criterion's swing from worst to best is rated 0–100 against the most "
                              "important swing (100); w_i = rating_i / Σ ratings.",
    # core.consensus: the notes of a combined profile, written in the model's language
    "labels.consensus.mean": "Arithmetic mean of global weights; analyst shares (renormalised to sum 1): {members}.",
    "labels.consensus.aij": "Weighted geometric mean of pairwise judgements (AIJ); judged sets: {sets}, other sets "
                            "from the ratios of local weights; analyst shares (renormalised to sum 1): {members}.",
}
