"""A model read from a spreadsheet is in the language its texts are written in; Mizan's own words in it (the
profile's name, the bands' names, the descriptor scales) are written in both languages."""

from __future__ import annotations

import pytest

from core.bilingual import localized, pair, text_in
from core.labels import default_band_names
from core.loader import load_model
from core.register import default_levels
from tests.core.storage.test_spreadsheet import LAYOUT, csv_file, xlsx_file

ARABIC = [["option", "الكلفة", "الجودة"], ["direction", "cost", "benefit"], ["الخطة أ", 200, 7], ["الخطة ب", 150, 5]]


@pytest.mark.parametrize("make", [csv_file, xlsx_file])
def test_an_arabic_sheet_makes_an_arabic_model_with_mizans_words_in_both_languages(tmp_path, make):
    model = load_model(make(tmp_path, ARABIC, "نموذج." + ("csv" if make is csv_file else "xlsx")))
    assert model.language == "ar" and model.title == "نموذج"
    assert pair(model.profiles[0], "name") == ("أوزان متساوية", "Equal weights")
    assert model.bands.names == default_band_names("ar")
    assert [text_in(model, f"bands/names/{i}", "en") for i in range(4)] == list(default_band_names("en"))
    assert model.register.scales.likelihood == default_levels("likelihood", "ar")
    english = localized(model, "en")
    assert english.profiles[0].name == "Equal weights" and english.options[0].name == "الخطة أ"  # a fallback


def test_an_english_sheet_stays_english_and_names_its_weights_in_arabic_too(tmp_path):
    model = load_model(csv_file(tmp_path, LAYOUT))
    assert model.language == "en" and model.profiles[0].name == "Spreadsheet weights"
    assert text_in(model, "profiles/Spreadsheet weights/name", "ar") == "أوزان الجدول"
    assert localized(model, "ar").bands.names == default_band_names("ar")
