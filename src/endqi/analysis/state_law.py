"""Facts about each state's existing law that some verdicts depend on: damage caps, the
sections by which a state codified qualified immunity (a bill may repeal them by number), and
the claim sections of states' own civil-rights acts (a bill may bar defenses in actions under
them by citing the section alone).

``end.damage_caps`` judges the resulting law: a bill that is silent about caps
still ends them if the state never capped such claims, and leaves them in place
if its tort-claims act already caps damages. These are facts of statute, kept
here as data with their citations; the summaries are this project's wording.

What counts as a cap follows RUBRIC.md's test for ``end.damage_caps`` ("statutory limits
on liability, damages or fees ... do not apply to these claims"): a dollar limit on the
compensatory damages a claim against officers or public bodies can recover, whether the
limit is written for government (a tort-claims act) or for every defendant (a general limit
on noneconomic damages), and liability limited to the public body's insurance. A bar on
punitive damages alone, a notice rule or an immunity that is not a dollar limit is not a
cap. Where local governments (which employ most police) are uncapped and only claims
against the State itself are capped, or a constitution forbids caps, the state counts as
uncapped; each such choice is explained beside its row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from endqi.regex_cache import compile_pattern

_Fact = TypeVar("_Fact")


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
    #: Where the state caps its own liability and its local governments' in separate statutes
    #: (Maryland's two tort claims acts), each level ("state", "local") with a way bills name
    #: its statute: a section number of ``source`` or an act. A bill that lifts one level's cap
    #: leaves the other's in force for the officers that level employs.
    levels: tuple[tuple[str, str], ...] = ()

    @property
    def sections(self) -> tuple[tuple[str, str], ...]:
        """The statute sections the source cites, each as (number, subsection or ""), the
        number in the analysis copy's lower case.

        "Wis. Stat. §§ 893.80(3), 893.82(6)" gives ("893.80", "3"), ("893.82", "6"). A number
        counts when it is dotted, dashed or has a colon ("11-93-2", "13:5106", "507-B:4"), or
        when it follows the section sign in its citation ("§ 5601(b)", "§§ 8104-D, 8105"), so a
        title number before the code's name ("14 M.R.S.") is not taken for a section.
        """
        found = []
        for citation in self.source.split(";"):
            sign = citation.find("§")
            for match in _SECTION_NUMBER.finditer(citation):
                number, subsection = match.group(1), match.group(2) or ""
                if any(mark in number for mark in ".:-") or 0 <= sign < match.start():
                    found.append((number.lower(), subsection))
        return tuple(found)


# A section number: digits with an optional letter ("52-557n", "63G"), joined by periods,
# dashes or colons ("893.80", "11-93-2", "13:5106"), a lettered chapter before a colon
# ("507-B:4") or a lettered section at the end ("8104-D"); then an optional "(3)".
_SECTION_NUMBER = compile_pattern(
    r"(?<![\w.:-])(\d+[A-Za-z]?(?:[.:-](?:\d+[A-Za-z]?|[A-Za-z](?=:)))*(?:-[A-Za-z]\b)?)"
    r"(?:\s*\((\w+)\))?"
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
        acts=("article 10 of title 24", "24-10-101"),
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
        "745 ILCS 10/1-101; 705 ILCS 505/8(d)",
    ),
    DamageCapLaw(
        "MA",
        True,
        "The Massachusetts Tort Claims Act limits a public employer's liability to $100,000 per "
        "plaintiff.",
        "M.G.L. c. 258, § 2",
        # ("Chapter 258 shall not apply to an action under this chapter")
        acts=("chapter 258", "massachusetts tort claims act"),
    ),
    DamageCapLaw(
        "MD",
        True,
        "The Local Government Tort Claims Act and the Maryland Tort Claims Act cap damages for "
        "claims against local governments, the State and their employees.",
        "Md. Code, Cts. & Jud. Proc. § 5-303; State Gov't § 12-104",
        # (the Local Government Tort Claims Act is Title 5, Subtitle 3 of the Courts Article; the
        # Maryland Tort Claims Act is Title 12, Subtitle 1 of the State Government Article)
        acts=(
            "local government tort claims act",
            "maryland tort claims act",
            "title 12, subtitle 1 of the state government article",
            "subtitle 3 of title 5",
        ),
        levels=(
            ("local", "5-303"),
            ("local", "local government tort claims act"),
            ("local", "subtitle 3 of title 5"),
            ("state", "12-104"),
            ("state", "maryland tort claims act"),
            ("state", "title 12, subtitle 1 of the state government article"),
        ),
    ),
    DamageCapLaw(
        "ME",
        True,
        "The Maine Tort Claims Act caps damages against governmental entities and employees at "
        "$400,000 per occurrence.",
        "14 M.R.S. §§ 8104-D, 8105",
        # (the Act is chapter 741 of Title 14)
        acts=("title 14, chapter 741", "chapter 741 of title 14"),
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
        acts=("41-4-1",),
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
        acts=("chapter 2744",),
    ),
    DamageCapLaw(
        "OR",
        True,
        "The Oregon Tort Claims Act caps the liability of public bodies and their employees.",
        "ORS 30.271, 30.272, 30.273",
        acts=("oregon tort claims act",),
        # (30.271 limits the State's liability, 30.272 local public bodies'; 30.273 adjusts both)
        levels=(("state", "30.271"), ("local", "30.272")),
    ),
    DamageCapLaw(
        "PA",
        True,
        "Pennsylvania caps damages against local agencies at $500,000, and against the "
        "Commonwealth and its employees at $250,000 per plaintiff and $1,000,000 in all.",
        "42 Pa.C.S. §§ 8528, 8553",
        # Subchapter C of chapter 85 ("Actions against local parties", §§ 8541-8564), known as
        # the Political Subdivision Tort Claims Act, holds the local-agency cap.
        # (Chapter 85 of Title 42 holds both: Subchapter B, actions against Commonwealth parties,
        # and Subchapter C)
        acts=(
            "actions against local parties",
            "political subdivision tort claims act",
            "chapter 85",
        ),
        levels=(
            ("state", "8528"),
            ("local", "8553"),
            ("local", "actions against local parties"),
            ("local", "political subdivision tort claims act"),
        ),
    ),
    DamageCapLaw(
        "RI",
        True,
        "Rhode Island caps tort damages against the state and municipalities at $100,000 in most "
        "cases.",
        "R.I. Gen. Laws §§ 9-31-2, 9-31-3",
        acts=("chapter 31 of title 9",),
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
        acts=("virginia tort claims act",),
    ),
    DamageCapLaw(
        "VT",
        True,
        "Vermont caps damages against the State at $500,000 per person and $2,000,000 per "
        "occurrence.",
        "12 V.S.A. § 5601(b)",
        acts=("chapter 189 of title 12",),
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
        levels=(("local", "893.80"), ("state", "893.82")),
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
    # The rows below were added for issue 14 from each state's statute text (or a page that
    # quotes or cites it); figures are those in force when checked, and many are indexed.
    DamageCapLaw(
        "AK",
        True,
        "Alaska has no cap written for government, but its general limit on noneconomic "
        "damages in personal-injury and wrongful-death actions ($400,000 or $8,000 times life "
        "expectancy, more for severe impairment) applies to claims against officers and "
        "public bodies as to anyone.",
        # A general tort-reform limit, not one written for government: RUBRIC.md asks that
        # statutory limits on damages not apply to these claims, and this one would.
        "AS 09.17.010",
    ),
    DamageCapLaw(
        "AR",
        True,
        "Arkansas makes counties, cities and its other political subdivisions, and their "
        "employees for negligence, immune from tort damages except to the extent of their "
        "liability insurance.",
        # Liability limited to insurance coverage is a statutory limit on liability.
        "Ark. Code Ann. § 21-9-301",
    ),
    DamageCapLaw(
        "AZ",
        False,
        "Arizona's constitution forbids laws limiting the damages recoverable for death or "
        "injury, so claims against public entities and employees carry no dollar cap (punitive "
        "damages against public entities are barred).",
        "Ariz. Const. art. 2, § 31; A.R.S. § 12-820.04",
    ),
    DamageCapLaw(
        "CT",
        False,
        "Connecticut makes towns and cities liable for their employees' negligence with "
        "immunities but no dollar cap on damages.",
        "Conn. Gen. Stat. § 52-557n",
    ),
    DamageCapLaw(
        "DC",
        False,
        "The District of Columbia requires notice of a damages claim within six months but "
        "sets no dollar cap on what can be recovered from the District.",
        "D.C. Code § 12-309",
    ),
    DamageCapLaw(
        "DE",
        True,
        "Delaware's County and Municipal Tort Claims Act limits damages against a political "
        "subdivision and its employees to $300,000 per occurrence unless insured for more.",
        "10 Del. C. § 4013(a)",
        acts=("chapter 40 of title 10", "chapter 40, title 10"),
    ),
    DamageCapLaw(
        "HI",
        False,
        "Hawaii's State Tort Liability Act makes the State liable like a private person with "
        "no dollar cap (punitive damages excepted), and counties have no statutory cap.",
        # The general $375,000 limit on pain and suffering (HRS § 663-8.7) does not reach the
        # actions listed in § 663-10.9(2), which include intentional torts; force and false
        # arrest by officers are intentional, so it is not taken as a cap on these claims.
        "HRS §§ 662-2, 663-8.7",
    ),
    DamageCapLaw(
        "IA",
        False,
        "Iowa makes cities, counties and their officers liable for torts with some claims and "
        "punitive damages exempted but no dollar cap, and its State Tort Claims Act has none "
        "either.",
        "Iowa Code §§ 670.2, 670.4; Iowa Code ch. 669",
    ),
    DamageCapLaw(
        "ID",
        True,
        "The Idaho Tort Claims Act limits the combined liability of a governmental entity and "
        "its employees to $500,000 per occurrence unless insured for more.",
        "Idaho Code § 6-926",
        acts=("chapter 9, title 6",),
    ),
    DamageCapLaw(
        "KS",
        True,
        "The Kansas Tort Claims Act limits liability for claims within it to $500,000 per "
        "occurrence unless insured for more.",
        "K.S.A. 75-6105",
        acts=("75-6101", "kansas tort claims act"),
    ),
    DamageCapLaw(
        "KY",
        False,
        "Kentucky's constitution denies the legislature power to limit damages for injury or "
        "death; only negligence claims against the Commonwealth before its Claims Commission "
        "are capped ($250,000 per claim, $400,000 per occurrence).",
        # As for Illinois: the cap reaches only claims against the State itself, not cities or
        # counties (whose police are most officers) or officers sued personally.
        "Ky. Const. § 54; KRS 49.040",
    ),
    DamageCapLaw(
        "LA",
        True,
        "Louisiana limits general damages against the State and its political subdivisions "
        "to $500,000 per person, apart from medical care and lost earnings.",
        "La. R.S. 13:5106(B)",
        acts=("13:5101",),
    ),
    DamageCapLaw(
        "MI",
        False,
        "Michigan's governmental tort liability act grants broad immunity but sets no dollar "
        "cap on the damages recoverable where liability exists.",
        "MCL 691.1401, 691.1407",
    ),
    DamageCapLaw(
        "MS",
        True,
        "The Mississippi Tort Claims Act limits liability of governmental entities and their "
        "employees to $500,000 per occurrence and bars punitive damages.",
        "Miss. Code Ann. § 11-46-15",
        acts=("chapter 46, title 11", "11-46-1"),
    ),
    DamageCapLaw(
        "MT",
        True,
        "Montana limits the liability of the State and local governments to $750,000 per "
        "claim and $1,500,000 per occurrence.",
        "Mont. Code Ann. § 2-9-108",
        acts=("title 2, chapter 9",),
    ),
    DamageCapLaw(
        "ND",
        True,
        "North Dakota caps the liability of the State ($250,000 per person) and of its "
        "political subdivisions per person, each at $1,000,000 per occurrence.",
        "N.D.C.C. §§ 32-12.1-03, 32-12.2-02",
        acts=("chapter 32-12.1", "chapter 32-12.2"),
        levels=(
            ("local", "32-12.1-03"),
            ("local", "chapter 32-12.1"),
            ("state", "32-12.2-02"),
            ("state", "chapter 32-12.2"),
        ),
    ),
    DamageCapLaw(
        "NE",
        True,
        "The Political Subdivisions Tort Claims Act limits recovery to $1,000,000 per person "
        "and $5,000,000 per occurrence.",
        "Neb. Rev. Stat. § 13-926",
        acts=("13-901",),
    ),
    DamageCapLaw(
        "NH",
        True,
        "New Hampshire caps damages in actions against its towns, cities and other "
        "governmental units, and against the State at $475,000 per claimant and $3,750,000 per "
        "incident.",
        "RSA 507-B:4; RSA 541-B:14",
        acts=("rsa 507-b", "rsa 541-b"),
    ),
    DamageCapLaw(
        "OK",
        True,
        "The Governmental Tort Claims Act limits liability to $175,000 per person and "
        "$1,000,000 per occurrence ($25,000 for property).",
        "51 O.S. § 154",
    ),
    DamageCapLaw(
        "SD",
        True,
        "South Dakota waives the immunity of public entities only to the extent of their "
        "liability insurance or risk-pool coverage.",
        # Liability limited to coverage is a statutory limit on liability, as for Arkansas.
        "SDCL §§ 21-32A-1, 21-32A-2, 3-22-17",
    ),
    DamageCapLaw(
        "TN",
        True,
        "The Tennessee Governmental Tort Liability Act caps local governments' tort liability "
        "per person and per occurrence.",
        "Tenn. Code Ann. § 29-20-403",
        acts=("title 29, chapter 20",),
    ),
    DamageCapLaw(
        "UT",
        True,
        "The Governmental Immunity Act of Utah caps personal-injury judgments against "
        "governmental entities and the employees they indemnify per person and per occurrence, "
        "with limits adjusted every other year.",
        "Utah Code § 63G-7-604",
        acts=("title 63g, chapter 7",),
    ),
    DamageCapLaw(
        "WV",
        True,
        "West Virginia limits noneconomic damages against political subdivisions and their "
        "employees to $500,000 per person and bars punitive damages against the subdivision.",
        "W. Va. Code § 29-12A-7(b)",
        acts=("article 12a, chapter 29", "article 12a of chapter 29", "29-12a-1"),
    ),
    DamageCapLaw(
        "WY",
        True,
        "The Wyoming Governmental Claims Act limits liability to $250,000 per claimant and "
        "$500,000 per occurrence unless insured for more.",
        "Wyo. Stat. § 1-39-118",
        acts=("1-39-101",),
    ),
)

DAMAGE_CAP_LAWS: dict[str, DamageCapLaw] = {law.state: law for law in _DAMAGE_CAP_LAWS}


def _of_state(table: Mapping[str, _Fact], state: str | None) -> _Fact | None:
    """A state's entry in one of these tables (postal code, any case and spacing), or None."""
    return table.get(state.strip().upper()) if state else None


def damage_cap_law(state: str | None) -> DamageCapLaw | None:
    """The recorded damage-cap law of a state (postal code, any case), or None if unknown."""
    return _of_state(DAMAGE_CAP_LAWS, state)


@dataclass(frozen=True, slots=True)
class CodifiedImmunityLaw:
    """Statute sections by which a state wrote qualified immunity into its own code, so that
    a bill repealing them by number (without naming the doctrine) takes the defense away."""

    state: str
    sections: tuple[str, ...]  # as bills cite them, in the analysis copy's lower case
    summary: str
    source: str


_CODIFIED_IMMUNITY_LAWS: tuple[CodifiedImmunityLaw, ...] = (
    CodifiedImmunityLaw(
        "IA",
        ("670.4a", "669.14a"),
        "Iowa's 2021 act codified qualified immunity for municipal employees (670.4A) and state "
        "employees (669.14A) sued for violating constitutional or statutory rights.",
        "Iowa Code §§ 670.4A, 669.14A (2021 Iowa Acts ch. 183)",
    ),
)

CODIFIED_IMMUNITY_LAWS: dict[str, CodifiedImmunityLaw] = {
    law.state: law for law in _CODIFIED_IMMUNITY_LAWS
}


def codified_immunity_law(state: str | None) -> CodifiedImmunityLaw | None:
    """The sections codifying qualified immunity in a state's code, or None if it has none
    recorded."""
    return _of_state(CODIFIED_IMMUNITY_LAWS, state)


@dataclass(frozen=True, slots=True)
class EmployeeImmunityLaw:
    """A state statute that shields public employees (or officers) personally from civil
    liability for some acts: discretionary functions, good-faith enforcement of law, conduct
    without malice. A bill that bars qualified immunity but says such a section "applies to an
    action under this section" keeps the defense under another name (RUBRIC.md: partial)."""

    state: str
    #: How bills cite the section, as a pattern over the analysis copy (lower case, periods
    #: inside numbers read as "_" or ".").
    citation: str
    summary: str
    source: str


_EMPLOYEE_IMMUNITY_LAWS: tuple[EmployeeImmunityLaw, ...] = (
    EmployeeImmunityLaw(
        "AL",
        r"(?<![\d.-])36-1-12\b",
        "Alabama shields state officers and employees from personal liability for acts within "
        "their discretion and duties, short of willful, malicious or bad-faith conduct.",
        "Ala. Code § 36-1-12",
    ),
    EmployeeImmunityLaw(
        "CA",
        r"(?<![\d.-])(?:820[._]2|821[._]6)\b",
        "California's Government Claims Act shields public employees from liability for "
        "discretionary acts and for instituting judicial proceedings within their employment.",
        "Cal. Gov. Code §§ 820.2, 821.6",
    ),
    EmployeeImmunityLaw(
        "CO",
        r"(?<![\d.-])24-10-118\b",
        "Colorado's Governmental Immunity Act shields public employees from tort claims unless "
        "their act or omission was willful and wanton.",
        "C.R.S. § 24-10-118",
    ),
    EmployeeImmunityLaw(
        "FL",
        r"(?<![\d.-])768[._]28\s*\(9\)",
        "Florida makes officers and employees personally immune for acts within their employment "
        "unless done in bad faith, with malicious purpose or wanton disregard.",
        "Fla. Stat. § 768.28(9)(a)",
    ),
    EmployeeImmunityLaw(
        "IL",
        r"(?<![\w./-])2-20[12]\b",
        "Illinois's Tort Immunity Act shields public employees for discretionary policy acts and "
        "for acts in the execution or enforcement of law unless willful and wanton.",
        "745 ILCS 10/§§ 2-201, 2-202",
    ),
    EmployeeImmunityLaw(
        "IN",
        r"(?<![\d.-])34-13-3-3\b",
        "Indiana's Tort Claims Act lists acts for which a governmental entity or employee is not "
        "liable, among them the enforcement of a law and discretionary functions.",
        "Ind. Code § 34-13-3-3",
    ),
    EmployeeImmunityLaw(
        "KS",
        r"(?<![\d.-])75-6104\b",
        "The Kansas Tort Claims Act exempts governmental entities and employees from liability for "
        "discretionary functions and the enforcement of laws, among other acts.",
        "K.S.A. § 75-6104",
    ),
    EmployeeImmunityLaw(
        "MA",
        r"\bsection\s+10\s+of\s+chapter\s+258\b|\bchapter\s+258,?\s+(?:section|§)\s*10\b",
        "The Massachusetts Tort Claims Act excludes claims based on discretionary functions and "
        "intentional torts, among others.",
        "M.G.L. c. 258, § 10",
    ),
    EmployeeImmunityLaw(
        "MD",
        r"(?<![\d.-])(?:5-507|5-522)\b",
        "Maryland gives municipal officials immunity for discretionary acts without malice, and "
        "State personnel immunity for acts without malice or gross negligence.",
        "Md. Code, Cts. & Jud. Proc. §§ 5-507, 5-522",
    ),
    EmployeeImmunityLaw(
        "ME",
        r"(?<![\d.-])8111\b",
        "The Maine Tort Claims Act gives employees personal immunity for discretionary functions "
        "and other listed acts.",
        "14 M.R.S. § 8111",
    ),
    EmployeeImmunityLaw(
        "MI",
        r"(?<![\d.-])691[._]1407\b",
        "Michigan's governmental immunity act shields governmental employees from tort liability "
        "short of gross negligence, and for intentional torts done in good faith.",
        "MCL § 691.1407",
    ),
    EmployeeImmunityLaw(
        "MS",
        r"(?<![\d.-])11-46-9\b",
        "The Mississippi Tort Claims Act exempts governmental entities and employees from "
        "liability for police-protection activity short of reckless disregard, and for "
        "discretionary functions.",
        "Miss. Code § 11-46-9",
    ),
    EmployeeImmunityLaw(
        "NJ",
        r"(?<![\d.-])59:3-[23]\b",
        "The New Jersey Tort Claims Act shields public employees for discretionary acts and for "
        "enforcing a law in good faith.",
        "N.J.S.A. §§ 59:3-2, 59:3-3",
    ),
    EmployeeImmunityLaw(
        "NV",
        r"(?<![\d.-])41[._]032\b",
        "Nevada bars claims against public officers and employees based on discretionary "
        "functions or on the due-care execution of a statute.",
        "NRS § 41.032",
    ),
    EmployeeImmunityLaw(
        "OH",
        r"(?<![\d.-])2744[._]03\s*\(a\)\s*\(6\)|\bdivision\s+\(a\)\s*\(6\)\s+of\s+section\s+2744[._]03\b",
        "Ohio makes political subdivisions' employees immune unless they acted outside their "
        "employment, with malice, in bad faith, or wantonly or recklessly.",
        "R.C. § 2744.03(A)(6)",
    ),
    EmployeeImmunityLaw(
        "OR",
        r"(?<![\d.-])30[._]265\s*\(6\)",
        "The Oregon Tort Claims Act shields public bodies and their officers and employees from "
        "claims based on discretionary functions, among others.",
        "ORS § 30.265(6)",
    ),
    EmployeeImmunityLaw(
        "PA",
        r"(?<![\d.-])854[56]\b",
        "Pennsylvania gives local agency employees official immunity for acts within their "
        "duties taken in good faith or under a reasonable belief that they were authorized.",
        "42 Pa.C.S. §§ 8545, 8546",
    ),
    EmployeeImmunityLaw(
        "SC",
        r"(?<![\d.-])15-78-60\b",
        "The South Carolina Tort Claims Act lists exceptions to its waiver of immunity, among them "
        "the exercise of discretion or judgment.",
        "S.C. Code § 15-78-60",
    ),
    EmployeeImmunityLaw(
        "WI",
        r"(?<![\d.-])893[._]80\s*\(4\)",
        "Wisconsin bars suits against governmental bodies and their officers and employees for "
        "acts done in the exercise of legislative, quasi-legislative, judicial or quasi-judicial "
        "functions.",
        "Wis. Stat. § 893.80(4)",
    ),
)
EMPLOYEE_IMMUNITY_LAWS: dict[str, EmployeeImmunityLaw] = {
    law.state: law for law in _EMPLOYEE_IMMUNITY_LAWS
}


def employee_immunity_law(state: str | None) -> EmployeeImmunityLaw | None:
    """The statute shielding a state's public employees personally, or None if none is
    recorded."""
    return _of_state(EMPLOYEE_IMMUNITY_LAWS, state)


@dataclass(frozen=True, slots=True)
class CivilRightsActLaw:
    """A state's existing civil-rights statute whose claim reaches the rights its constitution
    secures, so that a bar on defenses "in an action under" it, cited by number, covers claims
    for those rights."""

    state: str
    #: How bills cite the claim's section, as a pattern over the analysis copy (lower case,
    #: periods inside numbers read as "_" or ".").
    citation: str
    summary: str
    source: str


_CIVIL_RIGHTS_ACT_LAWS: tuple[CivilRightsActLaw, ...] = (
    CivilRightsActLaw(
        "NJ",
        r"(?<![\d.-])10:6-2\b",
        "The New Jersey Civil Rights Act gives a claim to a person deprived of substantive rights "
        "secured by the constitution or laws of New Jersey by a person acting under color of law.",
        "N.J.S.A. 10:6-2(c)",
    ),
    CivilRightsActLaw(
        "MA",
        r"\b(?:section\s+11i\s+of\s+chapter\s+12|chapter\s+12,?\s+(?:section|§)\s*11i|c_?\s*12,?\s*§\s*11i"
        # ("In an action under section 11I against ...", in a section inserted into chapter 12)
        r"|actions?\s+(?:brought\s+)?under\s+section\s+11i)\b",
        "The Massachusetts Civil Rights Act gives a claim to a person whose rights under the "
        "constitution or laws of the Commonwealth are interfered with by threats, intimidation or "
        "coercion.",
        "M.G.L. c. 12, §§ 11H-11I",
    ),
    CivilRightsActLaw(
        "CA",
        r"\b(?:section\s+52[._]1\s+of\s+the\s+civil\s+code|civil\s+code\s+(?:section\s+|§\s*)?52[._]1)\b",
        "The Tom Bane Civil Rights Act gives a claim to a person whose rights under the "
        "constitution or laws of California are interfered with by threats, intimidation or "
        "coercion.",
        "Cal. Civ. Code § 52.1",
    ),
    CivilRightsActLaw(
        "ME",
        r"\b(?:title\s+5,?\s+)?(?:section\s+|§\s*)4682\b",
        "The Maine Civil Rights Act gives a claim to a person whose rights under the constitution "
        "or laws of Maine are interfered with by physical force, damage or threats.",
        "5 M.R.S. § 4682",
    ),
    CivilRightsActLaw(
        "AR",
        r"(?<![\d.-])16-123-105\b",
        "The Arkansas Civil Rights Act of 1993 gives a claim to a person deprived of a right "
        "secured by the Arkansas Constitution by a person acting under color of law.",
        "Ark. Code Ann. § 16-123-105",
    ),
    CivilRightsActLaw(
        "CO",
        r"(?<![\d.-])13-21-131\b",
        "Colorado's civil action for deprivation of rights gives a claim against a peace officer "
        "who deprives a person of a right secured by the bill of rights of the Colorado "
        "constitution.",
        "C.R.S. § 13-21-131",
    ),
)

CIVIL_RIGHTS_ACT_LAWS: dict[str, CivilRightsActLaw] = {
    law.state: law for law in _CIVIL_RIGHTS_ACT_LAWS
}
_CIVIL_RIGHTS_ACT_CITATIONS = {
    law.state: compile_pattern(law.citation) for law in _CIVIL_RIGHTS_ACT_LAWS
}


def cites_civil_rights_act(state: str | None, text: str) -> bool:
    """Whether ``text`` (the analysis copy) cites the claim section of the state's own
    civil-rights act; False for a state with none recorded."""
    pattern = _of_state(_CIVIL_RIGHTS_ACT_CITATIONS, state)
    return pattern is not None and pattern.search(text) is not None


def has_civil_rights_act(state: str | None) -> bool:
    """Whether a civil-rights act of the state is recorded (so citations of it can be read)."""
    return bool(state) and state.strip().upper() in _CIVIL_RIGHTS_ACT_CITATIONS
