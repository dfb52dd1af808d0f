"""The Methods sheet: all five ranking methods as live formulas, every step in labelled cells.

Layout (see :mod:`core.reports.xl_layout`): one line per criterion setting
(direction, weight, scale, PROMETHEE function and thresholds, column
statistics, ideals), the settings (weighted-sum normalisation, VIKOR's v),
the results table (score, rank and sort key of every option under every
method), then one options × criteria block per intermediate step with the
per-option results to its right.  Every block is O(options × criteria):
PROMETHEE's flows per option and criterion are one SUMPRODUCT each over the
criterion's column.  The definitions are the engine's (:mod:`core.methods`),
so after recalculation every value equals Mizan's.
"""

from __future__ import annotations

from openpyxl.worksheet.datavalidation import DataValidation

from core.methods.preference import PARAMETERS, parse_preference
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.xl_flows import block_frame, kinds, write_flow_blocks, zero_weights
from core.reports.xl_layout import FIRST_COL, METHOD_ORDER, TIE_RTOL, Layout, letter
from core.reports.xl_style import BOLD, CENTER, INPUT_FILL, NOTE, header, own_name, title, widths
from core.reports.xl_text import absent_sentence

RESULT_LABELS = {"wsm": "WSM", "wpm": "WPM", "topsis": "TOPSIS", "vikor": "VIKOR", "promethee2": "PROMETHEE II"}


def write_methods(book, data: ReportData, lay: Layout) -> None:
    """The Methods sheet for ``data``."""
    w = lay.w
    sheet = book.create_sheet(w.sheet("methods"))
    title(sheet, w("methods_title"), w("methods_note", matrix=lay.sheet))
    absent = absent_sentence(lay)
    if absent is not None:
        put_text(sheet["A3"], absent)
        sheet["A3"].font = NOTE
    header(sheet, 4, [w("col_criterion"), ""] + [f.id for f in data.model.factors])
    _criterion_rows(sheet, data, lay)
    _settings(sheet, data, lay)
    _results(sheet, data, lay)
    _steps(sheet, data, lay)
    write_flow_blocks(sheet, data, lay)
    widths(sheet, A=30, B=22, **{letter(FIRST_COL + k): 11 for k in range(lay.m + 3)})
    sheet.freeze_panes = "C5"
    sheet.print_title_rows = "1:2"  # each block carries its own header row


def _criterion_rows(sheet, data: ReportData, lay: Layout) -> None:
    w = lay.w
    for name in lay.ROWS:
        put_text(sheet.cell(lay.crow(name), 1), w(f"row_{name}"))
        sheet.cell(lay.crow(name), 1).font = BOLD
    x = "x"
    for j, factor in enumerate(data.model.factors):
        c, column = lay.col(j), FIRST_COL + j
        pref = parse_preference(factor.preference)
        row = lay.crow
        values = {
            "global": f"='{lay.sheet}'!{c}{lay.weight_row}",
            "w": f"=IF(SUM({lay.crange('global')})=0,0,{c}{row('global')}/SUM({lay.crange('global')}))",
            "low": float(factor.scale[0]), "high": float(factor.scale[1]),
            "max": f"=MAX({lay.bcolumn(x, j)})", "min": f"=MIN({lay.bcolumn(x, j)})",
            "sign": f'=IF({c}{row("direction")}="{w.code("benefit")}",1,-1)',
            "q": pref.q, "p": pref.p, "s": pref.s,
            "pcheck": _pcheck(c, lay),
            "norm": f"=SQRT(SUMSQ({lay.bcolumn(x, j)}))",
            "ideal": f"=IF({c}${row('sign')}=1,MAX({lay.bcolumn('v', j)}),MIN({lay.bcolumn('v', j)}))",
            "anti": f"=IF({c}${row('sign')}=1,MIN({lay.bcolumn('v', j)}),MAX({lay.bcolumn('v', j)}))",
            "best": f"=IF({c}${row('sign')}=1,{c}${row('max')},{c}${row('min')})",
            "worst": f"=IF({c}${row('sign')}=1,{c}${row('min')},{c}${row('max')})",
        }
        put_text(sheet.cell(row("direction"), column), w.code(factor.direction))
        put_text(sheet.cell(row("pkind"), column), w.code(pref.kind))
        for name, value in values.items():
            sheet.cell(row(name), column, value)
        for name in ("w", "norm", "ideal", "anti"):
            sheet.cell(row(name), column).number_format = "0.0000"
        for name in ("direction", "pkind", "q", "p", "s"):
            sheet.cell(row(name), column).fill = INPUT_FILL
            sheet.cell(row(name), column).alignment = CENTER
    _input_checks(sheet, lay)


def _pcheck(c: str, lay: Layout) -> str:
    k, q, p, s = (f"{c}${lay.crow(name)}" for name in ("pkind", "q", "p", "s"))
    w = lay.w
    shaped = ",".join(f'{k}="{w.code(kind)}"' for kind in ("vshape", "level", "linear"))
    return (f'=IF(ISNA(MATCH({k},{kinds(lay)},0)),{w.literal("check_unknown_function")},IF(OR({q}<0,{p}<0,{s}<0),'
            f'{w.literal("check_thresholds")},IF(AND(OR({shaped}),NOT({p}>{q})),'
            f'{w.literal("check_p_q")},IF(AND({k}="{w.code("gaussian")}",NOT({s}>0)),{w.literal("check_s")},'
            f'"{w.code("ok")}"))))')


def _input_checks(sheet, lay: Layout) -> None:
    """Drop-downs and number checks on the settings a decision maker may change here."""
    w = lay.w
    benefit, cost = w.codes(("benefit", "cost"))
    direction = DataValidation(type="list", formula1=f'"{benefit},{cost}"', showErrorMessage=True,
                               errorTitle=w("check_direction"), error=w("check_direction_error", benefit=benefit,
                                                                         cost=cost))
    functions = DataValidation(type="list", formula1='"' + ",".join(w.codes(PARAMETERS)) + '"', showErrorMessage=True,
                               errorTitle=w("check_function"), error=w("check_function_error"))
    threshold = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", showErrorMessage=True,
                               errorTitle=w("check_threshold"), error=w("check_threshold_error"))
    v = DataValidation(type="decimal", operator="between", formula1="0", formula2="1", showErrorMessage=True,
                       errorTitle=w("check_v"), error=w("check_v_error"))
    for check, area in ((direction, lay.crange("direction")), (functions, lay.crange("pkind")),
                        (threshold, f"C{lay.crow('q')}:{lay.last}{lay.crow('s')}"), (v, lay.setting("v"))):
        sheet.add_data_validation(check)
        check.add(area.replace("$", ""))


def _settings(sheet, data: ReportData, lay: Layout) -> None:
    row = lambda name: int(lay.setting(name).split("$")[-1])  # noqa: E731 - a local reader
    g = lay.crange
    # The engine's rule (core.methods.wsm.model_settings): raw only when every factor is a risk; a model
    # with a direct value is rescaled on the declared scales, even where those are all 1–25 costs.
    w = lay.w
    raw, bounds = (f'"{word}"' for word in w.codes(("raw", "bounds")))
    mode = (f'=IF(AND(COUNTIF({g("direction")},"{w.code("benefit")}")=0,MAX({g("low")})=MIN({g("low")}),'
            f'MAX({g("high")})=MIN({g("high")})),{raw},{bounds})')
    every_risk = all(f.kind == "risk" for f in data.model.factors)
    entries = {
        "mode": (w("setting_mode"), mode if every_risk else f"={bounds}"),
        "v": (w("setting_v"), 0.5),
        "scale": (w("setting_scale"), f'=IF({lay.setting("mode")}={raw},MAX(MAX({lay.bblock("u")}),'
                                      f'-MIN({lay.bblock("u")})),1)'),
    }
    for name, (label_text, value) in entries.items():
        put_text(sheet.cell(row(name), 1), label_text)
        sheet.cell(row(name), 1).font = BOLD
        sheet.cell(row(name), 2, value)
    sheet[lay.setting("v").replace("$", "")].fill = INPUT_FILL


def _results(sheet, data: ReportData, lay: Layout) -> None:
    top, n, w = lay.result_top, lay.n, lay.w
    labels = [w("col_option"), w("col_name"), w("col_tie_order")]
    for method in METHOD_ORDER:
        labels += [w("col_method_score", method=RESULT_LABELS[method]),
                   w("col_method_rank", method=RESULT_LABELS[method]), w("col_sort_key")]
    header(sheet, top, labels)
    sheet.row_dimensions[top].height = 30
    order = {oid: k for k, oid in enumerate(sorted(o.id for o in data.model.options))}
    sources = {"wsm": ("u", 0), "wpm": ("logs", 1), "topsis": ("v", 2), "vikor": ("wd", 2), "promethee2": ("net", 0)}
    for i, option in enumerate(data.model.options):
        row = top + 1 + i
        put_text(sheet.cell(row, 1), option.id)
        put_text(sheet.cell(row, 2), own_name(option.id, option.name))
        sheet.cell(row, 3, order[option.id])
        for method in METHOD_ORDER:
            block, extra = sources[method]
            score = sheet.cell(row, lay.result_col(method, "score"),
                               f"={lay.extra_col(extra)}{lay.block_top(block) + 1 + i}")
            score.number_format = "0.0000"
            sheet.cell(row, lay.result_col(method, "rank"), _rank(lay, method, row))
            rank = f"{letter(lay.result_col(method, 'rank'))}{row}"
            sheet.cell(row, lay.result_col(method, "key"), f'=IF(ISNUMBER({rank}),{rank}*{n + 1}+$C{row},"—")')
    put_text(sheet.cell(top + n + 1, 1), w("ranks_first"))
    put_text(sheet.cell(top + n + 2, 1), w("better"))
    for method in METHOD_ORDER:
        keys = lay.result_range(method, "key").replace("Methods!", "")
        ids = lay.ids.replace("Methods!", "")
        column = lay.result_col(method, "score")
        sheet.cell(top + n + 1, column, f'=IFERROR(INDEX({ids},MATCH(MIN({keys}),{keys},0)),"—")')
        better = (f'=IF({lay.setting("mode")}="{w.code("raw")}",{w.literal("better_lower")},'
                  f'{w.literal("better_higher")})' if method == "wsm"
                  else w("better_lower" if method == "vikor" else "better_higher"))
        if better.startswith("="):
            sheet.cell(top + n + 2, column, better)
        else:
            put_text(sheet.cell(top + n + 2, column), better)
    for row in (top + n + 1, top + n + 2):
        sheet.cell(row, 1).font = NOTE


def _rank(lay: Layout, method: str, row: int) -> str:
    """Rank 1 is best; scores within the engine's tie tolerance share a rank."""
    column = letter(lay.result_col(method, "score"))
    scores = f"{column}${lay.result_top + 1}:{column}${lay.result_top + lay.n}"
    cell = f"{column}{row}"
    higher = f"SUMPRODUCT(--({scores}>{cell}+{TIE_RTOL}*{{scale}}))"
    lower = f"SUMPRODUCT(--({scores}<{cell}-{TIE_RTOL}*{{scale}}))"
    if method == "wsm":
        scale = lay.setting("scale")
        count = (f'IF({lay.setting("mode")}="{lay.w.code("raw")}",{lower.format(scale=scale)},'
                 f"{higher.format(scale=scale)})")
    elif method == "wpm":
        count = higher.format(scale=f"MAX({scores})")
    elif method == "vikor":
        count = lower.format(scale="1")
    else:
        count = higher.format(scale="1")
    return f'=IF(COUNT({scores})<{lay.n},"—",1+{count})'


def _steps(sheet, data: ReportData, lay: Layout) -> None:
    """Decision matrix, WSM utilities, WPM logs and the TOPSIS steps."""
    w = lay.w
    frames = {"x": [], "u": ["col_wsm_step"], "logs": ["col_wpm_sum", "col_wpm_score"], "r": [],
              "v": ["col_d_plus", "col_d_minus", "col_closeness"]}
    for name, extras in frames.items():
        caption = w("block_x_risks" if lay.has_risks else "block_x", matrix=lay.sheet) if name == "x" \
            else w(f"block_{name}")
        block_frame(sheet, data, lay, name, caption, [w(key) for key in extras])
    for i in range(lay.n):
        for j in range(lay.m):
            _step_cells(sheet, lay, i, j)
        _step_results(sheet, lay, i)


def _step_cells(sheet, lay: Layout, i: int, j: int) -> None:
    c, column = lay.col(j), FIRST_COL + j
    x = lay.bcell("x", i, j)
    row = lay.crow
    low, high, sign = f"{c}${row('low')}", f"{c}${row('high')}", f"{c}${row('sign')}"
    w = lay.w
    cells = {
        "x": f"={lay.ranked_cell(i, j)}",
        "u": f'=IF({lay.setting("mode")}="{w.code("raw")}",{x},IF(OR({x}<{low},{x}>{high}),{w.literal("outside")},'
             f"IF({sign}=1,{x}-{low},{high}-{x})/({high}-{low})))",
        "logs": f'=IF({x}<1E-100,{w.literal("needs_positive")},{sign}*LN({x}))',
        "r": f"=IF({c}${row('norm')}=0,0,{x}/{c}${row('norm')})",
        "v": f"={c}${row('w')}*{lay.bcell('r', i, j)}",
    }
    for name, formula in cells.items():
        target = sheet.cell(lay.block_top(name) + 1 + i, column, formula)
        target.number_format = "0.0000" if name != "x" else "General"


def _step_results(sheet, lay: Layout, i: int) -> None:
    w = lay.crange("w")
    first = FIRST_COL + lay.m
    guard = zero_weights(lay)
    u_row, u_top = lay.brow("u", i), lay.block_top("u") + 1 + i
    sheet.cell(u_top, first, f'=IF({guard},IF(COUNT({lay.bblock("u")})<{lay.n * lay.m},'
                             f'{lay.w.literal("not_computed_criterion_scale")},SUMPRODUCT({w},{u_row})))')
    g_top = lay.block_top("logs") + 1 + i
    total = f"{lay.extra_col(0)}{g_top}"
    sheet.cell(g_top, first, f'=IF(COUNT({lay.brow("logs", i)})<{lay.m},"—",SUMPRODUCT({w},{lay.brow("logs", i)}))')
    sheet.cell(g_top, first + 1, f'=IF({guard},IF(COUNT({lay.bblock("logs")})<{lay.n * lay.m},'
                                 f'{lay.w.literal("not_computed_positive")},EXP({total})))')
    v_top, v_row = lay.block_top("v") + 1 + i, lay.brow("v", i)
    d_plus, d_minus = f"{lay.extra_col(0)}{v_top}", f"{lay.extra_col(1)}{v_top}"
    sheet.cell(v_top, first, f"=SQRT(SUMXMY2({v_row},{lay.crange('ideal')}))")
    sheet.cell(v_top, first + 1, f"=SQRT(SUMXMY2({v_row},{lay.crange('anti')}))")
    sheet.cell(v_top, first + 2, f"=IF({guard},IF({d_plus}+{d_minus}=0,0.5,{d_minus}/({d_plus}+{d_minus})))")
    for top, count in ((u_top, 1), (g_top, 2), (v_top, 3)):
        for k in range(count):
            sheet.cell(top, first + k).number_format = "0.0000"
