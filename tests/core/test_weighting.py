"""Weights from simple judgements: direct, points, rank-order centroid, rank sum, swing."""

from __future__ import annotations

import numpy as np
import pytest

from core.errors import ModelError
from core.weighting import WeightResult, direct, points, rank_order_centroid, rank_sum, swing


def test_direct_keeps_raw_and_normalised_side_by_side():
    result = direct([2, 1, 1], ["Cost", "Risk", "Time"])
    assert result == WeightResult(("Cost", "Risk", "Time"), (2.0, 1.0, 1.0), (0.5, 0.25, 0.25), "direct",
                                  result.explanation)
    assert "divided by the total (4)" in result.explanation


@pytest.mark.parametrize(("raw", "message"), [
    ([1, -1], "criterion C2: weight -1 is negative"),
    ([0, 0], "all weights are zero"),
    ([1, float("nan")], "criterion C2: weight nan is not a finite number"),
    ([], "one number per criterion"),
    (["a"], "must be numbers"),
])
def test_direct_refuses_bad_weights(raw, message):
    with pytest.raises(ModelError, match=message):
        direct(raw)


def test_names_must_match_the_judgements():
    with pytest.raises(ModelError, match="2 weights given for 3 criteria"):
        direct([1, 2], ["a", "b", "c"])


def test_points_must_be_spent_exactly():
    assert points([50, 30, 20]).weights == (0.5, 0.3, 0.2)
    assert points([3, 1], total=4).weights == (0.75, 0.25)
    with pytest.raises(ModelError, match="the points add up to 95, not 100; hand out 5"):
        points([50, 30, 15])
    with pytest.raises(ModelError, match="add up to 110, not 100; take away 10"):
        points([60, 50])
    with pytest.raises(ModelError, match="criterion B: point -10 is negative"):
        points([110, -10], ["A", "B"])
    with pytest.raises(ModelError, match="total must be a positive number"):
        points([1], total=0)


def test_rank_order_centroid_matches_barron_and_barrett():
    """Barron & Barrett (1996), Management Science 42(11):1515–1523: for four
    criteria w = (25/48, 13/48, 7/48, 3/48) = (0.5208, 0.2708, 0.1458, 0.0625)."""
    result = rank_order_centroid([1, 2, 3, 4])
    assert np.allclose(result.weights, [25 / 48, 13 / 48, 7 / 48, 3 / 48])
    assert "Barron & Barrett" in result.explanation


def test_rank_order_centroid_follows_the_ranks_not_the_listing_order():
    assert np.allclose(rank_order_centroid([3, 1, 2]).weights, [2 / 18, 11 / 18, 5 / 18])


def test_tied_ranks_share_the_mean_of_their_positions():
    """Ranks 1, 2, 2, 4: the tied pair spans positions 2 and 3 and gets (13/48 + 7/48) / 2 each."""
    result = rank_order_centroid([1, 2, 2, 4])
    assert np.allclose(result.weights, [25 / 48, 10 / 48, 10 / 48, 3 / 48])
    assert rank_order_centroid([1, 2, 2, 3]).weights == result.weights
    assert np.allclose(rank_order_centroid([1, 1, 1]).weights, 1 / 3)


def test_rank_sum_is_linear_in_the_position():
    assert np.allclose(rank_sum([1, 2, 3, 4]).weights, [0.4, 0.3, 0.2, 0.1])
    assert np.allclose(rank_sum([2, 1, 2]).weights, [(2 / 6 + 1 / 6) / 2, 3 / 6, (2 / 6 + 1 / 6) / 2])


@pytest.mark.parametrize("ranks", [[1, 2.5], [0, 1], [1, 3], [1, float("inf")]])
def test_ranks_must_be_whole_numbers_from_one_to_n(ranks):
    with pytest.raises(ModelError, match="criterion C2: rank|criterion C1: rank|not a finite"):
        rank_order_centroid(ranks)


def test_swing_weights_are_ratings_over_their_sum():
    result = swing([100, 50, 50], ["Safety", "Cost", "Time"])
    assert result.weights == (0.5, 0.25, 0.25) and result.raw == (100.0, 50.0, 50.0)
    with pytest.raises(ModelError, match="criterion Cost: swing rating 120 must lie between 0 and 100"):
        swing([100, 120], ["Safety", "Cost"])
    with pytest.raises(ModelError, match="all ratings are zero"):
        swing([0, 0])


@pytest.mark.parametrize("make", [direct, swing, lambda r: points(np.array(r) * 100 / sum(r)),
                                  rank_order_centroid, rank_sum])
def test_every_method_returns_weights_that_sum_to_one(make):
    result = make([1, 2, 3])
    assert np.isclose(sum(result.weights), 1.0)
    assert len(result.names) == len(result.raw) == 3 and result.explanation
