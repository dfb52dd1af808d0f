"""Reading an analyst's own risk register: find its header row and map its columns to register fields.

A register kept in Excel or CSV rarely looks like Mizan's: a merged title row
above the header, a group row ("Inherent" over L and I), columns in its own
order and words ("Risk owner", "Probability", "Consequence", or Arabic ones:
"مالك الخطر"), extra columns Mizan has no field for. :func:`read_table` reads
the sheet through the one spreadsheet reader
(:func:`core.storage.sheet_reader.read_sheets`, so the same size caps and CSV
rules hold), :func:`find_header` picks the header row, and
:func:`propose` maps each column to a field by its name. Names are compared
as :func:`key` folds them: case, spaces, punctuation and a bracketed note
("Likelihood (1–5)") do not count. The first column that names a field gets
it; columns that name a residual or target level are not proposed, because
Mizan derives residual risk from the controls.

Placing the rows on cells is :mod:`core.register.import_rows`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.catalogue import LANGUAGES, catalogue
from core.errors import Listed, Message
from core.storage.sheet_reader import Row, Sheet, cell_text, read_sheets
from core.texts import match_key

IGNORE = ""  # the mapping of a column no field reads
FIELDS = ("option", "factor", "likelihood", "impact", "statement", "owner", "treatment", "action", "due",
          "status", "review")
LEVEL_FIELDS = ("likelihood", "impact")
def field_word(name: str) -> Message | str:
    """The register or score field ``name`` as a reason names it, in the reader's language (other names as they are)."""
    words = {"option": Message("checks.field.option"), "factor": Message("checks.field.factor"),
             "likelihood": Message("checks.field.likelihood"), "impact": Message("checks.field.impact"),
             "value": Message("checks.field.value"), "statement": Message("checks.field.statement"),
             "owner": Message("checks.field.owner"), "treatment": Message("checks.field.treatment"),
             "action": Message("checks.field.action"), "due": Message("checks.field.due"),
             "status": Message("checks.field.status"), "review": Message("checks.field.review")}
    return words.get(name, name)


HEADER_SEARCH = 30  # the header is looked for among the first rows that hold anything

SYNONYMS: dict[str, tuple[str, ...]] = {
    "option": ("option", "options", "optionid", "scenario", "alternative", "policyoption", "courseofaction"),
    "factor": ("factor", "factorid", "riskfactor", "criterion", "criterionid", "riskcategory", "category"),
    "likelihood": ("likelihood", "l", "p", "probability", "inherentlikelihood", "grosslikelihood",
                   "likelihoodrating", "likelihoodscore", "inherentprobability"),
    "impact": ("impact", "i", "c", "consequence", "consequences", "severity", "inherentimpact", "grossimpact",
               "impactrating", "impactscore", "inherentconsequence", "inherentseverity"),
    "statement": ("risk", "riskdescription", "description", "statement", "riskstatement", "risktitle",
                  "riskname", "riskevent"),
    "owner": ("owner", "riskowner", "responsible", "responsibility", "accountable"),
    "treatment": ("treatment", "response", "riskresponse", "treatmentoption", "responsestrategy",
                  "treatmentstrategy"),
    "action": ("action", "actions", "mitigation", "mitigations", "mitigationaction", "mitigationactions",
               "actionplan", "treatmentaction", "treatmentactions", "plannedaction", "plannedactions"),
    "due": ("due", "duedate", "deadline", "targetdate", "actiondue", "completiondate"),
    "status": ("status", "riskstatus", "state"),
    "review": ("review", "reviewdate", "nextreview", "nextreviewdate", "reviewdue"),
}
# The words of registers kept in Arabic, besides Mizan's own Arabic column headings (read from the catalogue).
ARABIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "option": ("الخيارات", "البديل", "البدائل", "السيناريو", "الخيار السياسي"),
    "factor": ("عامل الخطر", "فئة الخطر", "الفئة", "المعيار"),
    "likelihood": ("الاحتمال", "احتمالية الحدوث", "الاحتمالية الكامنة"),
    "impact": ("التأثير", "العواقب", "الجسامة", "الشدة", "الأثر الكامن"),
    "statement": ("الخطر", "وصف الخطر", "الوصف"),
    "owner": ("مالك الخطر", "الجهة المسؤولة", "المالك"),
    "treatment": ("الاستجابة", "الاستجابة للخطر", "خيار المعالجة"),
    "action": ("الإجراءات", "إجراءات المعالجة", "إجراءات التخفيف", "خطة العمل", "التخفيف"),
    "due": ("تاريخ الاستحقاق", "الموعد النهائي", "تاريخ الإنجاز"),
    "status": ("حالة الخطر",),
    "review": ("تاريخ المراجعة", "المراجعة القادمة", "موعد المراجعة"),
}
_BY_KEY = {word: name for name, words in SYNONYMS.items() for word in words}
# A header (or the group label above it) with one of these words names a level after controls.
_AFTER_CONTROLS = ("residual", "target", "net", "current", "controlled", "متبقي", "مستهدف", "صافي", "بعدالضوابط")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def key(text: str) -> str:
    """A column name as it is compared: :func:`core.texts.match_key`, without brackets and punctuation."""
    return "".join(ch for ch in match_key(_BRACKETED.sub("", text)) if ch.isalnum())


_BY_KEY.update({key(catalogue(language)[f"workbook.col_{name}"]): name for language in LANGUAGES for name in FIELDS})
_BY_KEY.update({key(word): name for name, words in ARABIC_SYNONYMS.items() for word in words})


@dataclass(frozen=True)
class Table:
    """A register sheet: where it came from, its header row and the data rows below it."""

    where: str
    header_row: int  # as the spreadsheet numbers it
    headers: tuple[str, ...]
    groups: tuple[str, ...]  # the group label over each column ("" for none)
    rows: tuple[Row, ...]
    decimal_comma: bool = False

    @property
    def signature(self) -> tuple[str, ...]:
        """The headers as :func:`key` folds them: files with the same signature share a remembered mapping."""
        return tuple(key(name) for name in self.headers)


def read_table(path: str | os.PathLike) -> Table:
    """The register table of a ``.csv`` file, or of the visible sheet of an ``.xlsx`` whose header names most fields.

    A workbook often opens with a cover or an instructions sheet; the first
    sheet wins a tie.
    """
    tables = [find_header(sheet) for sheet in read_sheets(path)]
    return max(tables, key=lambda table: len(set(propose(table)) - {IGNORE}))


def find_header(sheet: Sheet) -> Table:
    """``sheet`` split at its header: the row among the first ones whose cells name the most fields.

    Ties go to the earlier row. When no row names two fields, the first row
    with two text cells is the header (its columns then start unmapped, for
    the analyst to map).
    """
    if not sheet.rows:
        return Table(sheet.where, 0, (), (), (), sheet.decimal_comma)
    rows = sheet.rows[:HEADER_SEARCH]
    scored = [(_named(row), -index) for index, row in enumerate(rows)]
    best = max(scored, default=(0, 0))
    if best[0] >= 2:
        index = -best[1]
    else:
        index = next((i for i, row in enumerate(rows) if sum(isinstance(c, str) and bool(c.strip())
                                                              for c in row.cells) >= 2), 0)
    header = sheet.rows[index]
    width = max(len(row.cells) for row in sheet.rows)
    headers = tuple(cell_text(c) for c in header.cells) + ("",) * (width - len(header.cells))
    above = sheet.rows[index - 1] if index > 0 and sheet.rows[index - 1].number == header.number - 1 else None
    return Table(sheet.where, header.number, headers, _groups(above, width), sheet.rows[index + 1:],
                 sheet.decimal_comma)


def _named(row: Row) -> int:
    """How many different fields the cells of ``row`` name."""
    return len({_BY_KEY.get(key(cell_text(c))) for c in row.cells} - {None})


def _groups(above: Row | None, width: int) -> tuple[str, ...]:
    """The group label over each column: a label row's text carried right until the next label.

    A row with a single filled cell is a title, not a group row.
    """
    texts = [cell_text(c) for c in above.cells] if above is not None else []
    if sum(bool(t) for t in texts) < 2:
        return ("",) * width
    groups, current = [], ""
    for column in range(width):
        current = texts[column] if column < len(texts) and texts[column] else current
        groups.append(current)
    return tuple(groups)


def proposed_field(header: str, group: str = "") -> str:
    """The field a column called ``header`` (under the group label ``group``) maps to; :data:`IGNORE` if none."""
    name = _BY_KEY.get(key(header), IGNORE)
    if name in LEVEL_FIELDS and any(word in key(f"{group} {header}") for word in _AFTER_CONTROLS):
        return IGNORE
    return name


def propose(table: Table) -> tuple[str, ...]:
    """The proposed field of every column of ``table`` (each field given to the first column that names it)."""
    taken: set[str] = set()
    mapping = []
    for header, group in zip(table.headers, table.groups):
        name = proposed_field(header, group)
        if name in taken:
            name = IGNORE
        taken.add(name)
        mapping.append(name)
    return tuple(mapping)


def mapping_problems(mapping: Sequence[str], headers: Sequence[str],
                     default_option: str | None = None) -> list[Message]:
    """Why ``mapping`` cannot place rows (empty when it can): a field given twice, a missing option or factor."""
    problems = []
    for name in FIELDS:
        columns = [_column(i, headers) for i, mapped in enumerate(mapping) if mapped == name]
        if len(columns) > 1:
            both = columns[0]
            for column in columns[1:]:
                both = Message("checks.imports.and", first=both, second=column)
            problems.append(Message("checks.imports.both_map", columns=both, field=field_word(name)))
    unknown = sorted(set(mapping) - set(FIELDS) - {IGNORE})
    if unknown:
        problems.append(Message("checks.imports.unknown_fields", names=Listed(map(repr, unknown)),
                                fields=Listed(FIELDS)))
    if "factor" not in mapping:
        problems.append(Message("checks.imports.map_factor"))
    if "option" not in mapping and default_option is None:
        problems.append(Message("checks.imports.map_option"))
    if not set(mapping) - {"option", "factor", IGNORE}:
        problems.append(Message("checks.imports.map_nothing"))
    return problems


def column_letter(index: int) -> str:
    """``A`` for column 0, ``AA`` for column 26, as a spreadsheet names them."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _column(index: int, headers: Sequence[str]) -> str:
    name = headers[index] if index < len(headers) else ""
    return f"column {column_letter(index)}" + (f" ({name!r})" if name else "")
