"""The methodology note every report carries, in plain sentences."""

from __future__ import annotations

from core.analysis import method_params
from core.methods import METHOD_LABELS
from core.reports.data import ReportData

METHOD_NOTES = {
    "wsm": "Weighted sum: each option's score is the sum of its criterion values times the global weights.",
    "wpm": "Weighted product: the product of criterion values raised to their weights (cost criteria "
           "to the negative weight), computed in log space.",
    "topsis": "TOPSIS (Hwang & Yoon, 1981): vector-normalised, weighted values; the score is the relative "
              "closeness to the ideal option, between 0 and 1.",
    "vikor": "VIKOR (Opricovic & Tzeng, 2004): group utility S, individual regret R and the compromise "
             "index Q with v = 0.5; lower Q is better.",
    "promethee2": "PROMETHEE II (Brans & Vincke, 1985): pairwise preferences per criterion through its "
                  "preference function, aggregated into net outranking flows.",
}


def methodology(data: ReportData) -> list[str]:
    """Paragraphs that say how the reported numbers were made."""
    model = data.model
    risk = all(f.kind == "risk" for f in model.factors)
    paragraphs = [
        f"Method: {METHOD_LABELS[data.method]}. {METHOD_NOTES[data.method]}",
        _normalisation(data),
        f"Weights: profile “{data.profile.name}”. Local weights are normalised within each group and "
        "multiplied down the criteria tree into global weights that sum to 1 (Weights sheet).",
    ]
    if risk:
        bands = ", ".join(f"{n} up to {u:g}" for n, u in zip(model.bands.names, model.bands.upper))
        paragraphs.append("Scores: every factor is a risk, likelihood (1–5) × impact (1–5) = 1–25, "
                          f"lower is better. Bands: {bands}.")
    disagree = data.rankings_disagree
    top = data.main.ranking()[0]["option"]
    paragraphs.append(f"Agreement: {top} ranks first under the reported method"
                      + (f"; {', '.join(METHOD_LABELS[m] for m in disagree)} put another option first."
                         if disagree else " and under every other method"
                         + (" that could rank the model." if data.not_computed else ".")))
    paragraphs += [f"{METHOD_LABELS[name]} is not computed: {reason}"
                   for name, reason in data.not_computed.items()]
    return paragraphs


def _normalisation(data: ReportData) -> str:
    params = method_params(data.main.problem, data.method)
    if data.method == "wsm" and params.get("normalization") == "raw":
        return ("Normalisation: none. All factors share the 1–25 risk scale, so the weighted sum is the "
                "weighted risk index Σ w·risk, which the workbook recomputes with SUMPRODUCT.")
    if data.method == "wsm":
        return "Normalisation: each criterion is rescaled to 0–1 on its declared scale (cost criteria reversed)."
    if data.method == "topsis":
        return "Normalisation: vector normalisation (each column divided by its Euclidean norm)."
    return "Normalisation: as the method defines it (see the method note)."
