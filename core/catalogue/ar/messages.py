"""Arabic texts of the messages area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
