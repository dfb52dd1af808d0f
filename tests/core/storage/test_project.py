"""Project files: round trip, validation with field paths, strict JSON, atomic save."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import FileFormatError, WriteError
from core.storage import bounded
from core.storage.project import FORMAT_VERSION, model_to_data, read_project, write_project

ROOT = Path(__file__).resolve().parents[3]


def write(tmp_path: Path, data, name="p.mizan") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_round_trip_is_identical(tmp_path, paper_model):
    path = tmp_path / "paper.mizan"
    write_project(path, paper_model)
    again = read_project(path)
    assert again == paper_model
    write_project(tmp_path / "again.mizan", again)
    assert (tmp_path / "again.mizan").read_bytes() == path.read_bytes()


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["options"][2]["scores"]["E4"].update(likelihood=6),
     "options[2].scores.E4.likelihood: must be a whole number 1–5"),
    (lambda d: d["options"][0]["scores"]["E1"].update(impact="high"),
     "options[0].scores.E1.impact: must be a whole number 1–5"),
    (lambda d: d["options"][1]["scores"]["E1"].update(likelihood=True),
     "options[1].scores.E1.likelihood: must be a whole number 1–5"),
    (lambda d: d["criteria"][0]["children"][1].update(direction="up"),
     "criteria[0].children[1].direction: must be one of benefit, cost"),
    (lambda d: d["options"][0].pop("id"), "options[0].id: is missing"),
    (lambda d: d["profiles"][1]["weights"].update(E1=-1), "profiles[1].weights.E1: must be a number from 0 to 1e+12"),
    (lambda d: d["profiles"][1]["weights"].update(E1=False), "profiles[1].weights.E1: must be a number"),
    (lambda d: d["profiles"][1]["weights"].update(Z9=1), "weights for unknown criteria Z9"),
    (lambda d: d["options"][3]["scores"].pop("R2"), "option O4, factor R2: likelihood is missing"),
    (lambda d: d["options"][3].update(id="O1"), "option id 'O1' is used twice"),
    (lambda d: d.update(criteria="x"), "criteria: must be a list"),
])
def test_invalid_fields_are_named_by_path(tmp_path, paper_model, mutate, message):
    data = model_to_data(paper_model)
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(FileFormatError) as caught:
        read_project(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


@pytest.mark.parametrize("text, message", [
    ('{"format_version": NaN}', "not a number JSON allows"),
    ('{"a": Infinity}', "not a number JSON allows"),
    ('{"a": 1, "a": 2}', "duplicate key 'a'"),
    ("[" * 100_000 + "]" * 100_000, "nested"),
    ('{"x":' * 40 + "1" + "}" * 40, "nested deeper than 32"),
    ("{not json", "not valid JSON"),
    ("", "not valid JSON"),
])
def test_strict_json(tmp_path, text, message):
    with pytest.raises(FileFormatError, match=message):
        read_project(write(tmp_path, text))


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(bounded, "MAX_BYTES", 100)
    with pytest.raises(FileFormatError, match="over the 100-byte limit"):
        read_project(write(tmp_path, " " * 101))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FileFormatError, match="no such file"):
        read_project(tmp_path / "absent.mizan")
    with pytest.raises(FileFormatError, match="is a folder"):
        read_project(tmp_path)


def test_newer_version_is_refused_clearly(tmp_path, paper_model):
    data = model_to_data(paper_model)
    data["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(FileFormatError, match="written by a newer Mizan"):
        read_project(write(tmp_path, data))


def test_failed_save_leaves_the_old_file_intact(tmp_path, paper_model, monkeypatch):
    path = tmp_path / "p.mizan"
    write_project(path, paper_model)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteError, match="No space left on device"):
        write_project(path, paper_model.replace(title="changed"))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.mizan"]


def test_a_kill_mid_save_leaves_the_old_file_intact(tmp_path, paper_model):
    path = tmp_path / "p.mizan"
    write_project(path, paper_model)
    before = path.read_bytes()
    script = (
        "import os, sys, time\n"
        "from core.builtin import builtin_model\n"
        "from core.storage.project import write_project\n"
        "def slow(fd):\n"
        "    print('writing', flush=True); time.sleep(60)\n"
        "os.fsync = slow\n"
        f"write_project({str(path)!r}, builtin_model().replace(title='half'))\n"
    )
    with subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout.readline().strip() == "writing"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert path.read_bytes() == before
    assert read_project(path) == paper_model


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["profiles"][0].update(method="bogus"), "profiles[0].method: method 'bogus' is not one of wsm"),
    (lambda d: d["criteria"][0]["children"][0].update(preference="bogus:1"),
     "criteria[0].children[0].preference: unknown preference function 'bogus:1'"),
    (lambda d: d["profiles"][0].update(settings={"ahp": [1]}), "profiles[0].settings.ahp: must be an object"),
    (lambda d: d["profiles"][0].update(settings={"ahp": {"top": {"names": ["ECO", "POL"], "matrix": [[1, 2]]}}}),
     "profiles[0].settings.ahp.top:"),
    (lambda d: d["profiles"][0].update(settings={"pane": [1, {"x": "\ud800"}]}),
     "profiles[0].settings.pane[1].x: holds an unpaired surrogate (U+D800) at character 1"),
    (lambda d: d["bands"].update(colors=["#63BE7B", "red;x:url(y)", "#F8A45E", "#E0474C"]),
     "bands.colors[1]: 'red;x:url(y)' is not a colour written #RRGGBB"),
    (lambda d: d["bands"].update(upper=[4, 9, 9, 25]), "bands.upper[2]: 9 must be above the band before it (9)"),
    (lambda d: d["bands"].update(upper=[4, 9, 16, 10 ** 300]), "bands.upper[3]: must be a number from 0 to 1e+15"),
    (lambda d: d["criteria"][1].update(scale=[1, 10 ** 300]), "criteria[1].scale[1]: must be a number from"),
    (lambda d: d["options"][0]["scores"]["E1"].update(value=2), "option O1, factor E1: a risk is scored by"),
    (lambda d: d["options"][0].update(name="bad \udfff"), "options[0].name: holds an unpaired surrogate (U+DFFF)"),
    (lambda d: d["options"][1].update(id="\u041e1"), "option id 'О1' looks the same as 'O1'"),
])
def test_fields_once_checked_late_are_refused_at_load_with_their_path(tmp_path, paper_model, mutate, message):
    data = model_to_data(paper_model)
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(FileFormatError) as caught:
        read_project(path)
    assert str(caught.value).startswith(f"{path}: ") and message in str(caught.value)


def test_settings_of_plain_data_are_kept(tmp_path, paper_model):
    data = model_to_data(paper_model)
    data["profiles"][0]["settings"] = {"pane": [1, 2.5, {"x": "y"}], "flag": True, "none": None}
    assert read_project(write(tmp_path, data)).profiles[0].settings == data["profiles"][0]["settings"]
