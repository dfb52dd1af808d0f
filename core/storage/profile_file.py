"""Standalone profile files (``.mizan-profile``): one weighting, versioned JSON."""

from __future__ import annotations

import os

from core.errors import FileFormatError
from core.model import Profile
from core.storage.fields import Node
from core.storage.jsonio import read_json, write_json
from core.storage.project import profile_data, read_profile

FORMAT_VERSION = 1
EXTENSION = ".mizan-profile"


def read_profile_file(path: str | os.PathLike) -> Profile:
    """Load the profile in ``path``; FileFormatError names the field at fault."""
    root = Node(read_json(path), "", str(path))
    root.obj()
    version = root.child("format_version").value
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise root.fail("must be a whole number ≥ 1", "format_version")
    if version > FORMAT_VERSION:
        raise root.fail(f"version {version} was written by a newer Mizan; this one reads up to "
                        f"version {FORMAT_VERSION}", "format_version")
    return read_profile(root.child("profile"))


def write_profile_file(path: str | os.PathLike, profile: Profile) -> None:
    """Save ``profile`` atomically as a standalone file."""
    try:
        write_json(path, {"format_version": FORMAT_VERSION, "profile": profile_data(profile)})
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot be written ({exc.strerror or exc})") from None
