"""The register as a report lays it out: per option its risks, largest residual first; the controls.

Plain values, computed once per report (:func:`core.reports.data.build_report`)
from the model's register, the residual rule (:mod:`core.register.residual`)
and the report date (for overdue reviews), so the HTML and PDF say the same.
A model with many options keeps the section readable: each option lists at
most :func:`shown_per_option` risks and the report says how many it left out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.model import DecisionModel
from core.register import Control, RiskEntry
from core.register.dates import is_overdue
from core.register.residual import residual_levels

# At most this many register rows in a report; every option still lists at least MIN_PER_OPTION.
ROWS_BUDGET = 240
MIN_PER_OPTION = 3


@dataclass(frozen=True)
class Levels:
    """A cell's likelihood, impact (None for a direct value), score and band index."""

    likelihood: int | None
    impact: int | None
    score: float
    band: int


@dataclass(frozen=True)
class RegisterRow:
    """One risk (option × risk factor): its entry, inherent and residual levels, the controls acting on it."""

    option: str
    factor: str
    entry: RiskEntry
    inherent: Levels
    residual: Levels
    controls: tuple[tuple[str, bool], ...]  # (control id, counts) for every control with an effect here
    overdue: bool


@dataclass(frozen=True)
class OptionRisks:
    """The risks of one option shown in a report, how many more it has and the largest residual score among them."""

    option: str
    rows: tuple[RegisterRow, ...]
    hidden: int = 0
    hidden_top: float = 0.0


def shown_per_option(options: int) -> int:
    """How many risks each option lists: all of :data:`ROWS_BUDGET` shared out, never under :data:`MIN_PER_OPTION`."""
    return max(MIN_PER_OPTION, ROWS_BUDGET // max(1, options))


def has_register(model: DecisionModel) -> bool:
    """True when the model's register holds anything: an entry or a control."""
    return bool(model.register.entries or model.register.controls)


def register_rows(model: DecisionModel, today: dt.date) -> tuple[OptionRisks, ...]:
    """Per option (in model order) its risks, largest residual score first, bounded per option."""
    risks = [f.id for f in model.factors if f.kind == "risk"]
    limit = shown_per_option(len(model.options))
    result = []
    for option in model.options:
        rows = sorted((_row(model, option.id, factor, today) for factor in risks),
                      key=lambda r: (-r.residual.score, -r.inherent.score))  # stable: factor order breaks ties
        rest = rows[limit:]
        result.append(OptionRisks(option.id, tuple(rows[:limit]), len(rest), rest[0].residual.score if rest else 0.0))
    return tuple(result)


def _row(model: DecisionModel, option: str, factor: str, today: dt.date) -> RegisterRow:
    score = model.score(option, factor)
    inherent = _levels(model, score.likelihood, score.impact, score.number)
    levels = residual_levels(model, option, factor)
    residual = inherent if levels is None else _levels(model, *levels, float(levels[0] * levels[1]))
    entry = model.register.entry(option, factor)
    acting = tuple((c.id, model.register.counts(c)) for c in model.register.controls if _acts(c, option, factor))
    return RegisterRow(option, factor, entry, inherent, residual, acting, is_overdue(entry, today))


def _levels(model: DecisionModel, likelihood: int | None, impact: int | None, score: float) -> Levels:
    return Levels(likelihood, impact, score, model.bands.band(score))


def _acts(control: Control, option: str, factor: str) -> bool:
    effect = control.effect(option, factor)
    return effect is not None and (effect.likelihood > 0 or effect.impact > 0)


def total_risks(model: DecisionModel) -> int:
    """Every register row the model has (options × risk factors)."""
    return len(model.options) * sum(1 for f in model.factors if f.kind == "risk")


@dataclass(frozen=True)
class Reach:
    """Where a control acts with one effect: a factor, the levels it takes off, the options (model order)."""

    factor: str
    likelihood: int
    impact: int
    options: tuple[str, ...]


def control_reach(model: DecisionModel, control: Control) -> tuple[Reach, ...]:
    """``control``'s effects grouped by factor and size, in model order of factors and options."""
    order = {o.id: i for i, o in enumerate(model.options)}
    groups: dict[tuple[str, int, int], list[str]] = {}
    for effect in control.effects:
        if effect.likelihood or effect.impact:
            groups.setdefault((effect.factor, effect.likelihood, effect.impact), []).append(effect.option)
    factors = {f.id: i for i, f in enumerate(model.factors)}
    reach = [Reach(f, lik, imp, tuple(sorted(options, key=lambda o: order.get(o, len(order)))))
             for (f, lik, imp), options in groups.items()]
    return tuple(sorted(reach, key=lambda r: (factors.get(r.factor, len(factors)), order.get(r.options[0], 0))))
