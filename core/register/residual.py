"""Residual risk: the inherent likelihood and impact lowered by the controls that count.

The rule (:data:`RULE`, stated wherever residual numbers appear): a cell's
residual likelihood is its inherent likelihood minus the levels by which
every counting control lowers it (controls in place always count, planned
ones only when the register includes them), never below 1; impact alike.
Only likelihood × impact cells have residuals; a direct value is the same on
both bases.

:func:`residual_model` is the model ranked on the residual basis: the same
model with every risk cell's likelihood and impact replaced. It keeps the
register as it is (a report still lists the controls), so it must never be
lowered again, nor saved as if its scores were inherent: each residual model
carries the model it was made from (``DecisionModel.made_from``). Taking the
residual of a residual model gives that model back, :func:`model_on` with
``"inherent"`` gives the model it came from, :func:`is_residual` tells the two
apart and a project file refuses to save a residual model. Nothing is
cached: a caller that needs the residual model again caches it while
holding the model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from core.catalogue import catalogue
from core.errors import Listed, Message, ModelError
from core.model import RISK_MIN, DecisionModel, Score
from core.register import Control, Register

# Said wherever residual numbers appear; a report in another language takes the same key of its catalogue.
RULE = catalogue()["register.rule"]
BASES = ("inherent", "residual")

Cell = tuple[str, str]
Reductions = Mapping[Cell, tuple[int, int]]


def counting(register: Register) -> tuple[Control, ...]:
    """The controls that lower residual risk under ``register``'s setting, in register order."""
    return tuple(control for control in register.controls if register.counts(control))


def reductions(controls: Iterable[Control]) -> dict[Cell, tuple[int, int]]:
    """Per cell, the levels ``controls`` lower likelihood and impact by together (before the floor)."""
    total: dict[Cell, tuple[int, int]] = {}
    for control in controls:
        for effect in control.effects:
            cell = (effect.option, effect.factor)
            likelihood, impact = total.get(cell, (0, 0))
            total[cell] = (likelihood + effect.likelihood, impact + effect.impact)
    return total


def lowered(score: Score, by: tuple[int, int]) -> tuple[int, int] | None:
    """``score``'s likelihood and impact lowered by ``by`` levels, each floored at 1 (None without both)."""
    if score.likelihood is None or score.impact is None:
        return None
    return max(RISK_MIN, score.likelihood - by[0]), max(RISK_MIN, score.impact - by[1])


def residual_levels(model: DecisionModel, option: str, factor: str) -> tuple[int, int] | None:
    """The residual (likelihood, impact) of one cell; None for a cell without likelihood and impact."""
    model = inherent_model(model)
    likelihood = impact = 0
    for control in counting(model.register):
        effect = control.effect(option, factor)
        if effect is not None:
            likelihood, impact = likelihood + effect.likelihood, impact + effect.impact
    return lowered(model.score(option, factor), (likelihood, impact))


def scores_lowered(model: DecisionModel, by: Reductions) -> dict[Cell, Score]:
    """The risk cells ``by`` changes, with their likelihood, impact and range lowered.

    A cell's low–high range is scaled by the same factor as its score, so the
    range still contains the number and keeps its relative width.
    """
    changed: dict[Cell, Score] = {}
    for cell, levels in by.items():
        score = model.scores.get(cell)
        new = lowered(score, levels) if score is not None else None
        if score is None or new is None or new == (score.likelihood, score.impact):
            continue
        number = float(new[0] * new[1])
        ratio = number / score.number  # min/max: a rounding of the product must not leave the range
        changed[cell] = Score(new[0], new[1], score.value,  # not replace(): ten times faster on 10⁵ cells
                              None if score.low is None else min(score.low * ratio, number),
                              None if score.high is None else max(score.high * ratio, number),
                              score.rationale, score.evidence)
    return changed


def is_residual(model: DecisionModel) -> bool:
    """True for a model :func:`residual_model` made (its scores are residual, its register the original's)."""
    return model.made_from is not None


def inherent_model(model: DecisionModel) -> DecisionModel:
    """The model a residual model was made from; any other model itself."""
    return model.made_from or model


def residual_model(model: DecisionModel) -> DecisionModel:
    """``model`` with every risk cell at its residual likelihood and impact; ``model`` itself when nothing changes.

    A model that is already residual is returned as it is: its controls were counted once.
    """
    if is_residual(model):
        return model
    changed = scores_lowered(model, reductions(counting(model.register)))
    if not changed:
        return model
    scores = dict(model.scores)
    scores.update(changed)
    # already read-only: frozen_map keeps it uncopied
    return model.replace(scores=MappingProxyType(scores), made_from=model)


def model_on(model: DecisionModel, basis: str) -> DecisionModel:
    """The model to rank on ``basis`` (one of :data:`BASES`), from a model on either; ModelError for another basis."""
    if basis == "inherent":
        return inherent_model(model)
    if basis == "residual":
        return residual_model(model)
    raise ModelError(Message("messages.register.basis", basis=repr(basis), known=Listed(BASES)))
