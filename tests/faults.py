"""Disk faults injected at the operating-system edge, for tests of the atomic writer.

:func:`failing_disk` replaces ``os.open`` and ``os.write`` so that writing a
save's temporary file fails like a full disk (or any other errno), while
every other file (pytest's own, the inputs read) works as usual.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def failing_disk(monkeypatch, code: int = errno.ENOSPC, spare_files: int = 0, on: str = "write") -> None:
    """Make the save's temporary files fail with ``code``; the first ``spare_files`` of them are written fine.

    ``on="write"`` fails the data write (a full disk); ``on="open"`` fails
    creating the temporary file (a read-only folder).
    """
    real_open, real_write = os.open, os.write
    doomed: set[int] = set()
    created = [0]

    def fake_open(path, flags, mode=0o777, *args, **kwargs):
        is_temporary = str(path).endswith(".tmp") and flags & os.O_CREAT
        if is_temporary and created[0] >= spare_files and on == "open":
            raise OSError(code, os.strerror(code))
        fd = real_open(path, flags, mode, *args, **kwargs)
        if is_temporary:
            if created[0] >= spare_files:
                doomed.add(fd)
            created[0] += 1
        return fd

    def fake_write(fd, data):
        if fd in doomed:
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "write", fake_write)


def run_with_file_size_limit(args: list[str], limit: int, cwd: Path) -> subprocess.CompletedProcess:
    """``python main.py ARGS`` in a child whose files may not grow past ``limit`` bytes (a really full disk).

    SIGXFSZ is ignored, so a write past the limit fails with EFBIG instead of killing the child.
    """
    import resource

    def limit_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120, preexec_fn=limit_size)


def reason(code: int = errno.ENOSPC) -> str:
    """The message of ``code`` as the OS words it (what the one-line error must carry)."""
    return os.strerror(code)
