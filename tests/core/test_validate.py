"""Whole-model checks run at every load, edit and save (classes 1–3 and 7 of "Every input survives").

Each fault is built on the paper's model and must be refused with a message
that names the place; the model as shipped passes.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.errors import ModelError
from core.model import Bands, Option, Profile, Score
from core.register import Register
from core.storage.fields import NUMBER_LIMIT, WEIGHT_LIMIT
from core.validate import MAX_FACTORS, MAX_OPTIONS, MAX_SCORES, check_size, validate_model
from tests.conftest import value_model


def with_bands(model, **changes):
    fields = {"names": model.bands.names, "upper": model.bands.upper, "colors": model.bands.colors, **changes}
    return model.replace(bands=Bands(**fields))


def with_score(model, option, factor, **changes):
    scores = dict(model.scores)
    scores[(option, factor)] = model.score(option, factor).replace(**changes)
    return model.replace(scores=scores)


def with_profile(model, **changes):
    return model.replace(profiles=(model.profiles[0].replace(**changes),) + model.profiles[1:])


def test_the_paper_model_is_sound(paper_model):
    validate_model(paper_model)


@pytest.mark.parametrize("colour", ["red;background-image:url(x)", "red", "#FFF", "#12345G", "#1234567", "",
                                    " #112233", "#112233\n"])
def test_a_band_colour_must_be_hex_rrggbb(paper_model, colour):
    bad = with_bands(paper_model, colors=("#63BE7B", colour, "#F8A45E", "#E0474C"))
    with pytest.raises(ModelError, match=r"bands\.colors\[1\]: .* is not a colour written #RRGGBB"):
        validate_model(bad)


@pytest.mark.parametrize("upper, message", [
    ((4, 9, 9, 25), r"bands\.upper\[2\]: 9 must be above the band before it \(9\)"),
    ((4, 16, 9, 25), r"bands\.upper\[2\]: 9 must be above"),
    ((-1, 9, 16, 25), r"bands\.upper\[0\]: must be a number from 0"),
    ((4, 9, 16, float("inf")), r"bands\.upper\[3\]: must be a number from 0"),
    ((4, 9, 16, float("nan")), r"bands\.upper\[3\]: must be a number from 0"),
    ((4, 9, 16), "the same, non-zero length"),
])
def test_band_limits_are_non_negative_finite_and_strictly_rising(paper_model, upper, message):
    with pytest.raises(ModelError, match=message):
        validate_model(with_bands(paper_model, upper=upper))


def test_a_risk_cell_may_not_also_carry_a_value(paper_model):
    with pytest.raises(ModelError, match="option O1, factor E1: a risk is scored by likelihood and impact"):
        validate_model(with_score(paper_model, "O1", "E1", value=3.0))


def test_a_value_cell_may_not_carry_a_likelihood(paper_model):
    model = paper_model.replace(register=Register(), criteria=tuple(c.replace(children=tuple(  # C4 acts on E1
        f.replace(kind="value", direction="benefit") if f.id == "E1" else f for f in c.children))
        for c in paper_model.criteria))
    scores = {key: (Score(value=3.0) if key[1] == "E1" else s) for key, s in paper_model.scores.items()}
    validate_model(model.replace(scores=scores))
    with pytest.raises(ModelError, match="factor E1: a direct value is scored by its value"):
        validate_model(model.replace(scores={**scores, ("O1", "E1"): Score(value=3.0, likelihood=2)}))


@pytest.mark.parametrize("method", ["bogus", "", "WSM", "wsm "])
def test_an_unknown_method_is_refused(paper_model, method):
    with pytest.raises(ModelError, match=r"profile 'Equal weights': method .* is not one of wsm, wpm"):
        validate_model(with_profile(paper_model, method=method))


@pytest.mark.parametrize("preference", ["bogus:1", "linear:3:1", "linear:1:inf", "vshape:1_0", "gaussian:0"])
def test_an_unparseable_preference_is_refused(paper_model, preference):
    first = paper_model.factors[0]
    criteria = tuple(c.replace(children=tuple(f.replace(preference=preference) if f.id == first.id else f
                                              for f in c.children)) for c in paper_model.criteria)
    with pytest.raises(ModelError, match=f"criterion {first.id}: preference: "):
        validate_model(paper_model.replace(criteria=criteria))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.floats(min_value=WEIGHT_LIMIT, max_value=1e308, exclude_min=True) | st.just(float("inf")))
def test_weights_beyond_the_limit_are_refused_by_range_not_as_zero(paper_model, weight):
    model = with_profile(paper_model, weights={node.id: weight for node, _, _ in paper_model.walk()})
    with pytest.raises(ModelError, match="must be a number from 0 to 1e\\+12") as caught:
        validate_model(model)
    assert "add up to zero" not in str(caught.value)


def test_weights_at_the_limit_add_up(paper_model):
    model = with_profile(paper_model, weights={node.id: WEIGHT_LIMIT for node, _, _ in paper_model.walk()})
    validate_model(model)
    assert sum(model.global_weights(model.profiles[0]).values()) == pytest.approx(1.0)


def test_a_sum_that_overflows_is_named_as_too_large(paper_model):
    profile = Profile("huge", {c.id: 1e308 for c in paper_model.criteria})
    with pytest.raises(ModelError, match="too large to add up"):
        paper_model.global_weights(profile)


@pytest.mark.parametrize("field", ["value", "low", "high"])
def test_numbers_beyond_the_range_are_refused(paper_model, field):
    model = with_score(paper_model, "O1", "E1", likelihood=None, impact=None)
    model = model.replace(criteria=tuple(c.replace(children=tuple(
        f.replace(kind="value", direction="benefit", scale=(0.0, 10.0)) if f.id == "E1" else f for f in c.children))
        for c in model.criteria))
    scores = {key: (Score(value=5.0) if key[1] == "E1" else s) for key, s in model.scores.items()}
    scores[("O1", "E1")] = Score(**{"value": 5.0, field: NUMBER_LIMIT * 10})
    with pytest.raises(ModelError, match=f"option O1, factor E1: {field} must be a number from"):
        validate_model(model.replace(scores=scores))


@pytest.mark.parametrize("ident, message", [
    ("O1\u200b", r"option id 'O1\\u200b' looks the same as 'O1'|holds an invisible format character \(U\+200B"),
    ("\u041e1", r"option id 'О1' looks the same as 'O1'"),
    ("o1", r"option id 'o1' looks the same as 'O1'"),
    ("ＯＩ", None),
    ("E\u202e1", r"holds an invisible format character \(U\+202E RIGHT-TO-LEFT OVERRIDE\)"),
    ("Ope\u0440", r"mixes Latin and Cyrillic letters \(U\+0440 CYRILLIC SMALL LETTER ER\)"),
])
def test_look_alike_and_invisible_ids_are_refused(paper_model, ident, message):
    model = paper_model.replace(options=paper_model.options + (Option(ident, "New"),))
    scores = dict(model.scores)
    scores.update({(ident, f.id): paper_model.score("O1", f.id) for f in paper_model.factors})
    model = model.replace(scores=scores)
    if message is None:
        validate_model(model)
    else:
        with pytest.raises(ModelError, match=message):
            validate_model(model)


@pytest.mark.parametrize("where, change", [
    ("title", lambda m: m.replace(title="Iraq \ud83d")),
    ("option 'O2': name", lambda m: m.replace(options=(m.options[0], m.options[1].replace(name="a\x00b"))
                                               + m.options[2:])),
    ("option 'O1', factor 'E1': rationale", lambda m: with_score(m, "O1", "E1", rationale="x\udfff")),
    ("profile 'Equal weights': notes", lambda m: with_profile(m, notes="\x1b[31mred")),
    ("bands: name 2", lambda m: with_bands(m, names=("Low", "Med\x08", "High", "Extreme"))),
])
def test_text_no_output_can_carry_is_refused_with_its_place(paper_model, where, change):
    with pytest.raises(ModelError, match=f"^{where} holds ") as caught:
        validate_model(change(paper_model))
    str(caught.value).encode("utf-8")  # the message itself can be printed


@pytest.mark.parametrize("options, factors", [(MAX_OPTIONS + 1, 1), (1, MAX_FACTORS + 1),
                                              (MAX_SCORES // 100 + 1, 100)])
def test_a_model_beyond_the_bounds_is_refused_with_the_limits(options, factors):
    with pytest.raises(ModelError, match=f"{options:,} options × {factors:,} factors is beyond the limit"):
        check_size(options, factors)


def test_a_model_at_the_bounds_is_accepted():
    check_size(MAX_OPTIONS, MAX_SCORES // MAX_OPTIONS)
    check_size(MAX_SCORES // MAX_FACTORS, MAX_FACTORS)


def test_validate_model_applies_the_bound():
    rows = {f"o{i}": [float(i)] for i in range(MAX_OPTIONS + 1)}
    with pytest.raises(ModelError, match="2,001 options × 1 factors"):
        validate_model(value_model(rows, ["benefit"], [1]))


@pytest.mark.parametrize("where, change", [
    ("title", lambda m, text: m.replace(title=text)),
    ("option 'O2': name", lambda m, text: m.replace(options=(m.options[0], m.options[1].replace(name=text))
                                                     + m.options[2:])),
    ("option 'O1', factor 'E1': rationale", lambda m, text: with_score(m, "O1", "E1", rationale=text)),
    ("register.entries[0].owner:", lambda m, text: m.replace(register=m.register.replace(
        entries={**m.register.entries, next(iter(m.register.entries)): next(
            iter(m.register.entries.values())).replace(owner=text)}))),
])
def test_a_text_longer_than_a_project_file_may_hold_is_refused_so_every_saved_file_reopens(
        paper_model, tmp_path, where, change):
    from core.storage.fields import MAX_TEXT
    from core.storage.project import read_project, write_project

    validate_model(change(paper_model, "x" * MAX_TEXT))  # at the limit: saved and reopened
    write_project(tmp_path / "at-limit.mizan", change(paper_model, "x" * MAX_TEXT))
    read_project(tmp_path / "at-limit.mizan")
    with pytest.raises(ModelError, match=f"^{re.escape(where)} is longer than {MAX_TEXT:,} characters"):
        validate_model(change(paper_model, "x" * (MAX_TEXT + 1)))
