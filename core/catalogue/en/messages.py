"""English texts of the messages area (see :mod:`core.catalogue`).

What the core says when it refuses input, as :class:`core.errors.Message`
keys: ``messages.<area>.<name>``. Parameters that name ids, names or field
paths are given already quoted where the message quotes them.
"""

TEXTS: dict[str, str] = {
    # core.errors: what an interface says about any failure
    "messages.errors.os": "{file}: {reason}",
    "messages.errors.internal": "internal error ({kind}: {detail}); please report it",
    # core.model: looking things up in a model
    "messages.model.no_criterion": "no criterion with id {id}",
    "messages.model.no_profile": "no profile named {name} (profiles: {known})",
    "messages.model.none": "none",
    "messages.model.top_level": "top level",
    "messages.model.weights_too_large": "profile {profile}: the weights under {where} are too large to add up; "
                                        "keep each weight at most {limit:g}",
    "messages.model.weights_zero": "profile {profile}: the weights under {where} add up to zero",
    # core.edits: an edit the model cannot take
    "messages.edits.unknown_edit": "unknown edit {kind}",
    "messages.edits.no_field": "{what} has no field {fields}",
    "messages.edits.empty_name": "{what}: the name cannot be empty",
    "messages.edits.field_not_text": "{what}: {field} must be text",
    "messages.edits.a_score": "a score",
    "messages.edits.a_criterion": "a criterion",
    "messages.edits.an_option": "an option",
    "messages.edits.the_model": "the model",
    "messages.edits.not_level": "{field} must be a whole number {low}–{high}",
    "messages.edits.not_finite": "{field} must be a finite number",
    "messages.edits.evidence_not_text": "evidence must be text",
    "messages.edits.evidence_not_texts": "evidence must be a list of texts",
    "messages.edits.direction": "direction must be benefit or cost",
    "messages.edits.scale": "the scale must be two numbers, low and high",
    "messages.edits.widen_scale": "widen the criterion's scale first",
    "messages.edits.scale_holds_scores": "the scale must contain every score of the criterion",
    "messages.edits.outside_scale": "{option}, {factor} {name}: {value} is outside the scale {low}–{high}; {hint}",
    "messages.edits.no_option": "no option with id {id}",
    "messages.edits.weight_not_finite": "a weight must be a finite number",
    "messages.edits.weight_not_number": "the weight of {id} must be a number",
    "messages.edits.kind": "kind must be risk or value",
    "messages.edits.group_kind": "a group has no scores, so it has no kind",
    "messages.edits.inside_itself": "{name} cannot move inside itself",
    "messages.edits.profile_name": "a profile needs a name",
    "messages.edits.profile_taken": "there is already a profile called {name}",
    "messages.edits.group_keeps_one": "group {name} must keep at least one criterion; delete or move the group "
                                      "instead",
    "messages.edits.not_a_group": "{name} is a factor, not a group: criteria go inside groups",
    "messages.edits.no_group": "no group with id {id}",
    "messages.edits.all_locked": "every other weight in this group is locked (or there is none), so this one "
                                 "cannot change",
    "messages.edits.not_one_of": "{what} must be one of {allowed}",
    "messages.edits.not_risk": "{name} is not a risk (likelihood × impact) factor, so it has no register entry or "
                               "control effect",
    "messages.edits.cell": "option {option}, factor {factor}",
    "messages.edits.an_entry": "a register entry ({where})",
    "messages.edits.treatment": "{where}: the treatment",
    "messages.edits.status": "{where}: the status",
    "messages.edits.bad_date": "{where}: {field}: {problem}",
    "messages.edits.no_control": "no control with id {id}",
    "messages.edits.not_a_control": "only a control can be added to the controls",
    "messages.edits.control_position": "a control's position must be a whole number",
    "messages.edits.control_taken": "there is already a control with id {id}",
    "messages.edits.control": "control {id}",
    "messages.edits.control_status": "control {id}: the status",
    "messages.edits.effect_levels": "a control lowers {axis} by a whole number of levels, 0–{most}",
    "messages.edits.scale_axis": "a descriptor scale is likelihood or impact",
    "messages.edits.scale_levels": "a descriptor scale has the levels 1–{levels}",
    "messages.edits.level": "{axis} level {level}",
    "messages.edits.empty_label": "{what}: the label cannot be empty",
    "messages.edits.label_taken": "{what}: {label} is already the label of level {level}",
    "messages.edits.include_planned": "include planned controls: must be true or false",
    # core.register.dates: a register date
    "messages.dates.not_iso": "{text} is not a date written YYYY-MM-DD, such as 2027-06-30",
    "messages.dates.year_zero": "{text} has the year 0000, which the calendar does not have",
    "messages.dates.month": "{text} has the month {month:02d}; months run 01–12",
    "messages.dates.day": "{text} is not a day of the calendar: {year:04d}-{month:02d} has {days} days",
    # core.profiles and core.profile_notices: a profile meeting a model
    "messages.profiles.ambiguous_key": "profile key {key} fits criteria {found} alike; use the id",
    "messages.profiles.two_keys": "profile {profile}: {first} and {second} both give the weight of criterion {id}",
    "messages.profiles.matches_nothing": "profile {profile}: none of its weights names a criterion of this model "
                                         "({keys})",
    "messages.profiles.no_weights": "profile {profile}: none of its weights names a criterion of this model "
                                    "(it gives none)",
    "messages.profiles.judgements_dropped": "the AHP judgements for {group} do not fit this model's tree and are "
                                            "not kept (the weights they gave are)",
    "messages.profiles.missing_rule": "unknown rule for missing criteria {rule}; use one of {rules}",
    "messages.profiles.unknown_method": "method {method} is not known here; the weighted sum is used instead",
    "messages.profiles.name_taken": "the model already has a profile named {name}; replace it or rename the import",
    "messages.profiles.compare_two": "a comparison needs at least two profiles",
    "messages.notices.and_more": "{names} and {more} more",
    "messages.notices.matches": "profile {profile} matches {matched} of the model's {total} criteria "
                                "({names}){missing}{ignored}",
    "messages.notices.missing": "; missing: {names}",
    "messages.notices.ignored": "; ignored, not in the model: {names}",
    "messages.notices.inconsistent": "warning: the AHP judgements for {group} have a consistency ratio of "
                                     "{ratio:.2f}, above {limit:.2f}; their weights are used as they are",
    "messages.bilingual.no_cell": "no cell {cell}",
    "messages.bilingual.not_an_address": "{address} is not a text address",
    "messages.bilingual.no_object": "no text object {kind}/{rest}",
    "messages.bilingual.no_item": "no item {name}",
    "messages.bilingual.no_language": "language {language} is not one of {known}",
    "messages.bilingual.not_text": "{address}: must be text",
    "messages.bilingual.too_long": "{address}: is longer than {limit:,} characters",
    "messages.bilingual.text_problem": "{address}: {problem}",
}
