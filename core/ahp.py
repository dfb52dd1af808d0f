"""AHP: criterion priorities from pairwise comparisons, with the consistency ratio.

Convention: rows are the row criterion compared with the column criterion,
so a_ij says how much more important criterion i is than criterion j on
Saaty's 1/9 … 9 scale (a_ij = 3: i is moderately more important than j),
and a_ji = 1 / a_ij.

Priorities come from the principal eigenvector (``method="eigen"``, Saaty
1980) or the row geometric means (``method="geometric"``, Crawford &
Williams 1985).  Consistency is a property of the matrix whichever method
is used: λmax is the principal eigenvalue, CI = (λmax - n) / (n - 1) and
CR = CI / RI with the random index RI of :data:`RANDOM_INDEX`; CR = 0 when
n ≤ 2, and CR ≤ 0.10 is Saaty's threshold for acceptable consistency.

The most inconsistent judgement is the one (upper triangle, i < j) whose
replacement by the consistent ratio w_i / w_j, snapped to the nearest Saaty
value on a log scale, lowers CR the most; it is None when no single
replacement lowers CR.  Matrices larger than 15 × 15 are refused: the
random-index tables stop at 15, and so many items per matrix exceed what
pairwise judgement handles well (group them into a hierarchy instead).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from core.errors import FileFormatError, Message, ModelError, at
from core.storage.bounded import read_text
from core.storage.fields import number_from_text

SAATY_SCALE = tuple([1 / v for v in range(9, 1, -1)] + list(range(1, 10)))
CR_THRESHOLD = 0.10
MAX_SIZE = 15
# Judgements typed with two decimals (0.33 for 1/3, 0.13 for 1/8) are within
# 5 % of the exact value; the matrix is used as typed.
SCALE_RTOL = 0.05

_SAATY_1980 = "Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill"
_ALONSO_LAMATA = ("Alonso & Lamata (2006), Int. J. Uncertainty, Fuzziness and Knowledge-Based "
                  "Systems 14(4):445-459")
# Mean CI of random reciprocal matrices on the Saaty scale.  n ≤ 10: Saaty's
# table, which reproduces his published CRs (e.g. 0.169 for the house
# example).  n = 11 … 15: Alonso & Lamata's 100,000-matrix estimates; Saaty's
# own values there rest on small samples (RI(12) = 1.48 < RI(11) = 1.51).
# Checked against a 100,000-matrix simulation of our own (agreement within
# ±0.003, the sampling error).
RANDOM_INDEX: dict[int, tuple[float, str]] = {
    1: (0.0, _SAATY_1980), 2: (0.0, _SAATY_1980), 3: (0.58, _SAATY_1980), 4: (0.90, _SAATY_1980),
    5: (1.12, _SAATY_1980), 6: (1.24, _SAATY_1980), 7: (1.32, _SAATY_1980), 8: (1.41, _SAATY_1980),
    9: (1.45, _SAATY_1980), 10: (1.49, _SAATY_1980), 11: (1.5141, _ALONSO_LAMATA),
    12: (1.5365, _ALONSO_LAMATA), 13: (1.5551, _ALONSO_LAMATA), 14: (1.5713, _ALONSO_LAMATA),
    15: (1.5838, _ALONSO_LAMATA),
}
METHODS = ("eigen", "geometric")


class Judgement(NamedTuple):
    """One comparison: ``row`` against ``column``, its value and a better one."""

    row: str
    column: str
    current: float
    suggested: float


@dataclass(frozen=True)
class AhpResult:
    """Priorities and consistency of one comparison matrix."""

    names: tuple[str, ...]
    matrix: np.ndarray
    priorities: np.ndarray
    method: str
    lambda_max: float
    ci: float
    cr: float
    ri: float
    ri_source: str
    most_inconsistent: Judgement | None

    @property
    def acceptable(self) -> bool:
        """CR within Saaty's 0.10."""
        return self.cr <= CR_THRESHOLD


def ahp(matrix: ArrayLike, names: list[str] | tuple[str, ...] | None = None,
        method: str = "eigen") -> AhpResult:
    """Priorities, λmax, CI, CR and the most inconsistent judgement of ``matrix``."""
    if method not in METHODS:
        raise ModelError(Message("messages.ahp.unknown_method", method=repr(method), methods=" or ".join(METHODS)))
    a, labels = check_matrix(matrix, names)
    w = priorities(a, method)
    lam, ci, cr = consistency(a)
    ri, source = RANDOM_INDEX[len(a)]
    a.flags.writeable = False
    w.flags.writeable = False
    return AhpResult(labels, a, w, method, lam, ci, cr, ri, source, most_inconsistent(a, w, labels))


def check_matrix(matrix: ArrayLike, names: list[str] | tuple[str, ...] | None = None
                 ) -> tuple[np.ndarray, tuple[str, ...]]:
    """The matrix as floats and its names; ModelError naming the first bad cell."""
    try:
        a = np.array(matrix, dtype=float)
    except (TypeError, ValueError):
        raise ModelError(Message("messages.ahp.not_table")) from None
    if a.ndim != 2 or a.shape[0] != a.shape[1] or a.size == 0:
        raise ModelError(Message("messages.ahp.not_square", shape=str(a.shape)))
    n = len(a)
    labels = tuple(f"C{i}" for i in range(1, n + 1)) if names is None else tuple(map(str, names))
    if len(labels) != n:
        raise ModelError(Message("messages.ahp.names", count=len(labels), n=n))
    if n > MAX_SIZE:
        raise ModelError(Message("messages.ahp.too_big", most=MAX_SIZE, n=n))
    for i in range(n):
        for j in range(n):
            _check_cell(a, labels, i, j)
    return a, labels


def _check_cell(a: np.ndarray, labels: tuple[str, ...], i: int, j: int) -> None:
    value, where = a[i, j], f"[{labels[i]}, {labels[j]}]"
    if not (np.isfinite(value) and value > 0):
        raise ModelError(Message("messages.ahp.not_positive", where=where, value=value))
    if i == j and abs(value - 1) > 1e-9:
        raise ModelError(Message("messages.ahp.diagonal", where=where, value=value))
    low, high = SAATY_SCALE[0] * (1 - SCALE_RTOL), SAATY_SCALE[-1] * (1 + SCALE_RTOL)
    if not low <= value <= high:
        raise ModelError(Message("messages.ahp.outside_scale", where=where, value=value))
    if i < j and abs(value * a[j, i] - 1) > SCALE_RTOL:
        raise ModelError(Message("messages.ahp.not_reciprocal", where=where, value=value,
                                 other=f"[{labels[j]}, {labels[i]}]", other_value=a[j, i],
                                 should=_fraction(1 / value)))


def _fraction(value: float) -> str:
    """``1/3`` for 0.333…, ``3`` for 3.0, else the number."""
    if value < 1 and abs(1 / value - round(1 / value)) < 1e-9:
        return f"1/{round(1 / value)}"
    return f"{value:g}"


def priorities(a: np.ndarray, method: str = "eigen") -> np.ndarray:
    """Priority vector (sums to 1) by the principal eigenvector or row geometric means."""
    if method == "geometric":
        w = np.exp(np.log(a).mean(axis=1))
    else:
        values, vectors = np.linalg.eig(a)
        # The Perron vector of a positive matrix has one sign; abs() fixes it.
        w = np.abs(vectors[:, np.argmax(values.real)].real)
    return w / w.sum()


def lambda_max(a: np.ndarray) -> float:
    """The principal (Perron) eigenvalue."""
    return float(np.linalg.eigvals(a).real.max())


def consistency(a: np.ndarray) -> tuple[float, float, float]:
    """λmax, CI and CR; CI and CR are 0 when n ≤ 2."""
    n = len(a)
    lam = lambda_max(a)
    if n <= 2:
        return lam, 0.0, 0.0
    # λmax ≥ n for a reciprocal matrix; rounding can dip below by ~1e-15.
    ci = max(0.0, (lam - n) / (n - 1))
    return lam, ci, ci / RANDOM_INDEX[n][0]


def snap(value: float) -> float:
    """The Saaty scale value nearest to ``value`` on a log scale."""
    scale = np.array(SAATY_SCALE)
    return float(scale[np.argmin(np.abs(np.log(scale) - np.log(value)))])


def most_inconsistent(a: np.ndarray, w: np.ndarray, names: tuple[str, ...]) -> Judgement | None:
    """The judgement whose snapped consistent replacement lowers CR the most, or None."""
    n = len(a)
    if n <= 2:
        return None
    base_cr = consistency(a)[2]
    best, best_cr = None, base_cr
    for i in range(n):
        for j in range(i + 1, n):
            suggested = snap(w[i] / w[j])
            if abs(np.log(suggested / a[i, j])) < 1e-9:
                continue
            trial = a.copy()
            trial[i, j], trial[j, i] = suggested, 1 / suggested
            cr = consistency(trial)[2]
            if cr < best_cr - 1e-12:
                best, best_cr = Judgement(names[i], names[j], float(a[i, j]), suggested), cr
    return best


def ahp_from_csv(path: str | Path, method: str = "eigen") -> AhpResult:
    """:func:`ahp` on a comparison matrix saved as CSV (see :func:`read_comparison_csv`)."""
    matrix, names = read_comparison_csv(path)
    try:
        return ahp(matrix, names, method)
    except FileFormatError:
        raise
    except ModelError as exc:
        raise FileFormatError(at(str(path), exc.message)) from None


def read_comparison_csv(path: str | Path) -> tuple[np.ndarray, tuple[str, ...]]:
    """A square comparison matrix from CSV: names across the header and down the first column.

    Cells hold numbers or fractions such as ``1/3``; ``,``, ``;`` and tab
    separators are recognised.  FileFormatError names the file and the cell.
    """
    rows, delimiter = _csv_rows(path)
    names = tuple(cell.strip() for cell in rows[0][1:])
    if not names or any(not name for name in names) or len(set(names)) != len(names):
        raise FileFormatError(Message("messages.ahp.header", file=str(path)))
    if len(rows) - 1 != len(names):
        raise FileFormatError(Message("messages.ahp.row_count", file=str(path), criteria=len(names),
                                      rows=len(rows) - 1))
    matrix = np.empty((len(names), len(names)))
    for i, row in enumerate(rows[1:]):
        if row[0].strip() != names[i] or len(row) != len(names) + 1:
            raise FileFormatError(Message("messages.ahp.row", file=str(path), row=i + 2, name=repr(names[i]),
                                          count=len(names)))
        for j, cell in enumerate(row[1:]):
            where = Message("messages.ahp.cell", file=str(path), cell=f"[{names[i]}, {names[j]}]")
            matrix[i, j] = _judgement(cell, where, decimal_comma=delimiter != ",")
    return matrix, names


def _csv_rows(path: str | Path) -> tuple[list[list[str]], str]:
    text = read_text(path)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in row)]
    if len(rows) < 2:
        raise FileFormatError(Message("messages.ahp.too_short", file=str(path)))
    return rows, dialect.delimiter


def _judgement(cell: str, where: str, decimal_comma: bool = False) -> float:
    """``3``, ``0.5`` or ``1/3`` as a float (``0,5`` too where ``,`` is not the separator).

    As in the spreadsheet layout, a comma is a decimal mark only in files
    separated by ``;`` or tabs; in a comma-separated file a (quoted) ``1,000``
    could be a thousand or one, so it is refused rather than guessed.
    FileFormatError naming ``where`` otherwise.
    """
    text = cell.strip()
    if "," in text:
        if not decimal_comma or "." in text:
            raise FileFormatError(Message("messages.ahp.ambiguous", where=where, text=repr(text)))
        text = text.replace(",", ".")
    try:
        if "/" in text:
            top, bottom = (number_from_text(part, where) for part in text.split("/", 1))
            return top / bottom
        return number_from_text(text, where)
    except (FileFormatError, ZeroDivisionError):
        raise FileFormatError(Message("messages.ahp.not_fraction", where=where, text=repr(cell.strip()))) from None
