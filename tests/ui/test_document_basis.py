"""ui.document on a basis: what it ranks is always the model on that basis, whatever the edits and undos were.

The document keeps the residual model, the arrays and the ranking of each
basis between looks (ui.analysis_cache); these tests say the cache is never
stale, is kept through a weight drag, and that a basis switch is one
notification and no edit.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.analysis import evaluate
from core.builtin import builtin_model
from core.edits import AddControl, SetEffect, SetIncludePlanned
from core.register import Control, Effect, Register
from core.register.residual import is_residual, model_on
from core.storage.view_state import VIEW_BASES
from ui.document import Document

PAPER = builtin_model()
OPTIONS = [o.id for o in PAPER.options]
FACTORS = [f.id for f in PAPER.factors]
NODES = [node.id for node, _, _ in PAPER.walk()]
START = PAPER.replace(register=Register(controls=(
    Control("C1", "In place", effects=(Effect("O5", "P5", 2, 0),)),
    Control("C2", "Planned", status="planned", effects=(Effect("O2", "R3", 1, 1),)))))

STEPS = st.one_of(
    st.tuples(st.just("weight"), st.sampled_from(NODES), st.floats(0.05, 0.95)),
    st.tuples(st.just("planned"), st.booleans()),
    st.tuples(st.just("effect"), st.sampled_from(["C1", "C2"]), st.sampled_from(OPTIONS), st.sampled_from(FACTORS),
              st.integers(0, 4), st.integers(0, 4)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("basis"), st.sampled_from(VIEW_BASES)),
)


def _step(document: Document, step: tuple) -> None:
    kind, *args = step
    if kind == "weight":
        document.set_weight(args[0], args[1])
    elif kind == "planned":
        document.apply(SetIncludePlanned(args[0]))
    elif kind == "effect":
        document.apply(SetEffect(*args))
    elif kind in ("undo", "redo"):
        getattr(document.undo_stack, kind)()
    else:
        document.set_basis(args[0])


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(STEPS, max_size=10))
def test_what_the_document_ranks_is_always_the_model_on_its_basis(qapp, steps):
    document = Document(START)
    for step in steps:
        _step(document, step)
        for basis in document.bases:
            expected = model_on(document.model, basis)
            assert document.analysed(basis).scores == expected.scores
            assert document.evaluation(basis).ranking() == evaluate(expected, document.profile(),
                                                                    document.method).ranking()
            assert document.subject(basis).basis == basis
            assert is_residual(document.analysed(basis)) == (basis == "residual" and expected is not document.model)


def test_a_weight_drag_on_residual_risk_rebuilds_no_arrays(qapp):
    document = Document(START)
    document.set_basis("residual")
    first = document.evaluation()
    key = document.new_merge_key()
    for share in (0.3, 0.35, 0.4):
        document.set_weight("ECO", share, key)
        again = document.evaluation()
        assert again.problem is first.problem and again.weights != first.weights
        assert is_residual(document.analysed()) and document.analysed() is document.analysed()
    assert document.undo_stack.count() == 1
    document.apply(AddControl(Control("C3", "New", effects=(Effect("O1", "E1", 1, 0),))))
    assert document.evaluation().problem is not first.problem  # a control changes the residual scores
    assert document.analysed().score("O1", "E1").likelihood == START.score("O1", "E1").likelihood - 1


def test_a_basis_switch_is_one_ranking_notification_and_no_edit(qtbot, qapp):
    document = Document(START)
    told: list[str] = []
    for name in ("changed", "scores_changed", "analysis_changed", "ranking_changed", "modified_changed"):
        getattr(document, name).connect(lambda *_a, n=name: told.append(n))
    document.set_basis("both")
    assert told == ["analysis_changed", "ranking_changed", "changed"]
    assert document.undo_stack.count() == 0 and not document.is_modified()
    assert document.bases == ("inherent", "residual") and document.ranked_basis == "residual"
    document.set_basis("both")
    assert len(told) == 3  # the same basis again: nothing to tell
    told.clear()
    document.apply(SetIncludePlanned(True))  # what the residual is made of: the ranking follows
    assert "ranking_changed" in told and "scores_changed" not in told
