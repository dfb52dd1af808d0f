"""Every method's declaration agrees with the method itself: its parameters, defaults and link."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from core.methods import REGISTRY, method_spec
from core.methods.spec import in_link

X = np.array([[2.0, 10.0, 3.0], [4.0, 30.0, 1.0], [3.0, 20.0, 2.0], [1.0, 25.0, 4.0]])
BENEFIT = np.array([True, False, True])


@pytest.mark.parametrize("key", list(REGISTRY))
def test_declared_parameters_are_the_keyword_parameters_of_run_with_their_defaults(key):
    spec = method_spec(key)
    signature = inspect.signature(spec.run).parameters
    keywords = {name: p.default for name, p in signature.items()
                if p.kind is p.KEYWORD_ONLY and name not in ("criteria", "options")}
    assert spec.defaults == keywords
    assert spec.key == key and spec.label and spec.note.endswith(".")


@pytest.mark.parametrize("key", [key for key, spec in REGISTRY.items() if spec.linear])
def test_a_declared_link_makes_scores_linear_in_the_weights(key):
    spec = method_spec(key)
    assert spec.linear is not None
    rng = np.random.default_rng(5)
    a, b = rng.dirichlet(np.ones(3)), rng.dirichlet(np.ones(3))
    run = lambda w: spec.run(X, w, BENEFIT).scores  # noqa: E731
    mixed = in_link(run(0.3 * a + 0.7 * b), spec.linear)
    assert np.allclose(mixed, 0.3 * in_link(run(a), spec.linear) + 0.7 * in_link(run(b), spec.linear))


def test_the_declared_directions_are_those_of_the_default_results():
    for spec in REGISTRY.values():
        assert spec.run(X, np.ones(3), BENEFIT).better == spec.better
