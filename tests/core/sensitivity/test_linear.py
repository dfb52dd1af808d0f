"""The coefficient matrix of the linear methods reproduces their batch scores."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.methods import method_spec
from core.sensitivity import study
from core.sensitivity.linear import linear_form
from tests.core.sensitivity.factories import LINEAR, METHODS, random_model


@pytest.mark.parametrize("method", METHODS)
def test_linear_methods_have_a_form_and_the_others_none(paper_model, method):
    form = linear_form(study(paper_model, paper_model.profiles[1], method))
    # Which methods declare a link is held for the shipped ones by tests/core/methods/test_base.py.
    assert (form is not None) == (method_spec(method).linear is not None)
    assert form is None or form.link == method_spec(method).linear


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), method=st.sampled_from(LINEAR))
def test_form_scores_equal_the_batch_scores(seed, method):
    model = random_model(4, 5, seed)
    st_ = study(model, model.profiles[0], method)
    form = linear_form(st_)
    weights = np.random.default_rng(seed).dirichlet(np.ones(5), size=50)
    actual = st_.run(weights).scores
    predicted = form.scores(weights)
    assert np.allclose(np.exp(predicted) if form.link == "log" else predicted, actual, rtol=1e-9, atol=1e-12)


def test_option_major_scores_equal_the_plain_product(paper_model):
    form = linear_form(study(paper_model, paper_model.profiles[0]))
    weights = np.random.default_rng(1).random((5000, 17))
    out = form.option_major(weights, np.empty((5, 5000)))
    assert np.allclose(out, form.scores(weights).T)
