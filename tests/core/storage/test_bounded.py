"""The bounded reader: regular files only, never past the cap, never blocking (class 4 of "Every input survives")."""

from __future__ import annotations

import os
import sys

import pytest

from core.errors import FileFormatError
from core.storage import bounded
from core.storage.bounded import read_bounded, read_text

posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "a.bin"
    path.write_bytes(b"\x00abc" * 1000)
    assert read_bounded(path) == b"\x00abc" * 1000


@posix
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.mizan"
    os.mkfifo(fifo)
    with pytest.raises(FileFormatError, match=r"pipe\.mizan: is a named pipe \(FIFO\), not a regular file"):
        read_bounded(fifo)


@posix
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_symlink_to_an_endless_device_is_refused(tmp_path):
    link = tmp_path / "zero.mizan"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileFormatError, match="is a character device, not a regular file"):
        read_bounded(link)


def test_a_folder_and_a_missing_file(tmp_path):
    with pytest.raises(FileFormatError, match="is a folder"):
        read_bounded(tmp_path)
    with pytest.raises(FileFormatError, match="no such file"):
        read_bounded(tmp_path / "absent.csv")


@pytest.mark.parametrize("size, refused", [(100, False), (101, True)])
def test_the_cap_is_exact(tmp_path, monkeypatch, size, refused):
    monkeypatch.setattr(bounded, "MAX_BYTES", 100)
    path = tmp_path / "f.csv"
    path.write_bytes(b"x" * size)
    if refused:
        with pytest.raises(FileFormatError, match="over the 100-byte limit"):
            read_bounded(path)
    else:
        assert len(read_bounded(path)) == size


def test_the_cap_holds_whatever_the_size_says(tmp_path, monkeypatch):
    """A file whose stat size is 0 (as for /proc files or a device) is still cut at the cap."""
    path = tmp_path / "grows.csv"
    path.write_bytes(b"y" * 5000)
    real_fstat = os.fstat

    class Zero:
        def __init__(self, result):
            self.st_mode, self.st_size = result.st_mode, 0

    monkeypatch.setattr(bounded.os, "fstat", lambda fd: Zero(real_fstat(fd)))
    with pytest.raises(FileFormatError, match="over the 1,000-byte limit for a test"):
        read_bounded(path, 1000, " for a test")


def test_text_must_be_utf8(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("\ufeffcafé".encode("utf-8"))
    assert read_text(path) == "café"
    path.write_bytes("café".encode("latin-1"))
    with pytest.raises(FileFormatError, match=r"latin\.csv: not UTF-8 text \(byte 3\)"):
        read_text(path)
