"""What a report says first and what it must not leave out: the executive summary and the caveats.

The executive summary answers the question in four lines (the recommended
option under the reported profile and method, how robust that is, what
would change it, where the methods disagree); the caveats state what is
fixed in the model and what the robustness run varied. Every sentence is
the report language's (:mod:`core.catalogue`, area ``caveats``).
"""

from __future__ import annotations

from core.model import label
from core.reports.data import ReportData
from core.reports.methodology import method_label
from core.reports.robustness import sampling_text, summary_sentences
from core.reports.words import report_words


def executive_summary(data: ReportData, language: str = "en") -> list[tuple[str, str]]:
    """(heading, sentence) pairs for the report's first page."""
    words = report_words(language)
    top = data.main.ranking()[0]
    lines = [(words["caveats.recommended"], words["caveats.recommended_text"].format(
        option=label(top["option"], top["name"], " — "), method=method_label(data.method, language),
        profile=data.profile.name))]
    if data.robustness is not None:
        first, change = summary_sentences(data.robustness, language)
        lines += [(words["caveats.how_robust"], first), (words["caveats.what_changes"], change)]
    others = [(name, ev.ranking()[0]) for name, ev in data.methods.items() if name != data.method]
    differ = [words["caveats.other_first"].format(method=method_label(name, language), option=row["option"])
              for name, row in others if row["option"] != top["option"]]
    lines.append((words["caveats.other_methods"],
                  words["caveats.others_differ"].format(methods=words["document.clause_sep"].join(differ))
                  if differ else words["caveats.others_agree"]))
    return lines


def caveats(data: ReportData, language: str = "en") -> list[str]:
    """What is fixed in the model and what the robustness run varied."""
    words = report_words(language)
    model = data.ranked_model  # what is fixed in the numbers that were ranked
    risks = [f for f in model.factors if f.kind == "risk"]
    lines = []
    if risks:
        lines.append(words["caveats.scales"])
        if all(len({model.score(o.id, f.id).impact for o in model.options}) == 1 for f in risks):
            lines.append(words["caveats.fixed_impact"])
    if data.robustness is not None:
        ranges = any(s.low is not None or s.high is not None for s in model.scores.values())
        lines.append(words["caveats.robustness_ranges" if ranges else "caveats.robustness_weights"].format(
            samples=data.samples, sampling=sampling_text(data.robustness.smaa.sampler, language), seed=data.seed))
    return lines
