"""The command line's one error boundary: every failure is one line on stderr, never a warning or a traceback."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ui.cli.score
from tests.ui.cli_helpers import cli
from ui.cli import run

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("error, status, line", [
    (OverflowError("int too large to convert to float"), 1,
     "mizan score: internal error (OverflowError: int too large to convert to float); please report it\n"),
    (OSError(28, "No space left on device"), 2, "mizan score: No space left on device\n"),
    (OSError(28, "No space left on device", "out.csv"), 2, "mizan score: out.csv: No space left on device\n"),
    (MemoryError(), 1, "mizan score: internal error (MemoryError: ); please report it\n"),
])
def test_every_failure_is_one_line(capsys, monkeypatch, error, status, line):
    def broken(args):
        raise error

    monkeypatch.setattr(ui.cli.score, "run", broken)
    assert cli(capsys, "score") == (status, "", line)


def test_a_multi_line_message_is_folded_to_one(capsys, monkeypatch):
    def broken(args):
        raise OSError("first\nsecond")

    monkeypatch.setattr(ui.cli.score, "run", broken)
    assert cli(capsys, "score")[2] == "mizan score: first second\n"


class FullOutput(io.StringIO):
    """A standard output on a full disk."""

    def write(self, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("argv", [["info"], ["score", "--json"], ["score", "--all-methods", "--csv"]])
def test_a_failing_standard_output_is_named(capsys, monkeypatch, argv):
    monkeypatch.setattr(sys, "stdout", FullOutput())
    assert run(argv) == 2
    assert capsys.readouterr().err == f"mizan {argv[0]}: standard output: No space left on device\n"


NASTY = {
    "zero.csv": "option,Cost,Quality\nweight,1,1\ndirection,cost,benefit\nA,0,5\nB,200,9\nC,100,9\n",
    "negative.csv": "option,a,b\nA,-1,2\nB,3,-4\n",
    "constant.csv": "option,a,b\nA,5,5\nB,5,5\nC,5,5\n",
    "single.csv": "option,a,b\nA,1,2\n",
    "extreme.csv": "option,a,b\nweight,1e-300,1e300\nA,1e-99,1e99\nB,1e99,1e-99\nC,1,1\n",
}


COMMANDS = [["score", "--all-methods"], ["score", "--method", "wpm"],
            ["sensitivity", "--method", "wpm", "--samples", "200"],
            ["sensitivity", "--method", "topsis", "--samples", "200"],
            ["compare", "--profile", "Spreadsheet weights", "--profile", "Spreadsheet weights", "--method", "vikor"],
            ["export", "--out", "{tmp}/r.html", "--samples", "100"]]

# Runs each command in one child with every warning shown (not the suite's warnings-as-errors), and
# prints, per command, its exit status and what reached stderr.
DRIVER = """
import contextlib, io, json, sys
from ui.cli import run
results = []
for argv in json.loads(sys.argv[1]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = run(argv)
    results.append([status, err.getvalue()])
print(json.dumps(results))
"""


@pytest.mark.parametrize("name", sorted(NASTY))
def test_numpy_never_talks_to_the_user(tmp_path, name):
    """stderr is empty or exactly the one-line error, with every warning shown."""
    import json

    path = tmp_path / name
    path.write_text(NASTY[name], encoding="utf-8")
    commands = [[c[0], str(path), *(a.format(tmp=tmp_path) for a in c[1:])] for c in COMMANDS]
    done = subprocess.run([sys.executable, "-W", "always", "-c", DRIVER, json.dumps(commands)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    for command, (status, err) in zip(COMMANDS, json.loads(done.stdout)):
        assert status in (0, 2), (command, err)
        if status == 0:
            assert err == "", (command, err)
        else:
            assert err.count("\n") == 1 and err.startswith(f"mizan {command[0]}: "), (command, err)


EXTREME_ARGUMENTS = [
    ["profile", "combine", "--profile", "Equal weights", "--profile", "Economy first",
     "--analyst-weight", "1e308", "--analyst-weight", "1e308"],
    ["profile", "combine", "--profile", "Equal weights", "--profile", "Economy first",
     "--analyst-weight", "nan", "--analyst-weight", "1"],
    ["profile", "combine", "--profile", "Equal weights", "--profile", "Economy first", "--how", "geometric_ahp",
     "--analyst-weight", "1e-320", "--analyst-weight", "1e-320"],
    ["sensitivity", "--samples", "1", "--seed", "0"],
    ["sensitivity", "--samples", "200", "--concentration", "1e308"],
    ["export", "--out", "{tmp}/r.csv", "--samples", "1"],
]


def test_extreme_arguments_never_warn(tmp_path):
    """The same promise for numbers typed on the command line."""
    import json

    commands = [[a.format(tmp=tmp_path) for a in c] for c in EXTREME_ARGUMENTS]
    done = subprocess.run([sys.executable, "-W", "always", "-c", DRIVER, json.dumps(commands)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    for command, (status, err) in zip(commands, json.loads(done.stdout)):
        assert status in (0, 2) and (err == "" if status == 0 else err.count("\n") == 1), (command, err)
