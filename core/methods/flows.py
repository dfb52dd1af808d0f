"""PROMETHEE unicriterion flows from sorted values, O(n log n) per criterion, exactly the pairwise sums.

For one criterion with oriented values y (a cost negated; negation is
exact in floating point), option a's positive flow is Σ_b P(y_a - y_b) and
its negative flow Σ_b P(y_b - y_a).  Sorting y once answers every option's
sums:

* each preference function except the Gaussian is a step, or linear,
  between its thresholds: P = 1 beyond p (beyond q for the U-shape and the
  usual function, q = 0), 1/2 between q and p for the level function,
  (d - q) / (p - q) there for the linear one (the V-shape is linear with
  q = 0), and 0 below q;
* so Σ_b P(y_a - y_b) is the number of b beyond the upper threshold, plus
  half the number between them (level), or plus (k (y_a - q) - Σ y_b) /
  (p - q) over the k options b between them (linear), a difference of
  prefix sums over the sorted values; the negative flows read the same
  differences from the other side (for each b, the run of a that count b).

The options beyond a threshold t are found by binary search and then
checked against the very comparison the pairwise definition makes,
fl(y_a - y_b) > t, which is monotone in y_b: the counts are exactly those
of the pairwise sums, ties and rounding at the thresholds included.  The
prefix sums are carried with their exact rounding errors (TwoSum, Knuth;
Ogita, Rump & Oishi 2005) and k·y_a is split exactly (Dekker 1971), so
k (y_a - q) - Σ y_b keeps its digits however large y is against p: it
agrees with the pairwise sum, each of whose terms is rounded to within
ε·p, to about ε·p / (p - q) per option.

Criteria whose functions are of one kind are handled together, as rows of
one array, in blocks of rows of at most ``ROW_BYTES`` each: memory stays
O(options × criteria), and each block's temporaries stay small.

The Gaussian, 1 - exp(-d² / (2 s²)), has no such form: its flows are the
pairwise sums, O(n²) per criterion, computed in blocks of options so that
memory stays O(n) per block (``BLOCK_BYTES``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

import numpy as np

from core.methods.preference import PreferenceFunction, apply_preferences

# The Gaussian's pairwise differences are built in blocks this big.
BLOCK_BYTES = 16 * 2**20
# Each (r, n) array of a block of criteria stays this small (10,000 options: six criteria a block). With
# 1 MB temporaries a recompute ran up to 1.5 times as slow once the process had done other work: they
# were fresh memory-mapped pages (the gap closes when the C allocator's mmap threshold is pinned).
ROW_BYTES = 2**19
# Dekker's split: a = high + low, each half 26 bits, so count · half is exact for counts below 2^27.
SPLIT = 2.0**27 + 1.0


class _Sorted:
    """Criteria as rows of ascending values z (r, n), each option answered at its sorted position."""

    def __init__(self, z: np.ndarray) -> None:
        r, n = z.shape
        self.z = z
        # Row offsets into the flattened (r, n) arrays: 1-D gathers are far cheaper than 2-D ones.
        self.base = n * np.arange(r)[:, None]
        index = np.arange(n)
        first = np.ones(z.shape, dtype=bool)
        first[:, 1:] = z[:, 1:] != z[:, :-1]
        last = np.ones(z.shape, dtype=bool)
        last[:, :-1] = first[:, 1:]
        self.last = last
        # The run of ties each position belongs to starts here (run_stop: where it ends).
        self.run_start = np.maximum.accumulate(np.where(first, index, 0), axis=1)
        # Each row between -inf and +inf: a boundary k is checked against padded[k] = z[k - 1] and
        # padded[k + 1] = z[k] without clipping k, and the sentinels always answer "settled".
        self.padded = np.empty((r, n + 2))
        self.padded[:, 0], self.padded[:, 1:-1], self.padded[:, -1] = -np.inf, z, np.inf
        self.padded_base = (n + 2) * np.arange(r)[:, None]

    @cached_property
    def run_stop(self) -> np.ndarray:
        """Where the run of ties of each position ends (one past its last position)."""
        n = self.z.shape[1]
        return np.minimum.accumulate(np.where(self.last, np.arange(1, n + 1), n)[:, ::-1], axis=1)[:, ::-1]

    def beyond(self, t: np.ndarray) -> np.ndarray:
        """For each sorted position a, how many b have fl(z_a - z_b) > t (they are the smallest values).

        ``t`` holds one threshold per row.
        """
        if not t.any():  # z_a - z_b > 0 is exactly z_b < z_a: the start of a's run of ties
            return self.run_start
        k = np.empty(self.z.shape, dtype=np.int64)
        for row, (values, threshold) in enumerate(zip(self.z, t)):
            # The needles are sorted, which keeps the binary searches in cache.
            k[row] = np.searchsorted(values, values - threshold, side="left")
        return self._settle(k, t[:, None])

    def _settle(self, k: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Move each run boundary k to the first position with not fl(z_a - z_k) > t.

        The comparison is monotone in z_k and equal along a run of ties, so
        stepping a run at a time settles it in a few steps (usually none).
        """
        padded, n = self.padded.ravel(), self.z.shape[1]
        while True:
            up = self.z - padded[k + self.padded_base + 1] > t  # z[k] is still beyond: k moves up a run
            if not up.any():
                break
            k = np.where(up, self.run_stop.ravel()[np.minimum(k, n - 1) + self.base], k)
        while True:
            down = self.z - padded[k + self.padded_base] <= t  # z[k - 1] is not beyond: k moves down a run
            if not down.any():
                return k
            k = np.where(down, self.run_start.ravel()[np.maximum(k - 1, 0) + self.base], k)

    def received(self, beyond: np.ndarray) -> np.ndarray:
        """For each sorted position b, how many a count b among their ``beyond`` (b < beyond[a])."""
        r, n = self.z.shape
        cells = (beyond + (n + 1) * np.arange(r)[:, None]).ravel()
        at_most = np.cumsum(np.bincount(cells, minlength=r * (n + 1)).reshape(r, n + 1), axis=1)
        return n - at_most[:, :-1]

    def linear_parts(self, strict: np.ndarray, between: np.ndarray, strict_in: np.ndarray,
                     between_in: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Σ (z_a - z_b - q) over the pairs between the thresholds: for each a, and for each b.

        a prefers b in that band when strict[a] ≤ b < between[a]; for each b
        those a are a run, since both bounds grow with a: from the first a
        with between[a] > b to the last with strict[a] ≤ b.
        """
        n = self.z.shape[1]
        sums = np.zeros((self.z.shape[0], n + 1))
        np.cumsum(self.z, axis=1, out=sums[:, 1:])
        errors = np.zeros_like(sums)
        np.cumsum(_two_sum(sums[:, :-1], self.z)[1], axis=1, out=errors[:, 1:])
        scaled = SPLIT * self.z
        high = scaled - (scaled - self.z)
        low = self.z - high
        q = q[:, None]
        base = (n + 1) * np.arange(self.z.shape[0])[:, None]
        sums_errors = (sums.ravel(), errors.ravel())
        given = _band(sums_errors, high, low, strict + base, between + base, q, 1.0)
        received = _band(sums_errors, high, low, n - between_in + base, n - strict_in + base, q, -1.0)
        return given, received


def _band(sums_errors: tuple[np.ndarray, np.ndarray], high: np.ndarray, low: np.ndarray, start: np.ndarray,
          stop: np.ndarray, q: np.ndarray, sign: float) -> np.ndarray:
    """sign · (count · z - Σ z[start:stop]) - count · q, count = stop - start, keeping the digits.

    ``start`` and ``stop`` index the flattened prefix sums and their errors.
    z = high + low split exactly, so count · high and count · low are exact;
    the window of prefix sums is taken with its rounding error (TwoSum) and
    the sums' own accumulated errors.
    """
    sums, errors = sums_errors
    count = (stop - start).astype(float)
    window, window_error = _two_sum(sums[stop], -sums[start])
    window_error += errors[stop] - errors[start]
    return sign * (count * high - window) - count * q + sign * (count * low - window_error)


def _two_sum(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """fl(a + b) and its rounding error, exactly (Knuth's TwoSum)."""
    total = a + b
    b_part = total - a
    return total, (a - (total - b_part)) + (b - b_part)


def sorted_sums(z: np.ndarray, functions: tuple[PreferenceFunction, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Σ_b P(z_a - z_b) and Σ_b P(z_b - z_a) for rows of ascending values z, at their sorted positions.

    ``functions`` (one per row) are all of one kind, not the Gaussian.  Both
    sums read the same differences fl(z_a - z_b): the second counts, for
    each b, the a that count b, so one search per threshold serves both.
    """
    ladder, kind = _Sorted(z), functions[0].kind
    q = np.array([f.q for f in functions])
    if kind in ("usual", "ushape"):
        beyond = ladder.beyond(q)
        return beyond.astype(float), ladder.received(beyond).astype(float)
    p = np.array([f.p for f in functions])
    strict, between = ladder.beyond(p), ladder.beyond(q)
    strict_in, between_in = ladder.received(strict), ladder.received(between)
    if kind == "level":
        return strict + 0.5 * (between - strict), strict_in + 0.5 * (between_in - strict_in)
    # linear, and the V-shape (q = 0): between the thresholds P = (d - q) / (p - q).
    given, received = ladder.linear_parts(strict, between, strict_in, between_in, q)
    span = (p - q)[:, None]
    return strict + given / span, strict_in + received / span


def _pairwise_sums(y: np.ndarray, function: PreferenceFunction) -> np.ndarray:
    """Σ_b P(y_a - y_b) by the pairwise definition, in blocks of options."""
    n = y.size
    out = np.empty(n)
    step = max(1, BLOCK_BYTES // (8 * n))
    for start in range(0, n, step):
        d = y[start:start + step, None] - y[None, :]
        out[start:start + step] = apply_preferences(d[..., None], (function,))[..., 0].sum(axis=1)
    return out


def _groups(functions: tuple[PreferenceFunction, ...], n: int) -> Iterator[np.ndarray]:
    """Criterion indices in blocks of one kind, each block at most ``ROW_BYTES`` of values."""
    rows = max(1, ROW_BYTES // (8 * n))
    for kind in dict.fromkeys(f.kind for f in functions):
        same = np.array([j for j, f in enumerate(functions) if f.kind == kind])
        for start in range(0, same.size, rows):
            yield same[start:start + rows]


def flows(matrix: np.ndarray, benefit: np.ndarray,
          functions: tuple[PreferenceFunction, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Positive and negative unicriterion flows (n, m): the sums divided by n - 1 (0 for one option).

    Each criterion is sorted once and searched once per threshold.
    """
    n, _ = matrix.shape
    oriented = matrix.T.copy()  # (m, n): one criterion per row; a copy, since costs are negated in place
    oriented[~benefit] *= -1.0
    plus, minus = np.empty(oriented.shape), np.empty(oriented.shape)
    for rows in _groups(functions, n):
        block = tuple(functions[j] for j in rows)
        if block[0].kind == "gaussian":
            for j, function in zip(rows, block):
                plus[j], minus[j] = _pairwise_sums(oriented[j], function), _pairwise_sums(-oriented[j], function)
            continue
        order = np.argsort(oriented[rows], axis=1)
        # Flat positions of the sorted values in the (m, n) arrays: 1-D gathers and scatters beat 2-D ones.
        flat = (order + n * rows[:, None]).ravel()
        given, received = sorted_sums(oriented.ravel()[flat].reshape(order.shape), block)
        np.put(plus, flat, given)
        np.put(minus, flat, received)
    scale = 1.0 / (n - 1) if n > 1 else 0.0
    plus *= scale
    minus *= scale
    return plus.T, minus.T
