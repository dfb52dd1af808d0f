"""The command line: ``python main.py <command>``; every analysis runs headless.

Each command lives in its own module with a ``register(subparsers)`` that adds
its parser and sets ``run``. Bad input exits with status 2 and one line on
stderr naming the file and the problem; no traceback ever reaches the user.
The command modules (and numpy behind them) are imported only when a command
is run, so that opening the window stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ui.cli.language import LANGUAGES, Cli, argparse_in, current, requested, use

COMMANDS = ("info", "score", "export", "import_scores", "import_register", "compare", "profile", "sensitivity",
            "ahp", "register")
EXIT_BAD_INPUT = 2


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line and exit status 2, with ``--lang`` on every (sub)command.

    The top parser's ``--lang`` holds the value; a command's leaves it alone
    unless given there, so ``mizan --lang ar score`` and ``mizan score --lang ar`` agree.
    argparse's own words are in the run's language wherever it writes them:
    when a parser is made, parses, and formats its usage or help.
    """

    def __init__(self, *args, top: bool = False, **kwargs) -> None:
        with argparse_in():
            super().__init__(*args, **kwargs)
        self.add_argument("--lang", choices=LANGUAGES, default=None if top else argparse.SUPPRESS,
                          help=Cli.tr("language of the help and the messages, and of the window or the report "
                                      "(default English; the window: the preference, else the system)"))

    def parse_args(self, *args, **kwargs):
        with argparse_in():  # its "unrecognized arguments" is worded outside parse_known_args
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args, **kwargs):
        with argparse_in():
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with argparse_in():
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_in():
            return super().format_help()

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def _add_gui(commands) -> None:
    gui = commands.add_parser("gui", help=Cli.tr("open the window (the default)"))
    gui.add_argument("file", nargs="?", help=Cli.tr("project (.mizan) or spreadsheet (.csv/.xlsx)"))
    gui.add_argument("--screenshot", metavar="PATH", help=Cli.tr("render the window offscreen to a PNG and exit"))


def build_parser(with_commands: bool = True) -> Parser:
    """The parser: the window alone, or with every command registered."""
    parser = Parser(prog="mizan", description=Cli.tr("Weighted multi-criteria risk assessment."), top=True)
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    _add_gui(commands)
    if with_commands:
        for name in COMMANDS:
            importlib.import_module(f"ui.cli.{name}").register(commands)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command; return the process exit status."""
    argv = list(argv)
    use(requested(argv))
    rest = argv[2:] if argv[:1] == ["--lang"] else argv[1:] if argv[:1] and argv[0].startswith("--lang=") else argv
    window = not rest or rest[0] == "gui"
    args = build_parser(with_commands=not window).parse_args(argv)
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(getattr(args, "file", None), screenshot=getattr(args, "screenshot", None),
                       lang=args.lang)
    from core.errors import ModelError, user_message

    stdout, sys.stdout = sys.stdout, NamedOutput(sys.stdout)
    try:
        status = args.run(args) or 0
        sys.stdout.flush()
        return status
    except KeyboardInterrupt:
        sys.stderr.write(f"mizan {args.command}: {Cli.tr('interrupted')}\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - the one boundary: no traceback ever reaches the user
        sys.stderr.write(f"mizan {args.command}: {user_message(exc, current())}\n")
        return EXIT_BAD_INPUT if isinstance(exc, (ModelError, OSError)) else 1
    finally:
        sys.stdout = stdout


class NamedOutput:
    """Standard output whose write errors say where they happened, as every file's errors do.

    ``mizan info > /dev/full`` would otherwise end in a bare "No space left on device".
    """

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write to the wrapped stream; an OSError names the standard output."""
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, "standard output") from None

    def flush(self) -> None:
        """Flush the wrapped stream, with the same naming."""
        try:
            self._stream.flush()
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, "standard output") from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
