"""The study: weights, score ranges and the bridge to the methods."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis import evaluate
from core.errors import ModelError
from core.model import Score
from core.sensitivity import study
from core.sensitivity.inputs import score_ranges
from tests.core.sensitivity.factories import uncertain_model


def test_study_holds_global_weights_and_the_baseline(paper_model):
    profile = paper_model.profile("Paper's emphasis")
    st = study(paper_model, profile, "topsis")
    expected = evaluate(paper_model, profile, "topsis")
    assert st.weights.sum() == pytest.approx(1.0)
    assert np.allclose(st.weights, [expected.weights[f] for f in st.criteria])
    assert np.allclose(st.baseline.scores, expected.result.scores)
    assert st.options[st.top] == expected.ranking()[0]["option"]
    assert not st.uncertain and np.array_equal(st.low, st.high)


def test_score_ranges_default_to_the_score():
    st = study(uncertain_model(), uncertain_model().profiles[0])
    assert st.uncertain
    assert (st.low[0, 0], st.high[0, 0]) == (4.0, 7.0)
    assert st.low[0, 1] == st.high[0, 1] == st.problem.matrix[0, 1]


# Per cell of the 3 × 3 model: no bound, a lower one, an upper one, or both.
BOUNDS = st.lists(st.tuples(st.sampled_from([None, 1.0]), st.sampled_from([None, 9.0])), min_size=9, max_size=9)


@settings(max_examples=60, deadline=None)
@given(BOUNDS)
def test_score_ranges_read_each_cell_s_bounds_or_its_score(bounds):
    """Only the scores with a bound are visited: every cell still gets its own bound, or its score."""
    model = uncertain_model()
    prob = study(model, model.profiles[0]).problem
    cells = [(o, f) for o in prob.option_ids for f in prob.factor_ids]
    scores = dict(model.scores)
    for cell, (low, high) in zip(cells, bounds):
        scores[cell] = Score(value=scores[cell].value, low=low, high=high)
    low, high = score_ranges(model.replace(scores=scores), prob)
    for (i, j), (cell, (low_bound, high_bound)) in zip(np.ndindex(3, 3), zip(cells, bounds)):
        number = scores[cell].value
        assert (low[i, j], high[i, j]) == (number if low_bound is None else low_bound,
                                           number if high_bound is None else high_bound)


def test_a_range_that_misses_its_score_is_an_error():
    model = uncertain_model()
    scores = dict(model.scores)
    scores[("A", "C1")] = Score(value=6.0, low=7.0, high=8.0)
    with pytest.raises(ModelError, match="option A, factor C1: the range 7–8 must contain the score 6"):
        study(model.replace(scores=scores), model.profiles[0])


def test_an_unknown_method_is_an_error(paper_model):
    with pytest.raises(ModelError, match="unknown method 'ahp'"):
        study(paper_model, paper_model.profiles[0], "ahp")
