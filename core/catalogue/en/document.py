"""English texts of the document area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
