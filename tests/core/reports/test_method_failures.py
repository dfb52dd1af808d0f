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
from tests.libreoffice import needs_libreoffice, recalculated

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


@needs_libreoffice
def test_the_workbook_is_written_and_says_why(tmp_path, with_a_zero):
    """The live Methods sheet, recalculated: the weighted product's cells give the reason, the others rank."""
    data = build_report(with_a_zero, with_a_zero.profiles[0], "wsm", date=DATE, samples=0)
    path = tmp_path / "r.xlsx"
    write_workbook(path, data)
    summary = [c.value for row in load_workbook(path)["Summary"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any(s.startswith("Weighted product (WPM) is not computed:") for s in summary)
    book = recalculated(path, tmp_path / "calc")
    cells = [c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [v for v in cells if isinstance(v, str) and v.startswith("#")]  # no error value anywhere
    methods = [c.value for row in book["Methods"].iter_rows() for c in row]
    assert "not computed: the weighted product needs positive values" in methods
    closeness = data.methods["topsis"].result.scores
    numbers = [v for v in methods if isinstance(v, (int, float)) and not isinstance(v, bool)]
    assert all(any(abs(v - float(c)) < 1e-9 for v in numbers) for c in closeness)


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
