"""What the controls buy: per option the drop in weighted risk from inherent to residual, per control its share.

The figures are :func:`core.register.benefit.control_benefits` under the
document's active profile (its working copy while weights are being edited),
in points of weighted risk (Σ global weight × likelihood × impact over the
risk factors, 1–25). Under the tables the view says how contributions are
counted (:data:`core.register.benefit.NOTE`) and the residual rule. It
recomputes only while it is on screen: a weight drag elsewhere costs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from core.errors import ModelError
from ui.bidi import label
from ui.document import Document
from ui.models.profile_tables import Column, RowsModel
from ui.widgets.common import plain_label

ROUNDING = 5e-4  # points: a joint part the table would show as 0.000 (float sums leave such rests) is left out


class BenefitView(QWidget):
    """Two tables (options, controls) and the sentences that say how to read them."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        # Here, not at the top: profile_views reads the results panel's chart texts, and the panel holds this view.
        from ui.widgets.profile_views import result_table

        super().__init__(parent)
        self._document = document
        self._dirty = True
        self.benefits = None
        self.options_model, self.controls_model = RowsModel(parent=self), RowsModel(parent=self)
        self.heading = plain_label("", self, wrap=True)
        self.notes = plain_label("", self, wrap=True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(result_table(self.options_model, split, stretch=0))
        split.addWidget(result_table(self.controls_model, split, stretch=0))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)
        document.ranking_changed.connect(self.refresh)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Recompute from the document now if on screen, else when next shown."""
        self._dirty = not self.isVisible()
        if self._dirty:
            return
        from core.register.benefit import control_benefits
        from ui.i18n import core_text, message_of

        rule, note = core_text("register.rule"), core_text("register.benefit_note")

        doc = self._document
        try:
            self.benefits = control_benefits(doc.model, doc.profile())
        except ModelError as exc:
            self.benefits = None
            self.heading.setText(self.tr("Nothing to show: {0}").format(message_of(exc)))
        self._fill()
        # The rule is said once on screen: the basis bar says it whenever residual risk is ranked.
        self.notes.setText(note if "residual" in doc.bases else f"{rule}\n{note}")

    def _fill(self) -> None:
        benefits = self.benefits
        if benefits is None:
            self.options_model.set_rows([], [])
            self.controls_model.set_rows([], [])
            return
        self.heading.setText(self._heading())
        self.options_model.set_rows([[label(o.option, o.name), o.inherent, o.residual, o.drop,
                                      o.drop / o.inherent if o.inherent else None] for o in benefits.options],
                                    self._option_columns())
        rows = [[label(c.control, c.name), self._counts(c.counts), c.total, *c.contributions]
                for c in benefits.controls]
        joint = [benefits.joint(o.option) for o in benefits.options]
        if max(joint, default=0.0) >= ROUNDING:  # controls meeting on a cell take off more together (see NOTE)
            rows.append([self.tr("Taken off jointly"), "", sum(joint), *joint])
        self.controls_model.set_rows(rows, self._control_columns())

    def _heading(self) -> str:
        benefits = self.benefits
        if not benefits.controls:
            return self.tr("The register has no controls yet, so residual risk equals inherent risk. "
                           "Weighted risk under {0}, in points (Σ weight × likelihood × impact, 1–25).").format(
                benefits.profile)
        return self.tr("What the controls take off each option's weighted risk under {0}, in points "
                       "(Σ weight × likelihood × impact over the risk factors, 1–25).").format(benefits.profile)

    def _counts(self, counts: bool) -> str:
        return self.tr("yes") if counts else self.tr("no (planned)")

    def _option_columns(self) -> list[Column]:
        points = self.tr("Points of weighted risk")
        return [Column(self.tr("Option")), Column(self.tr("Inherent"), "number", points),
                Column(self.tr("Residual"), "number", points),
                Column(self.tr("Drop"), "number", self.tr("Inherent minus residual: what the counting controls buy")),
                Column(self.tr("Drop %"), "percent", self.tr("The drop as a share of the inherent weighted risk"))]

    def _control_columns(self) -> list[Column]:
        each = self.tr("Residual weighted risk of this option without the control, minus with it")
        return ([Column(self.tr("Control")), Column(self.tr("Counts"), "text", self.tr(
                    "Whether it lowers residual risk now: in place, or planned while planned controls are included")),
                 Column(self.tr("Total"), "number", self.tr("Its contributions summed over the options"))]
                + [Column(o.option, "number", each) for o in self.benefits.options])

