"""One method that cannot rank the model leaves its place in the report with the reason; the rest is written."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from core.errors import ModelError
from core.methods import METHODS
from core.reports.csv_export import write_csv
from core.reports.data import build_report, evaluate_methods
from core.reports.excel import write_workbook
from core.reports.html import report_html
from tests.conftest import value_model

DATE = dt.date(2026, 1, 1)


@pytest.fixture
def with_a_zero():
    """Cost and quality of three plans; plan A, the best on both, costs 0, which the weighted product cannot take."""
    return value_model({"A": [0, 9], "B": [200, 5], "C": [100, 7]}, ["cost", "benefit"], [1, 1])


def test_only_the_method_that_fails_is_left_out(with_a_zero):
    methods, not_computed = evaluate_methods(with_a_zero, with_a_zero.profiles[0])
    assert set(methods) == set(METHODS) - {"wpm"}
    assert list(not_computed) == ["wpm"]
    assert "option A, criterion C1: the weighted product needs positive values" in not_computed["wpm"]


def test_the_workbook_is_written_and_says_why(tmp_path, with_a_zero):
    data = build_report(with_a_zero, with_a_zero.profiles[0], "wsm", date=DATE, samples=0)
    path = tmp_path / "r.xlsx"
    write_workbook(path, data)
    book = load_workbook(path)
    methods = book["Methods"]
    header = [c.value for c in methods[4] if c.value]
    assert not any("WPM" in str(h) for h in header) and "TOPSIS score" in header
    notes = [c.value for c in methods["A"] if isinstance(c.value, str)]
    assert any(n.startswith("Weighted product (WPM) is not computed: option A, criterion C1") for n in notes)
    summary = [c.value for row in book["Summary"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(s.startswith("Weighted product (WPM) is not computed:") for s in summary)


def test_html_and_csv_are_written(tmp_path, with_a_zero):
    data = build_report(with_a_zero, with_a_zero.profiles[0], "topsis", date=DATE, samples=50)
    html = report_html(data)
    assert "Weighted product (WPM) is not computed: option A, criterion C1" in html
    assert ("Agreement: A ranks first under the reported method and under every other method that could "
            "rank the model.") in html
    matrix, ranking = write_csv(tmp_path / "r.csv", data)
    assert matrix.read_text(encoding="utf-8-sig").count("\n") == 6 and ranking.exists()


def test_the_reported_method_itself_must_rank_the_model(with_a_zero):
    with pytest.raises(ModelError, match=r"^Weighted product \(WPM\) cannot rank this model: option A"):
        build_report(with_a_zero, with_a_zero.profiles[0], "wpm", date=DATE, samples=0)


def test_a_fault_of_the_profile_is_not_blamed_on_a_method(with_a_zero):
    profile = with_a_zero.profiles[0].replace(weights={"C1": 0, "C2": 0})
    with pytest.raises(ModelError) as caught:
        build_report(with_a_zero, profile, "wsm", date=DATE, samples=0)
    assert "cannot rank" not in str(caught.value) and "add up to zero" in str(caught.value)


def test_a_model_every_method_ranks_has_nothing_left_out(paper_model):
    data = build_report(paper_model, paper_model.profiles[1], "wsm", date=DATE, samples=0)
    assert data.not_computed == {} and set(data.methods) == set(METHODS)
