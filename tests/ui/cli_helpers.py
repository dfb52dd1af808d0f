"""Running the command line in-process for tests: status, stdout and stderr."""

from __future__ import annotations

from ui.cli import run

PROFILES = ["Equal weights", "Paper's emphasis", "Sovereignty first", "Economy first", "Counter-terrorism first"]


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run ``mizan ARGV``; usage errors (argparse's SystemExit) come back as their status."""
    try:
        status = run(list(argv))
    except SystemExit as exc:
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err
