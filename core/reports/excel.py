"""The Excel workbook: one entry point over the sheet writers.

Sheets: Summary (question, answer, live ranking, native chart,
methodology), Risk matrix (inputs and band legend; Decision matrix when
no factor is a risk), Heat map (live 5 × 5
grids), Weights (live hierarchy), Methods (all five methods as formulas),
Profiles, Robustness (the only snapshot, dated in its title) and Evidence.
A model with risks also gets the register sheets (Dashboard, Risk register,
Controls, Descriptor scales, Heat map counts, :mod:`core.reports.xl_register`
and :mod:`core.reports.xl_dashboard`), and a basis cell on the Controls sheet
decides whether every method ranks inherent or residual risk.
Where the sheets reference each other is decided once by
:mod:`core.reports.xl_layout`.  The file is written atomically.
"""

from __future__ import annotations

import dataclasses
import io
import os

from openpyxl import Workbook

from core.errors import Listed, Message, ModelError
from core.methods import MethodName
from core.register.residual import BASES, inherent_model, is_residual
from core.reports.data import ReportData
from core.reports.xl_dashboard import write_counts, write_dashboard, write_scales
from core.reports.xl_heat import write_heat_map
from core.reports.xl_layout import METHOD_ORDER, layout_of
from core.reports.xl_matrix import write_risk_matrix, write_weights
from core.reports.xl_methods import write_methods
from core.reports.xl_register import write_controls, write_register
from core.reports.xl_robustness import write_robustness
from core.reports.xl_style import printable
from core.reports.xl_tables import write_evidence, write_profiles, write_summary
from core.storage.atomic import write_bytes


def workbook_bytes(data: ReportData, basis: str | None = None, language: str = "en") -> bytes:
    """The workbook as xlsx bytes, ranking ``basis`` risk ("inherent" or "residual"; None: the report's
    own basis, ``data.basis``) until the cell is edited, every sheet written in ``language``
    (right to left where it reads so).

    The model's own texts are written as ``data.model`` holds them: a caller
    wanting them in ``language`` passes the model localized to it.

    The workbook derives residual likelihoods and impacts itself, so it is
    written from the model as the analyst scored it: a report built on a
    residual model (:func:`core.register.residual.residual_model`) is
    written from the inherent model it came from, never lowered twice.
    """
    basis = basis or data.basis
    if basis not in BASES:
        raise ModelError(Message("checks.report.basis", basis=repr(basis), inherent=BASES[0], residual=BASES[1]))
    if data.method not in METHOD_ORDER:  # a method the Methods sheet has no formulas for cannot be its live ranking
        raise ModelError(Message("messages.reports.workbook_method", method=MethodName(data.method),
                                 methods=Listed(MethodName(m) for m in METHOD_ORDER)))
    computed_on = "residual" if is_residual(data.model) else data.basis
    data = dataclasses.replace(data, model=inherent_model(data.model))
    book = Workbook()
    lay = layout_of(data.model, language)
    w = lay.w
    weight_cells = write_weights(book, data, lay)
    write_risk_matrix(book, data, lay, weight_cells)
    write_summary(book, data, lay)
    if lay.reg is not None:
        write_dashboard(book, data, lay)
        write_register(book, data, lay)
        write_controls(book, data, lay, basis)
        write_scales(book, data, lay)
        book.move_sheet(lay.sheet, offset=len(book.sheetnames))
        write_counts(book, data, lay)
    write_heat_map(book, data, lay)
    book.move_sheet(w.sheet("weights"), offset=len(book.sheetnames))
    write_methods(book, data, lay)
    write_profiles(book, data, lay, weight_cells)
    write_robustness(book, _snapshot(data, basis, computed_on), w, basis if lay.has_risks else "")
    write_evidence(book, data, lay)
    for sheet in book.worksheets:
        printable(sheet, w)
    book.active = 0
    book.properties.title = data.model.title or w("book_untitled")
    book.properties.creator = "Mizan"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _snapshot(data: ReportData, basis: str, computed_on: str) -> ReportData:
    """``data`` with its robustness run on the basis the workbook ranks at export (``data.model``: inherent)."""
    if data.robustness is None or basis == computed_on:
        return data
    from core.register.residual import model_on
    from core.reports.robustness import robustness_for_report

    robustness = robustness_for_report(model_on(data.model, basis), data.profile, data.method, data.samples,
                                       data.seed, concentration=data.concentration)
    return dataclasses.replace(data, robustness=robustness)


def write_workbook(path: str | os.PathLike, data: ReportData, basis: str | None = None,
                   language: str = "en") -> None:
    """Write the workbook for ``data`` to ``path`` atomically (``basis`` and ``language`` as :func:`workbook_bytes`)."""
    write_bytes(path, workbook_bytes(data, basis, language))
