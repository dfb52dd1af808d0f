"""PROMETHEE II: a hand-computed example, the six preference functions, a loop oracle, pymcdm.

The flows follow Brans & Vincke (1985), Management Science 31(6):647–656,
and Brans & Mareschal (2005), "PROMETHEE methods", in Figueira, Greco &
Ehrgott (eds.), Multiple Criteria Decision Analysis: State of the Art
Surveys.  No number below is quoted from those texts: the oracles are a hand
computation, an independent loop implementation in this file, and pymcdm.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from pymcdm.methods import PROMETHEE_II

from core.errors import ModelError
from core.methods import promethee
from core.methods.preference import PreferenceFunction, apply_preferences, parse_preference


def test_hand_computed_usual_criteria():
    """Three options (4, 3, 2), (3, 2, 4), (5, 1, 3), weights 0.5, 0.3, 0.2, all usual.

    π(A1, A2) = 0.5 + 0.3 = 0.8, π(A2, A1) = 0.2, π(A1, A3) = 0.3,
    π(A3, A1) = 0.5 + 0.2 = 0.7, π(A2, A3) = 0.3 + 0.2 = 0.5, π(A3, A2) = 0.5;
    so φ+ = (0.55, 0.35, 0.60), φ- = (0.45, 0.65, 0.40), φ = (0.1, -0.3, 0.2).
    """
    result = promethee.run([[4, 3, 2], [3, 2, 4], [5, 1, 3]], [0.5, 0.3, 0.2], [True, True, True])
    assert np.allclose(result.tables["preference"], [[0, 0.8, 0.3], [0.2, 0, 0.5], [0.7, 0.5, 0]])
    assert np.allclose(result.tables["phi_plus"], [0.55, 0.35, 0.60])
    assert np.allclose(result.tables["phi_minus"], [0.45, 0.65, 0.40])
    assert np.allclose(result.scores, [0.1, -0.3, 0.2])
    assert result.ranks.tolist() == [2, 3, 1]


@pytest.mark.parametrize(("text", "d", "expected"), [
    ("usual", [-1, 0, 0.1, 5], [0, 0, 1, 1]),
    ("ushape:2", [1, 2, 2.5], [0, 0, 1]),
    ("vshape:4", [-1, 0, 1, 4, 9], [0, 0, 0.25, 1, 1]),
    ("level:1:3", [1, 2, 3, 3.5], [0, 0.5, 0.5, 1]),
    ("linear:1:3", [0.5, 1, 2, 3, 7], [0, 0, 0.5, 1, 1]),
    ("gaussian:2", [-1, 0, 2], [0, 0, 1 - math.exp(-0.5)]),
])
def test_each_preference_function_at_chosen_differences(text, d, expected):
    values = apply_preferences(np.array(d, dtype=float)[:, None], [parse_preference(text)])
    assert np.allclose(values[:, 0], expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("usual", PreferenceFunction("usual")),
    (" Linear : 1 : 3 ", PreferenceFunction("linear", q=1, p=3)),
    ("vshape:2", PreferenceFunction("vshape", p=2)),
    ("ushape:0.5", PreferenceFunction("ushape", q=0.5)),
    ("level:1:2", PreferenceFunction("level", q=1, p=2)),
    ("gaussian:1.5", PreferenceFunction("gaussian", s=1.5)),
])
def test_parse_preference_reads_the_text_form_and_writes_it_back(text, expected):
    parsed = parse_preference(text)
    assert parsed == expected
    assert parse_preference(parsed.text) == parsed


@pytest.mark.parametrize(("text", "message"), [
    ("triangle", "unknown preference function 'triangle'"),
    ("", "unknown preference function"),
    ("linear:3", "linear takes 2 threshold"),
    ("usual:1", "usual takes 0 threshold"),
    ("vshape:x", "thresholds must be numbers"),
    ("linear:3:1", "p \\(1\\) must exceed the indifference threshold q \\(3\\)"),
    ("vshape:0", "p \\(0\\) must exceed"),
    ("ushape:-1", "threshold q must be a finite number ≥ 0"),
    ("gaussian:0", "s must be positive"),
    ("gaussian:nan", "finite number"),
])
def test_parse_preference_explains_bad_text(text, message):
    with pytest.raises(ModelError, match=message):
        parse_preference(text)


def test_a_function_refuses_thresholds_it_does_not_take():
    with pytest.raises(ModelError, match="usual takes no threshold q"):
        PreferenceFunction("usual", q=2.0)


def test_a_bad_specification_names_its_criterion():
    with pytest.raises(ModelError, match="criterion Cost: unknown preference function 'steep'"):
        promethee.run([[1, 2], [2, 1]], [0.5, 0.5], [True, False], criteria=["Gain", "Cost"],
                      preference=["usual", "steep"])
    with pytest.raises(ModelError, match="3 preference functions given for 2 criteria"):
        promethee.run([[1, 2], [2, 1]], [0.5, 0.5], [True, False], preference=["usual"] * 3)


def test_specifications_may_be_text_tuples_or_functions():
    x, w, benefit = [[1, 5], [3, 2], [2, 9]], [0.6, 0.4], [True, False]
    as_text = promethee.run(x, w, benefit, preference=["linear:0.5:2", "gaussian:3"])
    as_parts = promethee.run(x, w, benefit, preference=[("linear", 0.5, 2), PreferenceFunction("gaussian", s=3)])
    assert np.array_equal(as_text.scores, as_parts.scores)
    assert as_text.extra["preference"] == ("linear:0.5:2", "gaussian:3")
    one_for_all = promethee.run(x, w, benefit, preference="vshape:4")
    assert one_for_all.extra["preference"] == ("vshape:4", "vshape:4")


def loop_promethee(x, w, benefit, functions):
    """Independent oracle: PROMETHEE II flows as plain loops over pairs and criteria."""
    def p(f, d):
        if d <= 0:
            return 0.0
        if f.kind == "usual":
            return 1.0
        if f.kind == "ushape":
            return 1.0 if d > f.q else 0.0
        if f.kind == "vshape":
            return min(d / f.p, 1.0)
        if f.kind == "level":
            return 0.0 if d <= f.q else 0.5 if d <= f.p else 1.0
        if f.kind == "linear":
            return 0.0 if d <= f.q else (d - f.q) / (f.p - f.q) if d <= f.p else 1.0
        return 1.0 - math.exp(-d * d / (2 * f.s * f.s))

    n = len(x)
    pi = [[0.0] * n for _ in range(n)]
    for a in range(n):
        for b in range(n):
            for j, f in enumerate(functions):
                d = x[a][j] - x[b][j] if benefit[j] else x[b][j] - x[a][j]
                pi[a][b] += w[j] * p(f, d)
    plus = [sum(pi[a]) / (n - 1) for a in range(n)]
    minus = [sum(pi[b][a] for b in range(n)) / (n - 1) for a in range(n)]
    return np.array(plus), np.array(minus)


SIX = ["usual", "ushape:10", "vshape:30", "level:10:40", "linear:5:50", "gaussian:20"]


@pytest.mark.parametrize("seed", range(15))
def test_matches_the_loop_oracle_with_all_six_functions(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 8))
    x = rng.integers(0, 100, (n, 6)).astype(float)
    w = rng.dirichlet(np.ones(6))
    benefit = rng.random(6) < 0.5
    result = promethee.run(x, w, benefit, preference=SIX)
    plus, minus = loop_promethee(x.tolist(), w, benefit, [parse_preference(t) for t in SIX])
    assert np.allclose(result.tables["phi_plus"], plus)
    assert np.allclose(result.tables["phi_minus"], minus)
    assert np.allclose(result.scores, plus - minus)


@pytest.mark.parametrize(("ours", "theirs", "q", "p"), [
    ("usual", "usual", None, None),
    ("ushape:0.2", "ushape", 0.2, None),
    ("vshape:0.5", "vshape", None, 0.5),
    ("level:0.1:0.4", "level", 0.1, 0.4),
    ("linear:0.1:0.6", "vshape_2", 0.1, 0.6),
])
@pytest.mark.parametrize("seed", range(5))
def test_matches_pymcdm(seed, ours, theirs, q, p):
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 9)), int(rng.integers(1, 6))
    x = rng.random((n, m))
    w = rng.dirichlet(np.ones(m))
    benefit = rng.random(m) < 0.5
    method = PROMETHEE_II(theirs, q=None if q is None else [q] * m, p=None if p is None else [p] * m)
    expected = method(x, w, np.where(benefit, 1, -1), validation=False)
    assert np.allclose(promethee.run(x, w, benefit, preference=ours).scores, expected)


def test_one_option_has_zero_flows():
    result = promethee.run([[3.0, 4.0]], [0.5, 0.5], [True, False])
    assert result.scores.tolist() == [0.0] and result.ranks.tolist() == [1]


def test_blocks_of_criteria_give_the_same_flows(monkeypatch):
    rng = np.random.default_rng(9)
    x, w = rng.random((6, 10)), rng.dirichlet(np.ones(10))
    whole = promethee.run(x, w, np.ones(10, bool), preference="linear:0.1:0.5")
    monkeypatch.setattr(promethee, "BLOCK_BYTES", 8 * 36 * 3)  # three criteria per block
    blocked = promethee.run(x, w, np.ones(10, bool), preference="linear:0.1:0.5")
    assert np.allclose(whole.scores, blocked.scores)
    assert np.allclose(whole.tables["preference"], blocked.tables["preference"])


def test_huge_differences_saturate_without_overflow():
    result = promethee.run([[0.0, 0.0], [1e100, -1e100]], [0.5, 0.5], [True, True],
                           preference=["gaussian:1e-300", "vshape:1e-300"])
    assert result.scores.tolist() == [0.0, 0.0]


def test_the_text_form_keeps_every_digit():
    function = PreferenceFunction("linear", q=0.123456789, p=2.5)
    assert function.text == "linear:0.123456789:2.5"
    assert parse_preference(function.text) == function


@pytest.mark.parametrize(("spec", "message"), [
    (3, "criterion C1: a preference is text"),
    ((), "criterion C1: an empty preference specification"),
    (("linear", "a", 2), "criterion C1: preference .*thresholds must be numbers"),
])
def test_malformed_specifications_are_explained(spec, message):
    with pytest.raises(ModelError, match=message):
        promethee.run([[1.0], [2.0]], [1.0], [True], preference=[spec])
