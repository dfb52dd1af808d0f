"""core.register.dates: ISO dates that name a real day, and overdue reviews against a given today."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.register import RiskEntry
from core.register.dates import check_date, is_overdue


@given(st.dates())
def test_every_real_day_written_iso_is_a_date(day):
    assert check_date(day.isoformat()) is None


@pytest.mark.parametrize("text, problem", [
    ("2027-02-30", "'2027-02-30' is not a day of the calendar: 2027-02 has 28 days"),
    ("2027-02-29", "2027-02 has 28 days"),
    ("2027-04-31", "2027-04 has 30 days"),
    ("2027-13-01", "has the month 13; months run 01–12"),
    ("2027-00-10", "has the month 00"),
    ("2027-01-00", "2027-01 has 31 days"),
    ("0000-01-01", "has the year 0000"),
    ("30/06/2027", "is not a date written YYYY-MM-DD"),
    ("2027-6-30", "is not a date written YYYY-MM-DD"),
    ("2027-06-30T00:00", "is not a date written YYYY-MM-DD"),
    (" 2027-06-30", "is not a date written YYYY-MM-DD"),
    ("２０２７-06-30", "is not a date written YYYY-MM-DD"),  # full-width digits are not ISO digits
    ("next week", "is not a date written YYYY-MM-DD"),
])
def test_what_is_not_a_register_date_says_why(text, problem):
    assert problem in check_date(text)


def test_a_leap_day_is_a_date_in_a_leap_year_only():
    assert check_date("2028-02-29") is None and check_date("2100-02-29") is not None


def test_empty_means_not_set():
    assert check_date("") is None


TODAY = datetime.date(2027, 3, 31)


@pytest.mark.parametrize("entry, overdue", [
    (RiskEntry(review="2027-03-30"), True),
    (RiskEntry(review="2027-03-30", status="monitoring"), True),
    (RiskEntry(review="2027-03-31"), False),  # due today is not overdue yet
    (RiskEntry(review="2027-04-01"), False),
    (RiskEntry(review="2020-01-01", status="closed"), False),
    (RiskEntry(), False),
    (RiskEntry(review="2027-02-30"), False),  # not a date (validation refuses it before anyone asks)
])
def test_a_review_is_overdue_when_its_date_has_passed_and_the_risk_is_not_closed(entry, overdue):
    assert is_overdue(entry, TODAY) is overdue


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 31))
def test_a_written_day_is_a_date_exactly_when_the_calendar_has_it(year, month, day):
    try:
        datetime.date(year, month, day)
        real = True
    except ValueError:
        real = False
    assert (check_date(f"{year:04d}-{month:02d}-{day:02d}") is None) == real
