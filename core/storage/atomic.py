"""Atomic writes of user files: the complete new file, or the old one untouched.

Every file Mizan writes (projects, profiles, reports, autosave) goes through
:func:`write_files`. Each file is written to a temporary file in its target's
folder and flushed to disk; only when every one of them is complete are they
renamed over their targets, so a full disk, a read-only folder or a kill
leaves the old files byte for byte as they were, and a report made of two
files is never half old, half new.

The new file keeps what the user set on the old one: its permission bits and
group (a group-shared project stays readable by the group); a new file gets
the umask's default, as an editor would. A file the user may not write (made
read-only) is refused, not replaced. Saving through a symbolic link
updates the file it points to and keeps the link. Any failure raises
:class:`core.errors.WriteError` naming the file the user asked for.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from core.errors import Message, WriteError

# Room for the temporary file's prefix and suffix within a 255-byte file name.
_STEM_CHARS = 120
# Windows opens low-level files in text mode unless told otherwise, which would turn \n into \r\n inside
# a workbook or a PDF.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; see the module docstring."""
    write_files({path: data})


def write_files(files: Mapping[str | os.PathLike, bytes]) -> None:
    """Write every file of ``files`` (path → bytes), or, on any failure, none of them."""
    staged: list[tuple[str | os.PathLike, Path, Path]] = []
    try:
        for path, data in files.items():
            target = _target(path)
            staged.append((path, target, _stage(path, target, data)))
        for path, target, temporary in staged:
            _publish(path, target, temporary)
    finally:
        for _, _, temporary in staged:
            temporary.unlink(missing_ok=True)


def _fail(path: str | os.PathLike, exc: OSError) -> WriteError:
    return WriteError(Message("messages.storage.unwritable", file=os.fspath(path), reason=str(exc.strerror or exc)))


def _target(path: str | os.PathLike) -> Path:
    """The file to replace: where a symbolic link points, so the link itself survives."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise _fail(path, exc) from None
    if stat.S_ISDIR(mode):
        raise WriteError(Message("messages.storage.folder", file=os.fspath(path)))
    if not stat.S_ISREG(mode):
        raise WriteError(Message("messages.storage.write_not_regular", file=os.fspath(path)))
    # A rename would replace even a file its owner made read-only to protect it.
    if not os.access(target, os.W_OK):
        raise WriteError(Message("messages.storage.read_only", file=os.fspath(path)))
    return target


def _stage(path: str | os.PathLike, target: Path, data: bytes) -> Path:
    """``data`` in a complete, flushed temporary file beside ``target``, with the old file's mode."""
    try:
        fd, temporary = _create_temporary(target)
    except OSError as exc:
        raise _fail(path, exc) from None
    try:
        _write_all(fd, data)
        _keep_attributes(fd, temporary, target)
        os.fsync(fd)
    except BaseException as exc:  # an interrupt too must not leave the temporary file behind
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _fail(path, exc) from None
        raise
    finally:
        os.close(fd)
    return temporary


def _create_temporary(target: Path) -> tuple[int, Path]:
    import secrets  # and hmac, OpenSSL with it: nothing before the window's first paint writes a file

    # Mode 0o666 lets the umask decide a new file's permissions, as for any other program's files.
    while True:
        temporary = target.with_name(f".{target.name[:_STEM_CHARS]}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temporary, _FLAGS, 0o666), temporary
        except FileExistsError:
            continue


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _keep_attributes(fd: int, temporary: Path, target: Path) -> None:
    """Give the new file the old one's group and permission bits (nothing to keep for a new file)."""
    try:
        old = target.stat()
    except FileNotFoundError:
        return
    # POSIX only (Windows has no groups here); the group goes first, as changing it may clear set-id bits.
    if hasattr(os, "fchown") and old.st_gid != os.fstat(fd).st_gid:
        try:
            os.fchown(fd, -1, old.st_gid)
        except PermissionError:
            pass  # not a member of that group: the mode below still applies
    os.chmod(temporary, stat.S_IMODE(old.st_mode))


def _publish(path: str | os.PathLike, target: Path, temporary: Path) -> None:
    try:
        os.replace(temporary, target)
    except OSError as exc:
        raise _fail(path, exc) from None
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; some file systems cannot sync a folder, which costs only durability."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
