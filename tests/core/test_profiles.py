"""Profiles across models and side by side: matching, comparison, nearest agreement, consensus."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats
from scipy.optimize import minimize

from core import ahp, edits
from core.analysis import evaluate
from core.consensus import nearest_agreement, profile_from_global, project
from core.edits import local_shares
from core.errors import ModelError
from core.model import Criterion, DecisionModel, Option, Profile, Score
from core.profiles import (MISSING_POLICY, compare, consensus, import_edit, kendall_tau_b, match_key, match_profile,
                           spearman_rho)
from core.storage.spreadsheet import model_from_rows
from tests.conftest import value_model


def four_options() -> DecisionModel:
    """Options A–D on two benefit criteria, both on the scale 0–1, so utilities are the values."""
    return value_model({"A": [1, 0], "B": [0, 1], "C": [0.4, 0.4], "D": [0.6, 0.1]},
                       ["benefit", "benefit"], [1, 1])


# --- matching -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("left, right", [
    ("E1", "e1"), (" E1 ", "E1"), ("E 1", "E1"), ("Ｅ１", "E1"), ("E\u00a01", "E1"), ("E\u200b1", "E1"),
    ("Straße", "STRASSE"), ("ﬁscal", "FISCAL"), ("\ufefb", "\u0644\u0627"), ("Cafe\u0301", "Café"),
])
def test_match_key_ignores_case_space_and_unicode_form(left, right):
    assert match_key(left) == match_key(right)


def test_match_key_keeps_different_labels_apart():
    assert match_key("E1") != match_key("E11") and match_key("P1") != match_key("R1")


def spreadsheet_profile() -> Profile:
    """The weights of a spreadsheet model whose headers differ from the paper's ids in form only."""
    header = ["option", " e 1 ", "Ｅ２", "p\u00a05", "ESCALATION cycle between armed factions and US forces", "Bogus"]
    rows = [header, ["weight", 1, 2, 3, 4, 5], ["A", 1, 2, 3, 4, 5], ["B", 2, 3, 4, 5, 6]]
    return model_from_rows(rows, "sheet.csv").profiles[0]


def test_preview_of_a_spreadsheet_profile_on_the_paper_model(paper_model):
    source = spreadsheet_profile()
    match = match_profile(paper_model, source)
    assert [(m.key, m.criterion, m.by) for m in match.matched] == [
        ("e 1", "E1", "normalised id"), ("Ｅ２", "E2", "normalised id"), ("p\u00a05", "P5", "normalised id"),
        ("ESCALATION cycle between armed factions and US forces", "S1", "name")]
    assert match.extra == ("Bogus",)
    assert {k: match.profile.weights[k] for k in ("E1", "E2", "P5", "S1")} == {"E1": 1, "E2": 2, "P5": 3, "S1": 4}
    assert match.profile.name == source.name and match.existing is None and match.current is None
    expected = evaluate(paper_model, match.profile)
    assert [r["option"] for r in match.preview.ranking()] == [r["option"] for r in expected.ranking()]


def test_a_missing_criterion_keeps_its_share_now_by_default(paper_model):
    now = paper_model.profile("Economy first")
    match = match_profile(paper_model, spreadsheet_profile(), current=now)
    missing = {m.criterion: m for m in match.missing}
    assert set(missing) == {"ECO", "POL", "SEC", "REG", "E3", "E4", "E5", "P1", "P2", "P3", "P4",
                            "R1", "R2", "R3", "R4", "R5", "R6"}
    for ident, row in missing.items():
        assert row.local_share == pytest.approx(local_shares(paper_model, now, ident)[ident]), ident
    assert {k: match.profile.weights[k] for k in ("E1", "E2", "P5", "S1")} == {"E1": 1, "E2": 2, "P5": 3, "S1": 4}
    assert "keeps the share of its level it has now" in MISSING_POLICY


def test_zero_or_the_mean_of_the_siblings_instead(paper_model):
    source = Profile("p", {"E1": 1, "E2": 3, "ECO": 2})
    zero = {m.criterion: m for m in match_profile(paper_model, source, missing="zero").missing}
    assert zero["E3"].local_share == 0 and zero["E3"].global_weight == 0
    mean = match_profile(paper_model, source, missing="mean").profile.weights
    assert mean["E3"] == mean["E4"] == mean["E5"] == 2.0
    # a level the file leaves out altogether keeps its weights now whatever the rule
    assert match_profile(paper_model, source, missing="zero").profile.weights["R1"] == pytest.approx(
        float(paper_model.profiles[0].weights.get("R1", 1.0)))
    with pytest.raises(ModelError, match="unknown rule for missing criteria 'guess'"):
        match_profile(paper_model, source, missing="guess")


def test_fractions_without_one_criterion_do_not_make_it_dominant(paper_model):
    """The analyst's case: weights exported as fractions (0.04–0.2), R6 deleted from the file."""
    reg = paper_model.profile("Paper's emphasis")
    fractions = {k: v for k, v in paper_model.global_weights(reg).items() if k != "R6"}
    match = match_profile(paper_model, Profile("Paper's emphasis (edited)", fractions), current=reg)
    r6 = next(m for m in match.missing if m.criterion == "R6")
    assert r6.local_share == pytest.approx(local_shares(paper_model, reg, "R6")["R6"])
    assert r6.local_share < 0.5


def test_matching_is_pure(paper_model):
    before = paper_model.replace()
    match_profile(paper_model, spreadsheet_profile())
    assert paper_model == before


def test_two_keys_for_one_criterion_are_refused(paper_model):
    with pytest.raises(ModelError, match="'E1' and 'e 1' both give the weight of criterion E1"):
        match_profile(paper_model, Profile("p", {"E1": 1, "e 1": 2}))


def test_a_key_that_fits_two_criteria_is_refused():
    model = value_model({"A": [1, 2], "B": [2, 1]}, ["benefit", "benefit"], [1, 1])
    model = model.replace(criteria=(model.criteria[0].replace(id="x1"), model.criteria[1].replace(id="X 1")),
                          scores={(o, {"C1": "x1", "C2": "X 1"}[c]): s for (o, c), s in model.scores.items()},
                          profiles=())
    assert match_profile(model, Profile("p", {"X 1": 1})).matched[0].by == "id"
    with pytest.raises(ModelError, match="fits criteria x1, X 1 alike"):
        match_profile(model, Profile("p", {"x 1": 1}))


def test_an_unknown_method_is_previewed_with_the_weighted_sum(paper_model):
    match = match_profile(paper_model, Profile("p", {"E1": 2}, method="magic"))
    assert match.method == "wsm" and match.profile.method == "wsm"
    assert "'magic' is not known here" in match.notes[0]


def test_apply_is_an_undoable_edit_and_replacing_needs_consent(paper_model):
    match = match_profile(paper_model, Profile("Mine", {"SEC": 3}))
    added, undo = edits.apply(paper_model, import_edit(match))
    assert added.profile("Mine").weights["SEC"] == 3.0
    assert edits.apply(added, undo)[0] == paper_model
    again = match_profile(added, Profile("Mine", {"sec": 1, "eco": 2}))
    assert again.existing is not None and again.current is not None
    with pytest.raises(ModelError, match="already has a profile named 'Mine'"):
        import_edit(again)
    replaced, undo = edits.apply(added, import_edit(again, replace=True))
    assert {k: replaced.profile("Mine").weights[k] for k in ("SEC", "ECO")} == {"SEC": 1.0, "ECO": 2.0}
    assert edits.apply(replaced, undo)[0] == added


def test_ahp_judgements_are_rekeyed_or_dropped_with_a_note(paper_model):
    block = {"names": ["s1"], "matrix": [[1]]}
    top = {"names": ["eco", "pol", "Security", "reg"], "matrix": np.ones((4, 4)).tolist()}
    partial = {"names": ["e1", "e2"], "matrix": [[1, 3], [1 / 3, 1]]}
    source = Profile("p", {"ECO": 1, "POL": 1, "SEC": 1, "REG": 1}, settings={"ahp": {
        "TOP": top, "eco": partial, "sec": block}, "x": 1})
    match = match_profile(paper_model, source)
    kept = match.profile.settings["ahp"]
    assert list(kept) == ["top"] and kept["top"]["names"] == ["ECO", "POL", "SEC", "REG"]
    assert match.profile.settings["x"] == 1
    assert len(match.notes) == 2 and "'eco'" in match.notes[0] and "'sec'" in match.notes[1]


# --- correlations -------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_kendall_and_spearman_agree_with_scipy_with_ties(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 12))
    x, y = rng.integers(1, n // 2 + 2, n), rng.integers(1, n + 1, n)
    tau, rho = kendall_tau_b(x, y), spearman_rho(x, y)
    if len(set(x)) == 1 or len(set(y)) == 1:  # scipy warns and returns NaN; we return None (JSON null)
        assert tau is None and rho is None
    else:
        assert tau == pytest.approx(stats.kendalltau(x, y).statistic, abs=1e-12)
        assert rho == pytest.approx(stats.spearmanr(x, y).statistic, abs=1e-12)


def test_correlation_of_an_all_tied_ranking_is_undefined():
    assert kendall_tau_b([1, 1, 1], [1, 2, 3]) is None and spearman_rho([1, 2, 3], [2, 2, 2]) is None


# --- compare ------------------------------------------------------------------------------------------


def test_compare_hand_computed():
    """Four options, two benefit criteria on 0–1, so the weighted sum is w1·x1 + w2·x2.

    Values A (1, 0), B (0, 1), C (0.4, 0.4), D (0.6, 0.1).
    P = (0.8, 0.2): A .80, B .20, C .40, D .50 -> ranks A1 D2 C3 B4.
    Q = (0.3, 0.7): A .30, B .70, C .40, D .25 -> ranks B1 C2 A3 D4.
    Kendall: of the 6 pairs only (A, D) is concordant: tau = (1 - 5) / 6 = -2/3.
    Spearman: d = (-2, 3, 1, -2), Σd² = 18, rho = 1 - 6·18 / (4·15) = -0.8.
    Rank change: B 3, A 2, D 2, C 1.
    Agreement: with w1 + w2 = 1, B is (weakly) first iff w2 ≥ 0.5 and A iff w1 ≥ 0.5
    (C and D then trail), so P moves to (0.5, 0.5) at distance 0.3·√2 and Q
    to (0.5, 0.5) at 0.2·√2: Q moves (the smaller), L1 0.4, max 0.2.
    """
    model = four_options()
    result = compare(model, [Profile("P", {"C1": 0.8, "C2": 0.2}), Profile("Q", {"C1": 0.3, "C2": 0.7})])
    assert result.ranks == {"P": {"A": 1, "B": 4, "C": 3, "D": 2}, "Q": {"A": 3, "B": 1, "C": 2, "D": 4}}
    assert result.kendall_tau == {"P | Q": pytest.approx(-2 / 3)}
    assert result.spearman_rho == {"P | Q": pytest.approx(-0.8)}
    assert result.top == {"P": "A", "Q": "B"}
    assert [(r.option, r.change) for r in result.rank_change] == [("B", 3), ("A", 2), ("D", 2), ("C", 1)]
    [agreement] = result.agreement
    assert (agreement.moved, agreement.towards, agreement.how) == ("Q", "A", "projection")
    assert agreement.distance == pytest.approx(0.2 * math.sqrt(2), abs=1e-12)
    assert agreement.other_distance == pytest.approx(0.3 * math.sqrt(2), abs=1e-12)
    assert (agreement.l1, agreement.max_change) == (pytest.approx(0.4), pytest.approx(0.2))
    assert agreement.weights == {"C1": pytest.approx(0.5), "C2": pytest.approx(0.5)}


def test_compare_the_paper_profiles(paper_model):
    result = compare(paper_model, paper_model.profiles)
    names = [p.name for p in paper_model.profiles]
    assert result.profiles == tuple(names)
    assert set(result.kendall_tau) == {f"{a} | {b}" for a, b in itertools.combinations(names, 2)}
    for (pair, tau), (a, b) in zip(result.kendall_tau.items(), itertools.combinations(names, 2)):
        ra, rb = [[result.ranks[n][o] for o in sorted(result.ranks[n])] for n in (a, b)]
        assert tau == pytest.approx(stats.kendalltau(ra, rb).statistic)
        assert result.spearman_rho[pair] == pytest.approx(stats.spearmanr(ra, rb).statistic)
    assert result.top["Sovereignty first"] == "O2" and result.top["Paper's emphasis"] == "O3"
    pairs_that_differ = {f"{a} | {b}" for a, b in itertools.combinations(names, 2)
                         if result.top[a] != result.top[b]}
    assert {f"{a.profiles[0]} | {a.profiles[1]}" for a in result.agreement} == pairs_that_differ


def test_compare_needs_two_distinct_profiles(paper_model):
    with pytest.raises(ModelError, match="at least two"):
        compare(paper_model, paper_model.profiles[:1])
    with pytest.raises(ModelError, match="two profiles are called 'Equal weights'"):
        compare(paper_model, [paper_model.profiles[0], paper_model.profiles[0]])


# --- nearest agreement ---------------------------------------------------------------------------------


def scipy_projection(point: np.ndarray, rows: np.ndarray, start: np.ndarray) -> np.ndarray:
    constraints = [{"type": "eq", "fun": lambda w: w.sum() - 1, "jac": lambda w: np.ones_like(w)},
                   {"type": "ineq", "fun": lambda w: rows @ w, "jac": lambda w: rows}]
    result = minimize(lambda w: ((w - point) ** 2).sum(), start, jac=lambda w: 2 * (w - point),
                      bounds=[(0, None)] * point.size, constraints=constraints, method="SLSQP",
                      options={"ftol": 1e-15, "maxiter": 2000})
    assert result.success
    return result.x


@pytest.mark.parametrize("seed", range(60))
def test_projection_matches_scipy_slsqp(seed):
    rng = np.random.default_rng(seed)
    m, n = int(rng.integers(2, 12)), int(rng.integers(2, 8))
    utilities = rng.random((n, m)) if seed % 3 else np.round(rng.random((n, m)) * 4) / 4  # with ties
    start = rng.dirichlet(np.ones(m)) if seed % 2 else np.eye(m)[rng.integers(m)]
    target = int(np.argmax(utilities @ start))
    rows = utilities[target] - np.delete(utilities, target, axis=0)
    rows = rows[np.linalg.norm(rows, axis=1) > 0]
    point = rng.dirichlet(np.full(m, 0.5))
    ours = project(point, rows / np.linalg.norm(rows, axis=1, keepdims=True), start)
    theirs = scipy_projection(point, rows, start)
    assert ours.min() >= 0 and ours.sum() == pytest.approx(1, abs=1e-12)
    assert (rows @ ours).min() >= -1e-12
    assert np.linalg.norm(ours - point) <= np.linalg.norm(theirs - point) + 1e-9
    assert ours == pytest.approx(theirs, abs=1e-6)


def _global(evaluation) -> np.ndarray:
    return np.array([evaluation.weights[f] for f in evaluation.problem.factor_ids])


@pytest.mark.parametrize("method", ["wsm", "wpm", "promethee2"])
def test_agreement_on_the_paper_model_is_the_scipy_optimum_and_changes_the_top(paper_model, method):
    evaluations = [evaluate(paper_model, p, method) for p in paper_model.profiles]
    found = 0
    for a, b in itertools.combinations(evaluations, 2):
        agreement = nearest_agreement(a, b)
        if agreement is None:
            continue
        found += 1
        mover = a if agreement.moved == a.profile else b
        moved = evaluate(paper_model, profile_from_global(paper_model, agreement.weights, "moved"), method)
        assert {r["option"]: r["rank"] for r in moved.ranking()}[agreement.towards] == 1
        # Independent check: the options' scores are linear in the weights (WPM: their logarithms).
        basis = np.array([evaluate(paper_model, profile_from_global(paper_model, dict(
            zip(a.problem.factor_ids, unit)), "unit"), method).result.scores for unit in np.eye(17)]).T
        basis = np.log(basis) if method == "wpm" else basis
        basis = -basis if mover.result.better == "lower" else basis
        target = a.problem.option_ids.index(agreement.towards)
        rows = basis[target] - np.delete(basis, target, axis=0)
        other = b if mover is a else a
        theirs = scipy_projection(_global(mover), rows, _global(other))
        assert agreement.distance == pytest.approx(np.linalg.norm(theirs - _global(mover)), abs=1e-7)
    assert found >= 4


@pytest.mark.parametrize("method", ["topsis", "vikor"])
def test_agreement_for_nonlinear_methods_walks_the_straight_path(paper_model, method):
    a, b = (evaluate(paper_model, paper_model.profile(name), method) for name in ("Equal weights",
                                                                                  "Sovereignty first"))
    agreement = nearest_agreement(a, b)
    assert agreement is not None and agreement.how == "path"
    mover, other = (a, b) if agreement.moved == a.profile else (b, a)
    start, end, reached = _global(mover), _global(other), np.array(list(agreement.weights.values()))
    step = np.linalg.norm(reached - start) / np.linalg.norm(end - start)
    assert reached == pytest.approx(start + step * (end - start), abs=1e-12)

    def rank_of_target(weights: np.ndarray) -> int:
        profile = profile_from_global(paper_model, dict(zip(a.problem.factor_ids, weights)), "w")
        return {r["option"]: r["rank"] for r in evaluate(paper_model, profile, method).ranking()}[agreement.towards]

    assert rank_of_target(reached) == 1
    assert rank_of_target(start + (step - 1e-6) * (end - start)) > 1


def test_profiles_that_share_a_top_option_need_no_change(paper_model):
    a, b = (evaluate(paper_model, paper_model.profile(n)) for n in ("Equal weights", "Paper's emphasis"))
    assert nearest_agreement(a, b) is None


# --- global weights as a profile, consensus --------------------------------------------------------------


def test_profile_from_global_gives_the_weights_back_even_with_an_empty_group(paper_model):
    rng = np.random.default_rng(3)
    weights = dict(zip([f.id for f in paper_model.factors], rng.dirichlet(np.ones(17))))
    weights.update(E1=0, E2=0, E3=0, E4=0, E5=0)
    total = sum(weights.values())
    weights = {k: v / total for k, v in weights.items()}
    profile = profile_from_global(paper_model, weights, "g")
    assert paper_model.global_weights(profile) == pytest.approx(weights, abs=1e-15)


def test_consensus_mean_hand_computed():
    """Analyst weights 3 and 1 become shares 0.75 and 0.25.

    C1 = 0.75·0.8 + 0.25·0.3 = 0.675, C2 = 0.325; spread of C1: population
    standard deviation with those shares, sqrt(0.75·0.125² + 0.25·0.375²)
    = sqrt(0.046875) = 0.216506…; min 0.3, max 0.8.
    """
    model = four_options()
    profiles = [Profile("P", {"C1": 0.8, "C2": 0.2}), Profile("Q", {"C1": 0.3, "C2": 0.7})]
    result, spread = consensus(model, profiles, analyst_weights=[3, 1])
    assert model.global_weights(result) == {"C1": pytest.approx(0.675), "C2": pytest.approx(0.325)}
    assert "0.75" in result.notes and "0.25" in result.notes and "renormalised" in result.notes
    row = spread.rows()[0]
    assert row["criterion"] == "C1" and row["std"] == pytest.approx(math.sqrt(0.046875))
    assert (row["min"], row["max"], row["mean"]) == (0.3, 0.8, pytest.approx(0.675))
    assert row["values"] == {"P": 0.8, "Q": 0.3}


def test_consensus_spread_covers_groups_and_factors(paper_model):
    _, spread = consensus(paper_model, paper_model.profiles)
    rows = {row["criterion"]: row for row in spread.rows()}
    assert len(rows) == 21 and rows["ECO"]["group"] and not rows["E1"]["group"]
    assert rows["ECO"]["max"] == pytest.approx(0.55) and rows["ECO"]["min"] == pytest.approx(0.10)
    assert spread.values.shape == (5, 21) and spread.std.min() >= 0


def three_criteria() -> DecisionModel:
    criteria = tuple(Criterion(id=c, name=c, kind="value", direction="benefit", scale=(0, 1)) for c in "XYZ")
    scores = {(o, c): Score(value=v) for o, row in {"A": (1, 0, 0.5), "B": (0, 1, 0.5)}.items()
              for c, v in zip("XYZ", row)}
    return DecisionModel(title="t", criteria=criteria, options=(Option("A", "A"), Option("B", "B")), scores=scores)


def ahp_profile(name: str, matrix: list[list[float]]) -> Profile:
    """A profile whose weights follow from its judgements, as a profile file gives them."""
    weights = dict(zip("XYZ", ahp.priorities(np.array(matrix))))
    return Profile(name, weights, settings={"ahp": {"top": {"names": ["X", "Y", "Z"], "matrix": matrix}}})


def test_consensus_geometric_mean_of_judgements_hand_computed():
    """Two consistent matrices, equal shares.

    Analyst 1: X:Y = 2, X:Z = 4, Y:Z = 2 (weights 4:2:1).  Analyst 2:
    X:Y = 1/2, X:Z = 1/2, Y:Z = 1 (weights 1:2:2).  Element-wise geometric
    means: X:Y = √(2·½) = 1, X:Z = √(4·½) = √2, Y:Z = √(2·1) = √2, a
    consistent matrix with weights √2 : √2 : 1, i.e. (0.369398, 0.369398,
    0.261204); reciprocal: Y:X = 1, Z:X = 1/√2.
    """
    first = ahp_profile("one", [[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])
    second = ahp_profile("two", [[1, 1 / 2, 1 / 2], [2, 1, 1], [2, 1, 1]])
    result, _ = consensus(three_criteria(), [first, second], how="geometric_ahp")
    root = math.sqrt(2)
    assert dict(result.weights) == pytest.approx({"X": root / (2 * root + 1), "Y": root / (2 * root + 1),
                                                  "Z": 1 / (2 * root + 1)}, abs=1e-12)
    matrix = np.array(result.settings["ahp"]["top"]["matrix"])
    assert matrix == pytest.approx(np.array([[1, 1, root], [1, 1, root], [1 / root, 1 / root, 1]]))
    assert matrix * matrix.T == pytest.approx(np.ones((3, 3)))
    assert "judged sets: top" in result.notes


def test_consensus_geometric_weighted_and_inconsistent_against_a_power_iteration():
    first = ahp_profile("one", [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]])
    second = ahp_profile("two", [[1, 1 / 3, 1], [3, 1, 1], [1, 1, 1]])
    result, spread = consensus(three_criteria(), [first, second], analyst_weights=[2, 1], how="geometric_ahp")
    a1, a2 = (np.array(p.settings["ahp"]["top"]["matrix"]) for p in (first, second))
    aggregate = a1 ** (2 / 3) * a2 ** (1 / 3)
    vector = np.ones(3)
    for _ in range(200):
        vector = aggregate @ vector
        vector /= vector.sum()
    assert np.array(result.settings["ahp"]["top"]["matrix"]) == pytest.approx(aggregate)
    assert [result.weights[c] for c in "XYZ"] == pytest.approx(vector, abs=1e-12)
    assert spread.shares == pytest.approx([2 / 3, 1 / 3])


def test_consensus_geometric_uses_weight_ratios_for_an_analyst_without_judgements():
    first = ahp_profile("one", [[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]])
    plain = Profile("plain", {"X": 1, "Y": 2, "Z": 2})
    result, _ = consensus(three_criteria(), [first, plain], how="geometric_ahp")
    root = math.sqrt(2)
    assert [result.weights[c] for c in "XYZ"] == pytest.approx([root / (2 * root + 1)] * 2 + [1 / (2 * root + 1)])
    with pytest.raises(ModelError, match="Z has weight 0"):
        consensus(three_criteria(), [first, Profile("zero", {"Z": 0})], how="geometric_ahp")


@pytest.mark.parametrize("kwargs, message", [
    ({"analyst_weights": [1]}, "1 analyst weights given for 2 profiles"),
    ({"analyst_weights": [0, 0]}, "not all zero"),
    ({"analyst_weights": [1, -1]}, "≥ 0"),
    ({"analyst_weights": [1, math.nan]}, "finite"),
    ({"how": "median"}, "unknown consensus 'median'"),
])
def test_consensus_refuses_bad_requests(kwargs, message):
    profiles = [Profile("P", {"C1": 1}), Profile("Q", {"C2": 1})]
    with pytest.raises(ModelError, match=message):
        consensus(four_options(), profiles, **kwargs)


def test_consensus_refuses_judgements_that_do_not_fit_the_tree():
    odd = Profile("odd", settings={"ahp": {"top": {"names": ["X", "Y"], "matrix": [[1, 2], [0.5, 1]]}}})
    with pytest.raises(ModelError, match="compare X, Y, but that set holds X, Y, Z"):
        consensus(three_criteria(), [odd, Profile("plain")], how="geometric_ahp")


def test_consensus_geometric_keeps_only_valid_judgement_blocks_and_sets_stale_ones_aside(paper_model):
    stale = Profile("stale", {"SEC": 1, "ECO": 1, "POL": 1, "REG": 1},
                    settings={"ahp": {"top": {"names": ["ECO", "POL", "SEC", "REG"], "matrix": [
                        [1, 9, 9, 9], [1 / 9, 1, 1, 1], [1 / 9, 1, 1, 1], [1 / 9, 1, 1, 1]]}}})
    steep = Profile("steep", {"ECO": 90, "POL": 1, "SEC": 1, "REG": 1})
    result, _ = consensus(paper_model, [stale, steep], how="geometric_ahp")
    # The stale block contradicts equal weights, so "stale" enters as 1:1:1:1; "steep" as 90:1:1:1.
    expected = np.array([math.sqrt(90), 1, 1, 1]) / (math.sqrt(90) + 3)
    assert [result.weights[g] for g in ("ECO", "POL", "SEC", "REG")] == pytest.approx(expected)
    assert "top" not in result.settings["ahp"]  # √90 ≈ 9.5 is off Saaty's scale: not kept as a judgement
    assert set(result.settings["ahp"]) == {"ECO", "POL", "REG"}


def test_an_imported_copy_of_a_reference_profile_is_the_analysts_own(paper_model):
    paper = paper_model.profile("Paper's emphasis")
    assert paper.settings.get("read_only") is True
    match = match_profile(paper_model, paper.replace(name="Mine"))
    assert "read_only" not in match.profile.settings


@pytest.mark.parametrize("texts", [(None, "أوزان متساوية"), ("Equal weights", None), ("Equal weights", "أوزان متساوية")])
def test_an_import_finds_the_profile_it_names_in_either_language_and_keeps_its_names(paper_model, texts):
    from core.bilingual import pair, with_pair

    incoming = with_pair(Profile("x", {"ECO": 2}), "name", *texts)  # e.g. read from a file of the other language
    match = match_profile(paper_model, incoming, "wsm")
    equal = paper_model.profiles[0]
    assert match.existing == equal
    assert pair(match.profile, "name") == pair(equal, "name")
    replaced, _ = edits.apply(paper_model, import_edit(match, replace=True))
    assert pair(replaced.profiles[0], "name") == pair(equal, "name") and replaced.profiles[0].weights["ECO"] == 2


@pytest.mark.parametrize("texts", [(None, "أوزاني"), ("Mine", "أوزان متساوية")])
def test_an_import_named_otherwise_in_the_model_language_or_new_in_the_other_finds_no_profile(paper_model, texts):
    from core.bilingual import with_pair

    match = match_profile(paper_model, with_pair(Profile("x", {"ECO": 2}), "name", *texts), "wsm")
    assert match.existing is None and match.profile.name == (texts[0] or texts[1])
