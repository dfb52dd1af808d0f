"""Details of one criterion: name, description, type and scale, notes and cited evidence, editable.

The name, description, notes and evidence are edited in both languages (:mod:`ui.widgets.bilingual_text`).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QWidget

from core import edits
from ui.document import Document
from ui.models.criteria_tree import type_labels, type_of
from ui.widgets.common import plain_label
from ui.widgets.bilingual_text import TextListPair, TextPair, add_rows
from ui.widgets.number_edit import NumberEdit
from ui.widgets.text_edit import CommitLineEdit, CommitTextEdit


class CriterionInspector(QWidget):
    """Shows and edits the selected group or factor."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._id: str | None = None
        self.heading = plain_label("", self, wrap=True)
        self.name = CommitLineEdit(self)
        self.description = CommitTextEdit(self)
        self.kind = QComboBox(self)
        for key, label in type_labels().items():
            self.kind.addItem(label, key)
        self.scale_low, self.scale_high = NumberEdit(parent=self), NumberEdit(parent=self)
        scale = QWidget(self)
        row = QHBoxLayout(scale)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scale_low)
        row.addWidget(plain_label("–", scale))
        row.addWidget(self.scale_high)
        self.scale = scale
        self.notes = CommitTextEdit(self)
        self.evidence = CommitTextEdit(self)
        self.evidence.setPlaceholderText(self.tr("One source or paper section per line"))
        other_evidence = CommitTextEdit(self)
        other_evidence.setPlaceholderText(self.tr("Line by line beside the sources above"))
        self.evidence_texts = TextListPair(document, self.evidence, other_evidence)
        self.texts = {"name": TextPair(document, self.name, CommitLineEdit(self), one_line=True),
                      "description": TextPair(document, self.description, CommitTextEdit(self)),
                      "notes": TextPair(document, self.notes, CommitTextEdit(self))}
        form = QFormLayout(self)
        form.addRow(self.heading)
        add_rows(form, self.tr("&Name:"), self.texts["name"])
        add_rows(form, self.tr("&Description:"), self.texts["description"])
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&Scale:"), scale)
        add_rows(form, self.tr("N&otes:"), self.texts["notes"])
        add_rows(form, self.tr("&Evidence:"), self.evidence_texts)
        self._form = form
        self._connect()
        document.structure_changed.connect(self.refresh)

    def _connect(self) -> None:
        self.kind.activated.connect(lambda _i: self._set_type(self.kind.currentData()))
        for field, position in ((self.scale_low, 0), (self.scale_high, 1)):
            field.committed.connect(lambda value, p=position, f=field: self._set_scale(p, value, f))
            field.refused.connect(self._document.refused)

    def _apply(self, changes: dict) -> bool:
        return self._id is not None and self._document.apply(edits.SetCriterion(self._id, changes))

    def _set_type(self, value: str) -> None:
        if self._id is None:
            return
        if value == "risk":
            self._document.apply(edits.SetKind(self._id, "risk"))
        else:
            self._document.apply(edits.Batch((edits.SetKind(self._id, "value"),
                                              edits.SetCriterion(self._id, {"direction": value}))))

    def _set_scale(self, position: int, value: float | None, field: NumberEdit) -> None:
        node = self._node()
        if node is None or value is None:
            return
        scale = list(node.scale)
        scale[position] = value
        if not self._apply({"scale": tuple(scale)}):
            field.show_refused()

    def _node(self):
        return next((n for n, _, _ in self._document.model.walk() if n.id == self._id), None)

    def show_criterion(self, criterion_id: str) -> None:
        """Inspect the criterion ``criterion_id``."""
        self._id = criterion_id
        self.refresh()

    def refresh(self) -> None:
        """Show the criterion's current details (signals blocked: showing is not editing)."""
        node = self._node()
        others = (*(pair.other for pair in self.texts.values()), self.evidence_texts.other)
        fields = (self.name, self.description, self.kind, self.scale, self.notes, self.evidence, *others)
        for widget in fields:  # disabled first: a focused field gives its focus up and can be cleared
            widget.setEnabled(node is not None)
        if node is None:
            self._id = None
            self.heading.setText(self.tr("Select a criterion."))
            for pair in (*self.texts.values(), self.evidence_texts):
                pair.show(None)
            self.scale_low.set_value(None)
            self.scale_high.set_value(None)
            return
        what = self.tr("Group") if node.is_group else self.tr("Factor")
        self.heading.setText(f"{what} {node.id}")
        for key, pair in self.texts.items():
            pair.show(f"criteria/{node.id}/{key}")
        self.evidence_texts.show(f"criteria/{node.id}/evidence")
        for widget in (self.kind, self.scale, self.notes, self.texts["notes"].other, self.evidence,
                       self.evidence_texts.other):
            self._form.setRowVisible(widget, not node.is_group)
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(max(0, self.kind.findData(type_of(node))))
        self.scale.setEnabled(node.kind == "value")
        self.scale_low.set_value(node.scale[0])
        self.scale_high.set_value(node.scale[1])
