"""Facts about each state's existing law that some verdicts depend on.

``end.damage_caps`` judges the resulting law: a bill that is silent about caps
still ends them if the state never capped such claims, and leaves them in place
if its tort-claims act already caps damages. These are facts of statute, kept
here as data with their citations; the summaries are this project's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DamageCapLaw:
    """Whether a state's existing law caps damages on civil claims against its officers."""

    state: str
    caps_apply: bool
    summary: str
    source: str
    #: How bills name the whole act that holds the cap, in the analysis copy's lower case
    #: ("chapter 78" for South Carolina's Tort Claims Act, "34-13-3" for Indiana's): a bill
    #: that makes the act inapplicable sets the cap aside with it.
    acts: tuple[str, ...] = ()

    @property
    def sections(self) -> tuple[tuple[str, str], ...]:
        """The statute sections the source cites, each as (number, subsection or "").

        "Wis. Stat. §§ 893.80(3), 893.82(6)" gives ("893.80", "3"), ("893.82", "6").
        """
        return tuple(
            (number, subsection)
            for number, subsection in re.findall(
                # A dotted or dashed number ("893.80", "11-93-2"), or any number after "§"
                # ("§ 5601(b)").
                r"(\d+[A-Za-z]?(?:[.-]\d+[A-Za-z]?)+|(?<=§ )\d+[A-Za-z]?)(?:\s*\((\w+)\))?",
                self.source,
            )
        )


_DAMAGE_CAP_LAWS: tuple[DamageCapLaw, ...] = (
    DamageCapLaw(
        "AL",
        True,
        "Alabama limits the damages recoverable against a county or municipality (and its "
        "employees acting within their duties) to $100,000 per person and $300,000 per "
        "occurrence.",
        "Ala. Code §§ 11-93-2, 11-47-190",
    ),
    DamageCapLaw(
        "CA",
        False,
        "California's Government Claims Act makes public entities liable for their employees' acts "
        "without a general dollar cap on compensatory damages.",
        "Cal. Gov. Code §§ 815.2, 818, 825",
    ),
    DamageCapLaw(
        "CO",
        True,
        "The Colorado Governmental Immunity Act caps recoveries per person and per occurrence.",
        "C.R.S. § 24-10-114",
    ),
    DamageCapLaw(
        "FL",
        True,
        "Florida caps tort recoveries against the state and its subdivisions at $200,000 per person "
        "and $300,000 per incident.",
        "Fla. Stat. § 768.28(5)",
    ),
    DamageCapLaw(
        "GA",
        True,
        "The Georgia Tort Claims Act caps the state's liability per person and per occurrence.",
        "O.C.G.A. § 50-21-29",
    ),
    DamageCapLaw(
        "IL",
        False,
        "Illinois' Local Governmental and Governmental Employees Tort Immunity Act grants immunities "
        "but sets no general dollar cap on damages against local entities such as police "
        "departments (the Court of Claims limit applies to claims against the State itself).",
        "745 ILCS 10; 705 ILCS 505/8",
    ),
    DamageCapLaw(
        "MA",
        True,
        "The Massachusetts Tort Claims Act limits a public employer's liability to $100,000 per "
        "plaintiff.",
        "M.G.L. c. 258, § 2",
    ),
    DamageCapLaw(
        "MD",
        True,
        "The Local Government Tort Claims Act and the Maryland Tort Claims Act cap damages for "
        "claims against local governments, the State and their employees.",
        "Md. Code, Cts. & Jud. Proc. § 5-303; State Gov't § 12-104",
    ),
    DamageCapLaw(
        "ME",
        True,
        "The Maine Tort Claims Act caps damages against governmental entities and employees at "
        "$400,000 per occurrence.",
        "14 M.R.S. §§ 8104-D, 8105",
    ),
    DamageCapLaw(
        "MN",
        True,
        "Minnesota caps municipal tort liability per claimant and per occurrence.",
        "Minn. Stat. § 466.04",
    ),
    DamageCapLaw(
        "MO",
        True,
        "Missouri caps liability where sovereign immunity is waived, with limits adjusted yearly.",
        "RSMo § 537.610",
    ),
    DamageCapLaw(
        "NJ",
        False,
        "The New Jersey Tort Claims Act restricts some kinds of recovery but sets no dollar cap on "
        "damages against public entities.",
        "N.J.S.A. 59:9-2",
    ),
    DamageCapLaw(
        "NM",
        True,
        "The New Mexico Tort Claims Act caps damages per person and per occurrence.",
        "NMSA 1978, § 41-4-19",
    ),
    DamageCapLaw(
        "NV",
        True,
        "Nevada limits an award of damages in a tort action against the State, its political "
        "subdivisions and their officers and employees to $200,000.",
        "NRS 41.035",
    ),
    DamageCapLaw(
        "NY",
        False,
        "New York waived sovereign immunity without a dollar cap on damages.",
        "N.Y. Court of Claims Act § 8",
    ),
    DamageCapLaw(
        "OH",
        True,
        "Ohio caps non-economic damages in tort actions against political subdivisions.",
        "Ohio Rev. Code § 2744.05(C)",
    ),
    DamageCapLaw(
        "OR",
        True,
        "The Oregon Tort Claims Act caps the liability of public bodies and their employees.",
        "ORS 30.271, 30.272, 30.273",
    ),
    DamageCapLaw(
        "PA",
        True,
        "Pennsylvania caps damages against local agencies at $500,000.",
        "42 Pa.C.S. § 8553",
    ),
    DamageCapLaw(
        "RI",
        True,
        "Rhode Island caps tort damages against the state and municipalities at $100,000 in most "
        "cases.",
        "R.I. Gen. Laws §§ 9-31-2, 9-31-3",
    ),
    DamageCapLaw(
        "TX",
        True,
        "The Texas Tort Claims Act caps the liability of the state and of local governments.",
        "Tex. Civ. Prac. & Rem. Code § 101.023",
    ),
    DamageCapLaw(
        "VA",
        True,
        "The Virginia Tort Claims Act caps the Commonwealth's liability at $100,000 or its "
        "insurance limit.",
        "Va. Code § 8.01-195.3",
    ),
    DamageCapLaw(
        "VT",
        True,
        "Vermont caps damages against the State at $500,000 per person and $2,000,000 per "
        "occurrence.",
        "12 V.S.A. § 5601(b)",
    ),
    DamageCapLaw(
        "WA",
        False,
        "Washington waived sovereign immunity for tort claims broadly, with no dollar cap.",
        "RCW 4.92.090, 4.96.010",
    ),
    DamageCapLaw(
        "WI",
        True,
        "Wisconsin caps damages against political subdivisions and their officers at $50,000 and "
        "against state employees at $250,000.",
        "Wis. Stat. §§ 893.80(3), 893.82(6)",
    ),
    DamageCapLaw(
        "IN",
        True,
        "The Indiana Tort Claims Act caps a governmental entity's liability at $700,000 per "
        "person and $5,000,000 per occurrence.",
        "Ind. Code § 34-13-3-4",
        acts=("34-13-3",),
    ),
    DamageCapLaw(
        "NC",
        True,
        "The State Tort Claims Act caps what the State pays on a claim at $1,000,000.",
        "N.C. Gen. Stat. § 143-299.2",
        acts=("article 31 of chapter 143",),
    ),
    DamageCapLaw(
        "SC",
        True,
        "The South Carolina Tort Claims Act limits recovery to $300,000 per person and $600,000 "
        "per occurrence.",
        "S.C. Code § 15-78-120",
        acts=("chapter 78 of title 15", "chapter 78 of this title", "chapter 78, title 15"),
    ),
)

DAMAGE_CAP_LAWS: dict[str, DamageCapLaw] = {law.state: law for law in _DAMAGE_CAP_LAWS}


def damage_cap_law(state: str | None) -> DamageCapLaw | None:
    """The recorded damage-cap law of a state (postal code, any case), or None if unknown."""
    if not state:
        return None
    return DAMAGE_CAP_LAWS.get(state.strip().upper())
