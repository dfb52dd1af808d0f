"""The workbook never contradicts itself: edit its input cells, let LibreOffice recalculate, compare with Mizan.

Three exports (the built-in model under two profiles and two methods, and
the README's direct-value spreadsheet model) are edited the way a decision
maker would edit them (a likelihood, an impact or a direct value, a raw
weight, a band limit, PROMETHEE functions and thresholds), and Mizan exports
the model those edits describe.  ONE LibreOffice run recalculates all six
files.  The fresh exports must equal Mizan's engine for every method, rank,
profile, evidence row and heat-map cell; each edited workbook must equal
its fresh export on every number and every text of every sheet except the
Robustness snapshot, so no number is left over from before the edit.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.analysis import evaluate
from core.edits import apply
from core.edits.kinds import SetCriterion, SetWeights
from core.errors import ModelError
from core.methods import METHODS
from core.model import DecisionModel, Profile, label
from core.reports.data import build_report
from core.reports.excel import write_workbook
from core.reports.score_import import preview_import
from core.storage.spreadsheet import read_spreadsheet
from tests.libreoffice import convert_many, needs_libreoffice

README_CSV = """option,Cost,Quality,Risk
weight,0.5,0.3,0.2
direction,cost,benefit,cost
preference,usual,linear:1:3,vshape:2
Plan A,200,7,3
Plan B,150,5,4
Plan C,180,9,2
"""
SNAPSHOTS = ("Robustness",)


@dataclass
class Case:
    """One export, the edits made to it in the sheet, and the model those edits describe."""

    name: str
    model: DecisionModel
    profile: str
    method: str
    scores: dict  # (option, factor) -> {field: value}
    weights: dict  # node id -> raw weight
    preferences: dict  # factor id -> (kind, q, p, s)
    band_upper: dict  # band index -> upper limit

    def edited_model(self) -> tuple[DecisionModel, Profile]:
        model = self.model
        # The model the edited file describes: a typed cell holds what was typed, even off its scale
        # (the window's editor refuses that at entry; the workbook says "not computed" instead).
        scores = dict(model.scores)
        for (option, factor), changes in self.scores.items():
            scores[(option, factor)] = model.score(option, factor).replace(**changes)
        model = model.replace(scores=scores)
        profile = model.profile(self.profile)
        model, _ = apply(model, SetWeights(self.profile, {**profile.weights, **self.weights}))
        for factor, (kind, q, p, s) in self.preferences.items():
            text = ":".join([kind] + [f"{v:g}" for v, used in ((q, "q"), (p, "p"), (s, "s"))
                                      if used in {"usual": "", "ushape": "q", "vshape": "p", "level": "qp",
                                                  "linear": "qp", "gaussian": "s"}[kind]])
            model, _ = apply(model, SetCriterion(factor, {"preference": text}))
        if self.band_upper:
            upper = list(model.bands.upper)
            for k, value in self.band_upper.items():
                upper[k] = value
            model = model.replace(bands=dataclasses.replace(model.bands, upper=tuple(upper)))
        return model, model.profile(self.profile)


def _cases(paper_model, tmp_path_factory) -> list[Case]:
    folder = tmp_path_factory.mktemp("csv")
    (folder / "plans.csv").write_text(README_CSV, encoding="utf-8")
    plans = read_spreadsheet(folder / "plans.csv")
    return [
        Case("equal-wsm", paper_model, "Equal weights", "wsm",
             scores={("O3", "E1"): {"likelihood": 5}, ("O2", "P1"): {"impact": 2}},
             weights={"SEC": 10.0}, preferences={"E2": ("linear", 1, 10, 0)}, band_upper={2: 12}),
        Case("sovereignty-promethee", paper_model, "Sovereignty first", "promethee2",
             scores={("O1", "E1"): {"likelihood": 1}, ("O4", "E3"): {"impact": 2}},
             weights={"E1": 0.0}, preferences={"R1": ("gaussian", 0, 0, 2), "E1": ("vshape", 0, 5, 0),
                                                 "P2": ("level", 2, 6, 0)}, band_upper={0: 3}),
        Case("plans-vikor", plans, plans.profiles[0].name, "vikor",
             scores={("Plan B", "Quality"): {"value": 8.0}}, weights={"Cost": 0.1},
             preferences={"Quality": ("linear", 1, 4, 0)}, band_upper={}),
    ]


def _find_row(sheet, label: str, start: int = 1) -> int:
    for row in range(start, sheet.max_row + 1):
        if sheet.cell(row, 1).value == label:
            return row
    raise AssertionError(f"{sheet.title}: no row labelled {label!r}")


def _column(sheet, row: int, label: str) -> int:
    for column in range(1, sheet.max_column + 1):
        if sheet.cell(row, column).value == label:
            return column
    raise AssertionError(f"{sheet.title}: no column {label!r} in row {row}")


def _edit_workbook(case: Case, source: Path, target: Path) -> None:
    """Type the case's edits into the input cells, finding them by their labels as a reader would."""
    book = load_workbook(source)
    matrix = book["Risk matrix" if "Risk matrix" in book.sheetnames else "Decision matrix"]
    blocks = {"likelihood": "Likelihood", "impact": "Impact", "value": "Value"}
    for (option, factor), changes in case.scores.items():
        for field, value in changes.items():
            top = _find_row(matrix, blocks[field])
            matrix.cell(_find_row(matrix, option, top), _column(matrix, top, factor), value)
    weights = book["Weights"]
    for node, value in case.weights.items():
        weights.cell(_find_row(weights, node, 5), 4, value)
    methods = book["Methods"]
    for factor, (kind, q, p, s) in case.preferences.items():
        column = _column(methods, 4, factor)
        for label, value in (("PROMETHEE function", kind), ("PROMETHEE q (indifference)", q),
                             ("PROMETHEE p (preference)", p), ("PROMETHEE s (Gaussian)", s)):
            methods.cell(_find_row(methods, label), column, value)
    if case.band_upper:
        legend = _find_row(matrix, "Band")
        for k, value in case.band_upper.items():
            matrix.cell(legend + 1 + k, 3, value)
    book.save(target)


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory, paper_model):
    """Per case: (case, edited model, profile, edited workbook recalculated, fresh export recalculated)."""
    folder = tmp_path_factory.mktemp("live")
    cases, files = _cases(paper_model, tmp_path_factory), []
    for case in cases:
        exported = folder / f"{case.name}-exported.xlsx"
        write_workbook(exported, build_report(case.model, case.model.profile(case.profile), case.method,
                                              samples=200))
        _edit_workbook(case, exported, folder / f"{case.name}-edited.xlsx")
        model, profile = case.edited_model()
        write_workbook(folder / f"{case.name}-fresh.xlsx", build_report(model, profile, case.method, samples=200))
        files += [folder / f"{case.name}-edited.xlsx", folder / f"{case.name}-fresh.xlsx"]
    zero = _zero_case(cases[2])
    exported = folder / "zero-exported.xlsx"
    write_workbook(exported, build_report(zero.model, zero.model.profile(zero.profile), zero.method, samples=0))
    _edit_workbook(zero, exported, folder / "zero-edited.xlsx")
    group = _zero_group_case(cases[1])
    exported = folder / "group-exported.xlsx"
    write_workbook(exported, build_report(group.model, group.model.profile(group.profile), group.method, samples=0))
    _edit_workbook(group, exported, folder / "group-edited.xlsx")
    out = convert_many([*files, folder / "zero-edited.xlsx", folder / "group-edited.xlsx"], "xlsx", folder / "lo")
    books = [load_workbook(path, data_only=True) for path in out]
    degraded = (zero, *zero.edited_model(), books[-2], books[-1])
    return [(case, *case.edited_model(), books[2 * k], books[2 * k + 1]) for k, case in enumerate(cases)], degraded


def _zero_group_case(built_in: Case) -> Case:
    """Every raw weight of the Economic group set to 0: Mizan refuses the profile, so must the workbook."""
    return Case("group", built_in.model, built_in.profile, "wsm", scores={},
                weights={f"E{k}": 0.0 for k in range(1, 6)}, preferences={}, band_upper={})


def _zero_case(plans: Case) -> Case:
    """A 0 typed into the file: the weighted product cannot be computed, and 0 is off Quality's 5–9 scale."""
    return Case("zero", plans.model, plans.profile, "topsis", scores={("Plan B", "Quality"): {"value": 0.0}},
                weights={}, preferences={}, band_upper={})


def _table(sheet, header_label: str, first_column: int = 1) -> tuple[int, list[str]]:
    row = _find_row(sheet, header_label)
    return row, [sheet.cell(row, c).value for c in range(first_column, sheet.max_column + 1)]


@needs_libreoffice
def test_every_method_on_the_methods_sheet_equals_the_engine(recalculated):
    for case, model, profile, _, fresh in recalculated[0]:
        sheet = fresh["Methods"]
        top, labels = _table(sheet, "Option")
        ids = [sheet.cell(top + 1 + i, 1).value for i in range(len(model.options))]
        assert ids == [o.id for o in model.options]
        for method, label in zip(METHODS, ("WSM", "WPM", "TOPSIS", "VIKOR", "PROMETHEE II")):
            result = evaluate(model, profile, method).result
            score_col = labels.index(f"{label} score") + 1
            scores = [sheet.cell(top + 1 + i, score_col).value for i in range(len(ids))]
            ranks = [sheet.cell(top + 1 + i, score_col + 1).value for i in range(len(ids))]
            assert scores == pytest.approx(result.scores.tolist(), rel=1e-9, abs=1e-12), (case.name, method)
            assert ranks == result.ranks.tolist(), (case.name, method)


@needs_libreoffice
def test_summary_table_answer_and_agreement_follow_the_edits(recalculated):
    for case, model, profile, edited, fresh in recalculated[0]:
        ranking = evaluate(model, profile, case.method).ranking()
        for book in (edited, fresh):
            sheet = book["Summary"]
            top = _find_row(sheet, "Rank")
            rows = [[sheet.cell(top + 1 + k, c).value for c in range(1, 5)] for k in range(len(ranking))]
            shown = [[x["rank"], x["option"], "" if x["name"] == x["option"] else x["name"]] for x in ranking]
            assert [[r[0], r[1], r[2] or ""] for r in rows] == shown, case.name
            assert [r[3] for r in rows] == pytest.approx([x["score"] for x in ranking], rel=1e-9, abs=1e-12)
            answer = sheet.cell(_find_row(sheet, "Answer"), 2).value
            assert answer.startswith(f"{label(ranking[0]['option'], ranking[0]['name'], ' — ')} ranks first")
            agreement = next(sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)
                             if str(sheet.cell(r, 1).value).startswith("Agreement:"))
            for method in METHODS:
                top_option = evaluate(model, profile, method).ranking()[0]["option"]
                assert top_option == ranking[0]["option"] or f"puts {top_option} first" in agreement
        assert "edited in this workbook" in edited["Weights"]["B3"].value
        assert "edited" not in fresh["Weights"]["B3"].value


@needs_libreoffice
def test_profiles_evidence_and_heat_map_are_live(recalculated):
    for case, model, profile, _, fresh in recalculated[0]:
        sheet = fresh["Profiles"]
        top, labels = _table(sheet, "Option")
        for p in model.profiles:
            column = labels.index(f"{p.name}: score") + 1
            expected = evaluate(model, p, "wsm").result
            got = [sheet.cell(top + 1 + i, column).value for i in range(len(model.options))]
            assert got == pytest.approx(expected.scores.tolist(), rel=1e-9, abs=1e-12), (case.name, p.name)
            assert [sheet.cell(top + 1 + i, column + 1).value for i in range(len(got))] == expected.ranks.tolist()
        evidence = fresh["Evidence"]
        risks = any(f.kind == "risk" for f in model.factors)
        row = 5
        for option in model.options:
            for factor in model.factors:
                score = model.score(option.id, factor.id)
                line = [evidence.cell(row, c).value for c in range(1, 8)]
                assert line[:2] == [option.id, factor.id]
                if risks:
                    band = model.bands.names[model.bands.band(score.number)]
                    assert line[3:7] == [score.likelihood, score.impact, score.number, band], (case.name, line)
                else:
                    assert line[3] == score.value
                row += 1
        if risks:
            _check_heat_map(fresh["Heat map"], model)
        else:
            assert "Heat map" not in fresh.sheetnames and "Decision matrix" in fresh.sheetnames
            words = [str(c.value) for ws in fresh.worksheets if ws.title not in SNAPSHOTS
                     for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
            for word in ("likelihood", "Likelihood", "Band", "risk index", "Risk matrix", "Risk ="):
                assert not any(word in text for text in words), word


def _check_heat_map(sheet, model: DecisionModel) -> None:
    for k, option in enumerate(model.options):
        left, top = 1 + (k % 2) * 7, 4 + (k // 2) * 10
        assert str(sheet.cell(top, left).value).startswith(option.id)
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                ids = [f.id for f in model.factors
                       if (model.score(option.id, f.id).likelihood, model.score(option.id, f.id).impact)
                       == (likelihood, impact)]
                got = sheet.cell(top + 6 - likelihood, left + impact).value
                assert (got or "") == (f"{len(ids)} · {' '.join(ids)}" if ids else ""), (option.id, likelihood)


@needs_libreoffice
def test_edited_workbook_equals_a_fresh_export_of_the_edited_model(recalculated):
    """No number, rank or label left from before the edit, and no error value, outside the snapshot."""
    for case, _, _, edited, fresh in recalculated[0]:
        assert edited.sheetnames == fresh.sheetnames
        for name in edited.sheetnames:
            a, b = edited[name], fresh[name]
            if name in SNAPSHOTS:
                assert "does not follow edits" in a["A1"].value
                continue
            for row in range(1, max(a.max_row, b.max_row) + 1):
                for column in range(1, max(a.max_column, b.max_column) + 1):
                    mine, theirs = a.cell(row, column).value, b.cell(row, column).value
                    where = f"{case.name} {name}!{a.cell(row, column).coordinate}"
                    assert not (isinstance(mine, str) and mine.startswith(("#", "Err:"))), (where, mine)
                    assert not (isinstance(mine, float) and not math.isfinite(mine)), where
                    if name == "Weights" and column == 7:
                        continue  # "As exported": the raw weights the file was written with
                    if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
                        assert mine == pytest.approx(theirs, rel=1e-9, abs=1e-12), where
                    elif "“" not in str(mine):  # the profile label says "edited" in the edited copy only
                        assert mine == theirs, where


def test_round_trip_reads_edited_scores_and_weights_back_as_a_new_profile(tmp_path, tmp_path_factory, paper_model):
    """Export, edit scores and raw weights in the file, import: the preview lists exactly those edits."""
    case = _cases(paper_model, tmp_path_factory)[0]
    exported, edited = tmp_path / "exported.xlsx", tmp_path / "from-the-minister.xlsx"
    write_workbook(exported, build_report(case.model, case.model.profile(case.profile), case.method, samples=0))
    _edit_workbook(case, exported, edited)
    preview = preview_import(case.model, edited)
    assert {(c.option, c.factor): {c.field: c.new} for c in preview.changes} == case.scores
    assert [(w.criterion, w.old, w.new) for w in preview.weights] == [("SEC", 1.0, 10.0)]
    assert preview.profile is not None and preview.profile.name == "from-the-minister"
    assert "SEC 1 → 10" in preview.profile.notes and "Equal weights" in preview.profile.notes
    assert [p.name for p in preview.model.profiles] == [p.name for p in case.model.profiles] + ["from-the-minister"]
    model, profile = case.edited_model()
    assert preview.model.global_weights(preview.profile) == pytest.approx(model.global_weights(profile))
    assert case.model.profile("Equal weights") == preview.model.profile("Equal weights")  # nothing else moved
    again = preview_import(preview.model, edited)
    assert again.profile is not None and again.profile.name == "from-the-minister (2)"


def test_a_negative_raw_weight_in_the_file_is_rejected_by_cell(tmp_path, paper_model):
    path = tmp_path / "exported.xlsx"
    write_workbook(path, build_report(paper_model, paper_model.profiles[0], samples=0))
    book = load_workbook(path)
    weights = book["Weights"]
    weights.cell(_find_row(weights, "E1", 5), 4, -3)
    book.save(path)
    preview = preview_import(paper_model, path)
    assert preview.profile is None and not preview.weights
    assert [(i.where, i.message) for i in preview.rejected] == [
        (f"Weights!D{_find_row(weights, 'E1', 5)}", "raw weight -3 is negative; a weight is 0 or more")]



@needs_libreoffice
def test_a_method_that_cannot_be_computed_says_why_and_the_others_still_rank(recalculated):
    case, model, profile, edited, _ = recalculated[1]
    _no_error_values(edited)
    sheet = edited["Methods"]
    top, labels = _table(sheet, "Option")
    failed = []
    for method, label_text in zip(METHODS, ("WSM", "WPM", "TOPSIS", "VIKOR", "PROMETHEE II")):
        column = labels.index(f"{label_text} score") + 1
        scores = [sheet.cell(top + 1 + i, column).value for i in range(len(model.options))]
        ranks = [sheet.cell(top + 1 + i, column + 1).value for i in range(len(model.options))]
        try:
            result = evaluate(model, profile, method).result
        except ModelError:
            failed.append(method)
            assert all(str(v).startswith("not computed: ") for v in scores) and set(ranks) == {"—"}, method
            continue
        assert scores == pytest.approx(result.scores.tolist(), rel=1e-9, abs=1e-12), method
        assert ranks == result.ranks.tolist(), method
    assert failed == ["wsm", "wpm"]
    assert "positive values" in sheet.cell(top + 1, labels.index("WPM score") + 1).value
    summary = edited["Summary"]
    first = _find_row(summary, "Rank") + 1
    ranking = evaluate(model, profile, "topsis").ranking()
    assert [summary.cell(first + k, 2).value for k in range(3)] == [r["option"] for r in ranking]


def _no_error_values(book) -> None:
    for ws in book.worksheets:
        for row in ws.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and v.startswith(("#", "Err:")) for v in row), ws.title


@needs_libreoffice
def test_a_group_whose_raw_weights_add_up_to_zero_is_flagged_and_nothing_is_ranked(recalculated, paper_model):
    book = recalculated[1][4]
    _no_error_values(book)
    weights = book["Weights"]
    assert weights["H3"].value.startswith("⚠")
    assert weights.cell(_find_row(weights, "E1", 5), 8).value.startswith("⚠ the raw weights of group ECO add up")
    profile = paper_model.profile("Sovereignty first")
    with pytest.raises(ModelError):
        paper_model.global_weights(profile.replace(weights={**profile.weights, **{f"E{k}": 0.0 for k in range(1, 6)}}))
    methods = book["Methods"]
    top, labels = _table(methods, "Option")
    for label_text in ("WSM", "WPM", "TOPSIS", "VIKOR", "PROMETHEE II"):
        column = labels.index(f"{label_text} score") + 1
        assert all(str(methods.cell(top + 1 + i, column).value).startswith("not computed: the raw weights")
                   for i in range(len(paper_model.options))), label_text
    summary = book["Summary"]
    assert summary.cell(_find_row(summary, "Answer"), 2).value.startswith("Weighted sum (WSM) is not computed")
    profiles = book["Profiles"]
    top, labels = _table(profiles, "Option")
    live = labels.index("Sovereignty first: score") + 1
    other = labels.index("Equal weights: score") + 1
    assert str(profiles.cell(top + 1, live).value).startswith("not computed")
    assert isinstance(profiles.cell(top + 1, other).value, float)  # the other profiles' weights are their own
