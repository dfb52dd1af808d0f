"""Arabic texts of the labels area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
