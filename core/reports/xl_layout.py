"""Where every live block of the workbook sits, decided once from the model.

The sheets reference each other's cells by address; computing the layout in
one place, before any sheet is written, keeps those references in step.
Factor j occupies the same column letter on the Risk matrix, Methods and
Profiles sheets (column C is the first factor), so a formula's column tells
the reader which factor it is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from core.methods import REGISTRY
from core.model import DecisionModel
from core.reports.xl_reglayout import RegisterLayout, register_layout
from core.reports.xl_words import Words

FIRST_COL = 3
# Ranks treat scores closer than this fraction of their scale as ties, as the engine does.
TIE_RTOL = "1E-10"
# The methods the Methods sheet recomputes with live formulas (core.reports.xl_methods writes their blocks).
METHOD_ORDER = ("wsm", "wpm", "topsis", "vikor", "promethee2")


def absent_methods() -> tuple[str, ...]:
    """The registered methods the Methods sheet has no formulas for: the workbook names them, never drops them."""
    return tuple(key for key in REGISTRY if key not in METHOD_ORDER)


def letter(column: int) -> str:
    """The column letter of 1-based ``column``."""
    return get_column_letter(column)


@dataclass(frozen=True)
class Layout:
    """Rows and columns of the live blocks; ``n`` options, ``m`` factors."""

    n: int
    m: int
    has_risks: bool
    reg: RegisterLayout | None = None  # the register's blocks, where the model has risks
    w: Words = Words()  # the workbook's language: every sheet name and text

    # ---- Risk matrix sheet (Decision matrix for a model without risks) ------
    @property
    def sheet(self) -> str:
        """The matrix sheet's name: no risk vocabulary where there are no risks."""
        return self.w.sheet("matrix" if self.has_risks else "decision")

    @property
    def matrix(self) -> str:
        """The matrix sheet as formulas address it."""
        return self.w.ref("matrix" if self.has_risks else "decision")

    @property
    def methods(self) -> str:
        """The Methods sheet as formulas address it."""
        return self.w.ref("methods")

    @property
    def top(self) -> int:
        """Header row of the risk (or value) block."""
        return 4

    @property
    def weight_row(self) -> int:
        return self.top + self.n + 1

    @property
    def lik_top(self) -> int:
        return self.top + self.n + 4

    @property
    def imp_top(self) -> int:
        return self.lik_top + self.n + 2

    @property
    def band_top(self) -> int:
        """Header row of the band legend (limits and labels are input cells)."""
        return self.imp_top + self.n + 3 if self.has_risks else self.weight_row + 3

    def band_label(self, k: int) -> str:
        return f"{self.matrix}$A${self.band_top + 1 + k}"

    def band_upper(self, k: int) -> str:
        return f"{self.matrix}$C${self.band_top + 1 + k}"

    @property
    def last(self) -> str:
        return letter(FIRST_COL + self.m - 1)

    def col(self, j: int) -> str:
        return letter(FIRST_COL + j)

    def risk_cell(self, i: int, j: int) -> str:
        return f"{self.matrix}{self.col(j)}{self.top + 1 + i}"

    @property
    def register(self) -> RegisterLayout:
        """The register's blocks; only a model with risks has them."""
        if self.reg is None:
            raise ValueError("a model without risk factors has no register sheets")
        return self.reg

    def basis_phrase(self) -> str:
        """A formula saying "inherent risk" or "residual risk", as the basis cell says."""
        w = self.w
        return f'IF({self.register.is_residual()},{w.literal("risk_residual")},{w.literal("risk_inherent")})'

    def ranked_cell(self, i: int, j: int) -> str:
        """What every method reads for cell (i, j): the residual score when the basis cell says so."""
        k = self.reg.index(i, j) if self.reg is not None else None
        if self.reg is None or k is None:
            return self.risk_cell(i, j)
        return f'IF({self.reg.is_residual()},{self.reg.cell("res_score", k)},{self.risk_cell(i, j)})'

    def lik_cell(self, i: int, j: int) -> str:
        return f"{self.matrix}{self.col(j)}{self.lik_top + 1 + i}"

    def imp_cell(self, i: int, j: int) -> str:
        return f"{self.matrix}{self.col(j)}{self.imp_top + 1 + i}"

    # ---- Methods sheet: criterion rows ---------------------------------------
    ROWS = ("direction", "global", "w", "low", "high", "max", "min", "sign", "pkind", "q", "p", "s", "pcheck",
            "norm", "ideal", "anti", "best", "worst")

    def crow(self, name: str) -> int:
        """Row of a per-criterion line on the Methods sheet."""
        return 5 + self.ROWS.index(name)

    def crange(self, name: str) -> str:
        """That line across every factor, absolute."""
        row = self.crow(name)
        return f"$C${row}:${self.last}${row}"

    SETTINGS = ("mode", "v", "scale")

    def setting(self, name: str) -> str:
        """Absolute address of a setting cell (column B) on the Methods sheet."""
        return f"$B${5 + len(self.ROWS) + 1 + self.SETTINGS.index(name)}"

    # ---- Methods sheet: results table ---------------------------------------
    @property
    def result_top(self) -> int:
        return 5 + len(self.ROWS) + len(self.SETTINGS) + 3

    def result_col(self, method: str, what: str) -> int:
        """Column of a method's score, rank or sort key in the results table."""
        return 4 + 3 * METHOD_ORDER.index(method) + ("score", "rank", "key").index(what)

    def result_range(self, method: str, what: str) -> str:
        column = letter(self.result_col(method, what))
        return f"{self.methods}${column}${self.result_top + 1}:${column}${self.result_top + self.n}"

    def result_cell(self, method: str, what: str, i: int) -> str:
        return f"{self.methods}${letter(self.result_col(method, what))}${self.result_top + 1 + i}"

    def top_option(self, method: str) -> str:
        """The cell naming the option each method puts first."""
        return f"{self.methods}${letter(self.result_col(method, 'score'))}${self.result_top + self.n + 1}"

    @property
    def ids(self) -> str:
        return f"{self.methods}$A${self.result_top + 1}:$A${self.result_top + self.n}"

    @property
    def names(self) -> str:
        return f"{self.methods}$B${self.result_top + 1}:$B${self.result_top + self.n}"

    # ---- Methods sheet: step blocks -----------------------------------------
    BLOCKS = ("x", "u", "logs", "r", "v", "d", "wd", "plus", "minus", "net")

    def block_top(self, name: str) -> int:
        """Header row of a step block; its options follow on the next n rows."""
        first = self.result_top + self.n + 5
        return first + self.BLOCKS.index(name) * (self.n + 3) + 1

    def bcell(self, name: str, i: int, j: int, absolute_row: bool = False) -> str:
        row = self.block_top(name) + 1 + i
        return f"{self.col(j)}{'$' if absolute_row else ''}{row}"

    def brow(self, name: str, i: int) -> str:
        """Option i's row of a step block over every factor (absolute)."""
        row = self.block_top(name) + 1 + i
        return f"$C${row}:${self.last}${row}"

    def bcolumn(self, name: str, j: int) -> str:
        """Factor j's column of a step block over every option (absolute rows)."""
        top = self.block_top(name) + 1
        return f"{self.col(j)}${top}:{self.col(j)}${top + self.n - 1}"

    def bblock(self, name: str) -> str:
        top = self.block_top(name) + 1
        return f"$C${top}:${self.last}${top + self.n - 1}"

    def extra_col(self, k: int) -> str:
        """The k-th per-option column after the factors of a step block."""
        return letter(FIRST_COL + self.m + k)


def layout_of(model: DecisionModel, language: str = "en") -> Layout:
    """The layout for ``model``, its sheets named and written in ``language``."""
    has_risks, w = any(f.kind == "risk" for f in model.factors), Words(language)
    return Layout(len(model.options), len(model.factors), has_risks, register_layout(model, w) if has_risks else None,
                  w)
