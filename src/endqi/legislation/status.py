"""Bill status: the one controlled vocabulary, and how outside sources map onto it.

Every module that stores, shows or imports a bill status uses these names:
the model field choices, the importers (Open States action classifications,
LegiScan status codes), the seed data's free-text statuses and the map colours.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models

# gettext_noop: labels stay plain English strings (exports, API); pages translate them.
from django.utils.translation import gettext_noop as _


class BillStatus(models.TextChoices):
    """Where a bill stands in the legislature."""

    INTRODUCED = "introduced", _("Introduced")
    IN_COMMITTEE = "in_committee", _("In committee")
    PASSED_ONE_CHAMBER = "passed_one_chamber", _("Passed one chamber")
    PASSED_LEGISLATURE = "passed_legislature", _("Passed legislature")
    ENACTED = "enacted", _("Enacted")
    VETOED = "vetoed", _("Vetoed")
    FAILED = "failed", _("Failed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


# Statuses after which nothing more happens to the bill in its session.
FINAL_STATUSES: frozenset[str] = frozenset(
    {BillStatus.ENACTED, BillStatus.VETOED, BillStatus.FAILED, BillStatus.WITHDRAWN}
)

# How good a status is for ending qualified immunity, used to pick a state's
# "best bill" for the map: law beats a live bill, a live bill beats a dead one,
# and a bill that got further beats one that did not.
STATUS_RANK: dict[str, int] = {
    BillStatus.ENACTED: 7,
    BillStatus.PASSED_LEGISLATURE: 6,
    BillStatus.PASSED_ONE_CHAMBER: 5,
    BillStatus.IN_COMMITTEE: 4,
    BillStatus.INTRODUCED: 3,
    BillStatus.VETOED: 2,
    BillStatus.FAILED: 1,
    BillStatus.WITHDRAWN: 0,
}


class StatusOutcome(models.TextChoices):
    """Three-way summary of a status, for map colours and legends."""

    ENACTED = "enacted", _("Enacted")
    PENDING = "pending", "Pending"
    DEFEATED = "defeated", "Failed, vetoed or withdrawn"


def status_outcome(status: str) -> StatusOutcome:
    """Summarise a status as enacted, pending or defeated."""
    if status == BillStatus.ENACTED:
        return StatusOutcome.ENACTED
    if status in FINAL_STATUSES:
        return StatusOutcome.DEFEATED
    return StatusOutcome.PENDING


# Free-text statuses as published in the rubric's development data and similar
# hand-made lists. "Passed" there means the measure became law (Colorado SB 20-217,
# New Mexico HB 4 and the New York City local law were all enacted), so it maps to
# "enacted", not "passed legislature". "Pending" means still alive; with nothing
# more precise known, "in committee" is where a pending bill usually sits.
FREE_TEXT_STATUS: dict[str, BillStatus] = {
    "passed": BillStatus.ENACTED,
    "enacted": BillStatus.ENACTED,
    "signed": BillStatus.ENACTED,
    "law": BillStatus.ENACTED,
    "failed": BillStatus.FAILED,
    "dead": BillStatus.FAILED,
    "died": BillStatus.FAILED,
    "pending": BillStatus.IN_COMMITTEE,
    "in committee": BillStatus.IN_COMMITTEE,
    "introduced": BillStatus.INTRODUCED,
    "vetoed": BillStatus.VETOED,
    "withdrawn": BillStatus.WITHDRAWN,
    "passed one chamber": BillStatus.PASSED_ONE_CHAMBER,
    "passed legislature": BillStatus.PASSED_LEGISLATURE,
}


def status_from_free_text(text: str) -> BillStatus:
    """Map a free-text status ("Passed", "Failed", "Pending"...) to the vocabulary.

    Raises ``ValueError`` for text it does not know, so a typo never silently
    becomes a status.
    """
    key = " ".join(text.strip().lower().replace("_", " ").split())
    for value in BillStatus.values:
        if key == value.replace("_", " "):
            return BillStatus(value)
    try:
        return FREE_TEXT_STATUS[key]
    except KeyError:
        known = ", ".join(sorted({*FREE_TEXT_STATUS, *(v.replace("_", " ") for v in BillStatus)}))
        raise ValueError(f"unknown bill status {text!r} (known: {known})") from None


# Open States action classifications (https://docs.openstates.org, "action
# classification") that move a bill to a status. "passage" is handled apart:
# passage in one chamber is "passed one chamber", in two chambers "passed legislature".
OPENSTATES_CLASSIFICATION: dict[str, BillStatus] = {
    "introduction": BillStatus.INTRODUCED,
    "filing": BillStatus.INTRODUCED,
    "reading-1": BillStatus.INTRODUCED,
    "referral-committee": BillStatus.IN_COMMITTEE,
    "committee-passage": BillStatus.IN_COMMITTEE,
    "committee-passage-favorable": BillStatus.IN_COMMITTEE,
    "committee-passage-unfavorable": BillStatus.IN_COMMITTEE,
    "committee-failure": BillStatus.FAILED,
    "failure": BillStatus.FAILED,
    "withdrawal": BillStatus.WITHDRAWN,
    "executive-veto": BillStatus.VETOED,
    "executive-veto-line-item": BillStatus.VETOED,
    "veto-override-passage": BillStatus.ENACTED,
    "executive-signature": BillStatus.ENACTED,
    "became-law": BillStatus.ENACTED,
    "enrolled": BillStatus.PASSED_LEGISLATURE,
}


def status_from_openstates_action(
    classifications: Iterable[str], chambers_passed: set[str], chamber: str | None
) -> BillStatus | None:
    """The status one Open States action moves a bill to, or ``None`` if it moves nothing.

    ``chambers_passed`` is updated in place with ``chamber`` when the action is a
    floor passage, so the second chamber's passage becomes "passed legislature".
    """
    found: BillStatus | None = None
    for classification in classifications:
        if classification == "passage":
            chambers_passed.add(chamber or f"chamber-{len(chambers_passed)}")
            status = (
                BillStatus.PASSED_LEGISLATURE
                if len(chambers_passed) >= 2
                else BillStatus.PASSED_ONE_CHAMBER
            )
        else:
            status = OPENSTATES_CLASSIFICATION.get(classification)
        # One action can carry several classifications; the furthest one wins.
        if status is not None and (found is None or _progress(status) > _progress(found)):
            found = status
    return found


def _progress(status: str) -> int:
    """Order within one action: final outcomes beat steps along the way."""
    if status in FINAL_STATUSES:
        return 10 + STATUS_RANK[status]
    return STATUS_RANK[status]


# LegiScan's numeric status / progress event codes (LegiScan API manual, "Status").
LEGISCAN_STATUS: dict[int, BillStatus] = {
    1: BillStatus.INTRODUCED,
    2: BillStatus.PASSED_ONE_CHAMBER,  # engrossed
    3: BillStatus.PASSED_LEGISLATURE,  # enrolled
    4: BillStatus.ENACTED,  # passed
    5: BillStatus.VETOED,
    6: BillStatus.FAILED,
    # 7 override, 8 chaptered: both mean the bill became law.
    7: BillStatus.ENACTED,
    8: BillStatus.ENACTED,
    9: BillStatus.IN_COMMITTEE,  # refer
    10: BillStatus.IN_COMMITTEE,  # report pass
    11: BillStatus.IN_COMMITTEE,  # report do not pass
    12: BillStatus.IN_COMMITTEE,  # draft
}


def status_from_legiscan(code: int | str) -> BillStatus | None:
    """Map a LegiScan status/progress code; ``None`` for 0 (N/A) or unknown codes."""
    try:
        return LEGISCAN_STATUS.get(int(code))
    except (TypeError, ValueError):
        return None
