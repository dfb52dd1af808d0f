"""core.storage.jsonio's strict reading: the nesting depth and the duplicate keys of any JSON value."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import FileFormatError
from core.storage import jsonio
from core.storage.fields import Node

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=3),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
                    max_leaves=20)


def depth(value: object) -> int:
    """The nesting depth as defined: 0 for a text or number, one more than the deepest item for a list or object."""
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return 1 + max((depth(item) for item in value), default=0)
    return 0


@given(JSON)
def test_the_depth_of_any_value_is_its_nesting(value):
    assert jsonio._depth(value, 100) == depth(value)
    assert (jsonio._depth(value, 2) > 2) == (depth(value) > 2)


@given(st.lists(st.sampled_from("abc"), min_size=1, max_size=6))
def test_an_object_with_a_key_twice_is_refused_naming_the_first_key_repeated(keys):
    text = "{" + ", ".join(f'"{key}": {i}' for i, key in enumerate(keys)) + "}"
    repeated = next((key for i, key in enumerate(keys) if key in keys[:i]), None)
    if repeated is None:
        assert jsonio.parse_json(text, "f.mizan") == json.loads(text)
    else:
        with pytest.raises(FileFormatError, match=f"f.mizan: .*duplicate key '{repeated}'"):
            jsonio.parse_json(text, "f.mizan")


def test_a_field_path_is_spelt_from_its_parents_whenever_it_is_asked():
    root = Node({"options": [{"scores": {"E4": {"likelihood": 9}}, "odd\nkey": 1}]}, "", "f.mizan")
    option = next(root.child("options").items())
    cell = next(iter(option.child("scores").entries()))[1]
    assert cell.path == "options[0].scores.E4" and option.path == "options[0]"
    assert next(iter(o for k, o in option.entries() if k != "scores")).path == "options[0].'odd\\nkey'"
    with pytest.raises(FileFormatError, match=r"^f.mizan: options\[0\].scores.E4.likelihood: "):
        cell.whole("likelihood", 1, 5)
    assert Node(5, "bands.upper[1]").path == "bands.upper[1]"
