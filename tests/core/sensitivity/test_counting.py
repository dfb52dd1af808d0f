"""Counting ranks: tied ranks split evenly, rows and columns of the counts sum to the samples."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.methods import rank
from core.sensitivity import counting
from core.sensitivity.counting import Tally, first_shares


def tally(scores: np.ndarray, better: str = "higher", weights: np.ndarray | None = None) -> Tally:
    ranks = rank(scores, better).T.astype(np.uint8)  # option-major
    total = Tally(scores.shape[1], 2 if weights is None else weights.shape[1])
    total.add(np.ascontiguousarray(ranks), np.ones((scores.shape[0], 2)) if weights is None else weights)
    return total


def test_a_tie_of_three_for_first_splits_ranks_one_to_three():
    counts = tally(np.array([[5.0, 5.0, 5.0, 1.0]])).ranks
    assert np.allclose(counts[:3, :3], 1 / 3) and counts[3, 3] == 1
    assert np.allclose(counts[:3, 3], 0) and np.allclose(counts[3, :3], 0)


def test_first_shares_and_central_weights_split_a_tie():
    scores = np.array([[2.0, 2.0, 1.0], [3.0, 1.0, 0.0]])
    weights = np.array([[1.0, 3.0], [2.0, 2.0]])
    total = tally(scores, weights=weights)
    assert np.allclose(first_shares(rank(scores).T), [[0.5, 1.0], [0.5, 0.0], [0.0, 0.0]])
    assert np.allclose(total.first_weights[0], 0.5 * np.array([0.25, 0.75]) + [0.5, 0.5])
    assert np.allclose(total.first_weights[1], 0.5 * np.array([0.25, 0.75]))


def test_a_tie_is_half_a_win_each():
    wins = tally(np.array([[2.0, 2.0, 1.0], [3.0, 1.0, 2.0]])).wins
    assert np.allclose(wins, [[0, 1.5, 2], [0.5, 0, 1], [0, 1, 0]])


@settings(max_examples=200, deadline=None)
@given(arrays(float, st.tuples(st.integers(1, 30), st.integers(1, 7)), elements=st.sampled_from([0.0, 1.0, 2.0, 3.0])))
def test_rows_and_columns_sum_to_the_samples_and_wins_pair_up(scores):
    total = tally(scores)
    k, n = scores.shape
    assert np.allclose(total.ranks.sum(axis=0), k) and np.allclose(total.ranks.sum(axis=1), k)
    assert np.allclose(total.wins + total.wins.T + k * np.eye(n), k)
    assert np.allclose(total.first_weights.sum(axis=1), total.ranks[:, 0])


@settings(max_examples=60, deadline=None)
@given(arrays(float, st.tuples(st.integers(1, 40), st.integers(1, 24)), elements=st.sampled_from([0.0, 1.0, 2.0])),
       st.integers(0, 1000))
def test_both_ways_of_summing_central_weights_agree(scores, seed):
    weights = np.random.default_rng(seed).random((scores.shape[0], 3)) + 0.01
    product = tally(scores, weights=weights).first_weights
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(counting, "ONE_HOT_MAX", 0)
        per_row = tally(scores, weights=weights).first_weights
    assert np.allclose(product, per_row)


def pairwise_group_sizes(ranks: np.ndarray) -> np.ndarray:
    """The definition, one comparison per pair of options (n² per sample)."""
    return (ranks[:, None, :] == ranks[None, :, :]).sum(axis=1)


def spread_by_definition(ranks: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    n = ranks.shape[0]
    counts = np.zeros((n, n))
    for i, s in np.ndindex(ranks.shape):
        for offset in range(sizes[i, s]):
            counts[i, ranks[i, s] - 1 + offset] += 1 / sizes[i, s]
    return counts


@settings(max_examples=80, deadline=None)
@given(arrays(np.int8, st.tuples(st.integers(1, 7), st.integers(1, 6)), elements=st.integers(0, 3)))
def test_tie_counting_in_linear_time_matches_the_definition(scores):
    ranks = np.ascontiguousarray(rank(scores.astype(float), "higher").T.astype(np.uint8))
    sizes = counting.group_sizes(ranks)
    assert np.array_equal(sizes, pairwise_group_sizes(ranks))
    assert np.allclose(counting.fractional_ranks(ranks, sizes), spread_by_definition(ranks, sizes))


def test_a_tally_without_pairwise_counts_the_rest_alike():
    scores = np.array([[2.0, 2.0, 1.0], [3.0, 1.0, 2.0]])
    ranks = np.ascontiguousarray(rank(scores, "higher").T.astype(np.uint8))
    full, lean = Tally(3, 2), Tally(3, 2, pairwise=False)
    for t in (full, lean):
        t.add(ranks, np.ones((2, 2)))
    assert lean.wins is None and np.array_equal(full.ranks, lean.ranks)
    assert np.array_equal(full.first_weights, lean.first_weights)
