"""PROMETHEE II: a hand-computed example, the six preference functions, a loop oracle, pymcdm.

The flows follow Brans & Vincke (1985), Management Science 31(6):647–656,
and Brans & Mareschal (2005), "PROMETHEE methods", in Figueira, Greco &
Ehrgott (eds.), Multiple Criteria Decision Analysis: State of the Art
Surveys.  The hydroelectric-station example of Brans, Vincke & Mareschal
(1986) is reproduced at the end of this file (with the rounding of its
printed tables explained); the other oracles are a hand computation, an
independent loop implementation in this file, and pymcdm.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from pymcdm.methods import PROMETHEE_II

from core.catalogue import catalogue
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
    ("vshape:x", "'x' is not a number"),
    ("linear:1_0:30", "'1_0' is not a number"),
    ("gaussian:1e400", "must be a number from"),
    ("linear:3:1", "p \\(1\\) must exceed the indifference threshold q \\(3\\)"),
    ("vshape:0", "p \\(0\\) must exceed"),
    ("ushape:-1", "threshold q must be a finite number ≥ 0"),
    ("gaussian:0", "s must be positive"),
    ("gaussian:nan", "'nan' is not a number"),
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
    (("linear", "a", 2), "criterion C1: preference .*a threshold: .a. is not a number"),
])
def test_malformed_specifications_are_explained(spec, message):
    with pytest.raises(ModelError, match=message):
        promethee.run([[1.0], [2.0]], [1.0], [True], preference=[spec])


# Brans, Vincke & Mareschal (1986), location of a hydroelectric power station:
# six projects a1..a6 (Italy, Belgium, Germany, Sweden, Austria, France), six criteria:
# manpower (min), power (max), construction cost (min), maintenance cost (min),
# villages to evacuate (min), safety (max).
HYDRO_PLANT = np.array([[80, 90, 6, 5.4, 8, 5],
                        [65, 58, 2, 9.7, 1, 1],
                        [83, 60, 4, 7.2, 4, 7],
                        [40, 80, 10, 7.5, 7, 10],
                        [52, 72, 6, 2.0, 3, 8],
                        [94, 96, 7, 3.6, 5, 6]])
HYDRO_PLANT_BENEFIT = [False, True, False, False, False, True]
# Types II (q = 10), III (p = 30), V (q = 0.5, p = 5), IV (q = 1, p = 6), I, VI (s = 5).
HYDRO_PLANT_PREFERENCE = ["ushape:10", "vshape:30", "linear:0.5:5", "level:1:6", "usual", "gaussian:5"]
# The published valued outranking matrix π(a, b), rows a1..a6, three decimals as printed.
HYDRO_PLANT_PI = np.array([[0, .296, .250, .268, .100, .185],
                           [.462, 0, .389, .333, .296, .500],
                           [.236, .180, 0, .333, .056, .429],
                           [.399, .505, .305, 0, .223, .212],
                           [.444, .515, .487, .380, 0, .448],
                           [.286, .399, .250, .432, .133, 0]])
# The published net flows, plain sums Σ_b π(a, b) - π(b, a) (no division by n - 1).
HYDRO_PLANT_NET_SUM = np.array([-0.728, 0.085, -0.447, -0.102, 1.466, -0.274])


def test_brans_vincke_mareschal_1986_hydroelectric_station_example():
    """Brans, J.-P., Vincke, Ph. & Mareschal, B. (1986), "How to select and how to rank
    projects: the PROMETHEE method", European Journal of Operational Research
    24(2):228–238, doi:10.1016/0377-2217(86)90044-5, numerical application (location
    of a hydroelectric power station): six projects, six criteria, equal weights,
    one preference function per criterion (II q = 10; III p = 30; V q = 0.5,
    p = 5; IV q = 1, p = 6; I; VI s = 5), the valued outranking matrix π to three
    decimals and the net flows as plain sums; ranking a5 > a2 > a4 > a6 > a3 > a1.

    Where found: we did not open the paper.  The input is Mareschal's own
    teaching copy (B. Mareschal, "Exercises with Visual PROMETHEE", 2019,
    Table 1); π and the flows are as transcribed in fatihaydost/kds-topsis-critic,
    docs/research/methods/promethee-ii.md (from a course reproduction of the 1986
    tables).  The same 36 π values are the expected matrix of a preference test
    in a Poznań PROMETHEE library (modular_parts.preference, equal weights,
    tolerance 0.006), an independent transcription.

    Recomputation (our own numpy loops, agreeing with Mizan to 1e-15):
    φ+ = 0.2199, 0.3963, 0.2466, 0.3293, 0.4547, 0.3001;
    φ- = 0.3655, 0.3791, 0.3362, 0.3493, 0.1618, 0.3549;
    φ = -0.1457, 0.0172, -0.0895, -0.0200, 0.2929, -0.0549 (Mizan divides by
    n - 1 = 5, as Brans & Mareschal 2005 do; the 1986 paper does not, so the
    published sums are 5 φ).  The ranking matches exactly.  The printed π are
    not the exact values rounded: e.g. π(a2, a1) = (1 + 7/9 + 1)/6 = 25/54 =
    0.46296 (f1, f3 and f5 prefer a2) is printed .462, and π(a3, a1) = 0.23504 is
    printed .236; the source rounded its intermediate preferences, so seven of the
    36 entries are off by up to 0.00096, never more than one unit in the last
    printed place.  The published net flows are exactly the row sums minus the
    column sums of the printed π (checked below), which is why 5 φ differs from
    them by up to 0.002 (a4: -0.1000 against -0.102; a5: 1.4645 against 1.466).
    Both tolerances below are those derived differences, not a loosening:
    Mizan's values are the exact ones, asserted to four decimals.
    """
    result = promethee.run(HYDRO_PLANT, [1] * 6, HYDRO_PLANT_BENEFIT, preference=HYDRO_PLANT_PREFERENCE)
    pi = result.tables["preference"]
    assert pi[1, 0] == pytest.approx(25 / 54, abs=1e-15)
    assert np.abs(pi - HYDRO_PLANT_PI).max() < 0.001
    # The printed flows are sums over the printed π, not over the exact values.
    assert np.allclose(HYDRO_PLANT_PI.sum(axis=1) - HYDRO_PLANT_PI.sum(axis=0), HYDRO_PLANT_NET_SUM, rtol=0, atol=1e-12)
    assert np.abs(5 * result.scores - HYDRO_PLANT_NET_SUM).max() <= 0.002 + 1e-12
    assert np.round(5 * result.scores, 4).tolist() == [-0.7283, 0.0858, -0.4476, -0.1000, 1.4645, -0.2744]
    assert np.round(result.tables["phi_plus"], 4).tolist() == [0.2199, 0.3963, 0.2466, 0.3293, 0.4547, 0.3001]
    assert np.round(result.tables["phi_minus"], 4).tolist() == [0.3655, 0.3791, 0.3362, 0.3493, 0.1618, 0.3549]
    assert np.round(result.scores, 4).tolist() == [-0.1457, 0.0172, -0.0895, -0.0200, 0.2929, -0.0549]
    # a5 > a2 > a4 > a6 > a3 > a1
    assert result.ranks.tolist() == [6, 2, 5, 3, 1, 4]


def test_hydroelectric_station_example_in_other_units():
    """The same example as other copies print it: construction cost ×100 with
    q = 50, p = 500 and maintenance cost ×10 with q = 10, p = 60 (noted in
    fatihaydost/kds-topsis-critic, docs/research/methods/promethee-ii.md).
    Thresholds scaled with their criterion give the same π and flows."""
    scaled = HYDRO_PLANT * np.array([1, 1, 100, 10, 1, 1])
    preference = ["ushape:10", "vshape:30", "linear:50:500", "level:10:60", "usual", "gaussian:5"]
    base = promethee.run(HYDRO_PLANT, [1] * 6, HYDRO_PLANT_BENEFIT, preference=HYDRO_PLANT_PREFERENCE)
    other = promethee.run(scaled, [1] * 6, HYDRO_PLANT_BENEFIT, preference=preference)
    assert np.allclose(other.tables["preference"], base.tables["preference"], rtol=0, atol=1e-12)
    assert np.allclose(other.scores, base.scores, rtol=0, atol=1e-12)
    assert other.ranks.tolist() == [6, 2, 5, 3, 1, 4]


def test_the_report_says_how_flows_are_computed_and_when_they_are_pairwise():
    """One sentence whatever the functions: a live workbook edited to a Gaussian must still read true."""
    def say(settings):
        return catalogue("en")[promethee.METHOD.normalisation(settings)]

    sentences = {say({"preference": ("usual", "linear:1:3")}), say({"preference": ("usual", "gaussian:2")}),
                 say({"preference": PreferenceFunction("gaussian", s=1.0)}), say({})}
    assert len(sentences) == 1
    (sentence,) = sentences
    assert "exactly from the sorted values" in sentence and "a Gaussian criterion" in sentence
    assert "pair by pair" in sentence


@pytest.mark.parametrize(("ours", "theirs", "q", "p"), [
    ("usual", "usual", None, None),
    ("ushape:0.05", "ushape", 0.05, None),
    ("vshape:0.3", "vshape", None, 0.3),
    ("level:0.05:0.3", "level", 0.05, 0.3),
    ("linear:0.05:0.3", "vshape_2", 0.05, 0.3),
])
def test_matches_pymcdm_on_three_hundred_options_with_ties(ours, theirs, q, p):
    """pymcdm is pairwise and holds n × n per criterion: a few hundred options is where it still runs."""
    rng = np.random.default_rng(11)
    n, m = 300, 4
    x = np.round(rng.random((n, m)), 2)  # two decimals: many ties, many differences equal to a threshold
    w = rng.dirichlet(np.ones(m))
    benefit = np.array([True, False, True, False])
    method = PROMETHEE_II(theirs, q=None if q is None else [q] * m, p=None if p is None else [p] * m)
    expected = method(x, w, np.where(benefit, 1, -1), validation=False)
    assert np.allclose(promethee.run(x, w, benefit, preference=ours).scores, expected, rtol=0, atol=1e-12)
