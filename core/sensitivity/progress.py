"""Progress and cancellation for long work run off the GUI thread (DESIGN.md: run(inputs, progress, cancel)).

A computation takes ``progress: Callable[[float], None] | None``, called
with the fraction done (0 … 1), and ``cancel: Callable[[], bool] | None``,
asked between chunks of work; when it returns True the computation raises
:class:`Cancelled` and returns nothing, so no half-finished result reaches
a view or a report.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float], None]
Cancel = Callable[[], bool]


class Cancelled(Exception):
    """The caller's ``cancel()`` returned True; the computation stopped without a result."""


def step(progress: Progress | None, cancel: Cancel | None, fraction: float) -> None:
    """Report ``fraction`` done, then raise Cancelled if the caller asks to stop."""
    if progress is not None:
        progress(min(max(fraction, 0.0), 1.0))
    if cancel is not None and cancel():
        raise Cancelled("cancelled")


def scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` for a part of the work that covers [start, end] of the whole."""
    if progress is None:
        return None
    return lambda fraction: progress(start + (end - start) * fraction)
