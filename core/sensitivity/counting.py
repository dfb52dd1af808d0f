"""Counting ranks over weight samples: acceptability, first-rank weights, pairwise wins.

Ranks come as the methods give them (:func:`core.methods.base.rank`): rank 1
is best and tied options share the lowest rank, so a tie for first gives
ranks (1, 1, 3).  Counting those as they stand would break the column sums of
the acceptability matrix (rank 1 counted twice, rank 2 never).  Instead a
group of g options tied at rank r splits ranks r … r+g-1 evenly: each member
gets 1/g of each.  Every sample then hands out exactly one unit per option
and one unit per rank, so every row and every column of the acceptability
matrix sums to 1.  The same share, 1/g of a first place, weighs a sample in
the central weight vector, and a tie between two options counts half a win
for each in the pairwise winning index.  Ties have probability zero under
continuous weights unless options coincide; the general count runs first and
only the samples that hold a tie are corrected, so the common case stays one
``bincount`` per option.
"""

from __future__ import annotations

import numpy as np

from core.methods.products import matmul_sum, matvec

# Up to this many options the central weights are summed by a matrix product.
ONE_HOT_MAX = 16


class Tally:
    """Running sums over samples for n options and m criteria (a plain accumulator).

    ``pairwise`` False leaves the pairwise wins uncounted (``wins`` None): they
    cost n² per sample, which a large model cannot afford.
    """

    def __init__(self, n: int, m: int, pairwise: bool = True) -> None:
        self.samples = 0
        self.ranks = np.zeros((n, n))
        self.first_weights = np.zeros((n, m))
        self.wins: np.ndarray | None = np.zeros((n, n)) if pairwise else None

    def add(self, ranks: np.ndarray, weights: np.ndarray) -> None:
        """Count ranks (n, c), option-major, of samples whose weight rows are ``weights`` (c, m).

        Weight rows need not sum to 1; each is normalised before it enters
        the central weights.
        """
        n, c = ranks.shape
        self.samples += c
        # Without ties the ranks of a sample are 1 … n; a tie lowers their sum.
        total = np.add.reduce(ranks, axis=0, dtype=np.uint16 if n < 362 else np.int64)
        tied = np.flatnonzero(total != n * (n + 1) // 2)
        for i in range(n):
            self.ranks[i] += np.bincount(ranks[i], minlength=n + 1)[1:]
        if tied.size:
            some = ranks[:, tied]
            self.ranks += fractional_ranks(some, group_sizes(some)) - integer_ranks(some)
        self._add_first_weights(ranks, weights, tied)
        if self.wins is not None:
            self._count_wins(self.wins, ranks, tied.size > 0)

    def _add_first_weights(self, ranks: np.ndarray, weights: np.ndarray, tied: np.ndarray) -> None:
        """Add each sample's normalised weights, times its share of first place, to the option's row.

        With few options a product with the (n, c) matrix of shares is the
        fastest way; with many it would read every weight row once per
        option, so one weighted bincount adds each row to its winner's row.
        """
        n = ranks.shape[0]
        # A matrix-vector product sums short rows far faster than sum(axis=1).
        sums = matvec(weights, np.ones(weights.shape[1]))
        if n <= ONE_HOT_MAX:
            share = (ranks == 1).astype(float)
            if tied.size:
                share[:, tied] = first_shares(ranks[:, tied])
            share /= sums
            self.first_weights += matmul_sum(share, weights)
            return
        if tied.size:
            self.first_weights += matmul_sum(first_shares(ranks[:, tied]) / sums[tied], weights[tied])
            keep = np.ones(ranks.shape[1], dtype=bool)
            keep[tied] = False
            ranks, weights, sums = ranks[:, keep], weights[keep], sums[keep]
        m = weights.shape[1]
        cells = (np.argmin(ranks, axis=0) * m)[:, None] + np.arange(m)  # (winner, criterion) per value
        self.first_weights += np.bincount(cells.ravel(), weights=(weights / sums[:, None]).ravel(),
                                          minlength=n * m).reshape(n, m)

    @staticmethod
    def _count_wins(wins: np.ndarray, ranks: np.ndarray, ties: bool) -> None:
        n, c = ranks.shape
        for i in range(n - 1):
            ahead = np.count_nonzero(ranks[i] < ranks[i + 1:], axis=1)
            level = np.count_nonzero(ranks[i] == ranks[i + 1:], axis=1) if ties else 0
            wins[i, i + 1:] += ahead + 0.5 * level
            wins[i + 1:, i] += c - ahead - 0.5 * level


def group_sizes(ranks: np.ndarray) -> np.ndarray:
    """For ranks (n, t): how many options share each option's rank in its sample.

    Tied options share one rank, so a group's size is the count of its rank
    in the sample's column: one bincount, linear in n (a comparison of every
    pair would cost n² per sample, far too much when many options tie).
    """
    n, t = ranks.shape
    codes = ranks.astype(np.int64) * t + np.arange(t)
    return np.bincount(codes.ravel(), minlength=(n + 1) * t)[codes]


def integer_ranks(ranks: np.ndarray) -> np.ndarray:
    """Counts (n, n) of each option at each rank, ties counted at their shared rank."""
    n = ranks.shape[0]
    codes = np.arange(n)[:, None] * n + (ranks.astype(np.int64) - 1)
    return np.bincount(codes.ravel(), minlength=n * n).reshape(n, n).astype(float)


def fractional_ranks(ranks: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Counts (n, n) with a tie group of g at rank r spread as 1/g over ranks r … r+g-1.

    Each spread is added as a step (+1/g at rank r, -1/g past r+g-1) and the
    steps are summed along the ranks, so a tie of g costs the same as no tie.
    """
    n = ranks.shape[0]
    rows = np.broadcast_to(np.arange(n)[:, None] * (n + 1), ranks.shape)
    start = rows + ranks.astype(np.int64) - 1
    share = 1.0 / sizes
    steps = np.bincount(start.ravel(), weights=share.ravel(), minlength=n * (n + 1))
    steps -= np.bincount((start + sizes).ravel(), weights=share.ravel(), minlength=n * (n + 1))
    # The sums of many steps leave float residues of ~1e-16 where a count is 0;
    # rounding far below any count's meaning keeps shares in [0, 1].
    return np.round(np.cumsum(steps.reshape(n, n + 1), axis=1)[:, :n], 9)


def first_shares(ranks: np.ndarray) -> np.ndarray:
    """Share of first place of each option in each sample, ranks (n, c): 1/g for a tie of g at rank 1."""
    first = ranks == 1
    return first / np.maximum(first.sum(axis=0), 1)
