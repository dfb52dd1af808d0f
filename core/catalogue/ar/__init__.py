"""The Arabic catalogue, one module per area (see :mod:`core.catalogue`)."""


def ltr(text: str) -> str:
    """``text`` as a left-to-right isolate (LRI … PDI) inside right-to-left prose.

    A formula, a date or a signed number after Arabic words would otherwise be
    reordered by the bidirectional algorithm: "2027-06-30" shows as
    30-06-2027, "−1" as 1−.
    """
    return "\u2066" + text + "\u2069"
