"""Tornado: weight and score bars, the lead, the order of the bars."""

from __future__ import annotations

import numpy as np
import pytest

from core.errors import ModelError
from core.sensitivity import study
from core.sensitivity.sweeps import sweep_weights
from core.sensitivity.tornado import lead, tornado
from tests.core.sensitivity.factories import uncertain_model


def test_weight_bars_move_each_weight_half_way_either_side(paper_model):
    st_ = study(paper_model, paper_model.profile("Paper's emphasis"))
    chart = tornado(st_)
    assert chart.spread == 0.5 and chart.top == "O3" and chart.lead > 0
    bars = {b.criterion: b for b in chart.bars}
    assert set(bars) == set(st_.criteria) and all(b.kind == "weight" for b in chart.bars)
    s1 = bars["S1"]
    assert (s1.low, s1.high) == pytest.approx((0.075, 0.225))
    j = st_.criteria.index("S1")
    expected = st_.run(sweep_weights(st_.weights, j, [0.075, 0.225])).scores
    assert np.allclose(s1.scores_low, expected[0]) and np.allclose(s1.scores_high, expected[1])
    assert s1.lead_low == pytest.approx(lead(expected[0], st_.top, "lower"))
    assert np.allclose(s1.score_swings, np.abs(expected[1] - expected[0]))


def test_bars_are_sorted_by_the_swing_of_the_lead(paper_model):
    chart = tornado(study(paper_model, paper_model.profiles[2], "topsis"))
    swings = [b.swing for b in chart.bars]
    assert swings == sorted(swings, reverse=True)


def test_ends_are_clipped_to_zero_and_one(paper_model):
    chart = tornado(study(paper_model, paper_model.profiles[0]), spread=20.0)
    assert all(b.low == 0.0 and b.high == 1.0 for b in chart.bars)


def test_uncertain_scores_get_a_bar_each():
    model = uncertain_model()
    st_ = study(model, model.profiles[0])
    chart = tornado(st_)
    cells = {(b.option, b.criterion): b for b in chart.bars if b.kind == "score"}
    assert set(cells) == {("A", "C1"), ("B", "C2"), ("C", "C3")}
    bar = cells[("A", "C1")]
    table = st_.problem.matrix.copy()
    table[0, 0] = 7.0
    assert (bar.low, bar.high) == (4.0, 7.0)
    assert np.allclose(bar.scores_high, st_.run(st_.weights, table).scores)


def test_lead_is_the_margin_over_the_best_other_option():
    assert lead(np.array([3.0, 5.0, 4.0]), 1, "higher") == 1.0
    assert lead(np.array([3.0, 5.0, 4.0]), 0, "lower") == 1.0
    assert lead(np.array([3.0, 5.0, 4.0]), 0, "higher") == -2.0
    assert lead(np.array([3.0]), 0, "higher") == 0.0


def test_a_negative_spread_is_an_error(paper_model):
    with pytest.raises(ModelError, match="spread"):
        tornado(study(paper_model, paper_model.profiles[0]), spread=-0.1)
