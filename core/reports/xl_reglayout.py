"""Where the register's live blocks sit: Controls, Risk register, Descriptor scales, Dashboard.

Decided once from the model, before any sheet is written, like
:mod:`core.reports.xl_layout`: the Methods sheet reads a register row's
residual score when the basis cell says "residual", the Dashboard and the
heat-map counts read the register's columns, and every sheet reads the level
labels from the Descriptor scales sheet. The Controls and effects tables keep
spare rows, so an analyst can add a control or an effect in the workbook and
every residual follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from openpyxl.utils import get_column_letter

from core.model import DecisionModel
from core.reports.xl_words import Words

SPARE = 10  # empty rows under the controls and the effects, ready for the analyst's additions
# Risk register columns, left to right: the analysts' layout, then helpers (two sort keys, the effects count).
COLUMNS = ("id", "option", "option_name", "factor", "risk", "group", "statement", "owner", "controls",
           "inh_l", "inh_i", "inh_score", "inh_band", "res_l", "res_i", "res_score", "res_band", "words",
           "treatment", "action", "due", "status", "review", "overdue", "top_key", "overdue_key", "effects")
# Effects table columns on the Controls sheet.
EFFECT_COLUMNS = ("control", "option", "factor", "likelihood", "impact", "counts", "l_counted", "i_counted")


def col(name: str) -> str:
    """The Risk register's column letter for ``name``."""
    return get_column_letter(1 + COLUMNS.index(name))


def ecol(name: str) -> str:
    """The effects table's column letter for ``name``."""
    return chr(ord("A") + EFFECT_COLUMNS.index(name))


@dataclass(frozen=True)
class RegisterLayout:
    """Rows of the register blocks; ``cells`` lists (option index, factor index) per register row."""

    cells: tuple[tuple[int, int], ...]
    controls: int
    effects: int
    w: Words = Words()

    @property
    def basis(self) -> str:
        """The cell saying "inherent" or "residual" (in the workbook's words): the matrix every method ranks."""
        return f"{self.w.ref('controls')}$B$4"

    @property
    def planned(self) -> str:
        """The "include planned controls" cell, trimmed as import-scores reads it back."""
        return f"TRIM({self.w.ref('controls')}$B$5)"

    @property
    def as_of(self) -> str:
        """The date reviews are overdue against."""
        return f"{self.w.ref('dashboard')}$B$4"

    def is_residual(self) -> str:
        """A condition: the basis cell says residual."""
        return f'{self.basis}="{self.w.code("residual")}"'

    # ---- Controls sheet ---------------------------------------------------
    control_top = 7  # header row of the controls table

    @property
    def control_rows(self) -> range:
        return range(self.control_top + 1, self.control_top + 1 + self.controls + SPARE)

    def control_range(self, letter: str) -> str:
        rows = self.control_rows
        return f"{self.w.ref('controls')}${letter}${rows[0]}:${letter}${rows[-1]}"

    @property
    def effect_top(self) -> int:
        return self.control_rows[-1] + 3

    @property
    def effect_rows(self) -> range:
        return range(self.effect_top + 1, self.effect_top + 1 + self.effects + SPARE)

    def effect_range(self, name: str) -> str:
        rows, letter = self.effect_rows, ecol(name)
        return f"{self.w.ref('controls')}${letter}${rows[0]}:${letter}${rows[-1]}"

    # ---- Risk register sheet ----------------------------------------------
    top = 4  # header row

    @property
    def n(self) -> int:
        return len(self.cells)

    def row(self, k: int) -> int:
        return self.top + 1 + k

    def cell(self, name: str, k: int) -> str:
        return f"{self.w.ref('register')}${col(name)}${self.row(k)}"

    def range(self, name: str) -> str:
        letter = col(name)
        return f"{self.w.ref('register')}${letter}${self.top + 1}:${letter}${self.top + max(1, self.n)}"

    def index(self, i: int, j: int) -> int | None:
        """The register row of cell (option i, factor j), or None for a direct-value factor."""
        return self._rows.get((i, j))

    @cached_property
    def _rows(self) -> dict[tuple[int, int], int]:
        return {cell: k for k, cell in enumerate(self.cells)}


    def scale_label(self, axis: str, level: str) -> str:
        """A formula fragment: the label of ``level`` (a cell or number, 1–5) on ``axis``'s descriptor scale."""
        column = "$B" if axis == "likelihood" else "$D"
        return f"IFERROR(INDEX({self.w.ref('scales')}{column}$5:{column}$9,{level}),\"\")"


def register_layout(model: DecisionModel, w: Words = Words()) -> RegisterLayout:
    """The register layout for ``model`` (one row per option × risk factor, options first)."""
    cells = tuple((i, j) for i in range(len(model.options)) for j, factor in enumerate(model.factors)
                  if factor.kind == "risk")
    register = model.register
    return RegisterLayout(cells, len(register.controls), sum(len(c.effects) for c in register.controls), w)
