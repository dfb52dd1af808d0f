"""Register dates: ISO ``YYYY-MM-DD`` text that names a real day, and overdue reviews.

A register keeps its due and review dates as text (empty when not set), so
that a file round-trips exactly and no time zone or clock is involved. The
one place a date is judged is :func:`check_date`; whoever asks whether a
review is overdue passes today's date (tests set it, nothing here reads
the clock).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.errors import Message
from core.register import RiskEntry

if TYPE_CHECKING:
    import datetime

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def check_date(text: str) -> Message | None:
    """Why ``text`` is not a register date (None when it is one, or empty: not set).

    ``2027-02-30`` is refused as a day February 2027 does not have, and
    ``30/06/2027`` or ``2027-6-30`` as not written YYYY-MM-DD.
    """
    if text == "":
        return None
    found = _ISO.fullmatch(text)
    if found is None:
        shown = text if len(text) <= 40 else text[:40] + "…"
        return Message("messages.dates.not_iso", text=repr(shown))
    year, month, day = (int(part) for part in found.groups())
    if year < 1:
        return Message("messages.dates.year_zero", text=repr(text))
    if not 1 <= month <= 12:
        return Message("messages.dates.month", text=repr(text), month=month)
    days = _days_in(year, month)
    if not 1 <= day <= days:
        return Message("messages.dates.day", text=repr(text), year=year, month=month, days=days)
    return None


def _days_in(year: int, month: int) -> int:
    """The days of ``month`` in ``year``, by the Gregorian leap-year rule that datetime and calendar follow.

    Counted here because checking the built-in model's dates is all a start-up needs of them: datetime's
    module body (its pure-Python classes run before the C ones replace them) cost the first paint 6 M
    instructions, and calendar loads the locale.
    """
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def is_overdue(entry: RiskEntry, today: datetime.date) -> bool:
    """True when ``entry`` has a review date before ``today`` and is not closed."""
    import datetime

    if entry.status == "closed" or not entry.review or check_date(entry.review) is not None:
        return False
    return datetime.date.fromisoformat(entry.review) < today
