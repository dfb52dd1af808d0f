"""The model in two languages: every text may have an English and an Arabic value.

A :class:`~core.model.DecisionModel` holds its texts in ``model.language`` in
its plain ``str`` fields; each text object (the model, bands, criteria,
options, scores, profiles, controls, register entries, scale levels) carries
its texts in the other language in ``translations``: ``(field, text)`` pairs,
where a field is ``"name"`` or, for a list, ``"evidence/0"``. Where no text is
written in the model's language the plain field shows the other language's
(a fallback), marked by a translation of ``None``; an empty text is no text.
So a field is always one of: written in both, in the model's language only,
in the other only (a fallback), or in neither (empty).

Texts are named across the model by **addresses**: ``title``, ``question``,
``source``, ``bands/names/<i>``, ``criteria/<id>/name|description|notes|evidence/<i>``,
``options/<id>/name|description``, ``scores/<option>/<factor>/rationale|evidence``,
``profiles/<name>/name|notes``, ``controls/<id>/name|description|owner|evidence``,
``entries/<option>/<factor>/statement|owner|action`` and
``scales/likelihood|impact/<level>/label|description`` (levels 1–5, indexes 0-based).

Translations live with their object, so every edit that moves, renames,
copies or deletes an object takes them along without knowing about them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from core.errors import Listed, Message, ModelError
from core.model import Bands, Criterion, DecisionModel, Option, Profile, Score
from core.register import Control, Level, RiskEntry, Scales, default_levels
from core.storage.fields import MAX_TEXT
from core.texts import Translations, text_problem

LANGUAGES = ("en", "ar")
# The text fields of each kind of object; a tuple field (a list of texts) is addressed item by item.
TEXT_FIELDS: dict[type, tuple[str, ...]] = {
    DecisionModel: ("title", "question", "source"), Bands: ("names",),
    Criterion: ("name", "description", "notes", "evidence"), Option: ("name", "description"),
    Score: ("rationale", "evidence"), Profile: ("name", "notes"),
    Control: ("name", "description", "owner", "evidence"), RiskEntry: ("statement", "owner", "action"),
    Level: ("label", "description"),
}
REQUIRED = ("name", "label", "names")  # a text that must not be empty in every language it is shown in
_ARABIC = r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"

Pair = tuple["str | None", "str | None"]  # (text in the model's language, text in the other)


def other_language(language: str) -> str:
    """The other of the two languages."""
    return LANGUAGES[1] if language == LANGUAGES[0] else LANGUAGES[0]


def fields_of(obj: Any) -> list[str]:
    """The text fields of ``obj`` as translations name them (``"evidence/0"`` for a list's first item)."""
    result: list[str] = []
    for name in TEXT_FIELDS[type(obj)]:
        value = getattr(obj, name)
        result += [f"{name}/{i}" for i in range(len(value))] if isinstance(value, tuple) else [name]
    return result


def _plain(obj: Any, key: str) -> str:
    name, _, index = key.partition("/")
    value = getattr(obj, name)
    return value[int(index)] if index else value


def pair(obj: Any, key: str) -> Pair:
    """``(text in the model's language, text in the other)`` of one field; None where none is written."""
    plain, translations = _plain(obj, key), dict(obj.translations)
    if key in translations and translations[key] is None:
        return None, plain
    return plain or None, translations.get(key)


def with_pair(obj: Any, key: str, own: str | None, other: str | None) -> Any:
    """``obj`` with one field set to ``own`` (model's language) and ``other``, encoded as the module says."""
    translations = dict(obj.translations)
    translations.pop(key, None)
    plain = own or other or ""
    if own and other:
        translations[key] = other
    elif other:
        translations[key] = None  # the plain text is the other language's: a fallback
    name, _, index = key.partition("/")
    value: Any = plain
    if index:
        items = list(getattr(obj, name))
        items[int(index)] = plain
        value = tuple(items)
    changes = {} if getattr(obj, name) == value else {name: value}
    fixed: Translations = tuple(sorted(translations.items()))
    if fixed != obj.translations:
        changes["translations"] = fixed
    return replace(obj, **changes) if changes else obj


def swapped(obj: Any) -> Any:
    """``obj`` written from the other language's side: each field's two texts change places."""
    for key in fields_of(obj):
        own, other = pair(obj, key)
        obj = with_pair(obj, key, other, own)
    return obj


@cache
def _arabic_letters() -> re.Pattern[str]:
    """Compiled when a text's language is first asked (reading a file back): a class over five blocks of the
    plane takes 4 M instructions to compile, which the first paint does not need."""
    return re.compile(_ARABIC)


def text_language(text: str, default: str) -> str:
    """The language one text is written in: "ar" when most of its letters are Arabic, "en" when most are
    Latin, ``default`` when neither (no letters: a number, a date, an id)."""
    arabic = len(_arabic_letters().findall(text))
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    return "ar" if arabic > latin else "en" if latin > arabic else default


def shown_in(obj: Any, key: str, model_language: str, language: str) -> str:
    """The text field ``key`` of ``obj`` shows in ``language``: its own there, else the other's (the fallback)."""
    own, other = pair(obj, key)
    first, second = (own, other) if language == model_language else (other, own)
    return first or second or ""


def read_back(obj: Any, key: str, text: str, model_language: str, file_language: str) -> Any:
    """``obj`` with the text a file written in ``file_language`` gives its field ``key``.

    Where the file shows what ``obj`` shows in that language (its fallback included) nothing
    changes; else ``text`` is written in the language of its letters (``file_language`` for a
    text without letters or an empty one), the other language's text kept.
    """
    if text == shown_in(obj, key, model_language, file_language):
        return obj
    own, other = pair(obj, key)
    if text_language(text, file_language) == model_language:
        own = text or None
    else:
        other = text or None
    return with_pair(obj, key, own, other)


# ---- the objects of a model and their addresses ---------------------------------------------------

def objects(model: DecisionModel) -> Iterator[tuple[str, Any]]:
    """Every text object of ``model`` with the address prefix of its fields."""
    yield "", model
    yield "bands/", model.bands
    for node, _, _ in model.walk():
        yield f"criteria/{node.id}/", node
    yield from ((f"options/{option.id}/", option) for option in model.options)
    yield from ((f"scores/{o}/{f}/", score) for (o, f), score in model.scores.items())
    yield from ((f"profiles/{profile.name}/", profile) for profile in model.profiles)
    register = model.register
    yield from ((f"controls/{control.id}/", control) for control in register.controls)
    yield from ((f"entries/{o}/{f}/", entry) for (o, f), entry in register.entries.items())
    for axis in ("likelihood", "impact"):
        yield from ((f"scales/{axis}/{n}/", level) for n, level in enumerate(getattr(register.scales, axis), 1))


def text_paths(model: DecisionModel) -> dict[str, str]:
    """Every address of ``model`` that holds a text, with its plain text."""
    return {prefix + key: _plain(obj, key) for prefix, obj in objects(model) for key in fields_of(obj)
            if _plain(obj, key)}


def _cell(model: DecisionModel, rest: str, has: Callable[[tuple[str, str]], bool]) -> tuple[str, str]:
    """The (option, factor) a ``<option>/<factor>`` address part names (ids may hold slashes)."""
    for cut in (m.start() for m in re.finditer("/", rest)):
        if has((rest[:cut], rest[cut + 1:])):
            return rest[:cut], rest[cut + 1:]
    raise ModelError(Message("messages.bilingual.no_cell", cell=repr(rest)))


def _risk_cell(model: DecisionModel) -> Callable[[tuple[str, str]], bool]:
    """Whether a cell is an option × risk factor of ``model``: a register entry may be written on any of them."""
    options = {option.id for option in model.options}
    risks = {factor.id for factor in model.factors if factor.kind == "risk"}
    return lambda cell: cell in model.register.entries or cell[0] in options and cell[1] in risks


def locate(model: DecisionModel, address: str) -> tuple[Any, str, Callable[[Any], DecisionModel]]:
    """The object an address points at, its field, and how to put a changed object back in the model."""
    match = re.fullmatch(r"(?:(.+)/)?(title|question|source|name|description|notes|rationale|evidence|owner"
                         r"|statement|action|label|names/\d+|evidence/\d+)", address)
    if match is None:
        raise ModelError(Message("messages.bilingual.not_an_address", address=repr(address)))
    where, key = match.group(1) or "", match.group(2)
    kind, _, rest = where.partition("/")
    obj, put = _find(model, kind, rest)
    if key not in fields_of(obj):
        raise ModelError(Message("messages.bilingual.not_an_address", address=repr(address)))
    return obj, key, put


def _find(model: DecisionModel, kind: str, rest: str) -> tuple[Any, Callable[[Any], DecisionModel]]:
    register = model.register
    if not kind:
        return model, lambda new: new
    if kind == "bands" and not rest:
        return model.bands, lambda new: model.replace(bands=new)
    if kind == "criteria":
        from core.edits.tree import update_node

        return model.criterion(rest), lambda new: model.replace(criteria=update_node(model.criteria, rest,
                                                                                     lambda _: new))
    if kind == "options":
        return _in_tuple(model.options, lambda o: o.id == rest, rest,
                         lambda items: model.replace(options=items))
    if kind == "profiles":
        return _in_tuple(model.profiles, lambda p: p.name == rest, rest,
                         lambda items: model.replace(profiles=items))
    if kind == "controls":
        return _in_tuple(register.controls, lambda c: c.id == rest, rest,
                         lambda items: model.replace(register=register.replace(controls=items)))
    if kind == "scores":
        cell = _cell(model, rest, lambda c: c in model.scores)
        return model.scores[cell], lambda new: _put_cell(model, kind, cell, new)
    if kind == "entries":  # a risk cell without an entry has an empty one, so its texts can be written
        cell = _cell(model, rest, _risk_cell(model))
        return register.entry(*cell), lambda new: _put_cell(model, kind, cell, new)
    axis, _, level = rest.partition("/")
    if kind == "scales" and axis in ("likelihood", "impact") and level in ("1", "2", "3", "4", "5"):
        levels = getattr(register.scales, axis)
        return levels[int(level) - 1], lambda new: model.replace(register=register.replace(scales=replace(
            register.scales, **{axis: levels[:int(level) - 1] + (new,) + levels[int(level):]})))
    raise ModelError(Message("messages.bilingual.no_object", kind=kind, rest=rest))


def _in_tuple(items: tuple, hit: Callable[[Any], bool], name: str,
              put: Callable[[tuple], DecisionModel]) -> tuple[Any, Callable[[Any], DecisionModel]]:
    for index, item in enumerate(items):
        if hit(item):
            return item, lambda new: put(items[:index] + (new,) + items[index + 1:])
    raise ModelError(Message("messages.bilingual.no_item", name=repr(name)))


def _put_cell(model: DecisionModel, kind: str, cell: tuple[str, str], new: Any) -> DecisionModel:
    if kind == "scores":
        return model.replace(scores={**model.scores, cell: new})
    entries = dict(model.register.entries)
    if new.is_empty:  # an entry left empty is not stored, as SetRiskEntry leaves it
        entries.pop(cell, None)
    else:
        entries[cell] = new
    return model.replace(register=model.register.replace(entries=entries))


# ---- the public operations ------------------------------------------------------------------------

def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ModelError(Message("messages.bilingual.no_language", language=repr(language), known=Listed(LANGUAGES)))


def text_in(model: DecisionModel, address: str, language: str) -> str | None:
    """The text written at ``address`` in ``language``; None when there is none (a fallback is no value)."""
    _check_language(language)
    obj, key, _ = locate(model, address)
    own, other = pair(obj, key)
    return own if language == model.language else other


def _list_at(model: DecisionModel, address: str) -> tuple[Any, str, Callable[[Any], DecisionModel]]:
    """The object holding the list of texts at ``address`` (``criteria/E1/evidence``), its field, and its put."""
    where, _, name = address.rpartition("/")
    kind, _, rest = where.partition("/")
    obj, put = _find(model, kind, rest)
    if name not in TEXT_FIELDS[type(obj)] or not isinstance(getattr(obj, name), tuple):
        raise ModelError(Message("messages.bilingual.not_an_address", address=repr(address)))
    return obj, name, put


def texts_in(model: DecisionModel, address: str, language: str) -> list[str | None]:
    """The items of the list at ``address`` as written in ``language``: None where an item has none there."""
    _check_language(language)
    obj, name, _ = _list_at(model, address)
    side = 0 if language == model.language else 1
    return [pair(obj, f"{name}/{i}")[side] for i in range(len(getattr(obj, name)))]


def set_texts(model: DecisionModel, address: str, language: str, texts: tuple[str, ...]) -> DecisionModel:
    """``model`` with the list at ``address`` written in ``language`` as ``texts``, item *i* beside the other
    language's item *i*; a blank item is none written there, and an item written in neither is dropped."""
    _check_language(language)
    obj, name, put = _list_at(model, address)
    for index, text in enumerate(texts):
        check_text(f"{address}/{index}", text)
    mine: list[str | None] = [text.strip() or None for text in texts]
    theirs = texts_in(model, address, other_language(language))
    width = max(len(mine), len(theirs))
    mine, theirs = mine + [None] * (width - len(mine)), theirs + [None] * (width - len(theirs))
    pairs = [(a, b) for a, b in (zip(mine, theirs) if language == model.language else zip(theirs, mine)) if a or b]
    new = replace(obj, **{name: tuple(a or b or "" for a, b in pairs),
                          "translations": tuple(t for t in obj.translations if not t[0].startswith(name + "/"))})
    for index, (own, other) in enumerate(pairs):
        new = with_pair(new, f"{name}/{index}", own, other)
    return model if new == obj else put(new)


def check_text(address: str, text: str) -> None:
    """ModelError unless ``text`` passes the checks every text of a model passes."""
    if not isinstance(text, str):
        raise ModelError(Message("messages.bilingual.not_text", address=address))
    if len(text) > MAX_TEXT:
        raise ModelError(Message("messages.bilingual.too_long", address=address, limit=MAX_TEXT))
    problem = text_problem(text)
    if problem:
        raise ModelError(Message("messages.bilingual.text_problem", address=address, problem=problem))


def set_text(model: DecisionModel, address: str, language: str, text: str) -> DecisionModel:
    """``model`` with the text at ``address`` in ``language`` set to ``text`` (empty: none written there).

    A required text (a name, a label) may be emptied in one language only while the
    other has it: it then shows the other language's.
    """
    _check_language(language)
    check_text(address, text)
    obj, key, put = locate(model, address)
    own, other = pair(obj, key)
    own, other = (text or None, other) if language == model.language else (own, text or None)
    if key.split("/")[0] in REQUIRED and (text and not text.strip() or not (own or other)):
        raise ModelError(Message("messages.edits.empty_name", what=address))
    new = with_pair(obj, key, own, other)
    return model if new is obj else put(new)


def localized(model: DecisionModel, language: str) -> DecisionModel:
    """``model`` with its plain texts in ``language``, falling back to the other's where none is written.

    Lossless: ``localized(localized(m, "ar"), m.language) == m``.
    """
    _check_language(language)
    if language == model.language:
        return model
    register = model.register
    scales = Scales(likelihood=tuple(swapped(level) for level in register.scales.likelihood),
                    impact=tuple(swapped(level) for level in register.scales.impact))
    register = register.replace(
        controls=tuple(swapped(c) for c in register.controls),
        entries={cell: swapped(entry) for cell, entry in register.entries.items()}, scales=scales)
    top = swapped(model)
    return top.replace(
        language=language, bands=swapped(model.bands), criteria=tuple(_swapped_tree(n) for n in model.criteria),
        options=tuple(swapped(o) for o in model.options), profiles=tuple(swapped(p) for p in model.profiles),
        scores={cell: swapped(score) for cell, score in model.scores.items()}, register=register)


def _swapped_tree(node: Criterion) -> Criterion:
    return swapped(node).replace(children=tuple(_swapped_tree(child) for child in node.children))


def with_default_scales(model: DecisionModel) -> DecisionModel:
    """``model`` whose scale levels that read as a default level in English (as files before format 4
    and models made before Arabic existed hold them) are that default in the model's language, with the
    other language's as their translation."""
    scales = model.register.scales
    changes = {}
    for axis in ("likelihood", "impact"):
        english, wanted = default_levels(axis, "en"), default_levels(axis, model.language)
        levels = tuple(want if (level.label, level.description) == (plain.label, plain.description)
                       and level.translations in ((), plain.translations) else level
                       for level, plain, want in zip(getattr(scales, axis), english, wanted))
        if levels != getattr(scales, axis):
            changes[axis] = levels
    if not changes:
        return model
    return model.replace(register=model.register.replace(scales=replace(scales, **changes)))


def new_name(profile: Profile, name: str) -> Profile:
    """A new profile made from ``profile`` as ``name``: named in the model's language only, since the
    original's name in the other language would then name two profiles."""
    return profile.replace(name=name, translations=tuple(t for t in profile.translations if t[0] != "name"))


def same_profile(profile: Profile, other: Profile) -> Profile | None:
    """``profile`` named as ``other`` names itself where it has no name in a language, when it is ``other`` by
    name: the same name, or (read from a file of the other language) no name in the model's language and
    ``other``'s in the other language; None when it is not."""
    mine, theirs = pair(profile, "name"), pair(other, "name")
    if profile.name != other.name and not (mine[0] is None and mine[1] is not None and mine[1] == theirs[1]):
        return None
    return with_pair(profile, "name", mine[0] or theirs[0], mine[1] or theirs[1])


def shown_names(profiles: tuple[Profile, ...], language: str, model_language: str) -> list[str]:
    """The names ``profiles`` show in ``language`` (a fallback where none is written there)."""
    if language == model_language:
        return [profile.name for profile in profiles]
    return [pair(profile, "name")[1] or profile.name for profile in profiles]


def detect_language(model: DecisionModel) -> str:
    """The language of a model read from a file without one (before format 4): "ar" when most letters are Arabic."""
    return language_of(text_paths(model).values())


def language_of(texts: Iterable[str]) -> str:
    """The language ``texts`` are written in: "ar" when most of their letters are Arabic, else "en"."""
    return text_language("".join(texts), "en")
