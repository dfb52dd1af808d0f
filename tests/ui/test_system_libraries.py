"""A fresh Linux desktop: missing xcb libraries give one line naming the packages, before Qt starts."""

from __future__ import annotations

import ctypes
import struct
import sys
from pathlib import Path

import pytest

from ui import app, system_libraries
from ui.system_libraries import XCB_LIBRARIES, check_platform_libraries, uses_xcb


def fake_loader(monkeypatch, missing: set[str]) -> list[str]:
    """Replace the dynamic loader (ctypes.CDLL, the OS edge): ``missing`` sonames cannot be found."""
    asked: list[str] = []

    def cdll(name, *args, **kwargs):
        asked.append(name)
        if name in missing:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    return asked


@pytest.mark.parametrize("environ, platform, expected", [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:nograb;wayland"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),
    ({"XDG_SESSION_TYPE": "x11"}, "linux", True),
    ({}, "darwin", False),
    ({}, "win32", False),
])
def test_the_check_runs_only_when_qt_will_use_xcb(environ, platform, expected):
    assert uses_xcb(environ, platform) is expected


def test_missing_libraries_are_named_with_their_packages(monkeypatch):
    fake_loader(monkeypatch, {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libgthread-2.0.so.0",
                              "libglib-2.0.so.0"})
    message = check_platform_libraries({}, "linux")
    assert message == ("mizan: the window needs system libraries that are not installed (libxcb-cursor.so.0, "
                       "libxcb-icccm.so.4, libglib-2.0.so.0, libgthread-2.0.so.0); on Debian or Ubuntu: "
                       "sudo apt install libxcb-cursor0 libxcb-icccm4 libglib2.0-0")


def test_nothing_to_say_when_every_library_loads(monkeypatch):
    asked = fake_loader(monkeypatch, set())
    assert check_platform_libraries({}, "linux") is None
    assert asked == list(XCB_LIBRARIES)


def test_no_library_is_even_looked_up_off_xcb(monkeypatch):
    asked = fake_loader(monkeypatch, set(XCB_LIBRARIES))
    assert check_platform_libraries({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert asked == []


def test_the_window_is_not_started_and_the_exit_status_is_2(monkeypatch, capsys):
    fake_loader(monkeypatch, {"libxcb-cursor.so.0"})
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")

    def no_qt():
        raise AssertionError("QApplication must not be created")

    monkeypatch.setattr(app, "create_app", no_qt)
    assert app.run_gui() == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "libxcb-cursor.so.0" in err and "sudo apt install libxcb-cursor0" in err


def _needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF shared object."""
    data = path.read_bytes()
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC; its sh_link is the string table
    strings = sections[dynamic[6]][4]
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 1:  # DT_NEEDED
            start = strings + value
            names.append(data[start:data.index(b"\0", start)].decode())
    return names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin exists on Linux only")
def test_the_table_covers_what_the_installed_xcb_plugin_links():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    needed = set(_needed(qt / "plugins" / "platforms" / "libqxcb.so")) | set(_needed(qt / "lib" / "libQt6XcbQpa.so.6"))
    runtime = {"libstdc++.so.6", "libm.so.6", "libgcc_s.so.1", "libc.so.6"}
    outside_qt = {name for name in needed if not name.startswith("libQt6")} - runtime
    assert outside_qt == set(XCB_LIBRARIES)
    assert system_libraries.missing_message(["libxcb.so.1"]).endswith("sudo apt install libxcb1")
