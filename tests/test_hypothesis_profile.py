"""CI runs property tests with a fixed profile: the same examples every run, no database, no deadline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ("import tests.conftest; from hypothesis import settings; d = settings.default; "
         "print(d.derandomize, d.database is None, d.deadline)")


def _profile(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE")}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env={**clean, **env},
                          capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.strip()


def test_ci_draws_the_same_examples_every_run():
    assert _profile(CI="true") == "True True None"
    assert _profile(HYPOTHESIS_PROFILE="ci") == "True True None"


def test_local_runs_vary_but_never_time_out():
    assert _profile() == "False False None"
