"""Placing the rows of an analyst's own register on the model's cells, and the reasons a row is refused."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.model import Criterion, DecisionModel, Option, Score
from core.register.import_map import IGNORE, find_header, propose, read_table
from core.register.import_rows import Placed, place
from core.storage.sheet_reader import Uncached, sheet_of
from tests.core.register.register_files import HEADER, ROWS, TITLE, write_csv, write_xlsx


def mixed_model() -> DecisionModel:
    """Two options, two risk factors and one direct-value factor."""
    criteria = (Criterion("R1", "Readiness gaps"), Criterion("R2", "Escalation"),
                Criterion("V1", "Cost", kind="value", scale=(0.0, 10.0)))
    options = (Option("O1", "Withdraw"), Option("O2", "Stay"))
    scores = {(o.id, c.id): Score(value=5.0) if c.kind == "value" else Score(likelihood=2, impact=2)
              for o in options for c in criteria}
    return DecisionModel("t", criteria, options, scores)


def table_of(*rows, header=("Option", "Factor", "Likelihood", "Impact", "Owner", "Due", "Status", "Response")):
    return find_header(sheet_of([[TITLE], header, *rows], "register.xlsx"))


def placed_and_refused(model, table, mapping=None, default_option=None):
    placement = place(model, table, propose(table) if mapping is None else mapping, default_option)
    assert placement.problems == ()
    return placement.placed, {r.row: r.message for r in placement.refused}


def test_the_analysts_workbook_is_placed_by_id_or_name_and_the_rest_refused_with_reasons(tmp_path, paper_model):
    table = read_table(write_xlsx(tmp_path / "register.xlsx"))
    placed, refused = placed_and_refused(paper_model, table)
    assert placed == (
        Placed(5, "O1", "E1", {"likelihood": 5, "impact": 4},
               {"statement": "Aid halt leads to a budget gap", "owner": "Ministry of Finance",
                "action": "Negotiate a reform package", "due": "2027-06-30", "status": "open"}),
        Placed(6, "O2", "S1", {"likelihood": 4, "impact": 5},
               {"statement": "Factions escalate after the announcement", "owner": "National Security Council",
                "due": "2027-03-31", "status": "monitoring"}))
    assert refused == {7: "factor 'Z9' is not in the model (by id or name)"}


def test_the_same_register_as_a_semicolon_csv_places_the_same_rows(tmp_path, paper_model):
    rows = [HEADER] + [[c.date().isoformat() if isinstance(c, datetime.datetime) else str(c) for c in row]
                       for row in ROWS]
    placed, refused = placed_and_refused(paper_model, read_table(write_csv(tmp_path / "r.csv", rows, ";")))
    in_xlsx, refused_in_xlsx = placed_and_refused(paper_model, read_table(write_xlsx(tmp_path / "r.xlsx")))
    # The CSV has no blank and no group row: each row sits two rows higher.
    assert [p.replace(row=p.row + 2) for p in placed] == list(in_xlsx)
    assert {row + 2: why for row, why in refused.items()} == refused_in_xlsx


def test_every_reason_of_a_refused_row_is_listed():
    table = table_of(["O9", "V1", "7", "High", "", "30/06/2027", "pending", "ignore it"])
    _, refused = placed_and_refused(mixed_model(), table)
    assert refused[3].split("; ") == [
        "option 'O9' is not in the model (by id or name)",
        "factor V1 is scored as a direct value, not as likelihood × impact, so it has no register row",
        "likelihood must be a whole number 1–5, not 7",
        "impact 'High' is not a number (a level 1–5 or a label: Negligible, Minor, Moderate, Major, Severe)",
        "treatment 'ignore it' is not one of treat, tolerate, transfer, terminate",
        "due '30/06/2027' is not a date written YYYY-MM-DD, such as 2027-06-30",
        "status 'pending' is not one of open, monitoring, closed"]


@pytest.mark.parametrize(("cell", "reason"), [
    (Uncached("=B2*2"), "likelihood holds the formula '=B2*2' without a saved value"),
    (1e300, "likelihood '1e+300' is not a finite number from -1e+15 to 1e+15"),
    (10**400, "likelihood '1" + "0" * 39 + "…' is not a finite number"),
    (float("nan"), "likelihood 'nan' is not a finite number"),
    (True, "likelihood True is not a number"),
    (2.5, "likelihood must be a whole number 1–5, not 2.5"),
    (0, "likelihood must be a whole number 1–5, not 0"),
    ("1,000", "likelihood '1,000' is ambiguous"),
    (datetime.datetime(2027, 1, 1), "likelihood holds the date or time 2027-01-01 00:00:00, not a number"),
])
def test_hostile_level_cells_are_refused_with_the_reason(cell, reason):
    _, refused = placed_and_refused(mixed_model(), table_of(["O1", "R1", cell, 3]))
    assert refused[3].startswith(reason)


def test_a_formula_without_a_value_in_a_text_field_is_refused():
    table = table_of(["O1", "R1", 3, 3, Uncached("=VLOOKUP(A2,Owners,2)")])
    assert placed_and_refused(mixed_model(), table)[1][3].startswith(
        "owner holds the formula '=VLOOKUP(A2,Owners,2)' without a saved value")


def test_labels_of_the_scales_iso_treatment_words_and_any_case_are_read():
    table = table_of(["withdraw", "readiness GAPS", "almost certain", "Minor", "", "", "Closed", "Reduce"])
    placed, refused = placed_and_refused(mixed_model(), table)
    assert refused == {}
    assert placed == (Placed(3, "O1", "R1", {"likelihood": 5, "impact": 2}, {"status": "closed",
                                                                              "treatment": "treat"}),)


def test_a_second_row_for_a_cell_is_refused_and_the_first_counts():
    placed, refused = placed_and_refused(mixed_model(), table_of(["O1", "R1", 3, 3], ["Withdraw", "R1", 4, 4]))
    assert [p.row for p in placed] == [3]
    assert refused == {4: "row 3 already places O1 × R1; the first row counts"}


def test_a_refused_row_claims_no_cell_so_a_later_sound_row_for_it_is_placed():
    table = table_of(["O1", "R1", 3.5, 3], ["O1", "R1", 4, 4], ["O1", "R1", 2, 2])
    placed, refused = placed_and_refused(mixed_model(), table)
    assert [p.row for p in placed] == [4]
    assert refused == {3: "likelihood must be a whole number 1–5, not 3.5",
                       5: "row 4 already places O1 × R1; the first row counts"}


def test_blank_cells_give_nothing_and_rows_with_nothing_mapped_are_skipped():
    table = table_of(["O1", "R1", "", 4], ["", "", "", "", "", "", "", "", "a note in an unmapped column"])
    placed, refused = placed_and_refused(mixed_model(), table)
    assert placed == (Placed(3, "O1", "R1", {"impact": 4}, {}),) and refused == {}


def test_rows_without_an_option_go_to_the_chosen_one_or_are_refused():
    table = table_of(["", "R2", 3, 3], header=("Option", "Factor", "L", "I"))
    assert placed_and_refused(mixed_model(), table)[1] == {3: "no option given"}
    assert placed_and_refused(mixed_model(), table, default_option="O2")[0][0].option == "O2"
    unmapped = (IGNORE, "factor", "likelihood", "impact")
    assert placed_and_refused(mixed_model(), table, unmapped, "O1")[0][0].option == "O1"


def test_a_mapping_that_cannot_place_rows_places_nothing_and_says_why():
    placement = place(mixed_model(), table_of(["O1", "R1", 3, 3]), ("option", IGNORE, "likelihood", "impact"))
    assert placement.placed == () and placement.refused == ()
    assert placement.problems == ("no column maps to factor: say which column names the factor (id or name)",)


def test_a_text_no_output_can_carry_is_refused():
    table = table_of(["O1", "R1", 3, 3, "Owner\x07"])
    assert "owner holds the control character U+0007" in placed_and_refused(mixed_model(), table)[1][3]


def test_what_a_row_changes_is_described_against_the_model():
    model = mixed_model()
    placed, _ = placed_and_refused(model, table_of(["O1", "R1", 2, 5, "Ministry"]))
    assert placed[0].describe(model) == "impact 2 → 5; owner"
    same, _ = placed_and_refused(model, table_of(["O1", "R1", 2, 2]))
    assert same[0].describe(model) == "no change"


@given(st.lists(st.one_of(st.none(), st.text(max_size=8), st.integers(-10**20, 10**20),
                          st.floats(allow_nan=True, allow_infinity=True), st.booleans()), min_size=8, max_size=8))
def test_any_row_is_placed_with_valid_values_or_refused_with_a_reason(cells):
    placement = place(mixed_model(), table_of(cells), ("option", "factor", "likelihood", "impact", "owner", "due",
                                                         "status", "treatment"))
    for row in placement.placed:
        assert all(isinstance(v, int) and 1 <= v <= 5 for v in row.levels.values())
        assert row.entry.get("status", "open") in ("open", "monitoring", "closed")
    assert all(r.reasons for r in placement.refused)


def test_an_english_register_lands_in_the_arabic_model_by_english_names_and_in_english():
    """Options, factors and level labels are found by their name in either language; each text goes in the
    language it is written in, the other kept; undo gives the model back."""
    from core.bilingual import localized, set_text, text_in
    from core.edits import apply

    english = set_text(set_text(mixed_model(), "options/O1/name", "ar", "انسحاب"), "criteria/R1/name", "ar",
                       "ثغرات الجاهزية")
    english = set_text(english, "entries/O1/R1/owner", "ar", "وزارة الدفاع")
    model = localized(english, "ar")
    table = table_of(["Withdraw", "Readiness gaps", "Unlikely", "Severe", "Ministry of Defence", "", "monitoring"],
                     ["انسحاب", "Escalation", 3, 3, "مجلس الأمن الوطني"], ["Stay", "R2", 4, 4, "2027"])
    placed, refused = placed_and_refused(model, table)
    assert refused == {} and [(p.option, p.factor) for p in placed] == [("O1", "R1"), ("O1", "R2"), ("O2", "R2")]
    changed, inverse = apply(model, place(model, table, propose(table)).edit(model))
    assert (changed.score("O1", "R1").likelihood, changed.score("O1", "R1").impact) == (2, 5)
    assert text_in(changed, "entries/O1/R1/owner", "en") == "Ministry of Defence"
    assert text_in(changed, "entries/O1/R1/owner", "ar") == "وزارة الدفاع"  # kept
    assert changed.register.entry("O1", "R1").status == "monitoring"
    assert (text_in(changed, "entries/O1/R2/owner", "ar"), text_in(changed, "entries/O1/R2/owner", "en")) == \
        ("مجلس الأمن الوطني", None)
    assert text_in(changed, "entries/O2/R2/owner", "ar") == "2027"  # no letters: the model's language
    assert apply(changed, inverse)[0] == model
    again = place(changed, table := table_of(["O1", "R1", 2, 5, "Ministry of Defence", "", "monitoring"]),
                  propose(table))
    assert again.changes(changed) == 0 and again.placed[0].describe(changed) == "no change"


def test_a_register_kept_in_arabic_is_mapped_and_placed_in_the_english_model(tmp_path, paper_model):
    """Arabic headings (Mizan's own and the usual ones), Arabic names, level labels, statuses and treatments."""
    from core.bilingual import text_in
    from core.edits import apply

    header = ["الرقم", "البديل", "عامل الخطر", "الاحتمالية", "الأثر", "الاحتمالية المتبقية", "وصف الخطر",
              "مالك الخطر", "الاستجابة", "إجراءات التخفيف", "تاريخ الاستحقاق", "حالة الخطر", "تاريخ المراجعة"]
    option, factor = (text_in(paper_model, address, "ar") for address in ("options/O2/name", "criteria/S1/name"))
    likely = text_in(paper_model, "scales/likelihood/4/label", "ar")
    rows = [["1", option, factor, likely, 5, 2, "تصعيد الفصائل بعد الإعلان", "مجلس الأمن الوطني", "معالجة",
             "حوار مع القوى السياسية", "2027-03-31", "قيد المراقبة", "2027-01-15"]]
    table = read_table(write_xlsx(tmp_path / "سجل.xlsx", rows=rows, header=header, groups=[""] * len(header)))
    mapping = propose(table)
    assert mapping == (IGNORE, "option", "factor", "likelihood", "impact", IGNORE, "statement", "owner",
                       "treatment", "action", "due", "status", "review")
    placement = place(paper_model, table, mapping)
    assert placement.refused == () and [(p.option, p.factor) for p in placement.placed] == [("O2", "S1")]
    model = apply(paper_model, placement.edit(paper_model))[0]
    entry = model.register.entry("O2", "S1")
    assert (entry.treatment, entry.status, entry.due, entry.review) == ("treat", "monitoring", "2027-03-31",
                                                                        "2027-01-15")
    assert (model.score("O2", "S1").likelihood, model.score("O2", "S1").impact) == (4, 5)
    assert text_in(model, "entries/O2/S1/owner", "ar") == "مجلس الأمن الوطني"
    assert text_in(model, "entries/O2/S1/owner", "en") is None  # nothing English was written
@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_register_in_either_language_is_placed_on_the_model_held_in_the_other(tmp_path, paper_model, language):
    """The Arabic window holds the model in Arabic; an analyst's English register still names its options,
    factors and levels (and an Arabic one the English model's): both languages' names are read."""
    from core.bilingual import localized

    table = read_table(write_xlsx(tmp_path / "register.xlsx"))
    english, _ = placed_and_refused(paper_model, table)
    shown, refused = placed_and_refused(localized(paper_model, "ar"), table)
    assert [(p.row, p.option, p.factor, dict(p.levels)) for p in shown] == \
        [(p.row, p.option, p.factor, dict(p.levels)) for p in english] and len(refused) == 1
    arabic_rows = [[cell for cell in row] for row in ROWS]
    arabic_rows[1][2] = localized(paper_model, "ar").criterion("S1").name
    arabic_rows[1][4] = "محتمل"
    table = read_table(write_xlsx(tmp_path / "arabic.xlsx", rows=arabic_rows))
    model = paper_model if language == "en" else localized(paper_model, "ar")
    placed, _ = placed_and_refused(model, table)
    assert (6, "O2", "S1", 4) in [(p.row, p.option, p.factor, dict(p.levels).get("likelihood")) for p in placed]
