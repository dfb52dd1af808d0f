"""The ranking methods, one module each, behind one signature.

Every entry of :data:`METHODS` is ``run(matrix, weights, benefit, *,
criteria=None, options=None, **params) -> MethodResult`` (see
:mod:`core.methods.base`); ``weights`` may be one vector or a batch of them.
"""

from __future__ import annotations

from collections.abc import Callable

from core.methods import promethee, topsis, vikor, wpm, wsm
from core.methods.base import MethodResult, rank

__all__ = ["METHODS", "METHOD_LABELS", "MethodResult", "rank"]

METHODS: dict[str, Callable[..., MethodResult]] = {
    "wsm": wsm.run,
    "wpm": wpm.run,
    "topsis": topsis.run,
    "vikor": vikor.run,
    "promethee2": promethee.run,
}

METHOD_LABELS: dict[str, str] = {
    "wsm": "Weighted sum (WSM)",
    "wpm": "Weighted product (WPM)",
    "topsis": "TOPSIS",
    "vikor": "VIKOR",
    "promethee2": "PROMETHEE II",
}
