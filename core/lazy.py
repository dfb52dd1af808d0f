"""Names of a package loaded from their own modules on first use (PEP 562).

For packages on the window's start-up path whose modules are costly to
import (the edit kinds are some thirty frozen dataclasses, the charts pull in
their drawing code): importing the package costs nothing, and each name is
imported the first time it is asked for.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: ``NAME`` comes from the module ``homes[NAME]``.

    The value is kept in the package's namespace, so every later look-up is a
    plain attribute read that never comes back here.
    """
    def attribute(name: str) -> object:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(homes[name]), name)
        setattr(sys.modules[package], name, value)
        return value

    return attribute
