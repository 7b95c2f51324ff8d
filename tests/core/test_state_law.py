"""Tests of the state damage-cap facts (``endqi.analysis.state_law``) and of how
``end.damage_caps`` reads them: every jurisdiction has a fact, every citation parses into
sections, and a bill that sets aside a state's own cap statute, cited the way that state's
bills cite it, lifts the cap. The bill sentences are written for the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from endqi.analysis import evaluate
from endqi.analysis.clauses import is_operative
from endqi.analysis.state_law import (
    CIVIL_RIGHTS_ACT_LAWS,
    DAMAGE_CAP_LAWS,
    DamageCapLaw,
    cites_civil_rights_act,
    damage_cap_law,
)
from endqi.analysis.text import AnalysisText
from endqi.documents import document_from_text
from endqi.states import all_states

# A claim against officers and a bar on qualified immunity, silent about caps.
SILENT_BILL = (
    "Section 1. A law enforcement officer who, under color of law, deprives a person of any right "
    "secured by the constitution of this state is liable to the injured party. (b) Qualified "
    "immunity is not a defense to liability pursuant to this section."
)
ALL_ABBRS = [state.abbr for state in all_states()]


@pytest.mark.parametrize("abbr", ALL_ABBRS)
def test_every_jurisdiction_has_a_damage_cap_fact(abbr: str) -> None:
    law = damage_cap_law(abbr.lower())
    assert law is not None, f"{abbr} has no damage-cap fact"
    assert law.state == abbr
    assert law.summary.endswith(".") and law.source


@pytest.mark.parametrize("abbr", sorted(DAMAGE_CAP_LAWS))
def test_every_source_parses_into_a_section(abbr: str) -> None:
    law = DAMAGE_CAP_LAWS[abbr]
    assert law.sections, f"{abbr}: no section number in {law.source!r}"
    for number, _subsection in law.sections:
        # Numbers are matched against the analysis copy, which is lower case.
        assert number == number.lower()


def test_facts_are_only_for_known_jurisdictions() -> None:
    assert set(DAMAGE_CAP_LAWS) == set(ALL_ABBRS)


@pytest.mark.parametrize(
    ("source", "sections"),
    [
        ("Wis. Stat. §§ 893.80(3), 893.82(6)", (("893.80", "3"), ("893.82", "6"))),
        # A title number before the code's name is not a section; a list after "§§" is.
        ("14 M.R.S. §§ 8104-D, 8105", (("8104-d", ""), ("8105", ""))),
        ("12 V.S.A. § 5601(b)", (("5601", "b"),)),
        ("La. R.S. 13:5106(B)", (("13:5106", "B"),)),
        ("RSA 507-B:4; RSA 541-B:14", (("507-b:4", ""), ("541-b:14", ""))),
        ("Utah Code § 63G-7-604", (("63g-7-604", ""),)),
        ("Ariz. Const. art. 2, § 31; A.R.S. § 12-820.04", (("31", ""), ("12-820.04", ""))),
        ("745 ILCS 10/1-101; 705 ILCS 505/8(d)", (("1-101", ""),)),
        ("M.G.L. c. 258, § 2", (("2", ""),)),
    ],
)
def test_sections_parse_citation_styles(source: str, sections: tuple[tuple[str, str], ...]) -> None:
    assert DamageCapLaw("XX", True, "x.", source).sections == sections


@pytest.mark.parametrize("abbr", ALL_ABBRS)
def test_silent_bill_follows_the_states_fact(abbr: str) -> None:
    """RUBRIC.md judges the resulting law: silent on caps is yes only where none applies."""
    law = DAMAGE_CAP_LAWS[abbr]
    result = evaluate(SILENT_BILL, state=abbr).result("end.damage_caps")
    assert result.verdict.value == ("no" if law.caps_apply else "yes")
    assert law.source in result.explanation
    assert "not checked" not in result.explanation


@pytest.mark.parametrize(
    ("abbr", "sentence"),
    [
        ("DE", "Chapter 40 of Title 10 does not apply to an action brought under this section."),
        ("LA", "The provisions of R.S. 13:5106 shall not apply to an action under this section."),
        ("NH", "RSA 507-B:4 shall not apply to an action brought under this section."),
        ("WV", "The provisions of §29-12A-7 do not apply to an action under this section."),
        ("OK", "Section 154 of Title 51 shall not apply to an action under this section."),
        ("ME", "Section 8105 of Title 14 does not apply to an action under this section."),
        ("ND", "Chapter 32-12.1 does not apply to an action brought under this section."),
        ("WY", "W.S. 1-39-101 through 1-39-121 do not apply to an action under this section."),
        ("MS", "Section 11-46-15 shall not apply to an action brought under this section."),
        ("TN", "Title 29, Chapter 20 does not apply to an action brought under this section."),
    ],
)
def test_setting_aside_the_states_cap_statute_lifts_it(abbr: str, sentence: str) -> None:
    result = evaluate(SILENT_BILL + " (c) " + sentence, state=abbr).result("end.damage_caps")
    assert result.verdict.value == "yes", result.explanation


@pytest.mark.parametrize(
    ("abbr", "sentence"),
    [
        # A longer number that contains the cap section's, or another section of the act.
        ("OK", "Section 2154 of Title 68 shall not apply to an action under this section."),
        ("NH", "RSA 507-B:5 shall not apply to an action brought under this section."),
        ("MS", "Section 11-46-17 shall not apply to an action brought under this section."),
    ],
)
def test_other_sections_set_aside_leave_the_cap(abbr: str, sentence: str) -> None:
    result = evaluate(SILENT_BILL + " (c) " + sentence, state=abbr).result("end.damage_caps")
    assert result.verdict.value == "no", result.explanation


def test_an_amending_acts_title_clause_is_not_operative() -> None:
    """Michigan's enacted self-defense immunity (2006 PA 314, a corpus trap): its title clause,
    run together with the sponsor list, quotes the amended act's long title ("the judges and
    other officers thereof; the forms ... of civil claims and actions"). Read as law, it made
    a claim against officers that Michigan's uncapped law then scored "yes" on damage caps."""
    path = Path(__file__).resolve().parents[1] / "corpus" / "texts" / "trap-mi-2006-hb-5548.txt"
    text = AnalysisText(document_from_text(path.read_text(encoding="utf-8")))
    titles = [s for s in text.sentences if 'entitled "an act' in s.text]
    assert titles and not any(is_operative(s) for s in titles)
    enacted = [s for s in text.sentences if "immune from civil liability" in s.text]
    assert enacted and all(is_operative(s) for s in enacted)
    assert set(evaluate(path.read_text(encoding="utf-8"), state="MI").verdicts().values()) == {"no"}


def test_codified_immunity_sections_are_recorded_with_their_citation() -> None:
    from endqi.analysis.state_law import CODIFIED_IMMUNITY_LAWS, codified_immunity_law

    iowa = codified_immunity_law(" ia ")
    assert iowa is not None and iowa.sections == ("670.4a", "669.14a")
    assert "670.4A" in iowa.source and "669.14A" in iowa.source
    assert codified_immunity_law("MO") is None and codified_immunity_law(None) is None
    for law in CODIFIED_IMMUNITY_LAWS.values():
        assert law.sections and all(number == number.lower() for number in law.sections)


# How bills cite each state's statute shielding public employees (analysis copy: lower case,
# "." inside a number read as "_"), and citations that must not count.
EMPLOYEE_IMMUNITY_CITATIONS = [
    ("OH", "division (a)(6) of section 2744_03 of the revised code applies", True),
    ("OH", "section 2744_05 of the revised code", False),
    ("FL", "the provisions of s_ 768_28(9)(a)", True),
    ("FL", "the limits in s_ 768_28(5) do not apply", False),
    ("CA", "section 820_2 of the government code applies", True),
    ("CA", "section 820_21 of the government code", False),
    (
        "IL",
        "section 2-202 of the local governmental and governmental employees tort immunity act",
        True,
    ),
    ("IL", "section 12-202 of the act", False),
    ("WI", "893_80 (4) of the statutes applies", True),
    ("WI", "893_80 (3) of the statutes", False),
]


@pytest.mark.parametrize(("state", "text", "cited"), EMPLOYEE_IMMUNITY_CITATIONS)
def test_employee_immunity_statutes_are_cited_by_number(state: str, text: str, cited: bool) -> None:
    from endqi.analysis.state_law import employee_immunity_law

    law = employee_immunity_law(state.lower())
    assert law is not None and law.state == state
    assert (re.search(law.citation, text) is not None) is cited


def test_employee_immunity_laws_are_keyed_by_allowed_states() -> None:
    from endqi.analysis.state_law import EMPLOYEE_IMMUNITY_LAWS, employee_immunity_law

    assert employee_immunity_law(None) is None and employee_immunity_law("WA") is None
    for state, law in EMPLOYEE_IMMUNITY_LAWS.items():
        assert state == law.state and len(state) == 2 and state.isupper()
        assert law.summary.endswith(".") and "§" in law.source
        re.compile(law.citation)


# How bills cite each recorded civil-rights act (analysis copy: lower case, "." inside a
# number read as "_"), and citations of other sections that must not count.
CIVIL_RIGHTS_ACT_CITATIONS = [
    ("NJ", "in an action under subsection c_ of section 2 of p_l_2004, c_143 (c_10:6-2)", True),
    ("NJ", "an action under n_j_s_a_ 10:6-21", False),
    ("MA", "section 11i of chapter 12 of the general laws is hereby amended", True),
    ("MA", "section 11 of chapter 12 of the general laws", False),
    ("CA", "an action under section 52_1 of the civil code", True),
    ("CA", "section 52 of the civil code", False),
    ("ME", "a civil action under title 5, section 4682", True),
    ("CO", "an action brought pursuant to section 13-21-131, c_r_s_", True),
    ("CO", "section 13-21-1310", False),
    ("NJ", "section 11i of chapter 12", False),  # another state's act
]


@pytest.mark.parametrize(("state", "text", "expected"), CIVIL_RIGHTS_ACT_CITATIONS)
def test_civil_rights_act_citations(state: str, text: str, expected: bool) -> None:
    assert cites_civil_rights_act(state, text) is expected


def test_every_civil_rights_act_fact_has_a_source() -> None:
    for law in CIVIL_RIGHTS_ACT_LAWS.values():
        assert law.summary and law.source and law.state in ALL_ABBRS
