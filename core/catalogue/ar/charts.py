"""Arabic texts of the charts area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
