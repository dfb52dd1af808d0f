"""Cox's (2008) weak consistency and betweenness checks of band colourings on the 5 × 5 grid.

The fixed cases are worked out by hand from Cox's definitions under the
module's reading (level k covers [(k − 1)/5, k/5] on each axis, a risk is
likelihood × impact). The property tests compare the checks with two
oracles that follow the definitions literally: points sampled inside the
cells for weak consistency, and rising segments traced cell by cell, in
exact fractions, for betweenness.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import Bands
from core.register.cox import check_bands, check_grid

THREE = ("Low", "Medium", "High")
GREYS = ("#000000", "#111111", "#222222")


def _three(low: float, medium: float) -> Bands:
    return Bands(names=THREE, upper=(low, medium, 25), colors=GREYS)


def test_the_default_bands_pass_both_checks():
    """Extreme is l·i ≥ 17 (L4 × I5, L5 × I4, L5 × I5), smallest risk 3·4/25 = 0.48; Low is l·i ≤ 4, largest
    risk 4/25 = 0.16; every Low cell's next cells up, right and up-right score 5–10 (Medium or High)."""
    check = check_bands(Bands())
    assert (check.weak_consistency, check.betweenness, check.ok) == (True, True, True)
    assert check.findings == ()
    assert (check.top, check.bottom) == ("Extreme", "Low")
    assert "passes" in check.summary() and "Extreme" in check.summary() and "Low" in check.summary()


def test_a_corner_between_low_and_high_fails_betweenness_only():
    """Low ≤ 4, Medium ≤ 8, High above: L2 × I2 (4) meets L3 × I3 (9) at a corner, both side cells scoring 6;
    likewise L1 × I4 / L2 × I5 and L4 × I1 / L5 × I2. High's smallest risk, e.g. L3 × I3's 2·2/25 = 0.16, equals
    Low's largest (4/25): they meet only on a boundary, so weak consistency holds."""
    check = check_bands(_three(4, 8))
    assert (check.weak_consistency, check.betweenness, check.ok) == (True, False, False)
    assert check.findings == (
        "L1 × I4 (4, Low) borders L2 × I5 (10, High) at a corner with no band between",
        "L2 × I2 (4, Low) borders L3 × I3 (9, High) at a corner with no band between",
        "L4 × I1 (4, Low) borders L5 × I2 (10, High) at a corner with no band between",
    )
    assert check.summary().startswith("The band colouring fails Cox's (2008) betweenness check on the 5 × 5 grid: "
                                      "L1 × I4 (4, Low) borders L2 × I5 (10, High)")
    assert "2 more findings" in check.summary()


def test_low_up_to_five_against_high_from_ten_fails_both():
    """Low ≤ 5 takes L1 × I5 (largest risk 5/25 = 0.20); High ≥ 10 takes L2 × I5 (smallest 1·4/25 = 0.16),
    the cell straight above it."""
    check = check_bands(_three(5, 9))
    assert (check.weak_consistency, check.betweenness) == (False, False)
    weak = [line for line in check.findings if "holds risks" in line]
    assert weak[0] == ("L2 × I5 (10, High) holds risks down to 0.16, below the 0.20 reached by "
                       "L1 × I5 (5, Low), L5 × I1 (5, Low)")
    assert "L1 × I5 (5, Low) borders L2 × I5 (10, High) with no band between" in check.findings
    assert "fails Cox's (2008) weak consistency and betweenness checks" in check.summary()


def test_a_top_cell_of_certain_trivia_fails_weak_consistency_only():
    """Cox's warning case: L5 × I1 (almost certain, negligible) in the top band can hold no risk at all (4·0 = 0),
    while a bottom cell L2 × I3 reaches 6/25 = 0.24; every other cell is intermediate, so no segment skips a band."""
    grid = [[1] * 5 for _ in range(5)]
    grid[4][0] = 2
    grid[0][0] = grid[1][2] = 0
    check = check_grid(grid, THREE)
    assert (check.weak_consistency, check.betweenness) == (False, True)
    assert check.findings == ("L5 × I1 (5, High) holds risks down to 0.00, below the 0.24 reached by "
                              "L2 × I3 (6, Low) and 1 other Low cell",)


def test_one_band_has_nothing_to_compare():
    check = check_bands(Bands(names=("All",), upper=(25,), colors=("#000000",)))
    assert check.ok and check.findings == ()
    assert "one band (All)" in check.summary()


def test_a_band_no_cell_reaches_is_not_the_top():
    """With a fifth band above 25 no cell is in it: the checks compare the bands the grid shows."""
    bands = Bands(names=(*Bands().names, "Beyond"), upper=(*Bands().upper, 30), colors=(*Bands().colors, "#000000"))
    assert check_bands(bands) == check_bands(Bands())


# ---- the oracles -----------------------------------------------------------------------------------------------

LEVELS = range(1, 6)
OFFSETS = (Fraction(1, 100), Fraction(1, 2), Fraction(99, 100))


def _weak_by_points(grid, top: int, bottom: int) -> bool:
    """Every sampled point inside a top cell has a larger risk than every sampled point inside a bottom cell."""
    def risks(band):
        return [((l - 1 + a) / 5) * ((i - 1 + b) / 5) for l, i in product(LEVELS, LEVELS) if grid[l - 1][i - 1] == band
                for a, b in product(OFFSETS, OFFSETS)]
    return min(risks(top)) > max(risks(bottom))


def _cells_crossed(start, end):
    """The cells (likelihood, impact) a rising segment runs inside of, found at the middle of each piece between
    grid lines (exact: a segment through a corner has no piece in the two cells beside it)."""
    (y0, x0), (y1, x1) = start, end
    cuts = {Fraction(0), Fraction(1)}
    cuts |= {(k - x0) / (x1 - x0) for k in range(6) if x0 < k < x1}
    cuts |= {(k - y0) / (y1 - y0) for k in range(6) if y0 < k < y1}
    ordered = sorted(cuts)
    for t0, t1 in zip(ordered, ordered[1:]):
        t = (t0 + t1) / 2
        yield int(y0 + t * (y1 - y0)) + 1, int(x0 + t * (x1 - x0)) + 1


def _between_by_segments(grid, top: int, bottom: int) -> bool:
    """No rising segment between points inside a bottom cell and a top cell avoids every intermediate cell."""
    quarters = (Fraction(1, 4), Fraction(3, 4))

    def points(band):
        return [(l - 1 + a, i - 1 + b) for l, i in product(LEVELS, LEVELS) if grid[l - 1][i - 1] == band
                for a, b in product(quarters, quarters)]
    for start in points(bottom):
        for end in points(top):
            if end[0] > start[0] and end[1] > start[1]:
                crossed = {grid[l - 1][i - 1] for l, i in _cells_crossed(start, end)}
                if crossed <= {top, bottom}:
                    return False
    return True


def _agrees_with_oracles(grid) -> None:
    check = check_grid(grid, ("A", "B", "C", "D"))
    shown = {band for row in grid for band in row}
    if len(shown) == 1:
        assert check.ok
        return
    top, bottom = max(shown), min(shown)
    assert check.weak_consistency == _weak_by_points(grid, top, bottom)
    assert check.betweenness == _between_by_segments(grid, top, bottom)
    assert bool(check.findings) == (not check.ok)


grids = st.lists(st.lists(st.integers(0, 3), min_size=5, max_size=5), min_size=5, max_size=5)


@settings(max_examples=40)
@given(grids)
def test_any_colouring_agrees_with_the_definitions(grid):
    _agrees_with_oracles(grid)


@settings(max_examples=40)
@given(st.lists(st.integers(1, 25), min_size=1, max_size=4, unique=True))
def test_any_banding_by_score_agrees_with_the_definitions(uppers):
    uppers = sorted(uppers)
    uppers[-1] = 25
    bands = Bands(names=tuple("ABCD"[:len(uppers)]), upper=tuple(uppers), colors=GREYS[:1] * len(uppers))
    _agrees_with_oracles([[bands.band(l * i) for i in LEVELS] for l in LEVELS])


def test_findings_and_summary_speak_the_language_asked_for():
    """The same check in Arabic: the same cells (ح/أ for L/I), Arabic words, the band names as the model holds them."""
    english, arabic = check_bands(_three(5, 9)), check_bands(_three(5, 9), "ar")
    assert (arabic.weak_consistency, arabic.betweenness, len(arabic.findings)) == \
        (english.weak_consistency, english.betweenness, len(english.findings))
    assert arabic.findings[0] == ("تضم الخلية ح2 × أ5 (10، High) مخاطر تنزل إلى 0.16، دون الـ 0.20 التي تبلغها "
                                  "ح1 × أ5 (5، Low)، ح5 × أ1 (5، Low)")
    assert "تجاور الخلية ح1 × أ5 (5، Low) الخلايا ح2 × أ5 (10، High) دون نطاق بينهما" in arabic.findings
    assert arabic.summary("ar").startswith("يخفق تلوين النطاقات")
    for text in (*arabic.findings, arabic.summary("ar")):
        assert not {word for word in re.findall(r"[A-Za-z]{2,}", text)} - set(THREE)
