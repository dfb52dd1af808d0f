"""UI state kept between sessions (window geometry, splitters, recent files, import mappings), typed.

One wrapper around :class:`QSettings` so that no widget reads raw keys. Only
the look of the desk lives here, never model data. The stored ``version``
lets a later release rename or reshape keys: :meth:`Settings.migrate` runs
once per start-up and upgrades what an older release wrote.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings

VERSION = 2
MAX_RECENT = 8


class Settings:
    """Typed access to the application's QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        self.migrate()

    def migrate(self) -> None:
        """Upgrade keys written by an older release, then stamp the current version."""
        version = self._int("version", 0)
        if version < 2 and self._store.contains("recentFiles"):
            # Version 1 kept recent files under a camel-case key.
            self.recent_files = self._strings("recentFiles")
            self._store.remove("recentFiles")
        if version != VERSION:
            self._store.setValue("version", VERSION)

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    def _strings(self, key: str) -> list[str]:
        value = self._store.value(key, [])
        if isinstance(value, str):  # INI files store a one-item list as a plain string
            value = [value] if value else []
        return [str(item) for item in value or []]

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def geometry(self) -> QByteArray:
        """The main window's saved geometry (empty when none)."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """Toolbars and docks of the main window."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def dialog_geometry(self, name: str) -> QByteArray:
        """Saved geometry of the dialog called ``name`` (empty when none)."""
        return self._bytes(f"dialogs/{name}")

    def set_dialog_geometry(self, name: str, geometry: QByteArray) -> None:
        """Remember where and how large the dialog called ``name`` was."""
        self._store.setValue(f"dialogs/{name}", geometry)

    def splitter(self, name: str) -> QByteArray:
        """Saved state of the splitter called ``name``."""
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, state: QByteArray) -> None:
        """Remember the state of the splitter called ``name``."""
        self._store.setValue(f"splitters/{name}", state)

    @property
    def recent_files(self) -> list[str]:
        """Recently opened or saved projects, newest first."""
        return self._strings("files/recent")

    @recent_files.setter
    def recent_files(self, paths: list[str]) -> None:
        self._store.setValue("files/recent", list(paths[:MAX_RECENT]))

    def add_recent(self, path: str) -> list[str]:
        """Put ``path`` first in the recent files; return the new list."""
        path = os.path.abspath(path)
        paths = [path] + [p for p in self.recent_files if os.path.abspath(p) != path]
        self.recent_files = paths
        return self.recent_files

    def remove_recent(self, path: str) -> None:
        """Forget ``path`` (e.g. it no longer exists)."""
        self.recent_files = [p for p in self.recent_files if p != path]

    @property
    def language(self) -> str:
        """The interface language chosen in Preferences ('' follows the system)."""
        return str(self._store.value("interface/language", ""))

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("interface/language", code)

    @property
    def digits(self) -> str:
        """'western' (the default) or 'arabic' (Arabic-Indic digits)."""
        return str(self._store.value("interface/digits", "western"))

    @digits.setter
    def digits(self, kind: str) -> None:
        self._store.setValue("interface/digits", kind)

    def register_mapping(self, signature: Sequence[str]) -> list[str] | None:
        """The column mapping last applied to a register whose folded headers are ``signature`` (None if none).

        A stored value that is not a list of texts as long as ``signature`` (a damaged file) counts as none.
        """
        try:
            mapping = json.loads(str(self._store.value(_mapping_key(signature), "null")))
        except ValueError:
            return None
        if not isinstance(mapping, list) or len(mapping) != len(signature) \
                or not all(isinstance(name, str) for name in mapping):
            return None
        return mapping

    def set_register_mapping(self, signature: Sequence[str], mapping: Sequence[str]) -> None:
        """Remember ``mapping`` (one field name, or '' for none, per column) for registers with these headers."""
        # JSON text, because INI files cannot tell a list holding one '' from an empty value.
        self._store.setValue(_mapping_key(signature), json.dumps(list(mapping)))

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()


def _mapping_key(signature: Sequence[str]) -> str:
    """The settings key of one header signature: a digest, since headers may hold any character."""
    import hashlib  # with OpenSSL behind it: not on the start-up path of every window

    digest = hashlib.sha256("\x1f".join(signature).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"registerImport/{digest}"
