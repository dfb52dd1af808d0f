"""Mizan: ``python main.py [COMMAND] ...``; no command opens the window."""

import sys


def main() -> int:
    """Dispatch the command line to one command."""
    from core.memory import keep_freed_memory
    from ui.cli import run

    keep_freed_memory()

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
