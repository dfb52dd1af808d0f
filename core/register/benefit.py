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
not add up to the drop: a level stops at 1 and a cell's risk is a product,
so each control's share shrinks as others act on the same cell (the
reduction has diminishing returns), and the contributions of the counting
controls add up to the drop at most. :meth:`Benefits.joint` is the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.catalogue import catalogue
from core.model import DecisionModel, Profile
from core.register import Control
from core.register.residual import Reductions, counting, inherent_model, lowered, reductions

# Why contributions need not add up to the drop; a report in another language takes the same key of its catalogue.
NOTE = catalogue()["register.benefit_note"]


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

    def joint(self, option: str) -> float:
        """The part of ``option``'s drop no single counting control accounts for (never below 0: see NOTE)."""
        index = next(i for i, row in enumerate(self.options) if row.option == option)
        alone = sum(row.contributions[index] for row in self.controls if row.counts)
        return max(0.0, self.options[index].drop - alone)


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
    """The weighted risk of every option inherent and residual, and every control's contribution.

    Given a residual model, the figures are those of the model it was made from.
    """
    model = inherent_model(model)
    weighted = _Weighted(model, profile)
    register = model.register
    residual = reductions(counting(register))
    positions = {option.id: index for index, option in enumerate(model.options)}
    inherent = [weighted.option(option.id, {}) for option in model.options]
    lowered_by = [0.0] * len(inherent)  # only the cells the controls act on differ: sum just those
    for cell in residual:
        if cell[0] in positions:
            lowered_by[positions[cell[0]]] += weighted.cell(*cell, {}) - weighted.cell(*cell, residual)
    options = tuple(OptionBenefit(option.id, option.name, inherent[index], inherent[index] - lowered_by[index])
                    for index, option in enumerate(model.options))
    controls = tuple(ControlBenefit(control.id, control.name, register.counts(control),
                                    _contributions(weighted, positions, residual, control, register.counts(control)))
                     for control in register.controls)
    return Benefits(profile.name, register.include_planned, options, controls)


def _contributions(weighted: _Weighted, positions: Mapping[str, int], residual: Reductions, control: Control,
                   counts: bool) -> tuple[float, ...]:
    """Per option, weighted risk without ``control`` minus with it (the other counting controls kept).

    Only the cells the control acts on differ, so only those are computed:
    without it a cell keeps the others' levels (all counting ones less its
    own when it counts), with it the control's levels are added to those.
    """
    result = [0.0] * len(positions)
    for effect in control.effects:
        cell = (effect.option, effect.factor)
        likelihood, impact = residual.get(cell, (0, 0))
        if counts:
            likelihood, impact = likelihood - effect.likelihood, impact - effect.impact
        without = {cell: (likelihood, impact)}
        with_it = {cell: (likelihood + effect.likelihood, impact + effect.impact)}
        if effect.option in positions:
            result[positions[effect.option]] += (weighted.cell(*cell, without) - weighted.cell(*cell, with_it))
    return tuple(result)
