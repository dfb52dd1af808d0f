"""English texts of the methodology area: how the reported numbers were made."""

TEXTS: dict[str, str] = {
    "methodology.method": "Method: {label}. {note}",
    "methodology.weights": "Weights: profile “{profile}”. Local weights are normalised within each group and "
                           "multiplied down the criteria tree into global weights that sum to 1 (Weights sheet).",
    "methodology.scores": "Scores: every factor is a risk, likelihood (1–5) × impact (1–5) = 1–25, lower is better. "
                          "Bands: {bands}.",
    "methodology.band_upto": "{name} up to {upper:g}",
    "methodology.agree_disagree": "Agreement: {option} ranks first under the reported method; {methods} put "
                                  "another option first.",
    "methodology.agree_all": "Agreement: {option} ranks first under the reported method and under every other "
                             "method.",
    "methodology.agree_computed": "Agreement: {option} ranks first under the reported method and under every "
                                  "other method that could rank the model.",
    "methodology.not_computed": "{method} is not computed: {reason}",
    # Each method's normalisation sentence, as its descriptor names it (core.methods.spec.MethodSpec.normalisation)
    "methodology.norm_defined": "Normalisation: as the method defines it (see the method note).",
    "methodology.norm_raw": "Normalisation: none. All factors share the 1–25 risk scale, so the weighted sum is "
                            "the weighted risk index Σ w·risk, which the workbook recomputes with SUMPRODUCT.",
    "methodology.norm_minmax": "Normalisation: each criterion is rescaled to 0–1 on the range its options span "
                               "(cost criteria reversed).",
    "methodology.norm_bounds": "Normalisation: each criterion is rescaled to 0–1 on its declared scale (cost "
                               "criteria reversed).",
    "methodology.norm_vector": "Normalisation: vector normalisation (each column divided by its Euclidean norm).",
    "methodology.norm_column_minmax": "Normalisation: each column rescaled to 0–1 on the range its options span "
                                      "(cost criteria reversed).",
    "methodology.norm_promethee": "Normalisation: none; each criterion's differences pass through its preference "
                                  "function. Flows are computed exactly from the sorted values of each criterion; a "
                                  "Gaussian criterion has no such form and is summed pair by pair (time grows with "
                                  "the square of the number of options).",
}
