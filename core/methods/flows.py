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

Equal values have equal sums, so all of this runs once per distinct value
(a run of ties in the sorted order) and each option reads its run's
answer: on scored data (scales, one decimal) that is a small fraction of
the options.  Each answer is computed exactly as it would be at any
position of its run, so the flows do not depend on it.

Criteria whose functions are of one kind are handled together, as rows of
one array, in blocks of rows of at most ``ROW_BYTES`` each: memory stays
O(options × criteria), and each block's temporaries stay small.

The Gaussian, 1 - exp(-d² / (2 s²)), has no such form: its flows are the
pairwise sums, O(n²) per criterion, computed in blocks of options so that
memory stays O(n) per block (``BLOCK_BYTES``).
"""

from __future__ import annotations

from collections.abc import Iterator

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


class _Runs:
    """Criteria as rows of ascending values z (r, n), each answered once per run of equal values.

    Equal values have equal differences to every other value, so every sum
    the flows need is the same along a run of ties: the searches and the
    sums run over the u distinct values of each row (``values``, (r, u),
    a row with fewer distinct values than the block's largest u repeats its
    largest value) and their answers are read back by each position's run.
    """

    def __init__(self, z: np.ndarray) -> None:
        r, n = z.shape
        self.z = z
        first = np.ones(z.shape, dtype=bool)
        np.not_equal(z[:, 1:], z[:, :-1], out=first[:, 1:])
        runs = np.count_nonzero(first, axis=1)
        u = int(runs.max())
        # Without a tie in any row each position is its own run: the run arrays would only copy (start[i] = i).
        self.tied = bool(runs.min() < n)
        self.values = z
        if self.tied:
            starts = np.flatnonzero(first)
            row = np.repeat(np.arange(r), runs)
            # Where each run starts, and n from one past the row's last run: run i covers start[i]:start[i + 1].
            self.start = np.full((r, u + 1), n)
            offsets = np.arange(starts.size) + (u + 1) * row - (np.cumsum(runs) - runs)[row]
            self.start.ravel()[offsets] = starts - n * row
            self.sizes = np.diff(self.start, axis=1).ravel()  # 0 where a row repeats its largest value
            self.start_base = (u + 1) * np.arange(r)[:, None]
            self.values = z.ravel()[np.minimum(self.start[:, :-1], n - 1) + n * np.arange(r)[:, None]]
        # Each row between -inf and +inf: a run k is checked against padded[k] = values[k - 1] and
        # padded[k + 1] = values[k] without clipping k, and the sentinels always answer "settled".
        self.padded = np.empty((r, u + 2))
        self.padded[:, 0], self.padded[:, 1:-1], self.padded[:, -1] = -np.inf, self.values, np.inf
        self.padded_base = (u + 2) * np.arange(r)[:, None]

    def beyond(self, t: np.ndarray) -> np.ndarray:
        """For each run i, the first run k with not fl(v_i - v_k) > t: the runs below k are beyond.

        ``t`` holds one threshold per row.
        """
        if not t.any():  # v_i - v_k > 0 is exactly v_k < v_i: the runs below i
            return np.broadcast_to(np.arange(self.values.shape[1]), self.values.shape)
        k = np.empty(self.values.shape, dtype=np.intp)
        for row, (values, threshold) in enumerate(zip(self.values, t)):
            # The needles are sorted, which keeps the binary searches in cache.
            k[row] = np.searchsorted(values, values - threshold, side="left")
        return self._settle(k, t[:, None])

    def _settle(self, k: np.ndarray, t: np.ndarray) -> np.ndarray:
        """Move each boundary k to the first run with not fl(v_i - v_k) > t.

        The comparison is monotone in v_k, so stepping a run at a time settles
        it in a few steps (usually none).
        """
        padded = self.padded.ravel()
        while True:
            up = self.values - padded[k + self.padded_base + 1] > t  # v[k] is still beyond: k moves up
            if not up.any():
                break
            k += up
        while True:
            down = self.values - padded[k + self.padded_base] <= t  # v[k - 1] is not beyond: k moves down
            if not down.any():
                return k
            k -= down

    def expand(self, sums: np.ndarray) -> np.ndarray:
        """Answers by run (r, u) given to every position of the run: flat, in sorted order."""
        return np.repeat(sums.ravel(), self.sizes) if self.tied else sums.ravel()

    def positions(self, k: np.ndarray) -> np.ndarray:
        """The runs below run k, counted in positions: how many values are beyond, for each run."""
        return self.start.ravel()[k + self.start_base] if self.tied else k

    def received(self, k: np.ndarray) -> np.ndarray:
        """For each run j, how many positions count j's values among their beyond (j < k[their run]).

        k grows with the run, so the runs i with k[i] ≤ j are the first
        m_j = #{i: k[i] ≤ j}, which cover the positions below start[m_j].
        """
        r, u = k.shape
        m = np.cumsum(np.bincount((k + u * np.arange(r)[:, None]).ravel(), minlength=r * u).reshape(r, u), axis=1)
        return self.z.shape[1] - (self.start.ravel()[m + self.start_base] if self.tied else m)

    def linear_parts(self, strict: np.ndarray, between: np.ndarray, strict_in: np.ndarray,
                     between_in: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Σ (z_a - z_b - q) over the pairs between the thresholds: for each a, and for each b, by run.

        a prefers b in that band when strict[a] ≤ b < between[a] (positions);
        for each b those a are a run, since both bounds grow with a: from the
        first a with between[a] > b to the last with strict[a] ≤ b.
        """
        z, n = self.z, self.z.shape[1]
        sums = np.zeros((z.shape[0], n + 1))
        np.cumsum(z, axis=1, out=sums[:, 1:])
        errors = np.zeros_like(sums)
        np.cumsum(_two_sum(sums[:, :-1], z)[1], axis=1, out=errors[:, 1:])
        scaled = SPLIT * self.values
        high = scaled - (scaled - self.values)
        low = self.values - high
        q = q[:, None]
        base = (n + 1) * np.arange(z.shape[0])[:, None]
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
    """Σ_b P(z_a - z_b) and Σ_b P(z_b - z_a) for rows of ascending values z, at their sorted positions."""
    runs = _Runs(z)
    given, received = run_sums(runs, functions)
    return runs.expand(given).reshape(z.shape), runs.expand(received).reshape(z.shape)


def run_sums(runs: _Runs, functions: tuple[PreferenceFunction, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Σ_b P(z_a - z_b) and Σ_b P(z_b - z_a) for each run of ``runs`` (r, u).

    ``functions`` (one per row) are all of one kind, not the Gaussian.  Both
    sums read the same differences fl(z_a - z_b): the second counts, for
    each b, the a that count b, so one search per threshold serves both.
    """
    kind = functions[0].kind
    q = np.array([f.q for f in functions])
    if kind in ("usual", "ushape"):
        beyond = runs.beyond(q)
        return runs.positions(beyond).astype(float), runs.received(beyond).astype(float)
    p = np.array([f.p for f in functions])
    strict_runs, between_runs = runs.beyond(p), runs.beyond(q)
    strict, between = runs.positions(strict_runs), runs.positions(between_runs)
    strict_in, between_in = runs.received(strict_runs), runs.received(between_runs)
    if kind == "level":
        return strict + 0.5 * (between - strict), strict_in + 0.5 * (between_in - strict_in)
    # linear, and the V-shape (q = 0): between the thresholds P = (d - q) / (p - q).
    given, received = runs.linear_parts(strict, between, strict_in, between_in, q)
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
    scale = 1.0 / (n - 1) if n > 1 else 0.0
    oriented = matrix.T.copy()  # (m, n): one criterion per row; a copy, since costs are negated in place
    oriented[~benefit] *= -1.0
    plus, minus = np.empty(oriented.shape), np.empty(oriented.shape)
    for rows in _groups(functions, n):
        block = tuple(functions[j] for j in rows)
        if block[0].kind == "gaussian":
            for j, function in zip(rows, block):
                plus[j], minus[j] = _pairwise_sums(oriented[j], function), _pairwise_sums(-oriented[j], function)
                plus[j] *= scale
                minus[j] *= scale
            continue
        # Flat positions of the sorted values in the (m, n) arrays: 1-D gathers and scatters beat 2-D ones.
        order = (np.argsort(oriented[rows], axis=1) + n * rows[:, None]).ravel()
        runs = _Runs(oriented.ravel()[order].reshape(rows.size, n))
        for out, sums in zip((plus, minus), run_sums(runs, block)):
            sums *= scale
            out.ravel()[order] = runs.expand(sums)
    return plus.T, minus.T
