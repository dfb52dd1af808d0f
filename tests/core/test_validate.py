"""The size bound every model is checked against, on load and before save."""

from __future__ import annotations

import pytest

from core.errors import ModelError
from core.validate import MAX_FACTORS, MAX_OPTIONS, MAX_SCORES, check_size, validate_model
from tests.conftest import value_model


@pytest.mark.parametrize("options, factors", [(MAX_OPTIONS + 1, 1), (1, MAX_FACTORS + 1),
                                              (MAX_SCORES // 100 + 1, 100)])
def test_a_model_beyond_the_bounds_is_refused_with_the_limits(options, factors):
    with pytest.raises(ModelError, match=f"{options:,} options × {factors:,} factors is beyond the limit"):
        check_size(options, factors)


def test_a_model_at_the_bounds_is_accepted():
    check_size(MAX_OPTIONS, MAX_SCORES // MAX_OPTIONS)
    check_size(MAX_SCORES // MAX_FACTORS, MAX_FACTORS)


def test_validate_model_applies_the_bound():
    rows = {f"o{i}": [float(i)] for i in range(MAX_OPTIONS + 1)}
    with pytest.raises(ModelError, match="2,001 options × 1 factors"):
        validate_model(value_model(rows, ["benefit"], [1]))
