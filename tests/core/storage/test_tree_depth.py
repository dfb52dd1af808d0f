"""The deepest criteria tree is the same on save and on load: what can be saved can be opened again."""

from __future__ import annotations

import json

import pytest

from core.edits import AddCriterion, apply
from core.errors import FileFormatError, ModelError, WriteError
from core.model import MAX_TREE_LEVELS, Criterion
from core.storage import jsonio
from core.storage.jsonio import write_json
from core.storage.project import model_to_data, read_project, write_project


def deep(model, levels: int):
    """``model`` with its first group's factors pushed down to tree level ``levels`` under a chain of groups."""
    node = model.criteria[0]
    for k in range(levels - 2):
        node = Criterion(f"G{k}", f"Group {k}", description="d", children=(node,))
    return model.replace(criteria=(node,) + model.criteria[1:])


def test_the_deepest_tree_allowed_round_trips(tmp_path, paper_model):
    model = deep(paper_model, MAX_TREE_LEVELS)
    path = tmp_path / "deep.mizan"
    write_project(path, model)
    assert read_project(path) == model


def test_one_level_more_is_refused_on_save_and_nothing_is_written(tmp_path, paper_model):
    path = tmp_path / "deeper.mizan"
    with pytest.raises(ModelError, match=f"16 levels deep; at most {MAX_TREE_LEVELS}"):
        write_project(path, deep(paper_model, MAX_TREE_LEVELS + 1))
    assert not path.exists()


def test_one_level_more_is_refused_on_load(tmp_path, paper_model):
    path = tmp_path / "deeper.mizan"
    path.write_text(json.dumps(model_to_data(deep(paper_model, MAX_TREE_LEVELS + 1))), encoding="utf-8")
    with pytest.raises(FileFormatError, match="nested deeper than 32 levels"):
        read_project(path)


def test_an_edit_cannot_make_the_tree_too_deep(paper_model):
    model = deep(paper_model, MAX_TREE_LEVELS)
    bottom = paper_model.criteria[0].id  # the group whose factors sit at the deepest level allowed
    with pytest.raises(ModelError, match="levels deep"):
        apply(model, AddCriterion(parent=bottom, node=Criterion("G99", "Too deep", children=(
            Criterion("X1", "x"),))))


def test_the_tree_limit_fits_the_reader_limit(paper_model):
    """The constant is derived, not guessed: MAX_TREE_LEVELS fills the JSON depth exactly."""
    depth = jsonio._depth(model_to_data(deep(paper_model, MAX_TREE_LEVELS)), 100)
    assert depth == jsonio.MAX_DEPTH
    assert jsonio._depth(model_to_data(deep(paper_model, MAX_TREE_LEVELS + 1)), 100) > jsonio.MAX_DEPTH


def test_the_writer_refuses_anything_the_reader_would(tmp_path):
    value: object = 1
    for _ in range(jsonio.MAX_DEPTH + 1):
        value = [value]
    path = tmp_path / "x.json"
    with pytest.raises(WriteError, match="nested deeper than 32 levels"):
        write_json(path, value)
    assert not path.exists()
