"""Every message the core raises is a catalogue message with an Arabic form; str() stays English.

The scan reads core/ as source (AST): a refusal raised with a plain or
f-string text, or with the English ``str()`` of another error, cannot be
worded in another language, so no module of the core may hold one.
"""

from __future__ import annotations

import ast
import re
import pickle
import string
from pathlib import Path

import pytest

from core.catalogue import LANGUAGES, area_texts, catalogue
from core.errors import FileFormatError, Message, ModelError, user_message
from core.register.dates import check_date

CORE = Path(__file__).resolve().parents[2] / "core"
UI = CORE.parent / "ui"  # the interface raises the core's errors too (a report too large, a child that died)
ERRORS = {"ModelError", "FileFormatError", "WriteError", "ChildFailed"}
MESSAGE_AREAS = ("messages", "checks")  # the catalogue areas of refusals (core.errors.Message keys)


def _called(node: ast.AST) -> str:
    func = node.func if isinstance(node, ast.Call) else None
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def message_sites(root: Path = CORE) -> list[tuple[str, int, ast.expr]]:
    """(module, line, message argument) of every error ``root`` raises and every ``.fail(...)`` it builds."""
    sites = []
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root).as_posix()
        if module.startswith("catalogue/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (_called(node) in ERRORS or _called(node) == "fail") and node.args:
                sites.append((module, node.lineno, node.args[0]))
    return sites


def is_plain_text(argument: ast.expr) -> bool:
    """A literal or f-string text, or ``str(...)`` of a message (either branch of a choice): only English reads it."""
    if isinstance(argument, ast.IfExp):
        return is_plain_text(argument.body) or is_plain_text(argument.orelse)
    return isinstance(argument, ast.JoinedStr) or (isinstance(argument, ast.Constant) and isinstance(argument.value, str)) \
        or isinstance(argument, ast.BinOp) or (isinstance(argument, ast.Call) and _called(argument) == "str")


def message_calls() -> list[tuple[str, int, ast.Call]]:
    """Every ``Message(...)`` written in the core or the interface (but the one that rebuilds a message)."""
    calls = []
    for path in sorted([*CORE.rglob("*.py"), *UI.rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            rebuilt = path == CORE / "errors.py" and node_is_rebuild(node)
            if isinstance(node, ast.Call) and _called(node) == "Message" and not rebuilt:
                calls.append((path.relative_to(CORE.parent).as_posix(), node.lineno, node))
    return calls


def node_is_rebuild(node: ast.AST) -> bool:
    """``Message(key, **params)``: a message unpickled from its own key and parameters."""
    return isinstance(node, ast.Call) and bool(node.args) and isinstance(node.args[0], ast.Name)


def test_the_scan_finds_the_message_sites():
    assert len(message_sites()) > 250 and len(message_calls()) > 60


@pytest.mark.parametrize("root", [CORE, UI], ids=["core", "ui"])
def test_no_plain_text_message_in_the_core_or_the_interface(root):
    plain = {f"{module}:{line}" for module, line, argument in message_sites(root) if is_plain_text(argument)}
    assert plain == set(), "raise a core.errors.Message with a catalogue key (or, in ui, a tr() text)"


@pytest.mark.parametrize("argument, plain", [
    ('"a text"', True), ('f"{where}: a text"', True), ('"a " + name', True), ("str(exc)", True),
    ('at(where, exc.message) if where else str(exc)', True), ('Message("k") if a else Message("j")', False),
    ("exc.message", False), ('at(where, problem)', False),
])
def test_the_scan_tells_plain_text_from_a_message(argument, plain):
    assert is_plain_text(ast.parse(argument, mode="eval").body) is plain


def message_texts(language: str) -> dict[str, str]:
    """The texts of the areas that hold the core's messages."""
    return {key: text for area in MESSAGE_AREAS for key, text in area_texts(language, area).items()}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_its_key_and_exactly_its_parameters_in_every_language(language):
    texts = catalogue(language)  # a message may word any text of the catalogue (a method's note, say)
    faults = []
    for module, line, call in message_calls():
        if not (call.args and isinstance(call.args[0], ast.Constant)):
            faults.append(f"{module}:{line}: the key must be written out")
            continue
        key = call.args[0].value
        given = {keyword.arg for keyword in call.keywords}
        if key not in texts:
            faults.append(f"{module}:{line}: {key} is not in the catalogue")
        elif given != fields(texts[key]):
            faults.append(f"{module}:{line}: {key} takes {sorted(fields(texts[key]))}, given {sorted(given)}")
    assert faults == []


def test_every_message_of_the_catalogue_is_used():
    used = {call.args[0].value for _, _, call in message_calls() if call.args and isinstance(call.args[0], ast.Constant)}
    assert set(message_texts("en")) - used == set()


def test_an_error_reads_english_and_words_itself_in_arabic():
    hint = Message("messages.edits.widen_scale")
    error = ModelError(Message("messages.edits.outside_scale", option="O1", factor="E1", name="Oil", value="30",
                               low="0", high="25", hint=hint))
    assert str(error) == "O1, E1 Oil: 30 is outside the scale 0–25; widen the criterion's scale first"
    assert error.text("ar") == "O1، E1 Oil: القيمة 30 خارج المقياس من 0 إلى 25؛ وسّع مقياس المعيار أولًا"
    assert user_message(error, "ar") == error.text("ar") and user_message(error) == str(error)


def test_an_error_given_as_a_parameter_is_worded_in_the_same_language():
    inner = ModelError(Message("messages.model.no_criterion", id="'E9'"))
    outer = FileFormatError(Message("messages.edits.bad_date", where="p.mizan", field="due", problem=inner))
    assert str(outer) == "p.mizan: due: no criterion with id 'E9'"
    assert outer.text("ar") == "p.mizan: due: لا يوجد معيار بالمعرّف 'E9'"


def test_a_plain_text_error_is_the_same_in_every_language():
    assert ModelError("a plain message").text("ar") == "a plain message"


def test_the_message_crosses_a_process_not_only_its_english():
    error = pickle.loads(pickle.dumps(FileFormatError(Message("messages.edits.no_option", id="'O9'"))))
    assert type(error) is FileFormatError and error.text("ar") == "لا يوجد خيار بالمعرّف 'O9'"


def test_bugs_and_system_errors_are_worded_too():
    assert user_message(KeyError("x"), "ar") == "خطأ داخلي (KeyError: 'x')؛ يُرجى الإبلاغ عنه"
    assert user_message(KeyError("x")) == "internal error (KeyError: 'x'); please report it"
    assert user_message(OSError(28, "No space left on device", "out.xlsx"), "ar") == \
        "out.xlsx: No space left on device"


def test_a_date_problem_reads_in_both_languages():
    problem = check_date("2027-02-30")
    assert str(problem) == "'2027-02-30' is not a day of the calendar: 2027-02 has 28 days"
    assert problem.text("ar") == "'2027-02-30' ليس يومًا في التقويم: الشهر 2027-02 فيه 28 يومًا"


def test_profile_notices_are_messages_in_both_languages():
    from core.model import Profile
    from core.profile_notices import fitted_profile
    from tests.core.test_profile_notices import MODEL

    notices = fitted_profile(MODEL, Profile("Mine", {"c1": 3, "C2": 1, "Bogus": 4}))[1]
    assert notices == ["profile 'Mine' matches 2 of the model's 3 criteria (C1, C2); missing: C3; "
                       "ignored, not in the model: 'Bogus'"]
    assert [notice.text("ar") for notice in notices] == [
        "ملف الترجيح 'Mine' يطابق 2 من معايير النموذج البالغة 3 (C1، C2)؛ الناقصة: C3؛ "
        "المُتجاهَلة لأنها ليست في النموذج: 'Bogus'"]


def test_a_long_list_is_cut_in_the_language_of_the_message():
    from core.model import Profile
    from core.profile_notices import fitted_profile
    from tests.conftest import value_model

    model = value_model({"A": [1] * 12, "B": [2] * 12}, ["benefit"] * 12, [1] * 12)
    notices = fitted_profile(model, Profile("Few", {"C1": 1}))[1]
    assert notices[0].endswith("missing: C2, C3, C4, C5, C6, C7, C8, C9 and 3 more")
    assert notices[0].text("ar").endswith("الناقصة: C2، C3، C4، C5، C6، C7، C8، C9 و3 غيرها")  # the Arabic comma


ARABIC = re.compile("[\u0621-\u064a]")
BAD_FILES = {  # file name, its bytes, the English refusal after the path (the text scripts read)
    "fields": ("a.mizan", b'{"format_version": 3}', ": options: is missing"),
    "json": ("b.mizan", b'{"a": 1, "a": 2}', ": not valid JSON (duplicate key 'a')"),
    "number": ("c.csv", b"option,E1\nO1,abc\n", ": row 2, column 'E1': 'abc' is not a number"),
    "comma": ("d.csv", b"option,E1\nO1,\"1,5\"\n", ": row 2, column 'E1': '1,5' is not read as a number: the "
              "decimal mark here is '.'; write e.g. 1234.5"),
    "layout": ("e.csv", b"name,E1\nO1,1\n", ": row 1 must start with 'option' followed by the criteria"),
    "encoding": ("f.csv", b"option,E1\nO1,\xff\n", ": line 2: byte 13 (0xff) is not UTF-8; save the file as "
                 "UTF-8 text"),
    "zip": ("g.xlsx", b"not a zip", ": not an .xlsx workbook (it is not a zip package)"),
    "type": ("h.txt", b"", ": unknown file type .txt; expected .mizan, .csv or .xlsx"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_loader_refusal_reads_english_and_words_itself_in_arabic(tmp_path, case):
    """A bad file's one line is today's English for scripts, and Arabic for the Arabic window and --lang ar."""
    from core.loader import load_model

    name, data, english = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FileFormatError) as caught:
        load_model(path)
    assert str(caught.value) == f"{path}{english}"
    arabic = user_message(caught.value, "ar")
    assert arabic.startswith(str(path)) and ARABIC.search(arabic), arabic
    assert path.read_bytes() == data


def test_a_missing_file_and_a_folder_are_refused_in_arabic(tmp_path):
    from core.loader import load_model

    (tmp_path / "folder.mizan").mkdir()
    for name, arabic in (("none.mizan", "الملف غير موجود"), ("folder.mizan", "هذا مجلد وليس ملفًا")):
        with pytest.raises(FileFormatError) as caught:
            load_model(tmp_path / name)
        assert user_message(caught.value, "ar") == f"{tmp_path / name}: {arabic}"


def test_a_text_or_id_problem_is_a_message_built_before_any_raise():
    from core.texts import id_problem, text_problem

    problem = text_problem("a\u202eb")
    assert problem == "holds U+202E RIGHT-TO-LEFT OVERRIDE that is not closed on its line, so it would reorder " \
                      "what follows"
    assert problem.text("ar") == "يحوي U+202E RIGHT-TO-LEFT OVERRIDE غير مغلق في سطره، فيعيد ترتيب ما يليه"
    mixed = id_problem("E\u04211")
    assert mixed == "mixes Latin and Cyrillic letters (U+0421 CYRILLIC CAPITAL LETTER ES), so it can pass for " \
                    "another id"
    assert mixed.text("ar").startswith("يخلط حروفًا لاتينية وسيريلية")


def test_a_computation_refusal_words_its_nested_parts_in_arabic():
    from core.methods.preference import preferences
    from core.weighting import points

    with pytest.raises(ModelError) as caught:
        preferences(["linear:3:1"], ["E1"])
    assert str(caught.value) == "criterion E1: linear: the preference threshold p (1) must exceed the " \
                                "indifference threshold q (3)"
    assert caught.value.text("ar") == "المعيار E1: linear: يجب أن تتجاوز عتبة التفضيل p (1) عتبة عدم التمييز q (3)"
    with pytest.raises(ModelError) as caught:
        points([60, 30], ["E1", "E2"])
    assert str(caught.value) == "the points add up to 90, not 100; hand out 10"
    assert caught.value.text("ar") == "مجموع النقاط 90 لا 100؛ وزّع 10"


def _project_with(data: dict, change) -> dict:
    change(data)
    return data


LATIN_WORD = re.compile(r"\b[a-z]{3,}\b")
# What stays Latin in an Arabic refusal: the field at fault, a path, a quoted id or value, a written form.
FIELD_PATH = re.compile(r"^\w+: |[A-Za-z_]\w*(?:\.\w+|\[\d+\])+|'[^']*'|#RRGGBB|\ben, ar$")
PROJECT_REFUSALS = {  # a change to the paper's project file, and the English refusal after the path
    "newer": (lambda d: d.update(format_version=99),
              ": format_version: version 99 was written by a newer Mizan; this one reads up to version 4"),
    "language": (lambda d: d.update(language="fr"), ": language: must be one of en, ar"),
    "scale": (lambda d: d["criteria"][0]["children"][0].update(scale=[1]), ": criteria[0].children[0].scale: must be "
              "two numbers [low, high]"),
    "risk cost": (lambda d: d["criteria"][0]["children"][0].update(direction="benefit"),
                  ": criterion E1: a risk (likelihood × impact) is always a cost"),
    "no options": (lambda d: d.update(options=[]), ": the model has no options"),
    "entry twice": (lambda d: d["register"]["entries"].append(dict(d["register"]["entries"][0])),
                    ": register.entries[9]: a second entry for option 'O1', factor 'E1' (the first is "
                    "register.entries[0])"),
    "band colour": (lambda d: d["bands"]["colors"].__setitem__(0, "red"),
                    ": bands.colors[0]: 'red' is not a colour written #RRGGBB"),
}


@pytest.mark.parametrize("case", sorted(PROJECT_REFUSALS))
def test_a_project_refusal_reads_english_and_words_itself_in_arabic(tmp_path, paper_model, case):
    """The file readers and the whole-model checks: today's English for scripts, Arabic (ids and paths aside)."""
    import json

    from core.storage.project import model_to_data, read_project

    change, english = PROJECT_REFUSALS[case]
    path = tmp_path / "p.mizan"
    path.write_text(json.dumps(_project_with(model_to_data(paper_model), change)), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        read_project(path)
    assert str(caught.value) == f"{path}{english}"
    arabic = user_message(caught.value, "ar").removeprefix(f"{path}: ")
    assert ARABIC.search(arabic) and not LATIN_WORD.search(FIELD_PATH.sub("", arabic)), arabic


@pytest.mark.parametrize("how", ["mean", "geometric_ahp"])
def test_a_combined_profile_is_noted_in_the_language_of_its_model(paper_model, how):
    """The consensus writes its notes into the model, so in the model's language: the Arabic window's is Arabic."""
    from core.bilingual import localized
    from core.consensus import consensus

    english, _ = consensus(paper_model, paper_model.profiles[:2], how=how)
    assert english.notes.startswith("Arithmetic mean" if how == "mean" else "Weighted geometric mean")
    arabic_model = localized(paper_model, "ar")
    arabic, _ = consensus(arabic_model, arabic_model.profiles[:2], how=how)
    assert ARABIC.search(arabic.notes) and not re.search(r"\b(mean|weights|sets|none)\b", arabic.notes), arabic.notes
    assert type(arabic.notes) is str  # model text, not a message that would save as its English


def test_a_profile_made_from_a_workbooks_raw_weights_is_noted_in_the_language_of_its_model(tmp_path, paper_model):
    from openpyxl import load_workbook

    from core.bilingual import localized
    from core.reports.data import build_report
    from core.reports.excel import write_workbook
    from core.reports.score_import import preview_import

    path = tmp_path / "edited.xlsx"
    write_workbook(path, build_report(paper_model, paper_model.profiles[0], samples=0))
    book = load_workbook(path)
    book["Weights"]["D6"] = 3  # a raw weight (E1)
    book.save(path)
    english = preview_import(paper_model, path).profile.notes
    assert english.startswith("Raw weights read from edited.xlsx") and "E1 1 → 3" in english, english
    arabic = preview_import(localized(paper_model, "ar"), path).profile.notes
    assert arabic.startswith("أوزان خام مقروءة من edited.xlsx") and "E1 من 1 إلى 3" in arabic, arabic
