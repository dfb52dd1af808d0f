"""Cox's (2008) checks of a band colouring of the 5 × 5 likelihood × impact grid.

Source: L. A. Cox Jr., "What's wrong with risk matrices?", *Risk Analysis*
28(2), 2008. Cox shows that a risk matrix's colours can rank risks against
their quantitative size, and gives axioms a colouring must meet to be
compatible with the quantitative risks it stands for. Two are implemented:

- **Weak consistency**: the points of the top category (Cox's red) stand for
  higher quantitative risks than the points of the bottom category (green).
  Equivalently, some curve of equal risk separates every top cell from every
  bottom cell.
- **Betweenness**: every line segment of positive slope that starts in a
  bottom cell and ends in a top cell passes through at least one cell of an
  intermediate category.

The quantitative reading of the discrete grid is Cox's: likelihood and impact
each run over [0, 1], cut into five equal intervals, so level ``k`` covers
[(k − 1)/5, k/5] on its axis, and a risk is likelihood × impact. The cell at likelihood
level l and impact level i ("Ll × Ii") is therefore the rectangle
[(l − 1)/5, l/5] × [(i − 1)/5, i/5] and holds risks from (l − 1)(i − 1)/25
up to l·i/25. The cell's colour is the
band of its score l·i (:meth:`core.model.Bands.band`), as everywhere else.

How the definitions meet the grid:

- The top category is the highest band that colours some cell, the bottom
  category the lowest; every band between them is intermediate. With the
  usual four bands (Low, Medium, High, Extreme) the axioms concern Low and
  Extreme, as Cox states them for the red and green ends of a matrix.
- Cells are closed rectangles, so neighbours share their edge points; a
  comparison of "points" is a comparison of the cells' insides. Weak
  consistency therefore holds when every top cell's smallest risk is at
  least every bottom cell's largest (they may meet on a shared boundary).
  It is decided in whole numbers: (l − 1)(i − 1) ≥ l′·i′.
- A segment passes through a cell when it runs inside it for some length;
  touching only a corner is not passing through. A rising segment that
  avoids every intermediate cell must somewhere step straight from a bottom
  cell into a top cell, and a rising segment can step only into the cell of
  the next impact level, of the next likelihood level, or of both at once
  (through their shared corner). So betweenness holds exactly when no bottom
  cell has a top cell in one of those three places.

Cox's third axiom, consistent colouring, is not checked: its wording leaves
the colour of many cells open and does not read as a yes/no test of a given
colouring without choices Cox does not make.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.catalogue import catalogue
from core.model import RISK_MAX, Bands

LEVELS = range(1, RISK_MAX + 1)
STEPS = ((0, 1), (1, 0), (1, 1))  # (likelihood, impact) steps a rising segment can take into the next cell


@dataclass(frozen=True)
class CoxCheck:
    """What Cox's checks found for one colouring.

    ``findings`` names the cells concerned, one problem a line (empty when
    both checks hold); ``top`` and ``bottom`` name the bands the checks
    compare (equal when the grid shows a single band).
    """

    weak_consistency: bool
    betweenness: bool
    findings: tuple[str, ...] = ()
    top: str = ""
    bottom: str = ""

    @property
    def ok(self) -> bool:
        """True when the colouring passes both checks."""
        return self.weak_consistency and self.betweenness

    def summary(self, language: str = "en") -> str:
        """One plain sentence in ``language``: passed, or which check failed and the first cells concerned."""
        words = catalogue(language)
        if self.top == self.bottom:
            return words["register.cox_one_band"].format(band=self.top)
        if self.ok:
            return words["register.cox_passes"].format(top=self.top, bottom=self.bottom)
        failed = "both" if not (self.weak_consistency or self.betweenness) else \
            "weak" if not self.weak_consistency else "between"
        more = len(self.findings) - 1
        tail = "" if not more else words["register.cox_more_one"] if more == 1 else \
            words["register.cox_more_many"].format(count=more)
        return words[f"register.cox_fails_{failed}"].format(finding=self.findings[0], more=tail)


def check_bands(bands: Bands, language: str = "en") -> CoxCheck:
    """Cox's weak consistency and betweenness checks of ``bands`` on the 5 × 5 grid (cell colour = band of l × i).

    The findings name cells and bands in ``language`` (:mod:`core.catalogue`, area ``register``).
    """
    grid = tuple(tuple(bands.band(likelihood * impact) for impact in LEVELS) for likelihood in LEVELS)
    return check_grid(grid, bands.names, language)


def check_grid(grid: Sequence[Sequence[int]], names: Sequence[str], language: str = "en") -> CoxCheck:
    """Cox's checks of any colouring: ``grid[l - 1][i - 1]`` is the band index (into ``names``) of cell L l × I i.

    Band indices rise with the band's severity; the checks compare the
    highest and the lowest index the grid shows.
    """
    shown = {band for row in grid for band in row}
    top, bottom = max(shown), min(shown)
    grid_names = _Names(grid, names, catalogue(language))
    if top == bottom:
        return CoxCheck(True, True, (), grid_names.band(top), grid_names.band(bottom))
    weak = _weak_findings(grid, top, bottom, grid_names)
    between = _betweenness_findings(grid, top, bottom, grid_names)
    return CoxCheck(not weak, not between, weak + between, grid_names.band(top), grid_names.band(bottom))


@dataclass(frozen=True)
class _Names:
    """How findings name bands and cells: ``L5 × I1 (5, Medium)``, in the words of one language."""

    grid: Sequence[Sequence[int]]
    names: Sequence[str]
    words: Mapping[str, str]

    def band(self, index: int) -> str:
        return self.names[index] if 0 <= index < len(self.names) else \
            self.words["register.cox_band"].format(number=index + 1)

    def cell(self, likelihood: int, impact: int) -> str:
        band = self.band(self.grid[likelihood - 1][impact - 1])
        return self.words["register.cox_cell"].format(likelihood=likelihood, impact=impact,
                                                      score=likelihood * impact, band=band)


def _cells(grid: Sequence[Sequence[int]], band: int) -> list[tuple[int, int]]:
    return [(l, i) for l in LEVELS for i in LEVELS if grid[l - 1][i - 1] == band]


def _weak_findings(grid: Sequence[Sequence[int]], top: int, bottom: int, names: _Names) -> tuple[str, ...]:
    """One finding per top cell whose smallest risk lies below the largest risk of some bottom cell."""
    lows = _cells(grid, bottom)
    words, sep = names.words, names.words["document.list_sep"]
    findings = []
    for likelihood, impact in _cells(grid, top):
        floor = (likelihood - 1) * (impact - 1)
        above = [(l, i) for l, i in lows if l * i > floor]
        if above:
            peak = max(l * i for l, i in above)
            cells = sep.join(names.cell(l, i) for l, i in above if l * i == peak)
            others = len([1 for l, i in above if l * i < peak])
            tail = "" if not others else words["register.cox_others_one"].format(band=names.band(bottom)) \
                if others == 1 else words["register.cox_others_many"].format(count=others, band=names.band(bottom))
            findings.append(words["register.cox_weak"].format(cell=names.cell(likelihood, impact), floor=floor / 25,
                                                             peak=peak / 25, cells=cells, others=tail))
    return tuple(findings)


def _betweenness_findings(grid: Sequence[Sequence[int]], top: int, bottom: int, names: _Names) -> tuple[str, ...]:
    """One finding per bottom cell that a rising segment can leave straight into a top cell."""
    words = names.words
    findings = []
    for likelihood, impact in _cells(grid, bottom):
        reached = [(likelihood + dl, impact + di) for dl, di in STEPS
                   if likelihood + dl <= RISK_MAX and impact + di <= RISK_MAX
                   and grid[likelihood + dl - 1][impact + di - 1] == top]
        if reached:
            cells = words["document.list_sep"].join(
                names.cell(l, i) + (words["register.cox_corner"] if (l - likelihood) and (i - impact) else "")
                for l, i in reached)
            findings.append(words["register.cox_between"].format(cell=names.cell(likelihood, impact), cells=cells))
    return tuple(findings)
