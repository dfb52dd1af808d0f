"""The Heat map sheet: the classic 5 × 5 likelihood × impact grid per option, live.

Each grid cell counts (COUNTIFS) and names the factors whose likelihood and
impact on the Risk matrix sheet fall in it, so an edit there moves a factor
here; cells are coloured by the band of likelihood × impact, with the band
limits read from the Risk matrix legend.
"""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.worksheet.pagebreak import Break

from core.model import RISK_MAX, DecisionModel, Option
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.xl_layout import Layout, letter
from core.reports.xl_matrix import band_rule
from core.reports.xl_style import BOLD, BOX, CENTER, HEADER_FILL, fill, header, title, widths

# Excel refuses formulas longer than 8,192 characters; a grid cell then shows the count only.
FORMULA_LIMIT = 8000
# Two grids side by side: a likelihood column, five impact columns and a narrow gap each.
GRID_STEP = 7
LEGEND_COL = 2 * GRID_STEP + 1


def write_heat_map(book, data: ReportData, lay: Layout) -> None:
    """One live grid per option, two grids across, with the band legend beside them."""
    model = data.model
    if not lay.has_risks:
        return
    w = lay.w
    sheet = book.create_sheet(w.sheet("heat"))
    title(sheet, w("heat_title"), w("heat_note"))
    uppers = _legend(sheet, model, lay)
    for i, option in enumerate(model.options):
        left, top = 1 + (i % 2) * GRID_STEP, 4 + (i // 2) * 10
        _grid(sheet, model, lay, i, option, left, top, uppers)
    for column in range(1, LEGEND_COL):
        position = (column - 1) % GRID_STEP
        sheet.column_dimensions[letter(column)].width = 6 if position == 0 else 2 if position == 6 else 9
    widths(sheet, **{letter(LEGEND_COL): 10, letter(LEGEND_COL + 1): 8})
    sheet.print_title_rows = "1:2"
    # Two rows of grids fill a page: break there, so a grid's title never sits alone at a page foot.
    for row in range(3 + 20, 4 + 10 * ((lay.n + 1) // 2), 20):
        sheet.row_breaks.append(Break(id=row))


def _legend(sheet, model: DecisionModel, lay: Layout) -> list[str]:
    header(sheet, 4, [lay.w("col_band"), lay.w("col_up_to")], first=LEGEND_COL)
    uppers = []
    for k, color in enumerate(model.bands.colors):
        row = 5 + k
        sheet.cell(row, LEGEND_COL, f"={lay.band_label(k)}").fill = fill(color)
        sheet.cell(row, LEGEND_COL + 1, f"={lay.band_upper(k)}")
        uppers.append(f"${letter(LEGEND_COL + 1)}${row}")
    return uppers


def _grid(sheet, model: DecisionModel, lay: Layout, i: int, option: Option, left: int, top: int,
          uppers: list[str]) -> None:
    put_text(sheet.cell(top, left), option.name if option.name == option.id else f"{option.id} — {option.name}")
    sheet.cell(top, left).font = BOLD
    put_text(sheet.cell(top + 7, left + 1), lay.w("heat_impact_axis"))
    for impact in range(1, RISK_MAX + 1):
        cell = sheet.cell(top + 6, left + impact, impact)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, CENTER
    for likelihood in range(RISK_MAX, 0, -1):
        row = top + 1 + (RISK_MAX - likelihood)
        head = sheet.cell(row, left, likelihood)
        head.font, head.fill, head.alignment = BOLD, HEADER_FILL, CENTER
        for impact in range(1, RISK_MAX + 1):
            cell = sheet.cell(row, left + impact, _cell_formula(model, lay, i, likelihood, impact))
            cell.alignment, cell.border = CENTER, BOX
        sheet.row_dimensions[row].height = 32
    area = f"{letter(left + 1)}{top + 1}:{letter(left + RISK_MAX)}{top + RISK_MAX}"
    product = f"${letter(left)}{top + 1}*{letter(left + 1)}${top + 6}"
    for k, color in enumerate(model.bands.colors):
        sheet.conditional_formatting.add(area, FormulaRule(formula=[band_rule(product, uppers, k)], fill=fill(color)))


def _cell_formula(model: DecisionModel, lay: Layout, i: int, likelihood: int, impact: int) -> str:
    row_l, row_i = lay.lik_top + 1 + i, lay.imp_top + 1 + i
    count = (f"COUNTIFS({lay.matrix}$C${row_l}:${lay.last}${row_l},{likelihood},"
             f"{lay.matrix}$C${row_i}:${lay.last}${row_i},{impact})")
    names = "&".join(f'IF(AND({lay.lik_cell(i, j)}={likelihood},{lay.imp_cell(i, j)}={impact}),"{_quoted(f.id)} ","")'
                     for j, f in enumerate(model.factors) if f.kind == "risk")
    full = f'=IF({count}=0,"",{count}&" · "&TRIM({names}))'
    return full if len(full) <= FORMULA_LIMIT else f'=IF({count}=0,"",{count})'


def _quoted(text: str) -> str:
    """``text`` inside a formula's string literal."""
    return text.replace('"', '""')
