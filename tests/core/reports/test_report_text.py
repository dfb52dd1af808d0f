"""What the PDF and HTML say: an executive summary first, a 5 × 5 grid per option, no risk words without risks."""

from __future__ import annotations

import re
from html import unescape

from core.reports.data import build_report
from core.reports.html import report_html
from tests.conftest import value_model


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_the_first_page_answers_the_question(paper_model):
    data = build_report(paper_model, paper_model.profile("Equal weights"), "topsis", samples=500, seed=7)
    html = report_html(data)
    first_page = _text(html.split('<h2 style="page-break-before: always">')[0])
    top = data.main.ranking()[0]
    assert f"Recommended: {top['option']} — {top['name']} ranks first under TOPSIS" in first_page
    assert "How robust:" in first_page and "500 weightings" in first_page and "seed 7" in first_page
    assert "What would change it:" in first_page and "Other methods:" in first_page
    wpm_top = data.methods["wpm"].ranking()[0]["option"]
    assert wpm_top == top["option"] or f"Weighted product (WPM) puts {wpm_top} first" in first_page


def test_each_option_gets_its_grid_and_profile_notes_are_exported(paper_model):
    html = report_html(build_report(paper_model, paper_model.profiles[0], samples=0))
    grids = re.findall(r"<h3>(O\d) — [^<]*: likelihood \(rows\) × impact \(columns\)</h3>", html)
    assert grids == [o.id for o in paper_model.options]
    o1 = html.split("<h3>O1 — ")[1].split("</table>")[0]
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", o1)
    assert len(cells) == 25 and cells[1 * 5 + 4] == "E1 E2 R4"  # likelihood 4 (2nd row), impact 5
    for profile in paper_model.profiles:
        if profile.notes:
            assert profile.notes in _text(html)


def test_a_model_of_direct_values_has_no_risk_vocabulary_and_names_once():
    model = value_model({"Plan A": [200, 7, 3], "Plan B": [150, 5, 4], "Plan C": [180, 9, 2]},
                        ["cost", "benefit", "cost"], [0.5, 0.3, 0.2])
    text = _text(report_html(build_report(model, model.profiles[0], samples=200)))
    for word in ("likelihood", "Likelihood", "Risk =", "Bands", "risk matrix"):
        assert word not in text, word
    assert "Decision matrix" in text
    assert "Plan C Plan C" not in text and "C1 C1" not in text
