"""The window's error boundaries: open, import, save and export catch everything, say it, keep the model."""

from __future__ import annotations

import errno
import stat

import pytest
from PySide6.QtWidgets import QMessageBox

import core.loader
import core.reports.score_import
import core.storage.profile_file
from core.storage.project import write_project
from tests.conftest import value_model
from tests.faults import failing_disk, reason
from ui.main_window import MainWindow
from ui.recovery import Recovery


@pytest.fixture
def window(qtbot, paper_model, tmp_path):
    win = MainWindow(paper_model, interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    win.messages = []
    win.report_actions.warn = lambda title, text: win.messages.append(text)
    win.profile_actions.warn = win.messages.append
    win.files._error = win.messages.append
    yield win
    win.report_actions.wait()


def bug(*args, **kwargs):
    raise OverflowError("int too large to convert to float")


BUG_LINE = "internal error (OverflowError: int too large to convert to float); please report it"


def test_open_catches_anything_and_keeps_the_model(window, monkeypatch, tmp_path, paper_model):
    path = tmp_path / "odd.mizan"
    write_project(path, paper_model)
    monkeypatch.setattr(core.loader, "load_model_state", bug)  # the window opens a project with its view state
    assert window.files.open_path(str(path)) is False
    assert window.messages == [f"Cannot open {path}:\n{BUG_LINE}"]
    assert window.document.model == paper_model and window.document.path is None


def test_score_import_catches_anything(window, monkeypatch, tmp_path, paper_model):
    monkeypatch.setattr(core.reports.score_import, "preview_import", bug)
    assert window.report_actions.import_from(tmp_path / "x.xlsx") is False
    assert window.messages == [BUG_LINE] and window.document.model == paper_model


def test_profile_import_and_export_catch_anything(window, monkeypatch, tmp_path, paper_model):
    monkeypatch.setattr(core.storage.profile_file, "read_profile_file", bug)
    monkeypatch.setattr(core.storage.profile_file, "write_profile_file", bug)
    assert window.profile_actions.import_path(str(tmp_path / "p.mizan-profile")) is None
    assert window.profile_actions.export_to(str(tmp_path / "p.mizan-profile")) is False
    assert len(window.messages) == 2 and all(m.endswith(BUG_LINE) for m in window.messages)
    assert window.document.model == paper_model


def test_a_full_disk_on_save_names_the_file_and_keeps_the_old_one(window, monkeypatch, tmp_path, paper_model):
    path = tmp_path / "p.mizan"
    write_project(path, paper_model)
    before = path.read_bytes()
    failing_disk(monkeypatch)
    assert window.files._write(str(path)) is False
    assert window.messages == [f"Cannot save {path}:\n{path}: cannot be written ({reason(errno.ENOSPC)})"]
    assert path.read_bytes() == before and window.document.model == paper_model


def export_on_a_full_disk(inputs, progress, cancel):
    """The export job, run in the export's child process on a full disk there."""
    from ui.reports.job import export_report

    failing_disk(pytest.MonkeyPatch())  # the child ends with the job: nothing to undo
    return export_report(inputs, progress, cancel)


def test_export_catches_anything_and_a_full_disk(qtbot, window, tmp_path):
    """The export's child process writes; whatever fails there reaches one message and leaves the old file."""
    target = tmp_path / "r.html"
    target.write_bytes(b"old")
    window.report_actions.job = export_on_a_full_disk
    with qtbot.waitSignal(window.report_actions.runner.failed, timeout=60_000):
        window.report_actions.start_export(target)
    assert window.messages == [f"{target}: cannot be written ({reason(errno.ENOSPC)})"]
    assert target.read_bytes() == b"old"
    window.report_actions.job = bug
    with qtbot.waitSignal(window.report_actions.runner.failed, timeout=60_000):
        window.report_actions.start_export(target)
    assert window.messages[-1] == BUG_LINE and target.read_bytes() == b"old"


def test_export_of_a_model_one_method_cannot_rank(qtbot, tmp_path):
    model = value_model({"A": [0, 9], "B": [200, 5]}, ["cost", "benefit"], [1, 1])
    win = MainWindow(model, interactive=False, recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(win)
    messages = []
    win.report_actions.warn = lambda title, text: messages.append(text)
    target = tmp_path / "r.xlsx"
    with qtbot.waitSignal(win.report_actions.runner.finished, timeout=60_000):
        win.report_actions.start_export(target)
    win.report_actions.wait()
    assert messages == [] and target.stat().st_size > 0
    win.document.set_method("wpm")
    win.results.activate()
    assert win.results.message.text().startswith("No ranking: option A, criterion C1: the weighted product")


def test_the_recovery_folder_is_private(tmp_path, paper_model):
    """Autosave copies get the umask's default mode like any new file, so their folder keeps others out."""
    recovery = Recovery(tmp_path / "data" / "recovery")
    recovery.save(paper_model, None)
    assert stat.S_IMODE((tmp_path / "data" / "recovery").stat().st_mode) == 0o700
    assert recovery.model_path.exists()
    recovery.close()


def test_a_project_opened_through_a_symlink_sees_the_lock(tmp_path, make_window, paper_model, answers):
    """Saving through a link writes the real file, so the lock must guard the real file too."""
    real = tmp_path / "shared" / "paper.mizan"
    real.parent.mkdir()
    write_project(real, paper_model)
    link = tmp_path / "paper-link.mizan"
    link.symlink_to(real)
    first = make_window(paper_model)
    assert first.files.open_path(str(real))
    second = make_window(paper_model, folder=tmp_path / "second")
    answers.queue.append(QMessageBox.StandardButton.Cancel)
    assert not second.files.open_path(str(link))
    assert answers.asked[-1] == "Project Already Open"
