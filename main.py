"""Mizan: ``python main.py [COMMAND] ...``; no command opens the window."""

import sys


def main() -> int:
    """Dispatch the command line to one command."""
    from ui.cli import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
