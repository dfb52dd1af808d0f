"""``python -m benchmarks`` (``make bench``): run every ``bench_*.py`` and print its table."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import benchmarks
from core.memory import keep_freed_memory


def main(names: list[str]) -> int:
    """Run the named benchmark modules (all of them when none are named)."""
    keep_freed_memory()  # as the application does at start-up
    found = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    for name in names or found:
        if name not in found:
            print(f"no benchmark {name!r} (have: {', '.join(found)})", file=sys.stderr)
            return 2
        print(f"\n== {name} ==", flush=True)
        importlib.import_module(f"benchmarks.{name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
