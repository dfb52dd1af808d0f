"""The model in two languages: addresses, texts per language, fallbacks, localizing and the SetText edit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.bilingual import detect_language, localized, set_text, text_in, text_paths
from core.builtin import builtin_model
from core.edits import DeleteCriterion, DeleteOption, DuplicateProfile, RenameProfile, SetCriterion, SetOption, \
    SetText, apply
from core.errors import ModelError
from core.register import DEFAULT_LIKELIHOOD, DEFAULT_LIKELIHOOD_AR
from tests.core.register.factories import with_register

PAPER = with_register(builtin_model())  # the paper's model as shipped: in English and Arabic


def _english_only(model):
    for address in text_paths(model):
        model = set_text(model, address, "ar", "")
    return model


MODEL = _english_only(PAPER)
# A profile is found by its name, which changes with the language: the space below leaves profiles to their own tests.
# O2 × S1 is a risk cell without a register entry: its texts can be written all the same.
EMPTY_ENTRY = ("entries/O2/S1/statement", "entries/O2/S1/owner")
ADDRESSES = sorted([a for a in text_paths(MODEL) if not a.startswith("profiles/")] + list(EMPTY_ENTRY))
TEXTS = st.sampled_from(["", "أزمة الدينار", "E1 ← O3", "Dinar", "  ", "نص\nثانٍ", "Copy"])
OPS = st.lists(st.tuples(st.sampled_from(ADDRESSES), st.sampled_from(["en", "ar"]), TEXTS), max_size=25)


def _required(address: str) -> bool:
    return address.rsplit("/", 1)[-1] in ("name", "label") or address.startswith("bands/names/")


def _written(ops):
    """The model after ``ops`` (refused ones skipped) and what each address should then hold per language."""
    model, expected = MODEL, {}
    for address, language, text in ops:
        try:
            model = set_text(model, address, language, text)
        except ModelError:
            assert _required(address) and not text.strip()
            continue
        expected[address, language] = text or None
    return model, expected


def _text(expected, address, language):
    return expected.get((address, language), ORIGINAL[address, language])


ORIGINAL = {(a, lang): text_in(MODEL, a, lang) for a in ADDRESSES for lang in ("en", "ar")}


@given(OPS)
def test_each_language_holds_what_was_written_in_it(ops):
    model, expected = _written(ops)
    for address in ADDRESSES:
        for language in ("en", "ar"):
            assert text_in(model, address, language) == _text(expected, address, language)


@given(OPS, st.sampled_from(["en", "ar"]))
def test_localized_is_lossless_and_shows_the_language_or_the_fallback(ops, language):
    model, expected = _written(ops)
    shown = localized(model, language)
    assert shown.language == language
    assert localized(shown, language) == shown
    assert localized(localized(model, "ar"), model.language) == model
    assert localized(localized(model, "en"), "ar") == localized(model, "ar")
    other = "ar" if language == "en" else "en"
    plain = text_paths(shown)
    for address in ADDRESSES:
        for lang in ("en", "ar"):
            assert text_in(shown, address, lang) == text_in(model, address, lang)
        want = _text(expected, address, language) or _text(expected, address, other) or None
        assert plain.get(address) == want


def test_a_fallback_is_never_reported_as_a_value():
    shown = localized(MODEL, "ar")
    assert shown.criterion("E1").name == MODEL.criterion("E1").name  # no Arabic: the English shows
    assert text_in(shown, "criteria/E1/name", "ar") is None
    assert text_in(shown, "criteria/E1/name", "en") == MODEL.criterion("E1").name
    written = set_text(shown, "criteria/E1/name", "ar", "أزمة الدينار")
    assert written.criterion("E1").name == "أزمة الدينار"
    assert localized(written, "en").criterion("E1").name == MODEL.criterion("E1").name


def test_the_shipped_model_and_the_default_scales_are_written_in_both_languages():
    shown = localized(PAPER, "ar")
    assert localized(shown, "en") == PAPER and shown.language == "ar"
    assert all(text_in(builtin_model(), a, "ar") for a in text_paths(builtin_model()))  # every text in Arabic
    assert shown.register.scales.likelihood[0].label == DEFAULT_LIKELIHOOD_AR[0][0]
    assert text_in(PAPER, "scales/likelihood/1/description", "ar") == DEFAULT_LIKELIHOOD_AR[0][1]
    assert text_in(shown, "scales/likelihood/1/label", "en") == DEFAULT_LIKELIHOOD[0][0]


@pytest.mark.parametrize("address", ["nothing", "criteria/NOPE/name", "criteria/E1/owner", "criteria/E1/evidence/9",
                                     "scores/O1/NOPE/rationale", "scales/likelihood/6/label", "profiles/x/name",
                                     "bands/names/7", "options/O1/notes", "entries/O1/E9/owner",
                                     "entries/NOPE/S1/owner", "entries/O1/ECO/statement"])
def test_an_address_that_names_no_text_is_refused(address):
    with pytest.raises(ModelError, match="address|no "):
        set_text(MODEL, address, "ar", "نص")


def test_texts_pass_the_checks_every_text_passes():
    with pytest.raises(ModelError, match="criteria/E1/description"):
        set_text(MODEL, "criteria/E1/description", "ar", "bad \x00 text")
    with pytest.raises(ModelError, match="language"):
        set_text(MODEL, "title", "fr", "titre")
    with pytest.raises(ModelError, match="empty"):
        set_text(MODEL, "criteria/E1/name", "en", "")  # no Arabic name to fall back to
    named = set_text(MODEL, "criteria/E1/name", "ar", "أزمة")
    assert set_text(named, "criteria/E1/name", "en", "").criterion("E1").name == "أزمة"  # falls back


@given(OPS.filter(bool))
def test_set_text_undoes_exactly(ops):
    model = _written(ops[:-1])[0]
    address, language, text = ops[-1]
    try:
        changed, inverse = apply(model, SetText(address, language, text))
    except ModelError:
        return
    assert apply(changed, inverse)[0] == model


def test_a_profile_name_in_arabic_undoes_and_stays_unique():
    name = MODEL.profiles[0].name
    changed, inverse = apply(MODEL, SetText(f"profiles/{name}/name", "ar", "أوزان الورقة"))
    assert localized(changed, "ar").profiles[0].name == "أوزان الورقة"
    assert apply(changed, inverse)[0] == MODEL
    renamed, inverse = apply(changed, SetText(f"profiles/{name}/name", "en", "Paper"))
    assert renamed.profiles[0].name == "Paper" and apply(renamed, inverse)[0] == changed
    second = MODEL.profiles[1].name
    with pytest.raises(ModelError, match="two profiles are called 'أوزان الورقة' in ar"):
        apply(changed, SetText(f"profiles/{second}/name", "ar", "أوزان الورقة"))
    copy = apply(changed, DuplicateProfile(name, "Copy"))[0]  # the copy is named in one language only
    assert [p.name for p in localized(copy, "ar").profiles][:2] == ["أوزان الورقة", "Copy"]
    kept = apply(changed, RenameProfile(name, "Paper"))[0]
    assert text_in(kept, "profiles/Paper/name", "ar") == "أوزان الورقة"  # a rename carries the other language


def test_edits_carry_translations_with_their_object():
    model = set_text(set_text(MODEL, "options/O3/name", "ar", "انسحاب مرحلي"), "criteria/E1/notes", "ar", "ملاحظة")
    gone = apply(model, DeleteOption("O3"))[0]
    assert all(not a.startswith("options/O3/") for a in text_paths(localized(gone, "ar")))
    assert text_in(apply(model, DeleteCriterion("E2"))[0], "criteria/E1/notes", "ar") == "ملاحظة"
    edited = apply(model, SetOption("O3", {"description": "new"}))[0]
    assert text_in(edited, "options/O3/name", "ar") == "انسحاب مرحلي"


def test_a_plain_edit_of_a_fallback_writes_the_model_language_and_undoes_exactly():
    shown = localized(MODEL, "ar")  # every criterion name shows its English as a fallback
    changed, inverse = apply(shown, SetCriterion("E1", {"name": "أزمة"}))
    assert text_in(changed, "criteria/E1/name", "ar") == "أزمة"
    assert text_in(changed, "criteria/E1/name", "en") == MODEL.criterion("E1").name
    assert apply(changed, inverse)[0] == shown
    fewer, inverse = apply(set_text(MODEL, "criteria/E1/evidence/0", "ar", "§"), SetCriterion("E1", {"evidence": []}))
    assert fewer.criterion("E1").translations == () or all(not k.startswith("evidence")
                                                            for k, _ in fewer.criterion("E1").translations)
    assert text_in(apply(fewer, inverse)[0], "criteria/E1/evidence/0", "ar") == "§"


def test_detect_language_reads_the_letters():
    assert detect_language(MODEL) == "en"
    arabic = MODEL
    for address in ADDRESSES:  # every text but the profile names (still English) in Arabic
        arabic = set_text(arabic, address, "en", "نص عربي E1")
    assert detect_language(arabic) == "ar"


PLAIN = st.sampled_from([lambda t: SetCriterion("E1", {"name": t.strip() or "x"}), lambda t: SetCriterion("E2", {"notes": t}),
                         lambda t: SetOption("O3", {"description": t}),
                         lambda t: SetCriterion("E1", {"evidence": [t] if t else []})])


@given(OPS, st.sampled_from(["en", "ar"]), PLAIN, TEXTS)
def test_plain_edits_of_a_shown_model_write_its_language_and_undo_exactly(ops, language, make, text):
    shown = localized(_written(ops)[0], language)
    changed, inverse = apply(shown, make(text))
    assert apply(changed, inverse)[0] == shown
    assert localized(localized(changed, "ar" if language == "en" else "en"), language) == changed
    if text and isinstance(make(text), SetOption):
        assert text_in(changed, "options/O3/description", language) == text


def test_a_risk_cell_without_an_entry_takes_a_text_in_either_language_and_gives_it_back():
    assert ("O2", "S1") not in MODEL.register.entries
    assert text_in(MODEL, "entries/O2/S1/statement", "ar") is None
    written, inverse = apply(MODEL, SetText("entries/O2/S1/statement", "ar", "تسلل الخلايا ← هجمات"))
    entry = written.register.entries["O2", "S1"]
    assert entry.statement == "تسلل الخلايا ← هجمات" and entry.translations == (("statement", None),)
    assert text_in(written, "entries/O2/S1/statement", "en") is None
    assert localized(written, "ar").register.entries["O2", "S1"].statement == "تسلل الخلايا ← هجمات"
    assert apply(written, inverse)[0] == MODEL  # undone, the cell has no entry again
    emptied = set_text(written, "entries/O2/S1/statement", "ar", "")
    assert emptied == MODEL and ("O2", "S1") not in emptied.register.entries


SIDE = st.sampled_from([None, "Iraqi government", "الحكومة العراقية", "2027"])


@given(SIDE, SIDE, st.sampled_from(["en", "ar"]), st.sampled_from(["en", "ar"]), TEXTS)
def test_a_text_read_back_from_a_file_goes_in_its_own_language_and_what_the_file_showed_changes_nothing(
        own, other, model_language, file_language, text):
    from core.bilingual import pair, read_back, shown_in, text_language, with_pair
    from core.register import RiskEntry

    entry = with_pair(RiskEntry(), "owner", own, other)
    shown = shown_in(entry, "owner", model_language, file_language)
    assert read_back(entry, "owner", shown, model_language, file_language) == entry
    if text == shown:
        return
    side = 0 if text_language(text, file_language) == model_language else 1
    after = pair(read_back(entry, "owner", text, model_language, file_language), "owner")
    assert after[side] == (text or None) and after[1 - side] == (own, other)[1 - side]
