"""How each kind of edit changes a model, and the edit that undoes it."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from core.edits.kinds import (CRITERION_FIELDS, MODEL_FIELDS, OPTION_FIELDS, RESTORABLE, SCORE_FIELDS,
                              AddCriterion, AddOption, AddProfile, Batch, DeleteCriterion, DeleteOption,
                              DeleteProfile, DuplicateProfile, Edit, MoveCriterion, MoveOption, RenameProfile,
                              ReplaceProfile, Restore, SetCriterion, SetKind, SetModelInfo, SetOption, SetScore,
                              SetText, SetTexts, SetWeight, SetWeights)
from core.edits.register import HANDLERS as REGISTER_HANDLERS, pruned
from core.edits.tree import (insert_node, leaves, remove_node, subtree_ids, update_node,
                             weights_for_newcomer, default_score)
from core.edits.weights import local_shares, renormalise
from core.errors import Listed, Message, ModelError
from core.numbers import plain_number
from core.model import RISK_MAX, RISK_MIN, Criterion, DecisionModel, Profile, Score, frozen_map


def apply_unchecked(model: DecisionModel, edit: Edit) -> tuple[DecisionModel, Edit]:
    """Apply ``edit`` without the final whole-model validation (a batch validates once)."""
    handler = HANDLERS.get(type(edit))
    if handler is None:
        raise ModelError(Message("messages.edits.unknown_edit", kind=type(edit).__name__))
    return handler(model, edit)


def _check_changes(changes: Mapping[str, object], allowed: Sequence[str], what: Message) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ModelError(Message("messages.edits.no_field", what=what, fields=Listed(unknown)))
    for key, value in changes.items():
        if key == "name" and not (isinstance(value, str) and value.strip()):
            raise ModelError(Message("messages.edits.empty_name", what=what))
        if key in ("description", "notes", "rationale", "question", "source", "title", "preference") \
                and not isinstance(value, str):
            raise ModelError(Message("messages.edits.field_not_text", what=what, field=key))


def _check_score_changes(changes: Mapping[str, object]) -> None:
    _check_changes(changes, SCORE_FIELDS, Message("messages.edits.a_score"))
    for key in ("likelihood", "impact"):
        value = changes.get(key)
        if key in changes and value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or not RISK_MIN <= value <= RISK_MAX):
            raise ModelError(Message("messages.edits.not_level", field=key, low=RISK_MIN, high=RISK_MAX))
    for key in ("value", "low", "high"):
        value = changes.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not math.isfinite(value)):
            raise ModelError(Message("messages.edits.not_finite", field=key))
    if not isinstance(changes.get("evidence", ""), str):
        raise ModelError(Message("messages.edits.evidence_not_text"))


def _check_criterion_changes(changes: Mapping[str, object]) -> Mapping[str, object]:
    _check_changes(changes, CRITERION_FIELDS, Message("messages.edits.a_criterion"))
    fixed = dict(changes)
    if "direction" in fixed and fixed["direction"] not in ("benefit", "cost"):
        raise ModelError(Message("messages.edits.direction"))
    if "scale" in fixed:
        scale = _sequence(fixed["scale"], Message("messages.edits.scale"))
        if len(scale) != 2 or any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in scale):
            raise ModelError(Message("messages.edits.scale"))
        fixed["scale"] = (float(scale[0]), float(scale[1]))
    if "evidence" in fixed:
        evidence = _sequence(fixed["evidence"], Message("messages.edits.evidence_not_texts"))
        if not all(isinstance(item, str) for item in evidence):
            raise ModelError(Message("messages.edits.evidence_not_texts"))
        fixed["evidence"] = evidence
    return fixed


def _sequence(value: object, message: Message) -> tuple:
    """``value`` as a tuple when it is a list or tuple; ModelError(``message``) otherwise."""
    if not isinstance(value, (list, tuple)):
        raise ModelError(message)
    return tuple(value)


def _restore_of(model: DecisionModel, *names: str) -> Restore:
    return Restore(frozen_map({name: getattr(model, name) for name in names}))


def _check_within_scale(factor: Criterion, score: Score, option: str,
                        hint: Message = Message("messages.edits.widen_scale")) -> None:
    """A value outside its criterion's scale is refused here, at entry, rather than blanking the ranking later."""
    if factor.kind != "value":
        return
    low, high = factor.scale
    for key in ("value", "low", "high"):
        number = getattr(score, key)
        if number is not None and not low <= number <= high:
            raise ModelError(Message("messages.edits.outside_scale", option=option, factor=factor.id,
                                     name=factor.name, value=plain_number(number), low=plain_number(low),
                                     high=plain_number(high), hint=hint))


def _set_score(model: DecisionModel, edit: SetScore):
    _check_score_changes(edit.changes)
    factor = model.criterion(edit.factor)
    if edit.option not in {o.id for o in model.options}:
        raise ModelError(Message("messages.edits.no_option", id=repr(edit.option)))
    if (edit.option, edit.factor) not in model.scores:
        inverse: Edit = _restore_of(model, "scores")
    else:
        old = model.score(edit.option, edit.factor)
        inverse = SetScore(edit.option, edit.factor, frozen_map({k: getattr(old, k) for k in edit.changes}))
    scores = dict(model.scores)
    scores[(edit.option, edit.factor)] = model.score(edit.option, edit.factor).replace(**edit.changes)
    _check_within_scale(factor, scores[(edit.option, edit.factor)], edit.option)
    if scores[(edit.option, edit.factor)].translations != model.score(edit.option, edit.factor).translations:
        inverse = _restore_of(model, "scores")  # the edit wrote over a fallback: undo puts the fallback back
    return model.replace(scores=scores), inverse


def _replace_profile_at(model: DecisionModel, name: str, change: Callable[[Profile], Profile]):
    old = model.profile(name)
    profiles = tuple(change(p) if p.name == name else p for p in model.profiles)
    return model.replace(profiles=profiles), old


def _set_weight(model: DecisionModel, edit: SetWeight):
    if not (isinstance(edit.share, (int, float)) and math.isfinite(edit.share)):
        raise ModelError(Message("messages.edits.weight_not_finite"))
    profile = model.profile(edit.profile)
    shares = local_shares(model, profile, edit.criterion)
    ids = list(shares)
    new = renormalise(list(shares.values()), ids.index(edit.criterion), edit.share,
                      [ident in edit.locked for ident in ids])
    weights = dict(profile.weights) | dict(zip(ids, new))
    result, old = _replace_profile_at(model, edit.profile, lambda p: p.replace(weights=weights))
    return result, SetWeights(edit.profile, old.weights)


def _set_weights(model: DecisionModel, edit: SetWeights):
    for key, value in edit.weights.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ModelError(Message("messages.edits.weight_not_number", id=key))
    result, old = _replace_profile_at(model, edit.profile, lambda p: p.replace(weights=dict(edit.weights)))
    return result, SetWeights(edit.profile, old.weights)


def _set_criterion(model: DecisionModel, edit: SetCriterion):
    changes = _check_criterion_changes(edit.changes)
    old = model.criterion(edit.criterion)
    inverse: Edit = SetCriterion(edit.criterion, frozen_map({k: getattr(old, k) for k in changes}))
    criteria = update_node(model.criteria, edit.criterion, lambda node: node.replace(**changes))
    result = model.replace(criteria=criteria)
    if result.criterion(edit.criterion).translations != old.translations:
        inverse = _restore_of(model, "criteria")  # a fallback written over, a translated item dropped
    if "scale" in changes:
        for option in model.options:
            _check_within_scale(result.criterion(edit.criterion), model.score(option.id, edit.criterion), option.id,
                                Message("messages.edits.scale_holds_scores"))
    return result, inverse


def _converted(score: Score, old: Criterion, kind: str) -> Score:
    """A cell of ``old`` re-expressed as ``kind``: a risk keeps its product, a value maps onto 1–25."""
    if kind == "value":
        return Score(value=score.number, rationale=score.rationale, evidence=score.evidence)
    low, high = old.scale
    fraction = (score.number - low) / (high - low)
    risk = 1 + 24 * (1 - fraction if old.direction == "benefit" else fraction)
    level = min(RISK_MAX, max(RISK_MIN, round(math.sqrt(risk))))
    return Score(likelihood=level, impact=level, rationale=score.rationale, evidence=score.evidence)


def _set_kind(model: DecisionModel, edit: SetKind):
    if edit.kind not in ("risk", "value"):
        raise ModelError(Message("messages.edits.kind"))
    old = model.criterion(edit.criterion)
    if old.is_group:
        raise ModelError(Message("messages.edits.group_kind"))
    if old.kind == edit.kind:
        return model, SetKind(edit.criterion, edit.kind)
    criteria = update_node(model.criteria, old.id,
                            lambda n: n.replace(kind=edit.kind, direction="cost", scale=(1.0, 25.0)))
    scores = dict(model.scores)
    for option in model.options:
        scores[(option.id, old.id)] = _converted(model.score(option.id, old.id), old, edit.kind)
    register = pruned(model.register, factors={old.id}) if edit.kind == "value" else model.register
    return (model.replace(criteria=criteria, scores=scores, register=register),
            _restore_of(model, "criteria", "scores", "register"))


def _add_criterion(model: DecisionModel, edit: AddCriterion):
    criteria = insert_node(model.criteria, edit.parent, edit.index, edit.node)
    scores = dict(model.scores)
    for leaf in leaves(edit.node):
        for option in model.options:
            scores[(option.id, leaf.id)] = default_score(leaf)
    result = model.replace(criteria=criteria, scores=scores)
    result = result.replace(profiles=weights_for_newcomer(result, edit.node.id))
    return result, _restore_of(model, "criteria", "scores", "profiles")


def _delete_criterion(model: DecisionModel, edit: DeleteCriterion):
    criteria, node = remove_node(model.criteria, edit.criterion)
    if node is None:
        raise ModelError(Message("messages.model.no_criterion", id=repr(edit.criterion)))
    gone = subtree_ids(node)
    scores = {key: s for key, s in model.scores.items() if key[1] not in gone}
    profiles = tuple(p.replace(weights={k: v for k, v in p.weights.items() if k not in gone})
                     for p in model.profiles)
    result = model.replace(criteria=criteria, scores=scores, profiles=profiles,
                           register=pruned(model.register, factors=gone))
    return result, _restore_of(model, "criteria", "scores", "profiles", "register")


def _move_criterion(model: DecisionModel, edit: MoveCriterion):
    old_parent = next((p for n, _, p in model.walk() if n.id == edit.criterion), None)
    criteria, node = remove_node(model.criteria, edit.criterion)
    if node is None:
        raise ModelError(Message("messages.model.no_criterion", id=repr(edit.criterion)))
    if edit.parent is not None and edit.parent in subtree_ids(node):
        raise ModelError(Message("messages.edits.inside_itself", name=repr(node.name)))
    result = model.replace(criteria=insert_node(criteria, edit.parent, edit.index, node))
    if (old_parent.id if old_parent else None) != edit.parent:
        result = result.replace(profiles=weights_for_newcomer(result, node.id))
    return result, _restore_of(model, "criteria", "profiles")


def _option_index(model: DecisionModel, option_id: str) -> int:
    for position, option in enumerate(model.options):
        if option.id == option_id:
            return position
    raise ModelError(Message("messages.edits.no_option", id=repr(option_id)))


def _add_option(model: DecisionModel, edit: AddOption):
    options = list(model.options)
    options.insert(len(options) if edit.index is None else max(0, edit.index), edit.option)
    scores = dict(model.scores)
    for factor in model.factors:
        scores[(edit.option.id, factor.id)] = default_score(factor)
    return model.replace(options=tuple(options), scores=scores), _restore_of(model, "options", "scores")


def _set_option(model: DecisionModel, edit: SetOption):
    _check_changes(edit.changes, OPTION_FIELDS, Message("messages.edits.an_option"))
    position = _option_index(model, edit.option)
    old = model.options[position]
    options = list(model.options)
    options[position] = old.replace(**edit.changes)
    inverse: Edit = SetOption(edit.option, frozen_map({k: getattr(old, k) for k in edit.changes}))
    if options[position].translations != old.translations:
        inverse = _restore_of(model, "options")
    return model.replace(options=tuple(options)), inverse


def _move_option(model: DecisionModel, edit: MoveOption):
    position = _option_index(model, edit.option)
    options = list(model.options)
    option = options.pop(position)
    options.insert(max(0, min(edit.index, len(options))), option)
    return model.replace(options=tuple(options)), MoveOption(edit.option, position)


def _delete_option(model: DecisionModel, edit: DeleteOption):
    position = _option_index(model, edit.option)
    options = model.options[:position] + model.options[position + 1:]
    scores = {key: s for key, s in model.scores.items() if key[0] != edit.option}
    register = pruned(model.register, options={edit.option})
    return model.replace(options=options, scores=scores, register=register), \
        _restore_of(model, "options", "scores", "register")


def _check_profile_name(model: DecisionModel, name: object) -> None:
    if not (isinstance(name, str) and name.strip()):
        raise ModelError(Message("messages.edits.profile_name"))
    if any(p.name == name for p in model.profiles):
        raise ModelError(Message("messages.edits.profile_taken", name=repr(name)))


def _add_profile(model: DecisionModel, edit: AddProfile):
    _check_profile_name(model, edit.profile.name)
    profiles = list(model.profiles)
    profiles.insert(len(profiles) if edit.index is None else max(0, edit.index), edit.profile)
    return model.replace(profiles=tuple(profiles)), _restore_of(model, "profiles")


def _replace_profile(model: DecisionModel, edit: ReplaceProfile):
    if edit.profile.name != edit.name:
        _check_profile_name(model, edit.profile.name)
    result, old = _replace_profile_at(model, edit.name, lambda p: edit.profile)
    return result, ReplaceProfile(edit.profile.name, old)


def _rename_profile(model: DecisionModel, edit: RenameProfile):
    profile = model.profile(edit.name)
    return _replace_profile(model, ReplaceProfile(edit.name, profile.replace(name=edit.new_name)))


def _duplicate_profile(model: DecisionModel, edit: DuplicateProfile):
    profile = model.profile(edit.name)
    position = model.profiles.index(profile) + 1
    from core.bilingual import new_name

    return _add_profile(model, AddProfile(new_name(profile, edit.new_name), position))


def _delete_profile(model: DecisionModel, edit: DeleteProfile):
    model.profile(edit.name)
    profiles = tuple(p for p in model.profiles if p.name != edit.name)
    return model.replace(profiles=profiles), _restore_of(model, "profiles")


def _set_model_info(model: DecisionModel, edit: SetModelInfo):
    _check_changes(edit.changes, MODEL_FIELDS, Message("messages.edits.the_model"))
    inverse: Edit = SetModelInfo(frozen_map({k: getattr(model, k) for k in edit.changes}))
    result = model.replace(**edit.changes)
    if result.translations != model.translations:
        inverse = _restore_of(model, *edit.changes, "translations")
    return result, inverse


def _set_text(model: DecisionModel, edit: SetText):
    from core.bilingual import set_text, text_in

    old = text_in(model, edit.address, edit.language) or ""
    result = set_text(model, edit.address, edit.language, edit.text)
    address = edit.address
    if address.startswith("profiles/"):  # a profile is named by its name, which this edit may have changed
        field = address.rpartition("/")[2]
        index = next(i for i, p in enumerate(model.profiles) if address == f"profiles/{p.name}/{field}")
        address = f"profiles/{result.profiles[index].name}/{field}"
    return result, SetText(address, edit.language, old)


def _set_texts(model: DecisionModel, edit: SetTexts):
    from core.bilingual import set_texts

    result = set_texts(model, edit.address, edit.language, tuple(edit.texts))
    # Restored whole: items written in neither language are dropped, so no SetTexts could undo it.
    return result, _restore_of(model, *(name for name in RESTORABLE if getattr(result, name) is not getattr(model, name)))


def _restore(model: DecisionModel, edit: Restore):
    unknown = sorted(set(edit.fields) - set(RESTORABLE))
    if unknown:
        raise ModelError(Message("messages.edits.no_field", what=Message("messages.edits.the_model"), fields=Listed(unknown)))
    return model.replace(**edit.fields), _restore_of(model, *edit.fields)


def _batch(model: DecisionModel, edit: Batch):
    inverses = []
    for step in edit.edits:
        model, inverse = apply_unchecked(model, step)
        inverses.append(inverse)
    return model, Batch(tuple(reversed(inverses)))


HANDLERS: dict[type, Callable] = {
    SetScore: _set_score, SetWeight: _set_weight, SetWeights: _set_weights,
    SetCriterion: _set_criterion, SetKind: _set_kind, AddCriterion: _add_criterion,
    DeleteCriterion: _delete_criterion, MoveCriterion: _move_criterion, AddOption: _add_option,
    SetOption: _set_option, MoveOption: _move_option, DeleteOption: _delete_option,
    AddProfile: _add_profile, ReplaceProfile: _replace_profile, RenameProfile: _rename_profile,
    DuplicateProfile: _duplicate_profile, DeleteProfile: _delete_profile,
    SetModelInfo: _set_model_info, Restore: _restore, Batch: _batch, SetText: _set_text, SetTexts: _set_texts,
    **REGISTER_HANDLERS,
}
