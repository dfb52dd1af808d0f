"""Project files in format 4: the language and each object's translations, round trip, migration, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.bilingual import localized, set_text, text_in, text_paths
from core.builtin import builtin_model
from core.errors import FileFormatError
from core.register import DEFAULT_IMPACT_AR, DEFAULT_LIKELIHOOD_AR
from core.storage.project import FORMAT_VERSION, model_to_data, read_project, write_project
from tests.core.register.factories import with_register

# One Arabic text at an address of every kind of object, and one English-only text left as it is.
ARABIC = {"title": "انسحاب قوات التحالف من العراق", "bands/names/1": "متوسطة", "criteria/ECO/name": "الاقتصاد",
          "criteria/E1/evidence/0": "التداعيات الداخلية", "options/O3/description": "انسحاب على مراحل",
          "scores/O1/E1/rationale": "وقف المساعدات", "controls/C1/owner": "الحكومة",
          "entries/O3/S1/statement": "عودة الخلايا ← هجمات", "scales/impact/2/label": "محدود"}


def english_only(model):
    for address in text_paths(model):
        model = set_text(model, address, "ar", "")
    return model


BASE = english_only(with_register(builtin_model()))  # the paper's model without its Arabic


def bilingual_model():
    model = BASE
    for address, text in ARABIC.items():
        model = set_text(model, address, "ar", text)
    return set_text(model, f"profiles/{model.profiles[0].name}/name", "ar", "أوزان الورقة")


def write(tmp_path: Path, data, name="p.mizan") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["en", "ar"])
def test_both_languages_round_trip_byte_for_byte(tmp_path, language):
    model = localized(bilingual_model(), language)  # in Arabic: English fallbacks are marked in the file
    path = tmp_path / "both.mizan"
    write_project(path, model)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION == 4 and data["language"] == language
    again = read_project(path)
    assert again == model
    write_project(tmp_path / "again.mizan", again)
    assert (tmp_path / "again.mizan").read_bytes() == path.read_bytes()
    for address, text in ARABIC.items():
        assert text_in(again, address, "ar") == text


def test_the_file_keeps_translations_with_their_object(tmp_path):
    data = model_to_data(bilingual_model())
    assert data["translations"] == {"title": ARABIC["title"]}
    assert data["criteria"][0]["translations"] == {"name": "الاقتصاد"}
    assert data["bands"]["translations"] == {"names/1": "متوسطة"}
    assert "translations" not in data["options"][0]  # left out where there are none
    shown = model_to_data(localized(bilingual_model(), "ar"))
    assert shown["criteria"][0]["name"] == "الاقتصاد" and shown["criteria"][0]["translations"]["name"] == "Economic"
    assert shown["options"][0]["translations"]["name"] is None  # the English name shows as a fallback


def test_older_files_load_in_one_language_with_the_default_scales_in_both(tmp_path):
    data = model_to_data(BASE)
    data["format_version"] = 3
    del data["language"]
    assert all("translations" not in level for level in data["register"]["scales"]["likelihood"])
    model = read_project(write(tmp_path, data))
    assert model.language == "en"
    assert text_in(model, "scales/likelihood/1/label", "ar") == DEFAULT_LIKELIHOOD_AR[0][0]
    assert text_in(model, "criteria/E1/name", "ar") is None
    arabic = dict(data, title="انسحاب قوات التحالف من العراق", question="أيّ الخيارات أفضل للعراق؟")
    arabic["criteria"] = json.loads(json.dumps(data["criteria"]))
    for group in arabic["criteria"]:
        for node in [group, *group.get("children", [])]:
            node.update(name="عامل من عوامل القرار", description="وصف العامل ومصادره في الورقة " * 3)
    for option in arabic["options"]:
        option.update(description="وصف الخيار " * 5)
        for score in option["scores"].values():
            score.update(rationale="مسوّغ التقدير " * 5, evidence="")
    old = read_project(write(tmp_path, arabic, "arabic.mizan"))
    assert old.language == "ar"
    assert old.register.scales.impact[4].label == DEFAULT_IMPACT_AR[4][0]  # the defaults in the file's language
    assert text_in(old, "scales/impact/5/label", "en") == "Severe"


def test_a_version_2_file_reads_with_the_default_scales_in_both_languages(tmp_path):
    data = model_to_data(BASE)
    data["format_version"] = 2
    for key in ("language", "register"):
        del data[key]
    model = read_project(write(tmp_path, data))
    assert (model.language, text_in(model, "scales/impact/1/label", "ar")) == ("en", DEFAULT_IMPACT_AR[0][0])


def _at(data, path):
    for key in path:
        data = data[key]
    return data


@pytest.mark.parametrize("path, member, message", [
    ((), {"translations": "x"}, "translations: must be an object"),
    ((), {"translations": {"name": "اسم"}}, "translations.name: is not a text field here (fields: title, question, "
                                            "source)"),
    (("criteria", 0), {"translations": {"evidence/0": "دليل"}}, "criteria[0].translations.evidence/0: is not a text "
                                                                "field here"),
    (("criteria", 0, "children", 0), {"translations": {"evidence/3": "دليل"}},
     "criteria[0].children[0].translations.evidence/3: is not a text field here"),
    (("criteria", 0, "children", 0), {"translations": {"name": 3}},
     "criteria[0].children[0].translations.name: must be text"),
    (("options", 1), {"translations": {"name": " "}}, "options[1].translations.name: must not be empty"),
    (("criteria", 1), {"translations": {"notes": None}},
     "criteria[1].translations.notes: null marks a text shown from the other language, but the field is empty"),
    (("options", 1, "scores", "E1"), {"translations": {"rationale": "a\x07b"}},
     "options[1].scores.E1.translations.rationale:"),
    (("profiles", 0), {"translations": {"weights": "x"}}, "profiles[0].translations.weights: is not a text field"),
    (("bands",), {"translations": {"names/9": "x"}}, "bands.translations.names/9: is not a text field here"),
    (("register", "controls", 0), {"translations": {"status": "x"}},
     "register.controls[0].translations.status: is not a text field here"),
    (("register", "entries", 0), {"translations": {"owner": ["x"]}}, "register.entries[0].translations.owner: must "
                                                                     "be text"),
    (("register", "scales", "impact", 4), {"translations": {"label": ""}},
     "register.scales.impact[4].translations.label: must not be empty"),
    ((), {"language": "fr"}, "language: must be one of en, ar"),
    ((), {"language": None}, "language: must be text"),
])
def test_every_malformed_translation_is_refused_with_its_field_path(tmp_path, path, member, message):
    data = model_to_data(with_register(builtin_model()))
    _at(data, path).update(member)
    file = write(tmp_path, data)
    before = file.read_bytes()
    with pytest.raises(FileFormatError) as caught:
        read_project(file)
    assert str(caught.value).startswith(f"{file}: ") and message in str(caught.value)
    assert file.read_bytes() == before


def test_a_version_4_file_must_say_its_language(tmp_path):
    data = model_to_data(builtin_model())
    del data["language"]
    with pytest.raises(FileFormatError, match="language: is missing"):
        read_project(write(tmp_path, data))


def test_two_profiles_of_one_name_in_the_other_language_are_refused(tmp_path):
    data = model_to_data(builtin_model())
    for profile in data["profiles"][:2]:
        profile["translations"] = {"name": "أوزان"}
    with pytest.raises(FileFormatError, match="two profiles are called 'أوزان' in ar"):
        read_project(write(tmp_path, data))


def test_every_text_of_the_built_in_model_has_an_address():
    model = with_register(builtin_model())
    paths = text_paths(model)
    assert paths["criteria/E1/name"] == model.criterion("E1").name
    assert {a.split("/")[0] for a in paths} >= {"title", "question", "source", "bands", "criteria", "options",
                                               "scores", "profiles", "controls", "entries", "scales"}
