"""What a robustness analysis studies: the problem arrays, the method and the current weights.

A :class:`Study` is built once from a model and a profile (:func:`study`);
sweeps, thresholds, the tornado and SMAA all read it, and every score they
report comes from the engine's batched methods, called through
:meth:`Study.run` and so through :func:`core.analysis.run_method` (the linear shortcut of
:mod:`core.sensitivity.linear` is probed through it and checked against
it), so the robustness figures can never disagree with the ranking the
analyst sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from core.analysis import Problem, method_params, run_method, weighted_problem
from core.errors import Message, ModelError
from core.methods.base import Better, MethodResult
from core.model import DecisionModel, Profile


@dataclass(frozen=True)
class Study:
    """One model under one profile and one method, as arrays.

    ``weights`` are the profile's global factor weights (summing to 1) in the
    problem's factor order; ``low`` and ``high`` bound every score (equal to
    the score where the model gives no range).  ``baseline`` is the method's
    result at the current weights.
    """

    problem: Problem
    method: str
    params: Mapping[str, object]
    profile: str
    weights: np.ndarray
    low: np.ndarray
    high: np.ndarray
    baseline: MethodResult

    @property
    def options(self) -> tuple[str, ...]:
        """Option ids, in model order (the row order of every result)."""
        return self.problem.option_ids

    @property
    def criteria(self) -> tuple[str, ...]:
        """Factor ids, in tree order (the column order of every weight array)."""
        return self.problem.factor_ids

    @property
    def better(self) -> Better:
        """Whether a higher or a lower score is better under the method."""
        return self.baseline.better

    @property
    def uncertain(self) -> bool:
        """True when at least one score has a low/high range to sample."""
        return bool((self.low < self.high).any())

    @property
    def top(self) -> int:
        """Index of the option ranked first at the current weights (the first listed if tied)."""
        return int(np.argmin(self.baseline.ranks))

    def run(self, weights: ArrayLike, matrix: np.ndarray | None = None) -> MethodResult:
        """The method on ``weights`` (one vector or a batch) and ``matrix`` (the scores by default)."""
        return run_method(self.problem, self.method, weights, matrix)


def study(model: DecisionModel, profile: Profile, method: str = "wsm") -> Study:
    """The study of ``model`` under ``profile`` with ``method``; ModelError on bad input."""
    prob, _, weights = weighted_problem(model, profile, method)
    low, high = score_ranges(model, prob)
    params = method_params(prob, method)
    baseline = run_method(prob, method, weights)
    return Study(prob, method, params, profile.name, baseline.weights, low, high, baseline)


def score_ranges(model: DecisionModel, prob: Problem) -> tuple[np.ndarray, np.ndarray]:
    """Low and high bound of every score (n, m); a missing bound is the score itself."""
    low, high = prob.matrix.copy(), prob.matrix.copy()
    # Only the scores that carry a bound are visited: every cell of a 300 × 40 model read one by one took
    # 17 ms of Python, holding the GIL on the worker thread while the window waited for it.
    rows = {option: i for i, option in enumerate(prob.option_ids)}
    columns = {factor: j for j, factor in enumerate(prob.factor_ids)}
    for (option, factor), score in model.scores.items():
        if (score.low is None and score.high is None) or option not in rows or factor not in columns:
            continue
        i, j = rows[option], columns[factor]
        low[i, j] = low[i, j] if score.low is None else score.low
        high[i, j] = high[i, j] if score.high is None else score.high
    bad = ~((low <= prob.matrix) & (prob.matrix <= high))  # NaN fails too
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise ModelError(Message("messages.sensitivity.range", option=prob.option_ids[i], factor=prob.factor_ids[j],
                                 low=low[i, j], high=high[i, j], score=prob.matrix[i, j]))
    return low, high

