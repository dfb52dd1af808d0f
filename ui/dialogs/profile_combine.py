"""Combine profiles: a group's consensus weighting, and a heat map of where its members disagree.

The analyst ticks the profiles to combine, may weight each analyst, and
chooses the arithmetic mean of the weights or the geometric mean of the AHP
judgements (:func:`core.consensus.consensus`).  The window shows the
consensus weights and the per-criterion spread at once; "Add as Profile"
adds the consensus to the model through ``Document.apply`` (one undo step).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QDialogButtonBox, QFormLayout, QLineEdit, QPushButton, QRadioButton,
                               QSplitter, QVBoxLayout, QWidget)

from core.consensus import Spread, consensus, node_totals
from core.edits import AddProfile, unique_name
from core.errors import ModelError
from core.model import Profile
from ui.bidi import formula, isolated, label
from ui.dialogs.profile_window import ProfileWindow
from ui.document import Document
from ui.i18n import listed, message_of, shown
from ui.widgets.chart_view import chart_options
from ui.widgets.common import mark_invalid, plain_label
from ui.models.profile_tables import Column, RowsModel
from ui.widgets.profile_views import result_table, tree_rows
from ui.widgets.results_panel import chart_texts

NO_BREAK = "\u00a0"  # between a share and its "%": a wrapped line never starts with the "%"


class CombineDialog(ProfileWindow):
    """Consensus of several profiles of the document, with the group's disagreement."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.combined: tuple[Profile, Spread] | None = None
        self.table_model = RowsModel(parent=self)
        self.add_button = QPushButton(self.tr("&Add as Profile"), self)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_profile)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.finish(self._settings(), self._results(), (300, 880))

    # ---- construction -------------------------------------------------------

    def title(self) -> str:
        """The window title."""
        return self.tr("Combine Profiles")

    def _settings(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label, self.picker_table = self.picker(
            panel, self.tr("&Profiles to combine (double-click a weight to change it):"), weights=True)
        self.mean_button = QRadioButton(self.tr("&Mean of the weights"), panel)
        self.geometric_button = QRadioButton(self.tr("&Geometric mean of the AHP judgements"), panel)
        self.mean_button.setChecked(True)
        self.how = QButtonGroup(panel)
        for button in (self.mean_button, self.geometric_button):
            self.how.addButton(button)
        self.how.buttonToggled.connect(self._how_toggled)
        self.name_edit = QLineEdit(panel)
        self.name_edit.textChanged.connect(self._check_name)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.status = plain_label("", panel, wrap=True)
        self.notes = plain_label("", panel, wrap=True)
        for widget in (label, self.picker_table, self.mean_button, self.geometric_button):
            layout.addWidget(widget, 1 if widget is self.picker_table else 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.notes)
        return panel

    def _results(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(result_table(self.table_model, split, stretch=1))
        split.setSizes([460, 260])
        return split

    # ---- live behaviour -----------------------------------------------------

    def how_name(self) -> str:
        """The consensus rule chosen: "mean" or "geometric_ahp"."""
        return "geometric_ahp" if self.geometric_button.isChecked() else "mean"

    def _how_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:  # the button switched off toggles too: recompute once
            self.recompute()

    def refresh(self) -> None:
        """Follow the document: keep a free name for the consensus, then the profiles and the result."""
        names = [p.name for p in self.document.model.profiles]
        if not self.name_edit.text().strip() or self.name_edit.text().strip() in names:
            self.name_edit.setText(unique_name(names, self.tr("Consensus")))
        super().refresh()

    def recompute(self) -> None:
        """Combine the ticked profiles, or say why they cannot be combined."""
        profiles = self.chosen_profiles()
        self.combined, problem = None, ""
        if len(profiles) < 2:
            problem = self.tr("Tick two or more profiles to combine them.")
        else:
            try:
                self.combined = consensus(self.document.model, profiles, self.choice.analyst_weights(), self.how_name(),
                                        self._name())
            except ModelError as exc:
                problem = self.tr("These profiles cannot be combined this way: {0}").format(message_of(exc))
        self.status.setText(problem)
        self.status.setVisible(bool(problem))
        self._fill()
        self._check_name()

    def _name(self) -> str:
        return self.name_edit.text().strip() or self.tr("Consensus")

    def _check_name(self, *_args) -> None:
        """Allow Add only with a consensus and a name that is not empty and not taken."""
        name = self.name_edit.text().strip()
        taken = any(p.name == name for p in self.document.model.profiles)
        mark_invalid(self.name_edit, not name or taken)
        self.name_edit.setToolTip(self.tr("A profile of this name exists already") if taken else "")
        self.add_button.setEnabled(self.combined is not None and bool(name) and not taken)

    def _fill(self) -> None:
        """The consensus and spread table, and the heat map's data."""
        if self.combined is None:
            self.table_model.set_rows([], [])
            self.notes.setText("")
            self.redraw_chart(None)
            return
        profile, spread = self.combined
        model = self.document.model
        combined = node_totals(model, model.global_weights(profile))
        stats = {field: dict(zip(spread.criteria, getattr(spread, field).tolist()))
                 for field in ("std", "low", "high")}
        rows, bold = tree_rows(model, [combined, stats["std"], stats["low"], stats["high"]])
        percent = "percent"
        columns = [Column(self.tr("Id")), Column(self.tr("Criterion")),
                   Column(self.tr("Consensus"), percent, self.tr("Global weight in the consensus profile")),
                   Column(self.tr("Spread (sd)"), percent, self.tr("Standard deviation of the analysts' global "
                                                                   "weights, weighted by analyst")),
                   Column(self.tr("Lowest"), percent), Column(self.tr("Highest"), percent)]
        self.table_model.set_rows(rows, columns, bold)
        self.notes.setText(self.tr("Analyst shares: {0}").format(listed(
            isolated(f"{isolated(name)} {formula(shown(f'{100 * share:.0f}') + NO_BREAK + '%')}")
            for name, share in zip(spread.profiles, spread.shares.tolist()))))
        self.redraw_chart((spread.profiles, spread.values.tobytes(), spread.shares.tobytes()))

    # ---- the result ---------------------------------------------------------

    def add_profile(self) -> bool:
        """Add the consensus as a profile (undoable) and make it the active one."""
        self.recompute()  # the name may have changed since the last computation
        if self.combined is None or not self.add_button.isEnabled():
            return False
        profile = self.combined[0]
        if not self.document.apply(AddProfile(profile)):
            return False
        self.document.set_profile(profile.name)
        self.status.setText(self.tr("Added profile {0}; Edit ▸ Undo takes it back.").format(profile.name))
        self.status.setVisible(True)
        return True

    def paint_chart(self):
        """The heat map of the analysts' weights around their mean, with the spread per criterion."""
        from core.charts import spread_map

        if self.combined is None:
            return None
        spread, texts, options = self.combined[1], chart_texts(), chart_options()
        labels = {node.id: node.name for node, _, _ in self.document.model.walk()}
        rows = [label(c, labels.get(c, c)) for c in spread.criteria]
        return lambda figure: spread_map(rows, list(spread.profiles), spread.values.T.tolist(), spread.mean.tolist(),
                                         spread.std.tolist(), bold=list(spread.groups), figure=figure, texts=texts,
                                         **options)
