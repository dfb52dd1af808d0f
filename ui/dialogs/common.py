"""What every weighting dialog shares: the sibling set it weights and the OK/Cancel frame."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

from core.edits import local_shares
from core.model import Criterion, DecisionModel, Profile
from ui.bidi import label
from ui.widgets.common import plain_label


@dataclass(frozen=True)
class SiblingSet:
    """The criteria weighted together: the children of one group, or the top level."""

    group: str | None
    group_name: str
    nodes: tuple[Criterion, ...]

    @property
    def ids(self) -> list[str]:
        """Ids of the nodes, in order."""
        return [node.id for node in self.nodes]

    def labels(self) -> list[str]:
        """``ID name`` of each node, as shown in the dialogs."""
        return [label(node.id, node.name, " ") for node in self.nodes]

    def shares(self, model: DecisionModel, profile: Profile) -> list[float]:
        """Current local shares of the nodes under ``profile``."""
        shares = local_shares(model, profile, self.nodes[0].id)
        return [shares[ident] for ident in self.ids]


def sibling_set(model: DecisionModel, criterion_id: str | None, top_name: str) -> SiblingSet:
    """The set to weight for a selection: a selected group's children, else the selection's siblings."""
    for node, _, parent in model.walk():
        if node.id == criterion_id:
            if node.is_group:
                return SiblingSet(node.id, node.name, node.children)
            if parent is not None:
                return SiblingSet(parent.id, parent.name, parent.children)
    return SiblingSet(None, top_name, model.criteria)


class WeightingDialog(QDialog):
    """A dialog that proposes new local weights for one sibling set."""

    def __init__(self, siblings: SiblingSet, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.siblings = siblings
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        # Wrapped explanations grow as they are filled in: never let the dialog squeeze them over the table.
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.layout_.addWidget(plain_label(self.tr("Weights within: {0}").format(siblings.group_name), self))
        self.layout_.addWidget(plain_label(explanation, self, wrap=True))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """Put the buttons last (subclasses add their own content first)."""
        self.layout_.addWidget(self.buttons)

    def weights(self) -> dict[str, float]:
        """The proposed local weights by criterion id (subclasses override)."""
        raise NotImplementedError

    def settings(self, current: Mapping[str, object]) -> dict[str, object]:
        """Profile settings to store with the weights (e.g. the AHP judgements), given the current ones."""
        return {}
