"""Table-driven tests of each criterion on real bill language, traps included.

Excerpts come from introduced or enacted state bills and statutes (public law);
a few are marked as written for the test where no short real clause exists.
Each row names the clause the verdict must rest on, so a right answer for the
wrong reason fails too.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from endqi.analysis import evaluate, lexicon
from endqi.analysis.text import AnalysisText
from endqi.documents import document_from_text
from endqi.documents.model import Document


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    criterion: str
    verdict: str
    quote_contains: str | None = None
    state: str | None = None


# Real clauses reused across rows.
CO_CAUSE = (
    "A peace officer, as defined in section 24-31-901 (3), who, under color of law, subjects or "
    "causes to be subjected, including failing to intervene, any other person to the deprivation "
    "of any individual rights that create binding obligations on government actors secured by the "
    "bill of rights, article II of the state constitution, is liable to the injured party for "
    "legal or equitable relief or any other appropriate relief."
)
CO_BAR = "(b) Qualified immunity is not a defense to liability pursuant to this section."
CO_CAPS = (
    "(a) Statutory immunities and statutory limitations on liability, damages, or attorney fees "
    'do not apply to claims brought pursuant to this section. The "Colorado Governmental Immunity '
    'Act", article 10 of title 24, does not apply to claims brought pursuant to this section.'
)
NM_BAR = (
    "In any claim for damages or relief under the New Mexico Civil Rights Act, no public body or "
    "person acting on behalf of, under color of or within the course and scope of the authority "
    "of a public body shall enjoy the defense of qualified immunity for causing the deprivation of "
    "any rights, privileges or immunities secured by the bill of rights of the constitution of New "
    "Mexico."
)
NM_CAP = (
    "In any action for damages against a public body pursuant to the New Mexico Civil Rights Act, "
    "the liability per occurrence shall not exceed the sum of two million dollars ($2,000,000) per "
    "claimant, inclusive of the claimant's costs of action and reasonable attorney fees."
)
# Iowa SF 342 (2021) codified qualified immunity instead of ending it.
IA_CODIFIED = (
    "An employee or officer subject to a claim brought under this chapter shall not be liable for "
    "monetary damages if any of the following apply: a. The right, privilege, or immunity secured "
    "by law was not clearly established at the time of the alleged deprivation, or at the time of "
    "the alleged deprivation the state of the law was not sufficiently clear that every reasonable "
    "employee would have understood that the conduct alleged constituted a violation of law."
)
NJ_SAVINGS = (
    "The prohibition on the use of qualified immunity pursuant to this section shall not abrogate: "
    "(1) judicial, legislative, or any other statutory immunity; or (2) the use of qualified "
    "immunity regarding claims brought pursuant to subsection c. of section 2 of P.L.2004, c.143 "
    "(C.10:6-2)."
)
FL_GOOD_FAITH = (
    "It is an affirmative defense to liability under this section if a jury determines that the "
    "officer, employee, or agent was acting in good faith and believed his or her conduct was "
    "lawful."
)
MO_INDEMNITY = (
    "4. Notwithstanding any other provision of law, a peace officer's employer shall indemnify its "
    "peace officers for any liability incurred by the peace officer and for any judgment or "
    "settlement entered against the peace officer for claims arising under this section; except "
    "that, if the peace officer's employer determines that the officer did not act upon a good "
    "faith and reasonable belief that the action was lawful, the peace officer is personally liable "
    "and shall not be indemnified by the peace officer's employer for five percent of the judgment "
    "or settlement or twenty-five thousand dollars, whichever is less. Notwithstanding any "
    "provision of this section, if the peace officer's portion of the judgment is uncollectable "
    "from the peace officer, the peace officer's employer or insurance shall satisfy the full "
    "amount of the judgment or settlement."
)
FL_CAP = (
    "(5)(a) Neither the state nor its agencies or subdivisions shall be liable to pay a claim or a "
    "judgment by any one person which exceeds the sum of $200,000 or any claim or judgment, or "
    "portions thereof, which, when totaled with all other claims or judgments paid by the state or "
    "its agencies or subdivisions arising out of the same incident or occurrence, exceeds the sum "
    "of $300,000."
)

# Written for the test: a prohibition in (a), a claim by reference to it in (b), and a
# good-faith condition on an immunity defense in (c).
BY_REFERENCE_PROHIBITION = (
    "Sec. 12. (NEW) (Effective January 1, 2028) (a) No peace officer, acting alone or with "
    "others, shall deprive any person of the rights, privileges or immunities secured by the "
    "constitution of this state."
)
BY_REFERENCE_CLAIM = (
    "(b) Any person injured by a violation of subsection (a) of this section may bring a civil "
    "action for damages or equitable relief in the superior court."
)
BY_REFERENCE_GOOD_FAITH = (
    "(c) In an action brought under this section, immunity shall be a defense only if the court "
    "finds that the peace officer held an objectively good faith belief that the conduct was "
    "lawful."
)
BY_REFERENCE_BILL = "\n".join(
    [BY_REFERENCE_PROHIBITION, BY_REFERENCE_CLAIM, BY_REFERENCE_GOOD_FAITH]
)

MO_CLAIM = (
    "A peace officer, as defined under section 590.010, who, under color of law, deprives any "
    "individual of his or her constitutional rights shall be liable to such individual. "
    "Qualified immunity shall not be a defense to liability under this section."
)
WI_IMMUNITY_ONLY = (
    "(2) Immunity granted to public officials under s. 893.80 (4) or afforded under common law "
    "does not apply and may not be raised as a defense to civil liability claimed against a law "
    "enforcement officer for any act or failure to act by the officer done in an official "
    "capacity or in the course of his or her agency or employment."
)

# The heading Congress prints on a bill (so the evaluator knows it is federal).
FEDERAL_HEADER = (
    "119th CONGRESS 1st Session H. R. 0000 IN THE HOUSE OF REPRESENTATIVES A BILL Be it enacted "
    "by the Senate and House of Representatives of the United States of America in Congress "
    "assembled,\n\n"
)
LEO_CLAIM = (
    "Section 1. A law enforcement officer who, under color of law, deprives a person of any right "
    "secured by the constitution of this state is liable to the injured party. "
)

FINDINGS = (
    "Section 1. Legislative findings. The General Assembly finds that qualified immunity is a "
    "defense created by federal courts that has denied relief to people whose rights were "
    "violated. "
)

# Kinds of error found on unseen bills (issue 14), each with the construction that caused it.
# Texas SB 575 (2023), sec. 106A.001 (a) and (c): the class named after "on" is not the
# defendant, and "local government or the State" is every peace officer.
TX_575 = (
    "(a) A peace officer employed by a local government or the State of Texas who, under color "
    "of law, subjects or causes to be subjected, including failing to intervene, any other person "
    "to the deprivation of any individual rights that create binding obligations on government "
    "actors is liable to the injured party for legal or equitable relief or any other appropriate "
    "relief. (c) Qualified immunity is not a defense to liability pursuant to this section."
)
# New York S 3998 (2025), new sec. 79-r, printed in capitals: local-government officers only,
# and a fee clause hyphenated across lines ("ATTOR- NEY").
NY_3998_CLAIM = (
    "NOTWITHSTANDING ANY OTHER LAW TO THE CONTRARY, A PEACE OFFICER, AS DEFINED IN SECTION 2.10 "
    "OF THE CRIMINAL PROCEDURE LAW, EMPLOYED BY A LOCAL GOVERNMENT, WHO UNDER COLOR OF LAW, "
    "SUBJECTS OR CAUSES TO BE SUBJECTED, INCLUDING FAILING TO INTERVENE, ANY OTHER PERSON TO THE "
    "DEPRIVATION OF ANY INDIVIDUAL RIGHTS THAT CREATE BINDING OBLIGATIONS ON GOVERNMENT ACTORS "
    "SECURED BY THE BILL OF RIGHTS, ARTICLE ONE OF THE STATE CONSTITUTION, IS LIABLE TO THE "
    "INJURED PARTY FOR LEGAL OR EQUITA- BLE RELIEF OR ANY OTHER APPROPRIATE RELIEF. (C) "
    "QUALIFIED IMMUNITY SHALL NOT BE A DEFENSE TO LIABILITY PURSUANT TO THIS SECTION."
)
NY_3998_FEES = (
    "3. NOTWITHSTANDING ANY OTHER LAW TO THE CONTRARY, IN ANY ACTION BROUGHT PURSUANT TO THIS "
    "SECTION, A COURT SHALL AWARD REASONABLE ATTOR- NEY FEES AND COSTS TO A PREVAILING PLAINTIFF."
)
# Missouri HB 85 (2021), sec. 1.460: a claim for one right (bearing arms) only.
MO_85_ONE_RIGHT = (
    "Any political subdivision or law enforcement agency that employs a law enforcement officer "
    "who acts knowingly, as defined under section 562.016, to violate the provisions of section "
    "1.450 or otherwise knowingly deprives a citizen of Missouri of the rights or privileges "
    "ensured by Amendment II of the Constitution of the United States or Article I, Section 23 of "
    "the Constitution of Missouri while acting under the color of any state or federal law shall "
    "be liable to the injured party in an action at law, suit in equity, or other proper "
    "proceeding for redress, and subject to a civil penalty of fifty thousand dollars per "
    "occurrence."
)
# New Jersey A 4578 (2020), amending C.10:6-2 a.: mandatory fees go to the Attorney General.
NJ_AG_FEES = (
    "If the Attorney General proceeds with and prevails in an action brought pursuant to this "
    "subsection, the court shall order the distribution of any award of damages to the injured "
    "party and shall award reasonable attorney's fees and costs to the Attorney General."
)
# Washington HB 1399 (2025), sec. 1: a bill about sheriffs' qualifications, not liability.
WA_1399_UNRELATED = (
    "The legislature finds that specific laws governing the eligibility requirements, duties, and "
    "responsibilities of sheriffs, police chiefs, and marshals should be updated and revised to "
    "reflect current best practices."
)

CASES: list[Case] = [
    # Issue 14: kinds of error on unseen bills.
    Case(
        "a cap printed with its old and new amounts is raised, not ended (ME LD 1348, 2007, "
        "after a claim written for the test)",
        "A law enforcement officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of Maine is liable to the injured party for damages.\n\n"
        "In any claim or cause of action permitted by this chapter, the award of damages, "
        "including costs, against either a governmental entity or its employees, or both, may not "
        "exceed $400,000 $1,000,000 for any and all claims arising out of a single occurrence.",
        "end.damage_caps",
        "partial",
        "may not exceed",
        "ME",
    ),
    Case(
        "the same raise alone, in a bill with no claim against officers, lifts no cap on such "
        "claims (ME LD 1348, 2007)",
        "In any claim or cause of action permitted by this chapter, the award of damages, "
        "including costs, against either a governmental entity or its employees, or both, may not "
        "exceed $400,000 $1,000,000 for any and all claims arising out of a single occurrence.",
        "end.damage_caps",
        "no",
        "may not exceed",
        "ME",
    ),
    Case(
        "'this section' placed in the civil rights act by the bill's own description "
        "(written for the test)",
        "This bill amends the Massachusetts Civil Rights Act.\n\n"
        "Qualified immunity is not a defense to a civil action brought pursuant to this section "
        "against a police officer.",
        "end.state_constitution",
        "yes",
        "Qualified immunity is not a defense",
        "MA",
    ),
    Case(
        "'this section' with no act named stays undecided about rights (written for the test)",
        "Qualified immunity is not a defense to a civil action brought pursuant to this section "
        "against a police officer.",
        "end.state_constitution",
        "no",
        None,
        "MA",
    ),
    Case(
        "negated list of immunities naming QI is a bar (written for the test)",
        LEO_CLAIM + "No immunity, including sovereign immunity, official immunity or qualified "
        "immunity, shall be a defense to liability under this section.",
        "end.law_enforcement",
        "yes",
        "No immunity",
    ),
    Case(
        "'neither ... nor' list naming QI is a bar (written for the test)",
        LEO_CLAIM + "Neither qualified immunity nor any other immunity is a defense to a claim "
        "under this section.",
        "end.law_enforcement",
        "yes",
        "Neither qualified immunity",
    ),
    Case(
        "bar stated through procedure and the doctrine's elements (written for the test)",
        LEO_CLAIM + "A court may not dismiss an action brought under this section on the ground "
        "that the right was not clearly established at the time of the conduct or that the "
        "defendant believed in good faith that the conduct was lawful.",
        "end.law_enforcement",
        "yes",
        "may not dismiss",
    ),
    Case(
        "class named after 'on' is not the defendant (TX SB 575)",
        TX_575,
        "end.public_employees",
        "no",
        "A peace officer employed",
    ),
    Case(
        "'local government or the State' is every peace officer (TX SB 575)",
        TX_575,
        "end.law_enforcement",
        "yes",
        "Qualified immunity is not a defense",
    ),
    Case(
        "elected officials only are not law enforcement (written for the test)",
        "An elected public official who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the injured party. Qualified immunity is not a "
        "defense to liability under this section.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        # (some public officials who are not police: partial, as RUBRIC.md's "a wider class than
        # police but not all" is read for a class beside or instead of police; never yes)
        "elected officials only are some public employees, not every one (written for the test)",
        "An elected public official who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the injured party. Qualified immunity is not a "
        "defense to liability under this section.",
        "end.public_employees",
        "partial",
    ),
    Case(
        "local-government peace officers only: partial (NY S 3998, capitals)",
        NY_3998_CLAIM,
        "end.law_enforcement",
        "partial",
        "EMPLOYED BY A LOCAL GOVERNMENT",
    ),
    Case(
        "school resource officers only: partial (written for the test)",
        "A school resource officer who, under color of law, deprives a student of a right secured "
        "by the state constitution is liable to the injured party. Qualified immunity is not a "
        "defense to liability under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "fee clause in capitals hyphenated across lines (NY S 3998)",
        NY_3998_CLAIM + " " + NY_3998_FEES,
        "start.attorney_fees",
        "yes",
        "ATTOR- NEY FEES",
    ),
    Case(
        "one right (bearing arms) is not all constitutional rights (MO HB 85)",
        MO_85_ONE_RIGHT,
        "end.state_constitution",
        "no",
    ),
    Case(
        "general words bounded by one amendment are one right (US H.R. 162, 119th Congress)",
        "A Federal employee who, under color of any statute, ordinance, regulation, custom, or "
        "usage, of the United States, subjects, or causes to be subjected, any citizen of the "
        "United States or any person within the jurisdiction thereof to the deprivation of any "
        "rights, privileges, or immunities secured by the First Amendment, shall be liable to the "
        "party injured in an action at law, suit in equity, or other proper proceeding for "
        "redress.",
        "end.state_constitution",
        "no",
        "secured by the First Amendment",
    ),
    Case(
        "one amendment beside the constitution is still every right (written for the test)",
        "A peace officer who, under color of law, subjects any person to the deprivation of any "
        "rights secured by the First Amendment or by the constitution of this state is liable to "
        "the injured party. Qualified immunity is not a defense to liability under this section.",
        "end.state_constitution",
        "yes",
    ),
    Case(
        "a government liable for any judgment against its employee, within caps (Md. CJP 5-303)",
        LEO_CLAIM + "(a)(1) Subject to paragraph (2) of this subsection, the liability of a local "
        "government may not exceed $400,000 per an individual claim. (b)(1) Except as provided in "
        "subsection (c) of this section, a local government shall be liable for any judgment "
        "against its employee for damages resulting from tortious acts or omissions committed by "
        "the employee within the scope of employment with the local government.",
        "start.full_compensation",
        "partial",
        "shall be liable for any judgment against its employee",
    ),
    Case(
        "'may' for employees, 'shall' for others, and a negated subject (M.G.L. c. 258, s. 9)",
        LEO_CLAIM + "Public employers may indemnify public employees, and the commonwealth shall "
        "indemnify persons holding office under the constitution, from personal financial loss, "
        "all damages and expenses, including legal fees and costs, if any, in an amount not to "
        "exceed $1,000,000 arising out of any claim, action, award, compromise, settlement or "
        "judgment by reason of an intentional tort, or by reason of any act or omission which "
        "constitutes a violation of the civil rights of any person under any federal or state "
        "law; provided, however, that no such employee or official, other than a person holding "
        "office under the constitution acting within the scope of his official duties or "
        "employment, shall be indemnified under this section for violation of any such civil "
        "rights if he acted in a grossly negligent, willful or malicious manner.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "a negated subject after a subsection letter is a bar (written for the test)",
        "(A) Any peace officer who, under color of law, deprives a person of a right secured by "
        "the constitution of this state is liable to that person.\n(B) No immunity, including "
        "qualified immunity, shall be a defense to an action under this section.",
        "end.law_enforcement",
        "yes",
        "No immunity, including qualified immunity",
    ),
    Case(
        "'is unavailable' bars the defense (written for the test)",
        "(1) Any officer, employee, or agent of the state or of any of its agencies or "
        "subdivisions who, under color of law, deprives a person of a right secured by the State "
        "Constitution is liable to that person.\n(2) The defense of qualified immunity is "
        "unavailable in an action under this section.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "'shall have no immunity from liability' bars the defense (written for the test)",
        LEO_CLAIM + "A defendant in an action under this section shall have no immunity from "
        "liability, including qualified immunity.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "employees of a political subdivision are not the subdivision paying (written for the test)",
        "(A) Any officer or employee of the state or of a political subdivision who, under color "
        "of law, deprives a person of a right secured by the constitution of this state is liable "
        "to that person for damages.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "trap: 'neither ... nor ... is liable' grants immunity (Cal. Gov. Code 831.7 style)",
        "(a) Neither a public entity nor a public employee is liable to any person who "
        "participates in a hazardous recreational activity, including any person who assists the "
        "participant, for any damage or injury to property or persons arising out of that "
        "hazardous recreational activity.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "'no officer shall be personally liable' is no personal consequence (written for the test)",
        LEO_CLAIM + "(a) No law enforcement officer shall be personally liable for any judgment "
        "or settlement arising from conduct within the scope of employment.",
        "start.individual_accountability",
        "no",
    ),
    Case(
        "trap: a digest before the enacting clause describes existing law (written for the test)",
        "LEGISLATIVE COUNSEL'S DIGEST\nExisting law authorizes an individual whose constitutional "
        "rights have been interfered with to bring a civil action for damages against a peace "
        "officer, and provides that qualified immunity is not a defense to that action.\nThis "
        "bill would change the date of an annual report.\nTHE PEOPLE OF THE STATE OF CALIFORNIA DO "
        "ENACT AS FOLLOWS:\nSECTION 1. The Attorney General shall report to the Legislature on or "
        "before July 1 of each year on the number of actions brought under Section 52.1.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "trap: a grant condition describing another law (written for the test)",
        "(b) ELIGIBILITY.--A State is eligible for a grant under this section only if the State "
        "has in effect a law that provides a civil action against law enforcement officers for "
        "the deprivation of rights secured by the State constitution and that provides that "
        "qualified immunity is not a defense to that action.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "trap: counts of complaints are not the records (written for the test)",
        LEO_CLAIM + CO_BAR + " Each law enforcement agency shall publish annually on its website "
        "the number and disposition of complaints of officer misconduct.",
        "start.public_records",
        "no",
    ),
    Case(
        "liability for breaking a duty stated in another section, by its number (written for the test)",
        "Sec. 18.65.088. Duty to intervene and report. A peace officer who is present when another "
        "peace officer deprives a person of a right secured by the Constitution of the State of "
        "Alaska shall intervene to stop the deprivation if the officer has a reasonable "
        "opportunity to do so.\nSec. 09.65.355. Civil action for deprivation of rights. (a) A "
        "peace officer who, under color of law, deprives a person of a right secured by the "
        "Constitution of the State of Alaska, or who violates AS 18.65.088, is liable to the "
        "person injured.",
        "start.failure_to_intervene",
        "yes",
    ),
    Case(
        "the public employer indemnifies 'the defendant' (written for the test)",
        "(1) Any person, including any employee of the state or of a political subdivision, who, "
        "under color of any statute, subjects any person to the deprivation of any rights secured "
        "by the Constitution of Nebraska shall be liable to the party injured.\n(3) The state or "
        "political subdivision that employs a defendant shall indemnify the defendant for the "
        "entire amount of any judgment or settlement.",
        "start.full_compensation",
        "yes",
    ),
    Case(
        "the officer pays the first dollars, the entity the remainder (written for the test)",
        "(1) A public employee who, under color of law, subjects any person to the deprivation of "
        "any right secured by the state constitution is liable to the injured party.\n(4) A public "
        "employee found liable pursuant to this section shall personally pay the first one "
        "thousand dollars of the judgment, and the employing public entity shall pay the "
        "remainder in full.",
        "start.individual_accountability",
        "yes",
    ),
    Case(
        "'may award fees and shall award costs': the fees stay discretionary (written for the test)",
        LEO_CLAIM + CO_BAR + " (3) The court may award reasonable attorney's fees and shall award "
        "costs to a prevailing plaintiff.",
        "start.attorney_fees",
        "no",
    ),
    Case(
        "trap: fees to an officer who prevails on a defense (written for the test)",
        LEO_CLAIM + "(b) A law enforcement officer who prevails on the defense under subsection "
        "(a) shall be awarded reasonable attorney's fees.",
        "start.attorney_fees",
        "no",
    ),
    Case(
        "trap: an employee's labor claim against the public employer (written for the test)",
        "(A) A public employer that interferes with, restrains, or coerces a public employee in "
        "the exercise of the employee's rights under this chapter is liable to the employee for "
        "back pay and other relief.\n(C) The court shall award reasonable attorney's fees to a "
        "prevailing employee.",
        "start.attorney_fees",
        "no",
    ),
    Case(
        "trap: a compact commission indemnifies its own staff (written for the test)",
        "Sec. 1. The interstate compact for physical therapy is enacted as follows:\nARTICLE 8. The "
        "commission shall defend and shall indemnify and hold harmless any member, officer, "
        "executive director, employee, or representative of the commission for the amount of any "
        "settlement or judgment.\nSec. 2. (1) A law enforcement officer who, under color of law, "
        "deprives a person of a right secured by the state constitution is liable to that person "
        "for damages.\n(3) The governmental agency that employs the officer may indemnify the "
        "officer for a judgment under this section.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "a defined term names the class its definition gives (written for the test)",
        'Sec. 1. Definitions. For purposes of this chapter, "local police officer" means a police '
        "officer employed by a county or municipality of this State; it does not include any "
        "officer of the State Police.\nSec. 2. Liability. A local police officer who, under color "
        "of law, deprives a person of a right secured by the state constitution is liable to the "
        "person injured.\nSec. 3. Defenses. Qualified immunity is not a defense to an action "
        "under this chapter.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "an immunity the bill grants (emergency aid, police among the rescuers) leaves no claim "
        "uncapped in a state without caps (written for the test)",
        "1. A person, including a law enforcement officer or a volunteer of a rescue squad, who "
        "in good faith gives emergency aid at the scene of a disaster is not liable in a civil "
        "action for damages arising from the aid, except for willful misconduct.",
        "end.damage_caps",
        "no",
        state="NJ",
    ),
    Case(
        "a catch-word definition list names the class: '(1) COVERED EMPLOYEE. Any ...' "
        "(written for the test)",
        "Section 2. As used in this act, the following terms have the following meanings:\n"
        "(1) COVERED EMPLOYEE. Any officer, agent or employee of the state or of any county, "
        "municipality or other political subdivision, including a peace officer.\n"
        "(2) STATE CONSTITUTION. The Constitution of this state.\n"
        "Section 3. (a) A covered employee who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to that person for damages.\n"
        "(b) Qualified immunity is not available as a defense in an action under this section.",
        "end.public_employees",
        "yes",
        "covered employee who",
    ),
    Case(
        "a catch-word in lower case is a heading, not a definition (written for the test)",
        "Section 2. As used in this act, the following terms have the following meanings:\n"
        "(1) Scope. Any officer, agent or employee of the state or of any county, "
        "municipality or other political subdivision, including a peace officer.\n"
        "Section 3. (a) A scope officer who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to that person for damages.\n"
        "(b) Qualified immunity is not available as a defense in an action under this section.",
        "end.public_employees",
        "no",
    ),
    Case(
        "a heading names no wider class than the section's own claim (written for the test)",
        "13-21-133. Detention officers - civil action for deprivation of rights. (1) A detention "
        "officer employed by a county jail who, under color of law, subjects any person to the "
        "deprivation of any right secured by the state constitution is liable to the injured "
        "party.\n(2) Qualified immunity is not a defense to liability pursuant to this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "'none of the following is a defense:' with qualified immunity in the list (written for "
        "the test)",
        LEO_CLAIM + "Section 2. None of the following is a defense in an action under section 1: "
        "the officer's good faith; qualified immunity; or the want of a prior decision on point.",
        "end.law_enforcement",
        "yes",
        "none of the following",
    ),
    Case(
        "a duty to take action to stop another officer's violation, made actionable by a "
        "plain section number (written for the test)",
        "Section 1. A peace officer who sees another peace officer using unlawful force shall take "
        "reasonable steps to stop the use of force.\nSection 2. A peace officer who, under color "
        "of law, deprives a person of a right secured by the state constitution, or who fails to "
        "perform a duty imposed by section 1, is liable to the person injured.",
        "start.failure_to_intervene",
        "yes",
    ),
    Case(
        "an agency's duty to take steps to prevent discrimination is no duty to intervene "
        "(written for the test)",
        "Section 1. Each law enforcement agency shall take reasonable steps to prevent "
        "discrimination in hiring.\nSection 2. A peace officer who, under color of law, deprives a "
        "person of a right secured by the state constitution, or who fails to perform a duty "
        "imposed by section 1, is liable to the person injured.",
        "start.failure_to_intervene",
        "no",
    ),
    Case(
        "a claim against everyone under color of law that leaves out the state police: some "
        "officers (written for the test)",
        "Section 1. A person who, under color of law, deprives another of a right secured by the "
        "state constitution is liable to the person injured; provided, however, that this "
        "section shall not apply to any member of the state highway patrol.\nSection 2. "
        "Qualified immunity is not a defense to an action under section 1.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "a claim against everyone under color of law that leaves out the state police: wider "
        "than police, not all public employees (written for the test)",
        "Section 1. A person who, under color of law, deprives another of a right secured by the "
        "state constitution is liable to the person injured; provided, however, that this "
        "section shall not apply to any member of the state highway patrol.\nSection 2. "
        "Qualified immunity is not a defense to an action under section 1.",
        "end.public_employees",
        "partial",
    ),
    Case(
        "a statute's immunities made unavailable by citation set the governmental-immunity act "
        "aside (written for the test)",
        LEO_CLAIM + "Section 2. Any immunity from suit under sections 44-201 to 44-230 is not "
        "available in an action under section 1.",
        "end.damage_caps",
        "yes",
        "any immunity from suit",
    ),
    Case(
        "a government agent defined by law-enforcement duties is police, not every public "
        "employee (written for the test)",
        'Section 1. (a) "Covered agent" means any officer, employee, contractor or other agent of '
        "the state or a local government whose duties include the enforcement of state or "
        "federal laws.\n(b) A covered agent who deprives a person of a right secured by the "
        "state constitution is liable to the person.\n(c) Qualified immunity does not apply to "
        "an action under this section.",
        "end.public_employees",
        "no",
    ),
    Case(
        "'any government agent' is public employees generally (written for the test)",
        "Section 1. Any government agent who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to the person.\nSection 2. Qualified "
        "immunity is not a defense to an action under section 1.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "'to the maximum extent permissible under the constitutions' is reach, not the rights "
        "enforced (written for the test)",
        "Section 1. A peace officer who violates the United States Constitution is liable to "
        "the person injured.\nSection 2. To the maximum extent permissible under the United "
        "States and state constitutions, qualified immunity does not apply in an action under "
        "section 1.",
        "end.state_constitution",
        "no",
    ),
    Case(
        "'causes or allows the person to be deprived' names failing to intervene as one way "
        "(written for the test)",
        "Section 1. An injured person may bring an action against an individual who, under "
        "color of law, deprives the person or causes or allows the person to be deprived of a "
        "right secured by the state constitution.\nSection 2. Qualified immunity is not a "
        "defense to an action under section 1.",
        "start.failure_to_intervene",
        "partial",
    ),
    Case(
        "'notwithstanding any immunity, including qualified immunity, ... is liable' is a bar "
        "(written for the test)",
        "Section 1. Notwithstanding any common law immunity, including qualified immunity, a "
        "peace officer who deprives a person of a right secured by the state constitution is "
        "liable to the person.",
        "end.law_enforcement",
        "yes",
        "notwithstanding any common law immunity",
    ),
    Case(
        "rights in 'article I, section 7 or section 9 of the state constitution' are listed "
        "sections (written for the test)",
        "Section 1. A peace officer who deprives a person of a right secured by article I, "
        "section 7 or section 9 of the state constitution is liable to the person.\nSection 2. "
        "Qualified immunity is not a defense to an action under section 1.",
        "end.state_constitution",
        "partial",
    ),
    Case(
        "the defense 'shall not be raised' is barred (written for the test)",
        LEO_CLAIM
        + "Section 2. The defense of qualified immunity shall not be raised in an action under section 1.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "a court 'shall not enter judgment' on the doctrine's test is a bar (written for the test)",
        LEO_CLAIM
        + "Section 2. A court shall not enter judgment for an officer on the ground that the conduct, though unlawful, was reasonable in light of the law when the officer acted.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'shall not be exempt from liability by reason of good faith' is a bar (written for the test)",
        LEO_CLAIM
        + "Section 2. An officer shall not be exempt from liability under section 1 by reason of having acted in good faith.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'any defense ... but not qualified immunity' bars it (written for the test)",
        LEO_CLAIM
        + "Section 2. In an action under section 1 the officer may assert any defense available at law, but not qualified immunity.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "a run-in heading before 'Neither ... shall bar' keeps the negated subject (written for the test)",
        LEO_CLAIM
        + "(b) Immunity.--Neither qualified immunity nor official immunity shall bar an action under section 1.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'shall not have the benefit of any immunity' is a bar (written for the test)",
        LEO_CLAIM
        + "Section 2. An officer sued under section 1 shall not have the benefit of any immunity, qualified or otherwise.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "clearly established law 'immaterial to liability' is a bar (written for the test)",
        LEO_CLAIM
        + "Section 2. Whether the law was clearly established when the officer acted is immaterial to liability under section 1.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'no officer shall be shielded ... because a court had not previously declared it' is a bar (written for the test)",
        LEO_CLAIM
        + "Section 2. No officer shall be shielded from liability under section 1 by any doctrine that excuses a violation because a court had not previously declared the right.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'no provision ... that limits the amount recoverable shall apply' lifts caps (written for the test)",
        LEO_CLAIM
        + "Section 2. No provision of chapter 44 that limits the amount recoverable from a governmental body shall apply to an action under section 1.",
        "end.damage_caps",
        "yes",
    ),
    Case(
        "'nothing in the tort claims act limits recovery' lifts caps (written for the test)",
        LEO_CLAIM
        + "Section 2. Nothing in the State Tort Claims Act limits recovery under section 1.",
        "end.damage_caps",
        "yes",
    ),
    Case(
        "'the limitations of chapter 40 do not apply' lifts caps (written for the test)",
        LEO_CLAIM
        + "Section 2. The limitations of chapter 40 of this title do not apply to an action under section 1.",
        "end.damage_caps",
        "yes",
    ),
    Case(
        "limits 'doubled' are a cap raised (written for the test)",
        LEO_CLAIM
        + "Section 2. For an action under section 1, the limits on liability in section 15-78-120 are doubled.",
        "end.damage_caps",
        "partial",
    ),
    Case(
        "a cap on school-bus claims is not a cap on these claims (written for the test)",
        LEO_CLAIM
        + "Section 2. Qualified immunity is not a defense to an action under section 1.\nSection 3. Recovery against a school district for injury caused by a school bus shall not exceed $300,000.\nSection 4. The state tort claims act does not apply to an action under section 1.",
        "end.damage_caps",
        "yes",
    ),
    Case(
        "suspension without pay on a judgment is a consequence (written for the test)",
        LEO_CLAIM
        + "Section 2. An officer against whom a final judgment is entered under section 1 shall be suspended without pay for not less than 30 days.",
        "start.individual_accountability",
        "yes",
    ),
    Case(
        "'an officer who breaches this duty is liable' makes the duty to intervene actionable (written for the test)",
        LEO_CLAIM
        + "Section 2. Every officer has a duty to intervene when another officer deprives a person of a right in the officer's presence. An officer who breaches this duty is liable to the injured person.",
        "start.failure_to_intervene",
        "yes",
    ),
    Case(
        "'shall tax as costs ... a reasonable attorney's fee' is mandatory (written for the test)",
        LEO_CLAIM
        + "Section 2. On judgment for the claimant the court shall tax as costs against the defendant a reasonable attorney's fee for the claimant's counsel.",
        "start.attorney_fees",
        "yes",
    ),
    Case(
        "paying the part of the officer's share that is not paid guarantees the award (written for the test)",
        LEO_CLAIM
        + "Section 2. An officer found liable shall pay 5 percent of the judgment. The employing agency shall pay the remainder, and shall also pay any part of the officer's share that is not paid within 90 days.",
        "start.full_compensation",
        "yes",
    ),
    Case(
        "indemnity 'including punitive damages' is not limited (written for the test)",
        LEO_CLAIM
        + "Section 2. The employing agency shall indemnify the officer for the full amount of any judgment under section 1, including punitive damages.",
        "start.full_compensation",
        "yes",
    ),
    Case(
        "indemnity of a board's members is not the bill's officers' (written for the test)",
        LEO_CLAIM
        + "Section 2. The state shall defend and indemnify each member of the board of cosmetology against any claim arising from the member's official acts.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "a public, searchable database of judgments opens records (written for the test)",
        LEO_CLAIM
        + "Section 2. Qualified immunity is not a defense to an action under section 1.\nSection 3. The attorney general shall maintain a public, searchable database of every judgment and settlement under section 1.",
        "start.public_records",
        "yes",
    ),
    Case(
        "excise police and gaming agents are some officers (written for the test)",
        "Section 1. An excise police officer or a gaming agent who deprives a person of a right secured by the state constitution is liable to the person.\nSection 2. Qualified immunity is not a defense to an action under section 1.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "'a state or local law enforcement officer, correctional officer' is all law enforcement (written for the test)",
        "Section 1. A state or local law enforcement officer, correctional officer, or detention officer who deprives a person of a right secured by the state constitution is liable to the person.\nSection 2. Qualified immunity is not a defense to an action under section 1.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "the subject of inserted law follows its amending instruction (written for the test)",
        "Section 1. Section 18-65 is amended by adding a subsection to read: (d) A village public safety officer who deprives a person of a right secured by the state constitution is liable, and the officer may not assert qualified immunity as a defense.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "force 'that is excessive under' a section is force only (written for the test)",
        "Section 1. A law enforcement officer who uses force that is excessive under section 19 of article I of the state constitution is liable to the person.\nSection 2. An officer sued under section 1 shall not be entitled to invoke qualified immunity.",
        "end.state_constitution",
        "no",
    ),
    Case(
        "'§ 6 or § 7 of article I' is a list of sections (written for the test)",
        "Section 1. A police officer who violates § 6 or § 7 of article I of the state constitution is liable to the person injured.\nSection 2. Qualified immunity is not a defense to an action under section 1.",
        "end.state_constitution",
        "partial",
    ),
    Case(
        "an indemnity-only ordinance for deputies changes no claim (all no) (written for the test)",
        "Section 1. The County shall defend and indemnify every deputy sheriff and every other County employee for the full amount of any judgment arising from acts within the scope of employment.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "indemnity only for acts 'not in violation of any statute or case law' carves out "
        "the violations (written for the test)",
        LEO_CLAIM + "Section 2. The state shall indemnify an officer for any judgment arising "
        "from an act within the scope of employment that was not in violation of any statute "
        "or governing case law.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "an official 'who is not entitled to assert' qualified immunity and is made immune anyway: a grant, not a bar (written for the test)",
        "Section 1. An authorized official who responds in good faith to a report of violence shall have qualified immunity from civil liability. An authorized official who is not entitled to assert the defense of qualified immunity shall nevertheless be immune from civil liability if the official acts in good faith.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "fees a defendant 'shall recover from the plaintiff' are no fees for victims (written for the test)",
        LEO_CLAIM
        + "Section 2. Qualified immunity is not a defense to an action under section 1.\nSection 3. An officer found not liable shall be entitled to recover from the plaintiff all reasonable costs and attorney fees.",
        "start.attorney_fees",
        "no",
    ),
    Case(
        "claims for declaratory or injunctive relief only leave the defense whole for damages (written for the test)",
        "Section 1. A person whose rights under the state constitution are violated by a peace officer may bring an action for declaratory or injunctive relief against the officer.\nSection 2. Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "a cap on local governments for sexual-abuse claims is not officers' liability law (trap) (written for the test)",
        "Section 1. If the liability of a local government arises from claims of sexual abuse, the liability may not exceed $890,000 for all claims arising from the same incident.",
        "end.damage_caps",
        "no",
    ),
    Case(
        "an immunity from personal liability for officers is officers' liability law (written for the test)",
        "Section 1. No law enforcement officer shall be personally liable for any judgment arising from conduct within the scope of employment.\nSection 2. The employing agency shall pay in full any judgment against a law enforcement officer, including punitive damages.",
        "start.full_compensation",
        "yes",
    ),
    Case(
        "a definition ending with every agency authorized to make arrests is all law enforcement (written for the test)",
        'Section 1. "Officer" means a member of the state police, of a county or city police department, of a sheriff\'s office, or of any other agency of the state or a locality that is authorized by law to make arrests.\nSection 2. An officer who deprives a person of a right secured by the state constitution is liable to the person.\nSection 3. Qualified immunity is not a defense to an action under section 2.',
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "tribal police officers only are some officers (written for the test)",
        "Section 1. A tribal police officer holding a state commission who deprives a person of a "
        "right secured by the state constitution is liable to the person.\nSection 2. Qualified "
        "immunity is not a defense to an action under section 1.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "police officers listed with corrections and probation officers are all law enforcement "
        "(written for the test)",
        'Section 1. As used in this act, "covered officer" means a peace officer, a reserve '
        "officer, a correctional officer, or a probation officer.\nSection 2. A covered officer "
        "who, under color of law, deprives a person of a right secured by the state constitution "
        "is liable to the person.\nSection 3. Qualified immunity is not a defense to an action "
        "under section 2.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'no limit on the amount of a judgment ... applies' lifts caps (written for the test)",
        LEO_CLAIM + "Section 2. No limit on the amount of a judgment or settlement applies to an "
        "action under section 1.",
        "end.damage_caps",
        "yes",
        "no limit on the amount",
    ),
    Case(
        "a new amount in place of the existing cap is a cap raised, not lifted (written for the "
        "test)",
        LEO_CLAIM + "Section 2. Notwithstanding section 12-345, the limit on damages in an action "
        "under section 1 is $750,000 per claimant.",
        "end.damage_caps",
        "partial",
        "is $750,000",
    ),
    Case(
        "mandatory indemnity 'not exceeding' an amount is limited (written for the test)",
        LEO_CLAIM + "Section 2. The employing agency shall indemnify the officer for a judgment "
        "under section 1 in an amount not exceeding $500,000.",
        "start.full_compensation",
        "partial",
    ),
    Case(
        "the employer pays 'the balance' after the officer's own share: part not guaranteed "
        "(written for the test)",
        LEO_CLAIM + "Section 2. An officer found liable under section 1 shall pay 2 percent of the "
        "judgment, and the employing agency shall pay the balance of the judgment.",
        "start.full_compensation",
        "partial",
    ),
    Case(
        "bar through a definition: the defenses a defendant may raise are defined to leave QI out "
        "(written for the test)",
        LEO_CLAIM + 'Section 2. (a) As used in this act, "available defense" means a defense '
        "recognized at common law, but does not include the doctrine of qualified immunity.\n"
        "(b) A defendant in an action under section 1 may assert any available defense.",
        "end.law_enforcement",
        "yes",
        "does not include the doctrine of qualified immunity",
    ),
    Case(
        "a term defined to leave QI out but only waived leaves QI untouched (written for the test)",
        LEO_CLAIM + 'Section 2. (a) As used in this act, "immunity" means governmental '
        "immunity, and does not include qualified immunity.\n(b) Immunity is waived for claims "
        "under section 1.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "bar through the source of immunities: only those a statute provides (written for the test)",
        LEO_CLAIM + "Section 2. In an action under section 1, the officer may raise only those "
        "immunities that are expressly conferred by statute.",
        "end.law_enforcement",
        "yes",
        "only those immunities",
    ),
    Case(
        "bar through the element: liability does not depend on what a court held before "
        "(written for the test)",
        LEO_CLAIM + "Section 2. Liability under section 1 shall not depend on whether any court "
        "had previously held that similar conduct violated the constitution.",
        "end.law_enforcement",
        "yes",
        "previously held",
    ),
    Case(
        "bar through the element: 'no person shall be immune ... not clearly established' (written for the test)",
        LEO_CLAIM
        + "(b) No person shall be immune from liability under this section on the ground that the law was not clearly established at the time of the conduct.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "bar through the element: 'a reasonable officer could have believed' (written for the test)",
        LEO_CLAIM
        + "(b) An officer may not raise as a defense that a reasonable officer in the same circumstances could have believed the conduct to be lawful.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "bar: 'not shielded from liability under this section by any judicially created immunity' (written for the test)",
        LEO_CLAIM
        + "2. A peace officer shall not be shielded from liability under this section by any judicially created immunity.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "bar through the element: no prior decision, subjective belief (written for the test)",
        LEO_CLAIM
        + "The lack of a prior judicial decision addressing similar conduct shall not preclude liability under this chapter, and the officer's subjective belief that the conduct was lawful is not a defense.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "bar through procedure: 'the court may not consider whether the right was clearly established' (written for the test)",
        LEO_CLAIM
        + "(2) In an action under this section, the court may not consider whether the right was clearly established or whether the officer acted in good faith.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "bar through procedure: 'shall deny any motion ... on the ground that' (written for the test)",
        LEO_CLAIM
        + "(b) In an action under this section, the court shall deny any motion to dismiss or for summary judgment that rests on the ground that the defendant reasonably believed the conduct was lawful or that no prior decision had held similar conduct unlawful.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'a reasonable attorney's fee' in the singular (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " 3. The court shall allow a prevailing plaintiff a reasonable attorney's fee as part of the costs.",
        "start.attorney_fees",
        "yes",
    ),
    Case(
        "indemnity for 'any award of compensatory damages' is not the whole award (written for the test)",
        LEO_CLAIM
        + "(d) Indemnification.--The employing agency shall indemnify the officer for any award of compensatory damages under this section.",
        "start.full_compensation",
        "partial",
    ),
    Case(
        "a bar that keeps the defense for some claims is no bar (Mass. amendment to H 4860, 2020)",
        LEO_CLAIM
        + "(b) In an action under this section, qualified immunity shall not apply to claims for monetary damages against law enforcement officers unless the law at the time of the conduct clearly established that the conduct was lawful.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "'shall not be liable if ... reasonably believed' keeps a defense (S. 4036, 116th Cong.)",
        FEDERAL_HEADER
        + "(1) Except as provided in paragraph (2), it shall not be a defense to any action brought under this section that the defendant was acting in good faith. (2) A defendant sued in his or her individual capacity under this section shall not be liable if the defendant establishes that, at the time the deprivation occurred, the conduct alleged to be unlawful was specifically authorized or required by a Federal statute or regulation, and the defendant reasonably believed that his or her conduct was in conformance with the Constitution of the United States and Federal laws.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "'; however, an officer shall not be liable if ... objectively reasonable belief' (written for the test)",
        LEO_CLAIM
        + "Qualified immunity is not a defense to an action under this chapter; however, a law enforcement officer shall not be liable under this chapter if the officer acted with an objectively reasonable belief that the conduct was lawful.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "a proviso keeping the defense for non-police: whole for police (written for the test)",
        "(a) Liability.--An employee of a Commonwealth agency or local agency who, under color of law, deprives a person of a right secured by the Constitution of Pennsylvania shall be liable to the person injured. (b) Defenses.--Qualified immunity shall not be a defense to an action under this section: Provided, however, That the defense shall remain available to an employee who is not a law enforcement officer.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "a proviso keeping the defense for non-police: not every public employee (written for the test)",
        "(a) Liability.--An employee of a Commonwealth agency or local agency who, under color of law, deprives a person of a right secured by the Constitution of Pennsylvania shall be liable to the person injured. (b) Defenses.--Qualified immunity shall not be a defense to an action under this section: Provided, however, That the defense shall remain available to an employee who is not a law enforcement officer.",
        "end.public_employees",
        "no",
    ),
    Case(
        "torts and a search named as the acts that make the officer liable (written for the test)",
        "1. A peace officer who, while acting under color of law, commits an assault, battery or false imprisonment, or conducts an unreasonable search or seizure in violation of Section 18 of Article 1 of the Nevada Constitution, is liable to the person injured. 2. In an action under this section, the peace officer may not assert qualified immunity.",
        "end.state_constitution",
        "no",
    ),
    Case(
        "a cap set aside by citing the statute that sets it (written for the test)",
        "1. A peace officer who, while acting under color of law, deprives a person of a right secured by the Nevada Constitution is liable to the person injured. 2. In an action under this section, the peace officer may not assert qualified immunity. 3. The limitation on the amount of an award set forth in NRS 41.035 does not apply to an action under this section.",
        "end.damage_caps",
        "yes",
        state="NV",
    ),
    Case(
        "three sections of one article are some rights (written for the test)",
        "(1) A peace officer who, under color of law, deprives a person of a right secured by section 8, 9 or 20, Article I of the Oregon Constitution, is liable to the person injured. (2) Qualified immunity is not a defense to a claim under this section.",
        "end.state_constitution",
        "partial",
    ),
    Case(
        "several named rights are some rights (written for the test)",
        "(A) A peace officer who, under color of law, deprives a person of the freedom of speech, the free exercise of religion, or the right to be secure against unreasonable searches and seizures, as guaranteed by the Ohio Constitution, is liable to that person. (B) Qualified immunity is not a defense to an action under this section.",
        "end.state_constitution",
        "partial",
    ),
    Case(
        "a common-law good-faith defense kept in another section (written for the test)",
        LEO_CLAIM
        + "Section 2. Qualified immunity is not a defense to an action under section 1 of this act. Section 3. In an action under section 1 of this act, a defendant may raise any affirmative defense available at common law, including the defense that the defendant acted in good faith.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "'an officer who acted in good faith ... is not liable' keeps a defense (written for the test)",
        LEO_CLAIM
        + "(2) Qualified immunity is not a defense to an action under this section. (3) Notwithstanding sub. (2), an officer who acted in good faith pursuant to a written policy of the employing agency is not liable under this section.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "'not liable for conduct a reasonable officer would have believed lawful' keeps a defense (written for the test)",
        LEO_CLAIM
        + "(B) Qualified immunity is not a defense to an action under this section. (C) An officer is not liable under this section for conduct that a reasonable officer would have believed to be lawful.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "trap: a study of eliminating the defense eliminates nothing (written for the test)",
        "1. The Attorney General shall study the effect on civil actions of eliminating qualified immunity as a defense for law enforcement officers and shall report to the Governor within one year.",
        "end.law_enforcement",
        "no",
        state="NJ",
    ),
    Case(
        "trap: an indemnity statute in a state with no cap uncaps nothing (written for the test)",
        "59:10-1. If a public entity is required to provide a defense to an employee, it shall indemnify the employee against any judgment arising out of the act or omission, except that a public entity may refuse to pay any judgment arising from an act of actual fraud, actual malice, or willful misconduct.",
        "end.damage_caps",
        "no",
        state="NJ",
    ),
    Case(
        "'Neither qualified immunity nor any immunity under the ... Act, ... et seq., shall be a defense' (written for the test)",
        '1. a. A public employee, as defined in N.J.S.59:1-3, who, under color of law, deprives a person of a right secured by the Constitution of this State is liable to the person injured. b. Neither qualified immunity nor any immunity under the "New Jersey Tort Claims Act," N.J.S.59:1-1 et seq., shall be a defense to an action under this section.',
        "end.public_employees",
        "yes",
    ),
    Case(
        "a present officer who has the opportunity to prevent it 'but does not do so' is liable (written for the test)",
        "a. A law enforcement officer who, under color of law, deprives a person of a right secured by the Constitution of this State is liable to the person injured. b. A law enforcement officer who is present and has a reasonable opportunity to prevent a deprivation described in subsection a. of this section, but does not do so, shall be liable as a principal.",
        "start.failure_to_intervene",
        "yes",
    ),
    Case(
        "'it is the duty of every peace officer ... to intervene'; 'breach of this duty is actionable' (written for the test)",
        "Sec. 2307.98. (A) It is the duty of every peace officer who observes another peace officer depriving a person of a right secured by the Ohio Constitution to intervene and to report the deprivation to a supervisor. Breach of this duty is actionable under section 2307.99 of the Revised Code. Sec. 2307.99. (A) A peace officer who, under color of law, deprives a person of a right secured by the Ohio Constitution is liable to that person.",
        "start.failure_to_intervene",
        "yes",
    ),
    Case(
        "'shall make public the complete disciplinary history' (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " (C) The employing agency shall make public the complete disciplinary history of any peace officer found liable under this section.",
        "start.public_records",
        "yes",
    ),
    Case(
        "no confidentiality provision in settlements, posted online (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " C. No settlement of an action under this section shall contain a confidentiality provision, and the employing agency shall post each settlement agreement on its public website within 30 days.",
        "start.public_records",
        "yes",
    ),
    Case(
        "the employer pays the balance and what cannot be collected (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " 3. The officer shall be personally liable for ten percent of the judgment, not to exceed fifty thousand dollars, which the employer shall not pay; the employer shall pay the balance of the judgment and any part of the officer's share that cannot be collected.",
        "start.full_compensation",
        "yes",
    ),
    Case(
        "'Neither the public entity nor the employee may assert qualified immunity' bars it (written for the test)",
        "1. a. A public employee who, under color of law, deprives a person of a right secured by the Constitution of this State is liable to the person injured. b. The public entity that employs the public employee is jointly liable for any judgment under this section. c. Neither the public entity nor the employee may assert qualified immunity as a defense to an action under this section.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "the employing entity 'jointly liable for any judgment' answers for the whole award (written for the test)",
        "1. a. A public employee who, under color of law, deprives a person of a right secured by the Constitution of this State is liable to the person injured. b. The public entity that employs the public employee is jointly liable for any judgment under this section. c. Neither the public entity nor the employee may assert qualified immunity as a defense to an action under this section.",
        "start.full_compensation",
        "yes",
    ),
    Case(
        "'the employing agency shall pay the full amount of any judgment ... under this section' (written for the test)",
        LEO_CLAIM
        + "(2) The officer may not assert qualified immunity in an action under this section. (3) The employing agency shall pay the full amount of any judgment or settlement under this section.",
        "start.full_compensation",
        "yes",
    ),
    Case(
        "'shall suspend for at least 6 months the certification' on a judgment (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " (D) The commission shall suspend for at least 6 months the certification of a police officer against whom a final judgment is entered under this section.",
        "start.individual_accountability",
        "yes",
    ),
    Case(
        "campus police only are some officers (written for the test)",
        "52.2. (a) A member of the police department of a campus of the University of California who, under color of law, deprives a person of any right secured by the California Constitution is liable to the person injured. (b) Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "sheriffs and deputies only are some officers (written for the test)",
        "Sec. 85.0045. (a) A sheriff or deputy sheriff who, under color of law, deprives a person of a right secured by the Texas Constitution is liable to the person injured. (b) Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "state employees only: some officers (written for the test)",
        "(a) A State employee who, under color of law, deprives a person of any right secured by the Vermont Constitution is liable to the person. (b) Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "'any state or local official, employee or agent' is every public employee (written for the test)",
        "A. Any state or local official, employee or agent, including but not limited to a law enforcement officer, who under color of law deprives a person of any right secured by the constitution of New Mexico is liable to the person. B. Qualified immunity shall not be available as a defense in an action under this section.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "barred only in claims for injunctive relief: kept against damages (written for the test)",
        "(1) A peace officer who, under color of law, deprives a person of a right secured by the state constitution may be enjoined from continuing the deprivation. (2) Qualified immunity is not a defense to a claim for declaratory or injunctive relief under this section.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "reliance on a statute later struck down keeps a good-faith defense under another name: "
        "RUBRIC.md's partial (written for the test)",
        LEO_CLAIM
        + "B. Qualified immunity shall not be a defense in any action under this section. C. An officer who acted in objectively reasonable reliance on a statute later held unconstitutional is not liable for damages under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "a cap section cited without a dot ('12 V.S.A. § 5601') set aside (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " (e) The limits in 12 V.S.A. § 5601 do not apply to an action under this section.",
        "end.damage_caps",
        "yes",
        state="VT",
    ),
    Case(
        "'not subject to the limits of Chapter 101' lifts the cap (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " Sec. 106C.003. DAMAGES. Damages under this chapter are not subject to the limits of Chapter 101.",
        "end.damage_caps",
        "yes",
        state="TX",
    ),
    Case(
        "a tort cap whose proviso leaves out constitutional claims against officers (written for the test)",
        "9-31-2. Limitation on damages. In any tort action against the state or any political subdivision, any damages recovered shall not exceed one hundred thousand dollars ($100,000); provided, however, that this limitation shall not apply to any claim that a law enforcement officer deprived a person of a right secured by the constitution of this state.",
        "end.damage_caps",
        "yes",
        state="RI",
    ),
    Case(
        # (was "partial" until 2026-12-03: a ceiling on fees limits fees, not damages; issue 14
        # counts a fee's "not to exceed" read as a damages cap among the errors)
        "damage caps lifted, fees capped: the damages limits are gone (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " (c) Chapter 101 does not apply to an action under this section. (d) The court shall award reasonable attorney's fees to a prevailing plaintiff, at a rate not to exceed $200 per hour.",
        "end.damage_caps",
        "yes",
        state="TX",
    ),
    Case(
        "a fee limit as a share of the judgment is no personal share (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " The court shall award reasonable attorney's fees to a prevailing plaintiff, not to exceed twenty-five percent of the judgment.",
        "start.individual_accountability",
        "no",
    ),
    Case(
        "conservation wardens only are some officers (written for the test)",
        "29.9215 (1) A conservation warden employed by the department who, under color of law, deprives a person of a right secured by the Wisconsin Constitution is liable to the person. (2) Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "a general class listed beside game wardens is all law enforcement (Maine LD 214 style)",
        LEO_CLAIM
        + "Qualified immunity is not a defense to a civil action brought pursuant to this section when the civil action concerns the actions of a state police officer; a game warden; a deputy; a sheriff; or a police officer appointed by municipal officers.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "barred only for excessive-force claims: kept for the rest (written for the test)",
        LEO_CLAIM
        + "(b) Qualified immunity is not a defense to a claim under this section for excessive force or unlawful arrest.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "'has a defense ... if the conduct was objectively reasonable' (written for the test)",
        LEO_CLAIM
        + "(b) Qualified immunity is not a defense to an action under this section. (c) A peace officer has a defense to liability under this section if the officer's conduct was objectively reasonable in light of the facts known to the officer at the time.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "a good-faith defense that 'remains available' (written for the test)",
        LEO_CLAIM
        + "2. Qualified immunity shall not be a defense to an action under this section. 3. In an action under this section alleging false arrest, the common-law defense that the officer acted in good faith and with probable cause remains available.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "'except that qualified immunity shall not apply' is the bar, not an exception to it (written for the test)",
        LEO_CLAIM
        + "2. Claims under this section shall be governed by the standards applicable to actions under 42 U.S.C. § 1983, except that qualified immunity shall not apply.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'shall be subject to the same liability' for failing to intervene (written for the test)",
        "(a) A law enforcement officer who, under color of law, deprives a person of a right secured by the constitution of the commonwealth shall be liable to the person injured, and qualified immunity shall not be a defense. (b) A law enforcement officer who knowingly fails to intervene to prevent such a deprivation by another officer in the officer's presence shall be subject to the same liability as the officer who committed it.",
        "start.failure_to_intervene",
        "yes",
    ),
    Case(
        "officers and employees of one municipality: some officers (written for the test)",
        "An officer or employee of a municipality, including a peace officer, who under color of law deprives a person of a right secured by the constitution of this state is liable to the person. Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "officers and employees of one municipality: wider than police, not all (written for the test)",
        "An officer or employee of a municipality, including a peace officer, who under color of law deprives a person of a right secured by the constitution of this state is liable to the person. Qualified immunity is not a defense to an action under this section.",
        "end.public_employees",
        "partial",
    ),
    Case(
        "a run-in heading before the subject ('(a) IN GENERAL.--Any Federal officer or employee'): every federal employee, one level of government (written for the test)",
        FEDERAL_HEADER
        + "SECTION 1. CIVIL ACTION AGAINST FEDERAL OFFICERS. (a) IN GENERAL.--Any Federal officer or employee who, under color of Federal law, deprives any person of any right secured by the Constitution of the United States shall be liable to the party injured. (b) NO IMMUNITY.--It shall not be a defense or immunity in an action under this section that the defendant was acting in good faith, or that the right was not clearly established at the time of the deprivation.",
        "end.public_employees",
        "partial",
    ),
    Case(
        "due process and equal protection only are some rights (written for the test)",
        "a. A law enforcement officer who, under color of law, deprives a person of due process of law or of the equal protection of the laws, as guaranteed by the Constitution of this State, is liable to the person injured. b. Qualified immunity is not a defense to an action under this section.",
        "end.state_constitution",
        "partial",
    ),
    Case(
        "'no officer shall be entitled to indemnification for punitive damages' (written for the test)",
        LEO_CLAIM
        + CO_BAR
        + " (c) The employing agency shall indemnify the officer for all compensatory damages, fees, and costs awarded under this section. No officer shall be entitled to indemnification for punitive damages.",
        "start.individual_accountability",
        "yes",
    ),
    Case(
        "trap: a grant condition to certify indemnity (written for the test)",
        FEDERAL_HEADER
        + "(i) CERTIFICATION.--As a condition of receiving funds under this subpart, a unit of local government shall certify that it indemnifies its law enforcement officers for the full amount of any judgment in a civil action alleging a deprivation of constitutional rights.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "trap: a whistleblower's claim against the employer with the immunity act lifted (written for the test)",
        "(1) A public employer that takes adverse action against a public employee for reporting misconduct by a peace officer is liable to the employee for back pay, reinstatement, and compensatory damages. (2) The Colorado Governmental Immunity Act does not apply to claims under this section. (3) The court shall award reasonable attorney fees to an employee who prevails.",
        "end.damage_caps",
        "no",
        state="CO",
    ),
    Case(
        "'shall not be barred by qualified immunity' (written for the test)",
        LEO_CLAIM + "(b) A claim under this section shall not be barred by qualified immunity or "
        "by any requirement that the right have been clearly established.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'shall not be recognized by the courts' bars the defense (written for the test)",
        LEO_CLAIM + "(B) Any judicially created immunity, including the doctrine of qualified "
        "immunity, shall not be recognized by the courts of this state in an action under this "
        "section.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "'shall not be subject to the damages limitations in s. 768.28(5)' (written for the test)",
        LEO_CLAIM + CO_BAR + " (3) An action under this section shall not be subject to the "
        "damages limitations in s. 768.28(5).",
        "end.damage_caps",
        "yes",
        state="FL",
    ),
    Case(
        "the employer indemnifies only the remainder after the officer's share (written for the test)",
        LEO_CLAIM + CO_BAR + " c. The officer shall not be indemnified for, and shall personally "
        "pay, the first $10,000 of any judgment under this section, and the public entity that "
        "employs the officer shall indemnify the officer for the remainder.",
        "start.full_compensation",
        "partial",
    ),
    Case(
        "trap: fees awarded to the Attorney General (NJ A 4578)",
        LEO_CLAIM + NJ_AG_FEES,
        "start.attorney_fees",
        "no",
    ),
    Case(
        "trap: 'not to exceed' on a filing fee is not a damages cap (written for the test)",
        CO_CAUSE + " " + CO_BAR + " The clerk may charge a filing fee not to exceed fifty dollars "
        "for an action under this section.",
        "end.damage_caps",
        "yes",
        None,
        "WA",
    ),
    Case(
        "trap: advocacy is not law (written for the test)",
        "The sponsor wants to eliminate qualified immunity. A peace officer who, under color of "
        "law, deprives a person of a right secured by the state constitution is liable to the "
        "injured party.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "trap: a bill unrelated to liability, in a state with no cap (WA HB 1399)",
        WA_1399_UNRELATED,
        "end.damage_caps",
        "no",
        None,
        "WA",
    ),
    Case(
        "an officer who fails to intervene is liable in his own right (written for the test)",
        "A peace officer who is present when another peace officer deprives a person of a right "
        "secured by the state constitution and who fails to intervene to prevent the deprivation "
        "is liable to the injured party. Qualified immunity is not a defense to liability under "
        "this section.",
        "start.failure_to_intervene",
        "yes",
        "fails to intervene",
    ),
    # Traps: fees and indemnity elsewhere in a bill, for other claims or other people.
    Case(
        "fees-for-another-acts-claims",
        LEO_CLAIM + "Section 6. In an action under the consumer "
        "protection act, the court shall award reasonable attorney fees to the prevailing "
        "party.",
        "start.attorney_fees",
        "no",
    ),
    Case(
        "fees-under-the-civil-rights-act",
        LEO_CLAIM + "Section 6. In an action under the "
        "state civil rights act, the court shall award reasonable attorney fees to a prevailing "
        "plaintiff.",
        "start.attorney_fees",
        "yes",
        "civil rights act",
    ),
    Case(
        "indemnity-for-board-members",
        LEO_CLAIM + "Section 6. The state shall indemnify members "
        "of the board for acts within the scope of their duties on the board.",
        "start.full_compensation",
        "no",
    ),
    # Trap: a good-faith defense to an unrelated criminal charge elsewhere in the bill.
    Case(
        "criminal-good-faith-defense-elsewhere",
        LEO_CLAIM + "Qualified immunity is not a "
        "defense to liability under this section. Section 7. It is an affirmative defense to a "
        "prosecution under section 570.030 that the seller acted in good faith and reasonably "
        "believed the buyer was of age.",
        "end.law_enforcement",
        "yes",
        "is not a defense",
    ),
    # Findings explain the law; they neither keep nor bar the defense.
    Case(
        "findings-do-not-keep-the-defense",
        FINDINGS + LEO_CLAIM + "Section 3. Qualified "
        "immunity is not a defense to liability under this section.",
        "end.law_enforcement",
        "yes",
        "is not a defense",
    ),
    Case(
        "findings-alone-bar-nothing",
        "Section 1. The legislature finds and declares that "
        "qualified immunity shall not be a defense for officers who violate rights. " + LEO_CLAIM,
        "end.law_enforcement",
        "no",
    ),
    # A cap raised in the text (not only through struck numbers) is still a cap.
    Case(
        "cap-raised-in-words",
        MO_CLAIM + " For claims under this section the limit on damages "
        "in section 537.610 is increased to one million dollars.",
        "end.damage_caps",
        "partial",
        "increased to",
        state="MO",
    ),
    Case(
        "only-punitive-limits-lifted",
        MO_CLAIM + " The limit on punitive damages does not apply to claims under this section.",
        "end.damage_caps",
        "partial",
        "punitive",
        state="MO",
    ),
    Case(
        "fti-duty-with-its-own-liability",
        LEO_CLAIM + "Section 2. A law enforcement officer has "
        "a duty to intervene to prevent another officer's violation of this section and is "
        "liable under this section for failing to do so.",
        "start.failure_to_intervene",
        "yes",
        "duty to intervene",
    ),
    Case(
        "records-not-confidential",
        LEO_CLAIM + "Section 2. Records relating to a complaint of "
        "misconduct that results in a judgment under this section are not confidential and are "
        "subject to disclosure.",
        "start.public_records",
        "yes",
        "not confidential",
    ),
    Case(
        "caps-act-inapplicable",
        LEO_CLAIM + "Section 2. The state tort claims act is "
        "inapplicable to claims under this section.",
        "end.damage_caps",
        "yes",
        "inapplicable",
    ),
    Case(
        "fc-employer-pays-in-full",
        LEO_CLAIM + "Section 2. The officer's employer shall pay any "
        "judgment or settlement against the officer under this section in full.",
        "start.full_compensation",
        "yes",
        "shall pay",
    ),
    Case(
        "ia-certification-revoked-passive",
        LEO_CLAIM + "Section 2. Upon a final judgment that a "
        "law enforcement officer violated this section, the officer's certification shall be "
        "revoked.",
        "start.individual_accountability",
        "yes",
        "revoked",
    ),
    # More ways bills bar the defense, and ways they keep it.
    Case(
        "bar-abrogated",
        LEO_CLAIM + "Qualified immunity is hereby abrogated for claims under this section.",
        "end.law_enforcement",
        "yes",
        "abrogated",
    ),
    Case(
        "bar-no-immunity-defense",
        LEO_CLAIM + "There is no immunity defense to a claim under "
        "this section, including qualified immunity.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "bar-not-a-bar",
        LEO_CLAIM + "The doctrine of qualified immunity shall not be a bar to "
        "recovery under this section.",
        "end.law_enforcement",
        "yes",
        "shall not be a bar",
    ),
    Case(
        "keep-shall-not-be-construed",
        LEO_CLAIM + "This section shall not be construed to "
        "abrogate or limit the doctrine of qualified immunity.",
        "end.law_enforcement",
        "no",
        "shall not be construed",
    ),
    Case(
        "keep-may-raise",
        LEO_CLAIM + "A law enforcement officer may raise qualified immunity "
        "as a defense to a claim under this section.",
        "end.law_enforcement",
        "no",
        "may raise",
    ),
    # Setting aside the state's own cap statute, by number or within a range, lifts the cap.
    Case(
        "mo-cap-statute-range-set-aside",
        MO_CLAIM + " Sections 537.600 to 537.610 shall not apply to claims brought under this "
        "section.",
        "end.damage_caps",
        "yes",
        "537.600 to 537.610",
        state="MO",
    ),
    # Trap: a sibling subsection (an immunity, 893.80(4)) is not the cap (893.80(3)).
    Case(
        "wi-sibling-subsection-is-not-the-cap",
        WI_IMMUNITY_ONLY,
        "end.damage_caps",
        "no",
        state="WI",
    ),
    # The wrong the claim is for is itself a search: only search rights are covered.
    Case(
        "search-as-the-conduct-is-limited",
        "A peace officer who subjects a person to an unreasonable search or seizure in violation "
        "of the state constitution is liable. Qualified immunity is not a defense.",
        "end.state_constitution",
        "no",
    ),
    Case(
        "search-as-an-example-is-not-limited",
        "A peace officer who deprives a person of any right secured by the state constitution, "
        "including the right to be free from unreasonable search and seizure, is liable. "
        "Qualified immunity is not a defense.",
        "end.state_constitution",
        "yes",
    ),
    # A claim by cross-reference enforces the rights of the clause it points to.
    Case(
        "claim-by-reference-covers-state-constitution",
        BY_REFERENCE_BILL,
        "end.state_constitution",
        "yes",
        "constitution of this state",
    ),
    # "Governmental immunity shall only be a defense if ... good faith belief": kept, renamed.
    Case(
        "good-faith-condition-on-immunity-survives",
        BY_REFERENCE_BILL,
        "end.law_enforcement",
        "no",
        "good faith",
    ),
    Case("by-reference-police-only", BY_REFERENCE_BILL, "end.public_employees", "no"),
    # Without (a), the claim names no rights at all.
    Case(
        "claim-by-reference-without-the-clause",
        "\n".join([BY_REFERENCE_CLAIM, BY_REFERENCE_GOOD_FAITH]),
        "end.state_constitution",
        "no",
    ),
    # end.law_enforcement
    Case(
        "bar, Colorado",
        CO_CAUSE + "\n\n" + CO_BAR,
        "end.law_enforcement",
        "yes",
        "Qualified immunity is not a defense",
    ),
    Case(
        "bar on clearly-established defense without the words 'qualified immunity' (WA HB 1202)",
        "It is not an immunity or defense to an action brought under this chapter that: (a) The "
        "rights, privileges, or immunities sued upon were not clearly established at the time of "
        "the act, omission, or decision by the peace officer or employer; or (b) At such time, "
        "that the state of the law was such that the peace officer or employer could not "
        "reasonably have been expected to know whether such act, omission, or decision was lawful.",
        "end.law_enforcement",
        "yes",
        "not clearly established",
    ),
    Case(
        "no public body shall enjoy the defense (NM)",
        NM_BAR,
        "end.law_enforcement",
        "yes",
        "shall enjoy the defense",
    ),
    Case(
        "list of things that are not a defense across sub-units (MD)",
        "(c) The following are not a defense to a claim brought under this section:\n\n(i) Any of "
        "the elements of the federal doctrine of qualified immunity; and\n\n(ii) A good faith "
        "belief that the conduct was lawful.",
        "end.law_enforcement",
        "yes",
        "federal doctrine of qualified immunity",
    ),
    Case(
        "trap: codifies qualified immunity (Iowa SF 342)", IA_CODIFIED, "end.law_enforcement", "no"
    ),
    Case(
        "trap: savings clause keeps QI for some claims (NJ S 4046)",
        NJ_SAVINGS,
        "end.law_enforcement",
        "no",
        "shall not abrogate",
    ),
    Case(
        "trap: good-faith defense kept (FL)",
        FL_GOOD_FAITH,
        "end.law_enforcement",
        "no",
        "affirmative defense",
    ),
    Case(
        "trap: double negative keeps QI (written for the test)",
        "A court may not deny qualified immunity to a peace officer unless the right was clearly "
        "established.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "trap: nothing shall be construed to limit qualified immunity (written for the test)",
        "A peace officer who deprives a person of a right secured by the state constitution is "
        "liable to the injured party. Nothing in this section shall be construed to limit or "
        "abrogate the defense of qualified immunity.",
        "end.law_enforcement",
        "no",
        "Nothing in this section",
    ),
    Case(
        "silent: a claim with no bar (CA Civ. Code 52.1)",
        "Any individual whose exercise or enjoyment of rights secured by the Constitution or laws "
        "of this state has been interfered with may institute and prosecute in their own name a "
        "civil action for damages.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "trap: immunity only a defense when the officer had a good-faith belief (written for the "
        "test)",
        "In an action for damages under this section, governmental immunity shall only be a "
        "defense when the police officer, at the time of the conduct, held an objectively good "
        "faith belief that the conduct was lawful.",
        "end.law_enforcement",
        "no",
        "objectively good faith belief",
    ),
    Case(
        "'is not immune' bar (written for the test)",
        "A law enforcement officer who violates a right secured by the state constitution is "
        "liable to the injured person, and is not immune from liability on the ground that the "
        "right was not clearly established.",
        "end.law_enforcement",
        "yes",
        "not immune",
    ),
    # end.public_employees
    Case(
        "only peace officers (CO)",
        CO_CAUSE + "\n\n" + CO_BAR,
        "end.public_employees",
        "no",
        "A peace officer",
    ),
    Case(
        "public body and anyone acting for it (NM)",
        NM_BAR,
        "end.public_employees",
        "yes",
        "no public body",
    ),
    Case(
        "defined term resolves to police (NYC LL 48)",
        "It is not a defense to liability pursuant to this chapter that a covered individual has "
        'qualified immunity or any other substantially equivalent immunity. The term "covered '
        'individual" means (i) an employee of the police department or (ii) a person who is '
        "appointed by the police commissioner as a special patrolman.",
        "end.public_employees",
        "no",
    ),
    Case(
        "trap: 'public officials' names whose immunity is removed, but only for police (WI AB 186)",
        "(2) Immunity granted to public officials under s. 893.80 (4) or afforded under common law "
        "does not apply and may not be raised as a defense to civil liability claimed against a "
        "law enforcement officer for any act or failure to act by the officer done in an official "
        "capacity.",
        "end.public_employees",
        "no",
    ),
    Case(
        "every person acting under color of state law (1983-style state bill)",
        "Every person who, under color of any statute, ordinance, regulation, custom or usage of "
        "the state or any political subdivision thereof, subjects, or causes to be subjected, any "
        "other person to the deprivation of any rights, privileges, or immunities secured by the "
        "constitution and laws, shall be liable to the party injured. It shall not be a defense "
        "to liability under this section that the defendant was acting in good faith.",
        "end.public_employees",
        "yes",
        "Every person who",
    ),
    # end.state_constitution
    Case(
        "bill of rights of the state constitution (CO)",
        CO_CAUSE + "\n\n" + CO_BAR,
        "end.state_constitution",
        "yes",
        "state constitution",
    ),
    Case(
        "'constitutional rights' without limit (MO)",
        "506.450. 1. A peace officer, as defined under section 590.010, who, under color of law, "
        "deprives any individual of his or her constitutional rights shall be liable to such "
        "individual for legal or equitable relief or any other appropriate relief. 2. (2) Qualified "
        "immunity shall not be a defense to liability under this section.",
        "end.state_constitution",
        "yes",
        "constitutional rights",
    ),
    Case(
        "trap: rights limited to search and seizure and force (NYC LL 48)",
        "To amend the administrative code of the city of New York, in relation to creating a right "
        "of security against unreasonable search and seizure, and against excessive force "
        "regardless of whether such force is used in connection with a search or seizure, that is "
        "enforceable by civil action. It is not a defense to liability pursuant to this chapter "
        "that a covered individual has qualified immunity.",
        "end.state_constitution",
        "no",
    ),
    Case(
        "trap: bar only where force was used (ME 2021)",
        "A defendant in an action brought under section 4682 may not claim as a defense or "
        "immunity to the action that the defendant did not violate a clearly established "
        "statutory or constitutional right of which a reasonable person would have known if: The "
        "violation involved the person's using or threatening to use physical force or violence "
        "against a person.",
        "end.state_constitution",
        "no",
    ),
    Case(
        "enumerated sections only (written for the test)",
        "A peace officer who deprives a person of rights secured by sections 2, 9, and 10 of "
        "article I of the state constitution is liable to the injured party. Qualified immunity is "
        "not a defense to liability under this section.",
        "end.state_constitution",
        "partial",
        "sections 2, 9, and 10",
    ),
    # end.damage_caps
    Case(
        "caps made inapplicable (CO)",
        CO_CAUSE + "\n\n" + CO_CAPS,
        "end.damage_caps",
        "yes",
        "do not apply",
    ),
    Case(
        "bill adds its own cap, even a high one (NM)",
        NM_BAR + "\n\n" + NM_CAP,
        "end.damage_caps",
        "no",
        "shall not exceed",
    ),
    Case(
        "a limit on the officer's own share is not a cap on the award (written for the test)",
        CO_CAUSE + " " + CO_CAPS + " The personal liability of a peace officer under this section "
        "may not exceed "
        "$25,000.",
        "end.damage_caps",
        "yes",
        "do not apply",
    ),
    Case("silent, state caps such claims (MO)", CO_BAR, "end.damage_caps", "no", None, "MO"),
    Case("silent, state has no cap (WA)", CO_BAR, "end.damage_caps", "yes", None, "WA"),
    Case("silent, state unknown", CO_BAR, "end.damage_caps", "no"),
    # start.failure_to_intervene
    Case(
        "only 'including failing to intervene' (CO)",
        CO_CAUSE,
        "start.failure_to_intervene",
        "partial",
        "including failing to intervene",
    ),
    Case(
        "stand-alone duty with liability (written for the test)",
        "(6) A peace officer who is present when another officer deprives a person of a right "
        "and who has a reasonable opportunity to intervene shall intervene to stop the "
        "deprivation. A peace officer who fails to intervene as required by this subsection is "
        "liable to the injured party under this section.",
        "start.failure_to_intervene",
        "yes",
        "fails to intervene",
    ),
    Case(
        "trap: duty to intervene in a use-of-force law, no civil liability (CO 18-8-802)",
        "(1.5)(a) A peace officer shall intervene to prevent or stop another peace officer from "
        "using physical force that exceeds the degree of force permitted.",
        "start.failure_to_intervene",
        "no",
    ),
    Case("silent", CO_BAR, "start.failure_to_intervene", "no"),
    # start.full_compensation
    Case(
        "mandatory and full amount guaranteed (MO)",
        MO_CLAIM + " " + MO_INDEMNITY,
        "start.full_compensation",
        "yes",
        "full amount",
    ),
    Case(
        "mandatory indemnification of judgments (TX HB 88)",
        LEO_CLAIM
        + "Notwithstanding any other law, a public entity shall indemnify a peace officer "
        "employed "
        "by the entity for liability incurred by and a judgment imposed against the officer in an "
        "action brought under this chapter.",
        "start.full_compensation",
        "yes",
        "shall indemnify",
    ),
    Case(
        "trap: optional indemnification (MA SB 1004)",
        "Public employers may indemnify public employees for claims brought under this section.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "trap: payment may be refused for intentional harm (FL)",
        "Payments for the full amount of the judgment "
        "may be made unless the officer, employee, or agent has been determined in the final "
        "judgment to have caused the harm intentionally.",
        "start.full_compensation",
        "no",
    ),
    # start.attorney_fees
    Case(
        "court shall award fees (MO)",
        MO_CLAIM + " 3. In any action brought under this section, a court shall award reasonable "
        "attorney fees "
        "and costs to a prevailing plaintiff.",
        "start.attorney_fees",
        "yes",
        "shall award reasonable attorney fees",
    ),
    Case(
        "trap: 'may award' (CA Civ. Code 52.1)",
        LEO_CLAIM
        + "In addition to any damages, injunction, or other equitable relief awarded in an "
        "action "
        "brought pursuant to subdivision (c), the court may award the petitioner or plaintiff "
        "reasonable attorney's fees.",
        "start.attorney_fees",
        "no",
        "may award",
    ),
    Case("trap: fees named only in a cap lift (CO)", CO_CAPS, "start.attorney_fees", "no"),
    # start.individual_accountability
    Case(
        "personal share of the judgment (MO)",
        MO_CLAIM + " " + MO_INDEMNITY,
        "start.individual_accountability",
        "yes",
        "personally liable",
    ),
    Case(
        "decertification tied to the violation (written for the test)",
        LEO_CLAIM + "If a peace officer is found civilly liable for a deprivation of rights under "
        "this section, "
        "the peace officer standards and training board shall decertify the peace officer.",
        "start.individual_accountability",
        "yes",
        "decertify",
    ),
    Case(
        "trap: officer shielded from personal liability (written for the test)",
        "A public employee shall not be personally liable for any judgment under this section.",
        "start.individual_accountability",
        "no",
    ),
    # start.public_records
    Case(
        "judgments and settlements posted online (NYC LL 48)",
        LEO_CLAIM + "The law department shall post online certain information regarding civil "
        "actions brought "
        "under this chapter, including the amount of each judgment and settlement.",
        "start.public_records",
        "yes",
        "post online",
    ),
    Case(
        "only recordings released (CO SB 20-217)",
        CO_CAUSE + " The local law enforcement agency shall release all unedited video and audio "
        "recordings of "
        "the incident to the public within twenty-one days after it received the complaint of "
        "misconduct.",
        "start.public_records",
        "partial",
        "recordings",
    ),
    Case(
        "trap: records kept confidential (written for the test)",
        "Records of complaints against a peace officer are confidential and shall not be disclosed.",
        "start.public_records",
        "no",
    ),
    Case("silent", CO_BAR, "start.public_records", "no"),
    # Drafting styles: the passive claim, a bar after an introductory phrase, "shielded by",
    # a good-faith defense kept beside a QI bar, a single state agency, state and local
    # employees together.
    Case(
        "passive claim 'an action may be brought against' (written for the test)",
        "The doctrine of qualified immunity is abolished in this state. An action may be brought "
        "against any law enforcement officer who, acting under color of law, violates a right "
        "guaranteed by the constitution of this state.",
        "end.state_constitution",
        "yes",
        "may be brought against",
    ),
    Case(
        "bar after an introductory phrase: ', no immunity ... shall be a defense' "
        "(written for the test)",
        "In an action under this section against a law enforcement officer for deprivation of "
        "rights secured by the state constitution, no immunity, whether qualified, absolute, or "
        "otherwise, shall be a defense.",
        "end.law_enforcement",
        "yes",
        "no immunity",
    ),
    Case(
        "'shall not be shielded by qualified immunity' is a bar (written for the test)",
        LEO_CLAIM + "The officer shall not be shielded by qualified immunity.",
        "end.law_enforcement",
        "yes",
        "shielded",
    ),
    Case(
        "good-faith affirmative defense kept beside a QI bar (written for the test)",
        LEO_CLAIM + "Qualified immunity is not a defense. It is an affirmative defense that the "
        "officer acted in good faith and with a reasonable belief that the conduct was lawful.",
        "end.law_enforcement",
        "no",
        "affirmative defense",
    ),
    Case(
        "trap: a good-faith defense to a prosecution is not a civil defense (written for the test)",
        LEO_CLAIM + "Qualified immunity is not a defense. It is an affirmative defense to a "
        "prosecution under section 9 that the officer acted in good faith.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "one state agency only is some officers (written for the test)",
        "A member of the state highway patrol who deprives a person of a right under the state "
        "constitution is liable to that person. Qualified immunity is not a defense to liability "
        "under this section.",
        "end.law_enforcement",
        "partial",
        "highway patrol",
    ),
    Case(
        "a general class beside a state agency is all officers (written for the test)",
        "Any peace officer, including a member of the state highway patrol, who deprives a person "
        "of a right under the state constitution is liable to that person. Qualified immunity is "
        "not a defense to liability under this section.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "employees of the state and of its subdivisions are all public employees "
        "(written for the test)",
        "An employee of the state or of a political subdivision who, under color of law, deprives "
        "a person of a right under the state constitution is liable to the person injured. "
        "Qualified immunity is not a defense.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "a defined class of state and local officials, police included, is every public "
        "employee (written for the test)",
        'Sec. 1. In this act, "covered official" means any employee or official of the state or '
        "of any county, municipality, or other political subdivision, including a law enforcement "
        "officer. Sec. 2. A covered official who, under color of law, deprives a person of any "
        "right secured by the constitution of this state shall be liable to the person injured. "
        "Sec. 3. Qualified immunity shall not be a defense to liability under section 2.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "a share the employer may seek is left to discretion (written for the test)",
        LEO_CLAIM + "Qualified immunity is not a defense. The employer may seek contribution from "
        "the officer for up to five percent of the judgment.",
        "start.individual_accountability",
        "partial",
        "may seek contribution",
    ),
    # Federal bills: amending instructions and the text they insert, "this section" inside
    # section 1983, findings lists, the employer or the United States liable for its officers.
    Case(
        "text inserted into section 1983 speaks of that action (S. 1913-style, written for the "
        "test)",
        FEDERAL_HEADER + "SEC. 4. Section 1979 of the Revised Statutes of the United States (42 "
        "U.S.C. 1983) is amended by adding at the end the following:\n“It shall not be a defense "
        "or immunity in any action brought under this section that the defendant was acting in "
        "good faith, or that the defendant believed, reasonably or otherwise, that his or her "
        "conduct was lawful at the time when the conduct was committed.”",
        "end.public_employees",
        "yes",
        "shall not be a defense",
    ),
    Case(
        "a federal bill's section 1983 claim: no federal dollar cap (written for the test)",
        FEDERAL_HEADER + "SEC. 4. Section 1979 of the Revised Statutes of the United States (42 "
        "U.S.C. 1983) is amended by adding at the end the following:\n“It shall not be a defense "
        "or immunity in any action brought under this section that the defendant was acting in "
        "good faith.”",
        "end.damage_caps",
        "yes",
    ),
    Case(
        "findings list items are not law (written for the test)",
        FEDERAL_HEADER + "SEC. 2. FINDINGS.\nCongress finds the following:\n(1) Qualified "
        "immunity is not a defense under the common law of 1871.\n(2) Officers who violate rights "
        "should be liable to the injured party.\nSEC. 3. REPORT.\nThe Attorney General shall "
        "report to Congress on civil rights litigation.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "'sense of Congress' is not law (written for the test)",
        FEDERAL_HEADER + "SEC. 2. It is the sense of Congress that qualified immunity shall not "
        "be a defense in any action against a law enforcement officer.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "the employer of the officer is liable for the officer's conduct (S. 2103, 117th Cong.)",
        "(c) If, while acting under color of law, any officer who is empowered by law to execute "
        "searches, to seize evidence, or to make arrests subjects or causes to be subjected any "
        "citizen of the United States or other person within the jurisdiction thereof to the "
        "deprivation of any rights, privileges, or immunities secured by the Constitution and "
        "laws, the public employer of that officer shall be liable to the party injured for the "
        "conduct of the officer in an action at law, suit in equity, or other proper proceeding "
        "for redress, regardless of whether a policy or custom of the public employer caused the "
        "violation, and regardless of whether the officer has any defense or immunity from suit "
        "or liability.",
        "start.full_compensation",
        "yes",
        "public employer of that officer shall be liable",
    ),
    Case(
        "immunity kept for 'all other cases' on a condition (H.R. 7284, 119th Cong.)",
        "(b) In the case of any action brought under this section or any other Federal law against "
        "an officer or agent of U.S. Immigration and Customs Enforcement or U.S. Customs and "
        "Border Protection engaged in law enforcement— (1) no immunity defense shall be available "
        "if the facts alleged by the plaintiff would constitute excessive force in violation of "
        "the 4th amendment; and (2) in all other cases, an immunity defense shall only be "
        "available if the defendant acted in a manner consistent with rights, privileges, or "
        "immunities secured by the Constitution and laws clearly established at the time at "
        "which the conduct subject to the cause of action occurred.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "a dollar ceiling on punitive damages is the bill's own cap (H.R. 9189, 119th Cong.)",
        FEDERAL_HEADER + "(1) Any Federal law enforcement officer who, while acting under color "
        "of law, violates a person's right to record, observe, or peacefully protest law "
        "enforcement activities shall be liable to the party injured in a civil action with "
        "respect to such violation in the appropriate district court for redress, including an "
        "award of the greater of actual damages or statutory damages in the amount of $25,000 for "
        "each violation, and punitive damages up to $100,000 for each violation engaged in with "
        "malice or reckless disregard for the federally protected rights of the party injured.",
        "end.damage_caps",
        "no",
        "punitive damages up to $100,000",
    ),
    Case(
        "trap: a QI bar for a private contractor's staff is not about public officers "
        "(written for the test)",
        FEDERAL_HEADER + "SEC. 2. Qualified immunity shall not be available as a defense to any "
        "employee of a private prison contractor in any action under section 1979 of the Revised "
        "Statutes (42 U.S.C. 1983).",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "a claim placed in the Federal Tort Claims Act keeps its limits (written for the test)",
        FEDERAL_HEADER + "SEC. 2. Section 2674 of title 28, United States Code, is amended by "
        "adding at the end the following:\n“If, while acting under color of law, a Federal law "
        "enforcement officer subjects any individual to the deprivation of any rights secured by "
        "the Constitution, the United States shall be liable to the party injured.”",
        "end.damage_caps",
        "partial",
    ),
    Case(
        "body-camera recordings alone are only some records (written for the test)",
        LEO_CLAIM + "Qualified immunity is not a defense. All body-worn camera recordings of the "
        "incident shall be released to the public within 21 days.",
        "start.public_records",
        "partial",
        "recordings",
    ),
    Case(
        "trap: fees to a defendant for a frivolous suit are not the plaintiff's fees "
        "(written for the test)",
        LEO_CLAIM + "Qualified immunity is not a defense. If the court finds the action "
        "frivolous, the court shall award attorney fees to the defendant.",
        "start.attorney_fees",
        "no",
    ),
    Case(
        "a defined class acting for a police agency is law enforcement only (written for the test)",
        'Sec. 2. (1) "Covered person" means a peace officer or a corrections officer, and any '
        "person acting under color of law on behalf of a law enforcement agency. Sec. 3. (1) A "
        "covered person who, under color of law, subjects any person to the deprivation of any "
        "rights secured by the constitution of the state is liable to the injured party. (2) It "
        "is not a defense that the covered person acted in good faith or that the right was not "
        "clearly established.",
        "end.public_employees",
        "no",
    ),
    Case(
        "indemnity of a defined class of officers (written for the test)",
        'Sec. 2. (1) "Covered person" means a peace officer or a corrections officer. Sec. 3. A '
        "covered person who, under color of law, deprives any person of a right secured by the "
        "constitution of the state is liable to the injured party. Qualified immunity is not a "
        "defense. Sec. 4. A law enforcement agency shall indemnify a covered person it employs "
        "for any liability incurred under section 3 of this act.",
        "start.full_compensation",
        "yes",
        "shall indemnify a covered person",
    ),
    Case(
        "claims against the public body alone: it pays the whole award (NM HB 4, 2021)",
        NM_BAR + " Claims arising under the New Mexico Civil Rights Act shall be brought "
        "exclusively against a public body.",
        "start.full_compensation",
        "yes",
        "exclusively against a public body",
        "NM",
    ),
    Case(
        "an employer directed to pay compensatory damages only leaves part unpaid "
        "(745 ILCS 10/9-102, beside a claim written for the test; alone it gives no claim and "
        "scores no)",
        LEO_CLAIM
        + "A local public entity is empowered and directed to pay any tort judgment or settlement "
        "for compensatory damages (and may pay any associated attorney's fees and costs) for which "
        "it or an employee while acting within the scope of his employment is liable in the manner "
        "provided in this Article.",
        "start.full_compensation",
        "partial",
    ),
    Case(
        "payment only for acts 'without malice and in good faith' is a carve-out "
        "(Ark. Code 21-9-304(b), beside a claim written for the test)",
        LEO_CLAIM
        + "(b) Should a judgment be rendered against the city of the first class, city of the second "
        "class, incorporated town, county, or its employees, the state shall pay actual, but not "
        "punitive, damages adjudged by a state or federal court, or entered by the court as a "
        "result of a compromise settlement approved and recommended by the Attorney General, "
        "based on an act or omission by the officer or employee while acting without malice and in "
        "good faith within the course and scope of his or her employment and in performance of "
        "his or her official duties.",
        "start.full_compensation",
        "no",
        "without malice",
        "AR",
    ),
    Case(
        "trap: a public entity liable for its own taking is not about officers "
        "(written for the test)",
        "A public entity is liable for just compensation when it takes private property for "
        "public use. The court shall award reasonable attorney fees to a property owner who "
        "prevails.",
        "start.attorney_fees",
        "no",
    ),
    Case(
        "trap: a public employee's retaliation claim against the employer is not about officers "
        "(written for the test)",
        "A public employer shall not retaliate against a public employee who reports a violation "
        "of law. A public employee who is retaliated against may bring a civil action against "
        "the employer, and the court shall award reasonable attorney fees to a prevailing "
        "employee.",
        "start.full_compensation",
        "no",
    ),
    Case(
        "'Sections 7 and 8, of the state constitution' lists some sections (written for the test)",
        "A peace officer who violates rights guaranteed by Article I, Sections 7 and 8, of the "
        "state constitution is liable to the injured party. Qualified immunity is not a defense.",
        "end.state_constitution",
        "partial",
    ),
    Case(
        "Markdown copy: a bar after an italic catch-line (US S. 2053, 118th Congress)",
        "- **(2)** *Private right of action* Any individual or entity adversely affected by an "
        "alleged violation of this section may commence a civil action in State or Federal court "
        "against any State, State official, or any other person acting under the color of law in "
        "violation of this section.\n"
        "- **(7)** *Abrogation of State immunity* Neither a State that enforces or maintains, nor "
        "a government official who implements or enforces, any limitation or requirement that "
        "violates this section shall be immune under the Tenth Amendment to the Constitution of "
        "the United States, the Eleventh Amendment to the Constitution of the United States, the "
        "doctrine of sovereign immunity, the doctrine of qualified immunity, or any other source "
        "of law, from an action in a Federal or State court of competent jurisdiction challenging "
        "that limitation or requirement.",
        "end.law_enforcement",
        "yes",
        "doctrine of qualified immunity",
    ),
    Case(
        "trap: the Eleventh Amendment named as a source of immunity is not a right enforced "
        "(US S. 2053, 118th Congress)",
        "Any individual adversely affected by an alleged violation of this section may commence a "
        "civil action against any State official acting under the color of law in violation of "
        "this section. No government official who enforces a limitation that violates this "
        "section shall be immune under the Eleventh Amendment to the Constitution of the United "
        "States or the doctrine of qualified immunity from an action challenging that limitation.",
        "end.state_constitution",
        "no",
    ),
    Case(
        "trap: bar only for an officer whose conduct broke the officer's training (written for "
        "the test)",
        LEO_CLAIM + "Qualified immunity is not a defense for a peace officer whose conduct "
        "violated the training the officer received or the written policy of the officer's "
        "agency.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "trap: bar only when the officer acted with malice (written for the test)",
        LEO_CLAIM + "The defense of qualified immunity shall not apply in an action under this "
        "section if the officer acted with malice or in bad faith.",
        "end.law_enforcement",
        "no",
    ),
    Case(
        "a bar that names malice only to deny it matters is whole (written for the test)",
        LEO_CLAIM + "Qualified immunity is not a defense to liability under this section, and "
        "the plaintiff need not prove that the officer acted with malice.",
        "end.law_enforcement",
        "yes",
    ),
    Case(
        "an amendment of section 1983 that widens who is liable changes its claim (US H.R. 9060, "
        "116th Congress)",
        "Be it enacted by the Senate and House of Representatives of the United States of America "
        "in Congress assembled,\nSection 2. Section 1979 of the Revised Statutes of the United "
        "States (42 U.S.C. 1983) is amended by adding at the end the following: \u201cFor purposes "
        "of this section, the term person includes a State or Commonwealth, and a department, "
        "office, or officer acting in their official capacity, thereof.\u201d",
        "end.state_constitution",
        "yes",
        "42 U.S.C. 1983",
    ),
    Case(
        "trap: section 1983 amended to codify the defense narrows the claim (US H.R. 7951, 116th "
        "Congress)",
        "Be it enacted by the Senate and House of Representatives of the United States of America "
        "in Congress assembled,\nSection 3. Section 1979 of the Revised Statutes (42 U.S.C. 1983) "
        "is amended by adding at the end the following new subsection: \u201c(b)(1) A law "
        "enforcement officer subject to an action under this section in their individual "
        "capacity shall not be found liable if such law enforcement officer establishes that the "
        "right, privilege, or immunity secured by the Constitution or Federal law was not clearly "
        "established at the time of their deprivation by the law enforcement officer.\u201d",
        "end.state_constitution",
        "no",
    ),
    Case(
        "bar: 'it is no answer to a claim' that the officer believed, however reasonably (written for the test)",
        LEO_CLAIM
        + "It is no answer to a claim under this section that the officer believed, however reasonably, that the conduct was lawful.",
        "end.law_enforcement",
        "yes",
        "no answer",
    ),
    Case(
        "bar: the doctrine 'shall not be interposed as a defense' (written for the test)",
        LEO_CLAIM
        + "The doctrine of qualified immunity shall not be interposed as a defense in an action under this section.",
        "end.law_enforcement",
        "yes",
        "interposed",
    ),
    Case(
        "bar: the doctrine's test 'is not an element of, or a defense to' the claim (written for the test)",
        LEO_CLAIM
        + "Whether the unlawfulness of the conduct would have been apparent to a reasonable officer is not an element of, or a defense to, a claim under this section.",
        "end.law_enforcement",
        "yes",
        "apparent to a reasonable officer",
    ),
    Case(
        "bar: the element kept from jury and court (written for the test)",
        LEO_CLAIM
        + "In any action under this section, whether the right was clearly established at the time of the conduct shall not be submitted to the jury and shall not be decided by the court.",
        "end.law_enforcement",
        "yes",
        "submitted to the jury",
    ),
    Case(
        "bar: Kentucky's 'qualified official immunity' (written for the test)",
        LEO_CLAIM
        + "The doctrine of qualified official immunity shall not apply to an action under this section.",
        "end.law_enforcement",
        "yes",
        "qualified official immunity",
    ),
    Case(
        "bar: liability defined 'whether or not' the right was clearly established (written for the test)",
        "(a) As used in this section, 'liable' means answerable in damages for the whole harm caused, whether or not the conduct violated a right that was clearly established at the time.\n(b) A law enforcement officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person.",
        "end.law_enforcement",
        "yes",
        "whether or not",
    ),
    Case(
        "bar: no standard that 'excuses liability because' no court had held it (written for the test)",
        LEO_CLAIM
        + "An officer sued under this section shall not be held to a standard that excuses liability because no court had previously found similar conduct to be unlawful.",
        "end.law_enforcement",
        "yes",
        "excuses liability",
    ),
    Case(
        "bar: the jury may not be instructed on reasonable belief (written for the test)",
        LEO_CLAIM
        + "The court shall not instruct the jury that it may find for the defendant because the defendant reasonably believed the conduct to be lawful.",
        "end.law_enforcement",
        "yes",
        "instruct the jury",
    ),
    Case(
        "trap: a belief made irrelevant in a criminal prosecution (written for the test)",
        "Sec. 33-3. Official misconduct. (e) In a prosecution under this Section of a peace officer for an unlawful use of force, the officer's belief that the conduct was lawful is not relevant, and it is not a defense that no court had previously held similar conduct unlawful.",
        "end.law_enforcement",
        "no",
        None,
    ),
    Case(
        "trap: private security officers denied a peace officer's immunity (written for the test)",
        "(a) A commissioned security officer employed by a license holder is not entitled to official immunity, qualified immunity, or any other immunity available to a peace officer. (b) A license holder is jointly and severally liable with a commissioned security officer it employs for damages caused by the officer's unlawful detention of a person.",
        "end.law_enforcement",
        "no",
        None,
    ),
    Case(
        "trap: fees in a contract action against the state, officers not liable on the contract (written for the test)",
        "(1) The state waives sovereign immunity for an action for breach of an express written contract. (2) An officer, employee, or agent of the state is not personally liable on a contract described in subsection (1). (3) The court shall award reasonable attorney fees to a contractor who prevails in an action under this section.",
        "start.attorney_fees",
        "no",
        None,
    ),
    Case(
        "trap: a resolution's view that Congress should eliminate the defense (US S. Res. 602, 116th Congress)",
        "Resolved, That the Senate--\n(1) recognizes and acknowledges that the doctrine of qualified immunity rests on a mistaken judicial interpretation of a statute enacted by Congress; and\n(2) recognizes and acknowledges that, to correct that mistaken judicial interpretation, Congress should amend section 1979 of the Revised Statutes (42 U.S.C. 1983) to eliminate the qualified immunity defense for law enforcement officers.",
        "end.law_enforcement",
        "no",
        None,
    ),
    Case(
        "inserted section with its number and a '.-' catch-line names its class (written for the test)",
        "Section 768.282, Florida Statutes, is created to read: 768.282 Deprivation of rights by officers.- (1) A law enforcement officer or correctional officer, as defined in s. 943.10(1) and (2), who, under color of law, deprives a person of a right secured by the State Constitution is liable to that person. (2) Qualified immunity is not a defense to a claim under this section.",
        "end.law_enforcement",
        "yes",
        "law enforcement officer or correctional officer",
    ),
    Case(
        "a class certified under a citation with a letter ('ORS 181A.490') (written for the test)",
        "(1) A police officer, reserve officer or parole and probation officer certified under ORS 181A.490 who, under color of law, deprives a person of a right secured by the Oregon Constitution is liable to the person for damages. (2) Qualified immunity is not a defense to a claim under this section.",
        "end.law_enforcement",
        "yes",
        "181A.490",
    ),
    Case(
        "speech and assembly are two named rights (written for the test)",
        "An employee of this state who, under color of law, deprives a person of the freedom of speech or of the right of assembly secured by the Texas Constitution is liable to the person for damages. Qualified immunity is not a defense to a claim under this section.",
        "end.state_constitution",
        "partial",
        None,
    ),
    Case(
        "trap: a public entity's agreement 'to be held liable for the costs' of a defense program (NY S 7698, 2025)",
        "The provisions of this section shall apply to any public entity whose governing body has agreed by the adoption of local law (1) to confer the benefits of this section upon its employees, and (2) to be held liable for the costs incurred under these provisions.",
        "end.damage_caps",
        "no",
        None,
        "NY",
    ),
    Case(
        "a claim against prosecutors alone ends no officer's immunity (WA HB 1890, 2025)",
        "1. Any person injured by an individual released as a result of a state prosecutor declining to file reasonable criminal charges has a cause of action against such prosecutor. 6. No form of prosecutorial immunity may be raised as an immunity or defense to any action brought under this section.",
        "end.law_enforcement",
        "no",
        None,
        "WA",
    ),
    Case(
        "a personal share owed only on a finding of reckless conduct is narrow (WA HB 1890, 2025)",
        LEO_CLAIM
        + "Qualified immunity is not a defense. Whenever a claim is brought under this section, if the trier of fact finds by clear and convincing evidence that the defendant intentionally, knowingly, or recklessly disregarded the risk of harm, then: the defendant shall be personally liable for all costs of defense and judgment.",
        "start.individual_accountability",
        "partial",
        "personally liable",
    ),
    Case(
        "trap: a federal claim for prospective injunctive relief only has no damages to cap (US H.R. 1322, 115th Congress)",
        "Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,\nSec. 6. (b) Any individual aggrieved by an alleged violation of this Act may commence a civil action for prospective injunctive relief against the government official that is charged with implementing or enforcing the restriction.",
        "end.damage_caps",
        "no",
        None,
    ),
    Case(
        "trap: section 1983 remedies 'limited to injunctive and declaratory relief' (US H.R. 425, 118th Congress)",
        "Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,\nSection 1979 of the Revised Statutes of the United States (42 U.S.C. 1983) is amended by adding at the end the following: (b) The remedies with respect to a claim under this section are limited to injunctive and declaratory relief where the deprivation consists of a violation of a prohibition in the Constitution against the establishment of religion.",
        "end.damage_caps",
        "no",
        None,
    ),
    Case(
        "a personal share as 'the lesser of one-twentieth of the judgment or $25,000' (written for the test)",
        LEO_CLAIM
        + "Qualified immunity is not a defense. Of any judgment against a law enforcement officer under this section, the officer shall bear personally the lesser of one-twentieth of the judgment or $25,000.",
        "start.individual_accountability",
        "yes",
        "one-twentieth",
    ),
    Case(
        "caps lifted by 'Neither governmental immunity nor Article 31 ... shall limit' (written for the test)",
        LEO_CLAIM
        + "Qualified immunity is not a defense. Neither governmental immunity nor Article 31 of Chapter 143 of the General Statutes shall limit the amount recovered in an action under this section.",
        "end.damage_caps",
        "yes",
        "shall limit",
        "NC",
    ),
    Case(
        "fees mandatory only when more than nominal damages are won (written for the test)",
        LEO_CLAIM
        + "In an action under this section in which the plaintiff recovers more than nominal damages, the court shall award the plaintiff reasonable attorney fees. The court may award reasonable attorney fees in any other action under this section.",
        "start.attorney_fees",
        "partial",
        "more than nominal",
    ),
    Case(
        "a duty to stop another officer's force whose breach 'is a deprivation of rights actionable' (written for the test)",
        LEO_CLAIM
        + "A law enforcement officer who is present when another officer uses physical force that the present officer knows is beyond that authorized by law has a duty to take reasonable steps to stop it. Breach of that duty is a deprivation of rights actionable under section 1.",
        "start.failure_to_intervene",
        "yes",
        "actionable",
    ),
    Case(
        "an employee who fails to intervene as required is 'jointly and severally liable' (written for the test)",
        "1. An employee of a law enforcement agency who, under color of law, deprives a person of any right secured by the Constitution of the State of Nevada is liable to that person in an action at law. 2. An employee of a law enforcement agency who is present when another employee of a law enforcement agency deprives a person of a right described in subsection 1, and who has a realistic opportunity to intervene, shall intervene. An employee who fails to intervene as required by this subsection is jointly and severally liable with the other employee in the action pursuant to subsection 1.",
        "start.failure_to_intervene",
        "yes",
        "jointly and severally liable",
    ),
    Case(
        "'the governmental actor that employs' a defendant is the employer who indemnifies (written for the test)",
        "Section 10. A governmental actor who, under color of law, subjects any person to the deprivation of any right secured by the constitution of this State is liable to that person for actual damages. Qualified immunity is not a defense. Section 11. The governmental actor that employs an individual defendant shall indemnify the individual for any judgment under Section 10, and shall pay to the plaintiff any part of the judgment that is not collected from the individual within 60 days after it becomes final.",
        "start.full_compensation",
        "yes",
        "that employs",
    ),
    Case(
        "a witnessing officer who 'takes no reasonable steps to prevent' the harm is liable (written for the test)",
        "A deputy sheriff who, under color of law, deprives a person of a right secured by the constitution of this state is liable to that person for damages. Qualified immunity is not a defense. A deputy sheriff who sees another deputy sheriff deprive a person of such a right, and who has a reasonable opportunity to prevent the harm but takes no reasonable steps to prevent it, is liable to that person to the same extent as the other deputy sheriff.",
        "start.failure_to_intervene",
        "yes",
        "takes no reasonable steps",
    ),
    Case(
        "a duty to 'take reasonable measures to stop' whose breach makes the officer liable 'as a participant' (written for the test)",
        "A deputy sheriff who, under color of law, deprives a person of a right secured by the constitution of this state is liable to that person for damages. Qualified immunity is not a defense. A deputy sheriff who observes another deputy sheriff depriving a person of such a right shall take reasonable measures to stop the deprivation. A deputy sheriff who fails to take those measures is liable under this section as a participant in the deprivation.",
        "start.failure_to_intervene",
        "yes",
        "fails to take those measures",
    ),
    Case(
        "'being present knowingly permits another deputy sheriff to deprive' is one way of causing it (written for the test)",
        "A deputy sheriff who, under color of law, deprives, or being present knowingly permits another deputy sheriff to deprive, a person of a right secured by the constitution of this state is liable to that person for damages. Qualified immunity is not a defense.",
        "start.failure_to_intervene",
        "partial",
        "permits another deputy sheriff",
    ),
    Case(
        "a teacher's failure to take steps against bullying is no intervention duty (written for the test)",
        "A teacher who fails to take reasonable steps to prevent bullying of a student shall be subject to discipline by the school board.",
        "start.failure_to_intervene",
        "no",
        None,
    ),
    Case(
        "every public employee 'other than a peace officer': the police are left out (written for the test)",
        "A public employee, other than a peace officer, who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person. A public employee sued under this section may not assert qualified immunity as a defense.",
        "end.law_enforcement",
        "no",
        "other than a peace officer",
    ),
    Case(
        "every public employee 'other than a peace officer' is wider than police but not all (written for the test)",
        "A public employee, other than a peace officer, who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person. A public employee sued under this section may not assert qualified immunity as a defense.",
        "end.public_employees",
        "partial",
        "other than a peace officer",
    ),
    Case(
        "'This act shall not apply to law enforcement officers' leaves every officer out (written for the test)",
        "Any person who, under color of law, deprives another of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense in an action under this act. This act shall not apply to law enforcement officers.",
        "end.law_enforcement",
        "no",
        None,
    ),
    Case(
        "leaving out the police of one large city leaves out some police only (written for the test)",
        "Any person who, under color of law, deprives another of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense in an action under this section. This section shall not apply to a police officer employed by a city having a population of one million or more.",
        "end.law_enforcement",
        "partial",
        None,
    ),
    Case(
        "an employer 'answerable for the whole of any judgment' pays the whole award (written for the test)",
        "A county employee who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under this section. "
        "The county is answerable for the whole of any judgment under this section, and the judgment creditor may enforce it against the county.",
        "start.full_compensation",
        "yes",
        "answerable for the whole",
    ),
    Case(
        "'the county that employs a defendant shall pay the compensatory damages' leaves punitive damages unpaid (written for the test)",
        "A county employee who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under this section. "
        "The county that employs a defendant shall pay the compensatory damages awarded against the defendant under this section.",
        "start.full_compensation",
        "partial",
        "compensatory damages awarded",
    ),
    Case(
        "only the sums paid in settlement, disclosed on request by any person, are some records (written for the test)",
        "A county employee who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under this section. "
        "The county shall disclose, on request by any person, the amount paid in settlement of each claim under this section.",
        "start.public_records",
        "partial",
        "amount paid in settlement",
    ),
    Case(
        "an employer that 'may impose discipline on any defendant' against whom judgment is entered: discretionary (written for the test)",
        "A county employee who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under this section. "
        "The county may impose discipline on any defendant against whom a judgment is entered under this section.",
        "start.individual_accountability",
        "partial",
        "impose discipline",
    ),
    Case(
        "'by failing to intervene permits another such officer or employee to deprive' is one way of causing it (written for the test)",
        "Any officer or employee of a county who under color of law deprives a person of, or by failing to intervene permits another such officer or employee to deprive a person of, a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under this section.",
        "start.failure_to_intervene",
        "partial",
        None,
    ),
    Case(
        "a cap statute amended so 'the limits in this subsection do not apply' to judgments on the new claim (written for the test)",
        "3-2A-01. (a) A law enforcement officer who, under color of law, deprives an individual of a right secured by the Maryland Declaration of Rights is liable to the individual for damages. (b) Qualified immunity may not be raised as a defense in an action under this section. 5-303. (a)(1) Except as provided in paragraph (3) of this subsection, the liability of a local government may not exceed $400,000 per an individual claim. (3) The limits in this subsection do not apply to a judgment under 3-2A-01 of this article.",
        "end.damage_caps",
        "yes",
        "limits in this subsection do not apply",
        "MD",
    ),
    Case(
        "a cap 'except as provided in paragraph (3)' with no lift in the bill stays a cap (written for the test)",
        "3-2A-01. (a) A law enforcement officer who, under color of law, deprives an individual of a right secured by the Maryland Declaration of Rights is liable to the individual for damages. (b) Qualified immunity may not be raised as a defense in an action under this section. (c) Except as provided in paragraph (3) of this subsection, the liability of a local government for a judgment under this section may not exceed $400,000 per an individual claim.",
        "end.damage_caps",
        "no",
        "may not exceed",
        "MD",
    ),
    Case(
        "Pennsylvania's subchapter on 'actions against local parties' set aside lifts the local-agency cap (written for the test)",
        "(a) A law enforcement officer who, under color of law, deprives a person of a right secured by the Constitution of Pennsylvania shall be liable to the person injured. (b) Qualified immunity is not a defense to an action under this section. (c) Subchapter C of Chapter 85 (relating to actions against local parties) shall not apply to an action under this section.",
        "end.damage_caps",
        "yes",
        "actions against local parties",
        "PA",
    ),
    Case(
        "a substitute amendment to an H.R. bill is an act of Congress, so no state cap reaches it (written for the test)",
        "AMENDMENT IN THE NATURE OF A SUBSTITUTE TO H.R. 1280. Strike all after the enacting clause and insert the following: SECTION 1. CIVIL ACTION. (a) Any person who, under color of the law of a State, deprives an individual of a right secured by the Constitution shall be liable to the individual. (b) Qualified immunity shall not be a defense in an action under subsection (a).",
        "end.damage_caps",
        "yes",
        None,
    ),
    Case(
        "defenses listed after 'other than the following, none of which is available' are barred (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. A defendant may plead any defense available to a civil defendant other than the following, none of which is available: a. that the officer acted in good faith; b. that no decision of a court had declared similar conduct unlawful.",
        "end.law_enforcement",
        "yes",
        "none of which is available",
        None,
    ),
    Case(
        "a court that 'shall strike from the pleadings any defense of qualified immunity' bars it (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The court shall strike from the pleadings any defense of qualified immunity raised in an action under section 1.",
        "end.law_enforcement",
        "yes",
        "strike from the pleadings",
        None,
    ),
    Case(
        "good faith 'relevant only to whether punitive damages should be awarded' is no defense to liability (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The officer's good faith is relevant only to whether punitive damages should be awarded and may not be considered in determining liability.",
        "end.law_enforcement",
        "yes",
        "relevant only to",
        None,
    ),
    Case(
        "immunity 'determined as if the defendant were a private individual' leaves no official immunity (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Whether the defendant is immune from liability in an action under section 1 shall be determined as if the defendant were a private individual.",
        "end.law_enforcement",
        "yes",
        "private individual",
        None,
    ),
    Case(
        "'No immunity ... shall protect a peace officer from liability' bars every immunity (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. No immunity, whether sovereign, official, qualified or otherwise, shall protect a peace officer from liability under section 1.",
        "end.law_enforcement",
        "yes",
        "shall protect",
        None,
    ),
    Case(
        "an officer who 'may not rely, in defense of an action, on the absence of a prior judicial decision' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. An officer may not rely, in defense of an action under section 1, on the absence of a prior judicial decision holding similar conduct unlawful.",
        "end.law_enforcement",
        "yes",
        "may not rely",
        None,
    ),
    Case(
        "a bar kept only for conduct before the operative date is a prospective bar, not an exception (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The defense of qualified immunity shall not be available in an action under section 1, except that an officer may assert the defense in an action arising from conduct that occurred before the operative date of this act.",
        "end.law_enforcement",
        "yes",
        "shall not be available",
        None,
    ),
    Case(
        "qualified immunity withheld only from officers whose certification was revoked survives for the rest (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity shall not be available in an action under section 1 to an officer whose certification had been revoked before the conduct occurred.",
        "end.law_enforcement",
        "no",
        None,
        None,
    ),
    Case(
        "a claim for 'a search or seizure that violates' one section covers search only (written for the test)",
        "Sec. 1. A peace officer who, under color of law, subjects a person to a search or seizure that violates section 10 of the constitution of this state shall be liable to the person. Qualified immunity is not a defense to an action under section 1. ",
        "end.state_constitution",
        "no",
        None,
        None,
    ),
    Case(
        "a claim against an officer who 'enters or searches a dwelling' covers search only (written for the test)",
        "Sec. 1. A peace officer who, under color of law, enters or searches a dwelling without a warrant in violation of section 5 of article I of the constitution of this state shall be liable to any occupant injured. Qualified immunity is not a defense to an action under section 1. ",
        "end.state_constitution",
        "no",
        None,
        None,
    ),
    Case(
        "fees that 'shall' be awarded 'except that' the court 'may' award them to some plaintiffs are partial (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under section 1. Sec. 3. The court shall award reasonable attorney fees to a prevailing plaintiff, except that if the plaintiff was convicted of an offense arising from the same conduct, the court may award them.",
        "start.attorney_fees",
        "partial",
        "except that",
        None,
    ),
    Case(
        "'Chapters 32-12.1 and 32-12.2 do not apply' sets aside North Dakota's cap statutes together (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under section 1. Sec. 3. Chapters 32-12.1 and 32-12.2 do not apply to an action under section 1.",
        "end.damage_caps",
        "yes",
        "Chapters 32-12.1 and 32-12.2",
        "ND",
    ),
    Case(
        "a limit that 'shall not be applied to reduce a judgment' is lifted (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under section 1. Sec. 3. The limitation of liability in K.S.A. 75-6105 shall not be applied to reduce a judgment entered on a claim under section 1.",
        "end.damage_caps",
        "yes",
        "shall not be applied",
        "KS",
    ),
    Case(
        "an existing limit that 'shall be $1,000,000' in these actions is raised, not lifted (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under section 1. Sec. 3. In an action under section 1, the limit in subsection (a) of section 4013 of this title shall be $1,000,000 per occurrence.",
        "end.damage_caps",
        "partial",
        "shall be $1,000,000",
        "DE",
    ),
    Case(
        "a board that 'shall suspend, for not less than one year, the certification' of an officer found liable (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under section 1. Sec. 3. The council shall suspend, for not less than one year, the certification of an officer against whom a final judgment is entered under section 1.",
        "start.individual_accountability",
        "yes",
        "shall suspend",
        None,
    ),
    Case(
        "'a public body that employs an individual against whom a judgment is entered' pays it, punitive damages aside (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Qualified immunity is not a defense to an action under section 1. Sec. 3. A public body that employs an individual against whom a judgment is entered under section 1 shall pay the judgment on the individual's behalf, except that it need not pay punitive damages.",
        "start.full_compensation",
        "partial",
        "public body that employs",
        None,
    ),
    Case(
        "officers 'appointed by a state educational institution' are campus police only (written for the test)",
        'Sec. 1. As used in this chapter, "campus officer" means a member of a police department appointed under section 21-39-4 by a state educational institution. Sec. 2. A campus officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person. Sec. 3. Qualified immunity is not a defense to an action under this chapter.',
        "end.law_enforcement",
        "partial",
        None,
        None,
    ),
    Case(
        "a good-faith immunity for officers beside a clause keeping qualified immunity ends no caps in an uncapped state (written for the test)",
        "Sec. 1. A law enforcement officer who, in good faith, transports a person in need of emergency care to a hospital is not liable in any civil action for damages arising from the transport. Sec. 2. The immunity in section 1 does not limit any other immunity or defense available to an officer, including qualified immunity.",
        "end.damage_caps",
        "no",
        None,
        "WA",
    ),
    Case(
        "an officer 'not immune from prosecution under the law of a State' faces a criminal case, not a civil claim (written for the test)",
        "Any law enforcement officer who, while enforcing the immigration laws, commits any act that causes the death of, or serious bodily injury to, any other person, is not immune from prosecution under the law of a State.",
        "end.law_enforcement",
        "no",
        None,
    ),
    Case(
        "'Notwithstanding' the tort claims act, an officer 'is not liable': more immunity, no cap lifted (written for the test)",
        "Notwithstanding Chapter 101, Civil Practice and Remedies Code, or any other law, a peace officer who pursues a suspect in good faith is not liable for damages resulting from the pursuit. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person.",
        "end.damage_caps",
        "no",
        None,
        "TX",
    ),
    Case(
        "'It is not a defense ... that the defendant did not know the conduct was unlawful' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. It is not a defense to an action under section 1 that the defendant did not know the conduct was unlawful.",
        "end.law_enforcement",
        "yes",
        "did not know",
    ),
    Case(
        "the doctrine 'shall have no force or effect' in these actions (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The common law doctrine of qualified immunity shall have no force or effect in an action under section 1.",
        "end.law_enforcement",
        "yes",
        "no force or effect",
    ),
    Case(
        "qualified immunity 'shall not constitute a defense' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity shall not constitute a defense in any action brought under this section.",
        "end.law_enforcement",
        "yes",
        "shall not constitute a defense",
    ),
    Case(
        "sovereign, governmental and qualified immunity 'are waived' for these actions (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Sovereign immunity, governmental immunity and qualified immunity are waived for actions under section 1.",
        "end.law_enforcement",
        "yes",
        "are waived",
    ),
    Case(
        "a state's sovereign immunity waived alone leaves the officer's defense (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The state's sovereign immunity is waived for actions under section 1.",
        "end.law_enforcement",
        "no",
        None,
    ),
    Case(
        "recovery 'is not limited by' the governmental immunity act lifts its cap (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Recovery under section 1 is not limited by the Colorado Governmental Immunity Act.",
        "end.damage_caps",
        "yes",
        "not limited by",
        "CO",
    ),
    Case(
        "the limits of a cap statute that 'shall be disregarded' are lifted (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The limitations of section 537.610 shall be disregarded in an action under section 1.",
        "end.damage_caps",
        "yes",
        "disregarded",
        "MO",
    ),
    Case(
        "an officer with 'a reasonable opportunity to intervene but does not' is liable (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. An officer who knows that another officer is depriving a person of a right, and who has a reasonable opportunity to intervene but does not, is liable under section 1.",
        "start.failure_to_intervene",
        "yes",
        "but does not",
        None,
    ),
    Case(
        "a sentence limiting the section 'only to rights secured by sections 2, 7 and 15 of article I' narrows the rights (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. This section applies only to rights secured by sections 2, 7 and 15 of article I.",
        "end.state_constitution",
        "partial",
        "applies only to",
        None,
    ),
    Case(
        "a defined term 'Defense' whose second sentence says 'The term does not include qualified immunity' (written for the test)",
        "Sec. 1. The following definitions apply in this Article: (1) Defense. - Any matter that, if established, defeats the liability of a defendant. The term does not include qualified immunity or the defendant's good faith. Sec. 2. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. A defendant in an action under this section may raise any defense.",
        "end.law_enforcement",
        "yes",
        "term does not include",
        None,
    ),
    Case(
        "evidence of good faith 'not admissible on the question of liability', no dismissal 'on either ground' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Evidence that the officer believed in good faith that the conduct was lawful, or that no court had held similar conduct unlawful, is not admissible on the question of liability, and the court may not dismiss the action on either ground.",
        "end.law_enforcement",
        "yes",
        "not admissible",
        None,
    ),
    Case(
        "a jury that 'shall not be asked to find' good faith, and no judgment 'on either ground' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The jury shall not be asked to find whether the defendant acted in good faith or whether a reasonable officer could have believed the conduct lawful, and the court shall not enter judgment for a defendant on either ground.",
        "end.law_enforcement",
        "yes",
        "either ground",
        None,
    ),
    Case(
        "'Nothing in this section shall be construed to permit a defendant to assert qualified immunity' bars it (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Nothing in this section shall be construed to permit a defendant to assert qualified immunity.",
        "end.law_enforcement",
        "yes",
        "construed to permit",
        None,
    ),
    Case(
        "immunities waived and not to be asserted, 'whether sovereign, discretionary-function, qualified or otherwise' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The state and its employees waive, and may not assert, any immunity from liability in an action under section 1, whether sovereign, discretionary-function, qualified or otherwise.",
        "end.law_enforcement",
        "yes",
        "qualified or otherwise",
        None,
    ),
    Case(
        "a declaration that the doctrine 'is not part of the law of this state and may not be applied in any action under section 1' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The Legislature declares that the doctrine of qualified immunity is not part of the law of this state and may not be applied in any action under section 1 of this Act.",
        "end.law_enforcement",
        "yes",
        "not part of the law",
        None,
    ),
    Case(
        "the defense 'commonly known as qualified immunity has no application' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The defense commonly known as qualified immunity has no application to an action under section 1.",
        "end.law_enforcement",
        "yes",
        "no application",
        None,
    ),
    Case(
        "officers named after 'including' are examples of the class, not its limit (written for the test)",
        "Section 1. That a new section be added to chapter 21-3: Any law enforcement officer certified under chapter 23-3, including a tribal law enforcement officer acting under a cross-deputization agreement with the state, who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Section 2. Qualified immunity is not a defense to an action under section 1.",
        "end.law_enforcement",
        "yes",
        None,
        None,
    ),
    Case(
        "'an officer or employee of a governmental agency' is every public employee (written for the test)",
        "Sec. 1. An officer or employee of a governmental agency who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
        "end.public_employees",
        "yes",
        None,
        None,
    ),
    Case(
        "'any person who holds public office or public employment, including any officer of a law enforcement agency' is every public employee (written for the test)",
        'Sec. 1. In this Act, "covered official" means any person who holds public office or public employment with the state or any political subdivision, including any officer of a law enforcement agency. Sec. 2. A covered official who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 3. Qualified immunity is not a defense to an action under section 2.',
        "end.public_employees",
        "yes",
        None,
        None,
    ),
    Case(
        "a claim for 'a right' where the bill defines 'Right' as any right under the State Constitution (written for the test)",
        'Section 2. In this Act: (a) "Right" means any right under the State Constitution. Section 3. A public employee who, under color of law, deprives a person of a right is liable to the person injured. Section 4. Qualified immunity is abolished as to any action under this Act.',
        "end.state_constitution",
        "yes",
        None,
        None,
    ),
    Case(
        "an official 'who breaches this duty shall be jointly liable' after a duty to intervene (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. A peace officer who observes another peace officer depriving a person of a right shall intervene when able to do so. An officer who breaches this duty shall be jointly liable for the deprivation.",
        "start.failure_to_intervene",
        "yes",
        "breaches this duty",
        None,
    ),
    Case(
        "a claim against an officer who 'uses force against a person that is excessive' is force only (written for the test)",
        "Sec. 1. A law enforcement officer who, under color of law, uses force against a person that is excessive under Article 2, section 15 of the state constitution is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
        "end.state_constitution",
        "no",
        None,
        None,
    ),
    Case(
        "a cap statute that 'shall not be construed to limit recovery' is set aside (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Arkansas Code 21-9-301 shall not be construed to limit recovery under this section.",
        "end.damage_caps",
        "yes",
        "construed to limit",
        "AR",
    ),
    Case(
        "fees mandatory only 'in an action arising from the use of deadly force' are partial (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The court shall award reasonable attorney fees to a prevailing plaintiff in an action arising from the use of deadly force.",
        "start.attorney_fees",
        "partial",
        "deadly force",
        None,
    ),
    Case(
        "'Nothing in this section creates a cause of action against an individual officer' creates no claim (written for the test)",
        "Section 1. (1) A person aggrieved by the seizure of property by a law enforcement agency in violation of the state constitution may recover the property or its value from the agency that seized it. (2) A person who recovers property under this section shall be entitled to recover reasonable attorney's fees and costs from the agency. (3) Nothing in this section creates a cause of action against an individual officer or affects any immunity of an individual officer.",
        "start.attorney_fees",
        "no",
        None,
        None,
    ),
    Case(
        "an indemnity in a bill that grants officers a good-faith immunity and creates no claim (written for the test)",
        "Sec. 1. A village public safety officer who acts in good faith in the performance of law enforcement duties is not liable for civil damages resulting from an act or omission in the performance of those duties. Sec. 2. A grantee employing a village public safety officer shall defend and indemnify the officer in any civil action arising from the performance of law enforcement duties.",
        "start.full_compensation",
        "no",
        None,
        None,
    ),
    Case(
        "an officer's suit against 'the agency that employs the officer' for declaratory relief is labor law, not indemnity (written for the test)",
        "Sec. 9. (a) A Federal law enforcement officer may bring a civil action against the Federal law enforcement agency that employs the officer for declaratory or injunctive relief if the agency assigns the officer to work under an individual appointed in violation of this Act.",
        "start.full_compensation",
        "no",
        None,
        None,
    ),
    Case(
        "an attorney general's suit over violations that pose 'a risk to public safety or constitutional rights', relief limited to declaratory relief (written for the test)",
        "119th CONGRESS. Sec. 9. (b)(1) If the attorney general of a State has reasonable cause to believe that a Federal law enforcement agency has engaged in a pattern or practice of violations of this Act that poses a substantial risk to public safety or constitutional rights within the State, the attorney general may bring a civil action against the agency. (2) In a civil action under paragraph (1) relief shall be limited to declaratory relief and prospective injunctive relief.",
        "end.state_constitution",
        "no",
        None,
        None,
    ),
    Case(
        "a section 1983-style claim for rights 'secured by the Fourth Amendment' is search only, whoever 'including' adds to the defendants (written for the test)",
        "119th CONGRESS. (a) Every person, including a Federal employee, who, under color of any statute, ordinance, regulation, custom, or usage, of the United States, subjects any person to the deprivation of any rights, privileges, or immunities secured by the Fourth Amendment, shall be liable to the party injured in an action at law. (b) Qualified immunity is not a defense to an action under subsection (a).",
        "end.state_constitution",
        "no",
        None,
        None,
    ),
    Case(
        "an employer made 'vicariously liable' in section 1983 actions 'in the same manner as a private employer is liable for negligent acts' (written for the test)",
        "119th CONGRESS. Section 1979 of the Revised Statutes (42 U.S.C. 1983) is amended by adding at the end the following: (b) In any action brought under subsection (a), the employer of a law enforcement officer acting under color of any law described in such subsection shall be vicariously liable for the acts or omissions of the officer committed within the scope of employment in the same manner and to the same extent as a private employer is liable for the negligent acts of its employee under the laws of the State.",
        "end.state_constitution",
        "yes",
        None,
        None,
    ),
    Case(
        "a repealer whose caption names an officers' good-faith immunity removes it (written for the test)",
        "NEW SECTION. Sec. 2. A peace officer who, under color of law, deprives a person of rights guaranteed by the constitution of this state is liable to the person for damages. NEW SECTION. Sec. 3. The following acts or parts of acts are each repealed: (1) RCW 4.24.990 (Peace officers--Immunity from civil liability for good faith acts--Clearly established law) and 2026 c 12 s 1.",
        "end.law_enforcement",
        "yes",
        "are each repealed",
        "WA",
    ),
    Case(
        "a repealer whose caption names a volunteers' immunity changes no officer's liability (written for the test)",
        "NEW SECTION. Sec. 1. The following acts or parts of acts are each repealed: (1) RCW 4.24.991 (Volunteer firefighters--Immunity from civil liability for good faith acts) and 2026 c 12 s 2.",
        "end.law_enforcement",
        "no",
        None,
        "WA",
    ),
    Case(
        "a codified immunity struck in brackets where the new section makes officers liable is taken away (written for the test)",
        "Section A. Section 537.1700, RSMo, is repealed and one new section enacted in lieu thereof, to be known as section 537.1705, to read as follows: [537.1700. A peace officer shall not be liable in any civil action for damages arising from a discretionary act unless the act violated a right that was clearly established at the time.] 537.1705. 1. Any peace officer who, under color of law, deprives a person of rights guaranteed by the constitution of this state shall be liable to the person injured for damages.  EXPLANATION - Matter enclosed in bold-faced brackets [thus] in the above bill is not enacted and is intended to be omitted from the law.",
        "end.law_enforcement",
        "yes",
        "clearly established",
        "MO",
    ),
    Case(
        "a codified immunity struck but written again in the new section survives (written for the test)",
        "Section A. Section 537.1700, RSMo, is repealed and one new section enacted in lieu thereof, to be known as section 537.1705, to read as follows: [537.1700. A peace officer shall not be liable in any civil action for damages arising from a discretionary act unless the act violated a right that was clearly established at the time.] 537.1705. 1. Any peace officer who, under color of law, deprives a person of rights guaranteed by the constitution of this state shall be liable to the person injured for damages. 2. A peace officer is not liable under this section unless the right was clearly established at the time of the conduct. EXPLANATION - Matter enclosed in bold-faced brackets [thus] in the above bill is not enacted and is intended to be omitted from the law.",
        "end.law_enforcement",
        "no",
        None,
        "MO",
    ),
    Case(
        "an officer who 'does not enjoy any immunity that depends on' good faith (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. A peace officer sued under section 1 does not enjoy any immunity that depends on the officer's good faith.",
        "end.law_enforcement",
        "yes",
        "does not enjoy",
        None,
    ),
    Case(
        "a motion 'asserting that the defendant is immune because the right was not clearly established ... shall be denied' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. A motion to dismiss asserting that the defendant is immune because the right was not clearly established shall be denied.",
        "end.law_enforcement",
        "yes",
        "shall be denied",
        None,
    ),
    Case(
        "'The following are not defenses' with the doctrine's elements listed on their own lines (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The following are not defenses to an action under section 1:\n(1) That the law was unsettled at the time of the conduct.\n(2) That the officer acted under a mistaken belief, however reasonable, that the conduct was lawful.",
        "end.law_enforcement",
        "yes",
        "not defenses",
        None,
    ),
    Case(
        "'No defendant shall have any immunity, whether denominated qualified, good-faith, or official' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. No defendant in an action under section 1 shall have any immunity, whether denominated qualified, good-faith, or official.",
        "end.law_enforcement",
        "yes",
        "any immunity",
        None,
    ),
    Case(
        "a claim that 'shall not fail because the officer believed' the conduct lawful (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. A claim under section 1 shall not fail because the officer believed in good faith that the conduct was lawful.",
        "end.law_enforcement",
        "yes",
        "shall not fail",
        None,
    ),
    Case(
        "a defendant who 'may not obtain dismissal of, or judgment in, an action ... on the ground that' the conduct was reasonable (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. A defendant may not obtain dismissal of, or judgment in, an action under section 1 on the ground that the defendant's conduct was objectively reasonable in light of the law in effect when it occurred.",
        "end.law_enforcement",
        "yes",
        "may not obtain",
        None,
    ),
    Case(
        "good faith that 'shall be no bar to recovery' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The officer's good faith belief that the conduct was lawful shall be no bar to recovery under section 1.",
        "end.law_enforcement",
        "yes",
        "no bar",
        None,
    ),
    Case(
        "records posted 'on the transparency portal' are public (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The attorney general shall post each judgment and settlement under section 1 on the state transparency portal.",
        "start.public_records",
        "yes",
        "transparency portal",
        None,
    ),
    Case(
        "an officer's name placed 'on the list of officers whose conduct must be disclosed' is a narrow consequence (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. If judgment is entered against an officer under sub. (2), the district attorney shall place the officer's name on the list of officers whose conduct must be disclosed to defendants in criminal cases.",
        "start.individual_accountability",
        "partial",
        "list of officers",
        None,
    ),
    Case(
        "an amended cap 'EXCEPT IN AN ACTION UNDER SECTION 2307.95' leaves these claims uncapped (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 2744.05. (C)(1) However, EXCEPT IN AN ACTION UNDER SECTION 2307.95 OF THE REVISED CODE, damages that do not represent the actual loss of the person shall not exceed two hundred fifty thousand dollars in favor of any one person.",
        "end.damage_caps",
        "yes",
        "EXCEPT IN AN ACTION",
        "OH",
    ),
    Case(
        "'The limitations imposed by this section do not apply' in an amended cap statute lifts it (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. 30.272. (1) Except as provided in subsection (6) of this section, the liability of a local public body may not exceed the amounts set forth in this section. (6) The limitations imposed by this section do not apply to a claim under section 1.",
        "end.damage_caps",
        "yes",
        "limitations imposed by this section",
        "OR",
    ),
    Case(
        "'jailers and detention officers' only are a narrow class (written for the test)",
        'Sec. 1. As used in this section, "officer" means a jailer or detention officer employed by a county. Sec. 2. An officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 3. Qualified immunity is not a defense to an action under section 2.',
        "end.law_enforcement",
        "partial",
        None,
        None,
    ),
    Case(
        "an officer's suit for unpaid overtime against the political subdivision is wages, not a claim of the public (written for the test)",
        "SECTION 1. A peace officer who is not paid overtime compensation owed under this subchapter may bring an action against the political subdivision to recover the unpaid compensation. The court shall award a prevailing peace officer reasonable attorney's fees and costs.",
        "start.attorney_fees",
        "no",
        None,
        "TX",
    ),
    Case(
        "a digest's bare 'Provides that limits on tort liability do not apply' is not law (written for the test)",
        "SUMMARY. Creates civil action against public bodies for deprivation of rights. Provides that limits on tort liability do not apply. A BILL FOR AN ACT. SECTION 2. Every public body that under color of law deprives a person of a right secured by the Oregon Constitution is liable to the person for damages.",
        "end.damage_caps",
        "no",
        None,
        "OR",
    ),
    Case(
        "Iowa's codified qualified immunity repealed by section number where the bill creates the claim (state fact; written for the test)",
        "Section 1. NEW SECTION. 670B.1 Civil action. 1. An officer or employee of the state or of a municipality who, under color of law, deprives a person of a right secured by the Constitution of the State of Iowa is liable to the person injured. Sec. 2. REPEAL. Sections 669.14A and 670.4A, Code 2027, are repealed.",
        "end.law_enforcement",
        "yes",
        "are repealed",
        "IA",
    ),
    Case(
        "the same repealer in a state where those numbers codify nothing bars nothing (state fact; written for the test)",
        "Section 1. NEW SECTION. 670B.1 Civil action. 1. An officer or employee of the state or of a municipality who, under color of law, deprives a person of a right secured by the Constitution of the State of Iowa is liable to the person injured. Sec. 2. REPEAL. Sections 669.14A and 670.4A, Code 2027, are repealed.",
        "end.law_enforcement",
        "no",
        None,
        "MO",
    ),
    Case(
        "an employee who 'is not relieved of liability ... by reason of having reasonably believed' the act lawful (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. An officer is not relieved of liability under section 1 by reason of having acted without malice or by reason of having reasonably believed that the act was lawful.",
        "end.law_enforcement",
        "yes",
        "not relieved of liability",
        None,
    ),
    Case(
        "'No immunity based on the reasonableness of the officer's belief ... attaches' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. No immunity based on the reasonableness of the officer's belief, or on the absence of a prior decision holding similar conduct unlawful, attaches to an officer sued under section 1.",
        "end.law_enforcement",
        "yes",
        "attaches",
        None,
    ),
    Case(
        "an officer present who 'does not attempt to stop it' is jointly and severally liable (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. An officer who is present when another officer deprives a person of such a right, who has a realistic opportunity to stop it and does not attempt to stop it, shall be jointly and severally liable with the other officer.",
        "start.failure_to_intervene",
        "yes",
        "does not attempt to stop",
        None,
    ),
    Case(
        "judgments and settlements made available 'to any person on request' are public (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. A law enforcement agency shall make available to any person on request each final judgment and each settlement agreement in an action under section 1.",
        "start.public_records",
        "yes",
        "to any person",
        None,
    ),
    Case(
        "judgments 'in an annual report posted on the Attorney General's publicly accessible website' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The Attorney General shall include each judgment and settlement under section 1, with the officer's name, in an annual report posted on the Attorney General's publicly accessible website.",
        "start.public_records",
        "yes",
        "website",
        None,
    ),
    Case(
        "a waiver of immunity 'to the full amount of any judgment' lifts the cap (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The State waives sovereign and governmental immunity to the full amount of any judgment entered under section 1.",
        "end.damage_caps",
        "yes",
        "full amount of any judgment",
        "NC",
    ),
    Case(
        "a defined 'available defense' that is 'other than a defense that the conduct did not violate a clearly established right' (written for the test)",
        '(b) "Available defense" means a defense recognized at common law or by statute, other than a defense that the conduct did not violate a clearly established right or that the officer reasonably believed the conduct to be lawful. Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. In an action under section 1, a defendant may raise only an available defense.',
        "end.law_enforcement",
        "yes",
        None,
        None,
    ),
    Case(
        "a denial of any claim with 'and no such person is liable' creates no claim (written for the test)",
        "Section 1. The victim of a crime has the right to be notified of each hearing. 2. Nothing in this section creates a cause of action for damages against the State or any person acting on behalf of the State, and no such person is liable for a failure to give the notice required by this Constitution.",
        "end.state_constitution",
        "no",
        None,
        None,
    ),
    Case(
        "a board that 'shall consider' a judgment in decertification decides nothing yet (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The council shall consider any final judgment entered under section 1 in any decertification proceeding against the officer.",
        "start.individual_accountability",
        "partial",
        "shall consider",
        None,
    ),
    Case(
        "revocation only for an officer found liable 'for a use of deadly force' is narrow (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The council shall revoke the certification of a police officer found liable under section 1 for a use of deadly force.",
        "start.individual_accountability",
        "partial",
        "deadly force",
        None,
    ),
    Case(
        "liability 'whatever the defendant's subjective or objective good faith' (written for the test)",
        "Section 1. Any officer or employee of the state or of any political subdivision who, under color of law, deprives a person of a right secured by the constitution of this state shall bear liability to the person injured, whatever the defendant's subjective or objective good faith.",
        "end.law_enforcement",
        "yes",
        "whatever",
        None,
    ),
    Case(
        "a belief, however reasonable, that 'neither defeats nor reduces liability' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The officer's belief that the conduct was lawful, however reasonable, neither defeats nor reduces liability under section 1.",
        "end.law_enforcement",
        "yes",
        "neither defeats nor reduces",
        None,
    ),
    Case(
        "rights under 'Article I, Section 3, 10, or 15 of the South Carolina Constitution' are some rights (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by Article I, Section 3, 10, or 15 of the South Carolina Constitution is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1.",
        "end.state_constitution",
        "partial",
        None,
        None,
    ),
    Case(
        "an officer who 'may recover damages' for a false complaint is the plaintiff, not the defendant (written for the test)",
        "1. A police officer against whom a person files a complaint of misconduct that the person knew to be false may recover damages from that person in a civil action. 2. The court shall award reasonable attorney's fees to a police officer who prevails in an action under this section.",
        "end.damage_caps",
        "no",
        None,
        "NY",
    ),
    Case(
        "a person injured by a peace officer who 'may bring a civil action' sues the officer (written for the test)",
        "A person whose rights secured by the constitution of this state are violated by a peace officer may bring a civil action for damages. Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "yes",
        None,
        "NY",
    ),
    Case(
        "'Qualified immunity, however denominated, ... shall not be recognized': the 'however' names, it does not except (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity, however denominated, and any other immunity that depends on the reasonableness of the officer's belief, shall not be recognized in an action under section 1.",
        "end.law_enforcement",
        "yes",
        None,
        None,
    ),
    Case(
        "the doctrine named by its leading case, 'the immunity recognized in Harlow v. Fitzgerald' (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The immunity recognized in Harlow v. Fitzgerald, 457 U.S. 800 (1982), and the decisions applying it shall not apply in an action under section 1.",
        "end.law_enforcement",
        "yes",
        "Harlow",
        None,
    ),
    Case(
        "cap statutes that 'do not limit a judgment' are set aside (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Section 5-303 of the Courts Article and Section 12-104 of the State Government Article do not limit a judgment under section 1.",
        "end.damage_caps",
        "yes",
        "do not limit",
        "MD",
    ),
    Case(
        "'The officer shall pay 10 percent of a judgment, not to exceed $10,000' is the officer's share, not a cap (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The officer shall pay 10 percent of a judgment under section 1, not to exceed $10,000.",
        "start.individual_accountability",
        "yes",
        "10 percent",
        None,
    ),
    Case(
        "the officer's capped share is no cap on the victim's damages (written for the test)",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The officer shall pay 10 percent of a judgment under section 1, not to exceed $10,000.",
        "end.damage_caps",
        "yes",
        None,
        "CA",
    ),
    Case(
        "'Article 24 or Article 26 of the Maryland Declaration of Rights' are some rights (written for the test)",
        "Sec. 1. A police officer who, under color of law, violates a right of an individual under Article 24 or Article 26 of the Maryland Declaration of Rights is liable to the individual. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
        "end.state_constitution",
        "partial",
        None,
        None,
    ),
    Case(
        "members of city and town police departments are some police (written for the test)",
        "A member of the police department of any city or town who, under color of law, deprives any person of a right secured by the constitution of this state shall be liable to the person injured. The doctrine of qualified immunity shall not be a defense in an action under this section.",
        "end.law_enforcement",
        "partial",
        None,
    ),
    Case(
        "members of any police department, sheriff's office or the State Police are all police (written for the test)",
        "Any member of a police department, sheriff's office, or the Department of State Police who, under color of law, subjects any person to the deprivation of a right secured by the Constitution of Virginia shall be liable to the person injured. Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "'Federal personnel' are public employees (US H.R. 5028, 119th Congress)",
        "Be it enacted by the Senate and House of Representatives of the United States of America "
        "in Congress assembled,\n(A) Whenever Federal personnel engages in conduct described in "
        "subparagraph (C) that is intentional or willful and that results in demonstrable harm to "
        "an individual, the individual may bring a civil action against the Federal personnel. "
        "(B) It shall not be a defense to an action under this paragraph alleging intentional or "
        "willful conduct that the Federal personnel is immune from liability.",
        "end.damage_caps",
        "yes",
    ),
    Case(
        "bar: a verdict not set aside 'on the ground that' the right was not clearly established (written for the test)",
        LEO_CLAIM
        + "No judgment shall be entered for a defendant, and no verdict for the plaintiff shall be set aside, on the ground that the right was not clearly established when the defendant acted.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: judgment 'shall not be withheld on the ground that' the officer believed (written for the test)",
        LEO_CLAIM
        + "Judgment shall be entered for the plaintiff upon proof of the deprivation, and shall not be withheld on the ground that the officer reasonably believed the conduct to be lawful.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: remedies 'shall not be diminished or denied by reason of' qualified immunity (written for the test)",
        LEO_CLAIM
        + "The remedies provided by this section shall not be diminished or denied by reason of official immunity, qualified immunity, or any other immunity of a public officer.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: a plaintiff 'need not prove' that the right was clearly established (written for the test)",
        LEO_CLAIM
        + "To recover in an action under this section a plaintiff need not prove that the right was clearly established at the time of the deprivation.",
        "end.law_enforcement",
        "yes",
        "need not prove",
    ),
    Case(
        "bar: 'It shall not be necessary for the plaintiff to show' a prior holding (written for the test)",
        LEO_CLAIM
        + "It shall not be necessary for the plaintiff to show that any court had previously held similar conduct unlawful.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: relief 'shall not depend on a showing' that the right was clearly established (written for the test)",
        LEO_CLAIM
        + "Relief under this section shall not depend on a showing that the right was clearly established, or that the officer lacked a good faith belief in the lawfulness of the conduct.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: qualified immunity 'shall afford no defense' (written for the test)",
        LEO_CLAIM
        + "Official immunity and qualified immunity shall afford no defense to a claim under this section.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: a defendant 'shall not be heard to say, in defense' that he believed in good faith (written for the test)",
        LEO_CLAIM
        + "A defendant shall not be heard to say, in defense of an action under this section, that the defendant believed in good faith that the conduct was lawful.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: liability determined 'as if the doctrine of qualified immunity had never been recognized' (written for the test)",
        LEO_CLAIM
        + "The defendant's liability under this section shall be determined as if the doctrine of qualified immunity had never been recognized in this state.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: a judgment 'is not barred by any immunity, including qualified immunity' (written for the test)",
        LEO_CLAIM
        + "A judgment under this section is not barred by any immunity, including qualified immunity, that a public officer would otherwise have.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: relief granted 'notwithstanding any doctrine of immunity' that depends on good faith (written for the test)",
        LEO_CLAIM
        + "Relief under this section shall be granted notwithstanding any doctrine of immunity that depends on the officer's good faith.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "bar: a section applied 'without regard to any immunity ... that depends on good faith' (written for the test)",
        LEO_CLAIM
        + "Section 1 of this act shall be applied without regard to any immunity of a public officer that depends on good faith or on the reasonableness of a belief.",
        "end.law_enforcement",
        "yes",
        None,
    ),
    Case(
        "an officer 'shall be answerable' to the person deprived: a claim (written for the test)",
        "A police officer who, under color of law, deprives a person of a right secured by the constitution of this state shall be answerable to the person so deprived in an action at law. Qualified immunity is not a defense to an action under this section.",
        "end.state_constitution",
        "yes",
        None,
    ),
    Case(
        "caps: sections 'shall have no application' to these claims (written for the test)",
        LEO_CLAIM
        + "Qualified immunity is not a defense. Sections 537.600 to 537.650 shall have no application to any claim or judgment under this section.",
        "end.damage_caps",
        "yes",
        None,
        "MO",
    ),
    Case(
        "caps: 'No judgment under this section shall be subject to section 537.610' (written for the test)",
        LEO_CLAIM
        + "Qualified immunity is not a defense. No judgment under this section shall be subject to section 537.610.",
        "end.damage_caps",
        "yes",
        None,
        "MO",
    ),
    Case(
        "fees mandatory only to a plaintiff who obtains an injunction are partial (written for the test)",
        LEO_CLAIM
        + "Qualified immunity is not a defense. The court shall award reasonable attorney's fees to a plaintiff who obtains an injunction or declaratory judgment under this section.",
        "start.attorney_fees",
        "partial",
        None,
    ),
    Case(
        "a court that 'may order the officer to pay personally' a portion: partial (written for the test)",
        LEO_CLAIM
        + "Qualified immunity is not a defense. Upon a finding that the officer acted with malice, the court may order the officer to pay personally a portion of the judgment not exceeding ten thousand dollars.",
        "start.individual_accountability",
        "partial",
        None,
    ),
    Case(
        "trap: 'shall not be liable if ... acted in good faith' still creates the defense (written for the test)",
        LEO_CLAIM
        + "An officer shall not be liable under this section if the officer acted in good faith and the right was not clearly established.",
        "end.law_enforcement",
        "no",
        None,
    ),
    Case(
        "a second sentence limiting the claim to sheriffs' offices narrows it (written for the test)",
        "(1) Any person employed by a law enforcement agency who, under color of law, deprives a person of rights guaranteed by the state Constitution is liable to the person injured. Qualified immunity is not a defense to an action under this section. (2) This section applies only to persons employed by the office of a county sheriff.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "a second sentence leaving one city's police out narrows the claim (written for the test)",
        "Any police officer who under color of law deprives a person of rights guaranteed by the constitution of this state shall be liable to the person injured. Qualified immunity is not a defense to an action under this section. This section shall not apply to a police officer employed by a city having a population of one million or more.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "sheriffs, undersheriffs and deputies only are some police (written for the test)",
        "Any sheriff, undersheriff or deputy sheriff who under color of law deprives a person of rights guaranteed by the constitution of this state shall be liable to the person injured. Qualified immunity is not a defense to an action under this section.",
        "end.law_enforcement",
        "partial",
    ),
    Case(
        "a second sentence extending the claim to every other public employee widens it (written for the test)",
        "A law enforcement officer who, under color of law, deprives a person of a right secured by the Constitution of this State is liable to that person in a civil action. Qualified immunity is not a defense to an action under this section. This section also applies to every other public employee who, under color of law, deprives a person of such a right, in the same manner as it applies to a law enforcement officer.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "'every officer, employee, and volunteer of a state agency or of a county ...' is every public employee (written for the test)",
        "Every officer, employee, and volunteer of a state agency or of a county, city, town, or other local government who, under color of law, deprives a person of rights guaranteed by the constitution of this state is liable to the person injured. A judgment under this section is not barred by any immunity, including qualified immunity.",
        "end.public_employees",
        "yes",
    ),
    Case(
        "caps kept at 'three times the amount otherwise provided' are raised (written for the "
        "test)",
        LEO_CLAIM + "Qualified immunity is not a defense. The limits of section 537.610 shall "
        "apply to a judgment under this section, except that each limit shall be three times the "
        "amount otherwise provided.",
        "end.damage_caps",
        "partial",
        None,
        "MO",
    ),
    Case(
        "fees mandatory but capped as a share of the judgment (written for the test)",
        LEO_CLAIM + "Qualified immunity is not a defense. The court shall award reasonable "
        "attorney fees to a prevailing plaintiff, not to exceed twenty-five percent of the "
        "judgment.",
        "start.attorney_fees",
        "partial",
    ),
    # More ways to say the bar, and to keep a defense beside it (each written for the test).
    *[
        Case(f"bar: '{words}' (written for the test)", LEO_CLAIM + sentence, criterion, verdict)
        for words, sentence, criterion, verdict in (
            (
                "does not bar recovery",
                "In an action under this section, the doctrine of qualified immunity does not bar "
                "recovery.",
                "end.law_enforcement",
                "yes",
            ),
            (
                "not recognized as a defense",
                "Qualified immunity shall not be recognized as a defense to liability in this "
                "state.",
                "end.law_enforcement",
                "yes",
            ),
            (
                "liable without regard to clearly established",
                "The officer is liable without regard to whether the right was clearly "
                "established at the time of the conduct.",
                "end.law_enforcement",
                "yes",
            ),
            (
                "but may assert good faith",
                "Qualified immunity is not a defense, but the officer may assert any other defense "
                "available at common law, including good faith.",
                "end.law_enforcement",
                "no",
            ),
            (
                "available only if",
                "Qualified immunity is available only if the officer shows that a court of this "
                "state previously held the conduct lawful.",
                "end.law_enforcement",
                "no",
            ),
            (
                "does not take reasonable action to stop it",
                "Qualified immunity is not a defense. A peace officer who witnesses another peace "
                "officer deprive a person of such a right and who does not take reasonable action "
                "to stop it is liable to the injured person.",
                "start.failure_to_intervene",
                "yes",
            ),
            (
                "a public database of settlements",
                "Qualified immunity is not a defense. The attorney general shall maintain a public "
                "database of all settlements and judgments paid under this section.",
                "start.public_records",
                "yes",
            ),
            (
                "indemnity regardless of good faith is no bar",
                "The employer shall indemnify the officer regardless of whether the officer acted "
                "in good faith.",
                "end.law_enforcement",
                "no",
            ),
        )
    ],
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_criterion_case(case: Case) -> None:
    scorecard = evaluate(case.text, state=case.state)
    result = scorecard.result(case.criterion)
    assert result.verdict.value == case.verdict, result.explanation
    assert result.explanation
    if case.quote_contains:
        quotes = " | ".join(item.quote for item in result.evidence)
        assert case.quote_contains.lower() in quotes.lower(), quotes
    for item in result.evidence:
        assert item.quote.strip()


def test_raised_cap_with_struck_amount_is_partial() -> None:
    """A cap whose old amount is struck and a higher one inserted is still a cap: partial, when
    the cap limits what officers' victims recover (it names the state's employees, in a bill with
    a claim against officers)."""
    text = (
        CO_CAUSE
        + "\n\n"
        + FL_CAP.replace("$200,000", "$200,000 $1,000,000").replace(
            "agencies or subdivisions shall", "agencies, subdivisions or employees shall"
        )
    )
    old = text.index("$200,000")
    document = Document(text=text, original=text, deletions=((old, old + len("$200,000")),))
    result = evaluate(document).result("end.damage_caps")
    assert result.verdict.value == "partial", result.explanation


def test_raised_cap_on_the_state_alone_with_no_claim_is_no() -> None:
    """The same raise of a cap on the state's own tort liability, in a bill with no claim
    against officers and no rule on their immunity, changes nothing about officers' liability
    (issue 14: no)."""
    text = FL_CAP.replace("$200,000", "$200,000 $1,000,000")
    old = text.index("$200,000")
    document = Document(text=text, original=text, deletions=((old, old + len("$200,000")),))
    result = evaluate(document).result("end.damage_caps")
    assert result.verdict.value == "no", result.explanation


def test_struck_bar_is_not_read_as_the_bill() -> None:
    """'Qualified immunity is not a defense' struck from the law must not count as a bar."""
    text = CO_CAUSE + " " + CO_BAR
    start = text.index(CO_BAR)
    document = Document(text=text, original=text, deletions=((start, start + len(CO_BAR)),))
    assert evaluate(document).result("end.law_enforcement").verdict.value == "no"
    assert evaluate(text).result("end.law_enforcement").verdict.value == "yes"


def test_every_criterion_has_yes_partial_and_no_rows() -> None:
    """The table covers the whole scale for every criterion where the rubric defines it."""
    seen: dict[str, set[str]] = {}
    for case in CASES:
        seen.setdefault(case.criterion, set()).add(case.verdict)
    seen.setdefault("end.damage_caps", set()).add("partial")  # the struck-cap test above
    for criterion, verdicts in seen.items():
        assert {"yes", "no"} <= verdicts, criterion
    assert len(seen) == 9


def test_bracketed_deletion_in_a_missouri_bill_is_not_read_as_law() -> None:
    """Missouri prints struck law in [brackets]: a bracketed bar is being removed, not enacted."""
    text = (
        "537.800. 1. A peace officer who deprives any individual of his or her constitutional "
        "rights shall be liable to such individual. [2. Qualified immunity shall not be a defense "
        "to liability under this section.]"
    )
    assert evaluate(text, state="MO").result("end.law_enforcement").verdict.value == "no"
    # The same words outside brackets are the bill's own, and in a state without the convention
    # brackets are ordinary punctuation.
    assert (
        evaluate(text.replace("[", "").replace("]", ""), state="MO")
        .result("end.law_enforcement")
        .verdict.value
        == "yes"
    )
    assert evaluate(text, state="CO").result("end.law_enforcement").verdict.value == "yes"


@pytest.mark.parametrize(
    ("state", "opening", "closing"),
    [("NY", "[", "]"), ("MD", "[", "]"), ("PA", "[", "]"), ("WA", "((", "))")],
)
def test_each_states_deletion_marks_are_not_read_as_law(
    state: str, opening: str, closing: str
) -> None:
    text = (
        "Sec. 2. A law enforcement officer who deprives a person of any right secured by the "
        f"state constitution is liable to the person. {opening}Qualified immunity is not a "
        f"defense to liability under this section.{closing}"
    )
    assert evaluate(text, state=state).result("end.law_enforcement").verdict.value == "no"
    plain = text.replace(opening, "").replace(closing, "")
    assert evaluate(plain, state=state).result("end.law_enforcement").verdict.value == "yes"


# Every sentence a clause pattern matches must contain one of its gate's literals, or
# the detector never sees it. One real-bill phrase for each alternative of each pattern.
GATED_PATTERNS = [
    (
        lexicon.CAUSE_OF_ACTION,
        lexicon.CAUSE_OF_ACTION_GATE,
        [
            "A peace officer who deprives an individual of rights shall be liable to the individual.",
            "The officer is subject to civil liability for the deprivation.",
            "A person may bring a civil action against the officer.",
            "The aggrieved party may institute and prosecute a suit in its own name.",
            "An individual has a private right of action against the officer.",
            "There is a cause of action for damages against the employing agency.",
            "A civil action for deprivation of rights may be brought in district court.",
            "The remedy is an action for damages against the peace officer.",
            "The injured person may sue the law enforcement agency.",
            "The individual may recover damages from the officer.",
        ],
    ),
    (
        lexicon.OWN_CAP,
        lexicon.OWN_CAP_GATE,
        [
            "Personal liability of a person under subsection 1 may not exceed $10,000.",
            "The officer shall pay an amount not to exceed $25,000.",
            "Damages are limited to $400,000 for all claims.",
            "A judgment that exceeds the amount of $100,000 shall be reduced.",
            "No award in excess of the sum of $300,000 may be paid.",
        ],
    ),
    (
        lexicon.CAP_LIFT,
        lexicon.CAP_LIFT_GATE,
        [
            "Statutory limitations on liability and damages shall not apply to these claims.",
            "The state tort claims act is inapplicable to claims under this section.",
            "The Governmental Immunity Act does not apply to claims brought under this section.",
            "There is no cap on damages under this section.",
            "Damages are awarded without regard to any statutory limit on damages.",
            "Notwithstanding any statutory limit on damages, the court shall award them in full.",
        ],
    ),
    (
        lexicon.ATTORNEY_FEES,
        lexicon.ATTORNEY_FEES_GATE,
        [
            "The court shall award reasonable attorney's fees and costs.",
            "A prevailing plaintiff shall recover attorneys' fees.",
            "The court shall award counsel fees to the plaintiff.",
            "The plaintiff is entitled to legal fees.",
        ],
    ),
    (
        lexicon.DECERTIFY,
        lexicon.DECERTIFY_GATE,
        [
            "The council shall decertify an officer found liable under this section.",
            "The board shall revoke the officer's peace officer certification.",
            "The board may order the suspension of the officer's license.",
            "The agency shall terminate the officer's employment after a finding of misconduct.",
            "The officer is subject to discipline.",
            "Upon a final judgment that an officer violated this section, the officer's "
            "certification shall be revoked.",
        ],
    ),
    (
        lexicon.INDEMNITY,
        lexicon.INDEMNITY_GATE,
        [
            "The employer shall indemnify its peace officers for any liability.",
            "The state shall pay in satisfaction of the judgment.",
            "The agency shall satisfy the full amount of the judgment.",
            "Any judgment or settlement shall be paid by the employing agency.",
            "The agency shall make payments for the full amount awarded.",
            "The officer's employer shall pay any judgment or settlement against the officer.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("pattern", "gate", "sentence"),
    [(p, g, s) for p, g, examples in GATED_PATTERNS for s in examples],
)
def test_clause_patterns_are_reached_through_their_gates(pattern, gate, sentence) -> None:
    lowered = sentence.lower()
    assert pattern.search(lowered), sentence
    assert any(literal in lowered for literal in gate), sentence
    heading = "Section 1. An act.\n"
    document = document_from_text(heading + sentence)
    matched = AnalysisText(document).matching(pattern, *gate)
    assert [document.text[s.start : s.end] for s in matched] == [sentence]


def test_explanations_quote_defendants_without_markup() -> None:
    """A Markdown copy's quote and list markers and masked periods never reach the
    explanation that quotes who is liable."""
    text = (
        "> - **(a)** A peace officer, as defined in section 2.10 of the criminal procedure law, "
        "who, under color of law, deprives a person of a right secured by the constitution of "
        "this state is liable to the injured party.\n"
        "> - **(b)** Qualified immunity is not a defense to liability under this section."
    )
    explanation = evaluate(text).result("end.public_employees").explanation
    assert "section 2.10" in explanation
    assert "**" not in explanation and "> -" not in explanation and "2_10" not in explanation


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        (
            "- **(7)** *abrogation of immunity* neither",
            "    (7)    abrogation of immunity--neither",
        ),
        ("  - **(a)** *in general.* any person", "      (a)    in general.--any person"),
        ("a * b * c", "a * b * c"),
    ],
)
def test_markdown_markup_is_read_as_the_print_it_copies(markdown: str, plain: str) -> None:
    """Bullets and bold marks are blanked and an italic catch-line becomes a run-in heading,
    keeping every offset."""
    from endqi.analysis.text import markdown_as_plain

    assert markdown_as_plain(markdown) == plain
    assert len(markdown_as_plain(markdown)) == len(markdown)
