"""Everything a report shows, computed once and shared by every report format.

The Excel, HTML, PDF and CSV writers draw from one :class:`ReportData`, so
the numbers in every format are the same numbers, computed by the same code
as the window and the command line. A method that cannot rank this model (the
weighted product meets a zero) is left out with its reason, and the rest of
the report is still written; only the reported method itself must succeed.

A report ranks on one basis (:data:`core.register.residual.BASES`): the
inherent scores, or the residual ones after the controls that count. The
model itself stays the inherent one (the register rows show both); every
ranking, profile comparison and robustness result is computed on
``analysed``, the model on the report's basis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from core.analysis import Evaluation, evaluate
from core.errors import Message, ModelError
from core.methods import METHODS, MethodName
from core.model import DecisionModel, Profile
from core.register.benefit import Benefits, control_benefits
from core.register.cox import CoxCheck, check_bands
from core.register.residual import inherent_model, is_residual, model_on
from core.reports.register_rows import OptionRisks, register_rows
from core.reports.robustness import REPORT_SAMPLES, robustness_for_report
from core.sensitivity.progress import Cancel, Progress
from core.sensitivity.robustness import Robustness


@dataclass(frozen=True)
class ReportData:
    """A model, the profile and method reported on, and the results of each.

    ``methods`` holds every method that could rank the model; ``not_computed``
    says, for each of the others, why not.
    """

    model: DecisionModel
    profile: Profile
    method: str
    date: str
    main: Evaluation
    wsm: Evaluation
    methods: dict[str, Evaluation]
    profiles: dict[str, Evaluation]
    robustness: Robustness | None = None
    not_computed: Mapping[str, str] = field(default_factory=dict)
    samples: int = 0
    seed: int = 0
    concentration: float | None = None  # None: uniform over all weightings
    basis: str = "inherent"
    analysed: DecisionModel | None = None  # the model on ``basis``; None: ``model`` itself
    register: tuple[OptionRisks, ...] = ()
    benefits: Benefits | None = None
    cox: CoxCheck | None = None

    @property
    def ranked_model(self) -> DecisionModel:
        """The model the rankings were computed on: ``model`` on the report's basis."""
        return self.model if self.analysed is None else self.analysed

    @property
    def rankings_disagree(self) -> list[str]:
        """Methods whose top option differs from the reported method's."""
        top = self.main.ranking()[0]["option"]
        return [name for name, ev in self.methods.items() if ev.ranking()[0]["option"] != top]


def build_report(model: DecisionModel, profile: Profile, method: str = "wsm",
                 date: dt.date | None = None, samples: int | None = None, seed: int = 0,
                 progress: Progress | None = None, cancel: Cancel | None = None,
                 concentration: float | None = None, basis: str | None = None) -> ReportData:
    """Compute every result a report shows for ``model`` under ``profile``.

    ``samples`` weight vectors feed the robustness section (SMAA with
    ``seed``, so an export is reproducible); 0 leaves the section out.
    ``concentration`` None samples uniformly over all weightings, a number
    around the profile (a Dirichlet with that concentration).
    ``progress`` and ``cancel`` follow the SMAA run (a cancel raises
    :class:`core.sensitivity.Cancelled`). ``basis`` "residual" ranks on the
    residual scores (:func:`core.register.residual.model_on`); None ranks on
    the basis ``model`` is on, so a residual model given as it is reports as
    residual, its register rows read from the model it was made from.
    """
    basis = basis or ("residual" if is_residual(model) else "inherent")
    analysed = model_on(model, basis)
    model = inherent_model(model)
    methods, not_computed = evaluate_methods(analysed, profile)
    for needed in dict.fromkeys((method, "wsm")):  # the reported method, and the weighted sum every sheet shows
        if needed not in methods:
            reason = not_computed.get(needed) or Message("messages.reports.unknown_method", key=repr(needed))
            raise ModelError(Message("messages.reports.cannot_rank", method=MethodName(needed), reason=reason))
    samples = REPORT_SAMPLES if samples is None else samples
    robustness = robustness_for_report(analysed, profile, method, samples, seed, progress, cancel, concentration) \
        if samples else None
    profiles = {p.name: evaluate(analysed, p, "wsm") for p in model.profiles}
    if profile.name not in profiles:
        profiles = {profile.name: methods["wsm"], **profiles}
    day = date or dt.date.today()
    return ReportData(model=model, profile=profile, method=method,
                      date=day.isoformat(), main=methods[method],
                      wsm=methods["wsm"], methods=methods, profiles=profiles, robustness=robustness,
                      not_computed=not_computed, samples=samples, seed=seed,
                      concentration=concentration, basis=basis,
                      analysed=analysed, register=register_rows(model, day),
                      benefits=control_benefits(model, profile), cox=check_bands(model.bands))


def evaluate_methods(model: DecisionModel, profile: Profile) -> tuple[dict[str, Evaluation], dict[str, str]]:
    """Every method's evaluation of ``model``, and the reason for each method that cannot rank it.

    When no method can, the fault is the model's or the profile's (weights
    that add up to zero), not a method's: ModelError, as for a single method.
    """
    methods: dict[str, Evaluation] = {}
    not_computed: dict[str, str] = {}
    for name in METHODS:
        try:
            methods[name] = evaluate(model, profile, name)
        except ModelError as exc:
            not_computed[name] = exc.message  # a Message is its English text, and can word itself
    if not methods:
        raise ModelError(next(iter(not_computed.values())))
    return methods, not_computed
