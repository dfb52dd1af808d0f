"""Descriptor scales, the 5 × 5 heat-map counts and the Dashboard: all read the Risk register by formula.

The Descriptor scales sheet holds what each level 1–5 means (input cells);
the register's "in words" column, the count grids' axes and the Dashboard
read their labels there. The count grids count every register row per
likelihood × impact cell, inherent and residual, coloured by the band of the
cell's product with the limits of the Risk matrix legend. The Dashboard
counts risks by band and by group, inherent against residual, lists the ten
largest residual risks (residual score, then inherent score, then register
order) and the reviews overdue on its "As of" date.
"""

from __future__ import annotations

import datetime as dt

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment

from core.catalogue import catalogue
from core.model import RISK_MAX
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.xl_layout import Layout, letter
from core.reports.xl_matrix import band_rule
from core.reports.xl_register import DATE, factor_groups, headings
from core.reports.xl_style import BOLD, BOX, CENTER, HEADER_FILL, INPUT_FILL, LINE_HEIGHT, NOTE, WRAP, fill, header, \
    title, widths

TOP_ALIGNED = Alignment(vertical="top")
TOP_CENTER_WRAP = Alignment(horizontal="center", vertical="top", wrap_text=True)
LAST, HELPER = 11, 12  # the listings end in column K; column L (hidden) holds the register row each line reads
TOP = 10  # how many of the largest residual risks and of the overdue reviews the Dashboard lists


def write_scales(book, data: ReportData, lay: Layout) -> None:
    """The Descriptor scales sheet: label and description of each level, editable."""
    scales, w = data.model.register.scales, lay.w
    sheet = book.create_sheet(w.sheet("scales"))
    title(sheet, w("scales_title"), w("scales_note"))
    header(sheet, 4, headings(w, ("level", "likelihood", "meaning", "impact", "meaning")))
    for level in range(1, RISK_MAX + 1):
        row = 4 + level
        sheet.cell(row, 1, level)
        sheet.cell(row, 1).alignment = TOP_CENTER_WRAP
        for column, item in ((2, scales.likelihood[level - 1]), (4, scales.impact[level - 1])):
            put_text(sheet.cell(row, column), item.label)
            sheet.cell(row, column).fill, sheet.cell(row, column).alignment = INPUT_FILL, WRAP
            put_text(sheet.cell(row, column + 1), item.description)
            sheet.cell(row, column + 1).alignment = WRAP
    widths(sheet, A=7, B=16, C=42, D=16, E=42)


def write_counts(book, data: ReportData, lay: Layout) -> None:
    """Two 5 × 5 grids of counts over every register row: inherent on the left, residual on the right."""
    reg, model, w = lay.register, data.model, lay.w
    sheet = book.create_sheet(w.sheet("counts"))
    title(sheet, w("counts_title"), f"{catalogue(w.language)['register.rule']} {w('counts_note')}")
    uppers = []
    header(sheet, 14, ["", w("col_band"), w("col_up_to")])  # below the grids: beside them, the page would be too wide
    for k, color in enumerate(model.bands.colors):
        sheet.cell(15 + k, 2, f"={lay.band_label(k)}").fill = fill(color)
        sheet.cell(15 + k, 3, f"={lay.band_upper(k)}")
        uppers.append(f"$C${15 + k}")
    for left, (what, lik, imp) in ((1, ("inherent", "inh_l", "inh_i")), (9, ("residual", "res_l", "res_i"))):
        _count_grid(sheet, reg, left, w(f"counts_grid_{what}"), lik, imp, uppers, model.bands.colors)
    for column in range(1, 17):
        position = (column - 1) % 8
        sheet.column_dimensions[letter(column)].width = (4, 11, 9, 9, 9, 9, 9, 2)[position]
    sheet.row_dimensions[11].height = 30


def _count_grid(sheet, reg, left: int, what: str, lik: str, imp: str, uppers: list[str], colors) -> None:
    put_text(sheet.cell(4, left), what)
    sheet.cell(4, left).font = BOLD
    for likelihood in range(RISK_MAX, 0, -1):
        row = 5 + RISK_MAX - likelihood
        sheet.cell(row, left, likelihood).font = BOLD
        sheet.cell(row, left + 1, f"={reg.scale_label('likelihood', str(likelihood))}").font = BOLD
        for impact in range(1, RISK_MAX + 1):
            cell = sheet.cell(row, left + 1 + impact, f"=COUNTIFS({reg.range(lik)},{likelihood},{reg.range(imp)},"
                                                      f"{impact})")
            cell.alignment, cell.border = CENTER, BOX
        sheet.row_dimensions[row].height = 28
    for impact in range(1, RISK_MAX + 1):
        number = sheet.cell(10, left + 1 + impact, impact)
        number.font, number.fill, number.alignment = BOLD, HEADER_FILL, CENTER
        words = sheet.cell(11, left + 1 + impact, f"={reg.scale_label('impact', str(impact))}")
        words.alignment = TOP_CENTER_WRAP
    first, last = letter(left + 2), letter(left + 1 + RISK_MAX)
    sheet.cell(12, left + 1, "=" + reg.w.sentence("counts_total", count=f"SUM({first}5:{last}9)")).font = NOTE
    product = f"${letter(left)}5*{first}$10"
    for k, color in enumerate(colors):
        sheet.conditional_formatting.add(f"{first}5:{last}9",
                                         FormulaRule(formula=[band_rule(product, uppers, k)], fill=fill(color)))


def write_dashboard(book, data: ReportData, lay: Layout) -> None:
    """Counts by band and by group, inherent against residual; the largest residual risks; overdue reviews."""
    reg, model, w = lay.register, data.model, lay.w
    sheet = book.create_sheet(w.sheet("dashboard"))
    title(sheet, w("dashboard_title"), f"{catalogue(w.language)['register.rule']} {w('dashboard_note')}")
    put_text(sheet["A4"], w("as_of"))
    sheet["A4"].font = BOLD
    sheet["B4"] = dt.date.fromisoformat(data.date)
    sheet["B4"].number_format, sheet["B4"].fill = DATE, INPUT_FILL
    put_text(sheet["C4"], w("as_of_note"))
    sheet["C4"].font = NOTE
    put_text(sheet["A5"], w("ranked_on"))
    sheet["A5"].font = BOLD
    planned = f'IF({reg.planned}="{w.code("yes")}",{w.literal("planned_counted")},{w.literal("planned_not_counted")})'
    sheet["B5"] = "=" + w.sentence("ranked_on_value", basis=lay.basis_phrase(), planned=planned)
    row = _by_band(sheet, model, lay, 7)
    row = _by_group(sheet, model, lay, row + 2)
    row = _largest(sheet, reg, row + 2)
    _overdue(sheet, reg, row + 2)
    widths(sheet, A=16, B=10, **{letter(c): 10 for c in range(3, LAST + 1)})
    sheet.column_dimensions[letter(HELPER)].hidden = True
    sheet.print_title_rows = "1:2"


def _by_band(sheet, model, lay: Layout, top: int) -> int:
    reg, w = lay.register, lay.w
    put_text(sheet.cell(top, 1), w("by_band"))
    sheet.cell(top, 1).font = BOLD
    header(sheet, top + 1, headings(w, ("band", "inherent", "residual")))
    for k, color in enumerate(model.bands.colors):
        row = top + 2 + k
        sheet.cell(row, 1, f"={lay.band_label(k)}").fill = fill(color)
        sheet.cell(row, 2, f"=COUNTIF({reg.range('inh_band')},A{row})")
        sheet.cell(row, 3, f"=COUNTIF({reg.range('res_band')},A{row})")
    last = top + 1 + len(model.bands.colors)
    put_text(sheet.cell(last + 1, 1), w("all_risks"))
    sheet.cell(last + 1, 1).font = BOLD
    for column in (2, 3):
        c = letter(column)
        sheet.cell(last + 1, column, f"=SUM({c}{top + 2}:{c}{last})").font = BOLD
    return last + 1


def _by_group(sheet, model, lay: Layout, top: int) -> int:
    reg, w = lay.register, lay.w
    put_text(sheet.cell(top, 1), w("by_group"))
    sheet.cell(top, 1).font = BOLD
    header(sheet, top + 1, headings(w, ("group", "risks")))
    for k in range(len(model.bands.colors)):
        for offset, what in enumerate(("inherent", "residual")):
            cell = sheet.cell(top + 1, 3 + 2 * k + offset,
                              "=" + w.sentence(f"band_{what}", band=lay.band_label(k)))
            cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, CENTER
    sheet.row_dimensions[top + 1].height = 45
    names = list(dict.fromkeys(factor_groups(model).get(model.factors[j].id, "") for _, j in reg.cells))
    for g, name in enumerate(names):
        row = top + 2 + g
        put_text(sheet.cell(row, 1), name or w("no_group"))
        sheet.cell(row, 1).alignment = WRAP
        sheet.row_dimensions[row].height = 30 if len(name) > 20 else None
        key = f'""' if not name else f"A{row}"
        sheet.cell(row, 2, f"=COUNTIF({reg.range('group')},{key})")
        for k in range(len(model.bands.colors)):
            for offset, band in enumerate(("inh_band", "res_band")):
                head = f"{lay.band_label(k)}"
                sheet.cell(row, 3 + 2 * k + offset, f"=COUNTIFS({reg.range('group')},{key},{reg.range(band)},{head})")
        for column in range(2, 3 + 2 * len(model.bands.colors)):
            sheet.cell(row, column).alignment = TOP_ALIGNED
    return top + 1 + len(names)


def _listing(sheet, reg, top: int, caption: str, labels: list[str], key: str, pick: str,
             columns: list[str], first: str) -> int:
    """TOP rows picked by ``pick`` (LARGE or SMALL) over the register's ``key`` column.

    The last column (the risk's name) spans the rest of the table; the
    register row each line reads sits in a hidden helper column.
    """
    put_text(sheet.cell(top, 1), caption)
    sheet.cell(top, 1).font = BOLD
    header(sheet, top + 1, [first, *labels])
    sheet.merge_cells(start_row=top + 1, start_column=len(labels) + 1, end_row=top + 1, end_column=LAST)
    keys = reg.range(key)
    where = letter(HELPER)
    for t in range(1, TOP + 1):
        row = top + 1 + t
        sheet.cell(row, 1, t).alignment = CENTER
        sheet.cell(row, HELPER, f'=IFERROR(MATCH({pick}({keys},{t}),{keys},0),"")')
        for column, name in enumerate(columns, start=2):
            text = "" if name in ("inh_score", "res_score", "review") else '&""'  # an empty text stays empty
            target = sheet.cell(row, column, f'=IF(${where}{row}="","",INDEX({reg.range(name)},${where}{row}){text})')
            if name == "review":
                target.number_format = DATE
            elif text:  # a name wraps within its column instead of running into (or under) its neighbour's
                target.alignment = WRAP
        sheet.merge_cells(start_row=row, start_column=len(labels) + 1, end_row=row, end_column=LAST)
        sheet.row_dimensions[row].height = 2 * LINE_HEIGHT  # live texts: the height is not measured, two lines
    return top + 1 + TOP


def _largest(sheet, reg, top: int) -> int:
    w = reg.w
    return _listing(sheet, reg, top, w("largest", count=TOP),
                    headings(w, ("risk", "option", "inherent", "residual", "res_band", "status", "owner",
                                 "risk_name")), "top_key", "LARGE",
                    ["id", "option", "inh_score", "res_score", "res_band", "status", "owner", "risk"], w("col_rank"))


def _overdue(sheet, reg, top: int) -> int:
    w = reg.w
    put_text(sheet.cell(top, 1), w("overdue_reviews"))
    sheet.cell(top, 1).font = BOLD
    sheet.cell(top, 2, f'=COUNTIF({reg.range("overdue")},"{w.code("overdue")}")').font = BOLD
    put_text(sheet.cell(top, 3), w("overdue_note"))
    sheet.cell(top, 3).font = NOTE
    return _listing(sheet, reg, top + 1, w("overdue_first", count=TOP),
                    headings(w, ("risk", "option", "review", "status", "owner", "risk_name")), "overdue_key", "SMALL",
                    ["id", "option", "review", "status", "owner", "risk"], w("col_number"))
