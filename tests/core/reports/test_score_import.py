"""Importing scores back: round trip, preview of changes, coercions, rejections, hostile files."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from core.errors import FileFormatError
from core.reports.data import build_report
from core.reports.excel import write_workbook
from core.reports.score_import import Change, preview_import
from tests.conftest import value_model


@pytest.fixture
def workbook(tmp_path, paper_model):
    path = tmp_path / "risk.xlsx"
    write_workbook(path, build_report(paper_model, paper_model.profiles[0]))
    return path


def test_round_trip_changes_nothing(workbook, paper_model):
    preview = preview_import(paper_model, workbook)
    assert (preview.changes, preview.coerced, preview.rejected) == ((), (), ())
    assert preview.model == paper_model


def test_edits_coercions_and_rejections_are_listed_cell_by_cell(tmp_path, workbook, paper_model):
    book = load_workbook(workbook)
    sheet = book["Risk matrix"]
    sheet["C16"], sheet["D16"], sheet["E16"], sheet["F16"] = 5, "3", "#N/A", "high"
    sheet["G16"], sheet["C23"] = "=1+1", 4.5
    sheet.merge_cells("H16:I16")
    sheet["A17"] = "O3"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    preview = preview_import(paper_model, edited)
    assert preview.changes == (Change("O3", "E1", "likelihood", 1, 5), Change("O3", "E2", "likelihood", 2, 3))
    assert [(i.where, i.message) for i in preview.coerced] == [("Risk matrix!D16", "text '3' read as the number 3")]
    rejected = {i.where: i.message for i in preview.rejected}
    assert rejected["Risk matrix!E16"] == "holds the error value #N/A"
    assert "'high', not a number" in rejected["Risk matrix!F16"]
    assert "formula without a cached value" in rejected["Risk matrix!G16"]
    assert rejected["Risk matrix!H16"] == rejected["Risk matrix!I16"] == "is part of merged cells"
    assert rejected["Risk matrix!C23"] == "impact must be a whole number 1–5, not 4.5"
    assert "option 'O3' appears twice" in rejected["Risk matrix!A17"]
    assert preview.model.score("O3", "E1").likelihood == 5 and paper_model.score("O3", "E1").likelihood == 1


def test_documented_layout_updates_direct_values(tmp_path):
    model = value_model({"A": [1.0, 2.0], "B": [3.0, 4.0]}, ["benefit", "cost"], [1, 1])
    path = tmp_path / "scores.csv"
    path.write_text("option,C1,C2,C9\nweight,1,1,1\nA,1,2.5,0\nB,x,4,0\nZ,1,1,1\n")
    preview = preview_import(model, path)
    assert preview.changes == (Change("A", "C2", "value", 2.0, 2.5),)
    messages = [i.message for i in preview.rejected]
    assert "factor 'C9' is not in the model" in messages
    assert messages.count("factor 'C9' is not in the model") == 1
    assert "'x' is not a number" in messages and "option 'Z' is not in the model" in messages
    assert preview.coerced == ()  # CSV cells are text by nature: reading them is no coercion


def test_risk_factors_cannot_take_a_single_number(tmp_path, paper_model):
    path = tmp_path / "flat.csv"
    path.write_text("option,E1\nO1,20\n")
    preview = preview_import(paper_model, path)
    assert preview.changes == () and "scored as likelihood × impact" in preview.rejected[0].message


def test_hostile_files_are_refused(tmp_path, paper_model, workbook):
    bomb = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                data = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + body)
            target.writestr(item, data)
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML, "openpyxl must parse through defusedxml"
    with pytest.raises(FileFormatError, match="cannot be read as a workbook") as caught:
        preview_import(paper_model, bomb)
    assert "\n" not in str(caught.value)
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_bytes(b"%PDF-1.4 not a workbook")
    with pytest.raises(FileFormatError, match="not an .xlsx workbook"):
        preview_import(paper_model, renamed)


def test_a_sheet_claiming_a_million_rows_is_refused(tmp_path, paper_model, workbook):
    claimed = tmp_path / "claims.xlsx"
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(claimed, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                start = data.index(b"<dimension ref=\"")
                end = data.index(b"/>", start)
                data = data[:start] + b'<dimension ref="A1:Z1048576"' + data[end:]
            target.writestr(item, data)
    with pytest.raises(FileFormatError, match="claims more than"):
        preview_import(paper_model, claimed)


def test_neither_layout(tmp_path, paper_model):
    path = tmp_path / "other.csv"
    path.write_text("name,E1\nO1,3\n")
    with pytest.raises(FileFormatError, match="neither a Mizan workbook nor the documented layout"):
        preview_import(paper_model, path)


def test_import_reads_what_the_loader_reads(tmp_path):
    """Decimal commas, blank rows and a hidden first sheet: the loader's file imports cleanly into its own model."""
    from openpyxl import Workbook

    from core.loader import load_model

    semicolon = tmp_path / "semi.csv"
    semicolon.write_text("\ufeffoption;A;B\n\nweight;1;2\nx;1,5;2\ny;3;4,25\n", encoding="utf-8")
    book = Workbook()
    book.active.append(["option", "Hidden"])
    book.active.sheet_state = "hidden"
    data = book.create_sheet("Data")
    for row in (["option", "A"], [None], ["x", 1], ["y", 2]):
        data.append(row)
    workbook = tmp_path / "hidden-first.xlsx"
    book.save(workbook)
    for path in (semicolon, workbook):
        model = load_model(path)
        preview = preview_import(model, path)
        assert (preview.changes, preview.coerced, preview.rejected) == ((), (), ())
    assert load_model(semicolon).score("y", "B").value == 4.25


@pytest.mark.parametrize("body, message", [
    ("option,C1\nA,1\nweight,1\n", "row 3: the 'weight' row must come before the first option"),
    ("option,C1\nA,1,7\n", "row 2, column 3: a value beyond the header's 2 columns"),
    ("option,C1\nA,1\nA,2\n", "row 3: option 'A' appears twice (first in row 2)"),
    ("option,C1\nA,\"1\n", "check the quotes"),
])
def test_import_refuses_the_shapes_the_loader_refuses(tmp_path, body, message):
    model = value_model({"A": [1.0], "B": [3.0]}, ["benefit"], [1])
    path = tmp_path / "scores.csv"
    path.write_text(body)
    with pytest.raises(FileFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        preview_import(model, path)


def test_an_ambiguous_number_is_rejected_not_guessed(tmp_path):
    model = value_model({"A": [1.0, 2.0], "B": [3.0, 4.0]}, ["benefit", "cost"], [1, 1])
    path = tmp_path / "scores.csv"
    path.write_text('option,C1,C2\nA,"1,000",1_000\nB,3,4\n')
    preview = preview_import(model, path)
    assert preview.changes == ()
    assert [(i.where, i.message.split(" (")[0]) for i in preview.rejected] == [
        ("row 2, column 'C1'", "'1,000' is ambiguous"), ("row 2, column 'C2'", "'1_000' is not a number")]


def test_a_layout_workbook_formula_without_a_saved_value_is_rejected_with_the_reason(tmp_path):
    from openpyxl import Workbook

    model = value_model({"A": [1.0], "B": [3.0]}, ["benefit"], [1])
    book = Workbook()
    for row in (["option", "C1"], ["A", "=2+2"], ["B", 5]):
        book.active.append(row)
    path = tmp_path / "scores.xlsx"
    book.save(path)
    preview = preview_import(model, path)
    assert preview.changes == (Change("B", "C1", "value", 3.0, 5.0),)
    assert [(i.where, i.message.split(";")[0]) for i in preview.rejected] == [
        ("row 2, column 'C1'", "holds the formula '=2+2' without a saved value")]
