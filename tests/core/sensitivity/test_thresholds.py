"""Thresholds: closed form and bisection agree with a brute-force sweep."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.sensitivity import Cancelled, study
from core.sensitivity.sweeps import sweep_weights
from core.sensitivity.thresholds import thresholds
from tests.core.sensitivity.factories import LINEAR, METHODS, random_model

PROFILES = ["Equal weights", "Paper's emphasis", "Sovereignty first", "Economy first", "Counter-terrorism first"]
FINE = 20_001


def brute_force(st_, j: int) -> tuple[float | None, float | None]:
    """The grid points nearest to each change of the top option along a fine sweep."""
    t = np.linspace(0.0, 1.0, FINE)
    first = st_.run(sweep_weights(st_.weights, j, t)).ranks[:, st_.top] == 1
    w = st_.weights[j]
    above = np.flatnonzero(~first & (t > w))
    below = np.flatnonzero(~first & (t < w))
    return (t[below[-1]] if below.size else None), (t[above[0]] if above.size else None)


def agrees(found: float | None, brute: float | None) -> bool:
    if found is None or brute is None:
        return found is None and brute is None
    return abs(found - brute) <= 1.0 / (FINE - 1) + 1e-9


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("profile", PROFILES)
def test_thresholds_agree_with_a_brute_force_sweep(paper_model, profile, method):
    st_ = study(paper_model, paper_model.profile(profile), method)
    for limit in thresholds(st_):
        lower, upper = brute_force(st_, st_.criteria.index(limit.criterion))
        assert agrees(limit.lower, lower) and agrees(limit.upper, upper), limit
        assert limit.exact == (method in LINEAR)  # which shipped methods are linear: tests/core/methods/test_base.py


@pytest.mark.parametrize("method", ["wsm", "topsis"])
def test_the_next_top_ranks_first_just_beyond_each_end(paper_model, method):
    st_ = study(paper_model, paper_model.profile("Paper's emphasis"), method)
    checked = 0
    for limit in thresholds(st_):
        j = st_.criteria.index(limit.criterion)
        for end, name, step in ((limit.lower, limit.below, -1e-5), (limit.upper, limit.above, 1e-5)):
            if end is None:
                assert name is None
                continue
            inside, beyond = st_.run(sweep_weights(st_.weights, j, [end - 10 * step, end + step])).ranks
            assert inside[st_.top] == 1 and beyond[st_.options.index(name)] == 1 and beyond[st_.top] > 1
            checked += 1
    assert checked > 3


def test_the_table_is_sorted_by_distance_and_names_the_nearer_change(paper_model):
    limits = thresholds(study(paper_model, paper_model.profile("Paper's emphasis")))
    distances = [t.distance for t in limits if t.distance is not None]
    assert distances == sorted(distances) and len(distances) > 0
    assert all(t.distance is None for t in limits[len(distances):])
    first = limits[0]
    assert first.top == "O3" and first.next_top == (first.above if first.upper is not None else first.below)
    assert first.lower is None or first.lower <= first.weight <= (first.upper or 1.0)


def test_a_criterion_that_cannot_change_the_top_has_no_threshold(paper_model):
    limits = {t.criterion: t for t in thresholds(study(paper_model, paper_model.profiles[0]))}
    assert (limits["E1"].lower, limits["E1"].upper, limits["E1"].next_top) == (None, None, None)
    assert limits["S1"].upper == pytest.approx(0.4667, abs=1e-4) and limits["S1"].above == "O2"


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 100_000), method=st.sampled_from(["wsm", "promethee2", "wpm"]))
@example(seed=127, method="promethee2")  # three options cross the top at one weight
@example(seed=1318, method="promethee2")
def test_closed_form_equals_bisection(seed, method):
    model = random_model(4, 4, seed)
    st_ = study(model, model.profiles[0], method)
    exact = {t.criterion: t for t in thresholds(st_)}
    for limit in thresholds(st_, closed_form=False):
        twin = exact[limit.criterion]
        for a, b in ((limit.lower, twin.lower), (limit.upper, twin.upper)):
            assert (a is None) == (b is None) and (a is None or abs(a - b) <= 1e-6)
        assert (limit.below, limit.above) == (twin.below, twin.above)


def test_bisection_reports_progress_and_can_be_cancelled(paper_model):
    st_ = study(paper_model, paper_model.profiles[1], "topsis")
    seen = []
    thresholds(st_, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        thresholds(st_, cancel=lambda: True)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 100_000), method=st.sampled_from(["wsm", "promethee2", "wpm"]))
@example(seed=127, method="promethee2")
@example(seed=1318, method="promethee2")
def test_the_closed_form_names_the_option_first_just_beyond_each_end(seed, method):
    """Where several lines cross the top's at one point, the name is the ranking's, not rounding's."""
    model = random_model(4, 4, seed)
    st_ = study(model, model.profiles[0], method)
    for limit in thresholds(st_):
        j = st_.criteria.index(limit.criterion)
        for end, name, step in ((limit.lower, limit.below, -1e-7), (limit.upper, limit.above, 1e-7)):
            if end is not None:
                beyond = st_.run(sweep_weights(st_.weights, j, [end + step])).ranks[0]
                assert beyond[st_.options.index(name)] == 1 and beyond[st_.top] > 1, (limit, beyond)


def test_a_triple_crossing_names_the_steepest_option():
    """Seed 127 under PROMETHEE II: O1, O3 and O4 meet at one weight of C2; O1 gains fastest."""
    model = random_model(4, 4, 127)
    limits = {t.criterion: t for t in thresholds(study(model, model.profiles[0], "promethee2"))}
    assert limits["C2"].top == "O4" and limits["C2"].above == "O1"
    assert limits["C3"].below == "O1"
