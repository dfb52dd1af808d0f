"""Whole-model checks that no single field can make: ids, texts, completeness, ranges, bands.

Run on every load (project, spreadsheet, import) and before every save and
after every edit, so that a model in memory is always one that every method
can score and every report can write, without meeting a missing or
impossible cell, an id that passes for another, or text an output cannot hold.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from core.errors import ModelError
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
        raise ModelError(f"method {name!r} is not one of {', '.join(METHODS)}")


def check_preference(text: str) -> None:
    """ModelError unless ``text`` is a PROMETHEE preference function such as ``linear:1:3``."""
    if text == DEFAULT_PREFERENCE:
        return
    from core.methods.preference import parse_preference

    parse_preference(text)

# The size of a model every analysis finishes in seconds on (PROMETHEE and the
# SMAA rank table grow with the square of the options); README says so.
MAX_OPTIONS, MAX_FACTORS, MAX_SCORES = 2_000, 500, 200_000


def _check_ids(model: DecisionModel) -> None:
    seen: dict[str, tuple[str, str]] = {}
    nodes = [("criterion", node.id) for node, _, _ in model.walk()]
    nodes += [("option", option.id) for option in model.options]
    for kind, ident in nodes:
        if not ident.strip():
            raise ModelError(f"a {kind} has an empty id")
        problem = id_problem(ident)
        if problem:
            raise ModelError(f"{kind} id {ident!r} {problem}")
        key = id_key(ident)
        if key in seen:
            other_kind, other = seen[key]
            same = "is used twice" if other == ident else f"looks the same as {other!r}"
            raise ModelError(f"{kind} id {ident!r} {same} ({other_kind} and {kind})")
        seen[key] = (kind, ident)


def _texts(model: DecisionModel) -> Iterator[tuple[str, str, tuple]]:
    """Every user text of ``model`` with a template and arguments that say where it is.

    The place is formatted only for a text at fault: this runs on every edit,
    over every cell of a large model.
    """
    yield from ((model.title, "title", ()), (model.question, "question", ()), (model.source, "source", ()))
    for node, _, _ in model.walk():
        yield from ((getattr(node, name), "criterion {!r}: {}", (node.id, name))
                    for name in ("id", "name", "description", "notes"))
        yield from ((text, "criterion {!r}: {}", (node.id, "evidence")) for text in node.evidence)
    for option in model.options:
        yield from ((getattr(option, name), "option {!r}: {}", (option.id, name)) for name in ("id", "name", "description"))
    for key, score in model.scores.items():
        yield score.rationale, "option {!r}, factor {!r}: {}", (*key, "rationale")
        yield score.evidence, "option {!r}, factor {!r}: {}", (*key, "evidence")
    for profile in model.profiles:
        yield from ((getattr(profile, name), "profile {!r}: {}", (profile.name, name))
                    for name in ("name", "author", "created", "notes"))
        yield from ((key, "profile {!r}: {}", (profile.name, "weight key")) for key in profile.weights)
    yield from ((name, "bands: name {}", (index + 1,)) for index, name in enumerate(model.bands.names))
    yield from register_texts(model.register)
    yield from _translated_texts(model)


def _translated_texts(model: DecisionModel) -> Iterator[tuple[str, str, tuple]]:
    """The texts in the model's other language, named by their address (:mod:`core.bilingual`)."""
    from core.bilingual import objects

    for prefix, obj in objects(model):
        yield from ((text, "{}{} (translation)", (prefix, key)) for key, text in obj.translations if text is not None)


def _check_texts(texts: Iterator[tuple[str, str, tuple]]) -> None:
    for text, where, args in texts:
        if not isinstance(text, str):  # an edit made in code, not a file: refused, never a TypeError
            raise ModelError(f"{where.format(*args)} must be text")
        if len(text) > MAX_TEXT:  # the project reader refuses it: a file saved with it would not reopen
            raise ModelError(f"{where.format(*args)} is longer than {MAX_TEXT:,} characters")
        if suspect(text):
            problem = text_problem(text)
            if problem:
                raise ModelError(f"{where.format(*args)} {problem}")


def _check_bands(bands: Bands) -> None:
    if not (len(bands.names) == len(bands.upper) == len(bands.colors)) or not bands.names:
        raise ModelError("bands: names, upper and colors must be lists of the same, non-zero length")
    for index, (name, upper, colour) in enumerate(zip(bands.names, bands.upper, bands.colors)):
        if not name.strip():
            raise ModelError(f"bands.names[{index}]: must not be empty")
        if not (isinstance(colour, str) and COLOUR.fullmatch(colour)):
            raise ModelError(f"bands.colors[{index}]: {colour!r} is not a colour written #RRGGBB")
        if not 0 <= upper <= NUMBER_LIMIT:
            raise ModelError(f"bands.upper[{index}]: must be a number from 0 to {NUMBER_LIMIT:g}")
        if index and not upper > bands.upper[index - 1]:
            raise ModelError(f"bands.upper[{index}]: {upper:g} must be above the band before it "
                             f"({bands.upper[index - 1]:g}); the upper limits rise strictly")


def _check_levels(model: DecisionModel) -> None:
    levels = 1 + max(depth for _, depth, _ in model.walk())
    if levels > MAX_TREE_LEVELS:
        raise ModelError(f"the criteria tree is {levels} levels deep; at most {MAX_TREE_LEVELS} are allowed "
                         "(a deeper tree could not be saved and opened again)")


def _check_criterion(node: Criterion) -> None:
    low, high = node.scale
    if not (-NUMBER_LIMIT <= low < high <= NUMBER_LIMIT):  # NaN fails this too
        raise ModelError(f"criterion {node.id}: scale must be two numbers low < high, "
                         f"from {-NUMBER_LIMIT:g} to {NUMBER_LIMIT:g}")
    if node.kind == "risk" and node.direction != "cost":
        raise ModelError(f"criterion {node.id}: a risk (likelihood × impact) is always a cost")
    try:
        check_preference(node.preference)
    except ModelError as exc:
        raise ModelError(f"criterion {node.id}: preference: {exc}") from None


def _check_score(option_id: str, factor: Criterion, score: Score) -> None:
    where = f"option {option_id}, factor {factor.id}"
    (_check_risk_cell if factor.kind == "risk" else _check_value_cell)(where, score)
    for name in ("value", "low", "high"):
        number = getattr(score, name)
        if number is not None and not -NUMBER_LIMIT <= number <= NUMBER_LIMIT:
            raise ModelError(f"{where}: {name} must be a number from {-NUMBER_LIMIT:g} to {NUMBER_LIMIT:g}")
    _check_range(where, score)


def _check_risk_cell(where: str, score: Score) -> None:
    for name in ("likelihood", "impact"):
        value = getattr(score, name)
        if value is None:
            raise ModelError(f"{where}: {name} is missing")
        if not RISK_MIN <= value <= RISK_MAX:
            raise ModelError(f"{where}: {name} must be {RISK_MIN}–{RISK_MAX}")
    if score.value is not None:
        raise ModelError(f"{where}: a risk is scored by likelihood and impact, so the cell must not "
                         "also carry a value")


def _check_value_cell(where: str, score: Score) -> None:
    if score.likelihood is not None or score.impact is not None:
        raise ModelError(f"{where}: a direct value is scored by its value, so the cell must not "
                         "also carry a likelihood or an impact")
    if score.value is None or math.isnan(score.value):
        raise ModelError(f"{where}: value is missing")


def _check_range(where: str, score: Score) -> None:
    number = score.number
    low = number if score.low is None else score.low
    high = number if score.high is None else score.high
    if not low <= number <= high:
        raise ModelError(f"{where}: the range low {low:g} – high {high:g} must contain {number:g}")


def check_size(options: int, factors: int) -> None:
    """ModelError when a model of this size is beyond the limits every analysis is bounded by."""
    if options > MAX_OPTIONS or factors > MAX_FACTORS or options * factors > MAX_SCORES:
        raise ModelError(f"{options:,} options × {factors:,} factors is beyond the limit of a model "
                         f"({MAX_OPTIONS:,} options, {MAX_FACTORS:,} factors, {MAX_SCORES:,} scores)")


def validate_model(model: DecisionModel) -> None:
    """Raise ModelError naming the first fault; return quietly for a sound model."""
    if not model.criteria or not model.factors:
        raise ModelError("the model has no factors")
    if not model.options:
        raise ModelError("the model has no options")
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
            raise ModelError(f"a score names option {option_id!r} and factor {factor_id!r}, "
                             "which are not both in the model")
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
            raise ModelError(f"two profiles are called {name!r}" + ("" if language == model.language
                                                                    else f" in {language}"))


def _check_profile(model: DecisionModel, profile: Profile) -> None:
    ids = {node.id for node, _, _ in model.walk()}
    unknown = sorted(set(profile.weights) - ids)
    if unknown:
        raise ModelError(f"profile {profile.name!r}: weights for unknown criteria {', '.join(unknown)}")
    for key, weight in profile.weights.items():
        if not 0 <= weight <= WEIGHT_LIMIT:  # NaN fails this too
            raise ModelError(f"profile {profile.name!r}: weight of {key} must be a number from 0 to {WEIGHT_LIMIT:g}")
    try:
        check_method(profile.method)
    except ModelError as exc:
        raise ModelError(f"profile {profile.name!r}: {exc}") from None
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
