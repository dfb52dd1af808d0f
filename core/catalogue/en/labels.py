"""English texts of the labels area (see :mod:`core.catalogue`).

The names a reader sees for the core's fixed choices: risk-entry statuses
and treatments and control statuses (``labels.<kind>.<value>``, a space in
the value written ``_``), and the default risk bands (``labels.band.<index>``,
lowest first); see :mod:`core.labels`. A ranking method's label and note are
not here: each method declares them in its own module, in every language
(:class:`core.methods.spec.MethodSpec`).
"""

TEXTS: dict[str, str] = {
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
