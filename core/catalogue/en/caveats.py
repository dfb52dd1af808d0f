"""English texts of the caveats area: the executive summary and what a report must not leave out."""

TEXTS: dict[str, str] = {
    "caveats.recommended": "Recommended:",
    "caveats.recommended_text": "{option} ranks first under {method} with profile “{profile}”.",
    "caveats.how_robust": "How robust:",
    "caveats.what_changes": "What would change it:",
    "caveats.other_methods": "Other methods:",
    "caveats.other_first": "{method} puts {option} first",
    "caveats.others_differ": "{methods}.",
    "caveats.others_agree": "every other method agrees.",
    "caveats.scales": "Scales: likelihood and impact are ordinal 1–5 scales; their product and a weighted sum of "
                      "products are conventions for ranking, not measurements.",
    "caveats.fixed_impact": "What is fixed: under each factor the impact is the same for every option, so all "
                            "differences between options come from the likelihoods.",
    "caveats.robustness_ranges": "Robustness: the run varies the global weights and the scores within their "
                                 "low–high ranges ({samples:,} samples {sampling}, seed {seed}). A share of first "
                                 "places is not the probability that an option is right.",
    "caveats.robustness_weights": "Robustness: the run varies the global weights only; the scores carry no ranges "
                                  "and are held fixed ({samples:,} samples {sampling}, seed {seed}). A share of "
                                  "first places is not the probability that an option is right.",
}
