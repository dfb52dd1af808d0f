"""Thresholds: how far each weight can move before the top option changes, and to which option.

Along the sweep of criterion j (:mod:`core.sensitivity.sweeps`) the option
ranked first at the current weights, the *top*, stays first on an interval
of t around the current weight w_j: the stability interval [lower, upper].
``lower`` is None when the top stays first all the way down to 0, ``upper``
None when it stays first up to 1; ``below`` and ``above`` name the option
that ranks first just beyond each end.  The top counts as first while no
option beats it (a tie keeps it first, as in the methods' ranking); if two
options tie for first at the current weights, the first listed is the top.

Methods that are linear in the weights (:mod:`core.sensitivity.linear`; the
weighted sum, and the weighted product in log space, and PROMETHEE II) give
each option's score along the sweep as a line in t, so each end is where
the top's line meets another option's line: closed form, exact.  For the
others (TOPSIS, VIKOR) the sweep is evaluated on a grid of ``grid`` points
(one batch call per criterion) to bracket the first change on each side,
then every bracket of every criterion is bisected at once, one batch call
per step, until it is narrower than ``tolerance`` (1e-6).  A change that
happens and reverses between two grid points (closer than 1/(grid - 1))
escapes the grid.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.sensitivity.inputs import Study
from core.sensitivity.linear import LinearForm, linear_form
from core.sensitivity.progress import Cancel, Progress, step
from core.sensitivity.sweeps import sweep_weights

TOLERANCE = 1e-6
GRID = 1001
# Slopes this small (relative to the scores) are parallel lines: no crossing.
SLOPE_RTOL = 1e-12
# A crossing this close to 0 or 1 is a tie at the end of the sweep, not a change.
END_ATOL = 1e-12
# Roots this close are one crossing of several lines, split only by rounding.
ROOT_ATOL = 1e-9

End = tuple[float, int]  # a bisected threshold and the option first beyond it


@dataclass(frozen=True)
class Threshold:
    """The stability interval of one criterion's weight; see the module docstring."""

    criterion: str
    weight: float
    top: str
    lower: float | None
    upper: float | None
    below: str | None
    above: str | None
    exact: bool

    @property
    def distance(self) -> float | None:
        """How far the weight is from its nearer threshold (None when there is none)."""
        gaps = [gap for gap in (self._gap(self.lower), self._gap(self.upper)) if gap is not None]
        return min(gaps) if gaps else None

    @property
    def next_top(self) -> str | None:
        """The option that takes first place at the nearer threshold (below on a draw)."""
        low, high = self._gap(self.lower), self._gap(self.upper)
        if low is None:
            return self.above
        if high is None or low <= high:
            return self.below
        return self.above

    def _gap(self, end: float | None) -> float | None:
        return None if end is None else abs(end - self.weight)


def thresholds(study: Study, tolerance: float = TOLERANCE, grid: int = GRID, *, closed_form: bool = True,
               progress: Progress | None = None, cancel: Cancel | None = None) -> tuple[Threshold, ...]:
    """Every criterion's stability interval, the nearest threshold first (none last).

    ``closed_form=False`` bisects even where the method is linear (a cross-check).
    """
    form = linear_form(study) if closed_form else None
    if form is not None:
        found = [_closed_form(study, form, j) for j in range(len(study.criteria))]
        step(progress, cancel, 1.0)
    else:
        found = _bisected(study, tolerance, grid, progress, cancel)
    order = sorted(range(len(found)), key=lambda j: (found[j].distance is None, found[j].distance or 0.0, j))
    return tuple(found[j] for j in order)


def _threshold(study: Study, j: int, lower: float | None, upper: float | None, below: int | None,
               above: int | None, exact: bool) -> Threshold:
    names = study.options
    return Threshold(study.criteria[j], float(study.weights[j]), names[study.top],
                     None if lower is None else float(lower), None if upper is None else float(upper),
                     None if below is None else names[below], None if above is None else names[above], exact)


def _closed_form(study: Study, form: LinearForm, j: int) -> Threshold:
    """Where the top's line meets the first other line on each side of w_j."""
    ends = form.scores(sweep_weights(study.weights, j, np.array([0.0, 1.0])))
    if study.better == "lower":
        ends = -ends
    top, w = study.top, float(study.weights[j])
    alpha = ends[0, top] - ends[0]  # the top's lead at t = 0 …
    beta = (ends[1, top] - ends[1]) - alpha  # … and how it changes per unit of t
    flat = np.abs(beta) <= SLOPE_RTOL * max(float(np.abs(ends).max()), 1e-300)
    flat[top] = True
    with np.errstate(divide="ignore", invalid="ignore"):
        roots = np.where(flat, np.nan, -alpha / beta)
    # How fast each option gains on the top beyond the end: -beta going up, beta going down.
    upper, above = _crossing(roots, ~flat & (beta < 0), -beta, first=True)
    lower, below = _crossing(roots, ~flat & (beta > 0), beta, first=False)
    upper = None if upper is None or upper >= 1.0 - END_ATOL else max(upper, w)
    lower = None if lower is None or lower <= END_ATOL else min(lower, w)
    return _threshold(study, j, lower, upper, below if lower is not None else None,
                      above if upper is not None else None, exact=True)


def _crossing(roots: np.ndarray, mask: np.ndarray, steep: np.ndarray,
              first: bool) -> tuple[float | None, int | None]:
    """The nearest root among ``mask`` (smallest if ``first``, else largest) and the option first beyond it.

    Where several lines cross the top's at one point (their roots equal but
    for rounding), the one that ranks first just beyond it is the steepest:
    the option named is the one the ranking shows there, not the one whose
    root rounding happened to put nearest.
    """
    if not mask.any():
        return None, None
    candidates = np.flatnonzero(mask)
    key = roots[candidates] if first else -roots[candidates]
    nearest = float(key.min())
    together = candidates[key <= nearest + ROOT_ATOL * max(1.0, abs(nearest))]
    pick = together[np.argmax(steep[together])]
    return float(roots[candidates[np.argmin(key)]]), int(pick)


def _bisected(study: Study, tolerance: float, grid: int, progress: Progress | None,
              cancel: Cancel | None) -> list[Threshold]:
    """Bracket every change on a grid, then bisect all brackets together."""
    m, brackets = len(study.criteria), []
    for j in range(m):
        brackets += _brackets(study, j, grid)
        step(progress, cancel, 0.9 * (j + 1) / m)
    ends: dict[tuple[int, str], End] = {}
    if brackets:
        crit = np.array([b[0] for b in brackets])
        good, bad = np.array([b[2] for b in brackets]), np.array([b[3] for b in brackets])
        rests = np.stack([sweep_weights(study.weights, j, np.zeros(1))[0] for j in crit])
        while np.abs(bad - good).max() > tolerance:
            middle = (good + bad) / 2
            stays = _ranks_at(study, rests, crit, middle)[:, study.top] == 1
            good, bad = np.where(stays, middle, good), np.where(stays, bad, middle)
            step(progress, cancel, 0.9)
        beyond = np.argmin(_ranks_at(study, rests, crit, bad), axis=1)
        for q, (j, side, _, _) in enumerate(brackets):
            ends[(j, side)] = ((good[q] + bad[q]) / 2, int(beyond[q]))
    step(progress, cancel, 1.0)
    return [_from_ends(study, j, ends.get((j, "lower")), ends.get((j, "upper"))) for j in range(m)]


def _from_ends(study: Study, j: int, low: End | None, high: End | None) -> Threshold:
    return _threshold(study, j, None if low is None else low[0], None if high is None else high[0],
                      None if low is None else low[1], None if high is None else high[1], exact=False)


def _ranks_at(study: Study, rests: np.ndarray, crit: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Ranks (brackets, n) with criterion ``crit[q]`` at weight ``t[q]`` and the rest rescaled."""
    rows = rests * (1.0 - t)[:, None]
    rows[np.arange(crit.size), crit] = t
    return study.run(rows).ranks


def _brackets(study: Study, j: int, grid: int) -> list[tuple[int, str, float, float]]:
    """(j, side, last t where the top is first, first t where it is not) for each side that changes."""
    w = float(study.weights[j])
    t = np.union1d(np.linspace(0.0, 1.0, grid), [w])
    here = int(np.searchsorted(t, w))
    first = study.run(sweep_weights(study.weights, j, t)).ranks[:, study.top] == 1
    first[here] = True  # the top is first at the current weights by definition
    found = []
    after = np.flatnonzero(~first[here:])
    if after.size:
        g = here + int(after[0])
        found.append((j, "upper", float(t[g - 1]), float(t[g])))
    before = np.flatnonzero(~first[:here])
    if before.size:
        g = int(before[-1])
        found.append((j, "lower", float(t[g + 1]), float(t[g])))
    return found
