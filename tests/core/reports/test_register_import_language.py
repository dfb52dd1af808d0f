"""The register read back from a workbook puts each text in the language it is written in.

The window exports the model as the interface language shows it (texts in
that language, the other's where none is written); the analyst edits the
workbook and imports it into a model of either language. A text typed in
Arabic is the Arabic text, one typed in English the English one, and every
text left as the workbook showed it (a fallback included) changes nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from core.bilingual import localized, set_text, text_in, text_language, text_paths
from core.reports.data import build_report
from core.reports.excel import write_workbook
from core.reports.score_import import preview_import
from core.reports.xl_words import Words

DAY = dt.date(2026, 12, 1)


def exported(model, language: str, path):
    """The workbook the window writes for ``model`` in ``language`` (the model localized to it)."""
    shown = localized(model, language)
    write_workbook(path, build_report(shown, shown.profiles[0], date=DAY, samples=0), language=language)
    return path


def edit_register(path, language: str, cell: str, edits: dict[str, str]) -> None:
    """Type ``edits`` (column key -> text) into the register row of ``cell`` ("O2·R5"), and save."""
    words = Words(language)
    book = load_workbook(path)
    sheet = book[words.sheet("register")]
    header = next(r for r in range(1, 30) if sheet.cell(r, 1).value == words("col_risk"))
    columns = {sheet.cell(header, c).value: c for c in range(1, sheet.max_column + 1)}
    row = next(r for r in range(header + 1, sheet.max_row + 1) if sheet.cell(r, 1).value == cell)
    for key, text in edits.items():
        sheet.cell(row, columns[words(f"col_{key}")], text)
    book.save(path)


@pytest.fixture
def model(paper_model):
    """The paper's model with O2 × R5's action in English only (the Arabic workbook shows it as a fallback)."""
    return set_text(paper_model, "entries/O2/R5/action", "ar", "")


def changed(before, after) -> dict[tuple[str, str], str | None]:
    """Every (address, language) whose text differs between two models (English ones), with the new text.

    Profiles are left out: they are named by their name, and an import adds one named after its file."""
    addresses = {a for m in (before, after) for shown in (m, localized(m, "ar")) for a in text_paths(shown)
                 if not a.startswith("profiles/")}
    return {(a, lang): text_in(after, a, lang) for a in sorted(addresses) for lang in ("en", "ar")
            if text_in(before, a, lang) != text_in(after, a, lang)}


@pytest.mark.parametrize("into", ["en", "ar"])
def test_texts_typed_into_the_arabic_workbook_go_to_the_language_they_are_written_in(tmp_path, model, into):
    path = exported(model, "ar", tmp_path / "ar.xlsx")
    edit_register(path, "ar", "O2·R5", {"statement": "تتسلّم القوات العراقية القواعد ← فراغ أمني محدود",
                                         "owner": "Ministry of Defence"})
    target = localized(model, into)
    preview = preview_import(target, path)
    assert preview.rejected == ()
    assert changed(model, localized(preview.model, "en")) == {
        ("entries/O2/R5/statement", "ar"): "تتسلّم القوات العراقية القواعد ← فراغ أمني محدود",
        ("entries/O2/R5/owner", "en"): "Ministry of Defence"}
    assert preview.model.language == into
    owner = next(c for c in preview.register if c.field == "owner")
    assert (owner.old, owner.new) == (model.register.entry("O2", "R5").owner, "Ministry of Defence")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_workbook_left_as_it_was_written_changes_no_text_of_either_language(tmp_path, model, language):
    path = exported(model, language, tmp_path / f"{language}.xlsx")
    for into in ("en", "ar"):
        preview = preview_import(localized(model, into), path)
        assert preview.register == () and changed(model, localized(preview.model, "en")) == {}


def test_a_blank_cell_empties_the_workbooks_language_only(tmp_path, model):
    path = exported(model, "en", tmp_path / "en.xlsx")
    edit_register(path, "en", "O3·E4", {"owner": ""})
    preview = preview_import(model, path)
    assert changed(model, preview.model) == {("entries/O3/E4/owner", "en"): None}
    arabic = text_in(model, "entries/O3/E4/owner", "ar")
    assert arabic and preview.model.register.entry("O3", "E4").owner == arabic  # the Arabic one now shows


def test_the_language_of_a_text_is_the_script_of_most_of_its_letters():
    assert text_language("Ministry of Defence", "ar") == "en"
    assert text_language("وزارة الدفاع (MoD)", "en") == "ar"
    assert text_language("E1 ← O3: وقف المساعدات", "en") == "ar"
    assert text_language("2027-06-30", "ar") == "ar" and text_language("", "en") == "en"
