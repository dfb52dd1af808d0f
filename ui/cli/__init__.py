"""The command line: ``python main.py <command>``; every analysis runs headless.

Each command lives in its own module with a ``register(subparsers)`` that adds
its parser and sets ``run``. Bad input exits with status 2 and one line on
stderr naming the file and the problem; no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from core.errors import ModelError
from ui.cli import export, import_scores, info, score

COMMANDS = (info, score, export, import_scores)
EXIT_BAD_INPUT = 2


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> Parser:
    """The parser with every command registered."""
    parser = Parser(prog="mizan", description="Weighted multi-criteria risk assessment.")
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the window (the default)")
    gui.add_argument("file", nargs="?", help="project (.mizan) or spreadsheet (.csv/.xlsx)")
    for module in COMMANDS:
        module.register(commands)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command; return the process exit status."""
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(getattr(args, "file", None))
    try:
        return args.run(args) or 0
    except ModelError as exc:
        sys.stderr.write(f"mizan {args.command}: {exc}\n")
        return EXIT_BAD_INPUT
    except OSError as exc:
        sys.stderr.write(f"mizan {args.command}: {exc.filename or ''}: {exc.strerror or exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write(f"mizan {args.command}: interrupted\n")
        return 130
