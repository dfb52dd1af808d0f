"""Evidence for one cell: likelihood, impact or value, range, rationale and cited evidence, editable.

The rationale and the evidence are edited in both languages (:mod:`ui.widgets.bilingual_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from core import edits
from ui.bidi import label, line
from ui.document import Document
from ui.models.common import level_labels
from ui.widgets.common import mark_invalid, plain_label
from ui.widgets.bilingual_text import TextPair
from ui.widgets.number_edit import NumberEdit
from ui.widgets.text_edit import CommitLineEdit, CommitTextEdit


class CellInspector(QWidget):
    """Shows and edits the selected option × factor cell."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._cell: tuple[str, str] | None = None
        self.heading = plain_label("", self, wrap=True)
        self.likelihood = QComboBox(self)
        self.impact = QComboBox(self)
        self.value = NumberEdit(parent=self)
        self.low = NumberEdit(optional=True, parent=self)
        self.high = NumberEdit(optional=True, parent=self)
        self.low.setPlaceholderText(self.tr("none"))
        self.high.setPlaceholderText(self.tr("none"))
        self.rationale = CommitTextEdit(self)
        self.rationale.setPlaceholderText(self.tr("Why this score? One or two sentences."))
        self.evidence = CommitLineEdit(self)
        self.evidence.setPlaceholderText(self.tr("Paper section or source"))
        self.cited = plain_label("", self, wrap=True)
        self.texts = {"rationale": TextPair(document, self.rationale, CommitTextEdit(self)),
                      "evidence": TextPair(document, self.evidence, CommitLineEdit(self), one_line=True)}
        self._layout()
        self._connect()
        document.structure_changed.connect(self.refresh)
        document.scores_changed.connect(self.refresh)
        document.register_changed.connect(self.refresh)  # the descriptor scales name the levels

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow(self.tr("&Likelihood:"), self.likelihood)
        form.addRow(self.tr("&Impact:"), self.impact)
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow(self.tr("Lo&w:"), self.low)
        form.addRow(self.tr("&High:"), self.high)
        form.addRow(self.tr("&Rationale:"), self.rationale)
        form.addRow(self.texts["rationale"].label(), self.texts["rationale"].other)
        form.addRow(self.tr("&Evidence:"), self.evidence)
        form.addRow(self.texts["evidence"].label(), self.texts["evidence"].other)
        form.addRow(self.tr("Factor cites:"), self.cited)
        self._form = form

    def _connect(self) -> None:
        self.likelihood.activated.connect(lambda i: self._apply({"likelihood": i + 1}))
        self.impact.activated.connect(lambda i: self._apply({"impact": i + 1}))
        for name in ("value", "low", "high"):
            field: NumberEdit = getattr(self, name)
            field.committed.connect(lambda v, n=name, f=field: self._apply({n: v}, f))
            field.refused.connect(self._document.refused)

    def _apply(self, changes: dict, field: NumberEdit | None = None) -> None:
        if self._cell is None:
            return
        if not self._document.apply(edits.SetScore(*self._cell, changes)) and field is not None:
            field.show_refused()

    def show_cell(self, option_id: str, factor_id: str) -> None:
        """Inspect the cell of ``option_id`` × ``factor_id``."""
        self._cell = (option_id, factor_id)
        self.refresh()

    def _clear(self) -> None:
        """Nothing selected: no stale text, no level shown as if it were a score."""
        for widget in (self.likelihood, self.impact, self.value):
            self._form.setRowVisible(widget, False)
        for field in (self.value, self.low, self.high):
            field.set_value(None)
        for pair in self.texts.values():
            pair.show(None)
        self.cited.setText("")

    def refresh(self) -> None:
        """Show the cell's current contents (signals blocked: showing is not editing)."""
        model = self._document.model
        options = {o.id: o for o in model.options}
        factors = {f.id: f for f in model.factors}
        found = self._cell is not None and self._cell[0] in options and self._cell[1] in factors
        others = tuple(pair.other for pair in self.texts.values())
        for widget in (self.likelihood, self.impact, self.value, self.low, self.high, self.rationale, self.evidence,
                       *others):
            widget.setEnabled(found)  # disabled first: a focused field gives its focus up and can be cleared
        if not found:
            self._cell = None
            self.heading.setText(self.tr("Select a cell of the score matrix."))
            self._clear()
            return
        option, factor = options[self._cell[0]], factors[self._cell[1]]
        score = model.score(option.id, factor.id)
        self.heading.setText(line(f"{label(option.id, option.name, ' ')}\n× {label(factor.id, factor.name, ' ')}"))
        risk = factor.kind == "risk"
        self.value.bounds = None if risk else factor.scale
        for widget, visible in ((self.likelihood, risk), (self.impact, risk), (self.value, not risk)):
            self._form.setRowVisible(widget, visible)
        for combo, level, axis in ((self.likelihood, score.likelihood, "likelihood"),
                                   (self.impact, score.impact, "impact")):
            with QSignalBlocker(combo):
                labels = level_labels(model, axis)
                if [combo.itemText(n) for n in range(combo.count())] != labels:
                    combo.clear()
                    combo.addItems(labels)
                combo.setCurrentIndex((level or 1) - 1)
        self.value.set_value(score.value)
        self.low.set_value(score.low)
        self.high.set_value(score.high)
        for field in (self.value, self.low, self.high):
            mark_invalid(field, False)
        for key, pair in self.texts.items():
            pair.show(f"scores/{option.id}/{factor.id}/{key}")
        self.cited.setText("\n".join(factor.evidence) or self.tr("(nothing cited)"))
