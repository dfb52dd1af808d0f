"""The documented spreadsheet layout, from CSV and from a real xlsx file."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from core.errors import FileFormatError
from core.loader import load_model

LAYOUT = [
    ["option", "Cost", "Quality", "Risk"],
    ["weight", 0.5, 0.3, 0.2],
    ["direction", "cost", "benefit", "cost"],
    ["preference", "usual", "linear:1:3", "vshape:2"],
    ["Plan A", 200, 7, 3],
    ["Plan B", 150, 5, 4],
    ["Plan C", 180, 9, 2],
]


def csv_file(tmp_path, rows, name="m.csv"):
    path = tmp_path / name
    path.write_text("\n".join(",".join(str(c) for c in row) for row in rows), encoding="utf-8")
    return path


def xlsx_file(tmp_path, rows, name="m.xlsx"):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


@pytest.mark.parametrize("make", [csv_file, xlsx_file])
def test_layout_reads_criteria_options_weights_directions(tmp_path, make):
    model = load_model(make(tmp_path, LAYOUT))
    assert [f.id for f in model.factors] == ["Cost", "Quality", "Risk"]
    assert [f.direction for f in model.factors] == ["cost", "benefit", "cost"]
    assert [f.preference for f in model.factors] == ["usual", "linear:1:3", "vshape:2"]
    assert [o.id for o in model.options] == ["Plan A", "Plan B", "Plan C"]
    assert model.score("Plan B", "Cost").value == 150
    assert model.global_weights(model.profiles[0]) == pytest.approx({"Cost": 0.5, "Quality": 0.3, "Risk": 0.2})


def test_optional_rows_may_be_absent(tmp_path):
    model = load_model(csv_file(tmp_path, [LAYOUT[0], *LAYOUT[4:]]))
    assert model.profiles[0].name == "Equal weights"
    assert all(f.direction == "benefit" for f in model.factors)


def test_semicolon_csv_is_recognised(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("option;A;B\nx;1;2\ny;3;4\n", encoding="utf-8")
    assert [f.id for f in load_model(path).factors] == ["A", "B"]


@pytest.mark.parametrize("rows, message", [
    ([["name", "A"], ["x", 1]], "row 1 must start with 'option'"),
    ([["option", "A", "A"], ["x", 1, 2]], "criterion 'A' appears twice"),
    ([["option", "A"], ["x", "lots"]], "row 2, column 'A': 'lots' is not a number"),
    ([["option", "A"], ["x", "nan"]], "is not a finite number"),
    ([["option", "A"], ["x", 1], ["x", 2]], "row 3: option 'x' appears twice"),
    ([["option", "A"], ["direction", "sideways"], ["x", 1]], "direction of 'A' must be benefit or cost"),
    ([["option", "A"], ["weight", -1], ["x", 1]], "weight of A must be a number from 0 to 1e"),
    ([["option", "A"]], "no option rows"),
])
def test_bad_layouts_name_the_row_and_column(tmp_path, rows, message):
    path = csv_file(tmp_path, rows)
    with pytest.raises(FileFormatError, match=message.replace("(", r"\(")) as caught:
        load_model(path)
    assert str(path) in str(caught.value)


def test_renamed_and_hostile_xlsx_files_are_refused(tmp_path):
    renamed = tmp_path / "text.xlsx"
    renamed.write_text("option,A\nx,1\n")
    with pytest.raises(FileFormatError, match="not an .xlsx workbook"):
        load_model(renamed)
    encrypted = tmp_path / "locked.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(FileFormatError, match="encrypted workbook"):
        load_model(encrypted)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", b"\0" * 50_000_000)
    with pytest.raises(FileFormatError, match="zip bomb"):
        load_model(bomb)


def test_unknown_extension(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("x")
    with pytest.raises(FileFormatError, match="unknown file type .txt"):
        load_model(path)
