"""The Arabic catalogue, one module per area (see :mod:`core.catalogue`)."""
