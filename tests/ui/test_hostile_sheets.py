"""A hostile corpus for spreadsheets, profile files and unbounded requests, run through the real command line.

Every hostile case must exit 2 with exactly one line on stderr that names
the file and the place (row, column or argument), without a traceback or an
"internal error", and leave its input byte-identical; every valid case
exits 0 with the numbers the file holds.  Files are generated on the fly.
"""

from __future__ import annotations

import csv
import json
from datetime import datetime

import pytest
from openpyxl import Workbook

from tests.ui.cli_helpers import cli

GOOD = "option,A,B\nx,1,2\ny,3,4\n"

# (case id, file content, text every message must hold besides the file name)
CSV_REFUSED = [
    ("quoted-thousands", 'option,A,B\nx,"1,000",2\ny,3,4\n', "row 2, column 'A': '1,000' is ambiguous"),
    ("semicolon-thousands-comma", "option;A;B\nx;1,000;2\ny;3;4\n", "row 2, column 'A': '1,000' is ambiguous"),
    ("semicolon-thousands-dot", "option;A;B\nx;1.000;2\ny;3;4\n", "row 2, column 'A': '1.000' is ambiguous"),
    ("negative-grouped", 'option,A\nx,"-12,500"\n', "row 2, column 'A': '-12,500' is ambiguous"),
    ("weight-ambiguous", 'option,A\nweight,"2,000"\nx,1\n', "row 2, weight of 'A': '2,000' is ambiguous"),
    ("underscore", "option,A,B\nx,1_000,2\ny,3,4\n", "row 2, column 'A': '1_000' is not a number"),
    ("grouped-million", 'option,A\nx,"1,000,000"\n', "thousands separators are not read"),
    ("european-grouped", "option;A\nx;1.234,5\n", "thousands separators are not read"),
    ("decimal-comma-in-comma-file", 'option,A\nx,"1,5"\n', "the decimal mark here is '.'"),
    ("space-grouped", "option,A\nx,1 000\n", "'1 000' is not a number"),
    ("percent", "option,A\nx,12%\n", "'12%' is not a number"),
    ("currency", "option,A\nx,$5\n", "'$5' is not a number"),
    ("hex", "option,A\nx,0x10\n", "'0x10' is not a number"),
    ("double-sign", "option,A\nx,--5\n", "'--5' is not a number"),
    ("full-width-digits", "option,A\nx,１２\n", "'１２' is not a number"),
    ("arabic-indic-digits", "option,A\nx,١٢\n", "'١٢' is not a number"),
    ("nan", "option,A\nx,nan\ny,1\n", "'nan' is not a finite number"),
    ("infinity", "option,A\nx,-Infinity\ny,1\n", "'-Infinity' is not a finite number"),
    ("overflow", "option,A\nx,1e400\ny,1\n", "'1e400' is not a finite number"),
    ("beyond-range", "option,A\nx,2e15\ny,1\n", "'2e15' is not a finite number from"),
    ("long-exponent", "option,A\nx,1e5000\n", "'1e5000' is not a number"),
    ("empty-cell", "option,A,B\nx,,2\n", "row 2, column 'A': is empty"),
    ("short-row", "option,A,B\nx,1\n", "row 2, column 'B': is empty"),
    ("row-too-long", "option,A,B\nx,1,2\ny,3,4,9\n", "row 3, column 4: a value beyond the header's 3 columns"),
    ("meta-row-too-long", "option,A\ndirection,cost,cost\nx,1\n", "row 2, column 3: a value beyond"),
    ("weight-after-option", "option,A,B\nx,1,2\nweight,3,4\n", "row 3: the 'weight' row must come before"),
    ("direction-after-option", "option,A\nx,1\nDIRECTION,cost\n", "row 3: the 'direction' row must come before"),
    ("preference-after-option", "option,A\nx,1\ny,2\npreference,usual\n", "row 4: the 'preference' row"),
    ("second-weight", "option,A,B\nweight,1,2\nweight,3,4\nx,1,2\n", "row 3: a second 'weight' row"),
    ("second-direction", "option,A\ndirection,cost\nDirection,benefit\nx,1\n", "row 3: a second 'direction' row"),
    ("second-preference", "option,A\npreference,usual\npreference,usual\nx,1\n", "a second 'preference' row"),
    ("duplicate-option", "option,A\nx,1\n\nx,2\n", "row 4: option 'x' appears twice (first in row 2)"),
    ("empty-option-name", "option,A\n,1\n", "row 2: the option name is empty"),
    ("negative-weight", "option,A\nweight,-1\nx,1\n", "weight of A must be a number from 0 to 1e+12"),
    # A line separator stays inside its field (the row is not split), and an id may not hold one.
    ("line-separator-in-name", "option,A\nPlan\u2028A,1\nB,2\n", r"option id 'Plan\u2028A' holds a line separator"),
    ("bad-direction", "option,A\ndirection,sideways\nx,1\n", "direction of 'A' must be benefit or cost"),
    ("header-not-option", "name,A\nx,1\n", "row 1 must start with 'option'"),
    ("header-no-criteria", "option\nx\n", "row 1 names no criteria"),
    ("header-empty-name", "option,A,,B\nx,1,2,3\n", "row 1, column 3: criterion name is empty"),
    ("duplicate-criterion", "option,A,A\nx,1,2\n", "row 1: criterion 'A' appears twice"),
    ("header-only", "option,A\n", "no option rows after the header"),
    ("empty-file", "", "the sheet is empty"),
    ("stray-quote", 'option,A\nx,1\n"y"z,2\n', "row 3: "),
    ("unterminated-quote", 'option,A\nx,"1\n', "check the quotes"),
    ("nul-byte", "option,A\nx,1\0\n", "row 2, column 'A': '1\\x00' is not a number"),
    ("too-many-criteria", "option," + ",".join(f"C{i}" for i in range(501)) + "\nx," + ",".join("1" * 501) + "\n",
     "row 1: more than 500 criteria"),
    ("too-many-options", "option,A\n" + "".join(f"o{i},{i}\n" for i in range(2_001)),
     "row 2002: option 2,001: 2,001 options × 1 factors is beyond the limit of a model"),
    ("too-many-rows", "option,A\n" + "\n" * 10_000 + "x,1\n", "row 10001: beyond the limit of a spreadsheet model"),
    ("trailing-blank-rows", GOOD + "\n" * 20_000, "row 10001: beyond the limit of a spreadsheet model"),
    ("long-row-late", "option," + ",".join(f"C{i}" for i in range(100)) + "\n"
     + "".join(f"o{r}," + ",".join(["1"] * 100) + "\n" for r in range(1_000)) + "x," + ",".join(["1"] * 400) + "\n",
     "row 1002, column 102: a value beyond"),
    ("too-many-cells", "option," + ",".join(f"C{i}" for i in range(100)) + "\n"
     + "".join(f"o{r}," + ",".join(["1"] * 100) + "\n" for r in range(9_950)),
     "row 9901: beyond the limit of a spreadsheet model (10,000 rows, 1,000,000 filled cells)"),
]

BYTES_REFUSED = [
    ("latin-1", "option,A\nCafé,1\n".encode("latin-1"), "line 2: byte 12 (0xe9) is not UTF-8"),
    ("utf-16", "option,A\nx,1\n".encode("utf-16"), "line 1: byte 0 (0xff) is not UTF-8"),
    ("truncated-utf-8", "option,A\nx,1\nÉ".encode()[:-1], "is not UTF-8"),
]

# (case id, file content, expected scores {option: {criterion: value}})
CSV_VALID = [
    ("semicolon-decimal-comma", "option;A;B\nx;1,5;2\ny;0,125;1234,567\n",
     {"x": {"A": 1.5, "B": 2.0}, "y": {"A": 0.125, "B": 1234.567}}),
    ("comma-file-three-decimals", "option,A\nx,1.000\ny,2.125\n", {"x": {"A": 1.0}, "y": {"A": 2.125}}),
    ("bom-crlf-blank-lines", "\ufeffoption,A\r\n\r\nx,1\r\n\r\ny,2\r\n", {"x": {"A": 1.0}, "y": {"A": 2.0}}),
    ("quoted-names-with-separators", '"option","A, total","B; part"\n"Plan ""x""",1,2\n"y;z","3","4"\n',
     {'Plan "x"': {"A, total": 1.0, "B; part": 2.0}, "y;z": {"A, total": 3.0, "B; part": 4.0}}),
    ("trailing-empty-cells", "option,A,,\nx,1,,\ny,2\n", {"x": {"A": 1.0}, "y": {"A": 2.0}}),
    # (positive: the CSV export reports the weighted product, which needs positive values)
    ("exponents-and-signs", "option,A\nx,+2e3\ny,.5E-1\n", {"x": {"A": 2000.0}, "y": {"A": 0.05}}),
]


def assert_refused(capsys, argv, path, before, expected):
    status, out, err = cli(capsys, *argv)
    lines = err.splitlines()
    assert status == 2, (status, out, err)
    assert len(lines) == 1, err
    assert str(path) in lines[0] and expected in lines[0], lines[0]
    assert "Traceback" not in err and "internal error" not in err
    assert path.read_bytes() == before


def scores_of(capsys, path) -> dict:
    """{option: {criterion: value}} as the command line reads ``path`` (through the CSV export)."""
    matrix = path.with_name(f"{path.stem}-matrix.csv")
    status, _, err = cli(capsys, "export", str(path), "--samples", "0", "--out", str(matrix))
    assert status == 0 and err == "", err
    with open(matrix, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0][1:]
    return {row[0]: dict(zip(header, map(float, row[1:]))) for row in rows if row[0] not in ("weight", "direction")
            and row[0] != "option"}


@pytest.mark.parametrize("case, text, expected", CSV_REFUSED, ids=[c[0] for c in CSV_REFUSED])
def test_hostile_csv_is_refused_in_one_line(capsys, tmp_path, case, text, expected):
    path = tmp_path / f"{case}.csv"
    path.write_text(text, encoding="utf-8", newline="")
    assert_refused(capsys, ["score", str(path)], path, path.read_bytes(), expected)


@pytest.mark.parametrize("case, data, expected", BYTES_REFUSED, ids=[c[0] for c in BYTES_REFUSED])
def test_undecodable_csv_is_refused_in_one_line(capsys, tmp_path, case, data, expected):
    path = tmp_path / f"{case}.csv"
    path.write_bytes(data)
    for command in (["score", str(path)], ["import-scores", str(path)]):
        assert_refused(capsys, command, path, data, expected)


SHAPE_CASES = [c for c in CSV_REFUSED if any(word in c[2] for word in ("row must come", "second", "beyond",
                                                                     "appears twice (first", "check the quotes"))]


@pytest.mark.parametrize("case, text, expected", SHAPE_CASES, ids=[c[0] for c in SHAPE_CASES])
def test_import_scores_refuses_the_same_shapes(capsys, tmp_path, case, text, expected):
    model = tmp_path / "model.csv"
    model.write_text(GOOD)
    path = tmp_path / f"{case}.csv"
    path.write_text(text, encoding="utf-8", newline="")
    out = tmp_path / "out.mizan"
    assert_refused(capsys, ["import-scores", str(path), "--into", str(model), "--out", str(out)], path,
                   path.read_bytes(), expected)
    assert not out.exists()


NUMBER_CASES = [c for c in CSV_REFUSED[:22] if "column 'A'" in c[2] or "not a number" in c[2]]


@pytest.mark.parametrize("case, text, expected", NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES])
def test_import_scores_rejects_the_same_numbers_cell_by_cell(capsys, tmp_path, case, text, expected):
    model = tmp_path / "model.csv"
    model.write_text("option,A,B\nx,7,2\ny,3,4\n")
    path = tmp_path / f"{case}.csv"
    path.write_text(text, encoding="utf-8", newline="")
    status, out, err = cli(capsys, "import-scores", str(path), "--into", str(model), "--json")
    assert status == 0 and err == ""
    preview = json.loads(out)
    reason = expected.split(": ", 1)[-1]
    assert any(reason.split(" (")[0] in issue["message"] for issue in preview["rejected"]), preview["rejected"]
    assert not any(c["option"] == "x" and c["factor"] == "A" for c in preview["changes"])


@pytest.mark.parametrize("case, text, expected", CSV_VALID, ids=[c[0] for c in CSV_VALID])
def test_valid_csv_is_read_with_the_right_numbers(capsys, tmp_path, case, text, expected):
    path = tmp_path / f"{case}.csv"
    path.write_text(text, encoding="utf-8", newline="")
    before = path.read_bytes()
    assert scores_of(capsys, path) == expected
    status, _, err = cli(capsys, "import-scores", str(path), "--into", str(path), "--json")
    assert status == 0 and err == "" and path.read_bytes() == before


def workbook(path, rows, hidden_first=None, typed=None):
    book = Workbook()
    sheet = book.active
    if hidden_first is not None:
        for row in hidden_first:
            sheet.append(row)
        sheet.sheet_state = "hidden"
        sheet = book.create_sheet("Visible")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


XLSX_REFUSED = [
    ("text-thousands", [["option", "A"], ["x", "1,000"]], "row 2, column 'A': '1,000' is ambiguous"),
    ("boolean", [["option", "A"], ["x", True]], "row 2, column 'A': True is not a number"),
    ("date", [["option", "A"], ["x", datetime(2026, 1, 2)]], "holds the date or time 2026-01-02"),
    ("error-value", [["option", "A"], ["x", "#N/A"]], "'#N/A' is not a number"),
    ("huge-number", [["option", "A"], ["x", 1e300]], "is not a finite number from"),
    ("row-too-long", [["option", "A"], ["x", 1, 5]], "row 2, column 3: a value beyond"),
    ("weight-after-option", [["option", "A"], ["x", 1], ["weight", 2]], "row 3: the 'weight' row must come"),
    ("visible-sheet-wrong", [["name", "A"], ["x", 1]], "sheet 'Visible': row 1 must start with 'option'"),
    ("uncached-formula", [["option", "A"], ["x", "=1+1"]],
     "row 2, column 'A': holds the formula '=1+1' without a saved value; recalculate and save"),
]


@pytest.mark.parametrize("case, rows, expected", XLSX_REFUSED, ids=[c[0] for c in XLSX_REFUSED])
def test_hostile_xlsx_is_refused_in_one_line(capsys, tmp_path, case, rows, expected):
    hidden = [["option", "A"], ["x", 1]] if case == "visible-sheet-wrong" else None
    path = workbook(tmp_path / f"{case}.xlsx", rows, hidden)
    assert_refused(capsys, ["score", str(path)], path, path.read_bytes(), expected)


def test_the_visible_sheet_is_read_not_a_hidden_first_one(capsys, tmp_path):
    path = workbook(tmp_path / "m.xlsx", [["option", "A"], ["x", 1], ["y", 2.5]],
                    hidden_first=[["option", "Secret"], ["z", "lots"]])
    assert scores_of(capsys, path) == {"x": {"A": 1.0}, "y": {"A": 2.5}}


# --- profile files that match nothing ------------------------------------------------------------------

def profile_file(path, weights, ahp=None):
    body = {"name": "Foreign", "weights": weights, **({"ahp": ahp} if ahp else {})}
    path.write_text(json.dumps({"format_version": 1, "profile": body}))
    return path


PROFILE_COMMANDS = [
    ["score", "{model}", "--profile", "{profile}"],
    ["score", "{model}", "--profile", "{profile}", "--all-methods"],
    ["compare", "{model}", "--profile", "Equal weights", "--profile", "{profile}"],
    ["sensitivity", "{model}", "--profile", "{profile}", "--samples", "100"],
    ["export", "{model}", "--profile", "{profile}", "--samples", "0", "--out", "{out}.csv"],
    ["profile", "export", "{model}", "--profile", "{profile}", "--out", "{out}.mizan-profile"],
    ["profile", "import", "{model}", "{profile}"],
    ["profile", "import", "{model}", "{profile}", "--out", "{out}.mizan"],
    ["profile", "combine", "{model}", "--profile", "Equal weights", "--profile", "{profile}"],
]


@pytest.mark.parametrize("weights", [{"Elsewhere": 1, "Nowhere": 2}, {}], ids=["foreign-keys", "no-weights"])
@pytest.mark.parametrize("argv", PROFILE_COMMANDS, ids=lambda argv: "-".join(argv[:2]).replace("-{model}", ""))
def test_a_profile_that_matches_nothing_is_refused_by_every_command(capsys, tmp_path, argv, weights):
    model = tmp_path / "model.csv"
    model.write_text(GOOD)
    profile = profile_file(tmp_path / "foreign.mizan-profile", weights)
    out = tmp_path / "written"
    args = [a.format(model=model, profile=profile, out=out) for a in argv]
    assert_refused(capsys, args, profile, profile.read_bytes(), "none of its weights names a criterion")
    assert not list(tmp_path.glob("written*"))


@pytest.mark.parametrize("argv", PROFILE_COMMANDS, ids=lambda argv: "-".join(argv[:2]).replace("-{model}", ""))
def test_a_partial_profile_is_used_with_a_notice_by_every_command(capsys, tmp_path, argv):
    model = tmp_path / "model.csv"
    model.write_text(GOOD)
    profile = profile_file(tmp_path / "partial.mizan-profile", {"a": 3, "Bogus": 1})
    args = [a.format(model=model, profile=profile, out=tmp_path / "written") for a in argv]
    status, _, err = cli(capsys, *args)
    assert status == 0, err
    assert err.splitlines() == [f"mizan {args[0] if args[0] != 'profile' else 'profile ' + args[1]}: {profile}: "
                                "profile 'Foreign' matches 1 of the model's 2 criteria (A); missing: B; "
                                "ignored, not in the model: 'Bogus'"]


def test_an_inconsistent_ahp_profile_is_used_with_a_warning(capsys, tmp_path):
    model = tmp_path / "model.csv"
    model.write_text("option,A,B,C\nx,1,2,3\ny,3,2,1\n")
    profile = profile_file(tmp_path / "ahp.mizan-profile", {}, {"top": {
        "names": ["A", "B", "C"], "matrix": [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]}})
    status, out, err = cli(capsys, "score", str(model), "--profile", str(profile), "--json")
    assert status == 0 and json.loads(out)["ranking"]
    assert len(err.splitlines()) == 1 and "consistency ratio of" in err and "above 0.10" in err


# --- requests without bounds ---------------------------------------------------------------------------

REQUESTS = [
    (["sensitivity", "--samples", "1000000000000"], "argument --samples: must be at most 1,000,000"),
    (["sensitivity", "--samples", "0"], "argument --samples: must be at least 1"),
    (["sensitivity", "--samples", "1e6"], "argument --samples: not a whole number"),
    (["sensitivity", "--samples", "9" * 5000], "argument --samples: not a whole number"),
    (["sensitivity", "--seed", "-1"], "argument --seed: must be at least 0"),
    (["sensitivity", "--seed", "1" + "0" * 30], "argument --seed: must be at most"),
    (["export", "--samples", "1000000000000", "--out", "{tmp}/r.html"], "argument --samples: must be at most"),
    (["export", "--samples", "-1", "--out", "{tmp}/r.html"], "argument --samples: must be at least 0"),
    (["export", "--seed", "-3", "--out", "{tmp}/r.html"], "argument --seed: must be at least 0"),
]


@pytest.mark.parametrize("argv, expected", REQUESTS, ids=[" ".join(a[:3])[:40] for a, _ in REQUESTS])
def test_unbounded_arguments_are_refused_in_one_line(capsys, tmp_path, argv, expected):
    status, out, err = cli(capsys, *[a.format(tmp=tmp_path) for a in argv])
    assert status == 2 and out == "" and len(err.splitlines()) == 1 and expected in err, err
    assert not list(tmp_path.iterdir())


def many_options(path, n):
    # positive values: the report includes the weighted product, which needs them
    path.write_text("option,A,B\n" + "".join(f"o{i},{i % 97 + 1},{(i * 7) % 89 + 1}\n" for i in range(n)))
    return path


@pytest.mark.parametrize("argv, expected", [
    (["sensitivity", "{model}", "--samples", "100"], "SMAA: 1,001 options is more than the 1,000 a run can rank"),
    (["export", "{model}", "--out", "{tmp}/r.xlsx"], "or --samples 0 leaves the robustness section out"),
], ids=["sensitivity", "export"])
def test_smaa_on_too_many_options_is_refused_with_the_reason(capsys, tmp_path, argv, expected):
    model = many_options(tmp_path / "wide.csv", 1_001)
    before = model.read_bytes()
    status, _, err = cli(capsys, *[a.format(model=model, tmp=tmp_path) for a in argv])
    assert status == 2 and len(err.splitlines()) == 1 and expected in err, err
    assert model.read_bytes() == before and not (tmp_path / "r.xlsx").exists()


def test_samples_times_options_is_bounded(capsys, tmp_path):
    model = many_options(tmp_path / "wide.csv", 1_000)
    status, _, err = cli(capsys, "sensitivity", str(model), "--samples", "60000")
    assert status == 2 and "use at most 50,000 samples for this model" in err and len(err.splitlines()) == 1


def test_a_large_model_skips_the_pairwise_table_and_says_so(capsys, tmp_path):
    model = many_options(tmp_path / "wide.csv", 201)
    status, out, err = cli(capsys, "sensitivity", str(model), "--samples", "200", "--json")
    data = json.loads(out)
    assert status == 0 and err == ""
    assert data["pairwise_winning"].startswith("not counted: above 200 options")
    assert len(data["acceptability"]) == 201
    status, out, _ = cli(capsys, "sensitivity", str(model), "--samples", "200")
    assert status == 0 and "  not counted: above 200 options" in out


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_a_drawn_report_of_too_many_options_is_refused_before_any_work(capsys, tmp_path, suffix):
    model = many_options(tmp_path / "wide.csv", 101)
    out = tmp_path / f"report{suffix}"
    status, _, err = cli(capsys, "export", str(model), "--out", str(out))
    assert status == 2 and len(err.splitlines()) == 1 and not out.exists()
    assert f"{out}: PDF and HTML reports draw every option and hold at most 100 options" in err


def test_a_workbook_of_a_model_wider_than_the_alphabet_opens(capsys, tmp_path):
    """The acceptability chart sits below its table in column A; 60 options once anchored it in no column at all."""
    from openpyxl import load_workbook

    model = many_options(tmp_path / "wide.csv", 60)
    out = tmp_path / "r.xlsx"
    status, _, err = cli(capsys, "export", str(model), "--samples", "200", "--out", str(out))
    assert status == 0 and err == "", err
    charts = load_workbook(out)["Robustness"]._charts
    # Below the 60 rows of the table, so it neither hides the table nor widens the printed page.
    assert len(charts) == 1 and charts[0].anchor._from.col == 0 and charts[0].anchor._from.row > 60 + 7
