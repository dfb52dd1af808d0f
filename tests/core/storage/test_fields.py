"""The one checked number conversion (class 1 of "Every input survives"): every real number in range, nothing else."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import FileFormatError
from core.storage.fields import NUMBER_LIMIT, Node, checked_number, checked_whole, number_from_text

CHECKS = settings(max_examples=150, deadline=None, derandomize=True)


@CHECKS
@given(st.one_of(st.integers(), st.floats(allow_nan=True, allow_infinity=True)))
def test_a_number_is_accepted_exactly_when_it_is_finite_and_in_range(value):
    inside = not math.isnan(value) and -NUMBER_LIMIT <= value <= NUMBER_LIMIT
    if inside:
        result = checked_number(value, "f: x")
        assert math.isfinite(result) and result == float(value)
    else:
        with pytest.raises(FileFormatError, match=r"^f: x: must be a number from -1e\+15 to 1e\+15$"):
            checked_number(value, "f: x")


@CHECKS
@given(st.integers(min_value=16, max_value=4000).flatmap(
    lambda digits: st.integers(min_value=10 ** digits, max_value=10 ** (digits + 1))), st.booleans())
def test_integers_with_hundreds_of_digits_are_refused_not_overflowed(value, negative):
    with pytest.raises(FileFormatError, match="must be a number from"):
        checked_number(-value if negative else value, "w")


@pytest.mark.parametrize("value", [True, False, np.bool_(True), "1", None, [1], {"a": 1}, b"1"])
def test_what_is_not_a_number_is_refused(value):
    with pytest.raises(FileFormatError, match=r"^w: must be a number$"):
        checked_number(value, "w")


@pytest.mark.parametrize("value", [np.float32(2.5), np.int64(7), np.float64(-3.0)])
def test_numpy_numbers_are_numbers(value):
    assert checked_number(value, "w") == float(value)


def test_a_narrower_range_is_named():
    assert checked_number(0, "w", 0, 10) == 0.0
    with pytest.raises(FileFormatError, match="must be a number from 0 to 10"):
        checked_number(-0.5, "w", 0, 10)


@pytest.mark.parametrize("text, expected", [("1", 1.0), (" -2.5 ", -2.5), ("3e2", 300.0), (".5", 0.5), ("+4.", 4.0)])
def test_plain_decimals_are_read(text, expected):
    assert number_from_text(text, "t") == expected


@pytest.mark.parametrize("text", ["inf", "nan", "-Infinity", "1_000", "0x10", "1,5", "1 000", "", "1e400",
                                  "1e99999", "١٢", "1.2.3"])
def test_what_float_would_guess_is_refused(text):
    with pytest.raises(FileFormatError, match=r"^t: "):
        number_from_text(text, "t")


@CHECKS
@given(st.floats(min_value=-NUMBER_LIMIT, max_value=NUMBER_LIMIT))
def test_every_number_in_range_reads_back_from_its_text(value):
    assert number_from_text(repr(value), "t") == value


@pytest.mark.parametrize("value, ok", [(3, True), (3.0, True), (3.5, False), (True, False), (6, False),
                                       (10 ** 500, False), (math.inf, False), (np.int64(2), True)])
def test_whole_numbers(value, ok):
    if ok:
        assert checked_whole(value, "s.likelihood", 1, 5) == int(value)
    else:
        with pytest.raises(FileFormatError, match=r"^s\.likelihood: must be a whole number 1–5$"):
            checked_whole(value, "s.likelihood", 1, 5)


def test_a_node_names_the_file_and_the_field_path():
    node = Node({"scores": {"E4": {"value": 10 ** 300}}}, "", "p.mizan")
    cell = node.child("scores").child("E4")
    with pytest.raises(FileFormatError, match=r"^p\.mizan: scores\.E4\.value: must be a number from"):
        cell.number("value")


@CHECKS
@given(st.one_of(st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=3), st.none()))
def test_a_place_given_as_a_function_is_spelt_only_for_a_value_refused_and_then_named(value):
    asked: list[int] = []

    def where() -> str:
        asked.append(1)
        return "f: scores.E1.value"

    for check, limits in ((checked_number, (-NUMBER_LIMIT, NUMBER_LIMIT)), (checked_whole, (1, 5))):
        asked.clear()
        try:
            expected = check(value, "f: scores.E1.value", *limits)
        except FileFormatError as refused:
            with pytest.raises(FileFormatError) as again:
                check(value, where, *limits)
            assert str(again.value) == str(refused) and asked == [1]
        else:
            assert check(value, where, *limits) == expected and asked == []


def test_a_node_spells_the_place_of_a_number_it_refuses():
    node = Node({"scores": [{"value": 2.5}, {"value": "high"}]}, "", "f.mizan")
    first, second = node.child("scores").items()
    assert first.number("value") == 2.5
    with pytest.raises(FileFormatError, match=r"^f\.mizan: scores\[1\]\.value: must be a number"):
        second.number("value")
