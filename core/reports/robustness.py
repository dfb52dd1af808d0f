"""The robustness section every report carries: rows and sentences, no NaN.

Computed once for a report by :func:`robustness_for_report` (SMAA with a
fixed seed, so the same export gives the same numbers), then laid out by the
Excel and HTML writers from the plain rows here. An option that never ranks
first has no central weights or confidence: it is shown as a dash, never NaN.
"""

from __future__ import annotations

import math

from core.model import DecisionModel, Profile
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


def summary_sentences(result: Robustness) -> list[str]:
    """The two findings an analyst quotes: how often the top option wins, and where it stops."""
    smaa = result.smaa
    first = smaa.acceptability[:, 0]
    best = int(first.argmax())
    lines = [f"{smaa.options[best]} ranks first in {first[best]:.0%} of {smaa.samples:,} weightings "
             f"sampled {sampling_text(smaa.sampler)} (seed {smaa.seed})."]
    near = next((t for t in result.thresholds if t.distance is not None), None)
    if near is None:
        lines.append(f"{result.thresholds[0].top if result.thresholds else smaa.options[best]} stays first "
                     "whatever single weight changes.")
    else:
        side, limit = ("above", near.upper) if near.upper is not None and (
            near.lower is None or near.upper - near.weight <= near.weight - near.lower) else ("below", near.lower)
        lines.append(f"{near.top} stays first unless {near.criterion} is weighted {side} {percent(limit)} "
                     f"(now {percent(near.weight)}); then {near.next_top} takes first place.")
    return lines


def sampling_text(sampler: str) -> str:
    """How the weights were sampled, in words: "uniformly over all weightings" or "around the profile (…)"."""
    if "uniform" in sampler.lower():
        return "uniformly over all weightings"
    around = "Dirichlet around the profile, "
    if sampler.startswith(around):
        return f"around the profile (Dirichlet, {sampler[len(around):]})"
    return f"as {sampler}"


def threshold_rows(result: Robustness) -> list[list[str]]:
    """Criterion, weight, stability interval and who takes first place beyond it."""
    return [[t.criterion, percent(t.weight), percent(t.lower), percent(t.upper),
             t.below or DASH, t.above or DASH, "exact" if t.exact else "bisection 1e-6"]
            for t in result.thresholds]


def acceptability_rows(result: Robustness) -> list[list[object]]:
    """Per option: the share at each rank, then the confidence factor."""
    smaa = result.smaa
    return [[option, *(float(v) for v in smaa.acceptability[i]), percent(float(smaa.confidence[i]))]
            for i, option in enumerate(smaa.options)]


def tornado_rows(result: Robustness) -> list[list[str]]:
    """Each bar: what moves, over which range, and the lead of the top option at both ends."""
    rows = []
    for bar in result.tornado.bars:
        what = f"weight of {bar.criterion}" if bar.kind == "weight" else f"score {bar.option} × {bar.criterion}"
        span = (f"{percent(bar.low)} – {percent(bar.high)}" if bar.kind == "weight"
                else f"{bar.low:g} – {bar.high:g}")
        rows.append([what, span, f"{bar.lead_low:+.3f}", f"{bar.lead_high:+.3f}"])
    return rows


def convergence_text(result: Robustness) -> str:
    """The convergence line: largest standard error and the half-sample difference."""
    conv = result.smaa.convergence
    half = "" if conv.half_difference is None else f"; first and second half differ by at most {conv.half_difference:.4f}"
    return f"Largest standard error of the acceptability indices {conv.standard_error:.4f}{half}."
