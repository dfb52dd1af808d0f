"""Whole-model checks that no single field can make: ids, completeness, ranges.

Run on every load and before every save, so that a model in memory is always
one that every method can score without meeting a missing or impossible cell.
"""

from __future__ import annotations

import math

from core.errors import ModelError
from core.model import MAX_TREE_LEVELS, RISK_MAX, RISK_MIN, Criterion, DecisionModel, Score


def _check_ids(model: DecisionModel) -> None:
    seen: dict[str, str] = {}
    nodes = [("criterion", node.id) for node, _, _ in model.walk()]
    nodes += [("option", option.id) for option in model.options]
    for kind, ident in nodes:
        if not ident.strip():
            raise ModelError(f"a {kind} has an empty id")
        if ident in seen:
            raise ModelError(f"id {ident!r} is used twice ({seen[ident]} and {kind})")
        seen[ident] = kind


def _check_levels(model: DecisionModel) -> None:
    levels = 1 + max(depth for _, depth, _ in model.walk())
    if levels > MAX_TREE_LEVELS:
        raise ModelError(f"the criteria tree is {levels} levels deep; at most {MAX_TREE_LEVELS} are allowed "
                         "(a deeper tree could not be saved and opened again)")


def _check_criterion(node: Criterion) -> None:
    low, high = node.scale
    if not (math.isfinite(low) and math.isfinite(high) and low < high):
        raise ModelError(f"criterion {node.id}: scale must be two finite numbers, low < high")
    if node.kind == "risk" and node.direction != "cost":
        raise ModelError(f"criterion {node.id}: a risk (likelihood × impact) is always a cost")


def _check_score(option_id: str, factor: Criterion, score: Score) -> None:
    where = f"option {option_id}, factor {factor.id}"
    if factor.kind == "risk":
        for name in ("likelihood", "impact"):
            value = getattr(score, name)
            if value is None:
                raise ModelError(f"{where}: {name} is missing")
            if not RISK_MIN <= value <= RISK_MAX:
                raise ModelError(f"{where}: {name} must be {RISK_MIN}–{RISK_MAX}")
    elif score.value is None or not math.isfinite(score.value):
        raise ModelError(f"{where}: value is missing")
    _check_range(where, score)


def _check_range(where: str, score: Score) -> None:
    number = score.number
    low = number if score.low is None else score.low
    high = number if score.high is None else score.high
    if not low <= number <= high:
        raise ModelError(f"{where}: the range low {low:g} – high {high:g} must contain {number:g}")


def validate_model(model: DecisionModel) -> None:
    """Raise ModelError naming the first fault; return quietly for a sound model."""
    if not model.criteria or not model.factors:
        raise ModelError("the model has no factors")
    if not model.options:
        raise ModelError("the model has no options")
    _check_ids(model)
    _check_levels(model)
    for node, _, _ in model.walk():
        _check_criterion(node)
    factors = model.factors
    for option in model.options:
        for factor in factors:
            _check_score(option.id, factor, model.score(option.id, factor.id))
    known = {option.id for option in model.options}
    for option_id, factor_id in model.scores:
        if option_id not in known or all(f.id != factor_id for f in factors):
            raise ModelError(f"a score names option {option_id!r} and factor {factor_id!r}, "
                             "which are not both in the model")
    names = [profile.name for profile in model.profiles]
    for profile in model.profiles:
        if names.count(profile.name) > 1:
            raise ModelError(f"two profiles are called {profile.name!r}")
        _check_profile(model, profile)


def _check_profile(model: DecisionModel, profile) -> None:
    ids = {node.id for node, _, _ in model.walk()}
    unknown = sorted(set(profile.weights) - ids)
    if unknown:
        raise ModelError(f"profile {profile.name!r}: weights for unknown criteria {', '.join(unknown)}")
    for key, weight in profile.weights.items():
        if not (math.isfinite(weight) and weight >= 0):
            raise ModelError(f"profile {profile.name!r}: weight of {key} must be a finite number ≥ 0")
    model.global_weights(profile)
