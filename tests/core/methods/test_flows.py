"""Unicriterion flows from sorted values equal the pairwise sums: every function, ties and thresholds hit exactly."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.methods import flows
from core.methods.flows import sorted_sums
from core.methods.preference import PreferenceFunction, apply_preferences

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def pairwise(matrix: np.ndarray, benefit: np.ndarray, functions) -> tuple[np.ndarray, np.ndarray]:
    """The definition: P_j(d) for every ordered pair, summed over b and over a, divided by n - 1."""
    n = matrix.shape[0]
    d = (matrix[:, None, :] - matrix[None, :, :]) * np.where(benefit, 1.0, -1.0)
    pref = apply_preferences(d, functions)
    scale = 1.0 / (n - 1) if n > 1 else 0.0
    return pref.sum(axis=1) * scale, pref.sum(axis=0) * scale


# Few levels make ties and differences equal to a threshold common; floats make rounding at them common.
LEVELS = st.sampled_from([0.0, 1.0, 2.0, 3.0, 5.0, 0.1, 0.2, 0.3, -1.5])
VALUES = st.one_of(LEVELS, st.floats(-1e3, 1e3), st.floats(1e6, 1e6 + 10))
THRESHOLDS = st.one_of(st.sampled_from([0.1, 0.2, 0.3, 1.0, 2.0, 3.0]), st.floats(1e-3, 2e3))


@st.composite
def functions(draw, kinds=("usual", "ushape", "vshape", "level", "linear", "gaussian")):
    kind = draw(st.sampled_from(kinds))
    a, b = sorted([draw(THRESHOLDS), draw(THRESHOLDS)])
    if kind in ("level", "linear"):
        # The pairwise sum itself is only good to about ε·p / (p - q) per option (each difference
        # is rounded to within ε·p): keep p - q ≥ p / 1000, where that is far below 1e-12.
        return PreferenceFunction(kind, q=a, p=max(b, a * 1.001 + 1e-3))
    return {"usual": PreferenceFunction(), "ushape": PreferenceFunction("ushape", q=a),
            "vshape": PreferenceFunction("vshape", p=a), "gaussian": PreferenceFunction("gaussian", s=a)}[kind]


@st.composite
def tables(draw):
    n, m = draw(st.integers(1, 40)), draw(st.integers(1, 4))
    matrix = np.array(draw(st.lists(st.lists(VALUES, min_size=m, max_size=m), min_size=n, max_size=n)))
    benefit = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    return matrix, benefit, tuple(draw(functions()) for _ in range(m))


@PROPERTY
@given(tables())
def test_sorted_flows_equal_the_pairwise_sums(table):
    matrix, benefit, fns = table
    plus, minus = flows.flows(matrix, benefit, fns)
    expected_plus, expected_minus = pairwise(matrix, benefit, fns)
    assert np.allclose(plus, expected_plus, rtol=0, atol=1e-12)
    assert np.allclose(minus, expected_minus, rtol=0, atol=1e-12)


@PROPERTY
@given(st.lists(st.floats(-10, 10), min_size=2, max_size=30), st.floats(1e-9, 5))
def test_counts_at_a_threshold_follow_the_rounded_difference(values, q):
    """U-shape sums are counts: they must equal the pairwise counts exactly, not to a tolerance."""
    z = np.sort(values)
    given, received = sorted_sums(z[None, :], (PreferenceFunction("ushape", q=q),))
    beyond = (z[:, None] - z[None, :]) > q  # beyond[a, b]: a is preferred to b
    assert given[0].tolist() == beyond.sum(axis=1).tolist()
    assert received[0].tolist() == beyond.sum(axis=0).tolist()


def test_a_threshold_met_exactly_after_rounding():
    """0.3 - 0.1 rounds to 0.19999999999999998 < 0.2: not beyond a threshold of 0.2, as pairwise."""
    given, received = sorted_sums(np.array([[0.0, 0.1, 0.3]]), (PreferenceFunction("ushape", q=0.2),))
    assert given[0].tolist() == [0.0, 0.0, 1.0] and received[0].tolist() == [1.0, 0.0, 0.0]
    assert 0.3 - 0.1 <= 0.2 < 0.3 - 0.0


def test_the_gaussian_is_blocked_and_equal_to_one_block(monkeypatch):
    rng = np.random.default_rng(3)
    x, benefit, gaussian = rng.normal(size=(50, 1)), np.array([True]), (PreferenceFunction("gaussian", s=0.7),)
    whole = flows.flows(x, benefit, gaussian)
    monkeypatch.setattr(flows, "BLOCK_BYTES", 8 * 50 * 7)  # seven options per block
    blocked = flows.flows(x, benefit, gaussian)
    assert np.allclose(blocked, whole, rtol=0, atol=1e-12)
    assert np.allclose(whole, pairwise(x, benefit, gaussian), rtol=0, atol=1e-12)


def test_many_options_agree_with_the_pairwise_sums_in_blocks():
    rng = np.random.default_rng(4)
    matrix = np.round(rng.normal(50, 20, (3000, 5)), 1)  # ties galore at one decimal
    fns = (PreferenceFunction(), PreferenceFunction("ushape", q=3.0), PreferenceFunction("vshape", p=10.0),
           PreferenceFunction("level", q=2.0, p=8.0), PreferenceFunction("linear", q=1.5, p=20.0))
    benefit = np.array([True, False, True, False, True])
    plus, minus = flows.flows(matrix, benefit, fns)
    for j in range(5):
        expected_plus, expected_minus = pairwise(matrix[:, j:j + 1], benefit[j:j + 1], fns[j:j + 1])
        assert np.allclose(plus[:, j], expected_plus[:, 0], rtol=0, atol=1e-12)
        assert np.allclose(minus[:, j], expected_minus[:, 0], rtol=0, atol=1e-12)


def test_criteria_one_block_each_equal_one_block(monkeypatch):
    """Blocks of criteria (kept small, see ROW_BYTES) are independent: one criterion a block changes no digit."""
    rng = np.random.default_rng(5)
    matrix = np.round(rng.normal(50, 20, (200, 6)), 1)
    fns = (PreferenceFunction("linear", q=1.5, p=20.0),) * 3 + (PreferenceFunction("level", q=2.0, p=8.0),) * 3
    benefit = np.array([True, False, True, False, True, False])
    whole = flows.flows(matrix, benefit, fns)
    monkeypatch.setattr(flows, "ROW_BYTES", 8 * 200)  # one criterion per block
    assert all(np.array_equal(a, b) for a, b in zip(flows.flows(matrix, benefit, fns), whole))


@st.composite
def one_kind_tables(draw):
    """Criteria of one kind in one block, each column with its own number of distinct values."""
    n, m = draw(st.integers(2, 40)), draw(st.integers(2, 6))
    columns = [draw(st.lists(draw(st.sampled_from([LEVELS, VALUES, st.sampled_from([7.0, 7.5])])),
                             min_size=n, max_size=n)) for _ in range(m)]
    kind = draw(st.sampled_from(["usual", "ushape", "vshape", "level", "linear"]))
    fns = [draw(functions(kinds=(kind,))) for _ in range(m)]
    benefit = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    return np.array(columns).T, benefit, tuple(fns)


@PROPERTY
@given(one_kind_tables())
def test_a_block_of_criteria_with_different_ties_equals_the_pairwise_sums(table):
    """Each row of a block answers once per distinct value; rows with fewer distinct values are padded."""
    matrix, benefit, fns = table
    plus, minus = flows.flows(matrix, benefit, fns)
    expected_plus, expected_minus = pairwise(matrix, benefit, fns)
    if fns[0].kind in ("usual", "ushape", "level"):  # counts (and halves): the same numbers, not just close
        assert np.array_equal(plus, expected_plus) and np.array_equal(minus, expected_minus)
    else:
        assert np.allclose(plus, expected_plus, rtol=0, atol=1e-12)
        assert np.allclose(minus, expected_minus, rtol=0, atol=1e-12)
