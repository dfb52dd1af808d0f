"""The risk workbook: formulas, formats and validations read back; LibreOffice recalculates."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from core.analysis import evaluate
from core.model import Option
from core.reports.data import build_report
from core.reports.excel import write_workbook
from tests.conftest import value_model
from tests.libreoffice import needs_libreoffice, recalculated


@pytest.fixture
def exported(tmp_path, paper_model):
    data = build_report(paper_model, paper_model.profile("Paper's emphasis"))
    path = tmp_path / "risk.xlsx"
    write_workbook(path, data)
    return path, data.wsm


def index_cells(sheet) -> dict[str, object]:
    header = [c.value for c in sheet[4]]
    column = header.index("Weighted risk index") + 1
    return {sheet.cell(row, 1).value: sheet.cell(row, column).value for row in range(5, 10)}


def test_sheets_formulas_formats_and_validations(exported):
    path, _ = exported
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Dashboard", "Risk register", "Controls", "Descriptor scales", "Risk matrix",
                               "Heat map counts", "Heat map", "Weights", "Methods", "Profiles", "Robustness", "Evidence"]
    sheet = book["Risk matrix"]
    assert sheet["C5"].value == "=C14*C21"  # O1 × E1 risk = likelihood × impact
    assert (sheet["C14"].value, sheet["C21"].value) == (4, 5)
    assert all(str(v).startswith("=Methods!$D$") for v in index_cells(sheet).values())
    # One rule per band per risk column, reading the legend's limit cells (editable), never fixed numbers.
    rules = [(str(area.sqref), rule) for area in sheet.conditional_formatting for rule in area.rules]
    assert len(rules) == 4 * 17 and {r.type for _, r in rules} == {"expression"}
    legend = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Band")
    assert [sheet.cell(legend + 1 + k, 3).value for k in range(4)] == [4, 9, 16, 25]
    assert any(f"$C${legend + 1}" in r.formula[0] for area, r in rules if area == "C5:C9")
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert [(v.formula1, str(v.sqref)) for v in lists] == [('"1,2,3,4,5"', "C14:S18 C21:S25")]
    assert sheet.freeze_panes == "C5"
    weights = book["Weights"]
    assert weights["F5"].value.startswith("=E5*")
    guard = weights.data_validations.dataValidation[0]
    assert (guard.type, guard.operator, guard.formula1, str(guard.sqref)) == ("decimal", "greaterThanOrEqual", "0",
                                                                           "D5:D25")
    for ws in book.worksheets:
        assert int(ws.page_setup.paperSize) == 9 and ws.print_title_rows, ws.title  # 9: A4


def test_user_text_never_becomes_a_formula(tmp_path, paper_model):
    names = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "bell\x07", "x" * 40_000]
    options = tuple(o.replace(name=n) for o, n in zip(paper_model.options, names))
    model = paper_model.replace(options=options)
    path = tmp_path / "hostile.xlsx"
    write_workbook(path, build_report(model, model.profiles[0]))
    sheet = load_workbook(path)["Risk matrix"]
    written = [sheet.cell(row, 2) for row in range(5, 10)]
    assert all(cell.data_type == "s" for cell in written)
    assert [cell.value for cell in written[:4]] == names[:4]
    assert written[4].value == "bell\ufffd"


def test_overlong_text_is_cut_visibly(tmp_path, paper_model):
    model = paper_model.replace(options=(Option("O1", "x" * 40_000), *paper_model.options[1:]))
    path = tmp_path / "long.xlsx"
    write_workbook(path, build_report(model, model.profiles[0]))
    value = load_workbook(path)["Risk matrix"]["B5"].value
    assert len(value) == 32_767 and value.endswith("[truncated]")


@needs_libreoffice
def test_libreoffice_recalculates_the_apps_numbers(tmp_path, exported):
    path, evaluation = exported
    book = recalculated(path, tmp_path / "lo")
    sheet = book["Risk matrix"]
    expected = {row["option"]: row["score"] for row in evaluation.ranking()}
    assert index_cells(sheet) == pytest.approx(expected, rel=1e-12)
    ranks = {row["option"]: row["rank"] for row in evaluation.ranking()}
    header = [c.value for c in sheet[4]]
    rank_col = header.index("WSM rank") + 1
    assert {sheet.cell(r, 1).value: sheet.cell(r, rank_col).value for r in range(5, 10)} == ranks
    assert book["Risk matrix"]["C5"].value == 20
    weights = book["Weights"]
    globals_ = {weights.cell(r, 1).value: weights.cell(r, 6).value for r in range(5, weights.max_row + 1)}
    assert {f: globals_[f] for f in evaluation.weights} == pytest.approx(evaluation.weights, rel=1e-12)


@needs_libreoffice
def test_editing_a_likelihood_and_a_weight_recomputes(tmp_path, exported, paper_model):
    path, _ = exported
    book = load_workbook(path)
    book["Risk matrix"]["C16"] = 5  # O3 × E1 likelihood 1 -> 5
    weights = book["Weights"]
    for row in range(4, weights.max_row + 1):
        if weights.cell(row, 1).value == "SEC":
            weights.cell(row, 4, 1000)  # security group dominates
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    sheet = recalculated(edited, tmp_path / "lo")["Risk matrix"]
    assert sheet["C7"].value == 25
    model = paper_model.replace(scores={**paper_model.scores,
                                        ("O3", "E1"): paper_model.score("O3", "E1").replace(likelihood=5)})
    profile = paper_model.profile("Paper's emphasis")
    profile = profile.replace(weights={**profile.weights, "SEC": 1000})
    expected = {row["option"]: row["score"] for row in evaluate(model, profile).ranking()}
    assert index_cells(sheet) == pytest.approx(expected, rel=1e-12)


def test_summary_chart_methods_profiles_evidence_and_grids(tmp_path, paper_model):
    data = build_report(paper_model, paper_model.profile("Sovereignty first"), method="topsis")
    path = tmp_path / "all.xlsx"
    write_workbook(path, data)
    book = load_workbook(path)
    summary = book["Summary"]
    assert len(summary._charts) == 1
    top = next(r for r in range(1, 30) if summary.cell(r, 1).value == "Rank")
    # Rank k's option is found by formula: the k-th smallest TOPSIS sort key on the Methods sheet.
    assert summary.cell(top + 2, 2).value.startswith("=IFERROR(INDEX(Methods!$A$")
    assert "SMALL(Methods!$L$" in summary.cell(top + 2, 2).value and ",2)" in summary.cell(top + 2, 2).value
    methods = book["Methods"]
    formulas = [c.value for row in methods.iter_rows() for c in row if str(c.value).startswith("=")]
    n, m = len(paper_model.options), len(paper_model.factors)
    flows = [f for f in formulas if f.startswith('=IF(C$17<>"ok"')]
    assert len(flows) == 2 * n  # φ+ and φ− of E1 for each option, each one formula over the column
    assert all("C$" in f and "SUMPRODUCT" in f for f in flows)
    assert len(formulas) <= 10 * n * m + 30 * (n + m)
    profiles = book["Profiles"]
    assert [profiles.cell(6 + k, 1).value for k in range(5)][2] == "Sovereignty first (live: Weights sheet)"
    evidence = book["Evidence"]
    assert evidence["A5"].value == "O1" and evidence["H5"].value == paper_model.score("O1", "E1").rationale
    assert evidence["D5"].value == "='Risk matrix'!C14"
    grid = book["Heat map"]
    assert grid.cell(6, 6).value.startswith("=IF(COUNTIFS(")


@needs_libreoffice
def test_summary_scores_are_live_weighted_sums(tmp_path, exported):
    path, evaluation = exported
    summary = recalculated(path, tmp_path / "lo")["Summary"]
    top = next(r for r in range(1, 30) if summary.cell(r, 1).value == "Rank")
    got = {summary.cell(r, 2).value: summary.cell(r, 4).value for r in range(top + 1, top + 6)}
    assert got == pytest.approx({row["option"]: row["score"] for row in evaluation.ranking()}, rel=1e-12)


def test_robustness_sheet_and_no_nan_anywhere(tmp_path, paper_model):
    import math

    data = build_report(paper_model, paper_model.profile("Equal weights"), samples=2000, seed=3)
    path = tmp_path / "robust.xlsx"
    write_workbook(path, data)
    book = load_workbook(path)
    sheet = book["Robustness"]
    assert sheet["A4"].value.startswith("O3 ranks first in")
    shares = [[sheet.cell(8 + i, 2 + r).value for r in range(5)] for i in range(5)]
    assert sum(shares, []) == pytest.approx(data.robustness.smaa.acceptability.ravel().tolist())
    assert [sum(row) for row in shares] == pytest.approx([1.0] * 5)
    assert [sheet.cell(8 + i, 7).value for i in range(5)] == ["—", "100.0%", "100.0%", "—", "100.0%"]
    assert len(sheet._charts) == 1
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, float) and math.isnan(value)), ws.title
                assert "nan" not in str(value).lower().split(), ws.title


def test_the_acceptability_chart_of_300_options_reads_the_12_best_and_6_segments(tmp_path):
    from core.charts import acceptability_order
    from tests.core.sensitivity.factories import random_model

    model = random_model(300, 4, seed=3)
    data = build_report(model, model.profiles[0], samples=300, seed=1)
    path = tmp_path / "wide.xlsx"
    write_workbook(path, data)
    sheet = load_workbook(path)["Robustness"]
    [chart] = sheet._charts
    titles = [s.tx.strRef.f.replace("$", "") for s in chart.series]
    assert len(titles) == 6  # ranks 1-5 and one series for ranks 6-300, not 300 series
    top = int(titles[0].split("!B")[-1])
    assert [sheet.cell(top, 2 + k).value for k in range(6)] == [
        "Rank 1", "Rank 2", "Rank 3", "Rank 4", "Rank 5", "Ranks 6–300"]
    assert chart.series[0].cat.numRef.f.replace("$", "").endswith(f"!A{top + 1}:A{top + 12}")
    shares = data.robustness.smaa.acceptability
    best = acceptability_order(shares)[:12]
    assert [sheet.cell(top + 1 + k, 1).value for k in range(12)] == [data.robustness.smaa.options[i] for i in best]
    rows = [[sheet.cell(top + 1 + k, 2 + c).value for c in range(6)] for k in range(12)]
    assert [sum(row) for row in rows] == pytest.approx([1.0] * 12)
    assert [row[5] for row in rows] == pytest.approx([float(shares[i][5:].sum()) for i in best])
    assert sheet.cell(top + 13, 1).value is None  # twelve rows, nothing more in the chart's block


def test_robustness_can_be_left_out(tmp_path, paper_model):
    path = tmp_path / "plain.xlsx"
    write_workbook(path, build_report(paper_model, paper_model.profiles[0], samples=0))
    assert "Robustness" not in load_workbook(path).sheetnames


def test_methods_sheet_grows_with_options_times_criteria(tmp_path):
    """30 options × 3 criteria: ten step blocks of n × m cells, never the n² × m pairwise tables."""
    n, m = 30, 3
    model = value_model({f"A{i}": [1.0 + i, 2.0 + (i * 7) % 11, 3.0 + (i * 5) % 13] for i in range(n)},
                        ["benefit", "cost", "benefit"], [1.0, 2.0, 3.0])
    path = tmp_path / "wide.xlsx"
    write_workbook(path, build_report(model, model.profiles[0], samples=0))
    methods = load_workbook(path)["Methods"]
    formulas = sum(1 for row in methods.iter_rows() for c in row if str(c.value).startswith("="))
    assert 10 * n * m <= formulas <= 10 * n * m + 30 * (n + m) < n * n * m
