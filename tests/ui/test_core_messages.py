"""The core's refusals in the interface language: the window's status line, the command line's error line."""

from __future__ import annotations

import pytest

from core.bilingual import localized
from core.edits import SetCriterion
from tests.ui.cli_helpers import cli
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.test_core_labels import arabic  # noqa: F401 - the fixture
from ui.cli import language

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_a_refused_edit_is_explained_in_arabic_in_the_arabic_window(arabic, make_window, paper_model):  # noqa: F811
    window = make_window(paper_model)
    reasons = []
    window.document.refused.connect(reasons.append)
    assert not window.document.apply(SetCriterion("E1", {"name": " "}))
    # The line opens with a right-to-left mark, so a message that starts with a file name or id still reads right to left.
    assert reasons == ["\u200fالمعيار: لا يجوز أن يكون الاسم فارغًا"]
    assert reasons[0] in window.statusBar().currentMessage()
    assert window.document.model == localized(paper_model, "ar")  # the Arabic window holds the model in Arabic


def test_the_english_window_keeps_the_english_text(make_window, paper_model):
    window = make_window(paper_model)
    reasons = []
    window.document.refused.connect(reasons.append)
    window.document.apply(SetCriterion("E1", {"name": " "}))
    assert reasons == ["a criterion: the name cannot be empty"]


def test_a_core_refusal_on_the_command_line_follows_lang(capsys):
    try:
        english = cli(capsys, "score", "--profile", "Nobody")
        arabic = cli(capsys, "score", "--profile", "Nobody", "--lang", "ar")
    finally:
        language.use("en")
    assert english[0] == arabic[0] == 2
    assert english[2].startswith("mizan score: no profile named 'Nobody' (profiles: 'Equal weights', ")
    # The profiles are listed with the Arabic comma (the catalogue's list separator).
    assert arabic[2].startswith("mizan score: لا يوجد ملف ترجيح باسم 'Nobody' (ملفات الترجيح: 'Equal weights'، ")


def test_a_profile_files_notices_follow_lang_on_stderr(capsys, tmp_path, paper_model):
    from core.model import Profile
    from core.storage.profile_file import write_profile_file

    path = tmp_path / "partial.mizan-profile"
    write_profile_file(path, Profile("Partial", {"E1": 2, "Bogus": 1}), "en")
    try:
        english = cli(capsys, "score", "--profile", str(path))
        arabic = cli(capsys, "score", "--profile", str(path), "--lang", "ar")
    finally:
        language.use("en")
    assert english[0] == arabic[0] == 0
    assert english[2].startswith(f"mizan score: {path}: profile 'Partial' matches 1 of the model's ")
    assert arabic[2].startswith(f"mizan score: {path}: ملف الترجيح 'Partial' يطابق 1 من معايير النموذج البالغة ")
    assert "المُتجاهَلة لأنها ليست في النموذج: 'Bogus'" in arabic[2]


def test_a_loaders_refusal_on_the_command_line_follows_lang(capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"option,E1\nO1,abc\n")
    try:
        english = cli(capsys, "score", str(path))
        arabic = cli(capsys, "score", str(path), "--lang", "ar")
    finally:
        language.use("en")
    assert english[0] == arabic[0] == 2
    assert english[2] == f"mizan score: {path}: row 2, column 'E1': 'abc' is not a number\n"
    assert arabic[2] == f"mizan score: {path}: الصف 2، العمود 'E1': 'abc' ليس عددًا\n"
    assert path.read_bytes() == b"option,E1\nO1,abc\n"
