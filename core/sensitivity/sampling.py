"""Random weight vectors and score tables for SMAA.

A weight sampler's ``draw(rng, count)`` returns ``count`` rows of m
non-negative numbers, each row a weight vector up to a positive factor: the
methods normalise every row themselves and the counting normalises before
averaging, so a sampler never spends a division per sample that nobody
needs.

* :class:`UniformSimplex`: uniform over all weight vectors (the simplex), as
  normalised exponentials (Dirichlet(1, …, 1)); the exponentials come from
  float32 uniforms and one logarithm, twice as fast as numpy's ziggurat
  exponentials; the 2⁻²⁴ granularity is far below anything a weight means.
* :class:`Dirichlet`: around a profile, Dirichlet(κ · w): mean w, variance
  w_j (1 - w_j) / (κ + 1), so a larger concentration κ stays closer; a
  criterion with zero weight stays at zero.
* :class:`Bounded`: uniform over the weight vectors within per-criterion
  bounds [lower_j, upper_j].  Lower bounds hold by construction
  (w = lower + (1 - Σ lower) v with v uniform on the simplex: an affine map
  keeps uniformity), upper bounds by rejection; bounds so tight that fewer
  than one draw in ten thousand survives are an error, not a hang.
* :class:`Fixed`: one weight vector every time (tests, and exact checks).

:class:`ScoreRanges` draws score tables: every score with a low/high range
follows the triangular distribution on [low, high] with the score as mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from core.errors import Message, ModelError

# Half the float32 uniforms' step: shifts them off 0 so log never sees it.
HALF_STEP = np.float32(2.0**-25)
# Rejection gives up when, after MIN_TRIES draws, fewer than MIN_ACCEPTANCE
# of them fit the bounds: the caller gets an error instead of a hang.
MIN_ACCEPTANCE = 1e-4
MIN_TRIES = 100_000
# Candidate rows per rejection round at most (memory stays bounded).
MAX_BATCH = 2**18


class WeightSampler(Protocol):
    """Draws weight rows (count, m); see the module docstring."""

    def draw(self, rng: np.random.Generator, count: int) -> np.ndarray: ...

    def describe(self) -> str: ...


def exponentials(rng: np.random.Generator, count: int, m: int) -> np.ndarray:
    """Standard exponentials (count, m), float64, via -log of float32 uniforms."""
    uniform = rng.random((count, m), dtype=np.float32)
    uniform += HALF_STEP
    # The logarithm is twice as fast in float32; the scores need float64.
    np.log(uniform, out=uniform)
    # 0 - x rather than -x: the rare uniform that rounds up to 1 gives +0, not -0.
    return np.subtract(0.0, uniform, out=np.empty((count, m)))


@dataclass(frozen=True)
class UniformSimplex:
    """Uniform over the simplex of m weights."""

    m: int

    def draw(self, rng: np.random.Generator, count: int) -> np.ndarray:
        """Unnormalised rows: exponentials, uniform on the simplex once normalised."""
        return exponentials(rng, count, self.m)

    def describe(self) -> str:
        """One line for reports."""
        return "uniform over the weight simplex"


# Beyond this every sample is the centre to within 1e-7 (sd = sqrt(w(1-w)/(κ+1))); a larger concentration
# says nothing more, and far larger ones make the gamma draws overflow.
MAX_CONCENTRATION = 1e15


@dataclass(frozen=True)
class Dirichlet:
    """Dirichlet(concentration · center): weights scattered around ``center``."""

    center: np.ndarray
    concentration: float

    def __post_init__(self) -> None:
        center = _weights(self.center, Message("messages.sensitivity.centre"))
        if not 0 < self.concentration <= MAX_CONCENTRATION:  # NaN fails too
            raise ModelError(Message("messages.sensitivity.concentration", most=MAX_CONCENTRATION,
                                     value=self.concentration))
        object.__setattr__(self, "center", center / center.sum())

    def draw(self, rng: np.random.Generator, count: int) -> np.ndarray:
        """Gamma(κ w_j) rows; a row that underflows to all zeros (tiny κ) is the centre itself."""
        rows = rng.standard_gamma(self.concentration * self.center, size=(count, self.center.size))
        empty = rows.sum(axis=1) <= 0
        rows[empty] = self.center
        return rows

    def describe(self) -> str:
        """One line for reports."""
        return f"Dirichlet around the profile, concentration {self.concentration:g}"


@dataclass(frozen=True)
class Bounded:
    """Uniform over the weight vectors with lower_j ≤ w_j ≤ upper_j and Σ w = 1."""

    lower: np.ndarray
    upper: np.ndarray

    def __post_init__(self) -> None:
        lower, upper = np.asarray(self.lower, dtype=float), np.asarray(self.upper, dtype=float)
        if lower.shape != upper.shape or lower.ndim != 1:
            raise ModelError(Message("messages.sensitivity.bounds_shape"))
        if not (np.all(lower >= 0) and np.all(upper >= lower) and np.all(upper <= 1)):
            raise ModelError(Message("messages.sensitivity.bounds_order"))
        if lower.sum() > 1 + 1e-12 or upper.sum() < 1 - 1e-12:
            raise ModelError(Message("messages.sensitivity.bounds_sum", lower=lower.sum(), upper=upper.sum()))
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "upper", upper)

    def draw(self, rng: np.random.Generator, count: int) -> np.ndarray:
        """Normalised rows within the bounds (lower bounds by construction, upper by rejection)."""
        span = max(1.0 - self.lower.sum(), 0.0)
        cap = (self.upper - self.lower) / span if span > 0 else np.ones_like(self.lower)
        kept: list[np.ndarray] = []
        got = tried = 0
        while got < count:
            batch = _batch_size(count - got, got, tried)
            v = exponentials(rng, batch, self.lower.size)
            v /= v.sum(axis=1, keepdims=True)
            kept.append(v[(v <= cap).all(axis=1)])
            got, tried = got + len(kept[-1]), tried + batch
            if tried >= MIN_TRIES and got < MIN_ACCEPTANCE * tried:
                raise ModelError(Message("messages.sensitivity.bounds_room", got=got, tried=tried))
        return self.lower + span * np.concatenate(kept)[:count]

    def describe(self) -> str:
        """One line for reports."""
        return "uniform within per-criterion weight bounds (rejection)"


def _batch_size(missing: int, got: int, tried: int) -> int:
    """Draws for the next rejection round: enough for ``missing`` at the rate seen so far, bounded."""
    if not tried:
        return max(1024, missing)
    rate = max(got, 1) / tried
    return int(min(MAX_BATCH, max(1024, 1.2 * missing / rate)))


@dataclass(frozen=True)
class Fixed:
    """The same weight vector in every sample."""

    weights: np.ndarray

    def __post_init__(self) -> None:
        weights = _weights(self.weights, "the fixed weights")
        object.__setattr__(self, "weights", weights / weights.sum())

    def draw(self, rng: np.random.Generator, count: int) -> np.ndarray:
        """``count`` copies of the weights (a read-only broadcast view)."""
        return np.broadcast_to(self.weights, (count, self.weights.size))

    def describe(self) -> str:
        """One line for reports."""
        return "fixed weights"


def _weights(values: np.ndarray, what: Message | str) -> np.ndarray:
    w = np.asarray(values, dtype=float)
    if w.ndim != 1 or not (np.all(np.isfinite(w)) and np.all(w >= 0)) or w.sum() <= 0:
        raise ModelError(Message("messages.sensitivity.weights", what=what))
    return w


@dataclass(frozen=True)
class ScoreRanges:
    """Scores (n, m) with their ranges; :meth:`draw` samples the uncertain ones (triangular)."""

    score: np.ndarray
    low: np.ndarray
    high: np.ndarray

    def draw(self, rng: np.random.Generator) -> np.ndarray:
        """One score table: triangular(low, score, high) where low < high, the score elsewhere."""
        table = self.score.copy()
        cells = self.low < self.high
        table[cells] = rng.triangular(self.low[cells], self.score[cells], self.high[cells])
        return table
