"""SMAA-2: the properties issue 6 asks for, a per-sample oracle, seeds, progress and cancel."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.analysis import evaluate
from core.errors import ModelError
from core.methods import METHODS
from core.sensitivity import Cancelled, Dirichlet, Fixed, SmaaInputs, UniformSimplex, linear, run_smaa, study
from core.sensitivity import smaa as smaa_module
from tests.conftest import value_model
from tests.core.sensitivity.factories import METHODS as NAMES
from tests.core.sensitivity.factories import LINEAR, dominated_model, random_model, uncertain_model

PROFILES = ["Equal weights", "Paper's emphasis", "Sovereignty first", "Economy first", "Counter-terrorism first"]


def smaa(model, method="wsm", samples=4000, seed=0, sampler=None, profile=0, **extra):
    st_ = study(model, model.profiles[profile] if isinstance(profile, int) else model.profile(profile), method)
    return run_smaa(SmaaInputs(st_, samples, seed, sampler, **extra))


class Recorder:
    """A uniform sampler that keeps every row it hands out."""

    def __init__(self, m: int) -> None:
        self.inner, self.rows = UniformSimplex(m), []

    def draw(self, rng, count):
        rows = self.inner.draw(rng, count)
        self.rows.append(rows)
        return rows

    def describe(self) -> str:
        return "recorded"


@pytest.mark.parametrize("method", NAMES)
def test_rows_and_columns_of_the_acceptability_matrix_sum_to_one(paper_model, method):
    result = smaa(paper_model, method)
    assert np.allclose(result.acceptability.sum(axis=0), 1) and np.allclose(result.acceptability.sum(axis=1), 1)
    assert np.allclose(result.pairwise + result.pairwise.T + np.eye(5), 1)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10_000), method=st.sampled_from(NAMES), copies=st.booleans())
def test_sums_hold_with_ties_from_duplicate_options(seed, method, copies):
    model = random_model(4, 3, seed)
    if copies:  # a duplicated option ties in every sample
        rows = {o.id: [model.score(o.id, f.id).value for f in model.factors] for o in model.options}
        rows["O5"] = rows["O1"]
        model = value_model(rows, [f.direction for f in model.factors], [1.0, 1.0, 1.0])
    result = smaa(model, method, samples=600, seed=seed)
    assert np.allclose(result.acceptability.sum(axis=0), 1) and np.allclose(result.acceptability.sum(axis=1), 1)
    if copies:
        assert np.allclose(result.acceptability[0], result.acceptability[4])


def split_ties(ranks: np.ndarray) -> np.ndarray:
    """The acceptability of one ranking: a tie of g at rank r shares ranks r … r+g-1 evenly."""
    n = ranks.size
    table = np.zeros((n, n))
    for i, r in enumerate(ranks):
        g = int((ranks == r).sum())
        table[i, r - 1:r - 1 + g] = 1 / g
    return table


@pytest.mark.parametrize("method", NAMES)
@pytest.mark.parametrize("profile", PROFILES)
def test_fixed_weights_give_the_deterministic_ranking(paper_model, method, profile):
    ranks = evaluate(paper_model, paper_model.profile(profile), method).result.ranks
    st_ = study(paper_model, paper_model.profile(profile), method)
    result = run_smaa(SmaaInputs(st_, 100, 0, Fixed(st_.weights)))
    assert np.array_equal(result.acceptability, split_ties(ranks))
    assert np.allclose(result.central_weights[ranks == 1], st_.weights)
    assert np.all(np.isnan(result.central_weights[ranks > 1]))
    assert np.all(result.confidence[ranks == 1] == 1.0) and result.convergence.half_difference == 0.0
    if len(set(ranks.tolist())) == 5:
        assert np.array_equal(result.acceptability, np.eye(5)[ranks - 1])
        assert result.convergence.standard_error == 0.0


def test_fixed_weights_with_a_tie_split_the_shared_ranks(paper_model):
    st_ = study(paper_model, paper_model.profile("Equal weights"))
    assert st_.baseline.ranks.tolist() == [5, 3, 1, 3, 2]  # O2 and O4 tie
    result = run_smaa(SmaaInputs(st_, 10, 0, Fixed(st_.weights)))
    assert np.allclose(result.acceptability[[1, 3], 2:4], 0.5)
    assert result.pairwise[1, 3] == result.pairwise[3, 1] == 0.5


def test_a_huge_dirichlet_concentration_stays_at_the_profile(paper_model):
    st_ = study(paper_model, paper_model.profile("Paper's emphasis"), "topsis")
    result = run_smaa(SmaaInputs(st_, 2000, 3, Dirichlet(st_.weights, 1e12)))
    assert np.array_equal(result.acceptability, np.eye(5)[st_.baseline.ranks - 1])


@pytest.mark.parametrize("method", NAMES)
def test_a_dominated_option_never_ranks_first(method):
    result = smaa(dominated_model(), method, samples=5000)
    assert result.acceptability[3, 0] == 0.0 and np.isnan(result.confidence[3])
    assert result.pairwise[3, 0] == 0.0


@pytest.mark.parametrize("method", NAMES)
def test_counts_equal_a_per_sample_oracle(paper_model, method):
    st_ = study(paper_model, paper_model.profile("Sovereignty first"), method)
    recorder = Recorder(17)
    result = run_smaa(SmaaInputs(st_, 300, 9, recorder))
    weights = np.concatenate(recorder.rows)
    ranks = np.array([METHODS[method](st_.problem.matrix, w, st_.problem.benefit, **st_.params).ranks
                      for w in weights])
    assert np.allclose(result.acceptability, np.eye(5)[ranks - 1].mean(axis=0))
    normal = weights / weights.sum(axis=1, keepdims=True)
    for i in range(5):
        if (ranks[:, i] == 1).any():
            assert np.allclose(result.central_weights[i], normal[ranks[:, i] == 1].mean(axis=0))
    wins = (ranks[:, :, None] < ranks[:, None, :]).mean(axis=0)
    assert np.allclose(result.pairwise, wins)


@pytest.mark.parametrize("method", LINEAR)
def test_the_linear_shortcut_matches_the_batch_methods(paper_model, method, monkeypatch):
    fast = smaa(paper_model, method, samples=20_000, seed=4)
    monkeypatch.setattr(linear, "link_of", lambda method: None)
    slow = smaa(paper_model, method, samples=20_000, seed=4)
    assert np.array_equal(fast.acceptability, slow.acceptability)
    assert np.allclose(fast.central_weights, slow.central_weights, equal_nan=True)


def test_the_same_seed_gives_identical_output_and_another_seed_does_not(paper_model):
    first, again = smaa(paper_model, "vikor", seed=7), smaa(paper_model, "vikor", seed=7)
    other = smaa(paper_model, "vikor", seed=8)
    for name in ("acceptability", "central_weights", "confidence", "pairwise"):
        assert np.array_equal(getattr(first, name), getattr(again, name), equal_nan=True)
    assert first.convergence == again.convergence
    assert not np.array_equal(first.acceptability, other.acceptability)


def test_central_weights_are_weight_vectors_and_exact_scores_give_confidence_one(paper_model):
    result = smaa(paper_model, "wsm", samples=20_000)
    have = ~np.isnan(result.central_weights[:, 0])
    assert np.allclose(result.central_weights[have].sum(axis=1), 1)
    assert np.array_equal(have, result.acceptability[:, 0] > 0)
    assert np.all(result.confidence[have] == 1.0) and np.all(np.isnan(result.confidence[~have]))


def test_convergence_reports_the_standard_error_and_the_halves(paper_model):
    result = smaa(paper_model, samples=10_000)
    b = result.acceptability
    assert result.convergence.standard_error == pytest.approx(np.sqrt(b * (1 - b) / 10_000).max())
    assert 0 < result.convergence.half_difference < 0.05 and result.convergence.score_tables == 0
    assert smaa(paper_model, samples=1).convergence.half_difference is None


def test_uncertain_scores_are_sampled_in_blocks_and_give_a_confidence_below_one():
    model = uncertain_model()
    result = smaa(model, "topsis", samples=5000, score_draws=500, confidence_draws=300)
    assert result.uncertain and result.convergence.score_tables == 500
    assert np.allclose(result.acceptability.sum(axis=0), 1) and np.allclose(result.acceptability.sum(axis=1), 1)
    have = ~np.isnan(result.confidence)
    assert np.all((result.confidence[have] >= 0) & (result.confidence[have] <= 1))
    assert result.confidence[have].min() < 1
    fixed = smaa(model, "topsis", samples=5000, sampler=Fixed(np.ones(3)), score_draws=500)
    assert 0 < fixed.acceptability[:, 0].max() < 1  # the scores alone move the ranking


def test_shared_score_tables_widen_the_standard_error():
    """A block of samples shares a table: 20 tables for 20 000 samples explore the scores no better than 20."""
    result = smaa(uncertain_model(), "wsm", samples=20_000, sampler=Fixed(np.ones(3)), score_draws=20)
    b = result.acceptability
    binomial = np.sqrt(b * (1 - b) / 20_000).max()
    assert result.convergence.score_tables == 20
    assert result.convergence.standard_error > 3 * binomial


def test_uncertain_linear_scores_agree_with_the_batch_path(monkeypatch):
    model = uncertain_model()
    fast = smaa(model, "wsm", samples=3000, seed=2, score_draws=300)
    monkeypatch.setattr(linear, "link_of", lambda method: None)
    slow = smaa(model, "wsm", samples=3000, seed=2, score_draws=300)
    assert np.array_equal(fast.acceptability, slow.acceptability)
    assert np.array_equal(fast.confidence, slow.confidence, equal_nan=True)


def test_progress_rises_to_one_and_cancel_stops_the_run(paper_model):
    st_ = study(paper_model, paper_model.profiles[0], "topsis")
    seen = []
    run_smaa(SmaaInputs(st_, 50_000), progress=seen.append)
    assert len(seen) > 2 and seen == sorted(seen) and seen[-1] == 1.0
    asked = []
    with pytest.raises(Cancelled):
        run_smaa(SmaaInputs(st_, 50_000), cancel=lambda: asked.append(1) or len(asked) >= 2)
    assert len(asked) == 2


@pytest.mark.parametrize("samples", [0, -5, 2.5, True])
def test_a_bad_sample_count_is_an_error(paper_model, samples):
    with pytest.raises(ModelError, match="samples must be a whole number ≥ 1"):
        smaa(paper_model, samples=samples)


def test_a_negative_seed_is_an_error(paper_model):
    with pytest.raises(ModelError, match="seed must be a whole number ≥ 0"):
        smaa(paper_model, seed=-1)


def test_the_linear_shortcut_judges_ties_on_the_methods_scale(monkeypatch):
    """Net flows far below the method's tie tolerance are ties in both paths.

    With a linear preference of p = 1e12, options one unit apart have net
    flows of order 1e-12: PROMETHEE ranks them tied (tolerance 1e-10 on its
    flow scale of 1), and the shortcut must not split them on relative noise.
    """
    model = value_model({"A": [1.0, 2.0], "B": [2.0, 1.0], "C": [3.0, 3.0]}, ["benefit", "benefit"], [1.0, 1.0])
    factors = tuple(f.replace(preference="linear:0:1e12") for f in model.factors)
    model = model.replace(criteria=factors)
    fast = smaa(model, "promethee2", samples=2_000, seed=1)
    monkeypatch.setattr(linear, "link_of", lambda method: None)
    slow = smaa(model, "promethee2", samples=2_000, seed=1)
    assert np.array_equal(fast.acceptability, slow.acceptability)
    assert np.allclose(fast.acceptability, 1 / 3)


def many_options(n: int):
    return value_model({f"o{i}": [float(i % 7), float(i % 5)] for i in range(n)}, ["benefit", "cost"], [1, 1])


@pytest.mark.parametrize("n, counted", [(smaa_module.PAIRWISE_MAX_OPTIONS, True),
                                        (smaa_module.PAIRWISE_MAX_OPTIONS + 1, False)])
def test_the_pairwise_table_is_counted_up_to_its_size_only(n, counted):
    result = smaa(many_options(n), samples=50)
    assert (result.pairwise is not None) is counted
    assert np.allclose(result.acceptability.sum(axis=0), 1) and np.allclose(result.acceptability.sum(axis=1), 1)


@pytest.mark.parametrize("samples, n, message", [
    (smaa_module.MAX_SAMPLES + 1, 3, "samples is more than the limit of 1,000,000"),
    (1000, smaa_module.MAX_OPTIONS + 1, "1,001 options is more than the 1,000 a run can rank"),
    (smaa_module.MAX_WORK // 500 + 1, 500, "use at most 100,000 samples for this model"),
])
def test_a_run_beyond_its_bounds_is_refused_before_it_starts(samples, n, message):
    with pytest.raises(ModelError, match=message):
        smaa_module.check_bounds(samples, n)
    within = min(n, smaa_module.MAX_OPTIONS)
    smaa_module.check_bounds(min(samples, smaa_module.MAX_SAMPLES, smaa_module.MAX_WORK // within), within)


def test_run_checks_the_bounds():
    model = many_options(3)
    with pytest.raises(ModelError, match="more than the limit"):
        run_smaa(SmaaInputs(study(model, model.profiles[0], "wsm"), smaa_module.MAX_SAMPLES + 1))
