"""VIKOR: a hand-computed example, a loop oracle with the two conditions, pymcdm, degenerate tables.

Opricovic & Tzeng (2004), "Compromise solution by MCDM methods: a
comparative analysis of VIKOR and TOPSIS", EJOR 156:445–455, define S, R, Q,
DQ = 1/(n - 1) and the conditions C1 (acceptable advantage) and C2
(acceptable stability).  We could not check the paper's numerical example
against its printed figures, so no number here is quoted from it: the
oracles are a hand computation and an independent loop implementation
written in this file, cross-checked against pymcdm.
"""

from __future__ import annotations

import numpy as np
import pytest
from pymcdm.methods import VIKOR

from core.errors import ModelError
from core.methods import vikor


def test_hand_computed_example():
    """A cost (1, 2, 5) and a benefit (3000, 3750, 4500), equal weights, v = 0.5.

    Gaps d: A1 (0, 1), A2 (1/4, 1/2), A3 (1, 0); S = (1/2, 3/8, 1/2),
    R = (1/2, 1/4, 1/2), Q = (1, 0, 1).  DQ = 1/2 and Q(A1) - Q(A2) = 1, A2 is
    best by S and by R: the compromise is A2 alone.
    """
    result = vikor.run([[1, 3000], [2, 3750], [5, 4500]], [0.5, 0.5], [False, True])
    assert result.tables["S"].tolist() == [0.5, 0.375, 0.5]
    assert result.tables["R"].tolist() == [0.5, 0.25, 0.5]
    assert result.scores.tolist() == [1.0, 0.0, 1.0]
    assert result.ranks.tolist() == [2, 1, 2]
    assert result.better == "lower"
    conditions = result.extra["conditions"]
    assert (conditions.acceptable_advantage, conditions.acceptable_stability) == (True, True)
    assert conditions.compromise == (1,) and conditions.dq == 0.5


def loop_vikor(x, w, benefit, v):
    """Independent oracle: VIKOR and its conditions as plain loops (ties by first index)."""
    n, m = len(x), len(x[0])
    s, r = [0.0] * n, [0.0] * n
    for j in range(m):
        column = [x[i][j] for i in range(n)]
        best = max(column) if benefit[j] else min(column)
        worst = min(column) if benefit[j] else max(column)
        for i in range(n):
            term = w[j] * (best - x[i][j]) / (best - worst)
            s[i] += term
            r[i] = max(r[i], term)
    q = [v * (s[i] - min(s)) / (max(s) - min(s)) + (1 - v) * (r[i] - min(r)) / (max(r) - min(r))
         for i in range(n)]
    order = sorted(range(n), key=lambda i: q[i])
    dq = 1 / (n - 1)
    advantage = q[order[1]] - q[order[0]] >= dq
    stability = s[order[0]] == min(s) or r[order[0]] == min(r)
    if not advantage:
        chosen = tuple(i for i in order if q[i] - q[order[0]] < dq)
    elif not stability:
        chosen = (order[0], order[1])
    else:
        chosen = (order[0],)
    return np.array(s), np.array(r), np.array(q), (advantage, stability, chosen)


def test_only_stability_failing_gives_the_two_best_by_q():
    """Hand computation, two benefit criteria, equal weights, v = 0.5.

    Gaps: A1 (1, 1/3), A2 (1, 0), A3 (5/8, 5/6), A4 (0, 1), A5 (7/8, 1/6),
    A6 (1, 1/6).  S(A5) = 25/48 against S* = 24/48 and S- = 35/48;
    R(A5) = 7/16 against R* = 5/12 and R- = 1/2; so Q(A5) = 1/22 + 1/8, the
    lowest, while A2, A3 and A4 have Q = 1/2.  DQ = 1/5 is met (C1 holds) but
    A5 is best neither by S nor by R (C2 fails): the compromise is A5 and the
    next by Q, A2 (the first of the tied three).
    """
    x = [[0, 4], [0, 6], [3, 1], [8, 0], [1, 5], [0, 5]]
    result = vikor.run(x, [0.5, 0.5], [True, True])
    assert np.isclose(result.scores[4], 1 / 22 + 1 / 8)
    assert np.allclose(result.scores[[1, 2, 3]], 0.5)
    conditions = result.extra["conditions"]
    assert (conditions.acceptable_advantage, conditions.acceptable_stability) == (True, False)
    assert conditions.compromise == (4, 1)
    assert loop_vikor(x, [0.5, 0.5], [True, True], 0.5)[3] == (True, False, (4, 1))


def test_matches_the_loop_oracle_and_pymcdm():
    branches = set()
    for seed in range(300):
        rng = np.random.default_rng(seed)
        n, m = int(rng.integers(2, 8)), int(rng.integers(1, 6))
        x = rng.uniform(1, 100, (n, m))
        w = rng.dirichlet(np.ones(m))
        benefit = rng.random(m) < 0.5
        v = float(rng.choice([0.0, 0.25, 0.5, 1.0])) if m > 1 else 0.5
        ours = vikor.run(x, w, benefit, v=v)
        s, r, q, (advantage, stability, chosen) = loop_vikor(x.tolist(), w, benefit, v)
        assert np.allclose(ours.tables["S"], s) and np.allclose(ours.tables["R"], r)
        assert np.allclose(ours.scores, q)
        found = ours.extra["conditions"]
        assert (found.acceptable_advantage, found.acceptable_stability, found.compromise) == (
            advantage, stability, chosen), seed
        branches.add((advantage, stability))
        theirs = VIKOR(v=v)(x, w, np.where(benefit, 1, -1), validation=False)
        assert np.allclose(ours.scores, theirs)
    # C2 failing alone is rare in random tables: the hand example above covers it.
    assert {(True, True), (False, True)} <= branches


def test_v_weights_group_utility_against_regret():
    x, w, benefit = [[1, 9], [5, 5], [9, 1], [4, 4]], [0.5, 0.5], [True, True]
    only_s = vikor.run(x, w, benefit, v=1.0)
    s = only_s.tables["S"]
    assert np.allclose(only_s.scores, (s - s.min()) / (s.max() - s.min()))
    only_r = vikor.run(x, w, benefit, v=0.0)
    r = only_r.tables["R"]
    assert np.allclose(only_r.scores, (r - r.min()) / (r.max() - r.min()))


def test_equal_s_for_all_options_leaves_q_to_r_without_dividing_by_zero():
    """S is 1/2 for all three; R = (1/2, 1/4, 1/2) spreads."""
    result = vikor.run([[0, 1], [0.5, 0.5], [1, 0]], [0.5, 0.5], [True, True])
    assert np.allclose(result.tables["S"], 0.5)
    assert result.scores.tolist() == [0.5, 0.0, 0.5]
    assert any("same group utility S" in text for text in result.warnings)


def test_all_equal_options_tie_at_zero():
    result = vikor.run([[3, 3], [3, 3]], [0.5, 0.5], [True, False])
    assert result.scores.tolist() == [0.0, 0.0] and result.ranks.tolist() == [1, 1]
    assert "same group utility S and regret R; Q is 0 for all" in result.warnings[-1]
    assert result.extra["conditions"].compromise == (0, 1)


def test_one_option_is_its_own_compromise():
    result = vikor.run([[3, 4]], [0.5, 0.5], [True, False])
    assert result.scores.tolist() == [0.0] and result.ranks.tolist() == [1]
    conditions = result.extra["conditions"]
    assert conditions.compromise == (0,) and conditions.dq is None


def test_batch_matches_single_runs():
    rng = np.random.default_rng(5)
    x = rng.uniform(0, 10, (6, 4))
    weights = rng.dirichlet(np.ones(4), 50)
    batch = vikor.run(x, weights, [True, False, True, False], v=0.3)
    for row, w in enumerate(weights):
        single = vikor.run(x, w, [True, False, True, False], v=0.3)
        assert np.allclose(batch.scores[row], single.scores)
        assert (batch.ranks[row] == single.ranks).all()


@pytest.mark.parametrize("v", [-0.1, 1.5, float("nan")])
def test_v_outside_zero_one_is_refused(v):
    with pytest.raises(ModelError, match="v is the weight of the group utility"):
        vikor.run([[1, 2], [2, 1]], [0.5, 0.5], [True, True], v=v)
