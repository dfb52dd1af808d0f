"""The Controls and Risk register sheets: residual likelihood, impact, score and band as live formulas.

Controls sheet: the ranking basis and "include planned controls" cells, the
controls (status an input) and the effects table, each effect counted only
when its control counts. Risk register sheet: one row per option × risk
factor in the analysts' layout; the inherent likelihood and impact read the
Risk matrix sheet, the residual ones subtract the counted effects on the cell
(never below 1, as :data:`core.register.residual.RULE` says), and the bands
read the Risk matrix legend, so an edit to a control, an effect, a score or a
band limit moves every register row, the counts and, through the basis cell,
every ranking.
"""

from __future__ import annotations

import datetime as dt
from copy import copy

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, NamedStyle
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.worksheet.datavalidation import DataValidation

from core.catalogue import catalogue
from core.register import CONTROL_STATUSES, STATUSES, TREATMENTS
from core.reports.cells import EXCEL_CELL_LIMIT, put_text
from core.reports.data import ReportData
from core.reports.xl_layout import Layout
from core.reports.xl_matrix import band_label, band_rule
from core.reports.xl_reglayout import COLUMNS, col, ecol
from core.reports.xl_style import BOLD, CENTER, INPUT_FILL, NOTE, TOP_CENTER, WRAP, fill, header, own_name, title, \
    widths
from core.reports.xl_words import Words

DATE = "yyyy-mm-dd"
FORMULA_LIMIT = 8000  # Excel refuses formulas longer than 8,192 characters
# Column headings (catalogue keys col_*): the controls table, the effects table, the register (as COLUMNS).
CONTROL_HEADER = ("id", "name", "description", "owner", "status", "evidence", "counts")
EFFECT_HEADER = ("control", "option", "factor", "lower_likelihood", "lower_impact", "counts", "likelihood_counted",
                 "impact_counted")
REGISTER_HEADER = ("risk", "option", "option_name", "factor", "risk_name", "group", "statement", "owner",
                   "controls", "inh_l", "inh_i", "inh_score", "inh_band", "res_l", "res_i", "res_score", "res_band",
                   "words", "treatment", "action", "due", "status", "review", "overdue", "top_key", "overdue_key",
                   "effects")


def headings(w: Words, keys: tuple[str, ...]) -> list[str]:
    """The column headings ``keys`` in the workbook's words."""
    return [w(f"col_{key}") for key in keys]


def _choice(sheet, w: Words, values: tuple[str, ...], area: str, what: str, blank: bool = False) -> None:
    words = w.codes(values)
    check = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=blank,
                           showErrorMessage=True, errorTitle=what,
                           error=w("check_choice", values=catalogue(w.language)["document.list_sep"].join(words)))
    sheet.add_data_validation(check)
    check.add(area)


def _input(cell, value, text: bool = True) -> None:
    if text and isinstance(value, str):
        put_text(cell, value)
    else:
        cell.value = value
    cell.fill = INPUT_FILL


def write_controls(book, data: ReportData, lay: Layout, basis: str) -> None:
    """The Controls sheet: the basis and planned-controls cells, the controls and their effects."""
    reg, model, w = lay.register, data.model, lay.w
    sheet = book.create_sheet(w.sheet("controls"))
    title(sheet, w("controls_title"), f"{catalogue(w.language)['register.rule']} {w('controls_note')}")
    settings = ((w("setting_basis"), basis, ("inherent", "residual"), w("setting_basis_note")),
                (w("setting_planned"), "yes" if model.register.include_planned else "no", ("yes", "no"),
                 w("setting_planned_note", yes=w.code("yes"))))
    for row, (label_text, value, choices, note) in enumerate(settings, start=4):
        put_text(sheet.cell(row, 1), label_text)
        sheet.cell(row, 1).font, sheet.cell(row, 1).alignment = BOLD, WRAP
        _input(sheet.cell(row, 2), w.code(value))
        sheet.cell(row, 2).alignment = WRAP
        _choice(sheet, w, choices, f"B{row}", label_text)
        put_text(sheet.cell(row, 3), note)
        sheet.cell(row, 3).font, sheet.cell(row, 3).alignment = NOTE, WRAP
        sheet.merge_cells(start_row=row, start_column=3, end_row=row, end_column=8)
    header(sheet, reg.control_top, headings(w, CONTROL_HEADER))
    rows = list(reg.control_rows)
    for row, control in zip(rows, model.register.controls):
        for column, value in enumerate((control.id, control.name, control.description, control.owner), start=1):
            put_text(sheet.cell(row, column), value)
        _input(sheet.cell(row, 5), w.code(control.status))
        put_text(sheet.cell(row, 6), control.evidence)
    for row in rows:
        for column in range(1, 8):  # every cell of a row starts on its first line
            sheet.cell(row, column).alignment = WRAP if column in (2, 3, 4, 6) else TOP_CENTER
        status = f"TRIM(E{row})"  # compared trimmed, as import-scores reads it back
        in_place, planned, yes, no = w.codes(("in place", "planned", "yes", "no"))
        sheet.cell(row, 7, f'=IF(A{row}="","",IF(OR({status}="{in_place}",AND({status}="{planned}",'
                           f'{reg.planned}="{yes}")),"{yes}","{no}"))')
    for row in rows[len(model.register.controls):]:  # spare rows: room for a control added in the workbook
        for column in range(1, 7):
            sheet.cell(row, column).fill = INPUT_FILL
    _choice(sheet, w, CONTROL_STATUSES, f"E{rows[0]}:E{rows[-1]}", w("check_control_status"))
    _effects(sheet, data, lay)
    widths(sheet, A=22, B=20, C=26, D=14, E=10, F=12, G=10, H=10)
    sheet.freeze_panes = sheet.cell(reg.control_top + 1, 1)
    sheet.print_title_rows = f"{reg.control_top}:{reg.control_top}"


def _effects(sheet, data: ReportData, lay: Layout) -> None:
    reg, w = lay.register, lay.w
    put_text(sheet.cell(reg.effect_top - 1, 1), w("effects_caption"))
    sheet.cell(reg.effect_top - 1, 1).font = BOLD
    header(sheet, reg.effect_top, headings(w, EFFECT_HEADER))
    rows = list(reg.effect_rows)
    effects = [(c.id, e) for c in data.model.register.controls for e in c.effects]
    first, last = reg.control_rows[0], reg.control_rows[-1]
    for row, (control, effect) in zip(rows, effects):
        for column, value in enumerate((control, effect.option, effect.factor), start=1):
            put_text(sheet.cell(row, column), value)
        _input(sheet.cell(row, 4), effect.likelihood)
        _input(sheet.cell(row, 5), effect.impact)
    for row in rows[len(effects):]:
        for column in range(1, 6):
            sheet.cell(row, column).fill = INPUT_FILL
    for row in rows:
        counts, lik, imp = (f"{ecol(name)}{row}" for name in ("counts", "likelihood", "impact"))
        sheet[counts].alignment = TOP_CENTER
        sheet[counts] = (f'=IF(A{row}="","",IFERROR(INDEX($G${first}:$G${last},MATCH(A{row},$A${first}:$A${last},'
                         f'0)),{w.literal("unknown_control")}))')
        sheet[f"{ecol('l_counted')}{row}"] = f'=IF({counts}="{w.code("yes")}",N({lik}),0)'
        sheet[f"{ecol('i_counted')}{row}"] = f'=IF({counts}="{w.code("yes")}",N({imp}),0)'
    levels = DataValidation(type="whole", operator="between", formula1="0", formula2="4", allow_blank=True,
                            showErrorMessage=True, errorTitle=w("check_effect"), error=w("check_effect_error"))
    sheet.add_data_validation(levels)
    levels.add(f"D{rows[0]}:E{rows[-1]}")


def factor_groups(model) -> dict[str, str]:
    """Each factor's top-level group, as a register shows it ("" for a factor at the top level)."""
    groups: dict[str, str] = {}
    for top in model.criteria:
        name = f"{top.id} — {top.name}" if top.name != top.id else top.id
        stack = [top]
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if not node.is_group:
                groups[node.id] = name if node is not top else ""
    return groups


def _control_text(w: Words, rows: list[int], c: dict[str, str]) -> str:
    """The controls acting on this row's cell, "(not counted)" after those that do not count now.

    The effects exported for the cell are named; an effect typed into the
    table later (a spare row, or a row moved to this cell) shows as "+ n
    more", so the column never leaves out an effect the residual uses.
    """
    ref = w.ref("controls")
    here = [f"AND({ref}$B${r}={c['option']},{ref}$C${r}={c['factor']},"
            f"N({ref}$D${r})+N({ref}$E${r})>0)" for r in rows]
    parts = "&".join(f'IF({cond},"; "&{ref}$A${r}&IF({ref}$F${r}="{w.code("yes")}","",'
                     f'{w.literal("not_counted")}),"")' for r, cond in zip(rows, here))
    named = "+".join(here) or "0"
    extra = w.sentence("more_effects", count=f"({c['effects']}-({named}))")
    more = f'IF({c["effects"]}>{named},"; "&{extra},"")'
    formula = f"=MID({parts + '&' if parts else ''}{more},3,{EXCEL_CELL_LIMIT})"
    if len(formula) > FORMULA_LIMIT:  # Excel refuses longer formulas: the count alone
        return f'=IF({c["effects"]}>0,{w.sentence("effects_count", count=c["effects"])},"")'
    return formula


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def write_register(book, data: ReportData, lay: Layout) -> None:
    """The Risk register sheet: one row per option × risk factor."""
    reg, model, w = lay.register, data.model, lay.w
    sheet = book.create_sheet(w.sheet("register"))
    title(sheet, w("register_title"), f"{catalogue(w.language)['register.rule']} {w('register_note')}")
    sheet.merge_cells("A2:I2")  # the first printed page's width: a line across both pages would be cut
    sheet["A2"].alignment, sheet.row_dimensions[2].height = WRAP, 45
    header(sheet, reg.top, headings(w, REGISTER_HEADER))
    sheet.row_dimensions[reg.top].height = 30
    groups, acting, styles = factor_groups(model), _acting(data, lay), _styles(book)
    effect = {name: reg.effect_range(name) for name in ("option", "factor", "likelihood", "impact", "l_counted",
                                                         "i_counted")}
    bands = len(model.bands.upper)
    n = reg.n
    for k, (i, j) in enumerate(reg.cells):
        row = reg.row(k)
        option, factor = model.options[i], model.factors[j]
        entry = model.register.entry(option.id, factor.id)
        for column, name in enumerate(COLUMNS, start=1):
            sheet.cell(row, column).style = styles[name]
        fixed = (f"{option.id}·{factor.id}", option.id, own_name(option.id, option.name), factor.id,
                 own_name(factor.id, factor.name), groups.get(factor.id, ""))
        for column, value in enumerate(fixed, start=1):
            put_text(sheet.cell(row, column), value)
        c = {name: f"{col(name)}{row}" for name in ("option", "factor", "inh_l", "inh_i", "inh_score", "res_l",
                                                    "res_i", "res_score", "status", "review", "overdue",
                                                    "effects")}
        cells = {
            "controls": _control_text(w, acting.get((option.id, factor.id), []), c),
            "inh_l": f"={lay.lik_cell(i, j)}", "inh_i": f"={lay.imp_cell(i, j)}",
            "inh_score": f"={c['inh_l']}*{c['inh_i']}",
            "inh_band": f"={band_label(c['inh_score'], lay, bands)}",
            "res_l": f"=MAX(1,{c['inh_l']}-{_counted(effect, c, 'l_counted')})",
            "res_i": f"=MAX(1,{c['inh_i']}-{_counted(effect, c, 'i_counted')})",
            "res_score": f"={c['res_l']}*{c['res_i']}",
            "res_band": f"={band_label(c['res_score'], lay, bands)}",
            "words": f'={reg.scale_label("likelihood", c["res_l"])}&" × "&{reg.scale_label("impact", c["res_i"])}',
            "overdue": f'=IF(AND(ISNUMBER({c["review"]}),TRIM({c["status"]})<>"{w.code("closed")}",'
                       f'{c["review"]}<{reg.as_of}),"{w.code("overdue")}","")',
            "top_key": f'=IF(ISNUMBER({c["res_score"]}),{c["res_score"]}*{26 * (n + 1)}+{c["inh_score"]}*{n + 1}'
                       f'+{n - k},"")',
            "overdue_key": f'=IF({c["overdue"]}="{w.code("overdue")}",{c["review"]}*{n + 1}+{k},"")',
            "effects": f"=SUMPRODUCT(({effect['option']}={c['option']})*({effect['factor']}={c['factor']})"
                       f"*(({effect['likelihood']}+{effect['impact']})>0))",
        }
        for name, formula in cells.items():
            sheet.cell(row, INDEX[name], formula)
        for name, value in (("statement", entry.statement), ("owner", entry.owner),
                            ("treatment", w.code(entry.treatment) if entry.treatment else ""),
                            ("action", entry.action), ("status", w.code(entry.status))):
            put_text(sheet.cell(row, INDEX[name]), value)
        for name, value in (("due", entry.due), ("review", entry.review)):
            sheet.cell(row, INDEX[name], _date(value))
    _register_checks(sheet, w, reg)
    _register_look(sheet, reg)
    _register_bands(sheet, data, lay)
    sheet.freeze_panes = "B5"
    sheet.print_title_rows = f"{reg.top}:{reg.top}"


# Width of each column on screen and paper; text columns wrap, so the register prints on two pages across.
WIDTHS = {"id": 9, "option": 7, "option_name": 18, "factor": 6, "risk": 22, "inh_l": 9, "inh_i": 9,
          "inh_score": 9, "res_l": 9, "res_i": 9, "res_score": 9, "group": 12, "statement": 28,
          "owner": 12, "controls": 12, "inh_band": 9, "res_band": 9, "words": 14, "treatment": 10, "action": 18,
          "due": 10, "status": 9, "review": 10, "overdue": 8}
KINDS = {"text": ("id", "option", "option_name", "factor", "risk", "group", "controls", "words"),
         "input": ("statement", "owner", "action"), "choice": ("treatment", "status"), "date": ("due", "review")}
INDEX = {name: k for k, name in enumerate(COLUMNS, start=1)}


def _styles(book) -> dict[str, str]:
    """The named style of each register column: one assignment per cell, not one per attribute (fast)."""
    looks = {"text": {"alignment": WRAP}, "number": {"alignment": TOP_CENTER},
             "input": {"alignment": WRAP, "fill": INPUT_FILL},
             "choice": {"alignment": TOP_CENTER, "fill": INPUT_FILL},
             "date": {"alignment": TOP_CENTER, "fill": INPUT_FILL, "number_format": DATE}}
    names = {kind: f"Register {kind}" for kind in looks}
    for kind, look in looks.items():
        if names[kind] not in book.named_styles:
            book.add_named_style(NamedStyle(names[kind], font=copy(DEFAULT_FONT), **look))
    return {column: names[next((kind for kind, cols in KINDS.items() if column in cols), "number")]
            for column in COLUMNS}
HELPERS = ("top_key", "overdue_key", "effects")  # what the Dashboard and the Controls column read: hidden


def _register_look(sheet, reg) -> None:
    """Column widths, wrapped text at the top of each row, helper columns hidden."""
    for name in COLUMNS:
        sheet.column_dimensions[col(name)].width = WIDTHS.get(name, 5)
    for name in HELPERS:
        sheet.column_dimensions[col(name)].hidden = True
    # Two pages across at about 85 %: a register read on paper keeps each row on one sheet of paper pair.
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 2, 0
    for column, name in enumerate(COLUMNS, start=1):
        if name in ("id", "option", "factor"):
            continue
        sheet.cell(reg.top, column).alignment = CENTER


def _register_bands(sheet, data: ReportData, lay: Layout) -> None:
    """The band legend in row 3 (read from the Risk matrix legend) and the band colours of both assessments."""
    reg, bands = lay.register, data.model.bands
    put_text(sheet["A3"], lay.w("bands_label"))
    sheet["A3"].font = BOLD
    uppers = []
    for k, color in enumerate(bands.colors):
        label, upper = sheet.cell(3, 2 + 2 * k), sheet.cell(3, 3 + 2 * k)
        label.value, label.fill = f"={lay.band_label(k)}", fill(color)
        above = k and k == len(bands.colors) - 1  # the last band: everything above the one before
        upper.value = f"={lay.band_upper(k - 1 if above else k)}"
        upper.number_format = '"> "General' if above else '"≤ "General'
        upper.alignment = Alignment(horizontal="left")
        uppers.append(f"${upper.column_letter}$3")  # the colours read this sheet's cells, as Excel prefers
    first, last = reg.top + 1, reg.top + max(1, reg.n)
    for score, band in (("inh_score", "inh_band"), ("res_score", "res_band")):
        area = f"{col(score)}{first}:{col(band)}{last}"
        for k, color in enumerate(bands.colors):
            rule = band_rule(f"${col(score)}{first}", uppers, k)
            sheet.conditional_formatting.add(area, FormulaRule(formula=[rule], fill=fill(color)))


def _counted(effect: dict[str, str], c: dict[str, str], what: str) -> str:
    """The levels the counted effects on this row's cell take off (exact id match, no wildcards)."""
    return (f"SUMPRODUCT(({effect['option']}={c['option']})*({effect['factor']}={c['factor']}),"
            f"{effect[what]})")


def _acting(data: ReportData, lay: Layout) -> dict[tuple[str, str], list[int]]:
    """The effects-table rows acting on each cell at export."""
    rows = iter(lay.register.effect_rows)
    acting: dict[tuple[str, str], list[int]] = {}
    for control in data.model.register.controls:
        for effect in control.effects:
            acting.setdefault((effect.option, effect.factor), []).append(next(rows))
    return acting


def _register_checks(sheet, w: Words, reg) -> None:
    first, last = reg.top + 1, reg.top + max(1, reg.n)
    _choice(sheet, w, TREATMENTS, f"{col('treatment')}{first}:{col('treatment')}{last}", w("col_treatment"),
            blank=True)
    _choice(sheet, w, STATUSES, f"{col('status')}{first}:{col('status')}{last}", w("col_status"))
    dates = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                           showErrorMessage=True, errorTitle=w("check_date"), error=w("check_date_error"))
    sheet.add_data_validation(dates)
    for name in ("due", "review"):
        dates.add(f"{col(name)}{first}:{col(name)}{last}")
