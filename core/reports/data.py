"""Everything a report shows, computed once and shared by every report format.

The Excel, HTML, PDF and CSV writers draw from one :class:`ReportData`, so
the numbers in every format are the same numbers, computed by the same code
as the window and the command line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.analysis import Evaluation, evaluate
from core.methods import METHODS
from core.model import DecisionModel, Profile


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
    sensitivity: object | None = None
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def rankings_disagree(self) -> list[str]:
        """Methods whose top option differs from the reported method's."""
        top = self.main.ranking()[0]["option"]
        return [name for name, ev in self.methods.items() if ev.ranking()[0]["option"] != top]


def build_report(model: DecisionModel, profile: Profile, method: str = "wsm",
                 date: dt.date | None = None, sensitivity: object | None = None) -> ReportData:
    """Compute every result a report shows for ``model`` under ``profile``."""
    methods = {name: evaluate(model, profile, name) for name in METHODS}
    profiles = {p.name: evaluate(model, p, "wsm") for p in model.profiles}
    if profile.name not in profiles:
        profiles = {profile.name: methods["wsm"], **profiles}
    return ReportData(model=model, profile=profile, method=method,
                      date=(date or dt.date.today()).isoformat(), main=methods[method],
                      wsm=methods["wsm"], methods=methods, profiles=profiles, sensitivity=sensitivity)
