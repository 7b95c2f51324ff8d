"""Compose a constituent's message to their legislators from a bill's scorecard.

Pure functions, no Django. A message names the bill, says what it already
does, and turns each unmet or partly met criterion into a concrete ask with the
model-policy language that would meet it. The visitor edits everything; the
bracketed prompts (:data:`PLACEHOLDER_PATTERN`) mark what only they can write,
because staff discount identical form letters.

The ask follows the bill's :class:`Outcome` and the recipient's :class:`Office`:
a pending bill is supported, strengthened or opposed; a failed, vetoed or
withdrawn one is reintroduced or replaced by a stronger bill; an enacted law is
thanked, defended and strengthened by amendment. Legislators introduce and
co-sponsor bills; a governor is asked to back, sign or defend them, never to
introduce one.

A letter is written in English unless the visitor chooses another of
:data:`LETTER_LANGUAGES`. Every sentence below is English source text marked
with ``wording._(…)``: ``makemessages`` collects it into the site's catalog,
where it is translated once, and :class:`Wording` reads the compiled catalog
with the standard library's :mod:`gettext` (so this module needs no Django).
Bill identifiers, titles, names and the model language (statute text) stay as
written in either language.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from endqi.analysis import CriterionResult
from endqi.rubric import CRITERIA, Verdict
from endqi.rubric.gaps import SHORT_NAMES, Gap, find_gaps, met_criteria

#: Languages a letter can be written in; the first is the default.
LETTER_LANGUAGES: tuple[str, ...] = ("en", "es")
DEFAULT_LETTER_LANGUAGE = LETTER_LANGUAGES[0]
# The site's catalog (src/endqi/locale), compiled by scripts/messages.sh.
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
CATALOG_DOMAIN = "django"


def gettext_noop(message: str) -> str:
    """Mark ``message`` for the catalog without translating it (``makemessages`` reads it)."""
    return message


@cache
def _catalog(language: str) -> gettext.NullTranslations:
    if language == DEFAULT_LETTER_LANGUAGE:
        return gettext.NullTranslations()
    if language not in LETTER_LANGUAGES:
        raise ValueError(f"letters are not written in {language!r}")
    return gettext.translation(CATALOG_DOMAIN, localedir=LOCALE_DIR, languages=[language])


def letter_language(value: str | None) -> str:
    """``value`` when it is one of :data:`LETTER_LANGUAGES`, else the default (English)."""
    value = (value or "").strip().lower()
    return value if value in LETTER_LANGUAGES else DEFAULT_LETTER_LANGUAGE


@dataclass(frozen=True, slots=True)
class Wording:
    """The sentences of a letter in one language."""

    language: str = DEFAULT_LETTER_LANGUAGE

    def _(self, message: str, **values: object) -> str:
        """``message`` (English source text) in this language, with ``values`` filled in."""
        text = _catalog(self.language).gettext(message)
        return text % values if values else text

    def term(self, english: str) -> str:
        """A rubric title or meaning, a short name or a status phrase in this language.

        These are marked for the catalog where they are defined (the rubric's words
        in ``endqi.legislation.rubric_text``, the status phrases in the legislation app).
        """
        return _catalog(self.language).gettext(english) if english else english


ENGLISH = Wording()


class Outcome(StrEnum):
    """Where a bill ended up (the legislation app's ``StatusOutcome`` values)."""

    PENDING = "pending"
    ENACTED = "enacted"
    DEFEATED = "defeated"  # failed, vetoed or withdrawn


class Office(StrEnum):
    """Who receives the message: what they can do about a bill differs."""

    LEGISLATOR = "legislator"
    GOVERNOR = "governor"


class Stance(StrEnum):
    """What the constituent asks the legislator to do about a bill."""

    SUPPORT = "support"
    STRENGTHEN = "strengthen"
    OPPOSE = "oppose"

    @property
    def label(self) -> str:
        """Label for the stance picker."""
        return {
            "support": "Support the bill",
            "strengthen": "Support it if strengthened",
            "oppose": "Oppose it as written",
        }[self.value]


# Prompts the visitor replaces with their own words; a message still containing one
# is not ready to send (in either language: the pattern knows both openings).
PERSONAL_PROMPT = gettext_noop(
    "[Write one or two sentences in your own words: why this matters to you.]"
)
NAME_PROMPT = gettext_noop("[Your name]")
PLACE_PROMPT = gettext_noop("[Your street address or town and ZIP code]")
PLACEHOLDER_PATTERN = re.compile(r"\[(?:Your |Write |Su |Escriba )[^\[\]\n]{0,120}\]")

# How a message greets each kind of office holder (Open States role types).
GREETINGS: dict[str, str] = {
    "upper": gettext_noop("Senator %(surname)s"),
    "lower": gettext_noop("Representative %(surname)s"),
    "governor": gettext_noop("Governor %(surname)s"),
}


def official_greeting(role_type: str, surname: str, *, language: str = "en") -> str:
    """``Senator Doe`` (``Senador/a Doe`` in Spanish); ``surname`` alone for other roles."""
    template = GREETINGS.get(role_type)
    return Wording(language)._(template, surname=surname) if template else surname


@dataclass(frozen=True, slots=True)
class BillFacts:
    """What a message needs to know about one bill."""

    state_name: str
    identifier: str  # e.g. "HB 1234"
    results: tuple[CriterionResult, ...]
    year: int | None = None
    title: str = ""
    url: str = ""  # the bill's page on this site, absolute
    outcome: Outcome = Outcome.PENDING
    status_phrase: str = ""  # English, e.g. "failed", "was vetoed", "became law"

    @property
    def label(self) -> str:
        """``HB 1234 (2024)``, or the identifier alone when the year is unknown."""
        return f"{self.identifier} ({self.year})" if self.year else self.identifier


@dataclass(frozen=True, slots=True)
class Message:
    """A composed, editable message."""

    subject: str
    body: str
    stance: Stance | None = None
    language: str = DEFAULT_LETTER_LANGUAGE


def placeholders_left(text: str) -> list[str]:
    """The bracketed prompts still present in ``text``, in order."""
    return PLACEHOLDER_PATTERN.findall(text)


def suggested_stance(results: Iterable[CriterionResult]) -> Stance:
    """The stance a scorecard suggests.

    Every ``end`` criterion met: support (the bill ends qualified immunity; any
    missing ``start`` pieces become friendly amendments). No civil claim free
    of qualified immunity for police and nothing else in ``end`` met: oppose as
    written (passing it would not end qualified immunity at all). Anything in
    between: strengthen.
    """
    verdicts = {result.criterion_id: result.verdict for result in results}
    end_ids = [criterion.id for criterion in CRITERIA if criterion.group == "end"]
    if all(verdicts.get(criterion_id) == Verdict.YES for criterion_id in end_ids):
        return Stance.SUPPORT
    if verdicts.get("end.law_enforcement", Verdict.NO) == Verdict.NO and all(
        verdicts.get(criterion_id, Verdict.NO) == Verdict.NO for criterion_id in end_ids
    ):
        return Stance.OPPOSE
    return Stance.STRENGTHEN


def bill_subject(
    bill: BillFacts,
    stance: Stance | None,
    office: Office = Office.LEGISLATOR,
    *,
    language: str = DEFAULT_LETTER_LANGUAGE,
) -> str:
    """A subject line naming the bill and the ask (by the bill's outcome and the office)."""
    w = Wording(language)
    words = {"bill": bill.label, "state": bill.state_name}
    has_gaps = bool(find_gaps(bill.results))
    if bill.outcome == Outcome.ENACTED:
        if has_gaps:
            return w._(
                "Thank you for %(bill)s: please defend it and strengthen it by amendment", **words
            )
        return w._("Thank you for %(bill)s: please defend it", **words)
    if bill.outcome == Outcome.DEFEATED:
        if office == Office.GOVERNOR:
            return w._("Please back a bill to end qualified immunity in %(state)s", **words)
        if has_gaps:
            return w._(
                "Please introduce a stronger bill than %(bill)s to end qualified immunity", **words
            )
        return w._("Please reintroduce %(bill)s to end qualified immunity in %(state)s", **words)
    if office == Office.GOVERNOR:
        if stance == Stance.SUPPORT:
            return w._("Please sign %(bill)s: end qualified immunity in %(state)s", **words)
        return w._(
            "Please press for %(bill)s to be amended to fully end qualified immunity", **words
        )
    if stance == Stance.SUPPORT:
        return w._("Please support %(bill)s: end qualified immunity in %(state)s", **words)
    if stance == Stance.STRENGTHEN:
        return w._("Please strengthen %(bill)s to fully end qualified immunity", **words)
    return w._("Please oppose %(bill)s unless it is amended to end qualified immunity", **words)


def state_subject(
    state_name: str, office: Office = Office.LEGISLATOR, *, language: str = DEFAULT_LETTER_LANGUAGE
) -> str:
    """Subject of the message asking for a bill where the visitor picked none."""
    w = Wording(language)
    if office == Office.GOVERNOR:
        return w._("Please back a bill to end qualified immunity in %(state)s", state=state_name)
    return w._("Please introduce a bill to end qualified immunity in %(state)s", state=state_name)


def salutation(
    recipient_names: Sequence[str],
    office: Office = Office.LEGISLATOR,
    *,
    language: str = DEFAULT_LETTER_LANGUAGE,
) -> str:
    """``Dear Senator Doe and Representative Roe,`` or a generic greeting."""
    w = Wording(language)
    names = [name.strip() for name in recipient_names if name.strip()]
    if not names:
        return w._("Dear Governor,") if office == Office.GOVERNOR else w._("Dear Legislator,")
    if len(names) == 1:
        return w._("Dear %(name)s,", name=names[0])
    return w._("Dear %(names)s and %(last)s,", names=", ".join(names[:-1]), last=names[-1])


def _ask_lines(gaps: Sequence[Gap], w: Wording) -> list[str]:
    """Each gap as a numbered ask with what is needed and the model language."""
    lines: list[str] = []
    for number, gap in enumerate(gaps, start=1):
        title = w.term(gap.criterion.title)
        if gap.verdict == Verdict.PARTIAL:
            lines.append(
                f"{number}. " + w._("%(title)s (the bill does this only in part).", title=title)
            )
        else:
            lines.append(f"{number}. {title}.")
        lines.append("   " + w._("Needed: %(needed)s", needed=w.term(gap.needed)))
        lines.append("   " + w._("Model language:"))
        lines.extend(f"   {line}" for line in gap.model_language.splitlines())
        lines.append("")
    return lines


def _compact_lines(
    met: Sequence, gaps: Sequence[Gap], policy_url: str, defeated: bool, w: Wording
) -> list[str]:
    """The short form: what the bill does and needs in a few words each, one link to the
    model language. Short enough to leave room for the visitor's own sentences in a
    one-tap e-mail link."""
    lines: list[str] = []
    if met:
        items = "; ".join(w.term(SHORT_NAMES[c.id]) for c in met)
        lines.append(
            w._("What it would have done: %(items)s.", items=items)
            if defeated
            else w._("What the bill already does: %(items)s.", items=items)
        )
    if gaps:
        asks = "; ".join(
            w._("%(name)s (only in part now)", name=w.term(gap.short_name))
            if gap.verdict == Verdict.PARTIAL
            else w.term(gap.short_name)
            for gap in gaps
        )
        lines.append(
            w._("What a new bill needs: %(items)s.", items=asks)
            if defeated
            else w._("What it still needs: %(items)s.", items=asks)
        )
        if policy_url:
            lines.append(w._("Model language for each: %(url)s", url=policy_url))
    lines.append("")
    return lines


def _happened(bill: BillFacts, w: Wording) -> str:
    """``HB 7 (2024) was vetoed``: what became of a defeated bill."""
    if bill.status_phrase:
        return f"{bill.label} {w.term(bill.status_phrase)}"
    return w._("%(bill)s did not become law", bill=bill.label)


def _ask_paragraph(
    bill: BillFacts, stance: Stance | None, has_gaps: bool, office: Office, w: Wording
) -> str:
    """The ask, by the bill's outcome and the recipient's office."""
    words = {"bill": bill.label, "identifier": bill.identifier, "state": bill.state_name}
    if bill.outcome == Outcome.ENACTED:
        text = w._(
            "Thank you: %(bill)s became law, so people whose rights are violated by police "
            "can hold them to account in %(state)s's courts. Please defend it against any "
            "attempt to weaken or repeal it.",
            **words,
        )
        if has_gaps:
            text += " " + (
                w._("It still lacks some pieces; please support amendments that add them.")
                if office == Office.GOVERNOR
                else w._(
                    "It still lacks some pieces; please introduce or support amendments that "
                    "add them."
                )
            )
        return text
    if bill.outcome == Outcome.DEFEATED:
        words["happened"] = _happened(bill, w)
        if office == Office.GOVERNOR:
            if has_gaps:
                return w._(
                    "%(happened)s, so qualified immunity still stands in %(state)s. Please call "
                    "on the legislature to pass a bill that ends it, stronger than "
                    "%(identifier)s, and sign it when it reaches your desk.",
                    **words,
                )
            return w._(
                "%(happened)s, so qualified immunity still stands in %(state)s. Please call on "
                "the legislature to pass a bill that ends it and sign it when it reaches your "
                "desk.",
                **words,
            )
        if has_gaps:
            return w._(
                "%(happened)s, and it did not fully end qualified immunity. Please introduce, "
                "or co-sponsor, a new bill that ends it in %(state)s and adds what "
                "%(identifier)s lacked.",
                **words,
            )
        return w._(
            "%(happened)s. Please reintroduce it, or co-sponsor it when it is reintroduced, so "
            "qualified immunity finally ends in %(state)s.",
            **words,
        )
    if office == Office.GOVERNOR:
        if stance == Stance.SUPPORT:
            return w._(
                "I ask you to sign %(identifier)s when it reaches your desk, and to say so now. "
                "It lets people whose rights are violated by police hold them to account in "
                "state court, without qualified immunity.",
                **words,
            )
        return w._(
            "As written, %(identifier)s does not fully end qualified immunity. Please urge the "
            "legislature to amend it to add what it lacks, and sign it once it does.",
            **words,
        )
    return _stance_paragraph(bill, stance or Stance.STRENGTHEN, has_gaps, w)


def _stance_paragraph(bill: BillFacts, stance: Stance, has_gaps: bool, w: Wording) -> str:
    identifier = bill.identifier
    if stance == Stance.SUPPORT:
        text = w._(
            "I ask you to support %(identifier)s. It lets people whose rights are violated by "
            "police hold them to account in state court, without qualified immunity.",
            identifier=identifier,
        )
        if has_gaps:
            text += " " + w._("Please also work to add the pieces it still lacks.")
        return text
    if stance == Stance.STRENGTHEN:
        return w._(
            "%(identifier)s is a start, but as written it does not fully end qualified "
            "immunity. Please support it only if it is amended to add what it lacks.",
            identifier=identifier,
        )
    return w._(
        "As written, %(identifier)s does not end qualified immunity. Please oppose it unless it "
        "is amended to add what it lacks.",
        identifier=identifier,
    )


def compose_bill_message(
    bill: BillFacts,
    *,
    stance: Stance | None = None,
    recipient_names: Sequence[str] = (),
    with_model_language: bool = True,
    policy_url: str = "",
    office: Office = Office.LEGISLATOR,
    language: str = DEFAULT_LETTER_LANGUAGE,
) -> Message:
    """The default message about one bill, built from its scorecard.

    ``stance`` defaults to :func:`suggested_stance` and only applies to a pending
    bill (an enacted or defeated one has one ask, and the message's stance is
    ``None``). With ``with_model_language=False`` the message lists what the bill
    does and needs in two sentences and links to the model policy at
    ``policy_url`` instead of quoting it (short enough for a mailto link).
    ``language`` is one of :data:`LETTER_LANGUAGES`.
    """
    w = Wording(language)
    pending = bill.outcome == Outcome.PENDING
    defeated = bill.outcome == Outcome.DEFEATED
    chosen = (stance or suggested_stance(bill.results)) if pending else None
    gaps = find_gaps(bill.results)
    met = met_criteria(bill.results)
    # The short letter leaves out the title: every character counts in a one-tap link.
    described = f"{bill.label}, {bill.title}" if bill.title and with_model_language else bill.label
    lines = [
        salutation(recipient_names, office, language=language),
        "",
        w._(
            "I am your constituent in %(state)s, and I am writing about %(bill)s.",
            state=bill.state_name,
            bill=described,
        ),
        "",
        _ask_paragraph(bill, chosen, bool(gaps), office, w),
        "",
    ]
    if not with_model_language:
        lines.extend(_compact_lines(met, gaps, policy_url, defeated, w))
    else:
        if met:
            lines.append(
                w._("What it would have done:") if defeated else w._("What the bill already does:")
            )
            lines.extend(f"- {w.term(criterion.title)}" for criterion in met)
            lines.append("")
        if gaps:
            lines.append(w._("What a new bill needs:") if defeated else w._("What it still needs:"))
            lines.extend(_ask_lines(gaps, w))
    lines.append(w._(PERSONAL_PROMPT))
    lines.append("")
    if bill.url:
        lines.append(
            w._(
                "The bill's scorecard, with the quoted text behind each point: %(url)s",
                url=bill.url,
            )
            if with_model_language
            else w._("Its scorecard, quoting the bill: %(url)s", url=bill.url)
        )
        lines.append("")
    lines.extend([w._("Sincerely,"), w._(NAME_PROMPT), w._(PLACE_PROMPT)])
    return Message(
        subject=bill_subject(bill, chosen, office, language=language),
        body="\n".join(lines) + "\n",
        stance=chosen,
        language=language,
    )


def compose_state_message(
    state_name: str,
    *,
    recipient_names: Sequence[str] = (),
    with_model_language: bool = False,
    policy_url: str = "",
    office: Office = Office.LEGISLATOR,
    language: str = DEFAULT_LETTER_LANGUAGE,
) -> Message:
    """The message asking for a bill built on the model policy (no bill chosen).

    Legislators are asked to introduce or co-sponsor it; a governor to back it
    and sign it. Lists the nine provisions by title; quotes their model language
    when ``with_model_language`` is set, otherwise links to ``policy_url``.
    """
    w = Wording(language)
    ask = (
        w._(
            "I ask you to call on the legislature to pass a bill that ends it in %(state)s, and "
            "to sign it.",
            state=state_name,
        )
        if office == Office.GOVERNOR
        else w._(
            "I ask you to introduce, or co-sponsor, a bill that ends it in %(state)s.",
            state=state_name,
        )
    )
    lines = [
        salutation(recipient_names, office, language=language),
        "",
        w._(
            "I am your constituent in %(state)s. Qualified immunity lets officers who violate "
            "people's rights escape liability unless a court has already condemned nearly "
            "identical conduct. %(ask)s A complete bill would:",
            state=state_name,
            ask=ask,
        ),
        "",
    ]
    for number, criterion in enumerate(CRITERIA, start=1):
        lines.append(f"{number}. {w.term(criterion.title)}.")
        if with_model_language:
            lines.extend(f"   {line}" for line in criterion.model_language.splitlines())
    lines.append("")
    if policy_url:
        lines.append(
            w._("The model policy, with language for each provision: %(url)s", url=policy_url)
        )
        lines.append("")
    lines.extend([w._(PERSONAL_PROMPT), "", w._("Sincerely,"), w._(NAME_PROMPT), w._(PLACE_PROMPT)])
    return Message(
        subject=state_subject(state_name, office, language=language),
        body="\n".join(lines) + "\n",
        stance=None,
        language=language,
    )


def call_script(
    *,
    official_name: str,
    state_name: str,
    bill: BillFacts | None = None,
    stance: Stance | None = None,
    legislator: bool = True,
    language: str = DEFAULT_LETTER_LANGUAGE,
) -> str:
    """A short script to read on the phone to one official's office.

    ``legislator`` says whether the official has a district (a governor does not);
    the ask follows the office and the bill's outcome, as in the e-mail.
    """
    w = Wording(language)
    where = w._("%(official)s's district", official=official_name) if legislator else state_name
    opening = w._(
        "Hello, my name is [your name] and I live in %(where)s [your town or ZIP code].",
        where=where,
    )
    thanks = w._("Thank you.")
    words = {"official": official_name, "state": state_name}
    if bill is None:
        if legislator:
            ask = w._(
                "I'm calling to ask %(official)s to introduce or co-sponsor a bill that ends "
                "qualified immunity in %(state)s, so people whose rights are violated by police "
                "can hold them accountable in state court.",
                **words,
            )
        else:
            ask = w._(
                "I'm calling to ask %(official)s to back and sign a bill that ends qualified "
                "immunity in %(state)s, so people whose rights are violated by police can hold "
                "them accountable in state court.",
                **words,
            )
        return f"{opening} {ask} {thanks}"
    gaps = find_gaps(bill.results)
    words |= {
        "identifier": bill.identifier,
        "asks": "; ".join(w.term(gap.criterion.title) for gap in gaps[:3]),
    }
    if bill.outcome == Outcome.ENACTED:
        ask = w._(
            "I'm calling to thank %(official)s for %(identifier)s, which became law, and to ask "
            "them to defend it against any attempt to weaken it.",
            **words,
        )
        if gaps:
            ask += " " + w._(
                "Please also support amendments that add what it lacks: %(asks)s.", **words
            )
        return f"{opening} {ask} {thanks}"
    if bill.outcome == Outcome.DEFEATED:
        happened = w._("%(bill)s did not become law", bill=bill.identifier)
        if bill.status_phrase:
            happened = f"{bill.identifier} {w.term(bill.status_phrase)}"
        words["happened"] = happened
        if not legislator:
            ask = w._(
                "%(happened)s. I'm calling to ask %(official)s to call for a new bill that ends "
                "qualified immunity in %(state)s, and to sign it.",
                **words,
            )
        elif gaps:
            ask = w._(
                "%(happened)s. I'm calling to ask %(official)s to introduce or co-sponsor a "
                "stronger bill that ends qualified immunity. %(identifier)s fell short on: "
                "%(asks)s.",
                **words,
            )
        else:
            ask = w._(
                "%(happened)s. I'm calling to ask %(official)s to reintroduce it or co-sponsor it.",
                **words,
            )
        return f"{opening} {ask} {thanks}"
    chosen = stance or suggested_stance(bill.results)
    if not legislator:
        if chosen == Stance.SUPPORT:
            ask = w._(
                "I'm calling to ask %(official)s to sign %(identifier)s when it reaches the "
                "governor's desk.",
                **words,
            )
        else:
            ask = w._(
                "I'm calling to ask %(official)s to press the legislature to amend "
                "%(identifier)s so that it fully ends qualified immunity, and to sign it once "
                "it does.",
                **words,
            )
    elif chosen == Stance.SUPPORT:
        ask = w._("I'm calling to ask %(official)s to support %(identifier)s.", **words)
    elif chosen == Stance.STRENGTHEN:
        ask = w._(
            "I'm calling to ask %(official)s to strengthen %(identifier)s before it passes.",
            **words,
        )
    else:
        ask = w._(
            "I'm calling to ask %(official)s to oppose %(identifier)s unless it is amended to "
            "end qualified immunity.",
            **words,
        )
    if gaps:
        ask += " " + w._("It still falls short on: %(asks)s.", **words)
    return f"{opening} {ask} {thanks}"
