"""Crash recovery and project locks: a real crash is a process that dies without cleaning up."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.edits import SetScore, apply
from core.storage.project import write_project
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.recovery import ProjectLock, Recovery

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
ROOT = Path(__file__).resolve().parents[2]
Button = QMessageBox.StandardButton


def crash_with_unsaved_changes(folder: Path, project: Path | None) -> None:
    """A process autosaves an edited paper model, then dies without closing anything."""
    code = textwrap.dedent(f"""
        import os
        from core.builtin import builtin_model
        from core.edits import SetScore, apply
        from ui.recovery import Recovery
        model, _ = apply(builtin_model(), SetScore("O3", "E1", {{"likelihood": 5}}))
        Recovery({str(folder)!r}).save(model, {str(project) if project else None!r})
        os._exit(1)
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr


def test_the_recovery_file_is_offered_after_a_crash_and_removed_after_a_clean_save(
        tmp_path, make_window, paper_model, answers, monkeypatch):
    folder, project = tmp_path / "recovery", tmp_path / "paper.mizan"
    write_project(project, paper_model)
    crash_with_unsaved_changes(folder, project)
    answers.queue.append(Button.Yes)
    window = make_window(paper_model, folder=folder)  # offered at start, after the first paint
    assert answers.asked == ["Recover Unsaved Changes"]
    expected, _ = apply(paper_model, SetScore("O3", "E1", {"likelihood": 5}))
    assert window.document.model == expected
    assert window.document.is_modified() and window.document.path == str(project)
    assert list(folder.glob("*.mizan")) == [window.recovery.model_path]
    assert window.files.save()
    assert list(folder.glob("*.mizan")) == []
    assert not window.document.is_modified()


def test_a_discarded_recovery_is_deleted_and_a_kept_one_stays(tmp_path, make_window, paper_model, answers):
    folder = tmp_path / "recovery"
    crash_with_unsaved_changes(folder, None)
    answers.queue.append(Button.Cancel)
    window = make_window(paper_model, folder=folder)
    assert answers.asked == ["Recover Unsaved Changes"]
    assert len(list(folder.glob("*.mizan"))) == 1 and window.document.model == paper_model
    answers.queue.append(Button.Discard)
    window.files.offer_recovery()
    assert list(folder.glob("*.mizan")) == []


def test_a_living_session_is_not_an_orphan(tmp_path, paper_model):
    folder = tmp_path / "recovery"
    first, second = Recovery(folder), Recovery(folder)
    first.save(paper_model, None)
    assert second.orphans() == []
    first.close()
    second.close()
    assert list(folder.glob("*.mizan")) == []


def test_autosave_never_writes_the_users_file(tmp_path, make_window, paper_model):
    project = tmp_path / "paper.mizan"
    write_project(project, paper_model)
    before = project.read_bytes()
    window = make_window(paper_model, str(project))
    window.document.set_weight("E1", 0.9)
    window.save_recovery()
    assert project.read_bytes() == before
    assert window.recovery.model_path.exists()


def test_a_clean_close_leaves_no_recovery_file(tmp_path, make_window, paper_model, answers):
    window = make_window(paper_model)
    window.document.set_weight("E1", 0.9)
    window.save_recovery()
    answers.queue.append(Button.Discard)
    assert window.close()
    assert list((tmp_path / "recovery").glob("*")) == []


def test_opening_a_project_twice_warns(tmp_path, make_window, paper_model, answers):
    project = tmp_path / "paper.mizan"
    write_project(project, paper_model)
    first = make_window(paper_model)
    assert first.files.open_path(str(project))
    second = make_window(paper_model, folder=tmp_path / "second")
    answers.queue.append(Button.Cancel)
    assert not second.files.open_path(str(project))
    assert answers.asked[-1] == "Project Already Open"
    first.files.release_lock()
    assert second.files.open_path(str(project))


def test_a_lock_in_an_unwritable_folder_does_not_block(tmp_path):
    lock = ProjectLock(str(tmp_path / "missing folder" / "x.mizan"))
    assert lock.acquire()


def test_a_recovered_session_comes_back_on_its_profile_method_and_unsaved_weights(
        tmp_path, make_window, paper_model, answers):
    folder = tmp_path / "recovery"
    code = textwrap.dedent(f"""
        import os
        from core.builtin import builtin_model
        from core.storage.view_state import ProjectState
        from ui.recovery import Recovery
        model = builtin_model()
        working = model.profile("Economy first").replace(weights={{"E1": 0.6}})
        state = ProjectState("Economy first", "topsis", {{"E2"}}, {{"Economy first": working}})
        Recovery({str(folder)!r}).save(model, None, state)
        os._exit(1)
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    answers.queue.append(Button.Yes)
    window = make_window(paper_model, folder=folder)
    assert answers.asked == ["Recover Unsaved Changes"]
    doc = window.document
    assert (doc.profile().name, doc.profile().weights, doc.method, doc.locked) == (
        "Economy first", {"E1": 0.6}, "topsis", {"E2"})
    assert doc.is_profile_modified() and doc.model == paper_model
    assert window.profiles.combo.currentText() == "Economy first *"
