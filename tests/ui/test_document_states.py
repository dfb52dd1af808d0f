"""ui.document under random sequences of edits, drags, locks, profile switches, saves, undo and redo.

The reference is plain: a list of (model, working copies) states and an index
into it. Every document step must leave the document equal to the
reference; undoing everything gives the first state, redoing everything the
last; saving and reopening keeps the profile, the method and the locks.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from core import edits
from core.builtin import builtin_model
from core.model import Criterion, Option
from core.storage.view_state import read_project_state
from ui.document import Document

MODEL = builtin_model()
FACTORS = [f.id for f in MODEL.factors]
METHODS = ["wsm", "topsis", "promethee2"]
shares = st.integers(0, 1000).map(lambda n: n / 1000)


class DocumentMachine(RuleBasedStateMachine):
    """A real Document beside a plain history of the states it should be in."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.mkdtemp()
        self.doc = Document(MODEL)
        self.history = [self.now()]
        self.index = 0
        self.added = 0

    def now(self):
        return self.doc.model, self.doc.state().working

    def record(self, changed: bool = True) -> None:
        """After a new step: the redo future is gone, the new state is the last."""
        if changed and self.now() != self.history[self.index]:
            self.history[self.index + 1:] = [self.now()]
            self.index += 1

    def weight_of(self, criterion: str):
        """The plain expectation for one weight edit: SetWeight on the profile as it weighs now."""
        profile = self.doc.profile()
        scratch = self.doc.model.replace(profiles=(profile,))
        return scratch, edits.SetWeight(profile.name, criterion, 0.0, self.doc.locked)

    @rule(option=st.sampled_from(["O1", "O3", "O5"]), factor=st.sampled_from(FACTORS), value=st.integers(1, 5))
    def score(self, option, factor, value):
        expected = edits.apply(self.doc.model, edits.SetScore(option, factor, {"likelihood": value}))[0]
        self.doc.apply(edits.SetScore(option, factor, {"likelihood": value}))
        assert self.doc.model == expected
        self.record()

    @rule(criterion=st.sampled_from(FACTORS), share=shares)
    def set_weight(self, criterion, share):
        scratch, step = self.weight_of(criterion)
        try:
            expected = edits.apply(scratch, edits.SetWeight(step.profile, criterion, share, step.locked))[0]
        except ValueError:
            return
        model = self.doc.model
        assert self.doc.set_weight(criterion, share)
        assert self.doc.profile().weights == expected.profiles[0].weights and self.doc.model == model
        self.record()

    @rule(criterion=st.sampled_from(FACTORS), path=st.lists(shares, min_size=2, max_size=5))
    def drag(self, criterion, path):
        scratch, step = self.weight_of(criterion)
        key, count = self.doc.new_merge_key(), self.doc.undo_stack.count()
        for share in path:
            self.doc.set_weight(criterion, share, ("weight", criterion, key))
        try:
            expected = edits.apply(scratch, edits.SetWeight(step.profile, criterion, path[-1], step.locked))[0]
        except ValueError:
            return
        assert self.doc.profile().weights == expected.profiles[0].weights
        assert self.doc.undo_stack.count() <= count + 1  # the whole drag is one undo step
        self.record()

    @rule(criterion=st.sampled_from(FACTORS), locked=st.booleans())
    def lock(self, criterion, locked):
        self.doc.set_locked(criterion, locked)
        assert (criterion in self.doc.locked) == locked

    @rule(name=st.sampled_from([p.name for p in MODEL.profiles]))
    def switch(self, name):
        if self.doc.is_profile_modified():
            self.doc.revert_profile()
            self.record()
        self.doc.set_profile(name)
        assert self.doc.profile() == self.doc.model.profile(name)

    @rule(method=st.sampled_from(METHODS))
    def method(self, method):
        self.doc.set_method(method)

    @precondition(lambda self: self.doc.is_profile_modified())
    @rule()
    def save_as_new(self):
        self.added += 1
        weights = self.doc.profile().weights
        assert self.doc.save_profile_as(f"Mine {self.added}")
        assert self.doc.model.profiles[-1].weights == weights and not self.doc.is_profile_modified()
        self.record()

    @precondition(lambda self: self.doc.is_profile_modified())
    @rule()
    def revert(self):
        saved = self.doc.saved_profile()
        assert self.doc.revert_profile()
        assert self.doc.profile() == saved and not self.doc.is_profile_modified()
        self.record()

    @precondition(lambda self: self.doc.is_profile_modified() and not self.doc.is_read_only())
    @rule()
    def save_profile(self):
        weights, name = self.doc.profile().weights, self.doc.profile().name
        assert self.doc.save_profile()
        assert self.doc.model.profile(name).weights == weights and not self.doc.is_profile_modified()
        self.record()

    @precondition(lambda self: self.doc.is_profile_modified() and self.doc.is_read_only())
    @rule()
    def save_into_a_reference_profile_is_refused(self):
        before = self.now()
        assert not self.doc.save_profile()
        assert self.now() == before

    @rule()
    def add_and_delete_structure(self):
        self.added += 1
        ident = f"N{self.added}"
        self.doc.apply(edits.AddCriterion(Criterion(ident, ident, kind="risk"), "ECO"))
        self.record()
        self.doc.apply(edits.AddOption(Option(f"X{self.added}", "x")))
        self.record()
        self.doc.apply(edits.DeleteCriterion(ident))
        self.record()

    @precondition(lambda self: self.doc.undo_stack.canUndo())
    @rule(back=st.integers(1, 6), forward=st.integers(0, 6))
    def undo_then_redo(self, back, forward):
        """Undo up to ``back`` steps, then redo up to ``forward``: every state is one the history holds."""
        for _ in range(back):
            if self.doc.undo_stack.canUndo():
                self.doc.undo_stack.undo()
                self.index -= 1
                assert self.now() == self.history[self.index]
        for _ in range(forward):
            if self.doc.undo_stack.canRedo():
                self.doc.undo_stack.redo()
                self.index += 1
                assert self.now() == self.history[self.index]

    @rule()
    def save_and_reopen(self):
        path = Path(self.folder) / "p.mizan"
        self.doc.save(str(path))
        state = self.doc.state()
        reopened = Document(MODEL)
        reopened.load(*read_project_state(path)[:1], str(path), state=read_project_state(path)[1])
        assert reopened.model == self.doc.model and reopened.state() == state
        assert (reopened.profile(), reopened.method, reopened.locked) == (
            self.doc.profile(), self.doc.method, self.doc.locked)
        self.doc = reopened
        self.history, self.index = [self.now()], 0

    @invariant()
    def stack_matches_history(self):
        assert (self.doc.undo_stack.index(), self.doc.undo_stack.count()) == (self.index, len(self.history) - 1)

    def teardown(self):
        shutil.rmtree(self.folder, ignore_errors=True)
        while self.doc.undo_stack.canUndo():
            self.doc.undo_stack.undo()
        assert self.now() == self.history[0]
        while self.doc.undo_stack.canRedo():
            self.doc.undo_stack.redo()
        assert self.now() == self.history[-1]


DocumentMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, derandomize=True,
                                             database=None, deadline=None)
test_document_states = DocumentMachine.TestCase
