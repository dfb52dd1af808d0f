"""Reports in the chosen language: Arabic HTML right to left with no English of its own; every catalogue key used."""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Mapping
from html import unescape
from pathlib import Path

import pytest

from core.catalogue import area_texts, catalogue
from core.methods import METHOD_LABELS, METHODS, method_spec
from core.register import CONTROL_STATUSES, STATUSES, TREATMENTS
from core.reports.caveats import caveats, executive_summary
from core.reports.data import build_report
from core.reports.html import report_html
from core.reports.html_table import isolate_texts
from core.reports.methodology import methodology
from core.reports.words import report_words
from tests.conftest import value_model
from tests.core.reports.test_register_report import DATE, with_register

ROOT = Path(__file__).resolve().parents[3]
ISOLATES = dict.fromkeys(range(0x2066, 0x206A))
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Words the register stores in English and a report must say in its own language: never subtracted as model text.
VOCABULARY = set(TREATMENTS) | set(STATUSES) | set(CONTROL_STATUSES) | {"risk", "benefit", "cost", *METHODS}
REPORT_AREAS = ("document", "methodology", "caveats", "register", "charts")


def _model_texts(obj) -> set[str]:
    """Every string the model holds (names, descriptions, rationales, ids …), its vocabulary left out."""
    if isinstance(obj, str):
        return set() if obj in VOCABULARY else {obj}
    if dataclasses.is_dataclass(obj):
        return set().union(*(_model_texts(getattr(obj, f.name)) for f in dataclasses.fields(obj)))
    if isinstance(obj, Mapping):
        return set().union(*(_model_texts(k) | _model_texts(v) for k, v in obj.items()))
    if isinstance(obj, (list, tuple, set, frozenset)):
        return set().union(*(_model_texts(v) for v in obj))
    return set()


def _runs(html: str) -> list[str]:
    body = html.split("<body>", 1)[1]
    return [unescape(run).translate(ISOLATES).strip() for run in re.findall(r">([^<]+)<", body)]


def _english_left(data, html: str) -> list[str]:
    """The text runs of ``html`` that still hold a Latin word once the model's and the methods' texts are taken out.

    The method labels and notes are the registry's (each method's module declares them, not the reports);
    the Latin words the Arabic texts themselves write (SUMPRODUCT, ids, a method's name) are allowed.
    """
    others = _model_texts(data.model) | set(METHOD_LABELS.values()) | {method_spec(m).note for m in METHODS} \
        | set(data.not_computed.values())
    # The Arabic texts Mizan writes: the catalogue's and the methods' own (which the catalogue held until each
    # method module declared its texts), so a method's Latin name (MOORA, TOPSIS) is allowed as before.
    written = [*catalogue("ar").values(), *(text for m in METHODS for text in method_spec(m).texts_in("ar"))]
    allowed = {w for text in written for w in LATIN_WORD.findall(re.sub(r"\{[^{}]*\}", "", text))}
    left = []
    for run in _runs(html):
        rest = run
        for text in sorted(others, key=len, reverse=True):
            if len(text) > 1:
                rest = rest.replace(text, " ")
        if set(LATIN_WORD.findall(rest)) - allowed:
            left.append(run)
    return left


@pytest.fixture(scope="module")
def reports(paper_model_module):
    """The paper's model with its register, on both bases, with robustness; and a model without risks."""
    model = with_register(paper_model_module, include_planned=True)
    profile = paper_model_module.profiles[0]
    values = value_model({"Plan A": [200, 7, 3], "Plan B": [150, 5, 4], "Plan C": [180, 9, 2]},
                         ["cost", "benefit", "benefit"], [0.5, 0.3, 0.2])
    return [build_report(model, profile, date=DATE, samples=300),
            build_report(model, profile, "topsis", date=DATE, samples=300, basis="residual"),
            build_report(values, values.profiles[0], date=DATE, samples=200)]


@pytest.fixture(scope="module")
def paper_model_module():
    from core.builtin import builtin_model

    return builtin_model()


def test_an_arabic_report_is_right_to_left_and_says_nothing_in_english(reports):
    for data in reports:
        html = report_html(data, language="ar")
        assert html.startswith('<!DOCTYPE html><html lang="ar" dir="rtl">')
        assert _english_left(data, html) == []
        # the same check finds the English report's own words: it can fail
        assert len(_english_left(data, report_html(data))) > 10


def test_an_english_report_stays_left_to_right_without_isolates(reports):
    html = report_html(reports[0])
    assert html.startswith('<!DOCTYPE html><html lang="en" dir="ltr">')
    assert not set(html) & {chr(c) for c in ISOLATES}
    assert "Executive summary" in html and "Noto Naskh Arabic" not in html


def test_arabic_headings_and_sentences_come_from_the_arabic_catalogue(reports):
    data, arabic = reports[0], catalogue("ar")
    html = report_html(data, language="ar")
    headings = [unescape(h).translate(ISOLATES) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)]
    assert headings == [arabic[f"{key}"] for key in (
        "document.ranking", "document.risk_matrix", "register.register", "register.controls", "register.benefits",
        "document.weights", "document.profiles", "document.robustness", "document.evidence", "register.scales",
        "document.methodology")]
    text = " ".join(_runs(html))
    for paragraph in methodology(data, "ar") + caveats(data, "ar"):
        assert paragraph.translate(ISOLATES) in text
    for heading, sentence in executive_summary(data, "ar"):
        assert heading in text and sentence.translate(ISOLATES) in text
    assert "Noto Naskh Arabic" in html.split("<body>")[0]  # the face the stylesheet asks for


def test_every_text_run_of_an_arabic_report_reads_in_its_own_direction(reports):
    """A first-strong isolate around each run: an English name keeps its full stop, "4 × 5 = 20" its order."""
    html = report_html(reports[0], language="ar")
    runs = [run.strip(" \u2003:;,.،؛") for run in re.findall(r">([^<]*[^\s<][^<]*)<", html.split("<body>", 1)[1])]
    assert runs and all(run[0] in "\u2066\u2067" and run.endswith("\u2069") for run in runs if run)
    assert re.search("\u2066\u2068\\d\u2069 × \u2068\\d\u2069 = \u2068\\d+\u2069\u2069", html)  # a register cell


def test_arabic_sentences_isolate_each_value_they_put_in_and_english_ones_stay_plain():
    assert report_words("ar")["document.weights_profile"].format(profile="Equal weights.") == \
        "ملف الترجيح «\u2068Equal weights.\u2069»."
    assert report_words("ar")["register.levels"].format(likelihood=4, impact=5, score=20.0) == \
        "\u20684\u2069 × \u20685\u2069 = \u206820\u2069"
    assert report_words("en")["document.weights_profile"].format(profile="A") == "Profile “A”."
    assert dict(report_words("ar")) == dict(catalogue("ar"))  # the same texts, only their format differs


def test_isolating_leaves_markup_and_blank_runs_alone():
    assert isolate_texts('<p class="a">x. y</p> <td> </td><b>E1</b>: note.<td>\u2003\u2003E1 x </td>') == \
        '<p class="a">\u2066x. y\u2069</p> <td> </td><b>\u2066E1\u2069</b>: \u2066note.\u2069' \
        '<td>\u2003\u2003\u2066E1 x\u2069 </td>'
    # An Arabic sentence whose values are isolated already reads right to left, full stop at its end (on the left).
    assert isolate_texts("<p>\u2068تضع O5\u2069.</p><p>4 × 5 = 20</p>") == \
        "<p>\u2067\u2068تضع O5\u2069.\u2069</p><p>\u20664 × 5 = 20\u2069</p>"


def test_a_run_opening_with_an_id_and_going_on_in_arabic_reads_right_to_left():
    # The id first at the right, as the window shows "E1 name"; an English run stays left to right.
    assert isolate_texts("<td>E1 وقف المساعدات</td><li>O1: انسحاب</li><td>E1 US aid halt.</td>") == \
        "<td>\u2067E1 وقف المساعدات\u2069</td><li>\u2067O1: انسحاب\u2069</li><td>\u2066E1 US aid halt.\u2069</td>"


def test_a_date_or_a_signed_number_after_arabic_words_sits_in_a_left_to_right_isolate():
    # A first-strong isolate holds no letter here, and Qt's PDF layout then read "2027-06-30" as 30-06-2027, "−1" as 1−.
    words = report_words("ar")
    assert re.fullmatch("الاستحقاق \u2066[^\u2069]*2027-06-30\u2069*", words["register.due"].format(date="2027-06-30"))
    for key in ("register.effect_l", "register.effect_i"):
        assert re.fullmatch("\u2066−\u2068?1\u2069+ [حأ]", words[key].format(levels=1)), key


def _keys_read(paths: list[Path]) -> tuple[set[str], list[re.Pattern]]:
    """String constants of ``paths``, and the keys f-strings look up (``words[f"document.better_{x}"]``) as patterns."""
    constants: set[str] = set()
    patterns: list[re.Pattern] = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            looked_up = node.slice if isinstance(node, ast.Subscript) else \
                node.args[0] if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "get" and node.args else None
            if isinstance(looked_up, ast.JoinedStr):
                parts = [re.escape(p.value) if isinstance(p, ast.Constant) else r"[\w ]+" for p in looked_up.values]
                patterns.append(re.compile("".join(parts)))
    return constants, patterns


def test_every_key_of_the_report_areas_is_read_somewhere():
    """No dead key: each is named by the code (a constant, or an f-string lookup), charts' keys by their short name."""
    folders = ["core/reports", "core/charts", "core/register", "core/methods", "ui/reports"]
    paths = [p for folder in folders for p in sorted((ROOT / folder).glob("*.py"))]
    constants, patterns = _keys_read(paths)
    chart_lookups = _chart_lookups(sorted((ROOT / "core/charts").glob("*.py")))
    dead = []
    for area in REPORT_AREAS:
        for key in area_texts("en", area):
            used = key in constants or any(p.fullmatch(key) for p in patterns) if area != "charts" \
                else key.removeprefix("charts.") in chart_lookups
            if not used:
                dead.append(key)
    assert dead == []


def _chart_lookups(paths: list[Path]) -> set[str]:
    """The short keys the chart code subscripts (``words["lead"]``, ``words["a" if x else "b"]``)."""
    keys = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Subscript):
                keys |= {c.value for c in ast.walk(node.slice) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return keys
