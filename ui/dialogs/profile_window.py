"""What the Compare and Combine windows share: a resizable window beside the main one, a checklist of
the document's profiles on the left, results (with one chart) on the right, following every change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSplitter, QTableView, QVBoxLayout, QWidget

from core.model import Profile
from ui.document import Document
from ui.geometry import remembered
from ui.widgets.chart_view import ChartView
from ui.widgets.common import plain_label
from ui.models.profile_tables import ProfileChoiceModel
from ui.widgets.profile_views import choice_table


class ProfileWindow(QDialog):
    """A non-modal window over several profiles; subclasses compute in :meth:`recompute` and draw the chart."""

    def __init__(self, document: Document, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.title())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setSizeGripEnabled(True)
        self.choice = ProfileChoiceModel(self.headers(), self)
        self._chart_key: object = None
        self.chart = ChartView(self.paint_chart, self, key=lambda: self._chart_key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)

    def picker(self, parent: QWidget, label: str, weights: bool) -> tuple[QWidget, QTableView]:
        """The labelled profile checklist (with the analyst-weight column when ``weights``)."""
        title = plain_label(label, parent, wrap=True)
        table = choice_table(self.choice, parent, weights)
        title.setBuddy(table)
        return title, table

    def finish(self, left: QWidget, right: QWidget, sizes: tuple[int, int]) -> None:
        """Lay out both sides and the buttons, then start following the document."""
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes(list(sizes))
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.choice.choice_changed.connect(self.recompute)
        self.document.ranking_changed.connect(self.refresh)
        remembered(self, type(self).__name__, sum(sizes), 700)
        self.chart.enable()
        self.refresh()

    def refresh(self) -> None:
        """Follow the document: list its profiles (all ticked at first, later additions not) and recompute."""
        names = [p.name for p in self.listed()]
        if names != self.choice.names():
            first = not self.choice.names()
            checked = names if first else self.ticked_on_arrival()
            self.choice.set_names(names, checked=checked)  # emits choice_changed: recomputes
        else:
            self.recompute()

    def listed(self) -> list[Profile]:
        """The profiles the checklist offers: the model's, in its order."""
        return list(self.document.model.profiles)

    def ticked_on_arrival(self) -> list[str]:
        """Names ticked when they join the list after it was first filled (by default none)."""
        return []

    def chosen_profiles(self) -> list[Profile]:
        """The ticked profiles, in list order."""
        by_name = {p.name: p for p in self.listed()}
        return [by_name[name] for name in self.choice.chosen() if name in by_name]

    def redraw_chart(self, key: object) -> None:
        """Redraw the chart if what it shows (``key``; None for nothing) has changed."""
        self._chart_key = key
        self.chart.refresh()

    def title(self) -> str:
        """The window title (subclasses)."""
        raise NotImplementedError

    def headers(self) -> tuple[str, str]:
        """Headers of the checklist: the profile column and the analyst-weight column."""
        return self.tr("Profile"), self.tr("Analyst weight")

    def recompute(self) -> None:
        """Compute from the ticked profiles and show the results (subclasses)."""
        raise NotImplementedError

    def paint_chart(self):
        """What to draw from the last results: a function of a figure, or None (subclasses)."""
        raise NotImplementedError
