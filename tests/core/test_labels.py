"""Names of the core's fixed choices and of the methods, in every language of the catalogue."""

from __future__ import annotations

import pytest

from core.catalogue import DEFAULT, LANGUAGES, catalogue
from core.labels import CHOICES, choice_label, label_key
from core.methods import REGISTRY
from core.methods.spec import MethodSpec, Texts
from tests.core.test_catalogue import ARABIC_LETTER
from tests.core.methods.shipped import SHIPPED


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_value_of_every_choice_has_its_own_name(language):
    for kind, values in CHOICES.items():
        names = [catalogue(language)[label_key(kind, value)] for value in values]
        assert len(set(names)) == len(values), f"{language}/{kind}: two values share a name"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_method_declares_its_own_label_and_note(language):
    """Each registered method's module declares both texts in every language: none falls back to English."""
    for key, spec in REGISTRY.items():
        assert language == DEFAULT or language in spec.texts, f"{key}: no {language} texts"
        label, note = spec.texts_in(language)
        assert label.strip() and note.strip(), f"{key}/{language}: empty text"
        if language == "ar":  # a method's own name may stay Latin (TOPSIS); its note is Arabic prose
            assert ARABIC_LETTER.search(note), f"{key}: the Arabic note is not Arabic"
            assert ARABIC_LETTER.search(label) or label == spec.label, f"{key}: the Arabic label is English"
    assert len({spec.label_in(language) for spec in REGISTRY.values()}) == len(REGISTRY)


def test_method_texts_have_one_home_their_module():
    for language in LANGUAGES:
        left = [key for key in catalogue(language) if key.startswith(("labels.method.", "labels.method_note."))]
        assert left == [], f"{language}: method texts copied into the catalogue"


def test_english_names_are_the_values_and_the_declared_method_texts():
    for kind, values in CHOICES.items():
        assert [choice_label(kind, value) for value in values] == list(values)
    for spec in REGISTRY.values():
        assert (spec.label, spec.note) == (spec.label_in("en"), spec.note_in("en"))


def test_arabic_names_differ_from_the_english_ones():
    assert choice_label("control_status", "in place", "ar") == "مطبَّق"
    assert choice_label("status", "monitoring", "ar") == "قيد المراقبة"
    assert REGISTRY["wsm"].label_in("ar") == "المجموع المرجّح (WSM)"
    assert REGISTRY["vikor"].label_in("ar") == "VIKOR"  # a method's own name stays Latin


def test_the_shipped_methods_keep_their_labels_in_both_languages():
    """The window's menus, the command line, charts and reports show these (all read label_in)."""
    assert {key: REGISTRY[key].label_in("en") for key in SHIPPED} == {
        "wsm": "Weighted sum (WSM)", "wpm": "Weighted product (WPM)", "topsis": "TOPSIS", "vikor": "VIKOR",
        "promethee2": "PROMETHEE II"}
    assert {key: REGISTRY[key].label_in("ar") for key in SHIPPED} == {
        "wsm": "المجموع المرجّح (WSM)", "wpm": "الجداء المرجّح (WPM)", "topsis": "TOPSIS", "vikor": "VIKOR",
        "promethee2": "PROMETHEE II"}
    assert REGISTRY["wsm"].note_in("ar") == "المجموع المرجّح: درجة كل خيار هي مجموع قيمه على المعايير مضروبةً في " \
        "الأوزان الكلية."


def test_not_decided_is_an_empty_name():
    assert choice_label("treatment", "", "ar") == ""


def run(*args, **kwargs):
    raise AssertionError("never run")


def test_a_method_shows_the_texts_it_declares_for_a_language_and_english_for_another():
    spec = MethodSpec(key="toy", run=run, order=99, label="Toy", note="A toy.", texts={"ar": Texts("لعبة", "لعبة.")})
    assert (spec.label_in("en"), spec.note_in("en")) == ("Toy", "A toy.")
    assert (spec.label_in("ar"), spec.note_in("ar")) == ("لعبة", "لعبة.")
    bare = MethodSpec(key="toy", run=run, order=99, label="Toy", note="A toy.")
    assert [bare.label_in(language) for language in LANGUAGES] == ["Toy"] * len(LANGUAGES)
    assert bare.note_in("ar") == "A toy."


@pytest.mark.parametrize("declared", [{}, {"label": "Toy"}, {"note": "A toy."}])
def test_a_method_with_no_label_or_no_note_is_refused_by_key(declared):
    with pytest.raises(ValueError, match="'toy'"):
        MethodSpec(key="toy", run=run, order=99, **declared)


def test_default_bands_are_named_from_the_catalogue_in_each_language():
    from core.labels import default_band_names
    from core.model import Bands

    assert Bands().names == default_band_names("en") == ("Low", "Medium", "High", "Extreme")
    assert default_band_names("ar") == ("منخفض", "متوسط", "مرتفع", "حرج")
    assert len(Bands().upper) == len(Bands().colors) == len(default_band_names("ar"))
