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
    "checks.files.sheet": "{file}: sheet {sheet}",
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
    "checks.report.too_many_options": "{file}: PDF and HTML reports draw every option and hold at most {most} "
                                      "options; this model has {options:,} (export .xlsx or .csv, which hold any "
                                      "model)",
    "checks.report.child_died": "the background process stopped unexpectedly (exit code {code}); please report it",
    "checks.report.basis": "unknown basis {basis}: use {inherent} or {residual}",
    # core.reports.score_import, register_import, weight_import: why a cell of an imported workbook is not read
    "checks.imports.row": "row {row}",
    "checks.imports.row_column": "row {row}, column {name}",
    "checks.imports.merged": "is part of merged cells",
    "checks.imports.uncached": "is a formula without a cached value (recalculate and save the file first)",
    "checks.imports.error_value": "holds the error value {value}",
    "checks.imports.empty": "is empty",
    "checks.imports.not_number": "is not a number",
    "checks.imports.text_not_number": "holds the text {text}, not a number",
    "checks.imports.read_as": "text {text} read as the number {number:g}",
    "checks.imports.not_a_number": "holds {kind} {value}, not a number",
    "checks.imports.level": "{field} must be a whole number {low}–{high}, not {number:g}",
    "checks.imports.option_twice": "option {option} appears twice; the first row counts",
    "checks.imports.no_option": "option {option} is not in the model",
    "checks.imports.no_factor": "factor {factor} is not in the model",
    "checks.imports.no_risk": "risk factor {factor} is not in the model",
    "checks.imports.risk_factor": "{name} is scored as likelihood × impact; import it from a Mizan workbook",
    "checks.imports.cell_twice": "{option} × {factor} appears twice; the first row counts",
    "checks.imports.no_status": "status cannot be empty",
    "checks.imports.not_text": "holds {kind} {value}, not text",
    "checks.imports.choice": "{field} must be one of {words}, not {value}",
    "checks.imports.choice_or_empty": "{field} must be one of {words} or empty, not {value}",
    "checks.imports.no_control": "control {id} is not in the model (add it in Mizan first)",
    "checks.imports.control_status": "status must be {first} or {second}, not {value}",
    "checks.imports.effect_level": "an effect lowers a level by a whole number 0–4, not {value}",
    "checks.imports.no_effect": "effect of {id} on {option} × {factor}: the control, option or risk factor is not "
                                "in the model",
    "checks.imports.yes_no": "{setting} must be {yes} or {no}, not {value}",
    "checks.imports.empty_label": "a level's label cannot be empty",
    "checks.imports.negative_weight": "raw weight {weight:g} is negative; a weight is 0 or more",
    # core.register.import_rows and import_map: an analyst's own register placed on the model's cells
    "checks.imports.yes": "yes",
    "checks.imports.no": "no",
    "checks.imports.effect_item": "{id} on {option} × {factor}",
    "checks.imports.effect_field": "effect (likelihood, impact)",
    "checks.imports.effect_value": "−{likelihood} L, −{impact} I",
    "checks.imports.register_item": "register",
    "checks.imports.planned_field": "include planned controls",
    "checks.imports.level_item": "{axis} level {level}",
    "checks.imports.label_field": "label",
    "checks.imports.level_change": "{field} {old} → {new}",
    "checks.imports.no_change": "no change",
    "checks.imports.list": "{first}, {then}",
    "checks.imports.reasons": "{first}; {then}",
    "checks.imports.no_option_given": "no option given",
    "checks.imports.unknown_option": "option {value} is not in the model (by id or name)",
    "checks.imports.no_factor_given": "no factor given",
    "checks.imports.unknown_factor": "factor {value} is not in the model (by id or name)",
    "checks.imports.value_factor": "factor {id} is scored as a direct value, not as likelihood × impact, so it has "
                                   "no register row",
    "checks.imports.placed_before": "row {first} already places {option} × {factor}; the first row counts",
    "checks.imports.field": "{field} {problem}",
    "checks.imports.level_hint": "{field} {problem} (a level {low}–{high} or a label: {labels})",
    "checks.imports.formula": "{field} holds the formula {formula} without a saved value; recalculate and save the "
                              "file in Excel or LibreOffice",
    "checks.imports.not_one_of": "{field} {text} is not one of {allowed}",
    "checks.imports.time": "{field} holds the time {value}, not a date",
    "checks.imports.too_long": "is longer than {limit:,} characters",
    "checks.imports.both_map": "{columns} both map to {field}; map one of them to nothing",
    "checks.imports.and": "{first} and {second}",
    "checks.imports.unknown_fields": "unknown field(s) {names}; fields are {fields}",
    "checks.imports.map_factor": "no column maps to factor: say which column names the factor (id or name)",
    "checks.imports.map_option": "no column maps to option: say which column names the option, or choose one "
                                 "option for every row",
    "checks.imports.map_nothing": "no column maps to a register field or to likelihood or impact: nothing to import",
    # the register fields as the reasons name them
    "checks.field.option": "option",
    "checks.field.factor": "factor",
    "checks.field.likelihood": "likelihood",
    "checks.field.impact": "impact",
    "checks.field.value": "value",
    "checks.field.statement": "statement",
    "checks.field.owner": "owner",
    "checks.field.treatment": "treatment",
    "checks.field.action": "action",
    "checks.field.due": "due",
    "checks.field.status": "status",
    "checks.field.review": "review",
    # core.methods: what a method notes about the table it ranked
    "checks.warnings.one_option": "Only one option ({option}): it ranks first by definition.",
    "checks.warnings.constant": "{criterion}: all options score the same; it cannot discriminate",
    "checks.warnings.topsis_tie": "TOPSIS: every weighted criterion scores the same, so all options are as close to "
                                  "the ideal as to the anti-ideal; closeness is 0.5",
    "checks.warnings.topsis_tie_some": "TOPSIS: under some weight vectors every weighted criterion scores the same, "
                                       "so all options are as close to the ideal as to the anti-ideal; closeness is "
                                       "0.5",
    "checks.warnings.vikor_both": "VIKOR: all options have the same group utility S and regret R; Q is 0 for all",
    "checks.warnings.vikor_s": "VIKOR: all options have the same group utility S; Q rests on the regret R alone",
    "checks.warnings.vikor_r": "VIKOR: all options have the same regret R; Q rests on the group utility S alone",
}
