"""Raw weights edited in a workbook come back as a new profile whose texts are in the right language: notes
written in both, the name (the file's) in the language the file name is written in."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from core.bilingual import localized, pair
from core.catalogue import catalogue
from core.reports.data import build_report
from core.reports.excel import write_workbook
from core.reports.score_import import preview_import
from core.reports.xl_words import Words


def _edited(tmp_path, model, stem: str, language: str):
    """The model's workbook in ``language`` with E1's raw weight set to 4, saved as ``stem``.xlsx."""
    path = tmp_path / f"{stem}.xlsx"
    write_workbook(path, build_report(model, model.profiles[0], samples=0), language=language)
    book = load_workbook(path)
    sheet = book[Words(language).sheet("weights")]
    row = next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 1).value == "E1")
    sheet.cell(row, 4, 4)
    book.save(path)
    return path


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("stem", ["from-the-minister", "من الوزير"])
def test_the_new_profile_is_noted_in_both_languages_and_named_in_the_file_names(tmp_path, paper_model, language,
                                                                               stem):
    model = localized(paper_model, language)
    preview = preview_import(model, _edited(tmp_path, model, stem, language))
    profile = preview.profile
    assert profile is not None and profile.name == stem and profile in preview.model.profiles
    written_in = "ar" if stem.startswith("من") else "en"
    assert pair(profile, "name") == ((stem, None) if written_in == language else (None, stem))
    own, other = pair(profile, "notes")
    for notes, lang in ((own, language), (other, "en" if language == "ar" else "ar")):
        base = pair(model.profiles[0], "name")[0 if lang == language else 1]
        assert notes == catalogue(lang)["workbook.imported_weights"].format(
            file=f"{stem}.xlsx", profile=base, changes=catalogue(lang)["workbook.imported_weight"].format(
                id="E1", old="1", new="4"))
    assert localized(localized(preview.model, "ar"), language) == preview.model
