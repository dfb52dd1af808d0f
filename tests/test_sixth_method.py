"""Adding a ranking method is adding its module: the registry, the command line and the reports pick it up.

The fixture drops a complete method module, declared as every method is
(``METHOD = MethodSpec(...)``), into a folder of the ``core.methods``
package and rebuilds the registry; no other file is touched.  Everything
that lists, runs or describes methods must then offer it.
"""

from __future__ import annotations

import io
import pickle
import sys

import numpy as np
import pytest
from openpyxl import load_workbook

from core import methods
from core.analysis import evaluate, method_params
from core.errors import ModelError, user_message
from core.reports.data import build_report
from core.reports.excel import workbook_bytes
from core.reports.methodology import methodology
from core.sensitivity import study
from core.sensitivity.linear import linear_form
from tests.core.methods.shipped import SHIPPED
from tests.ui.cli_helpers import cli
from tests.ui.test_cli import method_choices_by_command

TOY = '''"""Signed sum: Σ w·x on benefit criteria minus Σ w·x on costs, raw values (a registry test's method)."""

import numpy as np

from core.methods.base import MethodResult, normalise_vector, prepare, rank, weight_array
from core.methods.spec import MethodSpec


def run(matrix, weights, benefit, *, criteria=None, options=None, sign=1.0):
    inputs = prepare(matrix, benefit, criteria, options)
    signed = sign * np.where(inputs.benefit, inputs.matrix, -inputs.matrix)
    w = weight_array(weights, inputs)
    w = normalise_vector(w, inputs.criteria) if w.ndim == 1 else w / w.sum(axis=1, keepdims=True)
    scores = w @ signed.T
    return MethodResult("signedsum", scores, rank(scores), "higher", w, inputs.warnings)


METHOD = MethodSpec(key="signedsum", label="Signed sum (toy)", order=60, run=run, linear="identity",
                    note="Signed sum: benefits add their weighted values, costs subtract theirs.",
                    model_settings=lambda arrays: {"sign": 1.0})
'''


# The methods registered without the toy (the shipped ones, and any other a module adds).
BEFORE = list(methods.REGISTRY)


@pytest.fixture
def sixth_method(tmp_path, monkeypatch):
    """The toy module in a folder of the package, the registry rebuilt; all undone afterwards."""
    (tmp_path / "signedsum.py").write_text(TOY, encoding="utf-8")
    monkeypatch.setattr(methods, "__path__", [*methods.__path__, str(tmp_path)])
    methods.discover()
    yield methods.REGISTRY["signedsum"]
    monkeypatch.undo()
    sys.modules.pop("core.methods.signedsum", None)
    methods.discover()


def test_the_registry_lists_it_by_its_order_and_forgets_it_afterwards(sixth_method):
    assert list(methods.REGISTRY) == sorted([*BEFORE, "signedsum"], key=lambda key: (methods.REGISTRY[key].order, key))
    assert [key for key in methods.REGISTRY if key in SHIPPED] == list(SHIPPED)
    assert methods.METHOD_LABELS["signedsum"] == "Signed sum (toy)"
    assert methods.METHODS["signedsum"] is sixth_method.run


def test_the_registry_is_back_as_it_was_without_it():
    assert list(methods.REGISTRY) == BEFORE
    assert [key for key in BEFORE if key in SHIPPED] == list(SHIPPED)


def test_analysis_runs_it_with_the_settings_it_declares(sixth_method, paper_model):
    profile = paper_model.profiles[1]
    evaluation = evaluate(paper_model, profile, "signedsum")
    wsm = evaluate(paper_model, profile, "wsm")  # the raw risk index: lower is better, same order
    assert method_params(evaluation.problem, "signedsum") == {"sign": 1.0}
    assert np.allclose(evaluation.result.scores, -wsm.result.scores)
    assert [r["option"] for r in evaluation.ranking()] == [r["option"] for r in wsm.ranking()]


def test_the_linear_shortcut_uses_it_because_it_declares_a_link(sixth_method, paper_model):
    st = study(paper_model, paper_model.profiles[0], "signedsum")
    form = linear_form(st)
    assert form is not None and form.link == "identity"
    assert np.allclose(form.scores(st.weights[None, :])[0], st.baseline.scores)


def test_the_command_line_offers_and_runs_it(sixth_method, capsys):
    status, out, err = cli(capsys, "score", "--method", "signedsum")
    assert status == 0, err
    assert "Method: Signed sum (toy) (higher is better)" in out
    status, out, err = cli(capsys, "score", "--all-methods", "--csv")
    assert status == 0, err
    assert out.splitlines()[0] == ",".join(["option", *methods.REGISTRY])
    status, _, err = cli(capsys, "score", "--method", "sevenths")
    assert status == 2 and "signedsum" in err  # listed among the choices


def test_every_command_offers_it_in_the_registry_s_order(sixth_method):
    offered = method_choices_by_command()
    offered.pop("ahp")  # weighting methods
    assert {command: choices for command, choices in offered.items()} == \
        {command: list(methods.REGISTRY) for command in offered}
    assert all("signedsum" in choices for choices in offered.values())


def test_reports_describe_it_from_its_declaration(sixth_method, paper_model, capsys, tmp_path):
    data = build_report(paper_model, paper_model.profiles[0], "signedsum", samples=0)
    text = methodology(data)
    assert text[0] == ("Method: Signed sum (toy). Signed sum: benefits add their weighted values, "
                       "costs subtract theirs.")
    assert text[1] == "Normalisation: as the method defines it (see the method note)."
    out = tmp_path / "report.html"
    status, _, err = cli(capsys, "export", "--method", "signedsum", "--samples", "0", "--out", str(out))
    assert status == 0, err
    assert "Signed sum (toy)" in out.read_text(encoding="utf-8")


def test_the_workbook_refuses_in_one_line_a_method_it_has_no_formulas_for(sixth_method, capsys, tmp_path):
    # The Methods sheet recomputes the five methods with live formulas; a new method brings none, so the
    # workbook cannot make it its live ranking: one clear refusal, nothing written (was an internal error).
    out = tmp_path / "report.xlsx"
    status, _, err = cli(capsys, "export", "--method", "signedsum", "--samples", "0", "--out", str(out))
    assert status == 2 and not out.exists()
    assert err.strip().splitlines() == [
        "mizan export: the workbook recomputes Weighted sum (WSM), Weighted product (WPM), TOPSIS, VIKOR, "
        "PROMETHEE II with live formulas and has none for Signed sum (toy): export that method as PDF, HTML or CSV"]
    status, _, err = cli(capsys, "export", "--samples", "0", "--out", str(out))
    assert status == 0 and out.exists(), err  # the weighted sum reported: the workbook is written as ever


def test_the_workbook_refusal_names_the_methods_in_the_reader_s_language_even_across_a_process(sixth_method,
                                                                                          paper_model):
    data = build_report(paper_model, paper_model.profiles[0], "signedsum", samples=0)
    with pytest.raises(ModelError) as caught:
        workbook_bytes(data, language="ar")
    again = pickle.loads(pickle.dumps(caught.value))  # the export worker's child sends it back this way
    for error in (caught.value, again):
        arabic = user_message(error, "ar")
        assert arabic.startswith("يعيد المصنّف حساب المجموع المرجّح (WSM)، الجداء المرجّح (WPM)، TOPSIS")
        assert "Weighted" not in arabic and "Signed sum (toy)" in arabic  # the toy declares no Arabic texts
        assert str(error).startswith("the workbook recomputes Weighted sum (WSM), Weighted product (WPM)")


LIVE = ("This workbook recomputes Weighted sum (WSM), Weighted product (WPM), TOPSIS, VIKOR, PROMETHEE II "
        "with live formulas")


def absent_sentence(language: str = "en") -> str:
    """What the workbook must say of the registered methods it has no formulas for (the five are live)."""
    labels = [methods.REGISTRY[key].label_in(language) for key in methods.REGISTRY if key not in SHIPPED]
    return f"{LIVE}; it leaves out {', '.join(labels)}, which it has no formulas for: see the PDF, HTML or CSV export."


def _texts(book) -> dict[str, list[str]]:
    return {sheet.title: [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
            for sheet in book.worksheets}


def test_the_workbook_says_which_methods_it_recomputes_and_which_it_leaves_out(sixth_method, paper_model):
    data = build_report(paper_model, paper_model.profiles[0], "wsm", samples=0)
    book = load_workbook(io.BytesIO(workbook_bytes(data)))
    assert "Signed sum (toy), which it has no formulas for" in absent_sentence()
    assert book["Methods"]["A3"].value == absent_sentence()  # under the sheet's title and note
    assert absent_sentence() in _texts(book)["Summary"]  # and in the methodology
    arabic = load_workbook(io.BytesIO(workbook_bytes(data, language="ar"))).worksheets
    said = [c.value for sheet in arabic for row in sheet.iter_rows() for c in row
            if isinstance(c.value, str) and c.value.startswith("يعيد هذا المصنّف حساب")]
    assert len(said) == 2 and all(sixth_method.label_in("ar") in text for text in said)


def test_without_it_the_workbook_says_no_more_than_the_registry_holds(paper_model):
    data = build_report(paper_model, paper_model.profiles[0], "wsm", samples=0)
    book = load_workbook(io.BytesIO(workbook_bytes(data)))
    said = [text for texts in _texts(book).values() for text in texts if "leaves out" in text]
    if list(methods.REGISTRY) == list(SHIPPED):  # the five: all live, nothing to say (the workbook as ever)
        assert book["Methods"]["A3"].value is None and said == []
    else:  # a method added by its module alone
        assert book["Methods"]["A3"].value == absent_sentence() and said == [absent_sentence()] * 2
