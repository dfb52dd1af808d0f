"""What a report says first and what it must not leave out: the executive summary and the caveats.

The executive summary answers the question in four lines (the recommended
option under the reported profile and method, how robust that is, what
would change it, where the methods disagree); the caveats state what is
fixed in the model and what the robustness run varied.
"""

from __future__ import annotations

from core.methods import METHOD_LABELS
from core.model import label
from core.reports.data import ReportData
from core.reports.robustness import sampling_text, summary_sentences


def executive_summary(data: ReportData) -> list[tuple[str, str]]:
    """(heading, sentence) pairs for the report's first page."""
    top = data.main.ranking()[0]
    lines = [("Recommended:", f"{label(top['option'], top['name'], ' — ')} ranks first under "
                              f"{METHOD_LABELS[data.method]} with profile “{data.profile.name}”.")]
    if data.robustness is not None:
        first, change = summary_sentences(data.robustness)
        lines += [("How robust:", first), ("What would change it:", change)]
    others = [(name, ev.ranking()[0]) for name, ev in data.methods.items() if name != data.method]
    differ = [f"{METHOD_LABELS[name]} puts {row['option']} first" for name, row in others
              if row["option"] != top["option"]]
    lines.append(("Other methods:", "; ".join(differ) + "." if differ else "every other method agrees."))
    return lines


def caveats(data: ReportData) -> list[str]:
    """What is fixed in the model and what the robustness run varied."""
    model = data.ranked_model  # what is fixed in the numbers that were ranked
    risks = [f for f in model.factors if f.kind == "risk"]
    lines = []
    if risks:
        lines.append("Scales: likelihood and impact are ordinal 1–5 scales; their product and a weighted sum of "
                     "products are conventions for ranking, not measurements.")
        if all(len({model.score(o.id, f.id).impact for o in model.options}) == 1 for f in risks):
            lines.append("What is fixed: under each factor the impact is the same for every option, so all "
                         "differences between options come from the likelihoods.")
    if data.robustness is not None:
        ranges = any(s.low is not None or s.high is not None for s in model.scores.values())
        lines.append("Robustness: the run varies the global weights" + (" and the scores within their low–high "
                     "ranges" if ranges else " only; the scores carry no ranges and are held fixed")
                     + f" ({data.samples:,} samples {sampling_text(data.robustness.smaa.sampler)}, "
                       f"seed {data.seed}). A share of first places is not the "
                     "probability that an option is right.")
    return lines
