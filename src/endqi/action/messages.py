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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from endqi.analysis import CriterionResult
from endqi.rubric import CRITERIA, Verdict
from endqi.rubric.gaps import SHORT_NAMES, Gap, find_gaps, met_criteria


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
# is not ready to send.
PERSONAL_PROMPT = "[Write one or two sentences in your own words: why this matters to you.]"
NAME_PROMPT = "[Your name]"
PLACE_PROMPT = "[Your street address or town and ZIP code]"
PLACEHOLDER_PATTERN = re.compile(r"\[(?:Your |Write )[^\[\]\n]{0,120}\]")


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
    status_phrase: str = ""  # e.g. "failed", "was vetoed", "became law"

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


def bill_subject(bill: BillFacts, stance: Stance | None, office: Office = Office.LEGISLATOR) -> str:
    """A subject line naming the bill and the ask (by the bill's outcome and the office)."""
    name = f"{bill.identifier}" + (f" ({bill.year})" if bill.year else "")
    has_gaps = bool(find_gaps(bill.results))
    if bill.outcome == Outcome.ENACTED:
        return f"Thank you for {name}: please defend it" + (
            " and strengthen it by amendment" if has_gaps else ""
        )
    if bill.outcome == Outcome.DEFEATED:
        if office == Office.GOVERNOR:
            return f"Please back a bill to end qualified immunity in {bill.state_name}"
        if has_gaps:
            return f"Please introduce a stronger bill than {name} to end qualified immunity"
        return f"Please reintroduce {name} to end qualified immunity in {bill.state_name}"
    if office == Office.GOVERNOR:
        if stance == Stance.SUPPORT:
            return f"Please sign {name}: end qualified immunity in {bill.state_name}"
        return f"Please press for {name} to be amended to fully end qualified immunity"
    if stance == Stance.SUPPORT:
        return f"Please support {name}: end qualified immunity in {bill.state_name}"
    if stance == Stance.STRENGTHEN:
        return f"Please strengthen {name} to fully end qualified immunity"
    return f"Please oppose {name} unless it is amended to end qualified immunity"


def state_subject(state_name: str, office: Office = Office.LEGISLATOR) -> str:
    """Subject of the message asking for a bill where the visitor picked none."""
    if office == Office.GOVERNOR:
        return f"Please back a bill to end qualified immunity in {state_name}"
    return f"Please introduce a bill to end qualified immunity in {state_name}"


def salutation(recipient_names: Sequence[str], office: Office = Office.LEGISLATOR) -> str:
    """``Dear Senator Doe and Representative Roe,`` or a generic greeting."""
    names = [name.strip() for name in recipient_names if name.strip()]
    if not names:
        return "Dear Governor," if office == Office.GOVERNOR else "Dear Legislator,"
    if len(names) == 1:
        return f"Dear {names[0]},"
    return "Dear " + ", ".join(names[:-1]) + f" and {names[-1]},"


def _ask_lines(gaps: Sequence[Gap]) -> list[str]:
    """Each gap as a numbered ask with what is needed and the model language."""
    lines: list[str] = []
    for number, gap in enumerate(gaps, start=1):
        partly = " (the bill does this only in part)" if gap.verdict == Verdict.PARTIAL else ""
        lines.append(f"{number}. {gap.criterion.title}{partly}.")
        lines.append(f"   Needed: {gap.needed}")
        lines.append("   Model language:")
        lines.extend(f"   {line}" for line in gap.model_language.splitlines())
        lines.append("")
    return lines


def _compact_lines(
    met: Sequence,
    gaps: Sequence[Gap],
    policy_url: str,
    did: str = "What the bill already does",
    needs: str = "What it still needs",
) -> list[str]:
    """The short form: what the bill does and needs in a few words each, one link to the
    model language. Short enough to leave room for the visitor's own sentences in a
    one-tap e-mail link."""
    lines: list[str] = []
    if met:
        lines.append(f"{did}: " + "; ".join(SHORT_NAMES[c.id] for c in met) + ".")
    if gaps:
        asks = [
            gap.short_name + (" (only in part now)" if gap.verdict == Verdict.PARTIAL else "")
            for gap in gaps
        ]
        lines.append(f"{needs}: " + "; ".join(asks) + ".")
        if policy_url:
            lines.append(f"Model language for each: {policy_url}")
    lines.append("")
    return lines


def _ask_paragraph(bill: BillFacts, stance: Stance | None, has_gaps: bool, office: Office) -> str:
    """The ask, by the bill's outcome and the recipient's office."""
    if bill.outcome == Outcome.ENACTED:
        text = (
            f"Thank you: {bill.label} became law, so people whose rights are violated by "
            f"police can hold them to account in {bill.state_name}'s courts. Please defend it "
            "against any attempt to weaken or repeal it."
        )
        if has_gaps:
            verb = "support" if office == Office.GOVERNOR else "introduce or support"
            text += f" It still lacks some pieces; please {verb} amendments that add them."
        return text
    if bill.outcome == Outcome.DEFEATED:
        happened = f"{bill.label} {bill.status_phrase or 'did not become law'}"
        if office == Office.GOVERNOR:
            return (
                f"{happened}, so qualified immunity still stands in {bill.state_name}. Please "
                "call on the legislature to pass a bill that ends it"
                + (f", stronger than {bill.identifier}," if has_gaps else "")
                + " and sign it when it reaches your desk."
            )
        if has_gaps:
            return (
                f"{happened}, and it did not fully end qualified immunity. Please introduce, "
                f"or co-sponsor, a new bill that ends it in {bill.state_name} and adds what "
                f"{bill.identifier} lacked."
            )
        return (
            f"{happened}. Please reintroduce it, or co-sponsor it when it is reintroduced, so "
            f"qualified immunity finally ends in {bill.state_name}."
        )
    if office == Office.GOVERNOR:
        if stance == Stance.SUPPORT:
            return (
                f"I ask you to sign {bill.identifier} when it reaches your desk, and to say so "
                "now. It lets people whose rights are violated by police hold them to account "
                "in state court, without qualified immunity."
            )
        return (
            f"As written, {bill.identifier} does not fully end qualified immunity. Please urge "
            "the legislature to amend it to add what it lacks, and sign it once it does."
        )
    return _stance_paragraph(bill, stance or Stance.STRENGTHEN, has_gaps)


def _stance_paragraph(bill: BillFacts, stance: Stance, has_gaps: bool) -> str:
    if stance == Stance.SUPPORT:
        text = (
            f"I ask you to support {bill.identifier}. It lets people whose rights are violated "
            "by police hold them to account in state court, without qualified immunity."
        )
        if has_gaps:
            text += " Please also work to add the pieces it still lacks."
        return text
    if stance == Stance.STRENGTHEN:
        return (
            f"{bill.identifier} is a start, but as written it does not fully end qualified "
            "immunity. Please support it only if it is amended to add what it lacks."
        )
    return (
        f"As written, {bill.identifier} does not end qualified immunity. Please oppose it "
        "unless it is amended to add what it lacks."
    )


def compose_bill_message(
    bill: BillFacts,
    *,
    stance: Stance | None = None,
    recipient_names: Sequence[str] = (),
    with_model_language: bool = True,
    policy_url: str = "",
    office: Office = Office.LEGISLATOR,
) -> Message:
    """The default message about one bill, built from its scorecard.

    ``stance`` defaults to :func:`suggested_stance` and only applies to a pending
    bill (an enacted or defeated one has one ask, and the message's stance is
    ``None``). With ``with_model_language=False`` the message lists what the bill
    does and needs in two sentences and links to the model policy at
    ``policy_url`` instead of quoting it (short enough for a mailto link).
    """
    pending = bill.outcome == Outcome.PENDING
    chosen = (stance or suggested_stance(bill.results)) if pending else None
    gaps = find_gaps(bill.results)
    met = met_criteria(bill.results)
    # The short letter leaves out the title: every character counts in a one-tap link.
    described = f"{bill.label}, {bill.title}" if bill.title and with_model_language else bill.label
    lines = [
        salutation(recipient_names, office),
        "",
        f"I am your constituent in {bill.state_name}, and I am writing about {described}.",
        "",
        _ask_paragraph(bill, chosen, bool(gaps), office),
        "",
    ]
    did, needs = (
        ("What it would have done", "What a new bill needs")
        if bill.outcome == Outcome.DEFEATED
        else ("What the bill already does", "What it still needs")
    )
    if not with_model_language:
        lines.extend(_compact_lines(met, gaps, policy_url, did, needs))
    else:
        if met:
            lines.append(f"{did}:")
            lines.extend(f"- {criterion.title}" for criterion in met)
            lines.append("")
        if gaps:
            lines.append(f"{needs}:")
            lines.extend(_ask_lines(gaps))
    lines.append(PERSONAL_PROMPT)
    lines.append("")
    if bill.url:
        lines.append(
            f"The bill's scorecard, with the quoted text behind each point: {bill.url}"
            if with_model_language
            else f"Its scorecard, quoting the bill: {bill.url}"
        )
        lines.append("")
    lines.extend(["Sincerely,", NAME_PROMPT, PLACE_PROMPT])
    return Message(
        subject=bill_subject(bill, chosen, office), body="\n".join(lines) + "\n", stance=chosen
    )


def compose_state_message(
    state_name: str,
    *,
    recipient_names: Sequence[str] = (),
    with_model_language: bool = False,
    policy_url: str = "",
    office: Office = Office.LEGISLATOR,
) -> Message:
    """The message asking for a bill built on the model policy (no bill chosen).

    Legislators are asked to introduce or co-sponsor it; a governor to back it
    and sign it. Lists the nine provisions by title; quotes their model language
    when ``with_model_language`` is set, otherwise links to ``policy_url``.
    """
    ask = (
        "I ask you to call on the legislature to pass a bill that ends it in "
        f"{state_name}, and to sign it."
        if office == Office.GOVERNOR
        else f"I ask you to introduce, or co-sponsor, a bill that ends it in {state_name}."
    )
    lines = [
        salutation(recipient_names, office),
        "",
        f"I am your constituent in {state_name}. Qualified immunity lets officers who "
        "violate people's rights escape liability unless a court has already condemned "
        f"nearly identical conduct. {ask} A complete bill would:",
        "",
    ]
    for number, criterion in enumerate(CRITERIA, start=1):
        lines.append(f"{number}. {criterion.title}.")
        if with_model_language:
            lines.extend(f"   {line}" for line in criterion.model_language.splitlines())
    lines.append("")
    if policy_url:
        lines.append(f"The model policy, with language for each provision: {policy_url}")
        lines.append("")
    lines.extend([PERSONAL_PROMPT, "", "Sincerely,", NAME_PROMPT, PLACE_PROMPT])
    return Message(
        subject=state_subject(state_name, office), body="\n".join(lines) + "\n", stance=None
    )


def call_script(
    *,
    official_name: str,
    state_name: str,
    bill: BillFacts | None = None,
    stance: Stance | None = None,
    legislator: bool = True,
) -> str:
    """A short script to read on the phone to one official's office.

    ``legislator`` says whether the official has a district (a governor does not);
    the ask follows the office and the bill's outcome, as in the e-mail.
    """
    where = f"{official_name}'s district" if legislator else state_name
    opening = f"Hello, my name is [your name] and I live in {where} [your town or ZIP code]. "
    asking = f"I'm calling to ask {official_name}"
    if bill is None:
        if legislator:
            ask = f"{asking} to introduce or co-sponsor a bill that ends qualified immunity in "
        else:
            ask = f"{asking} to back and sign a bill that ends qualified immunity in "
        return opening + (
            ask + f"{state_name}, so people whose rights are violated by police can hold them "
            "accountable in state court. Thank you."
        )
    gaps = find_gaps(bill.results)
    asks = "; ".join(gap.criterion.title for gap in gaps[:3])
    if bill.outcome == Outcome.ENACTED:
        ask = (
            f"I'm calling to thank {official_name} for {bill.identifier}, which became law, "
            "and to ask them to defend it against any attempt to weaken it."
        )
        if asks:
            ask += f" Please also support amendments that add what it lacks: {asks}."
        return opening + ask + " Thank you."
    if bill.outcome == Outcome.DEFEATED:
        happened = f"{bill.identifier} {bill.status_phrase or 'did not become law'}"
        if not legislator:
            ask = (
                f"{happened}. {asking} to call for a new bill that ends qualified immunity "
                f"in {state_name}, and to sign it."
            )
        elif asks:
            ask = (
                f"{happened}. {asking} to introduce or co-sponsor a stronger bill that ends "
                f"qualified immunity. {bill.identifier} fell short on: {asks}."
            )
        else:
            ask = f"{happened}. {asking} to reintroduce it or co-sponsor it."
        return opening + ask + " Thank you."
    chosen = stance or suggested_stance(bill.results)
    if not legislator:
        if chosen == Stance.SUPPORT:
            ask = f"{asking} to sign {bill.identifier} when it reaches the governor's desk."
        else:
            ask = (
                f"{asking} to press the legislature to amend {bill.identifier} so that it "
                "fully ends qualified immunity, and to sign it once it does."
            )
    elif chosen == Stance.SUPPORT:
        ask = f"{asking} to support {bill.identifier}."
    elif chosen == Stance.STRENGTHEN:
        ask = f"{asking} to strengthen {bill.identifier} before it passes."
    else:
        ask = (
            f"{asking} to oppose {bill.identifier} unless it is amended to end qualified immunity."
        )
    if asks:
        ask += f" It still falls short on: {asks}."
    return opening + ask + " Thank you."
