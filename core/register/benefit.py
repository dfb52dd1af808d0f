"""What the controls buy: per option the drop in weighted risk, per control its contribution.

An option's weighted risk is Σ global weight × likelihood × impact over the
risk factors, under one profile: 1–25 points when every factor is a risk (a
direct-value factor adds nothing, so its share of the weight is left out and
the figure is the risk part of the weighted index). It is given inherent and
residual (:mod:`core.register.residual`), and the drop between them.

A control's contribution to an option is marginal: the option's residual
weighted risk without that control minus its residual weighted risk with
every counting control. For a control that does not count (planned, while
planned ones are left out) it is what the control would take off if it
counted, on top of those that do. :data:`NOTE` says why contributions do
not add up to the drop.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import DecisionModel, Profile
from core.register import Control
from core.register.residual import Reductions, counting, lowered, reductions

NOTE = ("A control's contribution is what the residual weighted risk would rise by without it, all other "
        "counting controls kept (for a control that does not count: what it would take off if it did). "
        "Because no level falls below 1, controls on the same cell can share the levels they take off, so the "
        "contributions need not add up to the drop from inherent to residual.")


@dataclass(frozen=True)
class OptionBenefit:
    """One option's weighted risk (points) on each basis."""

    option: str
    name: str
    inherent: float
    residual: float

    @property
    def drop(self) -> float:
        """How many points the counting controls take off (inherent − residual)."""
        return self.inherent - self.residual


@dataclass(frozen=True)
class ControlBenefit:
    """One control's marginal contribution (points of weighted risk) to each option."""

    control: str
    name: str
    counts: bool
    contributions: tuple[float, ...]  # one per option, in the order of Benefits.options

    @property
    def total(self) -> float:
        """The contributions summed over the options."""
        return float(sum(self.contributions))


@dataclass(frozen=True)
class Benefits:
    """What the controls buy under one profile: a row per option and a row per control."""

    profile: str
    include_planned: bool
    options: tuple[OptionBenefit, ...]
    controls: tuple[ControlBenefit, ...]


class _Weighted:
    """Weighted risk (points) of cells and options for any set of reductions, over the risk factors."""

    def __init__(self, model: DecisionModel, profile: Profile) -> None:
        weights = model.global_weights(profile)
        self.model = model
        self.weights = {factor.id: weights[factor.id] for factor in model.factors if factor.kind == "risk"}

    def cell(self, option: str, factor: str, by: Reductions) -> float:
        """One cell's share of its option's weighted risk (0 off the risk factors)."""
        weight = self.weights.get(factor)
        levels = lowered(self.model.score(option, factor), by.get((option, factor), (0, 0)))
        return 0.0 if weight is None or levels is None else weight * levels[0] * levels[1]

    def option(self, option: str, by: Reductions) -> float:
        """An option's weighted risk."""
        return sum((self.cell(option, factor, by) for factor in self.weights), 0.0)


def control_benefits(model: DecisionModel, profile: Profile) -> Benefits:
    """The weighted risk of every option inherent and residual, and every control's contribution."""
    weighted = _Weighted(model, profile)
    register = model.register
    counted = counting(register)
    residual = reductions(counted)
    options = tuple(OptionBenefit(option.id, option.name, weighted.option(option.id, {}),
                                  weighted.option(option.id, residual)) for option in model.options)
    controls = tuple(ControlBenefit(control.id, control.name, register.counts(control),
                                    _contributions(weighted, model, counted, control))
                     for control in register.controls)
    return Benefits(profile.name, register.include_planned, options, controls)


def _contributions(weighted: _Weighted, model: DecisionModel, counted: tuple[Control, ...],
                   control: Control) -> tuple[float, ...]:
    """Per option, weighted risk without ``control`` minus with it (the other counting controls kept).

    Only the cells the control acts on differ, so only those are summed.
    """
    without = reductions(other for other in counted if other.id != control.id)
    with_it = reductions([*(other for other in counted if other.id != control.id), control])
    by_option: dict[str, float] = {}
    for effect in control.effects:
        change = (weighted.cell(effect.option, effect.factor, without)
                  - weighted.cell(effect.option, effect.factor, with_it))
        by_option[effect.option] = by_option.get(effect.option, 0.0) + change
    return tuple(by_option.get(option.id, 0.0) for option in model.options)
