"""Numbers as the analyst typed them: every digit kept, never in exponent notation."""

from __future__ import annotations

import math


def plain_number(value: float) -> str:
    """``2000`` for 2000.0, ``0.0000001`` for 1e-07, ``1234567.5`` as it is (not ``1.23457e+06``).

    The shortest digits that read back as the same float (``repr``), written
    positionally; a whole number without a decimal point.
    """
    if not math.isfinite(value):
        return ""
    if float(value).is_integer():
        return str(int(value))
    shortest = repr(float(value))
    if "e" not in shortest:  # already positional: what Decimal would write (decimal is loaded only when needed)
        return shortest
    from decimal import Decimal

    return format(Decimal(shortest), "f")


DIGITS = ("western", "arabic")
# Python writes numbers in Western digits; the Arabic-Indic preference writes the same number in its own.
_TO_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def in_digits(number_text: str, digits: str) -> str:
    """``number_text`` (as Python formats it: "46.7", "1,234") in ``digits``: "western" as it is, or "arabic"."""
    return number_text.translate(_TO_ARABIC_INDIC) if digits == "arabic" else number_text


class InDigits:
    """A number that formats itself (with any format spec) in ``digits``, for a sentence's placeholders."""

    def __init__(self, value: float, digits: str) -> None:
        self.value, self.digits = value, digits

    def __format__(self, spec: str) -> str:
        return in_digits(format(self.value, spec), self.digits)

    def __str__(self) -> str:
        return format(self, "")
