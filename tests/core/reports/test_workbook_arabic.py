"""The Arabic workbook: every sheet right to left, its own words Arabic, its numbers Mizan's after recalculation.

Three Arabic exports (the built-in model on both bases, the README's
direct-value model with linear and V-shape preference functions) and one
Arabic export edited the way an analyst edits it (the basis and "include
planned controls" cells set to the Arabic words for residual and yes) are
recalculated in ONE LibreOffice run. The recalculated values must equal
Mizan's engine, which proves that every formula comparing a cell with a word
compares it with the Arabic word the cell holds. Then every cell's value,
every validation message, footer and chart title is read: once the model's
own texts (written as the model holds them) and the texts other report
writers share with the PDF are taken out, no Latin word is left but method
names and mathematical operators.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.analysis import evaluate
from core.bilingual import text_in
from core.methods import METHODS, REGISTRY
from core.register import CONTROL_STATUSES, STATUSES, TREATMENTS
from core.register.dates import is_overdue
from core.register.residual import BASES, residual_model
from core.reports.data import build_report
from core.reports.excel import workbook_bytes, write_workbook
from core.reports.score_import import preview_import
from core.reports.xl_words import Words
from core.storage.spreadsheet import read_spreadsheet
from tests.core.reports.test_workbook_live import README_CSV
from tests.libreoffice import convert_many, needs_libreoffice

AR = Words("ar")
DAY = dt.date(2026, 12, 1)

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Latin the Arabic workbook keeps by design: method names (as each method's Arabic label writes them: WSM, WPM,
# TOPSIS, VIKOR, PROMETHEE II for the shipped ones), the spreadsheet function it names, math operators.
METHOD_NAMES = {word for spec in REGISTRY.values() for word in LATIN_WORD.findall(spec.label_in("ar"))}
KEPT_LATIN = {*METHOD_NAMES, "SMAA", "SUMPRODUCT", "ln", "exp", "max"}
# Coded values the model holds in English: the workbook must show them in Arabic, so they are never "model text".
CODES = {*STATUSES, *TREATMENTS, *CONTROL_STATUSES, *BASES, "benefit", "cost", "risk", "value", "usual", "ushape",
         "vshape", "level", "linear", "gaussian"}


def _value_model(tmp_path: Path):
    path = tmp_path / "plans.csv"
    path.write_text(README_CSV, encoding="utf-8")
    return read_spreadsheet(path)


def _set_by_label(sheet, label: str, value: str) -> None:
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == label)
    sheet.cell(row, 2).value = value


@pytest.fixture(scope="module")
def books(tmp_path_factory, paper_model):
    """name -> (model as ranked, data, written workbook, recalculated workbook)."""
    folder = tmp_path_factory.mktemp("arabic")
    planned = paper_model.replace(register=paper_model.register.replace(include_planned=True))
    values = _value_model(folder)
    cases = {
        "inherent": (paper_model, build_report(paper_model, paper_model.profiles[0], date=DAY, samples=200,
                                               basis="inherent"), "inherent"),
        "residual": (paper_model, build_report(paper_model, paper_model.profiles[1], "topsis", date=DAY,
                                               samples=200, basis="residual"), "residual"),
        "values": (values, build_report(values, values.profiles[0], "promethee2", date=DAY, samples=200), None),
    }
    paths = {}
    for name, (_, data, basis) in cases.items():
        paths[name] = folder / f"{name}.xlsx"
        write_workbook(paths[name], data, basis, language="ar")
    edited = load_workbook(paths["inherent"])  # the analyst switches to residual and counts planned controls
    controls = edited[AR.sheet("controls")]
    _set_by_label(controls, AR("setting_basis"), AR.code("residual"))
    _set_by_label(controls, AR("setting_planned"), AR.code("yes"))
    paths["edited"] = folder / "edited.xlsx"
    edited.save(paths["edited"])
    cases["edited"] = (planned, cases["inherent"][1], "residual")
    out = convert_many(list(paths.values()), "xlsx", folder / "lo")
    return {name: (cases[name][0], cases[name][1], load_workbook(paths[name]), load_workbook(path, data_only=True))
            for name, path in zip(paths, out)}


def test_every_sheet_of_the_arabic_workbook_reads_right_to_left(paper_model, tmp_path):
    values = _value_model(tmp_path)
    for model in (paper_model, values):
        data = build_report(model, model.profiles[0], date=DAY, samples=0)
        arabic = load_workbook(io.BytesIO(workbook_bytes(data, language="ar")))
        english = load_workbook(io.BytesIO(workbook_bytes(data)))
        assert [s.sheet_view.rightToLeft for s in arabic.worksheets] == [True] * len(arabic.worksheets)
        assert not any(s.sheet_view.rightToLeft for s in english.worksheets)
        assert arabic.sheetnames == [AR.sheet(k) for k in _sheet_keys(english.sheetnames)]
        for a, e in zip(arabic.worksheets, english.worksheets):  # the print settings are the English ones
            assert (a.page_setup.orientation, a.page_setup.fitToWidth, a.print_title_rows, a.print_title_cols) == \
                (e.page_setup.orientation, e.page_setup.fitToWidth, e.print_title_rows, e.print_title_cols)
            assert a.oddFooter.center.text == AR("footer")


def _sheet_keys(english_names: list[str]) -> list[str]:
    en = Words("en")
    keys = {en.sheet(k): k for k in ("summary", "matrix", "decision", "heat", "weights", "methods", "profiles",
                                     "robustness", "evidence", "dashboard", "register", "controls", "scales",
                                     "counts")}
    return [keys[name] for name in english_names]


@needs_libreoffice
def test_the_arabic_workbook_recalculates_to_mizan_numbers(books):
    for name, (model, data, _, book) in books.items():
        basis = {"inherent": "inherent", "values": "inherent"}.get(name, "residual")
        ranked = residual_model(model) if basis == "residual" else model
        sheet = book[AR.sheet("methods")]
        top = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == AR("col_option"))
        labels = [sheet.cell(top, c).value for c in range(1, sheet.max_column + 1)]
        for method, label in zip(METHODS, ("WSM", "WPM", "TOPSIS", "VIKOR", "PROMETHEE II")):
            result = evaluate(ranked, data.profile, method).result
            column = labels.index(AR("col_method_score", method=label)) + 1
            scores = [sheet.cell(top + 1 + i, column).value for i in range(len(model.options))]
            ranks = [sheet.cell(top + 1 + i, column + 1).value for i in range(len(model.options))]
            assert scores == pytest.approx(result.scores.tolist(), rel=1e-9, abs=1e-12), (name, method)
            assert ranks == result.ranks.tolist(), (name, method)
        summary = [r for r in book[AR.sheet("summary")].iter_rows(values_only=True)
                   if isinstance(r[0], int) and isinstance(r[3], float)]
        expected = evaluate(ranked, data.profile, data.method).ranking()
        assert [(r[1], pytest.approx(r[3])) for r in summary] == [(e["option"], e["score"]) for e in expected]


@needs_libreoffice
def test_the_arabic_register_counts_what_mizan_counts(books, paper_model):
    model, _, _, book = books["edited"]
    dashboard = book[AR.sheet("dashboard")]
    overdue = next(r for r in dashboard.iter_rows(values_only=True) if r[0] == AR("overdue_reviews"))
    assert overdue[1] == sum(is_overdue(e, DAY) for e in paper_model.register.entries.values()) == 1
    ranked_on = dashboard["B5"].value
    assert ranked_on == AR("ranked_on_value", basis=AR("risk_residual"), planned=AR("planned_counted"))
    register = book[AR.sheet("register")]
    residual = residual_model(model)
    column = [register.cell(4, c).value for c in range(1, register.max_column + 1)].index(AR("col_res_score")) + 1
    for row in range(5, register.max_row + 1):
        option, factor = register.cell(row, 2).value, register.cell(row, 4).value
        assert register.cell(row, column).value == residual.score(option, factor).number, (option, factor)


def _model_texts(model) -> set[str]:
    """Every text the model holds (its words, written as they are), but not its coded values."""
    texts: set[str] = set()

    def walk(item) -> None:
        if isinstance(item, str):
            if item.strip() and item not in CODES:
                texts.add(item)
        elif dataclasses.is_dataclass(item):
            for field in dataclasses.fields(item):
                walk(getattr(item, field.name))
        elif isinstance(item, Mapping):
            for key, value in item.items():
                walk(key)
                walk(value)
        elif isinstance(item, (list, tuple, set, frozenset)):
            for value in item:
                walk(value)

    walk(model)
    return texts


def _english_left(text: str, known: list[re.Pattern]) -> list[str]:
    for pattern in known:
        text = pattern.sub(" ", text)
    return [word for word in LATIN_WORD.findall(text) if word not in KEPT_LATIN]


def _book_texts(written, recalculated, raw: bytes):
    """(where, text) of every cell value, validation message, footer and chart text of a workbook."""
    for sheet in recalculated.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield f"{sheet.title}!{cell.coordinate}", cell.value
    for sheet in written.worksheets:
        for check in sheet.data_validations.dataValidation:
            yield f"{sheet.title} validation {check.sqref}", f"{check.errorTitle} {check.error} {check.formula1}"
        yield f"{sheet.title} footer", sheet.oddFooter.center.text or ""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/charts/chart"):
                for text in re.findall(r"<a:t>([^<]*)</a:t>", archive.read(name).decode("utf-8")):
                    yield name, text


def _offending(written, recalculated, data, raw: bytes) -> dict[str, list[str]]:
    known = sorted(_model_texts(data.model), key=len, reverse=True)
    patterns = [re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)") for text in known]
    found = {}
    for where, text in _book_texts(written, recalculated, raw):
        left = _english_left(text, patterns)
        if left:
            found[where] = left
    return found


@needs_libreoffice
def test_no_cell_of_the_arabic_workbooks_own_text_is_english(books, tmp_path):
    for name in ("inherent", "residual", "values"):
        model, data, written, recalculated = books[name]
        basis = {"inherent": "inherent", "residual": "residual"}.get(name)
        raw = workbook_bytes(data, basis, language="ar")
        found = _offending(written, recalculated, data, raw)
        assert found == {}, name
    # The same reading finds the English workbook's words: the check can fail.
    model, data, _, _ = books["inherent"]
    english = tmp_path / "english.xlsx"
    write_workbook(english, data, "inherent")
    [again] = convert_many([english], "xlsx", tmp_path / "lo")
    found = _offending(load_workbook(english), load_workbook(again, data_only=True), data,
                       workbook_bytes(data, "inherent"))
    assert len(found) > 200 and any("Summary" in where for where in found)


def _edit_both(path: Path, words: Words, entry_row: int) -> None:
    """The same edits an analyst makes, typed in the workbook's own words."""
    book = load_workbook(path)
    matrix = book[words.sheet("matrix")]
    matrix["C15"] = 1  # a likelihood: O1 × E1 (the likelihood block starts at row 13)
    book[words.sheet("weights")]["D6"] = 3  # a raw weight (E1)
    controls = book[words.sheet("controls")]
    controls["B5"] = words.code("yes") + " "  # include planned controls, typed with a stray space
    controls["E11"] = words.code("in place")  # C4
    register = book[words.sheet("register")]
    register.cell(entry_row, 22, words.code("closed"))  # a status
    register.cell(entry_row, 19, words.code("transfer"))  # a treatment
    register.cell(entry_row, 8, "المالية")  # an owner, in Arabic in both
    book[words.sheet("scales")]["B5"] = "نادر جدًا"  # a level's label
    book.save(path)


def test_an_arabic_workbook_imports_back_as_the_english_one_does(tmp_path, paper_model):
    data = build_report(paper_model, paper_model.profiles[0], date=DAY, samples=0)
    previews = []
    for language in ("en", "ar"):
        (tmp_path / language).mkdir()
        path = tmp_path / language / "edited.xlsx"  # the new profile is named after the file
        write_workbook(path, data, language=language)
        words = Words(language)
        register = load_workbook(path)[words.sheet("register")]
        entry_row = next(r for r in range(5, register.max_row + 1) if register.cell(r, 1).value == "O2·R5")
        _edit_both(path, words, entry_row)
        previews.append(preview_import(paper_model, path))
    english, arabic = previews
    assert english.rejected == arabic.rejected == ()
    assert arabic.model == english.model != paper_model
    assert arabic.changes == english.changes and len(english.changes) == 1
    assert arabic.register == english.register and len(english.register) == 6
    assert arabic.coerced == english.coerced
    assert arabic.weights == english.weights and arabic.profile.weights == english.profile.weights
    entry = arabic.model.register.entry("O2", "R5")
    assert (entry.status, entry.treatment) == ("closed", "transfer")
    # The owner typed in Arabic is the owner's Arabic, in either workbook; the English one stays.
    assert text_in(arabic.model, "entries/O2/R5/owner", "ar") == "المالية"
    assert entry.owner == paper_model.register.entry("O2", "R5").owner
    assert text_in(arabic.model, "scales/likelihood/1/label", "ar") == "نادر جدًا"
    assert arabic.model.register.scales.likelihood[0].label == paper_model.register.scales.likelihood[0].label
    assert arabic.model.register.include_planned and arabic.model.register.control("C4").status == "in place"


def test_an_arabic_workbook_refuses_a_word_outside_its_list_by_cell(tmp_path, paper_model):
    path = tmp_path / "ar.xlsx"
    write_workbook(path, build_report(paper_model, paper_model.profiles[0], date=DAY, samples=0), language="ar")
    book = load_workbook(path)
    book[AR.sheet("register")]["V5"] = "closed"  # the English code is not a word of the Arabic workbook
    book.save(path)
    preview = preview_import(paper_model, path)
    assert [issue.where for issue in preview.rejected] == [f"{AR.sheet('register')}!V5"]
    assert preview.model.register == paper_model.register
