"""From a model and a profile to a ranking: the bridge to :mod:`core.methods`.

The methods work on plain arrays; this module turns a :class:`DecisionModel`
into the decision matrix (risk = likelihood × impact, a cost), the benefit
mask, the criterion scales, kinds and PROMETHEE functions.  Each method's
descriptor (:mod:`core.methods.spec`) says which settings a model implies;
:func:`run_method` is the one place a method is called on a model's arrays,
and :class:`AnalysisKey` is the one value that names what is analysed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from numpy.typing import ArrayLike

from core.methods import method_spec
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
    kinds: tuple[str, ...] = ()


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
        kinds=tuple(f.kind for f in factors),
    )


def method_params(prob: Problem, method: str) -> dict:
    """Method settings the model implies, as the method's descriptor declares them; ModelError if unknown."""
    return dict(method_spec(method).model_settings(prob))


def run_method(prob: Problem, method: str, weights: ArrayLike, matrix: np.ndarray | None = None) -> MethodResult:
    """``method`` on the model's arrays (``matrix`` instead of its scores if given): one vector or a batch.

    The one place a method is called for a model, so that the ranking, the
    robustness figures and the consensus search can never use different
    settings.
    """
    table = prob.matrix if matrix is None else matrix
    return method_spec(method).run(table, weights, prob.benefit, criteria=prob.factor_ids,
                                   options=prob.option_ids, **method_params(prob, method))


def weighted_problem(model: DecisionModel, profile: Profile, method: str,
                     prob: Problem | None = None) -> tuple[Problem, dict[str, float], np.ndarray]:
    """The arrays of ``model``, its global weights under ``profile`` and them as a vector in factor order.

    ``prob`` is ``problem(model)`` when the caller keeps it across weight
    changes. ModelError for an unknown method, so every caller refuses it
    the same way.
    """
    method_spec(method)
    prob = problem(model) if prob is None else prob
    weights = model.global_weights(profile)
    return prob, weights, np.array([weights[f] for f in prob.factor_ids])


def evaluate(model: DecisionModel, profile: Profile, method: str = "wsm",
             prob: Problem | None = None) -> Evaluation:
    """Rank the options of ``model`` under ``profile`` with ``method`` (``prob``: as in :func:`weighted_problem`)."""
    prob, weights, vector = weighted_problem(model, profile, method, prob)
    result = run_method(prob, method, vector)
    return Evaluation(method=method, profile=profile.name, weights=weights, problem=prob, result=result)


@dataclass(frozen=True, eq=False)
class AnalysisKey:
    """What is analysed: one model under one profile with one method, on one basis; a cache key.

    Models are immutable values (an edit makes a new one), so the model is
    compared by identity: O(1) whatever its size, never a stale hit (an
    edited model is another object), and a copy with equal content merely
    costs a recompute.  Profiles are small and are often rebuilt with the
    same content (a model without profiles gets a fresh "Equal weights"
    each time), so the profile is compared by value; the hash reads the
    model's identity, the profile's name and the method.  The key keeps its
    model alive, so an identity cannot be reused while it exists.

    ``model`` is the model as analysed, on ``basis`` already
    (:func:`core.register.residual.model_on`); the basis is part of the key
    because, when no control counts, the residual model is the inherent one
    itself, and a view must still never take one basis's results for the
    other's.
    """

    model: DecisionModel
    profile: Profile
    method: str = "wsm"
    basis: str = "inherent"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, AnalysisKey) and self.model is other.model and self.basis == other.basis
                and self.method == other.method and self.profile == other.profile)

    def __hash__(self) -> int:
        return hash((id(self.model), self.profile.name, self.method, self.basis))

    def replace(self, **changes: Any) -> AnalysisKey:
        """A copy with ``changes`` applied (another model, profile, method or basis)."""
        return replace(self, **changes)

    def evaluate(self) -> Evaluation:
        """The ranking this key names (see :func:`evaluate`)."""
        return evaluate(self.model, self.profile, self.method)
