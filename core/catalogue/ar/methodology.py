"""Arabic texts of the methodology area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
