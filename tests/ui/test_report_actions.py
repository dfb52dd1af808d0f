"""File ▸ Export and File ▸ Import Scores in the window: progress, cancel, preview, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.reports.data import build_report
from core.reports.excel import write_workbook
from ui.dialogs.score_import import ScoreImportDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, paper_model, tmp_path):
    win = MainWindow(paper_model, interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    win.report_actions.warn = lambda title, text: win.warnings.append(text)
    win.warnings = []
    yield win
    win.report_actions.wait()


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".html", ".csv"])
def test_export_writes_each_format_from_the_menu(qtbot, window, tmp_path, suffix):
    target = tmp_path / f"report{suffix}"
    window.report_actions.ask_export_path = lambda: target
    window.report_actions.export_action.trigger()
    qtbot.waitUntil(lambda: not window.report_actions.busy() and target.exists(), timeout=60_000)
    assert target.stat().st_size > 0 and window.warnings == []
    assert "Exported" in window.statusBar().currentMessage()


def test_export_can_be_cancelled(qtbot, window, tmp_path):
    target = tmp_path / "cancelled.xlsx"
    actions = window.report_actions
    with qtbot.waitSignal(actions.runner.cancelled, timeout=60_000):
        actions.start_export(target)
        actions.runner.cancel()
    assert not target.exists()
    assert window.statusBar().currentMessage() == "Export cancelled"


def edited_workbook(tmp_path: Path, model) -> Path:
    path = tmp_path / "scores.xlsx"
    write_workbook(path, build_report(model, model.profiles[0], samples=0))
    book = load_workbook(path)
    book["Risk matrix"]["C16"] = 5  # O3 × E1 likelihood 1 -> 5
    book["Risk matrix"]["D16"] = "#N/A"
    book.save(path)
    return path


def test_import_previews_applies_and_undoes(qtbot, window, tmp_path, paper_model):
    seen = []

    def confirm(dialog: ScoreImportDialog) -> bool:
        seen.append((dialog.changes.model().rowCount(), dialog.issues.model().rowCount(),
                     dialog.apply_button.isEnabled()))
        qtbot.addWidget(dialog)
        return True

    window.report_actions.confirm = confirm
    assert window.report_actions.import_from(edited_workbook(tmp_path, paper_model))
    assert seen == [(1, 1, True)]
    assert window.document.model.score("O3", "E1").likelihood == 5
    window.undo_action.trigger()
    assert window.document.model == paper_model


def test_import_of_edited_raw_weights_adds_a_profile_on_apply_only(qtbot, window, tmp_path, paper_model):
    path = edited_workbook(tmp_path, paper_model)
    book = load_workbook(path)
    weights = book["Weights"]
    row = next(r for r in range(5, weights.max_row + 1) if weights.cell(r, 1).value == "SEC")
    weights.cell(row, 4, 10)
    book.save(path)
    seen = []

    def confirm(dialog: ScoreImportDialog) -> bool:
        table = dialog.changes.model()
        seen.append([table.index(r, 2).data() for r in range(table.rowCount())])
        qtbot.addWidget(dialog)
        return True

    window.report_actions.confirm = confirm
    assert window.report_actions.import_from(path)
    assert seen == [["likelihood", "raw weight → new profile “scores”"]]
    added = window.document.model.profile("scores")
    assert added.weights["SEC"] == 10 and window.document.model.score("O3", "E1").likelihood == 5
    window.undo_action.trigger()
    assert window.document.model == paper_model


def test_import_declined_or_broken_changes_nothing(qtbot, window, tmp_path, paper_model):
    window.report_actions.confirm = lambda dialog: False
    assert not window.report_actions.import_from(edited_workbook(tmp_path, paper_model))
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a workbook")
    assert not window.report_actions.import_from(broken)
    assert window.document.model == paper_model
    assert "not an .xlsx workbook" in window.warnings[0]


def test_preview_table_models_pass_the_model_tester(qtmodeltester, qtbot, tmp_path, paper_model):
    from core.reports.score_import import preview_import

    dialog = ScoreImportDialog(preview_import(paper_model, edited_workbook(tmp_path, paper_model)))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.changes.model())
    qtmodeltester.check(dialog.issues.model())


def export_once_the_window_answers(inputs, progress, cancel):
    """The export job, run in the export's child process: it writes only once the window has answered."""
    import os
    import time

    from ui.reports.job import export_report

    answered, deadline = inputs.target.with_suffix(".answered"), time.monotonic() + 30
    while not answered.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    inputs.target.with_suffix(".pid").write_text(f"{os.getpid()} {answered.exists()}")
    return export_report(inputs, progress, cancel)


def test_the_export_worker_writes_while_the_window_stays_responsive(qtbot, window, tmp_path):
    import os

    from PySide6.QtCore import QTimer

    target = tmp_path / "responsive.xlsx"
    ticks = []

    def tick() -> None:
        # The GUI thread's timer says it ran; were the window blocked by the export, the child would wait in vain.
        ticks.append(1)
        if len(ticks) == 3:
            target.with_suffix(".answered").touch()

    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    window.report_actions.job = export_once_the_window_answers
    timer.start()
    window.report_actions.start_export(target)
    qtbot.waitUntil(lambda: not window.report_actions.busy(), timeout=60_000)
    timer.stop()
    pid, answered = target.with_suffix(".pid").read_text().split()
    assert int(pid) != os.getpid() and answered == "True"  # written in another process, after the window answered
    assert load_workbook(target).sheetnames and window.warnings == []
    assert "Exported" in window.statusBar().currentMessage()


def test_export_uses_the_samples_and_seed_of_the_last_robustness_run(qtbot, make_window, paper_model, tmp_path):
    from tests.ui.test_robustness_view import idle_smaa, run_smaa_with, shown_view

    window = make_window(paper_model)
    panel = idle_smaa(qtbot, shown_view(qtbot, window))
    run_smaa_with(qtbot, panel, samples=3000, seed=11)
    target = tmp_path / "after-run.xlsx"
    window.report_actions.ask_export_path = lambda: target
    window.report_actions.export_action.trigger()
    qtbot.waitUntil(lambda: not window.report_actions.busy() and target.exists(), timeout=60_000)
    title = load_workbook(target)["Robustness"]["A1"].value
    assert "3,000 samples uniformly over all weightings, seed 11: does not follow edits" in title


def test_a_drawn_report_too_large_is_refused_before_any_work(qtbot, tmp_path):
    """More options than a PDF can draw: one message at once, nothing computed, nothing written."""
    from tests.conftest import value_model

    model = value_model({f"P{i}": [float(i), float(-i)] for i in range(101)}, ["cost", "benefit"], [1, 1])
    win = MainWindow(model, interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    warnings = []
    win.report_actions.warn = lambda title, text: warnings.append(text)
    target = tmp_path / "big.pdf"
    win.report_actions.start_export(target)
    assert not win.report_actions.busy() and not target.exists()
    assert len(warnings) == 1 and "hold at most 100 options; this model has 101" in warnings[0]


def test_unsaved_weights_are_reported_as_such_beside_the_saved_profile(qtbot, window, tmp_path):
    window.document.set_weight("E1", 0.8)
    target = tmp_path / "report.html"
    window.report_actions.ask_export_path = lambda: target
    window.report_actions.export_action.trigger()
    qtbot.waitUntil(lambda: not window.report_actions.busy() and target.exists(), timeout=60_000)
    html = target.read_text(encoding="utf-8")
    assert "Equal weights (unsaved changes)" in html
    assert "Profile “Equal weights”" not in html  # the saved name never labels the changed weights
    window.document.undo_stack.setClean()  # closing the window must not ask to save


def test_export_uses_the_around_the_profile_sampler_of_the_last_run(qtbot, make_window, paper_model, tmp_path):
    """The report's SMAA is the window's: the same Dirichlet around the profile, samples and seed, said in words."""
    import numpy as np

    from core.sensitivity import Dirichlet, SmaaInputs, run_smaa, study
    from tests.ui.test_robustness_view import idle_smaa, run_smaa_with, shown_view

    window = make_window(paper_model)
    panel = idle_smaa(qtbot, shown_view(qtbot, window))
    panel.sampler.setCurrentIndex(panel.sampler.findData("dirichlet"))
    panel.concentration.setValue(50.0)
    run_smaa_with(qtbot, panel, samples=2000, seed=5)
    for target in (tmp_path / "around.xlsx", tmp_path / "around.html"):
        window.report_actions.ask_export_path = lambda target=target: target
        window.report_actions.export_action.trigger()
        qtbot.waitUntil(lambda target=target: not window.report_actions.busy() and target.exists(), timeout=60_000)
    sheet = load_workbook(tmp_path / "around.xlsx")["Robustness"]
    assert "2,000 samples around the profile (Dirichlet, concentration 50), seed 5: does not follow edits" \
        in sheet["A1"].value
    st = study(paper_model, window.document.profile(), window.document.method)
    expected = run_smaa(SmaaInputs(st, 2000, 5, Dirichlet(st.weights, 50.0)))
    n = len(expected.options)
    assert [sheet.cell(8 + i, 1).value for i in range(n)] == list(expected.options)
    shares = [[sheet.cell(8 + i, 2 + r).value for r in range(n)] for i in range(n)]
    assert np.array(shares) == pytest.approx(expected.acceptability, abs=1e-12)
    html = (tmp_path / "around.html").read_text(encoding="utf-8")
    assert "2,000 weightings sampled around the profile (Dirichlet, concentration 50) (seed 5)" in html
    assert "2,000 samples around the profile (Dirichlet, concentration 50), seed 5" in html  # the methodology


def test_import_of_register_edits_is_one_undoable_step(qtbot, window, tmp_path, paper_model):
    """An owner, a status and a review date typed into the Risk register come back, listed before applying."""
    import datetime as dt

    path = edited_workbook(tmp_path, paper_model)
    book = load_workbook(path)
    register = book["Risk register"]
    row = next(r for r in range(5, register.max_row + 1) if register.cell(r, 1).value == "O2·S1")
    register.cell(row, 8, "Bilateral committee")
    register.cell(row, 22, "monitoring")
    register.cell(row, 23, dt.date(2027, 3, 31))
    book.save(path)
    seen = []

    def confirm(dialog: ScoreImportDialog) -> bool:
        table = dialog.register.model()
        seen.append([[table.index(r, c).data() for c in range(4)] for r in range(table.rowCount())])
        qtbot.addWidget(dialog)
        return True

    window.report_actions.confirm = confirm
    assert window.report_actions.import_from(path)
    assert seen == [[["O2 × S1", "owner", "—", "Bilateral committee"], ["O2 × S1", "status", "open", "monitoring"],
                     ["O2 × S1", "review", "—", "2027-03-31"]]]
    entry = window.document.model.register.entry("O2", "S1")
    assert (entry.owner, entry.status, entry.review) == ("Bilateral committee", "monitoring", "2027-03-31")
    assert window.document.model.score("O3", "E1").likelihood == 5  # the scores came in the same step
    window.undo_action.trigger()
    assert window.document.model == paper_model


@pytest.mark.parametrize("basis, expected", [("inherent", "inherent"), ("residual", "residual"), ("both", "residual")])
def test_export_from_the_window_ranks_on_the_windows_basis(qtbot, window, tmp_path, basis, expected):
    window.document.set_basis(basis)
    workbook, page = tmp_path / "report.xlsx", tmp_path / "report.html"
    for target in (workbook, page):
        window.report_actions.ask_export_path = lambda target=target: target
        window.report_actions.export_action.trigger()
        qtbot.waitUntil(lambda target=target: not window.report_actions.busy() and target.exists(), timeout=60_000)
    controls = load_workbook(workbook)["Controls"]
    cells = {row[0].value: row[1].value for row in controls.iter_rows(max_col=2) if row[0].value}
    assert cells["Ranking basis"] == expected
    words = "residual risk (likelihood and impact after the controls" if expected == "residual" \
        else "inherent risk (likelihood and impact as scored"
    assert words in page.read_text(encoding="utf-8")
    assert window.warnings == []


@pytest.fixture
def arabic_interface(qapp, tmp_path, monkeypatch):
    """The interface in Arabic, on the project's own Arabic catalogue compiled for the test; English afterwards."""
    from tests.ui.test_language import compile_ts
    from ui import i18n

    source = (Path(__file__).resolve().parents[2] / "resources" / "translations" / "mizan_ar.ts").read_text("utf-8")
    language = i18n.Language(compile_ts(tmp_path / "qm", source))
    monkeypatch.setattr(i18n, "_CURRENT", language)
    assert language.apply("ar")
    yield language
    language.apply("en")


def test_the_window_exports_in_the_interface_language_and_says_so(qtbot, arabic_interface, paper_model, tmp_path):
    win = MainWindow(paper_model, interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    win.report_actions.warn = lambda title, text: pytest.fail(text)
    assert win.report_actions.export_title() == "تصدير التقرير (يُكتب بالعربية)"
    target = tmp_path / "report.html"
    win.report_actions.ask_export_path = lambda: target
    win.report_actions.export_action.trigger()
    qtbot.waitUntil(lambda: not win.report_actions.busy() and target.exists(), timeout=60_000)
    win.report_actions.wait()
    assert target.read_text(encoding="utf-8").startswith('<!DOCTYPE html><html lang="ar" dir="rtl">')


def test_an_english_window_says_its_reports_are_english(window):
    assert window.report_actions.export_title() == "Export report (written in English)"
