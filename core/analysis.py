"""From a model and a profile to a ranking: the bridge to :mod:`core.methods`.

The methods work on plain arrays; this module turns a :class:`DecisionModel`
into the decision matrix (risk = likelihood × impact, a cost), the benefit
mask, the criterion scales and the per-criterion PROMETHEE functions, and
picks the weighted-sum variant that suits the model.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.errors import ModelError
from core.methods import METHODS
from core.methods.base import MethodResult
from core.model import DecisionModel, Profile


@dataclass(frozen=True)
class Problem:
    """A model as arrays: rows are options, columns are factors (tree order)."""

    option_ids: tuple[str, ...]
    option_names: tuple[str, ...]
    factor_ids: tuple[str, ...]
    matrix: np.ndarray
    benefit: np.ndarray
    bounds: np.ndarray
    preferences: tuple[str, ...]


@dataclass(frozen=True)
class Evaluation:
    """One method run on one profile, with the inputs it used."""

    method: str
    profile: str
    weights: dict[str, float]
    problem: Problem
    result: MethodResult

    def ranking(self) -> list[dict]:
        """Options best first: id, name, score and rank."""
        p, r = self.problem, self.result
        rows = [{"option": p.option_ids[i], "name": p.option_names[i],
                 "score": float(r.scores[i]), "rank": int(r.ranks[i])} for i in range(len(p.option_ids))]
        return sorted(rows, key=lambda row: (row["rank"], row["option"]))


def problem(model: DecisionModel) -> Problem:
    """The arrays of ``model``."""
    factors = model.factors
    matrix = np.array([[model.score(o.id, f.id).number for f in factors] for o in model.options], dtype=float)
    return Problem(
        option_ids=tuple(o.id for o in model.options),
        option_names=tuple(o.name for o in model.options),
        factor_ids=tuple(f.id for f in factors),
        matrix=matrix,
        benefit=np.array([f.direction == "benefit" for f in factors]),
        bounds=np.array([f.scale for f in factors], dtype=float),
        preferences=tuple(f.preference for f in factors),
    )


def method_params(prob: Problem, method: str) -> dict:
    """Method settings the model implies.

    The weighted sum of a risk matrix (every factor a cost on one shared
    scale) is the weighted risk index Σ w·risk, lower is better, which an
    analyst can check by hand and Excel recomputes with SUMPRODUCT; any other
    model is normalised on each criterion's declared scale.
    """
    if method == "wsm":
        shared = bool(np.all(prob.bounds == prob.bounds[0]))
        if shared and not prob.benefit.any():
            return {"normalization": "raw"}
        return {"normalization": "bounds", "bounds": prob.bounds}
    if method == "promethee2":
        return {"preference": prob.preferences}
    return {}


def weighted_problem(model: DecisionModel, profile: Profile, method: str,
                     prob: Problem | None = None) -> tuple[Problem, dict[str, float], np.ndarray]:
    """The arrays of ``model``, its global weights under ``profile`` and them as a vector in factor order.

    ``prob`` is ``problem(model)`` when the caller keeps it across weight
    changes. ModelError for an unknown method, so every caller refuses it
    the same way.
    """
    if method not in METHODS:
        raise ModelError(f"unknown method {method!r} (methods: {', '.join(METHODS)})")
    prob = problem(model) if prob is None else prob
    weights = model.global_weights(profile)
    return prob, weights, np.array([weights[f] for f in prob.factor_ids])


def evaluate(model: DecisionModel, profile: Profile, method: str = "wsm",
             prob: Problem | None = None) -> Evaluation:
    """Rank the options of ``model`` under ``profile`` with ``method`` (``prob``: as in :func:`weighted_problem`)."""
    prob, weights, vector = weighted_problem(model, profile, method, prob)
    result = METHODS[method](prob.matrix, vector, prob.benefit, criteria=prob.factor_ids,
                             options=prob.option_ids, **method_params(prob, method))
    return Evaluation(method=method, profile=profile.name, weights=weights, problem=prob, result=result)
