"""Compose a constituent's message to their legislators from a bill's scorecard.

Pure functions, no Django. A message names the bill, says what it already
does, and turns each unmet or partly met criterion into a concrete ask with the
model-policy language that would meet it. The visitor edits everything; the
bracketed prompts (:data:`PLACEHOLDER_PATTERN`) mark what only they can write,
because staff discount identical form letters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from endqi.analysis import CriterionResult
from endqi.rubric import CRITERIA, Verdict
from endqi.rubric.gaps import Gap, find_gaps, met_criteria


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


def bill_subject(bill: BillFacts, stance: Stance) -> str:
    """A subject line naming the bill and the ask."""
    name = f"{bill.identifier}" + (f" ({bill.year})" if bill.year else "")
    if stance == Stance.SUPPORT:
        return f"Please support {name}: end qualified immunity in {bill.state_name}"
    if stance == Stance.STRENGTHEN:
        return f"Please strengthen {name} to fully end qualified immunity"
    return f"Please oppose {name} unless it is amended to end qualified immunity"


def state_subject(state_name: str) -> str:
    """Subject of the message asking for a bill where the visitor picked none."""
    return f"Please introduce a bill to end qualified immunity in {state_name}"


def salutation(recipient_names: Sequence[str]) -> str:
    """``Dear Senator Doe and Representative Roe,`` or a generic greeting."""
    names = [name.strip() for name in recipient_names if name.strip()]
    if not names:
        return "Dear Legislator,"
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


def _compact_lines(met: Sequence, gaps: Sequence[Gap], policy_url: str) -> list[str]:
    """The short form: what the bill does and needs as two lists, one link to the model."""
    lines: list[str] = []
    if met:
        lines.append("What the bill already does: " + "; ".join(c.title for c in met) + ".")
    if gaps:
        asks = [
            gap.criterion.title + (" (only in part now)" if gap.verdict == Verdict.PARTIAL else "")
            for gap in gaps
        ]
        lines.append("What it still needs: " + "; ".join(asks) + ".")
        if policy_url:
            lines.append(f"Model language for each: {policy_url}")
    lines.append("")
    return lines


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
) -> Message:
    """The default message about one bill, built from its scorecard.

    ``stance`` defaults to :func:`suggested_stance`. With
    ``with_model_language=False`` the message lists what the bill does and
    needs in two sentences and links to the model policy at ``policy_url``
    instead of quoting it (short enough for a mailto link).
    """
    chosen = stance or suggested_stance(bill.results)
    gaps = find_gaps(bill.results)
    met = met_criteria(bill.results)
    described = f"{bill.label}, {bill.title}" if bill.title else bill.label
    lines = [
        salutation(recipient_names),
        "",
        f"I am your constituent in {bill.state_name}, and I am writing about {described}.",
        "",
        _stance_paragraph(bill, chosen, bool(gaps)),
        "",
    ]
    if not with_model_language:
        lines.extend(_compact_lines(met, gaps, policy_url))
    else:
        if met:
            lines.append("What the bill already does:")
            lines.extend(f"- {criterion.title}" for criterion in met)
            lines.append("")
        if gaps:
            lines.append("What it still needs:")
            lines.extend(_ask_lines(gaps))
    lines.append(PERSONAL_PROMPT)
    lines.append("")
    if bill.url:
        lines.append(f"The bill's scorecard, with the quoted text behind each point: {bill.url}")
        lines.append("")
    lines.extend(["Sincerely,", NAME_PROMPT, PLACE_PROMPT])
    return Message(subject=bill_subject(bill, chosen), body="\n".join(lines) + "\n", stance=chosen)


def compose_state_message(
    state_name: str,
    *,
    recipient_names: Sequence[str] = (),
    with_model_language: bool = False,
    policy_url: str = "",
) -> Message:
    """The message asking legislators to introduce the model policy (no bill chosen).

    Lists the nine provisions by title; quotes their model language when
    ``with_model_language`` is set, otherwise links to ``policy_url``.
    """
    lines = [
        salutation(recipient_names),
        "",
        f"I am your constituent in {state_name}. Qualified immunity lets officers who "
        "violate people's rights escape liability unless a court has already condemned "
        "nearly identical conduct. I ask you to introduce, or co-sponsor, a bill that "
        f"ends it in {state_name}. A complete bill would:",
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
    return Message(subject=state_subject(state_name), body="\n".join(lines) + "\n", stance=None)


def call_script(
    *,
    official_name: str,
    state_name: str,
    bill: BillFacts | None = None,
    stance: Stance | None = None,
    legislator: bool = True,
) -> str:
    """A short script to read on the phone to one official's office.

    ``legislator`` says whether the official has a district (a governor does not).
    """
    where = f"{official_name}'s district" if legislator else state_name
    opening = f"Hello, my name is [your name] and I live in {where} [your town or ZIP code]. "
    if bill is None:
        return opening + (
            f"I'm calling to ask {official_name} to introduce or co-sponsor a bill that ends "
            f"qualified immunity in {state_name}, so people whose rights are violated by police "
            "can hold them accountable in state court. Thank you."
        )
    chosen = stance or suggested_stance(bill.results)
    gaps = find_gaps(bill.results)
    asks = "; ".join(gap.criterion.title for gap in gaps[:3])
    if chosen == Stance.SUPPORT:
        ask = f"I'm calling to ask {official_name} to support {bill.identifier}."
    elif chosen == Stance.STRENGTHEN:
        ask = (
            f"I'm calling to ask {official_name} to strengthen {bill.identifier} before it passes."
        )
    else:
        ask = (
            f"I'm calling to ask {official_name} to oppose {bill.identifier} unless it is "
            "amended to end qualified immunity."
        )
    if asks:
        ask += f" It still falls short on: {asks}."
    return opening + ask + " Thank you."
