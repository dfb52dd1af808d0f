"""Finding the header of an analyst's own register and proposing a column → field mapping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.register.import_map import (FIELDS, IGNORE, SYNONYMS, column_letter, find_header, key,
                                      mapping_problems, propose, proposed_field, read_table)
from core.storage.sheet_reader import sheet_of
from tests.core.register.register_files import GROUPS, HEADER, ROWS, TITLE, write_csv, write_xlsx

EXPECTED = ("", "statement", "factor", "option", "likelihood", "impact", "", "", "owner", "action", "due",
            "status", "")


def test_a_workbook_with_a_merged_title_and_a_group_row_finds_its_header(tmp_path):
    table = read_table(write_xlsx(tmp_path / "register.xlsx"))
    assert table.header_row == 4
    assert table.headers == tuple(HEADER)
    assert [row.number for row in table.rows] == [5, 6, 7]
    assert table.groups[6:8] == ("Residual", "Residual")
    assert propose(table) == EXPECTED


def test_a_semicolon_csv_under_a_title_line_is_split_on_semicolons(tmp_path):
    rows = [HEADER] + [[str(c) for c in row] for row in ROWS]
    table = read_table(write_csv(tmp_path / "register.csv", rows, ";"))
    assert table.header_row == 2 and table.headers == tuple(HEADER) and table.decimal_comma
    assert propose(table)[:6] == EXPECTED[:6]


def test_a_comma_csv_whose_title_holds_semicolons_is_split_on_commas(tmp_path):
    rows = [HEADER] + [[str(c) for c in row] for row in ROWS]
    table = read_table(write_csv(tmp_path / "register.csv", rows, ",", title="Register; draft; do not circulate"))
    assert table.headers == tuple(HEADER) and not table.decimal_comma


@pytest.mark.parametrize(("header", "field"), [
    ("Risk owner", "owner"), ("OWNER", "owner"), ("  risk   owner ", "owner"), ("Likelihood (1–5)", "likelihood"),
    ("Probability", "likelihood"), ("L", "likelihood"), ("Consequence", "impact"), ("Severity", "impact"),
    ("Risk", "statement"), ("Statement", "statement"), ("Option", "option"), ("Scenario", "option"),
    ("Criterion", "factor"), ("Risk category", "factor"), ("Response", "treatment"), ("Mitigation", "action"),
    ("Due", "due"), ("Review date", "review"), ("Status:", "status"), ("Ref", IGNORE), ("Comments", IGNORE),
    ("Residual likelihood", IGNORE), ("Target impact", IGNORE),
    ("مالك الخطر", "owner"), ("المسؤول", "owner"), ("بيانُ الخطر", "statement"), ("الاحتمالية", "likelihood"),
    ("الأثر (1–5)", "impact"), ("البديل", "option"), ("العامل", "factor"), ("الاستجابة", "treatment"),
    ("تاريخ المراجعة", "review"), ("الاحتمالية المتبقية", IGNORE), ("ملاحظات", IGNORE),
])
def test_column_names_map_whatever_their_case_spaces_and_brackets(header, field):
    assert proposed_field(header) == field


def test_a_level_under_a_residual_group_label_is_not_proposed():
    assert proposed_field("L", "Residual") == IGNORE
    assert proposed_field("Likelihood", "Inherent") == "likelihood"
    assert proposed_field("الأثر", "المتبقي") == IGNORE and proposed_field("الأثر", "الكامن") == "impact"


def test_every_synonym_is_written_folded():
    for words in SYNONYMS.values():
        assert all(key(word) == word for word in words)


@given(st.permutations(range(len(HEADER))))
def test_the_mapping_follows_the_columns_in_any_order(order):
    header = [*HEADER[:6], "Residual L", "Residual I", *HEADER[8:]]  # no group row here to tell L from L
    rows = [[header[i] for i in order]] + [[row[i] for i in order] for row in ROWS]
    table = find_header(sheet_of([[TITLE], *rows], "register"))
    assert propose(table) == tuple(EXPECTED[i] for i in order)


def test_the_first_column_naming_a_field_gets_it():
    table = find_header(sheet_of([["Owner", "Risk owner", "Factor"], ["a", "b", "E1"]], "register"))
    assert propose(table) == ("owner", IGNORE, "factor")


def test_without_any_known_column_the_first_text_row_is_the_header_and_nothing_is_mapped():
    table = find_header(sheet_of([["Registre"], ["Réf", "Propriétaire", "Gravité"], ["1", "x", "3"]], "r"))
    assert table.header_row == 2 and propose(table) == (IGNORE, IGNORE, IGNORE)


def test_an_empty_sheet_has_no_header():
    table = find_header(sheet_of([], "empty"))
    assert table.headers == () and table.rows == ()


def test_mapping_problems_name_the_columns_and_what_is_missing():
    headers = ("Owner", "Risk owner", "Likelihood")
    problems = mapping_problems(("owner", "owner", "likelihood"), headers)
    assert problems[0] == "column A ('Owner') and column B ('Risk owner') both map to owner; map one of them to nothing"
    assert any("no column maps to factor" in p for p in problems)
    assert any("no column maps to option" in p for p in problems)
    assert not any("option" in p for p in mapping_problems(("factor", "owner"), ("F", "O"), default_option="O1"))
    assert mapping_problems(("factor", "option"), ("F", "O"))[-1].startswith("no column maps to a register field")
    assert "unknown field(s) 'colour'" in mapping_problems(("factor", "option", "colour"), ("F", "O", "C"))[0]


def test_column_letters_run_as_a_spreadsheet_names_them():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_fields_cover_every_register_entry_field():
    from dataclasses import fields

    from core.register import RiskEntry

    texts = {f.name for f in fields(RiskEntry)} - {"translations"}  # the other language is no import column
    assert texts | {"option", "factor", "likelihood", "impact"} == set(FIELDS)


def test_a_workbook_opening_with_an_instructions_sheet_is_read_from_its_register_sheet(tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "register.xlsx")
    book = load_workbook(path)
    cover = book.create_sheet("How to use", 0)
    cover.append(["Fill one row per risk. Owner: who answers for it."])
    hidden = book.create_sheet("Lists", 1)
    hidden.append(["Owner", "Likelihood", "Impact", "Status", "Factor", "Option"])
    hidden.sheet_state = "hidden"
    book.save(path)
    table = read_table(path)
    assert table.where.endswith("sheet 'Risks'") and table.header_row == 4 and propose(table) == EXPECTED


@given(st.sampled_from([",", ";"]), st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
       st.integers(1, 12))
def test_a_csv_register_under_any_title_line_is_split_on_its_own_delimiter(tmp_path_factory, delimiter, title,
                                                                           risks):
    rows = [HEADER] + [[f"RR-{n}", f"risk {n}", "E1", "O1", "3", "4", "", "", "me", "", "", "open", ""]
                       for n in range(risks)]
    path = write_csv(tmp_path_factory.mktemp("csv") / "register.csv", rows, delimiter, title=title)
    table = read_table(path)
    assert table.headers == tuple(HEADER) and len(table.rows) == risks
    assert table.decimal_comma == (delimiter == ";")
