"""HTML and CSV reports: content, escaping, injection safety."""

from __future__ import annotations

import csv
import re

import pytest

from core.loader import load_model
from core.reports.csv_export import ranking_path, safe_field, write_csv
from core.reports.data import build_report
from core.reports.html import report_html

HOSTILE = "<script>alert('x')</script>&<b>bold</b>"


@pytest.fixture
def hostile_data(paper_model):
    options = (paper_model.options[0].replace(name=HOSTILE), *paper_model.options[1:])
    first = paper_model.score("O1", "E1").replace(rationale=HOSTILE)
    model = paper_model.replace(options=options, scores={**paper_model.scores, ("O1", "E1"): first})
    return build_report(model, model.profile("Paper's emphasis"))


def test_html_is_self_contained_and_escapes_user_text(hostile_data):
    html = report_html(hostile_data)
    assert "<script>" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;&lt;b&gt;bold&lt;/b&gt;" in html
    images = re.findall(r'<img [^>]*src="([^"]+)"', html)
    assert len(images) == 1 and all(src.startswith("data:image/png;base64,") for src in images)
    assert "http" not in "".join(re.findall(r'(?:src|href)="([^"]+)"', html))
    for heading in ("Ranking", "Risk matrix", "Weights", "Profiles compared", "Robustness", "Evidence annex",
                    "Methodology"):
        assert re.search(f"<h2[^>]*>{heading}</h2>", html)


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("plain", "plain"), (-2.5, -2.5),
])
def test_csv_fields_are_neutralised(value, expected):
    assert safe_field(value) == expected


def test_csv_matrix_and_ranking(tmp_path, hostile_data):
    written = write_csv(tmp_path / "m.csv", hostile_data)
    assert written == [tmp_path / "m.csv", ranking_path(tmp_path / "m.csv")]
    text = (tmp_path / "m-ranking.csv").read_text(encoding="utf-8-sig")
    assert all(line.startswith('"') and line.endswith('"') for line in text.splitlines())
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["rank", "option", "name", "score"]
    assert [r[1] for r in rows[1:]] == [r["option"] for r in hostile_data.main.ranking()]
    reloaded = load_model(tmp_path / "m.csv")
    assert [f.id for f in reloaded.factors] == [f.id for f in hostile_data.model.factors]
    assert reloaded.score("O2", "E1").value == hostile_data.model.score("O2", "E1").number
