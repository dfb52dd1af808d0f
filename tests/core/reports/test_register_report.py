"""The register sections of the HTML report: risks by residual score, controls, what they buy, scales, the rule.

The expected orders are worked out by hand from the built-in model's O1 scores
and the residual rule (inherent level minus the levels of every control that
counts, never below 1), not read back from the code under test.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest
from hypothesis import example, given, settings

from core.analysis import evaluate
from core.errors import ModelError
from core.model import Option
from core.builtin import builtin_model
from core.register import Control, Effect, Register, RiskEntry, Scales
from core.register.residual import RULE, model_on, residual_levels
from core.reports.data import build_report
from core.reports.html import report_html
from core.reports.register_rows import MIN_PER_OPTION, ROWS_BUDGET, register_rows
from core.catalogue import catalogue
from tests.conftest import value_model
from tests.core.register.factories import registers

DATE = dt.date(2026, 12, 1)
STATEMENT = "Withdrawal leaves a vacuum → ISIS cells regroup → attacks on cities"
# O1's risks, residual largest first, with C1 in place (R4 −2 L, R3 −1 L) and C2 planned (R6 −1 L −1 I,
# R4 −1 L). Ties fall to the larger inherent score, then to factor order.
O1_PLANNED_OFF = ["E1", "E2", "R5", "R3", "E5", "R6", "E4", "P1", "E3", "P2", "P3", "R1", "R2", "R4", "P4",
                  "S1", "P5"]
# With planned controls counted R6 falls to 3 × 3 = 9 (after the 12s) and R4 to 1 × 5 = 5 (after the 8s).
O1_PLANNED_ON = ["E1", "E2", "R5", "R3", "E5", "E4", "P1", "E3", "P2", "P3", "R1", "R2", "R6", "P4", "S1",
                 "R4", "P5"]



@pytest.fixture
def paper_model():
    """The paper's model without the register it ships with: these tests bring registers of their own."""
    return builtin_model().replace(register=Register())

def with_register(model, include_planned: bool = False):
    cts = Control("C1", "Counter-Terrorism Service", "Iraq's own counter-terrorism force", "Government of Iraq",
                  "in place", "§ Conclusion", (Effect("O1", "R4", 2, 0), Effect("O1", "R3", 1, 0),
                                               Effect("O2", "R4", 1, 0)))
    krg = Control("C2", "Intelligence cooperation with the KRG", owner="KRG", status="planned",
                  evidence="§ Recommendations", effects=(Effect("O1", "R6", 1, 1), Effect("O1", "R4", 1, 0)))
    entries = {
        ("O1", "R4"): RiskEntry(STATEMENT, "Government", "treat", "Expand the CTS", "2027-06-30", "open",
                                "2026-11-01"),
        ("O1", "R3"): RiskEntry("Gaps in air defence", "Ministry of Defence", status="monitoring",
                                review="2027-01-01"),
        ("O1", "E1"): RiskEntry("Aid halted", status="closed", review="2026-01-01"),
    }
    register = Register(entries=entries, controls=(cts, krg), include_planned=include_planned)
    return model.replace(register=register)


ISOLATES = dict.fromkeys(range(0x2066, 0x206A))
WORDS = catalogue("en")


def _text(html: str) -> str:
    """The words of ``html``, bidi isolates left out."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).translate(ISOLATES)


def _section(html: str, heading: str) -> str:
    return html.split(f"<h2>{heading}</h2>")[1].split("<h2")[0]


def _factor_order(html: str, option: str) -> list[str]:
    table = _section(html, "Risk register").split(f"<h3>{option} — ")[1].split("</table>")[0]
    return re.findall(r"<tr><td><b>(\w+) ", table)


@pytest.mark.parametrize("planned, order", [(False, O1_PLANNED_OFF), (True, O1_PLANNED_ON)])
def test_register_lists_each_options_risks_largest_residual_first(paper_model, planned, order):
    html = report_html(build_report(with_register(paper_model, planned), paper_model.profiles[0], date=DATE,
                                    samples=0))
    assert _factor_order(html, "O1") == order
    # Every option has its table, with every risk factor once.
    for option in paper_model.options:
        assert sorted(_factor_order(html, option.id)) == sorted(f.id for f in paper_model.factors)


def test_a_register_row_carries_the_entry_inherent_residual_and_controls(paper_model):
    html = report_html(build_report(with_register(paper_model), paper_model.profiles[0], date=DATE, samples=0))
    table = _section(html, "Risk register").split("<h3>O1 — ")[1].split("</table>")[0]
    r4 = _text(next(row for row in table.split("<tr>") if row.startswith("<td><b>R4 ")))
    assert f"R4 ISIS resurgence in a security vacuum {STATEMENT} Government" in r4
    assert "4 × 5 = 20 Extreme 2 × 5 = 10 High" in r4
    assert "C1, (C2) treat: Expand the CTS due 2027-06-30 open 2026-11-01 overdue" in r4
    assert WORDS["register.register_brackets"] in _text(html)  # C2 is planned and does not count
    r3 = _text(next(row for row in table.split("<tr>") if row.startswith("<td><b>R3 ")))
    assert "2027-01-01" in r3 and "overdue" not in r3
    e1 = _text(next(row for row in table.split("<tr>") if row.startswith("<td><b>E1 ")))
    assert "2026-01-01" in e1 and "overdue" not in e1  # closed risks are never overdue
    # The residual cell carries its band's colour.
    assert re.search(r'style="background:#F8A45E">2 × 5 = 10<br>High</td>', table)
    assert re.search(r'style="background:#E0474C">4 × 5 = 20<br>Extreme</td>', table)


def test_controls_say_who_owns_them_whether_they_count_and_where_they_act(paper_model):
    html = report_html(build_report(with_register(paper_model), paper_model.profiles[0], date=DATE, samples=0))
    controls = _text(_section(html, "Controls"))
    assert "C1 Counter-Terrorism Service Iraq's own counter-terrorism force Government of Iraq in place" \
           " § Conclusion R3 (−1 L): O1; R4 (−2 L): O1; R4 (−1 L): O2" in controls
    assert "C2 Intelligence cooperation with the KRG KRG planned § Recommendations R4 (−1 L): O1; " \
           "R6 (−1 L / −1 I): O1" in controls
    assert WORDS["register.planned_off"] in controls


def test_what_the_controls_buy_per_option_and_per_control(paper_model):
    """Equal weights give every one of the 17 factors 1/17, so points are sums of products over 17."""
    html = report_html(build_report(with_register(paper_model), paper_model.profile("Equal weights"), date=DATE,
                                    samples=0))
    text = _text(_section(html, "What the controls buy"))
    assert RULE in text and "profile “Equal weights”" in text
    # O1: 242 points of products inherent; C1 takes R4 from 20 to 10 and R3 from 20 to 16 (14 points).
    assert f"O1 Sudden unilateral withdrawal {242 / 17:.2f} {228 / 17:.2f} {14 / 17:.2f}" in text
    assert f"O2 Negotiated short withdrawal {181 / 17:.2f} {176 / 17:.2f} {5 / 17:.2f}" in text
    assert f"O3 Phased advisory transition {0:.2f}" not in text  # O3 has no control: its drop is 0.00
    # Per control: C1 buys O1's 14 points and O2's 5; C2 (planned) would take R6 16 → 9 and R4 10 → 5 off O1.
    assert f"C1 {14 / 17:.2f} {5 / 17:.2f} 0.00 0.00 0.00 {19 / 17:.2f}" in text
    assert f"(C2) {12 / 17:.2f} 0.00 0.00 0.00 0.00 {12 / 17:.2f}" in text


def test_the_scales_and_the_rule_are_in_the_report(paper_model):
    model = with_register(paper_model)
    scales = Scales()
    html = report_html(build_report(model, paper_model.profiles[0], date=DATE, samples=0))
    text = _text(_section(html, "Descriptor scales"))
    for level, (lik, imp) in enumerate(zip(scales.likelihood, scales.impact), start=1):
        assert f"{level} {lik.label} {lik.description} {imp.label} {imp.description}" in text
    assert RULE in _text(html)


def test_an_empty_register_says_so_once_and_has_no_empty_tables(paper_model):
    html = report_html(build_report(paper_model, paper_model.profiles[0], date=DATE, samples=0))
    assert paper_model.register == Register()
    register = _section(html, "Risk register")
    assert _text(register).strip() == WORDS["register.register_empty"] and "<table" not in register
    assert "<h2>Controls</h2>" not in html and "<h2>What the controls buy</h2>" not in html
    assert "<h2>Descriptor scales</h2>" in html  # the default scales still say what the levels mean


def test_entries_without_controls_say_there_are_no_controls(paper_model):
    model = paper_model.replace(register=Register(entries={("O1", "R4"): RiskEntry(STATEMENT, "Government")}))
    html = report_html(build_report(model, paper_model.profiles[0], date=DATE, samples=0))
    assert _factor_order(html, "O1")[0] in ("E1", "E2", "R3", "R4", "R5") and STATEMENT in html
    controls = _section(html, "Controls")
    assert _text(controls).strip() == WORDS["register.controls_empty"] and "<table" not in controls
    assert "<h2>What the controls buy</h2>" not in html


def test_a_model_without_risk_factors_has_no_register_sections():
    model = value_model({"A": [200, 7], "B": [150, 5]}, ["cost", "benefit"], [0.5, 0.5])
    html = report_html(build_report(model, model.profiles[0], date=DATE, samples=0))
    for heading in ("Risk register", "Controls", "What the controls buy", "Descriptor scales"):
        assert heading not in html
    assert "Basis" not in html and "residual" not in html


def test_contents_name_exactly_the_sections_the_report_has(paper_model):
    for samples in (0, 200):
        html = report_html(build_report(with_register(paper_model), paper_model.profiles[0], date=DATE,
                                        samples=samples))
        contents = re.findall(r"<li>([^<]*)</li>", html.split("<h3>Contents</h3>")[1].split("</ul>")[0])
        assert contents == re.findall(r"<h2[^>]*>([^<]*)</h2>", html)
        assert ("Robustness" in contents) == bool(samples)


def test_a_large_model_lists_the_largest_residual_risks_per_option_and_counts_the_rest(paper_model):
    clones = tuple(Option(f"X{i}", f"Copy {i} of {o.name}") for i, o in enumerate(paper_model.options * 20))
    scores = {(c.id, f): paper_model.score(o.id, f) for c, o in zip(clones, paper_model.options * 20)
              for f in (f.id for f in paper_model.factors)}
    model = paper_model.replace(options=clones, scores=scores, profiles=paper_model.profiles[:1])
    shown = max(MIN_PER_OPTION, ROWS_BUDGET // len(clones))
    assert shown == MIN_PER_OPTION  # 100 options: the floor, not the share, decides
    model = model.replace(register=Register(entries={("X0", "R4"): RiskEntry("A statement")}))
    risks = register_rows(model, DATE)
    assert [len(r.rows) for r in risks] == [shown] * len(clones)
    assert all(r.hidden == len(paper_model.factors) - shown for r in risks)
    html = report_html(build_report(model, model.profiles[0], date=DATE, samples=0))
    register = _text(_section(html, "Risk register"))
    assert WORDS["register.register_bounded"].format(shown=shown, total=len(clones) * len(paper_model.factors)) \
        in register
    # X0 copies O1: its three largest residual risks are the first three of its five 20s (factor order breaks
    # the tie); the other fourteen, led by two more 20s, are counted.
    assert _factor_order(html, "X0") == ["E1", "E2", "R3"]
    assert WORDS["register.register_more"].format(count=14, option="X0", top=20) in register


def test_every_register_word_comes_from_the_report_language(paper_model):
    """The Arabic report says each word of the register sections in Arabic (its words, placeholders filled)."""
    data = build_report(with_register(paper_model), paper_model.profiles[0], date=DATE, samples=0)
    text = _text(report_html(data, language="ar"))
    arabic = catalogue("ar")
    for key in ("register", "controls", "benefits", "scales", "col_risk", "col_residual", "controls_intro",
                "col_meaning", "register_intro", "term.treat", "term.in place", "benefits_intro", "basis_inherent",
                "cox", "due", "overdue", "acts_on", "effect_l", "rule", "benefit_note"):
        words = max(re.split(r"\{[^{}]*\}", arabic[f"register.{key}"].translate(ISOLATES)), key=len).strip()
        assert words and words in text, key
    assert catalogue("ar")["document.fact_basis"] in text
    assert "Risk register" not in text and "Descriptor scales" not in text


def test_a_residual_report_ranks_compares_and_tests_robustness_on_the_residual_scores(paper_model):
    model = with_register(paper_model, include_planned=True)
    profile = paper_model.profile("Equal weights")
    inherent = build_report(model, profile, "topsis", date=DATE, samples=200)
    residual = build_report(model, profile, "topsis", date=DATE, samples=200, basis="residual")
    on_residual = model_on(model, "residual")
    assert residual.main.ranking() == evaluate(on_residual, profile, "topsis").ranking()
    assert residual.main.ranking() != inherent.main.ranking()  # the controls move O1's score
    assert residual.profiles["Equal weights"].result.scores.tolist() == \
        evaluate(on_residual, profile, "wsm").result.scores.tolist()
    assert residual.robustness.smaa.acceptability.tolist() != inherent.robustness.smaa.acceptability.tolist()
    assert residual.model is model and residual.ranked_model.score("O1", "R4").likelihood == 1
    assert inherent.ranked_model is model


def test_the_ranking_says_which_basis_it_is_on(paper_model):
    model = with_register(paper_model)
    for basis in ("inherent", "residual"):
        html = report_html(build_report(model, paper_model.profiles[0], date=DATE, samples=0, basis=basis))
        ranking = _text(_section(html.replace('<h2 style="page-break-before: always">', "<h2>"), "Ranking"))
        assert f"Basis: {WORDS[f'register.basis_{basis}']}" in ranking
        first_page = _text(html.split('<h2 style="page-break-before: always">')[0])
        assert f"Basis {basis}" in first_page  # the facts table
        assert (f"Basis: {WORDS['register.basis_residual']}" in first_page) == (basis == "residual")
        assert "Basis: Basis" not in first_page
        matrix = _section(html, "Risk matrix")
        o1 = re.findall(r'<td class="c"[^>]*>([^<]*)</td>', matrix.split("</tr>")[1])
        r4 = [f.id for f in paper_model.factors].index("R4")
        assert o1[r4] == ("10" if basis == "residual" else "20")  # the matrix is the one ranked
        assert (RULE in _text(matrix)) == (basis == "residual")
    evidence = _text(_section(html, "Evidence annex"))
    assert "O1 4 × 5 = 20" in evidence  # the rationale is the inherent cell's, whatever the basis


def test_an_unknown_basis_is_refused_in_one_line(paper_model):
    with pytest.raises(ModelError, match="basis 'both' is not one of inherent, residual"):
        build_report(paper_model, paper_model.profiles[0], samples=0, basis="both")


def test_a_residual_csv_holds_the_matrix_its_ranking_was_computed_on(tmp_path, paper_model):
    from core.loader import load_model
    from core.reports.csv_export import write_csv

    model = with_register(paper_model, include_planned=True)
    data = build_report(model, paper_model.profiles[0], date=DATE, samples=0, basis="residual")
    matrix, ranking = write_csv(tmp_path / "residual.csv", data)
    reloaded = load_model(matrix)
    assert reloaded.score("O1", "R4").value == 5  # 4 × 5 lowered by C1 (−2 L) and C2 (−1 L): 1 × 5
    again = evaluate(reloaded, reloaded.profiles[0], "wsm").ranking()
    assert [r["option"] for r in again] == [r["option"] for r in data.main.ranking()]
    residual = model_on(model, "residual")
    assert all(reloaded.score(o.id, f.id).value == residual.score(o.id, f.id).number
               for o in model.options for f in model.factors)


def test_the_fixed_impact_caveat_speaks_of_the_numbers_ranked(paper_model):
    """The paper gives each factor one impact for every option; C2, counted, lowers O1's R6 impact."""
    model = with_register(paper_model, include_planned=True)
    fixed = "What is fixed: under each factor the impact is the same for every option"
    for basis, said in (("inherent", True), ("residual", False)):
        html = report_html(build_report(model, paper_model.profiles[0], date=DATE, samples=0, basis=basis))
        assert (fixed in _text(html)) == said, basis


def test_a_residual_model_given_as_it_is_reports_as_residual(paper_model):
    """Callers that hand over model_on(model, "residual") get the same report as those passing basis=."""
    model = with_register(paper_model)
    given = build_report(model_on(model, "residual"), paper_model.profiles[0], date=DATE, samples=0)
    asked = build_report(model, paper_model.profiles[0], date=DATE, samples=0, basis="residual")
    assert given.basis == "residual" and given.model is model
    assert report_html(given) == report_html(asked)
    back = build_report(model_on(model, "residual"), paper_model.profiles[0], date=DATE, samples=0, basis="inherent")
    assert back.ranked_model is model and back.main.ranking() == build_report(
        model, paper_model.profiles[0], date=DATE, samples=0).main.ranking()


PAPER = builtin_model().replace(register=Register())


def _not_a_number_words(text: str, register: Register) -> list[str]:
    """The words "nan" and "inf" in ``text`` that are not inside one of the register's own texts (which may
    spell anything, a control named "INF"); those are the report's own numbers gone wrong."""
    own = {re.sub(r"\s+", " ", value).strip() for item in (*register.controls, *register.entries.values())
           for value in vars(item).values() if isinstance(value, str)} - {""}
    spans = [(m.start(), m.end()) for value in own for m in re.finditer(re.escape(value), text)]
    return [m.group() for m in re.finditer(r"\b(nan|inf)\b", text, re.IGNORECASE)
            if not any(start <= m.start() and m.end() <= end for start, end in spans)]


def test_the_check_for_numbers_gone_wrong_sees_them_beside_the_registers_own_words():
    register = Register(controls=(Control("C1", "INF", "", "", "planned", "l", ()),))
    assert _not_a_number_words("C1 INF cuts inflation by 2.5", register) == []
    assert _not_a_number_words("C1 INF cuts inflation by nan, then inf", register) == ["nan", "inf"]


@settings(max_examples=15)  # each example writes a whole report
@given(registers(PAPER))
# Blanking the register's texts out of the report used to cut its words: evidence "l" left "inf ation".
@example(Register(controls=(Control("C1", "x", "", "", "planned", "l", ()),)))
@example(Register(controls=(Control("C1", "INF", "nan  cost", "", "in place", "", ()),)))
def test_any_register_is_listed_whole_in_residual_order_with_its_rule_numbers(register):
    """Whatever the controls: each option lists every risk once, residual scores never rising, as the rule says."""
    model = PAPER.replace(register=register)
    risks = register_rows(model, DATE)
    assert [r.option for r in risks] == [o.id for o in model.options] and all(r.hidden == 0 for r in risks)
    for option in risks:
        assert sorted(row.factor for row in option.rows) == sorted(f.id for f in model.factors)
        scores = [row.residual.score for row in option.rows]
        assert scores == sorted(scores, reverse=True)
        for row in option.rows:
            levels = residual_levels(model, row.option, row.factor)
            assert (row.residual.likelihood, row.residual.impact) == levels
            assert row.residual.score <= row.inherent.score
    html = _text(report_html(build_report(model, model.profiles[0], date=DATE, samples=0)))
    assert not _not_a_number_words(html, register)



def test_controls_meeting_on_a_cell_show_what_they_take_off_jointly(paper_model):
    """O1's R4 is 4 × 5 = 20 (every factor weighs 1/17 under equal weights). C1 takes 2 levels off its
    likelihood, C3 four: together they reach the floor, 1 × 5. Without C1 C3 still reaches it (C1 adds 0);
    without C3 C1 leaves 2 × 5 = 10 (C3 adds 5). R4's drop is 15, so 10 of it is taken off jointly.
    """
    model = with_register(paper_model)
    floor = Control("C3", "Advisory schedule", status="in place", effects=(Effect("O1", "R4", 4, 0),))
    model = model.replace(register=model.register.replace(controls=(*model.register.controls, floor)))
    html = report_html(build_report(model, paper_model.profile("Equal weights"), date=DATE, samples=0))
    text = _text(_section(html, "What the controls buy"))
    # O1's drop: 15 on R4 and 4 on R3 (C1); C2 is planned and not counted.
    assert f"O1 Sudden unilateral withdrawal {242 / 17:.2f} {223 / 17:.2f} {19 / 17:.2f}" in text
    assert f"C1 {4 / 17:.2f} {5 / 17:.2f}" in text and f"C3 {5 / 17:.2f} 0.00" in text
    assert f"{WORDS['register.benefit_joint']} {10 / 17:.2f} 0.00 0.00 0.00 0.00 {10 / 17:.2f}" in text
    # Without a cell where counting controls meet, there is no joint row.
    alone = report_html(build_report(with_register(paper_model), paper_model.profile("Equal weights"), date=DATE,
                                     samples=0))
    assert WORDS["register.benefit_joint"] not in _text(alone)
