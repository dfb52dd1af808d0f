"""Import preview: what an incoming profile matches, lacks and ignores, and the ranking it would give.

The dialog only shows a :class:`~core.profiles.ProfileMatch` and lets the
analyst settle a name clash (replace the profile of that name, or import
under another); it never touches the document.  Whoever opened it applies
:meth:`ImportPreviewDialog.edit` through ``Document.apply`` once "Apply" is
pressed, so the import is one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
                               QLineEdit, QRadioButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from core.bilingual import new_name
from core.edits import AddProfile, ReplaceProfile, unique_name
from core.errors import ModelError
from core.profiles import ProfileMatch, import_edit, match_profile
from ui.bidi import isolated, label
from ui.document import Document
from ui.geometry import remembered
from ui.i18n import current, listed, method_label, shown
from ui.widgets.basis_bar import basis_sentence
from ui.widgets.common import mark_invalid, plain_label
from ui.models.profile_tables import Cell, Column, RowsModel
from ui.widgets.profile_views import result_table


class ImportPreviewDialog(QDialog):
    """Preview of one incoming profile; "Apply" accepts, and :meth:`edit` says what to apply."""

    def __init__(self, document: Document, match: ProfileMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.match = match
        self.setWindowTitle(self.tr("Import Profile"))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        self.summary = plain_label(self._summary_text(), self, wrap=True)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self._criteria_tabs())
        split.addWidget(self._ranking_box())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([540, 500])
        layout.addWidget(split, 1)
        self.notes = plain_label("\n".join(note.text(current().code) for note in match.notes), self, wrap=True)
        self.notes.setVisible(bool(match.notes))
        layout.addWidget(self.notes)
        self.clash = self._clash_box()
        layout.addWidget(self.clash)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check_name()
        remembered(self, "ImportPreviewDialog", 1060, 640)

    # ---- content ------------------------------------------------------------

    def _header(self) -> QWidget:
        source = self.match.source
        byline = listed(part for part in (source.author, source.created) if part)
        text = self.tr("Profile: {0}").format(isolated(source.name)) + (f" ({isolated(byline)})" if byline else "")
        if source.notes:
            text += "\n" + isolated(source.notes)
        header = plain_label(text, self, wrap=True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return header

    def _summary_text(self) -> str:
        m = self.match
        return self.tr("{0} criteria matched, {1} missing, {2} extra (ignored). Nothing changes until you "
                       "press Apply, and Edit ▸ Undo takes the import back.").format(
            len(m.matched), len(m.missing), len(m.extra))

    def _criteria_tabs(self) -> QTabWidget:
        m = self.match
        by = {"id": self.tr("id"), "normalised id": self.tr("id, loosely"), "name": self.tr("name, loosely")}
        self.matched_model = RowsModel([Column(self.tr("In the file")), Column(self.tr("Criterion")),
                                        Column(self.tr("Matched by"), "text", self.tr(
                                            "Loosely: ignoring case, spaces and the Unicode form of characters"))],
                                       self)
        self.matched_model.set_rows([[x.key, x.criterion, by.get(x.by, x.by)] for x in m.matched])
        self.missing_model = RowsModel([Column(self.tr("Criterion")), Column(self.tr("Name")),
                                        Column(self.tr("Within")), Column(self.tr("Share of its level"), "percent"),
                                        Column(self.tr("Global weight"), "percent")], self)
        self._fill_missing_rows()
        self.extra_model = RowsModel([Column(self.tr("In the file, not in this model (ignored)"))], self)
        self.extra_model.set_rows([[key] for key in m.extra])
        tabs = QTabWidget(self)
        tabs.addTab(self._matched_page(tabs), self.tr("&Matched ({0})").format(shown(str(len(m.matched)))))
        tabs.addTab(self._missing_page(tabs), self.tr("M&issing ({0})").format(shown(str(len(m.missing)))))
        tabs.addTab(result_table(self.extra_model, tabs), self.tr("E&xtra ({0})").format(shown(str(len(m.extra)))))
        self.tabs = tabs
        return tabs

    def _matched_page(self, parent: QWidget) -> QWidget:
        return self._page(parent, result_table(self.matched_model, parent, stretch=0), self.tr(
            "A key matches a criterion's id exactly, else its id or its name loosely: ignoring case, spaces and "
            "the Unicode form of characters (so “e 1” matches E1)."))

    def _missing_page(self, parent: QWidget) -> QWidget:
        self.missing_rule = QComboBox(parent)
        for rule, text in (("keep", self.tr("keeps the share of its level it has now")),
                           ("zero", self.tr("gets zero")),
                           ("mean", self.tr("gets the mean of its siblings' weights in the file"))):
            self.missing_rule.addItem(text, rule)
        self.missing_rule.setAccessibleName(self.tr("What a missing criterion gets"))
        self.missing_rule.currentIndexChanged.connect(self._rule_changed)
        page = self._page(parent, result_table(self.missing_model, parent, stretch=1), self.tr(
            "The table and the ranking show the consequence of the rule chosen above; nothing changes until "
            "you press Apply."))
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("A criterion the file gives no weight"), page))
        row.addWidget(self.missing_rule, 1)
        page.layout().insertLayout(0, row)
        return page

    def _fill_missing_rows(self) -> None:
        self.missing_model.set_rows([[x.criterion, x.name, x.parent or self.tr("top level"), x.local_share,
                                      x.global_weight] for x in self.match.missing])

    def _rule_changed(self, _position: int) -> None:
        """Re-match with the chosen rule for missing criteria and show what it gives."""
        self.match = self._matched(self.match.source)
        self._fill_missing_rows()
        self.ranking_model.set_rows(*self._ranking_rows())

    def _matched(self, source):
        """``source`` matched to the model with the rule the analyst chose for missing criteria."""
        return match_profile(self.document.analysed(), source, self.match.method, self.missing_rule.currentData(),
                             self.document.profile())

    @staticmethod
    def _page(parent: QWidget, table: QWidget, note: str) -> QWidget:
        """A tab page: a table and, under it, the rule it follows."""
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        layout.addWidget(plain_label(note, page, wrap=True))
        return page

    def _ranking_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ranking: with this profile and now ({0})").format(
            method_label(self.match.method)), self)
        self.ranking_model = RowsModel(parent=self)
        self.ranking_model.set_rows(*self._ranking_rows())
        layout = QVBoxLayout(box)
        layout.addWidget(result_table(self.ranking_model, box, stretch=1))
        now = self.document.profile().name
        layout.addWidget(plain_label(self.tr("Now: the ranking under the active profile, {0}. A positive change "
                                             "moves the option up.").format(isolated(now)), box, wrap=True))
        if self.document.basis != "inherent":  # both rankings are on the window's ranked basis: say which
            layout.addWidget(plain_label(basis_sentence(self.document, self.document.ranked_basis), box, wrap=True))
        return box

    def _ranking_rows(self) -> tuple[list[list[Cell]], list[Column]]:
        """Rank under the import, then (when they can be had) rank now and under the profile it would replace."""
        ranking = self.match.preview.ranking()
        ids = [r["option"] for r in ranking]
        columns = [Column(self.tr("Rank"), "rank"), Column(self.tr("Option")), Column(self.tr("Score"), "number")]
        rows: list[list[Cell]] = [[r["rank"], label(r["option"], r["name"]), r["score"]] for r in ranking]
        now = self._ranks_now()
        if now:
            columns += [Column(self.tr("Rank now"), "rank"), Column(self.tr("Change"), "signed", self.tr(
                "Places the option moves: up (+) or down (−)"))]
            rows = [row + [now[r["option"]], now[r["option"]] - r["rank"]] for r, row in zip(ranking, rows)]
        if self.match.current is not None:
            existing = {r["option"]: r["rank"] for r in self.match.current.ranking()}
            columns.append(Column(self.tr("Existing"), "rank", self.tr(
                "Rank under the model's profile of the same name, which Replace would overwrite")))
            rows = [row + [existing[i]] for i, row in zip(ids, rows)]
        return rows, columns

    def _ranks_now(self) -> dict[str, int]:
        """Ranks under the active profile with the preview's method (empty if that cannot be ranked)."""
        from core.analysis import evaluate

        try:
            current = evaluate(self.document.analysed(), self.document.profile(), self.match.method)
        except ModelError:
            return {}
        return {row["option"]: row["rank"] for row in current.ranking()}

    # ---- the name clash -----------------------------------------------------

    def _clash_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This model already has a profile of the same name"), self)
        layout = QVBoxLayout(box)
        self.replace_button = QRadioButton(self.tr("&Replace the existing profile (its weights are overwritten)"),
                                           box)
        self.rename_button = QRadioButton(self.tr("Import under a &new name:"), box)
        names = [p.name for p in self.document.model.profiles]
        self.name_edit = QLineEdit(unique_name(names, self.match.profile.name), box)
        group = QButtonGroup(box)
        for button in (self.replace_button, self.rename_button):
            group.addButton(button)
        self.rename_button.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.name_edit, 1)
        layout.addWidget(self.replace_button)
        layout.addLayout(row)
        self.name_problem = plain_label("", box)
        layout.addWidget(self.name_problem)
        group.buttonToggled.connect(self._check_name)
        self.name_edit.textChanged.connect(self._check_name)
        box.setVisible(self.match.existing is not None)
        return box

    def _check_name(self, *_args) -> None:
        """Apply only with a usable name: replace, or a new name that is not empty and not taken."""
        problem = ""
        if self.match.existing is not None and self.rename_button.isChecked():
            name = self.name_edit.text().strip()
            if not name:
                problem = self.tr("Type a name for the imported profile.")
            elif any(p.name == name for p in self.document.model.profiles):
                problem = self.tr("That name is taken too.")
        self.name_edit.setEnabled(self.rename_button.isChecked())
        mark_invalid(self.name_edit, bool(problem))
        self.name_problem.setText(problem)
        self.name_problem.setVisible(bool(problem))
        self.apply_button.setEnabled(not problem)

    # ---- the result ---------------------------------------------------------

    def imported_name(self) -> str:
        """The name the profile will have in the model."""
        if self.match.existing is not None and self.rename_button.isChecked():
            return self.name_edit.text().strip()
        return self.match.profile.name

    def edit(self) -> AddProfile | ReplaceProfile:
        """The core edit that performs the import as the analyst chose (add, replace or add renamed)."""
        if self.match.existing is None or self.replace_button.isChecked():
            return import_edit(self.match, replace=True)
        renamed = new_name(self.match.source, self.imported_name())
        return import_edit(self._matched(renamed))
