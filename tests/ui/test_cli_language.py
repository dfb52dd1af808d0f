"""The command line speaks English unless ``--lang ar`` asks: help, usage errors and its own messages."""

from __future__ import annotations

import argparse
import re

import pytest

from tests.ui.cli_helpers import cli
from ui.cli import build_parser
from ui.cli import language

ARABIC = re.compile("[\u0621-\u064a]")
# Each (sub)command, as its path of names from the top parser.
COMMANDS = [(), ("gui",), ("info",), ("score",), ("export",), ("import-scores",), ("import-register",),
            ("compare",), ("profile",), ("profile", "export"), ("profile", "import"), ("profile", "combine"),
            ("sensitivity",), ("ahp",), ("register",)]


@pytest.fixture(autouse=True)
def english_afterwards():
    """Every test starts and ends in English, as a fresh process does."""
    language.use("en")
    yield
    language.use("en")


def parser_at(path: tuple[str, ...]) -> argparse.ArgumentParser:
    """The parser of the (sub)command ``path``, built in the language in use."""
    parser = build_parser()
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return parser


def helps(path: tuple[str, ...]) -> dict[str, str]:
    """Every help text of the parser at ``path``: its description and each argument's, by destination."""
    parser = parser_at(path)
    texts = {action.dest: action.help for action in parser._actions if action.help}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            texts.update({f"{action.dest}:{c.dest}": c.help for c in action._choices_actions})
    return texts | ({"(description)": parser.description} if parser.description else {})


def test_the_catalogue_is_built():
    assert language.use("ar") == "ar", "resources/translations/mizan_ar.qm is missing: make builds it"


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "mizan")
def test_every_help_text_of_every_command_is_translated(path):
    english = helps(path)
    language.use("ar")
    arabic = helps(path)
    assert set(arabic) == set(english) and english
    untranslated = {key: text for key, text in arabic.items() if not ARABIC.search(text)}
    assert untranslated == {}


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "mizan")
def test_lang_is_taken_before_and_after_every_command(capsys, path):
    for argv in (["--lang", "ar", *path, "-h"], [*path, "--lang", "ar", "-h"], [*path, "--lang=ar", "-h"]):
        status, out, _ = cli(capsys, *argv)
        assert status == 0 and out.startswith("الاستخدام: mizan"), argv
        assert "show this help message" not in out and "اعرض رسالة المساعدة هذه ثم اخرج" in out
    status, out, _ = cli(capsys, *path, "-h")
    assert status == 0 and out.startswith("usage: mizan") and not ARABIC.search(out)


def test_the_language_given_after_the_command_reaches_it():
    assert build_parser().parse_args(["--lang", "ar", "score"]).lang == "ar"
    assert build_parser().parse_args(["score", "--lang", "ar"]).lang == "ar"
    assert build_parser().parse_args(["score"]).lang is None


@pytest.mark.parametrize("argv, english, arabic", [
    (["export"], "mizan export: the following arguments are required: --out\n",
     "mizan export: الوسائط الآتية مطلوبة: --out\n"),
    (["score", "--method", "xx"], "mizan score: argument --method: invalid choice: 'xx' (choose from ",
     "mizan score: الوسيط --method: اختيار غير صالح: 'xx' (اختر من "),
    (["sensitivity", "--samples", "0"], "mizan sensitivity: argument --samples: must be at least 1, got 0\n",
     "mizan sensitivity: الوسيط --samples: يجب ألا يقل عن 1، والمعطى 0\n"),
    (["register", "--as-of", ""], "mizan register: argument --as-of: a date written YYYY-MM-DD is needed\n",
     "mizan register: الوسيط --as-of: يلزم تاريخ مكتوب بالصيغة YYYY-MM-DD\n"),
    (["info", "--bogus"], "mizan: unrecognized arguments: --bogus\n", "mizan: وسائط غير معروفة: --bogus\n"),
])
def test_usage_errors_follow_the_language_and_exit_2(capsys, argv, english, arabic):
    status, _, err = cli(capsys, *argv)
    assert status == 2 and err.startswith(english)
    status, _, err = cli(capsys, *argv, "--lang", "ar")
    assert status == 2 and err.startswith(arabic)


def test_the_commands_own_messages_follow_the_language(capsys, tmp_path):
    out = tmp_path / "report.txt"
    assert cli(capsys, "export", "--out", str(out)) == \
        (2, "", f"mizan export: {out}: cannot export to .txt; use .xlsx, .pdf, .html, .csv\n")
    assert cli(capsys, "export", "--out", str(out), "--lang", "ar") == \
        (2, "", f"mizan export: \u200f{out}: يتعذّر التصدير إلى .txt؛ استعمل .xlsx, .pdf, .html, .csv\n")  # the mark keeps a path in front right to left
    assert cli(capsys, "--lang", "ar", "score", "--include-planned")[2] == \
        "mizan score: الخيار --include-planned يحتسب الضوابط المخطَّطة في المخاطر المتبقية؛ أضف --residual\n"


def test_argparse_is_english_again_after_an_arabic_run(capsys):
    cli(capsys, "--lang", "ar", "export")
    assert argparse._("usage: ") == "usage: "  # its hook is given back
    assert cli(capsys, "export")[2] == "mizan export: the following arguments are required: --out\n"


@pytest.mark.parametrize("argv, expected", [
    ([], "en"), (["score"], "en"), (["--lang", "ar"], "ar"), (["score", "--lang", "ar"], "ar"),
    (["--lang=ar", "info"], "ar"), (["--lang", "fr"], "en"), (["--lang"], "en"),
    (["info", "--", "--lang", "ar"], "en"),
])
def test_the_language_asked_for(argv, expected):
    assert language.requested(argv) == expected


def test_a_missing_catalogue_leaves_english(tmp_path):
    assert language.use("ar", tmp_path) == "en"
    assert language.Cli.tr("CSV output") == "CSV output"
