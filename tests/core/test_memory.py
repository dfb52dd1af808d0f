"""Keeping freed memory is a request to the C library: it either succeeds or changes nothing."""

from __future__ import annotations

import subprocess
import sys

import numpy as np


def test_keeping_freed_memory_leaves_arrays_working():
    """In a child process, so that the request does not change how this test session allocates."""
    code = ("import numpy as np; from core.memory import keep_freed_memory; ok = keep_freed_memory(); "
            "a = np.ones((4000, 500)); b = (a * 2).sum(); print(ok, b)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    expected = "True" if sys.platform.startswith("linux") else "False"
    assert out == [expected, str(np.float64(4_000_000.0))]
