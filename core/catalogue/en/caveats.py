"""English texts of the caveats area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
