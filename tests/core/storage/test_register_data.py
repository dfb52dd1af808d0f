"""The project file's register section (format version 3): round trip, migration, every field checked by path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.builtin import builtin_model
from core.edits import SetKind, apply
from core.errors import FileFormatError
from core.register import Level, Register, RiskEntry, Scales
from core.storage.project import FORMAT_VERSION, model_to_data, read_project, write_project
from tests.core.register.factories import TEXT, registers, with_register

PAPER = builtin_model().replace(register=Register())  # these tests bring registers of their own
SCALES = Scales(likelihood=tuple(Level(f"L{i}", f"likelihood {i} «ع»") for i in range(1, 6)),
                impact=tuple(Level(f"I{i}") for i in range(1, 6)))


def full_model():
    model = with_register(PAPER, include_planned=True)
    return model.replace(register=model.register.replace(scales=SCALES))


def write(tmp_path: Path, data, name="p.mizan") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_full_register_round_trips_exactly(tmp_path):
    model = full_model()
    path = tmp_path / "full.mizan"
    write_project(path, model)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION == 4
    section = data["register"]
    assert section["include_planned"] is True and section["controls"][0]["effects"][1] == {
        "option": "O3", "factor": "S1", "likelihood": 2, "impact": 1}
    assert section["entries"][0]["option"] == "O3" and section["entries"][0]["due"] == "2027-06-30"
    assert section["scales"]["likelihood"][4] == {"label": "L5", "description": "likelihood 5 «ع»"}
    again = read_project(path)
    assert again == model and again.register == model.register
    write_project(tmp_path / "again.mizan", again)
    assert (tmp_path / "again.mizan").read_bytes() == path.read_bytes()


ENTRY = st.builds(RiskEntry, statement=TEXT, owner=TEXT, treatment=st.sampled_from(("", "treat", "transfer")),
                  action=TEXT, due=st.dates().map(lambda d: d.isoformat()) | st.just(""),
                  status=st.sampled_from(("open", "monitoring", "closed")),
                  review=st.dates().map(lambda d: d.isoformat()) | st.just(""))
CELLS = st.sampled_from([(o.id, f.id) for o in PAPER.options for f in PAPER.factors])


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(registers(PAPER), st.dictionaries(CELLS, ENTRY, max_size=5))
def test_any_register_round_trips(tmp_path, register, entries):
    model = PAPER.replace(register=register.replace(entries=entries))
    path = tmp_path / "any.mizan"
    write_project(path, model)
    assert read_project(path) == model


@pytest.mark.parametrize("version", [1, 2])
def test_older_files_load_with_an_empty_register_and_default_scales(tmp_path, version):
    data = model_to_data(full_model())
    data["format_version"] = version
    data.pop("register")
    model = read_project(write(tmp_path, data))
    assert model.register == Register() and model.register.scales == Scales()
    assert model == PAPER


def test_a_version_3_file_without_a_register_section_has_an_empty_one(tmp_path):
    data = model_to_data(PAPER)
    data.pop("register")
    assert read_project(write(tmp_path, data)).register == Register()


def test_a_section_without_scales_gets_the_default_scales(tmp_path):
    data = model_to_data(full_model())
    data["register"].pop("scales")
    assert read_project(write(tmp_path, data)).register.scales == Scales()


def controls(d):
    return d["register"]["controls"]


def entries(d):
    return d["register"]["entries"]


FIELD_FAULTS = [
    (lambda d: controls(d)[2]["effects"][0].update(likelihood=5),
     "register.controls[2].effects[0].likelihood: must be a whole number 0–4"),
    (lambda d: controls(d)[0]["effects"][1].update(impact=-1),
     "register.controls[0].effects[1].impact: must be a whole number 0–4"),
    (lambda d: controls(d)[0]["effects"][1].update(impact=1.5),
     "register.controls[0].effects[1].impact: must be a whole number 0–4"),
    (lambda d: controls(d)[0]["effects"][1].update(impact=True),
     "register.controls[0].effects[1].impact: must be a whole number 0–4"),
    (lambda d: controls(d)[0]["effects"][0].pop("option"), "register.controls[0].effects[0].option: is missing"),
    (lambda d: controls(d)[0]["effects"][0].update(factor=""), "register.controls[0].effects[0].factor: must not be empty"),
    (lambda d: controls(d)[0].update(effects={}), "register.controls[0].effects: must be a list"),
    (lambda d: controls(d)[0]["effects"].append(3), "register.controls[0].effects[3]: must be an object"),
    (lambda d: controls(d)[1].update(status="maybe"), "register.controls[1].status: must be one of in place, planned"),
    (lambda d: controls(d)[1].pop("id"), "register.controls[1].id: is missing"),
    (lambda d: controls(d)[1].update(id=" "), "register.controls[1].id: must not be empty"),
    (lambda d: controls(d)[1].update(name=""), "register.controls[1].name: must not be empty"),
    (lambda d: controls(d)[1].update(owner=7), "register.controls[1].owner: must be text"),
    (lambda d: controls(d)[1].update(evidence="a\x00b"), "register.controls[1].evidence: holds the control character"),
    (lambda d: d["register"].update(controls={}), "register.controls: must be a list"),
    (lambda d: d.update(register=[]), "register: must be an object"),
    (lambda d: d["register"].update(include_planned="yes"), "register.include_planned: must be true or false"),
    (lambda d: d["register"].update(include_planned=1), "register.include_planned: must be true or false"),
    (lambda d: entries(d)[1].update(due="2027-02-30"),
     "register.entries[1].due: '2027-02-30' is not a day of the calendar: 2027-02 has 28 days"),
    (lambda d: entries(d)[0].update(review="31/03/2027"),
     "register.entries[0].review: '31/03/2027' is not a date written YYYY-MM-DD"),
    (lambda d: entries(d)[0].update(review=20270331), "register.entries[0].review: must be text"),
    (lambda d: entries(d)[0].update(treatment="ignore"),
     "register.entries[0].treatment: must be one of treat, tolerate, transfer, terminate"),
    (lambda d: entries(d)[0].update(status="done"), "register.entries[0].status: must be one of open, monitoring, closed"),
    (lambda d: entries(d)[0].pop("factor"), "register.entries[0].factor: is missing"),
    (lambda d: entries(d)[1].update(option="O3", factor="S1"),
     "register.entries[1]: a second entry for option 'O3', factor 'S1' (the first is register.entries[0])"),
    (lambda d: entries(d)[1].update(statement="x" * 100_001), "register.entries[1].statement: is longer than"),
    (lambda d: d["register"]["scales"]["likelihood"].pop(), "register.scales.likelihood: must be a list of 5 levels"),
    (lambda d: d["register"]["scales"]["impact"].append({"label": "6"}), "register.scales.impact: must be a list of 5"),
    (lambda d: d["register"]["scales"]["impact"][2].update(label=" "), "register.scales.impact[2].label: must not be empty"),
    (lambda d: d["register"]["scales"]["impact"][2].pop("label"), "register.scales.impact[2].label: is missing"),
    (lambda d: d["register"]["scales"].update(impact="x"), "register.scales.impact: must be a list"),
    (lambda d: d["register"].update(scales=[]), "register.scales: must be an object"),
]
MODEL_FAULTS = [
    (lambda d: controls(d)[1]["effects"][0].update(option="O9"),
     "register.controls[1].effects[0] (control C2): option 'O9' is not an option of the model"),
    (lambda d: controls(d)[1]["effects"][0].update(factor="SEC"),
     "register.controls[1].effects[0] (control C2): factor 'SEC' is not a factor of the model"),
    (lambda d: controls(d)[0]["effects"][2].update(option="O3", factor="S1"),
     "register.controls[0].effects[2]: control C1 already acts on option O3, factor S1 (effects[1]); one effect per cell"),
    (lambda d: controls(d)[2].update(id="C1"), "register.controls[2].id: control id 'C1' is used twice"),
    (lambda d: controls(d)[2].update(id="c 1"), "register.controls[2].id: control id 'c 1' looks the same as 'C1'"),
    (lambda d: controls(d)[2].update(id="C\u200b3"), "register.controls[2].id: control id 'C\\u200b3' holds an invisible format character (U+200B"),
    (lambda d: controls(d)[2].update(name="\u202eevil"), "register.controls[2].name: holds U+202E"),
    (lambda d: entries(d)[0].update(option="O9"), "register.entries[0]: option 'O9' is not an option of the model"),
    (lambda d: entries(d)[0].update(factor="Z1"), "register.entries[0]: factor 'Z1' is not a factor of the model"),
    (lambda d: entries(d)[1].update(statement="\udcff"), "register.entries[1].statement: holds an unpaired surrogate"),
]


@pytest.mark.parametrize("mutate, message", FIELD_FAULTS + MODEL_FAULTS)
def test_a_bad_register_field_is_refused_naming_its_path_and_the_file_stays(tmp_path, mutate, message):
    data = model_to_data(full_model())
    mutate(data)
    path = tmp_path / "bad.mizan"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(FileFormatError) as caught:
        read_project(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("where", ["effect", "entry"])
def test_nothing_of_the_register_may_sit_on_a_direct_value_factor(tmp_path, where):
    model, _ = apply(PAPER, SetKind("R3", "value"))
    data = model_to_data(model)
    data["register"] = model_to_data(full_model())["register"]
    if where == "entry":
        data["register"]["controls"] = []
        data["register"]["entries"][0].update(option="O1", factor="R3")
        message = "register.entries[0]: factor 'R3' is scored by a direct value"
    else:
        message = "register.controls[0].effects[2] (control C1): factor 'R3' is scored by a direct value"
    with pytest.raises(FileFormatError, match=re.escape(message)):
        read_project(write(tmp_path, data))


JSON = st.recursive(st.none() | st.booleans() | st.integers(-5, 10) | st.floats(allow_nan=False, allow_infinity=False)
                    | st.text(max_size=6) | st.sampled_from(["O1", "S1", "C1", "in place", "treat", "2027-06-30"]),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                    max_leaves=8)


def shaped(keys):
    return st.dictionaries(st.sampled_from(keys), JSON, max_size=len(keys))


EFFECT_JSON = shaped(["option", "factor", "likelihood", "impact"])
CONTROL_JSON = st.builds(lambda base, effects: {**base, "effects": effects},
                         shaped(["id", "name", "description", "owner", "status", "evidence"]),
                         st.lists(EFFECT_JSON, max_size=2) | JSON)
ENTRY_JSON = shaped(["option", "factor", "statement", "owner", "treatment", "action", "due", "status", "review"])
SECTION = st.fixed_dictionaries({}, optional={
    "include_planned": JSON, "controls": st.lists(CONTROL_JSON, max_size=2) | JSON,
    "entries": st.lists(ENTRY_JSON, max_size=2) | JSON,
    "scales": st.fixed_dictionaries({}, optional={"likelihood": st.lists(shaped(["label", "description"]),
                                                                        min_size=4, max_size=6) | JSON,
                                                  "impact": JSON}) | JSON})


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(SECTION)
def test_any_register_section_loads_soundly_or_is_refused_in_one_line(tmp_path, section):
    data = model_to_data(PAPER)
    data["register"] = section
    path = write(tmp_path, data)
    try:
        model = read_project(path)
    except FileFormatError as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc).replace(str(path), "")
        return
    write_project(tmp_path / "again.mizan", model)
    assert read_project(tmp_path / "again.mizan") == model
