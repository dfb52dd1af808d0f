"""The live sheets: weights, the risk matrix and the 5 × 5 heat-map grids.

Risk cells are ``=likelihood*impact`` formulas coloured by conditional
formatting; the weighted risk index of each option is a SUMPRODUCT over a
weight row that reads the Weights sheet, whose global weights are formulas
over the raw local weights. Editing a likelihood, an impact or a raw weight in
Excel therefore recolours the matrix and re-ranks the options.
"""

from __future__ import annotations

from openpyxl.formatting.rule import CellIsRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from core.analysis import method_params
from core.model import RISK_MAX, DecisionModel
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.xl_style import BOLD, BOX, CENTER, HEADER_FILL, fill, header, title, widths

FIRST_COL = 3


def write_weights(book, data: ReportData) -> dict[str, str]:
    """The Weights sheet; returns the absolute cell of each factor's global weight."""
    model, raw = data.model, data.profile.weights
    sheet = book.create_sheet("Weights")
    title(sheet, f"Weights — profile “{data.profile.name}”",
          "Raw local weights are editable; local and global weights, the risk index and the ranks follow.")
    header(sheet, 4, ["Id", "Criterion", "Parent", "Raw weight", "Local weight", "Global weight"])
    nodes = list(model.walk())
    rows = {node.id: 5 + offset for offset, (node, _, _) in enumerate(nodes)}
    for node, depth, parent in nodes:
        row = rows[node.id]
        put_text(sheet.cell(row, 1), node.id)
        put_text(sheet.cell(row, 2), "    " * depth + node.name)
        put_text(sheet.cell(row, 3), parent.id if parent else "")
        sheet.cell(row, 4, float(raw.get(node.id, 1.0)))
        siblings = parent.children if parent else model.criteria
        total = "+".join(f"D{rows[s.id]}" for s in siblings)
        sheet.cell(row, 5, f"=IF(({total})=0,0,D{row}/({total}))").number_format = "0.0%"
        above = f"F{rows[parent.id]}" if parent else "1"
        sheet.cell(row, 6, f"=E{row}*{above}").number_format = "0.00%"
        if node.is_group:
            for column in (1, 2, 6):
                sheet.cell(row, column).font = BOLD
    widths(sheet, A=8, B=60, C=8, D=12, E=12, F=13)
    sheet.freeze_panes = "A5"
    return {f.id: f"Weights!$F${rows[f.id]}" for f in model.factors}


def _label_block(sheet, model: DecisionModel, top: int, label: str) -> None:
    header(sheet, top, [label, "Name"] + [f.id for f in model.factors])
    for i, option in enumerate(model.options):
        put_text(sheet.cell(top + 1 + i, 1), option.id)
        put_text(sheet.cell(top + 1 + i, 2), option.name)


def write_risk_matrix(book, data: ReportData, weight_cells: dict[str, str]) -> dict[str, str]:
    """The Risk matrix sheet; returns the absolute cell of each option's index."""
    model = data.model
    sheet = book.active
    sheet.title = "Risk matrix"
    n, m = len(model.options), len(model.factors)
    title(sheet, model.title or "Risk matrix",
          f"Risk = likelihood × impact. Profile “{data.profile.name}”. Edit a likelihood, an impact or "
          "a weight (Weights sheet): the risks, the index and the ranks recompute.")
    top, lik_top = 4, 4 + n + 4
    imp_top = lik_top + n + 2
    last = get_column_letter(FIRST_COL + m - 1)
    for block_top, label in ((top, "Risk"), (lik_top, "Likelihood"), (imp_top, "Impact")):
        _label_block(sheet, model, block_top, label)
    weight_row = top + n + 1
    put_text(sheet.cell(weight_row, 1), "Weight")
    sheet.cell(weight_row, 1).font = BOLD
    _fill_cells(sheet, model, top, lik_top, imp_top, weight_row, weight_cells)
    index_cells = _index_column(sheet, data, top, weight_row, last)
    _band_colours(sheet, model, f"C{top + 1}:{last}{top + n}")
    _validations(sheet, f"C{lik_top + 1}:{last}{lik_top + n}", f"C{imp_top + 1}:{last}{imp_top + n}")
    widths(sheet, A=11, B=34)
    sheet.freeze_panes = sheet.cell(top + 1, FIRST_COL)
    return index_cells


def _fill_cells(sheet, model, top, lik_top, imp_top, weight_row, weight_cells) -> None:
    for j, factor in enumerate(model.factors):
        column = FIRST_COL + j
        letter = get_column_letter(column)
        sheet.cell(weight_row, column, f"={weight_cells[factor.id]}").number_format = "0.0%"
        sheet.column_dimensions[letter].width = 7
        for i, option in enumerate(model.options):
            score = model.score(option.id, factor.id)
            if factor.kind == "risk":
                sheet.cell(lik_top + 1 + i, column, score.likelihood)
                sheet.cell(imp_top + 1 + i, column, score.impact)
                value = f"={letter}{lik_top + 1 + i}*{letter}{imp_top + 1 + i}"
            else:
                value = score.value
            sheet.cell(top + 1 + i, column, value).alignment = CENTER


def _index_column(sheet, data: ReportData, top: int, weight_row: int, last: str) -> dict[str, str]:
    """Weighted index and rank per option: live formulas for the raw weighted sum."""
    n, m = len(data.model.options), len(data.model.factors)
    index_col, rank_col = FIRST_COL + m, FIRST_COL + m + 1
    live = method_params(data.wsm.problem, "wsm").get("normalization") == "raw"
    label = "Weighted risk index" if live else "Weighted score (value)"
    header(sheet, top, [label, "Rank"], first=index_col)
    sheet.row_dimensions[top].height = 30
    letter, first = get_column_letter(index_col), get_column_letter(FIRST_COL)
    order = 1 if data.wsm.result.better == "lower" else 0
    cells = {}
    for i, option in enumerate(data.model.options):
        row = top + 1 + i
        formula = f"=SUMPRODUCT(${first}${weight_row}:${last}${weight_row},{first}{row}:{last}{row})"
        value = formula if live else float(data.wsm.result.scores[i])
        sheet.cell(row, index_col, value).number_format = "0.000"
        sheet.cell(row, rank_col, f"=RANK({letter}{row},${letter}${top + 1}:${letter}${top + n},{order})")
        cells[option.id] = f"'Risk matrix'!${letter}${row}"
    sheet.column_dimensions[letter].width = 14
    return cells


def _band_colours(sheet, model: DecisionModel, area: str) -> None:
    lower = 0.0
    for upper, color in zip(model.bands.upper, model.bands.colors):
        rule = CellIsRule(operator="between", formula=[f"{lower + 1e-9:g}", f"{upper:g}"], fill=fill(color))
        sheet.conditional_formatting.add(area, rule)
        lower = upper


def _validations(sheet, *areas: str) -> None:
    check = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True, showErrorMessage=True,
                           errorTitle="Likelihood and impact", error="Choose a whole number from 1 to 5.")
    sheet.add_data_validation(check)
    for area in areas:
        check.add(area)


def write_heat_map(book, data: ReportData) -> None:
    """The classic 5 × 5 likelihood–impact grid per option, factors placed in it."""
    model = data.model
    risks = [f for f in model.factors if f.kind == "risk"]
    if not risks:
        return
    sheet = book.create_sheet("Heat map")
    title(sheet, "Likelihood × impact grids", "Rows: likelihood 5 (top) to 1; columns: impact 1 to 5. Each "
          "factor sits in the cell of its likelihood and impact for that option (as exported; the Risk "
          "matrix sheet is the live one).")
    for k, option in enumerate(model.options):
        left, top = 1 + (k % 2) * 8, 4 + (k // 2) * 10
        _grid(sheet, model, option, risks, left, top)
    for column in range(1, 17):
        sheet.column_dimensions[get_column_letter(column)].width = 11


def _grid(sheet, model, option, risks, left: int, top: int) -> None:
    put_text(sheet.cell(top, left), f"{option.id} — {option.name}")
    sheet.cell(top, left).font = BOLD
    put_text(sheet.cell(top + 7, left + 1), "Impact →")
    for impact in range(1, RISK_MAX + 1):
        cell = sheet.cell(top + 6, left + impact, impact)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, CENTER
    for likelihood in range(RISK_MAX, 0, -1):
        row = top + 1 + (RISK_MAX - likelihood)
        head = sheet.cell(row, left, likelihood)
        head.font, head.fill, head.alignment = BOLD, HEADER_FILL, CENTER
        for impact in range(1, RISK_MAX + 1):
            ids = [f.id for f in risks if (model.score(option.id, f.id).likelihood,
                                           model.score(option.id, f.id).impact) == (likelihood, impact)]
            cell = sheet.cell(row, left + impact)
            put_text(cell, " ".join(ids))
            cell.fill = fill(model.bands.colors[model.bands.band(likelihood * impact)])
            cell.alignment, cell.border = CENTER, BOX
        sheet.row_dimensions[row].height = 30
