"""The one spreadsheet reader: CSV quoting, encodings, separators, numbers, caps, the visible sheet."""

from __future__ import annotations

import csv
import io
import string
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from core.errors import FileFormatError
from core.loader import load_model
from core.storage.sheet_reader import MAX_ROWS, cell_number, read_sheet
from core.texts import id_key, id_problem

# Option and criterion names, with the characters that need quoting (separators,
# quotes, line breaks inside) and some beyond ASCII; never padded (cells are stripped).
# Ids full of what CSV must quote (separators, quotes), but only ids the model accepts (core.texts:
# no line breaks or other control characters), and unique as the model compares them.
NAMES = st.text(string.ascii_letters + string.digits + ' ,;"\'-éØ漢', min_size=1, max_size=10).map(
    lambda s: s.strip()).filter(lambda s: s and s.lower() not in ("option", "weight", "direction", "preference")
                                and id_problem(s) is None)
VALUES = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


def write_table(path, rows, delimiter, quoting=csv.QUOTE_MINIMAL, bom=False):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator="\r\n").writerows(rows)
    path.write_text(("\ufeff" if bom else "") + buffer.getvalue(), encoding="utf-8", newline="")
    return path


def number_text(value: float, delimiter: str) -> str:
    text = repr(value)
    return text.replace(".", ",") if delimiter == ";" and "e" not in text else text


@st.composite
def tables(draw):
    ids = draw(st.lists(NAMES, min_size=2, max_size=9, unique_by=id_key))  # ids are unique across both
    split = draw(st.integers(1, len(ids) - 1))
    names, options = ids[:split], ids[split:]
    values = [[draw(VALUES) for _ in names] for _ in options]
    return names, options, values


@settings(max_examples=60, deadline=None)
@given(tables(), st.sampled_from([",", ";"]), st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]), st.booleans())
def test_generated_tables_round_trip_exactly_in_both_delimiters(tmp_path_factory, table, delimiter, quoting, bom):
    names, options, values = table
    rows = [["option", *names]] + [[o, *(number_text(v, delimiter) for v in row)] for o, row in zip(options, values)]
    path = write_table(tmp_path_factory.mktemp("t") / "m.csv", rows, delimiter, quoting, bom)
    model = load_model(path)
    assert [f.id for f in model.factors] == names
    assert [o.id for o in model.options] == options
    assert [[model.score(o, n).value for n in names] for o in options] == values


GROUPED = st.builds(lambda sign, head, tail: f"{sign}{head},{tail:03d}", st.sampled_from(["", "-", "+"]),
                    st.integers(1, 999), st.integers(0, 999))


@settings(max_examples=40, deadline=None)
@given(GROUPED, st.sampled_from([",", ";"]), st.booleans())
def test_a_number_thousands_separators_could_have_written_is_refused(tmp_path_factory, text, delimiter, dotted):
    text = text.replace(",", ".") if dotted and delimiter == ";" else text
    path = write_table(tmp_path_factory.mktemp("t") / "m.csv", [["option", "A"], ["x", text], ["y", "2"]],
                       delimiter)
    with pytest.raises(FileFormatError, match="ambiguous") as caught:
        load_model(path)
    assert f"{path}: row 2, column 'A': {text!r}" in str(caught.value)


@pytest.mark.parametrize("text, comma, value", [
    ("1.5", False, 1.5), ("1.5", True, 1.5), ("1,5", True, 1.5), ("0,125", True, 0.125), ("1.000", False, 1.0),
    ("1234,567", True, 1234.567), ("-2e3", False, -2000.0), (" 7 ", False, 7.0), (".5", False, 0.5),
])
def test_plain_numbers_and_unambiguous_decimal_commas(text, comma, value):
    assert cell_number(text, comma) == value


@pytest.mark.parametrize("text, comma, reason", [
    ("1,000", False, "ambiguous"), ("1,000", True, "ambiguous"), ("1.000", True, "ambiguous"),
    ("1,5", False, "decimal mark here is '.'"), ("1,000,000", False, "thousands separators"),
    ("1.234,5", True, "thousands separators"), ("1_000", False, "is not a number"), ("0x10", False, "not a number"),
    ("nan", False, "not a finite number"), ("-inf", True, "not a finite number"),
    ("1e400", False, "not a finite number"), ("2e15", False, r"from -1e\+15 to 1e\+15"), ("", False, "is empty"),
    ("1 000", False, "not a number"), ("12%", False, "not a number"), ("١٢", False, "not a number"),
])
def test_numbers_that_are_refused_and_why(text, comma, reason):
    with pytest.raises(ValueError, match=reason):
        cell_number(text, comma)


def test_typed_cells_of_a_workbook():
    assert cell_number(3) == 3.0 and cell_number(2.5) == 2.5
    for value, reason in ((True, "not a number"), (None, "is empty"), (10**400, "finite"),
                          (float("nan"), "finite")):
        with pytest.raises(ValueError, match=reason):
            cell_number(value)


def test_a_line_separator_inside_a_field_does_not_split_the_row(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text('option,A\n"Plan\u2028A",1\n"Plan\nB",2\nC,3\n', encoding="utf-8", newline="")
    sheet = read_sheet(path)
    assert [row.number for row in sheet.rows] == [1, 2, 3, 4]
    assert [row.cells[0] for row in sheet.rows[1:]] == ["Plan\u2028A", "Plan\nB", "C"]
    # Kept whole, the name is then refused as an id (no line breaks in ids), naming the character.
    with pytest.raises(FileFormatError, match=r"option id 'Plan\\u2028A' holds a line separator"):
        load_model(path)


def test_blank_rows_keep_the_spreadsheet_row_numbers(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("option,A\n\n\nx,lots\n", encoding="utf-8")
    with pytest.raises(FileFormatError, match=r"row 4, column 'A': 'lots' is not a number"):
        load_model(path)


def test_undecodable_bytes_are_refused_with_their_position(tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes("option,A\nx,1\nCafé,2\n".encode("latin-1"))
    with pytest.raises(FileFormatError, match=r"line 3: byte 16 \(0xe9\) is not UTF-8"):
        load_model(path)
    path.write_bytes(b"\xef\xbb\xbf" + "option,A\nx,1\nCafé,2\n".encode("latin-1"))
    with pytest.raises(FileFormatError, match=r"line 3: byte 19 \(0xe9\) is not UTF-8"):
        load_model(path)


def test_a_stray_quote_is_refused_with_its_row(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text('option,A\nx,1\n"y"z,2\n', encoding="utf-8")
    with pytest.raises(FileFormatError, match="row 3: .*check the quotes"):
        load_model(path)


@pytest.mark.parametrize("body, message", [
    ("option,A\nx,1\nweight,2\n", "row 3: the 'weight' row must come before the first option (row 2)"),
    ("option,A\nDirection,cost\ndirection,cost\nx,1\n", "row 3: a second 'direction' row (the first is row 2)"),
    ("option,A,B\nx,1,2,3\n", "row 2, column 4: a value beyond the header's 3 columns"),
    ("option,A,B\nweight,1,2,,9\nx,1,2\n", "row 2, column 5: a value beyond"),
])
def test_the_layout_shape_is_checked_with_the_row(tmp_path, body, message):
    path = tmp_path / "m.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FileFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_model(path)


def test_trailing_empty_cells_are_not_values(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("option,A,B,,\nx,1,2,,\ny,3,4\n", encoding="utf-8")
    assert load_model(path).score("y", "B").value == 4


def test_rows_beyond_the_cap_are_refused_quickly(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("option,A\n" + "".join(f"o{i},{i}\n" for i in range(MAX_ROWS + 5)), encoding="utf-8")
    with pytest.raises(FileFormatError, match=f"row {MAX_ROWS + 1}: beyond the limit"):
        load_model(path)


def test_more_options_than_a_model_holds_are_refused_at_their_row(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("option,A\n" + "".join(f"o{i},{i}\n" for i in range(2_001)), encoding="utf-8")
    with pytest.raises(FileFormatError, match="row 2002: option 2,001: .*beyond the limit of a model"):
        load_model(path)


def test_the_first_visible_sheet_is_read(tmp_path):
    book = Workbook()
    hidden = book.active
    hidden.title = "Lookup"
    hidden.append(["option", "Secret"])
    hidden.append(["z", 99])
    hidden.sheet_state = "hidden"
    data = book.create_sheet("Data")
    for row in (["option", "A"], ["x", 1], ["y", "2.5"]):
        data.append(row)
    path = tmp_path / "m.xlsx"
    book.save(path)
    model = load_model(path)
    assert [f.id for f in model.factors] == ["A"] and model.score("y", "A").value == 2.5
    # Excel never saves a workbook without a visible sheet; a crafted one is refused.
    crafted = tmp_path / "crafted.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(crafted, "w") as target:
        for item in source.infolist():
            data_bytes = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data_bytes = data_bytes.replace(b'state="visible"', b'state="hidden"')
            target.writestr(item, data_bytes)
    with pytest.raises(FileFormatError, match="no visible sheet"):
        load_model(crafted)


def test_a_row_of_formulas_without_saved_values_is_refused_not_skipped(tmp_path):
    book = Workbook()
    for row in (["option", "A", "B"], ["x", 1, 2], [None, "=B2*2", "=C2*2"]):
        book.active.append(row)
    path = tmp_path / "m.xlsx"
    book.save(path)
    with pytest.raises(FileFormatError, match="row 3: the option name is empty"):
        load_model(path)
