"""Swing weighting: rate each criterion's worst-to-best swing against the most important one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.weighting import WeightResult, swing
from ui.dialogs.common import SiblingSet
from ui.dialogs.rating import RatingDialog


def starting_ratings(shares: list[float]) -> list[int]:
    """Current shares as swing ratings: the largest becomes 100."""
    top = max(shares) or 1.0
    return [round(100 * share / top) for share in shares]


class SwingDialog(RatingDialog):
    """Ratings 0–100, the most important swing at 100; weights are the ratings' shares."""

    def __init__(self, siblings: SiblingSet, shares: list[float], parent: QWidget | None = None) -> None:
        super().__init__(siblings, self.tr("Swing Weighting"),
                         self.tr("Imagine each criterion moving from its worst to its best level. Give the swing "
                                 "that matters most 100, then rate every other swing from 0 to 100 against it."),
                         starting_ratings(shares), parent)

    def compute(self, values: list[int]) -> WeightResult:
        """Weights from the swing ratings."""
        return swing(values, self.siblings.ids)

    def note(self, values: list[int]) -> str:
        """Remind the analyst of the anchor when no swing is rated 100."""
        return "" if 100 in values else self.tr("No swing is rated 100: rate the most important one 100.")
