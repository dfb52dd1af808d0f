"""A hostile corpus through the real command line and the real window (classes 1–4 of "Every input survives").

Every case is generated on the fly from the paper's model, a profile file, a
comparison-matrix CSV or a spreadsheet, spoiled in one way: numbers that are
not numbers for us (class 1), fields that used to be checked late or never
(class 2), text that is not text (class 3) and files that are not files
(class 4). Each runs through ``mizan`` in-process: exit status 2, exactly one
line on stderr naming the file, no traceback, no "internal error", and the
file byte-identical afterwards. The valid inputs beside them exit 0. A few
cases run again in a real subprocess with a timeout (a FIFO must not hang
it), and a selection is opened in the real main window.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.builtin import builtin_model
from core.profiles import complete_profile
from core.storage.profile_file import profile_file_data
from core.storage.project import model_to_data
from tests.ui.cli_helpers import cli

ROOT = Path(__file__).resolve().parents[2]
POSIX = sys.platform != "win32"
HUGE = "HUGE-NUMBER"  # replaced by a literal integer of 500 digits in the JSON text
DIGITS = "7" * 500
OVER = "OVER-NUMBER"  # replaced by the literal 1e400, which Python's json reads as infinity
PAPER = model_to_data(builtin_model())


@dataclass(frozen=True)
class Case:
    """One input: how to make it in a folder, the command that reads it, and whether it is valid."""

    name: str
    make: Callable[[Path], tuple[Path, list[str]]]
    valid: bool = False
    special: bool = False  # a FIFO, device or folder: no bytes to compare


def _json_text(data: object) -> str:
    text = json.dumps(data).replace(f'"{HUGE}"', DIGITS).replace(f'"-{HUGE}"', "-" + DIGITS)
    return text.replace(f'"{OVER}"', "1e400").replace(f'"-{OVER}"', "-1e400")


def project(name: str, mutate: Callable[[dict], None], valid: bool = False, command: str = "score") -> Case:
    """The paper's project with ``mutate`` applied, read by ``mizan COMMAND FILE``."""
    def make(folder: Path) -> tuple[Path, list[str]]:
        data = copy.deepcopy(PAPER)
        mutate(data)
        path = folder / "hostile.mizan"
        path.write_text(_json_text(data), encoding="utf-8")
        return path, [command, str(path)]
    return Case(f"project: {name}", make, valid)


def profile(name: str, mutate: Callable[[dict], None], valid: bool = False) -> Case:
    """The paper's second profile as a profile file with ``mutate`` applied, read by ``score --profile``."""
    def make(folder: Path) -> tuple[Path, list[str]]:
        model = builtin_model()  # the profile as Mizan exports it: every weight named
        data = profile_file_data(complete_profile(model, model.profiles[1]), "en")
        mutate(data["profile"])
        path = folder / "hostile.mizan-profile"
        path.write_text(_json_text(data), encoding="utf-8")
        return path, ["score", "--profile", str(path)]
    return Case(f"profile: {name}", make, valid)


def text_file(name: str, suffix: str, text: str, command: Callable[[str], list[str]], valid: bool = False) -> Case:
    def make(folder: Path) -> tuple[Path, list[str]]:
        path = folder / f"hostile{suffix}"
        path.write_text(text, encoding="utf-8")
        return path, command(str(path))
    return Case(f"{suffix}: {name}", make, valid)


def ahp_csv(name: str, cell: str, valid: bool = False) -> Case:
    return text_file(f"judgement {cell!r}", ".csv", f",A,B\nA,1,{cell}\nB,1/3,1\n", lambda p: ["ahp", p], valid)


def sheet(name: str, rows: list[list[str]], valid: bool = False) -> Case:
    text = "\n".join(",".join(row) for row in rows) + "\n"
    return text_file(name, ".csv", text, lambda p: ["info", p], valid)


def workbook(name: str, rows: list[list[object]], valid: bool = False) -> Case:
    def make(folder: Path) -> tuple[Path, list[str]]:
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)
        path = folder / "hostile.xlsx"
        book.save(path)
        return path, ["info", str(path)]
    return Case(f".xlsx: {name}", make, valid)


def special(name: str, suffix: str, create: Callable[[Path], None], command: Callable[[str], list[str]]) -> Case:
    def make(folder: Path) -> tuple[Path, list[str]]:
        path = folder / f"special{suffix}"
        create(path)
        return path, command(str(path))
    return Case(f"special: {name} {suffix}", make, special=True)


# ---- spoilers of the paper's project -----------------------------------------

def score(option: int, factor: str, **fields) -> Callable[[dict], None]:
    return lambda d: d["options"][option]["scores"][factor].update(fields)


def weights(profile_index: int, **fields) -> Callable[[dict], None]:
    return lambda d: d["profiles"][profile_index]["weights"].update(fields)


def bands(**fields) -> Callable[[dict], None]:
    return lambda d: d["bands"].update(fields)


def factor(group: int, child: int, **fields) -> Callable[[dict], None]:
    return lambda d: d["criteria"][group]["children"][child].update(fields)


def first_profile(**fields) -> Callable[[dict], None]:
    return lambda d: d["profiles"][0].update(fields)


def option(index: int, **fields) -> Callable[[dict], None]:
    def mutate(d: dict) -> None:
        d["options"][index].update(fields)
    return mutate


def all_weights(value: object) -> Callable[[dict], None]:
    return lambda d: d["profiles"][1].update(weights={key: value for key in d["profiles"][1]["weights"]})


def top(**fields) -> Callable[[dict], None]:
    return lambda d: d.update(fields)


def value_factor(scale: object = (0, 10), **cell) -> Callable[[dict], None]:
    """E1 turned into a direct-value factor on ``scale``, every option 5, option 0's cell given by ``cell``."""
    def mutate(d: dict) -> None:
        d["criteria"][0]["children"][0].update(kind="value", direction="benefit", scale=list(scale))
        for item in d["options"]:
            item["scores"]["E1"] = {"value": 5}
        d["options"][0]["scores"]["E1"] = cell
    return mutate


NUMBERS = [  # class 1
    project("a likelihood of 500 digits", score(0, "E1", likelihood=HUGE)),
    project("a likelihood of 1e400", score(0, "E1", likelihood=OVER)),
    project("a negative impact of 500 digits", score(1, "E2", impact="-" + HUGE)),
    project("a weight of 500 digits", weights(1, ECO=HUGE)),
    project("weights of 1e308 whose sum overflows", all_weights(1e308)),
    project("weights of 1e13, beyond the weight range", all_weights(1e13)),
    project("a weight of 1e400", weights(1, REG=OVER)),
    project("a weight of true", weights(1, POL=True)),
    project("a weight given as text", weights(1, POL="30")),
    project("a band limit of 1e400", bands(upper=[4, 9, 16, OVER])),
    project("a band limit of 500 digits", bands(upper=[4, 9, 16, HUGE])),
    project("a band limit of true", bands(upper=[4, True, 16, 25])),
    project("a scale of 500 digits", value_factor(value=5, scale=[0, HUGE])),
    project("a scale of [0, 1e400]", value_factor(value=5, scale=[0, OVER])),
    project("a value of 1e300", value_factor(value=1e300)),
    project("a value of 500 digits", value_factor(value=HUGE)),
    project("a value of true", value_factor(value=True)),
    project("a low bound of -1e400", value_factor(value=5, low="-" + OVER)),
    project("a format_version of 500 digits", top(format_version=HUGE)),
    project("a likelihood of 3.5", score(0, "E1", likelihood=3.5)),
    text_file("a NaN literal", ".mizan", json.dumps(PAPER).replace('"likelihood": 4', '"likelihood": NaN', 1),
              lambda p: ["score", p]),
    text_file("an Infinity literal", ".mizan", json.dumps(PAPER).replace('"impact": 5', '"impact": -Infinity', 1),
              lambda p: ["score", p]),
]

FIELDS = [  # class 2
    project("a CSS injection as a band colour", bands(colors=["#63BE7B", "red;background-image:url(x)",
                                                               "#F8A45E", "#E0474C"])),
    project("a short band colour", bands(colors=["#63BE7B", "#FFF", "#F8A45E", "#E0474C"])),
    project("a band colour that is a number", bands(colors=["#63BE7B", 255, "#F8A45E", "#E0474C"])),
    project("a band colour with a line break", bands(colors=["#63BE7B", "#FFEB84\n", "#F8A45E", "#E0474C"])),
    project("a negative band limit", bands(upper=[-4, 9, 16, 25])),
    project("unordered band limits", bands(upper=[4, 16, 9, 25])),
    project("equal band limits", bands(upper=[4, 9, 9, 25])),
    project("band lists of different lengths", bands(names=["Low", "High"])),
    project("an unknown method", first_profile(method="bogus")),
    project("a method that is a number", first_profile(method=3)),
    project("an unknown preference function", factor(0, 0, preference="bogus:1")),
    project("preference thresholds the wrong way round", factor(0, 1, preference="linear:3:1")),
    project("an infinite preference threshold", factor(0, 1, preference="vshape:inf")),
    project("a preference threshold with an underscore", factor(0, 1, preference="vshape:1_0")),
    project("settings.ahp as text", first_profile(settings={"ahp": "x"})),
    project("settings.ahp block without a matrix", first_profile(settings={"ahp": {"top": {"names": ["ECO"]}}})),
    project("settings.ahp matrix of text", first_profile(settings={"ahp": {"top": {"names": ["ECO", "POL"],
                                                                                  "matrix": "x"}}})),
    project("settings.ahp matrix not reciprocal", first_profile(settings={"ahp": {"top": {
        "names": ["ECO", "POL"], "matrix": [[1, 3], [3, 1]]}}})),
    project("settings as a list", first_profile(settings=[1, 2])),
    project("a setting of 1e400", first_profile(settings={"zoom": OVER})),
    project("a risk cell that also carries a value", score(0, "E1", value=3)),
    project("a value cell that also carries an impact", value_factor(value=5, impact=2)),
]

TEXTS = [  # class 3
    project("an unpaired surrogate in an option name", option(0, name="Withdraw \ud800now")),
    project("an unpaired low surrogate in a criterion name", factor(1, 0, name="Sovereignty \udfff")),
    project("an unpaired surrogate in the title", top(title="Iraq \ud83d")),
    project("an unpaired surrogate in a rationale", score(2, "P1", rationale="because \udc00")),
    project("an unpaired surrogate in a profile name", first_profile(name="Equal \ud800")),
    project("an unpaired surrogate in a weight key", weights(1, **{"ECO\ud800": 1})),
    project("an unpaired surrogate in a settings key", first_profile(settings={"k\ud800": 1})),
    project("an unpaired surrogate in a band name", bands(names=["Low", "Med\ud800", "High", "Extreme"])),
    project("a NUL in an option description", option(1, description="a\x00b")),
    project("an escape sequence in profile notes", first_profile(notes="\x1b[31mred")),
    project("a vertical tab in evidence", factor(0, 2, evidence=["page\x0b12"])),
    project("U+FFFE in a name", option(2, name="odd\ufffe")),
    project("a zero-width space making a second O1", option(1, id="O1\u200b")),
    project("a Cyrillic О1 beside the Latin O1", option(1, id="\u041e1")),
    project("o1 beside O1", option(1, id="o1")),
    project("a full-width Ｏ１ beside O1", option(1, id="\uff2f\uff11")),
    project("a right-to-left override in an id", option(1, id="O\u202e2")),
    project("a left-to-right isolate in an id", option(1, id="\u2066O2")),
    project("a byte-order mark in an id", option(1, id="O\ufeff2")),
    project("a word joiner in an id", option(1, id="O\u20602")),
    project("a zero-width joiner in a criterion id", factor(0, 1, id="E\u200d2")),
    project("a bell in an id", option(3, id="O\x074")),
    project("a line separator in an id", option(3, id="O\u20284")),
    project("a criterion id mixing Latin and Cyrillic", lambda d: d["criteria"][0].update(id="EC\u041e")),
    project("a group id equal to a factor id but for case", lambda d: d["criteria"][0].update(id="e1")),
    project("an open right-to-left override in an option name", option(0, name="Withdraw \u202enow")),
    project("an open isolate in a rationale", score(1, "E3", rationale="\u2067see below")),
]

PROFILES = [  # classes 1–3 in a standalone profile file
    profile("a weight of 500 digits", lambda p: p["weights"].update(ECO=HUGE)),
    profile("a weight of 1e400", lambda p: p["weights"].update(ECO=OVER)),
    profile("a weight of 1e308", lambda p: p["weights"].update(ECO=1e308)),
    profile("an unknown method", lambda p: p.update(method="bogus")),
    profile("a judgement of 1e400", lambda p: p.update(ahp={"top": {"names": ["ECO", "POL"],
                                                                     "matrix": [[1, OVER], [0, 1]]}})),
    profile("a judgement of 500 digits", lambda p: p.update(ahp={"top": {"names": ["ECO", "POL"],
                                                                          "matrix": [[1, HUGE], [1, 1]]}})),
    profile("a judgement of true", lambda p: p.update(ahp={"top": {"names": ["ECO", "POL"],
                                                                    "matrix": [[1, True], [1, 1]]}})),
    profile("an unpaired surrogate in the name", lambda p: p.update(name="x\ud800")),
    profile("an unpaired surrogate in a weight key", lambda p: p["weights"].update({"E\udc001": 1})),
    profile("an unpaired surrogate in a setting", lambda p: p.update(settings={"note": "\ud800"})),
    profile("an infinite setting", lambda p: p.update(settings={"zoom": OVER})),
]

SHEETS = [  # through the shared spreadsheet path and the comparison-matrix reader
    ahp_csv("underscore", "1_000"),
    ahp_csv("infinity", "inf"),
    ahp_csv("overflow", "1e400"),
    ahp_csv("nan", "nan"),
    ahp_csv("division by zero", "1/0"),
    ahp_csv("hex", "0x3"),
    sheet("weights of 1e308", [["option", "A", "B"], ["weight", "1e308", "1e308"], ["x", "1", "2"], ["y", "2", "1"]]),
    sheet("a value of 1e200", [["option", "A", "B"], ["x", "1e200", "2"], ["y", "2", "1"]]),
    sheet("an unknown preference", [["option", "A"], ["preference", "bogus:1"], ["x", "1"], ["y", "2"]]),
    sheet("options that differ by a zero-width space", [["option", "A"], ["x", "1"], ["x\u200b", "2"]]),
    sheet("a criterion mixing Latin and Cyrillic", [["option", "Cost", "\u0421ost"], ["x", "1", "2"], ["y", "2", "3"]]),
    workbook("weights of 1e308", [["option", "A", "B"], ["weight", 1e308, 1e308], ["x", 1, 2], ["y", 2, 1]]),
    workbook("an option id that is a Cyrillic look-alike", [["option", "A"], ["Plan", 1], ["\u0420lan", 2]]),
    workbook("an unknown preference", [["option", "A"], ["preference", "bogus:1"], ["x", 1], ["y", 2]]),
    workbook("an open override in an option name", [["option", "A"], ["x\u202e", 1], ["y", 2]]),
]


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _oversized(path: Path) -> None:
    with open(path, "wb") as handle:  # sparse: 33 MB that take no room on disk
        handle.truncate(33 * 1024 * 1024)


def _folder(path: Path) -> None:
    path.mkdir()


FILES = [  # class 4
    special("a FIFO", ".mizan", _fifo, lambda p: ["info", p]),
    special("a FIFO", ".csv", _fifo, lambda p: ["info", p]),
    special("a FIFO", ".xlsx", _fifo, lambda p: ["info", p]),
    special("a FIFO as profile", ".mizan-profile", _fifo, lambda p: ["score", "--profile", p]),
    special("a FIFO as comparison matrix", ".csv", _fifo, lambda p: ["ahp", p]),
    special("a FIFO as scores to import", ".csv", _fifo, lambda p: ["import-scores", p]),
    special("a link to /dev/zero", ".mizan", _zero, lambda p: ["info", p]),
    special("a link to /dev/zero", ".csv", _zero, lambda p: ["info", p]),
    special("a link to /dev/zero", ".xlsx", _zero, lambda p: ["info", p]),
    special("a link to /dev/zero as profile", ".mizan-profile", _zero, lambda p: ["score", "--profile", p]),
    special("a link to /dev/zero as comparison matrix", ".csv", _zero, lambda p: ["ahp", p]),
    special("a link to /dev/zero as scores to import", ".xlsx", _zero, lambda p: ["import-scores", p]),
    special("a folder", ".mizan", _folder, lambda p: ["info", p]),
    special("a folder", ".xlsx", _folder, lambda p: ["info", p]),
    Case("special: a 33 MB project", lambda folder: _sized(folder / "big.mizan", ["info"])),
    Case("special: a 33 MB workbook", lambda folder: _sized(folder / "big.xlsx", ["info"])),
    Case("special: a 33 MB spreadsheet as scores", lambda folder: _sized(folder / "big.csv", ["import-scores"])),
]


def _sized(path: Path, command: list[str]) -> tuple[Path, list[str]]:
    _oversized(path)
    return path, [*command, str(path)]


VALID = [
    project("the paper's model", lambda d: None, valid=True),
    project("the paper's model, exported", lambda d: None, valid=True, command="info"),
    project("other band colours and limits", bands(colors=["#000000", "#ffffff", "#AbCdEf", "#123456"],
                                                    upper=[0, 9.5, 16, 30]), valid=True),
    project("a Cyrillic option id and names in several scripts",
            lambda d: (d.pop("register"),  # the register points at "O2": the renamed id is the subject here
                       option(1, id="ОПЦ-2", name="Вывод войск — انسحاب ‏(RTL)‏ 🇮🇶")(d)), valid=True),
    project("a preference function and an AHP block", lambda d: (factor(0, 0, preference="linear:1:3")(d),
            first_profile(method="promethee2", settings={"ahp": {"top": {"names": ["ECO", "POL"],
                                                                          "matrix": [[1, 3], [1 / 3, 1]]}}})(d)),
            valid=True),
    project("weights at the limit", all_weights(1e12), valid=True),
    project("a closed override and right-to-left notes", first_profile(notes="\u202eabc\u202c \u0645\u0631\u062d\u0628\u0627"),
            valid=True),
    profile("the paper's emphasis", lambda p: None, valid=True),
    ahp_csv("a fraction", "3", valid=True),
    sheet("a plain spreadsheet", [["option", "Cost", "Quality"], ["weight", "2", "1"], ["A", "200", "7"],
                                  ["B", "150", "5"]], valid=True),
    workbook("a plain workbook", [["option", "Cost", "Quality"], ["weight", 2, 1], ["A", 200, 7], ["B", 150, 5]],
             valid=True),
]

HOSTILE = NUMBERS + FIELDS + TEXTS + PROFILES + SHEETS + (FILES if POSIX else [])


def test_the_corpus_is_large_enough():
    assert len(HOSTILE) >= 60 and len({case.name for case in HOSTILE + VALID}) == len(HOSTILE + VALID)


def _snapshot(path: Path) -> object:
    if path.is_symlink() or not path.is_file():
        return (path.is_symlink(), os.readlink(path) if path.is_symlink() else None, path.is_dir())
    return path.read_bytes()


@pytest.mark.parametrize("case", HOSTILE, ids=lambda case: case.name)
def test_a_hostile_input_is_one_line_naming_the_file(capsys, tmp_path, case):
    path, argv = case.make(tmp_path)
    before = _snapshot(path)
    status, _, err = cli(capsys, *argv)
    lines = err.splitlines()
    assert status == 2, err
    assert len(lines) == 1 and str(path) in lines[0], err
    assert "Traceback" not in err and "internal error" not in err
    lines[0].encode("utf-8")  # the message itself prints anywhere
    assert _snapshot(path) == before


@pytest.mark.parametrize("case", VALID, ids=lambda case: case.name)
def test_a_valid_input_exits_0(capsys, tmp_path, case):
    path, argv = case.make(tmp_path)
    before = path.read_bytes()
    status, out, err = cli(capsys, *argv)
    assert status == 0 and not err, err
    assert out and path.read_bytes() == before


@pytest.mark.skipif(not POSIX, reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize("case", [FILES[0], FILES[3], FILES[6], TEXTS[0], NUMBERS[0]], ids=lambda case: case.name)
def test_a_real_process_neither_hangs_nor_shows_a_traceback(tmp_path, case):
    path, argv = case.make(tmp_path)
    result = subprocess.run([sys.executable, "main.py", *argv], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert str(path) in line and "Traceback" not in line and "internal error" not in line


WINDOW_CASES = [NUMBERS[0], NUMBERS[9], FIELDS[0], FIELDS[8], FIELDS[14], TEXTS[0], TEXTS[13], SHEETS[6]] + \
    ([FILES[0], FILES[6], FILES[14]] if POSIX else [])


@pytest.mark.parametrize("case", WINDOW_CASES, ids=lambda case: case.name)
def test_the_window_shows_a_message_and_keeps_its_model(window, paper_model, tmp_path, monkeypatch, case):
    shown: list[str] = []
    # The real message box is built with the real text; only its modal loop is answered here.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok)
    window.document.set_profile("Sovereignty first")
    before = window.document.model
    path, _ = case.make(tmp_path)
    assert window.files.open_path(str(path)) is False
    [text] = shown
    assert str(path) in text and "Traceback" not in text
    assert window.document.model is before and window.document.path is None
    assert window.document.profile().name == "Sovereignty first"


PROFILE_CASES = [PROFILES[0], PROFILES[3], PROFILES[7]] + ([FILES[3], FILES[9]] if POSIX else [])
SCORE_CASES = [text_file("not a table", ".csv", "<html>scores</html>\n", lambda p: ["import-scores", p])] + \
    ([FILES[5], FILES[11], FILES[16]] if POSIX else [])


@pytest.mark.parametrize("case", PROFILE_CASES + SCORE_CASES, ids=lambda case: case.name)
def test_the_window_imports_nothing_from_a_hostile_file(window, tmp_path, monkeypatch, case):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(window.report_actions, "confirm", lambda dialog: pytest.fail("a preview was offered"))
    before = window.document.model
    path, _ = case.make(tmp_path)
    if case in PROFILE_CASES:
        assert window.profile_actions.import_path(str(path)) is None
    else:
        assert window.report_actions.import_from(path) is False
    [text] = shown
    assert str(path) in text and "Traceback" not in text
    assert window.document.model is before and window.document.undo_stack.count() == 0
