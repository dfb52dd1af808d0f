"""Methodology paragraphs that belong to the workbook: how it is laid out and what is fixed."""

from __future__ import annotations

from core.reports.data import ReportData
from core.reports.xl_layout import Layout
from core.reports.xl_reglayout import BASIS, REGISTER, col

INPUTS = ("Workbook layout: inputs are blue cells — {matrix}, raw weights (Weights), criterion directions, "
          "PROMETHEE functions and thresholds and VIKOR's v (Methods). Everything else is a formula; only the "
          "Robustness sheet is a snapshot, dated in its title.")
LAYOUT = [
    "Methods sheet: one line per criterion setting (weight used, scale, column max and min, sign, norm, ideals); "
    "the results table (score, rank and sort key of every option under every method; a rank counts the options "
    "better by more than 1e-10 of the score scale, so ties share a rank, and the sort key breaks ties by option "
    "id); then one options × criteria block per step. WSM: utilities u (raw risks when every criterion is a "
    "cost on one scale, else rescaled on each criterion's declared scale) and Σ w·u. WPM: ±ln x and "
    "exp Σ w·(±ln x). TOPSIS: r = x/‖x‖, v = w·r, distances D+ and D− to the ideal and anti-ideal rows, "
    "closeness D−/(D+ + D−). VIKOR: gaps d, weighted gaps w·d, S = Σ w·d, R = max w·d, Q with v in a cell. "
    "PROMETHEE II: each option's positive and negative flow on each criterion is one SUMPRODUCT of the "
    "criterion's preference function over the differences in its column, divided by n − 1; the net flow is "
    "Σ w·(φ+ − φ−). The sheet grows with options × criteria, never options² × criteria.",
]


def _fixed_impacts(lay: Layout) -> str:
    """A live sentence: whether every option has the same impact under each factor (rows compared pairwise).

    The impacts compared are those ranked: the Risk matrix's as scored, or on the residual basis the
    register's residual ones (options first, so one factor's rows lie a block of risk factors apart).
    """
    if lay.n < 2:
        return "What is fixed: there is one option, so it ranks first by definition."
    first, last = lay.imp_top + 1, lay.imp_top + lay.n
    upper = f"'Risk matrix'!$C${first}:${lay.last}${last - 1}"
    lower = f"'Risk matrix'!$C${first + 1}:${lay.last}${last}"
    reg = lay.register
    block, letter, top = reg.n // lay.n, col("res_i"), reg.top + 1
    res_upper = f"'{REGISTER}'!${letter}${top}:${letter}${top + reg.n - 1 - block}"
    res_lower = f"'{REGISTER}'!${letter}${top + block}:${letter}${top + reg.n - 1}"
    same = (f'IF({BASIS}="residual",SUMPRODUCT(--({res_upper}<>{res_lower})),'
            f'SUMPRODUCT(--({upper}<>{lower})))')
    return (f'=IF({same}=0,"What is fixed: under each factor the impact is the same '
            'for every option, so the differences between options come from the likelihoods alone.",'
            '"What varies: impacts differ between options under some factors, as well as likelihoods.")')


def workbook_paragraphs(data: ReportData, lay: Layout) -> list[str]:
    """The workbook's own methodology paragraphs for ``data``; a paragraph starting with = is a formula."""
    model = data.model
    risks = [f for f in model.factors if f.kind == "risk"]
    matrix = ("likelihoods, impacts and band limits (Risk matrix)" if risks
              else "the direct values (Decision matrix)")
    paragraphs = [INPUTS.format(matrix=matrix), *LAYOUT]
    if risks:
        paragraphs.append("Scores: risk = likelihood (1–5) × impact (1–5), 1–25, lower is better; a weighted sum "
                          "of such products is a convention over two ordinal scales, not a measurement. Bands: "
                          "see the legend on the Risk matrix sheet (its limits are input cells).")
        paragraphs.append(_fixed_impacts(lay))
    else:
        paragraphs.append("Scores: direct values on each criterion's own scale; the weighted sum rescales each "
                          "to 0–1 on that scale (cost criteria reversed), as the Methods sheet shows.")
    if data.robustness is not None:
        paragraphs.append("Robustness: the SMAA run varies the weights only (uniformly over the simplex) unless "
                          "scores carry low/high ranges; its shares are not probabilities that an option is right.")
    return paragraphs
