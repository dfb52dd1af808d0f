"""The robustness section every report carries: rows and sentences, no NaN.

Computed once for a report by :func:`robustness_for_report` (SMAA with a
fixed seed, so the same export gives the same numbers), then laid out by the
Excel and HTML writers from the plain rows here. An option that never ranks
first has no central weights or confidence: it is shown as a dash, never NaN.
"""

from __future__ import annotations

import math

from core.model import DecisionModel, Profile
from core.reports.words import report_words
from core.sensitivity import Dirichlet, SmaaInputs
from core.sensitivity.inputs import study
from core.sensitivity.progress import Cancel, Progress
from core.sensitivity.robustness import Robustness, RobustnessInputs, run

REPORT_SAMPLES = 10_000
REPORT_SEED = 0
DASH = "—"


def robustness_for_report(model: DecisionModel, profile: Profile, method: str,
                          samples: int = REPORT_SAMPLES, seed: int = REPORT_SEED,
                          progress: Progress | None = None, cancel: Cancel | None = None,
                          concentration: float | None = None) -> Robustness:
    """Thresholds, tornado and SMAA of ``model`` under ``profile`` and ``method``.

    ``concentration`` None samples uniformly over all weightings; a number
    samples a Dirichlet around the profile's weights, as the window does.
    """
    st = study(model, profile, method)
    sampler = None if concentration is None else Dirichlet(st.weights, concentration)
    return run(RobustnessInputs(SmaaInputs(st, samples, seed, sampler)), progress, cancel)


def percent(value: float | None) -> str:
    """``0.4667`` → ``46.7%``; a dash for None or NaN."""
    return DASH if value is None or math.isnan(value) else f"{value:.1%}"


def summary_sentences(result: Robustness, language: str = "en") -> list[str]:
    """The two findings an analyst quotes: how often the top option wins, and where it stops."""
    words = report_words(language)
    smaa = result.smaa
    first = smaa.acceptability[:, 0]
    best = int(first.argmax())
    lines = [words["document.smaa_first"].format(option=smaa.options[best], share=f"{first[best]:.0%}",
                                                 samples=smaa.samples, seed=smaa.seed,
                                                 sampling=sampling_text(smaa.sampler, language))]
    near = next((t for t in result.thresholds if t.distance is not None), None)
    if near is None:
        top = result.thresholds[0].top if result.thresholds else smaa.options[best]
        lines.append(words["document.stays_first"].format(option=top))
    else:
        side, limit = ("above", near.upper) if near.upper is not None and (
            near.lower is None or near.upper - near.weight <= near.weight - near.lower) else ("below", near.lower)
        lines.append(words[f"document.unless_{side}"].format(option=near.top, criterion=near.criterion,
                                                             limit=percent(limit), weight=percent(near.weight),
                                                             next=near.next_top))
    return lines


def sampling_text(sampler: str, language: str = "en") -> str:
    """How the weights were sampled, in words: "uniformly over all weightings" or "around the profile (…)"."""
    words = report_words(language)
    if "uniform" in sampler.lower():
        return words["document.sampling_uniform"]
    around = "Dirichlet around the profile, "
    if sampler.startswith(around):
        return words["document.sampling_around"].format(settings=sampler[len(around):])
    return words["document.sampling_other"].format(sampler=sampler)


def threshold_rows(result: Robustness, language: str = "en") -> list[list[str]]:
    """Criterion, weight, stability interval and who takes first place beyond it."""
    words = report_words(language)
    return [[t.criterion, percent(t.weight), percent(t.lower), percent(t.upper),
             t.below or DASH, t.above or DASH, words["document.found_exact" if t.exact else "document.found_bisection"]]
            for t in result.thresholds]


def acceptability_rows(result: Robustness) -> list[list[object]]:
    """Per option: the share at each rank, then the confidence factor."""
    smaa = result.smaa
    return [[option, *(float(v) for v in smaa.acceptability[i]), percent(float(smaa.confidence[i]))]
            for i, option in enumerate(smaa.options)]


def tornado_rows(result: Robustness, language: str = "en") -> list[list[str]]:
    """Each bar: what moves, over which range, and the lead of the top option at both ends."""
    words = report_words(language)
    rows = []
    for bar in result.tornado.bars:
        what = words["document.tornado_weight"].format(criterion=bar.criterion) if bar.kind == "weight" \
            else words["document.tornado_score"].format(option=bar.option, criterion=bar.criterion)
        span = words["document.span"].format(low=percent(bar.low), high=percent(bar.high)) if bar.kind == "weight" \
            else words["document.span"].format(low=f"{bar.low:g}", high=f"{bar.high:g}")
        rows.append([what, span, f"{bar.lead_low:+.3f}", f"{bar.lead_high:+.3f}"])
    return rows


def convergence_text(result: Robustness, language: str = "en") -> str:
    """The convergence line: largest standard error and the half-sample difference."""
    conv = result.smaa.convergence
    words = report_words(language)
    if conv.half_difference is None:
        return words["document.convergence"].format(error=conv.standard_error)
    return words["document.convergence_half"].format(error=conv.standard_error, difference=conv.half_difference)
