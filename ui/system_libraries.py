"""Before the window opens on Linux: are the system libraries Qt's xcb platform needs installed?

pip installs Qt but not the X11 client libraries its xcb platform plugin links
against, and a fresh desktop lacks some of them (``libxcb-cursor0`` first).
Qt then aborts with a long message about platform plugins. This check runs
before the QApplication exists, only when Qt will use xcb, tries to load
each library the plugin needs (the list is ``readelf -d`` of PySide6's
``libqxcb.so`` and ``libQt6XcbQpa.so.6``), and names the Debian/Ubuntu
packages that provide the missing ones, in one line.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

# soname -> Debian/Ubuntu package, for every library outside Qt and the C runtime that the plugin links.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def uses_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """True when Qt will start on its xcb platform: Linux, and xcb asked for or the default."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    # A Wayland session starts Qt on its wayland platform, which needs none of these.
    return environ.get("XDG_SESSION_TYPE", "") != "wayland"


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries() -> list[str]:
    """The sonames of :data:`XCB_LIBRARIES` that the dynamic loader cannot find."""
    return [soname for soname in XCB_LIBRARIES if not _loads(soname)]


def missing_message(missing: list[str]) -> str:
    """One line: what is missing and the command that installs it."""
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[soname] for soname in missing))
    return (f"mizan: the window needs system libraries that are not installed ({', '.join(missing)}); "
            f"on Debian or Ubuntu: sudo apt install {packages}")


def check_platform_libraries(environ: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The message to show instead of opening the window, or None when Qt can start."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ, sys.platform if platform is None else platform):
        return None
    missing = missing_libraries()
    return missing_message(missing) if missing else None
