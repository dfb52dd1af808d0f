"""Arguments and output helpers shared by the commands."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from core.errors import ModelError
from core.loader import load_model
from core.methods import REGISTRY
from core.model import DecisionModel, Profile
from core.storage.profile_file import read_profile_file
from ui.cli.language import Cli, current


def add_file(parser: argparse.ArgumentParser) -> None:
    """The optional model file argument (built-in model when absent)."""
    parser.add_argument("file", nargs="?", help=Cli.tr("project (.mizan) or spreadsheet (.csv/.xlsx); "
                                                       "the built-in model when omitted"))


def add_into_out(parser: argparse.ArgumentParser) -> None:
    """The --into FILE / --out PROJECT.mizan pair of the import commands: the project updated, and where it goes."""
    parser.add_argument("--into", dest="file", metavar="FILE",
                        help=Cli.tr("the project to update (default: built-in model)"))
    parser.add_argument("--out", metavar="PROJECT.mizan",
                        help=Cli.tr("save the updated project here (nothing is written without it; it may be the "
                                    "--into project, never the source)"))


def method_choices() -> list[str]:
    """The ``--method`` choices of every command: the registered methods in the registry's order, as the window lists
    them (read when the parser is built, so a method module added is offered)."""
    return list(REGISTRY)


def add_profile(parser: argparse.ArgumentParser) -> None:
    """The --profile NAME|PATH option."""
    parser.add_argument("--profile", metavar="NAME|PATH",
                        help=Cli.tr("a profile of the model by name, or a .mizan-profile file "
                                    "(default: the model's first profile)"))


def model_of(args: argparse.Namespace) -> DecisionModel:
    """The model the arguments name."""
    return load_model(args.file)


def profile_of(model: DecisionModel, spec: str | None, command: str = "") -> Profile:
    """The profile ``spec`` names: a file if one exists there, else a profile name.

    A file is matched to the model's criteria; what it leaves out or ignores,
    and AHP judgements above the consistency limit, go to stderr as notices
    (``mizan COMMAND: FILE: …``).  A file that matches nothing is an error.
    """
    if spec is None:
        return model.profiles[0] if model.profiles else Profile(name="Equal weights")
    if Path(spec).exists():  # a FIFO or a device too: the file reader refuses it by name
        return fitted_profile_file(model, spec, command)
    return model.profile(spec)


def fitted_profile_file(model: DecisionModel, path: str, command: str) -> Profile:
    """The profile file ``path`` keyed by the model's ids; its notices written to stderr."""
    return fitted(model, read_profile_file(path, model.language), path, command)


def fitted(model: DecisionModel, profile: Profile, path: str, command: str) -> Profile:
    """``profile``, read from ``path``, keyed by the model's ids; its notices written to stderr."""
    from core.profile_notices import fitted_profile

    try:
        profile, notices = fitted_profile(model, profile)
    except ModelError as exc:
        raise ModelError(Cli.tr("{0}: {1}").format(path, exc.text(current()))) from None
    for notice in notices:
        sys.stderr.write(f"mizan {command}: {path}: {notice.text(current())}\n")
    return profile


def require_suffix(path: str, suffix: str) -> Path:
    """``path`` as a Path; ModelError unless it ends in ``suffix`` (so --out never replaces another kind of file)."""
    if not path.lower().endswith(suffix):
        raise ModelError(Cli.tr("{0}: --out must name a {1} file").format(path, suffix))
    return Path(path)


def _same_file(first: str | os.PathLike, second: str | os.PathLike) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False  # one of them does not exist (yet): they cannot be the same file


def keep_inputs(outputs: Sequence[Path], inputs: Sequence[str | None]) -> None:
    """Refuse to write any of ``outputs`` over one of the command's ``inputs`` (links and aliases included)."""
    for out in outputs:
        for source in inputs:
            if source is not None and _same_file(out, source):
                raise ModelError(Cli.tr("{0}: is an input of this command ({1}); writing there would "
                                        "destroy it, so choose another --out").format(out, source))


def print_json(value: object) -> None:
    """Print ``value`` as JSON (finite numbers only)."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False) + "\n")


def print_csv(rows: list[list[object]]) -> None:
    """Print rows as CSV, text that a spreadsheet would run as a formula neutralised as in the CSV export."""
    from core.reports.csv_export import safe_field

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerows([[safe_field(value) for value in row] for row in rows])


def print_table(header: list[str], rows: list[list[object]]) -> None:
    """Print an aligned plain-text table; numbers right-aligned."""
    text = [[f"{cell:.4f}" if isinstance(cell, float) else str(cell) for cell in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in text)) for i, h in enumerate(header)]
    numeric = [all(isinstance(row[i], (int, float)) for row in rows) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.rjust(w) if n else c.ljust(w) for c, w, n in zip(cells, widths, numeric)).rstrip()

    print(line(header))
    for row in text:
        print(line(row))
