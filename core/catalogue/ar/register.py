"""Arabic texts of the register area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
