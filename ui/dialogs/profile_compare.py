"""Compare profiles: weights side by side, the ranking under each, rank correlation, the nearest agreement.

A non-modal, resizable window beside the main one.  The analyst ticks two
or more of the model's profiles and picks a method; the window recomputes
:func:`core.profiles.compare` and follows every document change.  It only
reads the model, so it never needs an undo step.  It compares on the
basis the main window ranks on (inherent or residual risk); when that
shows both, the rankings and pairs of both bases are listed side by side.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QSplitter, QTabWidget, QVBoxLayout, QWidget

from core.bilingual import new_name
from core.consensus import Agreement, node_totals
from core.edits import unique_name
from core.errors import ModelError
from core.methods import REGISTRY
from core.model import Profile
from core.profiles import Comparison, compare, pair_name
from ui.dialogs.profile_window import ProfileWindow
from ui.document import Document
from ui.i18n import listed, message_of, method_label, shown
from ui.widgets.basis_bar import basis_labels, basis_sentence
from ui.widgets.chart_view import chart_options
from ui.widgets.common import plain_label, select_row
from ui.models.profile_tables import Cell, Column, RowsModel
from ui.widgets.profile_views import result_table, tree_rows
from ui.widgets.results_panel import chart_texts

TOP_MOVES = 4  # factors named in the explanation of a move


def _points(*shares: float) -> list[str]:
    """Weight shares as points (one decimal) in the digits of the preference."""
    return [shown(f"{100 * share:.1f}") for share in shares]


class CompareDialog(ProfileWindow):
    """Two or more profiles of the document side by side under one method."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.comparison: Comparison | None = None  # on the first basis shown
        self.comparisons: dict[str, Comparison] = {}  # by basis
        self.pairs: list[tuple[str, str, str]] = []  # (basis, profile A, profile B) of the pairs table's rows
        self.method = QComboBox(self)
        for name in REGISTRY:
            self.method.addItem(method_label(name), name)
        self.method.setCurrentIndex(max(0, self.method.findData(document.method)))
        self.weights_model, self.ranks_model, self.pairs_model = (RowsModel(parent=self) for _ in range(3))
        self.method.currentIndexChanged.connect(self.recompute)
        self.finish(self._picker(), self._tabs(), (220, 960))

    # ---- construction -------------------------------------------------------

    def title(self) -> str:
        """The window title."""
        return self.tr("Compare Profiles")

    def _picker(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        label, self.picker_table = self.picker(panel, self.tr("&Profiles to compare:"), weights=False)
        form = QFormLayout()
        form.addRow(self.tr("&Method:"), self.method)
        self.status = plain_label("", panel, wrap=True)
        self.basis = plain_label("", panel, wrap=True)
        layout.addWidget(label)
        layout.addWidget(self.picker_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.basis)
        layout.addWidget(self.status)
        return panel

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget(self)
        weights = QSplitter(Qt.Orientation.Vertical, tabs)
        weights.addWidget(self.chart)
        weights.addWidget(result_table(self.weights_model, weights, stretch=1))
        weights.setSizes([340, 300])
        tabs.addTab(weights, self.tr("&Weights"))
        self.moves = plain_label("", tabs, wrap=True)
        tabs.addTab(self._page(tabs, result_table(self.ranks_model, tabs, stretch=1), self.moves),
                    self.tr("&Rankings"))
        self.pairs_table = result_table(self.pairs_model, tabs)
        self.pairs_table.selectionModel().currentRowChanged.connect(lambda current, _old: self._explain(current.row()))
        self.detail = plain_label("", tabs, wrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tabs.addTab(self._page(tabs, self.pairs_table, self.detail), self.tr("P&airs"))
        self.tabs = tabs
        return tabs

    @staticmethod
    def _page(parent: QWidget, *widgets: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget, 1 if widget is widgets[0] else 0)
        return page

    # ---- live behaviour -----------------------------------------------------

    def listed(self) -> list[Profile]:
        """The model's profiles and, beside the active one, its unsaved weights as a profile of their own.

        The weights the main window ranks with are what the analyst most
        wants to compare with the saved profiles, before deciding to save.
        """
        profiles = super().listed()
        name = self.unsaved_name()
        if name is None:
            return profiles
        active = self.document.profile()
        place = next((i + 1 for i, p in enumerate(profiles) if p.name == active.name), len(profiles))
        return [*profiles[:place], new_name(active, name), *profiles[place:]]

    def unsaved_name(self) -> str | None:
        """The working copy's name in the list ("Equal weights (unsaved changes)"), None without one."""
        if not self.document.is_profile_modified():
            return None
        taken = [p.name for p in self.document.model.profiles]
        return unique_name(taken, self.tr("{0} (unsaved changes)").format(self.document.profile().name))

    def ticked_on_arrival(self) -> list[str]:
        """Weights edited while the window is open join the comparison at once."""
        name = self.unsaved_name()
        return [] if name is None else [name]

    def recompute(self) -> None:
        """Compare the ticked profiles with the chosen method, or say why not."""
        profiles = self.chosen_profiles()
        self.basis.setText(basis_sentence(self.document))
        if len(profiles) < 2:
            self._show({}, self.tr("Tick two or more profiles to compare them."))
            return
        try:
            comparisons = {basis: compare(self.document.analysed(basis), profiles, self.method.currentData())
                           for basis in self.document.bases}
        except ModelError as exc:
            self._show({}, self.tr("These profiles cannot be compared: {0}").format(message_of(exc)))
            return
        self._show(comparisons, "")

    def _show(self, comparisons: dict[str, Comparison], problem: str) -> None:
        self.comparisons = comparisons
        comparison = self.comparison = next(iter(comparisons.values()), None)
        self.status.setText(problem)
        self.status.setVisible(bool(problem))
        if comparison is None:
            for model in (self.weights_model, self.ranks_model, self.pairs_model):
                model.set_rows([], [])
            self.moves.setText("")
            self.detail.setText("")
        else:
            self._fill_weights(comparison)
            self._fill_ranks()
            self._fill_pairs()
        self.redraw_chart(None if comparison is None else tuple(
            (name, tuple(w.items())) for name, w in comparison.weights.items()))

    # ---- the tables ---------------------------------------------------------

    def _fill_weights(self, comparison: Comparison) -> None:
        model = self.document.model
        totals = [node_totals(model, comparison.weights[name]) for name in comparison.profiles]
        ranges = {node: max(t[node] for t in totals) - min(t[node] for t in totals) for node in totals[0]}
        rows, bold = tree_rows(model, [*totals, ranges])
        columns = ([Column(self.tr("Id")), Column(self.tr("Criterion"))]
                   + [Column(name, "percent", self.tr("Global weight under this profile"))
                      for name in comparison.profiles]
                   + [Column(self.tr("Range"), "percent", self.tr("Largest minus smallest weight"))])
        self.weights_model.set_rows(rows, columns, bold)

    def _fill_ranks(self) -> None:
        """Per option its rank under each profile on each basis shown, the bases of a profile side by side."""
        names = {o.id: o.name for o in self.document.model.options}
        bases = list(self.comparisons)
        tails = {basis: f" · {self._short(basis)}" if len(bases) > 1 else "" for basis in bases}
        changes = {basis: {r.option: r for r in c.rank_change} for basis, c in self.comparisons.items()}
        rows: list[list[Cell]] = []
        for r in self.comparison.rank_change:
            mine = [changes[basis][r.option] for basis in bases]
            ranks = [m.ranks[p] for p in self.comparison.profiles for m in mine]
            rows.append([r.option, names.get(r.option, ""), *ranks, *(m.change for m in mine)])
        rank_tip, moves_tip = self.tr("Rank under this profile (1 is best)"), self.tr("Places between its best and "
                                                                                     "worst rank")
        columns = ([Column(self.tr("Option")), Column(self.tr("Name"))]
                   + [Column(name + tails[b], "rank", rank_tip) for name in self.comparison.profiles for b in bases]
                   + [Column(self.tr("Moves") + tails[b], "int", moves_tip) for b in bases])
        self.ranks_model.set_rows(rows, columns)
        self.moves.setText("\n".join((f"{basis_labels()[basis]}: " if len(bases) > 1 else "") + self._moves_text(c)
                                     for basis, c in self.comparisons.items()))

    def _short(self, basis: str) -> str:
        return self.tr("inherent") if basis == "inherent" else self.tr("residual")

    def _moves_text(self, comparison: Comparison) -> str:
        most = comparison.rank_change[0].change if comparison.rank_change else 0
        if most == 0:
            return self.tr("Every option keeps its rank under all these profiles.")
        movers = [r for r in comparison.rank_change if r.change == most]
        return self.tr("Rank changes most: {0} ({1} places, between rank {2} and rank {3}).").format(
            listed(r.option for r in movers), *(shown(str(n)) for n in (most, movers[0].low, movers[0].high)))

    def _fill_pairs(self) -> None:
        both = len(self.comparisons) > 1
        self.pairs = [(basis, first, second) for basis, comparison in self.comparisons.items()
                      for first, second in itertools.combinations(comparison.profiles, 2)]  # the order of compare
        agreements = {(basis, pair_name(*a.profiles)): a for basis, c in self.comparisons.items() for a in c.agreement}
        rows: list[list[Cell]] = []
        disagreeing = []
        for number, (basis, first, second) in enumerate(self.pairs):
            comparison, pair = self.comparisons[basis], pair_name(first, second)
            agreement = agreements.get((basis, pair))
            tops = f"{comparison.top[first]} / {comparison.top[second]}"
            rows.append([basis_labels()[basis]] * both + [first, second, comparison.kendall_tau[pair],
                                                          comparison.spearman_rho[pair], tops,
                                                          *self._agreement_cells(agreement)])
            if agreement is not None:
                disagreeing.append(number)
        self.pairs_model.set_rows(rows, [Column(self.tr("Basis"))] * both + self._pair_columns())
        select_row(self.pairs_table, disagreeing[0] if disagreeing else 0)
        self._explain(disagreeing[0] if disagreeing else 0)

    def _pair_columns(self) -> list[Column]:
        """Columns of the pairs table: the correlations, then the smallest change that ends a disagreement."""
        points = "points"
        return [Column(self.tr("Profile A")), Column(self.tr("Profile B")),
                Column(self.tr("Kendall τ"), "number", self.tr("Kendall's tau-b of the two rankings: 1 the same "
                                                               "order, −1 the reverse")),
                Column(self.tr("Spearman ρ"), "number", self.tr("Spearman's rho: correlation of the ranks")),
                Column(self.tr("Top A / B"), "text", self.tr("The option each profile ranks first")),
                Column(self.tr("To agree, change"), "text", self.tr(
                    "The profile whose weights move least so that both rank the same option first")),
                Column(self.tr("Distance"), points, self.tr(
                    "Euclidean length of that change of global weights")),
                Column(self.tr("Total"), points, self.tr("Sum of the absolute weight changes")),
                Column(self.tr("Largest"), points, self.tr("The change of the factor that moves most"))]

    def _agreement_cells(self, agreement: Agreement | None) -> list[Cell]:
        if agreement is None:
            return [self.tr("nothing: same top"), 0.0, 0.0, 0.0]
        return [agreement.moved, agreement.distance, agreement.l1, agreement.max_change]

    # ---- the explanation of one pair ----------------------------------------

    def _explain(self, row: int) -> None:
        """Say in words what the smallest change of weights is for the pair in ``row``, and how it was found."""
        if not 0 <= row < len(self.pairs):
            self.detail.setText("")
            return
        basis, first, second = self.pairs[row]
        comparison = self.comparisons[basis]
        agreement = next((a for a in comparison.agreement if a.profiles == (first, second)), None)
        if agreement is None:
            self.detail.setText(self.tr("{0} and {1} rank the same option first ({2}); no change is needed.")
                                .format(first, second, comparison.top[first]))
            return
        on = basis_labels()[basis] + ": " if len(self.comparisons) > 1 else ""
        self.detail.setText(on + self._move_text(comparison, agreement) + "\n\n" + self._how_text(agreement.how))

    def _move_text(self, comparison: Comparison, agreement: Agreement) -> str:
        before = comparison.weights[agreement.moved]
        other = agreement.profiles[1] if agreement.moved == agreement.profiles[0] else agreement.profiles[0]
        moves = sorted(((w - before[f], f) for f, w in agreement.weights.items()), key=lambda item: -abs(item[0]))
        biggest = listed(self.tr("{0} {1} points").format(f, shown(f"{100 * d:+.1f}")) for d, f in moves[:TOP_MOVES]
                            if abs(d) >= 5e-4)
        return self.tr(
            "{0} puts {1} first, {2} puts {3} first. The smallest change: move the global weights of {4} by "
            "{5} points (Euclidean distance; {6} points in total, at most {7} on one factor): {8}. "
            "Then {9} ties for first, and any further step makes it first alone. Changing {10} instead, so "
            "that {11} comes first, would take {12} points.").format(
            agreement.profiles[0], agreement.tops[0], agreement.profiles[1], agreement.tops[1], agreement.moved,
            *_points(agreement.distance, agreement.l1, agreement.max_change), biggest, agreement.towards,
            other, agreement.tops[agreement.profiles.index(agreement.moved)], *_points(agreement.other_distance))

    def _how_text(self, how: str) -> str:
        if how == "projection":
            return self.tr("How: this method's ranking is linear in the weights, so the nearest weights at which "
                           "the other's top option is first are found exactly, by projecting onto that region.")
        return self.tr("How: this method is not linear in the weights, so the change is the first point on the "
                       "straight line between the two weightings at which the other's top option is first "
                       "(256 steps, then bisection). A shorter change may exist.")

    # ---- the chart ----------------------------------------------------------

    def paint_chart(self):
        """Grouped bars: each factor's global weight under each profile."""
        from core.charts import weight_bars

        comparison = self.comparison
        if comparison is None:
            return None
        factors = list(comparison.evaluations[0].problem.factor_ids)
        values = [[comparison.weights[name][f] for f in factors] for name in comparison.profiles]
        profiles, texts, options = list(comparison.profiles), chart_texts(), chart_options()
        return lambda figure: weight_bars(factors, profiles, values, figure=figure, texts=texts, **options)
