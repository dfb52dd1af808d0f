"""core.numbers and the scale rule: numbers shown as typed, values outside their scale refused at entry."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import edits
from core.errors import ModelError
from core.numbers import plain_number
from tests.conftest import value_model


@settings(derandomize=True, database=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300))
def test_plain_number_reads_back_exactly_and_never_uses_an_exponent(value):
    text = plain_number(value)
    assert "e" not in text.lower() and float(text) == value


@settings(derandomize=True, database=None)
@given(st.floats(allow_nan=False, allow_infinity=False) | st.floats(-1e-3, 1e-3) | st.floats(1e15, 1e17))
def test_plain_number_writes_the_shortest_digits_positionally(value):
    from decimal import Decimal

    expected = str(int(value)) if value.is_integer() else format(Decimal(repr(value)), "f")
    assert plain_number(value) == expected


@pytest.mark.parametrize("value, text", [(2000.0, "2000"), (1234567.5, "1234567.5"), (1e-07, "0.0000001"),
                                         (0.1, "0.1"), (-3.0, "-3")])
def test_plain_number_examples(value, text):
    assert plain_number(value) == text
    assert plain_number(math.inf) == ""


def test_a_value_outside_its_scale_is_refused_with_the_scale():
    model = value_model({"O1": [10.0], "O2": [900.0]}, ["cost"], [1])
    model = model.replace(criteria=(model.criteria[0].replace(scale=(0.0, 1000.0)),))
    with pytest.raises(ModelError, match="O1, C1 C1: 2000 is outside the scale 0–1000; widen the criterion's scale"):
        edits.apply(model, edits.SetScore("O1", "C1", {"value": 2000.0}))
    with pytest.raises(ModelError, match="900 is outside the scale 0–500; the scale must contain every score"):
        edits.apply(model, edits.SetCriterion("C1", {"scale": (0, 500)}))
    wider, _ = edits.apply(model, edits.SetCriterion("C1", {"scale": (0, 5000)}))
    assert edits.apply(wider, edits.SetScore("O1", "C1", {"value": 2000.0}))[0].score("O1", "C1").value == 2000
