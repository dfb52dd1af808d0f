"""Lists of names inside the core's sentences are joined as the reader's language writes them.

The separator is the catalogue's (", " in English, "، " in Arabic), so a
message raised once reads right in either language; the English wording (the
error's ``str``, what scripts read) is what it always was.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.catalogue import catalogue
from core.errors import Listed, Message, ModelError, user_message
from core.methods import REGISTRY, method_spec

CORE = Path(__file__).resolve().parents[2] / "core"
NAMES = st.lists(st.text(st.characters(categories=("L", "N")), min_size=1, max_size=8), max_size=12)


@given(NAMES)
def test_a_list_reads_with_the_separator_of_each_language(names):
    listed = Listed(names)
    assert str(listed) == ", ".join(names)
    for language in ("en", "ar"):
        assert listed.text(language) == catalogue(language)["document.list_sep"].join(names)
    assert pickle.loads(pickle.dumps(listed)).text("ar") == listed.text("ar")


def test_the_items_of_a_list_are_worded_in_the_readers_language_too():
    none = Message("messages.model.none")
    listed = Listed(["'a'", none])
    assert listed.text("ar") == "'a'" + "، " + none.text("ar")
    assert listed.text("en") == "'a', " + none.text("en")


def test_a_refusal_naming_the_known_methods_lists_them_with_the_arabic_comma():
    with pytest.raises(ModelError) as caught:
        method_spec("nope")
    keys = list(REGISTRY)
    assert ", ".join(keys) in str(caught.value)
    assert "، ".join(keys) in user_message(caught.value, "ar")


def test_a_list_of_thousands_of_ids_words_itself_flat():
    ids = [f"X{n}" for n in range(5000)]
    assert Message("messages.view.unknown_locked", ids=Listed(ids)).text("ar").count("، ") == len(ids) - 1


def test_no_core_sentence_joins_a_list_with_an_english_comma():
    joins = re.compile(r"""(["'])[,،] \1\.join\(""")
    found = [f"{path.relative_to(CORE)}:{n}" for path in CORE.rglob("*.py") if "catalogue" not in path.parts
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if joins.search(line)]
    assert found == []
