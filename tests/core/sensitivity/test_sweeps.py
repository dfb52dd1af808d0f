"""One-way sweeps: the weights along a sweep, and batch scores equal to per-point evaluate()."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.analysis import evaluate
from core.sensitivity import study
from core.sensitivity.sweeps import sweep, sweep_weights, sweeps
from tests.core.sensitivity.factories import METHODS, profile_for


@settings(max_examples=100, deadline=None)
@given(weights=arrays(float, st.integers(2, 8), elements=st.floats(0, 1)), data=st.data())
def test_sweep_weights_keep_the_others_proportional(weights, data):
    if weights.sum() == 0:
        weights[0] = 1.0
    weights = weights / weights.sum()
    j = data.draw(st.integers(0, weights.size - 1))
    t = np.linspace(0, 1, 11)
    rows = sweep_weights(weights, j, t)
    assert rows.min() >= 0 and np.allclose(rows.sum(axis=1), 1.0)
    assert np.array_equal(rows[:, j], t)
    others = np.delete(rows, j, axis=1)
    rest = np.delete(weights, j)
    if rest.sum() > 0:
        assert np.allclose(others, np.outer(1 - t, rest / rest.sum()))
    else:
        assert np.allclose(others, np.outer(1 - t, np.full(rest.size, 1 / rest.size)))


def test_the_sweep_passes_through_the_current_weights():
    w = np.array([0.2, 0.5, 0.3])
    assert np.allclose(sweep_weights(w, 1, [0.5])[0], w)
    assert np.array_equal(sweep_weights(np.array([1.0]), 0, [0.0, 1.0]), [[1.0], [1.0]])


@pytest.mark.parametrize("method", METHODS)
def test_batch_sweep_equals_evaluate_point_by_point(paper_model, method):
    profile = paper_model.profile("Paper's emphasis")
    st_ = study(paper_model, profile, method)
    j = st_.criteria.index("S1")
    curve = sweep(st_, j, points=11)
    rows = sweep_weights(st_.weights, j, curve.t)
    for k in (1, 4, 9):  # interior points: every group keeps a positive weight
        point = evaluate(paper_model, profile_for(paper_model, dict(zip(st_.criteria, rows[k]))), method)
        assert np.allclose(curve.scores[k], point.result.scores, rtol=1e-12, atol=1e-12)
        assert np.array_equal(curve.ranks[k], point.result.ranks)


def test_sweeps_cover_every_criterion_and_mark_the_current_weight(paper_model):
    st_ = study(paper_model, paper_model.profiles[0])
    curves = sweeps(st_, points=21)
    assert [c.criterion for c in curves] == list(st_.criteria)
    for curve in curves:
        assert curve.scores.shape == (21, 5) and curve.ranks.shape == (21, 5)
        assert curve.weight == pytest.approx(1 / 17) and curve.better == "lower"
        assert np.allclose(curve.current, st_.baseline.scores)


def test_sweeps_report_progress_per_criterion(paper_model):
    seen = []
    sweeps(study(paper_model, paper_model.profiles[0]), points=5, progress=seen.append)
    assert len(seen) == 17 and seen == sorted(seen) and seen[-1] == 1.0
