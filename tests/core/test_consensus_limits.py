"""Weights too far apart for pairwise judgements are refused in words, never as a numpy warning or a crash."""

from __future__ import annotations

import pytest

from core.consensus import MAX_IMPLIED_RATIO, consensus
from core.errors import ModelError
from core.model import Profile
from tests.core.test_profiles import three_criteria


@pytest.mark.parametrize("low, high", [(5e-324, 1.0), (1e-300, 1e12), (1.0, 1e308), (1e-9, 1e4)])
def test_an_implied_ratio_beyond_the_limit_is_refused(low, high):
    apart = Profile("apart", {"X": low, "Y": high, "Z": 1})
    with pytest.raises(ModelError, match=r"profile 'apart': the weights under top differ by more than a factor"):
        consensus(three_criteria(), [apart, Profile("plain")], how="geometric_ahp")


def test_a_ratio_at_the_limit_is_still_combined():
    near = Profile("near", {"X": 1.0, "Y": MAX_IMPLIED_RATIO, "Z": 1})
    result, _ = consensus(three_criteria(), [near, Profile("plain")], how="geometric_ahp")
    assert result.weights["Y"] > result.weights["X"] > 0


@pytest.mark.parametrize("weights", [[1e308, 1e308], [1e101, 1], [float("inf"), 1], [float("nan"), 1], [-1, 2],
                                     [0, 0]])
def test_analyst_weights_that_would_overflow_their_sum_are_refused(weights):
    profiles = [Profile("one", {"X": 1, "Y": 2, "Z": 3}), Profile("two")]
    with pytest.raises(ModelError, match=r"^analyst weights must be finite, ≥ 0, at most 1e\+100 and not all zero$"):
        consensus(three_criteria(), profiles, analyst_weights=weights)
