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

SPARE = 10  # empty rows under the controls and the effects, ready for the analyst's additions
CONTROLS, REGISTER, SCALES, DASHBOARD, COUNTS = ("Controls", "Risk register", "Descriptor scales", "Dashboard",
                                                 "Heat map counts")
BASIS = f"{CONTROLS}!$B$4"  # "inherent" or "residual": the matrix every method ranks
# "yes" when planned controls count; trimmed, as import-scores reads the cell back
PLANNED = f"TRIM({CONTROLS}!$B$5)"
AS_OF = f"{DASHBOARD}!$B$4"  # the date reviews are overdue against
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

    # ---- Controls sheet ---------------------------------------------------
    control_top = 7  # header row of the controls table

    @property
    def control_rows(self) -> range:
        return range(self.control_top + 1, self.control_top + 1 + self.controls + SPARE)

    def control_range(self, letter: str) -> str:
        rows = self.control_rows
        return f"{CONTROLS}!${letter}${rows[0]}:${letter}${rows[-1]}"

    @property
    def effect_top(self) -> int:
        return self.control_rows[-1] + 3

    @property
    def effect_rows(self) -> range:
        return range(self.effect_top + 1, self.effect_top + 1 + self.effects + SPARE)

    def effect_range(self, name: str) -> str:
        rows, letter = self.effect_rows, ecol(name)
        return f"{CONTROLS}!${letter}${rows[0]}:${letter}${rows[-1]}"

    # ---- Risk register sheet ----------------------------------------------
    top = 4  # header row

    @property
    def n(self) -> int:
        return len(self.cells)

    def row(self, k: int) -> int:
        return self.top + 1 + k

    def cell(self, name: str, k: int) -> str:
        return f"'{REGISTER}'!${col(name)}${self.row(k)}"

    def range(self, name: str) -> str:
        letter = col(name)
        return f"'{REGISTER}'!${letter}${self.top + 1}:${letter}${self.top + max(1, self.n)}"

    def index(self, i: int, j: int) -> int | None:
        """The register row of cell (option i, factor j), or None for a direct-value factor."""
        return self._rows.get((i, j))

    @cached_property
    def _rows(self) -> dict[tuple[int, int], int]:
        return {cell: k for k, cell in enumerate(self.cells)}


def scale_label(axis: str, level: str) -> str:
    """A formula fragment: the label of ``level`` (a cell or number, 1–5) on ``axis``'s descriptor scale."""
    column = "$B" if axis == "likelihood" else "$D"
    return f"IFERROR(INDEX('{SCALES}'!{column}$5:{column}$9,{level}),\"\")"


def register_layout(model: DecisionModel) -> RegisterLayout:
    """The register layout for ``model`` (one row per option × risk factor, options first)."""
    cells = tuple((i, j) for i in range(len(model.options)) for j, factor in enumerate(model.factors)
                  if factor.kind == "risk")
    register = model.register
    return RegisterLayout(cells, len(register.controls), sum(len(c.effects) for c in register.controls))
