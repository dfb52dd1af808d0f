"""The Arabic .ts is complete: lupdate over the code finds nothing unfinished, missing or obsolete,
and no translation loses a placeholder; the checker itself is tested on small hand-written files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ui import ts_check

COMMITTED = ts_check.ROOT / "resources" / "translations" / "mizan_ar.ts"
ENGLISH = COMMITTED.with_name("mizan_en.ts")


def test_arabic_translation_is_complete_and_current(tmp_path):
    messages, new = ts_check.lupdate_into(COMMITTED, tmp_path)
    faults = ts_check.problems(messages, new)
    assert not faults, f"{len(faults)} faults in {COMMITTED.name}:\n" + "\n".join(faults[:40])


def test_english_plural_forms_are_complete_and_nothing_else(tmp_path):
    # The English catalogue holds the singular and plural of each counted message ("%Ln risk(s)"), no other text.
    committed = ts_check.read_ts(ENGLISH)
    assert committed and all(m.numerus and m.finished for m in committed)
    messages, _ = ts_check.lupdate_into(ENGLISH, tmp_path, "en")
    counted = {m.key for m in messages if m.numerus and m.kind not in ("vanished", "obsolete")}
    assert counted == {m.key for m in committed}
    assert ts_check.problems([m for m in messages if m.numerus]) == []


def ts(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mizan_ar.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="ar" sourcelanguage="en">\n{body}\n</TS>\n', encoding="utf-8")
    return path


def context(name: str, *messages: str) -> str:
    return f"<context><name>{name}</name>{''.join(messages)}</context>"


def message(source: str, translation: str, kind: str = "", numerus: bool = False) -> str:
    attribute = f' type="{kind}"' if kind else ""
    head = '<message numerus="yes">' if numerus else "<message>"
    return f"{head}<source>{source}</source><translation{attribute}>{translation}</translation></message>"


def faults_of(tmp_path: Path, *contexts: str, new=frozenset()) -> list[str]:
    return ts_check.problems(ts_check.read_ts(ts(tmp_path, "".join(contexts))), set(new))


def test_a_complete_file_passes(tmp_path):
    assert faults_of(tmp_path, context("Main", message("Open {0}", "فتح {0}"), message("&amp;File", "&amp;ملف"),
                                       message("%1 of %2", "\u200f%1 من %2"))) == []


@pytest.mark.parametrize("bad, expected", [
    (message("Save", "", "unfinished"), "unfinished: Main / 'Save'"),
    (message("Save", ""), "unfinished: Main / 'Save'"),
    (message("Gone", "ذهب", "vanished"), "obsolete: Main / 'Gone'"),
    (message("Gone", "ذهب", "obsolete"), "obsolete: Main / 'Gone'"),
    (message("Open {0}", "فتح"), "placeholder: Main / 'Open {0}' -> 'فتح'"),
    (message("{name} saved", "حُفظ {0}"), "placeholder: Main / '{name} saved' -> 'حُفظ {0}'"),
    (message("{0:.1f} %", "{0} ٪"), "placeholder: Main / '{0:.1f} %' -> '{0} ٪'"),
    (message("%1 of %2", "%1 من"), "placeholder: Main / '%1 of %2' -> '%1 من'"),
])
def test_each_fault_is_named_once(tmp_path, bad, expected):
    assert faults_of(tmp_path, context("Main", message("Fine", "حسن"), bad)) == [expected]


@pytest.mark.parametrize("translation, faulty", [
    ("{0}: صف العناوين", True), ("E1 متأخرة", True), ("\u200f{0}: صف العناوين", False), ("فتح {0}", False),
    ("«{0}» ليس رقمًا.", True), ("AHP…", False), ("{0} *", False), ("١٢ {0}", True)])
def test_an_arabic_translation_that_opens_with_a_value_needs_a_right_to_left_mark(tmp_path, translation, faulty):
    faults = faults_of(tmp_path, context("Main", message("x {0}" if "{0}" in translation else "x", translation)))
    assert bool(faults) == faulty and all(f.startswith("direction: ") for f in faults)


def test_each_plural_form_that_opens_with_its_count_needs_a_right_to_left_mark(tmp_path):
    forms = ["لا مخاطر", "خطر واحد", "%Ln مخاطر"]
    counted = ('<message numerus="yes"><source>%Ln risk(s)</source><translation>'
               + "".join(f"<numerusform>{form}</numerusform>" for form in forms) + "</translation></message>")
    assert faults_of(tmp_path, context("Main", counted)) == [
        "direction: Main / '%Ln مخاطر' opens with a value or a Latin letter: begin it with U+200F"]
    marked = counted.replace("<numerusform>%Ln", "<numerusform>\u200f%Ln")
    assert faults_of(tmp_path, context("Main", marked)) == []


def test_placeholders_may_change_order(tmp_path):
    assert faults_of(tmp_path, context("Main", message("{0} beats {1}", "\u200f{1} يتقدم عليه {0}"))) == []


def test_numerus_needs_n_in_some_form(tmp_path):
    good = '<message numerus="yes"><source>%n risks</source><translation>' \
           '<numerusform>لا مخاطر</numerusform><numerusform>\u200f%n خطر</numerusform></translation></message>'
    bad = '<message numerus="yes"><source>%n items</source><translation>' \
          '<numerusform>بند</numerusform><numerusform>بنود</numerusform></translation></message>'
    assert faults_of(tmp_path, context("Main", good, bad)) == ["placeholder: Main / '%n items' loses %n"]
    local = bad.replace("%n items", "%Ln items")
    assert faults_of(tmp_path, context("Main", local)) == ["placeholder: Main / '%Ln items' loses %Ln"]


def test_messages_in_the_code_but_not_in_the_file_are_missing(tmp_path):
    assert faults_of(tmp_path, context("Main", message("Fine", "حسن")), new={("Main", "New text")}) \
        == ["missing: Main / 'New text'"]


def test_lupdate_reports_new_and_vanished_messages(tmp_path, monkeypatch):
    code = tmp_path / "code.py"
    code.write_text('from PySide6.QtCore import QCoreApplication\n'
                    'QCoreApplication.translate("Main", "Kept")\nQCoreApplication.translate("Main", "Added")\n')
    monkeypatch.setattr(ts_check, "sources", lambda: [code])
    committed = ts(tmp_path, context("Main", message("Kept", "باقٍ"), message("Dropped", "محذوف")))
    work = tmp_path / "work"
    work.mkdir()
    messages, new = ts_check.lupdate_into(committed, work)
    assert sorted(ts_check.problems(messages, new)) == ["missing: Main / 'Added'", "obsolete: Main / 'Dropped'",
                                                        "unfinished: Main / 'Added'"]
    assert committed.read_text(encoding="utf-8").count("<message>") == 2  # the committed file is untouched


def test_every_literal_is_extracted_under_the_context_it_is_looked_up_in(tmp_path):
    """lupdate files a text it cannot place (a helper, a lambda) in the unnamed context, which no lookup uses."""
    empty = ts(tmp_path, "")
    work = tmp_path / "work"
    work.mkdir()
    messages, _ = ts_check.lupdate_into(empty, work)
    unplaced = [m.source for m in messages if not m.context]
    assert not unplaced, unplaced


def test_a_context_is_named_as_its_variable():
    """``Name.tr("text")`` is filed by lupdate under Name: the Context looked up must be Name too."""
    definition = re.compile(r'^(\w+) = (?:Context|Texts)\("(\w*)"\)', re.M)
    wrong = [(path.name, variable, name) for path in ts_check.sources()
             for variable, name in definition.findall(path.read_text(encoding="utf-8")) if variable != name]
    assert not wrong, wrong
    assert any(definition.search(path.read_text(encoding="utf-8")) for path in ts_check.sources())
