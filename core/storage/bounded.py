"""The one way a loader reads a file from outside: regular files only, and never past a cap.

Project, profile, CSV, workbook and comparison-matrix files all arrive here.
A path may name a FIFO (opening it normally blocks until someone writes), a
device such as ``/dev/zero`` (its size reads 0, yet it never ends) or a file
that grows while it is read; so the file is opened without blocking, checked
on the open descriptor (no gap between the check and the read), and read up
to one byte past the cap whatever its size claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from core.errors import FileFormatError, Message

MAX_BYTES = 32 * 1024 * 1024
_CHUNK = 1024 * 1024
# O_NONBLOCK keeps open() of a FIFO from waiting for a writer; O_NOCTTY keeps a
# terminal device from becoming the controlling terminal. Neither exists on Windows.
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)

def _kind(mode: int) -> Message:
    if stat.S_ISFIFO(mode):
        return Message("messages.storage.kind_fifo")
    if stat.S_ISCHR(mode):
        return Message("messages.storage.kind_char")
    if stat.S_ISBLK(mode):
        return Message("messages.storage.kind_block")
    if stat.S_ISSOCK(mode):
        return Message("messages.storage.kind_socket")
    return Message("messages.storage.kind_other")


def _open(path: Path) -> int:
    try:
        return os.open(path, _FLAGS)
    except FileNotFoundError:
        raise FileFormatError(Message("messages.storage.no_file", file=str(path))) from None
    except IsADirectoryError:
        raise FileFormatError(Message("messages.storage.folder", file=str(path))) from None
    except OSError as exc:
        raise FileFormatError(Message("messages.storage.unreadable", file=str(path),
                                      reason=str(exc.strerror or exc))) from None


def _read_all(fd: int, path: Path, limit: int, what: str) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise FileFormatError(Message("messages.storage.over_limit", file=str(path), limit=limit, what=what))


def read_bounded(path: str | os.PathLike, limit: int | None = None, what: str = "") -> bytes:
    """The bytes of the regular file ``path``; FileFormatError for anything else or over ``limit`` bytes.

    ``limit`` defaults to :data:`MAX_BYTES`; ``what`` ends the over-limit
    message (``" for a profile"``).

    Folders, FIFOs, devices and sockets are refused without blocking (a symlink
    is followed, so a link to ``/dev/zero`` is refused as a device); a file is
    read to at most ``limit + 1`` bytes, so its reported size never matters.
    """
    path = Path(path)
    fd = _open(path)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise FileFormatError(Message("messages.storage.folder", file=str(path)))
        if not stat.S_ISREG(mode):
            raise FileFormatError(Message("messages.storage.not_regular", file=str(path), kind=_kind(mode)))
        try:
            return _read_all(fd, path, MAX_BYTES if limit is None else limit, what)
        except OSError as exc:
            raise FileFormatError(Message("messages.storage.unreadable", file=str(path),
                                          reason=str(exc.strerror or exc))) from None
    finally:
        os.close(fd)


def read_text(path: str | os.PathLike, limit: int | None = None, what: str = "") -> str:
    """:func:`read_bounded` decoded as UTF-8 (a byte-order mark allowed); FileFormatError naming the byte otherwise."""
    raw = read_bounded(path, limit, what)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(Message("messages.storage.not_utf8", file=str(path), byte=exc.start)) from None
