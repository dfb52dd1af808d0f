"""A list of texts in two languages (a criterion's evidence): item *i* in one language beside item *i* in the other."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.bilingual import localized, other_language, set_texts, texts_in
from core.builtin import builtin_model
from core.edits import SetCriterion, SetTexts, apply
from core.errors import ModelError

PAPER = builtin_model()
ADDRESS = "criteria/E1/evidence"
ITEMS = st.lists(st.sampled_from(["", "  ", "Paper §2", "الورقة، القسم ٢", "Table 3", "جدول ٣", " CBI 2024 "]),
                 max_size=6)
LANGUAGES = st.sampled_from(["en", "ar"])


def _start(english: list[str], arabic: list[str]):
    model = set_texts(PAPER, ADDRESS, "en", tuple(english))
    return set_texts(model, ADDRESS, "ar", tuple(arabic))


def _written(items):
    return [item for item in items if item is not None]


@given(ITEMS, ITEMS, LANGUAGES, ITEMS)
def test_each_language_holds_its_items_in_order_and_the_other_keeps_its_own(english, arabic, language, texts):
    model = _start(english, arabic)
    before = texts_in(model, ADDRESS, other_language(language))
    result = set_texts(model, ADDRESS, language, tuple(texts))
    assert _written(texts_in(result, ADDRESS, language)) == [t.strip() for t in texts if t.strip()]
    assert _written(texts_in(result, ADDRESS, other_language(language))) == _written(before)
    assert all(result.criterion("E1").evidence)  # no empty item is left in the list
    assert localized(localized(result, other_language(language)), result.language) == result


@given(ITEMS, ITEMS, LANGUAGES, ITEMS)
def test_set_texts_undoes_exactly(english, arabic, language, texts):
    model = _start(english, arabic)
    changed, inverse = apply(model, SetTexts(ADDRESS, language, tuple(texts)))
    assert apply(changed, inverse)[0] == model


def test_items_pair_by_position_and_a_blank_line_leaves_a_place_to_the_other_language():
    model = _start(["Paper §2", "Table 3"], ["الورقة، القسم ٢"])
    assert texts_in(model, ADDRESS, "en") == ["Paper §2", "Table 3"]
    assert texts_in(model, ADDRESS, "ar") == ["الورقة، القسم ٢", None]
    model = set_texts(model, ADDRESS, "ar", ("", "جدول ٣"))
    assert texts_in(model, ADDRESS, "ar") == [None, "جدول ٣"]
    assert localized(model, "ar").criterion("E1").evidence == ("Paper §2", "جدول ٣")  # the first falls back
    model = set_texts(model, ADDRESS, "en", ("",))
    assert model.criterion("E1").evidence == ("جدول ٣",)  # the first item is in neither language: gone


def test_a_plain_edit_of_the_list_in_the_model_language_drops_the_translations_of_items_it_no_longer_has():
    model = _start(["Paper §2", "Table 3"], ["الورقة", "جدول ٣"])
    shorter, _ = apply(model, SetCriterion("E1", {"evidence": ["Paper §2"]}))
    assert texts_in(shorter, ADDRESS, "ar") == ["الورقة"]


@pytest.mark.parametrize("address", ["criteria/E1/name", "criteria/NOPE/evidence", "options/O1/evidence",
                                     "criteria/E1/evidence/0"])
def test_an_address_that_names_no_list_is_refused(address):
    with pytest.raises(ModelError):
        set_texts(PAPER, address, "ar", ("x",))


def test_items_pass_the_checks_every_text_passes():
    with pytest.raises(ModelError, match="evidence/1"):
        set_texts(PAPER, ADDRESS, "ar", ("ok", "bad\x00"))
