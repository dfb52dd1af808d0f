"""Point allocation: share 100 points among the criteria of one group."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.weighting import WeightResult, points
from ui.dialogs.common import SiblingSet
from ui.dialogs.rating import RatingDialog

TOTAL = 100


def starting_points(shares: list[float]) -> list[int]:
    """Current shares as whole points adding up to exactly 100 (largest remainders first)."""
    raw = [TOTAL * share for share in shares]
    whole = [int(value) for value in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - whole[i], reverse=True)
    for i in order[: TOTAL - sum(whole)]:
        whole[i] += 1
    return whole


class PointsDialog(RatingDialog):
    """Spend exactly 100 points; each criterion's weight is its share of them."""

    def __init__(self, siblings: SiblingSet, shares: list[float], parent: QWidget | None = None) -> None:
        super().__init__(siblings, self.tr("Point Allocation"),
                         self.tr("Share out {0} points among the criteria: more points, more weight.").format(TOTAL),
                         starting_points(shares), parent, self.tr("Points"))

    def compute(self, values: list[int]) -> WeightResult:
        """Weights from the points (all 100 must be spent)."""
        return points(values, self.siblings.ids, total=TOTAL)

    def note(self, values: list[int]) -> str:
        """Points still to hand out."""
        return self.tr("{0} of {1} points allocated.").format(sum(values), TOTAL)
