"""English texts of the workbook area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {}
