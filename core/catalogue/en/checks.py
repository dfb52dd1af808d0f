"""English texts of the checks area (see :mod:`core.catalogue`).

What the whole-model checks (:mod:`core.validate`), the project, profile and
register file readers and the report writer say when they refuse a model or
a file, as :class:`core.errors.Message` keys ``checks.<area>.<name>``; the
messages area holds the rest of the core's refusals. Parameters that name
ids, names or field paths are given already quoted where the message quotes them.
"""

TEXTS: dict[str, str] = {
    # core.validate: a model that no single field makes wrong
    "checks.validate.method": "method {name} is not one of {known}",
    "checks.validate.no_factors": "the model has no factors",
    "checks.validate.no_options": "the model has no options",
    "checks.validate.size": "{options:,} options × {factors:,} factors is beyond the limit of a model "
                            "({most_options:,} options, {most_factors:,} factors, {most_scores:,} scores)",
    "checks.validate.criterion": "criterion",
    "checks.validate.option": "option",
    "checks.validate.empty_criterion_id": "a criterion has an empty id",
    "checks.validate.empty_option_id": "an option has an empty id",
    "checks.validate.id": "{kind} id {id} {problem}",
    "checks.validate.id_twice": "{kind} id {id} {same} ({other_kind} and {kind})",
    "checks.validate.criterion_field": "criterion {id}: {field}",
    "checks.validate.option_field": "option {id}: {field}",
    "checks.validate.score_field": "option {option}, factor {factor}: {field}",
    "checks.validate.profile_field": "profile {name}: {field}",
    "checks.validate.band_name": "bands: name {number}",
    "checks.validate.translation": "{address} (translation)",
    "checks.validate.not_text": "{where} must be text",
    "checks.validate.too_long": "{where} is longer than {limit:,} characters",
    "checks.validate.text": "{where} {problem}",
    "checks.validate.bands": "bands: names, upper and colors must be lists of the same, non-zero length",
    "checks.validate.colour": "{colour} is not a colour written #RRGGBB",
    "checks.validate.band_limit": "must be a number from 0 to {most:g}",
    "checks.validate.band_order": "{upper:g} must be above the band before it ({before:g}); the upper limits "
                                  "rise strictly",
    "checks.validate.depth": "the criteria tree is {levels} levels deep; at most {most} are allowed (a deeper "
                             "tree could not be saved and opened again)",
    "checks.validate.scale": "criterion {id}: scale must be two numbers low < high, from {low:g} to {high:g}",
    "checks.validate.risk_cost": "criterion {id}: a risk (likelihood × impact) is always a cost",
    "checks.validate.preference": "criterion {id}: preference: {problem}",
    "checks.validate.number": "{where}: {name} must be a number from {low:g} to {high:g}",
    "checks.validate.missing": "{where}: {name} is missing",
    "checks.validate.level": "{where}: {name} must be {low}–{high}",
    "checks.validate.risk_value": "{where}: a risk is scored by likelihood and impact, so the cell must not also "
                                  "carry a value",
    "checks.validate.value_risk": "{where}: a direct value is scored by its value, so the cell must not also "
                                  "carry a likelihood or an impact",
    "checks.validate.range": "{where}: the range low {low:g} – high {high:g} must contain {number:g}",
    "checks.validate.stray_score": "a score names option {option} and factor {factor}, which are not both in the "
                                   "model",
    "checks.validate.profiles_twice": "two profiles are called {name}",
    "checks.validate.profiles_twice_in": "two profiles are called {name} in {language}",
    "checks.validate.unknown_weights": "profile {profile}: weights for unknown criteria {ids}",
    "checks.validate.weight": "profile {profile}: weight of {key} must be a number from 0 to {most:g}",
    "checks.validate.profile": "profile {profile}: {problem}",
    # core.storage.project, profile_file, register_data: a file this build cannot read
    "checks.files.version_whole": "must be a whole number",
    "checks.files.version_from_one": "must be a whole number ≥ 1",
    "checks.files.newer": "version {version} was written by a newer Mizan; this one reads up to version {known}",
    "checks.files.unknown_version": "unknown version {version}",
    "checks.files.scale": "must be two numbers [low, high]",
    "checks.files.language": "must be one of {known}",
    "checks.files.residual": "this is the residual view of a model, not the model; save the model itself",
    "checks.files.empty_key": "a criterion id must not be empty",
    "checks.files.key": "the key {problem}",
    "checks.files.created": "must be an ISO 8601 date such as 2026-11-25",
    "checks.files.disagree": "the judgements do not give the weights listed for {names}",
    "checks.files.ahp_place": "'ahp' belongs in profile.ahp, not in settings",
    "checks.files.second_entry": "a second entry for option {option}, factor {factor} (the first is {first})",
    "checks.files.scale_levels": "must be a list of {levels} levels (level 1 first), not {given}",
    # core.reports.excel
    "checks.report.basis": "unknown basis {basis}: use {inherent} or {residual}",
}
