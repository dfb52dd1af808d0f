"""ui.document: edits, undo as data, merged drags, profiles, save and the modified state."""

from __future__ import annotations

from core.edits import (AddOption, DeleteProfile, RenameProfile, SetOption, SetScore, SetWeight,
                        apply, local_shares)
from core.model import Option
from core.storage.project import read_project
from ui.document import Document

EQUAL = "Equal weights"


def test_apply_then_undo_restores_the_exact_model(document, paper_model):
    assert document.apply(SetScore("O3", "E1", {"likelihood": 5, "rationale": "new"}))
    assert document.model.score("O3", "E1").likelihood == 5
    assert document.is_modified()
    document.undo_stack.undo()
    assert document.model == paper_model
    assert not document.is_modified()
    document.undo_stack.redo()
    assert document.model == apply(paper_model, SetScore("O3", "E1", {"likelihood": 5, "rationale": "new"}))[0]


def test_a_refused_edit_changes_nothing_and_says_why(qtbot, document, paper_model):
    with qtbot.waitSignal(document.refused) as signal:
        assert not document.apply(SetScore("O3", "E1", {"likelihood": 9}))
    assert "likelihood" in signal.args[0]
    assert document.model == paper_model
    assert document.undo_stack.count() == 0


def test_an_edit_that_changes_nothing_is_not_an_undo_step(document):
    assert document.apply(SetOption("O1", {"name": document.model.options[0].name}))
    assert document.undo_stack.count() == 0


def test_one_changed_signal_per_edit(qtbot, document):
    calls = []
    document.changed.connect(lambda: calls.append(1))
    document.apply(SetScore("O3", "E1", {"likelihood": 5}))
    assert len(calls) == 1  # the modified state has its own signal (tests/ui/test_notifications.py)
    document.apply(SetScore("O3", "E1", {"likelihood": 4}))
    assert len(calls) == 2


def test_a_drag_is_one_undo_step_and_redoes_exactly(document, paper_model):
    for share in (0.3, 0.5, 0.7, 0.9):
        assert document.set_weight("E1", share, merge_key=("drag", 1))
    assert document.undo_stack.count() == 1
    final = document.profile()
    document.undo_stack.undo()
    assert document.model == paper_model and document.profile() == paper_model.profile(EQUAL)
    document.undo_stack.redo()
    assert document.profile() == final
    assert local_shares(document.model, final, "E1")["E1"] == 0.9
    assert document.model == paper_model  # the named profile is not rewritten


def test_separate_drags_are_separate_steps(document):
    document.set_weight("E1", 0.3, merge_key=("drag", 1))
    document.set_weight("E1", 0.4, merge_key=("drag", 2))
    document.set_weight("E2", 0.4)
    assert document.undo_stack.count() == 3


def test_locks_are_respected_by_weight_edits(document):
    document.set_locked("E5", True)
    before = local_shares(document.model, document.profile(), "E5")["E5"]
    document.set_weight("E1", 0.6)
    after = local_shares(document.model, document.profile(), "E5")
    assert after["E5"] == before and after["E1"] == 0.6


def test_the_first_weight_edit_without_profiles_creates_one(paper_model):
    document = Document(paper_model.replace(profiles=()))
    assert document.profile().name == EQUAL and not document.model.profiles
    assert document.set_weight("ECO", 0.5)
    assert [p.name for p in document.model.profiles] == [EQUAL]
    document.undo_stack.undo()
    assert document.model.profiles == ()


def test_switching_profile_and_method_reranks(document):
    first = document.evaluation().ranking()
    document.set_profile("Sovereignty first")
    assert document.evaluation().profile == "Sovereignty first"
    assert document.evaluation().ranking() != first
    document.set_method("topsis")
    assert document.evaluation().method == "topsis"


def test_the_active_profile_follows_a_rename_and_its_undo(document):
    document.set_profile("Economy first")
    document.apply(RenameProfile("Economy first", "Money"))
    assert document.profile().name == "Money"
    document.undo_stack.undo()
    assert document.profile().name == "Economy first"
    document.apply(DeleteProfile("Economy first"))
    assert document.profile().name in [p.name for p in document.model.profiles]


def test_save_writes_the_model_and_marks_clean(tmp_path, document, paper_model):
    document.apply(AddOption(Option("O6", "<b>x</b>")))
    target = tmp_path / "saved.mizan"
    document.save(str(target))
    assert not document.is_modified() and document.path == str(target)
    assert read_project(target) == document.model


def test_a_failed_save_keeps_the_modified_mark(tmp_path, document):
    document.apply(SetScore("O3", "E1", {"likelihood": 5}))
    missing = tmp_path / "no such folder" / "x.mizan"
    try:
        document.save(str(missing))
    except ValueError:
        pass
    assert document.is_modified() and document.path is None


def test_load_starts_a_fresh_history(document, paper_model):
    document.apply(SetWeight(EQUAL, "E1", 0.5))
    document.load(paper_model, None, modified=True)
    assert document.undo_stack.count() == 0 and document.is_modified()
