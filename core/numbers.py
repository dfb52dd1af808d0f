"""Numbers as the analyst typed them: every digit kept, never in exponent notation."""

from __future__ import annotations

import math
from decimal import Decimal


def plain_number(value: float) -> str:
    """``2000`` for 2000.0, ``0.0000001`` for 1e-07, ``1234567.5`` as it is (not ``1.23457e+06``).

    The shortest digits that read back as the same float (``repr``), written
    positionally; a whole number without a decimal point.
    """
    if not math.isfinite(value):
        return ""
    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(float(value))), "f")
