"""Methodology paragraphs that belong to the workbook: how it is laid out and what is fixed."""

from __future__ import annotations

from core.catalogue import catalogue
from core.reports.data import ReportData
from core.reports.methodology import method_label
from core.reports.xl_layout import METHOD_ORDER, Layout, absent_methods
from core.reports.xl_reglayout import col


def absent_sentence(lay: Layout) -> str | None:
    """Which methods the workbook recomputes live and which registered ones it leaves out; None when none is out."""
    absent = absent_methods()
    if not absent:
        return None
    w = lay.w
    names = catalogue(w.language)["document.list_sep"].join
    return w("methods_absent", live=names(method_label(m, w.language) for m in METHOD_ORDER),
             absent=names(method_label(m, w.language) for m in absent))


def _fixed_impacts(lay: Layout) -> str:
    """A live sentence: whether every option has the same impact under each factor (rows compared pairwise).

    The impacts compared are those ranked: the Risk matrix's as scored, or on the residual basis the
    register's residual ones (options first, so one factor's rows lie a block of risk factors apart).
    """
    w = lay.w
    if lay.n < 2:
        return w("text_one_option")
    first, last = lay.imp_top + 1, lay.imp_top + lay.n
    upper = f"{lay.matrix}$C${first}:${lay.last}${last - 1}"
    lower = f"{lay.matrix}$C${first + 1}:${lay.last}${last}"
    reg = lay.register
    block, letter, top = reg.n // lay.n, col("res_i"), reg.top + 1
    register = w.ref("register")
    res_upper = f"{register}${letter}${top}:${letter}${top + reg.n - 1 - block}"
    res_lower = f"{register}${letter}${top + block}:${letter}${top + reg.n - 1}"
    same = (f'IF({reg.is_residual()},SUMPRODUCT(--({res_upper}<>{res_lower})),'
            f'SUMPRODUCT(--({upper}<>{lower})))')
    return f'=IF({same}=0,{w.literal("text_fixed")},{w.literal("text_varies")})'


def workbook_paragraphs(data: ReportData, lay: Layout) -> list[str]:
    """The workbook's own methodology paragraphs for ``data``; a paragraph starting with = is a formula."""
    model, w = data.model, lay.w
    risks = [f for f in model.factors if f.kind == "risk"]
    paragraphs = [w("text_inputs", matrix=w("text_inputs_risks" if risks else "text_inputs_values")),
                  w("text_layout")]
    if risks:
        paragraphs.append(w("text_scores_risks"))
        paragraphs.append(_fixed_impacts(lay))
    else:
        paragraphs.append(w("text_scores_values"))
    if data.robustness is not None:
        paragraphs.append(w("text_robustness"))
    absent = absent_sentence(lay)
    return paragraphs if absent is None else [*paragraphs, absent]
