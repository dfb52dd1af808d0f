"""Whole-model checks that no single field can make: ids, texts, completeness, ranges, bands.

Run on every load (project, spreadsheet, import) and before every save and
after every edit, so that a model in memory is always one that every method
can score and every report can write, without meeting a missing or
impossible cell, an id that passes for another, or text an output cannot hold.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator

from core.errors import Listed, Message, ModelError, at
from core.model import MAX_TREE_LEVELS, RISK_MAX, RISK_MIN, Bands, Criterion, DecisionModel, Profile, Score
from core.register.validate import check_register, register_texts
from core.storage.fields import MAX_TEXT, NUMBER_LIMIT, WEIGHT_LIMIT
from core.texts import id_key, id_problem, suspect, text_problem

COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
# The defaults need no check, and skipping it keeps numpy (behind the method
# registry) off the start-up path, where the built-in model is validated.
DEFAULT_METHOD, DEFAULT_PREFERENCE = "wsm", "usual"


def check_method(name: str) -> None:
    """ModelError unless ``name`` is a ranking method of :data:`core.methods.METHODS`."""
    if name == DEFAULT_METHOD:
        return
    from core.methods import METHODS

    if name not in METHODS:
        raise ModelError(Message("checks.validate.method", name=repr(name), known=Listed(METHODS)))


def check_preference(text: str) -> None:
    """ModelError unless ``text`` is a PROMETHEE preference function such as ``linear:1:3``."""
    if text == DEFAULT_PREFERENCE:
        return
    from core.methods.preference import parse_preference

    parse_preference(text)

# The size of a model every analysis finishes in seconds on (PROMETHEE and the
# SMAA rank table grow with the square of the options); README says so.
MAX_OPTIONS, MAX_FACTORS, MAX_SCORES = 2_000, 500, 200_000


def _kind(kind: str) -> Message:
    return Message("checks.validate.criterion") if kind == "criterion" else Message("checks.validate.option")


def _check_ids(model: DecisionModel) -> None:
    seen: dict[str, tuple[str, str]] = {}
    nodes = [("criterion", node.id) for node, _, _ in model.walk()]
    nodes += [("option", option.id) for option in model.options]
    for kind, ident in nodes:
        if not ident.strip():
            raise ModelError(Message("checks.validate.empty_criterion_id") if kind == "criterion"
                             else Message("checks.validate.empty_option_id"))
        problem = id_problem(ident)
        if problem:
            raise ModelError(Message("checks.validate.id", kind=_kind(kind), id=repr(ident), problem=problem))
        key = id_key(ident)
        if key in seen:
            other_kind, other = seen[key]
            same = Message("messages.register.used_twice") if other == ident \
                else Message("messages.register.looks_like", other=repr(other))
            raise ModelError(Message("checks.validate.id_twice", kind=_kind(kind), id=repr(ident), same=same,
                                     other_kind=_kind(other_kind)))
        seen[key] = (kind, ident)


# Where a text is: a field path template (the register's) or a function building the place's message.
Place = str | Callable[..., Message]


def _at_criterion(ident: str, field: str) -> Message:
    return Message("checks.validate.criterion_field", id=repr(ident), field=field)


def _at_option(ident: str, field: str) -> Message:
    return Message("checks.validate.option_field", id=repr(ident), field=field)


def _at_score(option: str, factor: str, field: str) -> Message:
    return Message("checks.validate.score_field", option=repr(option), factor=repr(factor), field=field)


def _at_profile(name: str, field: str) -> Message:
    return Message("checks.validate.profile_field", name=repr(name), field=field)


def _at_band(number: int) -> Message:
    return Message("checks.validate.band_name", number=number)


def _at_translation(prefix: str, key: str) -> Message:
    return Message("checks.validate.translation", address=f"{prefix}{key}")


def _texts(model: DecisionModel) -> Iterator[tuple[str, Place, tuple]]:
    """Every user text of ``model`` with a place and arguments that say where it is.

    The place is built only for a text at fault: this runs on every edit,
    over every cell of a large model.
    """
    yield from ((model.title, "title", ()), (model.question, "question", ()), (model.source, "source", ()))
    for node, _, _ in model.walk():
        yield from ((getattr(node, name), _at_criterion, (node.id, name))
                    for name in ("id", "name", "description", "notes"))
        yield from ((text, _at_criterion, (node.id, "evidence")) for text in node.evidence)
    for option in model.options:
        yield from ((getattr(option, name), _at_option, (option.id, name)) for name in ("id", "name", "description"))
    for key, score in model.scores.items():
        yield score.rationale, _at_score, (*key, "rationale")
        yield score.evidence, _at_score, (*key, "evidence")
    for profile in model.profiles:
        yield from ((getattr(profile, name), _at_profile, (profile.name, name))
                    for name in ("name", "author", "created", "notes"))
        yield from ((key, _at_profile, (profile.name, "weight key")) for key in profile.weights)
    yield from ((name, _at_band, (index + 1,)) for index, name in enumerate(model.bands.names))
    yield from register_texts(model.register)
    yield from _translated_texts(model)


def _translated_texts(model: DecisionModel) -> Iterator[tuple[str, Place, tuple]]:
    """The texts in the model's other language, named by their address (:mod:`core.bilingual`)."""
    from core.bilingual import objects

    for prefix, obj in objects(model):
        yield from ((text, _at_translation, (prefix, key)) for key, text in obj.translations if text is not None)


def _check_texts(texts: Iterator[tuple[str, Place, tuple]]) -> None:
    for text, place, args in texts:
        if not isinstance(text, str):  # an edit made in code, not a file: refused, never a TypeError
            raise ModelError(Message("checks.validate.not_text", where=_place(place, args)))
        if len(text) > MAX_TEXT:  # the project reader refuses it: a file saved with it would not reopen
            raise ModelError(Message("checks.validate.too_long", where=_place(place, args), limit=MAX_TEXT))
        if suspect(text):
            problem = text_problem(text)
            if problem:
                raise ModelError(Message("checks.validate.text", where=_place(place, args), problem=problem))


def _place(place: Place, args: tuple) -> Message | str:
    return place.format(*args) if isinstance(place, str) else place(*args)


def _check_bands(bands: Bands) -> None:
    if not (len(bands.names) == len(bands.upper) == len(bands.colors)) or not bands.names:
        raise ModelError(Message("checks.validate.bands"))
    for index, (name, upper, colour) in enumerate(zip(bands.names, bands.upper, bands.colors)):
        if not name.strip():
            raise ModelError(at(f"bands.names[{index}]", Message("messages.storage.empty")))
        if not (isinstance(colour, str) and COLOUR.fullmatch(colour)):
            raise ModelError(at(f"bands.colors[{index}]", Message("checks.validate.colour", colour=repr(colour))))
        if not 0 <= upper <= NUMBER_LIMIT:
            raise ModelError(at(f"bands.upper[{index}]", Message("checks.validate.band_limit", most=NUMBER_LIMIT)))
        if index and not upper > bands.upper[index - 1]:
            raise ModelError(at(f"bands.upper[{index}]", Message("checks.validate.band_order", upper=upper,
                                                                 before=bands.upper[index - 1])))


def _check_levels(model: DecisionModel) -> None:
    levels = 1 + max(depth for _, depth, _ in model.walk())
    if levels > MAX_TREE_LEVELS:
        raise ModelError(Message("checks.validate.depth", levels=levels, most=MAX_TREE_LEVELS))


def _check_criterion(node: Criterion) -> None:
    low, high = node.scale
    if not (-NUMBER_LIMIT <= low < high <= NUMBER_LIMIT):  # NaN fails this too
        raise ModelError(Message("checks.validate.scale", id=node.id, low=-NUMBER_LIMIT, high=NUMBER_LIMIT))
    if node.kind == "risk" and node.direction != "cost":
        raise ModelError(Message("checks.validate.risk_cost", id=node.id))
    try:
        check_preference(node.preference)
    except ModelError as exc:
        raise ModelError(Message("checks.validate.preference", id=node.id, problem=exc.message)) from None


def _at_cell(cell: tuple[str, str]) -> Message:
    """Where a score is, worded only when it is at fault (the checks run over every cell on every load)."""
    return Message("messages.edits.cell", option=cell[0], factor=cell[1])


def _check_score(option_id: str, factor: Criterion, score: Score) -> None:
    cell = (option_id, factor.id)
    (_check_risk_cell if factor.kind == "risk" else _check_value_cell)(cell, score)
    for name in ("value", "low", "high"):
        number = getattr(score, name)
        if number is not None and not -NUMBER_LIMIT <= number <= NUMBER_LIMIT:
            raise ModelError(Message("checks.validate.number", where=_at_cell(cell), name=name, low=-NUMBER_LIMIT,
                                     high=NUMBER_LIMIT))
    _check_range(cell, score)


def _check_risk_cell(cell: tuple[str, str], score: Score) -> None:
    for name in ("likelihood", "impact"):
        value = getattr(score, name)
        if value is None:
            raise ModelError(Message("checks.validate.missing", where=_at_cell(cell), name=name))
        if not RISK_MIN <= value <= RISK_MAX:
            raise ModelError(Message("checks.validate.level", where=_at_cell(cell), name=name, low=RISK_MIN,
                                     high=RISK_MAX))
    if score.value is not None:
        raise ModelError(Message("checks.validate.risk_value", where=_at_cell(cell)))


def _check_value_cell(cell: tuple[str, str], score: Score) -> None:
    if score.likelihood is not None or score.impact is not None:
        raise ModelError(Message("checks.validate.value_risk", where=_at_cell(cell)))
    if score.value is None or math.isnan(score.value):
        raise ModelError(Message("checks.validate.missing", where=_at_cell(cell), name="value"))


def _check_range(cell: tuple[str, str], score: Score) -> None:
    number = score.number
    low = number if score.low is None else score.low
    high = number if score.high is None else score.high
    if not low <= number <= high:
        raise ModelError(Message("checks.validate.range", where=_at_cell(cell), low=low, high=high, number=number))


def check_size(options: int, factors: int) -> None:
    """ModelError when a model of this size is beyond the limits every analysis is bounded by."""
    if options > MAX_OPTIONS or factors > MAX_FACTORS or options * factors > MAX_SCORES:
        raise ModelError(Message("checks.validate.size", options=options, factors=factors, most_options=MAX_OPTIONS,
                                 most_factors=MAX_FACTORS, most_scores=MAX_SCORES))


def validate_model(model: DecisionModel) -> None:
    """Raise ModelError naming the first fault; return quietly for a sound model."""
    if not model.criteria or not model.factors:
        raise ModelError(Message("checks.validate.no_factors"))
    if not model.options:
        raise ModelError(Message("checks.validate.no_options"))
    check_size(len(model.options), len(model.factors))
    _check_ids(model)
    _check_texts(_texts(model))
    _check_bands(model.bands)
    _check_levels(model)
    factors = model.factors
    for option in model.options:  # cells first: a scale read from the cells is wrong because of one
        for factor in factors:
            _check_score(option.id, factor, model.score(option.id, factor.id))
    for node, _, _ in model.walk():
        _check_criterion(node)
    known, factor_ids = {option.id for option in model.options}, {f.id for f in factors}
    for option_id, factor_id in model.scores:
        if option_id not in known or factor_id not in factor_ids:
            raise ModelError(Message("checks.validate.stray_score", option=repr(option_id), factor=repr(factor_id)))
    _check_profile_names(model)
    for profile in model.profiles:
        _check_profile(model, profile)
    check_register(model)


def _check_profile_names(model: DecisionModel) -> None:
    """A profile is named by its name, so no two may share one in either language (a fallback included)."""
    from core.bilingual import LANGUAGES, shown_names

    for language in LANGUAGES:
        names = shown_names(model.profiles, language, model.language)
        if len(set(names)) != len(names):
            name = next(n for n in names if names.count(n) > 1)
            raise ModelError(Message("checks.validate.profiles_twice", name=repr(name)) if language == model.language
                             else Message("checks.validate.profiles_twice_in", name=repr(name), language=language))


def _check_profile(model: DecisionModel, profile: Profile) -> None:
    ids = {node.id for node, _, _ in model.walk()}
    unknown = sorted(set(profile.weights) - ids)
    if unknown:
        raise ModelError(Message("checks.validate.unknown_weights", profile=repr(profile.name), ids=Listed(unknown)))
    for key, weight in profile.weights.items():
        if not 0 <= weight <= WEIGHT_LIMIT:  # NaN fails this too
            raise ModelError(Message("checks.validate.weight", profile=repr(profile.name), key=key, most=WEIGHT_LIMIT))
    try:
        check_method(profile.method)
    except ModelError as exc:
        raise ModelError(Message("checks.validate.profile", profile=repr(profile.name), problem=exc.message)) from None
    model.global_weights(profile)


def validate_change(old: DecisionModel, new: DecisionModel) -> None:
    """Like :func:`validate_model` for ``new``, given that ``old`` is sound: an edit that kept the
    criteria, options, scores and bands (a weight step, a register edit) has only its profiles
    and register checked.

    Re-validating every score on every tick of a weight slider cost most of a
    step on a large model.
    """
    kept = (new.criteria is old.criteria and new.options is old.options and new.scores is old.scores
            and new.bands == old.bands)
    if not kept:
        validate_model(new)
        return
    _check_profile_names(new)
    for profile in new.profiles:
        if profile not in old.profiles:
            _check_profile(new, profile)
    if new.register is not old.register:
        _check_texts(register_texts(new.register))
        check_register(new)
