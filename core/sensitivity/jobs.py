"""What the robustness view computes on its worker threads: pure ``run(inputs, progress, cancel)`` functions.

No Qt here.  The jobs take the model, profile and method rather than a
prepared study, because building the study (problem arrays, score ranges)
takes a noticeable time on a large model and belongs off the GUI thread
too.  :func:`run_quick` is what the view recomputes after every change:
the study, the thresholds and the tornado (milliseconds on the paper's
model, seconds for TOPSIS or VIKOR on hundreds of criteria).
:func:`run_smaa_job` is the Monte Carlo run the analyst starts (:func:`smaa_inputs`
is what a child process is given for a large run).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.analysis import AnalysisKey
from core.sensitivity import Dirichlet, SmaaInputs, SmaaResult, Study, Threshold, Tornado, UniformSimplex
from core.sensitivity import run_smaa, study
from core.sensitivity.progress import Cancel, Progress, scaled, step
from core.sensitivity.thresholds import thresholds
from core.sensitivity.tornado import tornado

STUDY_END = 0.1  # share of the progress bar that building the study takes


@dataclass(frozen=True)
class Quick:
    """The study with its thresholds (nearest first) and its tornado."""

    subject: AnalysisKey
    study: Study
    thresholds: tuple[Threshold, ...]
    tornado: Tornado


@dataclass(frozen=True)
class SmaaJob:
    """A Monte Carlo run: ``concentration`` None samples uniformly over all weightings."""

    subject: AnalysisKey
    samples: int
    seed: int
    concentration: float | None = None


@dataclass(frozen=True)
class SmaaOutcome:
    """A finished run with the job that asked for it (its subject tells whether it is stale)."""

    job: SmaaJob
    study: Study
    result: SmaaResult


def make_study(subject: AnalysisKey) -> Study:
    """The study of ``subject``; ModelError when the model cannot be ranked."""
    return study(subject.model, subject.profile, subject.method)


def run_quick(subject: AnalysisKey, progress: Progress | None = None, cancel: Cancel | None = None) -> Quick:
    """Study, thresholds and tornado of ``subject``; raises Cancelled if ``cancel()`` says so."""
    st = make_study(subject)
    step(progress, cancel, STUDY_END)
    limits = thresholds(st, progress=scaled(progress, STUDY_END, 0.95), cancel=cancel)
    bars = tornado(st)
    step(progress, cancel, 1.0)
    return Quick(subject, st, limits, bars)


def run_smaa_job(job: SmaaJob, progress: Progress | None = None, cancel: Cancel | None = None) -> SmaaOutcome:
    """SMAA-2 of the job's subject; raises Cancelled if ``cancel()`` says so."""
    st = make_study(job.subject)
    step(progress, cancel, 0.0)
    return SmaaOutcome(job, st, run_smaa(smaa_inputs(job, st), progress, cancel))


def smaa_inputs(job: SmaaJob, st: Study) -> SmaaInputs:
    """The run ``job`` asks for on its study ``st``: its samples, seed and sampler.

    Arrays only, no model: what a child process is sent for a large run
    (pickled in C in well under a millisecond, where the 300 × 40 model
    itself took tens of milliseconds of the interpreter the window shares).
    """
    sampler = (UniformSimplex(len(st.criteria)) if job.concentration is None
               else Dirichlet(st.weights, job.concentration))
    return SmaaInputs(st, job.samples, job.seed, sampler)
