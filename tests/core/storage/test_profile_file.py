"""Standalone profile files: round trip, AHP judgements, hostile input refused, atomic save."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from core import ahp
from core.errors import FileFormatError, WriteError
from core.model import Profile
from core.storage.profile_file import (FORMAT_VERSION, MAX_BYTES, judgements, profile_file_data, read_profile_file,
                                       write_profile_file)

TOP = {"names": ["ECO", "POL", "SEC", "REG"],
       "matrix": [[1, 2, 2, 1], [0.5, 1, 1, 0.5], [0.5, 1, 1, 0.5], [1, 2, 2, 1]]}


def write(tmp_path: Path, data, name="p.mizan-profile") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def document(**profile) -> dict:
    body = {"name": "Mine", "weights": {"ECO": 30, "POL": 15}}
    body.update(profile)
    return {"format_version": 1, "profile": body}


def test_round_trip_of_every_built_in_profile_is_identical(tmp_path, paper_model):
    for index, profile in enumerate(paper_model.profiles):
        path = tmp_path / f"{index}.mizan-profile"
        write_profile_file(path, profile, "en")
        assert read_profile_file(path) == profile
        write_profile_file(tmp_path / "again.mizan-profile", read_profile_file(path), "en")
        assert (tmp_path / "again.mizan-profile").read_bytes() == path.read_bytes()


def test_every_field_survives(tmp_path):
    profile = Profile(name="<b>Team</b> <script>alert(1)</script>", weights={"E1": 2.5, "P5": 0.0},
                      method="topsis", settings={"normalization": "minmax", "note": {"nested": [1, 2]}},
                      author="Ана «Ali» علي", created="2026-11-25T09:30:00", notes="line 1\nline 2 & <i>more</i>")
    path = tmp_path / "p.mizan-profile"
    write_profile_file(path, profile, "en")
    again = read_profile_file(path)
    assert again == profile
    assert again.name == "<b>Team</b> <script>alert(1)</script>"  # text, verbatim, never interpreted
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION and data["profile"]["author"] == "Ана «Ali» علي"


def test_weights_follow_from_ahp_judgements(tmp_path):
    path = write(tmp_path, {"format_version": 1, "profile": {"name": "AHP", "ahp": {"top": TOP}}})
    profile = read_profile_file(path)
    assert dict(profile.weights) == pytest.approx({"ECO": 1 / 3, "POL": 1 / 6, "SEC": 1 / 6, "REG": 1 / 3})
    assert judgements(profile)["top"][0] == ("ECO", "POL", "SEC", "REG")
    write_profile_file(tmp_path / "again.mizan-profile", profile, "en")
    assert read_profile_file(tmp_path / "again.mizan-profile") == profile
    assert json.loads((tmp_path / "again.mizan-profile").read_text())["profile"]["ahp"]["top"] == TOP


def test_judgements_and_weights_given_together_must_agree(tmp_path):
    agreeing = write(tmp_path, document(weights={"ECO": 2, "POL": 1, "SEC": 1, "REG": 2}, ahp={"top": TOP}))
    assert read_profile_file(agreeing).weights["ECO"] == 2
    clash = write(tmp_path, document(weights={"ECO": 1, "POL": 1, "SEC": 1, "REG": 1}, ahp={"top": TOP}))
    with pytest.raises(FileFormatError, match="profile.ahp.top: the judgements do not give the weights"):
        read_profile_file(clash)


def test_stale_judgements_are_not_written(tmp_path):
    profile = read_profile_file(write(tmp_path, document(weights={}, ahp={"top": TOP})))
    edited = profile.replace(weights={**profile.weights, "ECO": 0.9})
    data = profile_file_data(edited, "en")
    assert "ahp" not in data["profile"] and "ahp" not in data["profile"]["settings"]
    assert data["profile"]["weights"]["ECO"] == 0.9
    unweighted = Profile("u", settings={"ahp": {"top": TOP}})  # equal shares in memory: the block is stale
    assert "ahp" not in profile_file_data(unweighted, "en")["profile"]


def test_inconsistent_but_valid_judgements_give_the_eigenvector(tmp_path):
    matrix = [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]
    profile = read_profile_file(write(tmp_path, document(weights={}, ahp={"ECO": {"names": ["E1", "E2", "E3"],
                                                                                   "matrix": matrix}})))
    expected = ahp.ahp(np.array(matrix)).priorities
    assert [profile.weights[c] for c in ("E1", "E2", "E3")] == pytest.approx(expected)


def nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("text, message", [
    ('{"format_version": 1, "profile": {"name": "x", "weights": {"E1": NaN}}}', "not a number JSON allows"),
    ('{"format_version": 1, "profile": {"name": "x", "weights": {"E1": Infinity}}}', "not a number JSON allows"),
    ('{"format_version": 1, "profile": {"name": "x", "weights": {"E1": 1e400}}}',
     "profile.weights.E1: must be a number from 0 to 1e\\+12"),
    ('{"format_version": 1, "profile": {"name": "x", "weights": {"E1": 1' + "0" * 400 + '}}}',
     "profile.weights.E1: must be a number from 0 to 1e\\+12"),
    ('{"format_version": 1, "profile": {"name": "x", "weights": {"E1": 1, "E1": 2}}}', "duplicate key 'E1'"),
    ('{"format_version": 1, "format_version": 1}', "duplicate key 'format_version'"),
    ('{"format_version": 1, "profile": {"name": "x"', "not valid JSON"),
    ("", "not valid JSON"),
])
def test_malformed_json_is_refused(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(FileFormatError, match=message) as caught:
        read_profile_file(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


@pytest.mark.parametrize("change, message", [
    ({"weights": {"E1": -1}}, "profile.weights.E1: must be a number from 0 to"),
    ({"weights": {"E1": True}}, "profile.weights.E1: must be a number"),
    ({"weights": {"E1": "3"}}, "profile.weights.E1: must be a number"),
    ({"weights": {"E1": None}}, "profile.weights.E1: must be a number"),
    ({"weights": {"E1": [1]}}, "profile.weights.E1: must be a number"),
    ({"weights": {" ": 1}}, "must not be empty"),
    ({"weights": [1, 2]}, "profile.weights: must be an object"),
    ({"name": ""}, "profile.name: must not be empty"),
    ({"name": 7}, "profile.name: must be text"),
    ({"author": ["a"]}, "profile.author: must be text"),
    ({"created": "last Tuesday"}, "profile.created: must be an ISO 8601 date"),
    ({"settings": []}, "profile.settings: must be an object"),
    ({"settings": {"ahp": {}}}, "profile.settings.ahp: 'ahp' belongs in profile.ahp"),
    ({"settings": {"deep": nested(40)}}, "nested deeper than 32 levels"),
    ({"ahp": {"top": {"names": ["A", "B"], "matrix": [[1, 9], [1 / 3, 1]]}}}, "not reciprocal"),
    ({"ahp": {"top": {"names": ["A", "B"], "matrix": [[1, 12], [1 / 12, 1]]}}}, "outside Saaty's scale"),
    ({"ahp": {"top": {"names": ["A", "B"], "matrix": [[1, 0], [0, 1]]}}}, "must be positive"),
    ({"ahp": {"top": {"names": ["A", "B"], "matrix": [[1, True], [1, 1]]}}}, r"ahp.top.matrix\[0\]\[1\]: must be"),
    ({"ahp": {"top": {"names": ["A", "B"], "matrix": [[1, "3"], [1, 1]]}}}, r"ahp.top.matrix\[0\]\[1\]: must be"),
    ({"ahp": {"top": {"names": ["A", "B"], "matrix": [[1, 2], [0.5]]}}}, "square"),
    ({"ahp": {"top": {"names": ["A", "A"], "matrix": [[1, 1], [1, 1]]}}}, "a name appears twice"),
    ({"ahp": {"top": {"names": ["A"], "matrix": [[2]]}}}, "must be 1"),
    ({"ahp": {"top": {"names": [f"C{i}" for i in range(16)], "matrix": np.ones((16, 16)).tolist()}}},
     "at most 15 items"),
    ({"ahp": {"top": {"matrix": [[1]]}}}, "profile.ahp.top.names: is missing"),
    ({"ahp": {"top": [1]}}, "profile.ahp.top: must be an object"),
])
def test_hostile_fields_are_refused_with_the_field_path(tmp_path, change, message):
    path = write(tmp_path, document(**change))
    with pytest.raises(FileFormatError, match=message) as caught:
        read_profile_file(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


@pytest.mark.parametrize("data, message", [
    ({"format_version": FORMAT_VERSION + 1, "profile": {}}, f"version {FORMAT_VERSION + 1} was written by a newer Mizan"),
    ({"format_version": "1", "profile": {}}, "format_version: must be a whole number"),
    ({"format_version": True, "profile": {}}, "format_version: must be a whole number"),
    ({"format_version": 0, "profile": {}}, "format_version: must be a whole number ≥ 1"),
    ({"profile": {}}, "format_version: is missing"),
    ({"format_version": 1}, "profile: is missing"),
    ({"format_version": 1, "profile": {"name": "x"}}, "profile.weights: is missing"),
    ([1, 2], "document: must be an object"),
])
def test_structure_and_version_are_checked(tmp_path, data, message):
    with pytest.raises(FileFormatError, match=message):
        read_profile_file(write(tmp_path, data))


def test_huge_file_is_refused_before_it_is_parsed(tmp_path):
    path = write(tmp_path, document(notes="x" * 99_000, settings={f"k{i}": "y" * 99_000 for i in range(10)}))
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(FileFormatError, match="over the 1,000,000-byte limit for a profile"):
        read_profile_file(path)


def test_pathologically_deep_nesting_is_refused(tmp_path):
    path = write(tmp_path, '{"format_version": 1, "profile": {"settings": ' + "[" * 100_000 + "]" * 100_000 + "}}")
    with pytest.raises(FileFormatError, match="nested"):
        read_profile_file(path)


def test_missing_folder_and_non_utf8_files_are_refused(tmp_path):
    with pytest.raises(FileFormatError, match="no such file"):
        read_profile_file(tmp_path / "nope.mizan-profile")
    with pytest.raises(FileFormatError, match="is a folder"):
        read_profile_file(tmp_path)
    (tmp_path / "latin.mizan-profile").write_bytes(b'{"name": "\xe9"}')
    with pytest.raises(FileFormatError, match="not UTF-8"):
        read_profile_file(tmp_path / "latin.mizan-profile")


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "p.mizan-profile"
    write_profile_file(path, Profile("good", {"E1": 1}), "en")
    before = path.read_bytes()
    with pytest.raises(TypeError):
        write_profile_file(path, Profile("bad", {"E1": 1}, settings={"x": object()}), "en")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.mizan-profile"]
    with pytest.raises(WriteError, match="cannot be written"):
        write_profile_file(tmp_path / "no" / "dir.mizan-profile", Profile("good"), "en")


@pytest.mark.parametrize("profile, message", [
    ({"method": "bogus"}, "profile.method: method 'bogus' is not one of wsm"),
    ({"weights": {"ECO": 10 ** 400}}, "profile.weights.ECO: must be a number from 0 to 1e+12"),
    ({"weights": {"ECO": 1e308, "POL": 1e308}}, "profile.weights.ECO: must be a number from 0 to 1e+12"),
    ({"weights": {"E\ud8001": 1}}, "the key holds an unpaired surrogate (U+D800)"),
    ({"settings": {"zoom": [10 ** 30]}}, "profile.settings.zoom[0]: must be a number from"),
    ({"notes": "\x1b[2J"}, "profile.notes: holds the control character U+001B"),
    ({"ahp": {"top": {"names": ["ECO", "POL"], "matrix": [[1, 10 ** 500], [1, 1]]}}},
     "profile.ahp.top.matrix[0][1]: must be a number from"),
])
def test_numbers_methods_and_text_are_checked_at_load(tmp_path, profile, message):
    with pytest.raises(FileFormatError) as caught:
        read_profile_file(write(tmp_path, document(**profile)))
    assert message in str(caught.value)


def test_a_profile_file_records_its_language_and_reads_into_a_model_of_either(tmp_path, paper_model):
    from core.bilingual import localized

    arabic = localized(paper_model, "ar").profiles[1]
    path = tmp_path / "ar.mizan-profile"
    write_profile_file(path, arabic, "ar")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format_version"], data["language"], data["profile"]["name"]) == (2, "ar", arabic.name)
    assert read_profile_file(path, "ar") == read_profile_file(path) == arabic
    assert read_profile_file(path, "en") == paper_model.profiles[1]  # English name and notes in the plain fields


@pytest.mark.parametrize("name, language", [("أوزاني", "ar"), ("My weights", "en")])
def test_a_version_1_file_is_read_in_the_language_of_its_letters(tmp_path, name, language):
    from core.bilingual import pair

    path = write(tmp_path, {"format_version": 1, "profile": {"name": name, "weights": {"E1": 1}, "notes": "—"}})
    for model_language in ("en", "ar"):
        profile = read_profile_file(path, model_language)
        assert profile.name == name  # shown in either model: the other language's as a fallback
        assert pair(profile, "name") == ((name, None) if model_language == language else (None, name))


@pytest.mark.parametrize("data, message", [
    ({"format_version": 2, "profile": {"name": "x", "weights": {}}}, "language: is missing"),
    ({"format_version": 2, "language": "fr", "profile": {"name": "x", "weights": {}}}, "language: must be one of en, ar"),
])
def test_the_language_of_a_version_2_file_is_checked(tmp_path, data, message):
    with pytest.raises(FileFormatError, match=message):
        read_profile_file(write(tmp_path, data))
