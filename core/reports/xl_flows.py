"""VIKOR and PROMETHEE II blocks of the Methods sheet, as live formulas.

VIKOR: gaps d = |f* − x| / (max − min) per cell, weighted gaps w·d, then
S = Σ w·d, R = max w·d and Q with v in a cell.  PROMETHEE II: the positive
and negative flow of each option on each criterion is ONE formula over the
criterion's column (a SUMPRODUCT of the preference function over the
differences), chosen by the function named in the criterion's cell, so the
sheet stays O(options × criteria); the net flow is Σ w·(φ+ − φ−).
"""

from __future__ import annotations

from core.methods.preference import PARAMETERS
from core.reports.cells import put_text
from core.reports.data import ReportData
from core.reports.xl_layout import FIRST_COL, TIE_RTOL, Layout
from core.reports.xl_style import BOLD, header, own_name

# P(D) summed over the options b, for a difference array D, per function kind (engine definitions).
SUMS = {
    "usual": "SUMPRODUCT(--(({D})>0))",
    "ushape": "SUMPRODUCT(--(({D})>{q}))",
    "vshape": "SUMPRODUCT((({D})>0)*(({D})<{p})*({D})/{p}+(({D})>={p}))",
    "level": "SUMPRODUCT((({D})>{q})*(({D})<={p})*0.5+(({D})>{p}))",
    "linear": "SUMPRODUCT((({D})>{q})*(({D})<{p})*(({D})-{q})/({p}-{q})+(({D})>={p}))",
    "gaussian": "SUMPRODUCT((({D})>0)*(1-EXP(-1*(({D})^2)/(2*{s}^2))))",
}


def weights_warning(lay: Layout) -> str:
    """The Weights sheet's warning cell: lit when a group's raw weights add up to zero or one is negative."""
    return f"{lay.w.ref('weights')}$H$3"


def zero_weights(lay: Layout) -> str:
    """The guard every score starts with: the engine refuses weights that add up to zero or are negative."""
    return f'OR(SUM({lay.crange("global")})=0,{weights_warning(lay)}<>""),{lay.w.literal("not_computed_weights")}'


def kinds(lay: Layout) -> str:
    """The preference functions in the order the flow formulas CHOOSE them, as the cells name them."""
    return "{" + ",".join(f'"{lay.w.code(kind)}"' for kind in PARAMETERS) + "}"


def block_frame(sheet, data: ReportData, lay: Layout, name: str, caption: str, extras: list[str]) -> None:
    top = lay.block_top(name)
    put_text(sheet.cell(top - 1, 1), caption)
    sheet.cell(top - 1, 1).font = BOLD
    header(sheet, top, [lay.w("col_option"), lay.w("col_name")] + [f.id for f in data.model.factors] + extras)
    for i, option in enumerate(data.model.options):
        put_text(sheet.cell(top + 1 + i, 1), option.id)
        put_text(sheet.cell(top + 1 + i, 2), own_name(option.id, option.name))


def write_flow_blocks(sheet, data: ReportData, lay: Layout) -> None:
    """The VIKOR and PROMETHEE II step blocks and their per-option results."""
    w = lay.w
    frames = {"d": [], "wd": ["col_vikor_s", "col_vikor_r", "col_vikor_q"], "plus": ["col_phi_plus"],
              "minus": ["col_phi_minus"], "net": ["col_phi_net"]}
    for name, extras in frames.items():
        block_frame(sheet, data, lay, name, w(f"block_{name}"), [w(key) for key in extras])
    for i in range(lay.n):
        for j in range(lay.m):
            _cells(sheet, lay, i, j)
        _results(sheet, lay, i)


def _flow(lay: Layout, i: int, j: int, outgoing: bool) -> str:
    c = lay.col(j)
    row = lay.crow
    x, column = lay.bcell("x", i, j), lay.bcolumn("x", j)
    difference = f"{x}-{column}" if outgoing else f"{column}-{x}"
    d = f"{c}${row('sign')}*({difference})"
    q, p, s = (f"{c}${row(name)}" for name in ("q", "p", "s"))
    branches = ",".join(SUMS[kind].format(D=d, q=q, p=p, s=s) for kind in PARAMETERS)
    if lay.n < 2:
        return "=0"
    ok = lay.w.code("ok")
    return (f'=IF({c}${row("pcheck")}<>"{ok}","—",CHOOSE(MATCH({c}${row("pkind")},{kinds(lay)},0),{branches})'
            f"/{lay.n - 1})")


def _cells(sheet, lay: Layout, i: int, j: int) -> None:
    c, column = lay.col(j), FIRST_COL + j
    row = lay.crow
    x = lay.bcell("x", i, j)
    span = f"({c}${row('max')}-{c}${row('min')})"
    plus, minus = lay.bcell("plus", i, j), lay.bcell("minus", i, j)
    cells = {
        "d": f"=IF({span}=0,0,ABS({c}${row('best')}-{x})/{span})",
        "wd": f"={c}${row('w')}*{lay.bcell('d', i, j)}",
        "plus": _flow(lay, i, j, True),
        "minus": _flow(lay, i, j, False),
        "net": f'=IF(ISNUMBER({plus}),{plus}-{minus},"—")',
    }
    for name, formula in cells.items():
        sheet.cell(lay.block_top(name) + 1 + i, column, formula).number_format = "0.0000"


def _spread(values: str, cell: str, weight: str) -> str:
    """weight × (value − min) / (max − min), 0 when the spread is within the tie tolerance."""
    span = f"(MAX({values})-MIN({values}))"
    return f"IF({span}>{TIE_RTOL},{weight}*({cell}-MIN({values}))/{span},0)"


def _results(sheet, lay: Layout, i: int) -> None:
    w, first, guard = lay.crange("w"), FIRST_COL + lay.m, zero_weights(lay)
    top = lay.block_top("wd") + 1
    s_col, r_col = lay.extra_col(0), lay.extra_col(1)
    s_all, r_all = f"${s_col}${top}:${s_col}${top + lay.n - 1}", f"${r_col}${top}:${r_col}${top + lay.n - 1}"
    row = top + i
    v = lay.setting("v")
    sheet.cell(row, first, f"=SUM({lay.brow('wd', i)})")
    sheet.cell(row, first + 1, f"=MAX({lay.brow('wd', i)})")
    sheet.cell(row, first + 2, f"=IF({guard},{_spread(s_all, f'{s_col}{row}', v)}"
                               f"+{_spread(r_all, f'{r_col}{row}', f'(1-{v})')})")
    checks = f'COUNTIF({lay.crange("pcheck")},"{lay.w.code("ok")}")<{lay.m},{lay.w.literal("not_computed_preference")}'
    for name in ("plus", "minus", "net"):
        target = lay.block_top(name) + 1 + i
        sheet.cell(target, first, f"=IF({guard},IF({checks},SUMPRODUCT({w},{lay.brow(name, i)})))")
    for name, count in (("wd", 3), ("plus", 1), ("minus", 1), ("net", 1)):
        for k in range(count):
            sheet.cell(lay.block_top(name) + 1 + i, first + k).number_format = "0.0000"
