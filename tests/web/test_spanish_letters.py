"""Letters in Spanish: every sentence from the Spanish bank, none left in English, and the
visitor's choice of language kept through the write page's GET and POST flow."""

from __future__ import annotations

import itertools
import re
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from endqi.action import messages as bank
from endqi.action.messages import (
    BillFacts,
    Office,
    Outcome,
    Stance,
    call_script,
    compose_bill_message,
    compose_state_message,
)
from endqi.analysis import CriterionResult
from endqi.legislation.situation import STATUS_PHRASES
from endqi.rubric import CRITERIA, Verdict
from endqi.rubric.gaps import SHORT_NAMES

from .bill_factories import make_bill
from .page_helpers import parse, text_of
from .test_spanish import _entries

CATALOG = Path(settings.LOCALE_PATHS[0]) / "es" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
TITLE = "An Act relating to civil actions for deprivation of rights"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Leave the thread in English: a /es/ request activates Spanish and Django keeps it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@cache
def letter_bank() -> dict[str, str]:
    """English → Spanish for every sentence ``xgettext`` finds in the letter module."""
    found = subprocess.run(
        [
            *("xgettext", "--language=Python", "--from-code=UTF-8", "--keyword=gettext_noop"),
            *("-o", "-", bank.__file__),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    english = {msgid for msgid, _, _ in _entries(found)}
    spanish = {msgid: msgstr for msgid, msgstr, _ in _entries(CATALOG.read_text("utf-8"))}
    assert len(english) > 60
    return {msgid: spanish[msgid] for msgid in english}


@cache
def rubric_words() -> dict[str, str]:
    """English → Spanish of the rubric words and status phrases a letter quotes."""
    spanish = {msgid: msgstr for msgid, msgstr, _ in _entries(CATALOG.read_text("utf-8"))}
    english = [c.title for c in CRITERIA] + [c.meaning[Verdict.YES] for c in CRITERIA]
    english += list(SHORT_NAMES.values()) + list(STATUS_PHRASES.values())
    return {words: spanish[words] for words in english}


def _pattern(template: str) -> str:
    parts = PLACEHOLDER.split(template)
    # split() alternates literal text and placeholder names.
    return "".join(re.escape(part) if i % 2 == 0 else ".+?" for i, part in enumerate(parts))


@cache
def spanish_line() -> re.Pattern[str]:
    """A line made of Spanish sentences of the bank (or a Spanish rubric title), joined
    by spaces: what every line of a Spanish letter must be once data is set aside."""
    sentences = [_pattern(s) for s in letter_bank().values()]
    sentences += [re.escape(rubric_words()[c.title]) + r"\.?" for c in CRITERIA]
    one = "(?:" + "|".join(sorted(sentences, key=len, reverse=True)) + ")"
    return re.compile(rf"{one}(?: {one})*")


def results(pattern: tuple[Verdict, ...]) -> tuple[CriterionResult, ...]:
    return tuple(
        CriterionResult(c.id, pattern[i % len(pattern)], "test input", 1.0)
        for i, c in enumerate(CRITERIA)
    )


VERDICT_MIXES = (
    (Verdict.YES,),
    (Verdict.NO,),
    (Verdict.YES, Verdict.PARTIAL, Verdict.NO),
    (Verdict.PARTIAL, Verdict.NO),
)
PHRASES = {
    Outcome.PENDING: ("",),
    Outcome.DEFEATED: ("", *[phrase for phrase in STATUS_PHRASES.values() if "w" in phrase]),
    Outcome.ENACTED: ("became law",),
}


def every_spanish_letter() -> Iterator[tuple[str, str]]:
    """(what, text) for every kind of Spanish letter, subject and call script."""
    for outcome, mix, office, stance, full in itertools.product(
        Outcome, VERDICT_MIXES, Office, [None, *Stance], (True, False)
    ):
        for phrase in PHRASES[outcome]:
            bill = BillFacts(
                state_name="Missouri",
                identifier="HB 30",
                results=results(mix),
                year=2020,
                title=TITLE,
                url="https://example.org/es/mo/bills/hb-30-2020/",
                outcome=outcome,
                status_phrase=phrase,
            )
            for names in ((), ("Senador/a Doe",), ("Senador/a Doe", "Representante Roe")):
                message = compose_bill_message(
                    bill,
                    stance=stance,
                    recipient_names=names,
                    with_model_language=full,
                    policy_url="https://example.org/es/model-policy/",
                    office=office,
                    language="es",
                )
                what = f"{outcome} {mix} {office} {stance} full={full} {phrase} {names}"
                yield what, message.subject
                yield what, message.body
            yield (
                what,
                call_script(
                    official_name="Senador/a Doe",
                    state_name="Missouri",
                    bill=bill,
                    stance=stance,
                    legislator=office == Office.LEGISLATOR,
                    language="es",
                ),
            )
    for office, full in itertools.product(Office, (True, False)):
        message = compose_state_message(
            "Missouri",
            office=office,
            with_model_language=full,
            policy_url="https://example.org/es/model-policy/",
            language="es",
        )
        yield f"state {office}", message.subject
        yield f"state {office}", message.body
        yield (
            f"state {office}",
            call_script(
                official_name="Gobernador/a Roe",
                state_name="Missouri",
                legislator=office == Office.LEGISLATOR,
                language="es",
            ),
        )


def without_data(text: str) -> str:
    """The letter without what stays as written: the bill's title and the model language."""
    statute = {line.strip() for c in CRITERIA for line in c.model_language.splitlines()}
    kept = [line for line in text.replace(TITLE, "").splitlines() if line.strip() not in statute]
    return "\n".join(kept)


def test_every_line_of_a_spanish_letter_comes_from_the_spanish_bank() -> None:
    pattern = spanish_line()
    checked = 0
    for what, text in every_spanish_letter():
        for line in without_data(text).splitlines():
            # Numbering, bullets and indentation are layout, not words.
            words = re.sub(r"^\s*(?:\d+\. |- )?", "", line)
            if words:
                assert pattern.fullmatch(words), (what, line)
                checked += 1
    assert checked > 1000


def test_no_english_sentence_of_the_bank_is_left_in_a_spanish_letter() -> None:
    english_fragments = {
        fragment.strip(" .,:;")
        for msgid, msgstr in letter_bank().items()
        if msgid != msgstr
        for fragment in PLACEHOLDER.split(msgid)[::2]
        if len(fragment.strip(" .,:;")) >= 8
    }
    english_words = {english for english, spanish in rubric_words().items() if english != spanish}
    assert len(english_fragments) > 60
    for what, text in every_spanish_letter():
        text = without_data(text)
        left = [f for f in english_fragments if f in text]
        left += [w for w in english_words if re.search(rf"\b{re.escape(w)}\b", text)]
        assert left == [], (what, left)


def test_every_spanish_sentence_keeps_the_english_placeholders() -> None:
    for english, spanish in letter_bank().items():
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(spanish))
        assert spanish, english


def test_an_english_letter_is_unchanged_by_the_language_machinery() -> None:
    bill = BillFacts("Missouri", "HB 30", results((Verdict.PARTIAL,)), 2020)
    english = compose_bill_message(bill)
    assert english == compose_bill_message(bill, language="en")
    assert english.body.startswith("Dear Legislator,\n\nI am your constituent in Missouri")
    spanish = compose_bill_message(bill, language="es")
    assert spanish.body.startswith("Estimado/a legislador/a:")
    assert spanish.language == "es" and spanish.stance == english.stance
    # The Spanish prompts still block sending until the visitor replaces them.
    assert len(bank.placeholders_left(spanish.body)) == 3


def test_an_unknown_letter_language_falls_back_to_english() -> None:
    assert bank.letter_language("ES") == "es"
    assert bank.letter_language("fr") == "en"
    assert bank.letter_language(None) == "en"
    with pytest.raises(ValueError):
        bank.Wording("fr")._("Sincerely,")


# The write page ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_spanish_page_writes_english_until_the_visitor_chooses_spanish(client) -> None:
    bill = make_bill("HB 7")
    page = f"/es/mo/bills/{bill.slug}/act/"
    tree = parse(client.get(page))
    body = tree.css_first("textarea#id_body")
    assert body.attributes["lang"] == "en" and "Sincerely," in body.text()
    choice = tree.css_first(".letter-language-choice a")
    assert text_of(choice) == "Escribir mi carta en español"
    assert choice.attributes["href"] == "?letter=es"

    spanish = parse(client.get(page + "?letter=es"))
    body = spanish.css_first("textarea#id_body")
    subject = spanish.css_first("input#id_subject")
    assert body.attributes["lang"] == "es" == subject.attributes["lang"]
    assert "Atentamente," in body.text() and "Sincerely" not in body.text()
    assert subject.attributes["value"].startswith("Le pido que")
    # The letter links the bill's Spanish page and the Spanish model policy.
    assert f"http://testserver/es/mo/bills/{bill.slug}/" in body.text()
    assert "http://testserver/es/model-policy/" in body.text()
    back = spanish.css_first(".letter-language-choice a")
    assert text_of(back) == "Escribir mi carta en inglés" and back.attributes["href"] == "?"
    # Switching length keeps the language.
    full = [a.attributes["href"] for a in spanish.css(".length-choice a")]
    assert full and all("letter=es" in href for href in full)


@pytest.mark.django_db
def test_the_language_choice_survives_the_post_flow(client) -> None:
    bill = make_bill("HB 7")
    page = f"/es/mo/bills/{bill.slug}/act/?letter=es&stance=oppose"
    tree = parse(client.get(page))
    form = tree.css_first("form#compose-form")
    assert "letter=es" in form.attributes["action"]
    edited = (
        tree.css_first("textarea#id_body")
        .text()
        .replace(
            "[Escriba una o dos frases con sus propias palabras: por qué esto le importa.]",
            "Vivo en Springfield y esto me importa.",
        )
    )
    subject = tree.css_first("input#id_subject").attributes["value"]
    response = client.post(
        form.attributes["action"], {"action": "update", "subject": subject, "body": edited}
    )
    assert response.status_code == 200
    after = parse(response)
    assert after.css_first("textarea#id_body").attributes["lang"] == "es"
    assert "Vivo en Springfield" in after.css_first("textarea#id_body").text()
    assert "letter=es" in after.css_first("form#compose-form").attributes["action"]
    # The GET forms that start over keep the language too.
    for selector in ("form.stance-form",):
        hidden = after.css_first(f'{selector} input[name="letter"]')
        assert hidden is not None and hidden.attributes["value"] == "es"
    assert text_of(after.css_first(".letter-language-choice a")) == "Escribir mi carta en inglés"
    # What is still to fill in is named in the letter's language.
    status = text_of(after.css_first("#placeholder-status"))
    assert "[Su nombre]" in status and "[Your name]" not in status


@pytest.mark.django_db
def test_a_spanish_letter_from_an_english_page_is_harmless(client) -> None:
    bill = make_bill("HB 7")
    english = parse(client.get(f"/mo/bills/{bill.slug}/act/"))
    assert english.css_first(".letter-language-note") is None
    assert text_of(english.css_first(".letter-language-choice a")) == "Write my letter in Spanish"
    spanish = parse(client.get(f"/mo/bills/{bill.slug}/act/?letter=es"))
    assert spanish.css_first("html").attributes["lang"] == "en"
    assert "Atentamente," in spanish.css_first("textarea#id_body").text()
    assert text_of(spanish.css_first(".letter-language-choice a")) == "Write my letter in English"
    odd = parse(client.get(f"/mo/bills/{bill.slug}/act/?letter=xx"))
    assert "Sincerely," in odd.css_first("textarea#id_body").text()
