"""Names of the core's fixed choices and of the methods, in every language of the catalogue."""

from __future__ import annotations

import pytest

from core.catalogue import LANGUAGES, catalogue
from core.labels import CHOICES, choice_label, label_key
from core.methods import REGISTRY
from core.methods.spec import MethodSpec


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_value_of_every_choice_has_its_own_name(language):
    for kind, values in CHOICES.items():
        names = [catalogue(language)[label_key(kind, value)] for value in values]
        assert len(set(names)) == len(values), f"{language}/{kind}: two values share a name"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_method_has_a_label_and_a_note(language):
    for key, spec in REGISTRY.items():
        assert catalogue(language)[f"labels.method.{key}"] == spec.label_in(language)
        assert catalogue(language)[f"labels.method_note.{key}"] == spec.note_in(language)
    assert len({spec.label_in(language) for spec in REGISTRY.values()}) == len(REGISTRY)


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


def test_not_decided_is_an_empty_name():
    assert choice_label("treatment", "", "ar") == ""


def run(*args, **kwargs):
    raise AssertionError("never run")


def test_a_method_the_catalogue_lacks_keeps_its_declared_texts_in_every_language():
    spec = MethodSpec(key="toy", run=run, order=99, label="Toy", note="A toy.")
    assert [spec.label_in(language) for language in LANGUAGES] == ["Toy"] * len(LANGUAGES)
    assert spec.note_in("ar") == "A toy."


def test_a_method_with_no_texts_anywhere_is_refused_by_key():
    with pytest.raises(ValueError, match="'toy'"):
        MethodSpec(key="toy", run=run, order=99)


def test_default_bands_are_named_from_the_catalogue_in_each_language():
    from core.labels import default_band_names
    from core.model import Bands

    assert Bands().names == default_band_names("en") == ("Low", "Medium", "High", "Extreme")
    assert default_band_names("ar") == ("منخفض", "متوسط", "مرتفع", "حرج")
    assert len(Bands().upper) == len(Bands().colors) == len(default_band_names("ar"))
