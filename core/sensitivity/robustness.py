"""Everything the robustness view shows, in one ``run(inputs, progress, cancel)`` for a worker thread.

Sweeps, thresholds and the tornado take milliseconds on a model of the
paper's size and SMAA takes the rest, so the progress fraction gives SMAA
most of the bar.  A cancelled run raises
:class:`~core.sensitivity.progress.Cancelled`.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.sensitivity import smaa
from core.sensitivity.progress import Cancel, Progress, scaled, step
from core.sensitivity.smaa import SmaaInputs, SmaaResult
from core.sensitivity.sweeps import POINTS, Sweep, sweeps
from core.sensitivity.thresholds import Threshold, thresholds
from core.sensitivity.tornado import SPREAD, Tornado, tornado

# Where each part ends on the progress bar.
SWEEPS_END, THRESHOLDS_END = 0.04, 0.08


@dataclass(frozen=True)
class RobustnessInputs:
    """The SMAA inputs (which hold the study), the sweep resolution and the tornado spread."""

    smaa: SmaaInputs
    points: int = POINTS
    spread: float = SPREAD


@dataclass(frozen=True)
class Robustness:
    """Sweeps per criterion, thresholds nearest first, the tornado and the SMAA indices."""

    sweeps: tuple[Sweep, ...]
    thresholds: tuple[Threshold, ...]
    tornado: Tornado
    smaa: SmaaResult


def run(inputs: RobustnessInputs, progress: Progress | None = None,
        cancel: Cancel | None = None) -> Robustness:
    """Every robustness analysis of ``inputs.smaa.study``; raises Cancelled if ``cancel()`` says so."""
    study = inputs.smaa.study
    curves = sweeps(study, inputs.points, progress=scaled(progress, 0.0, SWEEPS_END), cancel=cancel)
    limits = thresholds(study, progress=scaled(progress, SWEEPS_END, THRESHOLDS_END), cancel=cancel)
    bars = tornado(study, inputs.spread)
    step(progress, cancel, THRESHOLDS_END)
    indices = smaa.run(inputs.smaa, scaled(progress, THRESHOLDS_END, 1.0), cancel)
    return Robustness(curves, limits, bars, indices)
