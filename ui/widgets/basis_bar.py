"""The basis switch: rank on inherent risk, on residual risk, or on both side by side; and which controls count.

The combo box sets the document's basis (a view choice, saved with the
project like the method); the check box "Include planned controls" is a
model edit (:class:`core.edits.SetIncludePlanned`), so it is undone like any
other. Whenever residual numbers are shown, the residual rule is said under
them (:data:`core.register.residual.RULE`). Both follow the document with
their signals blocked, so showing a state is never taken for a choice.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QMenu, QVBoxLayout, QWidget

from core import edits
from ui.document import Document
from ui.i18n import Context
from ui.widgets.common import plain_label, signals_blocked, text_action


Basis = Context("Basis")


def basis_labels() -> dict[str, str]:
    """What each basis reads as in the window (translated)."""
    return {"inherent": Basis.tr("Inherent risk"), "residual": Basis.tr("Residual risk"),
            "both": Basis.tr("Both side by side")}


def basis_sentence(document: Document, basis: str | None = None) -> str:
    """Which basis (default: the document's) is ranked, in one line; with the residual rule for residual risk."""
    basis = basis or document.basis
    if basis == "inherent":
        return Basis.tr("On inherent risk (before controls).")
    from ui.i18n import core_text

    rule = core_text("register.rule")

    if basis == "both":
        return Basis.tr("On inherent and on residual risk, side by side. {0}").format(rule)
    return Basis.tr("On residual risk (after controls). {0}").format(rule)


class BasisBar(QWidget):
    """Basis combo box and include-planned check box, with the residual rule under them when it applies."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.combo = QComboBox(self)
        for basis, text in basis_labels().items():
            self.combo.addItem(text, basis)
        self.combo.setToolTip(self.tr("Rank on the risks as scored (inherent), after the controls that count "
                                      "(residual), or show both rankings side by side"))
        self.planned = QCheckBox(self.tr("Include &planned controls"), self)
        self.planned.setToolTip(self.tr("Count planned controls, not only those in place, towards residual risk "
                                        "(an edit of the model: it can be undone)"))
        self.rule = plain_label("", self, wrap=True)
        self.rule.setObjectName("residual-rule")
        self.actions = self._menu_actions()
        self._lay_out()
        self.combo.currentIndexChanged.connect(lambda _i: document.set_basis(self.combo.currentData()))
        self.planned.toggled.connect(self._planned_toggled)
        # What it shows (the basis, the planned controls, the controls that count) is all in what is analysed:
        # a weight step leaves it alone.
        document.analysis_changed.connect(self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Basis:"), self.combo)
        row.addLayout(form, 1)
        row.addWidget(self.planned)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.rule)

    def _menu_actions(self) -> dict[str, QAction]:
        """The same choices as menu entries, by basis (and "planned"), for the window's Analysis menu."""
        group = QActionGroup(self)
        texts = {"inherent": self.tr("Rank on &Inherent Risk"), "residual": self.tr("Rank on &Residual Risk"),
                 "both": self.tr("Rank on &Both, Side by Side")}
        actions = {}
        for basis, text in texts.items():
            action = actions[basis] = text_action(text, self)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, b=basis: self._document.set_basis(b))
        planned = actions["planned"] = text_action(self.planned.text(), self)
        planned.setCheckable(True)
        planned.setToolTip(self.planned.toolTip())
        planned.triggered.connect(self._planned_toggled)
        return actions

    def fill(self, menu: QMenu) -> None:
        """Put the basis choices and the include-planned toggle in ``menu`` (the window's Analysis menu)."""
        menu.addSeparator()
        menu.addActions(list(self.actions.values()))

    def _planned_toggled(self, checked: bool) -> None:
        if not self._document.apply(edits.SetIncludePlanned(checked)):
            self.refresh()  # refused: show the model's setting again

    def refresh(self) -> None:
        """Show the document's basis and setting; the rule when residual risk is on screen."""
        doc = self._document
        register = doc.model.register
        with signals_blocked(self.combo, self.planned):
            self.combo.setCurrentIndex(max(0, self.combo.findData(doc.basis)))
            self.planned.setChecked(register.include_planned)
        # Unblocked: the group keeps one basis checked through the actions' signals; only "triggered" edits.
        self.actions[doc.basis].setChecked(True)
        self.actions["planned"].setChecked(register.include_planned)
        residual = "residual" in doc.bases
        self.rule.setVisible(residual)
        if residual:
            from ui.i18n import core_text

            self.rule.setText(self._rule_text(core_text("register.rule")))

    def _rule_text(self, rule: str) -> str:
        controls = self._document.model.register.controls
        if not any(self._document.model.register.counts(c) for c in controls):
            return self.tr("{0} No control counts now, so residual risk equals inherent risk.").format(rule)
        return rule
