"""Models and profiles for the robustness tests."""

from __future__ import annotations

import numpy as np

from core.methods import REGISTRY
from core.model import DecisionModel, Profile, Score
from tests.conftest import value_model

# Every registered method: a method added by its module alone is covered by the robustness tests too.
METHODS = tuple(REGISTRY)
# Those whose scores are linear in the weights (under their declared link): the shortcuts' domain.
LINEAR = tuple(key for key in METHODS if REGISTRY[key].linear is not None)


def profile_for(model: DecisionModel, weights: dict[str, float], name: str = "given") -> Profile:
    """A profile whose global weights are ``weights`` (by factor id), whatever the tree's depth."""
    local: dict[str, float] = {}

    def total(node) -> float:
        if not node.is_group:
            local[node.id] = weights[node.id]
            return weights[node.id]
        local[node.id] = sum(total(child) for child in node.children)
        return local[node.id]

    for root in model.criteria:
        total(root)
    return Profile(name, local)


def uncertain_model() -> DecisionModel:
    """Three options, three value criteria (two benefits, one cost), some scores with ranges."""
    model = value_model({"A": [6.0, 4.0, 5.0], "B": [5.0, 6.0, 3.0], "C": [4.0, 5.0, 4.0]},
                        ["benefit", "benefit", "cost"], [1.0, 1.0, 1.0])
    model = model.replace(criteria=tuple(c.replace(scale=(0.0, 10.0)) for c in model.criteria))
    ranges = {("A", "C1"): (4.0, 7.0), ("B", "C2"): (3.0, 8.0), ("C", "C3"): (2.0, 6.0)}
    scores = dict(model.scores)
    for cell, (low, high) in ranges.items():
        scores[cell] = Score(value=scores[cell].value, low=low, high=high)
    return model.replace(scores=scores)


def dominated_model() -> DecisionModel:
    """Four options on four value criteria; D is worse than A on every one."""
    rows = {"A": [7.0, 3.0, 6.0, 2.0], "B": [4.0, 5.0, 8.0, 4.0], "C": [9.0, 6.0, 2.0, 6.0],
            "D": [6.0, 4.0, 5.0, 3.0]}
    return value_model(rows, ["benefit", "cost", "benefit", "cost"], [1.0, 2.0, 1.0, 1.0])


def random_model(n: int, m: int, seed: int = 0) -> DecisionModel:
    """A flat model of random values in 1 … 9, mixed directions, random positive weights."""
    rng = np.random.default_rng(seed)
    rows = {f"O{i + 1}": list(rng.integers(1, 10, m).astype(float)) for i in range(n)}
    directions = ["benefit" if d else "cost" for d in rng.integers(0, 2, m)]
    return value_model(rows, directions, list(rng.uniform(0.2, 1.0, m)))
