"""Everything a report shows, computed once and shared by every report format.

The Excel, HTML, PDF and CSV writers draw from one :class:`ReportData`, so
the numbers in every format are the same numbers, computed by the same code
as the window and the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.analysis import Evaluation, evaluate
from core.methods import METHODS
from core.model import DecisionModel, Profile
from core.reports.robustness import REPORT_SAMPLES, robustness_for_report
from core.sensitivity.progress import Cancel, Progress
from core.sensitivity.robustness import Robustness


@dataclass(frozen=True)
class ReportData:
    """A model, the profile and method reported on, and the results of each."""

    model: DecisionModel
    profile: Profile
    method: str
    date: str
    main: Evaluation
    wsm: Evaluation
    methods: dict[str, Evaluation]
    profiles: dict[str, Evaluation]
    robustness: Robustness | None = None
    samples: int = 0
    seed: int = 0

    @property
    def rankings_disagree(self) -> list[str]:
        """Methods whose top option differs from the reported method's."""
        top = self.main.ranking()[0]["option"]
        return [name for name, ev in self.methods.items() if ev.ranking()[0]["option"] != top]


def build_report(model: DecisionModel, profile: Profile, method: str = "wsm",
                 date: dt.date | None = None, samples: int | None = None, seed: int = 0,
                 progress: Progress | None = None, cancel: Cancel | None = None) -> ReportData:
    """Compute every result a report shows for ``model`` under ``profile``.

    ``samples`` weight vectors feed the robustness section (SMAA with
    ``seed``, so an export is reproducible); 0 leaves the section out.
    ``progress`` and ``cancel`` follow the SMAA run (a cancel raises
    :class:`core.sensitivity.Cancelled`).
    """
    samples = REPORT_SAMPLES if samples is None else samples
    robustness = robustness_for_report(model, profile, method, samples, seed, progress, cancel) \
        if samples else None
    methods = {name: evaluate(model, profile, name) for name in METHODS}
    profiles = {p.name: evaluate(model, p, "wsm") for p in model.profiles}
    if profile.name not in profiles:
        profiles = {profile.name: methods["wsm"], **profiles}
    return ReportData(model=model, profile=profile, method=method,
                      date=(date or dt.date.today()).isoformat(), main=methods[method],
                      wsm=methods["wsm"], methods=methods, profiles=profiles, robustness=robustness,
                      samples=samples, seed=seed)
