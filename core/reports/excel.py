"""The Excel risk workbook: risk matrix, weights and ranking, with live formulas.

Risk cells are ``=likelihood*impact`` formulas coloured by conditional
formatting, and each option's weighted risk index is a SUMPRODUCT over a
weight row that reads the Weights sheet, so a decision maker who edits a
likelihood or a weight in Excel sees the matrix and the ranking recompute.
"""

from __future__ import annotations

import io
import os

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from core.analysis import Evaluation, method_params
from core.model import DecisionModel
from core.reports.cells import put_text
from core.storage.jsonio import atomic_write_bytes

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
FIRST_COL = 3


def _fill(color: str) -> PatternFill:
    return PatternFill("solid", fgColor=color.lstrip("#").upper(), bgColor=color.lstrip("#").upper())


def _header(sheet, row: int, labels: list[str]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = sheet.cell(row, column)
        put_text(cell, label)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(horizontal="center", wrap_text=True)


def write_weights(book: Workbook, model: DecisionModel, evaluation: Evaluation) -> dict[str, str]:
    """The Weights sheet; returns the cell of each factor's global weight."""
    sheet = book.create_sheet("Weights")
    put_text(sheet["A1"], f"Weights: profile {evaluation.profile}")
    sheet["A1"].font = TITLE
    _header(sheet, 3, ["Id", "Criterion", "Parent", "Raw weight", "Local weight", "Global weight"])
    profile = model.profile(evaluation.profile) if evaluation.profile in {p.name for p in model.profiles} else None
    raw = profile.weights if profile else {}
    rows: dict[str, int] = {}
    nodes = list(model.walk())
    for offset, (node, depth, parent) in enumerate(nodes):
        row = 4 + offset
        rows[node.id] = row
        put_text(sheet.cell(row, 1), node.id)
        put_text(sheet.cell(row, 2), "  " * depth + node.name)
        if node.is_group:
            sheet.cell(row, 2).font = BOLD
        put_text(sheet.cell(row, 3), parent.id if parent else "")
        sheet.cell(row, 4, float(raw.get(node.id, 1.0)))
    for node, _, parent in nodes:
        row = rows[node.id]
        siblings = parent.children if parent else model.criteria
        total = "+".join(f"D{rows[s.id]}" for s in siblings)
        sheet.cell(row, 5, f"=IF(({total})=0,0,D{row}/({total}))").number_format = "0.0%"
        above = f"F{rows[parent.id]}" if parent else "1"
        sheet.cell(row, 6, f"=E{row}*{above}").number_format = "0.00%"
    for column, width in zip("ABCDEF", (8, 56, 8, 12, 12, 13)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A4"
    return {f.id: f"Weights!$F${rows[f.id]}" for f in model.factors}


def _matrix_block(sheet, model: DecisionModel, top: int, label: str) -> None:
    factors = model.factors
    _header(sheet, top, [label, "Name"] + [f.id for f in factors])
    for i, option in enumerate(model.options):
        put_text(sheet.cell(top + 1 + i, 1), option.id)
        put_text(sheet.cell(top + 1 + i, 2), option.name)


def write_risk_matrix(book: Workbook, model: DecisionModel, evaluation: Evaluation,
                      weight_cells: dict[str, str]) -> dict[str, str]:
    """The Risk matrix sheet; returns the cell of each option's weighted index."""
    sheet = book.active
    sheet.title = "Risk matrix"
    factors, options = model.factors, model.options
    n, m = len(options), len(factors)
    put_text(sheet["A1"], model.title or "Risk matrix")
    sheet["A1"].font = TITLE
    put_text(sheet["A2"], f"Risk = likelihood × impact. Profile: {evaluation.profile}. "
                          "Edit likelihoods, impacts or weights: risks and the index recompute.")
    risk_top, lik_top = 4, 4 + n + 4
    imp_top = lik_top + n + 2
    _matrix_block(sheet, model, risk_top, "Risk")
    last = get_column_letter(FIRST_COL + m - 1)
    index_col, rank_col = FIRST_COL + m, FIRST_COL + m + 1
    for cell, text in ((sheet.cell(risk_top, index_col), "Weighted risk index"),
                       (sheet.cell(risk_top, rank_col), "Rank")):
        put_text(cell, text)
        cell.font, cell.fill = BOLD, HEADER_FILL
    weight_row = risk_top + n + 1
    put_text(sheet.cell(weight_row, 1), "Weight")
    sheet.cell(weight_row, 1).font = BOLD
    _matrix_block(sheet, model, lik_top, "Likelihood")
    _matrix_block(sheet, model, imp_top, "Impact")
    index_cells = {}
    first_risk, last_risk = risk_top + 1, risk_top + n
    for j, factor in enumerate(factors):
        column = FIRST_COL + j
        letter = get_column_letter(column)
        sheet.cell(weight_row, column, f"={weight_cells[factor.id]}").number_format = "0.0%"
        sheet.column_dimensions[letter].width = 7
        for i, option in enumerate(options):
            score = model.score(option.id, factor.id)
            if factor.kind == "risk":
                sheet.cell(lik_top + 1 + i, column, score.likelihood)
                sheet.cell(imp_top + 1 + i, column, score.impact)
                value = f"={letter}{lik_top + 1 + i}*{letter}{imp_top + 1 + i}"
            else:
                value = score.value
            sheet.cell(risk_top + 1 + i, column, value).alignment = Alignment(horizontal="center")
    better_low = evaluation.result.better == "lower"
    # Only the raw weighted risk index is a plain SUMPRODUCT; other models are
    # normalised per criterion and their scores are written as values.
    live = method_params(evaluation.problem, "wsm").get("normalization") == "raw"
    if not live:
        put_text(sheet.cell(risk_top, index_col), "Weighted score (value)")
    for i, option in enumerate(options):
        row = risk_top + 1 + i
        formula = (f"=SUMPRODUCT(${get_column_letter(FIRST_COL)}${weight_row}:${last}${weight_row},"
                   f"{get_column_letter(FIRST_COL)}{row}:{last}{row})")
        index = sheet.cell(row, index_col, formula if live else float(evaluation.result.scores[i]))
        index.number_format = "0.000"
        index_letter = get_column_letter(index_col)
        sheet.cell(row, rank_col, f"=RANK({index_letter}{row},${index_letter}${first_risk}:"
                                  f"${index_letter}${last_risk},{1 if better_low else 0})")
        index_cells[option.id] = f"'Risk matrix'!${index_letter}${row}"
    _band_colours(sheet, model, f"C{first_risk}:{last}{last_risk}")
    _validations(sheet, f"C{lik_top + 1}:{last}{lik_top + n}", f"C{imp_top + 1}:{last}{imp_top + n}")
    sheet.column_dimensions["A"].width = 11
    sheet.column_dimensions["B"].width = 34
    sheet.column_dimensions[get_column_letter(index_col)].width = 14
    sheet.freeze_panes = sheet.cell(risk_top + 1, FIRST_COL)
    return index_cells


def _printable(sheet) -> None:
    """Landscape, one page wide, as many pages tall as needed."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _band_colours(sheet, model: DecisionModel, area: str) -> None:
    lower = 0.0
    for name, upper, color in zip(model.bands.names, model.bands.upper, model.bands.colors):
        sheet.conditional_formatting.add(
            area, CellIsRule(operator="between", formula=[str(lower + 1e-9), str(upper)], fill=_fill(color)))
        lower = upper


def _validations(sheet, *areas: str) -> None:
    check = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True,
                           showErrorMessage=True, errorTitle="1–5", error="Enter a whole number from 1 to 5.")
    sheet.add_data_validation(check)
    for area in areas:
        check.add(area)


def write_ranking(book: Workbook, evaluation: Evaluation, index_cells: dict[str, str]) -> None:
    """The Ranking sheet: the app's ranking, with the live index beside it."""
    sheet = book.create_sheet("Ranking")
    put_text(sheet["A1"], f"Ranking: weighted sum, profile {evaluation.profile} "
                          f"({evaluation.result.better} is better)")
    sheet["A1"].font = TITLE
    _header(sheet, 3, ["Rank", "Option", "Name", "Score (live)"])
    for offset, row in enumerate(evaluation.ranking()):
        line = 4 + offset
        sheet.cell(line, 1, row["rank"])
        put_text(sheet.cell(line, 2), row["option"])
        put_text(sheet.cell(line, 3), row["name"])
        sheet.cell(line, 4, f"={index_cells[row['option']]}").number_format = "0.000"
    sheet.column_dimensions["C"].width = 36
    sheet.column_dimensions["D"].width = 12


def write_workbook(path: str | os.PathLike, model: DecisionModel, evaluation: Evaluation) -> None:
    """Write the workbook to ``path`` atomically."""
    book = Workbook()
    weight_cells = write_weights(book, model, evaluation)
    index_cells = write_risk_matrix(book, model, evaluation, weight_cells)
    write_ranking(book, evaluation, index_cells)
    for sheet in book.worksheets:
        _printable(sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
