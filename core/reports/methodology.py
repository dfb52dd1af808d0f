"""The methodology note every report carries, in plain sentences (each method's own from its descriptor)."""

from __future__ import annotations

from core.analysis import method_params
from core.methods import METHOD_LABELS, method_spec
from core.reports.data import ReportData


def methodology(data: ReportData) -> list[str]:
    """Paragraphs that say how the reported numbers were made."""
    model = data.model
    risk = all(f.kind == "risk" for f in model.factors)
    spec = method_spec(data.method)
    paragraphs = [
        f"Method: {spec.label}. {spec.note}",
        spec.normalisation(method_params(data.main.problem, data.method)),
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

