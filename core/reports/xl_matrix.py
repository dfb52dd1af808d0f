"""The input sheets: weights and the risk (or value) matrix, with the band legend.

Risk cells are ``=likelihood*impact`` formulas; direct values are input
cells.  Band limits and labels sit in cells of the legend and drive the
conditional formats, the band columns elsewhere and the heat map, so a
decision maker can move a band.  Raw weights refuse negatives and text, and a
warning cell lights up when a group's raw weights add up to zero.  The
weighted-sum score and rank beside the matrix read the Methods sheet, where
every method is computed.
"""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

from core.model import DecisionModel
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.xl_layout import FIRST_COL, Layout, letter
from core.reports.xl_style import BOLD, CENTER, INPUT_FILL, NOTE, WRAP, fill, header, own_name, title, widths
from core.reports.xl_words import Words

VERTICAL = Alignment(horizontal="center", vertical="bottom", wrap_text=True, text_rotation=90)


def weights_label(lay: Layout) -> str:
    """The profile name on the Weights sheet, marked when a raw weight was edited."""
    return f"{lay.w.ref('weights')}$B$3"


def write_weights(book, data: ReportData, lay: Layout) -> dict[str, str]:
    """The Weights sheet; returns the absolute cell of each factor's global weight."""
    model, raw, w = data.model, data.profile.weights, lay.w
    sheet = book.create_sheet(w.sheet("weights"))
    title(sheet, w("weights_title"), w("weights_note"))
    header(sheet, 4, [w(f"col_{key}") for key in ("id", "criterion", "parent", "raw_weight", "local_weight",
                                                  "global_weight", "as_exported", "check")])
    nodes = list(model.walk())
    rows = {node.id: 5 + offset for offset, (node, _, _) in enumerate(nodes)}
    last = 4 + len(nodes)
    for node, depth, parent in nodes:
        row = rows[node.id]
        put_text(sheet.cell(row, 1), node.id)
        put_text(sheet.cell(row, 2), node.name)
        # An indent, not leading spaces: in a right-to-left sheet spaces would sit at the far end of the name.
        sheet.cell(row, 2).alignment = Alignment(indent=2 * depth)
        put_text(sheet.cell(row, 3), parent.id if parent else "")
        sheet.cell(row, 4, float(raw.get(node.id, 1.0))).fill = INPUT_FILL
        sheet.cell(row, 7, float(raw.get(node.id, 1.0))).font = NOTE
        siblings = parent.children if parent else model.criteria
        total = "+".join(f"D{rows[s.id]}" for s in siblings)
        sheet.cell(row, 5, f"=IF(({total})=0,0,D{row}/({total}))").number_format = "0.0%"
        above = f"F{rows[parent.id]}" if parent else "1"
        sheet.cell(row, 6, f"=E{row}*{above}").number_format = "0.00%"
        if siblings[0].id == node.id:
            where = "group" if parent else "top"
            group = {"group": parent.id} if parent else {}
            sheet.cell(row, 8, f'=IF(({total})=0,{w.literal(f"weights_zero_{where}", **group)},'
                               f'IF(MIN({",".join(f"D{rows[s.id]}" for s in siblings)})<0,'
                               f'{w.literal(f"weights_negative_{where}", **group)},""))')
        if node.is_group:
            for column in (1, 2, 6):
                sheet.cell(row, column).font = BOLD
    _weights_guard(sheet, data, w, last)
    widths(sheet, A=8, B=40, C=7, D=9, E=9, F=10, G=9, H=30)
    sheet.freeze_panes = "A5"
    return {f.id: f"{w.ref('weights')}$F${rows[f.id]}" for f in model.factors}


def _weights_guard(sheet, data: ReportData, w: Words, last: int) -> None:
    """Validation on the raw weights, the profile label and the zero-sum warning."""
    check = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", showErrorMessage=True,
                           errorTitle=w("check_raw_weight"), error=w("check_raw_weight_error"))
    sheet.add_data_validation(check)
    check.add(f"D5:D{last}")
    name = data.profile.name
    put_text(sheet["A3"], w("col_profile"))
    sheet["A3"].font = BOLD
    sheet["B3"] = (f'=IF(SUMPRODUCT(--(D5:D{last}<>G5:G{last}))=0,{w.literal("weights_profile", name=name)},'
                   f'{w.literal("weights_profile_edited", name=name)})')
    sheet["B3"].font = BOLD
    sheet["H3"] = f'=IF(SUMPRODUCT(--(LEN(H5:H{last})>0))>0,{w.literal("weights_check")},"")'
    sheet["H3"].font = BOLD


def write_risk_matrix(book, data: ReportData, lay: Layout, weight_cells: dict[str, str]) -> None:
    """The Risk matrix sheet (or the value matrix for a model without risks)."""
    model, w = data.model, lay.w
    sheet = book.active
    sheet.title = lay.sheet
    title(sheet, model.title or lay.sheet, w("matrix_note_risks" if lay.has_risks else "matrix_note_values"))
    blocks = [(lay.top, w("col_risk") if lay.has_risks else w("col_value"))]
    if lay.has_risks:
        blocks += [(lay.lik_top, w("col_likelihood")), (lay.imp_top, w("col_impact"))]
    for block_top, label_text in blocks:
        _label_block(sheet, model, block_top, label_text, w("col_name"))
    for j, factor in enumerate(model.factors):
        cell = sheet.cell(lay.top - 1, FIRST_COL + j)
        put_text(cell, own_name(factor.id, factor.name))
        cell.alignment = VERTICAL
    sheet.row_dimensions[lay.top - 1].height = 150 if any(f.name != f.id for f in model.factors) else 15
    # The label sits in the Name column: column A stays empty, so a reader of the block above stops here.
    put_text(sheet.cell(lay.weight_row, 2), w("col_global_weight"))
    sheet.cell(lay.weight_row, 2).font = BOLD
    _fill_cells(sheet, data, lay, weight_cells)
    _index_column(sheet, data, lay)
    if lay.reg is not None:
        sheet.cell(lay.top - 1, 1, "=" + w.sentence("matrix_index_on", basis=lay.basis_phrase())).alignment = WRAP
    if lay.has_risks:
        _legend(sheet, model, lay, w)
        _band_colours(sheet, model, lay)
        _validations(sheet, w, f"C{lay.lik_top + 1}:{lay.last}{lay.lik_top + lay.n}",
                     f"C{lay.imp_top + 1}:{lay.last}{lay.imp_top + lay.n}")
    widths(sheet, A=11, B=30 if any(o.name != o.id for o in model.options) else 4)
    sheet.freeze_panes = sheet.cell(lay.top + 1, FIRST_COL)


def _label_block(sheet, model: DecisionModel, top: int, label_text: str, name: str) -> None:
    header(sheet, top, [label_text, name] + [f.id for f in model.factors])
    for i, option in enumerate(model.options):
        put_text(sheet.cell(top + 1 + i, 1), option.id)
        put_text(sheet.cell(top + 1 + i, 2), own_name(option.id, option.name))


def _fill_cells(sheet, data: ReportData, lay: Layout, weight_cells: dict[str, str]) -> None:
    model, w = data.model, lay.w
    value_check = DataValidation(type="decimal", operator="between", formula1="-1E+100", formula2="1E+100",
                                 showErrorMessage=True, errorTitle=w("col_value"), error=w("check_value_error"))
    sheet.add_data_validation(value_check)
    for j, factor in enumerate(model.factors):
        column, c = FIRST_COL + j, lay.col(j)
        sheet.cell(lay.weight_row, column, f"={weight_cells[factor.id]}").number_format = "0.0%"
        sheet.column_dimensions[c].width = max(6, len(factor.id) + 2)
        for i, option in enumerate(model.options):
            score = model.score(option.id, factor.id)
            target = sheet.cell(lay.top + 1 + i, column)
            if factor.kind == "risk":
                sheet.cell(lay.lik_top + 1 + i, column, score.likelihood).fill = INPUT_FILL
                sheet.cell(lay.imp_top + 1 + i, column, score.impact).fill = INPUT_FILL
                target.value = f"={c}{lay.lik_top + 1 + i}*{c}{lay.imp_top + 1 + i}"
            else:
                target.value = score.value
                target.fill = INPUT_FILL
            target.alignment = CENTER
        if factor.kind != "risk":  # one range per column: adding cell by cell is quadratic in openpyxl
            value_check.add(f"{c}{lay.top + 1}:{c}{lay.top + lay.n}")


def _index_column(sheet, data: ReportData, lay: Layout) -> None:
    """The weighted-sum score and rank of each option, read from the Methods sheet."""
    index_col = FIRST_COL + lay.m
    w = lay.w
    header(sheet, lay.top, [w("col_risk_index" if lay.has_risks else "col_wsm_score"), w("col_wsm_rank")],
           first=index_col)
    sheet.row_dimensions[lay.top].height = 30
    for i in range(lay.n):
        row = lay.top + 1 + i
        sheet.cell(row, index_col, f"={lay.result_cell('wsm', 'score', i)}").number_format = "0.000"
        sheet.cell(row, index_col + 1, f"={lay.result_cell('wsm', 'rank', i)}")
    sheet.column_dimensions[letter(index_col)].width = 12
    sheet.column_dimensions[letter(index_col + 1)].width = 8


def _legend(sheet, model: DecisionModel, lay: Layout, w: Words) -> None:
    """Band labels and upper limits as input cells, each row in its band's colour."""
    top = lay.band_top
    put_text(sheet.cell(top - 1, 1), w("bands_caption"))
    sheet.cell(top - 1, 1).font = BOLD
    header(sheet, top, [w("col_band"), w("col_risk_above"), w("col_up_to")])
    for k, (name, upper, color) in enumerate(zip(model.bands.names, model.bands.upper, model.bands.colors)):
        row = top + 1 + k
        put_text(sheet.cell(row, 1), name)
        sheet.cell(row, 1).fill = fill(color)
        sheet.cell(row, 2, f"=C{row - 1}" if k else 0)
        sheet.cell(row, 3, float(upper)).fill = INPUT_FILL
    check = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", showErrorMessage=True,
                           errorTitle=w("check_band_limit"), error=w("check_band_limit_error"))
    sheet.add_data_validation(check)
    check.add(f"C{top + 1}:C{top + len(model.bands.upper)}")


def band_rule(value: str, uppers: list[str], k: int) -> str:
    """Condition that ``value`` falls in band k of ``uppers`` (the last band takes everything above)."""
    lower = f"{value}>{uppers[k - 1]}" if k else "TRUE"
    upper = f"{value}<={uppers[k]}" if k < len(uppers) - 1 else "TRUE"
    return f"AND(ISNUMBER({value}),{lower},{upper})"


def band_label(value: str, lay: Layout, count: int) -> str:
    """A formula naming the band of ``value`` from the legend's cells."""
    text = lay.band_label(count - 1)
    for k in range(count - 2, -1, -1):
        text = f"IF({value}<={lay.band_upper(k)},{lay.band_label(k)},{text})"
    return text


def _band_colours(sheet, model: DecisionModel, lay: Layout) -> None:
    count = len(model.bands.upper)
    for j, factor in enumerate(model.factors):
        if factor.kind != "risk":
            continue
        c = lay.col(j)
        area = f"{c}{lay.top + 1}:{c}{lay.top + lay.n}"
        for k, color in enumerate(model.bands.colors):
            uppers = [lay.band_upper(b).replace(lay.matrix, "") for b in range(count)]
            rule = band_rule(f"{c}{lay.top + 1}", uppers, k)
            sheet.conditional_formatting.add(area, FormulaRule(formula=[rule], fill=fill(color)))


def _validations(sheet, w: Words, *areas: str) -> None:
    check = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True, showErrorMessage=True,
                           errorTitle=w("check_levels"), error=w("check_levels_error"))
    sheet.add_data_validation(check)
    for area in areas:
        check.add(area)
