"""core.storage.view_state: a project reopens on its profile, method, locks and unsaved weights."""

from __future__ import annotations

import json

import pytest

from core.errors import FileFormatError
from core.storage.project import FORMAT_VERSION, model_to_data, read_project, write_project
from core.storage.view_state import ProjectState, read_project_state


def test_version_2_keeps_profile_method_locks_and_working_copy(tmp_path, paper_model):
    working = paper_model.profile("Economy first").replace(weights={"ECO": 5.0, "E1": 0.25})
    state = ProjectState("Economy first", "promethee2", frozenset({"E1", "POL"}), {"Economy first": working})
    path = tmp_path / "p.mizan"
    write_project(path, paper_model, state)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format_version"] == FORMAT_VERSION and data["view"]["profile"] == "Economy first"
    assert read_project_state(path) == (paper_model, state)
    assert read_project(path) == paper_model  # the named profiles are the saved ones


def test_a_version_1_file_still_opens_on_its_first_profile(tmp_path, paper_model):
    data = model_to_data(paper_model)
    data["format_version"] = 1
    path = tmp_path / "old.mizan"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_project_state(path) == (paper_model, ProjectState())


@pytest.mark.parametrize("view, where", [
    ({"profile": "Nobody"}, "view.profile: names no profile"),
    ({"method": "guess"}, "view.method: must be one of"),
    ({"locked": ["Z9"]}, "view.locked: names unknown criteria Z9"),
    ({"working": {"Nobody": {"name": "Nobody", "weights": {}}}}, "view.working.Nobody: is the working copy"),
    ({"working": {"Economy first": {"name": "x", "weights": {"Z9": 1}}}}, "view.working.Economy first.weights"),
])
def test_a_bad_view_section_is_one_line_naming_the_field(tmp_path, paper_model, view, where):
    data = model_to_data(paper_model) | {"view": view}
    path = tmp_path / "bad.mizan"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        read_project_state(path)
    assert str(caught.value).startswith(f"{path}: {where}")
