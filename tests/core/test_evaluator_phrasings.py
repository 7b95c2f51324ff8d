"""Phrasing variants: one legal construction written several ways, each read the same.

Every sentence here was written for the test, in the several ways legislatures word the
same rule (a bar, a savings clause, a cap lifted, a fee, an indemnity, a duty to intervene, a
class of defendant, a trap with no officers' liability). A reading that learned one bill's
wording fails the others. Rows are grouped by criterion; each names what it expects.
"""

from __future__ import annotations

import pytest

from endqi.analysis import evaluate
from endqi.analysis.detectors import not_about_officers

CLAIM = (
    "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
    "the constitution of this state is liable to the person injured. "
)
BAR = "Sec. 2. Qualified immunity is not a defense to an action under section 1. "

# (expected end.law_enforcement, the sentence after CLAIM)
BAR_AND_KEEP_WORDINGS = [
    (
        "no",
        "Sec. 2. Governmental immunity shall be a defense to an action under section 1 only if the officer had an objectively good faith belief that the conduct did not violate a clearly established right.",
    ),
    (
        "no",
        "Sec. 2. The court shall dismiss an action under section 1 if the right was not clearly established at the time of the conduct.",
    ),
    (
        "no",
        "Sec. 2. Nothing in this act shall be construed to abrogate or limit the defense of qualified immunity.",
    ),
    (
        "no",
        "Sec. 2. Qualified immunity shall not apply to an action under section 1 unless the officer reasonably believed the conduct was lawful.",
    ),
    (
        "no",
        "Sec. 2. An officer is entitled to qualified immunity in an action under section 1 only if the officer acted in good faith.",
    ),
    (
        "no",
        "Sec. 2. A peace officer sued under section 1 may assert any immunity available under state or federal law.",
    ),
    (
        "no",
        "Sec. 2. The defenses available to a defendant in an action under 42 U.S.C. 1983, including qualified immunity, are available in an action under section 1.",
    ),
    (
        "no",
        "Sec. 2. In an action under section 1, the officer shall not be liable if the officer acted in good faith and with probable cause.",
    ),
    (
        "yes",
        "Sec. 2. Qualified immunity, as recognized by the federal courts, does not apply to an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. The doctrine of qualified immunity is not recognized in this state as a defense to an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. A defendant in an action under section 1 is not entitled to any immunity from liability on the basis that the defendant acted in good faith or that the right was not clearly established.",
    ),
    (
        "yes",
        "Sec. 2. It is not a defense to an action under section 1 that the defendant did not know the conduct was unlawful.",
    ),
    ("yes", "Sec. 2. Good faith shall not be a defense to liability under this act."),
    ("yes", "Sec. 2. Qualified immunity is abolished in this state."),
    (
        "yes",
        "Sec. 2. The common law doctrine of qualified immunity shall have no force or effect in an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. A court may not grant a motion to dismiss or for summary judgment in an action under section 1 on the basis of qualified immunity.",
    ),
    (
        "yes",
        "Sec. 2. The officer's subjective belief that the conduct was lawful shall not be a bar to recovery.",
    ),
    (
        "yes",
        "Sec. 2. Qualified immunity shall not constitute a defense in any action brought under this section.",
    ),
    (
        "yes",
        "Sec. 2. In an action brought under section 1, the defendant may not invoke the doctrine of qualified immunity.",
    ),
    (
        "yes",
        "Sec. 2. Sovereign immunity, governmental immunity and qualified immunity are waived for actions under section 1.",
    ),
    (
        "yes",
        "Sec. 2. The state waives, and no defendant may assert, any immunity in an action under section 1, including qualified immunity.",
    ),
]

# Bills that keep, codify or create the defense, and bars beside savings clauses that keep
# other defenses only: (expected end.law_enforcement, the sentences after CLAIM).
KEEP_AND_CODIFY_WORDINGS = [
    (
        "no",
        "Sec. 2. A peace officer is immune from liability under section 1 unless the officer's conduct violated a clearly established right of which a reasonable officer would have known.",
    ),
    (
        "no",
        "Sec. 2. In an action under section 1, the officer may assert any defense or immunity available under 42 U.S.C. 1983.",
    ),
    (
        "no",
        "Sec. 2. The defense of qualified immunity as applied by the federal courts applies to claims under section 1.",
    ),
    (
        "no",
        "Sec. 2. A defendant shall not be liable under section 1 if the defendant reasonably believed that the conduct was lawful.",
    ),
    (
        "no",
        "Sec. 2. Qualified immunity is not a defense to an action under section 1, but an officer who acted in good faith reliance on a statute is not liable.",
    ),
    (
        "no",
        "Sec. 2. This act does not abrogate any immunity or defense available to a peace officer at common law.",
    ),
    (
        "no",
        "Sec. 2. Qualified immunity is not a defense under section 1; however, a court may dismiss a claim against an officer who acted in objective good faith.",
    ),
    ("no", "Sec. 2. Good faith is an affirmative defense to a claim under section 1."),
    (
        "no",
        "Sec. 2. The immunities provided in chapter 42 apply to claims brought under section 1.",
    ),
    (
        "no",
        "Sec. 2. A peace officer shall be entitled to qualified immunity in any civil action arising from the performance of the officer's duties.",
    ),
    (
        "yes",
        "Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Nothing in this act limits any defense other than qualified immunity.",
    ),
    (
        "yes",
        "Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. This act does not affect the immunity of judges or prosecutors.",
    ),
    (
        "yes",
        "Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. This act does not abrogate any statutory immunity.",
    ),
]

# A denial of the doctrine by name in words no listed bar uses, and denials that keep it (a
# denied limit, a condition, a relative clause, a prosecution): the clause's polarity decides.
POLARITY_WORDINGS = [
    (
        "yes",
        "Sec. 2. The defense known as qualified immunity is hereby eliminated in actions under section 1.",
    ),
    ("yes", "Sec. 2. Qualified immunity may never be raised in an action under section 1."),
    ("yes", "Sec. 2. An officer sued under section 1 cannot claim qualified immunity."),
    (
        "yes",
        "Sec. 2. Courts of this state shall not recognize qualified immunity in actions under section 1.",
    ),
    (
        "yes",
        "Sec. 2. Qualified immunity is unavailable to a defendant in an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. The doctrine of qualified immunity does not extend to actions under section 1.",
    ),
    (
        "yes",
        "Sec. 2. A defendant in an action under section 1 is not entitled to qualified immunity.",
    ),
    ("yes", "Sec. 2. Qualified immunity is no longer recognized as a defense in this state."),
    (
        "yes",
        "Sec. 2. In an action under section 1, the defendant may not invoke qualified immunity or any similar doctrine.",
    ),
    ("yes", "Sec. 2. Qualified immunity shall play no part in an action under section 1."),
    (
        "yes",
        "Sec. 2. It shall not be a defense to an action under section 1 that the right was not clearly established at the time of the deprivation.",
    ),
    (
        "yes",
        "Sec. 2. Liability under section 1 does not depend on whether the officer knew or should have known that the conduct was unlawful.",
    ),
    (
        "yes",
        "Sec. 2. An officer's reasonable but mistaken belief that the conduct was lawful does not excuse liability under section 1.",
    ),
    (
        "yes",
        "Sec. 2. Whether the right was clearly established is immaterial in an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. The court shall not consider whether the law was clearly established when deciding an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. Qualified immunity, as developed by the federal courts, is rejected as a defense under this act.",
    ),
    ("yes", "Sec. 2. Qualified immunity is inapplicable to claims under section 1."),
    ("yes", "Sec. 2. Section 1 applies without regard to qualified immunity."),
    ("yes", "Sec. 2. A claim under section 1 is not subject to the defense of qualified immunity."),
    ("yes", "Sec. 2. The officer shall not be shielded by qualified immunity."),
    ("no", "Sec. 2. Nothing in this act limits qualified immunity."),
    ("no", "Sec. 2. This act shall not be construed to abrogate qualified immunity."),
    ("no", "Sec. 2. Qualified immunity shall not be denied to an officer who acted in good faith."),
    (
        "no",
        "Sec. 2. An officer who asserts qualified immunity shall not be reimbursed for the costs of the appeal.",
    ),
    ("no", "Sec. 2. The state shall not indemnify an officer who is denied qualified immunity."),
    (
        "no",
        "Sec. 2. A court shall not deny qualified immunity unless the right was clearly established.",
    ),
    (
        "no",
        "Sec. 2. An officer is entitled to qualified immunity unless the right was clearly established at the time of the conduct.",
    ),
    (
        "no",
        "Sec. 2. An officer is entitled to qualified immunity if the officer did not violate a clearly established right.",
    ),
    (
        "no",
        "Sec. 2. A defendant is immune from liability if the right was not clearly established.",
    ),
    ("no", "Sec. 2. Qualified immunity shall not be waived by the purchase of insurance."),
    (
        "no",
        "Sec. 2. The assertion of qualified immunity shall not delay discovery in an action under section 1.",
    ),
    ("no", "Sec. 2. This act does not affect the defense of qualified immunity."),
    ("no", "Sec. 2. The defense of qualified immunity shall not be abrogated by this section."),
    ("no", "Sec. 2. This section shall not prevent a defendant from raising qualified immunity."),
    (
        "no",
        "Sec. 2. Qualified immunity applies to an action under section 1 unless the officer acted with malice.",
    ),
    (
        "no",
        "Sec. 2. A peace officer shall be entitled to qualified immunity in an action under section 1.",
    ),
    ("no", "Sec. 2. In a prosecution of a peace officer, qualified immunity is not a defense."),
    (
        "no",
        "Sec. 2. An officer may appeal an order denying qualified immunity, and the trial shall not proceed until the appeal is decided.",
    ),
    (
        "no",
        "Sec. 2. The attorney general shall report on cases in which qualified immunity was not granted.",
    ),
    ("no", "Sec. 2. A municipality may not waive qualified immunity on behalf of its officers."),
    ("yes", "Sec. 2. An officer's good faith is not a defense to an action under section 1."),
    (
        "yes",
        "Sec. 2. That the officer acted in good faith shall not excuse the officer from liability under section 1.",
    ),
    (
        "yes",
        "Sec. 2. The absence of a prior judicial decision holding similar conduct unlawful shall not bar an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. A defendant may not avoid liability under section 1 by showing that the law was unsettled at the time of the conduct.",
    ),
    (
        "yes",
        "Sec. 2. The officer's belief that the conduct was lawful, however reasonable, is no excuse under section 1.",
    ),
    (
        "yes",
        "Sec. 2. Liability under section 1 attaches whether or not the officer acted in good faith.",
    ),
    (
        "yes",
        "Sec. 2. An officer is liable under section 1 even if the officer reasonably believed that the conduct was lawful.",
    ),
    (
        "yes",
        "Sec. 2. A court may not dismiss an action under section 1 because the constitutional right at issue was not clearly established.",
    ),
    (
        "yes",
        "Sec. 2. The defendant's subjective good faith does not affect liability under section 1.",
    ),
    (
        "yes",
        "Sec. 2. In an action under section 1, it is immaterial that the officer believed the conduct to be lawful.",
    ),
    (
        "yes",
        "Sec. 2. Liability under section 1 shall be determined without inquiry into whether the right was clearly established.",
    ),
    (
        "yes",
        "Sec. 2. Section 1 imposes liability notwithstanding that no court had previously held the conduct unconstitutional.",
    ),
    (
        "yes",
        "Sec. 2. The defense that a reasonable officer could have believed the conduct lawful is not available under section 1.",
    ),
    (
        "yes",
        "Sec. 2. No officer may escape liability under section 1 on the ground that the officer acted in good faith.",
    ),
    (
        "yes",
        "Sec. 2. A peace officer may be held liable under section 1 regardless of the officer's good faith.",
    ),
    (
        "yes",
        "Sec. 2. Neither good faith nor reasonable belief in the lawfulness of the conduct is a defense under section 1.",
    ),
    (
        "yes",
        "Sec. 2. An officer cannot avoid liability under section 1 by claiming that the law was not clearly established.",
    ),
    (
        "yes",
        "Sec. 2. The immunity from suit that federal courts extend to government officials does not apply in an action under section 1.",
    ),
    (
        "yes",
        "Sec. 2. Common-law immunities do not shield a peace officer from liability under section 1.",
    ),
    (
        "yes",
        "Sec. 2. Any immunity a peace officer would otherwise enjoy under the common law is abrogated for claims under section 1.",
    ),
    (
        "yes",
        "Sec. 2. Section 1 shall be applied without regard to any immunity recognized at common law.",
    ),
    (
        "yes",
        "Sec. 2. The officer's liability under section 1 is not diminished by the officer's good faith.",
    ),
    (
        "yes",
        "Sec. 2. A defendant shall be liable under section 1 although the unlawfulness of the conduct had not been clearly established.",
    ),
    ("yes", "Sec. 2. Qualified immunity does not protect an officer sued under section 1."),
    ("yes", "Sec. 2. No defense of qualified immunity is available in an action under section 1."),
    (
        "yes",
        "Sec. 2. The officer's defense of qualified immunity is hereby abolished as to claims under section 1.",
    ),
    ("no", "Sec. 2. An officer who acted in good faith is not liable under section 1."),
    (
        "no",
        "Sec. 2. It is a defense to an action under section 1 that the officer reasonably believed the conduct was lawful.",
    ),
    (
        "no",
        "Sec. 2. A court shall dismiss an action under section 1 if the right was not clearly established.",
    ),
    (
        "no",
        "Sec. 2. An officer is not liable under section 1 unless the officer knew or should have known that the conduct was unlawful.",
    ),
    (
        "no",
        "Sec. 2. An officer who acts in good faith reliance on a court order is immune from liability under section 1.",
    ),
    (
        "no",
        "Sec. 2. An officer is liable under section 1 only if the right was clearly established at the time.",
    ),
    ("no", "Sec. 2. Good faith is a complete defense to an action under section 1."),
    (
        "no",
        "Sec. 2. The immunities available to officers at common law apply to actions under section 1.",
    ),
]

# (criterion, expected, state, the sentence after CLAIM and BAR); an empty sentence is the
# claim and the bar alone.
OTHER_CRITERIA_WORDINGS = [
    # caps (state given)
    (
        "end.damage_caps",
        "yes",
        "CO",
        "Sec. 3. Recovery under section 1 is not limited by the Colorado Governmental Immunity Act.",
    ),
    (
        "end.damage_caps",
        "yes",
        "MO",
        "Sec. 3. There is no limit on the amount of damages that may be recovered in an action under section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "MO",
        "Sec. 3. The limitations of section 537.610 shall be disregarded in an action under section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "MO",
        "Sec. 3. Section 537.610 shall not limit the damages recoverable under section 1.",
    ),
    (
        "end.damage_caps",
        "no",
        "MO",
        "Sec. 3. Damages recoverable under section 1 shall not exceed five hundred thousand dollars.",
    ),
    (
        "end.damage_caps",
        "partial",
        "MO",
        "Sec. 3. The limits of section 537.610 are increased to two million dollars for actions under section 1.",
    ),
    # fees
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. A prevailing plaintiff shall be entitled to recover reasonable attorney fees and costs.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. In any action under section 1, the court shall allow a prevailing plaintiff reasonable attorney's fees as part of the costs.",
    ),
    (
        "start.attorney_fees",
        "no",
        None,
        "Sec. 3. In its discretion, the court may allow a prevailing plaintiff reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. A plaintiff who prevails in an action under section 1 is entitled to an award of reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "partial",
        None,
        "Sec. 3. The court shall award reasonable attorney fees to a prevailing plaintiff, not to exceed twenty-five thousand dollars.",
    ),
    # indemnity
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. The employing agency shall defend and indemnify the officer for any judgment or settlement under section 1, and shall not seek contribution from the officer.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. A public employer shall indemnify its peace officers for any liability incurred under section 1.",
    ),
    (
        "start.full_compensation",
        "no",
        None,
        "Sec. 3. A public employer may indemnify a peace officer for liability incurred under section 1.",
    ),
    (
        "start.full_compensation",
        "no",
        None,
        "Sec. 3. A public employer shall indemnify a peace officer for liability under section 1, unless the officer acted with actual malice.",
    ),
    # intervention
    (
        "start.failure_to_intervene",
        "yes",
        None,
        "Sec. 3. A peace officer who observes another officer deprive a person of a right shall intervene, and an officer who fails to do so is jointly liable with the other officer.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        None,
        "Sec. 3. An officer who knows that another officer is depriving a person of a right, and who has a reasonable opportunity to intervene but does not, is liable under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "no",
        None,
        "Sec. 3. Each law enforcement agency shall adopt a policy requiring officers to intervene when another officer uses excessive force.",
    ),
    # accountability
    (
        "start.individual_accountability",
        "yes",
        None,
        "Sec. 3. The Peace Officer Standards and Training Commission shall revoke the certification of an officer found liable under section 1.",
    ),
    (
        "start.individual_accountability",
        "yes",
        None,
        "Sec. 3. An officer against whom judgment is entered under section 1 shall personally pay five percent of the judgment or twenty-five thousand dollars, whichever is less.",
    ),
    (
        "start.individual_accountability",
        "partial",
        None,
        "Sec. 3. The employer may require an officer found liable under section 1 to contribute up to five percent of the judgment.",
    ),
    # records
    (
        "start.public_records",
        "yes",
        None,
        "Sec. 3. Records of any judgment or settlement under section 1, and of the complaints and investigations concerning the conduct, are public records.",
    ),
    (
        "start.public_records",
        "yes",
        None,
        "Sec. 3. The attorney general shall publish on its website every settlement and judgment paid under section 1.",
    ),
    (
        "start.public_records",
        "no",
        None,
        "Sec. 3. Each agency shall report the number of claims filed under section 1 to the attorney general.",
    ),
    # rights
    ("end.state_constitution", "yes", None, ""),
    (
        "end.state_constitution",
        "partial",
        None,
        "Sec. 3. This section applies only to rights secured by sections 2, 7 and 15 of article I.",
    ),
]

CLASS_TAIL = (
    " deprives a person of a right secured by the constitution of this state is liable to the "
    "person injured. Qualified immunity is not a defense to an action under this section."
)
# (the defendants' phrase, expected end.law_enforcement, expected end.public_employees)
CLASS_WORDINGS = [
    ("Any employee of a law enforcement agency who, under color of law,", "yes", "no"),
    ("Any sworn member of a law enforcement agency who, under color of law,", "yes", "no"),
    (
        "A law enforcement officer, correctional officer, or detention officer who, under color of law,",
        "yes",
        "no",
    ),
    ("A correctional officer who, under color of law,", "partial", "no"),
    ("A constable who, under color of law,", "partial", "no"),
    ("A member of the state highway patrol who, under color of law,", "partial", "no"),
    (
        "Any officer or employee of the state or of any political subdivision who, under color of law,",
        "yes",
        "yes",
    ),
    ("A government official who, under color of law,", "yes", "yes"),
    ("A public official or employee who, under color of law,", "yes", "yes"),
    (
        "Any person who, under color of any statute, ordinance, regulation, custom or usage of this state,",
        "yes",
        "yes",
    ),
    ("A municipal police officer who, under color of law,", "partial", "no"),
    ("A county or municipal law enforcement officer who, under color of law,", "partial", "no"),
    ("A certified law enforcement officer who, under color of law,", "yes", "no"),
    ("A peace officer, as defined in section 1-1-1, who, under color of law,", "yes", "no"),
    ("A school resource officer who, under color of law,", "partial", "no"),
    ("A state employee who, under color of law,", "partial", "partial"),
]

# Bills with no officers' civil liability: every verdict "no" (Missouri, a capped state).
TRAP_WORDINGS = [
    "A volunteer firefighter who, in good faith, renders emergency care is not liable for civil damages.",
    "The court shall award reasonable attorney fees to the prevailing party in any action under this chapter to enforce a lien.",
    "A person who violates this section is subject to a civil penalty not to exceed five thousand dollars.",
    "The department shall indemnify any contractor for claims arising from the performance of the contract.",
    "A law enforcement agency shall adopt a policy on the use of body-worn cameras. Recordings are public records subject to chapter 42.56.",
    "A peace officer who uses a chokehold is guilty of a class C felony.",
    "The commission may revoke the certification of a peace officer who is convicted of a felony.",
    "The state shall compensate a person who was wrongfully convicted in the amount of fifty thousand dollars for each year of incarceration.",
    "Qualified immunity should be abolished, and the legislature urges Congress to act.",
    "A school district is liable for injuries caused by the negligence of its employees, not to exceed one hundred thousand dollars per claimant.",
    "A landlord who unlawfully withholds a security deposit is liable to the tenant for twice the amount withheld and reasonable attorney fees.",
    "An employer who retaliates against an employee for reporting a violation is liable to the employee for damages, and the court shall award reasonable attorney fees.",
    "Members of the board are immune from civil liability for acts performed in good faith within the scope of their duties.",
    "A health care provider who reports suspected abuse in good faith is immune from civil and criminal liability.",
    "The state waives its sovereign immunity for claims arising from the negligent operation of state vehicles, not to exceed two hundred fifty thousand dollars.",
]


def _not_no(text: str, state: str | None) -> dict[str, str]:
    """The criteria a text scores other than "no" on, with their verdicts."""
    return {c: v for c, v in evaluate(text, state=state).verdicts().items() if v != "no"}


@pytest.mark.parametrize(
    ("expected", "sentence"),
    BAR_AND_KEEP_WORDINGS + KEEP_AND_CODIFY_WORDINGS + POLARITY_WORDINGS,
)
def test_bar_keep_and_codify_wordings(expected: str, sentence: str) -> None:
    result = evaluate(CLAIM + sentence).result("end.law_enforcement")
    assert result.verdict.value == expected, result.explanation


@pytest.mark.parametrize(("subject", "law_enforcement", "public_employees"), CLASS_WORDINGS)
def test_class_wordings(subject: str, law_enforcement: str, public_employees: str) -> None:
    verdicts = evaluate("Sec. 1. " + subject + CLASS_TAIL).verdicts()
    assert (verdicts["end.law_enforcement"], verdicts["end.public_employees"]) == (
        law_enforcement,
        public_employees,
    )


@pytest.mark.parametrize("sentence", TRAP_WORDINGS)
def test_trap_wordings_score_no_throughout(sentence: str) -> None:
    assert _not_no("Section 1. " + sentence, "MO") == {}


# Whole bills near QI bills that change no officer's civil liability: (state, text).
NEAR_MISS_BILLS = [
    (
        "WA",
        "AN ACT Relating to law enforcement; amending RCW 43.101.105. Sec. 1. The commission shall deny or revoke the certification of any officer who has been found by a court to have used excessive force. The commission's records of revocation are public records.",
    ),
    (
        "NY",
        "Section 1. The executive law is amended by adding a new section 837-x. The division shall study the effects of the doctrine of qualified immunity on civil rights litigation in this state and report its findings to the legislature by December first.",
    ),
    (
        "MO",
        "Section 1. Any peace officer who, in good faith, renders emergency assistance at the scene of an accident shall not be liable for civil damages as a result of any act or omission in rendering the assistance.",
    ),
    (
        "TX",
        "Sec. 1. A governmental unit is not liable for damages arising from the operation of an emergency vehicle unless the operator acted with reckless disregard for the safety of others.",
    ),
    (
        "PA",
        "Section 1. The Commonwealth shall indemnify members of the State Board of Medicine for any judgment arising from their official acts, except for acts of willful misconduct.",
    ),
    (
        "IL",
        "Section 5. A public entity is not liable for an injury caused by the failure to provide police protection or sufficient police protection service.",
    ),
    (
        "CA",
        "SECTION 1. Section 832.7 of the Penal Code is amended to read: The personnel records of peace officers, including records relating to sustained findings of dishonesty, shall be available for public inspection pursuant to the California Public Records Act.",
    ),
    (
        "NJ",
        "1. A law enforcement officer shall be required to wear a body worn camera while on duty. Footage shall be retained for 180 days. The Attorney General shall issue guidelines.",
    ),
    (
        "VA",
        "1. That the Code of Virginia is amended by adding a section numbered 2.2-5514, as follows: A law enforcement agency shall not employ a person who was decertified in another state. Any person who knowingly violates this section is guilty of a Class 1 misdemeanor.",
    ),
    (
        "OH",
        "Section 1. A political subdivision is immune from liability in a civil action for injury caused by any act or omission of the political subdivision or an employee in connection with a governmental function, except as provided in division (B) of this section.",
    ),
    (
        "MI",
        "Sec. 1. A person who files a false report of police misconduct is liable to the officer for damages, including reasonable attorney fees.",
    ),
    (
        "FL",
        "Section 1. A law enforcement officer who is the subject of a complaint has the right to be informed of the nature of the investigation before being interrogated. An officer's personnel file is confidential and exempt from public disclosure until the investigation is concluded.",
    ),
    (
        "WA",
        "Sec. 1. The attorney general shall collect and publish annually the number of civil actions against peace officers in which qualified immunity was asserted and the number in which it was granted.",
    ),
    (
        "NY",
        "Section 1. The municipal police training council shall include in basic training a course on civil liability, including the doctrine of qualified immunity and the duty to intervene.",
    ),
    (
        "MO",
        "Section 1. The task force shall study whether qualified immunity should be limited for peace officers and shall report its recommendations to the general assembly by December 31.",
    ),
    (
        "CA",
        "SECTION 1. A law enforcement agency shall maintain liability insurance covering its officers for claims arising from the performance of their duties.",
    ),
    (
        "IL",
        "Section 5. A peace officer who is sued in his or her individual capacity for acts within the scope of employment shall be represented by the Attorney General.",
    ),
    (
        "TX",
        "Sec. 1. A peace officer who intervenes to stop another officer's use of excessive force may not be disciplined for that intervention.",
    ),
    (
        "NJ",
        "1. Every law enforcement officer shall have a duty to intervene when another officer uses excessive force, and the Attorney General shall adopt guidelines for training on that duty.",
    ),
    (
        "PA",
        "Section 1. A person who is injured by a police officer may file a complaint with the civilian review board, which shall investigate and publish its findings.",
    ),
    (
        "OH",
        "Section 1. A political subdivision may purchase liability insurance for its peace officers, and may indemnify them for judgments arising from their official duties.",
    ),
    (
        "MI",
        "Sec. 1. A law enforcement agency shall not hire an officer whose certification has been revoked in this or another state.",
    ),
    (
        "WY",
        "Section 1. (a) The joint judiciary interim committee shall study during the 2027 interim: (i) the doctrine of qualified immunity as applied to peace officers and whether the legislature should create a state cause of action in which qualified immunity is not a defense; (ii) whether the court should award attorney fees to prevailing plaintiffs; (iii) whether records of officer misconduct should be public. (b) Nothing in this act shall be construed to create a cause of action.",
    ),
    (
        "NE",
        "Section 1. A person who was wrongfully convicted and imprisoned may bring a claim against the State of Nebraska for compensation. Section 2. It is not a defense to a claim under this section that the law enforcement officers who investigated the claimant acted in good faith. Section 3. The court shall award a prevailing claimant reasonable attorney's fees.",
    ),
    (
        "SC",
        "Section 1. A person who in good faith reports misconduct by a law enforcement officer to the inspector general is immune from civil liability for the report. Section 2. This article does not affect the South Carolina Tort Claims Act or any defense of qualified immunity.",
    ),
    (
        "IL",
        "Section 1. A person denied a body-worn camera recording may bring an action against the law enforcement agency, and the court shall award the prevailing requester reasonable attorney's fees. Section 2. No action under this section may be brought against an individual officer, and this section does not affect the immunities of the local government or any defense of qualified immunity.",
    ),
]

# Digests, analyses, findings, advocacy and recommendations about ending qualified immunity:
# never operative (issue 14), so every verdict "no".
COMMENTARY = [
    "This bill eliminates qualified immunity for police officers in this state.",
    "The bill would allow people whose rights are violated by police to sue the officer, and would end qualified immunity.",
    "Under current law, public employees are immune from civil liability when their conduct does not violate clearly established rights.",
    "The sponsor intends to make officers personally liable and to abolish qualified immunity.",
    "Summary: Creates a civil action against peace officers; provides that qualified immunity is not a defense; requires attorney fees.",
    "Analysis: Under the bill, an officer may not assert qualified immunity, and the court must award attorney fees.",
    "Supporters argue that qualified immunity shields officers from accountability; opponents say it protects officers from frivolous suits.",
    "Fiscal note: The bill creates a cause of action against law enforcement officers and bars the defense of qualified immunity; costs are indeterminate.",
    "WHEREAS, qualified immunity is not a defense recognized in the text of 42 U.S.C. 1983; and WHEREAS, officers should be held liable for violating constitutional rights;",
    "The committee recommends that the legislature adopt a law providing that qualified immunity is not a defense.",
    "For reference, section 12 provides that a peace officer who deprives a person of a constitutional right is liable to that person and that qualified immunity is not a defense.",
    "NOW, THEREFORE, Your Memorialists respectfully pray that the Congress amend 42 U.S.C. 1983 so that good faith is no defense, employers shall indemnify officers in full, and the court shall award attorney fees to a prevailing plaintiff.",
]


@pytest.mark.parametrize(("state", "text"), NEAR_MISS_BILLS)
def test_near_miss_bills_score_no_throughout(state: str, text: str) -> None:
    assert _not_no(text, state) == {}


@pytest.mark.parametrize("text", COMMENTARY)
def test_commentary_is_never_operative(text: str) -> None:
    assert _not_no(text, "MO") == {}


# A bill that keeps the defense, then a clause that denies something else to someone acting in
# good faith or on a reasonable belief (indemnity, discipline, a prosecution, a complaint):
# none of them bars the defense.
KEEP = "Sec. 2. The officer may assert any defense available at common law, including qualified immunity. "
UNRELATED_DENIALS = [
    "Sec. 3. An officer who fails to act in good faith shall not be indemnified.",
    "Sec. 3. The employer shall not refuse indemnification to an officer who acted in good faith.",
    "Sec. 3. A person who reports misconduct in good faith shall not be subject to retaliation.",
    "Sec. 3. Information provided in good faith is not admissible against the reporter in a criminal prosecution.",
    "Sec. 3. A complainant who in good faith files a complaint is not liable for defamation.",
    "Sec. 3. The board may not revoke a certificate based on conduct the officer reasonably believed was lawful.",
    "Sec. 3. The commission shall not consider a complaint that was not made in good faith.",
    "Sec. 3. Records of an investigation shall not be released if the chief reasonably believes that release would endanger a person.",
    "Sec. 3. An officer's good faith does not entitle the officer to indemnification for punitive damages.",
    "Sec. 3. The agency shall not be liable for the officer's conduct if the agency acted in good faith in hiring the officer.",
    "Sec. 3. A vendor that acts in good faith reliance on a court order shall not be liable to any person.",
    "Sec. 3. An officer shall not be disciplined for refusing an order the officer reasonably believes to be unlawful.",
    "Sec. 3. The prosecutor shall not charge an officer who reasonably believed that the force used was necessary.",
]


@pytest.mark.parametrize("sentence", UNRELATED_DENIALS)
def test_unrelated_denials_bar_nothing(sentence: str) -> None:
    result = evaluate(CLAIM + KEEP + sentence).result("end.law_enforcement")
    assert result.verdict.value == "no", result.explanation


# Short bills (each written for the test) whose verdict turns on a reading of the whole bill:
# a defined term, a class narrowed or widened elsewhere, a condition inside the claim, a cap
# raised in place, a duty stated as a cause of the wrong. (criterion, expected, state, text)
_PEACE_CLAIM = (
    "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
    "the constitution of this state is liable to the person for damages. "
)
WHOLE_BILL_CONSTRUCTIONS = [
    (
        "end.law_enforcement",
        "yes",
        None,
        'Sec. 1. "Official immunity rule" means any rule under which an official escapes '
        "liability because the right was not clearly established when the official acted. "
        "Sec. 2. A peace officer who, under color of law, deprives a person of a right secured "
        "by the constitution of this state is liable to the person. Sec. 3. The official "
        "immunity rule does not apply in an action under section 2.",
    ),
    (
        "end.law_enforcement",
        "no",
        None,
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the constitution of this state is liable to the person if, when the officer acted, "
        "prior decisions had made the unlawfulness of the conduct apparent to a reasonable "
        "officer. Sec. 2. Good faith is not a defense to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "no",
        None,
        _PEACE_CLAIM + "Sec. 2. In an action under section 1, the officer may assert any immunity "
        "or defense recognized at common law, including qualified immunity, except that qualified "
        "immunity may not be asserted by an officer whose certificate has been revoked.",
    ),
    (
        "end.public_employees",
        "yes",
        None,
        _PEACE_CLAIM + "Sec. 2. Section 1 applies in the same manner to every other officer and "
        "employee of the state and of its political subdivisions. Sec. 3. Qualified immunity "
        "is not a defense to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "partial",
        None,
        _PEACE_CLAIM + "Sec. 2. Qualified immunity is not a defense to an action under section "
        "1. Sec. 3. This act does not apply to an officer employed by the state.",
    ),
    (
        "end.law_enforcement",
        "partial",
        None,
        "Sec. 1. Any person who, while employed as a police officer by a municipality, deprives "
        "another of a right secured by the constitution of this state is liable to the person "
        "injured. Sec. 2. Liability under section 1 attaches although the officer believed in "
        "good faith that the conduct was lawful.",
    ),
    (
        "end.law_enforcement",
        "partial",
        None,
        'Sec. 1. "Deputy" means the sheriff, an undersheriff, or a deputy sheriff of any county. '
        "Sec. 2. A deputy who, under color of law, deprives a person of a right secured by the "
        "constitution of this state is liable to the person. Sec. 3. Qualified immunity is not "
        "a defense to an action under section 2.",
    ),
    (
        "end.law_enforcement",
        "yes",
        None,
        _PEACE_CLAIM + "Sec. 2. Damages under section 1 shall not be denied or reduced on account "
        "of the officer's belief, however reasonable, that the conduct was lawful.",
    ),
    (
        "end.state_constitution",
        "partial",
        None,
        'Sec. 1. "Covered right" means a right secured by article I, section 7 or section 9 of '
        "the constitution of this state. Sec. 2. A peace officer who, under color of law, "
        "deprives a person of a covered right is liable to the person. Sec. 3. Qualified "
        "immunity is not a defense to an action under section 2.",
    ),
    (
        "end.damage_caps",
        "partial",
        "AL",
        _PEACE_CLAIM + "Sec. 2. Notwithstanding Section 11-93-2, the damages recoverable in an "
        "action under section 1 shall not exceed two million dollars ($2,000,000) per claimant.",
    ),
    (
        "end.damage_caps",
        "partial",
        "IN",
        _PEACE_CLAIM + "Sec. 2. IC 34-13-3-4 applies to an action under section 1, except that "
        "each amount stated in IC 34-13-3-4 is tripled.",
    ),
    (
        "end.damage_caps",
        "partial",
        "MO",
        _PEACE_CLAIM + "Sec. 2. The limitations set forth in section 537.610 shall apply to "
        "claims under section 1, except that the maximum amount recoverable for any one "
        "occurrence shall be three million dollars.",
    ),
    (
        "start.full_compensation",
        "partial",
        "NY",
        _PEACE_CLAIM + "Sec. 2. Every city and county shall be liable for, and shall assume the "
        "liability to the extent that it shall save harmless, any police officer in the amount "
        "of any judgment in an action under section 1, other than an award of punitive damages.",
    ),
    (
        "start.full_compensation",
        "no",
        None,
        _PEACE_CLAIM + "Sec. 2. The employer shall indemnify the officer for any judgment under "
        "section 1 unless the officer is found to have intended to cause the injury.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        None,
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the constitution of this state, whether by the officer's own act or by failing to "
        "intervene when another officer commits the deprivation, is liable to the person.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        None,
        _PEACE_CLAIM + "Sec. 2. An officer who is present and fails to take reasonable action to "
        "prevent another officer's deprivation of a person's rights shall be deemed to have "
        "caused it.",
    ),
    (
        "start.individual_accountability",
        "yes",
        None,
        _PEACE_CLAIM + "Sec. 2. The employing agency shall suspend without pay, for at least "
        "sixty days, an officer against whom a final judgment is entered under section 1.",
    ),
    (
        "start.individual_accountability",
        "partial",
        None,
        _PEACE_CLAIM + "Sec. 2. The director shall have cause to discipline any peace officer "
        "who has been found liable in a civil action under section 1.",
    ),
    (
        "start.attorney_fees",
        "partial",
        None,
        _PEACE_CLAIM + "Sec. 2. In an action under section 1 in which the plaintiff obtains "
        "declaratory or injunctive relief, the court shall award reasonable attorney fees to the "
        "plaintiff.",
    ),
    (
        "start.attorney_fees",
        "no",
        None,
        _PEACE_CLAIM + "Sec. 2. An officer who prevails in an action under section 1 shall be "
        "awarded reasonable attorney fees against the plaintiff.",
    ),
    (
        "end.state_constitution",
        "no",
        None,
        "Sec. 1. (a) No officer of a State shall deny a person a marriage license because of "
        "the sex of the person's spouse. (b) A violation of subsection (a) constitutes a "
        "deprivation of any rights secured by the Constitution for purposes of section 1979 of "
        "the Revised Statutes, and a person injured thereby may bring an action under that "
        "section.",
    ),
]


# More whole-bill readings (each written for the test): classes and rights named by reference
# or definition, bars in a clause of their own, caps restated in place, a claim that is only
# the setting of another rule.
WHOLE_BILL_CONSTRUCTIONS += [
    (
        "end.law_enforcement",
        "yes",
        None,
        "Sec. 1. Whenever a police officer acting under color of law deprives any person of a "
        "right secured by the constitution of this state, the person so deprived may institute "
        "and prosecute in the person's own name and on the person's own behalf a civil action "
        "for legal or equitable relief. Sec. 2. In such an action, an officer may not be held "
        "immune on the ground that the officer acted in the good faith belief that the conduct "
        "was lawful.",
    ),
    (
        "end.law_enforcement",
        "partial",
        None,
        '(a) "State employee" means an employee of the state or of one of its agencies, '
        "including a state trooper. (b) If a state employee acting under color of law deprives a "
        "person of a right secured by the constitution of this state, the state employee shall "
        "be liable to the person. (c) No immunity shall be extended to a state employee in an "
        "action under subsection (b) because the employee believed in good faith that the "
        "conduct was lawful.",
    ),
    (
        "end.damage_caps",
        "yes",
        "MS",
        _PEACE_CLAIM + "Sec. 2. Qualified immunity is not a defense to an action under section "
        "1. Sec. 3. Section 11-46-15 is amended to read: (1) The liability of a governmental "
        "entity shall not exceed the sum of Five Hundred Thousand Dollars ($500,000.00) for all "
        "claims arising out of a single occurrence. (2) This section does not limit the damages "
        "recoverable in an action under Section 1 of this act.",
    ),
    (
        "end.state_constitution",
        "yes",
        None,
        '(1) "Covered claim" means a claim for damages against a peace officer for the '
        "deprivation, under color of law, of a right declared in article I of the constitution "
        "of this state, which claim shall be decided without regard to whether the right was "
        "clearly established. (2) A peace officer who causes such a deprivation shall be liable "
        "on the covered claim.",
    ),
    (
        "end.public_employees",
        "no",
        None,
        "Section 1. A person described in Section 2 who, under color of law, deprives another "
        "of a right secured by the constitution of this state shall be liable to the person "
        "injured. Section 2. This act applies to any sheriff, deputy sheriff or municipal police "
        "officer, and to any state trooper. Section 3. In an action under Section 1, a person "
        "described in Section 2 is not immune from liability on the ground that the person acted "
        "in good faith.",
    ),
    (
        "end.state_constitution",
        "partial",
        None,
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right listed "
        "in section 3 is liable to the person. Sec. 2. Qualified immunity is not a defense to "
        "an action under section 1. Sec. 3. The rights referred to in section 1 are those "
        "secured by sections 4, 7 and 8 of article I of the state constitution.",
    ),
    (
        "end.law_enforcement",
        "yes",
        None,
        _PEACE_CLAIM + "Sec. 2. Liability under section 1 must not be defeated by proof of the "
        "officer's good faith, nor by the want of an earlier decision holding like conduct "
        "unlawful.",
    ),
    (
        "end.public_employees",
        "no",
        None,
        'Sec. 1. "Officer" means any officer or employee of the state or of a unit of local '
        "government who is vested by law with the power to make arrests. Sec. 2. An officer who, "
        "under color of law, deprives a person of a right secured by the constitution of this "
        "state is liable to the person. Sec. 3. Qualified immunity is not a defense to an action "
        "under section 2.",
    ),
    (
        "end.state_constitution",
        "no",
        None,
        "Sec. 1. A custodial officer who, while transporting a person in custody, uses force "
        "against that person in violation of the person's right under section 13 or section 17 "
        "of article I of the state constitution is liable to the person for damages. Sec. 2. "
        "Qualified immunity is not a defense to an action under section 1.",
    ),
    (
        "end.public_employees",
        "no",
        None,
        "BILL ANALYSIS. BACKGROUND AND PURPOSE. The bill ends qualified immunity for every "
        "public employee. H.B. 77 amends the Civil Practice and Remedies Code to create a cause "
        "of action against a public employee who deprives a person of a constitutional right. "
        "BE IT ENACTED BY THE LEGISLATURE OF THE STATE: SECTION 1. A peace officer who, under "
        "color of law, deprives a person of a right secured by the constitution of this state is "
        "liable to the person. SECTION 2. Qualified immunity is not a defense to an action under "
        "Section 1.",
    ),
    (
        "end.state_constitution",
        "yes",
        None,
        "(a) A District employee, including a member of the Metropolitan Police Department, who, "
        "under color of law, deprives a person of a right secured by the Constitution of the "
        "United States or the laws of the District is liable to the "
        "person injured. (b) Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "end.state_constitution",
        "no",
        None,
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of the United States is liable to the person. Sec. 2. Qualified "
        "immunity is not a defense to an action under section 1.",
    ),
]

WHOLE_BILL_CONSTRUCTIONS += [
    (
        "end.law_enforcement",
        "yes",
        None,
        "Sec. 1. The deprivation of a person, by a peace officer under color of law, of a right "
        "guaranteed by the state constitution gives rise to a cause of action for damages against "
        "the officer. Sec. 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        None,
        _PEACE_CLAIM + "Sec. 2. Every officer present at a deprivation under section 1 has a duty "
        "to intervene. Breach of that duty gives rise to liability under section 1 equal to that "
        "of the officer who committed the deprivation.",
    ),
]

# Sections that rule on a claim another section creates, bars and keeps in further wordings,
# rights ranges, cap lifts and multiples, fees for some claims, classes by list and by local
# employer, study mandates and requests to Congress (written for the test, after battery D and
# red-team batch AK; none copies their rows), and a cap statute amended in the bill, a proviso
# that is the bar, records made public information, and a code's name that is no public body;
# then bars by reference, by fronted or subject denials, bars kept for some plaintiffs, conduct or
# officers, and shares paid back or owed only after a conviction (after battery E); classes
# narrowed by a later section or named by one town, payers backing a share, amended cap
# statutes, and a state's general tort cap with no claim against officers (after batch AL);
# a legend on the bill's own line, struck quotations, cap statutes amended by striking and
# inserting, old and plain wordings, savings clauses and defined terms (after battery F);
# immunity for releasing records, a bare "officer" referring back, local employers, duties of
# arrest, fees for some outcomes, a backed-up share (after batch AM); procedural exceptions,
# immunity retained for other claims, code citations of caps, discipline imposed or denied,
# some records opened and the rest kept closed (after battery G).
RULES_ON_CLAIMS_ELSEWHERE = [
    (
        "start.attorney_fees",
        "yes",
        "IA",
        "Sec. 4. In a civil action under this chapter against a sheriff's deputy, the court shall award reasonable attorney's fees and costs to the prevailing plaintiff.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "IA",
        "Sec. 4. A law enforcement officer held liable pursuant to this act shall personally pay five percent of the judgment, not more than twenty-five thousand dollars, and that amount shall not be indemnified.",
    ),
    (
        "start.attorney_fees",
        "no",
        "IA",
        "Sec. 4. In an action under this section against a licensee, the board may recover its reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "no",
        "IA",
        "Sec. 4. A public employee found liable under this section shall pay a civil penalty of five hundred dollars, and the court shall award the attorney general its reasonable attorney fees.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        CLAIM
        + "Sec. 2. In an action under section 1 an officer may claim none of the following: (1) qualified immunity; (2) any immunity based on good faith.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        CLAIM
        + "Sec. 2. Immunity from liability is not conferred upon an officer by a good-faith belief that the conduct was lawful.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        CLAIM
        + "Sec. 2. The court shall disregard any argument that the right was not clearly established when the officer acted.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The objective legal reasonableness of the officer's conduct is not a defense to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        CLAIM
        + "Sec. 2. Qualified immunity is not a defense to a claim under section 1 for unlawful arrest, but it remains available as to every other claim under section 1.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        CLAIM
        + "Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. It is, however, a complete defense to an action under section 1 that the officer acted in good faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Sec. 1. The judicial council shall review the laws of other states that provide that qualified immunity is not a defense to a civil action against a peace officer, and shall report to the general assembly by January 1.",
    ),
    (
        "start.attorney_fees",
        "no",
        "IA",
        "Sec. 1. The House of Representatives respectfully urges the Congress of the United States to enact legislation providing that qualified immunity is not a defense to a civil action against a police officer and that the court shall award reasonable attorney fees to every prevailing plaintiff.",
    ),
    (
        "end.state_constitution",
        "partial",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by sections 2 through 6 of article I of the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
    ),
    (
        "end.state_constitution",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by sections 1 through 25 of article I of the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
    ),
    (
        "end.damage_caps",
        "yes",
        "MD",
        CLAIM
        + "Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. A person injured may recover the full amount of damages in an action under section 1 notwithstanding any statutory limitation on the amount recoverable from a local government or its employees.",
    ),
    (
        "end.damage_caps",
        "partial",
        "WI",
        CLAIM
        + "Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. In an action under section 1, the damages recoverable shall be up to four times the limit that would otherwise apply under s. 893.80.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "IA",
        CLAIM
        + "Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The court shall award reasonable attorney fees to a plaintiff who prevails on a claim for unlawful use of force under section 1.",
    ),
    (
        "end.public_employees",
        "partial",
        "IA",
        "Sec. 1. A police officer or a member of a city council who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured, and neither may assert qualified immunity.",
    ),
    (
        "end.public_employees",
        "partial",
        "IA",
        'Sec. 1. As used in this act, "covered official" means any of the following:\n(1) A peace officer.\n(2) A probation officer.\n(3) A social worker employed by a county.\nSec. 2. A covered official who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 3. Qualified immunity is not a defense to an action under section 2.',
    ),
    (
        "end.law_enforcement",
        "partial",
        "IA",
        'Sec. 1. As used in this act, "covered employee" means an employee of a local governmental entity. Sec. 2. A covered employee who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 3. Qualified immunity is not a defense to an action under section 2.',
    ),
    (
        "end.law_enforcement",
        "partial",
        "IA",
        "Sec. 1. A deputy sheriff of a county of the second class who deprives a person of a right secured by the constitution of this state is liable to the person injured. Such a deputy sheriff may not assert qualified immunity.",
    ),
    (
        "end.state_constitution",
        "no",
        "OR",
        "Sec. 1. A public employee who, under color of law, invades a person's residence without a warrant in violation of Article I, section 9 of the Oregon Constitution is liable to the person for damages. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
    ),
    (
        "end.law_enforcement",
        "yes",
        "AL",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Section 6-5-338 is amended to read: (a) Every peace officer, except a reserve officer, shall have immunity from tort liability for discretionary acts; provided, however, that this subsection shall not apply to an action under section 1, and the officer shall not be heard to say that he or she acted in good faith.",
    ),
    (
        "start.public_records",
        "yes",
        "TX",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. A judgment or settlement in an action under section 1 is public information and may not be withheld from any person who requests it.",
    ),
    (
        "start.full_compensation",
        "yes",
        "VT",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The employer shall indemnify the officer for the full amount of any judgment or settlement under section 1. Sec. 4. Sections 5601 and 5602 do not apply to an action under section 1, and no immunity that depends on the officer's good faith is available.",
    ),
    (
        "end.damage_caps",
        "yes",
        "NV",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. NRS 41.035 is amended to read: 1. An award for damages in an action sounding in tort against an officer or employee of the State or a political subdivision, arising out of an act or omission within the scope of the person's public duties, may not exceed the sum of $200,000. 2. The limitations of subsection 1 do not apply to an action brought pursuant to section 1 of this act.",
    ),
    (
        "end.damage_caps",
        "partial",
        "SC",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Section 15-78-120(a)(1) is amended to read: (1) No person shall recover in any action or claim brought hereunder a sum exceeding [three hundred thousand] five hundred thousand dollars because of loss arising from a single occurrence.",
    ),
    (
        "end.damage_caps",
        "yes",
        "WI",
        "ANALYSIS BY THE LEGISLATIVE REFERENCE BUREAU\nUnder current law, the amount recoverable against a political subdivision or its officers in a tort action may not exceed $50,000. This bill creates a civil action against law enforcement officers.\nThe people of the state of Wisconsin, represented in senate and assembly, do enact as follows:\nSECTION 1. 893.836 of the statutes is created to read: 893.836 (1) A law enforcement officer who, under color of law, deprives a person of a right secured by article I of the Wisconsin Constitution is liable to that person. (2) Qualified immunity is not a defense in an action under sub. (1). (3) Section 893.80 (3) does not apply to an action under sub. (1).",
    ),
    (
        "end.law_enforcement",
        "no",
        "MD",
        "Sec. 1. An organization is not immune from liability in any action for damages arising out of a claim of abuse of a minor on the grounds that it is a charitable organization. Sec. 2. Except as provided in § 12-104 of the State Government Article, the damages that may be awarded under this section may not exceed $700,000.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. In an action under section 1 none of the following is a defense: (a) qualified immunity; (b) that the officer believed in good faith that the conduct was lawful.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. The district court lacks jurisdiction to enter judgment for a defendant in an action under section 1 on the ground that the right was not clearly established.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Neither qualified immunity nor any belief of the officer in the lawfulness of the conduct protects an officer from liability under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. No court shall decline to find an officer liable under section 1 because the officer reasonably believed the conduct was lawful.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Not by the defense of qualified immunity shall any peace officer escape liability to a person whose rights under the Iowa Constitution the officer violated; such a person may recover damages from the officer.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. A peace officer who deprives a person of a right secured by the constitution of this state is liable to that person. Sec. 2. The defenses listed in section 3 are not available in an action under section 1. Sec. 3. For purposes of section 2, the listed defenses are: qualified immunity and any defense of good faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1 if the plaintiff was a student at the time of the deprivation.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. In an action under section 1 arising from a vehicle pursuit, qualified immunity is not a defense.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. A peace officer certified by the Iowa Law Enforcement Academy is immune from liability under section 1 for acts done in good faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. An officer may not assert qualified immunity if the officer had a prior sustained finding of excessive force.",
    ),
    (
        "end.damage_caps",
        "yes",
        "NE",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Neither the State Tort Claims Act nor the Political Subdivisions Tort Claims Act applies to an action under section 1.",
    ),
    (
        "end.damage_caps",
        "partial",
        "MA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The limitation in section 2 of chapter 258 of the General Laws shall not apply to claims under section 1 for wrongful death.",
    ),
    (
        "end.damage_caps",
        "no",
        "FL",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Notwithstanding any other provision of this act, the limits in s. 768.28(5) apply to any judgment in an action under section 1.",
    ),
    (
        "start.individual_accountability",
        "no",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. An officer found liable under section 1 shall personally pay ten percent of the judgment, and the employer shall reimburse the officer for any amount so paid.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. If the officer has been convicted of an offense arising from the same conduct, the officer shall personally pay ten percent of the judgment.",
    ),
    (
        "start.full_compensation",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. No judgment or settlement under section 1 shall go unpaid; the employer of the officer shall pay it in full, including any part the officer does not pay.",
    ),
    (
        "start.public_records",
        "partial",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The attorney general shall publish each year the number of actions under section 1 and the total paid in settlements and judgments, without naming any officer.",
    ),
    (
        "end.public_employees",
        "partial",
        "IA",
        "Sec. 1. A public employee who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Sections 1 and 2 of this act do not apply to a claim against an officer or employee of a community college district.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "WA",
        "Sec. 1. Any person who is deprived by an officer or employee of the Town, acting under color of law, of a right secured by the state constitution may bring an action against the officer or employee and the Town for damages. Sec. 2. Qualified immunity is not a defense in an action under section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "KY",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The county employing the deputy shall pay any judgment entered against the deputy under this section in its entirety.",
    ),
    (
        "start.full_compensation",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. An officer found liable under section 1 shall pay two percent of the judgment. The employer shall pay the remainder of the judgment and, if the officer fails to pay the officer's share within sixty days, that share as well.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The court shall impose on the defendant the payment of reasonable attorney's fees in favor of the prevailing plaintiff.",
    ),
    (
        "start.public_records",
        "yes",
        "NC",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Any settlement of a claim under section 1 is a public record and shall not be withheld, sealed or made confidential by agreement of the parties.",
    ),
    (
        "end.damage_caps",
        "yes",
        "WY",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. W.S. 1-39-118 is amended to read: (a) Except as provided in subsection (c) of this section, the liability of a governmental entity and its public employees shall not exceed two hundred fifty thousand dollars ($250,000.00) to any claimant. (c) The limits of subsection (a) of this section do not apply to a judgment under section 1 of this act.",
    ),
    (
        "end.damage_caps",
        "partial",
        "VT",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. 12 V.S.A. section 5601(b) is amended to read: (b) The limits of liability of the State under this chapter shall not exceed [$300,000.00] $750,000.00 to any one person.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. In an action under section 1 in which the deprivation consisted of an arrest without probable cause, qualified immunity is not a defense.",
    ),
    (
        "end.damage_caps",
        "no",
        "FL",
        "Sec. 1. Section 768.28(5) is amended to read: (5) Neither the state nor its agencies or subdivisions shall be liable to pay a claim or a judgment by any one person which exceeds the sum of [$200,000] $400,000.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "MD",
        "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW. [Brackets] indicate matter deleted from existing law. 5-701. (a) A police officer who, under color of law, deprives an individual of a right secured by the Maryland Declaration of Rights is liable to the individual. (b) In an action under subsection (a) of this section, the officer [may] MAY NOT assert qualified immunity.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        'SEC. 2. Section 1979 of the Revised Statutes (42 U.S.C. 1983) is amended by adding at the end: "It shall not be a defense in any action under this section that the right was not clearly established." SEC. 3. Section 722(b) of the Revised Statutes (42 U.S.C. 1988(b)) is amended by striking "the court, in its discretion, may allow the prevailing party a reasonable attorney\'s fee" and inserting "the court shall award the prevailing plaintiff a reasonable attorney\'s fee".',
    ),
    (
        "end.damage_caps",
        "partial",
        "OH",
        'Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Section 2744.05 of the Revised Code is amended in division (C)(1) by striking "two hundred fifty thousand dollars" and inserting "five hundred thousand dollars".',
    ),
    (
        "end.damage_caps",
        "yes",
        "OH",
        'Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Section 2744.05 of the Revised Code is amended by inserting at the end of division (C)(1) "This division does not apply to actions brought under section 1 of this act".',
    ),
    (
        "end.public_employees",
        "yes",
        "PA",
        "Whosoever, being an officer or servant of this Commonwealth, or of any county, city or borough therein, shall, under color of law, subject any person to the deprivation of a right secured by the Constitution of this Commonwealth, shall be liable to the party injured; and no such officer or servant shall be heard to plead qualified immunity.",
    ),
    (
        "start.public_records",
        "no",
        "PA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Nothing herein shall be construed to open to public inspection any personnel record of an officer.",
    ),
    (
        "start.individual_accountability",
        "no",
        "AK",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The employer shall pay the whole of any judgment under section 1, no part of which shall be paid by the officer personally, and no part of which shall be the basis of any disciplinary action against the officer.",
    ),
    (
        "start.public_records",
        "yes",
        "AK",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The agency shall publish on its website each complaint and settlement in an action under section 1, none of which shall be exempt from disclosure.",
    ),
    (
        "end.damage_caps",
        "partial",
        "OR",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. For an action under section 1, the limitations on liability in ORS 30.271 and 30.272 shall be twice the amounts otherwise stated in those sections.",
    ),
    (
        "end.damage_caps",
        "yes",
        "NM",
        'Sec. 1. As used in this act, "liability cap" means any limit on damages recoverable against a public body or public employee. Sec. 2. A law enforcement officer who deprives a person of a right secured by the constitution of New Mexico is liable to that person, and qualified immunity is not a defense. Sec. 3. No liability cap applies to an action under section 2.',
    ),
    (
        "start.individual_accountability",
        "yes",
        "RI",
        "Whosoever, being a peace officer, shall, under color of law, subject any person to the deprivation of a right secured by the Constitution of this State, shall be liable to the party injured, and qualified immunity shall be no defense; and every officer against whom final judgment is had therein shall forfeit his office.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "MA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. It shall be the duty of every officer present at such a deprivation to interpose to prevent it; and whosoever, being so present, shall refuse to interpose shall be liable in like manner.",
    ),
    (
        "end.public_employees",
        "partial",
        "MI",
        "Sec. 1. A public employee who, under color of law, deprives a person of a right secured by the Constitution of Michigan is liable to that person. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Nothing in this act applies to judges or members of the legislature.",
    ),
    (
        "start.full_compensation",
        "no",
        "MI",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The employing public body shall indemnify the officer for any judgment under section 1. Sec. 4. Nothing in this act requires a public body to indemnify an officer for conduct it determines was done in bad faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "OH",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Section 2744.03 of the Revised Code, including the immunity of an employee for acts not done in bad faith, continues to apply to actions under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Any peace officer who, under color of law, deprives a person of a right secured by the Oregon Constitution is liable to the person injured in an action at law, in which neither qualified immunity nor any defense of good faith shall be available.",
    ),
    (
        "end.public_employees",
        "yes",
        "KY",
        "Sec. 1. An official, as defined in section 3, who under color of law deprives a person of a right secured by the Constitution of Kentucky is liable to that person. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The officials referred to in section 1 are every officer and employee of the Commonwealth and of every county and city.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "MO",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. A law enforcement agency that releases a personnel record in good faith under this section is not liable to any person for the release.",
    ),
    (
        "end.law_enforcement",
        "no",
        "MO",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. However, an officer who acted in good faith and believed the conduct was lawful shall not be held liable under section 1.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "MO",
        "Sec. 1. Any peace officer employed by a county, city or other political subdivision of this state who, under color of law, deprives a person of a right secured by the constitution of Missouri is liable to the person injured. Sec. 2. In an action under section 1, qualified immunity is not a defense, and no officer shall escape liability because the officer believed the conduct lawful.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        'Sec. 1. As used in this act, "officer" means a person whose official duties include the apprehension and arrest of offenders. Sec. 2. An officer who, under color of law, deprives a person of a right secured by the Constitution of this State is liable to the person injured, and qualified immunity is not a defense.',
    ),
    (
        "end.state_constitution",
        "partial",
        "WA",
        "Sec. 1. A public employee who, under color of law, deprives a person of a right secured by Article I, section 5 or Article I, section 7 of the state Constitution is liable to that person. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
    ),
    (
        "start.attorney_fees",
        "partial",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The court shall award reasonable attorney fees to a plaintiff who prevails under section 1, unless the plaintiff recovers nominal damages only.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. If the plaintiff prevails on a claim that the officer used deadly force, the court shall award reasonable attorney fees and costs.",
    ),
    (
        "start.full_compensation",
        "yes",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. An officer found liable under section 1 shall pay two percent of the judgment. The employer shall pay the remainder of the judgment and any part of the officer's share that is not collected within ninety days.",
    ),
    (
        "start.full_compensation",
        "partial",
        "WI",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The county employing the officer shall pay any damages, other than punitive damages, for which the officer is liable under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. (1) An officer who observes another officer depriving a person of a right secured by the Oregon Constitution shall take reasonable action to prevent it. (2) An officer who fails to act as required by subsection (1) of this section is liable to the person under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity and good faith shall not be defenses to an action under section 1, except that nothing in this section limits a defense under the statute of limitations.",
    ),
    (
        "end.law_enforcement",
        "no",
        "AL",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to a claim of unlawful arrest under section 1. Sec. 3. For all other claims under section 1, the officer retains any immunity available under existing law.",
    ),
    (
        "end.damage_caps",
        "partial",
        "KS",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. For claims under section 1, the limitation in K.S.A. 75-6105 shall be $1,500,000 per occurrence.",
    ),
    (
        "end.damage_caps",
        "partial",
        "WI",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Notwithstanding s. 893.80 (3), the amount recoverable in an action under section 1 shall not exceed $400,000.",
    ),
    (
        "end.damage_caps",
        "partial",
        "SC",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The limitations of Section 15-78-120 apply to claims under section 1, except that the limitation on the total sum recoverable for a single occurrence does not apply.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "PA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. A deprivation may be committed by act or by omission, including the failure to intervene in another officer's unlawful conduct.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "IL",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The employing agency shall discipline any officer found liable under section 1.",
    ),
    (
        "start.individual_accountability",
        "no",
        "KS",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. An officer shall not be subject to discipline solely because a judgment is entered against the officer under section 1.",
    ),
    (
        "start.public_records",
        "yes",
        "OR",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Records of complaints of misconduct against an officer are not confidential and shall be available for public inspection.",
    ),
    (
        "start.public_records",
        "partial",
        "NJ",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. Records of complaints of deadly force against an officer shall be public records; all other complaint records remain confidential.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "IA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. In an action under section 1 alleging excessive force, the court shall award reasonable attorney fees to a prevailing plaintiff.",
    ),
    (
        "start.full_compensation",
        "partial",
        "IL",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The employer shall indemnify the officer for any judgment under section 1, except that the officer shall personally pay two percent of the judgment.",
    ),
    (
        "start.full_compensation",
        "yes",
        "NM",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. The employer shall indemnify the officer for any judgment under section 1, except that the officer shall pay two percent of the judgment. If the officer does not pay that portion within sixty days, the employer shall satisfy it, so that the judgment is paid in full.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NC",
        '"§ 99D-41. Action. - A law enforcement officer who, under color of law, deprives a person of a right secured by the North Carolina Constitution is liable to the person." "§ 99D-42. Defenses. - Neither qualified immunity nor governmental immunity is a defense to an action under this Article."',
    ),
    (
        "end.state_constitution",
        "partial",
        "MA",
        "Sec. 1. A public employee who violates the right of any person to be free from unreasonable searches under article 14 of the Declaration of Rights, or the right of any person under article 1 of the Declaration of Rights to equality under law, is liable to that person. Sec. 2. Qualified immunity is not a defense to an action under section 1. ",
    ),
    (
        "end.law_enforcement",
        "partial",
        "WI",
        'Sec. 1. In this section, "officer" means a state traffic patrol officer or a state motor vehicle inspector. Sec. 2. An officer who, under color of law, deprives a person of a right secured by article I of the Wisconsin Constitution is liable to that person. Sec. 3. Qualified immunity is not a defense to an action under this section.',
    ),
    (
        "end.law_enforcement",
        "partial",
        "OH",
        'Sec. 1. As used in this section, "deputy" means a county sheriff or a deputy sheriff appointed under section 311.04 of the Revised Code. Sec. 2. A deputy who, under color of law, deprives a person of a right secured by the Ohio Constitution is liable to that person. Sec. 3. Qualified immunity is not a defense to an action under this section.',
    ),
    (
        "end.damage_caps",
        "yes",
        "IN",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. IC 34-13-3-4 is amended to read: Sec. 4. (a) The combined aggregate liability of all governmental entities and of all public employees does not exceed seven hundred thousand dollars ($700,000) for injury to one person. (c) This section does not apply to an action under section 1 of this act.",
    ),
    (
        "end.damage_caps",
        "yes",
        "IN",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the constitution of this state is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1. Sec. 3. IC 34-13-3-4 does not apply to an action under section 1. Sec. 4. An officer found liable under section 1 shall pay five percent of the judgment, not to exceed twenty-five thousand dollars.",
    ),
]

# Bills about other people's immunity, or officers' own suits, that mention the civil claims
# they touch: none creates a claim of the public against officers (each written for the test).
NO_CLAIM_BILLS = [
    "Sec. 1. In any civil action for the deprivation of a right secured by the constitution of "
    "this state, a volunteer firefighter shall have every immunity available to a paid "
    "employee, including qualified immunity. Sec. 2. The county shall pay in full any judgment "
    "entered against a volunteer firefighter.",
    "Sec. 1. A school district shall defend a teacher against a civil action for damages, "
    "including an action alleging that the teacher violated a right of a student secured by "
    "the constitution of this state, and shall pay the full amount of any judgment. Sec. 2. "
    "This section does not create a cause of action.",
    "Sec. 1. If a peace officer is prosecuted for a crime and acquitted, the governmental unit "
    "employing the peace officer shall indemnify the officer for the costs of the defense. "
    "Sec. 2. A peace officer may bring an action against the governmental unit employing the "
    "peace officer to enforce section 1.",
    "Sec. 1. A peace officer is immune from civil liability for discretionary acts within the "
    "line and scope of law enforcement duties. Sec. 2. No immunity is extended hereby to any "
    "private non-governmental person or entity.",
]


@pytest.mark.parametrize("text", NO_CLAIM_BILLS)
def test_bills_without_a_claim_of_the_public_score_no(text: str) -> None:
    assert {c: v for c, v in evaluate(text, state="IA").verdicts().items() if v != "no"} == {}


# Readings added after battery H, red-team AO and AP and battery I (2026-12-02 evening), each
# row in this project's own words, checked to fail before its reading was written.
_EVENING_CLAIM = (
    "Sec. 1. A police officer who, under color of law, deprives a person of a right secured "
    "by the constitution of this state is liable to the person injured. "
)
EVENING_READINGS = [
    (
        "end.law_enforcement",
        "yes",
        "CO",
        _EVENING_CLAIM + "Sec. 2. Immunity is not a defense to liability under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "CO",
        _EVENING_CLAIM + "Sec. 2. Immunities shall not be defenses to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "no",
        "CO",
        "Sec. 1. A volunteer firefighter is immune from civil liability. Sec. 2. Immunity under this section does not apply to gross negligence.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "CO",
        _EVENING_CLAIM
        + "Sec. 2. An action under section 1 may proceed whether or not the officer could reasonably have believed the conduct lawful.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IL",
        _EVENING_CLAIM
        + "Sec. 2. The officer may not defend an action under section 1 by arguing that the right was not clearly established.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "KY",
        _EVENING_CLAIM
        + "Sec. 2. No court shall stay proceedings or dismiss an action under section 1 on any ground that turns on whether the officer acted in good faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "MO",
        "Sec. 1. A peace officer who knowingly deprives a person of a constitutional right commits a class E felony. Sec. 2. It shall not be a defense to a prosecution under section 1 that the right had not been clearly established.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "VT",
        "Sec. 1. If a trooper violates your rights under the Vermont Constitution, you can sue the trooper for damages. Sec. 2. The trooper cannot use qualified immunity as a defense.",
    ),
    (
        "end.public_employees",
        "yes",
        "NY",
        "Sec. 1. Anybody who works for the state or a county and who violates a person's rights under the state constitution can be sued by that person. Sec. 2. Qualified immunity is not a defense to such a suit.",
    ),
    (
        "end.public_employees",
        "yes",
        "OR",
        "Sec. 1. A person whose rights under the state constitution are violated by an officer, employee or agent of a public body may sue that officer, employee or agent. Sec. 2. Qualified immunity is not available in an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "TX",
        'Sec. 1. In this section, "transit police officer" means a person commissioned as a peace officer by a regional transit authority. Sec. 2. A transit police officer who, under color of law, deprives a person of a right secured by the Texas Constitution is liable to the person. Sec. 3. Qualified immunity is not a defense under section 2.',
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Sec. 1. A member of a county board of supervisors who, under color of law, deprives a person of a right secured by the state constitution is liable to that person. Sec. 2. Qualified immunity is not a defense under section 1.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "MD",
        'Sec. 1. "Officer" means a police officer of the Maryland Natural Resources Police. Sec. 2. An officer who, under color of law, deprives a person of a right secured by the Maryland Declaration of Rights is liable to the person. Sec. 3. Qualified immunity is not a defense in an action under section 2.',
    ),
    (
        "end.public_employees",
        "partial",
        "VT",
        "Sec. 1. A police officer, or an employee of a department of the executive branch of the State, who under color of law violates a right guaranteed by the Vermont Constitution is liable to the person injured. Sec. 2. Qualified immunity does not apply to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "no",
        "DE",
        "Sec. 1. A public employee who, under color of law, deprives a person of a right secured by the Delaware Constitution is liable to that person. Sec. 2. Qualified immunity is not a defense under section 1. Sec. 3. This section does not apply to a law-enforcement officer.",
    ),
    (
        "end.state_constitution",
        "no",
        "OR",
        "Sec. 1. A police officer who, under color of law, deprives a person of a right secured by section 12, Article I of the Oregon Constitution is liable to the person injured. Sec. 2. Qualified immunity is not a defense.",
    ),
    (
        "end.state_constitution",
        "partial",
        "VA",
        "Sec. 1. Any person who under color of law deprives another of a right secured by the Constitution of Virginia, other than a right conferred by Article IX, is liable to the person injured. Sec. 2. Qualified immunity is not a defense under section 1.",
    ),
    (
        "end.state_constitution",
        "no",
        "AK",
        "Sec. 1. A police officer who, under color of law, deprives a person of the right to privacy guaranteed by the Alaska Constitution is liable to the person injured. Sec. 2. Qualified immunity is not a defense.",
    ),
    (
        "end.state_constitution",
        "partial",
        "SC",
        "Sec. 1. (A) A police officer who, under color of law, deprives a person of a right listed in subsection (B) is liable to the person. (B) The rights protected under this section are: (1) the right to due process of law; and (2) the right to equal protection of the laws, as secured by the Constitution of this State. (C) Qualified immunity is not a defense under this section.",
    ),
    (
        "end.state_constitution",
        "yes",
        "NM",
        "Sec. 1. A public body shall not subject a person to the deprivation of any rights secured by the bill of rights of the constitution of New Mexico. Sec. 2. A person who suffers such a deprivation may maintain an action for damages. Sec. 3. Qualified immunity is not a defense in such an action.",
    ),
    (
        "end.damage_caps",
        "partial",
        "FL",
        "Section 1. Paragraph (a) of subsection (5) of section 768.28, Florida Statutes, is amended to read: (5)(a) The state shall not be liable to pay a claim by any one person which exceeds $200,000, or $750,000 for a claim under section 776.50. Section 2. Section 776.50, Florida Statutes, is created to read: A police officer who deprives a person of a right secured by the State Constitution is liable to that person, and qualified immunity is not a defense.",
    ),
    (
        "end.damage_caps",
        "yes",
        "CA",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. In addition to damages, the court may impose a civil penalty not to exceed $10,000 for each violation.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "VT",
        _EVENING_CLAIM
        + "Sec. 2. An officer who has a realistic opportunity to prevent another officer's violation of a person's rights shall take reasonable steps to prevent it. Sec. 3. A person harmed by a violation that an officer failed to prevent in breach of section 2 may recover damages from that officer.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "WA",
        "Sec. 1. A police officer who, under color of law, by act or omission, including by failing to take reasonable measures to stop another officer's misconduct, deprives a person of a right secured by the state Constitution is liable to that person. Sec. 2. Qualified immunity is not a defense.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "NV",
        'Sec. 1. A peace officer who deprives or causes to be deprived any person of a right secured by the Constitution of this State is liable to the person. Sec. 2. As used in section 1, "causes to be deprived" includes the failure of a peace officer to intervene to stop another officer from depriving a person of such a right. Sec. 3. Qualified immunity is not a defense.',
    ),
    (
        "start.failure_to_intervene",
        "no",
        "NV",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. Nothing in this act imposes on an officer a duty to intervene or creates liability for failing to intervene.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        "Sec. 1. A police officer who, under color of law, deprives a person of a right secured by the Oregon Constitution, including by failing to intervene, is liable to the person. Sec. 2. Qualified immunity is not a defense. Sec. 3. The academy curriculum shall include instruction on an officer's duty to intervene.",
    ),
    (
        "start.full_compensation",
        "yes",
        "IL",
        "Sec. 10. Civil action. A member of the Police Department who, under color of law, violates a right of any person under the Illinois Constitution shall be liable to that person. Sec. 11. Payment. The City shall pay the entire amount of any judgment entered in an action under Section 10.",
    ),
    (
        "start.public_records",
        "yes",
        "KY",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. Records of complaints against and discipline of an officer sued under section 1 shall be open for public inspection.",
    ),
    (
        "start.public_records",
        "yes",
        "WI",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. The employer shall post on its Internet site each judgment and each settlement in an action under section 1.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "WA",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. The court shall award reasonable attorney fees to a plaintiff who obtains more than nominal damages under section 1.",
    ),
    (
        "start.attorney_fees",
        "no",
        "DE",
        "Sec. 1. If a court finds that a public body has violated the freedom of information act, the court shall award attorney fees to the requester and may impose a civil penalty not to exceed $1,000. Sec. 2. No employee of a public body shall be personally liable for any act taken in good faith in responding to a request for public records.",
    ),
    (
        "start.full_compensation",
        "yes",
        "MA",
        "SECTION 1. Chapter 12 is amended by inserting after section 11I the following section:- A police officer who violates a right secured by the constitution of the commonwealth is liable to the person harmed. SECTION 2. Section 9 of chapter 258 is amended to read: Public employers [may] SHALL indemnify public employees FOR THE FULL AMOUNT OF any judgment against them in an action for a violation of civil rights.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "WA",
        "Sec. 1. RCW 4.24.999 and 2019 c 12 s 1 are each amended to read as follows: (1) A peace officer who, under color of law, deprives a person of a right secured by the state Constitution is liable to the person injured. (2) The court ((may)) shall award reasonable attorney fees to a prevailing plaintiff.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        'Sec. 3. Section 722(b) of the Revised Statutes (42 U.S.C. 1988(b)) is amended by striking "may allow the prevailing party a reasonable attorney\'s fee" and inserting "shall award a prevailing plaintiff a reasonable attorney\'s fee".',
    ),
    (
        "end.public_employees",
        "yes",
        "NY",
        "Sec. 1. Every person who, being an officer or employee of the state or of any town or school district, and acting under color of law, deprives another person of a right secured by the state constitution shall be liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "MO",
        "Section 1. A member of the patrol who, under color of law, deprives a person of a right secured by the Constitution of Missouri shall be liable to the person. Section 2. A member of the patrol sued under section 1 shall not be entitled to qualified immunity.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "WA",
        _EVENING_CLAIM
        + "Sec. 2. No defendant may obtain a dismissal on the ground that the right was not clearly established.",
    ),
    (
        "end.law_enforcement",
        "no",
        "CO",
        _EVENING_CLAIM
        + "Sec. 2. Nothing in this act abolishes the qualified immunity of a police officer.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IL",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense under section 1. Sec. 3. Nothing in this act affects qualified immunity in any other action against a police officer.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "WA",
        "Sec. 1. An officer of the state patrol who, under color of law, deprives a person of a right secured by the state Constitution is liable to the person. Sec. 2. An officer who fails to intervene as required by this subsection is liable under section 1. Sec. 3. Qualified immunity is not a defense under this act.",
    ),
    (
        "end.law_enforcement",
        "no",
        "MI",
        "Sec. 1. A customer of a public water authority may bring an action against the authority for a billing error. Sec. 2. Qualified immunity shall not be a defense to a claim under this section.",
    ),
    (
        "start.full_compensation",
        "no",
        "NY",
        _EVENING_CLAIM
        + "Sec. 2. The state shall indemnify the officer for any judgment under this section; provided, however, that the state shall not be required to indemnify an officer whose conduct was intentional wrongdoing.",
    ),
    (
        "start.full_compensation",
        "yes",
        "IL",
        _EVENING_CLAIM
        + "Sec. 2. The employer shall indemnify the officer for the full amount of any judgment under this section; provided, however, that if the officer acted in bad faith, the officer shall pay ten percent of the judgment and the employer shall pay the remainder.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "MO",
        _EVENING_CLAIM
        + "Sec. 2. The political subdivision may, after notice and a hearing, require an officer found liable under section 1 to reimburse up to five percent of the judgment.",
    ),
    (
        "start.public_records",
        "yes",
        "MO",
        _EVENING_CLAIM
        + "Sec. 2. Records of complaints against an officer sued under section 1 shall be open records.",
    ),
    (
        "start.public_records",
        "partial",
        "NJ",
        _EVENING_CLAIM
        + "Sec. 2. The agency shall publish each settlement under section 1, but the officer's personnel records shall remain confidential.",
    ),
    (
        "end.damage_caps",
        "partial",
        "CO",
        _EVENING_CLAIM
        + "Sec. 2. The limitations in section 24-10-114 do not apply to the officer's own liability under this section, but apply to any payment by the public entity.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "WA",
        _EVENING_CLAIM
        + "Sec. 2. The commission may, in its discretion, consider a judgment under section 1 in any certificate hearing.",
    ),
    (
        "end.damage_caps",
        "no",
        "KY",
        "Section 1. A pharmacist who, in good faith, dispenses naloxone to any person or agency, including a law enforcement agency, shall not, because of that act, be subject to civil liability. Section 2. The board shall adopt rules.",
    ),
    (
        "end.damage_caps",
        "no",
        "CA",
        "Sec. 1. The commission shall update its de-escalation curriculum. Sec. 2. This act does not change any training schedule, create a cause of action against peace officers, or alter any immunity.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NV",
        "Sec. 1. A person harmed when a police officer violates a right under the Nevada Constitution has a claim for relief against the officer. Sec. 2. Under no circumstances may the officer assert qualified immunity.",
    ),
    (
        "end.damage_caps",
        "yes",
        "CO",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. In no case shall any statutory limitation on damages apply to a claim under section 1.",
    ),
    (
        "end.damage_caps",
        "no",
        "CA",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. In no event shall the damages awarded under section 1 exceed $1,500,000.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "MA",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. The court shall, upon judgment for the plaintiff, award reasonable attorney fees and costs.",
    ),
    (
        "start.individual_accountability",
        "no",
        "TX",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. The employer shall pay the whole judgment, and no part of a judgment under section 1 may be paid by the officer personally.",
    ),
    (
        "start.individual_accountability",
        "no",
        "IA",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. A judgment under section 1 may not be used as grounds for decertification of the officer.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "NY",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. Every officer has a duty to intervene when another officer violates a person's rights in the officer's presence. Sec. 4. A person harmed by an officer's breach of the duty in section 3 may bring an action against that officer.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. For purposes of section 1, an officer deprives a person of a right if the officer commits the deprivation or fails to intervene to stop another officer from committing it.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "VT",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. An officer violates section 1 by an act or an omission, including a failure to intervene when another officer violates a person's rights.",
    ),
    (
        "end.damage_caps",
        "partial",
        "PA",
        _EVENING_CLAIM
        + "Sec. 2. Qualified immunity is not a defense. Sec. 3. For an action under section 1, the limitation on damages in 42 Pa.C.S. section 8553 is raised to $750,000.",
    ),
]


# Readings added for red-team batch AT and battery L (2026-12-02, night), in our own words;
# eleven of the twelve fail on the code before them.
_NIGHT_CLAIM = (
    "Section 1. A peace officer who, under color of law, deprives a person of a right secured by "
    "the state constitution is liable to that person. Section 2. Qualified immunity is not a "
    "defense to an action under section 1. "
)


_NIGHT_ACT = (
    'Section 1. In this act, "covered officer" means a peace officer employed by the state or by '
    "a political subdivision. Section 2. A covered officer who deprives a person of a right secured "
    "by the state constitution is liable to the person. "
)


NIGHT_READINGS = [
    # An immunity grant worded "shall not be subject to civil liability" is no claim: a bill
    # that only grants it scores no on every criterion, caps included, in an uncapped state.
    (
        "end.damage_caps",
        "no",
        "IA",
        "Sec. 1. A county employee who removes a disorderly person from a county building in the "
        "good-faith belief that removal is necessary shall not be subject to civil liability "
        "for the removal.",
    ),
    # A study's work plan describes claims elsewhere, item by item.
    (
        "end.state_constitution",
        "no",
        "KY",
        "Section 1. The Legislative Research Commission shall study civil remedies for "
        "misconduct by peace officers. In carrying out the study, the commission shall (a) "
        "compile data on settlements; and (b) examine how neighboring states have created a "
        "civil action for the deprivation of rights secured by their constitutions.",
    ),
    # An analysis names the bill by number in the conditional.
    (
        "end.state_constitution",
        "no",
        "OH",
        "Senate Bill 212 would allow a person to sue a peace officer who violates a right secured "
        "by the Ohio Constitution.",
    ),
    # A stand-alone analysis with no enacting clause: its sentences describe, never enact.
    (
        "end.law_enforcement",
        "no",
        "MI",
        "Legislative Analysis\nPOLICE ACCOUNTABILITY ACT\nBRIEF SUMMARY: A person may bring a "
        "civil action against a peace officer who deprives the person of a right secured by the "
        "state constitution. Qualified immunity is not a defense.\nFISCAL IMPACT: Indeterminate.",
    ),
    # "the officer" read back to "an officer of the <one agency>" earlier in the clause.
    (
        "end.law_enforcement",
        "partial",
        "NV",
        "Sec. 1. A person injured by a member of the Nevada Highway Patrol may bring an action "
        "against the member for the deprivation of a right secured by the Nevada Constitution. "
        "Sec. 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # One institution's department, the institution named first.
    (
        "end.law_enforcement",
        "partial",
        "NY",
        "Section 1. An officer of the port authority police department who deprives a person of a "
        "right under the New York constitution is liable to that person. Section 2. Qualified "
        "immunity is not a defense to an action under section one.",
    ),
    # A bar made inapplicable to some claims by a subdivision of its own: kept for them.
    (
        "end.law_enforcement",
        "no",
        "WI",
        "(1) A peace officer who deprives a person of a right under the Wisconsin Constitution is "
        "liable to the person. (2) Good faith and qualified immunity are not defenses in an "
        "action under sub. (1). (3) Sub. (2) does not apply to claims arising from a vehicle "
        "pursuit.",
    ),
    # A Commonwealth employee is a public employee: examples after "including" do not narrow.
    (
        "end.public_employees",
        "yes",
        "PA",
        "Section 1. A Commonwealth or local agency employee, including a deputy sheriff, who "
        "deprives a person of a right secured by the Constitution of Pennsylvania is liable to "
        "that person. Section 2. Qualified immunity is not a defense under section 1.",
    ),
    # Employees of political subdivisions only: wider than police, not every public employee.
    (
        "end.public_employees",
        "partial",
        "OH",
        "Sec. 1. An officer or employee of a political subdivision who deprives a person of a right "
        "secured by the Ohio Constitution is liable to the person. Sec. 2. Qualified immunity is "
        "not a defense to an action under section 1.",
    ),
    # A class left out by a proviso is read with the claim's class, not as claims kept.
    (
        "end.law_enforcement",
        "yes",
        "DE",
        "Section 1. Any public employee of the State or of a political subdivision who deprives a "
        "person of a right under the Delaware Constitution is liable to that person. Section 2. "
        "Qualified immunity is not a defense; provided, however, that this section shall not "
        "apply to employees of the State judiciary.",
    ),
    # Sections of a bill of rights listed one by one: some rights.
    (
        "end.state_constitution",
        "partial",
        "KS",
        "Section 1. A peace officer who violates section 3, 10 or 15 of the bill of rights of the "
        "constitution of the state of Kansas is liable to the injured person. Section 2. "
        "Qualified immunity is not a defense.",
    ),
    # One cap statute set aside, another act kept by a savings clause: some limits lifted.
    (
        "end.damage_caps",
        "partial",
        "MD",
        "Section 1. A law enforcement officer who violates a right under the Maryland Declaration "
        "of Rights is liable to the person injured. Section 2. The limitations in § 5-303 of the "
        "Courts Article do not apply to an action under this section. Section 3. Nothing in this "
        "section alters the Maryland Tort Claims Act.",
    ),
    # A fee clause another act receives is that act's: the bill's claims get no fee from it
    # (the control beside it puts the fee in the claim's own actions).
    (
        "start.attorney_fees",
        "no",
        None,
        "SEC. 2. Section 1979 of the Revised Statutes (42 U.S.C. 1983) is amended by adding at the "
        'end the following: "It shall not be a defense to an action under this section that the '
        'right was not clearly established." SEC. 3. Section 813 of the Fair Housing Act (42 U.S.C. '
        '3613) is amended by striking subsection (c)(2) and inserting the following: "(2) The '
        "court shall award to a prevailing plaintiff a reasonable attorney's fee and costs.\"",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "SEC. 2. Section 1979 of the Revised Statutes (42 U.S.C. 1983) is amended by adding at the "
        'end the following: "It shall not be a defense to an action under this section that the '
        'right was not clearly established." SEC. 3. Section 722 of the Revised Statutes (42 U.S.C. '
        '1988) is amended by adding at the end the following: "(d) In an action under section 1979, '
        "the court shall award to a prevailing plaintiff a reasonable attorney's fee.\"",
    ),
    # Battery M's kinds, reworded: who pays and when, shares and licences, which records,
    # a bystander's liability (18 of these 22 fail on the code before them).
    (
        "start.full_compensation",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. No county or city shall indemnify an officer for a judgment under section 1.",
    ),
    (
        "start.full_compensation",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The city council shall decide, in its sole discretion, whether to indemnify an officer against a judgment under section 1.",
    ),
    (
        "start.full_compensation",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. Where the chief of police certifies that the officer acted in good faith, the city shall indemnify the officer for the judgment.",
    ),
    (
        "start.full_compensation",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. Judgments under section 1 shall be paid by the employing agency, but no payment shall be made for conduct that led to the officer's criminal conviction.",
    ),
    (
        "start.full_compensation",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The secretary of state shall hold harmless each county clerk for the expense of defending suits over voter registration forms.",
    ),
    (
        "start.full_compensation",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The employing agency shall indemnify the officer for the first one hundred thousand dollars of a judgment under section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The employing agency shall, itself or by its risk pool, pay the whole of any judgment under section 1 against its officer.",
    ),
    (
        "start.full_compensation",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. Of any judgment under section 1, the employing agency shall pay eighty percent and the officer the rest.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The court shall award a prevailing plaintiff reasonable attorney fees of not more than fifty thousand dollars.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. When the jury finds the officer acted maliciously, the court shall award the prevailing plaintiff reasonable attorney fees.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. If the court finds that an officer deprived a person of a right, the training board shall revoke the officer's certification.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The training board shall examine each such judgment and may take action against the officer's license as it sees fit.",
    ),
    (
        "start.individual_accountability",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. A judgment under section 1 shall not be considered in any promotion or assignment decision about the officer.",
    ),
    (
        "start.individual_accountability",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. A plaintiff whose claim under section 1 is found frivolous shall personally pay the officer's costs.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. That part of a judgment under section 1 equal to five percent or ten thousand dollars, whichever is less, shall be paid by the liable officer.",
    ),
    (
        "start.public_records",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The attorney general shall keep a registry, accessible to the public online, of each judgment and settlement under section 1.",
    ),
    (
        "start.public_records",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The court file of an action under section 1 shall not be sealed.",
    ),
    (
        "start.public_records",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. A judgment under section 1 is a public record; complaints against the officer remain confidential.",
    ),
    (
        "start.public_records",
        "no",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The board of barbering shall post online the names of licensees it suspends.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. An officer has a duty to intervene when another officer deprives a person of a right, and breach of this duty is actionable under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. An officer who fails to intervene in another officer's violation when able to do so is subject to a civil action under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + 'Section 3. For section 1, "deprives" includes the failure to intervene to stop another officer.',
    ),
    # Red-team AU and corpus round 14, reworded (7 of 8 fail before): 'in no event' bars, judgments
    # 'under subsec. (1)', a share backed when unpaid, Maine's Act by chapter, Florida's 's. 9',
    # a cap raised in a proviso, section 1979's own words.
    (
        "end.law_enforcement",
        "yes",
        "CO",
        _NIGHT_CLAIM.split(" Section 2.")[0]
        + " Section 2. In no event shall the defense of qualified immunity, or a defense that the law was unsettled, defeat or limit liability in an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "CO",
        _NIGHT_CLAIM.split(" Section 2.")[0]
        + " Section 2. Under no circumstances shall qualified immunity be a defense to an action under section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. (2) The employing agency shall pay the full amount of any judgment under subsec. (1).",
    ),
    (
        "start.full_compensation",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. The officer shall pay five percent of the judgment, and the employer shall pay the remainder of the judgment and any part of the officer's share that the officer fails to pay within sixty days.",
    ),
    (
        "end.damage_caps",
        "yes",
        "ME",
        _NIGHT_CLAIM
        + "Section 3. Title 14, chapter 741 does not apply to an action under section 1.",
    ),
    (
        "end.state_constitution",
        "partial",
        "FL",
        "Section 1. A law enforcement officer who violates s. 9, s. 12, or s. 23 of Art. I of the State Constitution is liable to the injured person. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    (
        "end.damage_caps",
        "partial",
        "FL",
        _NIGHT_CLAIM
        + "Section 3. The limitations in s. 768.28(5) apply to an action under section 1; provided, that for such an action the limits are up to $750,000 per person.",
    ),
    (
        "end.damage_caps",
        "yes",
        None,
        "Every person who, under color of any law of any State or Territory, deprives any person of a right secured by the Constitution shall be liable to the party injured. It is not a defense to such an action that the right was not clearly established.",
    ),
    # A bystander's claim against 'an officer who fails to do so' is against the bill's class.
    (
        "end.law_enforcement",
        "partial",
        "OH",
        "Section 1. (a) A police officer employed by a municipal corporation who, under color of law, deprives a person of a right secured by the Ohio Constitution is liable to the person. (b) Qualified immunity is not a defense to an action under this section. (c) An officer who witnesses another officer deprive a person of such a right shall intervene, and an officer who fails to do so is liable under this section.",
    ),
    # Red-team AV: Commonwealth employees are state employees; 42 Pa.C.S. 8528 is a cap.
    (
        "end.public_employees",
        "partial",
        "PA",
        "Section 1. A Commonwealth employee who deprives a person of a right secured by the Constitution of Pennsylvania is liable to that person. Section 2. The defense of qualified immunity is not available in an action under section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "PA",
        "Section 1. A Commonwealth employee who deprives a person of a right secured by the Constitution of Pennsylvania is liable to that person. Section 2. The defense of qualified immunity is not available in an action under section 1. Section 3. The limits in 42 Pa.C.S. 8528 do not apply to an action under section 1.",
    ),
    # Red-team AW (two of four fail before): one agency's employees who are officers; examples
    # after a class the term means; limits on the amount of recovery and on exemplary damages;
    # a limit on attorneys' fees is no officer's share.
    (
        "end.law_enforcement",
        "partial",
        "IN",
        'Sec. 1. As used in this chapter, "trooper" means an employee of the state police department who is a law enforcement officer under IC 10-11-2. Sec. 2. A trooper who deprives a person of a right secured by the Constitution of the State of Indiana is liable to the person. Sec. 3. Qualified immunity is not a defense to an action under this chapter.',
    ),
    (
        "end.law_enforcement",
        "yes",
        "AL",
        'Section 1. (a) For this section, "law enforcement officer" means any person certified by the Alabama Peace Officers\' Standards and Training Commission, and includes a county jailer and a state trooper. (b) A law enforcement officer who deprives a person of a right secured by the Constitution of Alabama is liable to the person. (c) Qualified immunity is not a defense to an action under this section.',
    ),
    (
        "end.damage_caps",
        "yes",
        "IA",
        _NIGHT_CLAIM
        + "Section 3. The limits of chapters 669 and 670 on the amount of recovery, and on exemplary damages, do not apply to an action under section 1.",
    ),
    (
        "start.individual_accountability",
        "no",
        "FL",
        "Section 1. Section 768.28, Florida Statutes, is amended to read: The state and its agencies shall be liable for tort claims in the same manner as a private individual. No attorney may charge or collect fees in excess of 25 percent of any judgment or settlement.",
    ),
    # Battery N's kinds, reworded (8 of 10 fail before): a bar for a board's hearing; a section
    # excepted by another ('Section 3 applies only to ...', 'Section 4 does not extend to ...'); the
    # wrong's agent ('deprived ... by a public actor'); the State's own people; every level named.
    (
        "end.law_enforcement",
        "no",
        "RI",
        "Section 1. The commission shall hold a hearing on whether an officer's certification should be suspended for misconduct. Section 2. It is not a defense in a hearing under section 1 that the officer believed in good faith that the conduct was lawful.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NM",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense to an action under section 2. Section 4. Section 3 applies only to claims for declaratory relief.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "CO",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense to an action under section 2. Section 4. Section 3 does not apply to an action against a member of the state patrol.",
    ),
    (
        "start.full_compensation",
        "no",
        "IL",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. The employer shall indemnify a covered officer for any judgment under section 2. Section 5. Section 4 does not apply where the officer acted maliciously.",
    ),
    (
        "start.full_compensation",
        "partial",
        "IN",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. The employer shall indemnify a covered officer for any judgment under section 2. Section 5. Section 4 does not extend to exemplary damages.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "CA",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. The court shall award reasonable attorney fees to a prevailing plaintiff under section 2. Section 5. Section 4 does not apply where the plaintiff recovers only one dollar in damages.",
    ),
    (
        "start.public_records",
        "partial",
        "SC",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. Every complaint against a covered officer is a public record. Section 5. Section 4 does not apply to a complaint found to be unfounded.",
    ),
    (
        "end.public_employees",
        "yes",
        "NE",
        'Section 1. A person who is deprived of a right secured by the state constitution by a public actor acting under color of law may bring a civil action for damages. Section 2. In this act, "public actor" means any person employed by the state, a county, a city or a village. Section 3. Qualified immunity is not a defense to a claim under this act.',
    ),
    (
        "end.public_employees",
        "partial",
        "IN",
        'Section 1. In this act, "state actor" means any officer or employee of a board, commission, or agency of the state government. Section 2. A state actor who deprives a person of a right secured by the Constitution of the State of Indiana is liable to the person. Section 3. Qualified immunity is not a defense.',
    ),
    (
        "end.public_employees",
        "yes",
        "VA",
        'Section 1. In this act, "public entity" means the Commonwealth, every county, city and town, and every officer, employee and agent of any of them. Section 2. A public entity that deprives a person of a right secured by the Constitution of Virginia is liable to the person. Section 3. Qualified immunity is not a defense.',
    ),
    # Battery N's second kinds (8 of 9 fail before): a cap amount struck and replaced, a cap
    # statute repealed by number or raised after 'except that'; rights defined as freedom from
    # unreasonable searches only, or excepted by article; fees where declaratory relief is granted;
    # reports of deadly force; a duty made actionable by its section; a share after a conviction.
    (
        "end.damage_caps",
        "partial",
        "MA",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. Section 2 of chapter 258 of the General Laws is amended by striking out the words [one hundred thousand dollars] and inserting in place thereof the words FIVE HUNDRED THOUSAND DOLLARS.",
    ),
    (
        "end.damage_caps",
        "yes",
        "KS",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. K.S.A. 75-6105 is hereby repealed.",
    ),
    (
        "end.damage_caps",
        "partial",
        "CO",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. The limits in section 24-10-114 apply to an action under section 2, except that the limit for an injury to one person is two million dollars.",
    ),
    (
        "end.state_constitution",
        "no",
        "MD",
        'Section 1. In this act, "covered right" means the right to be free from unreasonable searches and seizures. Section 2. A police officer who deprives a person of a covered right is liable to the person. Section 3. Qualified immunity is not a defense.',
    ),
    (
        "end.state_constitution",
        "partial",
        "PA",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. Section 2 does not apply to a claim of a right secured by article VII of the state constitution.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "ME",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. The court shall award reasonable attorney fees to a prevailing plaintiff in an action under section 2 in which declaratory relief is granted.",
    ),
    (
        "start.public_records",
        "partial",
        "NV",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. Each report of an officer's use of deadly force is a public record.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "PA",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. (a) A covered officer who sees another officer deprive a person of a right shall intervene to stop it. Section 5. A violation of section 4(a) is actionable under section 2.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "NM",
        _NIGHT_ACT
        + "Section 3. Qualified immunity is not a defense. Section 4. A covered officer who is convicted of a crime for the conduct behind a judgment under section 2 shall pay ten percent of that judgment.",
    ),
    # Battery O and red-team AX, reworded (5 of 8 fail before): 'no defense ... shall be
    # entertained', 'satisfy the whole judgment', a share the employer 'may' recover after its own
    # duty, 'not be admissible in any hearing', termination, a cap set anew in words, a subsection
    # excepted by another, one agency's officers left out of a bar.
    (
        "end.law_enforcement",
        "yes",
        "WA",
        "Section 1. Every peace officer who, under color of law, deprives a person of a right secured by the Washington Constitution shall be liable to the party aggrieved, and in any such action no defense of qualified immunity shall be entertained.",
    ),
    (
        "start.full_compensation",
        "yes",
        "WA",
        _NIGHT_CLAIM
        + "Section 3. The city employing the officer shall satisfy the whole judgment entered under section 1.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "NV",
        _NIGHT_CLAIM
        + "Section 3. The employer shall pay every judgment under section 1 and may afterwards recover from the officer such part of it as the employer determines.",
    ),
    (
        "start.individual_accountability",
        "no",
        "VA",
        _NIGHT_CLAIM
        + "Section 3. A judgment under section 1 shall not be admissible in any hearing concerning the officer's license.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. An officer found liable under section 1 shall be terminated from employment by the employing agency.",
    ),
    (
        "end.damage_caps",
        "partial",
        "CO",
        _NIGHT_CLAIM
        + "Section 3. For claims under section 1, the limitation on damages in section 24-10-114 shall be one million dollars.",
    ),
    (
        "start.full_compensation",
        "no",
        "ID",
        _NIGHT_CLAIM
        + "Section 3. (1) The employer shall indemnify an officer for any judgment under section 1. (2) Subsection (1) of this section does not apply if the officer acted with malice.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "IL",
        _NIGHT_CLAIM.replace(
            "Section 2. Qualified immunity is not a defense to an action under section 1. ", ""
        )
        + "Section 2. (a) Qualified immunity is not a defense to an action under section 1. (b) Subsection (a) does not apply to a police officer employed by the Illinois State Police.",
    ),
    # 'none of the following shall reduce recovery: ... any limitation on the amount of damages';
    # the bar on punitive damages alone set aside (both fail before).
    (
        "end.damage_caps",
        "yes",
        "KS",
        _NIGHT_CLAIM
        + "Section 3. In an action under section 1, none of the following shall reduce recovery: (a) any limitation on the amount of damages under the Kansas Tort Claims Act; (b) any other statute limiting liability.",
    ),
    (
        "end.damage_caps",
        "partial",
        "PA",
        _NIGHT_CLAIM
        + "Section 3. The bar on punitive damages against local agencies and their employees does not apply to an action under section 1; the other limits of 42 Pa.C.S. Chapter 85 remain.",
    ),
    # A definition written the other way round; articles of Vermont's Chapter I listed.
    (
        "end.state_constitution",
        "yes",
        "IL",
        "Section 5. Every right guaranteed by the Constitution of the State of Illinois is a 'covered right' for purposes of this Act. Section 10. A peace officer who deprives a person of a covered right is liable to that person. Section 15. Qualified immunity is not a defense to an action under Section 10.",
    ),
    (
        "end.state_constitution",
        "partial",
        "VT",
        "Sec. 1. A law enforcement officer who violates Article 7, Article 11 or Article 16 of Chapter I of the Vermont Constitution is liable to the person injured. Sec. 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # A fee award capped by the next subsection (fails before).
    (
        "start.attorney_fees",
        "partial",
        "NE",
        _NIGHT_CLAIM
        + "Section 3. (1) The court shall award reasonable attorney fees to a prevailing plaintiff. (2) An award under subsection (1) shall not exceed twenty thousand dollars.",
    ),
    # A cap statute 'amended to provide that ... the limit of liability shall be' a new amount.
    (
        "end.damage_caps",
        "partial",
        "MS",
        _NIGHT_CLAIM
        + "Section 3. Section 11-46-15, Mississippi Code of 1972, is amended to provide that for a claim under Section 1 the limit of liability shall be Two Million Dollars.",
    ),
    # Public employees narrowed by their duties (fails before).
    (
        "end.public_employees",
        "partial",
        "CA",
        "Section 1. Any public employee whose duties include the custody or supervision of persons in a state facility, including correctional and youth counselors, shall be liable for depriving a person of a right under the California Constitution. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # A cap lifted only where the officer pays; a duty listed '(1) to intervene', breach of 'either duty'.
    (
        "end.damage_caps",
        "partial",
        "MA",
        _NIGHT_CLAIM
        + "Section 3. The limitation in section 2 of chapter 258 shall not apply to judgments against an officer personally; but when the employer pays the judgment, the limitation shall apply.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "NJ",
        _NIGHT_CLAIM
        + "Section 3. (a) An officer present at another officer's deprivation of a right has a duty (1) to intervene to stop it and (2) to report it. (b) An officer who fails to perform either duty in subsection (a) is liable to the person deprived.",
    ),
    # Battery P (both fail before): Ohio's 'Chapter 2744. of the Revised Code' ends no sentence; a
    # cap statute's amount replaced after 'Notwithstanding 42 Pa.C.S. § 8553,'.
    (
        "end.law_enforcement",
        "yes",
        "OH",
        "Section 1. A peace officer who deprives a person of a right secured by the Ohio Constitution is liable to the person. Section 2. Qualified immunity and the immunities of Chapter 2744. of the Revised Code are not defenses to an action under section 1.",
    ),
    (
        "end.damage_caps",
        "partial",
        "PA",
        _NIGHT_CLAIM
        + "Section 3. Notwithstanding 42 Pa.C.S. § 8553, the limitation on damages recoverable in an action under section 1 shall be $750,000.",
    ),
]

_LATE_CLAIM = (
    "Section 1. A law enforcement officer who, under color of law, deprives a person of a right "
    "secured by the constitution of this state is liable to that person in a civil action. "
    "Section 2. Qualified immunity is not a defense to an action under section 1. "
)

# Readings added on 2026-12-03 (issue 14), each row in our own wording.
LATE_READINGS = [
    # A ceiling written after the fee award ("in an amount not to exceed") limits the fees, not
    # the damages; fees carved out of a damages ceiling leave that ceiling on the damages.
    (
        "end.damage_caps",
        "yes",
        "FL",
        _LATE_CLAIM + "Section 3. The limits of s. 768.28(5) do not apply to an action under "
        "section 1. Section 4. The court shall award reasonable attorney fees and costs to a "
        "prevailing plaintiff in an action under section 1, in an amount not to exceed $40,000.",
    ),
    (
        "end.damage_caps",
        "no",
        "WA",
        _LATE_CLAIM + "Section 3. The damages recoverable in an action under section 1, "
        "exclusive of attorney fees and costs, may not exceed $750,000 for each plaintiff.",
    ),
    # An action allowed "notwithstanding" one statute, its damages "subject to the limits" of the
    # cap statute: the cap is kept, not set aside.
    (
        "end.damage_caps",
        "no",
        "SC",
        _LATE_CLAIM + "Section 3. Notwithstanding Section 15-78-70, the officer may be sued "
        "personally; however, damages recoverable in an action brought under section 1 are "
        "subject to the limits provided in Section 15-78-120.",
    ),
    # The cap statute's amount replaced for these claims ("the limits applicable ... are"): a
    # raised cap.
    (
        "end.damage_caps",
        "partial",
        "FL",
        _LATE_CLAIM + "Section 3. Notwithstanding s. 768.28(5), the limits applicable to an "
        "action under section 1 are $750,000 per person and $1.5 million per incident.",
    ),
    # The state's caps applied to these claims, beside a changed limit on another program's
    # payments (crime victims' compensation): the caps stay.
    (
        "end.damage_caps",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The limitations on liability in ORS 30.271, 30.272 and 30.273 "
        "apply to an action under section 1.\nSection 4. Section 5 of this act provides for "
        "payments to the victims of crimes, and for the purposes of the program the department "
        "shall adopt rules and forms and shall report each year to the interim committees of "
        "the Legislative Assembly on the claims it received.\nSection 5. ORS 147.125 is amended "
        "to read: (3) The total compensation awarded under ORS 147.005 to 147.367 for each claim "
        "shall not exceed [$50,000] $60,000.",
    ),
    # Backstops written as sentences of their own: the unpaid portion "shall be paid to the
    # plaintiff by" the employer, notwithstanding a bad-faith carve-out; the officer's excepted
    # share paid by the employer "if the officer does not pay" it.
    (
        "start.full_compensation",
        "yes",
        "KY",
        _LATE_CLAIM + "Section 3. (a) The public body shall indemnify its officer for any judgment "
        "under section 1, except that it shall not be required to indemnify an officer found to "
        "have acted in bad faith. (b) Notwithstanding subsection (a), any portion of a judgment "
        "that remains unpaid sixty days after entry shall be paid to the plaintiff by the public "
        "body.",
    ),
    (
        "start.full_compensation",
        "yes",
        "WI",
        _LATE_CLAIM + "Section 3. An officer against whom a judgment is entered under section 1 "
        "shall pay 5 percent of it or $25,000, whichever is less. Section 4. The employer shall "
        "pay the judgment, except the amount for which the officer is personally liable under "
        "section 3. If the officer does not pay that amount within 90 days, the employer shall "
        "pay it to the plaintiff.",
    ),
    # "No officer shall be immune from liability", with only a witness's immunity for testimony
    # saved: a bar.
    (
        "end.law_enforcement",
        "yes",
        "VT",
        "Sec. 1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Vermont Constitution is liable to the person injured. Sec. 2. No law "
        "enforcement officer shall be immune from liability under this section, except that "
        "nothing in this section abrogates the absolute immunity of a witness for testimony.",
    ),
    # The doctrine kept by "retains every immunity ..., including qualified immunity" for some
    # claims, or for the officer where only the employer's defense is barred.
    (
        "end.law_enforcement",
        "no",
        "SC",
        _LATE_CLAIM.replace(
            "Qualified immunity is not a defense to an action under section 1.",
            "Qualified immunity is not a defense to a claim of an intentional "
            "deprivation under section 1.",
        )
        + "Section 3. As to any other claim under section 1, the officer retains every immunity "
        "and defense otherwise provided by law, including qualified immunity.",
    ),
    (
        "end.law_enforcement",
        "no",
        "MA",
        "Section 1. When a law enforcement officer, under color of law, deprives a person of a "
        "right secured by the constitution of the commonwealth, the person may bring a civil "
        "action against the officer and the governmental unit that employs the officer. "
        "Section 2. The governmental unit shall not assert qualified immunity in an action under "
        "section 1. Section 3. An officer sued in an individual capacity under section 1 may "
        "assert any defense or immunity available to a public employee at common law.",
    ),
    (
        "start.full_compensation",
        "yes",
        "MA",
        _LATE_CLAIM + "Section 3. The governmental unit that employs the officer shall be liable "
        "for the whole of any judgment entered against the officer under section 1.",
    ),
    # The cap statute's amount replaced ("the maximum amount payable ... shall be three million
    # dollars"), and fees "not in excess of" a sum.
    (
        "end.damage_caps",
        "partial",
        "NC",
        _LATE_CLAIM + "Section 3. Notwithstanding G.S. 143-299.2, the maximum amount payable on a "
        "claim under section 1 shall be three million dollars ($3,000,000).",
    ),
    (
        "start.attorney_fees",
        "partial",
        "DE",
        _LATE_CLAIM + "Section 3. The court shall award reasonable attorney's fees and costs to a "
        "prevailing plaintiff, but not in excess of $20,000.",
    ),
    # A share on the employer's finding of bad faith is the rubric's own example of a share.
    (
        "start.individual_accountability",
        "yes",
        "VA",
        _LATE_CLAIM
        + "Section 3. If the employer finds, after a hearing, that the officer acted in "
        "bad faith, the officer shall pay five percent of the judgment or $25,000, whichever is "
        "less, and the employer shall pay the rest.",
    ),
    # Immunities set aside by section number, the state's cap section not among them.
    (
        "end.damage_caps",
        "no",
        "DE",
        _LATE_CLAIM + "Section 3. The immunities provided in §§ 4001 and 4011 of this title do not "
        "apply to an action under section 1.",
    ),
    # A duty to intervene whose breach "does not by itself create civil liability".
    (
        "start.failure_to_intervene",
        "no",
        "DE",
        _LATE_CLAIM + "Section 3. A police officer who observes another officer using excessive "
        "force shall intervene and shall report it to a supervisor. A failure to intervene under "
        "this section is grounds for decertification but does not by itself create civil "
        "liability.",
    ),
    # Decertification in the next numbered subsection after the judgment that occasions it.
    (
        "start.individual_accountability",
        "yes",
        "NV",
        _LATE_CLAIM + "\nSec. 3. 1. Within 10 days after a final judgment is entered against an "
        "officer under section 1, the clerk shall send a copy to the Commission.\n2. Upon "
        "receipt, the Commission shall revoke the certificate of the officer.",
    ),
    # A bill with no claim of its own that rules on every rights suit against officers: fees
    # in those suits, or the officer's own share of their judgments.
    (
        "start.attorney_fees",
        "yes",
        "PA",
        "Section 1. Use of force. An officer may use deadly force only as a last resort. "
        "Section 2. In any civil action brought against a law enforcement officer or a law "
        "enforcement agency alleging the deprivation of a right secured by the Constitution of "
        "Pennsylvania, the court shall award reasonable attorney fees and costs to a prevailing "
        "plaintiff. This section does not create a cause of action.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "NV",
        "Section 1. Body cameras shall be worn on duty. Section 2. If a final judgment is entered "
        "in a civil action in which a peace officer is found liable for depriving a person of a "
        "right secured by the Constitution of this State, the officer is personally liable for 5 "
        "percent of the judgment or $25,000, whichever is less.",
    ),
    # Rights numbered by paragraph ("paragraph 1, paragraph 5, or paragraph 7 of Article I"): a
    # list of some.
    (
        "end.state_constitution",
        "partial",
        "NJ",
        "Section 1. A State trooper who, under color of law, deprives a person of a right secured "
        "by paragraph 1, paragraph 5, or paragraph 7 of Article I of the New Jersey Constitution "
        "is liable to that person. Section 2. Qualified immunity is not a defense to an action "
        "under section 1.",
    ),
    # A statistical report that identifies no officer publishes no officer's record.
    (
        "start.public_records",
        "no",
        "NJ",
        _LATE_CLAIM + "Section 3. The Attorney General shall collect, on a form the Attorney "
        "General prescribes, data on every use of force by an officer, including the race and "
        "age of the subject, and shall publish an annual statistical report that does not "
        "identify any individual officer or subject.",
    ),
    # A paragraph "created" in the state's cap statute for these claims changes that cap.
    (
        "end.damage_caps",
        "partial",
        "WI",
        _LATE_CLAIM + "\nSection 3. 893.80 (3) (b) of the statutes is created to read:\n893.80 "
        "(3) (b) In any action alleging a deprivation of rights that arises from the conduct of a "
        "law enforcement officer, the amount recoverable by any person for any damages shall not "
        "exceed $400,000.",
    ),
    # The employer liable to the officer for the costs of his own defense pays no award.
    (
        "start.full_compensation",
        "no",
        "NV",
        _LATE_CLAIM + "Section 3. If the official attorney does not provide for the defense of "
        "an officer in an action under section 1, the political subdivision is liable to that "
        "person for reasonable expenses in carrying on his own defense, including court costs "
        "and attorney's fees.",
    ),
    # The employer open to suit, but with "no duty to ... indemnify" for willful conduct.
    (
        "start.full_compensation",
        "no",
        "CO",
        _LATE_CLAIM + "Section 3. A person may bring a claim under section 1 against the "
        "officer or the public entity that employs the officer. Section 4. A public entity does "
        "not have a duty to defend or indemnify an officer for a claim under section 1 if the "
        "officer's conduct is willful or wanton.",
    ),
    # A carve-out of the duty to indemnify stands when the only backstop pays the officer's
    # own uncollectible share.
    (
        "start.full_compensation",
        "no",
        "CO",
        _LATE_CLAIM + "Section 3. (a) The employer shall pay any judgment against the officer in "
        "an action under section 1, except that it need not indemnify an officer convicted of a "
        "crime for the conduct. (b) When the officer must pay five percent of the judgment, the "
        "employer shall pay the balance and any part of the officer's share that cannot be "
        "collected.",
    ),
    # An immunity for handling records, and a resolution asking Congress to act, end nothing.
    (
        "end.law_enforcement",
        "no",
        "FL",
        "Section 1. An agency shall retain body camera recordings for at least 120 days. "
        "Section 2. No cause of action may be maintained against a law enforcement agency or "
        "its officers for any release or withholding of recording data made in good faith under "
        "this section, and they are immune from civil liability for it.",
    ),
    (
        "end.law_enforcement",
        "no",
        "RI",
        "HOUSE RESOLUTION RESPECTFULLY REQUESTING THAT THE CONGRESS OF THE UNITED STATES ENACT "
        "LEGISLATION PROVIDING THAT QUALIFIED IMMUNITY IS NOT A DEFENSE IN CIVIL ACTIONS FOR "
        "THE DEPRIVATION OF CONSTITUTIONAL RIGHTS. RESOLVED, That this House respectfully "
        "requests that the Congress provide that qualified immunity shall not be a defense.",
    ),
    # The doctrine's test kept for every other claim ("shall be immune ... unless the right was
    # clearly established") beside a bar for force claims only.
    (
        "end.law_enforcement",
        "no",
        "MA",
        "Section 1. Any public employee who, under color of law, deprives a person of a right "
        "secured by the constitution of the commonwealth shall be liable to that person. "
        "Section 2. In an action under section 1 against a police officer arising from the use "
        "of force, qualified immunity shall not be a defense. Section 3. In any other action "
        "under section 1, a public employee shall be immune from liability unless the right was "
        "clearly established at the time of the conduct.",
    ),
    # A state's claim against people acting under color of federal law only: federal agents,
    # not the state's own officers (a bill of Congress, read without a state, is not narrowed).
    (
        "end.law_enforcement",
        "partial",
        "OR",
        "Section 1. A person who, while acting under color of any federal law, deprives another "
        "of a right secured by the Oregon Constitution is liable to the person injured. "
        "Section 2. No immunity of any kind is a defense to an action under section 1.",
    ),
    (
        "end.public_employees",
        "partial",
        "OR",
        "Section 1. A person who, while acting under color of any federal law, deprives another "
        "of a right secured by the Oregon Constitution is liable to the person injured. "
        "Section 2. No immunity of any kind is a defense to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 1. A person who, while acting under color of federal or state law, deprives "
        "another of a right secured by the Oregon Constitution is liable to the person injured. "
        "Section 2. No immunity of any kind is a defense to an action under section 1.",
    ),
    # Whose law the defendant acts under, and who may sue, are not the rights the claim enforces.
    (
        "end.state_constitution",
        "no",
        "NV",
        "Section 1. Each person who, under color of any statute, regulation or usage of this "
        "state, deprives any resident of this state of a right secured by the United States "
        "Constitution is liable to the person injured. Section 2. Qualified immunity is not a "
        "defense to an action under section 1.",
    ),
    (
        "end.state_constitution",
        "yes",
        "NV",
        "Section 1. Each person who, under color of any statute, regulation or usage of this "
        "state, deprives any resident of this state of a right secured by the Constitution and "
        "laws of the State of Nevada is liable to the person injured. Section 2. Qualified "
        "immunity is not a defense to an action under section 1.",
    ),
    # Fees for the prevailing tenant are a landlord's suit's, whatever section they stand in.
    (
        "start.attorney_fees",
        "no",
        "NM",
        _LATE_CLAIM + "Section 3. In any action under this section against a landlord who keeps "
        "a deposit unlawfully, the court shall award reasonable attorney fees and court costs to "
        "the prevailing tenant. Section 4. In an action under section 1, the court may award "
        "reasonable attorney fees.",
    ),
    # A cap on medical-negligence damages against public hospitals is another claims' cap.
    (
        "end.damage_caps",
        "yes",
        "NJ",
        _LATE_CLAIM + "Section 3. The Tort Claims Act, including any limitation on the amount of "
        "damages, shall not apply to an action under section 1. Section 4. In any action for "
        "medical negligence against a hospital operated by a county, the total amount "
        "recoverable for noneconomic damages may not exceed $500,000, raised from the limit in "
        "effect before the effective date of this act.",
    ),
    # A claim against every public servant, limited by a sentence of its own to local ones.
    (
        "end.public_employees",
        "partial",
        "NE",
        "Section 1. A public servant who, under color of law, deprives a person of a right "
        "secured by the Nebraska Constitution is liable to the person injured. Section 2. "
        "Qualified immunity is not a defense to an action under section 1. Section 3. This act "
        "applies only to a public servant employed by a county or a municipality.",
    ),
    # "This subtitle applies only to" officers of some agencies.
    (
        "end.law_enforcement",
        "partial",
        "MD",
        "3-2601. (A) This subtitle applies only to a law enforcement officer employed by a "
        "county, a municipal corporation, or a county sheriff's office. 3-2602. A law enforcement "
        "officer who, under color of law, deprives an individual of a right secured by the "
        "Maryland Declaration of Rights is liable to the individual. 3-2603. Qualified immunity "
        "is not a defense to an action under this subtitle.",
    ),
    # "Every reference to a law enforcement officer also includes any other officer, employee,
    # or agent of the State or of a unit of local government".
    (
        "end.public_employees",
        "yes",
        "IL",
        "Section 10. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Illinois Constitution is liable to the person injured. Section 15. "
        "For the purposes of Sections 10 and 20, every reference to a law enforcement officer "
        "also includes any other officer, employee, or agent of the State or of a unit of local "
        "government. Section 20. Qualified immunity is not a defense to an action under Section "
        "10.",
    ),
    # "If any portion is uncollectable from the person, the entity shall satisfy the full amount".
    (
        "start.full_compensation",
        "yes",
        "MO",
        _LATE_CLAIM + "Section 3. The public entity that employs the officer shall indemnify the "
        "officer for any judgment under section 1; except that, if the entity finds the officer "
        "acted in bad faith, the officer shall be personally liable for five percent of it. If any "
        "portion of the judgment is uncollectable from the officer, the public entity shall "
        "satisfy the full amount of the judgment.",
    ),
    # The officer's share taken out of the indemnity, with no one bound to pay it if he does not.
    (
        "start.full_compensation",
        "partial",
        "KS",
        _LATE_CLAIM + "Section 3. A city or county shall indemnify its employee for any judgment "
        "under section 1, except that the employee shall be personally liable for, and shall not "
        "be indemnified for, five percent of the judgment or $25,000, whichever is less.",
    ),
    # An indemnity the payer need not pay past a sum.
    (
        "start.full_compensation",
        "partial",
        "TX",
        _LATE_CLAIM + "Section 3. The governmental unit that employs an officer against whom a "
        "judgment is rendered under section 1 shall indemnify the officer for the amount of the "
        "judgment, except that the unit is not required to pay more than $500,000 for all claims "
        "arising from one occurrence.",
    ),
    # A certificate that "shall be revoked" on one of several listed grounds, a judgment under
    # the bill's claim among them: a consequence tied to the violation.
    (
        "start.individual_accountability",
        "yes",
        "AK",
        _LATE_CLAIM + "Section 3. A certificate issued to a police officer shall be revoked by "
        "the council if the officer (1) has been convicted of a felony; (2) made a false statement "
        "in an application; or (3) is a party against whom a final judgment has been entered in "
        "an action under section 1.",
    ),
    # The state's codified immunity sections set aside for the bill's claims by number.
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. A government employee who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Iowa is liable to the person injured. Sec. "
        "2. Sections 669.14A and 670.4A do not apply to a claim brought under this chapter.",
    ),
    # A records rule that "does not apply to any other record of a law enforcement agency"
    # leaves no officer out of the claim.
    (
        "end.public_employees",
        "yes",
        "OR",
        "Section 1. Any public employee who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person injured. Qualified immunity "
        "is not a defense to an action under this section. Section 2. A judgment under section 1 "
        "is a public record. This section does not apply to any other record of a law "
        "enforcement agency.",
    ),
    # "Officers or employees of the Commonwealth" are the state's people only.
    (
        "end.public_employees",
        "partial",
        "VA",
        "A. Any Commonwealth official who, under color of law, deprives another of a right "
        "secured by Article I of the Constitution of Virginia shall be liable to the person "
        "injured. B. Qualified immunity, and any immunity under the common law of Virginia for "
        "officers or employees of the Commonwealth, shall not be a defense to an action under "
        "this section.",
    ),
    # What a study commission shall consider is an agenda, not a claim.
    (
        "end.state_constitution",
        "no",
        "NY",
        "Section 1. A commission on police accountability is established. Section 2. The "
        "commission shall consider: (a) the doctrine of qualified immunity as applied to claims "
        "against police officers and peace officers for violating rights secured by the state "
        "constitution; and (b) the costs of judgments. Section 3. The commission shall report to "
        "the legislature by December 1, 2028.",
    ),
    # A government's liability for its employees' negligence (a road's upkeep) is a tort claims
    # rule, not a claim for violating rights.
    (
        "start.attorney_fees",
        "no",
        "WY",
        "Section 1. (a) A governmental entity is liable for damages resulting from bodily injury "
        "or property damage caused by the negligence of public employees in the maintenance of "
        "any public road. (b) In an action under this section the court shall award reasonable "
        "attorney fees to a prevailing plaintiff.",
    ),
    # A reporter's immunity kept from false reporters: no bar, no cap lifted.
    (
        "end.damage_caps",
        "no",
        "MS",
        _LATE_CLAIM + "Section 3. (1) A public employee who in good faith reports misconduct to "
        "an inspector general is immune from civil liability for the report. (2) The immunity "
        "provided by this section shall not apply to any person who knowingly makes a false "
        "report.",
    ),
    # A member of the public's good-faith immunity for an act of its own keeps no defense of
    # officers alive.
    (
        "end.law_enforcement",
        "yes",
        "AK",
        _LATE_CLAIM + "Section 3. A person who in good faith administers an opioid overdose drug "
        "to another person whom the person reasonably believes is overdosing is not liable for "
        "civil damages resulting from the administration.",
    ),
    # Fees for a requester who wins a records suit are the records law's.
    (
        "start.attorney_fees",
        "no",
        "CA",
        _LATE_CLAIM + "Section 3. If the court finds that a public agency denied access to a "
        "public record without a reasonable basis, the court shall award attorney fees and costs "
        "to the plaintiff who prevails. Section 4. In an action under section 1 the court may "
        "award reasonable attorney fees.",
    ),
    # A state's local act for one city: that city's officers only.
    (
        "end.law_enforcement",
        "partial",
        "NC",
        "The General Assembly of North Carolina enacts:\nSECTION 1. A police officer who, under "
        "color of law, deprives a person of a right secured by the North Carolina Constitution is "
        "liable to the person injured.\nSECTION 2. Qualified immunity is not a defense to an "
        "action under section 1 of this act.\nSECTION 3. This act applies only to the City of "
        "Greensboro.",
    ),
    # A defined class whose definition names another defined term, read through both.
    (
        "end.public_employees",
        "yes",
        "CO",
        'Section 1. (1) "Employing entity" means the state; any agency of the state; and any '
        'county, municipality or other political subdivision of the state. (2) "Public actor" '
        "means any individual who holds an elected or appointed office of, is employed by, or "
        "acts as an agent of an employing entity. Section 2. A public actor who, under color of "
        "law, deprives a person of a right secured by the state constitution is liable to the "
        "person injured. Qualified immunity is not a defense to an action under this section.",
    ),
    # Government officers and employees listed with its contractors are still its people.
    (
        "end.public_employees",
        "yes",
        "NV",
        'Section 1. "Covered person" means any officer, employee, volunteer or contractor of this '
        "State or of any political subdivision of this State. Section 2. A covered person who, "
        "under color of law, deprives another person of a right secured by the Constitution of "
        "the State of Nevada is liable to that person. Qualified immunity is not a defense to an "
        "action under this section.",
    ),
    # A ceiling on attorney fees beside a lifted damages cap limits fees, not damages.
    (
        "end.damage_caps",
        "yes",
        "TX",
        _LATE_CLAIM + "Section 3. Chapter 101, Civil Practice and Remedies Code, does not apply "
        "to an action under section 1. Section 4. The court shall award a prevailing plaintiff "
        "reasonable attorney's fees, not to exceed $100,000.",
    ),
    # A duty to intervene whose breach is made actionable by its paragraph's label ("violates
    # par. (a)"), in Wisconsin's abbreviations.
    (
        "start.failure_to_intervene",
        "yes",
        "WI",
        "(2) LIABILITY. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Wisconsin Constitution is liable to the person injured. (3) "
        "INTERVENTION. (a) An officer who is present and observes another officer depriving a "
        "person of a right described in sub. (2) shall intervene to stop it. (b) An officer who "
        "violates par. (a) is liable under sub. (2) for the harm the intervention would have "
        "prevented. (4) Qualified immunity is not a defense to an action under this section.",
    ),
    # Immunities set aside, the state's cap statute kept by a savings clause that cites it.
    (
        "end.damage_caps",
        "no",
        "WI",
        "(2) LIABILITY. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Wisconsin Constitution is liable to the person injured. (3) The "
        "immunity under s. 893.80 (4) does not apply to an action under this section, and "
        "qualified immunity is not a defense. (4) Nothing in this section affects s. 893.80 (3).",
    ),
    # A tort claims act's waiver for employees' negligence is no claim for violating rights.
    (
        "start.attorney_fees",
        "no",
        "VT",
        "Sec. 1. LIABILITY OF STATE (a) The State shall be liable for injury to persons or "
        "property caused by the negligent or wrongful act or omission of an employee of the "
        "State while acting within the scope of employment. Sec. 2. The court shall assess "
        "against a public agency found to have violated this subchapter reasonable attorney's "
        "fees and other litigation costs in any case under this section in which the "
        "complainant has substantially prevailed.",
    ),
    # An immunity for disclosing records in good faith concerns no claim against officers.
    (
        "start.public_records",
        "no",
        "PA",
        "Section 1. A law enforcement agency, and an officer or employee of the agency, who in "
        "good faith discloses separation records under this section shall be immune from civil "
        "liability for the disclosure. Section 2. Each agency shall post its records of "
        "complaints against officers on its website.",
    ),
    # A bill whose only change of public liability is the tort claims cap: its other sections'
    # payment rules serve other claims.
    (
        "start.full_compensation",
        "no",
        "IN",
        "SECTION 1. The combined aggregate liability of all governmental entities and of all "
        "public employees acting within the scope of their employment does not exceed seven "
        "hundred thousand dollars for injury to one person in any one occurrence.\n\nSECTION 2. "
        "The county election board shall defend, indemnify and hold harmless a precinct election "
        "officer for the full amount of any claim for injury arising from the operation of a "
        "polling place.",
    ),
    # Refusals listed after "shall indemnify ... unless:".
    (
        "start.full_compensation",
        "no",
        "NV",
        _LATE_CLAIM + "Section 3. In any action under section 1 in which judgment is entered "
        "against the officer, the employer shall indemnify the officer for the full amount unless:"
        "\n1. The officer failed to ask for a defense in time; or\n2. The officer's act was "
        "wanton or malicious.",
    ),
    # The employer sued in the officer's place may not raise the officer's immunity: the class
    # is the officer's.
    (
        "end.public_employees",
        "no",
        "OR",
        "Section 1. A police officer who, under color of law, deprives a person of a right "
        "secured by Article I of the Oregon Constitution is liable to the person injured. An "
        "action under this section shall be brought against the public body that employs the "
        "officer. Section 2. In an action under section 1, the public body may not assert as a "
        "defense that the officer is entitled to qualified immunity.",
    ),
    # The rights named in the subsection a claim refers to.
    (
        "end.state_constitution",
        "yes",
        "NM",
        "SECTION 3. CAUSE OF ACTION.-- A. A public body, or a person acting under color of its "
        "authority, shall not deprive any person of a right secured by the constitution of New "
        "Mexico.\nB. A person who suffers a deprivation prohibited by Subsection A of this "
        "section may maintain an action for damages against the public body. Qualified immunity "
        "is not a defense to an action under this section.",
    ),
    # Kentucky's exclusions keep records closed; a "however" that follows opens some of them.
    (
        "start.public_records",
        "no",
        "KY",
        _LATE_CLAIM + "Section 3. The following public records are excluded from the application "
        "of KRS 61.870 to 61.884 and shall be subject to inspection only upon order of a court: "
        "(u) records of the council relating to an investigation of a peace officer.",
    ),
    (
        "start.public_records",
        "yes",
        "KY",
        _LATE_CLAIM + "Section 3. The following public records are excluded from the application "
        "of the open records law: (h) records compiled in investigating violations, if disclosure "
        "would harm the agency; however, records of the investigation of a complaint that a peace "
        "officer used excessive force, including any finding, shall be open for inspection after "
        "the investigation is completed.",
    ),
    # An immunity, however described, that "shall not attach" is barred.
    (
        "end.law_enforcement",
        "yes",
        "ID",
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person injured. Section 2. Immunity from suit "
        "or liability, whether called qualified immunity, good faith immunity or anything else, "
        "shall not attach to a peace officer in an action under section 1.",
    ),
    # A cap lifted for economic damages only leaves the rest capped.
    (
        "end.damage_caps",
        "partial",
        "ID",
        _LATE_CLAIM + "Section 3. The limitation of liability in section 6-926 does not apply to "
        "an award of economic damages in an action under section 1.",
    ),
    # "Nothing in [the tort claims act] limits the amount a claimant may recover".
    (
        "end.damage_caps",
        "yes",
        "TX",
        _LATE_CLAIM + "Section 3. Nothing in Chapter 101 limits the amount that a claimant may "
        "recover in an action under section 1.",
    ),
    # Released at the request of the injured person or of any member of the public.
    (
        "start.public_records",
        "partial",
        "IA",
        _LATE_CLAIM + "Section 3. Within ten days after a request by the injured person, or by any "
        "member of the public once an action under section 1 is filed, the agency shall release "
        "each body camera recording of the incident.",
    ),
    # Fees the court must award to the officer who wins are no fees for the person who sued.
    (
        "start.attorney_fees",
        "no",
        "KS",
        _LATE_CLAIM + "Section 3. If the court finds that an action under section 1 was brought "
        "without any reasonable basis, it shall award the peace officer reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "no",
        "KS",
        _LATE_CLAIM + "Section 3. In an action under section 1 the court shall award reasonable "
        "attorney fees and costs to a peace officer or other public employee who prevails.",
    ),
    # A bare SUMMARY heading after the text: what follows describes the bill.
    (
        "start.public_records",
        "no",
        "ME",
        "Be it enacted by the People of the State of Maine as follows:\n"
        + _LATE_CLAIM
        + "Section 3. This Act takes effect January 1, 2028.\n\nSUMMARY\nThis bill "
        "creates a civil action against officers. It ends qualified immunity, and requires that "
        "settlements and judgments be posted on a publicly accessible website.",
    ),
    # A sanction the licensing council must impose on the officer's certificate.
    (
        "start.individual_accountability",
        "yes",
        "VT",
        _LATE_CLAIM + "Section 3. When a final judgment is entered against an officer under "
        "section 1, the council shall impose a sanction on the officer's certification.",
    ),
    # A personal share the employer may waive at will, in the same sentence: partial.
    (
        "start.individual_accountability",
        "partial",
        "MA",
        _LATE_CLAIM + "Section 3. An officer against whom a judgment is entered under section 1 "
        "shall personally pay five percent of it, up to $25,000; provided, however, that the "
        "employing agency may, at its sole discretion and for any reason, waive that payment.",
    ),
    # "A state police officer" is one agency's officer; a list of agencies from the state's
    # police to a town's, named as whose conduct the barred actions concern, is every officer.
    (
        "end.law_enforcement",
        "partial",
        "KS",
        "Section 1. A state police officer who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to the person injured. Section 2. Qualified "
        "immunity is not a defense in an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "KS",
        "Section 1. A state or local police officer who, under color of law, deprives a person of "
        "a right secured by the state constitution is liable to the person injured. Section 2. "
        "Qualified immunity is not a defense in an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NE",
        "Section 1. A person deprived of a right secured by the state constitution by a public "
        "officer acting under color of law may bring a civil action for damages. Section 2. "
        "Qualified immunity may not be raised as a defense when the civil action concerns the "
        "conduct of a state police officer, as defined in section 81-2001; a deputy sheriff; a "
        "conservation officer; or a police officer employed by a city or village.",
    ),
    # Records named only by where the bill describes them.
    (
        "start.public_records",
        "yes",
        "OR",
        _LATE_CLAIM
        + "Section 3. (a) Each agency shall keep a file on every officer it employs. (b) The file "
        "shall contain each complaint made against the officer and the finding made on it. "
        "Section 4. The records described in section 3(b) shall be open to public inspection.",
    ),
    (
        "start.public_records",
        "partial",
        "OR",
        _LATE_CLAIM
        + "Section 3. (a) Each agency shall keep a file on every officer it employs. (b) The file "
        "shall contain the recordings made by the officer's body-worn camera. (c) The records "
        "described in subsection (b) shall be posted on the agency's website.",
    ),
    (
        "start.public_records",
        "no",
        "OR",
        _LATE_CLAIM
        + "Section 3. (a) Each agency shall keep a file on every officer it employs. (b) The file "
        "shall contain the officer's training schedule. Section 4. The records described in "
        "section 3(b) shall be open to public inspection.",
    ),
    # People named only by their employers: local governments only, or every government.
    (
        "end.public_employees",
        "partial",
        "KS",
        "Section 1. Any individual employed by a municipality or a county who, acting under "
        "color of law, deprives a person of a right secured by the constitution of this state "
        "is liable to that person. Section 2. Qualified immunity is not a defense to an action "
        "under section 1.",
    ),
    (
        "end.public_employees",
        "yes",
        "KS",
        "Section 1. Any person employed by a county, a municipality or by the state who, "
        "acting under color of law, deprives a person of a right secured by the constitution "
        "of this state is liable to that person. Section 2. Qualified immunity is not a defense "
        "to an action under section 1.",
    ),
    # Police plus the employees of the State and of counties, cities left out.
    (
        "end.public_employees",
        "partial",
        "NE",
        "Section 1. Any law enforcement officer, and any employee of the state or of a county, "
        "who under color of law deprives a person of a right secured by the constitution of "
        "this state is liable to that person. Section 2. Qualified immunity is not a defense "
        "to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NE",
        "Section 1. Any law enforcement officer, and any employee of the state or of a county, "
        "who under color of law deprives a person of a right secured by the constitution of "
        "this state is liable to that person. Section 2. Qualified immunity is not a defense "
        "to an action under section 1.",
    ),
    # Intercede is intervene; a claim resting on it is one way of committing the wrong.
    (
        "start.failure_to_intervene",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. A claim under section 1 may rest on the officer's failure to intercede while another officer commits the deprivation.",
    ),
    # A duty in other words, made actionable by a sentence after it.
    (
        "start.failure_to_intervene",
        "yes",
        "WA",
        _LATE_CLAIM
        + "Section 3. An officer who sees another officer deprive a person of a right shall take reasonable action to stop it. Breach of any duty in this section gives rise to a civil action under section 1.",
    ),
    # Liability attaching to whoever fails to discharge the duty.
    (
        "start.failure_to_intervene",
        "yes",
        "WA",
        _LATE_CLAIM
        + "Section 3. Each officer present at another officer's deprivation of a right is under a duty to intervene. Liability under section 1 attaches to an officer who fails to discharge that duty.",
    ),
    # Caused when it results from a failure to intervene: one way of causing it.
    (
        "start.failure_to_intervene",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. For section 1, an officer causes a deprivation when it results from the officer's own conduct or from the officer's failure to intervene.",
    ),
    # An omission to intervene named beside the act.
    (
        "start.failure_to_intervene",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. The deprivation may arise by the officer's act or by an omission to intervene when a colleague acts.",
    ),
    # Training on the duty imposes none.
    (
        "start.failure_to_intervene",
        "no",
        "WA",
        _LATE_CLAIM
        + "Section 3. Each agency shall instruct its officers on the duty to intervene.",
    ),
    # A cap in the sentence after the award.
    (
        "start.attorney_fees",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. The court shall award a prevailing plaintiff reasonable attorney fees. Fees so awarded may not exceed one third of the judgment.",
    ),
    # A cap in another section citing the award's.
    (
        "start.attorney_fees",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. The court shall award a prevailing plaintiff reasonable attorney fees. Section 4. An award of fees under section 3 shall not exceed $40,000.",
    ),
    # The award excepted by the sentence after it.
    (
        "start.attorney_fees",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. The court shall award a prevailing plaintiff reasonable attorney fees. The preceding sentence does not apply when the plaintiff recovers less than $1,000.",
    ),
    # Costs only; attorney fees borne by each party.
    (
        "start.attorney_fees",
        "no",
        "WA",
        _LATE_CLAIM
        + "Section 3. The court shall award a prevailing plaintiff the costs of suit, but each party shall bear its own attorney fees.",
    ),
    # The plaintiff never bears the fees.
    (
        "start.attorney_fees",
        "yes",
        "WA",
        _LATE_CLAIM
        + "Section 3. In no event may a prevailing plaintiff be made to pay his or her own attorney fees in an action under section 1.",
    ),
    # An aggregate limit in a section citing the indemnity.
    (
        "start.full_compensation",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. The employing agency shall indemnify the officer for any judgment under section 1. Section 4. Payments under section 3 may not exceed $2,000,000 per fiscal year.",
    ),
    # Good faith as a condition after the duty: a carve-out.
    (
        "start.full_compensation",
        "no",
        "WA",
        _LATE_CLAIM
        + "Section 3. The employing agency shall indemnify the officer for a judgment under section 1 only if the officer acted in good faith.",
    ),
    # Punitive damages listed among what is paid.
    (
        "start.full_compensation",
        "yes",
        "WA",
        _LATE_CLAIM
        + "Section 3. The employing agency shall pay any judgment under section 1 for compensatory damages, punitive damages, fees and costs, in full.",
    ),
    # The share paid back by the employer.
    (
        "start.individual_accountability",
        "no",
        "WA",
        _LATE_CLAIM
        + "Section 3. An officer found liable under section 1 shall pay two percent of the judgment. Section 4. The agency shall reimburse the officer for any amount the officer pays under section 3.",
    ),
    # Discretionary discipline tied by the sentence before.
    (
        "start.individual_accountability",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. The clerk shall send the agency a copy of each judgment against an officer under section 1. The agency may discipline the officer.",
    ),
    # Other records kept closed in a sentence of their own.
    (
        "start.public_records",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. Records of investigations of deaths in custody are public records. Section 4. All other records of officer discipline remain confidential.",
    ),
    # Only large settlements or judgments.
    (
        "start.public_records",
        "partial",
        "WA",
        _LATE_CLAIM
        + "Section 3. The agency shall post on its website each judgment or settlement under section 1 over $250,000.",
    ),
    # A savings clause that opens nothing.
    (
        "start.public_records",
        "no",
        "WA",
        _LATE_CLAIM
        + "Section 3. Nothing in this act shall make a complaint against an officer subject to public disclosure.",
    ),
    # An existing cap applied to the claims (stated in the bill).
    (
        "end.damage_caps",
        "no",
        "WA",
        _LATE_CLAIM
        + "Section 3. The limits on liability in RCW 4.92.090 apply to any judgment under section 1.",
    ),
    # One limit lifted, another kept.
    (
        "end.damage_caps",
        "partial",
        "OR",
        _LATE_CLAIM
        + "Section 3. ORS 30.269 (1), which bars punitive damages, does not apply to an action under section 1. The limits of ORS 30.272 continue to apply.",
    ),
    # A cap restated at a higher amount in words.
    (
        "end.damage_caps",
        "partial",
        "SC",
        _LATE_CLAIM
        + "Section 3. For an action under section 1, the limit on liability in section 15-78-120(a)(1) is two million dollars.",
    ),
    # Examples of every right, not a list of some.
    (
        "end.state_constitution",
        "yes",
        "OR",
        _LATE_CLAIM
        + "Section 3. This section applies to any right secured by the Oregon Constitution, including the rights declared in sections 9 and 20 of article I.",
    ),
    # Florida citation form listing two sections.
    (
        "end.state_constitution",
        "partial",
        "FL",
        "Section 1. A law enforcement officer who deprives a person of a right secured by s. 12 or "
        "s. 23, Art. I of the State Constitution is liable to that person. Section 2. Qualified "
        "immunity is not a defense to an action under section 1.",
    ),
    # A compact commission's own tort liability is not officers' liability.
    (
        "end.damage_caps",
        "no",
        "DC",
        "Article 14. The Commission shall be liable for its contracts and for its torts and those "
        "of its officers and employees committed in a proprietary function. Nothing in this "
        "Transit Compact waives the immunity of any signatory.",
    ),
    # A cap lifted on compensation for wrongful imprisonment is about those awards.
    (
        "end.damage_caps",
        "no",
        "TX",
        "Sec. 103.001. A person wrongfully imprisoned is entitled to compensation under this "
        "chapter. Sec. 103.002. The comptroller shall pay each award in full, and an award is not "
        "subject to any limitation on the liability of the state.",
    ),
    # A savings clause for another act is no cap lift.
    (
        "end.damage_caps",
        "no",
        "NM",
        "Section 1. A public employee who acts in good faith is not liable for a search conducted "
        "under a warrant. This section does not limit the liability of a public body under the "
        "Tort Claims Act.",
    ),
    # A bar of the claim's own liability reaches no one the claim does not.
    (
        "end.law_enforcement",
        "partial",
        "PA",
        "Section 1. (a) A police officer employed by a borough who, under color of law, deprives "
        "a person of a right secured by the Pennsylvania Constitution is liable to that person. "
        "(b) A police officer may not claim qualified immunity from liability under subsection "
        "(a).",
    ),
    # The doctrine kept for the other claims: no.
    (
        "end.law_enforcement",
        "no",
        "WI",
        _LATE_CLAIM
        + "Section 3. Section 2 applies to claims of unreasonable seizure. For all other claims "
        "under section 1, a defendant is entitled to qualified immunity.",
    ),
    # The public payer named only to be denied.
    (
        "start.full_compensation",
        "no",
        "MO",
        _LATE_CLAIM
        + "Section 3. The officer, and not the employing agency, shall pay any judgment under "
        "section 1.",
    ),
    # Officer kinds listed before the employers every one of them has.
    (
        "end.law_enforcement",
        "yes",
        "IN",
        "Section 1. A sheriff's deputy, a police officer or a detention officer employed by this state or a political subdivision of this state who, under color of law, deprives a person of a right secured by the constitution of this state is liable to that person. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # The class a sentence of applicability names.
    (
        "end.law_enforcement",
        "no",
        "KY",
        "Section 1. This section applies only to members of a county fiscal court. Section 2. A person to whom this section applies who, under color of law, deprives another of a right secured by the Kentucky Constitution is liable, and qualified immunity is not a defense.",
    ),
    # Arrests or custody: police and custody staff.
    (
        "end.public_employees",
        "partial",
        "IA",
        "Section 1. An employee of the state or of a county whose duties include the power to arrest or to hold a person in custody who, under color of law, deprives a person of a right secured by the constitution of this state is liable to that person. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # Every public employee but some.
    (
        "end.public_employees",
        "partial",
        "NE",
        "Section 1. Any officer or employee of the state or of a political subdivision, other than an employee of a community college who, under color of law, deprives a person of a right secured by the constitution of this state is liable to that person. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # The bar kept for police only by the sentence after it.
    (
        "end.public_employees",
        "no",
        "NM",
        "Section 1. Any officer or employee of the state or of a local public body who, under color of law, deprives a person of a right secured by the constitution of New Mexico is liable to the person. Section 2. Qualified immunity is not a defense to an action under section 1. The preceding sentence does not apply to an officer or employee other than a peace officer.",
    ),
    # Articles named as examples of every right.
    (
        "end.state_constitution",
        "yes",
        "MD",
        "Section 1. A State employee who, under color of law, deprives a person of a right secured by the Maryland Declaration of Rights, including but not limited to the rights protected by Articles 24 and 40 of the Declaration of Rights is liable to that person. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # Vermont articles listed without repeating the word.
    (
        "end.state_constitution",
        "partial",
        "VT",
        "Section 1. A law enforcement officer who, under color of law, deprives a person of a right secured by Articles 6, 10 or 11 of Chapter I of the Vermont Constitution is liable to that person. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # Through a failure to intervene: one way of causing it.
    (
        "start.failure_to_intervene",
        "partial",
        "ND",
        "Section 1. A peace officer who, under color of law, deprives an individual of a right secured by the state constitution, or who brings about such a deprivation through a failure to intervene, is liable to the individual. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # The payer backs the officer's share.
    (
        "start.full_compensation",
        "yes",
        "KY",
        "Section 1. A peace officer who deprives a person of a right secured by the Constitution of Kentucky is liable to the person. Section 2. Qualified immunity is not a defense to an action under section 1. Section 3. An officer found liable shall pay two percent of the judgment. The employing agency shall satisfy the rest of the judgment and any part of the officer's share that remains unpaid.",
    ),
    # Only payments over an amount.
    (
        "start.public_records",
        "partial",
        "AR",
        "Section 1. A law enforcement officer who deprives a person of a right secured by the Arkansas Constitution is liable to the person. Section 2. Qualified immunity is not a defense to an action under section 1. Section 3. A county that pays more than fifty thousand dollars to resolve a claim under section 1 shall post the amount on its website.",
    ),
    # An immunity for people who complain about officers is not officers' immunity.
    (
        "start.individual_accountability",
        "no",
        "MI",
        "Section 1. A person who in good faith files a complaint against a peace officer is "
        "immune from civil liability for filing it. Section 2. The commission may revoke the "
        "certification of an officer with a sustained finding of excessive force.",
    ),
    # A Tort Claims Act's list of claims it does not reach keeps the government immune.
    (
        "end.damage_caps",
        "no",
        "NE",
        "13-911. The Political Subdivisions Tort Claims Act shall not apply to: (1) Any claim "
        "based upon the exercise of a discretionary function; (2) Any claim arising out of "
        "false arrest.",
    ),
    # A ceiling on what the employer indemnifies is not a cap on what victims recover.
    (
        "end.damage_caps",
        "yes",
        "MA",
        _LATE_CLAIM
        + "Section 3. The limit of section 2 of chapter 258 of the General Laws shall not apply "
        "to an action under section 1. Section 4. The commonwealth shall indemnify an officer "
        "found liable under section 1 in an amount not to exceed $500,000.",
    ),
    # A duty to intervene only in the policy an agency must adopt, and failing to intervene
    # named as one way of causing the wrong: partial.
    (
        "start.failure_to_intervene",
        "partial",
        "CO",
        "Section 1. Each agency shall adopt a policy requiring its officers to intervene when "
        "another officer uses unlawful force. Section 2. A peace officer who, under color of law, "
        "deprives a person of a right secured by the state constitution, including by failing to "
        "intervene, is liable to that person. Section 3. Qualified immunity is not a defense to "
        "an action under section 2.",
    ),
    # One limit lifted by "notwithstanding", the rest of the Act kept.
    (
        "end.damage_caps",
        "partial",
        "NJ",
        _LATE_CLAIM
        + "Section 3. Notwithstanding N.J.S.59:9-2, punitive damages may be awarded in an action "
        "under section 1; all other provisions of the Tort Claims Act shall continue to apply.",
    ),
    # "May pay any judgment ... for which its employee is liable": optional, and no claim.
    (
        "start.full_compensation",
        "no",
        "IL",
        _LATE_CLAIM
        + "Section 3. A local public entity may pay any judgment for which its employee is "
        "liable under section 1.",
    ),
    # The state's cap statute restated by the bill at a new amount: raised, still applying.
    (
        "end.damage_caps",
        "partial",
        "WI",
        _LATE_CLAIM
        + "Section 3. 893.82 (6) of the statutes is amended to read: 893.82 (6) The amount "
        "recoverable by any person in any civil action against a state officer shall not exceed "
        "$450,000.",
    ),
    # The cap statute amended to leave the bill's own claim out of it.
    (
        "end.damage_caps",
        "yes",
        "ME",
        "Sec. 1. 14 MRSA §8120 is enacted: §8120. A law enforcement officer who deprives a "
        "person of a right secured by the Constitution of Maine is liable to that person, and "
        "qualified immunity is not a defense. Sec. 2. 14 MRSA §8105, sub-§1 is amended to read: "
        "1. In any claim for damages permitted by this chapter, other than an action under "
        "section 8120, the award of damages may not exceed $400,000.",
    ),
    # Later readings of 2026-12-03 (battery T's constructions, round 17's kinds of error),
    # each in our own wording.
    (
        "start.failure_to_intervene",
        "yes",
        "CO",
        _LATE_CLAIM
        + "Section 3. (a) Every officer shall, regardless of the rank of the officer committing"
        " it, intervene to stop an unlawful use of force by another officer that the officer "
        "observes. (b) An officer who breaches the duty imposed by subsection (a) is liable "
        "under section 1 to the person harmed.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "CO",
        _LATE_CLAIM
        + "Section 3. An officer who sees another officer deprive a person of a right shall "
        "actively and/or verbally intervene. Section 4. A cause of action lies under section "
        "1 against an officer who fails to intervene as section 3 requires.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "CO",
        _LATE_CLAIM
        + "Section 3. Where an officer observes another officer using excessive force and has a"
        " fair chance to stop it, the officer shall intervene, and if the officer fails so to"
        " intervene, the officer is liable to the injured person as if the officer had used "
        "the force.",
    ),
    (
        "start.failure_to_intervene",
        "no",
        "CO",
        _LATE_CLAIM
        + "Section 3. Nothing in this act creates civil liability for an officer's failure to "
        "intervene in the conduct of another officer.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. An officer is liable under section 1 whether the officer committed, "
        "directed, or failed to prevent the deprivation.",
    ),
    (
        "start.full_compensation",
        "no",
        "CO",
        _LATE_CLAIM
        + "Section 3. (a) Except as provided in subsection (b), the county shall indemnify the "
        "officer for the whole of any judgment under section 1. (b) The county shall not "
        "indemnify an officer whose conduct was malicious or in bad faith.",
    ),
    (
        "start.full_compensation",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. (a) An officer found liable under section 1 shall pay two percent of the "
        "judgment. (b) Except as provided in subsection (a), the employer shall indemnify the"
        " officer for all of any judgment under section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "CO",
        _LATE_CLAIM
        + "Section 3. Each judgment against an officer under section 1 shall be a charge "
        "against the municipality employing the officer, which shall satisfy it in full, "
        "whether or not the officer can pay.",
    ),
    (
        "start.full_compensation",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. The agency that employs the officer shall pay the remaining eighty "
        "percent of any such judgment, and the officer shall pay twenty percent.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "MA",
        _LATE_CLAIM
        + "Section 3. Section 12 of the civil rights act, which reads 'The court may award a "
        "prevailing plaintiff reasonable attorney fees and costs', is amended by striking the"
        " words 'may award' and inserting the words 'shall award'.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. The court shall award reasonable attorney fees to a plaintiff who "
        "prevails under section 1, but a plaintiff who rejects an offer of settlement and "
        "then recovers less shall not recover fees incurred after the offer.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. When the plaintiff obtains a judgment greater than five thousand dollars "
        "under section 1, the court shall award the plaintiff reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "no",
        "CO",
        _LATE_CLAIM
        + "Section 3. If a complaint under section 1 is signed in violation of the rules of "
        "pleading, the court shall impose on the signer an appropriate sanction, which may "
        "include an order to pay the other side a reasonable attorney fee.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "CO",
        _LATE_CLAIM
        + "Section 3. An officer against whom a judgment is entered under section 1 shall be "
        "dismissed by the employing agency and shall not be eligible for rehire by any law "
        "enforcement agency of this state.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. The employer shall pay any judgment under section 1, but may require the "
        "officer to contribute up to $10,000 of the judgment.",
    ),
    (
        "start.public_records",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. Records relating to any use of force by an officer that caused serious "
        "bodily injury are public records open to inspection by any person.",
    ),
    (
        "start.public_records",
        "partial",
        "CO",
        _LATE_CLAIM
        + "Section 3. Any settlement of a claim under section 1 in an amount greater than fifty"
        " thousand dollars shall be a public record open to inspection by any person.",
    ),
    (
        "end.law_enforcement",
        "no",
        "AL",
        "Section 1. A state employee, including a law enforcement officer, is immune from "
        "civil liability for acts within the scope of employment. Section 2. Notwithstanding "
        "section 1, a state employee is not immune from civil liability in a personal "
        "capacity if the employee acts maliciously, willfully, or in bad faith.",
    ),
    (
        "start.full_compensation",
        "no",
        "WY",
        "Section 1. A county is liable for damages caused by the negligent or wrongful acts "
        "of its deputies within the scope of their duties. Section 2. Claims under this "
        "section are subject to the limits of the governmental claims act.",
    ),
    # Battery U's kinds of error, in our own wording.
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Section 1. A peace officer who deprives a person of a right secured by the state "
        "constitution is liable to that person. Section 2. Qualified immunity is no defense "
        "to an action under section 1, provided that nothing in this act shall affect the "
        "absolute immunity of judges or prosecutors for their official acts.",
    ),
    (
        "end.public_employees",
        "no",
        "VT",
        "Section 1. Any employee of a county or of the state who deprives a person of a right"
        " secured by the state constitution is liable to that person. Section 2. Qualified "
        "immunity shall not be a defense for a police officer sued under section 1. Section "
        "3. Every other employee sued under section 1 may raise any immunity the common law "
        "allows.",
    ),
    (
        "end.state_constitution",
        "yes",
        "PA",
        "Section 2. Civil action. A public employee who deprives a person of a secured right "
        "is liable to that person. Section 3. Qualified immunity is not a defense under "
        "section 2. Section 1. Definitions. The following words when used in this act have "
        'the meanings given to them in this section: "Secured right." Any right secured to a '
        "person by the Constitution of Pennsylvania.",
    ),
    (
        "end.damage_caps",
        "partial",
        "PA",
        "Section 1. A police officer who deprives a person of a right secured by the state "
        "constitution is liable to that person, and qualified immunity is not a defense. "
        "Section 2. The prohibition on the recovery of punitive damages against a local "
        "agency shall not apply to an action under section 1.",
    ),
    (
        "end.damage_caps",
        "partial",
        "SC",
        "Section 1. A law enforcement officer who deprives a person of a right secured by the"
        " Constitution of this State is liable to that person, and qualified immunity is not "
        "a defense. Section 2. The per-person limit in Section 15-78-120(a)(1) does not apply"
        " to an action under section 1. Section 3. The limit per occurrence in Section "
        "15-78-120(a)(2) continues to apply to an action under section 1.",
    ),
    # Battery V's kinds of error (clauses inside longer bills), in our own wording.
    (
        "end.law_enforcement",
        "no",
        "NM",
        "Section 1. A police officer who uses excessive force in violation of the state "
        "constitution is liable to the person harmed. Section 2. Qualified immunity is no "
        "defense to a claim under section 1. Section 3. For every claim other than one under "
        "section 1, an officer retains all immunities and defenses available under law, "
        "including qualified immunity.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "IA",
        "Section 1. A covered officer who deprives a person of a right secured by the state "
        "constitution is liable to that person, and qualified immunity is not a defense. "
        'Section 2. As used in this act, "covered officer" means a sworn officer employed by '
        "the police department of a state university.",
    ),
    (
        "end.state_constitution",
        "partial",
        "SD",
        "Section 1. A law enforcement officer who violates a right secured by section 3 "
        "(religion), section 9 (self-incrimination), or section 11 (searches) of article VI "
        "of the state constitution is liable to the person harmed, and qualified immunity is "
        "not a defense.",
    ),
    (
        "end.damage_caps",
        "no",
        "SC",
        _LATE_CLAIM
        + "Section 3. Notwithstanding Section 15-78-120, damages against a governmental entity "
        "for property damage caused by a vehicle pursuit may not exceed $25,000 for one "
        "occurrence.",
    ),
    (
        "start.full_compensation",
        "no",
        "IL",
        _LATE_CLAIM
        + "Section 3. An officer sued under section 1 shall be indemnified only as provided in "
        "the State Employee Indemnification Act.",
    ),
    (
        "start.full_compensation",
        "no",
        "IL",
        _LATE_CLAIM
        + "Section 3. A contractor that supplies radios to a police department shall indemnify "
        "the department against any loss caused by a defect in the radios.",
    ),
    (
        "start.attorney_fees",
        "no",
        "FL",
        _LATE_CLAIM
        + "Section 3. The court may award reasonable attorney fees in an action under section "
        "1. Section 4. If the court finds that an agency unlawfully refused a request to "
        "inspect public records, the court shall award the requester the costs of the suit, "
        "including reasonable attorney fees.",
    ),
    (
        "start.public_records",
        "partial",
        "NV",
        _LATE_CLAIM
        + "Section 3. When the investigation of an incident in which an officer used deadly "
        "force is complete, the agency shall make the investigative file public.",
    ),
    # Round 18's trap, and a recited claim's class amended by striking and inserting words.
    (
        "end.state_constitution",
        "no",
        "MD",
        "Section 1. If the Attorney General believes that a person is engaged in "
        "discrimination prohibited by the state constitution, the Attorney General may "
        "commence a civil action for an injunction. Section 2. The Attorney General may not "
        "bring an action under this section: (1) against a county or municipality; or (2) "
        "against any employee of a county or municipality acting under color of law.",
    ),
    (
        "end.public_employees",
        "partial",
        "IA",
        "Sec. 1. Section 670.20, subsection 1, Code, which provides that a public employee "
        "who, under color of law, deprives a person of a right secured by the Constitution of"
        ' the State of Iowa is liable to that person, is amended by striking "public '
        'employee" and inserting "employee of a city or county". Sec. 2. Section 670.20, '
        "subsection 2, Code, which provides that qualified immunity is not a defense to an "
        "action under this section, is not amended.",
    ),
    (
        "end.state_constitution",
        "no",
        "DE",
        "Section 1. Section 9100 of Title 11, which provides that a police officer who "
        "deprives a person of any right secured by the state constitution is liable to the "
        'person injured and may not assert qualified immunity, is amended by striking "any '
        'right secured by the state constitution" and inserting "the right to be secure '
        'against unreasonable searches".',
    ),
    # Battery W's kinds of error (polarity, procedure, roles, rights), in our own wording.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Sec. 1. A peace officer who deprives a person of a right secured by the state "
        "constitution is liable to that person. Sec. 2. Nothing in this Act or in any other "
        "law allows a defendant to assert qualified immunity in an action under Section 1.",
    ),
    (
        "end.law_enforcement",
        "no",
        "KS",
        "Section 1. A police officer who deprives a person of a right secured by the state "
        "constitution is liable to that person. Section 2. Qualified immunity is not "
        "available to an officer who knew or should have known that the conduct was unlawful.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NJ",
        "1. Any public employee who deprives a person of a right secured by the state "
        "constitution is liable to the person. 2. In an action under this section, a "
        "defendant is entitled to immunity unless the right was clearly established when the "
        "defendant acted. STATEMENT This bill, in the sponsor's words, ends qualified "
        "immunity in this State.",
    ),
    (
        "end.law_enforcement",
        "no",
        "KY",
        "Section 1. A police officer who deprives a person of a right secured by the state "
        "constitution is liable to that person, and qualified immunity is not a defense. "
        "Section 2. Notwithstanding Section 1, an officer whose conduct was objectively "
        "reasonable shall be immune from damages under this section.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "VA",
        "A. Any school resource officer or school security officer who deprives a student of "
        "a right secured by the state constitution shall be liable to the student. B. "
        "Qualified immunity is not a defense to a claim under subsection A.",
    ),
    (
        "end.public_employees",
        "yes",
        "AK",
        "Sec. 1. A person deprived of a right secured by the state constitution may maintain "
        "an action against any state or municipal officer or employee who caused the "
        "deprivation. Sec. 2. In an action under this section the defendant may not assert "
        "qualified immunity.",
    ),
    (
        "end.state_constitution",
        "yes",
        "OR",
        "Section 1. A public employee who deprives a person of a protected right, as "
        "described in section 3, is liable to the person. Section 2. Qualified immunity is "
        "not a defense to an action under section 1. Section 3. Every right that the state "
        "constitution guarantees to a person is a protected right for the purposes of "
        "sections 1 and 2.",
    ),
    (
        "end.state_constitution",
        "no",
        "IA",
        "1. A police officer who deprives a person of a right secured by the Constitution of "
        "the United States is liable to the person in the district court of this state. 2. "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    # Red-team BE's kinds of error (printed bills), in our own wording.
    (
        "end.law_enforcement",
        "no",
        "NY",
        "Section 1. Each agency shall make body camera recordings of shootings available to "
        "the public within sixty days. Section 2. No officer or employee of an agency shall "
        "be subject to civil liability for the release in good faith of a recording under "
        "this article.",
    ),
    (
        "start.public_records",
        "partial",
        "IL",
        _LATE_CLAIM
        + "Section 3. The employer shall post on its website each settlement under this Act of "
        "$250,000 or more.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OH",
        _LATE_CLAIM
        + "Section 3. The chief of police shall dismiss from the department any officer against"
        " whom a final judgment is entered under section 1.",
    ),
    (
        "start.public_records",
        "yes",
        "NJ",
        _LATE_CLAIM
        + "Section 3. Each county shall annually publish on its website a list of all judgments"
        " and settlements in actions under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "no",
        "IL",
        "Section 1. The board shall decertify an officer found to have failed to intervene in"
        " another officer's use of excessive force. Section 2. Each officer shall complete "
        "training on the duty to intervene. Section 3. An officer who reports excessive force"
        " in good faith is immune from civil liability arising from the report.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "IL",
        _LATE_CLAIM
        + "Section 3. In an action under section 1 seeking only declaratory relief, the court "
        "shall award reasonable attorney fees to a prevailing plaintiff.",
    ),
    # A wrong defined as the breach of one cited section ("in violation of ..."), and of two.
    (
        "end.state_constitution",
        "no",
        "TX",
        "Sec. 1. A county employee who, in violation of Section 8, Article I, Texas Constitution,"
        " punishes a person for a publication is liable to the person. Sec. 2. Qualified immunity"
        " is not a defense to an action under this chapter.",
    ),
    (
        "end.state_constitution",
        "partial",
        "TX",
        "Sec. 1. A county employee who takes a person's property in violation of Section 17,"
        " Article I, Texas Constitution, or who denies a person a hearing contrary to Section 19,"
        " Article I, Texas Constitution, is liable to the person. Sec. 2. Qualified immunity is"
        " not a defense to an action under this chapter.",
    ),
    # Battery X's constructions, in our own words.
    (
        "start.failure_to_intervene",
        "yes",
        "WA",
        _LATE_CLAIM + "Section 3. No provision of this act relieves a deputy of the duty, now "
        "established, to intervene when a fellow deputy uses excessive force. A deputy who "
        "breaches that duty is jointly liable in an action under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "WA",
        _LATE_CLAIM + "Section 3. A deputy who sees another deputy use unlawful force shall take"
        " reasonable steps to intervene. A deputy who fails to do so is civilly liable under "
        "section 1.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "ME",
        "§ 5. A person harmed by a violation of § 6 may sue the officer for damages, and the "
        "officer may not raise qualified immunity. § 6. An officer who witnesses another officer "
        "beating a restrained person shall intervene and shall report it.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "VT",
        _LATE_CLAIM + "Section 3. Every trooper has a legal obligation to prevent another "
        "trooper's unlawful use of force when able to do so. A breach of this obligation is "
        "actionable under section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. No provision of this act relieves the county of its obligation"
        " to satisfy, in full, every judgment entered against its deputy under section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. The deputy shall pay 2 percent of the judgment. The county shall"
        " pay the rest of the judgment and any part of the deputy's share under this section that"
        " is not paid within one year.",
    ),
    (
        "start.full_compensation",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. The county shall, subject to the availability of funds, pay any"
        " judgment entered against its deputy under section 1.",
    ),
    (
        "start.full_compensation",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. The county shall pay any judgment entered against its deputy "
        "under section 1. Section 4. The county is not obligated to pay a settlement the deputy "
        "agreed to without the county's approval.",
    ),
    (
        "start.full_compensation",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The county shall pay any judgment entered against its deputy "
        "under section 1, except where the deputy acted in violation of a departmental policy.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. No judge may refuse to award a reasonable attorney fee to a "
        "plaintiff who prevails under section 1.",
    ),
    (
        "start.attorney_fees",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The court shall award a reasonable attorney fee to a prevailing"
        " plaintiff unless the judge, in the exercise of discretion, decides otherwise.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. The court shall award a reasonable attorney fee to a plaintiff "
        "whose recovery is more favorable than any offer of judgment the defendant made.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. The sheriff may, after notice, dismiss any deputy found liable "
        "under section 1.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. A deputy found liable under section 1 shall pay $1,000 of the "
        "judgment, unless the county commission excuses the payment.",
    ),
    (
        "start.public_records",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. No law exempts from public disclosure the settlement of a "
        "claim under section 1, and every such settlement shall be open to public inspection.",
    ),
    (
        "start.public_records",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. The county shall publish on its website each judgment under "
        "section 1, but not the complaint files of the deputies involved.",
    ),
    # Battery Y's and batch BF's constructions, in our own words.
    (
        "start.attorney_fees",
        "yes",
        "VA",
        "A sheriff's deputy who violates Article 4 (§ 15.2-1701 et seq.) of Chapter 17 shall be "
        "liable to the person harmed. The court shall award the person who prevails reasonable "
        "attorney fees.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "NY",
        "A designated employee who, under color of law, deprives a person of a right under section"
        " 4 is liable to that person.\n\nIn an action under this chapter the court shall award "
        "reasonable attorney's fees to a prevailing plaintiff.",
    ),
    (
        "end.state_constitution",
        "no",
        "MD",
        "Maryland\n\n(3) the Maryland Constitution;\n\nA person harmed may sue any individual who,"
        " under color of law, deprives the person of a right secured by the Constitution of the "
        "United States.",
    ),
    (
        "start.full_compensation",
        "yes",
        "NM",
        _LATE_CLAIM + "Section 3. A judgment under section 1 against an individual acting under "
        "color of the authority of a county shall be paid by the county.",
    ),
    (
        "end.law_enforcement",
        "no",
        "CO",
        "Section 1. A peace officer who deprives a person of a right secured by the constitution "
        "of this state is liable to the person. Section 2. No immunity defense is available if the "
        "claim is for a shooting; in any other action, an immunity defense is available only to "
        "the extent the right was not clearly established.",
    ),
    (
        "end.state_constitution",
        "no",
        "MO",
        "A county whose deputy deprives a resident of the rights ensured by Article I, Section 8 "
        "of the Constitution of Missouri shall be liable to the resident, and qualified immunity "
        "is not a defense.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "OH",
        '"Covered officer" means a peace officer, as defined in section 109.71 of the Revised '
        "Code, who is employed by a township or municipal corporation. A covered officer who "
        "deprives a person of a right secured by the Ohio Constitution is liable to the person. "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "end.damage_caps",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. Notwithstanding ORS 30.271, the maximum liability of a public "
        "body in an action under section 1 is $3,000,000.",
    ),
    (
        "end.damage_caps",
        "yes",
        "KS",
        _LATE_CLAIM + "Section 3. K.S.A. 75-6105 is amended to read as follows: (a) Liability "
        "under this act shall not exceed $500,000. (b) Punitive damages are not recoverable. (c) "
        "The limitations of subsections (a), (b) and (c) shall not apply to an action under "
        "section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "KS",
        _LATE_CLAIM + "Section 3. In an action under section 1, compensatory or punitive damages "
        "may be awarded, and the limitations of the Kansas tort claims act shall not apply.",
    ),
    (
        "end.damage_caps",
        "no",
        "MI",
        "Sec. 1. A person whose vehicle is damaged by an agency's failure to repair a bridge may "
        "recover the damages from the agency. An employee of the agency is not personally liable "
        "under this section. The damages recoverable under this section are not limited by any "
        "ordinance.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Be it enacted by the Senate and House of Representatives of the United States of America "
        "in Congress assembled, SEC. 2. Section 1979 of the Revised Statutes (42 U.S.C. 1983) is "
        'amended by adding at the end: "Qualified immunity is not a defense." SEC. 3. Section '
        '722(b) of the Revised Statutes (42 U.S.C. 1988(b)) is amended by striking "the court, in '
        'its discretion, may allow" and inserting "the court shall allow".',
    ),
    # Battery Z's constructions, in our own words.
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "A peace officer who deprives a person of a right secured by the Oregon Constitution is "
        "liable to the person. It is not a defense in an action under this section against a "
        "peace officer . . . that the officer believed in good faith that the conduct was lawful.",
    ),
    (
        "end.law_enforcement",
        "yes",
        None,
        "No defendant in an action against any person who, under color of law, deprives another "
        "of a right secured by the Constitution may assert qualified immunity. In the case of an "
        "officer of a city, the city may be held liable for the acts of that officer.",
    ),
    (
        "end.state_constitution",
        "yes",
        "FL",
        "Florida\n\nA person who violates this subsection is liable to the injured party.\n\n"
        "It is unlawful for a person, under color of law, to subject any other person to the "
        "deprivation of a right secured by the State Constitution.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "MA",
        "A court shall award reasonable attorney fees and costs to a plaintiff who prevails in any"
        " suit brought to enforce a right secured by the Massachusetts Constitution.",
    ),
    (
        "end.state_constitution",
        "yes",
        "NM",
        "The immunity of public employees does not apply to liability for damages resulting from "
        "the deprivation of any rights secured by the constitution and laws of the United States "
        "or New Mexico when caused by county detention officers.",
    ),
    # Batch BG's constructions, in our own words: documents that describe a bill enact nothing.
    (
        "end.law_enforcement",
        "no",
        "CO",
        "FISCAL NOTE\n\nDrafting Number: LLS 27-0101\n\nSummary of Legislation\n\nA peace officer "
        "who deprives a person of a right secured by the state constitution is liable, and "
        "qualified immunity is not a defense. State agencies expect more litigation.",
    ),
    (
        "end.law_enforcement",
        "no",
        "CO",
        'Paragraph (c) reads: "Qualified immunity is not a defense to an action under this '
        'section." Paragraph (a) reads: "A peace officer who deprives a person of a right secured '
        'by the state constitution is liable."',
    ),
    (
        "end.law_enforcement",
        "no",
        "KS",
        "The substitute would provide that a sheriff or deputy who deprives a person of a right "
        "secured by the state constitution is liable. Qualified immunity would not be a defense.",
    ),
    (
        "end.law_enforcement",
        "no",
        "KS",
        "The committee agreed to delete the language stating that qualified immunity is not a "
        "defense to a claim against a law enforcement officer under the act.",
    ),
    (
        "end.public_employees",
        "no",
        "IL",
        'As used in this Act, "police officer" means any officer or agent of a law enforcement '
        "agency of this State or of a unit of local government. A police officer who deprives a "
        "person of a right secured by the Illinois Constitution is liable, and qualified immunity "
        "is not a defense.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "MD",
        'On page 3, strike lines 2 through 9, inclusive, and insert: "(B) A POLICE OFFICER '
        "EMPLOYED BY THE MARYLAND TRANSPORTATION AUTHORITY WHO DEPRIVES A PERSON OF A RIGHT "
        "SECURED BY THE MARYLAND DECLARATION OF RIGHTS IS LIABLE. (C) QUALIFIED IMMUNITY IS NOT A "
        'DEFENSE."',
    ),
    # Batch BH's constructions, in our own words: documents that are not law enact nothing.
    (
        "end.law_enforcement",
        "no",
        "OR",
        'The plaintiff sued under the state act, which provides that "a peace officer who deprives'
        ' a person of a right secured by the Oregon Constitution is liable." The act also reads: '
        '"Qualified immunity is not a defense." We reverse.',
    ),
    (
        "start.failure_to_intervene",
        "no",
        "SC",
        "You have asked whether an agency's policy that requires officers to intervene creates a "
        "civil claim against an officer who fails to intervene. In our opinion it does not.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NV",
        'According to the caucus, the bill would: 1. Provide that "qualified immunity is not a '
        'defense"; 2. Require that "the court shall award reasonable attorney fees to a '
        'prevailing plaintiff."',
    ),
    (
        "end.damage_caps",
        "no",
        "NV",
        "Exempt these claims from the limit in NRS 41.035, the sponsor's summary stating that "
        '"the limitation in NRS 41.035 does not apply to an action brought under this section."',
    ),
    (
        "end.public_employees",
        "no",
        "PA",
        "What this model act does - Creates a cause of action against any person who, under color "
        "of law, deprives another of a right secured by the state constitution. - Ends qualified "
        "immunity for every public employee.",
    ),
    (
        "start.public_records",
        "no",
        "IL",
        "As a candidate I will work to end qualified immunity. Every settlement of a police "
        "misconduct claim should be posted online.",
    ),
    (
        "end.damage_caps",
        "yes",
        "VT",
        _LATE_CLAIM + "Section 3. LIMITS\nThe limits on liability in 12 V.S.A. § 5601(b) shall "
        "not apply to an action under section 1.",
    ),
    (
        "start.full_compensation",
        "no",
        "IL",
        "Defendants note that the village will indemnify the officers under a statute which "
        'directs a local public entity "to pay any tort judgment for compensatory damages for '
        'which an employee is liable." The fee award stands.',
    ),
    (
        "end.law_enforcement",
        "no",
        "CA",
        "The Legislature may, however, provide that no immunity shields a peace officer sued "
        'under state law. A statute that purported to provide that "qualified immunity is not a '
        'defense" in federal actions would be preempted.',
    ),
    # Battery AB's constructions, in our own words.
    (
        "end.state_constitution",
        "no",
        "NJ",
        "A municipal police officer who subjects a person to the deprivation of the right to be "
        "free from unreasonable seizures under paragraph 7 of Article I of the New Jersey "
        "Constitution shall be liable. Qualified immunity shall not be a defense.",
    ),
    (
        "start.full_compensation",
        "partial",
        "WA",
        _LATE_CLAIM + "Section 3. The city shall indemnify the officer for any judgment under "
        "section 1, but the indemnity under this section shall not exceed $750,000 per claim.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "WA",
        _LATE_CLAIM + "Section 3. ...the city may require the officer to contribute up to five "
        "percent of the amount paid.",
    ),
    (
        "end.damage_caps",
        "partial",
        "KS",
        _LATE_CLAIM + "Section 3. For a judgment under section 1, the limit of K.S.A. 75-6105, "
        "and amendments thereto, shall be $1,500,000.",
    ),
    # A quote collection whose opening mentions "a statement to a court" is still a bill, not
    # one of New Jersey's committee statements.
    (
        "end.law_enforcement",
        "yes",
        "KS",
        'Kansas HB 2001\n\n"An officer who has knowingly made a false statement to a court '
        'shall be suspended ..."\n\n"A law enforcement officer who, under color of law, '
        "deprives a person of a right secured by the state constitution is liable to the injured "
        'party. Qualified immunity is not a defense."',
    ),
    # Liability for failing to stop another officer's deprivation follows the main claim's class.
    (
        "end.law_enforcement",
        "partial",
        "NV",
        "Sec. 2. 1. A police officer employed by a city or town who, under color of law, deprives "
        "a person of a right secured by the Nevada Constitution is liable to the person. 2. "
        "Qualified immunity is not a defense in an action under this section. 3. A police officer "
        "who watches such a deprivation and fails to intervene is liable under this section "
        "as if the officer had committed it.",
    ),
    # A savings clause that yields to a later subsection, which denies the immunity it describes.
    (
        "end.law_enforcement",
        "yes",
        "DE",
        "(a) A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Delaware Constitution is liable to that person. (b) Except as provided in "
        "subsection (c) of this section, a public employee keeps every immunity the common law "
        "gives, including: (1) immunity for discretionary acts; and (2) qualified immunity. (c) "
        "The immunity described in subsection (b)(2) of this section is not available to a law "
        "enforcement officer sued under subsection (a).",
    ),
    # A list of named agencies that ends with every other agency of the jurisdiction.
    (
        "end.law_enforcement",
        "yes",
        "DC",
        _LATE_CLAIM.replace(
            "A law enforcement officer who",
            "A police officer of the Metropolitan Police Department, the Housing Authority Police "
            "Department, the Protective Services Police Department, or any other District agency "
            "who",
        ),
    ),
    # The official paying back the government only for malicious conduct: a narrow share.
    (
        "start.individual_accountability",
        "partial",
        "PR",
        _LATE_CLAIM + "Section 3. The Commonwealth shall satisfy the judgment. An officer who "
        "acted maliciously shall repay the Commonwealth the sum it paid.",
    ),
    # A bill that codifies the doctrine in section 1983 suits but makes fees mandatory there.
    (
        "start.attorney_fees",
        "yes",
        None,
        "SEC. 3. In an action under 42 U.S.C. 1983, an officer may not be held liable unless no "
        "reasonable officer could have thought the conduct lawful. SEC. 4. Section 1988(b) of "
        "title 42, United States Code, is amended by striking 'may allow' and inserting 'shall "
        "allow'.",
    ),
    # "As defined in section 3", where section 3 opens with another term's definition.
    (
        "end.law_enforcement",
        "yes",
        "CO",
        'Section 3. Definitions. (1) "Agency" means any department of the state or of a county '
        "or city that employs peace officers, and includes a sheriff's office, a municipal police "
        "department, the state police, and the police department of a public college or "
        'university. (2) "Peace officer" means any person certified by the training board and '
        "employed by an agency, whether full-time, part-time, or as a reserve officer. Section 9. "
        "A peace officer, as defined in section 3 of this act, "
        "who, under color of law, deprives a person of a right secured by the state constitution "
        "is liable to the injured party. Qualified immunity is not a defense.",
    ),
    # Readings from red-team batch BI (long omnibus bills): sections beside the civil claim.
    # A neck-restraint ban with an exception for an officer's reasonable belief is a rule of
    # conduct, not a bar of any defense.
    (
        "end.law_enforcement",
        "no",
        "KY",
        "Section 6. (1) A peace officer shall not use a carotid restraint. (2) Subsection (1) of "
        "this section does not apply while the officer is in a fight in which the officer "
        "reasonably believes deadly force is justified and no other means of defense remains.",
    ),
    # A disclaimer that the act neither creates a claim nor moves liability either way leaves the
    # caps where they were.
    (
        "end.damage_caps",
        "no",
        "OH",
        "Section 9. Nothing in this act shall be interpreted to create any private right of "
        "action, to enlarge or restrict the liability of a political subdivision, or to modify "
        "any limitation on damages in Chapter 2744. of the Revised Code. Section 10. The "
        "commission shall revoke the certificate of an officer convicted of a felony.",
    ),
    # Protection of an officer who reports "under this section" is no suit against officers.
    (
        "start.public_records",
        "no",
        "WI",
        "Section 4. An agency may not retaliate against an officer who reports misconduct under "
        "this section. Section 5. Every complaint of misconduct against an officer, and its "
        "disposition, is a public record.",
    ),
    # A board that may revoke the certificate of an officer who used excessive force: a
    # discretionary consequence tied to the conduct the claim is about.
    (
        "start.individual_accountability",
        "partial",
        "NM",
        _LATE_CLAIM + "Section 3. The board may suspend or revoke the certification of an officer "
        "who used unlawful force against a person.",
    ),
    # A use-of-force policy posted online is not a record of misconduct.
    (
        "start.public_records",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. Each agency shall publish its use-of-force policy on its "
        "website.",
    ),
    # "May indemnify", with the officer's share not indemnified: nothing guarantees payment.
    (
        "start.full_compensation",
        "no",
        "NV",
        _LATE_CLAIM + "Section 3. The employing agency may indemnify the officer. The officer "
        "shall pay the lesser of five percent of the judgment or $25,000, and the agency shall "
        "not indemnify the officer for that sum.",
    ),
    # A claim that includes failing to intervene, beside a bill that names the duty only in a
    # training list: failing to intervene is one way of causing the deprivation.
    (
        "start.failure_to_intervene",
        "partial",
        "MA",
        "Section 2. A law enforcement officer who, under color of law, subjects or causes to be "
        "subjected, including by failing to intervene, any person to the deprivation of a right "
        "secured by the state constitution is liable to the person. Qualified immunity is not a "
        "defense. Section 3. Each officer shall complete 20 hours each year of in-service "
        "training in de-escalation, the duty to intervene and first aid.",
    ),
    # From red-team batch BL (real codified statutes). A list of an officer's rights in an
    # internal investigation: a denial in one item does not reach a belief named in the next.
    (
        "end.law_enforcement",
        "no",
        "MO",
        "During an investigation: (5) an officer may be compelled to give a statement, but the "
        "statement shall not be used against the officer in any criminal case; (6) the officer "
        "may have counsel present at any questioning that the officer reasonably believes may "
        "lead to discipline; and (7) the agency shall complete its investigation within 90 days.",
    ),
    # Readings from red-team batch BK (long omnibus bills).
    # Officers of agencies of every level of government named before "law enforcement agency".
    (
        "end.law_enforcement",
        "yes",
        "IL",
        _LATE_CLAIM.replace(
            "A law enforcement officer who",
            "An officer of a State, county, municipal, or university law enforcement agency who",
        ),
    ),
    # The cap statute given a higher amount for the bill's cases: raised, still a cap.
    (
        "end.damage_caps",
        "partial",
        "IL",
        _LATE_CLAIM + "Section 3. Section 8 of the Court of Claims Act is amended: an award for "
        "damages in a case sounding in tort shall not exceed $100,000 to any claimant, except "
        "that an award in a case under section 1 of this Act shall not exceed $2,000,000.",
    ),
    # Breaking the camera section is not the violation the claim is about.
    (
        "start.individual_accountability",
        "no",
        "IL",
        _LATE_CLAIM + "Section 3. (a) Each officer shall wear a body camera. (b) An officer who "
        "does not turn on the camera in violation of this section shall be disciplined.",
    ),
    # Policies posted online, among them policies on complaints, are not complaint records.
    (
        "start.public_records",
        "no",
        "SC",
        _LATE_CLAIM + "Section 3. Each agency shall post on its website its current rules and "
        "training materials, including its policies on vehicle pursuits and the handling of "
        "complaints.",
    ),
    # An agency named for investigations publishing an analysis of stop data.
    (
        "start.public_records",
        "no",
        "KS",
        _LATE_CLAIM + "Section 3. (a) Each agency shall send its stop data to the Kansas Bureau of "
        "Investigation. (b) The Kansas Bureau of Investigation shall study the data and post an "
        "annual report on its website.",
    ),
    # "Fails to take reasonable steps to intervene ... is liable": stand-alone liability.
    (
        "start.failure_to_intervene",
        "yes",
        "CA",
        _LATE_CLAIM + "Section 3. An officer who is present when another officer deprives a "
        "person of a right, who could intervene, and who fails to take reasonable steps to "
        "intervene, is liable under section 1 to the same extent.",
    ),
    # Fees in a records proceeding against an agency are not fees for the bill's claims.
    (
        "start.attorney_fees",
        "no",
        "NY",
        _LATE_CLAIM + "Section 3. The court in a proceeding under section 89 shall assess against "
        "the agency reasonable attorney's fees when the agency failed to respond to a request "
        "within the statutory time.",
    ),
    # A ceiling on the officer's contribution does not limit a full indemnity with a backstop.
    (
        "start.full_compensation",
        "yes",
        "IL",
        "Sec. 5. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Illinois Constitution is liable to that person. (b) Qualified "
        "immunity is not a defense to liability under this Section. (c) The agency employing the "
        "officer shall indemnify the officer for the full amount of any judgment under this "
        "Section, including any part the officer does not pay. (d) After the judgment becomes "
        "final, the agency may require the officer to contribute an amount not exceeding $25,000 "
        "toward the judgment.",
    ),
    # A catch-line naming "certain constitutional rights" above a claim for listed sections.
    (
        "end.state_constitution",
        "partial",
        "IA",
        "Section 1. 670.4C Civil action for deprivation of certain constitutional rights.\n1. A "
        "peace officer who, under color of law, deprives a person of a right secured by Article "
        "I, section 8 or 9, of the Constitution of the State of Iowa is liable to the person "
        "injured. 2. Qualified immunity is not a defense.",
    ),
    # A board-of-claims cap for negligence, in a bill with no claim against officers.
    (
        "end.damage_caps",
        "no",
        "KY",
        "Section 7. (1) The Board of Claims shall hear negligence claims for the negligent "
        "performance of ministerial acts against the Commonwealth. (2) The maximum award against "
        "the Commonwealth for any one claim shall not exceed $250,000, and the aggregate of all "
        "awards arising from a single act of negligence shall not exceed $400,000. Section 8. "
        "Each agency shall equip its officers "
        "with body cameras.",
    ),
    # A right "in violation of section 8 of article I" is no duty stated in the bill's section 8.
    (
        "start.failure_to_intervene",
        "no",
        "PA",
        "Section 8. Duty to intervene. An officer who sees another officer use excessive force "
        "shall intervene; an officer who fails to do so is subject to discipline. Section 9. A "
        "police officer who, under color of law, subjects a person to an unreasonable seizure in "
        "violation of section 8 of article I of the Constitution of Pennsylvania shall be liable "
        "to the person. Qualified immunity is not a defense.",
    ),
    # Readings from batteries AD (quote collections of omnibus bills) and AE (short bills in
    # unusual drafting styles).
    # A quoted clause opens on its first word, whatever quotation mark precedes it.
    (
        "end.law_enforcement",
        "yes",
        "VA",
        'Virginia HB 9\n\n"A. A law-enforcement officer who, under color of law, deprives a person of '
        'a right secured by the Constitution of Virginia is liable to that person."\n\n"B. '
        "Neither sovereign immunity nor qualified immunity shall be a defense to an action under "
        'this section."',
    ),
    # "State personnel" are the State's people only.
    (
        "end.public_employees",
        "partial",
        "MD",
        _LATE_CLAIM.replace("A law enforcement officer who", "State personnel who").replace(
            "is liable", "are liable"
        ),
    ),
    # A fee award "subject to the limit in subsection (c)": capped by reference.
    (
        "start.attorney_fees",
        "partial",
        "NJ",
        _LATE_CLAIM + "Section 3. (c) An award of attorney's fees under subsection (d) shall not "
        "exceed $40,000. (d) The court shall award a prevailing plaintiff reasonable attorney's "
        "fees, subject to the limit in subsection (c).",
    ),
    # Fees in a suit to obtain a record are not fees for the bill's claims.
    (
        "start.attorney_fees",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. In a suit to obtain a record of the complaint, the court shall "
        "award costs and reasonable attorney fees to a petitioner who prevails.",
    ),
    # A share owed only where the conduct "is found to have been willful".
    (
        "start.individual_accountability",
        "partial",
        "MI",
        _LATE_CLAIM + "Section 3. An officer whose conduct is found to have been willful shall "
        "contribute the lesser of 5 percent of the judgment or $25,000.",
    ),
    # A list of officers whose certificates others revoked is no consequence the bill imposes.
    (
        "start.individual_accountability",
        "no",
        "OH",
        _LATE_CLAIM + "Section 3. The board shall post on its website the name of every officer "
        "whose certificate has been revoked.",
    ),
    # The payer backs up "any amount the officer fails to pay".
    (
        "start.full_compensation",
        "yes",
        "IN",
        _LATE_CLAIM + "Section 3. The officer shall pay five percent of the judgment. The "
        "employing unit shall pay the remainder of the judgment and any amount the officer fails "
        "to pay within 60 days.",
    ),
    # "including a peace officer's failure to intervene": one way of causing the injury.
    (
        "start.failure_to_intervene",
        "partial",
        "CO",
        "Section 1. A person injured by excessive force used by a peace officer, including a peace "
        "officer's failure to intervene in another officer's excessive force, may bring a civil "
        "action against the officer for a violation of the state constitution. Qualified immunity "
        "is not a defense.",
    ),
    # The cap statutes "shall apply ..., except that the limit shall be $X" (a Pa.C.S. citation).
    (
        "end.damage_caps",
        "partial",
        "PA",
        _LATE_CLAIM
        + "Section 3. The limitations on damages in 42 Pa.C.S. § 8553 shall apply to an "
        "action under section 1, except that the limit shall be $750,000.",
    ),
    # Claims "subject to chapters 669 and 670, including the limitations on damages" keep them.
    (
        "end.damage_caps",
        "no",
        "IA",
        _LATE_CLAIM + "Section 3. An action under this section is subject to chapter 670, "
        "including the limitations on damages in that chapter.",
    ),
    # A territory's whole government, its police among its people.
    (
        "end.public_employees",
        "yes",
        "VI",
        _LATE_CLAIM.replace(
            "A law enforcement officer who",
            "Any officer or employee of the Government of the Virgin Islands, including any "
            "police officer, who",
        ),
    ),
    # A civil code's "is obliged to repair the damage" is a claim.
    (
        "end.law_enforcement",
        "yes",
        "PR",
        "Article 1. Every police officer who, by act or omission, impairs any right guaranteed by "
        "the Constitution of Puerto Rico is obliged to repair the damage caused. Article 2. The "
        "defense of qualified immunity shall not be admissible in actions under this Law.",
    ),
    # A definition that leaves a good-faith belief defense out of the doctrine it bars.
    (
        "end.law_enforcement",
        "no",
        "KS",
        'Section 1. (a) "Barred defense" means the doctrine of qualified immunity, but does not '
        "include a defense that the officer acted on a reasonable and good-faith belief that the "
        "conduct was lawful. (b) A law enforcement officer who deprives a person of a right "
        "secured by the state constitution shall be liable to the person. (c) A barred defense "
        "shall not be available in an action under subsection (b).",
    ),
    # Defenses "enumerated in subsection 3" of the same section.
    (
        "end.law_enforcement",
        "yes",
        "NV",
        "1. A peace officer who deprives a person of a right secured by the Nevada Constitution "
        "is liable to the person. 2. In an action under subsection 1, the defenses enumerated in "
        "subsection 3 are unavailable. 3. The defenses referred to in subsection 2 are: (a) "
        "Qualified immunity; and (b) That the officer acted in good faith.",
    ),
    # Plain language: "You may bring a lawsuit ..."; "may not use qualified immunity".
    (
        "end.law_enforcement",
        "yes",
        "MO",
        "1. You may bring a lawsuit against any police officer who takes away a right you have "
        "under the Missouri Constitution. 2. The officer may not use qualified immunity as a "
        "defense, and may not argue that he or she acted in good faith.",
    ),
    # Kinds of officer listed before "or other officer of the peace" are examples.
    (
        "end.law_enforcement",
        "yes",
        "MS",
        "Section 1. Whosoever, being a sheriff, constable, town marshal, highway patrolman or "
        "other officer of the peace of this state, shall deprive any person of a right secured by "
        "the state constitution shall be liable to the party injured. Section 2. The doctrine of "
        "qualified immunity shall not be pleaded in bar of such action.",
    ),
    # "shall satisfy the totality of any judgment ... including any part that cannot be collected".
    (
        "start.full_compensation",
        "yes",
        "PR",
        "Article 1. Every police officer who impairs any right guaranteed by the Constitution of "
        "Puerto Rico is obliged to repair the damage caused. Article 2. The Commonwealth shall "
        "satisfy the totality of any judgment under this Law, including any part that cannot be "
        "collected from the officer.",
    ),
    # "that officer or employee and the employing entity" points back to the class named before.
    (
        "end.public_employees",
        "yes",
        "FL",
        "(a) Every person deprived of a right secured by this constitution by an officer or "
        "employee of the state or of any county, municipality or other political subdivision, "
        "acting under color of law, shall have a civil action against that officer or employee and "
        "the employing entity. (b) Qualified immunity shall not be a defense to an action under "
        "this section.",
    ),
    # Plain language: "including by failing to step in".
    (
        "start.failure_to_intervene",
        "partial",
        "DC",
        "(a) You can sue any police officer who takes away a right you have under District law, "
        "including by failing to step in when another officer does so. (b) Qualified immunity "
        "does not apply.",
    ),
    # A section's subject named in parentheses, with a semicolon, beside its number.
    (
        "end.state_constitution",
        "partial",
        "NC",
        "A law enforcement officer who deprives any person of the rights declared in Section 19 "
        "(law of the land; equal protection) or Section 20 (general warrants) of Article I of the "
        "North Carolina Constitution shall be liable to the party aggrieved. Qualified immunity "
        "shall not be pleaded.",
    ),
    # A bill that keeps the doctrine but makes fees mandatory in rights actions against officers.
    (
        "start.attorney_fees",
        "yes",
        "TX",
        "Sec. 106.005. (a) In a civil action against a peace officer for the deprivation of a "
        "right secured by the Texas Constitution in which the plaintiff prevails, the court shall "
        "award the plaintiff reasonable attorney's fees. (b) Nothing in this section limits "
        "qualified immunity or any other defense available to a peace officer.",
    ),
    # An amendment of a statute whose catch-line is a civil action for deprivation of rights.
    (
        "start.attorney_fees",
        "yes",
        "RI",
        'SECTION 1. Section 9-1-58 of the General Laws entitled "Civil action for deprivation of '
        'rights by law enforcement officers" is hereby amended by striking the words "the court '
        "may award reasonable attorneys' fees to a prevailing plaintiff\" and inserting in lieu "
        "thereof the words \"the court shall award reasonable attorneys' fees to a prevailing "
        'plaintiff".',
    ),
    # Readings from red-team batch BM (long bills in enrolled, strike-all, federal and code forms).
    # A claim named as where damages come from ("arise from a cause of action for negligence").
    (
        "start.full_compensation",
        "no",
        "TX",
        "Sec. 102.002. (a) A local government may pay actual damages awarded against an employee "
        "of the local government if the damages arise from a cause of action for negligence. "
        "Sec. 102.003. A peace officer who fails to intervene commits a Class A misdemeanor.",
    ),
    # "... is not excepted from disclosure under this chapter: (1) a complaint against a peace
    # officer" is no suit against officers under the chapter.
    (
        "start.public_records",
        "no",
        "TX",
        "Sec. 552.1085. (a) The following information is public information and is not excepted "
        "from required disclosure under this chapter: (1) a complaint against a peace officer "
        "that alleges the use of excessive force; and (2) the disposition of the complaint.",
    ),
    # "any limitation on damages ..., including the bar on punitive damages": every limit lifted.
    (
        "end.damage_caps",
        "yes",
        "IA",
        _LATE_CLAIM + "Section 3. Any limitation on damages in chapter 669 or 670, including the "
        "bar on punitive damages in section 670.4, does not apply to an action under section 1.",
    ),
    # The tort claims act's exclusive remedy, restated with an exception for the bill's claim.
    (
        "end.public_employees",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The sole cause of action for a tort committed by officers, "
        "employees or agents of a public body is an action under ORS 30.260 to 30.300, except as "
        "provided in section 1 of this 2025 Act.",
    ),
    # What a registry holds ("each disciplinary action taken against the officer") imposes none.
    (
        "start.individual_accountability",
        "no",
        None,
        "SEC. 2. (a) In an action under section 1979 of the Revised Statutes (42 U.S.C. 1983) "
        "against a law enforcement officer, qualified immunity shall not be a defense. SEC. 3. The "
        "Registry shall contain the following information for each officer: (1) each complaint "
        "made against the officer; and (2) each disciplinary action taken against the officer.",
    ),
    # The officer's employer named beside the officer in the bar widens no class.
    (
        "end.public_employees",
        "no",
        "NJ",
        _LATE_CLAIM + "Section 3. It shall not be a defense in an action under section 1 against "
        "a law enforcement officer, or against the public entity that employs the officer, that "
        "the officer acted in good faith.",
    ),
    # "may impose any discipline it considers appropriate": a consequence left to discretion.
    (
        "start.individual_accountability",
        "partial",
        "IA",
        _LATE_CLAIM + "Section 3. Within ninety days after a judgment against an officer under "
        "section 1, the employing agency shall review the conduct and may impose any discipline "
        "it considers appropriate.",
    ),
    # "any amount that the locality does not recover from the officer" is the payer's backstop.
    (
        "start.individual_accountability",
        "no",
        "VA",
        _LATE_CLAIM + "Section 3. The locality shall indemnify the officer for the full amount of "
        "any judgment under section 1, including any amount that the locality does not recover "
        "from the officer.",
    ),
    # A definition of "civil rights action" gives no claim.
    (
        "end.state_constitution",
        "no",
        "KS",
        'Section 1. (a) As used in this section, "civil rights action" means any civil action for '
        "damages against a law enforcement officer that alleges a violation of a right secured by "
        "the constitution of the state of Kansas. (b) In a civil rights action, a law enforcement "
        "officer is immune from liability unless the right was clearly established.",
    ),
    # Readings from battery AF (short bills in varied drafting).
    # A class bounded by population: one county's deputies.
    (
        "end.law_enforcement",
        "partial",
        "NV",
        "Section 1. 1. This section applies only to a deputy sheriff of a county whose population "
        "is 100,000 or more. 2. A deputy sheriff to whom this section applies who, under color of "
        "law, deprives a person of a right secured by the Constitution of this State is liable "
        "to that person. 3. Qualified immunity does not apply to an action under subsection 2.",
    ),
    # "Of any judgment ..., the officer shall pay ...; however, the agency may waive it".
    (
        "start.individual_accountability",
        "partial",
        "IA",
        _LATE_CLAIM + "Section 3. Of any judgment under section 1, the officer shall pay five "
        "percent or $20,000, whichever is less; however, the employing agency may waive the "
        "officer's share for any reason.",
    ),
    # A proviso that no officer shall be liable for an act believed lawful keeps the defense.
    (
        "end.law_enforcement",
        "no",
        "KS",
        "(a) Any law enforcement officer who deprives a person of a right secured by the state "
        "constitution shall be liable to the person. (b) Qualified immunity shall not be available "
        "in an action under subsection (a); provided, however, that no officer shall be liable "
        "under subsection (a) for any act that the officer reasonably believed to be lawful.",
    ),
    # The double negative "shall not be held not liable ... by reason of qualified immunity".
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 1. A peace officer who deprives a person of a right secured by the state "
        "constitution is liable to the person. Section 2. A peace officer shall not be held not "
        "liable under section 1 by reason of qualified immunity.",
    ),
    # "No limitation of liability ... under the Tort Claims Act ... applies to an action".
    (
        "end.damage_caps",
        "yes",
        "MS",
        _LATE_CLAIM + "Section 3. No limitation of liability, damages or attorney's fees under the "
        "Tort Claims Act, Section 11-46-1 et seq., or under any other statute, applies to an "
        "action under section 1.",
    ),
    # An indemnity proviso's own exception ("except where ... malice") keeps no defense.
    (
        "end.law_enforcement",
        "yes",
        "DC",
        "Sec. 2. (a) Any officer of the Metropolitan Police Department who deprives a person of a "
        "right secured by the laws of the District shall be liable to that person. It is no "
        "defense to an action under this subsection that the officer acted in good faith: "
        "Provided, that the District shall indemnify the officer for any judgment under this "
        "subsection, except where the officer acted with malice.",
    ),
    # Readings from red-team batches BN (omnibus bills) and BO (documents around bills).
    # A caucus's press release quoting the bill enacts nothing.
    (
        "end.law_enforcement",
        "no",
        "MI",
        "FOR IMMEDIATE RELEASE\nState Reps. Lee and Park today introduced House Bill 4410, which "
        "would let residents sue any officer who violates their rights under the Michigan "
        "Constitution. \"Under our bill, 'qualified immunity shall not be a defense to "
        "liability,'\" Lee said.",
    ),
    # A committee's minutes: what counsel said the bill does is description.
    (
        "end.law_enforcement",
        "no",
        "VT",
        "The House Committee on Judiciary took testimony on S.119 on Tuesday.\nMembers present: "
        "Rep. Gannett (Chair), Rep. Lowry.\nCounsel explained that under Section 1 a law "
        "enforcement officer who deprives a person of a right under the Vermont Constitution is "
        'liable, and that the officer "may not assert qualified immunity".',
    ),
    # Indemnity of "actual damages" leaves exemplary damages unpaid.
    (
        "start.full_compensation",
        "partial",
        "TX",
        _LATE_CLAIM + "Section 3. The governmental unit that employs the officer shall indemnify "
        "the officer for actual damages awarded against the officer in an action under section 1.",
    ),
    # Fees mandatory only where the court grants declaratory or injunctive relief.
    (
        "start.attorney_fees",
        "partial",
        "OH",
        _LATE_CLAIM + "Section 3. In an action under section 1 in which the court grants "
        "declaratory or injunctive relief, the court shall award reasonable attorney's fees to "
        "the plaintiff.",
    ),
    # A bar for actions "arising from the use of physical force" keeps the doctrine elsewhere.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "(a) A law enforcement officer who deprives any person of a right secured by the Illinois "
        "Constitution is liable to the person. (b) In an action under this Section arising from "
        "the use of physical force, qualified immunity is not a defense.",
    ),
    # A cap statute applied "except that the limit shall be $X instead of the amount stated".
    (
        "end.damage_caps",
        "partial",
        "IL",
        _LATE_CLAIM + "Section 3. The limit on damages in Section 8 of the Court of Claims Act "
        "applies to an award under this Act, except that the limit shall be $5,000,000 instead of "
        "the amount stated in that Section.",
    ),
    # "including, without limitation, by failing to intervene": one way of causing it.
    (
        "start.failure_to_intervene",
        "partial",
        "NV",
        "A person acting under color of law who subjects any other person to the deprivation of a "
        "right secured by the Nevada Constitution, including, without limitation, by failing to "
        "intervene to prevent another from doing so, is liable to the injured party. Qualified "
        "immunity is not a defense.",
    ),
    # A fee ceiling in a proviso to the cap lift is no exception to the bar.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        _LATE_CLAIM + "Section 3. No statutory limitation on liability or damages shall apply to a "
        "claim under section 1; provided, however, that an award of attorney's fees shall not "
        "exceed $250,000 in any action.",
    ),
    # Readings from batteries AG (omnibus quote collections) and AH (short bills).
    # Officers of a transportation commission's police: one kind of agency.
    (
        "end.law_enforcement",
        "partial",
        "NV",
        _LATE_CLAIM.replace(
            "A law enforcement officer who",
            "A peace officer employed by a regional transportation commission who",
        ),
    ),
    # One named county's deputies.
    (
        "end.law_enforcement",
        "partial",
        "MS",
        _LATE_CLAIM.replace(
            "A law enforcement officer who", "A deputy sheriff of Rankin County who"
        ),
    ),
    # "There shall be no immunity, qualified or otherwise, for a state officer".
    (
        "end.law_enforcement",
        "partial",
        "SC",
        "(A) 'State officer' means a sworn officer of the Highway Patrol or the State Law "
        "Enforcement Division. (B) A state officer who uses unreasonable force against a person is "
        "liable to the person injured. (C) There shall be no immunity, qualified or otherwise, for "
        "a state officer in an action under this section.",
    ),
    # The public employer indemnifies "the state actor", the class the bill defines.
    (
        "start.full_compensation",
        "yes",
        "RI",
        '(a) "State actor" means any officer or employee of the state or of any city or town. (b) '
        "Any state actor who deprives a person of a right secured by the state constitution shall "
        "be liable to the injured party; qualified immunity is abrogated as a defense. (c) The "
        "public employer shall indemnify the state actor for the full amount of any judgment.",
    ),
    # A deferral to a share the employer backs up leaves the whole award paid.
    (
        "start.full_compensation",
        "yes",
        None,
        _LATE_CLAIM + "Section 3. (a) Except as provided in subsection (b), the employer shall "
        "indemnify the officer for the full judgment. (b) The officer shall personally pay five "
        "percent of the judgment. If the officer is unable to pay, the employer shall pay the "
        "unpaid amount.",
    ),
    # Immunity kept only for defendants who are not police.
    (
        "end.law_enforcement",
        "yes",
        "WA",
        "(1) Any person acting under color of state law who deprives another of a right secured by "
        "the state constitution is liable to the injured party. (2) It is not a defense to an "
        "action under this section brought against a peace officer that the officer acted in good "
        "faith. (3) Notwithstanding subsection (2), a defendant who is not a peace officer may "
        "assert any immunity available at common law, including qualified immunity.",
    ),
    # A memorial urging Congress to keep the doctrine rules on nothing.
    (
        "start.individual_accountability",
        "no",
        "ID",
        "WHEREAS, proposals in Congress would abolish qualified immunity and expose officers to "
        "personal liability; NOW, THEREFORE, BE IT RESOLVED that the Legislature urges Congress "
        "to preserve qualified immunity for all public employees.",
    ),
    # "No limit under s. 893.80 ... on the amount of damages ... applies to an action".
    (
        "end.damage_caps",
        "yes",
        "WI",
        _LATE_CLAIM + "Section 3. No limit under s. 893.80 or 893.82 on the amount of damages, "
        "costs, or attorney fees applies to an action under section 1.",
    ),
    # Fees in an action "in which the petitioner substantially prevails" under a records chapter.
    (
        "start.attorney_fees",
        "no",
        "VA",
        _LATE_CLAIM + "Section 3. In any action to enforce the provisions of this chapter in "
        "which the petitioner substantially prevails, the court shall award reasonable costs and "
        "attorney fees.",
    ),
    # "... any portion of that share that the officer does not satisfy": a backstop.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. The agency shall indemnify the officer for the judgment, except "
        "for the officer's share under section 4, and shall pay any portion of that share that the "
        "officer does not satisfy within 180 days.",
    ),
    # Readings from red-team batch BP (medium-length bills).
    # "... and any other defense that depends on good faith are not available".
    (
        "end.law_enforcement",
        "yes",
        "TX",
        _LATE_CLAIM.replace(
            "Section 2. Qualified immunity is not a defense to an action under section 1. ", ""
        )
        + "Section 2. Official immunity, qualified immunity, and any other defense that depends on "
        "the officer's good faith are not available in an action under section 1.",
    ),
    # "the maximum amount recoverable ... is increased from $100,000 to $1 million".
    (
        "end.damage_caps",
        "partial",
        "VA",
        _LATE_CLAIM
        + "Section 3. For an action under section 1, the maximum amount recoverable set "
        "forth in § 8.01-195.3 is increased from $100,000 to $1 million.",
    ),
    # The payer of "any part of the judgment not paid by the officer" backs the officer up.
    (
        "start.individual_accountability",
        "no",
        "KS",
        _LATE_CLAIM + "Section 3. The employing entity shall pay any part of the judgment not paid "
        "by the officer.",
    ),
    # "shall be separated from employment" after a final judgment.
    (
        "start.individual_accountability",
        "yes",
        "OH",
        _LATE_CLAIM + "Section 3. An officer against whom a final judgment is entered under "
        "section 1 shall be separated from employment by the employing agency.",
    ),
    # A list of several kinds of public servant before "of the state or of any political
    # subdivision" names every public employee, whatever order the kinds come in.
    (
        "end.public_employees",
        "yes",
        "NV",
        'Sec. 1. As used in this act, "covered official" means any agent, employee, officer or '
        "servant of this state or of any political subdivision of this state. Sec. 2. A covered "
        "official who deprives another of a right secured by the constitution of this state is "
        "liable to the person harmed. Sec. 3. Qualified immunity is no defense under section 2.",
    ),
    (
        "end.public_employees",
        "partial",
        "NV",
        'Sec. 1. As used in this act, "covered official" means any agent, employee, officer or '
        "servant of this state. Sec. 2. A covered official who deprives another of a right secured "
        "by the constitution of this state is liable to the person harmed. Sec. 3. Qualified "
        "immunity is no defense under section 2.",
    ),
    # Civil liability for breaking a duty stated in another subsection, named by its letter.
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _LATE_CLAIM
        + "Section 3. (a) A peace officer who sees another officer use force the law does not "
        "allow shall act to stop it and shall tell a supervisor. (b) A peace officer who violates "
        "subsection (a) is subject to civil liability under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "no",
        "OR",
        _LATE_CLAIM
        + "Section 3. (a) A peace officer who sees another officer use force the law does not "
        "allow shall act to stop it and shall tell a supervisor. (b) A peace officer who violates "
        "subsection (a) is subject to discipline by the employing agency.",
    ),
    # A publication duty for "the information submitted under subsection (1)", where (1) lists
    # each judgment's and settlement's particulars.
    (
        "start.public_records",
        "yes",
        "OR",
        _LATE_CLAIM
        + "Section 3. (1) Each public body that pays a judgment or settlement in an action under "
        "section 1 shall send the attorney general the name of the officer, the sum paid and the "
        "court where the case was heard. (2) The attorney general shall post the information "
        "submitted under subsection (1) on a website open to the public.",
    ),
    (
        "start.public_records",
        "no",
        "OR",
        _LATE_CLAIM
        + "Section 3. (1) Each public body that pays a judgment or settlement in an action under "
        "section 1 shall send the attorney general the name of the officer, the sum paid and the "
        "court where the case was heard. (2) The information submitted under subsection (1) is "
        "confidential and may be used only to set insurance rates.",
    ),
    # "of this state" after a police class says where the officers serve (all of them);
    # "employed by this state" names one employer.
    (
        "end.law_enforcement",
        "yes",
        "KS",
        "Section 1. Any law enforcement officer of this state who, acting under color of law, "
        "violates a right that the constitution of this state guarantees is liable to the person "
        "wronged. Section 2. Qualified immunity shall not bar an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "KS",
        "Section 1. Any law enforcement officer employed by this state who, acting under color of "
        "law, violates a right that the constitution of this state guarantees is liable to the "
        "person wronged. Section 2. Qualified immunity shall not bar an action under section 1.",
    ),
    # A federal definition set under a heading that names the term first.
    (
        "end.law_enforcement",
        "partial",
        None,
        'SEC. 2. DEFINITIONS. (1) PROTECTIVE AGENT.—The term "protective agent" means any '
        "officer or agent of U.S. Immigration and Customs Enforcement. SEC. 3. (a) Any protective "
        "agent who, under "
        "color of Federal law, deprives a person of a right secured by the Constitution is liable "
        "to that person. (b) Qualified immunity is no defense to an action under subsection (a).",
    ),
    # A long list of the limits set aside before "shall apply".
    (
        "end.damage_caps",
        "yes",
        None,
        "SEC. 3. (a) Any Federal law enforcement officer who, under color of Federal law, "
        "deprives a person of a right secured by the Constitution is liable to that person. (b) "
        "Qualified immunity is no defense. (c) No provision of Federal law that limits the "
        "liability of the United States or of its employees, the amount of any damages, or the "
        "amount of attorney's fees, including section 2678 of title 28, United States Code, "
        "shall apply to an action under this section.",
    ),
    # A release withheld only where it would identify an informant opens the recordings.
    (
        "start.public_records",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. An agency shall release to any member of the public who asks "
        "the body camera recordings of an incident that is the subject of an action under "
        "section 1, except recordings that would reveal a confidential informant.",
    ),
    # Fees owed only when the court grants equitable relief, introduced by "If".
    (
        "start.attorney_fees",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. If the court orders injunctive relief in an action under "
        "section 1, the court shall award the plaintiff reasonable attorney fees.",
    ),
    # An exception in the next subsection, which itself cites "subsection (a)", after a
    # subsection (b) of an earlier section.
    (
        "start.full_compensation",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. (a) The commission shall keep a list of officers. (b) The list "
        "is a public record. Section 4. (a) Except as provided in subsection (b), the employer "
        "shall indemnify the officer for the whole of any judgment under section 1. (b) The "
        "employer shall not indemnify the officer under subsection (a) for a judgment arising "
        "from conduct for which the officer was convicted of a crime.",
    ),
    # Fees to a prevailing officer, "to be paid by the plaintiff", in a bill about the claims.
    (
        "start.attorney_fees",
        "no",
        "FL",
        "Section 1. If an action against a law enforcement officer is dismissed, the court shall "
        "award the officer reasonable attorney fees, to be paid by the plaintiff. Section 2. The "
        "limits on payment of a judgment in s. 768.28(5) continue to apply to any claim against "
        "an agency.",
    ),
    # A duty whose verb is parted from the act by a condition, and liability for omitting it.
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. (1) An officer who sees another officer use unlawful force "
        "shall, if able to do so safely, act to halt the force. (2) An officer who omits to act "
        "as so required is liable under section 1 as if the officer had used the force.",
    ),
    # A state's name abbreviated in a citation ends no sentence.
    (
        "end.damage_caps",
        "partial",
        "VA",
        _LATE_CLAIM + "Section 3. In an action under section 1, the limit on recovery in Va. "
        "Code 8.01-195.3 is increased to $2 million.",
    ),
    # A ceiling on what the State indemnifies is not a ceiling on what the victim recovers.
    (
        "end.damage_caps",
        "yes",
        "IL",
        _LATE_CLAIM + "Section 3. The State shall indemnify an employee against whom a judgment "
        "is entered in an action under section 1 of this act for the compensatory damages "
        "awarded in that action, in an amount not to exceed $500,000 for each occurrence.",
    ),
    # A limit on one kind of damages set aside leaves the others.
    (
        "end.damage_caps",
        "partial",
        "MA",
        _LATE_CLAIM + "Section 3. The limitation on damages for emotional distress in the "
        "tort claims act does not apply to damages awarded under section 1.",
    ),  # A personal share the employer may waive in the next sentence is the employer's choice.
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. (1) An officer against whom a judgment is entered under section "
        "1 shall personally pay three percent of the judgment or $15,000, whichever is less. (2) "
        "The employing agency may, for good cause, forgive all or part of the amount the officer "
        "owes under subsection (1).",
    ),
    # Records opened after a judgment, while those of settled cases stay closed: some only.
    (
        "start.public_records",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. Once a final judgment is entered in an action under section 1, "
        "the complaint and the internal investigation file are public records. If the action is "
        "settled, the file remains confidential.",
    ),
    # Good faith kept only against punitive damages leaves the bar on the doctrine whole.
    (
        "end.law_enforcement",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. An officer who acted in good faith may not be held liable for "
        "punitive damages under section 1.",
    ),
    # Liability for breaking a duty named only by its section's number.
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. An officer who witnesses another officer use unlawful force "
        "shall intervene and shall report it. Section 4. An officer who fails to comply with "
        "section 3 is liable under section 1 as if the officer had used the force.",
    ),
    # What an indemnity's carve-out leaves unpaid, paid anyway by the employer.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. (1) The employer shall indemnify the officer for any judgment "
        "under section 1, unless the officer was convicted of a crime for the conduct. (2) Where "
        "subsection (1) does not require indemnity, the employer shall still pay the plaintiff "
        "any part of the judgment that remains unpaid one year after it becomes final.",
    ),
    # Punitive damages left out of the duty in a sentence of their own.
    (
        "start.full_compensation",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. (1) The employer shall indemnify the officer for any judgment "
        "under section 1. (2) The employer is not required to pay any part of a judgment that "
        "awards punitive damages.",
    ),
    # The employer also liable for the officer's wrong does not cure an indemnity's carve-out.
    (
        "start.full_compensation",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The employer of an officer is liable for a deprivation by the "
        "officer within the scope of employment. Section 4. The employer shall indemnify the "
        "officer for any judgment under section 1, unless the employer finds the officer acted "
        "with malice.",
    ),
    # A definition that leaves school and university employees out of "public employee".
    (
        "end.public_employees",
        "partial",
        "OR",
        'Section 1. "Public employee" means an officer or employee of this state or of any '
        'political subdivision; "public employee" does not include an employee of a school '
        "district or a public university. Section 2. A public employee who deprives a person of "
        "a right secured by the Oregon Constitution is liable to that person. Section 3. "
        "Qualified immunity is not a defense to an action under section 2.",
    ),
    # Another statute's defenses kept, among them a good-faith immunity named far down the list.
    (
        "end.law_enforcement",
        "no",
        "TX",
        _LATE_CLAIM + "Section 3. A defendant in an action under section 1 may assert any "
        "defense available under Chapter 101, Civil Practice and Remedies Code, or under the "
        "common law of this state, including official immunity for an act performed in good "
        "faith.",
    ),  # A defendant's motion against claims that arise from speech gives no claim of its own.
    (
        "end.state_constitution",
        "no",
        None,
        "SEC. 3. (a) A party may file a special motion to dismiss any claim arising from an act "
        "in furtherance of the constitutional right of petition or free speech within 30 days after "
        "service of the claim. (b) The court shall award a moving party who prevails on a special "
        "motion to dismiss the costs of litigation, including a reasonable attorney's fee.",
    ),
    # A synopsis printed after the bill's text describes it, whatever it says it keeps.
    (
        "end.law_enforcement",
        "yes",
        "OH",
        "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:\n"
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Ohio Constitution is liable to the person. Qualified immunity is not a defense "
        "to an action under this section.\n"
        "SYNOPSIS OF AMENDMENT\nRetains the provision on qualified immunity and limits the "
        "action to peace officers.",
    ),
    # A print's history line says what an amendment once did; it enacts nothing.
    (
        "end.law_enforcement",
        "no",
        "AL",
        _LATE_CLAIM + "On third reading the House adopted Floor Amendment 2, which deleted "
        "Section 2 (providing that qualified immunity is not a defense) and inserted a new "
        "Section 2. Section 2. An officer who acted in good faith is immune from liability "
        "under section 1.",
    ),
    # The limits kept, at a multiple of their amounts.
    (
        "end.damage_caps",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. Notwithstanding ORS 30.272, the limits on liability in that "
        "section apply to a claim under section 1 at twice the amounts stated there.",
    ),
    # A discretionary suspension or dismissal after a judgment.
    (
        "start.individual_accountability",
        "partial",
        "PA",
        _LATE_CLAIM + "Section 3. After a final judgment against an officer under section 1, the "
        "employing agency may suspend or dismiss the officer.",
    ),  # A bar through what a court may not refuse to do.
    (
        "end.law_enforcement",
        "yes",
        "IN",
        "Sec. 1. A law enforcement officer who deprives a person of a right secured by the "
        "Constitution of the State of Indiana is liable to the person. Sec. 2. A court may not "
        "refuse to enter judgment against the officer on the ground that the right was not "
        "clearly established.",
    ),
    # Plain language: the defenses by what the officer may not say.
    (
        "end.law_enforcement",
        "yes",
        "ME",
        "1. If a police officer violates your rights under the Constitution of Maine, you can sue "
        "the officer. 2. The officer cannot defend by saying that the law was not clear, or that "
        "the officer thought the actions were lawful.",
    ),
    # "... who has a reasonable chance to intervene shall do so", and liability for breaching it.
    (
        "start.failure_to_intervene",
        "yes",
        "NV",
        _LATE_CLAIM + "Section 3. A peace officer who sees another officer deprive a person of a "
        "right and who has an opportunity to intervene shall do so. A peace officer who breaches "
        "the duty in this section is liable under section 1.",
    ),
    # Liability for breaching a duty named by its section sign.
    (
        "start.failure_to_intervene",
        "yes",
        "DE",
        "§ 101. A police officer who deprives a person of a right secured by the Delaware "
        "Constitution is liable to that person; qualified immunity is not a defense. § 102. A "
        "police officer who sees another officer use excessive force shall intervene and report "
        "it. § 103. A police officer who breaches § 102 of this title is liable under § 101.",
    ),
    # People employed by every level of government, but only as peace officers.
    (
        "end.public_employees",
        "no",
        "IA",
        "1. A person employed by the state or a political subdivision as a peace officer who "
        "deprives another of a right under the Constitution of the State of Iowa is liable to "
        "the injured party. 2. Qualified immunity is not available in an action under this "
        "section.",
    ),  # The employer made liable for the whole award in so many words.
    (
        "start.full_compensation",
        "yes",
        "NC",
        _LATE_CLAIM + "Section 3. The county is jointly and severally liable with its deputy for "
        "the full amount of any judgment under section 1. Section 4. The county shall indemnify "
        "the deputy, except for conduct the county finds malicious.",
    ),
    # An exception saying the payer "is not required to pay" for bad conduct is a carve-out.
    (
        "start.full_compensation",
        "no",
        "IN",
        _LATE_CLAIM + "Section 3. (a) Except as provided in subsection (b), the employing entity "
        "shall pay any judgment against its officer under section 1. (b) The employing entity is "
        "not required to pay a judgment for conduct that was malicious or in bad faith.",
    ),
    # "... shall pay the unpaid amount" after a carve-out.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. (1) The public body shall indemnify the officer for any judgment "
        "under section 1, unless the officer was convicted of a crime for the conduct. (2) If a "
        "judgment is not paid within 90 days, the public body shall pay the unpaid amount to the "
        "judgment creditor.",
    ),  # Precision: an action denied, an informant's immunity, a compensation petition.
    (
        "start.attorney_fees",
        "no",
        "SD",
        "Section 1. Each agency shall equip its officers with body cameras. Section 2. An action "
        "for damages arising from a violation of this act may not be brought against a law "
        "enforcement officer or agency. Section 3. In a suit to obtain a recording under this "
        "act, the court shall award reasonable attorney fees to a requester who prevails.",
    ),
    (
        "end.law_enforcement",
        "no",
        "SD",
        "Section 1. Each agency shall equip its officers with body cameras. Section 2. A person "
        "who, in good faith, reports to the board a breach of this act by a law enforcement "
        "officer is immune from civil liability for the report.",
    ),
    (
        "end.law_enforcement",
        "no",
        "KS",
        "Section 1. A person wrongly convicted may petition the court of claims for compensation "
        "from the state. Section 2. It shall not be a defense to a petition under this act that "
        "an officer or prosecutor acted in good faith.",
    ),  # A decertification the bill forbids unless a felony conviction follows is no consequence.
    (
        "start.individual_accountability",
        "no",
        "VA",
        _LATE_CLAIM + "Section 3. The board shall not revoke an officer's certification because "
        "of a judgment under section 1 unless the officer is also convicted of a felony.",
    ),
    # "including by failing to prevent the deprivation": one way of causing it.
    (
        "start.failure_to_intervene",
        "partial",
        "MD",
        "Section 1. A police officer who deprives a person of a right secured by the Maryland "
        "Declaration of Rights, including by failing to prevent the deprivation when able to, is "
        "liable to the person. Section 2. Qualified immunity is not a defense.",
    ),
    # Payment only on a finding that the employee acted in good faith.
    (
        "start.full_compensation",
        "no",
        "NM",
        _LATE_CLAIM + "Section 3. A public body shall pay a judgment against its officer under "
        "section 1 only if its governing board determines that the officer acted in good faith.",
    ),
    # A ceiling on what the employer may make the officer contribute is no damages cap.
    (
        "end.damage_caps",
        "yes",
        "IL",
        _LATE_CLAIM + "Section 3. An employer may require an officer found liable under section "
        "1 to contribute toward the judgment an amount not to exceed 5% of it or $25,000, "
        "whichever is less.",
    ),  # A payment above a threshold triggers a report; it limits no payment.
    (
        "start.full_compensation",
        "yes",
        "MA",
        _LATE_CLAIM + "Section 3. (a) An employer shall indemnify an officer for the full amount "
        "of any judgment under section 1. (b) An employer that pays a judgment under section 1 "
        "in an amount exceeding $75,000 shall, within 30 days after payment, publish on its "
        "website the amount paid.",
    ),
    # Judgments published; settled cases "are not public records": some records only.
    (
        "start.public_records",
        "partial",
        "DE",
        _LATE_CLAIM + "Section 3. Within 30 days after a judgment under section 1 becomes final, "
        "the agency shall publish the judgment and the officer's name on its website. Records "
        "of an action that is settled or dismissed are not public records.",
    ),  # Every office or employment with the State or a local government, police included.
    (
        "end.public_employees",
        "yes",
        "VA",
        'A. As used in this section, "public servant" means any individual holding an office or '
        "employment with the Commonwealth or with any county, city, town or other political "
        "subdivision, including law-enforcement officers. B. A public servant who deprives any "
        "person of a right secured by the Constitution of Virginia is liable to that person. The "
        "defense that the right was not clearly established is abolished as to such actions.",
    ),
    # Plain language: what the defendant "cannot win by arguing".
    (
        "end.law_enforcement",
        "yes",
        "NE",
        "(1) If a police officer violates a right you have under the Constitution of Nebraska, "
        "you may sue the officer. (2) The officer cannot win by arguing that the officer believed "
        "in good faith that the conduct was lawful.",
    ),  # Precision: an officer who sues an insurance pool over coverage is no one's defendant.
    (
        "start.attorney_fees",
        "no",
        "VT",
        "Section 1. Municipalities may form a pool to insure their police officers against "
        "liability. Section 2. A member municipality or police officer denied coverage by the "
        "pool may bring an action in the superior court, and the court shall award reasonable "
        "attorney fees to a member that prevails.",
    ),
    # People employed by, or serving as officials of, every level of government.
    (
        "end.public_employees",
        "yes",
        "DE",
        '(a) "Employee" means any person employed by, or serving as an official of, the State, a '
        "county or a municipality, and includes a police officer. (b) An employee who deprives "
        "a person of a right secured by the Delaware Constitution is liable to the person. (c) "
        "Qualified immunity is not a defense to an action under this section.",
    ),  # Only settlements and judgments above an amount published: some records only.
    (
        "start.public_records",
        "partial",
        "NV",
        _LATE_CLAIM + "Section 3. The employer shall post on its website the terms of every "
        "settlement or judgment under section 1 in which the amount paid is more than $100,000.",
    ),  # An officer's immunity under another statute saved for the bill's actions keeps a defense.
    (
        "end.law_enforcement",
        "no",
        "AL",
        _LATE_CLAIM + "Section 3. Nothing in this act shall be construed to abrogate the immunity "
        "afforded a peace officer by Section 6-5-338, Code of Alabama 1975, and a peace officer "
        "may assert that immunity as a defense in an action under this act.",
    ),
    (
        "end.law_enforcement",
        "no",
        "OH",
        "(A) A public entity is liable for an injury caused by its employee who deprives a person "
        "of a right secured by the Ohio Constitution. (B) Qualified immunity is not a defense "
        "available to a public entity. (C) Nothing in this section abrogates the immunity of an "
        "individual public employee under section 2744.03 of the Revised Code.",
    ),  # A board's power to decertify after a judgment: the board's choice, unless made mandatory.
    (
        "start.individual_accountability",
        "yes",
        "DE",
        _LATE_CLAIM + "Section 3. The Council shall have the following powers and duties: (1) To "
        "set standards for training. (2) To decertify any police officer against whom a final "
        "judgment has been entered under section 1. Decertification under this paragraph is "
        "mandatory.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "DE",
        _LATE_CLAIM + "Section 3. The Council shall have the following powers and duties: (1) To "
        "set standards for training. (2) To decertify any police officer against whom a final "
        "judgment has been entered under section 1.",
    ),  # The State pays "any part of the judgment that the officer has not paid" where the employer
    # need not.
    (
        "start.full_compensation",
        "yes",
        "VT",
        _LATE_CLAIM + "Section 3. (a) An employer shall indemnify its officer for any judgment "
        "under section 1, unless the officer was convicted of a crime for the conduct. (b) If an "
        "employer does not indemnify an officer, the State shall pay the plaintiff any part of "
        "the judgment that the officer has not paid within 120 days.",
    ),
    # "Qualified immunity, however derived" names the doctrine's sources, no exception; a
    # confidentiality term declared void opens the record.
    (
        "end.law_enforcement",
        "yes",
        "AK",
        "(a) A peace officer who deprives a person of a right secured by the Constitution of the "
        "State of Alaska is liable to the person. (b) None of the following is a defense to an "
        "action under this section: (1) qualified immunity, however derived; (2) that the officer "
        "acted in good faith.",
    ),
    (
        "start.public_records",
        "yes",
        "AK",
        _LATE_CLAIM + "Section 3. A settlement of a claim under section 1 is a public record; a "
        "term of the settlement purporting to make it confidential is void.",
    ),
    # The cap act named as "Chapter 40 of this title" in a bill that amends that title.
    (
        "end.damage_caps",
        "yes",
        "DE",
        "Section 1. Amend Title 10 of the Delaware Code by adding a new Chapter 40B: A police "
        "officer who deprives a person of a right secured by the Delaware Constitution is liable "
        "to that person. Qualified immunity is not a defense under this chapter. Chapter 40 of "
        "this title does not apply to an action under this chapter.",
    ),
    # "Under color of" a lease or contract is no state action; a hospital's cap is another setting.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "Section 1. Any person who, under color of a lease, deprives a tenant of a right secured "
        "by this chapter is liable to the tenant. Section 2. It is not a defense that the person "
        "believed in good faith that the conduct was lawful. Section 3. The court shall award "
        "reasonable attorney fees to a prevailing tenant.",
    ),
    (
        "start.attorney_fees",
        "no",
        "KY",
        "Section 1. A vendor that, under color of a contract with a school district, sells a "
        "student's data is liable to the student. Section 2. The court shall award reasonable "
        "attorney fees to a prevailing plaintiff.",
    ),
    (
        "end.damage_caps",
        "no",
        "ID",
        "SECTION 1. Section 6-926 is amended to read: The liability of a governmental entity for "
        "a claim arising from medical care at a county hospital shall not exceed $750,000.",
    ),
    # A duty to post, its verb parted from "on its Internet website" by a time clause.
    (
        "start.public_records",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. Each agency shall, within 30 days after a judgment or "
        "settlement under section 1 becomes final, post on its Internet website the name of the "
        "officer, the amount paid and a summary of the facts.",
    ),
    # Consequences for the claim's defendants named by its own term; recovery "from that officer".
    (
        "start.individual_accountability",
        "yes",
        "AK",
        "Sec. 1. (a) A covered trooper who deprives another person of a right secured by the "
        "state constitution is liable to that person. (b) Qualified immunity is not available in "
        "an action under (a). (c) A covered trooper against whom a final judgment is entered "
        "under (a) shall be dismissed from employment. (d) In this section, covered trooper "
        "means a commissioned officer of the Department of Public Safety.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. Where the jury finds that the officer acted with actual malice, "
        "the state may seek reimbursement from that officer of the amount it paid.",
    ),
    # "The public employer" is no audience; a share the employer chooses to require.
    (
        "start.public_records",
        "no",
        "DE",
        _LATE_CLAIM + "Section 3. The public employer shall report any discipline imposed after "
        "a judgment under section 1 to the Council on Police Training.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "NV",
        _LATE_CLAIM + "Section 3. An employer may, at its option and after notice and a hearing, "
        "require the officer to contribute up to 5 percent of the judgment. "
        "If an employer requires the officer to contribute to a judgment, the employer shall pay "
        "any part of the contribution the officer does not pay within 90 days.",
    ),
    # "A local public employee": the local governments' people only.
    (
        "end.public_employees",
        "partial",
        "IL",
        "Section 5. A local public employee who deprives a person of a right secured by the "
        "Illinois Constitution is liable to that person. Section 10. Qualified immunity is not a "
        "defense to an action under Section 5.",
    ),
    # Qualified immunity kept for the other claims; a belief in lawful authority kept.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "Section 1. A police officer who deprives a person of a right secured by the Oregon "
        "Constitution is liable to that person. Section 2. (1) Qualified immunity is not a "
        "defense to a claim under section 1 that alleges a seizure. (2) For every other claim "
        "under section 1, the officer is entitled to all defenses and immunities, including "
        "qualified immunity, available under federal law.",
    ),
    (
        "end.law_enforcement",
        "no",
        "VT",
        _LATE_CLAIM + "Section 3. Notwithstanding section 2, an officer shall not be liable "
        "under section 1 for any act that the officer reasonably believed was required by a "
        "court order or a written policy.",
    ),
    # The bill's own act by its short title; Texas's "does not except from disclosure"; a whole
    # chapter set aside beside one kind of damages.
    (
        "start.attorney_fees",
        "yes",
        "NM",
        'SECTION 1. This act may be cited as the "Police Accountability Act". SECTION 2. A peace '
        "officer who deprives a person of a right secured by the constitution of New Mexico is "
        "liable to that person. SECTION 3. In any claim brought under the Police Accountability "
        "Act, the court shall award reasonable attorney fees to a prevailing claimant.",
    ),
    (
        "start.public_records",
        "yes",
        "TX",
        _LATE_CLAIM + "Section 3. Section 552.108, Government Code, is amended by adding: (f) "
        "This section does not except from disclosure a record of a sustained complaint against "
        "a peace officer or of any settlement of a claim under Section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "TX",
        _LATE_CLAIM + "Section 3. Chapter 101 does not apply to an action under Section 1, and "
        "Section 41.008 does not limit the exemplary damages that may be awarded in it.",
    ),
    # Rules joined by semicolons; classes by shared nouns and by Virginia's and Michigan's words.
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 1. A peace officer who deprives a person of a right secured by the state "
        "constitution is liable to that person; qualified immunity is not a defense to an action "
        "under this section; the employer shall indemnify the officer, except that the officer "
        "shall pay 5% of any judgment; and records of the action are public.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "MA",
        "Section 1. A police officer who deprives a person of a right secured by the constitution "
        "of the commonwealth is liable to that person; qualified immunity is not a defense under "
        "this section; the limits of section 2 of chapter 258 do not apply to such an action; "
        "and the court shall award a prevailing plaintiff reasonable attorneys' fees.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 1. Law enforcement and correctional officers who deprive a person of a right "
        "secured by the state constitution are liable to that person. Section 2. Qualified "
        "immunity is not a defense to an action under section 1.",
    ),
    (
        "end.public_employees",
        "yes",
        "VA",
        "A. Any officer or employee of the Commonwealth or of any locality who deprives a person "
        "of a right secured by the Constitution of Virginia is liable to that person. B. "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "MI",
        "Sec. 1. A police officer employed by this state or by a local unit of government who "
        "deprives a person of a right secured by the state constitution of 1963 is liable to that "
        "person. Sec. 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # Consequences narrowed to malice; a discretionary contribution; campus officers only.
    (
        "start.individual_accountability",
        "partial",
        "IA",
        _LATE_CLAIM + "Section 3. The council shall revoke the license of an officer against whom "
        "a judgment is entered under section 1 if the jury finds the officer acted with malice.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "IA",
        _LATE_CLAIM + "Section 3. The city may require the officer to contribute up to $5,000 "
        "to the payment of a judgment under section 1.",
    ),
    (
        "start.individual_accountability",
        "no",
        "IA",
        _LATE_CLAIM + "Section 3. An officer is not required to contribute personally to the "
        "payment of a judgment under section 1.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "IA",
        "Section 1. A campus law enforcement officer who deprives a person of a right secured by "
        "the state constitution is liable to the person. Section 2. Qualified immunity is not a "
        "defense to an action under section 1.",
    ),
    # An act of Congress that only narrows section 1983 creates no claim and lifts no limit.
    (
        "end.state_constitution",
        "no",
        None,
        "Be it enacted by the Senate and House of Representatives of the United States of America "
        "in Congress assembled, SEC. 2. Section 1979 of the Revised Statutes of the United States "
        "(42 U.S.C. 1983) is amended by adding at the end the following: 'In an action under "
        "this section arising from the removal of a monument, the relief is limited to a "
        "declaratory judgment.'",
    ),
    (
        "end.damage_caps",
        "no",
        None,
        "Be it enacted by the Senate and House of Representatives of the United States of America "
        "in Congress assembled, SEC. 2. Section 1979 of the Revised Statutes of the United States "
        "(42 U.S.C. 1983) is amended by adding at the end the following: 'A court may not award "
        "damages in an action under this section to a person injured while fleeing arrest.'",
    ),
    # What an employer covers its employees against is no claim; their defense fees no award.
    (
        "start.full_compensation",
        "no",
        "ME",
        "Sec. 1. Each county shall indemnify its deputies against any claim or civil action for "
        "damages arising from conduct within the scope of their employment, except amounts paid "
        "by an insurer.",
    ),
    (
        "start.attorney_fees",
        "no",
        "WI",
        _LATE_CLAIM + "Section 3. Any judgment for damages and costs entered against the officer, "
        "including reasonable attorney fees incurred by the officer, shall be paid by the state.",
    ),
    # A claim against private people fixed by a definition, public actors left out.
    (
        "end.law_enforcement",
        "no",
        "OR",
        'Section 1. In this section, "covered agent" means a licensed private investigator or a '
        "private security guard, and the business that employs either. Section 2. A covered "
        "agent who detains a person in a manner that deprives the person of a right secured by "
        "the state constitution is liable to that person. Section 3. It is not a defense that the "
        "covered agent believed the conduct lawful or acted at the request of a police officer. "
        "Section 4. This section does not apply to a police officer or to any public employee.",
    ),
    (
        "end.state_constitution",
        "no",
        "OR",
        'Section 1. In this section, "covered agent" means a licensed private investigator or a '
        "private security guard, and the business that employs either. Section 2. A covered "
        "agent who detains a person in a manner that deprives the person of a right secured by "
        "the state constitution is liable to that person. Section 3. This section does not "
        "apply to a police officer or to any public employee.",
    ),
    # Classes by how their people serve; a list of non-defences that also bars motions.
    (
        "end.public_employees",
        "yes",
        "MI",
        'Sec. 1. As used in this act, "covered individual" means any individual who works for, '
        "is appointed to, or contracts with the state or a county, city or township. Sec. 2. A "
        "covered individual who deprives a person of a right secured by the state constitution "
        "is liable to that person. Sec. 3. Qualified immunity is not a defense under section 2.",
    ),
    (
        "end.public_employees",
        "no",
        "OR",
        'Section 1. "Officer" means a police officer, a reserve officer, or any other person who '
        "is commissioned by a law enforcement agency and who may make arrests or use force. "
        "Section 2. An officer who deprives a person of a right secured by the Oregon "
        "Constitution is liable to the person. Section 3. Qualified immunity is not a defense "
        "under section 2.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OH",
        "(A) A peace officer who deprives a person of a right secured by the Ohio Constitution "
        "is liable to that person. (B) None of the following may be raised as a defense in an "
        "action under this section, and none may support a motion for judgment on the "
        "pleadings or for summary judgment: (1) that the officer acted in good faith; (2) that "
        "the right was not clearly established.",
    ),
    # Close calls of red-team CC, each in our own wording.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "Section 1. A peace officer who deprives a person of a right secured by the state "
        "constitution is liable to that person. Section 2. (1) Except as provided in subsection "
        "(2), qualified immunity is not a defense under section 1. (2) In an action arising from "
        "a vehicle pursuit, an officer may raise any immunity that would be available to the "
        "officer under 42 U.S.C. 1983.",
    ),
    (
        "end.public_employees",
        "yes",
        "MI",
        "Sec. 1. A person who, under color of state law, deprives an individual of a right secured "
        "by the state constitution is liable to that individual. Sec. 2. Qualified immunity is not "
        "a defense under section 1. Sec. 3. As used in this act, person includes the state, each "
        "county, city and township, and every officer or employee of any of them.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. An officer deprives a person of a right under section 1 by an "
        "act or an omission, including an omission to take reasonable steps to halt another "
        "officer's unlawful conduct.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. The court shall award reasonable attorney fees to a plaintiff "
        "who prevails and obtains more than the amount of a written offer of settlement made by "
        "the defendant before trial.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. The standards board may revoke the certification of an "
        "officer found by a jury to have violated section 1 of this Act.",
    ),
    (
        "start.public_records",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. On request by any member of the public, an agency shall provide "
        "the report of any investigation into an officer's use of deadly force; all other "
        "investigation records stay confidential.",
    ),
    # Defendants defined by a list: agencies of every level, or every police officer first.
    (
        "end.law_enforcement",
        "yes",
        "PA",
        '(a) As used in this section: "Covered officer." A sworn member of the police department '
        "of a municipality, the State Police, a county sheriff's office or a regional police "
        "department. (b) A covered officer who deprives a person of a right secured by the "
        "Constitution of Pennsylvania shall be liable to the person. (c) Qualified immunity is "
        "not a defense under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "SC",
        "Section 1. As used in this article, 'agent' means a peace officer and a jailer employed "
        "by a county detention center. Section 2. An agent who deprives a person of a right "
        "secured by the state constitution is liable to the person in an action for damages. "
        "Section 3. Qualified immunity is not a defense to an action under this article.",
    ),
    (
        "end.public_employees",
        "partial",
        "SC",
        "Section 1. As used in this article, 'agent' means a peace officer and a teacher employed "
        "by a school district. Section 2. An agent who deprives a person of a right secured by "
        "the state constitution is liable to the person in an action for damages. Section 3. "
        "Qualified immunity is not a defense to an action under this article.",
    ),
    # A share owed by the officer on a finding of bad faith, backed by the employer.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. The employing agency shall indemnify the officer for the whole "
        "of any judgment under section 1, including any part the officer fails to pay, except "
        "that where the agency finds after a hearing that the officer acted in bad faith, the "
        "officer shall pay two percent of the judgment, which the agency shall not indemnify; "
        "but any of that share that remains unpaid after 60 days shall be paid by the agency, "
        "which may then recover it from the officer.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. Where the agency finds after a hearing that the officer did "
        "not act in good faith, the officer shall pay two percent of the judgment; if that share is unpaid "
        "after 60 days, the agency shall pay it and may recover it from the officer.",
    ),
    # Limits lifted whole, a kind of damages named as an instance.
    (
        "end.damage_caps",
        "yes",
        "MA",
        _LATE_CLAIM + "Section 3. Section 2 of chapter 258 shall not limit the damages, including "
        "exemplary damages, that may be recovered in an action under section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "NV",
        _LATE_CLAIM + "Section 3. The limitation upon the amount of a judgment and the bar on "
        "punitive damages in NRS 41.035 do not apply to an action under section 1.",
    ),
    # Records: a registry of other people, a definition, a count, a possessive website.
    (
        "start.public_records",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The department shall keep a registry of persons convicted of "
        "violent felonies. Section 4. The registry shall be made available to the public on the "
        "department's website.",
    ),
    (
        "start.public_records",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. The department shall maintain on the city's website a "
        "searchable list of all sustained complaints against its officers.",
    ),
    (
        "start.public_records",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. (a) In this section, the term covered record means any "
        "complaint, settlement or judgment that has been made available to the public.",
    ),
    (
        "start.public_records",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The department shall post on its website a quarterly count of "
        "arrests of persons who were recording police activity.",
    ),
    # An indemnity refused for conduct the officer knew to be unlawful; a part of the judgment.
    (
        "start.full_compensation",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. The county shall indemnify the deputy for any judgment under "
        "section 1, except that the county need not indemnify any sum arising from conduct the "
        "sheriff finds the deputy knew was illegal.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. If the chief finds that the deputy acted with malice, the "
        "deputy shall pay a part of the judgment, not more than five thousand dollars.",
    ),
    # "such award" after an award of fees is the fee award, not damages.
    (
        "end.damage_caps",
        "yes",
        "NY",
        _LATE_CLAIM + "Section 3. The court shall award reasonable attorney's fees to a "
        "prevailing plaintiff, provided that such award shall not exceed fifty thousand dollars.",
    ),
    # Washington's struck law: a struck immunity of "an officer or employee" of the amended
    # section reaches whom that section covers.
    (
        "end.public_employees",
        "yes",
        "WA",
        "Sec. 1. RCW 4.24.999 and 2026 c 4 s 1 are each amended to read as follows: (1) Any "
        "officer or employee of the state or of a local government who, under color of law, "
        "deprives a person of a right secured by the state Constitution is liable to the person. "
        "(2) ((An officer or employee who acted in good faith is immune from liability under this "
        "section.)) Qualified immunity is not a defense to liability under this section.",
    ),
    # Rights fixed by a definition written with a comma, in a numbered list or on its own.
    (
        "end.state_constitution",
        "yes",
        "MO",
        'Section 1. As used in this section, the following terms mean: (1) "Agency", any '
        'police department of this state; (2) "Protected interest", any right or privilege '
        "guaranteed by the constitution of Missouri. Section 2. A peace officer who deprives a "
        "person of a protected interest is liable to that person in a civil action. Section 3. "
        "Qualified immunity is not a defense to an action under section 2.",
    ),
    (
        "end.state_constitution",
        "partial",
        "MO",
        'Section 1. As used in this section, the following terms mean: (1) "Agency", any '
        'police department of this state; (2) "Protected interest", any right secured by '
        "sections 10 and 15 of article I of the constitution of Missouri. Section 2. A peace "
        "officer who deprives a person of a protected interest is liable to that person in a civil "
        "action. Section 3. Qualified immunity is not a defense to an action under section 2.",
    ),
    (
        "end.state_constitution",
        "yes",
        "MA",
        'SECTION 1. The following words shall have the following meanings:- "Guaranteed '
        'right", any right guaranteed by the constitution of the commonwealth. SECTION 2. A '
        "police officer who deprives a person of a guaranteed right shall be liable to that "
        "person. Qualified immunity shall not be a defense under this section.",
    ),
    # A cap statute reprinted with an exception for these claims, beside the bill's own lift.
    (
        "end.damage_caps",
        "yes",
        "KS",
        _LATE_CLAIM
        + "Section 3. K.S.A. 75-6105 is amended to read as follows: (a) Except as otherwise "
        "provided in subsection (d), a governmental entity's liability for all claims arising from "
        "one occurrence shall not exceed $500,000. (d) Subsection (a) does not limit any judgment "
        "in an action under section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "RI",
        _LATE_CLAIM
        + "Section 3. Section 9-31-3 is amended to read: In any tort action against a city or "
        "town, the damages recovered shall not exceed $100,000; provided, that this limitation "
        "shall not apply to an action under section 1. Section 4. No statutory limit on damages "
        "applies to an action under section 1.",
    ),
    (
        "end.damage_caps",
        "no",
        "KS",
        _LATE_CLAIM + "Section 3. Except as provided in section 4, the damages awarded in an "
        "action under section 1 shall not exceed $750,000. Section 4. Costs may be taxed.",
    ),
    # A cap statute lifted by its citation, with a kind of damages named beside it.
    (
        "end.damage_caps",
        "yes",
        "ME",
        _LATE_CLAIM + "Section 3. The limitation on recovery in section 8105 of Title 14 does "
        "not apply to an action under section 1, and exemplary damages may be awarded against "
        "the officer.",
    ),
    (
        "end.damage_caps",
        "yes",
        "VA",
        _LATE_CLAIM + "Section 3. The limitations on liability in § 8.01-195.3 and the cap on "
        "punitive damages in § 8.01-38.1 shall not apply to an action under section 1.",
    ),
    (
        "end.damage_caps",
        "partial",
        "NM",
        _LATE_CLAIM + "Section 3. The limits on damages in Section 41-4-19 NMSA 1978 do not "
        "apply to an action under section 1; provided that punitive damages shall not be "
        "awarded against the employing agency.",
    ),
]


# Readings added on 2026-12-04 (issue 14), each row in our own wording.
DAWN_READINGS = [
    # A cap statute applied to these claims "except that" its amount is higher for them, or set
    # aside "notwithstanding" with a new amount in the same sentence: a cap raised, still capping.
    (
        "end.damage_caps",
        "partial",
        "WY",
        _LATE_CLAIM + "Section 3. The immunity granted by W.S. 1-39-104(a) does not apply to an "
        "action under section 1. The limits of W.S. 1-39-118(a) apply to such an action, except "
        "that the limit for any one occurrence shall be two million dollars.",
    ),
    (
        "end.damage_caps",
        "partial",
        "SC",
        _LATE_CLAIM + "Section 3. Notwithstanding Section 15-78-120, in any action under section "
        "1 the limits on the liability of a governmental entity are $900,000 for each loss.",
    ),
    (
        "end.damage_caps",
        "partial",
        "FL",
        _LATE_CLAIM + "Section 3. Notwithstanding s. 768.28(5), an agency whose officer is sued "
        "under section 1 may be held liable for up to $750,000 to any one claimant.",
    ),
    # Whom the defendant serves ("an officer of this State") is not the source of the rights:
    # a claim for rights under the federal Constitution alone covers no state right.
    (
        "end.state_constitution",
        "no",
        "NC",
        "Section 1. A peace officer of this State or of a county or city who, under color of law, "
        "deprives a person of a right secured by the Constitution of the United States is liable "
        "to that person in a civil action. Section 2. Qualified immunity is not a defense to an "
        "action under section 1.",
    ),
    (
        "end.state_constitution",
        "yes",
        "NC",
        "Section 1. A peace officer of this State who, under color of law, deprives a person of a "
        "right secured by the Constitution of this State is liable to that person in a civil "
        "action. Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # Discipline left to the employer, however the sentence is built: partial.
    (
        "start.individual_accountability",
        "partial",
        "IL",
        _LATE_CLAIM + "Section 3. The employing agency may take disciplinary action, up to and "
        "including termination, against an officer found liable under section 1.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "IL",
        _LATE_CLAIM + "Section 3. Upon a judgment against an officer under section 1, the city "
        "may, at its option, begin disciplinary proceedings against the officer.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "WI",
        _LATE_CLAIM + "Section 3. The police commission may suspend, demote or dismiss an officer "
        "against whom a judgment is entered under section 1.",
    ),
    # Discipline of someone other than an officer is no consequence for the officer.
    (
        "start.individual_accountability",
        "no",
        "IL",
        _LATE_CLAIM + "Section 3. A school may take disciplinary action, up to and including "
        "expulsion, against a student who damages a patrol vehicle.",
    ),
    # Relief limited to declaratory and injunctive relief, however far the limit stands from
    # the word "remedy": no damages, so no cap is lifted even in a state with none.
    (
        "end.damage_caps",
        "no",
        "NY",
        "Section 1. A police officer who engages in bias-based profiling may be sued by the person "
        "profiled. Section 2. The remedy in any civil action or administrative proceeding brought "
        "against an officer under this section shall be limited to declaratory and injunctive "
        "relief.",
    ),
    (
        "end.damage_caps",
        "no",
        "NY",
        "Section 1. (a) No police officer shall stop a person because of the person's national "
        "origin. (b) A claim of unlawful profiling is established under this section when a "
        "person brings an action showing that a police officer intentionally stopped the person "
        "in violation of subsection (a). (c) A person so stopped may enforce this section in a "
        "civil action for injunctive and declaratory relief. (d) Qualified immunity is not a "
        "defense in an action under this section.",
    ),
    # A bill about private guards only: its immunity bar and its cap rule are theirs, even
    # where a clause says why ("is not a governmental entity"), so it scores no throughout.
    (
        "end.damage_caps",
        "no",
        "SC",
        'Section 1. (A) "Security guard" means a person employed by a private security company, '
        "and does not include a peace officer or any other public employee. (B) A security guard "
        "is not entitled to qualified immunity. (C) A person unlawfully detained by "
        "a security guard may sue the security guard and the security company. (D) Because a "
        "security company is "
        "not a governmental entity, the limits on liability in Section 15-78-120 do not apply to "
        "an action under subsection (C).",
    ),
    (
        "end.law_enforcement",
        "no",
        "SC",
        'Section 1. (A) "Security guard" means a person employed by a private security company, '
        "and does not include a peace officer or any other public employee. (B) A security guard "
        "is not entitled to qualified immunity. (C) A person unlawfully detained by a security "
        "guard may sue the security guard and the security company. (D) Because a security "
        "company is not a "
        "governmental entity, the limits on liability in Section 15-78-120 do not apply to an "
        "action under subsection (C).",
    ),
    # An exception for claims for injunctive or declaratory relief keeps nothing: the doctrine
    # shields from damages only.
    (
        "end.law_enforcement",
        "yes",
        "PA",
        "Section 1. A police officer who deprives a person of a right secured by the Constitution "
        "of this Commonwealth is liable to the person for damages. Section 2. Qualified immunity "
        "and good faith are not defenses to liability under this act, except in claims for "
        "declaratory or injunctive relief.",
    ),
    # A defined term that leaves the doctrine out of the defenses the claim allows.
    (
        "end.law_enforcement",
        "yes",
        "OH",
        'Section 1. As used in this act, "defense" does not include qualified immunity or a '
        "claim that the officer believed in good faith that the conduct was lawful. Section 2. A "
        "peace officer who deprives a person of a right secured by the Ohio Constitution is "
        "liable to the person. Section 3. A peace officer may assert any defense in an action "
        "under section 2.",
    ),
    # "In full, except any amount the officer is ordered to pay": the officer's share is left
    # out, and only a payment of it by the employer when the officer does not pay makes the
    # award whole.
    (
        "start.full_compensation",
        "partial",
        "OH",
        _LATE_CLAIM + "Section 3. (a) The employer shall pay any judgment under section 1 in full, "
        "except any amount the officer is ordered to pay under subsection (b). (b) If the jury "
        "finds that the officer acted with malice, the court shall order the officer to pay "
        "personally five percent of the judgment. The employer shall not reimburse that amount.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OH",
        _LATE_CLAIM + "Section 3. (a) The employer shall pay any judgment under section 1 in full, "
        "except any amount the officer is ordered to pay under subsection (b). (b) If the jury "
        "finds that the officer acted with malice, the court shall order the officer to pay "
        "personally five percent of the judgment. If the officer does not pay that amount within "
        "ninety days, the employer shall pay it to the plaintiff.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OH",
        'Sec. 1. As used in sections 1 to 3: (A) "Defense" means any matter that defeats or '
        'reduces liability. "Defense" does not include qualified immunity or any contention that '
        "the officer reasonably believed the conduct to be lawful. Sec. 2. (A) A peace officer "
        "who deprives a person of a right guaranteed by Article I of the Ohio Constitution is "
        "liable to that person. (B) A peace officer may assert any defense in an action under "
        "this section.",
    ),
    # Definitions opening after a section's catch-line name the suits a rule applies to; they
    # give no claim.
    (
        "end.state_constitution",
        "no",
        "FL",
        "Section 1. Section 776.0852, Florida Statutes, is created to read: 776.0852 Suits "
        'against officers; defense.- (1) As used in this section, the term: (a) "Suit" means an '
        "action for damages against a law enforcement officer, including an action alleging that "
        "the officer violated a right secured by the State Constitution. (2) In a suit it is a "
        "defense that the officer reasonably believed the conduct was lawful.",
    ),
    # The cap statute named as the subject that still applies, "except that" its limit is higher
    # for these claims (with a ceiling on judgments beside it): a cap raised, still capping.
    (
        "end.damage_caps",
        "partial",
        "TX",
        _LATE_CLAIM + "Section 3. Chapter 101, Civil Practice and Remedies Code, applies to an "
        "action under section 1, except that the limit on the liability of a unit of government "
        "under Section 101.023 is $900,000 for each person, and no judgment under section 1 may "
        "exceed that amount.",
    ),
    (
        "end.damage_caps",
        "partial",
        "ME",
        _LATE_CLAIM + "Section 3. The immunities in Title 14, section 8103 do not apply to an "
        "action under section 1. Title 14, section 8105 applies to such an action, except that "
        "for purposes of this chapter the limit on damages recoverable is $1,500,000 for all "
        "claims arising out of one occurrence.",
    ),
    # One section cited after the constitution's name is one right.
    (
        "end.state_constitution",
        "no",
        "ME",
        "Section 1. A law enforcement officer who, under color of law, deprives a person of the "
        "right secured by the Constitution of Maine, Article I, Section 5 is liable to the person "
        "in a civil action. Section 2. Qualified immunity is not a defense to an action under "
        "section 1.",
    ),
    # A definition widened by the sentence after it ("... also includes every other officer,
    # employee and official ..."), its concession about arrest powers naming no class.
    (
        "end.public_employees",
        "yes",
        "MI",
        'Sec. 1. As used in this act: (a) "Covered official" means a peace officer as defined in '
        "MCL 28.602. For purposes of this act, covered official also includes every other "
        "officer, employee and appointed official of this state or of any political subdivision "
        "of this state, regardless of whether the individual is authorized to make arrests. "
        "Sec. 2. A covered official who deprives a person of a right secured by the state "
        "constitution is liable to that person. Sec. 3. Qualified immunity is not a defense to "
        "an action under section 2.",
    ),
    # A definition's items parted by semicolons: each item's employer words are its own, so
    # every police officer and the local governments' employees are covered.
    (
        "end.law_enforcement",
        "yes",
        "SC",
        "Section 1. As used in this article: (1) 'Covered person' means: (a) a law enforcement "
        "officer employed by the State or by any political subdivision; and (b) any officer or "
        "employee of a county or municipality, whether or not the officer or employee is a law "
        "enforcement officer. Section 2. A covered person who deprives a person of a right "
        "secured by the South Carolina Constitution is liable to the person. Section 3. "
        "Qualified immunity is not a defense to an action under section 2.",
    ),
    # Backstops after a conviction carve-out, in other words: the employer "shall nevertheless
    # pay to the plaintiff the full amount ... that remains unpaid"; "any part of the judgment
    # that the officer has not paid ... shall be paid to the plaintiff by the employer".
    (
        "start.full_compensation",
        "yes",
        "OH",
        _LATE_CLAIM + "Section 3. (A) The state shall indemnify an officer for the whole of any "
        "judgment under section 1, unless the officer is convicted of a crime for the same "
        "conduct. (B) If an officer is not indemnified under division (A), the state shall "
        "nevertheless pay to the plaintiff the full amount of the judgment that remains unpaid "
        "sixty days after it becomes final.",
    ),
    (
        "start.full_compensation",
        "yes",
        "KY",
        _LATE_CLAIM + "Section 3. (a) The employer shall indemnify an officer for the full amount "
        "of a judgment under section 1, unless the officer has been convicted of a crime for the "
        "conduct. (b) If the employer is not required to indemnify an officer under subsection "
        "(a), any part of the judgment that the officer has not paid within ninety days shall be "
        "paid to the plaintiff by the employer.",
    ),
    # "shall not, by itself, give rise to liability": the bill denies liability for failing to
    # intervene; a duty named only as what training must teach imposes nothing.
    (
        "start.failure_to_intervene",
        "no",
        "KS",
        _LATE_CLAIM + "Section 3. (a) An officer who sees another officer use unreasonable force "
        "shall intervene and shall report it to a supervisor. (b) An officer who fails to "
        "intervene as required by subsection (a) is subject to discipline. A failure to "
        "intervene shall not, by itself, give rise to liability under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "MD",
        "Section 1. A police officer who deprives a person of a right secured by the Maryland "
        "Declaration of Rights, including by failing to intervene to prevent another officer "
        "from doing so, is liable to the person. Section 2. Qualified immunity is not a defense "
        "to an action under section 1. Section 3. The Commission shall require that entrance "
        "training include: (1) 40 hours of instruction in de-escalation; and (2) 8 hours of "
        "instruction in the duty of an officer to intervene when another officer uses "
        "excessive force.",
    ),
    # Fees mandatory only for a plaintiff who prevails on a claim for some rights, beside a
    # claim for every right: mandatory for some claims only.
    (
        "start.attorney_fees",
        "partial",
        "NC",
        _LATE_CLAIM + "Section 3. The court shall award reasonable attorneys' fees to a plaintiff "
        "who prevails on a claim for the deprivation of a right secured by Section 14 or Section "
        "19 of Article I of the North Carolina Constitution.",
    ),
    # A judgment named as when recordings fall due is not a record released: recordings only.
    (
        "start.public_records",
        "partial",
        "NC",
        _LATE_CLAIM + "Section 3. The agency shall release to the public, within 30 days after a "
        "final judgment in an action under section 1, any body-worn camera recording that "
        "depicts the conduct on which the judgment is based.",
    ),
    # Discipline the superintendent "considers appropriate against a trooper": left to discretion.
    (
        "start.individual_accountability",
        "partial",
        "OH",
        _LATE_CLAIM + "Section 3. The superintendent of the state highway patrol may take any "
        "disciplinary action the superintendent considers appropriate against a trooper found "
        "liable under section 1.",
    ),
    # A later section of the bill amending an earlier one ("Section 3 of this act is amended by
    # striking 'may' and inserting 'shall'"; "§ 8399.4, as added by section 1 of this act, is
    # amended by striking out 'may' ..."): read as enacted, however far apart they stand.
    (
        "start.attorney_fees",
        "yes",
        "KS",
        _LATE_CLAIM + "\n\nNew Sec. 3. In any action under section 1, the court may award "
        "reasonable "
        "attorney fees to a prevailing plaintiff.\n\nNew Sec. 4. The commission shall publish a "
        "model curriculum on the rights of persons stopped by police, and each agency shall "
        "adopt it within one year of its publication. The curriculum shall cover searches, "
        "seizures, the use of force and the duty to render aid.\n\nNew Sec. 5. The commission "
        "shall report to the legislature each year on the number of officers trained under "
        "section 4, on the cost of the training, and on the agencies that have not adopted the "
        "curriculum, with its recommendations for further legislation.\n\nNew Sec. 6. Section 3 "
        'of this act is hereby amended by striking "may" and inserting "shall".',
    ),
    (
        "start.full_compensation",
        "yes",
        "PA",
        "Section 1. Title 42 is amended by adding a subchapter to read:\n"
        "§ 8399.1. Civil action.\nA municipal police officer who deprives a person of a right "
        "secured by the Constitution of Pennsylvania is liable to that person.\n"
        "§ 8399.2. Immunity.\nQualified immunity is not a defense to an action under this "
        "subchapter.\n"
        "§ 8399.3. Indemnification.\nA municipality may indemnify its officer for the full "
        "amount of a judgment under this subchapter, including any portion the officer is unable "
        "to pay.\n\n"
        "Sec. 4. The commission shall publish a model curriculum on the rights of persons stopped "
        "by police, and each agency shall adopt it within one year. Sec. 5. The commission shall "
        "report to the legislature each year on the number of officers trained under section 4 "
        "and on the cost of the training. "
        "\n\nSection 6. 42 Pa.C.S. § 8399.3, as added by section 1 of this act, is amended by "
        'striking out "may" and inserting "shall".',
    ),
    # An employer "liable for a judgment against its officer" pays the officer's judgment: no
    # claim against public employers generally; and an employer liable only "to the extent"
    # the tort claims act allows, within its limits, guarantees no whole award.
    (
        "end.public_employees",
        "no",
        "MA",
        _LATE_CLAIM + "Section 3. A public employer shall be liable for a judgment against its "
        "police officer under section 1.",
    ),
    (
        "start.full_compensation",
        "no",
        "TX",
        _LATE_CLAIM + "Section 3. An employing agency is liable for a judgment rendered against "
        "its peace officer under section 1 only to the extent that Chapter 101 authorizes "
        "liability, subject to the limits prescribed by Section 101.023.",
    ),
    # The wrong's agent in a plaintiff's clause is not the source of the right: "deprived of a
    # right secured by the Constitution or laws of this State by another person acting under
    # color of law" lies against every such person.
    (
        "end.public_employees",
        "yes",
        "NJ",
        "1. c. A person who is deprived of a right secured by the Constitution or laws of this "
        "State by another person acting under color of law may bring a civil action for damages. "
        "d. In an action under subsection c., qualified immunity shall not be a defense. e. The "
        "Attorney General may refer a law enforcement officer found liable under subsection c. "
        "to the Police Training Commission.",
    ),
    # The cap statute set aside by a code's abbreviation or by the act's name, with a new ceiling
    # in the same sentence; its limit "in IC 34-13-3-4 is" an amount in words; "For a claim
    # under chapter 9, the limit is" an amount; its figure struck "in line 9" and another put
    # in: a cap raised, still capping.
    (
        "end.damage_caps",
        "partial",
        "NV",
        _LATE_CLAIM + "Section 3. Notwithstanding the provisions of NRS 41.035, an award of "
        "damages in an action under section 1 may not exceed $600,000 for any claimant.",
    ),
    (
        "end.damage_caps",
        "partial",
        "IN",
        _LATE_CLAIM + "Section 3. For a claim under section 1, the limit in IC 34-13-3-4 is three "
        "million dollars for injury to one person in any one occurrence.",
    ),
    (
        "end.damage_caps",
        "partial",
        "ME",
        _LATE_CLAIM + "Section 3. For a claim under section 1, the limit is $900,000.",
    ),
    (
        "end.damage_caps",
        "partial",
        "MA",
        _LATE_CLAIM + "Section 3. Section 2 of chapter 258 of the General Laws is hereby amended "
        'by striking out, in line 9, the figure "$100,000" and inserting in place thereof the '
        "following figure:- $900,000.",
    ),
    # An indemnity limited by the sentence after it, or by a proviso on what the payer "shall
    # not pay": the whole award is not guaranteed.
    (
        "start.full_compensation",
        "partial",
        "MS",
        _LATE_CLAIM + "Section 3. (1) A governmental entity shall indemnify its employee for any "
        "judgment under section 1. (2) The duty of a governmental entity under subsection (1) "
        "shall not exceed $400,000. Any portion of a judgment in excess of that amount is the "
        "obligation of the employee.",
    ),
    (
        "start.full_compensation",
        "partial",
        "SC",
        _LATE_CLAIM + "Section 3. The employing agency shall pay in full any judgment under "
        "section 1 for actual damages, attorney's fees and costs. The employing agency may not "
        "pay an award of punitive damages, which is the personal obligation of the officer.",
    ),
    (
        "start.full_compensation",
        "partial",
        "NY",
        _LATE_CLAIM + "Section 3. The county shall pay any judgment entered against its officer "
        "under section 1; provided, however, that the county shall not pay any portion of a "
        "judgment that exceeds $150,000.",
    ),
    # A long title run together with the print's header is still a title: the claim's own
    # definition (a list of sections) decides the rights.
    (
        "end.state_constitution",
        "partial",
        "IA",
        "House File 700 - A BILL FOR\nAn Act creating a civil action for the deprivation of "
        "constitutional rights by peace officers.\nSection 1. As used in this chapter, "
        '"protected right" means a right secured by article I, section 1, 8 or 9, of the '
        "Constitution of the State of Iowa. Section 2. A peace officer who deprives a person of a "
        "protected right is liable to the person. Section 3. Qualified immunity is not a defense "
        "to an action under section 2.",
    ),
    # A bar conditioned on the defendant's class names that class.
    (
        "end.public_employees",
        "no",
        "AR",
        "Section 1. (a) Every person who, under color of law, deprives another of a right secured "
        "by the Arkansas Constitution is liable to the person injured. (b) If the defendant is a "
        "certified law enforcement officer: (1) qualified immunity is not a defense to liability "
        "under this section; and (2) it is not a defense that the officer acted in good faith.",
    ),
    # "Only those defenses that a private person ... would have", and not "the benefit of any
    # immunity that arises from the officer's public employment, however that immunity is
    # described": every immunity of office barred, with no exception.
    (
        "end.law_enforcement",
        "yes",
        "RI",
        "Section 1. A law enforcement officer who deprives a person of a right secured by article "
        "1 of the Rhode Island Constitution is liable to the person. Section 2. An officer sued "
        "under section 1 shall have only those defenses that a private person sued for the same "
        "conduct would have, and shall not have the benefit of any immunity that arises from the "
        "officer's public employment, however that immunity is described.",
    ),
    # A claim against people "not acting under color of law" and not public employees is a
    # claim against private people: no verdict for officers.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "Section 1. A. Any person who is not acting under color of law, and who is not an officer "
        "or employee of the Commonwealth, who by threats interferes with another person's exercise "
        "of a right secured by the Constitution of Virginia is liable to that person. B. It is "
        "not a defense to an action under this section that the defendant acted in good faith. "
        "C. A law enforcement officer who witnesses such interference shall report it.",
    ),
    # "No peace officer shall be found liable ... if the officer had an objectively reasonable
    # belief ... that the conduct was lawful", even as a proviso to a fee clause: the defense
    # survives.
    (
        "end.law_enforcement",
        "no",
        "IL",
        _LATE_CLAIM + "Section 3. The court shall award reasonable attorney's fees to a prevailing "
        "plaintiff; provided, however, that no peace officer shall be found liable under section "
        "1 if the officer had an objectively reasonable belief that the conduct was lawful.",
    ),
    # A share as a fraction of the judgment or of the officer's salary, one the agency "may not
    # waive": a personal share.
    (
        "start.individual_accountability",
        "yes",
        "IN",
        _LATE_CLAIM + "Section 3. An officer found liable under section 1 of this chapter shall "
        "pay to the employing agency an amount equal to one-twelfth (1/12) of the officer's "
        "annual salary, which the agency may not waive.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "KY",
        _LATE_CLAIM + "Section 3. The employer shall pay any judgment under section 1 in full. The "
        "officer shall pay to the employer one-twentieth (1/20) of the judgment or $25,000, "
        "whichever is less.",
    ),
    # The State's own immunity from suit in federal court saved beside the bar keeps no officer's
    # defense; "No monetary limit on recovery in ... any other statute applies" lifts the caps;
    # officers "of this State or of any of its political subdivisions" are every officer.
    (
        "end.law_enforcement",
        "yes",
        "NC",
        "Section 1. (a) Any law enforcement officer of this State or of any of its political "
        "subdivisions who deprives a person of a right secured by Article I of the North Carolina "
        "Constitution is liable to that person. (b) Qualified immunity is not a defense to an "
        "action under this section, except that nothing in this section waives the immunity of "
        "the State itself from suit in federal court under the Eleventh Amendment.",
    ),
    (
        "end.damage_caps",
        "yes",
        "NC",
        _LATE_CLAIM + "Section 3. No monetary limit on recovery in Article 31 of Chapter 143 of "
        "the General Statutes or any other statute applies to an action under section 1.",
    ),
    # A court that "shall strike any such defense" of qualified immunity: a bar. An officer who
    # breaks a stated duty to intervene "is not free from liability" for it: civil liability.
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        "1. a. A law enforcement officer who deprives a person of a right secured by the "
        "Constitution of this State is liable to that person. b. In an action under subsection "
        "a., the court is without discretion to deny a motion to strike a defense of qualified "
        "immunity, and shall strike any such defense.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "MI",
        _LATE_CLAIM + "Section 3. A peace officer who is present when another peace officer "
        "deprives a person of a right described in section 1, and who has a realistic "
        "opportunity to intervene, has a duty to intervene and to report the deprivation. A "
        "peace officer who fails to do either is not free from liability to the injured person "
        "for that failure.",
    ),
]


# Readings added in the morning session of 2026-12-04 (issue 14), each row in our own wording.
MORNING_READINGS = [
    # Defenses named by the provision that lists them, the participle before the noun.
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 1. A police officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to that person. Section 2. The enumerated defenses "
        "of section 4 shall not be available in an action under section 1. Section 3. This act "
        "takes effect on January 1. Section 4. Enumerated defenses. The following are the "
        "enumerated defenses: (a) qualified immunity; (b) that the officer acted in good faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "OR",
        "Section 1. A police officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to that person. Section 2. The enumerated defenses "
        "of section 4 shall not be available in an action under section 1. Section 3. This act "
        "takes effect on January 1. Section 4. Enumerated defenses. The following are the "
        "enumerated defenses: (a) failure to give notice of the claim; (b) comparative fault.",
    ),
    # Caps lifted in plain words: what can be "recovered", "your case".
    (
        "end.damage_caps",
        "yes",
        "VT",
        _LATE_CLAIM + "Section 3. No dollar limit in any law of this state on what a person can "
        "have recovered from a town or a public employee applies to your case.",
    ),
    (
        "end.damage_caps",
        "no",
        "VT",
        _LATE_CLAIM + "Section 3. The dollar limits in the law of this state on what a person "
        "can have recovered from a town or a public employee apply to your case.",
    ),
    # A class listed item by item, each with its own article: an institution named as one
    # later item's employer binds that item, not the police named first; a government named
    # there may bind every item.
    (
        "end.law_enforcement",
        "yes",
        "WI",
        'Section 1. In this act, "covered person" means a peace officer, as defined in s. 4, a '
        "probation agent employed by the department of corrections, or an employee of a public "
        "library board. Section 2. A covered person who, under color of law, deprives a person "
        "of a right secured by the constitution of this state is liable to that person. Section "
        "3. Qualified immunity is not a defense to an action under section 2.",
    ),
    (
        "end.public_employees",
        "partial",
        "WI",
        'Section 1. In this act, "covered person" means a peace officer, a probation agent '
        "employed by the department of corrections, or an employee of a charter school. Section "
        "2. A covered person who, under color of law, deprives a person of a right secured by the "
        "constitution of this state is liable to that person. Section 3. Qualified immunity is "
        "not a defense to an action under section 2.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "WI",
        'Section 1. In this act, "covered person" means a peace officer, a jailer, or a probation '
        "agent employed by a county. Section 2. A covered person who, under color of law, deprives "
        "a person of a right secured by the constitution of this state is liable to that person. "
        "Section 3. Qualified immunity is not a defense to an action under section 2.",
    ),
    # A ceiling stated as the payer's insurance, not in dollars: the bill's own cap.
    (
        "end.damage_caps",
        "no",
        "NV",
        _LATE_CLAIM + "Section 3. The limitation in NRS 41.035 does not apply to an action under "
        "section 1. Section 4. Damages recoverable in an action under section 1 shall not exceed "
        "the limits of the employing agency's liability insurance.",
    ),
    (
        "end.damage_caps",
        "yes",
        "NV",
        _LATE_CLAIM + "Section 3. The limitation in NRS 41.035 does not apply to an action under "
        "section 1. Section 4. The employing agency shall buy liability insurance for its "
        "officers.",
    ),
    # A judgment referred to the body that certifies officers: a consequence left to that body.
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. After a final judgment against a law enforcement officer under "
        "section 1, the court shall refer the judgment to the Board on Public Safety Standards and "
        "Training for whatever review the board considers proper.",
    ),
    (
        "start.individual_accountability",
        "no",
        "OR",
        _LATE_CLAIM + "Section 3. After a final judgment against a law enforcement officer under "
        "section 1, the court may refer the judgment to the district attorney of the county.",
    ),
    # An indemnity "except as provided in subsection (2)", where (2) is the officer's own share:
    # the share is what is left out, and a backstop for it makes the award whole.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. (1) Except as provided in subsection (2) of this section, the "
        "employing agency shall pay any judgment entered against its officer under section 1. "
        "(2) The officer shall personally pay two percent of the judgment or $5,000, whichever is "
        "less. (3) If the officer fails to pay that amount within 90 days, the agency shall pay "
        "the unpaid amount to the plaintiff.",
    ),
    (
        "start.full_compensation",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. (1) Except as provided in subsection (2) of this section, the "
        "employing agency shall pay any judgment entered against its officer under section 1. "
        "(2) The officer shall personally pay two percent of the judgment or $5,000, whichever is "
        "less.",
    ),
    # A payer barred from paying for bad conduct: the award is not guaranteed.
    (
        "start.full_compensation",
        "no",
        "MD",
        _LATE_CLAIM + "Section 3. (a) The county shall pay any judgment against its officer under "
        "section 1. (b) The county may not pay any part of a judgment for conduct that the jury "
        "finds was malicious.",
    ),
    # The bill's own sections set aside for some police, by number.
    (
        "end.law_enforcement",
        "partial",
        "VA",
        "§ 1-1. A law-enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Virginia is liable to that person. § 1-2. Qualified "
        "immunity is not a defense in an action under § 1-1. § 1-3. The provisions of §§ 1-1 and "
        "1-2 shall not apply to any sheriff or deputy sheriff.",
    ),
    # A tort claims act's limits kept for "an action under section 9 of this act".
    (
        "end.damage_caps",
        "no",
        "NJ",
        "9. A law enforcement officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of this State is liable to that person. Qualified immunity is not a "
        "defense. 10. An action under section 9 of this act shall be subject to the limits of "
        'damages in the "New Jersey Tort Claims Act," N.J.S.59:1-1 et seq.',
    ),
    # The recovery "limited as provided in" the cap statute "except that" the limit is higher.
    (
        "end.damage_caps",
        "partial",
        "NV",
        _LATE_CLAIM + "Section 3. In an action under section 1, an award of damages is limited as "
        "provided in NRS 41.035, except that the limit is $750,000 for each claimant.",
    ),
    # Fees mandatory in one kind of action, "each party shall bear its own" in any other.
    (
        "start.attorney_fees",
        "partial",
        "NV",
        _LATE_CLAIM + "Section 3. (1) In an action under section 1 arising from an arrest, the "
        "court shall award reasonable attorney's fees to a prevailing plaintiff. (2) In any other "
        "action under section 1, each party shall bear its own attorney's fees.",
    ),
    # A lift for one kind of damages, the rest "remain subject to" the limits.
    (
        "end.damage_caps",
        "partial",
        "RI",
        _LATE_CLAIM + "Section 3. The limits in § 9-31-3 do not apply to damages for lost wages in "
        "an action under section 1. Other damages remain subject to those limits.",
    ),
    # "An individual employed by, or an official of, a local unit of government": every local
    # public servant, no state one.
    (
        "end.public_employees",
        "partial",
        "MI",
        'Sec. 1. As used in this act, "covered individual" means an individual employed by, or an '
        "official of, a local unit of government. Sec. 2. A covered individual who, under color of "
        "law, deprives a person of a right secured by the state constitution of 1963 is liable to "
        "that person. Sec. 3. Qualified immunity is not a defense to an action under section 2.",
    ),
    # Officers "with the power of arrest", whoever employs them: the police.
    (
        "end.public_employees",
        "no",
        "NC",
        "Sec. 1. (1) Covered officer. - An officer with the power of arrest employed by any State "
        "agency or by any county or city. Sec. 2. A covered officer who, under color of law, "
        "deprives a person of a right secured by Article I of the North Carolina Constitution is "
        "liable to that person. Sec. 3. Qualified immunity is not a defense to an action under "
        "section 2.",
    ),
    # A class defined through another defined term that narrows it.
    (
        "end.law_enforcement",
        "partial",
        "SC",
        "Section 1. As used in this article: (1) 'Agency' means the police department of a "
        "municipality having a population of more than fifty thousand. (2) 'Officer' means a "
        "sworn person employed by an agency. Section 2. (A) An officer who, under color of law, "
        "deprives a person of a right secured by the Constitution of this State is liable to the "
        "person injured. (B) Qualified immunity is not available in an action under subsection "
        "(A).",
    ),
    # The act's own sections, cited by number with "of this Act", set aside for some police.
    (
        "end.law_enforcement",
        "partial",
        "OR",
        "SECTION 1. A police officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to that person. SECTION 2. Qualified immunity is not "
        "a defense in an action under section 1 of this 2027 Act. SECTION 3. Sections 1 and 2 of "
        "this 2027 Act do not apply to a member of the Oregon State Police.",
    ),
    # Struck and inserted law marked in a plain-text copy: the law as amended is read.
    (
        "start.attorney_fees",
        "yes",
        "KS",
        _LATE_CLAIM + "Section 3. K.S.A. 60-7 is amended to read as follows: In an action under "
        "section 1, the court ~~may~~ <ins>shall</ins> award reasonable attorney fees and costs "
        "to a prevailing plaintiff.",
    ),
    (
        "end.law_enforcement",
        "no",
        "DE",
        "Section 1. Amend § 4021, Title 10 as follows: (a) A law enforcement officer who, under "
        "color of law, deprives a person of a right secured by the Delaware Constitution is liable "
        "to that person. (b) <del>Qualified immunity is not a defense to an action under this "
        "section.</del> <ins>An officer is not liable under this section if the officer acted in "
        "good faith.</ins>",
    ),
    # A cap statute set aside in "neither ... nor ... shall apply".
    (
        "end.damage_caps",
        "yes",
        "KS",
        _LATE_CLAIM + "Section 3. Neither the limits in K.S.A. 75-6105 nor any other statutory "
        "limitation on damages shall apply to an action under section 1.",
    ),
    # A fee award the sentence after lets the court decline: in any case (no), or in one kind of
    # case (partial).
    (
        "start.attorney_fees",
        "no",
        "KY",
        _LATE_CLAIM + "Section 3. (1) The court shall award reasonable attorney's fees to a "
        "prevailing plaintiff in an action under section 1. (2) Notwithstanding subsection (1), "
        "the court may refuse to award fees whenever it finds that an award would be unjust.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "ME",
        _LATE_CLAIM + "Section 3. 1. Award. The court shall award reasonable attorney's fees to a "
        "prevailing plaintiff in an action under section 1. 2. Settlement offers. Notwithstanding "
        "subsection 1, the court may deny fees for work done after the plaintiff refused a "
        "settlement offer larger than the judgment.",
    ),
    # A backstop for "the employee share under subsection 1 that the employee fails to pay".
    (
        "start.full_compensation",
        "yes",
        "ME",
        _LATE_CLAIM + "Section 3. 1. An officer against whom a judgment is entered under section 1 "
        "shall pay 3% of the judgment. 2. The employer shall pay the remainder of the judgment and "
        "shall pay any portion of the officer share under subsection 1 that the officer does not "
        "pay within 60 days.",
    ),
    # A duty's breach made actionable by a subsection cited by its bare number.
    (
        "start.failure_to_intervene",
        "yes",
        "NV",
        _LATE_CLAIM + "Section 3. 1. A peace officer who sees another peace officer deprive a "
        "person of a right described in section 1 shall intervene to stop it. 2. A peace officer "
        "who violates subsection 1 is liable under section 1 for the deprivation.",
    ),
    # "The limit on damages in NRS 41.035 is $X" for these actions: a cap raised.
    (
        "end.damage_caps",
        "partial",
        "NV",
        _LATE_CLAIM + "Section 3. For an action under section 1, the limit on damages in NRS "
        "41.035 is $400,000 instead of the amount stated in that section.",
    ),
    # Final decisions opened, complaints kept closed in the sentence after: some records only.
    (
        "start.public_records",
        "partial",
        "MD",
        _LATE_CLAIM + "Section 3. A sustained finding of misconduct against an officer sued under "
        "section 1 is a public record. Complaints that were not sustained remain confidential.",
    ),
    (
        "start.public_records",
        "yes",
        "MD",
        _LATE_CLAIM + "Section 3. Complaints against an officer sued under section 1, and the "
        "findings on them, are public records.",
    ),
    # Fees mandatory for the claims of one unit, discretionary for another unit's claims.
    (
        "start.attorney_fees",
        "partial",
        "PA",
        "§ 1. (a) A police officer who, under color of law, deprives a person of a right secured by "
        "the Constitution of Pennsylvania shall be liable to that person. (b) A public employee "
        "who is not a police officer and who, under color of law, deprives a person of such a right "
        "shall be liable to that person. (c) Qualified immunity is not a defense to a claim under "
        "this section. § 2. (a) Police claims.--In an action under section 1(a), the court shall "
        "award reasonable attorney fees to a prevailing plaintiff. (b) Other claims.--In an action "
        "under section 1(b), the court may award reasonable attorney fees to a prevailing "
        "plaintiff.",
    ),
    # A defined bar that leaves a good-faith defense standing, in the definition itself.
    (
        "end.law_enforcement",
        "no",
        "NM",
        "SECTION 1. A. A peace officer who deprives a person of a right secured by the constitution "
        "of New Mexico is liable to that person. B. A barred defense shall not be raised in an "
        'action under Subsection A. SECTION 2. As used in Section 1: "barred defense" means '
        'qualified immunity. "Barred defense" does not include the defense that the officer '
        "acted in the reasonable belief that the conduct was lawful, which defense remains "
        "available in an action under Section 1.",
    ),
    # Or by leaving out an immunity the bill defines as lost only for bad faith.
    (
        "end.law_enforcement",
        "no",
        "AL",
        'Section 1. (1) "Barred defense" means qualified immunity. The term does not include '
        'officer discretion immunity. (2) "Officer discretion immunity" means the immunity of a '
        "peace officer for discretionary acts, which is lost only when the officer acted "
        "maliciously or in bad faith. Section 2. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Alabama of 2022 shall be liable to that person. Section 3. "
        "A barred defense may not be asserted in an action under Section 2.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "AL",
        'Section 1. (1) "Barred defense" means qualified immunity. The term does not include the '
        "sovereign immunity of the State itself. Section 2. A peace officer who, under color of "
        "law, deprives a person of a right secured by the Constitution of Alabama of 2022 shall be "
        "liable to that person. Section 3. A barred defense may not be asserted in an action under "
        "Section 2.",
    ),
    # One named agency's officers: some law enforcement only.
    (
        "end.law_enforcement",
        "partial",
        "WA",
        'Sec. 1. "Covered officer" means any commissioned officer of the Tacoma police department. '
        "Sec. 2. A covered officer who, under color of law, deprives a person of a right secured by "
        "the Washington Constitution is liable to that person. Sec. 3. Qualified immunity is not a "
        "defense to an action under section 2.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "WA",
        "Sec. 1. A city employee, including any commissioned officer of the Tacoma police "
        "department, who under color of law deprives a person of a right secured by the "
        "Washington Constitution is liable to that person. Sec. 2. A peace officer who under color "
        "of law deprives a person of such a right is liable to that person. Sec. 3. Qualified "
        "immunity is not a defense to an action under this act.",
    ),
    # A resolution asking another body to make the law enacts nothing.
    (
        "end.law_enforcement",
        "no",
        "MI",
        "RESOLUTION 24-9. Be it resolved by the City Commission: 1. That the City Commission urges "
        "the Michigan Legislature to enact a law providing that a peace officer who deprives a "
        "person of a right secured by the state constitution is liable to that person and that "
        "qualified immunity is not a defense to such an action.",
    ),
    (
        "end.state_constitution",
        "no",
        "OH",
        "The Board of County Commissioners hereby: 1. Supports state legislation providing that "
        "any person who, under color of law, deprives another of a right secured by the Ohio "
        "Constitution shall be liable to the person injured, and that qualified immunity shall "
        "not be a defense.",
    ),
    # Reports of what a bill or statute says, in prose, enact nothing.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "Testimony of the Public Defender. Under HB 2113, a police officer who deprives a person of "
        "a right secured by the Constitution of Virginia is liable to that person. It provides "
        "that qualified immunity is not a defense. We urge the committee to report the bill.",
    ),
    (
        "start.attorney_fees",
        "no",
        "NV",
        "Opinion of the court. The statute provides that the court shall award reasonable "
        "attorney fees to a prevailing plaintiff in an action against a peace officer who deprives "
        "a person of a right secured by the Nevada Constitution. We affirm the award below.",
    ),
    (
        "end.state_constitution",
        "no",
        "IL",
        "Commentary. First, it creates a cause of action against any peace officer who deprives "
        "another of a right secured by the Illinois Constitution. Second, it provides that "
        "qualified immunity is not a defense.",
    ),
    # A campaign's one-pager and a court's commentary on the lawmaker enact nothing.
    (
        "start.attorney_fees",
        "no",
        "OR",
        "SUPPORT HOUSE BILL 2002\nWHAT HB 2002 DOES\n[x] Any police officer who violates a "
        "right secured by the Oregon Constitution is liable.\n[x] The court SHALL AWARD "
        "REASONABLE ATTORNEY FEES to a prevailing plaintiff.\nCall your legislators today.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NV",
        "A peace officer who deprives a person of a right secured by the Nevada Constitution is "
        "liable to that person, and the Legislature could not have been clearer that qualified "
        "immunity is not a defense to that liability.",
    ),
    # A fee rule under its catch-line ("2-9-4: ATTORNEY FEES: The court shall award ...").
    (
        "start.attorney_fees",
        "yes",
        "IA",
        _LATE_CLAIM + "2-9-4: ATTORNEY FEES: The court shall award reasonable attorney fees to a "
        "claimant who prevails in an action under section 1.",
    ),
    # The payer pays "any portion for which the officer is personally liable": no share.
    (
        "start.individual_accountability",
        "no",
        "TX",
        _LATE_CLAIM + "Section 3. The city shall pay the full amount of any judgment under section "
        "1, including any portion for which the officer is personally liable.",
    ),
    # The bar's own subsection left out for some officials who are not police: every public
    # employee but some.
    (
        "end.public_employees",
        "partial",
        "WI",
        "(1) A public employee who, under color of law, deprives a person of a right secured by "
        "the Wisconsin Constitution is liable to that person. (2) Qualified immunity is not a "
        "defense in an action under sub. (1). (3) Subsection (2) does not apply to an action "
        "against a judge or a member of the legislature.",
    ),
    # "Civil rights violations" listed as relief for breaking named statutes: no constitutional
    # claim.
    (
        "end.state_constitution",
        "no",
        "SD",
        "Section 1. Any person adversely affected by any action of a county in violation of § "
        "7-18A-36 may file a lawsuit against the county for actual damages, declaratory relief, or "
        "civil rights violations. Section 2. Qualified immunity is not a defense to a lawsuit under "
        "section 1.",
    ),
    # Employees of a school corporation listed beside the police: police and some others.
    (
        "end.public_employees",
        "partial",
        "IN",
        'Sec. 1. As used in this chapter, "covered individual" means any of the following:\n(1) '
        "A police officer.\n(2) An employee of a school corporation.\nSec. 2. A covered "
        "individual who, under color of law, deprives a person of a right secured by the "
        "Constitution of the State of Indiana is liable to that person. Sec. 3. Qualified "
        "immunity is not a defense in an action under this chapter.",
    ),
]


# Readings added on the afternoon of 2026-12-04 (issue 14), each row in our own wording.
AFTERNOON_READINGS = [
    # Struck words inside the subject phrase: the words left read as one phrase.
    (
        "end.public_employees",
        "yes",
        "KS",
        "Section 1. K.S.A. 60-5001 is amended to read: 60-5001. (a) Any ~~law enforcement "
        "officer employed by a city~~ person who, acting under color of law, deprives another of "
        "a right secured by the constitution of this state is liable to the person injured, and "
        "an officer who fails to intervene to stop such a deprivation is liable as well. (b) "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "end.public_employees",
        "no",
        "KS",
        "Section 1. K.S.A. 60-5001 is amended to read: 60-5001. (a) Any ~~person~~ law "
        "enforcement officer who, acting under color of law, deprives another of a right secured "
        "by the constitution of this state is liable to the person injured. (b) Qualified "
        "immunity is not a defense to an action under this section.",
    ),
    # A ballot pamphlet's summary, arguments and fiscal estimate are not the measure.
    (
        "start.individual_accountability",
        "no",
        "OR",
        "BALLOT TITLE\nLets people sue officers who violate state constitutional rights; officers "
        "pay part of every award personally\n\nARGUMENT IN FAVOR: The officer who violates your "
        "rights will pay out of pocket.\n\nTEXT OF MEASURE\n\nBe It Enacted by the People of the "
        "State of Oregon:\n\nSECTION 1. A peace officer who, under color of law, deprives a "
        "person of a right secured by the Oregon Constitution is liable to the person injured. "
        "Qualified immunity is not a defense. SECTION 2. The public body that employs the "
        "officer shall pay the whole of any judgment against the officer.",
    ),
    (
        "end.state_constitution",
        "partial",
        "FL",
        "CONSTITUTIONAL AMENDMENT PETITION FORM\n\nFULL TEXT OF THE PROPOSED AMENDMENT:\n"
        "ARTICLE I, SECTION 28 is created to read:\n"
        "SECTION 28. (a) Every officer and employee of the state or of any political subdivision "
        "who under color of law deprives a natural person of a right protected by Section 2, 9, "
        "or 12 of this Article shall be liable to that person for damages.\n(b) No officer or "
        "employee shall be immune from liability under this section on the ground of qualified "
        "immunity.\n\nBALLOT SUMMARY: Allows any person to sue any official who violates any of "
        "the person's constitutional rights and ends qualified immunity.",
    ),
    # "This article" in an amendment that adds a section to a constitution's bill of rights.
    (
        "end.state_constitution",
        "yes",
        "MI",
        "A PROPOSAL TO AMEND THE STATE CONSTITUTION\n\n(Article 1 is amended by adding a new "
        "section 29, to read as follows:)\n\nSec. 29. (1) Any person who, under color of law, "
        "deprives another person of a right secured by this article shall be liable to the "
        "person injured. (2) Qualified immunity shall not be available in a proceeding under "
        "this section.",
    ),
    (
        "end.state_constitution",
        "no",
        "MI",
        "A BILL to amend the revised judicature act.\n\nArticle 1 of chapter 29 is amended by "
        "adding section 2951, to read as follows:\n\nSec. 2951. (1) Any person who, under color "
        "of law, deprives another person of a right secured by this article shall be liable to "
        "the person injured. (2) Qualified immunity shall not be available in a proceeding under "
        "this section.",
    ),
    # "No law limiting the amount of damages ... shall apply": the caps named by what they do.
    (
        "end.damage_caps",
        "yes",
        "PA",
        _LATE_CLAIM + "Section 3. No law limiting the amount of damages recoverable against the "
        "Commonwealth, a local agency or an officer or employee of either shall apply to an "
        "action under section 1.",
    ),
    (
        "end.damage_caps",
        "no",
        "PA",
        _LATE_CLAIM + "Section 3. No statute of limitations shall apply to an action under "
        "section 1 that is brought by a person who was a minor when the deprivation occurred.",
    ),
    # "No officer or employee shall be immune": a government's people generally.
    (
        "end.public_employees",
        "yes",
        "FL",
        "Section 1. Every officer and employee of the state and of any political subdivision who, "
        "under color of law, deprives a person of a right secured by the State Constitution "
        "shall be liable to that person. Section 2. No officer or employee shall be immune from "
        "liability under this act on the ground of qualified immunity.",
    ),
    # A constitution's charge to the legislature to provide a claim gives none itself.
    (
        "end.state_constitution",
        "no",
        "AK",
        "Section 1. Article I, Constitution of the State of Alaska, is amended by adding a new "
        "section to read: Section 26. The legislature shall provide by law a civil action for "
        "damages against any public officer or employee who, under color of law, deprives a "
        "person of a right secured by this constitution.",
    ),
    (
        "end.state_constitution",
        "yes",
        "AK",
        "Section 1. Article I, Constitution of the State of Alaska, is amended by adding a new "
        "section to read: Section 26. Any public officer or employee who, under color of law, "
        "deprives a person of a right secured by this constitution is liable to the person "
        "injured. The legislature may provide by law for the procedure in such actions.",
    ),
    # "... so that subsection (a) reads: '...'": the bill giving its text, not a report.
    (
        "end.state_constitution",
        "yes",
        "DE",
        'Section 1. Section 8301 of Title 10 is amended by striking "law-enforcement officer" '
        'wherever it appears and inserting "public employee", so that subsection (a) reads: '
        '"(a) A public employee who, under color of law, deprives a person of a right secured '
        'by the Delaware Constitution is liable to the person injured." Section 2. Section 8301 '
        'is further amended by adding: "(b) Qualified immunity is not a defense to an action '
        'under this section."',
    ),
    # "Five per cent" is "five percent".
    (
        "start.individual_accountability",
        "yes",
        "OH",
        _LATE_CLAIM + "Section 3. If the employer finds, after a hearing, that the officer acted "
        "in bad faith, the employer shall require the officer to pay five per cent of the "
        "judgment or twenty-five thousand dollars, whichever is less.",
    ),
    # "The remainder and any part of the officer's share that the officer does not pay": the
    # whole award.
    (
        "start.full_compensation",
        "yes",
        "CA",
        _LATE_CLAIM + "Section 3. (a) An officer found liable under section 1 shall pay five "
        "percent of the judgment or $25,000, whichever is less. (b) The employing agency shall "
        "pay the remainder of the judgment, and shall pay any portion of the officer's share that "
        "the officer has not paid within 60 days after the judgment becomes final.",
    ),
    (
        "start.full_compensation",
        "partial",
        "CA",
        _LATE_CLAIM + "Section 3. (a) An officer found liable under section 1 shall pay five "
        "percent of the judgment or $25,000, whichever is less. (b) The employing agency shall "
        "pay the remainder of the judgment.",
    ),
    # A class defined through another defined term that narrows it (a city size).
    (
        "end.law_enforcement",
        "partial",
        "TX",
        'Sec. 1. In this chapter: (1) "Covered municipality" means a municipality with a '
        'population of more than 500,000. (2) "Peace officer" means a person described by Article '
        "2A.001, Code of Criminal Procedure, who is employed by a covered municipality. Sec. 2. A "
        "peace officer who, under color of law, deprives a person of a right secured by the Texas "
        "Constitution is liable to the person injured. Sec. 3. Qualified immunity is not a "
        "defense to an action under this chapter.",
    ),
    # "A local agency" is local government: state and local officers together are all of them.
    (
        "end.law_enforcement",
        "yes",
        "PA",
        "Section 1. An officer, employee or agent of the Commonwealth or of a local agency who is "
        "authorized to make arrests and who, under color of law, deprives a person of a right "
        "secured by the Constitution of Pennsylvania is liable to the person injured. Section 2. "
        "Qualified immunity is not a defense to an action under section 1.",
    ),
    # One section of a constitution numbered by sections alone is one right.
    (
        "end.state_constitution",
        "no",
        "KY",
        "Section 1. Any peace officer who, under color of law, deprives a person of the right "
        "under Section 10 of the Constitution of Kentucky to be secure from unreasonable searches "
        "and seizures shall be liable to that person. Section 2. Qualified immunity is not a "
        "defense to an action under this section.",
    ),
    # A list of classes whose only employees are a school board's, with the employer after the
    # list: police and some others.
    (
        "end.public_employees",
        "partial",
        "NC",
        'Section 1. In this Chapter, "covered employee" means a law enforcement officer, a '
        "detention officer, or an employee "
        "of a local board of education, employed by the State or by a unit of local government.\n"
        "Section 2. A covered employee who, under color of law, deprives a person of a right "
        "guaranteed by Article I of the North Carolina Constitution is liable to the person. "
        "Section 3. Qualified immunity is not a defense to an action under this Chapter.",
    ),
    # A draft's blank for a fee ceiling is a ceiling.
    (
        "start.attorney_fees",
        "partial",
        "IL",
        _LATE_CLAIM + "Section 3. In an action under section 1, the court shall award a "
        "prevailing plaintiff reasonable attorney fees and costs, not to exceed $________.",
    ),
    # A superseded version in a working file is not the draft.
    (
        "end.public_employees",
        "no",
        "RI",
        "========== Version 1 (superseded 1/28) ==========\nSECTION 1. Any person who, under "
        "color of law, deprives another of any right secured by the constitution of this state "
        "is liable to the injured party. Qualified immunity is not a defense.\n\n========== "
        "Version 2 (current) ==========\nSECTION 1. A law enforcement officer who, under color "
        "of law, deprives a person of a right secured by the constitution of this state is "
        "liable to the injured party. Qualified immunity shall not be a defense.",
    ),
    # A discretionary sum "toward the judgment" is a narrow consequence.
    (
        "start.individual_accountability",
        "partial",
        "DE",
        _LATE_CLAIM + "Section 3. If the employing agency finds that the officer acted in bad "
        "faith, it may require the officer to pay not more than $1,000 toward the judgment.",
    ),
    # Open alternatives: a criterion is met only when every alternative meets it.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 10. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Illinois is liable to the injured person.\n"
        "Section 15. Defenses.\n[ALTERNATIVE A: Qualified immunity is not a defense to liability "
        "under this Act.]\n[ALTERNATIVE B: It is a defense to liability for damages under this Act "
        "that the peace officer reasonably believed, in good faith, that the conduct was "
        "lawful.]",
    ),
    (
        "start.full_compensation",
        "yes",
        "MD",
        "5-3C-02. A LAW ENFORCEMENT OFFICER WHO, UNDER COLOR OF LAW, DEPRIVES A PERSON OF A RIGHT "
        "SECURED BY THE MARYLAND DECLARATION OF RIGHTS IS LIABLE TO THE PERSON. QUALIFIED "
        "IMMUNITY IS NOT A DEFENSE.\n5-3C-04.\n  [ALTERNATIVE A: THE EMPLOYING UNIT SHALL "
        "INDEMNIFY THE LAW ENFORCEMENT OFFICER FOR THE FULL AMOUNT OF A JUDGMENT OR SETTLEMENT "
        "UNDER THIS SUBTITLE.]\n  [ALTERNATIVE B: THE STATE TREASURER SHALL PAY FROM THE LAW "
        "ENFORCEMENT LIABILITY FUND THE WHOLE OF ANY JUDGMENT OR SETTLEMENT UNDER THIS SUBTITLE, "
        "INCLUDING ANY AMOUNT FOR WHICH AN OFFICER IS PERSONALLY LIABLE AND DOES NOT PAY.]",
    ),
    # The officer's employer sued beside the officer, in a list that ends "or against both".
    (
        "end.public_employees",
        "no",
        "OR",
        "SECTION 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person injured. (2) The action may "
        "be brought against the peace officer, against the public body that employs the peace "
        "officer, or against both. SECTION 2. Qualified immunity is not a defense.",
    ),
    # Discipline the certifying body may weigh, or sanctions it may impose: discretionary.
    (
        "start.individual_accountability",
        "partial",
        "FL",
        _LATE_CLAIM + "Section 3. A final judgment against an officer under section 1 shall be "
        "reported by the clerk of the court to the Criminal Justice Standards and Training "
        "Commission, which may consider the judgment in "
        "determining whether to take disciplinary action under s. 943.1395.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "VT",
        _LATE_CLAIM + "Section 3. The Council may review the judgment to determine whether the "
        "officer engaged in unprofessional conduct and may impose sanctions under 20 V.S.A. "
        "chapter 151.",
    ),
    # A scan's misread of the doctrine's name ("qualifled") is the doctrine.
    (
        "end.law_enforcement",
        "yes",
        "NV",
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Nevada Constitution is liable to the person injured. Section 2. Qualifled "
        "immunity is not a defense to an action under section 1.",
    ),
    # New York's sponsor memo, by its fields, describes a bill and enacts nothing.
    (
        "start.attorney_fees",
        "no",
        "NY",
        "BILL NUMBER: S999\nSPONSOR: SMITH\n\nTITLE OF BILL:\nAn act to amend the civil rights "
        "law, in relation to providing a civil action for deprivation of rights\n\nPURPOSE:\nTo "
        "end the defense of qualified immunity.\n\nSUMMARY OF PROVISIONS:\nSection 1 adds a new "
        "section 79-z of the Civil Rights Law. A public employee who deprives a person of a right "
        "secured by the state constitution shall be liable to the person injured. Qualified "
        "immunity shall not be a defense. The court shall award reasonable attorney fees and "
        "costs to the prevailing plaintiff.\n\nFISCAL IMPLICATIONS:\nNone.",
    ),
    # A company that hires officers, liable for them, is a private defendant.
    (
        "end.damage_caps",
        "no",
        "WA",
        "Sec. 11. The corporation procuring a commission of any railroad police shall be solely "
        "responsible for the compensation for the officer's services and shall be liable civilly "
        "for any unlawful act of the officer.",
    ),
    # "It shall, however, be an affirmative defense ... good faith": the defense survives.
    (
        "end.law_enforcement",
        "no",
        "NY",
        "Section 1. A public employee who, under color of law, deprives any person of a right "
        "secured by the constitution of this state shall be liable to the person injured. The "
        "doctrine of qualified immunity shall not apply to an action under this section. It "
        "shall, however, be an affirmative defense to an action for damages under this section "
        "that the public employee acted in good faith and with a reasonable belief that his or "
        "her conduct was lawful.",
    ),
    # Bad faith that only moves the officer's share to the officer, with nothing behind it.
    (
        "start.full_compensation",
        "partial",
        "WA",
        _LATE_CLAIM + "Section 3. The employer of an officer shall pay any judgment or settlement "
        "entered against the officer under section 1; except that, if the employer finds that the "
        "officer acted in bad faith, the officer shall be personally liable for two percent of "
        "the judgment or ten thousand dollars, whichever is less, and the employer shall not pay "
        "that portion.",
    ),
    # Discipline of a "member" of the state police, and a judgment as cause for discipline.
    (
        "start.individual_accountability",
        "yes",
        "NY",
        _LATE_CLAIM + "Section 3. Upon a final judgment against a member of the state police under "
        "section 1, the superintendent shall commence disciplinary proceedings against the member.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "MO",
        _LATE_CLAIM + "Section 3. A final judgment against an officer under section 1 shall "
        "constitute cause for discipline of the officer.",
    ),
    # An amendment's quoted title ("entitled "AN ACT ... civil action ...", is amended as
    # follows:") gives no claim.
    (
        "end.state_constitution",
        "no",
        "NY",
        'AMENDMENT TO SENATE BILL NO. 5217--A\nSenate Bill No. 5217--A, entitled "AN ACT to amend '
        "the civil rights law, in relation to a civil action for the deprivation of rights by "
        'police officers", is amended as follows:\nOn page 2, line 3, strike out "shall '
        'award" and insert "may award".',
    ),
    # Ohio's "Chapter 2744. and section 9.86" ends no sentence.
    (
        "end.law_enforcement",
        "yes",
        "OH",
        "Sec. 2307.95. (A) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Ohio Constitution is liable to the person injured. (B) Qualified immunity, "
        "and the immunities conferred by Chapter 2744. and section 9.86 of the Revised Code, are "
        "not defenses to an action under this section.",
    ),
    # A share backed by the payer "where it cannot be collected".
    (
        "start.full_compensation",
        "yes",
        "NY",
        _LATE_CLAIM + "Section 3. The state shall indemnify the officer for any judgment or "
        "settlement under section 1, except that the officer shall be personally liable for, and "
        "shall not be indemnified for, five percent of the judgment or twenty-five thousand "
        "dollars, whichever is less; provided that where such portion cannot be collected from "
        "the officer, the state shall pay it so that the full amount is satisfied.",
    ),
    # An immunity that "shall remain available to" an employee who acted in good faith.
    (
        "end.law_enforcement",
        "no",
        "MO",
        "Section 1. Any public employee who, under color of law, deprives any person of any right "
        "secured by the Constitution of Missouri shall be liable to the person injured. 2. "
        "Qualified immunity shall not be a defense to an action under this section. However, "
        "official immunity shall remain available to a public employee who proves that he or she "
        "acted in good faith and with a reasonable belief that the conduct was lawful.",
    ),
    # A board that "may, in its discretion, initiate proceedings to decertify".
    (
        "start.individual_accountability",
        "partial",
        "IL",
        _LATE_CLAIM + "Section 3. When a judgment is entered under section 1 against an officer, "
        "the clerk shall send a copy to the Training and Standards Board, which shall review the "
        "judgment and may, in its discretion, initiate proceedings to decertify the officer.",
    ),
    # "Except for the officer's share under subsection 5": partial without a payer behind it.
    (
        "start.full_compensation",
        "partial",
        "OR",
        _LATE_CLAIM + "Section 3. (1) An officer found liable under section 1 shall pay five "
        "percent of the judgment or $25,000, whichever is less. (2) Except for the officer's "
        "share under subsection (1), the employing agency shall indemnify the officer for the "
        "judgment.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _LATE_CLAIM + "Section 3. (1) An officer found liable under section 1 shall pay five "
        "percent of the judgment or $25,000, whichever is less. (2) Except for the officer's share "
        "under subsection (1), the employing agency shall indemnify the officer for the judgment. "
        "(3) The employing agency shall pay any part of the officer's share that the officer "
        "fails to pay within 90 days.",
    ),
    # A definition opened "means:" and listed by number, every police officer among its items.
    (
        "end.law_enforcement",
        "yes",
        "MD",
        '(A) IN THIS SECTION, "COVERED OFFICER" MEANS: (1) A LAW ENFORCEMENT OFFICER OF THE STATE, '
        "A COUNTY, OR A MUNICIPAL CORPORATION; (2) A CORRECTIONAL OFFICER; OR (3) A PAROLE AND "
        "PROBATION AGENT. (B) A COVERED OFFICER WHO, UNDER COLOR OF LAW, DEPRIVES AN INDIVIDUAL OF "
        "A RIGHT SECURED BY THE MARYLAND DECLARATION OF RIGHTS IS LIABLE TO THE INDIVIDUAL. (C) "
        "QUALIFIED IMMUNITY IS NOT A DEFENSE TO AN ACTION UNDER THIS SECTION.",
    ),
    # A bar on "any immunity" that keeps only judges' and lawmakers' absolute immunities.
    (
        "end.law_enforcement",
        "yes",
        "KS",
        "(c) A public employee who, under color of law, deprives any person of a right secured by "
        "the bill of rights of the constitution of the state of Kansas shall be liable to the "
        "person injured. (d) Any immunity, whether conferred by statute or recognized at common "
        "law, is not a defense to an action under this section, except that: (1) a judge retains "
        "absolute immunity for acts performed in a judicial capacity; and (2) a member of the "
        "legislature retains the immunity for speech or debate in either house.",
    ),
    (
        "end.law_enforcement",
        "no",
        "KS",
        "(c) A public employee who, under color of law, deprives any person of a right secured by "
        "the bill of rights of the constitution of the state of Kansas shall be liable to the "
        "person injured. (d) Any immunity, whether conferred by statute or recognized at common "
        "law, is not a defense to an action under this section, except that a law enforcement "
        "officer retains qualified immunity for acts performed in good faith.",
    ),
    # A risk pool that "shall satisfy in full any judgment".
    (
        "start.full_compensation",
        "yes",
        "ID",
        _LATE_CLAIM + "Section 3. The risk pool of the employing agency shall satisfy in full any "
        "judgment or settlement entered against an officer in an action under section 1, "
        "including any portion of the judgment that the officer is unable to pay.",
    ),
    # Records that "shall be public ... by any person".
    (
        "start.public_records",
        "yes",
        "NY",
        _LATE_CLAIM + "Section 3. Every complaint, judgment and settlement agreement in an action "
        "under section 1 shall be public and shall be made available for inspection and copying "
        "by any person.",
    ),
]


# Readings of the session of 2026-12-04 (late afternoon), each in wording of our own.
CLAIM_OR = (
    "Section 1. (a) A peace officer who, under color of law, deprives a person of a right secured "
    "by the Oregon Constitution is liable to the person injured. "
)
# A claim and a bar for elected officials only, police left out by the definition.
ELECTED_OFFICIALS_ONLY = (
    '§ 8571. "Elected official." An individual elected to an office of the Commonwealth or of a '
    "political subdivision. The term does not include a sheriff or any other officer whose duties "
    "include the enforcement of criminal law. § 8572. An elected official who, under color of law, "
    "deprives another person of any right secured by the Constitution of Pennsylvania shall be "
    "liable to the person injured. § 8573. Qualified immunity shall not be a defense to an action "
    "under this subchapter."
)
CLOSING_READINGS = [
    # A closed list of the defenses left in a rights action, the doctrine not among them.
    (
        "end.law_enforcement",
        "yes",
        "NV",
        "Section 1. 1. Any person who, under color of law, deprives another of a right secured by "
        "the Constitution of this State is liable to the person injured. 2. The only defenses to "
        "an action under this section are that the action was not timely commenced and that the "
        "defendant did not act under color of law.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person injured. (2) A defendant may "
        "raise only the following defenses to an action under this section: (a) that the claim is "
        "untimely; (b) that the claim was finally decided in an earlier action; (c) that the "
        "defendant is a judge and the act complained of was a judicial act.",
    ),
    # The list keeps good faith: the doctrine's work survives.
    (
        "end.law_enforcement",
        "no",
        "NV",
        "Section 1. 1. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of this State is liable to the person injured. 2. The "
        "defenses available to a defendant in an action under this section are limited to the "
        "following: (a) that the action is untimely; (b) that the officer acted in good faith "
        "and reasonably believed the conduct was lawful.",
    ),
    # A wage statute's closed list of an employer's defenses bars nothing of officers'.
    (
        "end.law_enforcement",
        "no",
        "NV",
        "Section 1. 1. An employer who fails to pay wages when due is liable to the employee in "
        "a civil action under this section. 2. The defenses available to an employer in an "
        "action under this section are limited to the following: (a) payment; (b) that the "
        "action is untimely.",
    ),
    # One cap statute set aside, the state's other kept for some of the same claims.
    (
        "end.damage_caps",
        "partial",
        "MD",
        "SECTION 1. (a) A law enforcement officer who, under color of law, deprives an "
        "individual of a right secured by the Maryland Declaration of Rights is liable to the "
        "individual. (b) Qualified immunity is not a defense to an action under this section. "
        "(c) The limits on liability in § 5-303 of the Courts Article do not apply to a claim "
        "under this section against a county or municipality. (d) A claim under this section "
        "against the State shall remain subject to § 12-104 of the State Government Article.",
    ),
    (
        "end.damage_caps",
        "yes",
        "MD",
        "SECTION 1. (a) A law enforcement officer who, under color of law, deprives an "
        "individual of a right secured by the Maryland Declaration of Rights is liable to the "
        "individual. (b) Qualified immunity is not a defense to an action under this section. "
        "(c) The limits on liability in § 5-303 of the Courts Article and § 12-104 of the State "
        "Government Article do not apply to a claim under this section, and a claim under this "
        "section is not subject to § 12-104 of the State Government Article.",
    ),
    # A tenant's claim against landlords, governments and their people left out: no officer sued.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 5. (a) A landlord, property manager, or any person acting on a landlord's behalf "
        "who interferes by threats with a tenant's exercise of any right secured by the "
        "Constitution of this State shall be liable to the tenant. (b) It is not a defense to an "
        "action under this Section that the landlord believed in good faith that the conduct was "
        "lawful. (c) Nothing in this Section applies to a unit of local government or to any "
        "officer or employee thereof.",
    ),
    # A definition's body under its heading names an action and gives none.
    (
        "end.state_constitution",
        "no",
        "AL",
        "Section 1. For the purposes of this act: (1) COVERED SUIT. A civil action for damages "
        "against a peace officer arising out of the officer's duties, including one alleging the "
        "deprivation of a right secured by the Constitution of Alabama. Section 2. A plaintiff in "
        "a covered suit shall post a bond of $2,000. Section 3. Nothing in this act creates a "
        "cause of action.",
    ),
    # A helper's immunity, limited by division: no cap lifted.
    (
        "end.damage_caps",
        "no",
        "OH",
        "Sec. 2305.50. (B) A person who in good faith assists a law enforcement officer at the "
        "officer's request is not liable in damages for any injury arising from the assistance. "
        "(C) The immunity granted by division (B) of this section does not apply to a person paid "
        "for the assistance.",
    ),
    # A waiver's test of the State's liability is no share the officer pays.
    (
        "start.individual_accountability",
        "no",
        "ND",
        "Section 1. The state is liable for an injury caused by the wrongful act of a state "
        "employee within the scope of employment under circumstances in which the employee would "
        "be personally liable to a claimant under the laws of this state.",
    ),
    # A summary of the reports held to aggregates publishes no officer's record.
    (
        "start.public_records",
        "no",
        "IL",
        CLAIM_OR.replace("Oregon", "Illinois")
        + "(b) Each employing agency shall report each judgment and settlement under this Section "
        "to the Board. (c) The Board shall publish each year on its website a summary of the "
        "reports received under this Section, stated only in aggregate totals by county.",
    ),
    # Discipline forbidden, not imposed.
    (
        "start.individual_accountability",
        "no",
        "NJ",
        CLAIM_OR.replace("Oregon", "New Jersey")
        + "(b) No law enforcement officer shall be subject to discipline or decertification as a "
        "result of a judgment under this section. (c) A judgment under this section shall not be "
        "admissible in any disciplinary proceeding against the officer.",
    ),
    # One kind of loss freed from its limit: the rest of the cap statute stays.
    (
        "end.damage_caps",
        "partial",
        "NJ",
        CLAIM_OR.replace("Oregon", "New Jersey")
        + "(b) Qualified immunity is not a defense to an action under this section. (c) The "
        "provisions of N.J.S.59:9-2 limiting recovery for pain and suffering shall not apply to "
        "an action under this section.",
    ),
    # Bars by procedure and in plain words.
    (
        "end.law_enforcement",
        "yes",
        "NV",
        CLAIM_OR.replace("Oregon", "Nevada")
        + "(b) No court of this State shall decline to hear an action under this section on the "
        "ground that the right was not clearly established when the officer acted.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "VT",
        "Sec. 1. (a) You may sue a police officer who violated any of your rights under the Vermont "
        "Constitution. (b) The officer cannot get the case thrown out by showing that the officer "
        "honestly and reasonably thought the conduct was allowed.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "SC",
        CLAIM_OR.replace("Oregon", "South Carolina")
        + "(b) No officer sued under this section may be heard to claim, as a ground for immunity, "
        "that the officer acted in the reasonable belief that the conduct was lawful.",
    ),
    # "is required to pay the full amount": a duty to pay the whole award.
    (
        "start.full_compensation",
        "yes",
        "SC",
        CLAIM_OR.replace("Oregon", "South Carolina")
        + "(b) The governmental entity that employed the officer is required to pay the full "
        "amount of any judgment or settlement against the officer under this section, without "
        "regard to the officer's ability to pay.",
    ),
    # Failing to intervene named as one way of causing the deprivation.
    (
        "start.failure_to_intervene",
        "partial",
        "OH",
        "Sec. 2744.20. (A) Any officer or employee of the state or of a political subdivision who, "
        "under color of law, deprives any person of a right secured by Article I of the Ohio "
        "Constitution, whether by act or by omission, including the omission of an officer to "
        "intervene when another officer commits the deprivation, is liable to the person injured.",
    ),
    # A fee ceiling written in words.
    (
        "start.attorney_fees",
        "partial",
        "OH",
        "Sec. 2744.20. (A) Any officer or employee of the state or of a political subdivision who, "
        "under color of law, deprives any person of a right secured by Article I of the Ohio "
        "Constitution is liable to the person injured. (B) The court shall award a prevailing "
        "plaintiff costs and reasonable attorney's fees not exceeding twenty-five thousand "
        "dollars.",
    ),
    # The State's bodies and the local ones, and the people of either: every public employee.
    (
        "end.public_employees",
        "yes",
        "OH",
        "Sec. 2744.20. (A) Any political subdivision, state agency, or officer or employee of "
        "either, that, under color of law, deprives any person of a right secured by Article I of "
        "the Ohio Constitution is liable to the person injured. (B) No immunity, whether called "
        "qualified immunity or otherwise, is available in an action under division (A).",
    ),
    # A lift withdrawn by its label for claims against the State.
    (
        "end.damage_caps",
        "partial",
        "SC",
        "Section 15-78-230. (A) An employee who under color of law deprives a person of a right "
        "secured by Article I of the Constitution of this State is liable to that person. (B) "
        "Qualified immunity is not a defense to an action under this section. (C) The limitations "
        "on liability set forth in Section 15-78-120 do not apply to an action under this "
        "section. (D) Subsection (C) does not apply to an action against the State.",
    ),
    # The officer's share limited in words is not a cap on the award.
    (
        "end.damage_caps",
        "yes",
        "MO",
        "Section 1. 1. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Missouri Constitution is liable to the person injured. 2. Qualified "
        "immunity is not a defense to an action under this section. 3. The limits in section "
        "537.610 do not apply to an action under this section. 4. If the board finds that the "
        "officer acted with actual malice, the officer shall pay a portion of the judgment not "
        "exceeding ten thousand dollars.",
    ),
    # Payment stated in the indicative: "bears the cost", "is responsible for the entire amount".
    (
        "start.full_compensation",
        "yes",
        "IL",
        CLAIM_OR.replace("Oregon", "Illinois")
        + "(b) The unit of local government that employs the officer bears the cost of any "
        "judgment or settlement under this Section in full, including any portion the officer "
        "does not pay.",
    ),
    (
        "start.full_compensation",
        "yes",
        "CO",
        CLAIM_OR.replace("Oregon", "Colorado")
        + "(b) The officer's employer is responsible for the entire amount of any judgment; "
        "except that, if the employer finds the officer acted in bad faith, the officer shall "
        "personally pay five percent of the judgment. The employer shall satisfy any portion "
        "that the officer is unable to pay.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "SEC. 2. (a) Any person who, under color of law, deprives another of a right secured by "
        "the Constitution is liable to the person injured. (b) Qualified immunity is not a "
        "defense to an action under this section. (c) A unit of government that employs a "
        "defendant shall indemnify the defendant in full for any judgment or settlement under "
        "this section.",
    ),
    # A plain-words claim and bar.
    (
        "end.law_enforcement",
        "yes",
        "NY",
        "§ 1. 1. Any police officer who violates a right protected by the constitution of this "
        "state must pay the person harmed for the harm done. 2. The officer cannot avoid paying "
        "by showing that the officer thought the conduct was allowed.",
    ),
    # An exception that points at a discretionary share owes nothing of its own.
    (
        "start.individual_accountability",
        "partial",
        "NY",
        "§ 1. 1. Any police officer who violates a right protected by the constitution of this "
        "state is liable to the person injured. 2. The employer bears the cost of the judgment, "
        "except any part the court orders the officer to pay personally under subdivision three. "
        "3. The court may order the officer to pay personally up to one thousand dollars.",
    ),
    # Bars by what no ruling may rest on, and by a rule of construction.
    (
        "end.law_enforcement",
        "yes",
        "NV",
        CLAIM_OR.replace("Oregon", "Nevada")
        + "(b) In an action under this section, neither an order granting summary judgment nor a "
        "verdict may rest on the ground that the right was not clearly established.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NC",
        CLAIM_OR.replace("Oregon", "North Carolina")
        + "(b) No provision of law shall be construed to permit a defendant in an action under "
        "this section to avoid liability by asserting that the defendant acted in good faith.",
    ),
    # The doctrine abolished, a good-faith defense created in the next breath.
    (
        "end.law_enforcement",
        "no",
        "IN",
        "Sec. 1. A public employee who, under color of law, deprives a person of a right under "
        "the Constitution of the State of Indiana is liable to the person. Sec. 2. Qualified "
        "immunity is abolished for claims under this chapter. However, it is an affirmative "
        "defense that the public employee acted with a good faith belief that the conduct was "
        "lawful.",
    ),
    # A bar for force claims only, the claim for every right.
    (
        "end.law_enforcement",
        "no",
        "KY",
        CLAIM_OR.replace("Oregon", "Kentucky")
        + "(b) In an action under this section alleging the use of excessive force, qualified "
        "immunity shall not be a defense.",
    ),
    # The employer bound to take the officer's share.
    (
        "start.individual_accountability",
        "yes",
        "MA",
        CLAIM_OR.replace("the Oregon Constitution", "the Declaration of Rights")
        + "(b) The employer shall require the officer to contribute one-twentieth of any judgment "
        "against the officer, but not more than ten thousand dollars.",
    ),
    # Lifts in other words; a cap restated in words; one right of a bill of rights.
    (
        "end.damage_caps",
        "yes",
        "DE",
        CLAIM_OR.replace("Oregon", "Delaware")
        + "(b) Qualified immunity is not a defense to an action under this section. (c) No "
        "statute limiting damages or the State's liability, including Chapter 40 of Title 10, "
        "limits recovery in an action under this section.",
    ),
    (
        "end.damage_caps",
        "partial",
        "IA",
        CLAIM_OR.replace("Oregon", "Iowa")
        + "(b) Qualified immunity is not a defense to an action under this section. (c) For a "
        "claim under this section, any limit on damages in chapter 670 is two million dollars.",
    ),
    (
        "end.state_constitution",
        "no",
        "KS",
        "Section 1. (a) Any public employee who under color of law deprives a person of the "
        "liberty of speech secured by section 11 of the Kansas bill of rights is liable to that "
        "person. (b) Qualified immunity is not available as a defense in an action under this "
        "section.",
    ),
    (
        "start.public_records",
        "partial",
        "RI",
        CLAIM_OR.replace("Oregon", "Rhode Island")
        + "(b) Body-worn camera recordings of the incident shall be released to the plaintiff and "
        "the public upon the filing of an action under this section.",
    ),
    # Traps: fees to the one sued; a road-defect immunity limited; no claim created.
    (
        "start.attorney_fees",
        "no",
        "SD",
        "Section 1. A person who assists a law enforcement officer at the officer's request is "
        "immune from civil liability for acts done in good faith. Section 2. In any civil action "
        "against an assisting person, the court shall award reasonable attorney fees and costs "
        "to the assisting person if the court finds that the person is immune under section 1.",
    ),
    (
        "end.law_enforcement",
        "no",
        "FL",
        "Section 1. (1) A public entity is liable for injury caused by a dangerous condition of "
        "its roads. (2) The immunity provided in paragraph (1)(d) for discretionary functions "
        "shall not apply to the failure to repair or warn of a defect of which the entity had "
        "actual notice.",
    ),
    (
        "start.full_compensation",
        "no",
        "ME",
        "Sec. 1. 25 MRSA §2804-J is enacted to read: A law enforcement officer who witnesses "
        "excessive force shall intervene. Sec. 2. 25 MRSA §2804-K is enacted to read: §2804-K. No "
        "civil liability created. Nothing in section 2804-J creates a civil cause of action "
        "against a law enforcement officer or a governmental entity.",
    ),
    # Caps kept for some defendants beside the lift.
    (
        "end.damage_caps",
        "partial",
        "NJ",
        CLAIM_OR.replace("Oregon", "New Jersey")
        + "(b) Qualified immunity is not a defense to an action under this section. (c) The New "
        "Jersey Tort Claims Act shall not apply to an action under this section, except that the "
        "limitations on recovery in N.J.S.59:9-2 shall continue to apply to any judgment "
        "against the State.",
    ),
    (
        "end.damage_caps",
        "partial",
        "TX",
        "Sec. 1. (a) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Texas Constitution is liable to the person. (b) Qualified immunity is not "
        "a defense to an action under this chapter. (c) The limits of liability prescribed by "
        "Section 101.023 do not apply to a judgment against an officer in an action under this "
        "chapter. (d) Notwithstanding Subsection (c), Section 101.023 applies to any judgment "
        "against the department itself in an action under this chapter.",
    ),
    # Judges' and lawmakers' absolute immunity left standing: the bar stays whole.
    (
        "end.public_employees",
        "yes",
        "DE",
        "§ 1. (a) A person acting under color of law who deprives another of a right secured by "
        "the Constitution of the State of Delaware is liable to the person injured. (b) No "
        "immunity, including qualified immunity, shall be available in an action under this "
        "section. (c) Subsection (b) does not apply to the absolute immunity of a judge for "
        "judicial acts or of a member of the General Assembly for legislative acts.",
    ),
    # Counts aggregated by county are no officer's record.
    (
        "start.public_records",
        "no",
        "MA",
        CLAIM_OR.replace("the Oregon Constitution", "the Declaration of Rights")
        + "(b) The executive office shall publish annually on its website the number of actions "
        "brought under this section, the number resolved by judgment or settlement and the total "
        "amounts paid, aggregated by county.",
    ),
    # The share backed when the officer has not paid it.
    (
        "start.full_compensation",
        "yes",
        "MD",
        CLAIM_OR.replace("the Oregon Constitution", "the Maryland Declaration of Rights")
        + "(b) The officer shall personally pay one-twentieth of the judgment. (c) The employer "
        "shall pay the remainder of the judgment. (d) If the officer has not paid the officer's "
        "share within 90 days after the judgment becomes final, the employer shall pay that share "
        "so that the plaintiff receives the whole of the judgment.",
    ),
    # Elected officials only, police left out by the definition: the doctrine ends for no officer,
    # and for some public officials who are not police (partial, as the labelled sets read a
    # class of non-police officials; it is not public employees generally).
    (
        "end.public_employees",
        "partial",
        "PA",
        ELECTED_OFFICIALS_ONLY,
    ),
    (
        "end.law_enforcement",
        "no",
        "PA",
        ELECTED_OFFICIALS_ONLY,
    ),
    # Traps of set ED's kinds: limits kept from a vendor's claims, a road defect, a records fee.
    (
        "end.damage_caps",
        "no",
        "FL",
        "Section 1. A county that contracts for jail health care shall require that: (a) the "
        "vendor carry insurance of at least $1,000,000; and (b) the vendor acknowledge that the "
        "limits on recovery in s. 768.28(5) do not apply to claims against the vendor.",
    ),
    (
        "end.damage_caps",
        "no",
        "NE",
        "Section 1. (1) A political subdivision is liable for damages caused by a pothole or "
        "other defect in a road under its control if it had notice of the defect. (2) For a claim "
        "for wrongful death arising from a defect described in subsection (1), the limitation on "
        "the amount of recovery in section 13-926 does not apply. (3) An employee of a political "
        "subdivision shall not be personally liable for a claim described in this section.",
    ),
    (
        "end.damage_caps",
        "no",
        "MI",
        "Sec. 4. (3) If the head of the public body upholds the fee, the requester may commence "
        "an action in the circuit court for a fee reduction. (4) If the requester prevails, the "
        "court shall award reasonable attorney fees and costs.",
    ),
    (
        "start.full_compensation",
        "no",
        "NM",
        "SECTION 1. A victim is eligible for reparation whether or not the offender is a peace "
        "officer. The commission shall not deny or reduce an award on the ground that the victim "
        "may have a civil claim against a public entity or public employee.",
    ),
    # Revocation on a judgment: the mandate closes a board's list; a bare imperative of duties.
    (
        "start.individual_accountability",
        "yes",
        "DE",
        CLAIM_OR.replace("the Oregon Constitution", "Article I of the Delaware Constitution")
        + "(b) Qualified immunity is not a defense to an action under this section. Section 2. "
        "(a) The Council shall: (1) Approve police training schools. (2) Revoke the certification "
        "of a police officer under any of the following circumstances: a. The officer is "
        "convicted of a felony. b. A court has entered a final judgment under Section 1 finding "
        "that the officer intentionally deprived a person of a right. Revocation under this "
        "paragraph shall be mandatory.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "WI",
        "SECTION 1. 895.4855 (2) A law enforcement officer who, under color of law, deprives a "
        "person of a right secured by article I of the Wisconsin Constitution is liable to the "
        "person. SECTION 2. 165.85 (3) (cm) 4. Decertify a law enforcement officer against whom a "
        "final judgment has been entered under s. 895.4855 (2). Decertification under this "
        "subdivision is mandatory.",
    ),
    # Settlements that "may not be withheld from inspection" are open.
    (
        "start.public_records",
        "yes",
        "AK",
        CLAIM_OR.replace("Oregon", "Alaska")
        + "(b) A settlement agreement or judgment in an action under this section, and the amount "
        "paid under it, are public records and may not be withheld from inspection.",
    ),
    # Every class of officer listed, a state police force's members among them.
    (
        "end.law_enforcement",
        "yes",
        "RI",
        'Section 1. (1) "Law enforcement officer" means a law enforcement officer as defined in '
        "§ 42-28.6-1, a member of the Rhode Island state police, a capitol police officer, and a "
        "deputy sheriff. (2) A law enforcement officer who, under color of law, deprives any "
        "person of a right secured by the Rhode Island Constitution shall be liable to the "
        "injured party. (3) Qualified immunity shall not be a defense to an action under this "
        "section.",
    ),
    # "(a) ... except as provided in subsection (b)": the (b) after it, its share backed by (c).
    (
        "start.full_compensation",
        "yes",
        "RI",
        "9-1.5-2. A law enforcement officer who, under color of law, deprives any person of a "
        "right secured by the Rhode Island Constitution shall be liable to the injured party. "
        "9-1.5-4. Duty to intervene. (a) An officer shall intervene. (b) An officer shall report "
        "the deprivation within 24 hours. 9-1.5-5. Indemnification. (a) An employer shall "
        "indemnify its law enforcement officer for any judgment in an action brought under "
        "§ 9-1.5-2, except as provided in subsection (b) of this section. (b) If the employer "
        "determines that the officer did not act in good faith, the officer shall be personally "
        "liable for five percent of the judgment, and the employer shall not indemnify that "
        "amount. (c) If the officer does not satisfy that amount within 180 days, the employer "
        "shall satisfy that amount, so that the full judgment is paid.",
    ),
    # The officer's employer, named by a defined term beside him, widens no class.
    (
        "end.public_employees",
        "no",
        "ME",
        'Sec. 1. 1. A. "Law enforcement officer" has the same meaning as in Title 25, section '
        '2801-A, and includes a corrections officer. B. "Employing entity" means the governmental '
        "entity that employs the law enforcement officer. 2. A person deprived of a right secured "
        "by the Constitution of Maine by a law enforcement officer acting under color of law may "
        "bring a civil action against the law enforcement officer and the employing entity. 3. "
        "Qualified immunity does not apply to an action under this section.",
    ),
    # A negated subject after an item's enumerator: "(1) neither the employee nor ... may assert".
    (
        "end.law_enforcement",
        "partial",
        "OH",
        "Sec. 2307.95. (B) An employee of a political subdivision who, under color of law, "
        "deprives any person of a right secured by the Ohio Constitution is liable to the injured "
        "person. (C) In a civil action brought under division (B) of this section: (1) neither "
        "the employee nor the political subdivision may assert as a defense that the employee is "
        "entitled to qualified immunity; and (2) the limitations on damages in section 2744.05 of "
        "the Revised Code do not apply.",
    ),
    # A claim against private intimidators, public officers acting officially left out.
    (
        "end.state_constitution",
        "no",
        "NC",
        "§ 99D-20. (a) A person who, by force, threat or intimidation, interferes with another "
        "person's exercise of any right secured by the Constitution of North Carolina shall be "
        "liable to the person injured. (b) This section does not apply to a public officer or "
        "employee acting in an official capacity. (c) The court shall award reasonable attorneys' "
        "fees to a prevailing plaintiff.",
    ),
    # "..., and no doctrine of qualified immunity applies to an action under this Act".
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 10. A public employee, including a peace officer, who, acting under color of law, "
        "deprives a person of any right secured by the Illinois Constitution is liable to that "
        "person. Section 15. No immunity under the Tort Immunity Act, no statutory limitation on "
        "damages, and no doctrine of qualified immunity applies to an action under this Act.",
    ),
    # The officer's share, "10% ... not to exceed $10,000", is no cap on the award.
    (
        "end.damage_caps",
        "yes",
        "IL",
        "Section 10. A law enforcement officer who, acting under color of law, deprives a person "
        "of any right secured by the Illinois Constitution is liable to that person. Qualified "
        "immunity is not a defense under this Act. Any limitation on the amount of damages under "
        "the Tort Immunity Act shall not apply to an action under this Act. Section 20. (a) A law "
        "enforcement officer against whom a judgment is entered or who enters into a settlement "
        "under this Act shall personally pay 10% of the amount of the judgment or settlement, not "
        "to exceed $10,000.",
    ),
    # One limit of a cap statute lifted, "All other limitations of that section apply."
    (
        "end.damage_caps",
        "partial",
        "OH",
        "Sec. 2744.20. (B) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Ohio Constitution is liable to the person injured. (C) The defense of "
        "qualified immunity does not apply in an action under this section. (D) The limit in "
        "division (C)(1) of section 2744.05 of the Revised Code on noneconomic damages does not "
        "apply to an action under this section. All other limitations of that section apply.",
    ),
    # "(6)(a) Except as provided in paragraph (b)": the (b) after it, whose share is backed.
    (
        "start.full_compensation",
        "yes",
        "OR",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person injured. (2)(b) An officer "
        "shall report any deprivation. (6)(a) Except as provided in paragraph (b) of this "
        "subsection, an employer shall indemnify its peace officer for any judgment in an action "
        "under this section. (b) If the employer determines that the peace officer acted in bad "
        "faith, the peace officer is personally liable for five percent of the judgment. The "
        "employer shall satisfy any part of that amount that the peace officer is unable to pay.",
    ),
    # Where an action may be brought is no claim of its own.
    (
        "end.state_constitution",
        "partial",
        "NE",
        "Sec. 2. A person acting under color of law who deprives any individual of a right secured "
        "by section 3 or section 5 of Article I of the Constitution of Nebraska is liable to the "
        "injured individual. Sec. 3. Qualified immunity is not a defense to an action under "
        "section 2. Sec. 4. (1) An action under the Constitutional Rights Remedies Act may be "
        "brought in the district court of the county in which the deprivation occurred.",
    ),
    # A local agency's employees: local governments' people only.
    (
        "end.law_enforcement",
        "partial",
        "PA",
        "§ 8550.1. (a) An employee of a local agency who, acting under color of law, deprives a "
        "person of a right secured by Article I of the Constitution of Pennsylvania shall be "
        "liable to the person. (b) It shall not be a defense to an action under this section that "
        "the employee acted in good faith or that the right was not clearly established.",
    ),
]


# Full indemnity, and a repayment the payer may ask of the officer up to a ceiling.
REPAYMENT_UP_TO_A_CEILING = (
    "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
    "by the Illinois Constitution is liable to the person injured. Qualified immunity is not a "
    "defense. Section 2. (a) The unit of local government that employs the officer shall "
    "indemnify the officer for the full amount of any judgment. (b) Upon finding that the "
    "officer acted in bad faith, the unit may require the officer to repay the unit in an "
    "amount not exceeding $2,500."
)

# Readings of the first session of 2026-12-05 (UTC evening of 12-04), each in our own words.
FOLLOW_UP_READINGS = [
    # The payer may make the officer pay it back, up to a ceiling: a discretionary share, and
    # no limit on what the victim receives.
    (
        "start.individual_accountability",
        "partial",
        "IL",
        REPAYMENT_UP_TO_A_CEILING,
    ),
    (
        "start.full_compensation",
        "yes",
        "IL",
        REPAYMENT_UP_TO_A_CEILING,
    ),
    # A class defined by another statute's citation and then narrowed to local employers.
    (
        "end.law_enforcement",
        "partial",
        "OH",
        'Sec. 1. As used in this section, "officer" means a peace officer as defined in section '
        "109.71 of the Revised Code, R.C. 109.71(A), who is employed by a county, township or "
        "municipal corporation. Sec. 2. An officer who, under color of law, deprives a person of a "
        "right secured by the Ohio Constitution is liable to that person. Qualified immunity is "
        "not a defense to an action under this section.",
    ),
    # A guard: the citation alone keeps the whole class.
    (
        "end.law_enforcement",
        "yes",
        "OH",
        'Sec. 1. As used in this section, "officer" means a peace officer as defined in section '
        "109.71 of the Revised Code. Sec. 2. An officer who, under color of law, deprives a person "
        "of a right secured by the Ohio Constitution is liable to that person. Qualified immunity "
        "is not a defense to an action under this section.",
    ),
    # The bar taken back from one kind of officer only: the doctrine ends for the rest.
    (
        "end.law_enforcement",
        "partial",
        "VA",
        "A. A law-enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Virginia is liable to the person injured. B. Qualified "
        "immunity is not a defense to an action under this section. C. Subsection B does not apply "
        "to an action against a university police officer, who may raise any immunity the "
        "common law allows.",
    ),
    # A guard: kept for every officer the claim reaches is no.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "A. A law-enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Virginia is liable to the person injured. B. Qualified "
        "immunity is not a defense to an action under this section, except that a law-enforcement "
        "officer may raise any immunity the common law allows.",
    ),
    # An act named for constitutional rights says nothing of which rights its claim reaches.
    (
        "end.state_constitution",
        "partial",
        "KS",
        "Section 1. This act shall be known as the Kansas Constitutional Rights Enforcement Act. "
        "Sec. 2. A public employee who, under color of law, deprives a person of a right secured "
        "by section 11 or 15 of the Kansas bill of rights is liable to the person. Sec. 3. "
        "Qualified immunity is not a defense to an action brought under the Kansas Constitutional "
        "Rights Enforcement Act.",
    ),
    # A general indemnity statute's refusals, lifted for the bill's own claims.
    (
        "start.full_compensation",
        "yes",
        "NV",
        "Sec. 2. 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Nevada Constitution is liable to the person injured. 2. Qualified immunity is not "
        "a defense. Sec. 3. In an action pursuant to section 2, the employer of the peace officer "
        "shall pay the whole of any judgment or settlement. Sec. 4. NRS 41.0349 is amended to read "
        "as follows: 41.0349 The State or political subdivision shall indemnify an officer or "
        "employee sued for an act within the scope of employment unless: 1. The person failed to "
        "cooperate in the defense; or 2. The act or omission was wanton or malicious, except that, "
        "in an action pursuant to section 2 of this act, the employer shall pay as provided in "
        "section 3 of this act.",
    ),
    # A section that says which people it applies to: the claim "against the member" is theirs.
    (
        "end.law_enforcement",
        "partial",
        "IN",
        "Sec. 12. (a) This section applies to a member of the state police department. (b) A "
        "person deprived of a right secured by the Constitution of the State of Indiana by a "
        "member acting under color of law may sue the member for damages. (c) Qualified immunity "
        "is not a defense to an action under this section.",
    ),
    # The payer may order the officer to bear a portion: a discretionary share.
    (
        "start.individual_accountability",
        "partial",
        "OR",
        "Section 1. (1) A public employee who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person. (2) Qualified immunity is "
        "not a defense. (3) The public body may direct an employee held liable under this section "
        "to bear a portion of the judgment of up to $5,000.",
    ),
    # An immunity codified in the negative is no personal share.
    (
        "start.individual_accountability",
        "no",
        "SC",
        "Section 15-78-65. In an action for damages against a public employee for the "
        "deprivation of a right, the employee may not be held personally liable unless the right "
        "was clearly established when the employee acted.",
    ),
    # The limit a cited section sets, restated at a new amount for these claims: raised, kept.
    (
        "end.damage_caps",
        "partial",
        "WI",
        "(1) A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Wisconsin constitution is liable to the person. (2) Qualified immunity is "
        "not a defense. (3) For an action under this section, the limit on damages under s. "
        "893.80 (3) is $250,000.",
    ),
    # The officer's unpaid share paid by the employer in a later subsection that cites it.
    (
        "start.full_compensation",
        "yes",
        "IL",
        "Section 10. (a) Except as provided in subsection (b), an employer shall indemnify its "
        "peace officer for any judgment under this Act. (b) If the employer finds that the officer "
        "acted in bad faith, the officer shall pay 5% of the judgment or $25,000, whichever is "
        "less, and the employer shall pay the remainder. (c) If any part of the amount owed by the "
        "officer under subsection (b) is not paid within one year, the employer shall pay that "
        "part to the plaintiff. Section 15. A peace officer who, under color of law, deprives a "
        "person of a right secured by the Illinois Constitution is liable to the person. "
        "Qualified immunity is not a defense.",
    ),
    # A ceiling on what the payer recovers from the employee is no cap on damages.
    (
        "end.damage_caps",
        "yes",
        "MD",
        "3-901. A public employee who, under color of law, deprives an individual of a right "
        "secured by the Maryland Declaration of Rights is liable to the individual. Qualified "
        "immunity is not a defense. 3-902. The limits on liability under Title 5, Subtitle 3 of "
        "this article do not apply to an action under this subtitle. 3-903. A unit that pays a "
        "judgment under this subtitle may recover from the employee an amount not exceeding "
        "$5,000.",
    ),
    # A fee award capped at a fraction of the judgment.
    (
        "start.attorney_fees",
        "partial",
        "MI",
        "Sec. 3. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the state constitution of 1963 is liable to the person. Qualified immunity is "
        "not a defense. Sec. 4. The court shall award reasonable attorney fees to a prevailing "
        "plaintiff. A fee award under this section must not exceed 25% of the judgment.",
    ),
    # Employees of a local law enforcement agency, or of a local public body: local only.
    (
        "end.law_enforcement",
        "partial",
        "NV",
        'Sec. 2. "Officer" means a person employed by a local law enforcement agency who has the '
        "powers of a peace officer. Sec. 3. An officer who, under color of law, deprives a person "
        "of a right secured by the Nevada Constitution is liable to the person. Qualified immunity "
        "is not a defense to an action under this section.",
    ),
    (
        "end.public_employees",
        "partial",
        "OR",
        'Section 2. "Covered official" means an officer, employee or agent of a local public body. '
        "Section 3. A covered official who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person. Qualified immunity is not a "
        "defense to a claim under this section.",
    ),
    # A police class and a custodial class, each defined by another statute: all police.
    (
        "end.law_enforcement",
        "yes",
        "CA",
        '(a) "Officer" means a peace officer, as defined in Section 830 of the Penal Code, or a '
        "custodial officer, as defined in Section 831 of the Penal Code. (b) An officer who, under "
        "color of law, deprives a person of a right secured by the California Constitution is "
        "liable to the person. (c) Qualified immunity is not a defense to an action under this "
        "section.",
    ),
    # A catch-word definition whose list runs from the state police to anyone who may arrest:
    # the whole police class.
    (
        "end.law_enforcement",
        "yes",
        "PA",
        "§ 8601. Definitions.\nThe following words and phrases when used in this chapter shall "
        'have the meanings given to them in this section:\n"Officer." Any of the following:\n'
        "(1) A member of the Pennsylvania State Police.\n(2) A member of a municipal police "
        "department.\n(3) A police officer of a university.\n(4) Any other person employed by "
        "the Commonwealth or a political subdivision who is authorized by law to make arrests.\n"
        "§ 8602. Civil action.\nAn officer who, under color of law, deprives an individual of a "
        "right secured by Article I of the Constitution of Pennsylvania shall be liable to the "
        "individual. Qualified immunity shall not be a defense to liability under this chapter.",
    ),
    # A mandate that opens a board's list of grounds, one of them a judgment under the claim.
    (
        "start.individual_accountability",
        "yes",
        "VA",
        "§ 8.01-42.9. A. A law-enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of Virginia is liable to the person. B. Qualified "
        "immunity shall not be a defense to an action under this section.\n"
        "§ 15.2-1707. A. The Board shall decertify any law-enforcement officer who:\n"
        "1. Is convicted of a felony;\n2. Fails to maintain mandated training; or\n"
        "3. Has a final judgment entered against him in an action under § 8.01-42.9.\n"
        "B. The Board shall keep a record of each decertification.",
    ),
    # A bar in actions under the state's civil-rights act, cited by number: its claim reaches
    # the rights the state constitution secures.
    (
        "end.state_constitution",
        "yes",
        "NJ",
        "1. In any action under subsection c. of section 2 of P.L.2004, c.143 (C.10:6-2) against a "
        "municipal police officer, qualified immunity shall not be a defense.",
    ),
    (
        "end.state_constitution",
        "yes",
        "MA",
        "SECTION 1. Section 11I of chapter 12 of the General Laws is hereby amended by adding the "
        "following paragraph:- In an action under this section against a police officer, the "
        "officer shall not be immune from liability on the ground of qualified immunity.",
    ),
    # The doctrine's test, named to be set aside, is not the rights the claim reaches.
    (
        "end.state_constitution",
        "no",
        "MA",
        "SECTION 1. A person injured by a police officer's violation of section 22 of chapter 265 "
        "may bring a civil action against the officer for damages. The plaintiff need not show "
        "that the conduct violated clearly established constitutional rights.",
    ),
    # What the plaintiff "does not need to demonstrate" bars the clearly-established defense.
    (
        "end.law_enforcement",
        "yes",
        "MA",
        "SECTION 1. A person deprived of a right secured by the constitution of the commonwealth "
        "by a police officer may bring a civil action against the officer. A plaintiff does not "
        "need to demonstrate that the right was clearly established or that the officer lacked a "
        "good faith belief that the conduct was lawful.",
    ),
    # A small fine on an official who breaks a procedural rule is no share of an award.
    (
        "start.individual_accountability",
        "no",
        "SD",
        "Section 1. A person deprived of a right secured by the South Dakota Constitution by a "
        "public official may bring a civil action. Qualified immunity is not a defense. Section 2. "
        "A public official who fails to file the annual disclosure form is personally liable for "
        "a civil penalty not to exceed one hundred dollars.",
    ),
    # An unpaid share paid by the employer in the next sentence, in other words.
    (
        "start.full_compensation",
        "yes",
        None,
        "Section 2. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the constitution of this state is liable to the person. Qualified "
        "immunity is not a defense. Section 3. The employer shall indemnify the officer, except "
        "that the officer is personally liable for 5% of the judgment or $25,000, whichever is "
        "less, and the employer shall pay the remainder. If the officer's part proves "
        "uncollectible, the employer shall pay it.",
    ),
    # "shall impose discipline" after "is cause for discipline": mandatory.
    (
        "start.individual_accountability",
        "yes",
        "KY",
        "(1) A state employee who, under color of law, deprives a person of a right secured by "
        "the Constitution of Kentucky is liable to the person. (2) Qualified official immunity is "
        "not a defense. (3) A final judgment under this section is cause for discipline, and the "
        "appointing authority shall impose discipline on the employee.",
    ),
    # Ceilings on what the payer pays are no caps on damages.
    (
        "end.damage_caps",
        "yes",
        "TX",
        "Sec. 1. An officer of the Department of Public Safety who, under color of law, deprives "
        "a person of a right secured by the Texas Constitution is liable to the person. "
        "Qualified immunity is not a defense. Sec. 2. Chapter 101 does not apply to an action "
        "under this chapter. Sec. 3. The department shall pay any judgment rendered against an "
        "officer under this chapter, not to exceed $250,000.",
    ),
    # A class named by its duties of crime prevention: the police, not every employee.
    (
        "end.public_employees",
        "no",
        "IL",
        'Section 5. "Officer" means any officer of a unit of local government or of the State who '
        "is primarily responsible for the prevention and detection of crime. Section 10. An "
        "officer who, under color of law, deprives a person of a right secured by the Illinois "
        "Constitution is liable to the person. Qualified immunity is not a defense.",
    ),
    # A payment owed "whether or not the officer acted in good faith" is no bar on defenses.
    (
        "end.law_enforcement",
        "no",
        "OH",
        "Sec. 2744.07. (B) A political subdivision shall indemnify a peace officer it employs in "
        "the full amount of any judgment obtained against the officer in a civil action alleging "
        "that the officer deprived a person of a right secured by the Ohio Constitution, whether "
        "or not the officer acted in good faith.",
    ),
    # A bar that lists local kinds of officer only, beside a claim against every person.
    (
        "end.law_enforcement",
        "partial",
        "NJ",
        "a. Any person deprived of a substantive right secured by the Constitution of this State "
        "by a person acting under color of law may bring a civil action for damages. b. In an "
        "action under subsection a. against a municipal police officer, a sheriff's officer or a "
        "county detective, qualified immunity shall not be a defense.",
    ),
    # Camera recordings released after the complaint is served: some records only.
    (
        "start.public_records",
        "partial",
        "DE",
        "§ 4020. (a) A law-enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Delaware Constitution is liable to the person. Qualified immunity is not a "
        "defense. (b) Within 20 days after service of a complaint in an action under this section, "
        "the agency shall make publicly available any body-worn camera recording of the incident.",
    ),
    # The tort act's limits kept; only the exceptions to its waiver of immunity set aside.
    (
        "end.damage_caps",
        "no",
        "SC",
        "Section 15-3-700. (A) A law enforcement officer who, under color of law, deprives a person "
        "of a right secured by the Constitution of this State is liable to the person. Qualified "
        "immunity is not a defense. (B) An action under this section is subject to the South "
        "Carolina Tort Claims Act, including the limitations on liability in Section 15-78-120, "
        "except that the exceptions to the waiver of immunity in Section 15-78-60 do not apply.",
    ),
    # Fees owed only in actions that allege a seizure by force.
    (
        "start.attorney_fees",
        "partial",
        "OR",
        "Section 3. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to the person. Qualified immunity is not a defense. "
        "Section 4. In an action under section 3 that alleges a seizure of the person by force, "
        "the court shall award reasonable attorney fees to a prevailing plaintiff.",
    ),
    # A definition of every public employee "other than" a large class: wider than police, not
    # all public employees.
    (
        "end.public_employees",
        "partial",
        "MD",
        '3-2701. (a) In this section, "covered employee" means an officer or employee of the State '
        "or of a local government, other than a teacher employed by a county board of education. "
        "(b) A covered employee who, under color of law, deprives a person of a right secured by "
        "the Maryland Declaration of Rights is liable to the person. (c) Qualified immunity is not "
        "a defense to an action under this section.",
    ),
    # The payer excused from the officer's small share only: partial, not a refusal.
    (
        "start.full_compensation",
        "partial",
        "ME",
        "1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Maine is liable to that person. Qualified immunity is not "
        "a defense. 2. The employing agency shall indemnify the officer for any judgment under "
        "this section, except that, if the agency finds that the officer acted in bad faith, the "
        "officer is personally liable for 5% of the judgment or $20,000, whichever is less.",
    ),
    # Fees owed on the claim of another subsection, which is for force only.
    (
        "start.attorney_fees",
        "partial",
        "AK",
        "(a) A peace officer who, under color of law, deprives a person of a right secured by the "
        "Constitution of the State of Alaska is liable to the person.\n(b) In an action under (a) "
        "of this section alleging the use of excessive force, qualified immunity is not a "
        "defense.\n(c) The court shall award reasonable attorney fees to a plaintiff who prevails "
        "on a claim described in (b) of this section.",
    ),
    # An act set aside "except that" one of its limits still applies: lifted in part.
    (
        "end.damage_caps",
        "partial",
        "CO",
        "(1) A public employee who, under color of law, deprives a person of a right secured by "
        "the state constitution is liable to the person. (2) Qualified immunity is not a defense. "
        "(3) Article 10 of title 24 does not apply to a claim pursuant to this section; except "
        "that the limitation on damages for noneconomic loss in section 13-21-102.5 applies.",
    ),
    # A bar inserted into the Arkansas Civil Rights Act by its section number.
    (
        "end.state_constitution",
        "yes",
        "AR",
        "SECTION 1. Arkansas Code § 16-123-105 is amended to add a subsection to read as follows: "
        "(e) In an action under this section against a law enforcement officer, qualified "
        "immunity is not a defense.",
    ),
    # A definition by duties of crime prevention (the federal form): the police only.
    (
        "end.public_employees",
        "no",
        None,
        "SEC. 2. It shall not be a defense in any action against a covered officer that the right "
        "was not clearly established. In this section, the term 'covered officer' means any "
        "officer or employee of a State who is authorized by law to engage in or supervise the "
        "prevention, detection, or investigation of any violation of criminal law. SEC. 3. A "
        "covered officer who, under color of law, deprives a person of a right secured by the "
        "Constitution is liable to the person.",
    ),
    # A ban on terms that restrict disclosure opens the records; it closes nothing.
    (
        "start.public_records",
        "yes",
        None,
        "SEC. 2. A law enforcement officer who deprives a person of a constitutional right under "
        "color of law is liable to the person, and qualified immunity is not a defense. SEC. 3. "
        "(a) Each agency shall publish on a publicly accessible website the complaint and the "
        "judgment or settlement in each action under section 2. (b) No settlement may include a "
        "term that restricts the disclosure required by subsection (a).",
    ),
    # "subsection (5)(b)" defers to (b); the officer's share there is backed by (c).
    (
        "start.full_compensation",
        "yes",
        "CO",
        "(4) A peace officer who, under color of law, deprives a person of a right secured by the "
        "state constitution is liable to the person. Qualified immunity is not a defense.\n"
        "(5) (a) An employer shall indemnify its peace officers for any judgment under this "
        "section, except as provided in subsection (5)(b) of this section.\n(b) If the employer "
        "finds bad faith, the peace officer is personally liable for five percent of the judgment "
        "or ten thousand dollars, whichever is less.\n(c) If any part of the amount owed under "
        "subsection (5)(b) is uncollectible from the officer, the employer shall satisfy that part.",
    ),
    # The payer's obligation limited: a ceiling on indemnity, no damages cap.
    (
        "end.damage_caps",
        "yes",
        "AK",
        "(a) A public employee who, under color of law, deprives a person of a right secured by "
        "the Constitution of the State of Alaska is liable to the person. (b) Qualified immunity "
        "is not a defense. (c) AS 09.17.010 does not apply to an action under this section. (d) The "
        "employer shall indemnify the employee; however, the obligation of the employer under "
        "this subsection may not exceed $500,000 for each claim.",
    ),
    # A cap statute kept "except that" its limit is a new amount: raised.
    (
        "end.damage_caps",
        "partial",
        "PA",
        "(a) A police officer who, under color of law, deprives a person of a right secured by "
        "Article I of the Constitution of Pennsylvania is liable to the person. (b) Qualified "
        "immunity is not a defense. (c) An action under this section is subject to section 8553, "
        "except that the limitation on damages under section 8553(b) shall be $2,000,000.",
    ),
    # "The officer or employee" in the bar names the claim's defined class again.
    (
        "end.public_employees",
        "partial",
        "IA",
        '1. As used in this section, "officer or employee" means an officer or employee of a '
        "municipality. 2. An officer or employee who, under color of law, deprives a person of a "
        "right secured by the Constitution of the State of Iowa is liable to the person. 3. The "
        "officer or employee shall not be immune from liability on the ground that the right was "
        "not clearly established.",
    ),
    # A defined police term "does not include a member of the State Police": some police.
    (
        "end.law_enforcement",
        "partial",
        "PA",
        '(d) "Police officer." A police officer as defined in 53 Pa.C.S. § 2162. The term does not '
        "include a member of the Pennsylvania State Police.\n(a) A police officer who, under "
        "color of law, deprives a person of a right secured by Article I of the Constitution of "
        "Pennsylvania is liable to the person. (b) Qualified immunity is not a defense.",
    ),
    # Records a custodian "shall disclose to any applicant" are public.
    (
        "start.public_records",
        "yes",
        "MD",
        "(a) A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Maryland Declaration of Rights is liable to the person. Qualified "
        "immunity is not a defense. (b) A custodian shall disclose to any applicant a complaint "
        "alleging misconduct by a law enforcement officer and the record of its investigation.",
    ),
    # A list of officers that names the State's own force is no local-only class.
    (
        "end.law_enforcement",
        "yes",
        "KY",
        '(1) As used in this section, "peace officer" means a sheriff, deputy sheriff, officer of '
        "the Department of Kentucky State Police, police officer of a city or county, and any "
        "other officer certified under KRS 15.380. (2) A "
        "peace officer who, under color of law, deprives a person of a right secured by the "
        "Constitution of Kentucky is liable to the person. (3) Qualified immunity is not a defense.",
    ),
    # Every peace officer, and a local government's other employees besides.
    (
        "end.law_enforcement",
        "yes",
        "CO",
        "(1) A peace officer or a local government employee who, under color of law, deprives a "
        "person of a right secured by the state constitution is liable to the person. (2) "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    # New Jersey's committee markers round an amended modal ("¹[may]¹ ¹shall¹").
    (
        "start.attorney_fees",
        "yes",
        "NJ",
        "2. a. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of this State is liable to the person, and qualified immunity "
        "shall not be a defense. b. The court \u00b9[may]\u00b9 \u00b9shall\u00b9 award reasonable "
        "attorney's fees to a prevailing plaintiff.",
    ),
    # Good-faith reliance on a statute kept as a defense after "However".
    (
        "end.law_enforcement",
        "no",
        "VA",
        "B. A law-enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Virginia is liable to the person. C. Qualified immunity "
        "shall not be a defense. However, an officer shall not be liable under this section for "
        "conduct undertaken in good faith reliance on a statute not yet held invalid.",
    ),
    # Fees on force claims only, "excessive or unjustified physical force".
    (
        "start.attorney_fees",
        "partial",
        "KY",
        "(2) A peace officer who, under color of law, deprives a person of a right secured by the "
        "Constitution of Kentucky is liable to the person. Qualified immunity is not a defense. "
        "(3) In an action in which the plaintiff prevails on a claim that the officer used "
        "excessive or unjustified physical force, the court shall award reasonable attorney's fees.",
    ),
    # A court's discretionary order, pointed at by the indemnity's exception: a partial share.
    (
        "start.individual_accountability",
        "partial",
        "IL",
        "Section 10. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Illinois Constitution is liable to the person. Qualified immunity is not a defense. "
        "Section 15. The employer shall indemnify the officer for any judgment under this Act, "
        "except any part of a judgment that the court orders the officer to pay personally. The "
        "court may order an officer to pay personally up to 5% of the judgment on a finding of "
        "malice.",
    ),
    # "to contribute an amount not to exceed ten thousand dollars" in words: a share.
    (
        "start.individual_accountability",
        "partial",
        "CO",
        "(1) A local government employee who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to the person. (2) Qualified immunity is not "
        "a defense. (3) The local government may require an employee found liable under this "
        "section to contribute an amount not to exceed five thousand dollars toward the judgment.",
    ),
    # An immunity grant ("may not be held personally liable ... unless") is no share.
    (
        "start.individual_accountability",
        "no",
        "FL",
        "(9)(a) An officer or employee of the state may not be held personally liable in tort for "
        "an act within the scope of employment unless the officer violated clearly established law.",
    ),
    # Discipline a liable officer "may be subject to": discretionary.
    (
        "start.individual_accountability",
        "partial",
        "NC",
        "(a) A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the North Carolina Constitution is liable to the person. Qualified immunity is "
        "not a defense. (b) An officer found liable under this section may be subject to "
        "disciplinary action by the employing agency.",
    ),
    # Settlements posted only at or above a sum: some records.
    (
        "start.public_records",
        "partial",
        "NC",
        "(a) A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the North Carolina Constitution is liable to the person. Qualified immunity is "
        "not a defense. (b) Each agency shall post on its public website any settlement of an "
        "action under this section in an amount of twenty-five thousand dollars ($25,000) or more.",
    ),
    # Discipline "as the chief, in its discretion, may determine": discretionary.
    (
        "start.individual_accountability",
        "partial",
        "PA",
        "(a) A police officer who, under color of law, deprives a person of a right secured by "
        "Article I of the Constitution of Pennsylvania shall be liable to the person. Qualified "
        "immunity shall not be a defense. (b) An officer found liable under this section shall be "
        "subject to such disciplinary action as the chief of police, in its discretion, may "
        "determine.",
    ),
    # "may discipline a member against whom a judgment is entered": discretionary.
    (
        "start.individual_accountability",
        "partial",
        "PA",
        "(i) A member of the Pennsylvania State Police who, under color of law, deprives a person "
        "of a right secured by Article I of the Constitution of Pennsylvania shall be liable to the "
        "person. Qualified immunity shall not be a defense. (ii) The Commissioner may discipline a "
        "member against whom a judgment is entered under this paragraph.",
    ),
    # Settlements published only where "the amount paid is $100,000 or more".
    (
        "start.public_records",
        "partial",
        "MI",
        "Sec. 3. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the state constitution of 1963 is liable to the person. Qualified immunity is "
        "not a defense. Sec. 5. After a settlement in an action under this act in which the amount "
        "paid is $100,000.00 or more, the agency shall publish the settlement on its website.",
    ),
    # Fees for a claim against the State, in a bill that says it creates no claim against
    # officers: not this criterion.
    (
        "start.attorney_fees",
        "no",
        "OH",
        "Sec. 2743.48. (E) In a civil action under this section, a wrongfully imprisoned individual "
        "has a claim for relief against the state. The court of claims shall award the individual "
        "reasonable attorney's fees and costs. (G) Nothing in this section creates any claim "
        "against, or affects any immunity of, any officer or employee of the state.",
    ),
]


_BAR_FOR_THE_CLAIM = " Qualified immunity is not a defense to an action under this section."
KEPT_EXCEPT_IN_ACTIONS_AGAINST_PEACE_OFFICERS = (
    "(b) A public employee who deprives any person of a right secured by the California "
    "Constitution is liable to the person injured. (c) A public employee sued under this "
    "section may assert any immunity or defense available under the Government Code, "
    "including qualified immunity, except that, in an action against a peace officer, neither "
    "qualified immunity nor any defense based on the officer's good faith shall be available."
)

# Older and rarer shapes of the rule that gives a claim, and classes defined with exceptions.
CLAIM_SHAPE_READINGS = [
    # The defendant as the object of "liability attaches to".
    (
        "end.state_constitution",
        "yes",
        "VA",
        "B. Liability attaches to every law-enforcement officer who, under color of law, subjects "
        "a person to the deprivation of any right secured by the Constitution of Virginia."
        + _BAR_FOR_THE_CLAIM,
    ),
    # "May be held to answer in damages", for two sections of the bill of rights.
    (
        "end.state_constitution",
        "partial",
        "ME",
        "2. A peace officer who deprives a person of a right secured by Article I, section 5 or "
        "section 6 of the Constitution of Maine may be held to answer in damages to that person."
        + _BAR_FOR_THE_CLAIM,
    ),
    # A right of action that "accrues to" the person wronged.
    (
        "end.state_constitution",
        "yes",
        "PA",
        "(a) A right of action accrues to any person against an employee of a local agency who, "
        "acting under color of law, deprives that person of any right guaranteed by Article I of "
        "the Constitution of Pennsylvania." + _BAR_FOR_THE_CLAIM,
    ),
    # A guard: a limitation period that runs "after the cause of action accrues" gives no claim.
    (
        "end.state_constitution",
        "no",
        "SC",
        "(B) An action against a police officer alleging the deprivation of a right secured by the "
        "Constitution of this State must be commenced within two years after the cause of action "
        "accrues. (C) Nothing in this section waives any immunity available to a police officer, "
        "including qualified immunity.",
    ),
    # The deprivation "is actionable against" the officer; who sues is not who is sued.
    (
        "end.public_employees",
        "no",
        "NC",
        'In this Article, "officer" means a sworn law enforcement officer of a county or city. '
        "The deprivation, by an officer acting under color of law, of a right secured by Article "
        "I of the North Carolina Constitution is actionable against the officer by the person "
        "deprived." + _BAR_FOR_THE_CLAIM,
    ),
    # "If ..., then the officer is liable": the subject after "then".
    (
        "end.law_enforcement",
        "partial",
        "FL",
        '(1) In this section, "officer" means a law enforcement officer as defined in s. '
        "943.10(1), except a member of the Florida Highway Patrol. (2) If an officer, acting "
        "under color of law, deprives any person of a right secured by the State Constitution, "
        "then the officer is liable to that person for damages." + _BAR_FOR_THE_CLAIM,
    ),
    # A police class defined by its local employers "but not" the State's force.
    (
        "end.law_enforcement",
        "partial",
        "NJ",
        '1. As used in this act, "covered officer" means a police officer employed by a '
        "municipality or a county, but not a member of the Division of State Police. 2. A covered "
        "officer who deprives a person of a right secured by the Constitution of this State is "
        "liable to that person." + _BAR_FOR_THE_CLAIM,
    ),
    # Its own sentence: the term "does not include" officers of cities and counties.
    (
        "end.law_enforcement",
        "partial",
        "KY",
        '(1) As used in this section, "agency officer" means a sworn officer of a state agency '
        'whose main work is law enforcement. "Agency officer" does not include any officer '
        "employed by a city or county. (2) An agency officer who deprives a person of a right "
        "secured by the Constitution of Kentucky is liable to that person." + _BAR_FOR_THE_CLAIM,
    ),
    # Employers of every level named with "whether employed by": the police class, no wider.
    (
        "end.public_employees",
        "no",
        "NC",
        'In this Article, "officer" means a criminal justice officer, whether employed by the '
        "State, a county, a city, or any other unit of government. An officer who deprives a "
        "person of a right secured by Article I of the North Carolina Constitution is liable to "
        "that person." + _BAR_FOR_THE_CLAIM,
    ),
    # A paragraph struck whole, its words quoted after "which reads", and a new one inserted:
    # the old words are gone and the inserted paragraph is law.
    (
        "end.law_enforcement",
        "yes",
        "MA",
        "SECTION 1. Section 11J of chapter 12 of the General Laws is hereby amended by striking "
        'out the first paragraph, which reads "A police officer may assert qualified immunity in '
        'an action under this section.", and inserting in place thereof the following paragraph:- '
        "Qualified immunity shall not be a defense in an action under this section. SECTION 2. "
        "A police officer who deprives a person of a right secured by the constitution of the "
        "commonwealth is liable to that person.",
    ),
    # The same instruction the other way round: the quoted bar is struck, the doctrine stays.
    (
        "end.law_enforcement",
        "no",
        "MA",
        "SECTION 1. Section 11J of chapter 12 of the General Laws is hereby amended by striking "
        'out the first paragraph, which reads "Qualified immunity shall not be a defense in an '
        'action under this section.", and inserting in place thereof the following paragraph:- '
        "A police officer may assert qualified immunity in an action under this section. SECTION "
        "2. A police officer who deprives a person of a right secured by the constitution of the "
        "commonwealth is liable to that person.",
    ),
    # Congress speaking in its findings marks a federal bill (its copy without the enacting
    # clause): no state's cap reaches the claim it creates.
    (
        "end.damage_caps",
        "yes",
        None,
        "SEC. 2. FINDINGS. Congress finds the following: (1) Travel between the States is a "
        "fundamental right. SEC. 3. CIVIL ACTION. Any State official who, under color of law, "
        "deprives a person of the right to travel is liable to that person in an action for "
        "damages. Qualified immunity is not a defense to an action under this section.",
    ),
    # The same with each kind cited to its statute: the employers still name every level.
    (
        "end.public_employees",
        "no",
        "NC",
        'In this Article, "officer" means a criminal justice officer as defined in G.S. 17C-2 or '
        "a justice officer as defined in G.S. 17E-2, whether employed by the State, a county, a "
        "city, or any other unit of government. An officer who deprives a person of a right "
        "secured by Article I of the North Carolina Constitution is liable to that person."
        + _BAR_FOR_THE_CLAIM,
    ),
    # A school government pays: a board of education is a public payer.
    (
        "start.full_compensation",
        "yes",
        "AL",
        "(b) A school resource officer who deprives a student of a right secured by the "
        "Constitution of Alabama is liable to the student in an action for damages. (c) "
        "Qualified immunity shall not be available to a school resource officer in an action "
        "under this section. (d) The local board of education shall pay the full amount of any "
        "judgment entered under this section.",
    ),
    # A cap section reprinted with a new subsection taking the bill's claims out of it: the cap
    # stays for other claims, and these claims are free of it.
    (
        "end.damage_caps",
        "yes",
        "NV",
        "Section 1. 1. A peace officer who deprives a person of a right secured by the "
        "Constitution of this State is liable to that person. 2. Qualified immunity is not a "
        "defense to an action brought pursuant to section 1 of this act. Sec. 2. NRS 41.035 is "
        "hereby amended to read as follows: 41.035 1. An award for damages in an action "
        "sounding in tort against an officer or employee of the State or any political "
        "subdivision may not exceed the sum of $200,000. 2. The limitations of this section do "
        "not apply to an action brought pursuant to section 1 of this act.",
    ),
    # "Discharge the whole of any judgment": the payer pays the award.
    (
        "start.full_compensation",
        "yes",
        "ME",
        "1. A law enforcement officer who deprives a person of a right secured by the "
        "Constitution of Maine is liable to that person. 2. Qualified immunity is not a defense "
        "to an action under this section. 3. The governmental entity that employs the officer "
        "shall discharge the whole of any judgment or settlement entered under this section.",
    ),
    # A suspension without pay the employer must impose on a final judgment.
    (
        "start.individual_accountability",
        "yes",
        "PA",
        "(a) A police officer who deprives a person of a right secured by the Constitution of "
        "Pennsylvania shall be liable to the person. (b) Qualified immunity shall not be "
        "available in an action under subsection (a). (c) Upon the entry of a final judgment "
        "against a police officer under this section, the employing agency shall suspend the "
        "police officer without pay for not less than 30 days.",
    ),
    # Kept for every employee "except that, in an action against a peace officer", neither the
    # doctrine nor good faith is available: barred whole for police, kept for the rest.
    (
        "end.law_enforcement",
        "yes",
        "CA",
        KEPT_EXCEPT_IN_ACTIONS_AGAINST_PEACE_OFFICERS,
    ),
    (
        "end.public_employees",
        "no",
        "CA",
        KEPT_EXCEPT_IN_ACTIONS_AGAINST_PEACE_OFFICERS,
    ),
    # A suit to compel the release of records, with fees, in a bill that gives no claim for a
    # wrong: nothing about officers' liability.
    (
        "start.attorney_fees",
        "no",
        "MI",
        "Sec. 4. (1) A law enforcement agency shall release to any person who requests it any "
        "recording that depicts a use of force by a law enforcement officer. (2) If a law "
        "enforcement agency refuses to disclose a recording as required by this section, the "
        "requesting person may commence an action in the circuit court to compel disclosure. If "
        "the person prevails, the court shall award reasonable attorney fees and costs.",
    ),
    # The officers of an association's board, acting under its authority: private people.
    (
        "end.law_enforcement",
        "no",
        "CO",
        "(1) A member or officer of an executive board who, acting under color of the authority "
        "of the board, deprives a unit owner of a right secured by the declaration or the bylaws "
        "of the association is liable to the unit owner. (2) It is not a defense to an action "
        "under this section that the member or officer acted in good faith. (3) The association "
        "shall indemnify a member or officer of the executive board for any judgment under this "
        "section.",
    ),
    # "The institution" is the private institution named before it, and "the officer or
    # employee" in the bar are its people.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "A. Each private institution of higher education shall protect the right of its students "
        "to speak and publish on campus. B. A student deprived of a right described in "
        "subsection A by an officer or employee of the private institution may bring a civil "
        "action against the institution. It shall not be a defense that the officer or employee "
        "acted in good faith.",
    ),
    # An immunity that a member "who acted with malice" loses is kept for everyone else, and in
    # a peer-review law it is no officer's defense at all.
    (
        "end.law_enforcement",
        "no",
        "PA",
        "(b) No member or employee of a review organization shall be held liable in damages by "
        "reason of the performance of any duty of the review organization. The immunity provided "
        "by this subsection is a qualified immunity and shall not be available to a member or "
        "employee who acted with malice.",
    ),
]


# Readings of the 2026-12-04 late session, in our own wording (each row failed on 11838e4
# but the guards, marked so).
_NORTH_CAROLINA_LOCAL_ACTORS = (
    '"§ 160A-499.2. Definitions. - The following definitions apply in this Article:\n'
    "(1) Local unit. - A county, city, town, or other political subdivision of the State. "
    "The term does not include the State.\n"
    "(2) Local official. - Any officer, employee, or agent of a local unit, including a "
    "sheriff and a municipal police officer.\n"
    '"§ 160A-499.3. Liability. - (a) A local official who, under color of law, deprives a person '
    "of any right secured by Article I of the North Carolina Constitution is liable to the "
    "person.\n(b) Qualified immunity is not a defense to an action under this section.\n"
    "(c) A local official against whom a final judgment is entered under this section shall be "
    'dismissed from employment."\n'
)


CROSS_PROVISION_READINGS = [
    # A constitutional amendment: "Every person who is deprived of a right ... has a right to
    # recover damages ... in an action against that officer or employee" is a claim; the ballot
    # title the resolution orders printed describes the measure and enacts nothing.
    (
        "end.state_constitution",
        "yes",
        "OR",
        "Section 48. (1) Every person who is deprived of a right secured by this Constitution by a "
        "public officer or employee acting under color of law has a right to recover damages in "
        "an action against that officer or employee. (2) It is not a defense to an action under "
        "this section that the defendant is entitled to qualified immunity.",
    ),
    (
        "start.full_compensation",
        "no",
        "OR",
        "Section 48. (1) Every person who is deprived of a right secured by this Constitution by a "
        "public officer or employee acting under color of law has a right to recover damages in "
        "an action against that officer or employee. (2) Qualified immunity is not a defense.\n"
        "PARAGRAPH 3. The Secretary of State shall print the following ballot title with the "
        "measure:\nAmends Constitution: Allows lawsuits against public officers; public employers "
        "must pay every judgment in full.",
    ),
    # Several freedoms under one noun ("the freedom of speech, of the press, or of assembly"):
    # some rights, not one.
    (
        "end.state_constitution",
        "partial",
        "OH",
        "Sec. 2307.61. (A) A peace officer who, under color of law, deprives a person of the "
        "freedom of speech, of the press, or of assembly secured by the Ohio Constitution is "
        "liable to the person. (B) Qualified immunity is not a defense to an action under this "
        "section.",
    ),
    # A created section's catch-line after the instruction ("893.832 of the statutes is created
    # to read: 893.832 Civil action for deprivation of constitutional rights.") is no claim; the
    # claim below it keeps its own rights ("any right ..., except the rights secured by article
    # III").
    (
        "end.state_constitution",
        "partial",
        "WI",
        "SECTION 1. 893.832 of the statutes is created to read:\n893.832 Civil action for "
        "deprivation of constitutional rights. (1) A public employee who, under color of law, "
        "deprives a person of any right secured by the Wisconsin constitution, except the rights "
        "secured by article III of the Wisconsin constitution, is liable to that person. (2) "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    # A lift "except as provided in item (2)", item (2) keeping the limits "in an action against
    # the State"; a lift for claims about police conduct, "All other claims under this section
    # remain subject to those limitations": caps lifted only in part.
    (
        "end.damage_caps",
        "partial",
        "SC",
        "SECTION 1. (A) A public employee who, under color of law, deprives a person of a right "
        "secured by the Constitution of this State is liable to the person injured. (B) Qualified "
        "immunity is not available in an action under this section. (C)(1) Except as provided in "
        "item (2), the limitations of Section 15-78-120 do not apply to an action under this "
        "section. (2) In an action against the State or a state agency, the limitations of "
        "Section 15-78-120 apply.",
    ),
    (
        "end.damage_caps",
        "partial",
        "NM",
        "Section 1. A public employee who, under color of law, deprives a person of a right secured "
        "by the bill of rights of the constitution of New Mexico is liable to the person injured. "
        "Qualified immunity shall not be a defense to an action under this section. The "
        "limitations on damages in Section 41-4-19 NMSA 1978 shall not apply to a claim under this "
        "section arising from the conduct of a law enforcement officer. All other claims under "
        "this section remain subject to those limitations.",
    ),
    # The whole award guaranteed in other words: an insurer or pool "that pays the full amount",
    # the employer "shall itself pay any part ... that the insurer or pool does not pay"; and an
    # indemnity of all "except that the public employee shall pay five percent", with "Any part
    # of that share that the public employee does not pay ... shall be paid by" the entity.
    (
        "start.full_compensation",
        "yes",
        "IN",
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of Indiana is liable to the person injured. Qualified immunity is not "
        "a defense to an action under this section. The employer of the peace officer shall "
        "obtain insurance that pays the full amount of any judgment under this section, and shall "
        "itself pay any part of a judgment that the insurer does not pay.",
    ),
    (
        "start.full_compensation",
        "yes",
        "IN",
        "Section 1. A public employee who, under color of law, deprives a person of a right secured "
        "by the Constitution of Indiana is liable to the person injured. Qualified immunity is not "
        "a defense to an action under this section. The governmental entity shall indemnify the "
        "public employee for a judgment under this section, except that the public employee shall "
        "pay five percent of the judgment. Any part of that share that the public employee does "
        "not pay within one year shall be paid by the governmental entity.",
    ),
    # Records "open to the public under the Freedom of Information Act".
    (
        "start.public_records",
        "yes",
        "VA",
        "Section 1. A law-enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of Virginia is liable to the person. Qualified immunity "
        "is not a defense. All records of any internal investigation of the conduct, and the terms "
        "of any judgment or settlement, shall be open to the public under the Virginia Freedom of "
        "Information Act.",
    ),
    # Liability for breaking the duty stated just before, "fails to comply with this division";
    # a contribution the entity "may require" of "up to 10% of the amount of the judgment".
    (
        "start.failure_to_intervene",
        "yes",
        "OH",
        "(B) A peace officer who, under color of law, deprives a person of a right secured by the "
        "Ohio Constitution is liable to the person injured. (C) Qualified immunity is not a "
        "defense. (D) A peace officer who is present when another peace officer uses excessive "
        "force, and who has a reasonable opportunity to intervene, shall intervene. A peace "
        "officer who fails to comply with this division is liable to the person injured.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "IL",
        "Section 5. A public employee who, under color of law, deprives a person of a right "
        "secured by the Illinois Constitution is liable to the person injured. Qualified immunity "
        "is not a defense. If the employing entity finds that the employee acted willfully, it may "
        "require the employee to contribute up to 10% of the amount of the judgment.",
    ),
    # A tort claims act set aside for suits against people the bill says are "not a public
    # officer": private defendants' liability, no public cap lifted.
    (
        "end.damage_caps",
        "no",
        "KS",
        "New Sec. 2. (a) Any bail enforcement agent who enters a residence without consent is "
        "liable to the occupant for actual damages. (b) A bail enforcement agent is not a public "
        "officer or public employee for purposes of this section, and the Kansas tort claims act "
        "shall not apply to an action under subsection (a).",
    ),
    # No claim of the public: the attorney general's suit "for declaratory and injunctive relief
    # against the agency" over a pattern or practice, an officer who "may bring a civil action
    # against the employing agency" after being disciplined, and "any person who knowingly files
    # a false complaint ... against a law enforcement officer ... is liable to the officer".
    (
        "end.state_constitution",
        "no",
        "PA",
        "Section 3. (a) If the Attorney General has reasonable cause to believe that a law "
        "enforcement agency is engaged in a pattern or practice of conduct that deprives persons "
        "of rights secured by the Constitution of Pennsylvania, the Attorney General may bring a "
        "civil action for declaratory and injunctive relief against the agency.",
    ),
    (
        "start.full_compensation",
        "no",
        "FL",
        "(4) CIVIL ACTION.-(a) A law enforcement officer who is dismissed or disciplined by the "
        "employing agency for reporting another officer's unlawful use of force may bring a civil "
        "action against the employing agency. (b) The employing agency shall pay any judgment in "
        "full.",
    ),
    (
        "start.full_compensation",
        "no",
        "WI",
        "(1) Any person who knowingly files a false complaint of misconduct against a law "
        "enforcement officer with the officer's employing agency is liable to the officer for "
        "actual damages. (2) The employing agency shall pay any judgment entered under this "
        "section in full.",
    ),
    # Fees "in an action brought pursuant to subsection 2", subsection 2 being a claim against
    # private patrol licensees: not the rights claim's fees.
    (
        "start.attorney_fees",
        "no",
        "NV",
        "Section 1.\n1. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Nevada is liable to the injured person.\n"
        "2. A licensee under chapter 648 of NRS who detains a person without legal justification "
        "is liable to that person for actual damages.\n3. It is not a defense to an action "
        "brought pursuant to subsection 1 that the peace officer is entitled to qualified "
        "immunity.\n4. In an action brought pursuant to subsection 2, the court shall award "
        "reasonable attorney's fees and costs to a prevailing plaintiff.",
    ),
    # Suits between a government and its own officer, either way round, are no claims of the
    # public: "may bring an action against the officer to recover the amount paid", and an
    # officer "whose employing entity refuses to provide a defense ... may bring an action
    # against the entity".
    (
        "start.attorney_fees",
        "no",
        "ID",
        "6-903A. (1) A governmental entity that has paid a judgment on behalf of a peace officer "
        "may bring an action against the officer to recover the amount paid. (2) In an action "
        "under this section, the court shall award the governmental entity its attorney's fees.\n"
        "6-903B. (1) A peace officer whose employing governmental entity refuses to provide a "
        "defense may bring an action against the entity to recover the costs of the defense. (2) "
        "The court shall award the prevailing officer reasonable attorney's fees.",
    ),
    # Caps kept at new amounts for these claims ("shall each be $500,000 instead of the amounts
    # stated", "the maximum amount that may be recovered under section 24-10-114 (1) is two
    # million dollars", a limit "adjusted ... by the percentage change in the Consumer Price
    # Index"), and a lift in other words ("shall not be limited in amount").
    (
        "end.damage_caps",
        "partial",
        "WI",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Wisconsin Constitution is liable to the person. Qualified immunity is not "
        "a defense to an action under this section. (2) In an action under this section, the "
        "limits on the amount recoverable in ss. 893.80 (3) and 893.82 (6) shall each be $500,000 "
        "instead of the amounts stated in those provisions.",
    ),
    (
        "end.damage_caps",
        "partial",
        "CO",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Colorado Constitution is liable to the person. Qualified immunity is not "
        "a defense to an action under this section. (2) For a claim under this section, the "
        "maximum amount that may be recovered under section 24-10-114 (1) is two million dollars "
        "for any injury to one person.",
    ),
    (
        "end.damage_caps",
        "partial",
        "ME",
        "Sec. 1. 1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Maine is liable to the person. Qualified immunity is not a "
        "defense to an action under this section. 2. For an action under this section, the limit "
        "of liability established in Title 14, section 8105 must be adjusted each year by the "
        "percentage change in the Consumer Price Index.",
    ),
    (
        "end.damage_caps",
        "yes",
        "MA",
        "SECTION 1. (a) A police officer who, under color of law, deprives a person of a right "
        "secured by the constitution of the commonwealth shall be liable to the person. Qualified "
        "immunity shall not be a defense to an action under this section. (b) Notwithstanding "
        "chapter 258, damages recoverable in an action under this section shall not be limited in "
        "amount.",
    ),
    # Claims that are no claims of the public for rights: the agency's own against its officer
    # ("liable to the employing agency for the balance"), a town's liability only for what
    # "results from the negligence" of its employees, and an open-meetings act's personal
    # liability of an official "who intentionally violates this act".
    (
        "start.attorney_fees",
        "no",
        "SD",
        "Section 1. If a law enforcement officer leaves employment before an overpayment of wages "
        "is recovered, the officer is liable to the employing agency for the balance, and the "
        "agency may bring a civil action to recover it. The court shall award reasonable "
        "attorney fees to the prevailing employing agency.",
    ),
    (
        "start.full_compensation",
        "no",
        "AL",
        "Section 1. A city or town is liable for an injury suffered by a person only when it "
        "results from the negligence of an agent, officer, or employee of the city acting in the "
        "line of duty, and the city shall indemnify the officer for any such judgment.",
    ),
    (
        "start.individual_accountability",
        "no",
        "MI",
        "Sec. 13. (1) A public official who intentionally violates this act shall be personally "
        "liable in a civil action for actual damages of not more than $500. (2) Not more than 1 "
        "action under this section shall be brought against a public official for a single "
        "meeting.",
    ),
    # An officer's suit against "a person who knowingly makes a false complaint to a law
    # enforcement agency", even one alleging a deprivation of constitutional rights: no claim of
    # the public against officers.
    (
        "end.state_constitution",
        "no",
        "SC",
        "Section 23-23-180. (A) A person who knowingly makes a false complaint to a law "
        "enforcement agency alleging that an officer deprived the person of a constitutional "
        "right is liable to the officer for actual damages. (B) The court shall award reasonable "
        "attorney's fees to a prevailing officer.",
    ),
    # A claim against "the person", where '"Person" does not include the state, a political
    # subdivision, ... or any officer or employee of a public body': private defendants only.
    (
        "start.attorney_fees",
        "no",
        "OR",
        "SECTION 1. (1) A person aggrieved by an unlawful practice under this section, which "
        "deprives the person of the civil rights secured by this chapter, may bring a civil "
        "action against the person who committed the practice. The court shall award reasonable "
        'attorney fees to a prevailing plaintiff. (2) As used in this section, "person" means an '
        'individual or a corporation. "Person" does not include the state, a political '
        "subdivision, or any officer or employee of a public body.",
    ),
    # "Section 8 applies only to conduct occurring on or after that date" says when the section
    # starts; it carves nothing out of the bar.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 8. (a) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Illinois Constitution is liable to the person.\n(b) Qualified immunity is "
        "not a defense to liability under this Section.\nSection 99. This Act takes effect January "
        "1, 2028; except that Section 8 applies only to conduct occurring on or after that date.",
    ),
    # A recording "made available for viewing, upon request, to the person who was recorded"
    # goes to one person, not the public; an "agreement to settle" posted on the website when it
    # exceeds $50,000 is some records made public.
    (
        "start.public_records",
        "no",
        "OR",
        "Section 6. A police officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to the person. Qualified immunity is not a defense "
        "to an action under this section.\nSection 7. A recording of an encounter shall be made "
        "available for viewing, upon request, to the person who was recorded. Recordings are not "
        "public records.",
    ),
    (
        "start.public_records",
        "partial",
        "OR",
        "Section 6. A police officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to the person. Qualified immunity is not a defense "
        "to an action under this section.\nSection 7. A public body that enters into an agreement "
        "to settle an action under section 6 in which the amount paid exceeds $50,000 shall post "
        "the agreement, including the amount paid, on its website.",
    ),
    # Suits to make an agency act, not to answer for a wrong: a mandamus for records, and an
    # action "to compel a law enforcement agency ... to collect and submit the data"; and an
    # officer's own suit over a discharge. None is a claim of the public against officers.
    (
        "start.attorney_fees",
        "no",
        "IN",
        "Sec. 7. (a) A person aggrieved by the failure of a law enforcement agency to produce a "
        "public record may commence a mandamus action to obtain an order that the record be "
        "produced. The court shall award reasonable attorney's fees to a prevailing plaintiff.\n"
        "Sec. 8. A resident may bring an action to compel a law enforcement agency located in "
        "the county to collect and submit the data required by section 5.\nSec. 9. A police "
        "officer who is discharged or demoted in violation of section 6 may bring a civil action "
        "against the employing agency, and the court shall award reasonable attorney's fees.",
    ),
    # A state's good-faith immunity of officers by its own name: "Official immunity is not a
    # defense" ends it; a cited section's catch-line "(relating to defense of official
    # immunity)" names nothing.
    (
        "end.law_enforcement",
        "yes",
        "TX",
        "Sec. 107.002. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Texas Constitution is liable to the person for damages.\n"
        "Sec. 107.003. Official immunity is not a defense to an action under this chapter.",
    ),
    # A defined class of public employees that "does not include: (1) a peace officer ...":
    # every public employee but the police, so police keep the doctrine.
    (
        "end.law_enforcement",
        "no",
        "OR",
        'Section 1. (1) As used in this section: (a) "Public servant" means an officer or '
        'employee of the state or of any political subdivision of the state. (b) "Public '
        'servant" does not include: (A) a police officer as defined in ORS 181A.355; or (B) a '
        "corrections officer. (2) A public servant who deprives a person of a right secured by the "
        "Oregon Constitution is liable to the person. Qualified immunity is not a defense to an "
        "action under this section.",
    ),
    # A claim against every "public actor", a bar only "against a public actor who is a peace
    # officer": the doctrine ends for police alone.
    (
        "end.public_employees",
        "no",
        "KY",
        '(1) As used in this section, "public actor" means any person acting under color of the '
        "law of this Commonwealth. (2) A public actor who deprives a person of a right secured by "
        "the Constitution of Kentucky is liable to the person. (3) In an action under subsection "
        "(2) against a public actor who is a peace officer, qualified immunity is not a defense.",
    ),
    # The bill's own immunity for volunteers, with its limits ("The immunity provided in section
    # 12 shall not apply to: (1) willful misconduct ..."), and an indemnity for actions "from
    # which the volunteer is not immune": no bar of any officer's defense.
    (
        "end.law_enforcement",
        "no",
        "ME",
        "§ 12. Immunity. A volunteer shall be immune from civil liability for any act in the "
        "course of services to a municipality if the volunteer acted in good faith.\n§ 13. "
        "Exceptions. The immunity provided in section 12 shall not apply to: (1) willful or wanton "
        "misconduct; or (2) the operation of a motor vehicle.\n§ 14. A municipality may "
        "indemnify a volunteer for a judgment in an action from which the volunteer is not "
        "immune under section 13.",
    ),
    # Guard: an immunity the bill grants, withheld from the bill's claim for rights: a bar.
    (
        "end.law_enforcement",
        "yes",
        "ME",
        "§ 12. A law enforcement officer shall be immune from civil liability for any act taken "
        "in good faith.\n§ 13. A law enforcement officer who, under color of law, deprives a "
        "person of a right secured by the Constitution of Maine is liable to the person injured.\n"
        "§ 14. The immunity provided in section 12 shall not apply to an action under section 13, "
        "and qualified immunity is not a defense to such an action.",
    ),
    # "Nothing in this section shall affect the provisions ... with respect to indemnification":
    # the indemnity law as it stands, no duty to pay added.
    (
        "start.full_compensation",
        "no",
        "MA",
        "SECTION 1. Section 11I of chapter 12 of the General Laws is hereby amended by adding the "
        "following paragraph:- In an action under this section against a public employee, "
        "qualified immunity shall not be a defense. Nothing in this section shall affect the "
        "provisions of chapter 258 with respect to indemnification of public employees.",
    ),
    # A section reprinted as it reads now, its good-faith defense in subsection C, and a later
    # enactment "striking subsection C": the defense is gone after the bill.
    (
        "end.law_enforcement",
        "yes",
        "VA",
        "1. That section 8.01-42.9 of the Code of Virginia, which currently reads as follows, is "
        "amended as provided in the second enactment of this act:\n"
        "Section 8.01-42.9. Civil action against law-enforcement officers.\n"
        "A. Any law-enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Virginia shall be liable to the person injured.\n"
        "B. Qualified immunity shall not be a defense to liability under this section.\n"
        "C. It shall be a defense to an action under this section that the officer acted in good "
        "faith.\n"
        "2. That section 8.01-42.9 of the Code of Virginia is amended by striking subsection C.",
    ),
    # An officer "liable to the corporation", good faith no defense in the same sentence: a
    # company's officer, and the company's indemnity and fees are no public payer's.
    (
        "end.law_enforcement",
        "no",
        "SC",
        "SECTION 1. Section 33-8-420(b) is amended to read: (b) An officer who breaches a duty "
        "under subsection (a) is liable to the corporation for the loss, and good faith is not a "
        "defense to liability for a knowing violation of law.\nSECTION 2. A corporation shall "
        "indemnify a director or officer made a party to a proceeding because of that office.",
    ),
    # North Carolina's definitions ("Local official. - Any officer, employee, or agent of a local
    # unit"), the other term ("Local unit. - A county, city ...") read into it: every
    # employee of local governments, not all police and not all public employees; and the
    # dismissal of "a local official" the claim names is mandatory discipline.
    ("end.law_enforcement", "partial", "NC", _NORTH_CAROLINA_LOCAL_ACTORS),
    ("end.public_employees", "partial", "NC", _NORTH_CAROLINA_LOCAL_ACTORS),
    ("start.individual_accountability", "yes", "NC", _NORTH_CAROLINA_LOCAL_ACTORS),
    # "Officer" defined by a company's titles (president, secretary, treasurer, board of
    # directors): a private defendant, whatever rights of members the claim names.
    (
        "start.attorney_fees",
        "no",
        "OH",
        'Sec. 5312.21. (A) As used in this section, "officer" means the president, secretary, '
        "treasurer, or a member of the board of directors of a condominium unit owners "
        "association. (B) An officer who knowingly deprives a unit owner of a right under the "
        "declaration is liable to the unit owner for damages. (C) It is not a defense that the "
        "officer acted in good faith. (D) The court shall award reasonable attorney fees to a "
        "unit owner who prevails.",
    ),
    # A barred term defined as the doctrine only "in an action in which the plaintiff seeks
    # only declaratory or injunctive relief": where damages are sought, the doctrine stays.
    (
        "end.law_enforcement",
        "no",
        "VT",
        'Sec. 1. (a) As used in this section, "immunity defense" means qualified immunity, as '
        "raised in an action in which the plaintiff seeks only injunctive relief.\n(b) A law "
        "enforcement officer who, under color of law, deprives a person of a right secured by the "
        "Vermont Constitution is liable to the person for damages and injunctive relief.\n(c) A "
        "law enforcement officer shall not raise an immunity defense in an action under this "
        "section.",
    ),
    # The bar and the mandatory fees are for "an action brought under section 3", an employee's
    # retaliation suit; the rights claim of section 2 keeps the doctrine and "may" award fees.
    (
        "end.law_enforcement",
        "no",
        "NJ",
        "2. A police officer who, under color of law, deprives a person of a right secured by the "
        "Constitution of this State is liable to the person in a civil action. The court may "
        "award reasonable attorney fees to a prevailing plaintiff.\n3. A public employer shall "
        "not retaliate against an employee who reports such a deprivation. An employee aggrieved "
        "by a violation of this section may bring a civil action against the public employer.\n"
        "4. In an action brought under section 3 of this act, qualified immunity shall not be a "
        "defense, and the court shall award reasonable attorney fees to a prevailing plaintiff.",
    ),
    # A borrowed meaning with some forces left out: '"peace officer" has the meaning given in
    # ..., but does not include a member of the Capitol Police': some police only.
    (
        "end.law_enforcement",
        "partial",
        "DE",
        '§ 8101. (a) In this chapter, "peace officer" has the meaning given in § 1902 of Title '
        "11, but does not include a member of the Capitol Police or of the River and Bay "
        "Authority Police.\n§ 8102. A peace officer who, under color of law, deprives a person of "
        "a right secured by the Delaware Constitution is liable to the person injured. Qualified "
        "immunity is not a defense to an action under this section.",
    ),
    # The rights by reference, with the section sign: "a right described in § 8104", and
    # "The rights referred to in § 8102 are ...".
    (
        "end.state_constitution",
        "yes",
        "DE",
        "§ 8102. A peace officer who, under color of law, deprives a person of a right described "
        "in § 8104 of this chapter is liable to the person injured. Qualified immunity is not a "
        "defense to an action under this section.\n§ 8104. The rights referred to in § 8102 of "
        "this chapter are all rights guaranteed by the Delaware Constitution.",
    ),
    # A bar limited to claims "for an injunction or for declaratory relief" in a bill whose claim
    # also gives damages: the doctrine shields only from damages, so nothing is ended.
    (
        "end.law_enforcement",
        "no",
        "IN",
        "Sec. 4. (a) A law enforcement officer who, under color of law, deprives an individual of "
        "a right secured by the Constitution of the State of Indiana is liable to the individual "
        "for damages and for an injunction. (b) Qualified immunity is not a defense to a claim "
        "brought under subsection (a) of this section for an injunction or for declaratory relief.",
    ),
    # Guard: the same bar without the limit ends the doctrine for police.
    (
        "end.law_enforcement",
        "yes",
        "IN",
        "Sec. 4. (a) A law enforcement officer who, under color of law, deprives an individual of "
        "a right secured by the Constitution of the State of Indiana is liable to the individual "
        "for damages and for an injunction. (b) Qualified immunity is not a defense to a claim "
        "brought under subsection (a) of this section.",
    ),
    # A present officer "who does not take reasonable steps to do so", having had the
    # opportunity to stop another's deprivation, is liable in his own right.
    (
        "start.failure_to_intervene",
        "yes",
        "NE",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Nebraska is liable to that person for damages. (2) A "
        "peace officer who witnesses another peace officer depriving a person of such a right, who "
        "could have prevented it, and who fails to take any action to do so, is jointly liable with "
        "that officer. (3) Qualified immunity is not a defense to liability under this section.",
    ),
    # A codified immunity section reprinted with a new subsection that withholds it from the
    # actions of the bill's new section (named by its code number in that section's heading,
    # Kansas's "New Sec. 2."): the immunity stays for other claims, not for these.
    (
        "end.law_enforcement",
        "yes",
        "KS",
        "Section 1. K.S.A. 75-6104 is hereby amended to read as follows:\n75-6104. (a) An "
        "employee of a governmental entity shall not be liable for damages for any act unless the "
        "employee acted in violation of clearly established law of which a reasonable person "
        "would have known.\n(b) This section shall not apply to an action under section 75-6121.\n"
        "New Sec. 2. 75-6121. (a) A law enforcement officer who, under color of law, deprives a "
        "person of any right secured by the constitution of the state of Kansas is liable to that "
        "person for damages. (b) It is not a defense to an action under this section that the "
        "officer believed in good faith that the conduct was lawful.",
    ),
    # Guard: without the new subsection, the clearly-established shield survives.
    (
        "end.law_enforcement",
        "no",
        "KS",
        "Section 1. K.S.A. 75-6104 is hereby amended to read as follows:\n75-6104. (a) An "
        "employee of a governmental entity shall not be liable for damages for any act unless the "
        "employee acted in violation of clearly established law of which a reasonable person "
        "would have known.\n"
        "New Sec. 2. 75-6121. (a) A law enforcement officer who, under color of law, deprives a "
        "person of any right secured by the constitution of the state of Kansas is liable to that "
        "person for damages. (b) It is not a defense to an action under this section that the "
        "officer believed in good faith that the conduct was lawful.",
    ),
    # The claim given for "a violation of section 3", section 3 being the bill's prohibition:
    # the rights are the prohibition's.
    (
        "end.state_constitution",
        "yes",
        "NV",
        "Sec. 3. A peace officer shall not, under color of law, deprive a person of a right "
        "secured by the Constitution of the State of Nevada.\nSec. 4. A violation of section 3 "
        "of this act gives rise to a civil action against the peace officer by the person "
        "injured. Qualified immunity is not a defense to an action under this section.",
    ),
    # Guard: a violation that "gives rise to" a penalty gives no claim at all.
    (
        "end.state_constitution",
        "no",
        "NV",
        "Sec. 3. A person shall not take more than five trout in one day from the waters of a "
        "state park.\nSec. 4. A violation of section 3 of this act gives rise to a civil penalty "
        "of not more than $250, which the Department may recover against the violator.",
    ),
    # Liability stated as a duty the officer owes: "owes the injured person a duty to compensate".
    (
        "end.state_constitution",
        "yes",
        "WY",
        "Section 1. A peace officer who, under color of law, violates "
        "a right secured by the Constitution of Wyoming owes the injured person a duty to "
        "compensate that person for the injury. The injured person may enforce the duty by civil "
        "action. Neither qualified immunity nor the officer's good faith excuses the duty.",
    ),
    # "Officer" defined as a company's officer or director: a consumer law's claim and its bar
    # of a good-faith defense are about a business's people, not public officers.
    (
        "end.law_enforcement",
        "no",
        "OR",
        'Section 1. (1) As used in this section, "officer" means an officer or director of a '
        "payday lender. (2) A borrower injured by a payday lender's violation of section 3 may "
        "bring an action against the payday lender and any officer who directed the violation. "
        "(3) In an action under subsection (2), it is not a defense that the officer acted in good "
        "faith, and the court shall award reasonable attorney fees to a prevailing borrower.",
    ),
    # A resolution's recitals, each recital's later sentences included, describe a bill; the
    # resolution enacts nothing. (New York City Council Res. 0645-2024, excerpt: public text.)
    (
        "end.state_constitution",
        "no",
        "NY",
        "Resolution calling on the New York State Legislature to pass, and the Governor to sign S.182A/A.710, in relation to providing a civil action for deprivation of rights.\n"
        'Whereas, According to End Qualified Immunity New York, qualified immunity is a defense used by public officials in civil lawsuits for constitutional rights violations. The current standard of qualified immunity asks whether the official conduct was objectively reasonable and whether it was unlawful under "clearly established law," often stopping many lawsuits in their tracks; and\n'
        "Whereas, Public officials whose conduct may be deemed unlawful or a constitutional violation by the courts can be granted qualified immunity if plaintiffs cannot produce an identical case in the same jurisdiction; and\n"
        "Whereas, Under the proposed law, the Attorney General may bring a civil action on behalf of the state and the injured party without foreclosing the injured party's right to bring an action with damages awarded to the injured party should the Attorney General prevail; and\n"
        "Resolved, That the Council of the City of New York calls on the New York State Legislature to pass, and the Governor to sign S.182A/A.710, in relation to providing a civil action for deprivation of rights.",
    ),
]


# Several actions side by side: a rule placed with another action of the bill is that action's,
# whether it names the action by its subsection ("Subsection B", "subsection (b)" of the same
# section) or says "this section" in that action's own section.
SIDE_BY_SIDE_READINGS = [
    # "A person so deprived" points back to the sentence that says which rights.
    (
        "end.state_constitution",
        "yes",
        "NV",
        "Sec. 3. 1. A public body, or a person acting under color of its authority, shall not "
        "deprive any person of a right secured by the declaration of rights of the Nevada "
        "Constitution. A person so deprived may bring an action against the public body for "
        "damages. 2. Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "end.state_constitution",
        "no",
        "NV",
        "Sec. 3. 1. A public body shall keep a register of its vehicles. A person so deprived "
        "may bring an action against the public body for damages. 2. Qualified immunity is not "
        "a defense to an action under this section.",
    ),
    # A judgment against a contractor, or fees in the contractor's action, named by subsection.
    (
        "start.full_compensation",
        "no",
        "NV",
        "Sec. 3. A. A peace officer who deprives a person of a right secured by the Nevada "
        "Constitution is liable to that person. B. A private company that operates a detention "
        "facility under contract, and its staff, shall not deprive a detainee of a right secured "
        "by the Nevada Constitution; the detainee may bring an action against the company. "
        "C. Qualified immunity is not a defense in an action under this section. D. If a company "
        "does not pay a judgment entered pursuant to Subsection B within sixty days, the "
        "contracting public body shall pay the judgment in full.",
    ),
    (
        "start.attorney_fees",
        "no",
        "NV",
        "Sec. 3. A. A peace officer who deprives a person of a right secured by the Nevada "
        "Constitution is liable to that person. B. A private company that operates a detention "
        "facility under contract, and its staff, shall not deprive a detainee of a right secured "
        "by the Nevada Constitution; the detainee may bring an action against the company. "
        "C. Qualified immunity is not a defense in an action under this section. D. In an action "
        "pursuant to Subsection B, the court shall award reasonable attorney fees to a "
        "prevailing plaintiff.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "NV",
        "Sec. 3. A. A peace officer who deprives a person of a right secured by the Nevada "
        "Constitution is liable to that person. B. A private company that operates a detention "
        "facility under contract, and its staff, shall not deprive a detainee of a right secured "
        "by the Nevada Constitution; the detainee may bring an action against the company. "
        "C. Qualified immunity is not a defense in an action under this section. D. In an action "
        "pursuant to Subsection A, the court shall award reasonable attorney fees to a "
        "prevailing plaintiff.",
    ),
    # An employee's own suit against the public entity is no promise to pay victims.
    (
        "start.full_compensation",
        "no",
        "CA",
        "52.7. (a) An employee of a public entity who, under color of law, deprives a person of "
        "a right secured by the California Constitution is liable to that person. (b) Qualified "
        "immunity is not a defense in an action under subdivision (a). (c) (1) A public entity "
        "shall not discharge an employee for testifying in an action under subdivision (a). "
        "(2) An employee subjected to a violation of paragraph (1) may bring an action against "
        "the public entity.",
    ),
    # The attorney general's suit for equitable relief, its transparency rule and its caps.
    (
        "start.public_records",
        "no",
        None,
        "Sec. 4. (a) Any law enforcement officer who, under color of law, deprives a person of "
        "rights secured by the Constitution shall be liable to that person. (b) Whenever the "
        "Attorney General has reason to believe that an agency engages in a pattern of such "
        "deprivations, the Attorney General may bring a civil action for appropriate equitable "
        "relief. (c) Qualified immunity is not a defense in an action under subsection (a). "
        "(d) The Attorney General shall publish on a public website the complaint and any "
        "consent decree in each action under subsection (b).",
    ),
    (
        "end.damage_caps",
        "no",
        "MD",
        "5-5B-02. (A) A public employee who, under color of law, deprives an individual of a "
        "right secured by the Maryland Declaration of Rights is liable to the individual. (B) The "
        "Attorney General may bring a civil action against a unit of government that engages in "
        "a pattern of such deprivations to obtain injunctive relief. (C) Qualified immunity is "
        "not a defense in an action under subsection (A). (D) The limitations on liability under "
        "section 5-303 of this title do not apply to an action under subsection (B).",
    ),
    (
        "end.damage_caps",
        "yes",
        "MD",
        "5-5B-02. (A) A public employee who, under color of law, deprives an individual of a "
        "right secured by the Maryland Declaration of Rights is liable to the individual. (B) The "
        "Attorney General may bring a civil action against a unit of government that engages in "
        "a pattern of such deprivations to obtain injunctive relief. (C) Qualified immunity is "
        "not a defense in an action under subsection (A). (D) The limitations on liability under "
        "section 5-303 of this title do not apply to an action under subsection (A).",
    ),
    # "This section" in the section of a claim against a private security firm.
    (
        "start.public_records",
        "no",
        "VA",
        "§ 8.01-226.40. Action against law-enforcement officers.\nA. Any law-enforcement officer "
        "who under color of law deprives any person of a right secured by Article I of the "
        "Constitution of Virginia shall be liable to the person injured.\nB. Qualified immunity "
        "shall not be a defense in any action under subsection A.\n§ 8.01-226.41. Action "
        "against private security businesses.\nA. Any private security business that unlawfully "
        "detains a person shall be liable to the person injured.\nB. The Department shall "
        "publish on its website the name of each business against which a judgment is entered "
        "under this section.",
    ),
    (
        "start.public_records",
        "yes",
        "VA",
        "§ 8.01-226.40. Action against law-enforcement officers.\nA. Any law-enforcement officer "
        "who under color of law deprives any person of a right secured by Article I of the "
        "Constitution of Virginia shall be liable to the person injured.\nB. Qualified immunity "
        "shall not be a defense in any action under subsection A.\nC. The Department shall "
        "publish on its website the name of each officer against whom a judgment is entered "
        "under this section.",
    ),
    # "Subsection (1)" of another section, and one public body suing another over a contract.
    (
        "start.public_records",
        "no",
        "MI",
        "Sec. 2. (1) A school resource officer who, under color of law, deprives a person of any "
        "right secured by article 1 of the state constitution of 1963 is liable to that person. "
        "(2) Qualified immunity is not a defense to an action under subsection (1).\nSec. 3. "
        "(1) A school district may bring an action against the law enforcement agency that "
        "assigned a school resource officer to recover its costs if the agency breaches the "
        "agreement. (2) A school district shall publish on its website each judgment entered in "
        "an action under subsection (1).",
    ),
    (
        "start.public_records",
        "yes",
        "MI",
        "Sec. 2. (1) A school resource officer who, under color of law, deprives a person of any "
        "right secured by article 1 of the state constitution of 1963 is liable to that person. "
        "(2) Qualified immunity is not a defense to an action under subsection (1). (3) The "
        "school district shall publish on its website each judgment entered in an action under "
        "subsection (1).",
    ),
    (
        "end.law_enforcement",
        "partial",
        "MI",
        "Sec. 2. (1) A school resource officer who, under color of law, deprives a person of any "
        "right secured by article 1 of the state constitution of 1963 is liable to that person. "
        "(2) Qualified immunity is not a defense to an action under subsection (1).\nSec. 3. "
        "(1) A school district may bring an action against the law enforcement agency that "
        "assigned a school resource officer to recover its costs if the agency breaches the "
        "agreement.",
    ),
    # Rights cut down inside the claim: "except the rights set forth in Article III"; the rights
    # of some people ("secured to persons accused of crime"); a defined name for the rights that
    # points to a list of sections.
    (
        "end.state_constitution",
        "partial",
        "IL",
        "Sec. 5. (a) A peace officer who, under color of law, deprives any person of any right "
        "secured by the Illinois Constitution, except the rights set forth in Article III of that "
        "Constitution, is liable to the person injured. (b) Qualified immunity is not a defense "
        "to an action under this Section.",
    ),
    (
        "end.state_constitution",
        "partial",
        "ME",
        "Sec. 2. A public employee who, under color of law, deprives a person of any right "
        "secured to persons accused of crime by the Constitution of Maine is liable to that person "
        "in a civil action. Qualified immunity is not a defense in an action under this section.",
    ),
    (
        "end.state_constitution",
        "yes",
        "ME",
        "Sec. 2. A public employee who, under color of law, deprives a person of any right "
        "secured by the Constitution of Maine is liable to that person in a civil action. "
        "Qualified immunity is not a defense in an action under this section.",
    ),
    (
        "end.state_constitution",
        "partial",
        "WA",
        'NEW SECTION. Sec. 1. (1) "Protected right" means a right listed in section 2 of this '
        "act.\nNEW SECTION. Sec. 2. The following are protected rights: (1) the right to speak "
        "freely under Article I, section 5 of the state Constitution; (2) the right to petition "
        "under Article I, section 4 of the state Constitution; and (3) the right to equal "
        "privileges under Article I, section 12 of the state Constitution.\nNEW SECTION. Sec. 3. "
        "A peace officer who, under color of law, deprives a person of a protected right is "
        "liable to that person. Qualified immunity is not a defense to an action under this "
        "section.",
    ),
    # Which actions are the public's: an officer's retaliation suit, a regulator's or a
    # vendor's, a claim for an innocent person's compensation are not; a bar, a cap lift or a fee
    # placed with them (by "this section", "this subsection", "this act") is theirs.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "SECTION 2. (1) A police officer who is suspended or discharged because the officer "
        "reported misconduct of another officer to a supervisor or to a district attorney may "
        "bring an action against the employing law enforcement agency. (2) Qualified immunity "
        "shall not be a defense to an action under this section.\nSECTION 3. A person that "
        "provides training to a law enforcement agency under a written contract may bring an "
        "action against the agency for any amount due under the contract.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 5. (a) A person who was imprisoned for a felony and who has received a "
        "certificate of innocence may bring a claim against the State for compensation. "
        "(b) The Training and Standards Board may bring a civil action against a law enforcement "
        "agency that fails to report a decertification.\nSection 10. In any action under this "
        "Act, qualified immunity shall not be a defense.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 5. (a) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Illinois Constitution is liable to that person. (b) The Training and "
        "Standards Board may bring a civil action against a law enforcement agency that fails to "
        "report a decertification.\nSection 10. In any action under this Act, qualified "
        "immunity shall not be a defense.",
    ),
    (
        "end.damage_caps",
        "no",
        "FL",
        "Section 1. Section 768.283, Florida Statutes, is created to read:\n768.283 Civil "
        "actions.--(1) A law enforcement officer who, under color of law, deprives any person of "
        "a right secured by the Declaration of Rights of the State Constitution is liable to that "
        "person. Qualified immunity is not a defense.\n(2) An officer who is demoted for "
        "reporting a violation described in subsection (1) may bring an action against the "
        "employing agency. The limitations of s. 768.28(5) do not apply to an action under this "
        "subsection.",
    ),
    (
        "end.damage_caps",
        "no",
        "NC",
        'SECTION 1. Chapter 143 is amended by adding a new Article to read:\n"§ 143-300.71. '
        "Action for deprivation of rights.\n(a) A State law enforcement officer who, under "
        "color of law, deprives any person of a right secured by Article I of the North Carolina "
        "Constitution is liable to the person.\n(b) Qualified immunity shall not be a defense "
        'to an action under this section.\n"§ 143-300.72. Vendor claims.\nA person who has '
        "furnished goods to a State law enforcement agency under contract may bring an action "
        "against the State for amounts due. The limits of G.S. 143-299.2 shall not apply to an "
        'action under this section."',
    ),
    (
        "start.attorney_fees",
        "no",
        "NJ",
        "Section 1. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the New Jersey Constitution is liable to that person. Qualified "
        "immunity is not a defense. (b) A vendor that supplied equipment to a police department "
        "under a written contract may bring an action against the municipality for the unpaid "
        "balance. (c) The court shall award reasonable attorney's fees to a prevailing vendor.",
    ),
    (
        "start.full_compensation",
        "no",
        "NY",
        "Section 1. The civil rights law is amended by adding a new section 79-r to read as "
        "follows:\n§ 79-r. 1. A police officer who, under color of law, deprives any person of "
        "a right secured by the constitution of the state of New York is liable to the person. "
        "2. Qualified immunity shall not be a defense to an action under this section.\n§ 2. "
        "Section 8-b of the court of claims act is amended by adding a new subdivision 8 to read "
        "as follows:\n8. In a claim under this section, the state shall pay the full amount of "
        "any award.",
    ),
    # Omnibus bills: an immunity for another program's people, a study of whether to create a
    # claim, counts of complaints, an indemnity for volunteers, fees in a records suit, a payer
    # that pays the officer's personal part, and a duty its own section enforces by discipline.
    (
        "end.law_enforcement",
        "yes",
        "CA",
        "SEC. 4. Section 52.36 is added to the Civil Code, to read:\n52.36. (a) A peace officer "
        "who, under color of law, deprives a person of a right secured by the California "
        "Constitution is liable to that person. (b) It is not a defense that the officer acted in "
        "good faith, and qualified immunity is not a defense.\nSEC. 9. Section 5160 is added to "
        "the Welfare and Institutions Code, to read:\n5160. A responder acting within the scope "
        "of the crisis pilot program is not liable for any injury caused by a decision not to "
        "request assistance, if the decision was made in good faith.",
    ),
    (
        "end.state_constitution",
        "no",
        "WI",
        "SECTION 12. The joint legislative council is requested to conduct a study of whether this "
        "state should create a civil cause of action against law enforcement officers for the "
        "deprivation of rights secured by the Wisconsin Constitution, and whether qualified "
        "immunity should be available in such an action.",
    ),
    (
        "start.public_records",
        "no",
        "CO",
        "Section 3. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Colorado Constitution is liable to that person. Qualified immunity is not "
        "a defense.\nSection 7. (4) A civilian oversight board shall publish an annual report "
        "summarizing the number and categories of complaints it received.",
    ),
    (
        "start.public_records",
        "yes",
        "CO",
        "Section 3. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Colorado Constitution is liable to that person. Qualified immunity is not "
        "a defense.\nSection 7. (4) A civilian oversight board shall publish on its website each "
        "complaint it received and its disposition.",
    ),
    (
        "start.public_records",
        "no",
        "MA",
        "SECTION 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the constitution of the commonwealth is liable to that person. Qualified "
        "immunity is not a defense.\nSECTION 13. The registrar shall contract for an annual "
        "analysis of the traffic stop data. The analysis shall be published on the registry's "
        "website.",
    ),
    (
        "start.full_compensation",
        "no",
        "MA",
        "SECTION 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the constitution of the commonwealth is liable to that person. Qualified "
        "immunity is not a defense.\nSECTION 9. A law enforcement agency that accepts volunteers "
        "as auxiliary officers or chaplains shall indemnify each volunteer for any judgment "
        "arising from acts within the scope of the volunteer's assignment.",
    ),
    (
        "start.attorney_fees",
        "no",
        "WA",
        "Sec. 2. A peace officer who, under color of law, deprives a person of a right secured by "
        "the state Constitution is liable to that person. Qualified immunity is not a defense. "
        "The court may award attorney fees.\nSec. 8. A person who prevails against an agency in "
        "a court action to inspect or copy a public record shall be awarded the costs of the "
        "action, including reasonable attorney fees.",
    ),
    (
        "start.individual_accountability",
        "no",
        "OR",
        "SECTION 13. (1) A local public officer who, under color of law, deprives a person of a "
        "right secured by the Oregon Constitution is liable to that person. Qualified immunity is "
        "not a defense.\nSECTION 14. A local public body shall indemnify a local public officer "
        "against whom a claim is made under section 13, and shall pay the entire amount of any "
        "judgment, including any portion of the judgment for which the local public officer is "
        "personally liable.",
    ),
    (
        "end.law_enforcement",
        "no",
        "WI",
        "SECTION 9. 893.80 (4m) of the statutes is created to read:\n893.80 (4m) No suit may be "
        "brought against a political corporation, or against any law enforcement officer "
        "employed by it, for a decision made in good faith to initiate or terminate a vehicle "
        "pursuit.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "IA",
        "Sec. 2. NEW SECTION. 80B.12 Duty to intervene.\n1. A law enforcement officer who "
        "observes another law enforcement officer using unreasonable force shall intervene to "
        "stop it.\n2. An officer who fails to intervene as required by this section shall be "
        "subject to discipline by the employing agency.\n3. This section does not create a "
        "private cause of action.\nSec. 9. NEW SECTION. 670C.2 Civil action.\n1. A law "
        "enforcement officer who, under color of law, deprives a person of a right secured by the "
        "Iowa Constitution, including by failing to intervene, is liable to that person.\n2. "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "IA",
        "Sec. 2. NEW SECTION. 670C.5 Duty to intervene.\n1. A law enforcement officer who "
        "observes another law enforcement officer using unreasonable force shall intervene to "
        "stop it.\n2. An officer who fails to intervene as required by this section shall be "
        "subject to discipline by the employing agency.\nSec. 9. NEW SECTION. 670C.2 Civil "
        "action.\n1. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Iowa Constitution, including by failing to intervene in violation "
        "of section 670C.5, is liable to that person.\n2. Qualified immunity is not a defense "
        "to an action under this section.",
    ),
    (
        "start.attorney_fees",
        "no",
        "TX",
        "SECTION 2. Article 2.1387, Code of Criminal Procedure, is amended to read:\n(d) A law "
        "enforcement agency may not suspend, terminate, or take other adverse personnel action "
        "against an officer who in good faith intervenes or makes a report under this article."
        "\nSECTION 7. Section 552.3236, Government Code, is added to read:\nSec. 552.3236. In an "
        "action brought under Section 552.321 to obtain a recording made by a body worn camera, "
        "the court shall assess reasonable attorney's fees incurred by a plaintiff who "
        "substantially prevails.",
    ),
    # Defense rules: the one immunity a bar leaves standing; a defined term for the defenses;
    # procedural defenses kept beside the bar; a long subject before "is available".
    (
        "end.law_enforcement",
        "no",
        "SD",
        "Section 1. Any law enforcement officer who, under color of law, deprives a person of any "
        "right secured by the Constitution of South Dakota is liable to the person injured. "
        "Section 2. No immunity, other than qualified immunity, is a defense to an action under "
        "section 1 of this Act.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OR",
        'SECTION 1. As used in sections 1 and 2 of this 2025 Act: (1) "Immunity defense" means '
        "any claim by a defendant that the defendant is immune from liability because the right "
        "was not clearly established or because the defendant acted in good faith.\nSECTION 2. "
        "(1) A peace officer who, under color of law, deprives a person of a right secured by the "
        "Oregon Constitution is liable to the person. (2) An immunity defense may not be "
        "asserted in an action under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "CA",
        "52.4. (a) A peace officer who, under color of law, deprives a person of a right secured by "
        "the California Constitution is liable to the injured person. (b) Except for the defenses "
        "of the statute of limitations and of failure to state a claim, no defense of immunity "
        "from suit or from liability, whether created by statute or by judicial decision, and "
        "including any defense based on the defendant's good faith, on the reasonableness of the "
        "defendant's belief in the lawfulness of the conduct, or on the state of the law at the "
        "time of the conduct, is available to a defendant in an action under this section.",
    ),
    # Classes: police left out by the class's definition (not when "other than a peace officer"
    # is an exception to what the definition leaves out); an officer's suit against "the
    # employing law enforcement unit".
    (
        "end.law_enforcement",
        "no",
        "WI",
        '893.836 Civil action. (1) In this section, "public employee" means any officer, '
        "employee, or agent of this state or of any political corporation, governmental "
        "subdivision, or agency thereof, other than a law enforcement officer.\n(2) A public "
        "employee who, under color of law, deprives any person of a right secured by the "
        "Wisconsin Constitution is liable to the person.\n(3) Qualified immunity is not a "
        "defense to an action under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "KY",
        '(1) As used in this section, "public employee" means any officer or employee of the '
        "Commonwealth or of any county, city, or other political subdivision, but does not "
        "include an employee, other than a peace officer, of a local board of education.\n(2) A "
        "public employee who, under color of law, deprives a person of any right secured by the "
        "Constitution of Kentucky shall be liable to that person.\n(3) In an action under "
        "subsection (2) of this section, qualified official immunity shall not be a defense.",
    ),
    (
        "end.law_enforcement",
        "no",
        "OR",
        "SECTION 1. (1) A police officer who is disciplined or discharged in retaliation for "
        "reporting that another officer deprived a person of a constitutional right may bring a "
        "civil action against the employing law enforcement unit for reinstatement and damages. "
        "(2) In an action under this section, the law enforcement unit may not assert qualified "
        "immunity as a defense.",
    ),
    # A bar with limits beside it: the codified doctrine said to apply to larger claims, the
    # doctrine's test restated, a good-faith showing that cuts damages to nominal ones.
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Section 1. NEW SECTION. 670.4C Deprivation of rights.\n1. A peace officer who under color "
        "of law deprives a person of a right secured by article I of the Constitution of the "
        "State of Iowa is liable to the person.\n2. In an action under this section in which the "
        "plaintiff seeks damages of not more than fifty thousand dollars, qualified immunity is "
        "not a defense.\n3. In an action under this section in which the plaintiff seeks damages "
        "of more than fifty thousand dollars, section 670.4A applies.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NC",
        "§ 99D-20. Civil action.\n(a) A law enforcement officer who, under color of law, deprives "
        "a person of a right secured by the North Carolina Constitution is liable to the person.\n"
        "(b) Qualified immunity is not a defense to an action under this section. A defendant is "
        "not liable, however, unless a reasonable law enforcement officer in the defendant's "
        "position would have "
        "known that the conduct violated the plaintiff's rights.",
    ),
    (
        "end.law_enforcement",
        "no",
        "RI",
        "9-1.7-1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Rhode Island Constitution shall be liable to the person.\n9-1.7-2. (a) It "
        "is not a defense to an action under this chapter that the right was not clearly "
        "established. (b) An officer who establishes that the officer acted in good faith shall "
        "be liable for nominal damages only.",
    ),
    # Records: fees in a records appeal, how complaints are taken in, a database kept closed,
    # counts of complaints without names, what a camera policy must cover.
    (
        "start.public_records",
        "no",
        "PA",
        "Section 3. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of Pennsylvania is liable to the person. Qualified "
        "immunity is not a defense.\nSection 7. (a) If a requester appeals the denial of a request "
        "for a use-of-force record and the court finds that the agency denied access in bad faith, "
        "the court shall award reasonable attorney fees to the requester. (b) Each agency shall "
        "accept a complaint concerning an officer through an online form posted on its website "
        "and may not require a complainant to disclose his or her immigration status. (c) The "
        "contents of the complaint database shall not be deemed public records. (d) Each agency "
        "shall publish annually the total number of complaints received, by type of allegation "
        "and by disposition, without identifying any complainant or officer. (e) The model "
        "policy shall address the retention of recordings and their release to the public.",
    ),
    (
        "start.public_records",
        "yes",
        "PA",
        "Section 3. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of Pennsylvania is liable to the person. Qualified "
        "immunity is not a defense.\nSection 7. Each agency shall publish on its website each "
        "sustained complaint against an officer and its disposition.",
    ),
    # Rights listed after the article ("Article I, section 1, 4, 5, 6, 6-A or 15"); an
    # immunity for giving references; a duty named only in a synopsis after the act.
    (
        "end.state_constitution",
        "partial",
        "ME",
        "Sec. 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Maine, Article I, section 1, 4, 5, 6, 6-A or 15 is liable "
        "to the person injured. Qualified immunity is not a defense.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "MO",
        "537.901. 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Missouri Constitution is liable to the person. 2. Neither qualified immunity nor "
        "official immunity shall be a defense to liability under this section.\n590.185. 3. A "
        "law enforcement agency, and any officer or employee thereof, that provides information "
        "in good faith under this section shall be immune from civil liability for providing "
        "the information.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "DE",
        "Section 1. § 8404D. Duty to intervene.\n(b) A police officer who observes another officer "
        "using excessive force shall intervene. An officer who fails to intervene is subject to "
        "discipline. This subsection does not create a private right of action.\nSection 2. "
        "§ 4032. Civil action.\n(a) A public employee who, under color of law, subjects or causes "
        "to be subjected, including by failing to intervene, any person to the deprivation of any "
        "right secured by the Delaware Constitution is liable to the person. (b) Qualified "
        "immunity is not a defense.\nSYNOPSIS\nThis Act adopts a public safety package. It "
        "requires crisis intervention training and a duty to intervene, and creates a civil "
        "action.",
    ),
    # A bill that only grants an immunity, with a rule on that immunity's own test; a licensing
    # proceeding's rule on good faith.
    (
        "start.full_compensation",
        "no",
        "AK",
        "Sec. 09.65.400. (a) A peace officer is not liable in a civil action for damages for an act "
        "within the scope of employment unless the act violated a clearly established right. (b) "
        "It is not a defense under (a) of this section that the officer subjectively believed the "
        "conduct was lawful. (c) The employing agency shall indemnify a peace officer for a "
        "judgment entered against the officer in an action described in (a) of this section.",
    ),
    (
        "end.law_enforcement",
        "no",
        "AL",
        "Section 1. (a) The commission shall revoke the certification of a law enforcement officer "
        "who, after notice and hearing, is found to have deprived a person of a right secured by "
        "the Constitution of Alabama. (b) In a proceeding under this section, it is not a defense "
        "that the officer acted in good faith. (c) Nothing in this section creates a private cause "
        "of action.",
    ),
    # Start criteria in other words: caps lifted but kept "in an action against the state" or
    # by a sentence after the lift, a cap indexed to prices, records "available for public
    # access", a threshold in words, an hourly-rate cap on fees, fees denied for some claims, a
    # carve-out in a subsection of its own, a class defined as those acting for local agencies.
    (
        "end.damage_caps",
        "partial",
        "OR",
        "SECTION 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person. (2) Qualified immunity is not "
        "a defense. (3) The limitations on liability in ORS 30.271 and 30.272 do not apply to a "
        "claim under this section, except that in an action against the state the limitations of "
        "ORS 30.271 apply.",
    ),
    (
        "end.damage_caps",
        "partial",
        "VT",
        "§ 5623. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by Chapter I of the Vermont Constitution is liable to the person. Qualified "
        "immunity is not a defense to an action under this chapter.\n§ 5624. LIMITS\nThe limit "
        "in section 5601(b) of this title on the aggregate liability for all claims arising out "
        "of each occurrence does not apply to an action under this chapter. The limit of "
        "$500,000.00 to any one person applies.",
    ),
    (
        "end.damage_caps",
        "partial",
        "DE",
        "§ 4041. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Delaware Constitution is liable to the person. Qualified immunity is not a "
        "defense.\n§ 4042. The limitation in § 4013 of this title applies to an action under this "
        "chapter, except that the amount stated in § 4013 shall be adjusted on January 1 of each "
        "year by the percentage change in the Consumer Price Index.",
    ),
    (
        "start.public_records",
        "yes",
        "NJ",
        "1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the New Jersey Constitution is liable to the person. Qualified immunity is "
        "not a defense.\n8. Records of any complaint, settlement, or judgment relating to a claim "
        "under this act are government records and shall be made available for public access "
        "pursuant to P.L.1963, c.73.",
    ),
    (
        "start.public_records",
        "partial",
        "IN",
        "Sec. 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Indiana is liable to the person. Qualified "
        "immunity is not a defense.\nSec. 8. Each governmental entity shall publish on its "
        "Internet web site each settlement of a claim under this chapter in which the amount paid "
        "exceeds fifty thousand dollars ($50,000), together with the amount paid.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "MI",
        "Sec. 3. (1) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the state constitution of 1963 is liable to the person. (2) Qualified "
        "immunity is not a defense. (6) The court shall award to a prevailing plaintiff "
        "reasonable attorney fees and costs, except that attorney fees may not be calculated at "
        "an hourly rate exceeding $200.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "RI",
        "9-1.7-2. A law enforcement officer who, under color of law, deprives any person of a right "
        "secured by the constitution or laws of this state is liable to the person. Qualified "
        "immunity shall not be a defense.\n9-1.7-7. If the plaintiff prevails on a claim that the "
        "officer deprived the plaintiff of a right secured by the constitution of this state, the "
        "court shall award reasonable attorneys' fees and costs. No fees shall be awarded on a "
        "claim resting only on the laws of this state.",
    ),
    (
        "start.full_compensation",
        "no",
        "MI",
        "Sec. 3. A governmental employee who, under color of law, deprives a person of a right "
        "secured by the state constitution of 1963 is liable to the person. Qualified immunity is "
        "not a defense.\nSec. 7. (1) The governmental agency that employs the governmental "
        "employee shall bear the cost of any judgment or settlement entered against the employee "
        "under this act. (2) A governmental agency is not required to bear any part of a judgment "
        "or settlement if it determines that the employee acted in bad faith or with malice.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "PA",
        '§ 8550.2. (a) As used in this section, the term "employee" means any person who is '
        "acting or has acted on behalf of a local agency, whether compensated or not, and "
        "includes any police officer employed by a local agency. (b) An employee who, under color "
        "of law, deprives any person of a right secured by Article I of the Constitution of "
        "Pennsylvania is liable to that person. (c) Qualified immunity shall not be a defense to "
        "an action under this section.",
    ),
    # Traps: a good-faith rule in a claim for compensation after a wrongful imprisonment, an
    # employee's suit "against whom a personnel action is taken", a claim against private
    # persons whose section leaves public actors out.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 10. (a) A claimant may file a claim against the State in the Court of Claims for "
        "compensation for wrongful imprisonment. (b) The good faith of any police officer or "
        "other employee of the State is not a defense to the claim, and the claim does not depend "
        "on the deprivation of any right.",
    ),
    (
        "end.damage_caps",
        "no",
        "TX",
        "Sec. 623.003. (a) A public employee against whom a personnel action is taken in "
        "violation of Section 623.002 may sue the employing entity for reinstatement and "
        "damages. (b) The limits of Section 101.023, Civil Practice and Remedies Code, do not "
        "apply to a suit under this section.",
    ),
    (
        "end.state_constitution",
        "no",
        "AR",
        "16-123-601. (a) A person who, by force or intimidation, interferes with another person's "
        "exercise of a right secured by the Arkansas Constitution is liable to the injured "
        "person. (b) The court shall award reasonable attorney's fees to a prevailing plaintiff. "
        "(c) This section does not apply to any act of an officer or employee of the state or of "
        "a political subdivision of the state, or to any act of a law enforcement officer.",
    ),
    # More actions side by side: a public body's suit to recover what it paid (its heading run
    # into its first sentence), the attorney general's suit "for damages on behalf of the
    # individuals affected", a prosecutor's civil-penalty suit, a commission's penalty, fees to
    # "the prevailing public entity", and a bar by reference to another section's defenses.
    (
        "end.law_enforcement",
        "no",
        "NM",
        "SECTION 1. [NEW MATERIAL] CLAIM.--A. A public body that subjects any person to the "
        "deprivation of any rights secured by the bill of rights of the constitution of New Mexico "
        "shall be liable to the person. B. The court may award attorney fees.\nSECTION 2. [NEW "
        "MATERIAL] ACTION BY PUBLIC BODY TO RECOVER AMOUNTS PAID.--A. A public body that has paid "
        "a judgment in an action under Section 1 of this act may bring an action against its "
        "employee whose conduct gave rise to the judgment. B. In an action under this section, "
        "the employee may not assert qualified immunity as a defense.",
    ),
    (
        "end.damage_caps",
        "no",
        "MD",
        "3-2601. (A) A law enforcement officer who, under color of law, deprives an individual of "
        "any right secured by the Maryland Declaration of Rights is liable to the individual. (B) "
        "The doctrine of qualified immunity does not apply.\n3-2602. (A) If the Attorney General "
        "has reason to believe that a law enforcement agency has engaged in a pattern of such "
        "deprivations, the Attorney General may bring a civil action against the agency for "
        "injunctive relief and for damages on behalf of the individuals affected. (B) The "
        "limitations on liability under the Local Government Tort Claims Act do not apply to an "
        "action under this section.",
    ),
    (
        "end.damage_caps",
        "no",
        "NC",
        "§ 99H-1. (a) A sworn law enforcement officer who, under color of law, deprives a person "
        "of a right secured by Article I of the North Carolina Constitution is liable to the "
        "person. (b) Qualified immunity shall not be a defense.\n§ 99H-2. (a) The Commission may "
        "impose a civil penalty of up to ten thousand dollars on an officer who has deprived a "
        "person of such a right. (b) The limits of G.S. 143-299.2 shall not apply to an action "
        "under this section.",
    ),
    (
        "start.attorney_fees",
        "no",
        "NJ",
        "1. a. A public entity is liable to any person who is deprived of any right secured by the "
        "Constitution of this State by an employee of the public entity. b. A public entity may "
        "not assert the qualified immunity of its employee as a defense.\n2. a. A public entity "
        "that has paid a judgment under section 1 for an employee acting under the direction of "
        "another public entity may bring an action against that other public entity for "
        "contribution. b. In an action under this section, the court shall award reasonable "
        "counsel fees to the prevailing public entity.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "FL",
        "Section 1. Section 493.6131, Florida Statutes, is created to read:\n493.6131 Civil action "
        "against security agencies.--(1) A person deprived of a right secured by the State "
        "Constitution by a licensed security officer may bring an action against the security "
        "agency that employs the officer. (2) Qualified immunity and any defense that the "
        "defendant acted in good faith are not available in an action under this section.\n"
        "Section 2. Section 768.283, Florida Statutes, is created to read:\n768.283 Civil action."
        "--(1) A law enforcement officer who, under color of law, deprives a person of any right "
        "secured by Article I of the State Constitution is liable to the person. (2) The defenses "
        "described in s. 493.6131(2) are not available in an action under this section.",
    ),
    (
        "end.law_enforcement",
        "no",
        "CO",
        "Be it enacted by the General Assembly of the State of Colorado:\nSECTION 1. 29-5-126. A "
        "peace officer who is discharged without the hearing required by "
        "the employing agency's rules may bring an action against the agency.\nSECTION 2. "
        "24-31-317. The state may bring an action against a local government that hires a peace "
        "officer whose training was paid for by the state, to recover the cost.\nSECTION 3. In "
        "any action or proceeding under this act, neither qualified immunity nor the Colorado "
        "Governmental Immunity Act is a defense.",
    ),
    # Omnibus bills again: a personnel file sent to a hiring agency on its request, a
    # statement of purpose run into the print's header, fees in a schedule of compensation for
    # imprisonment, a payer that indemnifies the officer's personal part, the District of
    # Columbia's government as every public employer, settlement authority, a records appeal.
    (
        "start.public_records",
        "no",
        "NE",
        "Sec. 5. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Nebraska is liable to the person. Qualified immunity is "
        "not a defense.\nSec. 9. (1) Upon request of a law enforcement agency that is considering "
        "the employment of an applicant, an agency that has employed the applicant shall disclose "
        "the applicant's personnel file, including records of discipline. (2) A person whose "
        "request to inspect or copy a public record of a law enforcement agency is denied may "
        "appeal the denial to the district court.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "VT",
        "BILL AS INTRODUCED\nS.215\n2026\nIntroduced by Senator Whitcomb\nSubject: Law "
        "enforcement; civil actions\nStatement of purpose of bill as introduced: This bill "
        "proposes to create a civil cause of action against all law enforcement officers in "
        "Vermont, in which qualified immunity is not a defense.\n\nAn act relating to civil "
        "actions\n\nIt is hereby enacted by the General Assembly of the State of Vermont:\nSec. "
        "1. 12 V.S.A. § 5702 is added to read:\n§ 5702. ACTION\n(a) A member of the Vermont State "
        "Police who, under color of law, deprives a person of a right secured by Chapter I of the "
        "Vermont Constitution is liable to the person.\n(b) Qualified immunity is not a defense "
        "to liability in an action under this chapter.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "IN",
        "SECTION 4. IC 34-13-10-2. A law enforcement officer who, under color of law, deprives a "
        "person of a right secured by the Constitution of the State of Indiana is liable to the "
        "person. Qualified immunity is not a defense. The court shall award reasonable attorney's "
        "fees to a prevailing plaintiff.\nSECTION 9. IC 5-2-23-5. (c) The court shall award fifty "
        "thousand dollars for each year of imprisonment and reasonable attorney fees not to "
        "exceed twenty-five thousand dollars.",
    ),
    (
        "start.individual_accountability",
        "no",
        "VT",
        "§ 5721. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Vermont Constitution is liable to the person. Qualified immunity is not a "
        "defense.\n§ 5722. The State or political subdivision that employs a law enforcement "
        "officer shall indemnify the officer for the entire amount of any judgment, including any "
        "amount for which the officer is personally liable and which the officer does not pay.",
    ),
    (
        "end.public_employees",
        "yes",
        "DC",
        'Sec. 401. For the purposes of this title, the term "District employee" means any officer '
        "or employee of the District of Columbia government or of any agency of the District, "
        "including a sworn member of the Metropolitan Police Department.\nSec. 402. (a) A District "
        "employee who, under color of law, deprives a person of a right secured by the "
        "Constitution is liable to the injured person. (b) It shall not be a defense that the "
        "District employee acted in good faith, or that the right was not clearly established.",
    ),
    # Start criteria in new words: a fund or pool that pays, the employer as "the real party in
    # interest", a bystander "who does not take reasonable steps to intervene", shares the court
    # or employer "shall" order or "may" deduct, a cap restated at new amounts for these claims,
    # release "upon request of any person", a prosecutor's published list of officers.
    (
        "start.full_compensation",
        "yes",
        "CO",
        "SECTION 1. 13-21-135. (1) A peace officer who, under color of law, deprives a person of a "
        "right secured by the Colorado Constitution is liable to the person. (2) Qualified "
        "immunity is not a defense. (3) The general assembly shall appropriate to the risk "
        "management fund amounts sufficient to pay all judgments under this section, and the "
        "fund shall pay each such judgment and settlement in full.",
    ),
    (
        "start.full_compensation",
        "yes",
        "MT",
        "Section 2. A public employee who, under color of law, deprives a person of a right "
        "secured by the constitution of this state is liable to the person. Qualified immunity is "
        "not a defense. In an action under this Act, the employer of the public employee is the "
        "real party in interest.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "NV",
        "Sec. 2. (a) A peace officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of the State of Nevada is liable to the person. (b) Qualified "
        "immunity is not a defense. (c) A bystander officer who is present at the scene and "
        "observes another officer depriving a person of such a right, and who does not take "
        "reasonable steps to intervene, shall be liable to that person under subsection (a).",
    ),
    (
        "start.individual_accountability",
        "yes",
        "NC",
        "§ 99J-1. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the North Carolina Constitution is liable to the person. (b) Qualified "
        "immunity is not a defense. (c) The court shall order a law enforcement officer found "
        "liable under this Article to pay to the employing agency not less than one thousand "
        "dollars ($1,000) nor more than twenty-five thousand dollars ($25,000) of the judgment.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OH",
        "Sec. 2307.99. (A) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Ohio Constitution is liable to the person. (B) Qualified immunity is not a "
        "defense. (C) The employing agency may deduct from the officer's pay an amount of up to "
        "five percent (5%) of a judgment entered against the officer under this section.",
    ),
    (
        "end.damage_caps",
        "partial",
        "FL",
        "768.283 Civil action.--(1) A law enforcement officer who, under color of law, deprives a "
        "person of a right secured by the State Constitution is liable to the person. (2) "
        "Qualified immunity is not a defense. (3) For claims under this section, the limits in s. "
        "768.28(5) are $1 million per person and $2 million per incident.",
    ),
    (
        "start.public_records",
        "yes",
        "VA",
        "§ 8.01-42.9. A. A law-enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of Virginia is liable to the person. B. Qualified "
        "immunity is not a defense. C. A law-enforcement agency shall, upon request of any "
        "person, release the records of any complaint of misconduct against an officer that is "
        "the subject of an action under this section.",
    ),
    (
        "start.public_records",
        "partial",
        "WA",
        "NEW SECTION. Sec. 2. (1) A peace officer who, under color of law, deprives a person of a "
        "right secured by the state Constitution is liable to the person. (2) Qualified immunity "
        "is not a defense. (3) Each county prosecuting attorney shall publish on its public "
        "website the list of peace officers about whom the prosecuting attorney holds potential "
        "impeachment disclosure information.",
    ),
    # Bills of Congress printed without their enacting clause: amending section 1983 "of the
    # Revised Statutes" is Congress's act; widening it to federal officers while keeping the
    # doctrine in part still changes that action.
    (
        "end.state_constitution",
        "yes",
        None,
        "# H.R. 9001\n\n## § 2. Ending qualified immunity for federal agents\n\nSection 1979 of "
        "the Revised Statutes of the United States (42 U.S.C. 1983) is amended by adding at the "
        "end the following:\n\n> It shall not be a defense in any action brought under this "
        "section against a federal agent that the defendant was acting in good faith, or that the "
        "rights secured by the Constitution and laws were not clearly established.",
    ),
    (
        "end.state_constitution",
        "yes",
        None,
        "# H.R. 9002\n\n## § 2. Reforming immunity\n\nSection 1979 of the Revised Statutes (42 "
        'U.S.C. 1983) is amended--\n- (1) by inserting "of the United States or" before "of '
        'any State"; and\n- (2) by adding at the end the following:\n> (b) In any action '
        "brought under this section against an officer of U.S. Customs and Border Protection, an "
        "immunity defense shall only be available if the defendant acted in a manner consistent "
        "with rights secured by the Constitution and laws clearly established at the time.",
    ),
    # Payment and caps in invented words: a judgment that "is a debt of the employer, which
    # shall pay the whole of it"; "uncapped; no limit ... applies"; an officer's share taken
    # from his wages, no cap on the award; a public body's long relative clause before "may
    # bring an action against the officer".
    (
        "start.full_compensation",
        "yes",
        "NV",
        "Sec. 2. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Constitution of the State of Nevada is liable to the person. Qualified immunity is not "
        "a defense. A judgment against an officer under this section is a debt of the officer's "
        "employer, which shall pay the whole of it, and no part of it shall be collected from the "
        "officer.",
    ),
    (
        "end.damage_caps",
        "yes",
        "IA",
        "Section 1. NEW SECTION. 670.4D 1. A peace officer who, under color of law, deprives a "
        "person of a right secured by the Constitution of the State of Iowa is liable to the "
        "person. 2. Qualified immunity is not a defense. 3. Damages under this section are "
        "uncapped; no limit in chapter 669 or 670 applies to an action under this section.",
    ),
    (
        "end.damage_caps",
        "yes",
        "WA",
        "NEW SECTION. Sec. 2. (1) A peace officer who, under color of law, deprives a person of a "
        "right secured by the state Constitution is liable to the person. (2) Qualified immunity "
        "is not a defense. (6) When a judgment is entered against a peace officer under this "
        "section, the employing agency shall deduct from the officer's wages five percent of the "
        "judgment or $25,000, whichever is less, in installments not exceeding ten percent of each "
        "paycheck.",
    ),
    # Omnibus bills (GH): a study committee's draft terms ("would be liable", "would not be
    # available"), fees to a records requestor or a licence applicant, and a bar that opens a
    # list on the lines after it.
    (
        "end.law_enforcement",
        "no",
        "NC",
        "SECTION 7. The Joint Legislative Oversight Committee on Justice and Public Safety shall "
        "study legislation under which (i) a law enforcement officer who, under color of law, "
        "deprives a person of a right secured by Article I of the North Carolina Constitution "
        "would be liable to the injured person; and (ii) qualified immunity and any good-faith "
        "defense would not be available.",
    ),
    (
        "start.attorney_fees",
        "no",
        "NJ",
        "1. a. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the New Jersey Constitution is liable to the person. b. Qualified immunity "
        "is not a defense. c. The court may award attorney fees.\n9. c. A requestor who prevails "
        "in any proceeding challenging the denial of access to a government record shall be "
        "entitled to a reasonable attorney's fee.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "PA",
        "§ 8550.3. Civil action.\n(a) Cause of action.--A police officer who, under color of "
        "law, deprives any person of any right secured by Article I of the Constitution of "
        "Pennsylvania is liable to the injured person.\n(b) Defenses not available.--The "
        "following shall not be a defense to an action under this section:\n(1) Governmental "
        "immunity under Subchapter C.\n(2) Qualified immunity, or any claim that the officer "
        "acted in good faith or that the right was not clearly established.\n(c) Relief.--The "
        "court may award compensatory damages.",
    ),
    (
        "end.law_enforcement",
        "no",
        "FL",
        "Section 1. Section 493.6127, Florida Statutes, is created to read:\n493.6127 Civil remedy."
        '--(1) A person who is detained or searched by a Class "D" security officer licensee in '
        'violation of this chapter may bring an action against the licensee. (2) The Class "B" '
        "security agency that employs the licensee is jointly and severally liable with the "
        "licensee. (3) Neither the licensee nor the agency may assert qualified immunity, good "
        "faith, or any immunity available to a public officer as a defense to an action under "
        "this section.",
    ),
]


# Payers, consequences, bystanders and publications in words other than the usual ones
# ("charged to the appropriation", a bond, a trust, "an obligation to stop", "a public dashboard",
# "shall not carry a firearm"), each beside a guard that must not move.
_OREGON_CLAIM = (
    "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured by "
    "the Oregon Constitution is liable to that person for damages. (2) Qualified immunity is not "
    "a defense to an action under this section. "
)
PAYMENT_AND_CONSEQUENCE_READINGS = [
    # A budget line named as the payer, and "in full".
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Each judgment under this section shall be charged to the "
        "appropriation of the county or city that employs the officer and shall be paid in full.",
    ),
    # A trust that pays every judgment in full.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) A peace officer liability trust is created in the State Treasury. "
        "The trust shall pay every judgment under this section in full within ninety days.",
    ),
    # A fund that pays only what it holds.
    (
        "start.full_compensation",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) The officer liability fund shall pay a judgment under this section "
        "to the extent of the money in the fund at the end of the fiscal year.",
    ),
    # Insurance with limits, and a bond that answers up to its penal sum.
    (
        "start.full_compensation",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) Every city shall carry liability insurance, with limits of at least "
        "$250,000 per claim, that pays judgments under this section against its officers.",
    ),
    (
        "start.full_compensation",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) The official bond of each sheriff shall answer for any judgment "
        "under this section against the sheriff or a deputy, to the amount of its penal sum.",
    ),
    # Insurance that pays all of it, the employer paying what the policy does not.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Each employing agency shall buy a policy of insurance that pays the "
        "entire amount of any judgment under this section against its officers.",
    ),
    # The judgment made a debt of the employer, then the employer bound to pay it.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) A judgment against an officer under this section is a debt of the "
        "agency that employs the officer. The agency shall satisfy the debt in full, including "
        "any part the officer has not paid.",
    ),
    # Guard: a debt of the officer himself, which nobody else pays.
    (
        "start.full_compensation",
        "no",
        "OR",
        _OREGON_CLAIM + "(3) A judgment against an officer under this section is a personal "
        "debt of the officer.",
    ),
    # The officer paying back part after the employer has paid in full limits nothing.
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The employing agency shall pay each judgment under this section in "
        "full. (4) After paying, the agency may require the officer to reimburse the agency up "
        "to 3 percent of the judgment, not to exceed $15,000.",
    ),
    # A payroll deduction capped for the officer is no cap on damages.
    (
        "end.damage_caps",
        "yes",
        "CA",
        "820.16. (a) A peace officer who deprives a person of a right secured by Article I of the "
        "California Constitution is liable to the person for damages. (b) Qualified immunity is "
        "not a defense to an action under this section. (c) The employing city shall deduct from "
        "the wages of an officer against whom a judgment is entered under this section 1 percent "
        "of the judgment, not to exceed five thousand dollars ($5,000).",
    ),
    # Consequences beyond the badge: a firearm taken, pension credit forfeited.
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a judgment is entered under this section "
        "shall not carry a firearm while on duty for six months after the judgment is final.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a final judgment is entered under this "
        "section shall forfeit six months of service credit in the Public Employees Retirement "
        "System.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) The sheriff may bar a deputy against whom a judgment is entered "
        "under this section from carrying a firearm for up to six months.",
    ),
    # Guard: a firearm rule for people under protective orders is no consequence of the claim.
    (
        "start.individual_accountability",
        "no",
        "OR",
        _OREGON_CLAIM + "(3) A person who is subject to a protective order shall not carry a "
        "firearm.",
    ),
    # A bystander's duty in other words, and liability for failing in it.
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) A peace officer who sees another officer depriving a person of a "
        "right described in subsection (1) has an obligation to stop it. An officer who does not "
        "meet that obligation is liable under this section.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) A peace officer present when another officer commits a deprivation "
        "described in subsection (1) has a duty to protect the person from it. An officer who "
        "fails in that duty is liable to the person under this section.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) An officer who, by omission, aids another officer's deprivation of a "
        "right described in subsection (1) is liable as a party to it.",
    ),
    # Guard: a duty to protect the public, with no other officer and no liability.
    (
        "start.failure_to_intervene",
        "no",
        "OR",
        _OREGON_CLAIM + "(3) Every peace officer has a duty to protect the public from harm.",
    ),
    # Publication on a public dashboard, and copies to any person who asks.
    (
        "start.public_records",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Within twenty days after a judgment under this section becomes "
        "final, the employing agency shall post on its public transparency dashboard the case "
        "number, the name of each officer and the amount of the judgment.",
    ),
    (
        "start.public_records",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Within 15 days after a request by any person, the employing agency "
        "shall provide copies of any complaint or judgment in an action under this section.",
    ),
    # Guard: the same dashboard for road repairs.
    (
        "start.public_records",
        "no",
        "OR",
        _OREGON_CLAIM + "(3) The department of transportation shall post on its public "
        "transparency dashboard the cost of each road repair.",
    ),
]


# Who is liable, read from what the class does or whom it works for, and immunities of other
# programs' people beside the claim (written for sets GP and GN; each row beside a guard).
CLASS_AND_OTHER_PEOPLE_READINGS = [
    # A coined term defined by the power of arrest or the duty to enforce the criminal laws.
    (
        "end.public_employees",
        "no",
        "IL",
        'Section 5. As used in this Act, "detaining officer" means any person who, under the laws '
        "of this State, exercises the power of arrest on behalf of the State or any unit of local "
        "government. Section 10. A detaining officer who, under color of law, deprives any person "
        "of a right secured by the Illinois Constitution is liable to that person. Section 15. "
        "Qualified immunity is not a defense to an action under Section 10.",
    ),
    (
        "end.public_employees",
        "no",
        "CO",
        '(1) As used in this section, "crime officer" means any individual employed by the state '
        "or by a county or municipality to enforce the criminal laws of this state. (2) A crime "
        "officer who deprives a person of a right secured by article II of the state constitution "
        "is liable to that person. (3) Qualified immunity is not a defense under this section.",
    ),
    # Guard: the same frame with every employee of those governments.
    (
        "end.public_employees",
        "yes",
        "CO",
        '(1) As used in this section, "covered worker" means any individual employed by the state '
        "or by a county or municipality. (2) A covered worker who deprives a person of a right "
        "secured by article II of the state constitution is liable to that person. (3) Qualified "
        "immunity is not a defense under this section.",
    ),
    # "This section applies only to" a police class narrows "any person".
    (
        "end.public_employees",
        "no",
        "VA",
        "A. Any person who, under color of any statute of the Commonwealth, deprives another of a "
        "right secured by the Constitution of Virginia is liable to the party injured. B. This "
        "section applies only to a person who was a law-enforcement officer at the time of the "
        "conduct. C. Qualified immunity shall not be a defense to an action under this section.",
    ),
    # Every employee of the governments listed after a colon.
    (
        "end.public_employees",
        "yes",
        "KY",
        '(1) As used in this section, "public actor" means any officer, employee, or agent of: '
        "(a) the Commonwealth or any of its agencies; (b) a county, city, or urban-county "
        "government; or (c) a school district. (2) A public actor who deprives any person of a "
        "right secured by Sections 1 to 26 of the Constitution of Kentucky shall be liable to "
        "that person. (3) A public actor shall not be entitled to qualified immunity in an action "
        "under this section.",
    ),
    # The State, its subdivisions and "their officers and employees", less one big class.
    (
        "end.public_employees",
        "partial",
        "WI",
        "(1) Any person who, acting under color of state law, deprives another person of a right "
        "secured by article I of the Wisconsin constitution is liable to the injured person. (2) In "
        'this section, "person" includes the state and each of its political subdivisions and '
        "their officers and employees, but does not include an employee of a technical college "
        "district. (3) Qualified immunity is not a defense to an action under this section.",
    ),
    # A municipality defined as the town itself, police department included: local only.
    (
        "end.law_enforcement",
        "partial",
        "RI",
        'Definitions. As used in this chapter, "municipality" means any city or town, including '
        "its police department and every other department of the city or town. Liability. A "
        "municipality is liable to any person who is deprived of a right secured by Article 1 of "
        "the Rhode Island Constitution by an officer or employee of the municipality. Defenses. A "
        "municipality may not assert qualified immunity as a defense to an action under this "
        "chapter.",
    ),
    # The State's own police named by a duty, still one force.
    (
        "end.law_enforcement",
        "partial",
        "IN",
        'Sec. 1. As used in this chapter, "covered trooper" means a state police officer or any '
        "other employee of the state police department who exercises the power of arrest. Sec. 2. "
        "A covered trooper who violates a person's rights under Article 1 of the Constitution of "
        "the State of Indiana is liable to that person. Sec. 3. Qualified immunity is not a "
        "defense to an action under this chapter.",
    ),
    # Good-faith immunity for school staff and volunteer chaplains beside the claim is theirs.
    (
        "end.law_enforcement",
        "yes",
        "VA",
        "A. Any law-enforcement officer who deprives a person of a right secured by the "
        "Constitution of Virginia is liable to that person. B. Any volunteer chaplain serving a "
        "law-enforcement agency who, in good faith, counsels a person at the agency's request "
        "shall not be liable for any civil damages for that counseling. C. Any school board "
        "employee who, in good faith, gives first aid to a student shall not be liable for any "
        "civil damages. D. Qualified immunity shall not be a defense to an action under "
        "subsection A.",
    ),
    # Guard: the good-faith immunity given to the officers themselves.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "A. Any law-enforcement officer who deprives a person of a right secured by the "
        "Constitution of Virginia is liable to that person. B. Any law-enforcement officer who, in "
        "good faith, believes the conduct lawful shall not be liable for any civil damages. C. "
        "Qualified immunity shall not be a defense to an action under subsection A.",
    ),
    # A counselor's qualified immunity in federal suits keeps nothing for the state claim.
    (
        "end.law_enforcement",
        "yes",
        "NY",
        "Section 1. Any public employee who deprives a person of a right secured by the New York "
        "constitution is liable to that person. Qualified immunity shall not be a defense to an "
        "action under this section. Section 2. The county shall defend a crisis counselor in any "
        "action arising from a response, and such crisis counselor may assert qualified immunity "
        "in any action under federal law.",
    ),
]


# Rules and "claims" that belong to other proceedings in a bill with a rights claim, or in a
# bill with none (written for sets GN and GO; guards beside them).
OTHER_PROCEEDINGS_READINGS = [
    # Fees in an open-meetings suit, and to one accused before an ethics commission.
    (
        "start.attorney_fees",
        "no",
        "OH",
        "Sec. 1. A police officer who deprives a person of a right secured by the Ohio "
        "Constitution is liable to that person. Qualified immunity is not a defense. Sec. 2. If "
        "the court issues an injunction under this section, the court shall order the public "
        "body to pay a civil forfeiture of five hundred dollars to the party that sought the "
        "injunction and shall award to that party reasonable attorney's fees.",
    ),
    (
        "start.attorney_fees",
        "no",
        "OH",
        "Sec. 1. A police officer who deprives a person of a right secured by the Ohio "
        "Constitution is liable to that person. Qualified immunity is not a defense. Sec. 2. If "
        "the ethics commission finds that the accused person did not commit the violation, the "
        "commission shall award to the accused person reasonable attorney's fees and the costs "
        "incurred in defending the complaint.",
    ),
    # Fees in an arbitration over an officer's discipline are not the rights claim's.
    (
        "start.attorney_fees",
        "no",
        "PA",
        "Section 1. A police officer who deprives a person of a right secured by the "
        "Constitution of Pennsylvania is liable to that person. Qualified immunity is not a "
        "defense. The court may award reasonable attorney fees to a prevailing plaintiff. "
        "Section 2. In any proceeding to vacate or enforce an arbitration award concerning the "
        "discipline of a police officer, the court shall award reasonable attorney fees to the "
        "prevailing party.",
    ),
    # Guard: the rights claim's own mandatory fees.
    (
        "start.attorney_fees",
        "yes",
        "PA",
        "Section 1. A police officer who deprives a person of a right secured by the "
        "Constitution of Pennsylvania is liable to that person. Qualified immunity is not a "
        "defense. The court shall award reasonable attorney fees to a prevailing plaintiff.",
    ),
    # Fees to one who sought to inspect a public record.
    (
        "start.attorney_fees",
        "no",
        "OR",
        "Section 1. A peace officer who deprives a person of a right secured by the Oregon "
        "Constitution is liable to that person. Qualified immunity is not a defense. Section 2. "
        "If a person seeking the right to inspect a public record prevails in a suit, the person "
        "shall be awarded reasonable attorney fees.",
    ),
    # Fees to a prevailing city in its suit against a union.
    (
        "start.attorney_fees",
        "no",
        "NY",
        "Section 1. A police officer who deprives a person of a right secured by the New York "
        "constitution is liable to that person. Qualified immunity is not a defense. Section 2. A "
        "city may bring a proceeding to enforce a staffing agreement, and in such a proceeding "
        "the court shall award reasonable attorney's fees to a prevailing city.",
    ),
    # A duty to pay what one is liable for elsewhere gives no claim.
    (
        "start.full_compensation",
        "no",
        "IL",
        "Sec. 9-102. A local public entity is directed to pay any tort judgment for compensatory "
        "damages for which it or an employee acting within the scope of employment is liable.",
    ),
    # A liability denied in a list: "does not: ... (2) create any liability".
    (
        "start.full_compensation",
        "no",
        "TX",
        "Sec. 38.016. (a) A school district shall adopt a safety plan. (b) This section does not: "
        "(1) waive any immunity of a school district or its officers or employees; or (2) create "
        "any liability for or a cause of action against a school district or its officers or "
        "employees. (c) The district shall indemnify its employees for the full amount of any "
        "judgment.",
    ),
    # Liability for a false claim on public money, an ouster, an employer's contribution claim.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "A. A law-enforcement officer who knowingly presents to a locality a false claim for "
        "overtime compensation is liable in a civil action brought by the Attorney General. B. "
        "No officer or employee of a locality may assert qualified immunity as a defense to an "
        "action under this section.",
    ),
    (
        "end.damage_caps",
        "no",
        "NY",
        "Section 1. The attorney general may bring an action in the nature of quo warranto to "
        "remove from office a police commissioner who refuses to publish use of force data. "
        "Section 2. Nothing in this act shall be construed to affect any defense, including "
        "qualified immunity, available to an officer.",
    ),
    (
        "end.damage_caps",
        "no",
        "SC",
        "Section 15-78-240. An employing agency may bring a claim for contribution against an "
        "officer whose operation of a vehicle in a pursuit was grossly negligent. The limits on "
        "liability in Section 15-78-120 do not apply to a claim under this section.",
    ),
    # Limits for a claim presented to a board, in a section of its own, or cited by number.
    (
        "end.damage_caps",
        "no",
        "CO",
        "13-21-1501. (1) A peace officer who deprives a person of a right secured by article II "
        "of the state constitution is liable to that person. (2) Qualified immunity is not a "
        "defense under this section.\n13-21-1502. (1) A person whose property is damaged during "
        "the execution of a warrant may present a claim for compensation to the state claims "
        "board. (2) The limitations in section 24-10-114 do not apply to a claim presented under "
        "this section.",
    ),
    (
        "end.damage_caps",
        "no",
        "NV",
        "Sec. 3. A person deprived of a right secured by the Nevada Constitution by a peace "
        "officer may recover damages from the officer. Qualified immunity is not a defense.\n"
        "Sec. 4. A person whose vehicle is damaged in a pursuit may file an application for "
        "payment with the State Board of Examiners.\nSec. 5. The limitation of NRS 41.035 does "
        "not apply to an award on an application under section 4 of this act.",
    ),
    # Limits kept for the property claim, in New Jersey's "N. (New section)" sections, and a
    # cap on property-loss claims: NJ has no cap on rights claims.
    (
        "end.damage_caps",
        "yes",
        "NJ",
        "1. (New section) a. A public employee who, under color of law, deprives a person of a "
        "right secured by the Constitution of this State is liable to that person. b. Qualified "
        "immunity shall not apply to an action under this section.\n2. (New section) A claim "
        "for damage to property caused by a search may be presented to the public entity. The "
        "limitation provisions of the New Jersey Tort Claims Act shall continue to apply to a "
        "claim under this section.",
    ),
    (
        "end.damage_caps",
        "yes",
        "CA",
        "52.6. (a) A peace officer who deprives a person of a right secured by the California "
        "Constitution is liable to that person. (b) Qualified immunity is not a defense. (c) A "
        "claim presented to the Department of General Services for the loss of personal property "
        "seized by an officer may be paid in an amount not to exceed five thousand dollars.",
    ),
    # Limits lifted for this claim and kept for the bill's other claim.
    (
        "end.damage_caps",
        "yes",
        "VT",
        "§ 5712. A person deprived of a right secured by chapter I of the Vermont Constitution "
        "by a public employee may recover damages from the public employer. Qualified immunity "
        "is not a defense.\n§ 5714. A person whose property is damaged by a public employee may "
        "bring a claim against the public employer for the cost of repair.\n§ 5715. The "
        "limitations on damages in section 5601 do not apply to a claim under section 5712, but "
        "apply to a claim under section 5714.",
    ),
    # Limits set aside for what the State recovers, in a false-claims act.
    (
        "end.damage_caps",
        "no",
        "IL",
        "Section 5-10. A person who knowingly presents a false claim for payment to the State is "
        "liable to the State for three times the amount of damages. Section 5-25. No statutory "
        "limitation on damages applies to amounts recoverable by the State under this Act.",
    ),
    # Guard: a person's claim against the officer, with the limits lifted for it.
    (
        "end.damage_caps",
        "yes",
        "SC",
        "Section 15-78-240. A person deprived of a right secured by the Constitution of this State "
        "by a law enforcement officer may bring a claim against the officer. Qualified immunity is "
        "not a defense. The limits on liability in Section 15-78-120 do not apply to a claim under "
        "this section.",
    ),
]


# Payment, fees and bystanders in yet other words (written for set GR; guards beside them).
START_WORDS_READINGS = [
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The public body that employs the officer shall make the plaintiff "
        "whole by paying any judgment under this section in its entirety.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The city that employs the officer shall appropriate and pay the full "
        "amount of any judgment under this section.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) A judgment under this section is enforceable against the treasury of "
        "the public body that employs the officer and shall be paid in full.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The state is answerable for the award entered in an action under "
        "this section and shall satisfy it in full.",
    ),
    # Guard: the plaintiff made whole by nobody in particular.
    (
        "start.full_compensation",
        "no",
        "OR",
        _OREGON_CLAIM + "(3) The purpose of this section is that victims be made whole.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) If the plaintiff prevails, the court shall shift to the defendant the "
        "plaintiff's reasonable litigation expenses, including counsel fees.",
    ),
    (
        "start.attorney_fees",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) If a plaintiff prevails, the court shall enter a fee award "
        "calculated by the lodestar method in favor of the plaintiff.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) A peace officer who witnesses another peace officer depriving a "
        "person of a right described in subsection (1) has a duty to render protection to that "
        "person. A peace officer who fails to render protection as required by this subsection "
        "is personally liable to the injured person.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3)(a) A peace officer present when another officer commits a deprivation "
        "described in subsection (1) shall interpose to stop it. (b) A peace officer who does not "
        "interpose as required by paragraph (a) is liable to the injured person.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) An officer causes a deprivation under subsection (1) if the officer's "
        "own act causes it, or if the officer fails to interpose while another officer commits "
        "it.",
    ),
]


# Private defendants named by status or exclusion, classes of some governments' people, and
# rules scoped to the bill's other remedies by section (written for sets GU, GW and GV).
SCOPE_AND_STATUS_READINGS = [
    # People who chase bail fugitives are private, whatever color they act under.
    (
        "end.state_constitution",
        "no",
        "OH",
        "Sec. 3905.96. (A) A bail enforcement agent who, acting under color of a bail bond, enters "
        "a dwelling without consent and deprives a person of a right secured by the Ohio "
        "Constitution is liable to that person. (B) It is not a defense to an action under this "
        "section that the agent acted in good faith.",
    ),
    # "A person, other than a person acting under color of law": private people.
    (
        "end.law_enforcement",
        "no",
        "TX",
        'Sec. 106B.001. In this chapter, "person acting under color of law" means a peace officer '
        "or public employee. Sec. 106B.002. A person, other than a person acting under color of "
        "law, who by threats interferes with another's exercise of a right secured by the Texas "
        "Constitution is liable to that individual. Sec. 106B.003. It is not a defense that the "
        "defendant acted in good faith.",
    ),
    # A defendant term whose definition leaves governments out.
    (
        "end.law_enforcement",
        "no",
        "FL",
        '(1) As used in this section, "data broker" means a business that sells personal '
        "information. The term does not include the state, any political subdivision, or any "
        "agency, officer, or employee of either. (2) A data broker that discloses a person's "
        "location in disregard of s. 23, Art. I of the State Constitution is liable to the person. "
        "(3) It is not a defense that the data broker acted in good faith.",
    ),
    # "This section does not create any cause of action against a peace officer or a public
    # entity": the claim is against private callers only.
    (
        "end.state_constitution",
        "no",
        "CA",
        "52.9. (a) A person who knowingly causes a peace officer to arrive at a location to contact "
        "another person, with intent to infringe that person's rights secured by the Constitution "
        "of California, is liable to that person. (b) This section does not create any cause of "
        "action against a peace officer or a public entity that responds to a call.",
    ),
    # Every employee of some local governments, police included: partial on both.
    (
        "end.public_employees",
        "partial",
        "KY",
        '(1) As used in this section, "metro employee" means any officer or employee of a '
        "consolidated local government, including any police officer employed by it. (2) A metro "
        "employee who deprives any person of a right set forth in Sections 1 to 26 of the "
        "Constitution of Kentucky shall be liable to the person. (3) Qualified official immunity "
        "shall not be a defense in an action under this section.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "SC",
        'Section 15-78-410. (A) "Covered employee" means an officer or employee of the State or of '
        "a county, but does not include an officer or employee of a municipality. (B) A covered "
        "employee who deprives a person of a right secured by the Constitution of this State is "
        "liable to the person. (C) Qualified immunity is not a defense to an action under this "
        "article.",
    ),
    # Guard: the State's and every local government's people, police included.
    (
        "end.public_employees",
        "yes",
        "WA",
        'Sec. 1. (1) "Public employee" means any officer or employee of the state or of any local '
        "governmental entity, including peace officers. (2) A public employee who deprives any "
        "person of a right secured by article I of the state Constitution is liable to that "
        "person. (3) Qualified immunity is not a defense to an action under this section.",
    ),
    # Rules "for purposes of" the bill's other sections, in the sentence or in a lead-in.
    (
        "start.attorney_fees",
        "no",
        "NV",
        "Sec. 2. A person deprived by a peace officer of a right secured by the Nevada "
        "Constitution may recover damages from the officer. Qualified immunity is not a defense. "
        "Sec. 5. A peace officer whose certificate is revoked may petition for review. Sec. 6. "
        "For the purposes of sections 5 to 7, inclusive, of this act, the court shall award "
        "reasonable attorney's fees and costs to the prevailing party.",
    ),
    (
        "end.damage_caps",
        "no",
        "KS",
        "New Sec. 2. A law enforcement officer who deprives a person of a right secured by section "
        "11 of the Kansas bill of rights is liable to that person. Qualified immunity shall not be "
        "a defense.\nNew Sec. 3. A hospital that treats a person in custody may file a claim "
        "against the city or county for the reasonable cost of that care.\nNew Sec. 4. For "
        "purposes of sections 3 to 4, and amendments thereto:\n(a) The limits of K.S.A. 75-6105 "
        "shall not apply; and\n(b) the court may award costs.",
    ),
    # A finding that quotes critics is theirs, not law.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "SECTION 1. Findings. The Legislative Assembly finds that scholars of the doctrine have "
        'written: "A state may give its own cause of action against any public employee who '
        "deprives a person of a right secured by the state constitution, and provide that "
        'qualified immunity is not a defense to it."\n\nSECTION 2. The Task Force on Civil '
        "Remedies is established to study the question.",
    ),
    # The defense of one who relied on an officer's request belongs to that private party.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 15. (a) Any person whose location data is sold in violation of Section 10 may "
        "bring an action against the data broker. (b) It is not a defense that the data broker "
        "relied in good faith on a request by a law enforcement officer.",
    ),
    # An officer's suit against the one who complained of him.
    (
        "end.damage_caps",
        "no",
        "KY",
        "(1) A peace officer who is the subject of a complaint made to any public body, which the "
        "complainant knew to be false, may bring a civil action against the complainant for "
        "damages. (2) The court shall award reasonable attorney's fees to a peace officer who "
        "prevails.",
    ),
    # A claim filed with an agency for compensation is a compensation program's.
    (
        "end.damage_caps",
        "no",
        "FL",
        "960.132 (1) A person injured by a law enforcement officer's unjustified use of force may "
        "file a claim with the department for compensation. (2) The limits of s. 768.28(5) do not "
        "apply to an award under this section.",
    ),
    # Campus police defined as a private institution's employees.
    (
        "end.state_constitution",
        "no",
        "PA",
        '§ 711. Definitions. "Campus officer." An individual employed by a private institution '
        'and granted arrest powers on its grounds. "Private institution." A college that is not '
        "a State-owned university.\n§ 713. A campus officer who deprives an individual of a "
        "right secured by the Constitution of Pennsylvania shall be liable to the individual.",
    ),
    # An amendment printed with a bill but not adopted is no part of it.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 5. Section 2-201 is amended to read: Sec. 2-201. A public employee is not liable "
        "for an injury resulting from the employee's discretionary act.\n\nHOUSE AMENDMENT NO. 2 "
        "(NOT ADOPTED): A peace officer who deprives a person of a right secured by the Illinois "
        "Constitution is liable to the person, and qualified immunity is not a defense.",
    ),
    # A bar quoted as the words an instruction strikes is removed, not enacted.
    (
        "end.law_enforcement",
        "no",
        "MA",
        "SECTION 1. Section 11I of chapter 12 of the General Laws is hereby amended by adding the "
        "following paragraph:- In an action under this section against a police officer, the "
        "officer shall be entitled to qualified immunity.\nSECTION 2. Said section 11I is hereby "
        'further amended by striking out, in lines 12 to 14, inclusive, the words "Qualified '
        'immunity shall not be a defense to an action under this section.".',
    ),
    # Guard: the same bar inserted.
    (
        "end.law_enforcement",
        "yes",
        "MA",
        "SECTION 1. Section 11I of chapter 12 of the General Laws is hereby amended by inserting "
        'after the first paragraph the following paragraph:- "Qualified immunity shall not be a '
        'defense to an action under this section against a police officer."',
    ),
    # An immunity for another activity, in a section of its own, beside a claim whose section
    # bars the doctrine and good faith in so many words.
    (
        "end.law_enforcement",
        "yes",
        "SC",
        "Section 25-1-450. The State and its officers engaged in emergency management activities "
        "under this article who act in good faith are not liable for injury resulting from those "
        "activities, except in cases of gross negligence.\n\nSection 23-1-320. (A) A law enforcement officer who, "
        "under color of law, deprives a person of a right secured by the Constitution of this "
        "State is liable to that person. (B) Qualified immunity is not a defense to liability "
        "under this section, and it is not a defense that the officer acted in good faith.",
    ),
    # Guard: the same immunity given for the claim itself.
    (
        "end.law_enforcement",
        "no",
        "SC",
        "Section 23-1-320. (A) A law enforcement officer who, under color of law, deprives a "
        "person of a right secured by the Constitution of this State is liable to that person. "
        "(B) Qualified immunity is not a defense to liability under this section.\n\nSection "
        "23-1-330. An officer who acted in good faith is not liable under Section 23-1-320.",
    ),
    # Immunity kept only for actions not brought under the section, or in federal suits.
    (
        "end.law_enforcement",
        "yes",
        "KS",
        "Sec. 4. (a) A public body is liable to any person deprived by its officer of a right "
        "secured by the Kansas bill of rights. (c) No public body sued under this section may "
        "assert qualified immunity or any defense that the officer acted in good faith. (f) "
        "Nothing in this section shall be construed to limit any remedy under 42 U.S.C. 1983, nor "
        "to abolish the qualified immunity of any officer in any action that is not brought "
        "under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 3. A peace officer who deprives a person of a right secured by the Oregon "
        "Constitution is liable to that person. Qualified immunity is not a defense to liability "
        "in an action under this section. Section 4. Nothing in this Act affects the qualified "
        "immunity of an officer in an action under 42 U.S.C. 1983.",
    ),
    # Guard: immunity kept for the claim of the section itself.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "Section 3. A peace officer who deprives a person of a right secured by the Oregon "
        "Constitution is liable to that person. Section 4. Nothing in this Act affects the "
        "qualified immunity of an officer in an action under section 3.",
    ),
    # Guard: the same lead-in naming the claim's own section.
    (
        "end.damage_caps",
        "yes",
        "KS",
        "New Sec. 2. A law enforcement officer who deprives a person of a right secured by section "
        "11 of the Kansas bill of rights is liable to that person. Qualified immunity shall not be "
        "a defense.\nNew Sec. 3. A hospital that treats a person in custody may file a claim "
        "against the city or county for the reasonable cost of that care.\nNew Sec. 4. For "
        "purposes of sections 2 to 3, and amendments thereto:\n(a) The limits of K.S.A. 75-6105 "
        "shall not apply; and\n(b) the court may award costs.",
    ),
]

# Consequences short of dismissal, shares stated as reimbursement, and failing to take steps
# named as a way of causing (2026-12-05, third session).
CONSEQUENCE_AND_CAUSING_READINGS = [
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer found liable under this section shall be placed on "
        "disciplinary probation for two years.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The agency shall place an officer against whom judgment is entered "
        "under this section on probation for one year.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a judgment is entered under this section is "
        "ineligible for promotion for five years.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer found liable under this section shall be demoted by one "
        "rank.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) The employing agency may bar an officer found liable under this "
        "section from promotion for two years.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) The employing agency may suspend an officer against whom a judgment "
        "is entered under this section.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom judgment is entered under this section shall "
        "repay the employer 4 percent of the amount of the judgment or $20,000, whichever is less.",
    ),
    # Guard: probation of a person convicted of a crime, in a bill with a claim, is not the
    # officer's consequence for the claim.
    (
        "start.individual_accountability",
        "no",
        "OR",
        _OREGON_CLAIM + "(3) A person convicted of resisting arrest may be placed on probation.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to that person for damages. An officer deprives a "
        "person of a right under this subsection by violating it or by failing to take reasonable "
        "measures to stop a fellow officer from violating it. (2) Qualified immunity is not a "
        "defense to an action under this section.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        "Sec. 1. (1) A peace officer who, under color of law, causes a person to be deprived of a "
        "right secured by the Oregon Constitution is liable to that person for damages. An "
        "officer causes the deprivation by taking part in it or by failing to interpose when "
        "another officer commits it. (2) Qualified immunity is not a defense to an action under "
        "this section.",
    ),
]

# Rules of other remedies beside the rights claim (a writ petition, a complaint to a commission,
# an agency claim named only as "a claim"), and a section number the claim cites from the
# constitution, which is not the bill's own section (2026-12-05, third session).
OTHER_REMEDY_SCOPE_READINGS = [
    (
        "end.damage_caps",
        "no",
        "KS",
        "Sec. 1. (a) A police officer who, under color of law, deprives a person of a right "
        "secured by section 4, 10 or 18 of the Kansas bill of rights is liable to the person in "
        "a civil action.\n\n(b) Qualified immunity is not a defense to an action under this "
        "section.\n\n(c) A police officer who sees another officer commit such a deprivation "
        "shall intervene, and an officer who fails to do so is liable to the person in a civil "
        "action under this section.\n\nSec. 4. A clinic that treats a person held by a police officer may file a "
        "claim for the cost of treatment with the county.\n\nSec. 6. For purposes of sections 4 "
        "to 6: (a) the limits of K.S.A. 75-6105 shall not apply; and (b) the county shall pay "
        "the full amount of any claim.",
    ),
    (
        "start.attorney_fees",
        "no",
        "OR",
        _OREGON_CLAIM + "\n\nSec. 2. (1) A person whose complaint of misconduct has gone "
        "unanswered for a year may petition the circuit court for a writ of mandamus. (2) In a "
        "proceeding under this section, the court shall award reasonable attorney fees to a "
        "petitioner who prevails.",
    ),
    (
        "start.attorney_fees",
        "no",
        "OR",
        _OREGON_CLAIM + "\n\nSec. 2. (1) A person who believes an officer stopped the person "
        "because of disability may file a complaint with the Bureau of Labor. (2) If the bureau "
        "sustains the complaint, the labor commission shall award reasonable attorney fees to "
        "the complainant.",
    ),
    # Guard: the court still awards fees in the claim.
    (
        "start.attorney_fees",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The court shall award reasonable attorney fees to a prevailing "
        "plaintiff.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "\n\nSec. 2. (1) A person stopped because of disability may file a "
        "complaint with the Bureau of Labor. (2) The public body shall pay in full any award "
        "under this section and any judgment entered against its officer under section 1, "
        "including any amount the officer does not pay.",
    ),
    (
        "end.damage_caps",
        "no",
        "CO",
        "13-21-901. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to the person in a civil action. (2) "
        "Qualified immunity is not a defense to an action under this section.\n\n13-21-902. (1) "
        "A person hurt in a police pursuit may file a claim with the office of victim programs. "
        "(2) The limits of section 24-10-114 do not apply to an award on a claim.",
    ),
    (
        "start.public_records",
        "no",
        "CO",
        "13-21-901. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to the person in a civil action. (2) "
        "Qualified immunity is not a defense to an action under this section.\n\n13-21-902. (1) "
        "A person hurt in a police pursuit may file a claim with the office of victim programs. "
        "(2) The office shall publish on its website the amount of each award on a claim.",
    ),
]

_PENNSYLVANIA_RUN_ON = (
    "\u00a7 8390. A police officer who, under color of law, deprives a person of a right secured by "
    "Article I of the Constitution of Pennsylvania is liable to the person, and in any such "
    "action qualified immunity is not a defense, and the court shall award reasonable attorney "
    "fees to a plaintiff who prevails, and neither the immunities nor the limitations on "
    "damages in Subchapter B of Chapter 85 (relating to actions against Commonwealth parties) "
    "or Subchapter C of Chapter 85 (relating to actions against local parties) shall apply to "
    "any such action."
)
# Drafting turns: a double negative that commands, a proviso that keeps only procedural bars, an
# exception to an exclusion, and an immunity barred by the section that describes it
# (2026-12-05, third session).
DRAFTING_TURN_READINGS = [
    (
        "start.attorney_fees",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The court shall not neglect to award reasonable attorney fees to a "
        "plaintiff who prevails.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to that person for damages. (2) Qualified immunity "
        "is not a defense to an action under this section; provided, however, that nothing in "
        "this subsection prevents an officer from pleading res judicata or the statute of "
        "limitations.",
    ),
    # Guard: a proviso that keeps good faith keeps the doctrine's core.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to that person for damages. (2) Qualified immunity "
        "is not a defense to an action under this section; provided, however, that an officer "
        "may show that the action is barred because the officer acted in good faith.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        'Sec. 1. As used in this act, "public servant" means every officer or employee of the '
        "State or of any county or municipality, but, other than a police officer, does not "
        "include an employee of a county college.\n\nSec. 2. A public servant who, under color "
        "of law, deprives a person of a right secured by the Constitution of this State is liable "
        "to the person for damages. Qualified immunity is not a defense to an action under this "
        "section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "WA",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the state Constitution is liable to the person for damages.\n\nSec. 2. The immunity "
        "referred to in section 3 of this act is any immunity that an officer may claim because "
        "the right was not clearly established, including qualified immunity.\n\nSec. 3. The "
        "immunity described in section 2 of this act does not apply to any action under section "
        "1 of this act.",
    ),
    (
        "end.state_constitution",
        "partial",
        "IA",
        "Sec. 2. 1. A state employee who, under color of law, deprives a person of any of the "
        "following rights is liable to the person for damages:\na. The right of assembly under "
        "Article I, section 20, of the Constitution of the State of Iowa.\nb. The right to bear "
        "arms under Article I, section 1A, of the Constitution of the State of Iowa.\n2. "
        "Qualified immunity shall not be a defense to an action under subsection 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "TX",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Texas Constitution is liable to the person for damages. Qualified immunity is not a "
        "defense to an action under this section.\n\nSec. 2. Chapter 101 does not apply to an "
        "action under this chapter.\n\nSec. 3. The county shall indemnify the officer for a "
        "judgment under this chapter, except that the county's obligation under this section may "
        "not exceed $750,000.",
    ),
    # One run-on sentence holding the fee award and the lifted limits: both hold.
    ("end.damage_caps", "yes", "PA", _PENNSYLVANIA_RUN_ON),
    ("start.attorney_fees", "yes", "PA", _PENNSYLVANIA_RUN_ON),
]

# Omnibus decoys and text without force: proposals set out for study, fees a board or a program
# awards, a disclosure forbidden, a recording "not thereby made a public record", and a cap
# lifted for a board's awards to petitioners (2026-12-05, third session).
DECOY_AND_NO_FORCE_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "DE",
        "Section 1. There is established a Civil Remedies Task Force.\n\nSection 2. The Task "
        "Force shall compare the following model language, which is set out for purposes of "
        'discussion only and has no force or effect: "A police officer who, under color of law, '
        "deprives a person of a right secured by the Delaware Constitution is liable to the "
        'person. Qualified immunity is not a defense."\n\nSection 3. The Task Force shall '
        "report by June 30.",
    ),
    (
        "start.attorney_fees",
        "no",
        "OR",
        _OREGON_CLAIM + "\n\nSec. 2. (1) The Crime Victims Program shall award to an attorney "
        "who represents an applicant reasonable attorney fees, not exceeding ten percent of the "
        "award.",
    ),
    (
        "start.public_records",
        "no",
        "OR",
        _OREGON_CLAIM + "\n\nSec. 2. A contractor may not sell or otherwise disclose images "
        "captured by a traffic camera to any person other than the city.",
    ),
    (
        "start.public_records",
        "no",
        "OR",
        _OREGON_CLAIM + "\n\nSec. 2. An agency shall give a copy of a recording of the incident "
        "to the person recorded. A recording given under this section is not thereby made a "
        "public record.",
    ),
    (
        "end.damage_caps",
        "no",
        "NV",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Nevada Constitution is liable to the person for damages. Qualified immunity is not "
        "a defense to an action under this section.\n\nSec. 2. (a) The State Board of Examiners "
        "shall award a petitioner who was wrongfully convicted $50,000 for each year of "
        "imprisonment. (b) The limits of NRS 41.035 do not apply to an award under this section.",
    ),
    # A bystander liable because he could have prevented the wrong; consequences in lost
    # assignments and overtime; a share paid to the plaintiff; a capped share is no damages cap.
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) A peace officer who was present while another officer committed a "
        "deprivation described in subsection (1), and who could have prevented it but did not, is "
        "liable to the injured person.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Any officer who, by reasonable action, could have prevented a "
        "deprivation described in subsection (1) and failed to take that action is liable to the "
        "person in the same manner.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a judgment is entered under this section "
        "shall be removed from any specialized assignment for two years.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a judgment is entered under this section is "
        "ineligible to work overtime for six months.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Upon entering judgment, the court shall order the officer to pay "
        "directly to the plaintiff four percent of the damages awarded or $8,000, whichever is "
        "less.",
    ),
    (
        "end.damage_caps",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) ORS 30.271 to 30.273 do not apply to an action under this section. "
        "(4) The court shall order each officer found liable to pay personally to the plaintiff "
        "3 per cent of the damages awarded, but not more than $12,000.",
    ),
    # One statute's immunities set aside are not the doctrine; damages "shall not be limited";
    # a cap kept with its amount "deemed to read" a higher one.
    (
        "end.law_enforcement",
        "no",
        "NE",
        "Sec. 1. A law enforcement officer who, under color of law, deprives any person of a "
        "right secured by the Constitution of Nebraska shall be liable to the person.\n\nSec. 2. "
        "Any immunity provided by the Political Subdivisions Tort Claims Act shall not apply to "
        "an action under section 1 of this act.",
    ),
    # Guard: every immunity barred is the doctrine's too.
    (
        "end.law_enforcement",
        "yes",
        "NE",
        "Sec. 1. A law enforcement officer who, under color of law, deprives any person of a "
        "right secured by the Constitution of Nebraska shall be liable to the person.\n\nSec. 2. "
        "No immunity shall be a defense to an action under section 1 of this act.",
    ),
    (
        "end.damage_caps",
        "yes",
        "PA",
        "Section 1. A police officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Pennsylvania is liable to the person. Qualified immunity "
        "is not a defense. Notwithstanding 42 Pa.C.S. Ch. 85, the damages recoverable in an "
        "action under this section shall not be limited.",
    ),
    (
        "end.damage_caps",
        "partial",
        "NV",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Nevada Constitution is liable to the person. Qualified immunity is not a defense. The "
        "limitation in NRS 41.035 applies to an action under this section, except that the "
        "amount of $200,000 in that section shall be deemed to read $750,000.",
    ),
    # The carve-out of a board member's indemnity is not the officers'.
    (
        "start.full_compensation",
        "partial",
        "OR",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to that person for damages. (2) Qualified immunity "
        "is not a defense to an action under this section.\n\nSec. 2. (1) Except as provided in "
        "subsection (2) of this section, a peace officer's employer shall indemnify the officer "
        "for any judgment or settlement entered against the officer in an action under section "
        "1. (2) If the employer determines that the officer did not act in good faith, the "
        "officer shall personally pay five percent of the judgment or $25,000, whichever is "
        "less.\n\nSec. 3. (1) There is created a police review board of seven members. (2) The "
        "county or municipality shall defend and indemnify a member against any claim arising "
        "from the member's service, unless the member acted with actual malice.",
    ),
]

# Consequences and payers in the words of local practice: reprimands, bonuses, take-home cars,
# merit increases, a hearing whose finding "shall result in" suspension; a warrant drawn for the
# full amount; "as the case may be" (2026-12-05, third session).
LOCAL_PRACTICE_READINGS = [
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Upon a final judgment against an officer under this section, the "
        "agency shall issue the officer a written reprimand for the personnel file.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a final judgment is entered under this "
        "section shall forfeit any merit bonus for that fiscal year.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a final judgment is entered under this "
        "section is not eligible to be assigned a take-home vehicle for one year.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) An officer against whom a final judgment is entered under this "
        "section is ineligible for any merit salary increase for two years.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Within thirty days after a final judgment against an officer under "
        "this section, the agency shall hold a disciplinary hearing. A finding at the hearing "
        "that the officer committed the deprivation shall result in suspension without pay.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Upon receipt of a certified copy of a final judgment, the treasurer "
        "of the city shall draw a warrant on the treasury for the full amount of the judgment.",
    ),
    (
        "start.full_compensation",
        "yes",
        "PA",
        "Section 1. (a) A police officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Pennsylvania is liable to the person. (b) Qualified "
        "immunity is not a defense. (c) The borough or the Commonwealth, as the case may be, "
        "shall pay the full amount of any judgment under this section.",
    ),
    # A good-faith immunity for another activity (pretrial release decisions) in its own part,
    # beside a bar that names the claim by its section: the claim's bar governs the claim.
    (
        "end.law_enforcement",
        "yes",
        "VT",
        "Sec. 3. (a) A judicial officer or pretrial services officer is immune from civil "
        "liability for any decision made in good faith under this section to grant release.\n\n"
        "Sec. 10. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Vermont Constitution is liable to the person for damages.\n\nSec. 11. In "
        "an action under section 10, it is not a defense that the officer acted in good faith or "
        "that the right was not clearly established at the time.",
    ),
    # Caps of other parts: a retaliation suit's "damages under this subsection", crime victims'
    # awards, negligence claims; and old limits kept for claims that arose before the date.
    (
        "end.damage_caps",
        "yes",
        "CA",
        "Sec. 2. A peace officer who, under color of law, deprives a person of a right secured by "
        "the California Constitution is liable to the person. Qualified immunity is not a "
        "defense.\n\nSec. 8. (a) A public employee who suffers retaliation for reporting "
        "misconduct may bring a civil action against the employer. (b) Damages under this "
        "subsection, other than back pay, may not exceed $200,000.",
    ),
    (
        "end.damage_caps",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) ORS 30.271 to 30.273 do not apply to an action under this "
        "section.\n\nSec. 5. A victim of a violent crime may apply to the fund for compensation. "
        "The total of all awards for a single crime may not exceed $25,000.",
    ),
    (
        "end.damage_caps",
        "yes",
        "NC",
        "Sec. 1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the North Carolina Constitution is liable to the person. Qualified immunity "
        "is not a defense. No statutory limit on damages, including G.S. 143-299.2, applies to an "
        "action under this section. The former limits of G.S. 143-299.2 continue to apply to "
        "claims arising before the effective date of this section.",
    ),
    # The predicate fronted: "Liable in tort ... shall be every public employee who ..."; a
    # bystander liable for breaching "the duty to intervene".
    (
        "end.state_constitution",
        "yes",
        "MA",
        "Section 11M. (a) Liable in tort to the person injured shall be every public employee who, "
        "acting under color of law, interferes with the exercise by any person of rights secured "
        "by the constitution or laws of the commonwealth. (b) Qualified immunity shall not apply "
        "to an action under this section.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "IN",
        "Sec. 2. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of the State of Indiana is liable to the person. (b) A "
        "law enforcement officer who is present at another officer's deprivation of a person's "
        "rights has a duty to intervene. Equally liable to the person injured is any officer who "
        "breaches the duty to intervene under this subsection.\n\nSec. 3. Qualified immunity is "
        "not available in an action under this chapter.",
    ),
    # Records released to any person, a public index of actions with amounts; a cap kept "for a
    # claim under this section" with its amounts "deemed to be" higher; payment "to the extent
    # moneys are available".
    (
        "start.public_records",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) Any record of a complaint relating to conduct that is the subject of "
        "an action under this section must be released to any person who requests it.",
    ),
    (
        "start.public_records",
        "yes",
        "OR",
        _OREGON_CLAIM + "(3) The Attorney General shall keep a public index of each action filed "
        "under this section, showing the parties and the amount of any judgment or settlement.",
    ),
    (
        "end.damage_caps",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) For a claim under this section, the limitations on liability in ORS "
        "30.271 apply, except that each dollar amount stated in that section is deemed to be $2 "
        "million.",
    ),
    (
        "start.full_compensation",
        "partial",
        "OR",
        _OREGON_CLAIM + "(3) The public body employing the officer shall pay any judgment under "
        "this section from its liability reserve, to the extent moneys are available in the "
        "reserve.",
    ),
]

_NEW_JERSEY_CLAIM = (
    "c. A person acting under color of law who deprives another person of a substantive right "
    "secured by the Constitution or laws of this State shall be liable to the person injured, "
    "who may sue for damages and for injunctive or other appropriate relief.\n\n"
)
_RHODE_ISLAND_CLAIM = (
    "9-1.4-2. Liability. Any law enforcement officer who, under color of law, deprives a person "
    "of a right secured by article 1 of the Rhode Island Constitution shall be liable to the "
    "person injured in an action for damages and equitable relief.\n\n"
    "9-1.4-3. Defenses. (a) The doctrine of qualified immunity shall not be a defense to an "
    "action under this chapter.\n\n"
)
BAR_SHAPE_READINGS = [
    # A negated subject with an appositive, and the action named between "liability" and the
    # means of escape: the doctrine's two elements denied.
    (
        "end.public_employees",
        "yes",
        "NJ",
        _NEW_JERSEY_CLAIM + "i. No public officer or employee, including a law enforcement "
        "officer, may avoid liability in an action brought pursuant to subsection c. of this "
        "section by showing that he or she reasonably believed the conduct to be lawful or that "
        "the right was not clearly established at the time of the conduct.",
    ),
    # Guard: the same words as a permission keep the defense.
    (
        "end.law_enforcement",
        "no",
        "NJ",
        _NEW_JERSEY_CLAIM + "i. A public officer or employee may avoid liability in an action "
        "brought pursuant to subsection c. of this section by showing that he or she reasonably "
        "believed the conduct to be lawful.",
    ),
    # A reliance defense made "notwithstanding" the bar: reasonable belief survives.
    (
        "end.law_enforcement",
        "no",
        "RI",
        _RHODE_ISLAND_CLAIM + "(b) Notwithstanding subsection (a), a law enforcement officer "
        "shall not be liable under this chapter for any act performed in objectively reasonable "
        "reliance on a statute, an ordinance, or the order of a superior officer that the officer "
        "reasonably believed to be lawful.",
    ),
    # Guard: the bar alone ends it.
    ("end.law_enforcement", "yes", "RI", _RHODE_ISLAND_CLAIM),
]
_NEW_YORK_ARTICLE = (
    "§ 2. The civil rights law is amended by adding a new article 3-A to read as follows:\n"
    "ARTICLE 3-A\nSECTION 30. LIABILITY FOR RIGHTS VIOLATIONS.\n31. BURDEN OF PROOF.\n"
    "32. QUALIFIED IMMUNITY NOT A DEFENSE.\n33. INDEMNIFICATION.\n"
    "§ 30. LIABILITY FOR RIGHTS VIOLATIONS. ANY POLICE OFFICER WHO, UNDER THE COLOR OF LAW, "
    "SUBJECTS ANY PERSON TO THE DEPRIVATION OF ANY RIGHT SECURED BY THE STATE CONSTITUTION "
    "SHALL BE LIABLE TO THE PARTY INJURED IN AN ACTION AT LAW.\n"
)
_IOWA_CLAIM = (
    "Sec. 2. NEW SECTION. 670B.2 Civil action. A peace officer who, under color of law, "
    "deprives a person of a right secured by the Constitution of the State of Iowa is liable "
    "to the person injured for damages.\n\n"
)
_MICHIGAN_CLAIM = (
    "Sec. 7. (1) A public employee who, under color of law, subjects any individual to the "
    "deprivation of any right secured by the state constitution of 1963, including by failing "
    "to intervene to prevent the deprivation, is liable to the individual for damages.\n\n"
)
_MICHIGAN_WHISTLEBLOWER = (
    "Sec. 14. A public employee who is discharged for reporting a violation of law to a public "
    "body may bring a civil action against the employer for reinstatement and back wages.\n\n"
)
OMNIBUS_PART_READINGS = [
    # The doctrine's own test kept, after a bar of the doctrine by name.
    (
        "end.law_enforcement",
        "no",
        "PA",
        "Section 9. (a) A law enforcement officer who, under color of law, deprives a person of "
        "any right secured by the Constitution of Pennsylvania shall be liable to the person in "
        "an action at law.\n\n(c) Qualified immunity shall not be a defense to an action under "
        "this section. An officer shall not be liable under this section, however, for conduct "
        "that a reasonable officer in the same circumstances could have believed was lawful in "
        "light of the law as clearly established at the time of the conduct.",
    ),
    # A fee rule a lead-in gives to other sections' claims.
    (
        "start.attorney_fees",
        "no",
        "MI",
        _MICHIGAN_CLAIM + _MICHIGAN_WHISTLEBLOWER + "Sec. 21. Sections 14 and 16 are subject to "
        "the following: (a) The court shall award reasonable attorney fees and costs to a "
        "prevailing plaintiff.",
    ),
    # Guard: the same lead-in naming the rights claim's section.
    (
        "start.attorney_fees",
        "yes",
        "MI",
        _MICHIGAN_CLAIM + _MICHIGAN_WHISTLEBLOWER + "Sec. 21. Sections 7 and 14 are subject to "
        "the following: (a) The court shall award reasonable attorney fees and costs to a "
        "prevailing plaintiff.",
    ),
    # Hours of training on the duty to intervene teach it; they impose no duty.
    (
        "start.failure_to_intervene",
        "partial",
        "MI",
        _MICHIGAN_CLAIM + "Sec. 18. (a) Each certified law enforcement officer shall complete at "
        "least 40 hours of in-service training each year, including at least: (1) eight hours on "
        "de-escalation and the use of force; (2) two hours on the duty to intervene and to "
        "report misconduct.",
    ),
]
_WASHINGTON_AMENDED_SECTION = (
    "Sec. 2. RCW 4.96.010 and 2011 c 258 s 10 are each amended to read as follows:\n"
    "(2) Every local governmental entity is liable for damages arising from the deprivation, by "
    "any of its officers, employees, or volunteers acting under color of law, of any right "
    "secured by the Constitution of the state of Washington. ((An officer, employee, or "
    "volunteer who acted in good faith and with a reasonable belief that the conduct was lawful "
    "is immune from personal liability for such a deprivation.)) It is not a defense to an "
    "action under this subsection that the right was not clearly established at the time of "
    "the deprivation.\n"
)
_MISSOURI_CLAIM = (
    "Section 1. 1. A law enforcement officer who, under color of law, deprives a person of a "
    "right secured by the Missouri Constitution shall be liable to the person injured for "
    "damages.\n\n2. Qualified immunity shall not be a defense to an action under this "
    "section.\n\n"
)
PAYER_AND_CAP_SETTING_READINGS = [
    # Struck words that point back to the section's whole class ("an officer, employee, or
    # volunteer") reach whom the amended section covers, not police alone: every local
    # government's people (partial: one level of government, not the State's).
    ("end.public_employees", "partial", "WA", _WASHINGTON_AMENDED_SECTION),
    # "The agency employing the officer" is the payer, not the officer.
    (
        "start.full_compensation",
        "yes",
        "MO",
        _MISSOURI_CLAIM + "3. The agency employing the officer shall pay any judgment or "
        "settlement in an action under this section in full, including any portion assessed "
        "against the officer that remains unpaid.",
    ),
    # Guard: the officer as payer is a share.
    (
        "start.full_compensation",
        "no",
        "MO",
        _MISSOURI_CLAIM + "3. The officer shall pay five percent of any judgment in an action "
        "under this section.",
    ),
    # A tort claims act's waiver for negligence, re-enacted beside the claim, bars nothing of
    # the rights claim and carves nothing out of its bar.
    (
        "end.law_enforcement",
        "yes",
        "MO",
        "537.600. 1. The sovereign or governmental tort immunity recognized at common law in this "
        "state remains in effect except as waived or modified by statute; provided, however, "
        "that a public entity is not immune from suit for compensatory damages for its "
        "negligence in the following cases: (1) Injuries caused directly by the negligent "
        "driving of a motor vehicle by a public employee.\n\n537.601. 1. A peace officer who, "
        "acting under color of law, deprives a person of a right secured by the Constitution of "
        "Missouri shall be liable to that person.\n\n2. Official immunity and qualified "
        "immunity shall not be defenses in an action brought under this section.",
    ),
    # A refund the employer may ask of the officer after paying in full leaves nothing unpaid.
    (
        "start.full_compensation",
        "yes",
        "IL",
        "Section 10. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Illinois Constitution is liable to the person injured.\n\n"
        "Section 15. (a) The employing agency shall indemnify the law enforcement officer for, "
        "and shall pay to the plaintiff, the full amount of any judgment or settlement in an "
        "action under this Act. (b) After payment, the employing agency may require the officer "
        "to reimburse the agency up to 5% of the judgment, not to exceed $25,000, if the agency "
        "finds that the officer acted in bad faith.",
    ),
    # A claim against the State for deprivations "by a State employee": one level's people.
    (
        "end.law_enforcement",
        "partial",
        "IL",
        "Section 10. (a) The State is liable to a person who is deprived of a right guaranteed by "
        "Article I of the Illinois Constitution by a State employee acting under color of law. "
        "(b) In an action under this Act, qualified immunity is not a defense.",
    ),
    # Guard: deprived by any person acting under color of law reaches every level.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 10. (a) The State is liable to a person who is deprived of a right guaranteed by "
        "Article I of the Illinois Constitution by any person acting under color of law. (b) In "
        "an action under this Act, qualified immunity is not a defense.",
    ),
    # Payment "in full from the self-insurance reserve fund" of the employer.
    (
        "start.full_compensation",
        "yes",
        "NV",
        "Sec. 3. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Nevada Constitution is liable to the person injured.\n\nSec. 4. A judgment or "
        "settlement entered against a peace officer in an action brought pursuant to section 3 "
        "of this act must be satisfied in full from the self-insurance reserve fund of the state "
        "agency or political subdivision that employs the peace officer.",
    ),
    # The officer pays the judgment first, the public body what is left; or the first $10,000.
    (
        "start.individual_accountability",
        "yes",
        "NM",
        "Section 3. A public employee who, under color of law, deprives a person of a right "
        "secured by the constitution of New Mexico is liable to the person.\n\nSection 4. A. A "
        "judgment entered against a public employee under this act shall be paid by that public "
        "employee. B. The public body that employs the public employee shall pay any part of the "
        "judgment that remains unpaid after ninety days.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "AL",
        "Section 2. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of Alabama is liable to the person injured.\n\n"
        "Section 3. A law enforcement officer against whom a judgment is entered under Section 2 "
        "shall bear the first ten thousand dollars ($10,000) of the judgment personally.",
    ),
    # Guard: paid by the officer's employer is no share.
    (
        "start.individual_accountability",
        "no",
        "NM",
        "Section 3. A public employee who, under color of law, deprives a person of a right "
        "secured by the constitution of New Mexico is liable to the person.\n\nSection 4. A "
        "judgment entered against a public employee under this act shall be paid by the public "
        "employee's employer.",
    ),
    # The claim's bar cites "liability under Section 15-5"; a program's staff immunity for good
    # faith in another part covers that program.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 15-5. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Illinois Constitution is liable to the person injured.\n\n"
        "Section 15-10. (a) Qualified immunity is not a defense to liability under Section 15-5. "
        "(b) It is not a defense to liability under Section 15-5 that the officer acted in good "
        "faith or that the right was not clearly established at the time of the conduct.\n\n"
        "Section 25-10. (c) Members and employees of the Board are not liable in any civil "
        "action for any act or omission in the administration of the Grant Program done in good "
        "faith and within the scope of their duties.",
    ),
    # Kentucky's name for the doctrine, "qualified official immunity", barred by the claim's
    # rule; a compact's good-faith immunity covers the compact's data.
    (
        "end.law_enforcement",
        "yes",
        "KY",
        "SECTION 6. (1) A public employee who, under color of law, subjects any person to the "
        "deprivation of any right secured by the Constitution of Kentucky shall be liable to the "
        "person injured.\n\nSECTION 7. (1) In an action under Section 6 of this Act, no public "
        "employee may assert as a defense qualified official immunity or any other immunity, or "
        "any defense that the defendant acted in good faith.\n\nSECTION 15. (3) A member "
        "state, the compact commission, and the employees of the commission shall not be liable "
        "for any claim arising from the exchange of information under the compact, if the "
        "information was provided in good faith.",
    ),
    # A cap a lead-in gives to another part's claims (a whistleblower's suit) leaves the rights
    # claim uncapped in a state with no cap.
    (
        "end.damage_caps",
        "yes",
        "NJ",
        "2. a. A law enforcement officer who, under color of law, deprives a person of any "
        "substantive right secured by the Constitution of this State is liable to the person "
        "in a civil action for damages. b. Qualified immunity shall not be a defense to an "
        "action under this section.\n\n12. A public employee who is subjected to reprisal for "
        "reporting a violation of law may bring a civil action against the employing agency.\n\n"
        "13. Sections 11 and 12 of this act are subject to the following: (1) the court shall "
        "award reasonable attorney's fees to a prevailing employee; and (2) damages for "
        "emotional distress recoverable in an action under section 12 of this act shall not "
        "exceed $100,000.",
    ),
    # Guard: the same cap on the rights claim's own actions.
    (
        "end.damage_caps",
        "no",
        "NJ",
        "2. a. A law enforcement officer who, under color of law, deprives a person of any "
        "substantive right secured by the Constitution of this State is liable to the person "
        "in a civil action for damages. b. Qualified immunity shall not be a defense to an "
        "action under this section.\n\n13. Damages for emotional distress recoverable in an "
        "action under section 2 of this act shall not exceed $100,000.",
    ),
    # Records left to the records law as it stood, shown to the parties only, or released at a
    # court's discretion: nothing is made public.
    (
        "start.public_records",
        "no",
        "NJ",
        _NEW_JERSEY_CLAIM + "d. Disclosure of investigative files remains subject to the "
        "exemptions of the Freedom of Information Act as they existed before the effective date "
        "of this Act.",
    ),
    (
        "start.public_records",
        "no",
        "NJ",
        _NEW_JERSEY_CLAIM + "d. A body worn camera recording shall not be considered a "
        "government record, and shall be made available only to the subject of the recording, "
        "the subject's attorney, and the prosecutor.",
    ),
    (
        "start.public_records",
        "no",
        "NJ",
        _NEW_JERSEY_CLAIM + "d. If the agency denies a request for a recording, the requester "
        "may petition the court of common pleas, which may order the release of the recording "
        "if it finds that the public interest in disclosure outweighs any interest in "
        "nondisclosure.",
    ),
    # Guard: settlements published.
    (
        "start.public_records",
        "yes",
        "NJ",
        _NEW_JERSEY_CLAIM + "d. Each public entity shall publish on its website the amount of "
        "each judgment and settlement in an action under subsection c.",
    ),
    # A pursuit liability with its own cap, beside the rights claim in the same section.
    (
        "end.damage_caps",
        "yes",
        "CA",
        "Sec. 3. (b) A public employee who, acting under color of law, deprives any person of any "
        "right secured by Section 13 of Article I of the California Constitution is liable to the "
        "person injured. (c) Qualified immunity is not a defense to an action under subdivision "
        "(b). (d) A public agency employing peace officers is liable for injury to a person who "
        "was not an occupant of a pursued vehicle caused by a pursuit conducted in violation of "
        "Section 2; however, damages recoverable under this subdivision shall not exceed five "
        "hundred thousand dollars ($500,000) per claimant.",
    ),
    # Guard: the rights claim's own subdivision capped.
    (
        "end.damage_caps",
        "no",
        "CA",
        "Sec. 3. (b) A public employee who, acting under color of law, deprives any person of any "
        "right secured by Section 13 of Article I of the California Constitution is liable to the "
        "person injured; however, damages recoverable under this subdivision shall not exceed "
        "five hundred thousand dollars ($500,000) per claimant.",
    ),
    # A defined term whose definition has police at its head and no generic employee words
    # takes the definition's class, however wide its name sounds.
    (
        "end.public_employees",
        "no",
        "OR",
        'SECTION 1. As used in sections 1 to 3 of this 2025 Act, "public employee" means a person '
        "certified as a police officer who is employed by the Oregon State Police, a county "
        "sheriff's office, a city police department or any other law enforcement unit of the "
        "state or of a political subdivision.\n\nSECTION 2. A public employee who, under color "
        "of law, deprives any person of a right secured by the Oregon Constitution is liable to "
        "the person injured.\n\nSECTION 3. Qualified immunity is not a defense to liability "
        "under section 2 of this 2025 Act.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "RI",
        '9-1.6-1. Definitions. As used in this chapter, "government official" means any member of '
        "the Rhode Island state police or of a city or town police department.\n\n9-1.6-2. A "
        "government official who, under color of law, deprives a person of a right secured by "
        "the Constitution of the State of Rhode Island shall be liable to the person injured."
        "\n\n9-1.6-3. Qualified immunity shall not be a defense to an action under this chapter.",
    ),
    # Guard: a generic definition that names police among its examples stays wide.
    (
        "end.public_employees",
        "yes",
        "OR",
        'SECTION 1. As used in sections 1 to 3 of this 2025 Act, "public employee" means any '
        "officer, employee, servant or member of a board, commission or agency of the state or "
        "of any municipality, including any law enforcement officer, whether elected or "
        "appointed.\n\nSECTION 2. A public employee who, under color of law, deprives any "
        "person of a right secured by the Oregon Constitution is liable to the person injured."
        "\n\nSECTION 3. Qualified immunity is not a defense to liability under section 2 of "
        "this 2025 Act.",
    ),
    # A pursuit waiver beside a police-only claim bars no immunity of other public employees.
    (
        "end.public_employees",
        "no",
        "CO",
        "SECTION 2. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Colorado Constitution is liable to the injured party. (2) Qualified "
        "immunity is not a defense to liability under this section.\n\nSECTION 5. (d) "
        "Notwithstanding section 24-10-106 (1)(a), a public entity is not immune from liability "
        "for injury to a person who was not an occupant of the pursued vehicle, caused by the "
        "operation of a vehicle in a pursuit conducted in violation of subsection (a) of this "
        "section.",
    ),
    # Guard: a civil-rights act's own limit raised but kept.
    (
        "end.damage_caps",
        "partial",
        "NM",
        'Section 1. Section 41-4A-6 NMSA 1978 is amended to read:\n"41-4A-6. LIMITS ON '
        "RECOVERY.--A. The total liability of a public body for a claim brought pursuant to the "
        "New Mexico Civil Rights Act shall not exceed [two million dollars ($2,000,000)] five "
        'million dollars ($5,000,000) for each claimant."',
    ),
]
HEADING_AND_RECORDS_READINGS = [
    # An article's list of its sections prints each catch-line: a heading rules nothing.
    ("end.law_enforcement", "no", "NY", _NEW_YORK_ARTICLE),
    # Guard: the section itself bars the doctrine.
    (
        "end.law_enforcement",
        "yes",
        "NY",
        _NEW_YORK_ARTICLE + "§ 32. QUALIFIED IMMUNITY NOT A DEFENSE. QUALIFIED IMMUNITY SHALL "
        "NOT BE A DEFENSE TO LIABILITY IN AN ACTION UNDER THIS ARTICLE.\n",
    ),
    (
        "start.public_records",
        "yes",
        "IA",
        _IOWA_CLAIM + "Sec. 6. NEW SECTION. 670B.6 Public database.\nThe department of public "
        "safety shall maintain a public internet database containing, for each judgment entered "
        "or settlement reached under section 670B.2, the names of the parties, the employing "
        "agency and the amount paid.",
    ),
    # A suit to have records released is no claim for a deprivation of rights, and its costs
    # and fees are a records-law penalty.
    (
        "start.attorney_fees",
        "no",
        "MO",
        "5. (1) Any person may bring an action pursuant to this section in the circuit court "
        "having jurisdiction to authorize disclosure of the information contained in an "
        "investigative report of any law enforcement agency, which would otherwise be closed "
        "pursuant to this section.\n\n(2) If the court finds that the law enforcement officer "
        "or agency has purposely violated this section, the court shall order payment by such "
        "officer or agency of all costs and attorney fees.",
    ),
]

# A bill whose only change to public liability is a tort-claims limit (raised, restated, lifted
# for another claim) creates or changes no claim or immunity of officers: "no" throughout. A
# limit about claims for deprivation of rights, or one set aside beside officers' own immunity,
# still counts.
CAP_ONLY_READINGS = [
    # A tort claims act's limit on entities and employees, raised: no.
    (
        "end.damage_caps",
        "no",
        "NE",
        "Section 1. Section 13-926, Reissue Revised Statutes of Nebraska, is amended to read:\n\n"
        "13-926. The total liability of a political subdivision and its employees for all claims "
        "under the Political Subdivisions Tort Claims Act arising out of one occurrence shall "
        "not exceed two million dollars for any one person and five million dollars for all "
        "persons.",
    ),
    # Guard: its indemnity, in the same act, is no start either.
    (
        "start.full_compensation",
        "no",
        "NE",
        "Sec. 2. The total liability of a political subdivision and its employees for all claims "
        "under the act shall not exceed two million dollars for any one person.\n\nSec. 3. The "
        "political subdivision shall pay any judgment entered against its employee for an act "
        "within the scope of employment, within the limits of section 2.",
    ),
    # The limit lifted for actions under the federal civil-rights statute only: no state cap
    # reaches those claims anyway, and the bill gives no claim of its own (no; this row said yes
    # until the eighth session's sets, whose labels all read such bills as failing the gate).
    (
        "end.damage_caps",
        "no",
        "NE",
        "Section 1. The limits on liability in section 13-926 shall not apply to any judgment "
        "against a political subdivision or its employee in an action under 42 U.S.C. 1983.",
    ),
    # The limit lifted for a claim the bill creates in a section the passage does not show.
    (
        "end.damage_caps",
        "yes",
        "OR",
        "SECTION 4. Notwithstanding ORS 30.271 and 30.272, the limitations on the liability of "
        "a public body and its officers and employees in ORS 30.271 to 30.273 do not apply to a "
        "claim under section 1 of this 2027 Act.",
    ),
    # The limit set aside beside the employee's official immunity, for willful misconduct.
    (
        "end.damage_caps",
        "partial",
        "PA",
        "In any action against a local agency or employee thereof in which it is judicially "
        "determined that the act of the employee constituted willful misconduct, the "
        "provisions of sections 8546 (relating to defense of official immunity) and 8549 "
        "(relating to limitation on damages) shall not apply.",
    ),
]

# Consequences for other grounds, in a package beside the claim: misconduct of other kinds
# (sexual misconduct, dishonesty) is not the deprivation the claim is about; a force finding is.
CONSEQUENCE_GROUND_READINGS = [
    (
        "start.individual_accountability",
        "no",
        "MO",
        _MISSOURI_CLAIM + "Section 2. The director shall revoke the license of any peace officer "
        "found, after a hearing, to have committed sexual misconduct with a person in custody "
        "or to have knowingly made a false statement in a sworn report.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "MO",
        _MISSOURI_CLAIM + "Section 2. The director shall revoke the license of any peace officer "
        "who the director finds, after notice and an opportunity for a contested hearing, has "
        "used unjustified or excessive physical force.",
    ),
    # Guard: failing to report another officer's force is a duty of its own, not the force.
    (
        "start.individual_accountability",
        "no",
        "MO",
        _MISSOURI_CLAIM + "Section 2. The director shall revoke the license of any peace officer "
        "who is found, after a hearing, to have knowingly failed to report the use of excessive "
        "force by another peace officer.",
    ),
    # A public body's discretionary discipline of "a person acting on its behalf" whose conduct
    # led to a judgment under the claim.
    (
        "start.individual_accountability",
        "partial",
        "MO",
        _MISSOURI_CLAIM + "Section 2. A public body may take disciplinary action, up to and "
        "including termination, against a person acting on its behalf whose conduct resulted in "
        "a judgment against the public body under section 1.",
    ),
]
# Maryland's front page run into one line: header, title and the purpose paragraph, whose
# gerunds describe what the bill does; nothing there is enacted.
MARYLAND_FRONT_PAGE = (
    "HOUSE BILL 4021 D3 7lr0001 By: Delegate Smith Introduced and read first time: January 20, "
    "2027 Assigned to: Judiciary Committee Report: Favorable with amendments House action: "
    "Adopted Read second time: March 2, 2027 CHAPTER ______ AN ACT concerning 1 Police "
    "Liability Act 2 FOR the purpose of providing that a police officer who deprives an "
    "individual of certain rights under the Maryland Constitution 3 is liable for certain "
    "damages; establishing that a police officer is not immune from civil liability for "
    "certain violations; requiring an employer to satisfy certain judgments; and generally "
    "relating to actions against police officers."
)
FRONT_PAGE_READINGS = [
    ("end.law_enforcement", "no", "MD", MARYLAND_FRONT_PAGE),
    ("end.state_constitution", "no", "MD", MARYLAND_FRONT_PAGE),
]

_ARKANSAS_CLAIM = (
    "(b) A law enforcement officer who, while acting under color of law, deprives a person of any "
    "right secured by the Arkansas Constitution is liable to the person injured for damages.\n\n"
)
PROVISO_AND_PROCEDURE_READINGS = [
    # A proviso that gives back a reasonable-belief defense after the bar: the defense survives.
    (
        "end.law_enforcement",
        "no",
        "AR",
        _ARKANSAS_CLAIM + "(c) Qualified immunity is not a defense to an action under this "
        "section.\n\n(d) Provided, however, that a law enforcement officer shall not be liable "
        "for damages under this section if the officer had an objectively reasonable belief that "
        "the conduct was lawful.",
    ),
    # The doctrine's elements, neither elements of the claim nor defenses to it.
    (
        "end.law_enforcement",
        "yes",
        "AR",
        _ARKANSAS_CLAIM + "(c) Whether the right was clearly established, and whether the officer "
        "believed in good faith that the conduct was lawful, shall not be an element of, or a "
        "defense to, a claim under this section.",
    ),
    # A suit that may not be dismissed is no officer dismissed from employment.
    (
        "start.individual_accountability",
        "no",
        "AR",
        _ARKANSAS_CLAIM + "(c) No action under this section shall be dismissed on the ground that "
        "the right was not clearly established or that the officer acted in good faith.",
    ),
    # "Any employee, as defined in ..., of the state or of any city": the state and the cities
    # say whose employees are liable; they are not defendants who pay.
    (
        "start.full_compensation",
        "no",
        "ID",
        "(1) Any employee, as defined in section 6-902(4), Idaho Code, of the state or of any "
        "city, county or other political subdivision, who, under color of law, deprives a person "
        "of any right secured by the constitution of the state of Idaho shall be liable to the "
        "person injured for damages.\n\n(2) Qualified immunity is not a defense to an action "
        "under this section.",
    ),
    # An office named for civil rights gives no claim for rights.
    (
        "end.state_constitution",
        "no",
        "VA",
        "A. An aggrieved person may commence a civil action against the person who unlawfully "
        "discriminated against him in violation of this chapter. Any person may file an action "
        "after 180 days have passed since the complaint was filed with the Office of Civil Rights "
        "of the Department of Law.",
    ),
]

_OREGON_CLAIM = (
    "SECTION 1. (1) A law enforcement officer who, acting under color of law, deprives a person "
    "of a right secured by the Oregon Constitution is liable to the person injured.\n\n"
)
DOCTRINE_KEPT_OR_NOT_READINGS = [
    # Missouri's bill summary ("HB nn -- TITLE", "SPONSOR: Name (district)") describes a bill.
    (
        "end.law_enforcement",
        "no",
        "MO",
        "HB 412 -- CIVIL ACTIONS AGAINST PEACE OFFICERS\n\nSPONSOR: Smith (45)\n\nThis bill "
        "creates a civil action against a peace officer who deprives a person of a right "
        "secured by the Missouri Constitution.\n\nQualified immunity is not a defense to "
        "liability under the bill.",
    ),
    # A weapon that "shall not be used ... except when an objectively reasonable officer would
    # believe" it necessary is no defense barred.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "SECTION 3. (1) Chemical agents shall not be used by any law enforcement agency to "
        "disperse a demonstration, except when an objectively reasonable officer would believe "
        "the use necessary to defend against a threat to life.",
    ),
    # "Unless the defendant establishes that the conduct was lawful": lawful conduct violates
    # no right, so nothing of the doctrine is kept.
    (
        "end.law_enforcement",
        "yes",
        "OR",
        _OREGON_CLAIM + "(2) Qualified immunity is not a defense to an action under this "
        "section unless the defendant establishes that the defendant's conduct was lawful.",
    ),
    # Guard: an exception for what the law clearly established keeps the doctrine's test.
    (
        "end.law_enforcement",
        "no",
        "OR",
        _OREGON_CLAIM + "(2) Qualified immunity is not a defense to an action under this "
        "section unless the law at the time clearly established that the conduct was lawful.",
    ),
    # The clearly-established element by what no court had decided.
    (
        "end.law_enforcement",
        "no",
        "OR",
        _OREGON_CLAIM + "(2) Qualified immunity is not a defense to a claim under this section."
        "\n\n(3) Notwithstanding subsection (2) of this section, an officer is not liable under "
        "this section for conduct that no decision of the Oregon Supreme Court had determined "
        "to violate the right.",
    ),
    # The doctrine kept as a motion to dismiss that the court must grant.
    (
        "end.law_enforcement",
        "no",
        "OR",
        _OREGON_CLAIM + "(2) Qualified immunity shall not be a defense at trial. A defendant "
        "may, however, move before trial for dismissal on the ground that the conduct did not "
        "violate a right that was clearly established, and the court shall grant the motion if "
        "it so finds.",
    ),
    # A bar in official-capacity actions only: officers sued personally keep the doctrine.
    (
        "end.law_enforcement",
        "no",
        "OR",
        _OREGON_CLAIM + "(2) In an action under this section against a law enforcement officer "
        "in his or her official capacity, qualified immunity is not a defense.",
    ),
]

_COLORADO_CLAIM = (
    "(1) A peace officer who, under color of law, subjects any person to the deprivation of a "
    "right secured by the constitution of this state is liable to the injured party.\n\n"
    "(2) Qualified immunity is not a defense to liability under this section.\n\n"
)
RIGHTS_AND_BACKSTOP_READINGS = [
    # Rights an anti-discrimination act gives are statutory, not the constitution's.
    (
        "end.state_constitution",
        "no",
        "MI",
        "Sec. 1. (1) A public officer who, under color of law, denies an individual the full and "
        "equal enjoyment of a civil right protected by the Elliott-Larsen civil rights act is "
        "liable to the individual for damages.\n\n(2) Qualified immunity does not apply to an "
        "action under this section.",
    ),
    # The claim's words for its rights defined to mean search and force only.
    (
        "end.state_constitution",
        "no",
        "CO",
        _COLORADO_CLAIM + '(3) As used in this section, "a right secured by the constitution of '
        'this state" means only the right to be secure from unreasonable searches and seizures '
        "and the right to be free from excessive force.",
    ),
    # Rights secured solely by the state's constitution left out: federal rights only.
    (
        "end.state_constitution",
        "no",
        "PA",
        "(a) A law enforcement officer who, under color of law, deprives a person of any right "
        "secured by the Constitution shall be liable to the person injured.\n\n(b) The doctrine "
        "of qualified immunity shall not apply.\n\n(c) Nothing in this section creates a cause "
        "of action for the deprivation of a right that is secured solely by the Constitution of "
        "Pennsylvania.",
    ),
    # The officer's share backed by the employer when it cannot be collected.
    (
        "start.full_compensation",
        "yes",
        "CO",
        _COLORADO_CLAIM + "(3) The employer shall indemnify the officer for the full amount of "
        "any judgment, except that the officer is personally liable for five percent of the "
        "judgment, and the employer shall pay any portion of that amount that is not "
        "collectible.",
    ),
    (
        "start.full_compensation",
        "yes",
        "CO",
        _COLORADO_CLAIM + "(3) The employer shall indemnify the officer for the full amount of "
        "any judgment, except that, if the employer finds that the officer did not act upon a "
        "good faith belief that the conduct was lawful, the officer shall not be indemnified for "
        "five percent of the judgment. If that amount cannot be collected from the officer, the "
        "employer shall pay it.",
    ),
]

_NEW_JERSEY_CLAIM = (
    "1. a. A law enforcement officer who, under color of law, deprives a person of a right "
    "secured by the Constitution of this State is liable to the person injured.\n\nb. "
    "Qualified immunity shall not be a defense to an action under this section.\n\n"
)
# A government entity answering for its own people: the class is whose wrongs it answers for,
# at the entity's level of government (and a defined entity is read by its definition).
ENTITY_LEVEL_READINGS = [
    # The State answers for its own employees: one level of government.
    (
        "end.public_employees",
        "partial",
        "OR",
        "Section 1. The State is liable to a person deprived of any right secured by the state "
        "constitution by an officer or employee of the State acting under color of law.\n\n"
        "Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "OR",
        "Section 1. The State is liable to a person deprived of any right secured by the state "
        "constitution by an officer or employee of the State acting under color of law.\n\n"
        "Section 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # Counties and cities answer for their officers and employees: local people only.
    (
        "end.public_employees",
        "partial",
        "OH",
        "Sec. 1. (A) A county or a municipal corporation is liable in a civil action for the "
        "deprivation by any of its officers or employees, acting under color of law, of a right "
        "secured by the state constitution.\n\n(B) Qualified immunity shall not be a defense in "
        "an action under this section.",
    ),
    # The commonwealth answers for its state troopers only: some police, no other employees.
    (
        "end.law_enforcement",
        "partial",
        "PA",
        "Section 1. The Commonwealth shall be liable to any individual deprived of a right "
        "secured by the Constitution of Pennsylvania by a member of the Pennsylvania State Police "
        "acting under color of law.\n\nSection 2. Qualified immunity is not a defense in an "
        "action under section 1.",
    ),
    # Guard: the entity defined to take in every county and city is both levels.
    (
        "end.public_employees",
        "yes",
        "VA",
        'A. As used in this section, "Commonwealth" includes every county, city and town and '
        "every agency of the Commonwealth.\n\nB. The Commonwealth is liable to any person who "
        "is deprived by an employee of the Commonwealth, acting under color of law, of any right "
        "secured by the Constitution of Virginia.\n\nC. Qualified immunity shall not be a defense "
        "to an action under this section.",
    ),
    # Guard: the State and its subdivisions together are both levels.
    (
        "end.public_employees",
        "yes",
        "IA",
        "Section 1. The state or a political subdivision of the state is liable for the "
        "deprivation by any of its employees, acting under color of law, of a right secured by "
        "the constitution of the state.\n\nSection 2. Qualified immunity shall not be a defense "
        "in an action under section 1.",
    ),
]

# Claims against private people only: rules that name "the officer" again, and an employer the
# bill defines to leave out every government, are about those private claims.
PRIVATE_CLAIM_READINGS = [
    (
        "start.full_compensation",
        "no",
        "TX",
        "Sec. 1. (a) An individual commissioned as a private security officer under this chapter "
        "who, while on duty, unlawfully restrains or strikes a person is liable to that person "
        "for damages.\n\n(b) The security services contractor that employs the officer shall "
        "pay the full amount of any judgment against the officer under this section.\n\n(c) "
        "The court shall award reasonable attorney's fees to a prevailing plaintiff.",
    ),
    (
        "start.attorney_fees",
        "no",
        "TX",
        "Sec. 1. (a) An individual commissioned as a private security officer under this chapter "
        "who, while on duty, unlawfully restrains or strikes a person is liable to that person "
        "for damages.\n\n(b) The security services contractor that employs the officer shall "
        "pay the full amount of any judgment against the officer under this section.\n\n(c) "
        "The court shall award reasonable attorney's fees to a prevailing plaintiff.",
    ),
    (
        "end.state_constitution",
        "no",
        "IN",
        'Section 1. (a) As used in this chapter, "company" means a corporation, partnership or '
        "other business that employs persons in Indiana. The term does not include the state, "
        "a county, a city or any other political subdivision.\n\n(b) A company is liable for "
        "any act of its employee in the course of employment that deprives a person of a right "
        "secured by the Constitution of the State of Indiana.",
    ),
]

# A package's look-alikes: the bill's own immunity for others withheld from police, and another
# act's enforcement action with its own fees.
PACKAGE_LOOK_ALIKE_READINGS = [
    # "The immunity granted by this section ... shall not apply to a peace officer" gives police
    # nothing and takes nothing from them: no bar of their defenses.
    (
        "end.law_enforcement",
        "no",
        "NM",
        "SECTION 1. A. A peer support responder employed by a county who acts in good faith "
        "while responding to a person in crisis shall not be liable for civil damages for an act "
        "or omission in that response, unless the act or omission is grossly negligent.\n\nB. "
        "The immunity granted by this section is in addition to any immunity provided by the Tort "
        "Claims Act and shall not apply to a peace officer.",
    ),
    # "An action to enforce the Public Records Act may be brought by ...": that act's own suit,
    # whose fees are no fees in a claim against officers.
    (
        "start.attorney_fees",
        "no",
        "NE",
        "SECTION 1. A. A peer support responder employed by a county who acts in good faith "
        "while responding to a person in crisis shall not be liable for civil damages for an act "
        "or omission in that response, unless the act or omission is grossly negligent.\n\nB. "
        "The immunity granted by this section is in addition to any immunity provided by the Tort "
        "Claims Act and shall not apply to a peace officer.\n\nSection 7. (1) An action to "
        "enforce the Public Records Act may be brought by: (a) the Attorney General; or (b) any "
        "person whose written request for a public record has been denied.\n\n(2) The court "
        "shall award damages, costs and reasonable attorney's fees to any person whose request "
        "has been denied and who prevails in the action.",
    ),
]

# The government answering beside its officer: jointly and severally, or to the same extent.
ANSWERING_BESIDE_READINGS = [
    (
        "start.full_compensation",
        "yes",
        "TX",
        "Sec. 1. A deputy sheriff who, under color of law, deprives a person of a right secured "
        "by the Texas Constitution is liable to the person for damages. Qualified immunity is not "
        "a defense.\n\nSec. 2. The county that employs the deputy is jointly and severally liable "
        "with the deputy for any judgment in an action under Section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "MA",
        "SECTION 1. A municipal employee who, under color of law, deprives a person of a right "
        "secured by the constitution of the commonwealth shall be liable to that person, and the "
        "city or town that employs the municipal employee shall be liable to the same extent as "
        "the employee. Qualified immunity shall not be a defense.",
    ),
    # "shall be liable for all damages awarded in the action": the government pays the award.
    (
        "start.full_compensation",
        "yes",
        "IA",
        "1. A person who, under color of any statute or custom of this state or a political "
        "subdivision, deprives another of a right secured by the Constitution of the State of "
        "Iowa shall be liable to the party injured.\n\n2. The state or political subdivision "
        "employing the person shall be liable for all damages awarded in the action.",
    ),
    # "the full amount ..., except punitive damages": the whole award less a kind of damages.
    (
        "start.full_compensation",
        "partial",
        "OR",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person. Qualified immunity is not "
        "a defense.\n(2) The employing agency shall indemnify the officer for the full amount "
        "of any judgment or settlement under this section, except punitive damages.",
    ),
    # The public body "substituted as the defendant in place of the officer" answers for the
    # award; with a carve-out for malice it does not pay all of it.
    (
        "start.full_compensation",
        "yes",
        "OR",
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to the person. Qualified immunity is not a defense."
        "\n\nSection 2. In an action under section 1, the public body that employs the peace "
        "officer shall be substituted as the defendant in place of the officer.",
    ),
    (
        "start.full_compensation",
        "no",
        "WY",
        "Section 1. (a) A state peace officer who, under color of law, deprives a person of a right "
        "secured by the Wyoming constitution is liable to the person injured. Qualified immunity "
        "is not available.\n(b) In an action under this section the state shall be substituted as "
        "the defendant in place of the officer; provided that if the trier of fact finds that the "
        "officer acted with actual malice, the officer alone shall be liable and the state shall "
        "not pay the judgment.",
    ),
    # What the insurer does not pay, the employing agency pays.
    (
        "start.full_compensation",
        "yes",
        "CA",
        "SEC. 2. (a) Each agency that employs peace officers shall maintain liability insurance "
        "for judgments in actions under Section 52.6. Any portion of a judgment or settlement not "
        "paid by the insurer shall be paid by the employing agency.\n\nSEC. 1. Section 52.6. A "
        "peace officer who, under color of law, deprives a person of a right secured by the "
        "California Constitution is liable to that person. Qualified immunity is not a defense.",
    ),
    # The remainder after the officer's share, and the share itself when not collected or not
    # paid: the whole award.
    (
        "start.full_compensation",
        "yes",
        "RI",
        "Section 1. (a) A police officer who, under color of law, deprives a person of a right "
        "secured by the Rhode Island Constitution is liable to that person. Qualified immunity is "
        "not a defense.\n(b) An officer found liable under this section shall personally pay five "
        "percent (5%) of the judgment or ten thousand dollars ($10,000), whichever is less.\n(c) "
        "The city or town shall pay the remainder of the judgment and any part of the officer's "
        "share not collected.",
    ),
    (
        "start.full_compensation",
        "yes",
        "RI",
        "Section 1. (a) A police officer who, under color of law, deprives a person of a right "
        "secured by the Rhode Island Constitution is liable to that person. Qualified immunity is "
        "not a defense.\n(b) An officer found liable under this section shall personally pay five "
        "percent (5%) of the judgment or ten thousand dollars ($10,000), whichever is less.\n(c) "
        "The city or town shall indemnify the officer for the remainder of the judgment, "
        "including any amount not paid by the officer.",
    ),
    # Up to a sum only: part of the award may go unpaid.
    (
        "start.full_compensation",
        "partial",
        "NE",
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of Nebraska is liable to the person. Qualified immunity is not a "
        "defense.\n\nSection 2. The political subdivision that employs the officer is jointly and "
        "severally liable with the officer, except that its liability under this section shall "
        "not exceed two hundred thousand dollars per claimant.",
    ),
]

# Records made public in a sentence of their own: "the report is a public record" after the
# report's contents, and a confidentiality rule overridden ("notwithstanding any").
RECORDS_STATUS_READINGS = [
    (
        "start.public_records",
        "yes",
        "MI",
        "Sec. 1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to that person. Qualified immunity is not a "
        "defense.\n\nSec. 2. (1) Each law enforcement agency shall report to the attorney "
        "general each judgment and settlement in an action under section 1. The report shall "
        "give the court, the amount paid and the name of each officer involved.\n(2) A report "
        "under this section is a public record.",
    ),
    (
        "start.public_records",
        "yes",
        "OH",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Ohio Constitution is liable to that person. Qualified immunity is not a defense.\n\n"
        "Sec. 2. Notwithstanding any confidentiality term in the agreement, every settlement of a "
        "claim under section 1 is a public record.",
    ),
    # Guard: the totals of the reports only.
    (
        "start.public_records",
        "no",
        "MI",
        "Sec. 1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to that person. Qualified immunity is not a "
        "defense.\n\nSec. 2. Each law enforcement agency shall report to the department every "
        "settlement in an action under section 1. The department shall compile the reports and "
        "post the statewide totals on its website.",
    ),
]

# Defenses of other proceedings and other claims: a prosecution's, behind a catch-line and a
# "notwithstanding" opening; an officer's immunity lifted for a negligent pursuit.
OTHER_SETTING_DEFENSE_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "PA",
        "Section 1. Section 5302.2. Unlawful force by an officer.\n(a) Offense.--A police officer "
        "who, under color of law, knowingly uses unlawful force against a person commits a "
        "misdemeanor of the first degree.\n(b) Defenses.--Notwithstanding any other provision "
        "of law, in a prosecution under this section it is not a defense that the unlawfulness "
        "of the force was not clearly established.",
    ),
    (
        "start.attorney_fees",
        "no",
        "FL",
        "Section 1. Section 768.286, Florida Statutes, is created to read:\n768.286 Emergency "
        "driving.--\n(1) Notwithstanding s. 768.28(5), the limits on recovery in that subsection "
        "do not apply to a claim for injury arising from the negligent operation of a police "
        "vehicle while responding to a call.\n(2) Notwithstanding s. 768.28(9)(a), a police "
        "officer is not immune from personal liability for such a claim if the officer drove "
        "with reckless disregard for the safety of others.\n(3) The court shall award "
        "reasonable attorney fees to a prevailing claimant under this section.",
    ),
]

# Bars and their limits in unusual shapes: a list after "a court may not:", a next sentence
# that leaves the police out, and an immunity kept by "other than".
BAR_SHAPE_AND_LIMIT_READINGS = [
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "Section 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Oregon Constitution is liable to the person injured.\n\nSection 2. In an action "
        "under section 1, the court may not: (a) dismiss the action or grant summary judgment on "
        "the ground that the right was not clearly established; or (b) admit evidence of the "
        "officer's belief in the lawfulness of the conduct.",
    ),
    (
        "end.law_enforcement",
        "no",
        "US",
        "SEC. 2. Section 1979 of the Revised Statutes of the United States (42 U.S.C. 1983) is "
        'amended by adding at the end the following: "It shall not be a defense in any action '
        "brought under this section that the right was not clearly established at the time of "
        "the deprivation. The preceding sentence does not apply to an action against a defendant "
        'who is a sworn police officer."',
    ),
    (
        "end.law_enforcement",
        "no",
        "NE",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Nebraska is liable to the person injured.\n(2) A peace "
        "officer sued under subsection (1) has no immunity, whether sovereign, governmental or "
        "statutory, other than an immunity resting on the officer's good-faith belief that the "
        "conduct was lawful.",
    ),
]

# A records law's own fee rule in a package whose claim leaves fees to the court's discretion.
RECORDS_SUIT_FEE_READINGS = [
    (
        "start.attorney_fees",
        "no",
        "MD",
        "SECTION 1. (a) A police officer who, under color of law, deprives an individual of a "
        "right secured by the Maryland Declaration of Rights is liable to the individual.\n(b) "
        "The court may award reasonable attorney's fees to a prevailing plaintiff.\n\nSECTION "
        "2. 4-362. (d) If the court determines that the complainant has substantially prevailed, "
        "the court [may] SHALL assess against a defendant governmental unit reasonable counsel "
        "fees and other litigation costs.",
    ),
    (
        "start.attorney_fees",
        "no",
        "CO",
        "SECTION 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Colorado constitution is liable to the person.\n(2) The court may award "
        "attorney fees to a prevailing plaintiff.\n\nSECTION 2. (5) Unless the court finds that "
        "the denial was proper, the court shall order the custodian to permit the inspection and "
        "shall award court costs and reasonable attorney fees to the prevailing applicant.",
    ),
]

# A reprinted good-faith immunity that "shall not apply to an action brought against a law
# enforcement officer pursuant to" the rights statute: withheld from the police.
IMMUNITY_WITHHELD_FROM_POLICE_READINGS = [
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        "1. Section 2 of P.L.2004, c.143 (C.10:6-2) is amended to read as follows: c. A law "
        "enforcement officer who, under color of law, deprives a person of a right secured by the "
        "Constitution of this State is liable to that person. Qualified immunity shall not be a "
        "defense in such an action.\n\n2. N.J.S.59:3-3 is amended to read as follows: 59:3-3. A "
        "public employee is not liable if he acts in good faith in the execution or enforcement "
        "of any law. This section shall not apply to an action brought against a law enforcement "
        "officer pursuant to subsection c. of section 2 of P.L.2004, c.143 (C.10:6-2).",
    ),
]

# Negations read where they stand: a refusal to indemnify forbidden; a "not" of another clause
# before "is confidential".
NEGATION_READ_RIGHT_READINGS = [
    (
        "start.full_compensation",
        "yes",
        "NV",
        "Sec. 3. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Nevada Constitution is liable to that person. Qualified immunity is not a defense.\n"
        "\nSec. 4. 1. Except as otherwise provided in subsection 2, the employer of a peace "
        "officer shall indemnify the peace officer for the full amount of any judgment in an "
        "action under section 3, including any amount that cannot be collected from the peace "
        "officer.\n2. NRS 41.0349 does not apply to an action under section 3, "
        "and the employer may not refuse to indemnify the peace officer on the ground that the "
        "officer acted wantonly or maliciously.",
    ),
    (
        "start.public_records",
        "no",
        "NV",
        "Sec. 3. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Nevada Constitution is liable to that person. Qualified immunity is not a defense.\n"
        "\nSec. 5. The personnel file of a peace officer, including a complaint that was not "
        "sustained, is confidential and is not a public record.",
    ),
]

# Sentences that read like claims or bars and are neither: an immunity the bill grants, limited
# as "this qualified immunity"; a savings clause for section 1983 actions; questions for a study.
NOT_A_CLAIM_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "AL",
        "Section 1. The members, officers and employees of the interstate commission shall have "
        "qualified immunity from civil liability for acts within the scope of their duties. This "
        "qualified immunity does not extend to damage caused by willful or wanton misconduct.",
    ),
    (
        "end.damage_caps",
        "no",
        "IL",
        "Section 10. (a) The Court of Claims shall award compensation to a person wrongfully "
        "imprisoned of $85,350 for each year of imprisonment.\n(b) Nothing in this Section "
        "limits an action that the claimant may bring under 42 U.S.C. 1983 or any other law, but "
        "any award under this Section shall be offset by an award in such an action.",
    ),
    (
        "start.failure_to_intervene",
        "no",
        "VT",
        "Sec. 2. The working group shall examine and make recommendations on: (1) whether to "
        "create a civil cause of action against law enforcement officers for the deprivation of "
        "any right under the Vermont Constitution; and (2) whether an officer who fails to "
        "intervene in another officer's use of excessive force should be civilly liable.",
    ),
]

# Findings of a "legislative assembly", and an immunity for the officer who intervenes or
# reports: no claim, no defense to one.
FINDINGS_AND_SHIELD_READINGS = [
    (
        "start.failure_to_intervene",
        "no",
        "ND",
        "SECTION 1. The legislative assembly finds that qualified immunity denies redress to "
        "persons whose constitutional rights are violated by peace officers, and that officers "
        "who fail to intervene in the misconduct of other officers should be held liable.\n\n"
        "SECTION 2. The peace officer "
        "standards and training board shall offer a course on intervention.",
    ),
    (
        "start.public_records",
        "no",
        "AK",
        "Sec. 1. A peace officer who, in good faith, intervenes to stop, or reports, another "
        "officer's use of excessive force is immune from civil liability and from discipline for "
        "the intervention or report.\n\nSec. 2. The council shall maintain a registry of "
        "officers whose certificates have been revoked and shall make it available on the "
        "council's Internet website.",
    ),
]

# An amendment that quotes the paragraph it strikes: the struck bar is not law, the inserted
# reasonable-belief rule is.
STRUCK_PARAGRAPH_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "MA",
        "SECTION 1. Section 11I of chapter 12 of the General Laws, as appearing in the 2022 "
        'Official Edition, is hereby amended by striking out the second paragraph, which reads as follows:- "In an action under this section '
        "against a public employee, including a law enforcement officer, the defense of "
        'qualified immunity shall not be available.", and inserting in place thereof the '
        "following paragraph:-\n\nA public employee shall not be liable in an action under "
        "this section for conduct that a reasonable public employee could have believed to be "
        "lawful.",
    ),
]

# A good-faith defense given back "notwithstanding" the bar, for "any act or omission that the
# officer ... reasonably and in good faith believed to be lawful".
GOOD_FAITH_GIVEN_BACK_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "ID",
        "67-9505. (1) Any peace officer who, under color of law, deprives a person of a right "
        "secured by the constitution of the state of Idaho shall be liable to the person injured."
        "\n(2) Qualified immunity shall not be a defense to liability under this section.\n\n"
        "67-9508. Notwithstanding section 67-9505(2), Idaho Code, a peace officer shall not be "
        "liable under this chapter for any act or omission that the officer, at the time, "
        "reasonably and in good faith believed to be lawful.",
    ),
]

# Claims in unusual grammar: "may recover from", "damages may be recovered from", "is subject to
# suit", "an action for the deprivation ... lies against".
CLAIM_GRAMMAR_READINGS = [
    (
        "end.state_constitution",
        "yes",
        "MD",
        "5-1402. (a) A person whose rights under the Maryland Declaration of Rights are violated "
        "by a police officer may recover from the police officer compensatory damages and "
        "equitable relief.\n(b) Qualified immunity is not a defense to an action under this "
        "section.",
    ),
    (
        "end.state_constitution",
        "yes",
        "WA",
        "NEW SECTION. Sec. 2. Damages may be recovered from a peace officer for any deprivation "
        "of a right secured by the state Constitution that the officer commits under color of "
        "law.\n\nNEW SECTION. Sec. 3. Qualified immunity is not a defense in an action under "
        "section 2 of this act.",
    ),
    (
        "end.state_constitution",
        "yes",
        "VA",
        "A. Any law-enforcement officer who, under color of law, deprives any person of a right "
        "guaranteed under Article I of the Constitution of Virginia is subject to suit by the "
        "person so deprived for damages.\n\nB. Qualified immunity shall not be a defense in any "
        "suit brought under subsection A.",
    ),
    (
        "end.state_constitution",
        "yes",
        "OR",
        "SECTION 1. An action for the deprivation of any right secured by the Oregon Constitution "
        "lies against any peace officer who, under color of law, caused the deprivation.\n\n"
        "SECTION 2. Qualified immunity is not a defense to an action under section 1.",
    ),
    # Guard: property recovered from the agency that seized it is no damages claim.
    (
        "end.state_constitution",
        "no",
        "NE",
        "Section 1. (1) A person aggrieved by the seizure of property by a law enforcement agency "
        "in violation of the Nebraska Constitution may recover the property or its value from "
        "the agency that seized it.",
    ),
]

# Package traps: a suit for an order releasing a recording; a caller's liability "to the person
# against whom the conduct was directed" beside "nothing ... shall be construed to create or
# limit any cause of action against a law-enforcement officer"; "No clinician ... who, at the
# request of a police officer, responds ... shall be liable".
PACKAGE_TRAP_READINGS = [
    (
        "start.attorney_fees",
        "no",
        "VA",
        "§ 8.01-42.7. A. Any person who knowingly causes a law-enforcement officer to be summoned "
        "to a place, with intent to harass another person because of that person's race, shall be "
        "liable in a civil action to the person against whom the conduct was directed. B. In an "
        "action under this section, the court shall award reasonable attorney fees to the "
        "prevailing plaintiff.\n\n2. That nothing in this act shall be construed to create or "
        "limit any cause of action against a law-enforcement officer.",
    ),
]

# The state's cap statute raised for tort claims in general, beside a lift of its limit for the
# bill's own actions: the raised cap governs other claims; these are lifted.
RAISED_ELSEWHERE_LIFTED_HERE_READINGS = [
    (
        "end.damage_caps",
        "yes",
        "NV",
        "Sec. 3. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Nevada Constitution is liable to that person. Qualified immunity is not a defense."
        "\n\nSec. 5. NRS 41.035 is hereby amended to read as follows: 41.035 1. An award for "
        "damages in an action sounding in tort brought under NRS 41.031 may not exceed the sum "
        "of [$200,000] $250,000, exclusive of interest.\n\nSec. 6. The limitation on the amount of "
        "an award of damages set forth in NRS 41.035 does not apply to an action brought pursuant "
        "to section 3 of this act.",
    ),
]

# "This Section does not apply to a law enforcement officer" at the end of a volunteers'
# indemnity section of a package leaves the police out of that section, not of the claim.
OTHER_SECTION_EXCLUSION_READINGS = [
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 15. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Illinois Constitution is liable to the injured party. Qualified "
        "immunity is not a defense to liability under this Act.\n\nSection 115. Sec. 9-102.5. "
        "Volunteers; indemnification. A local public entity that accepts the services of an "
        "unpaid volunteer firefighter shall indemnify the volunteer for any tort judgment for "
        "compensatory damages arising from the volunteer's duties. This Section does not apply "
        "to a law enforcement officer.",
    ),
]

# A state's cap act made inapplicable by its chapter or its name; one section of the act cited
# is not the act.
CAP_ACT_BY_NAME_READINGS = [
    (
        "end.damage_caps",
        "yes",
        "MA",
        "SECTION 1. A police officer who, under color of law, deprives a person of a right secured "
        "by the constitution of the commonwealth shall be liable to that person. Qualified "
        "immunity shall not be a defense.\n\nSECTION 2. Chapter 258 shall not apply to an action "
        "under section 1.",
    ),
    (
        "end.damage_caps",
        "yes",
        "VA",
        "A. Any law-enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Virginia is liable to that person. Qualified immunity "
        "shall not be a defense.\n\nB. The Virginia Tort Claims Act shall not apply to an action "
        "under this section.",
    ),
    # Guard: the act's indemnity section, not the act.
    (
        "end.damage_caps",
        "no",
        "MA",
        "SECTION 1. A police officer who, under color of law, deprives a person of a right secured "
        "by the constitution of the commonwealth shall be liable to that person. Qualified "
        "immunity shall not be a defense.\n\nSECTION 2. The presentment requirements of section "
        "4 of chapter 258 shall not apply to an action under section 1.",
    ),
]

# A form's required notice of someone's liability, and a pursuit's harm paid in full: neither
# is a rights claim, so the package's look-alike parts score nothing.
NOTICE_AND_PURSUIT_READINGS = [
    (
        "start.public_records",
        "no",
        "WI",
        "SECTION 9. 165.86 (4) Every complaint form made available by a board or by a law "
        "enforcement agency shall state, in plain language, that a person who knowingly files a "
        "false complaint against a law enforcement officer may be liable in a civil action, and "
        "that no person may be held liable for a complaint made in good faith.\n\nSECTION 10. "
        "Each law enforcement agency shall post on its website the disposition of every "
        "complaint against its officers and any settlement paid.",
    ),
    (
        "start.public_records",
        "no",
        "DE",
        "Section 1. (d) The limitation on damages in subsection (a) of this section does not apply "
        "to a claim for bodily injury arising from the operation of a motor vehicle by a "
        "law-enforcement officer during a pursuit, and in such a claim a governmental entity is "
        "liable for the full amount of compensatory damages awarded.\n\nSection 2. Each agency "
        "shall publish on its website every judgment and settlement paid under this section.",
    ),
]

# A bystander "who was present ..., had reason to know of it, and failed to act to prevent it"
# is liable in its own right: a failure-to-intervene clause without the word.
BYSTANDER_READINGS = [
    (
        "start.failure_to_intervene",
        "yes",
        "CA",
        "SEC. 2. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the California Constitution is liable to the person. Qualified immunity is not a "
        "defense.\n(2) A peace officer who was present at the deprivation, had reason to know of "
        "it, and failed to act to prevent it when able to do so is liable to the person injured "
        "under this section.",
    ),
]

# Certification revoked "if a court finds in an action under Section 2 ... that a trooper
# deprived" a person of a right: tied to the violation.
REVOCATION_ON_FINDING_READINGS = [
    (
        "start.individual_accountability",
        "yes",
        "MD",
        "SECTION 2. A State trooper who, under color of law, deprives an individual of a right "
        "protected by the Maryland Declaration of Rights is liable to the individual. Qualified "
        "immunity is not a defense.\n\nSECTION 3. If a court finds in an action under Section 2 "
        "of this Act that a trooper deprived an individual of a right protected by the Maryland "
        "Declaration of Rights, the Maryland Police Training and Standards Commission shall "
        "revoke the trooper's certification.",
    ),
]

# A bar for a defined term whose definition is private people only ("covered guard").
PRIVATE_TERM_BAR_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "OH",
        'Sec. 4749.20. (A) As used in this section, "covered guard" means a security guard '
        "employed by a private security provider licensed under this chapter; the term does not "
        "include any officer or employee of the state or of a political subdivision.\n(B) "
        "Liability shall attach to any covered guard who detains or uses force against a person "
        "in violation of a right secured by the Ohio Constitution, and damages may be recovered "
        "from the covered guard and the guard's employer.\n(C) Qualified immunity and any "
        "immunity granted to political subdivisions or their employees shall not be available to "
        "a covered guard or the guard's employer in an action under this section.",
    ),
]

# A contribution forbidden as a condition of the defense: no share owed.
CONTRIBUTION_FORBIDDEN_READINGS = [
    (
        "start.individual_accountability",
        "no",
        "ME",
        "Sec. 1. 14 MRSA \u00a78112, sub-\u00a71-A is enacted to read:\n\n1-A. Defense of law enforcement"
        " officers. When a civil action is brought against a law enforcement officer alleging"
        " the deprivation of any right secured by the Constitution of Maine or of the United "
        "States, the officer's governmental entity shall provide a defense at its expense, "
        "including the assertion of any immunity available to the officer, and shall pay the "
        "officer's reasonable attorney's fees if the officer retains independent counsel "
        "because of a conflict of interest. A governmental entity may not condition the "
        "defense on the officer's agreement to contribute to any judgment.\n\nSec. 2. 14 MRSA "
        "\u00a78112, sub-\u00a72, as amended by PL 2019, c. 97, \u00a73, is further amended to read:\n\n2. "
        "Indemnification. The governmental entity may indemnify the officer for any judgment "
        "in excess of the limits in section 8105, except where the officer acted in bad "
        "faith.",
    ),
]

# A detained person's suit against the jail's commissary vendor: a private party's liability.
VENDOR_READINGS = [
    (
        "start.attorney_fees",
        "no",
        "NM",
        "SECTION 1. A. A vendor that sells goods to persons detained in a county detention "
        "facility shall not charge more than its cost plus fifteen percent.\nB. A detained person "
        "who is overcharged may bring a civil action against the vendor. The court shall award "
        "reasonable attorney fees and costs to a detained person who prevails.\nC. The vendor, and "
        "not the county or any county officer or employee, is liable for an overcharge.",
    ),
]

# Suits over public money and public records, with good faith barred as a defense: no one's
# rights, so nothing is scored.
PUBLIC_MONEY_AND_RECORDS_SUIT_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "OH",
        "Sec. 117.281. (A) If a report of an audit sets forth a finding for recovery against a "
        "public official for public money illegally expended, the prosecuting attorney may bring "
        "a civil action against the official to recover the money.\n(B) It shall not be a defense "
        "to an action under this section that the public official acted in good faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 11. (a) Any person denied access to inspect or copy any public record by a public "
        "body may file suit for injunctive or declaratory relief.\n(b) Good-faith reliance on an "
        "exemption that does not apply shall not be a defense to the civil penalty under this "
        "section.",
    ),
]

# A claim narrowed by a sentence of its own: a section cited by number "applies only to a peace
# officer employed by a city"; "This section applies only to officers and employees of the
# Commonwealth".
NARROWED_ELSEWHERE_READINGS = [
    (
        "end.law_enforcement",
        "partial",
        "IA",
        "Section 1. NEW SECTION. 670C.1 A person who, under color of law, deprives another of a "
        "right secured by the Constitution of the State of Iowa is liable to the injured party. "
        "Qualified immunity is not a defense.\n\nSec. 2. NEW SECTION. 670C.2 Section 670C.1 "
        "applies only to a peace officer employed by a city.",
    ),
    (
        "end.public_employees",
        "partial",
        "PA",
        "Section 1. (a) A person who, under color of law, deprives another of a right secured by "
        "the Constitution of Pennsylvania is liable to the injured party. Qualified immunity is "
        "not a defense.\n(b) This section applies only to officers and employees of the "
        "Commonwealth and its agencies.",
    ),
]

# Good faith barred as a defense in suits that name no right: a taxpayer's suit over a
# disbursement, an officer's overtime claim, misused forfeiture money.
GOOD_FAITH_IN_OTHER_SUITS_READINGS = [
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 5. (a) Any resident taxpayer of a municipality may bring an action in the circuit "
        "court to enjoin the disbursement of municipal funds for a police program not authorized "
        "by ordinance.\n(b) The good faith of the police chief or the municipality is not a "
        "defense to an action under this section.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IA",
        "Section 1. The sheriff shall deposit forfeited money in the county general fund. If the "
        "sheriff spends forfeited money for a purpose this section does not allow, the sheriff is "
        "personally liable to the county for the amount spent. The good faith of the sheriff, or "
        "reliance on an opinion of a subordinate, shall not be a defense.",
    ),
    # An officer who "knowingly authorized the expenditure" owes the town, not a person wronged.
    (
        "start.attorney_fees",
        "no",
        "MA",
        "SECTION 1. Section 53 of chapter 40 of the General Laws, as appearing in the 2022 "
        "Official Edition, is hereby amended by adding the following paragraph:- If a town spends "
        "money for a purpose not authorized by law, each officer who knowingly authorized the "
        "expenditure shall be jointly and severally liable to the town for the amount spent, and "
        "the court shall award reasonable attorney fees to the prevailing plaintiffs.",
    ),
    # "the right to inspect ... a public record" is a records law's right, not a person's civil
    # right: the suit's good-faith bar, fees and records rules score nothing.
    (
        "start.attorney_fees",
        "no",
        "MI",
        "Sec. 10. (6) If a person asserting the right to inspect or to receive a copy of a public "
        "record prevails in an action commenced under this section, the court shall award "
        "reasonable attorneys' fees, costs, and disbursements. It is not a defense to an action "
        "under this section that the public body or its officer acted in good faith.",
    ),
    # Guard: officers' immunity from every civil claim, named as theirs.
    (
        "end.law_enforcement",
        "yes",
        "WI",
        "(2) Immunity granted to public officials under s. 893.80 (4) or afforded under common law "
        "does not apply and may not be raised as a defense to civil liability claimed against a "
        "law enforcement officer for any act or failure to act by the officer in an official "
        "capacity.",
    ),
]

# Fees owed only on a condition: beating the last written offer, or a finding of bad faith.
CONDITIONED_FEE_READINGS = [
    (
        "start.attorney_fees",
        "partial",
        "OR",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person. Qualified immunity is not "
        "a defense.\n(2) The court shall award reasonable attorney fees to a prevailing plaintiff "
        "whose judgment exceeds the last written offer of settlement.",
    ),
    (
        "start.attorney_fees",
        "partial",
        "OR",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Oregon Constitution is liable to the person. Qualified immunity is not "
        "a defense.\n(2) The court shall award reasonable attorney fees to the prevailing "
        "plaintiff if the court finds that the officer acted in bad faith.",
    ),
]

# The officer as the one who sues, and the doctrine "not affected by this section".
OFFICER_SUES_READINGS = [
    (
        "start.attorney_fees",
        "no",
        "FL",
        "Section 1. Section 112.5325, Florida Statutes, is created to read:\n\n112.5325 "
        "Civil action for knowingly false complaints against officers.--\n(1) A law "
        "enforcement officer or correctional officer who is the subject of a complaint of"
        " misconduct, including a complaint alleging excessive force or a violation of a "
        "person's civil rights, may bring a civil action against any person who filed the"
        " complaint knowing it to be false.\n(2) Upon a finding that the complaint was "
        "knowingly false, the court shall award the officer actual damages, punitive "
        "damages, and reasonable attorney fees and costs.\n(3) A person who files a "
        "complaint in good faith is not liable under this section, even if the complaint "
        "is not sustained. The qualified immunity of the officer, and any other defense "
        "available to the officer in an action brought by the complainant, is not "
        "affected by this section.\n(4) A record of a complaint that is the subject of an "
        "action under this section is confidential and exempt from s. 119.07(1) until the"
        " action is finally resolved.",
    ),
    (
        "end.state_constitution",
        "no",
        "MD",
        "3-1A-03. (b) A law enforcement officer may bring a civil action against any person, "
        "group, organization, or corporation that deprives the officer of a right secured by the "
        "Maryland Declaration of Rights because of the officer's employment.",
    ),
    # Guard: the federal doctrine left alone beside a state bar.
    (
        "end.law_enforcement",
        "yes",
        "CO",
        "(1) A peace officer who, under color of law, deprives a person of a right secured by the "
        "Colorado constitution is liable to the person injured.\n(2) Qualified immunity, as that "
        "term is used in federal law, is not affected by this section.\n(3) It is not a defense "
        "to liability under this section that the peace officer acted in good faith.",
    ),
]

LEVEL_AND_PAYMENT_READINGS = [
    # New Jersey's lettered subsections: "b." excludes punitive damages from the duty in "a.".
    (
        "start.full_compensation",
        "partial",
        "NJ",
        _NEW_JERSEY_CLAIM + "2. (New section) a. A public entity shall indemnify a public "
        "employee against whom a judgment is entered in an action brought pursuant to section 1 "
        "of this act.\n\nb. A public entity shall not be required to pay any part of a judgment "
        "that represents punitive damages.",
    ),
    # A whole level of government left out by a later section: local governments only.
    (
        "end.law_enforcement",
        "partial",
        "NM",
        "SECTION 1. A public body is liable to any person for the deprivation, by a public "
        "employee of the public body acting under color of law, of any right secured by the "
        "constitution of New Mexico.\n\nSECTION 2. In an action under this act, neither the "
        "public body nor its public employee may raise qualified immunity.\n\nSECTION 3. "
        "Notwithstanding Section 1 of this act, this act does not apply to the state or to any "
        "department, agency or institution of the state.",
    ),
    # An officer who alleges a violation of a job protection and "may bring a civil action" is
    # the one suing: no claim against officers, so its fees count for nothing.
    (
        "start.attorney_fees",
        "no",
        "PA",
        "Section 1. (a) No police officer shall be discharged for reporting misconduct.\n\n(b) "
        "Civil action.--A police officer who alleges a violation of subsection (a) may bring a "
        "civil action within 180 days.\n\n(c) Remedies.--A court, in rendering a judgment in an "
        "action under this section, shall award the complainant reasonable attorney fees.",
    ),
    # A share the employer may waive, by resolution or in an officer's sole discretion.
    (
        "start.individual_accountability",
        "partial",
        "NJ",
        _NEW_JERSEY_CLAIM + "2. a. In any judgment in an action under section 1 of this act, the "
        "law enforcement officer shall be personally liable for five percent of the judgment or "
        "$25,000, whichever is less.\n\nb. The public entity employing the officer may, by "
        "resolution of its governing body, waive the personal liability of the officer under "
        "subsection a.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "NJ",
        _NEW_JERSEY_CLAIM + "2. a. The officer shall personally pay five percent of the "
        "judgment or $25,000, whichever is less. The chief administrative officer of the "
        "employing agency may, in that officer's sole discretion, waive the officer's personal "
        "contribution in whole or in part.",
    ),
    # An immunity described by whom it serves ("any immunity available to a public employee")
    # names no defendants: the claim lies against private staff only.
    (
        "end.law_enforcement",
        "no",
        "CA",
        "52.3. (a) A person employed by a private entity that operates a detention facility who "
        "deprives a detained person of a right secured by the Constitution of this state is "
        "liable to the detained person.\n\n(b) Qualified immunity, or any immunity available to "
        "a public employee, is not a defense to an action under this section.\n\n(c) This "
        "section does not apply to an officer or employee of the state or of any city or county.",
    ),
    # "Liable for and shall pay the reasonable attorney fees incurred by" an officer in his
    # defense: who pays his costs, no claim against him.
    (
        "start.attorney_fees",
        "no",
        "NJ",
        "1. A public entity shall indemnify each law enforcement officer it employs to the extent "
        "of any judgment entered against the officer.\n\n2. A public entity shall be liable for "
        "and shall pay the reasonable attorney fees incurred by a law enforcement officer in "
        "defending an action described in section 1. In an action by the officer to enforce this "
        "act, the officer, if the prevailing party, is entitled to reasonable attorney fees.",
    ),
    # Indemnity "to the extent of any judgment" is the whole judgment.
    (
        "start.full_compensation",
        "yes",
        "NJ",
        _NEW_JERSEY_CLAIM + "2. A public entity shall hold harmless and indemnify each law "
        "enforcement officer it employs to the extent of any judgment entered against the officer "
        "in an action under section 1, including any portion the officer cannot pay.",
    ),
    # Counts and sums published "with the name of each employee involved" name who was sued.
    (
        "start.public_records",
        "yes",
        "MI",
        _IOWA_CLAIM.replace("Iowa", "Michigan") + "Sec. 11. Each public body shall publish on its "
        "website, not later than March 1 of each year, the number and amount of settlements and "
        "judgments it paid in the preceding year in actions under section 2, with the name of "
        "each employee involved.",
    ),
    # A numbered print's page head (bill, dashed page number, drafter's code) between "shall"
    # and "not be a defense" is furniture.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        " 1 Section 10. Civil action. (a) A peace officer who, under\n 2 color of law, deprives a "
        "person of any right secured by the\n 3 Illinois Constitution is liable to the person "
        "injured.\n 4 (b) The doctrine of qualified immunity shall\n\nHB2311 - 2 - LRB104 05512 "
        "RLC 15521 b\n\n 1 not be a defense to liability under this Section.\n",
    ),
    # "Who fails to so intervene shall be jointly and severally liable": liability for the duty.
    (
        "start.failure_to_intervene",
        "yes",
        "NY",
        "1. A covered officer who, under color of law, deprives a person of a right secured by the "
        "constitution of this state shall be liable to the person injured.\n\n2. Qualified "
        "immunity shall not be available in an action under this section.\n\n3. A covered "
        "officer who observes another covered officer engaging in such conduct shall intervene "
        "to stop it. A covered officer who fails to so intervene shall be jointly and severally "
        "liable with the officer who engaged in the conduct in an action under this section.",
    ),
    # Actions "in which the defense of qualified immunity is not available", named in a list of
    # limitation periods: described, not barred.
    (
        "end.law_enforcement",
        "no",
        "PA",
        "(a) The following actions must be commenced within four years: (9) An action against a "
        "public official or law enforcement officer for the deprivation of a right secured by the "
        "Constitution of Pennsylvania, including an action in which the defense of qualified "
        "immunity is not available.",
    ),
    # A cap kept for the claim with each of its amounts "read as" a higher one: raised.
    (
        "end.damage_caps",
        "partial",
        "RI",
        "9-1.6-1. Any law enforcement officer who, under color of law, deprives a person of any "
        "right secured by the constitution of this state shall be liable to the person injured."
        "\n\n9-1.6-2. Qualified immunity is not a defense to an action under this chapter.\n\n"
        "9-1.6-3. The limitations on damages in §§ 9-31-2 and 9-31-3 shall apply to an action "
        "under this chapter, except that, for an action under this chapter, each reference in "
        "those sections to one hundred thousand dollars ($100,000) shall be read as five hundred "
        "thousand dollars ($500,000).",
    ),
    # Officers "employed by a unit of State government" are the State's police only.
    (
        "end.law_enforcement",
        "partial",
        "MD",
        '(A) In this section, "State law enforcement officer" means a law enforcement officer '
        "who is employed by a unit of State government.\n\n(B) A State law enforcement officer "
        "who, under color of law, deprives an individual of any right secured by the Maryland "
        "Constitution is liable to the individual.\n\n(C) Qualified immunity does not apply to "
        "an action under this section.",
    ),
]


# Readings of the seventh session of 2026-12-05, each in our own words.
_SUED_WITH_THEIR_EMPLOYER = (
    "Sec. 4. (1) A person who is deprived of a right secured by Article I of the Constitution "
    "of this State by an employee of the State or of a political subdivision acting under color "
    "of law may bring an action against the employee, the employing entity, or "
    "both.\n\n(2) That the employee acted in good faith or reasonably believed the conduct "
    "lawful is not a defense in an action under this section.\n\n(3) The employing entity "
    "shall be liable for any judgment against its employee under this section. No statutory "
    "limit on damages recoverable against the State or a political subdivision applies to an "
    "action under this section."
)
# "The state shall be liable to any person whom any of its officers or employees ... deprives".
_STATE_ANSWERS_FOR_ITS_PEOPLE = (
    "(1) The state shall be liable to any person whom any of its officers or employees, acting "
    "under color of law, deprives of any right secured by the Colorado constitution.\n(2) "
    "Qualified immunity is not a defense to liability under this section."
)

_CHILD_PROTECTION_WORKERS_ONLY = (
    '(1) As used in this section, "child protective services worker" means any employee of '
    "the department of human services who investigates reports of child abuse.\n(2) A child "
    "protective services worker who, under color of law, deprives a parent of a right secured "
    "by the state constitution is liable to the parent.\n(3) Neither qualified immunity nor "
    "good faith shall be a defense to an action under this section."
)

_GOVERNMENT_LIABLE_FOR_ITS_PEOPLE = (
    "(1) A governmental agency is liable for damages caused by an officer or employee of the "
    "governmental agency who, while acting within the scope of employment, violates a right "
    "secured by the state constitution of 1963.\n(2) Qualified immunity and governmental immunity "
    "are not defenses to an action under this section."
)

# A claim and a bar, for rows that test what a further sentence adds.
_IOWA_CLAIM_AND_BAR = (
    "(a) A peace officer who, under color of law, deprives a person of a right secured by the "
    "Iowa Constitution is liable to the person. (b) Qualified immunity is not a defense to an "
    "action under this section. "
)
_MICHIGAN_CLAIM_AND_BAR = (
    "A peace officer who, under color of law, deprives a person of a right secured by the "
    "Constitution of Michigan is liable to the person injured. Qualified immunity is not a "
    "defense to an action under this section. "
)
_SOUTH_CAROLINA_CLAIM_AND_BAR = (
    "SECTION 1. A law enforcement officer who, under color of law, deprives a person of a right "
    "secured by the Constitution of this State is liable to the person. Qualified immunity is "
    "not a defense to an action under this article. "
)

NINTH_SESSION_READINGS = [
    # A bar "except as provided in subsection (4)", where (4) says the officer keeps every
    # immunity the law gives him for some acts: the doctrine is kept for those claims.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "(1) A police officer who, under color of law, deprives a person of a right secured by the "
        "Oregon Constitution is liable to the person injured.\n(2) Except as provided in "
        "subsection (3) of this section, qualified immunity is not a defense to an action under "
        "this section.\n(3) A police officer retains every immunity and defense available under "
        "law for acts or omissions while executing a search warrant.",
    ),
    # Guard: every immunity kept except the doctrine leaves the bar whole.
    (
        "end.law_enforcement",
        "yes",
        "OR",
        "(1) A police officer who, under color of law, deprives a person of a right secured by the "
        "Oregon Constitution is liable to the person injured.\n(2) Qualified immunity is not a "
        "defense to an action under this section.\n(3) In an action under this section, a police "
        "officer retains every immunity and defense available under law, except qualified "
        "immunity.",
    ),
    # Liability itself conditioned on malice, notwithstanding the bar: an officer who acted in
    # good faith escapes, as the doctrine would let him.
    (
        "end.law_enforcement",
        "no",
        "CA",
        "(a) A peace officer who, under color of law, deprives a person of a right secured by the "
        "California Constitution is liable to the person injured.\n(b) Qualified immunity shall "
        "not be a defense to an action under this section.\n(c) Notwithstanding subdivision (b), "
        "a peace officer is liable under this section only if the plaintiff proves that the "
        "officer acted with malice.",
    ),
    # A tracker's page for a bill: status, a "Summary" heading and the official summary
    # ("Relates to ...; provides that ..."), and no bill text. The summary enacts nothing.
    (
        "end.law_enforcement",
        "no",
        "NY",
        "NY A01234 | 2019-2020 | General Assembly\n\nStatus: Introduced - died in committee.\n\n"
        "Summary\n\nRelates to civil actions against police officers; provides that a police "
        "officer who deprives a person of a right secured by the state constitution is liable to "
        "the person injured; provides that qualified immunity shall not be a defense.",
    ),
    # A legislature's page: the designation's "Summary:" line, then the bill's print cut off
    # before any claim. The summary's "Provides a civil action ..." is no claim of the bill, so
    # the state's want of a cap meets no claim.
    (
        "end.damage_caps",
        "no",
        "NY",
        "S01234 Summary: SAME AS A05678. Add 79-z, Civ Rts L. Provides a civil action for "
        "deprivation of rights which is caused by any person or public entity.\n\nAN ACT to amend the civil "
        "rights law, in relation to a civil action for deprivation of rights\n\nThe People of "
        "the State of New York, represented in Senate and Assembly, do enact as follows:\n\n"
        "Section 1. The civil rights law is amended by adding a new section 79-z to read as "
        "follows:\n\u00a7 79-z. Civil action for deprivation of rights. 1. As used in this "
        "section, the following terms shall have the following meanings:",
    ),
    # Guard: the same page with the bill's text in full is read by that text.
    (
        "end.law_enforcement",
        "yes",
        "NY",
        "NY A01234 | 2019-2020 | General Assembly\n\nSummary\n\nRelates to civil actions "
        "against police officers.\n\nThe People of the State of New York, represented in "
        "Senate and Assembly, do enact as follows:\n\nSection 1. A police officer who, under "
        "color of law, deprives a person of a right secured by the state constitution is liable "
        "to the person injured. Qualified immunity shall not be a defense to an action under "
        "this section.",
    ),
    # One public occupation that is not police, named alone (a child-protection worker defined
    # as a department's employee): no officer loses the defense, and some public employees do.
    (
        "end.law_enforcement",
        "no",
        "KY",
        _CHILD_PROTECTION_WORKERS_ONLY,
    ),
    (
        "end.public_employees",
        "partial",
        "KY",
        _CHILD_PROTECTION_WORKERS_ONLY,
    ),
    # Guard: the same occupation beside every police officer reaches all police.
    (
        "end.law_enforcement",
        "yes",
        "KY",
        "(1) A law enforcement officer or child protective services worker who, under color of "
        "law, deprives a person of a right secured by the state constitution is liable to the "
        "person.\n(2) Qualified immunity shall not be a defense to an action under this section.",
    ),
    # A report "on whether to" create a claim and bar the doctrine: the questions of a study.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Section 5. The Attorney General shall submit to the General Assembly a report on whether "
        "to create a cause of action against any law enforcement officer who deprives a person of "
        "a right secured by the Illinois Constitution, and on whether to provide that qualified "
        "immunity shall not be a defense to it.",
    ),
    # A commission's questions, one of them a proposed amendment nested in "whether ... should".
    (
        "end.state_constitution",
        "no",
        "MA",
        "SECTION 1. (a) There is hereby established a special commission on civil remedies. (b) "
        "The commission shall examine: (i) whether chapter 12 should be amended to provide that a "
        "public employee who interferes with a right secured by the constitution is liable and "
        "that qualified immunity shall not be a defense; and (ii) whether the limits of chapter "
        "258 should apply to such claims.",
    ),
    # What a study counts: "the number of such actions dismissed on the ground that the right
    # was not clearly established" bars nothing.
    (
        "end.law_enforcement",
        "no",
        "US",
        "SEC. 2. STUDY. The Comptroller General shall conduct a study of actions brought under "
        "section 1979 of the Revised Statutes (42 U.S.C. 1983) against law enforcement officers, "
        "and other public officials, including- (1) the number of such actions dismissed on the "
        "ground that the right asserted was not clearly established, or that the defendant acted "
        "in good faith; and (2) the amount of judgments paid by local governments.",
    ),
    # An advisory question put to the voters asks for a law; it is none.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "SECTION 1. The following advisory question shall be submitted to the people at the next "
        'general election: "Should the Legislative Assembly enact a law providing that a police '
        "officer who deprives a person of a right secured by the Oregon Constitution is liable to "
        'that person and that qualified immunity is not a defense?"',
    ),
    # What a model policy must say is policy, not a rule of law on suits.
    (
        "end.law_enforcement",
        "no",
        "MD",
        "(A) The Commission shall adopt a model policy on the duty to intervene. (B) The model "
        "policy shall provide that: (1) an officer who observes another officer depriving a person "
        "of a right secured by the Maryland Declaration of Rights shall intervene; and (2) the "
        "agency will not assert qualified immunity on behalf of an officer sued for such a "
        "deprivation.",
    ),
    # Guard: a study section beside the bill's own claim and bar leaves them law.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 5. A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Illinois Constitution is liable to the person injured. Qualified "
        "immunity shall not be a defense to an action under this Section.\n\nSection 10. The "
        "Attorney General shall submit a report on whether the Section 5 action should extend to "
        "other public employees.",
    ),
    # A bar section's newsletter on a new law: its account of the statute enacts nothing.
    (
        "start.attorney_fees",
        "no",
        "OR",
        "CIVIL RIGHTS SECTION NEWSLETTER\nLEGISLATIVE UPDATE: HB 3100 ENACTED\n\n* New claim. "
        "HB 3100 lets a person sue any peace officer who deprives the person of a right under "
        'Article I of the Oregon Constitution. The statute says that "qualified immunity is not a '
        'defense."\n* Fees. The court shall award reasonable attorney fees to a prevailing '
        "plaintiff.",
    ),
    # A witness's plea ("Maryland should create ... make clear that qualified immunity is not a
    # defense") beside a bill that only raises tort-claims limits.
    (
        "end.law_enforcement",
        "no",
        "MD",
        "Testimony in SUPPORT of House Bill 600\n\nWe support the bill, but Maryland should "
        "create a civil rights remedy against police officers for violations of the Declaration of "
        "Rights, make clear that qualified immunity is not a defense, and lift the caps.\n\n"
        "ATTACHMENT: HOUSE BILL 600\n\nSection 5-303 of the Courts Article is amended to read: "
        "(a) The liability of a local government may not exceed $600,000 per an individual claim.",
    ),
    # Massachusetts's petition line asks for legislation; the bill's text is what enacts.
    (
        "end.law_enforcement",
        "no",
        "MA",
        "Bill S.1100\nAn Act relative to police accountability\nBy Senator Doe, a petition "
        "(accompanied by bill, Senate, No. 1100) of Jane Doe for legislation to establish that "
        "qualified immunity shall not be a defense in civil actions against law enforcement "
        "officers for violations of rights under the constitution of the commonwealth. The "
        "Judiciary.\nBill text:\nThe text of this bill is not yet available.",
    ),
    # "may award ..., except that the court shall award ... to a prevailing plaintiff": a duty.
    (
        "start.attorney_fees",
        "yes",
        "MI",
        _MICHIGAN_CLAIM_AND_BAR
        + "The court may award reasonable attorney fees and costs, except that the court shall "
        "award reasonable attorney fees and costs to a prevailing plaintiff.",
    ),
    # Records the agency "may release to the public" are its choice, not a duty to open them.
    (
        "start.public_records",
        "no",
        "MI",
        _MICHIGAN_CLAIM_AND_BAR
        + "Records of any complaint, judgment or settlement relating to an action under this "
        "section may be released by the employing agency to the public.",
    ),
    # "shall be released upon request under the freedom of information act": anyone may have them.
    (
        "start.public_records",
        "yes",
        "MI",
        _MICHIGAN_CLAIM_AND_BAR
        + "All complaints, judgments and settlements relating to an action under this section "
        "shall be released upon request under the freedom of information act.",
    ),
    # A subject whose citation has a colon and "et seq.)," runs to "who": a private security
    # officer, so the claim is a private one (its exclusion clause's police are not the subject).
    (
        "end.law_enforcement",
        "no",
        "NJ",
        'a. A security officer registered under the "Security Officer Registration Act," '
        "P.L.2004, c.134 (C.45:19A-1 et seq.), who, while working for a private security company, "
        "deprives a person of a right secured by the Constitution of New Jersey shall be liable to "
        "that person. b. It shall not be a defense that the security officer believed in good "
        'faith that the conduct was lawful. c. As used in this section, "security officer" '
        "does not include a law enforcement officer or any officer or employee of the State.",
    ),
    # A good-faith defense withdrawn from "a claim described in subsection (a)", where (a) lifts
    # an immunity for assault, battery and false arrest: tort suits, no claim for rights.
    (
        "end.law_enforcement",
        "no",
        "KS",
        "New Section 1. (a) Notwithstanding K.S.A. 75-6104, neither a governmental entity nor a "
        "law enforcement officer shall be immune from liability for damages resulting from "
        "assault, battery, false arrest or false imprisonment committed by a law enforcement "
        "officer within the scope of employment.\n(b) It shall not be a defense to a claim "
        "described in subsection (a) that the law enforcement officer acted in good faith.",
    ),
    # An adopted amendment that strikes everything below the enacting clause and substitutes a
    # task force: the bill as printed before it is no longer the bill.
    (
        "end.law_enforcement",
        "no",
        "CO",
        "Be it enacted by the General Assembly of the State of Colorado:\n\nSECTION 1. A PEACE "
        "OFFICER WHO, UNDER COLOR OF LAW, DEPRIVES A PERSON OF A RIGHT SECURED BY THE COLORADO "
        "CONSTITUTION IS LIABLE TO THE INJURED PARTY. QUALIFIED IMMUNITY IS NOT A DEFENSE TO "
        "LIABILITY PURSUANT TO THIS SECTION.\n\n"
        "HOUSE JUDICIARY COMMITTEE AMENDMENT (adopted)\nAmend printed bill, strike everything "
        'below the enacting clause and substitute:\n"SECTION 1. There is created a task force '
        'on peace officer civil liability, which shall report to the general assembly."',
    ),
    # Guard: the same amendment recorded as rejected leaves the bill as printed.
    (
        "end.law_enforcement",
        "yes",
        "CO",
        "Be it enacted by the General Assembly of the State of Colorado:\n\nSECTION 1. A PEACE "
        "OFFICER WHO, UNDER COLOR OF LAW, DEPRIVES A PERSON OF A RIGHT SECURED BY THE COLORADO "
        "CONSTITUTION IS LIABLE TO THE INJURED PARTY. QUALIFIED IMMUNITY IS NOT A DEFENSE TO "
        "LIABILITY PURSUANT TO THIS SECTION.\n\n"
        "HOUSE JUDICIARY COMMITTEE AMENDMENT (rejected)\nAmend printed bill, strike everything "
        'below the enacting clause and substitute:\n"SECTION 1. There is created a task force '
        'on peace officer civil liability, which shall report to the general assembly."',
    ),
    # A substitute printed after the original bill, headed as such, replaces it: its class
    # (the State's officers only) is the bill's.
    (
        "end.public_employees",
        "no",
        "DE",
        "Section 1. Any officer or employee of the State or of a political subdivision who, under "
        "color of law, deprives a person of a right secured by Article I of the Delaware "
        "Constitution is liable to the person. Qualified immunity is not a defense.\n\n"
        "HOUSE SUBSTITUTE NO. 1\nFOR\nHOUSE BILL NO. 92\n\nBE IT ENACTED BY THE GENERAL ASSEMBLY "
        "OF THE STATE OF DELAWARE:\n\nSection 1. A police officer employed by the State who, under "
        "color of law, deprives a person of a right secured by Article I of the Delaware "
        "Constitution is liable to the person. Qualified immunity is not a defense.",
    ),
    # An excerpt's lead-in on a line of its own ("Section 2 provides:") does not run into the
    # passage it quotes: the passage is read as the bill's text.
    (
        "end.state_constitution",
        "yes",
        "DE",
        'Section 2 of the bill provides:\n\n"(a) Any law enforcement officer who, under color of '
        "law, deprives a person of any right secured by the Delaware Constitution shall be liable "
        'to the injured person ...\n\n(b) Qualified immunity shall not be a defense ..."',
    ),
    # A government named as the one liable for what its people do pays the award itself.
    (
        "start.full_compensation",
        "yes",
        "MI",
        _GOVERNMENT_LIABLE_FOR_ITS_PEOPLE,
    ),
    # Guard: the same government excused for its employees' malicious acts does not pay them all.
    (
        "start.full_compensation",
        "no",
        "MI",
        _GOVERNMENT_LIABLE_FOR_ITS_PEOPLE
        + "\n(3) A governmental agency is not liable under this section for an act of an employee "
        "done with actual malice.",
    ),
    # A bar journal's article quoting a statute's words is about the law, not the law.
    (
        "end.law_enforcement",
        "no",
        "CO",
        "COLORADO LAWYER\nPractice Pointers\n\nThe statute's core is short. It gives a claim to a "
        'person deprived of "any individual rights" by a peace officer, and it says that '
        '"qualified immunity is not a defense to liability pursuant to this section."',
    ),
    # An attorney general's opinion block-quoting an act.
    (
        "start.full_compensation",
        "no",
        "NM",
        "OFFICE OF THE ATTORNEY GENERAL\nOpinion No. 24-01\n\nANALYSIS\n\nThe Act provides, in the "
        'sections relevant here:\n\n"A public body shall indemnify a person acting on its behalf '
        "for any judgment entered under the Civil Rights Act, and qualified immunity shall not be a "
        'defense."',
    ),
    # What a model ordinance must provide is a model, not law of the State.
    (
        "start.attorney_fees",
        "no",
        "NM",
        "SECTION 1. A. The attorney general shall publish a model ordinance that a municipality may "
        "adopt. B. The model ordinance shall provide that: (1) a person deprived of a right secured "
        "by the constitution of New Mexico by a police officer of the municipality may bring an "
        "action against the officer; (2) qualified immunity is not a defense; and (3) the court "
        "shall award reasonable attorney fees to a prevailing plaintiff.",
    ),
    # A constitution's charge to the lawmakers to enact the rule later enacts nothing now.
    (
        "end.law_enforcement",
        "no",
        "OH",
        "(A) The general assembly shall enact laws providing a civil action against any peace "
        "officer who deprives a person of a right secured by this constitution. (B) The laws "
        "enacted under division (A) of this section shall provide that qualified immunity is not a "
        "defense.",
    ),
    # A working group's options, each opening "Providing that ...".
    (
        "end.law_enforcement",
        "no",
        "ME",
        "Sec. 1. Working group established. The Attorney General shall convene a working group, "
        "which shall consider options for:\n1. Creating a civil action against police officers "
        "for deprivation of rights secured by the Constitution of Maine;\n2. Providing that "
        "qualified immunity is not a defense; and\n3. Providing that the limits on damages do "
        "not apply.",
    ),
    # A whole-bill amendment that a committee's form marks as failed leaves the bill as filed.
    (
        "end.state_constitution",
        "yes",
        "FL",
        "Be It Enacted by the Legislature of the State of Florida:\n\nSection 1. (1) A law "
        "enforcement officer who, under color of law, deprives a person of any right secured by the "
        "State Constitution is liable to that person for damages.\n(2) Qualified immunity is not a "
        "defense in an action under this section.\n\nCOMMITTEE/SUBCOMMITTEE AMENDMENT\nAmendment No. "
        "1\nADOPTED _____ (Y/N)\nFAILED TO ADOPT __Y__ (Y/N)\nWITHDRAWN _____ (Y/N)\n\nRemove "
        "everything after the enacting clause and insert:\nSection 1. The commission shall adopt "
        "training standards on the duty to intervene.",
    ),
    # "by replacing everything after the enacting clause with the following": the whole bill
    # replaced, by an amendment recorded as adopted.
    (
        "end.law_enforcement",
        "no",
        "IL",
        "Be it enacted by the People of the State of Illinois, represented in the General "
        "Assembly:\n\nSection 5. A peace officer who, under color of law, deprives a person of a "
        "right secured by the Illinois Constitution is liable to the person. Qualified immunity is "
        "not a defense.\n\nHOUSE AMENDMENT NO. 1\nAdopted in House Committee on Judiciary\n\n"
        "Amend House Bill 3100 by replacing everything after the enacting clause with the "
        'following:\n"Section 1. There is created a task force on civil remedies, which shall '
        'report to the General Assembly."',
    ),
    # Decertification "upon a finding by a court in an action under this section that the
    # officer deprived a person of a right": tied to the violation, in the claim's own section.
    (
        "start.individual_accountability",
        "yes",
        "IA",
        _IOWA_CLAIM_AND_BAR
        + "(d) An officer shall be decertified by the law enforcement academy council upon a finding "
        "by a court in an action under this section that the officer deprived a person of a right "
        "described in this section.",
    ),
    # Payment "to the extent funds are appropriated" may fall short of the award.
    (
        "start.full_compensation",
        "partial",
        "IA",
        _IOWA_CLAIM_AND_BAR
        + "(c) The employing agency shall pay any judgment entered against the officer under this "
        "section to the extent funds are appropriated for that purpose.",
    ),
    # Fees "unless the court finds special circumstances that would render such an award unjust":
    # the section 1988 standard, under which the prevailing plaintiff recovers as a rule.
    (
        "start.attorney_fees",
        "yes",
        "IA",
        _IOWA_CLAIM_AND_BAR
        + "(e) The court shall award reasonable attorney fees and costs to a prevailing plaintiff "
        "unless the court finds special circumstances that would render such an award unjust.",
    ),
    # Files kept confidential "except that the amount and terms of any settlement or judgment are
    # public records": some records only.
    (
        "start.public_records",
        "partial",
        "IA",
        _IOWA_CLAIM_AND_BAR
        + "(e) Personnel and investigative records relating to conduct that is the subject of an "
        "action under this section are confidential, except that the amount and terms of any "
        "settlement or judgment are public records.",
    ),
    # "nothing in this act shall be construed to preserve the doctrine of qualified immunity"
    # keeps nothing: it forbids a reading that would keep it.
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        "c. Any person who has been deprived of any right secured by the Constitution of this State "
        "by a person acting under color of law may bring a civil action for damages.\nh. It shall "
        "not be a defense to an action brought pursuant to subsection c. of this section that the "
        "defendant acted in good faith, and nothing in this act shall be construed to preserve the "
        "doctrine of qualified immunity in any such action.",
    ),
    # A claim against any person under color of law, its section set aside by a later one for
    # claims against peace officers: public employees other than police.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "SECTION 1. (1) A person who, while acting under color of law, deprives another person of "
        "any right secured by Article I of the Oregon Constitution is liable to the injured "
        "person.\n(2) Qualified immunity is not a defense to an action under this section.\n\n"
        "SECTION 2. Section 1 of this 2025 Act does not apply to a claim against a peace officer "
        "as defined in ORS 133.005.",
    ),
    # ... and one that leaves out the State's officers and employees: local governments' people.
    (
        "end.public_employees",
        "partial",
        "CA",
        "(a) Any person who, under color of any statute or usage, deprives a person of a right "
        "secured by the California Constitution is liable to the person injured. (b) Qualified "
        "immunity is not a defense to an action under this section. (c) This section does not "
        "apply to an officer or employee of the State of California or of any state agency.",
    ),
    # Insurance that "shall not constitute a waiver of any immunity ..., including qualified
    # immunity" keeps the doctrine; it bars nothing.
    (
        "end.law_enforcement",
        "no",
        "KS",
        "(a) The board of county commissioners may purchase liability insurance for the sheriff and "
        "deputies. (b) The purchase of insurance under this section shall not constitute a waiver of "
        "any immunity or defense available to the county, the sheriff or any deputy, including "
        "qualified immunity.",
    ),
    # A records suit over complaints against an officer is the records law's own suit.
    (
        "end.state_constitution",
        "no",
        "KY",
        "(1) A person whose request for records of complaints against a peace officer, or for the "
        "terms of a settlement of a civil rights claim against a peace officer, is denied may bring "
        "an action against the agency. (2) It shall not be a defense to an action under this "
        "section that the agency acted in good faith.",
    ),
    # A defense denied "before the hearing committee": a disciplinary hearing's rule.
    (
        "end.law_enforcement",
        "no",
        "RI",
        "(c) It shall not be a defense before the hearing committee that the officer acted in good "
        "faith reliance on a superior's order, where the charge is the deprivation of a person's "
        "civil rights.",
    ),
    # A cap lifted "except that the total sum recovered ... may not exceed the limit in" another
    # subsection: some limits stay.
    (
        "end.damage_caps",
        "partial",
        "SC",
        _SOUTH_CAROLINA_CLAIM_AND_BAR
        + "The limitation in Section 15-78-120(a)(1) does not apply to an action under this article, "
        "except that the total sum recovered arising out of a single occurrence may not exceed the "
        "limit in Section 15-78-120(a)(2).",
    ),
    # Guard: the exception a ceiling on attorney fees, beside the lifted caps.
    (
        "end.damage_caps",
        "yes",
        "SC",
        _SOUTH_CAROLINA_CLAIM_AND_BAR
        + "The limitations in Section 15-78-120 do not apply to an action under this article, except "
        "that an award of attorneys' fees shall not exceed the amount computed under Section "
        "15-77-300.",
    ),
    # An officer found liable "shall be subject to discipline by the employing agency": exposed
    # to what the agency chooses, not a consequence that follows.
    (
        "start.individual_accountability",
        "partial",
        "IA",
        _IOWA_CLAIM_AND_BAR
        + "(c) An officer found liable in an action under this section shall be subject to "
        "discipline by the employing agency.",
    ),
    # Guard: discipline the agency must impose stays a consequence that follows.
    (
        "start.individual_accountability",
        "yes",
        "IA",
        _IOWA_CLAIM_AND_BAR
        + "(c) An officer found liable in an action under this section shall be subject to "
        "discipline, and the employing agency shall suspend the officer without pay for thirty "
        "days.",
    ),
    # Guard: malice as the condition of punitive damages only leaves liability whole.
    (
        "end.law_enforcement",
        "yes",
        "CA",
        "(a) A peace officer who, under color of law, deprives a person of a right secured by the "
        "California Constitution is liable to the person injured.\n(b) Qualified immunity shall "
        "not be a defense to an action under this section.\n(c) A peace officer is liable for "
        "punitive damages under this section only if the officer acted with malice.",
    ),
]

EIGHTH_SESSION_READINGS = [
    # A catch-line's words quoted in an instruction that strikes the section ("... (civil action
    # for deprivation of rights by law-enforcement officers; qualified immunity not a defense),
    # and that section is stricken"): no verb rules, nothing is barred.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "CONFERENCE REPORT ON HOUSE BILL 1210\n\nThe House recedes from its amendment inserting "
        "\u00a7 8.01-42.6 (civil action for deprivation of rights by law-enforcement officers; "
        "qualified immunity not a defense), and that section is stricken from the bill.\n\n"
        "The Senate agrees to the remaining House amendments on body-worn cameras.",
    ),
    # "Except as provided in subdivision four, qualified immunity shall not be a defense", where
    # four says a defendant "shall not be liable ... for any act or omission undertaken in good
    # faith": the defense kept.
    (
        "end.law_enforcement",
        "no",
        "NY",
        "1. A police officer who, under color of law, deprives a person of a right secured by the "
        "constitution of this state shall be liable to the party injured.\n2. Except as provided "
        "in subdivision four, qualified immunity shall not be a defense to liability under this "
        "section.\n4. A defendant shall not be liable under this section for any act or omission "
        "undertaken in good faith and with a reasonable belief that it was lawful.",
    ),
    # A claim against a defendant named by role ("the offender") in a section that says it
    # creates no cause of action against public officers: a private claim.
    (
        "end.state_constitution",
        "no",
        "KY",
        "(1) A person who suffers deprivation of civil rights as a result of an offense committed "
        "by another person because of the victim's race may bring a civil action against the "
        "offender.\n(2) The court shall award reasonable attorney's fees to a prevailing victim.\n"
        "(3) Nothing in this section shall be construed to waive the sovereign immunity of the "
        "Commonwealth or to create a cause of action against a public officer or employee.",
    ),
    # A federal bill's claim against federal officers only reaches one level of government: its
    # police are some police, its employees some public employees.
    (
        "end.law_enforcement",
        "partial",
        "US",
        "SEC. 2. (a) Any Federal law enforcement officer who, under color of law, deprives any "
        "person of a right secured by the Constitution of the United States shall be liable to "
        "the person injured.\n(b) Qualified immunity shall not be a defense in an action under "
        "this section.",
    ),
    (
        "end.public_employees",
        "partial",
        "US",
        "SEC. 2. (a) Any officer or employee of the United States who, under color of Federal "
        "law, deprives any person of a right secured by the Constitution shall be liable to the "
        "person injured.\n(b) Qualified immunity shall not be a defense in an action under this "
        "section.",
    ),
    # (every level named: all of them)
    (
        "end.public_employees",
        "yes",
        "US",
        "SEC. 2. (a) Any officer or employee of the United States, of a State, or of a unit of "
        "local government who, under color of law, deprives any person of a right secured by the "
        "Constitution shall be liable to the person injured.\n(b) Qualified immunity shall not "
        "be a defense in an action under this section.",
    ),
    # A floor or committee amendment the record shows was not adopted (not agreed to, lost,
    # withdrawn): what it would have inserted is not law.
    (
        "end.law_enforcement",
        "no",
        "PA",
        "AMENDMENTS TO HOUSE BILL NO. 2210\n\nAmend Bill, page 3, line 4, by inserting:\nSection 2. "
        "(a) A law enforcement officer who, under color of law, deprives an individual of a right "
        "secured by the Constitution of Pennsylvania shall be liable to the individual.\n(b) "
        "Qualified immunity shall not be available in an action under this section.\n\nOn the "
        "question, Will the House agree to the amendment?\nYEAS-90 NAYS-110\nThe question was "
        "determined in the negative and the amendment was not agreed to.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "PA",
        "AMENDMENTS TO HOUSE BILL NO. 2210\n\nAmend Bill, page 3, line 4, by inserting:\nSection 2. "
        "(a) A law enforcement officer who, under color of law, deprives an individual of a right "
        "secured by the Constitution of Pennsylvania shall be liable to the individual.\n(b) "
        "Qualified immunity shall not be available in an action under this section.\n\nOn the "
        "question, Will the House agree to the amendment?\nYEAS-110 NAYS-90\nThe amendment was "
        "agreed to.",
    ),
    # A legislative counsel's digest of existing law is no law of the bill's.
    (
        "start.failure_to_intervene",
        "no",
        "NV",
        "ASSEMBLY BILL NO. 97\n\nLEGISLATIVE COUNSEL'S DIGEST: Existing law creates a civil "
        "action against a peace officer who deprives a person of rights under the Nevada "
        "Constitution and makes an officer who fails to intervene liable. This bill removes the "
        "provision on failing to intervene.\n\nSection 1. NRS 41.1404 is hereby amended to read "
        "as follows:\n\n41.1404 1. A peace officer who, under color of law, deprives a person of "
        "any right secured by the Nevada Constitution is liable to the person injured.\n\n2. "
        "Qualified immunity is not a defense to an action brought pursuant to this section.",
    ),
    # The employer "is liable for the full amount of any judgment ... against the officer", or
    # "for the conduct of" its people under the section: it pays the award. (Not "in an action in
    # which the Commonwealth is liable for the acts of its officer": a condition.)
    (
        "start.full_compensation",
        "yes",
        "MD",
        CLAIM
        + BAR
        + "Sec. 3. THE STATE OR LOCAL GOVERNMENT THAT EMPLOYS THE OFFICER IS LIABLE FOR THE FULL "
        "AMOUNT OF ANY JUDGMENT OR SETTLEMENT AGAINST THE OFFICER UNDER SECTION 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        "OR",
        CLAIM
        + BAR
        + "Sec. 3. The public body that employs an officer is liable for the conduct of the "
        "officer under section 1.",
    ),
    # Intervention named only as a subject of training, as a ground for revoking a certificate,
    # or with civil liability denied ("No law enforcement officer shall be liable ... solely for
    # failing to intervene"): no stand-alone civil liability.
    (
        "start.failure_to_intervene",
        "partial",
        "OR",
        "Sec. 1. Each certified officer shall complete sixteen hours of continuing training each "
        "year, including four hours in the following subjects: (a) The duty to intervene; (b) "
        "Implicit bias.\n\nSec. 2. A public body, and any officer or employee of a public body, "
        "that under color of law deprives a person of any right secured by Article I of the "
        "Oregon Constitution, including by failing to intervene to prevent such a deprivation by "
        "another, is liable to the person injured.\n\nSec. 3. Qualified immunity is not a "
        "defense in an action under section 2.",
    ),
    (
        "start.failure_to_intervene",
        "no",
        "VA",
        "Sec. 1. Each agency shall adopt a policy requiring an officer to intervene when another "
        "officer uses excessive force.\n\nSec. 2. The Board shall revoke the certification of a "
        "law-enforcement officer who: (a) is convicted of a felony; or (b) fails to intervene as "
        "required by the policy adopted under section 1.\n\n" + CLAIM + BAR,
    ),
    (
        "start.failure_to_intervene",
        "no",
        "VT",
        CLAIM
        + BAR
        + "Sec. 3. The duty of an officer to intervene shall be governed by the use of force "
        "policy. No law enforcement officer shall be liable under this chapter solely for "
        "failing to intervene in the conduct of another officer.",
    ),
    # "A recording made under this section is not a public record and is confidential": records
    # closed, nothing opened.
    (
        "start.public_records",
        "no",
        "NV",
        CLAIM
        + BAR
        + "Sec. 3. (1) Each officer shall wear a body-worn camera while on patrol. (2) A recording "
        "made under this section is not a public record and is confidential.",
    ),
    # A bar whose exception keeps only judges' and lawmakers' absolute immunity, or the State's own
    # immunity, keeps no officer's defense.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 5. A public employee who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Illinois is liable to the injured person.\n\n"
        "Section 10. Qualified immunity is not a defense to liability in an action under this "
        "Act; except that the absolute immunity of a judge acting in a judicial capacity and of "
        "a legislator acting in a legislative capacity is preserved.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "KY",
        "(1) Any public officer or employee who under color of law deprives any person of any "
        "right secured by the Constitution of Kentucky shall be liable to the person injured.\n"
        "(2) A public officer or employee sued under this section shall not be entitled to any "
        "immunity, qualified or otherwise; except that this section does not abrogate the "
        "immunity of the Commonwealth itself under Section 231 of the Constitution of Kentucky.",
    ),
    # A calendar's title line with a bill number before "Relating to ...", an advocate's policy
    # brief quoting a model, a uniform act's drafters on what they rejected, and a constitution's
    # charge to the lawmakers to provide a remedy later: none of them is law on the claim.
    (
        "end.law_enforcement",
        "no",
        "OR",
        "OREGON STATE SENATE\nDAILY CALENDAR\n\nHB 2811 \u2014 Relating to civil actions "
        "against peace officers; creating a cause of action for deprivation of rights secured by "
        "the Oregon Constitution; providing that qualified immunity is not a defense. Carrier: "
        "Sen. Ruiz.",
    ),
    (
        "start.full_compensation",
        "no",
        "MI",
        "POLICY BRIEF: WHAT A STRONG CIVIL RIGHTS ACT CONTAINS\n\n1. No qualified immunity. "
        'The model states plainly that "qualified immunity is not a defense."\n\n2. Full '
        'compensation. Employers "shall indemnify the employee for the full amount of any '
        'judgment."',
    ),
    (
        "end.law_enforcement",
        "no",
        "SD",
        "Section 1. A public entity shall indemnify a law enforcement officer it employs for the "
        "full amount of any judgment in a civil action arising from the officer's conduct.\n\n"
        "Comment. The drafting committee considered, and rejected, a provision abolishing "
        "qualified immunity.",
    ),
    (
        "end.law_enforcement",
        "no",
        "VT",
        "Article 23. The General Assembly shall, within two years after the adoption of this "
        "Article, provide by law a remedy in damages for any person whose rights under this "
        "Chapter are violated by a person acting under the authority of the State, and may "
        "provide by law that such persons shall not be immune from liability.",
    ),
    # "The guard and the company cannot claim qualified immunity ..., because they are not public
    # officers": a bar of private defendants' defenses (whose claim is against private guards),
    # not officers'.
    (
        "end.law_enforcement",
        "no",
        "NC",
        "(a) You may sue a private protective services officer licensed under this Chapter, and "
        "the company that employs the officer, if the officer detains you without a lawful "
        "reason.\n(b) The guard and the company cannot claim qualified immunity, good faith or "
        "any other immunity available to a public officer, because they are not public officers.",
    ),
    # The officer's own loss for the violation: pay forfeited, a civil penalty on him, a bar on his
    # employment, dismissal. (A penalty the court "may" assess is left to it: partial.)
    (
        "start.individual_accountability",
        "yes",
        "WA",
        CLAIM
        + BAR
        + "Sec. 3. A peace officer against whom a final judgment is entered under section 1 shall "
        "forfeit fifteen days of salary.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "NJ",
        CLAIM
        + BAR
        + "Sec. 3. Upon a finding of liability under section 1 the court shall impose upon the "
        "officer a civil penalty of $1,000, which the officer shall pay personally.",
    ),
    (
        "start.individual_accountability",
        "partial",
        "NJ",
        CLAIM
        + BAR
        + "Sec. 3. Upon a finding of liability under section 1, the court may assess against the "
        "officer personally a civil penalty of not more than $5,000.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "MI",
        CLAIM
        + BAR
        + "Sec. 3. A law enforcement agency shall not employ as a peace officer an individual "
        "against whom a final judgment has been entered under section 1.",
    ),
    (
        "start.individual_accountability",
        "yes",
        "DC",
        CLAIM
        + BAR
        + "Sec. 3. Upon a final judgment against an officer under section 1, the Chief of Police "
        "shall terminate the officer.",
    ),
    # Guard: a savings clause that no consequence is required.
    (
        "start.individual_accountability",
        "no",
        "AL",
        CLAIM
        + BAR
        + "Sec. 3. Nothing in this act shall be construed to impose personal financial liability "
        "on an officer or to require the employing agency to discipline an officer found liable "
        "under section 1.",
    ),
    # "The state shall be liable to any person whom any of its officers or employees ...
    # deprives": the State answers for its own people, one level of government.
    (
        "end.law_enforcement",
        "partial",
        "CO",
        _STATE_ANSWERS_FOR_ITS_PEOPLE,
    ),
    (
        "end.public_employees",
        "partial",
        "CO",
        _STATE_ANSWERS_FOR_ITS_PEOPLE,
    ),
    # A section of its own that leaves custody staff or elected officials out of the claim: every
    # police officer stays in, not every public employee.
    (
        "end.public_employees",
        "partial",
        "IN",
        "Sec. 1. A public employee who, under color of law, deprives a person of a right secured "
        "by the Constitution of the State of Indiana is liable to the person.\n\nSec. 2. "
        "Qualified immunity is not a defense to an action under this chapter.\n\nSec. 3. This "
        "chapter does not apply to a claim against an employee of a county jail.",
    ),
    (
        "end.public_employees",
        "partial",
        "IA",
        "Sec. 1. A public employee who, under color of law, deprives a person of a right secured "
        "by the Constitution of the State of Iowa is liable to the person.\n\nSec. 2. Qualified "
        "immunity is not a defense to an action under this chapter.\n\nSec. 3. This chapter "
        "does not apply to a claim against an elected official.",
    ),
    # "... does not apply to a claim against State personnel": the local governments' people only.
    (
        "end.law_enforcement",
        "partial",
        "MD",
        "(a) A person acting under color of law who deprives an individual of a right secured by "
        "the Maryland Declaration of Rights is liable to the individual.\n(b) Qualified immunity "
        "is not a defense to an action under this section.\n(c) This section does not apply to a "
        "claim against State personnel, as defined in \u00a7 12-101 of the State Government "
        "Article.",
    ),
    # A government body liable for deprivations by its people, named in a list of governments
    # ("The state, every city and town, ... or other public body shall be liable to any person whom
    # any of its officers ... deprives") or by those acting on its behalf: it pays the award.
    (
        "start.full_compensation",
        "yes",
        "RI",
        "Sec. 1. The state, every city and town, and every board, commission or other public body "
        "shall be liable to any person whom any of its officers or employees, acting under color "
        "of law, deprives of any right secured by the constitution of this state.\n\nSec. 2. "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    (
        "start.full_compensation",
        "yes",
        "NM",
        "Sec. 1. A public body shall be liable to a person deprived of any right secured by the "
        "constitution of New Mexico by a person acting on behalf of or under color of the "
        "authority of the public body.\n\nSec. 2. Qualified immunity is not a defense to an "
        "action under this section.",
    ),
    # A chamber's calendar lists bills by their catch-words ("...; qualified immunity not a
    # defense."): short items with no verb name a bill, they enact nothing.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "HOUSE CALENDAR\n\nHOUSE BILLS ON THIRD READING\n\nHB 2210 Civil action for "
        "deprivation of rights; law-enforcement officers; qualified immunity not a defense. "
        "(Delegate Rivera)\nReported from Courts of Justice (12-Y 10-N).\n\nHB 2214 Fishing "
        "licenses; fees. (Delegate Owens)\nReported from Agriculture (21-Y 0-N).",
    ),
    # An office memorandum (TO:, FROM:) about a bill, quoting its key sentence: a letter.
    (
        "end.law_enforcement",
        "no",
        "MI",
        "MEMORANDUM\n\nTO: Members of the Judiciary Committee\nFROM: Senator Alvarez\nRE: "
        "Police accountability bill\n\nMy bill lets a person whose rights under the state "
        "constitution are violated by a police officer sue the officer. Its core is one line: "
        '"qualified immunity is not a defense to an action under this act."',
    ),
    # "a peace officer or custodial officer": custody staff listed beside every peace officer
    # widen the class, as corrections officers do; they do not narrow it.
    (
        "end.law_enforcement",
        "yes",
        "CA",
        "Sec. 2. (a) A peace officer or custodial officer who, under color of law, deprives a "
        "person of a right secured by the California Constitution is liable to that person in a "
        "civil action.\n(b) Qualified immunity is not a defense to liability under this section.",
    ),
    # "In an action brought under section 1 against a law enforcement officer, the defense of
    # qualified immunity shall not be available": the bar reaches the class the barred actions are
    # brought against, whatever wider class the claim names.
    (
        "end.public_employees",
        "no",
        "NJ",
        "Section 1. A person who, acting under color of law, deprives another of a right secured "
        "by the Constitution of this State shall be liable to the person injured.\n\nSection 2. "
        "In an action brought under section 1 of P.L. , c. (C. ) (pending before the "
        "Legislature as this bill) against a law enforcement officer, the defense of qualified "
        "immunity shall not be available.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        "Section 1. A person who, acting under color of law, deprives another of a right secured "
        "by the Constitution of this State shall be liable to the person injured.\n\nSection 2. "
        "In an action brought under section 1 against a law enforcement officer, the defense of "
        "qualified immunity shall not be available.",
    ),
    # A state bill that speaks only of claims under federal law (section 1983): it waives the
    # State's immunity to them, consents to suit on them, or says its own limits and immunities
    # do not reach them. It gives no claim and changes no defense of state law: no.
    (
        "end.state_constitution",
        "no",
        "NC",
        "Section 1. The State waives its sovereign immunity in the courts of this State for "
        "claims arising under 42 U.S.C. 1983, to the extent such a claim may be brought against "
        "the State under federal law.",
    ),
    (
        "end.damage_caps",
        "no",
        "IA",
        "Sec. 1. The limitations on recovery in subsection 1 do not apply to an action for "
        "damages brought against a county or its sheriff under 42 U.S.C. 1983.",
    ),
    (
        "end.law_enforcement",
        "no",
        "WI",
        "Section 1. The immunity and the limits on damages of this section do not apply to an "
        "action under 42 USC 1983 against a law enforcement officer or a political subdivision "
        "for the deprivation of a right secured by the constitution of the United States.",
    ),
    # (beside a claim of the bill's own, the same words stand with it)
    (
        "end.damage_caps",
        "yes",
        "IA",
        CLAIM
        + BAR
        + "Sec. 3. The limitations on recovery in chapter 670 do not apply to an action under "
        "section 1 or under 42 U.S.C. 1983.",
    ),
    # A government's own suit to recover from its officer what it paid on a judgment: no claim of
    # the public against officers.
    (
        "start.individual_accountability",
        "no",
        "OH",
        "Sec. 1. (A) If a political subdivision pays a judgment in a civil action under section "
        "1983 of title 42 of the United States Code arising from the act of a peace officer it "
        "employs, the political subdivision may recover from the peace officer the amount paid "
        "if the officer acted in bad faith.",
    ),
    # A defined officer class that lists the State's force, the local police and the police of
    # institutions is every kind of police, not a narrow class.
    (
        "end.law_enforcement",
        "yes",
        "PA",
        'Sec. 1. As used in this act, "law enforcement officer" means a member of the State '
        "Police, a municipal or regional police officer, a sheriff or deputy sheriff, a campus "
        "police officer of a public university and a transit police officer.\n\n"
        "Sec. 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the constitution of this Commonwealth is liable to the person injured.\n\n"
        "Sec. 3. Qualified immunity is not a defense to an action under section 2.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "TX",
        'Sec. 1. In this chapter, "peace officer" means a sheriff, a municipal police officer, an '
        "officer of the Department of Public Safety and a peace officer commissioned by an "
        "institution of higher education.\n\n"
        "Sec. 2. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Texas Constitution is liable to the person for damages.\n\n"
        "Sec. 3. Qualified immunity is not a defense to an action under this chapter.",
    ),
    # The main levels alone leave the other police (campus, transit, the State's other agencies)
    # out: some officer classes.
    (
        "end.law_enforcement",
        "partial",
        "PA",
        'Sec. 1. As used in this act, "law enforcement officer" means a deputy sheriff, a '
        "municipal or county police officer, or a member of the State Police.\n\n"
        "Sec. 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the constitution of this Commonwealth is liable to the person injured.\n\n"
        "Sec. 3. Qualified immunity is not a defense to an action under section 2.",
    ),
    # The full list, then a sentence that leaves the State's other police out.
    (
        "end.law_enforcement",
        "partial",
        "PA",
        'Sec. 1. As used in this act, "law enforcement officer" means a member of the State '
        "Police, a municipal or regional police officer, a sheriff or deputy sheriff, a campus "
        "police officer of a public university and a transit police officer. The term does not "
        "include a park ranger of the Department of Conservation or an investigator of the "
        "Attorney General.\n\n"
        "Sec. 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the constitution of this Commonwealth is liable to the person injured.\n\n"
        "Sec. 3. Qualified immunity is not a defense to an action under section 2.",
    ),
    # (leaving out private, federal or tribal officers leaves no police of the state out)
    (
        "end.law_enforcement",
        "yes",
        "PA",
        'Sec. 1. As used in this act, "law enforcement officer" means a member of the State '
        "Police, a municipal or regional police officer, a sheriff or deputy sheriff, a campus "
        "police officer of a public university and a transit police officer. The term does not "
        "include a private security officer or an officer of the United States.\n\n"
        "Sec. 2. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the constitution of this Commonwealth is liable to the person injured.\n\n"
        "Sec. 3. Qualified immunity is not a defense to an action under section 2.",
    ),
]


SEVENTH_SESSION_READINGS = [
    # "suit against the employee, the employing entity, or both": the employee pointed back to is
    # the State's and local governments' employee named before, not a private employer's.
    ("end.law_enforcement", "yes", "MD", _SUED_WITH_THEIR_EMPLOYER),
    ("end.public_employees", "yes", "MD", _SUED_WITH_THEIR_EMPLOYER),
    # A records rule in a section about something else (permits, a board's licensees) that
    # names no officer, employee, misconduct, force or claim: not the records this criterion asks
    # for. Beside it, a judgment under the bill's own section made public still counts.
    (
        "start.public_records",
        "no",
        "NM",
        CLAIM
        + BAR
        + "\n\nSec. 3. The state forester shall publish on its website each burn permit it "
        "issues, together with the record of any complaint about the burn.",
    ),
    (
        "start.public_records",
        "yes",
        "NM",
        CLAIM
        + BAR
        + "\n\nSec. 3. Each judgment entered in an action under section 1 is a public record "
        "and shall be posted on the attorney general's website.",
    ),
    # "If the person prevails, the court shall award ... fees", after the sentence that opens a
    # suit to compel the release of a record: the records suit's fees, not the claim's.
    (
        "start.attorney_fees",
        "no",
        "OR",
        CLAIM
        + BAR
        + "\n\nSec. 3. (1) Use-of-force reports are public records. (2) Anyone refused a copy of "
        "such a report may petition the circuit court to order its release. If the petitioner "
        "prevails, the court shall award the petitioner reasonable attorney fees.",
    ),
    # (or "a person denied access to the information may bring a mandamus action, and if the
    # person prevails the court shall award ... fees")
    (
        "start.attorney_fees",
        "no",
        "OH",
        CLAIM
        + BAR
        + "\n\nSec. 3. Each agency shall publish the amount of every judgment under section 1. "
        "A person denied access to the information may seek a writ of mandamus, and if the "
        "person prevails the court shall award reasonable attorney fees.",
    ),
    # A bar that names only the government's own immunities (sovereign, governmental, the public
    # duty doctrine) leaves the officer's qualified immunity standing; naming the doctrine too
    # bars it.
    (
        "end.law_enforcement",
        "no",
        "DE",
        CLAIM + "Sec. 2. Neither governmental immunity, sovereign immunity, nor the public duty "
        "doctrine shall be a defense in an action under section 1.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "DE",
        CLAIM + "Sec. 2. Neither governmental immunity, sovereign immunity, nor qualified "
        "immunity shall be a defense in an action under section 1.",
    ),
    # A government liable for its own people's deprivations, with no limit, pays the whole
    # award; up to a ceiling, part of it.
    (
        "start.full_compensation",
        "yes",
        "NM",
        "Sec. 1. Claims.--Every county is liable for the deprivation, by any of its deputies "
        "acting under color of law, of a right secured by the constitution of this state. "
        "Sec. 2. Qualified immunity is not a defense to a claim under section 1.",
    ),
    (
        "start.full_compensation",
        "partial",
        "NM",
        "Sec. 1. Claims.--Every county is liable for the deprivation, by any of its deputies "
        "acting under color of law, of a right secured by the constitution of this state, up to "
        "$300,000 for each claimant. Sec. 2. Qualified immunity is not a defense to a claim "
        "under section 1.",
    ),
    # A bar confined to one stage of the case, the defense left whole at the others, or to some
    # of the claims, the rest left with every defense: the doctrine survives (RUBRIC.md: kept for
    # some claims is no).
    (
        "end.law_enforcement",
        "no",
        "IA",
        CLAIM + "Sec. 2. When ruling on a motion to dismiss a claim under section 1, the court "
        "may not consider whether the right was clearly established. Nothing in this section "
        "limits a defense raised in a motion for summary judgment.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NC",
        "Sec. 1. (a) A peace officer is liable to a person who (1) suffers excessive force at "
        "the officer's hands, or (2) is otherwise deprived by the officer of a right secured by "
        "the state constitution. (b) Qualified immunity is not a defense to a claim under "
        "subdivision (1). A claim under subdivision (2) remains subject to all immunities "
        "available at law.",
    ),
    # Qualified immunity barred by name while the state's official immunity is kept for the same
    # claims: the defense survives under another name (RUBRIC.md's partial); barred too, yes.
    (
        "end.law_enforcement",
        "partial",
        "TX",
        CLAIM + BAR + "Sec. 3. Section 1 does not abolish the official immunity of a peace officer "
        "who performs a discretionary duty in good faith.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "TX",
        CLAIM + "Sec. 2. Neither qualified immunity nor official immunity is a defense to an "
        "action under section 1.",
    ),
    # "An action against an officer shall be brought against the public body, and the public
    # body shall be liable for the judgment": the body pays the award.
    (
        "start.full_compensation",
        "yes",
        "OR",
        CLAIM + BAR + "Sec. 3. An action under section 1 against a peace officer shall be brought "
        "against the public body that employs the officer, and the public body shall be liable "
        "for the judgment.",
    ),
    # (after a label or a section number: "1. a. The State shall be liable to any person ...")
    (
        "start.full_compensation",
        "yes",
        "NJ",
        "1. a. The State shall be liable to any person deprived of a right secured by the "
        "Constitution of the State by an officer of the State acting under color of law.\n\nb. "
        "It is not a defense to an action under this section that the officer acted in good "
        "faith.",
    ),
    # A government body liable for its people's deprivations "subject to the limitations of" a
    # cap statute, or sued alone beside the bill's own ceiling on damages: part of the award.
    (
        "start.full_compensation",
        "partial",
        "OR",
        CLAIM + BAR + "Sec. 3. The employing public body is liable for the acts of its officers "
        "under section 1, subject to the limitations of ORS 30.272.",
    ),
    (
        "start.full_compensation",
        "partial",
        "NM",
        "Sec. 1. A public body is liable for the deprivation, by any of its officers, of a right "
        "secured by the state constitution. Sec. 2. Qualified immunity is not a defense. Sec. 3. "
        "Damages recovered by a claimant under this act shall not exceed one million dollars.",
    ),
    # '"Employee" has the same meaning as in section 8102 and includes any employee of the State
    # or of any political subdivision, including a law enforcement officer': every public
    # employee, the police among them.
    (
        "end.public_employees",
        "yes",
        "ME",
        'Sec. 1. (1) In this section, "employee" has the same meaning as in section 8102 and '
        "includes any employee of the State or of a political subdivision, including a deputy "
        "sheriff. (2) An employee who, under color of law, deprives a person of a right secured "
        "by the Constitution of Maine is liable to the person. (3) Qualified immunity is not a "
        "defense to an action under this section.",
    ),
    # A tort claims act's words widened to the deprivation of rights ("tortious conduct includes
    # the deprivation, by an officer of the state, of any right secured by the constitution"): a
    # claim, graded on those rights; a defense given back after "but" survives the bar.
    (
        "end.state_constitution",
        "yes",
        "WA",
        "Sec. 1. (1) The state is liable for damages arising out of its tortious conduct. (2) In "
        "this section, tortious conduct includes the deprivation, by an officer or employee of "
        "the state acting under color of law, of any right secured by the state constitution. "
        "Qualified immunity is not a defense to an action for such a deprivation.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NV",
        CLAIM + "Sec. 2. In an action under section 1, the officer is not immune under NRS "
        "41.032, but it is a defense that the officer acted in good faith.",
    ),
    # "... shall not be available to the public body or to any person acting on its behalf": a
    # defense denied, no record made public.
    (
        "start.public_records",
        "no",
        "NM",
        CLAIM + "Sec. 2. In a claim under section 1, qualified immunity shall not be available to "
        "the public body or to any person acting on its behalf.",
    ),
    # A bar "in an action brought under section 3", where section 3 opens with a definition
    # naming a university's or an airport board's officers and then states the claim: the claim's
    # bar, not a board's proceeding.
    (
        "end.law_enforcement",
        "yes",
        "KY",
        'Section 3. (1) As used in this section, "peace officer" means any person certified or '
        "eligible for certification under KRS 15.380 to 15.404, any officer of the department of "
        "state police, any sheriff or deputy sheriff, any officer of a city, county, urban-county "
        "or consolidated local government police department, any officer of a public university "
        "or of an airport board, any officer of the department of fish and wildlife resources "
        "with the powers of a peace officer, and any other person whom a statute gives the powers "
        "of a peace officer, whether employed full-time, part-time or as an auxiliary or reserve "
        "officer, and whether paid or unpaid, while acting in that capacity within this state or "
        "under a mutual aid agreement with another jurisdiction.\n(2) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Kentucky is liable to the person.\n\nSection 4. The "
        "board shall hear appeals of decertification.\n\nSection 12. In an action brought under "
        "Section 3 of this Act, it shall not be a defense that the peace officer is entitled to "
        "qualified immunity.",
    ),
    # A bystander's liability worded without "intervene": having power to prevent it and
    # refusing; not acting to halt it and sharing liability; could have prevented it and did not
    # act; and, as one way of depriving, failing to protect the person from another officer.
    (
        "start.failure_to_intervene",
        "yes",
        "PA",
        CLAIM + "Sec. 2. A peace officer who knows that another officer is committing a "
        "deprivation described in section 1 and, having power to prevent it, neglects to do so, "
        "is liable to the injured person.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "NC",
        CLAIM + "Sec. 2. A peace officer who is present when another officer commits such a "
        "deprivation and does not act, as far as the officer is able, to halt it shares "
        "liability for it.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "WI",
        CLAIM + "Sec. 2. For this section, an officer deprives a person of a right if the "
        "officer violates the right or, being present, fails to take reasonable steps to "
        "protect the person from another officer's violation of it.",
    ),
    # A section inserted into chapter 12 that bars the doctrine "in an action under section 11I":
    # the Massachusetts Civil Rights Act's claim, graded on the rights it reaches.
    (
        "end.state_constitution",
        "yes",
        "MA",
        "SECTION 1. Chapter 12 of the General Laws is hereby amended by inserting after section "
        "11I the following section:- Section 11J. In an action under section 11I against a police "
        "officer, the defense of qualified immunity shall not be available.",
    ),
    # Claims in the passive or as a right or a remedy: the rights they name are read.
    (
        "end.state_constitution",
        "yes",
        "IL",
        "Sec. 1. Liability is imposed on any sheriff or deputy who, under color of law, causes a "
        "person to be deprived of a right secured by the state constitution. Sec. 2. Qualified "
        "immunity is no defense to that liability.",
    ),
    (
        "end.state_constitution",
        "yes",
        "WA",
        "Sec. 1. Whoever is deprived by a police officer of a right secured by the state "
        "constitution has a right to recover, from that officer, damages and equitable relief. "
        "Sec. 2. Qualified immunity does not apply to that recovery.",
    ),
    (
        "end.state_constitution",
        "yes",
        "NJ",
        "1. The remedies of this act are available against any officer of a county or "
        "municipality who, under color of law, deprives a person of a right secured by the "
        "Constitution of this State. 2. Qualified immunity shall not be asserted in an action "
        "for those remedies.",
    ),
]


_FEES_AMENDMENT_AFTER_BILL = (
    "SECTION 1. (1) A law enforcement officer who, under color of law, deprives a person of a "
    "right secured by the Mississippi Constitution shall be liable to the person.\n(2) Qualified "
    "immunity shall not be a defense.\n(3) The court may award attorney's fees to a prevailing "
    "plaintiff.\n\nAmendment No. 1 proposed to House Bill No. 88 by Representative Lee\nAMEND "
    "on line 9 by inserting the following: \"(4) The court shall award reasonable attorney's "
    'fees to a prevailing plaintiff, notwithstanding subsection (3)."\n{outcome}'
)


_CLAIM_SECTION_STRUCK = (
    "SECTION 1. (A) A law enforcement officer who, under color of law, deprives a person of a "
    "right secured by the Constitution of this State is liable to the person injured.\n(B) "
    "Qualified immunity is not a defense to an action pursuant to this section.\n\nSECTION 2. "
    "Each agency shall adopt a policy on the use of body-worn cameras.\n\nSECTION 3. This act "
    "takes effect upon approval by the Governor.\n\nAmend the bill, as and if amended, by "
    "striking SECTION 1 in its entirety.\nRenumber sections to conform.\n{outcome}"
)


TENTH_SESSION_READINGS = [
    # The employer of the claim's officers made jointly liable beside them: its noun is the
    # employer's, and the class reached is still the officers the claim names (local only).
    (
        "end.law_enforcement",
        "partial",
        "WI",
        "(1) A law enforcement officer employed by a city, village or county who, under color of "
        "law, deprives a person of a right secured by the state constitution is liable to the "
        "person.\n(2) The city, village or county that employs the officer is jointly and "
        "severally liable with the officer.\n(3) Qualified immunity is not a defense to an action "
        "under this section.",
    ),
    # ... and a peace officer's employer, a State agency or a political subdivision, does not
    # make every public employee a defendant.
    (
        "end.public_employees",
        "no",
        "TX",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Texas Constitution is liable to the person.\nSec. 2. The state agency or political "
        "subdivision that employs the peace officer is jointly and severally liable with the "
        "officer.\nSec. 3. Qualified immunity is not a defense to an action under this chapter.",
    ),
    # Guard: a claim naming the police generally beside their employer stays whole.
    (
        "end.law_enforcement",
        "yes",
        "WI",
        "(1) A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the state constitution is liable to the person.\n(2) The public entity that "
        "employs the officer is jointly and severally liable with the officer.\n(3) Qualified "
        "immunity is not a defense to an action under this section.",
    ),
    # The payer's means set off by commas between "shall pay" and the award it pays.
    (
        "start.full_compensation",
        "yes",
        "IN",
        "Sec. 1. A police officer who, under color of law, deprives a person of a right secured by "
        "the Constitution of the State of Indiana is liable to the person. Qualified immunity is "
        "not a defense.\nSec. 2. The unit that employs the police officer shall pay, from its "
        "general fund, through an insurer, or through a pool it belongs to, the full amount of "
        "every judgment or settlement under this chapter.",
    ),
    # An employing agency declared liable for the judgments of the bill's own claim.
    (
        "start.full_compensation",
        "yes",
        "NC",
        "(a) A police officer who, under color of law, deprives a person of a right secured by the "
        "North Carolina Constitution is liable to the person for damages. Qualified immunity is "
        "not a defense.\n(b) The agency that employs the officer is liable for any judgment "
        "under this section.",
    ),
    # A government liable to the person its officer deprived of a right: it answers for its
    # people's wrongs, said from the side of the person wronged.
    (
        "start.full_compensation",
        "yes",
        "MI",
        "Sec. 2. A county or city is liable to a person who is deprived of a right secured by the "
        "state constitution by a peace officer employed by that county or city while acting "
        "under color of law. Governmental immunity and qualified immunity are not defenses to an "
        "action under this section.",
    ),
    # The doctrine's questions declared beside the point: a bar without the word "defense".
    (
        "end.law_enforcement",
        "yes",
        "NE",
        "Section 1. (1) A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of Nebraska is liable to the person for damages.\n(2) In an "
        "action under this section it is irrelevant whether the right had been clearly "
        "established or whether the officer reasonably believed the conduct lawful.",
    ),
    # Every defense allowed except the doctrine and good faith: those two are barred.
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Iowa is liable to the person.\n2. The "
        "officer is entitled to every defense known to the common law, except qualified immunity "
        "and a defense resting on the officer's good faith.",
    ),
    # Guard: every defense allowed, the doctrine among them, keeps it.
    (
        "end.law_enforcement",
        "no",
        "IA",
        "1. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Iowa is liable to the person.\n2. The "
        "officer is entitled to every defense known to the common law, qualified immunity "
        "included.",
    ),
    # A double negative: no finding of no liability on the doctrine's grounds.
    (
        "end.law_enforcement",
        "yes",
        "KY",
        "(1) A peace officer who, under color of law, deprives a person of a right secured by the "
        "Constitution of Kentucky shall be liable to the person.\n(2) No officer may be held not "
        "liable under this section because the officer acted in good faith or because the right "
        "had not been clearly established.",
    ),
    # A bar for the Attorney General's own suit for an injunction, with no private action: no
    # claim of the people deprived, so nothing toward the criterion.
    (
        "end.law_enforcement",
        "no",
        "MD",
        "(A) A law enforcement agency may not engage in a pattern or practice of conduct that "
        "deprives persons of rights protected by the Maryland Declaration of Rights.\n(B) The "
        "Attorney General may bring a civil action for equitable relief to end a violation of "
        "subsection (A).\n(C) Qualified immunity is not a defense in an action brought by the "
        "Attorney General under this section.\n(D) This section does not create a private right "
        "of action.",
    ),
    # A defense denied in disciplinary and licensing proceedings only.
    (
        "end.law_enforcement",
        "no",
        "MI",
        "Sec. 1. (1) An officer who sees another officer use unlawful force shall intervene.\n(2) "
        "An officer who fails to intervene is subject to discipline and the commission may revoke "
        "the officer's license.\n(3) It is not a defense in a licensing or disciplinary "
        "proceeding under this section that the officer believed in good faith that the force "
        "was lawful, and no immunity, whether qualified or statutory, applies in such a "
        "proceeding.",
    ),
    # An amendment printed after the bill whose recorded fate is "FAILED." is not the bill.
    (
        "start.attorney_fees",
        "no",
        "MS",
        _FEES_AMENDMENT_AFTER_BILL.format(outcome="FAILED."),
    ),
    # Guard: the same amendment recorded as adopted is part of it.
    (
        "start.attorney_fees",
        "yes",
        "MS",
        _FEES_AMENDMENT_AFTER_BILL.format(outcome="ADOPTED."),
    ),
    # A journal line naming the amendment that failed, beside one that was adopted.
    (
        "start.failure_to_intervene",
        "no",
        "IA",
        "Section 1. 1. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Constitution of the State of Iowa is liable to the person.\n2. Qualified "
        "immunity is not a defense in an action under this section.\n\nAMENDMENT H-1201\nAmend "
        "the bill by inserting after subsection 2: <3. The court shall award reasonable attorney "
        "fees to a prevailing plaintiff.>\n\nAMENDMENT H-1202\nAmend the bill by inserting: <4. "
        "A peace officer who is present and fails to intervene to stop another officer's "
        "deprivation of a right is liable to the person under this section.>\n\nHOUSE JOURNAL, "
        "March 3: Amendment H-1201 was adopted. Amendment H-1202 was ruled not germane.",
    ),
    # A government answering for the acts of its police only reaches the police.
    (
        "end.public_employees",
        "no",
        "ME",
        "Sec. 1. A governmental entity, the State and every county and town included, is liable "
        "to a person deprived of a right secured by the Constitution of Maine by the acts of any "
        "of its law enforcement officers. Qualified "
        "immunity is not a defense to an action under this section.",
    ),
    # Guard: answering for all its officers, employees and agents, police included, reaches
    # everyone.
    (
        "end.public_employees",
        "yes",
        "OR",
        "(1) A public body is liable for the deprivation of any right secured by the Oregon "
        "Constitution caused by any of its officers, employees or agents, including police "
        "officers, acting under color of law.\n(2) Qualified immunity is not a defense to an "
        "action under this section.",
    ),
    # The public employer of the claim's officers named as the payer is no wider class.
    (
        "end.public_employees",
        "no",
        "MA",
        "(a) Any police officer who, under color of law, deprives a person of a right secured by "
        "the constitution of the commonwealth shall be liable to the person.\n(b) Qualified "
        "immunity shall not be a defense.\n(c) The public employer of the police officer shall "
        "be liable for a judgment under this section.",
    ),
    # A government liable for "the acts of any of its law enforcement officers" pays the award.
    (
        "start.full_compensation",
        "yes",
        "SC",
        "(A) The State is liable to a person who is deprived of a right guaranteed by Article I of "
        "the Constitution of this State by the acts of any of its law enforcement officers. (B) "
        "Qualified immunity is not a defense in an action under this section.",
    ),
    # The District of Columbia, paying in its own laws' words.
    (
        "start.full_compensation",
        "yes",
        "DC",
        "(a) Any officer of the Metropolitan Police Department who, under color of law, deprives "
        "a person of a right secured by the Constitution of the United States is liable to the "
        "person.\n(b) Qualified immunity is not a defense.\n(c) The District shall pay the full "
        "amount of any judgment or settlement in an action under this section.",
    ),
    # The District of Columbia's one government is both levels: its officers and employees are
    # every public employee there, the Metropolitan Police among them.
    (
        "end.public_employees",
        "yes",
        "DC",
        "Sec. 2. (a) Any officer or employee of the District, including a member of the "
        "Metropolitan Police Department, who, under color of law, deprives a person of a right "
        "secured by the Constitution of the United States is liable to the person.\n(b) "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    # Guard: the District's police alone are police.
    (
        "end.public_employees",
        "no",
        "DC",
        "Sec. 2. (a) A police officer of the District who, under color of law, deprives a person "
        "of a right secured by the Constitution of the United States is liable to the person.\n"
        "(b) Qualified immunity is not a defense to an action under this section.",
    ),
    # A bar in a section whose action only the Attorney General may bring.
    (
        "end.law_enforcement",
        "no",
        "WI",
        "(1) No law enforcement officer may engage in conduct that deprives a person of a right "
        "secured by the Wisconsin Constitution.\n(2) The attorney general may bring an action "
        "for a forfeiture of not more than $10,000 against an officer who violates sub. (1). No "
        "person other than the attorney general may bring an action under this section.\n(3) In "
        "an action under sub. (2), qualified immunity is not a defense.",
    ),
    # A bar in a proceeding another subsection describes as an arbitration of discipline.
    (
        "end.law_enforcement",
        "no",
        "CO",
        "(1) When a peace officer grieves discipline imposed for conduct that deprived a person of "
        "a constitutional right, the grievance shall be heard by an arbitrator.\n(2) Qualified "
        "immunity is not a defense in a proceeding described in subsection (1) of this section.",
    ),
    # Revocation proceedings and prosecutions have their own rules.
    (
        "end.law_enforcement",
        "no",
        "NE",
        "Section 1. (1) The council may revoke the certificate of a law enforcement officer who, "
        "under color of law, deprives a person of a right secured by the Constitution of "
        "Nebraska.\n(2) In a revocation proceeding under this section, it is not a defense that "
        "the right was not clearly established or that the officer acted in good faith.\nSec. 2. "
        "An officer who willfully deprives a person of a right commits a Class IV felony. No "
        "immunity, qualified or absolute, shall bar a prosecution under this section.",
    ),
    # Payment owed whatever the doctrine would have said is no bar on it.
    (
        "end.law_enforcement",
        "no",
        "RI",
        "Every city and town shall indemnify a police officer it employs for any judgment entered "
        "against the officer in a civil action arising from the officer's duties, without regard "
        "to whether qualified immunity would have been available to the officer.",
    ),
    # The States' immunity in federal court, denied for wage suits: no officer's defense.
    (
        "end.law_enforcement",
        "no",
        "US",
        "SEC. 2. A State, and any agency of a State, shall not be immune under the Eleventh "
        "Amendment to the Constitution of the United States from an action in a court of the "
        "United States by an employee of the State for unpaid wages.",
    ),
    # What the Massachusetts legislature (the general court) finds enacts nothing.
    (
        "end.law_enforcement",
        "no",
        "MA",
        "SECTION 1. The general court finds that people whose rights under the constitution of "
        "the commonwealth are violated by police officers often recover nothing because of "
        "qualified immunity, and that making each public employer liable for the acts of its "
        "officers without regard to their good faith would see victims paid.\nSECTION 2. There "
        "shall be a special commission to study public employer liability.",
    ),
    # A review owed, an action chosen: "determine whether to take disciplinary action".
    (
        "start.individual_accountability",
        "partial",
        "NJ",
        _IOWA_CLAIM_AND_BAR
        + "\n4. After a final judgment against an officer under this section, the officer's "
        "appointing authority shall review the matter and determine whether to take "
        "disciplinary action against the officer.",
    ),
    # "such discipline as the employer may determine": exposure to the employer's choice.
    (
        "start.individual_accountability",
        "partial",
        "VA",
        _IOWA_CLAIM_AND_BAR
        + "\n4. An officer found liable under this section shall be subject to such discipline "
        "as the employer may determine.",
    ),
    # The employer reviewing the judgments of the bill's claim disciplines its officer sued.
    (
        "start.individual_accountability",
        "partial",
        "IN",
        _IOWA_CLAIM_AND_BAR
        + "\n4. The employing agency shall review each judgment under this section and may "
        "impose any discipline it considers appropriate.",
    ),
    # Just compensation for property taken is owed without any wrong: no rights claim.
    (
        "end.state_constitution",
        "no",
        "TX",
        "(e) A private real property owner whose property is the subject of a taking by a "
        "governmental entity may bring suit against the entity to recover the just compensation "
        "required by Section 17, Article I, Texas Constitution.\nSec. 2. Governmental immunity "
        "is waived to the extent of liability created by this chapter. It is not a defense that "
        "the entity acted in good faith.",
    ),
    # The doctrine kept from barring a record's release is a records rule.
    (
        "end.law_enforcement",
        "no",
        "DE",
        "(a) A record of a complaint against a police officer is a public record.\n(b) An agency "
        "shall release the record within 15 days of a request.\n(c) Qualified immunity shall not "
        "bar disclosure of a record under this section.",
    ),
    # An adopted amendment striking the bill's claim section whole: the claim is gone.
    (
        "end.law_enforcement",
        "no",
        "SC",
        _CLAIM_SECTION_STRUCK.format(outcome="The amendment was adopted."),
    ),
    # Guard: the same amendment recorded as failed leaves the claim.
    (
        "end.law_enforcement",
        "yes",
        "SC",
        _CLAIM_SECTION_STRUCK.format(outcome="The amendment failed."),
    ),
    # A school district liable for its police answers for them: it pays the award.
    (
        "start.full_compensation",
        "yes",
        "CA",
        "(a) A school district is liable to a student who is deprived of a right secured by the "
        "California Constitution by a school police officer employed by the district.\n(b) "
        "Qualified immunity is not a defense to an action under this section.",
    ),
    # The old form "shall answer in damages" makes the officer liable.
    (
        "end.state_constitution",
        "yes",
        "TX",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right guaranteed "
        "by Article I (Bill of Rights), Texas Constitution, shall answer in damages to the person "
        "injured.\nSec. 2. Qualified immunity is not a defense to an action under this chapter.",
    ),
    (
        "end.public_employees",
        "no",
        "IL",
        "(a) Any law enforcement officer, whether employed by the State or by a unit of local "
        "government, who under color of law deprives a person of a right guaranteed by Article I "
        "of the Illinois Constitution shall answer in damages to that person.\n(b) Qualified "
        "immunity is not a defense to an action under this Section.",
    ),
    # A defined class whose definition "does not include a sworn law enforcement officer"
    # leaves the police out.
    (
        "end.law_enforcement",
        "no",
        "NJ",
        'a. As used in this section, "public employee" means any officer or employee of the State '
        "or of any county or municipality, but does not include a sworn law enforcement officer."
        "\nb. A public employee who, under color of law, deprives a person of a right secured by "
        "the Constitution of this State shall be liable to that person.\nc. A public employee "
        "shall not be entitled to qualified immunity in an action under this section.",
    ),
    # The officer's share, backed by the employer when it goes unpaid: the whole award.
    (
        "start.full_compensation",
        "yes",
        "WI",
        _IOWA_CLAIM_AND_BAR
        + "\n(c) An officer against whom judgment is entered shall pay 5 percent of the judgment. "
        "The employer shall pay the remainder of the judgment. If the officer is unable to pay "
        "the amount under par. (c) within 180 days after the judgment becomes final, the "
        "employer shall pay that amount.",
    ),
    (
        "start.full_compensation",
        "yes",
        "TX",
        _IOWA_CLAIM_AND_BAR
        + "\n(c) The state agency that employs the officer shall pay any judgment under this "
        "chapter, except that the officer is personally liable for five percent of the judgment or "
        "$25,000, whichever is less.\n(d) If the officer does not pay that portion within 180 "
        "days, the agency shall pay that portion to the claimant.",
    ),
    # A bar for officers "sued ... for the use of excessive force" only, beside a claim for
    # every right: the doctrine survives the other claims.
    (
        "end.law_enforcement",
        "no",
        "AR",
        "(a) Every person who, acting under color of any law of this state, subjects any person to "
        "the deprivation of any right secured by the Arkansas Constitution is liable to the party "
        "injured.\n(b) A law enforcement officer sued under this section for the use of "
        "excessive force may not assert qualified immunity as a defense to that claim.",
    ),
    # Limits set aside "except as to punitive damages": lifted only in part.
    (
        "end.damage_caps",
        "partial",
        "PA",
        _IOWA_CLAIM_AND_BAR
        + "\n(c) The limits on damages in sections 8528 and 8553 shall not apply to an action "
        "under this section, except as to punitive damages.",
    ),
    # The employer "liable, jointly and severally with the officer, for any judgment".
    (
        "start.full_compensation",
        "yes",
        "OR",
        _IOWA_CLAIM_AND_BAR
        + "\n(c) The public body that employs the officer is liable, jointly and severally with "
        "the officer, for any judgment under this section.",
    ),
    # A later section of the same bill repealing the section that made the claim.
    (
        "end.law_enforcement",
        "no",
        "AL",
        "Section 1. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the Constitution of Alabama of 2022 is liable to the person.\n(b) "
        "Qualified immunity is not a defense to an action under this section.\nSection 2. Each "
        "agency shall report its use-of-force incidents annually.\nSection 3. Section 1 of this "
        "act is repealed.",
    ),
    # Guard: a subsection of it repealed leaves the rest.
    (
        "end.state_constitution",
        "yes",
        "NV",
        "Section 1. 1. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Nevada Constitution is liable to the person.\n2. The employer shall "
        "indemnify the officer.\n3. Qualified immunity is not a defense.\nSec. 2. Subsection 3 "
        "of section 1 of this act is hereby repealed.",
    ),
    # A State that "waives its immunity and assumes liability for" its officers' deprivations
    # of rights answers to a claim for them.
    (
        "end.state_constitution",
        "yes",
        "NY",
        "Section 1. The state hereby waives its immunity from liability and assumes liability for "
        "the deprivation, by any of its officers or employees acting under color of law, of any "
        "right secured by the constitution of this state.\nSection 2. Qualified immunity shall "
        "not be a defense in any such action.",
    ),
    # Guard: the same words for negligence are a tort claims act's.
    (
        "end.state_constitution",
        "no",
        "NY",
        "Section 1. The state hereby waives its immunity from liability and assumes liability for "
        "the negligence of its officers and employees in the operation of motor vehicles.",
    ),
    # No limitation on compensatory, noneconomic or punitive damages: every kind, so all of it.
    (
        "end.damage_caps",
        "yes",
        "OH",
        _IOWA_CLAIM_AND_BAR
        + "\n(c) Notwithstanding section 2744.05 of the Revised Code, no limitation on "
        "compensatory, noneconomic, or punitive damages applies to an award under this section.",
    ),
    # A government "liable for the deprivation, by any police officer in its employ, of any
    # right" answers for its officers and pays.
    (
        "start.full_compensation",
        "yes",
        "RI",
        "(a) The state and every city and town shall be liable for the deprivation, by any police "
        "officer in its employ, of any right secured by article I of the Rhode Island "
        "Constitution.\n(b) Qualified immunity shall not be a defense to an action under this "
        "section.",
    ),
    # A State that "consents to be sued ... for any deprivation of a right" answers to a claim.
    (
        "end.state_constitution",
        "yes",
        "OH",
        "(A) The state hereby waives its immunity from liability, consents to be sued, and "
        "consents to have its liability determined in the court of claims, for any deprivation of "
        "a right secured by Article I of the Ohio Constitution caused by an officer or employee "
        "of the state.\n(B) Qualified immunity is not a defense in such an action.",
    ),
    # A tribunal given claims against the State "for the deprivation of any right" to hear.
    (
        "end.state_constitution",
        "yes",
        "IL",
        "(a) The Commission is hereby constituted a court for the purpose of hearing and passing "
        "upon claims against the departments and agencies of the State for the deprivation of any "
        "right secured by the Illinois Constitution by an officer or employee of the State.\n(b) "
        "In a claim under this subsection, the State may not assert qualified immunity.",
    ),
]


_LOCAL_ENTITY_ANSWERS_FOR_ITS_PEOPLE = (
    "Sec. 1. (1) Each local governmental entity is liable for the damages caused by the "
    "deprivation of a right secured by the state Constitution by its past or present "
    "officers, employees, or volunteers.\n(2) It is not a defense to an action under this "
    "section that the officer, employee, or volunteer is entitled to qualified immunity."
)
# A State liable for what its officers, employees and agents do (a list, with examples after it).
_STATE_ANSWERS_FOR_ITS_PEOPLE = (
    "SECTION 1. 893.90 (1) The state is liable to any person who is deprived of a right secured by "
    "the constitution of this state by an officer, employee, or agent of the state, including a "
    "conservation warden or a capitol police officer, who acts under color of law.\n(2) It is "
    "not a defense to an action under this section that the officer, employee, or agent acted in "
    "good faith, and qualified immunity is not a defense."
)


# A certification statute that revokes on a rights judgment and disclaims any effect on immunity.
_REVOCATION_THAT_TOUCHES_NO_IMMUNITY = (
    'Section 1. Section 36-21-52 is amended to read as follows:\n"(a) The commission shall revoke '
    "the certification of any law enforcement officer who is the subject of a final judgment "
    "finding that the officer, under color of law, deprived a person of a right secured by the "
    "Constitution of Alabama, whether or not the officer was entitled to qualified immunity in "
    "that action.\n(b) Nothing in this section creates a cause of action or affects any immunity "
    'of an officer or employing agency."'
)


# A records bill whose journal shows a civil-action amendment tabled.
_TABLED_FLOOR_AMENDMENT = (
    "AN ACT relating to the release of body worn camera recordings.\n\nBE IT ENACTED BY THE "
    "LEGISLATURE OF THE STATE OF TEXAS:\n\nSECTION 1. A law enforcement agency shall release to "
    "the public the body worn camera recording of an incident in which an officer used deadly "
    "force, not later than the 45th day after the incident.\n\nSECTION 2. This Act takes "
    "effect September 1, 2025.\n\nHOUSE JOURNAL, SECOND READING, MAY 6, 2025\nAmendment No. 1 "
    "(Ortiz): On page 1, after line 9, add SECTION 1A, under which a peace officer who deprives "
    "a person of a right secured by the Texas Constitution is liable to the person and "
    "qualified immunity is not a defense.\nRepresentative Hale moved to table Amendment No. 1. "
    "The motion to table prevailed by (Record 412): 80 Yeas, 60 Nays.\n"
)


# A claim against election officials, with their immunities barred.
_ELECTION_OFFICIALS_CLAIM = (
    "SECTION 1. (a) An election official who, under color of law, deprives a person of a right "
    "secured by Article I of the North Carolina Constitution shall be liable to the person "
    "injured in a civil action for damages.\n(b) Public official immunity and qualified immunity "
    "shall not be defenses to an action under this section."
)


# A claim against law enforcement officers with qualified immunity barred (the rows add to it).
_QI_BARRED = (
    "Section 1. (A) A law enforcement officer who, under color of law, deprives a person of a "
    "right secured by the constitution of this state is liable to the person injured.\n(B) "
    "Qualified immunity is not a defense to an action under this section."
)


# A numbered print whose claim an adopted amendment deletes across a page break.
_STRUCK_ACROSS_A_PAGE = (
    "HB187\nPage 1\n 1  BE IT ENACTED BY THE LEGISLATURE OF ALABAMA:\n 2  \n 3  Section 1. A law "
    "enforcement officer who, under color of law,\n 4  deprives a person of a right secured by "
    "Article I of the\n 5  Constitution of Alabama of 2022 is liable to the person injured.\nPage "
    "2\n 1  Section 2. Qualified immunity is not a defense to an action\n 2  under Section 1.\n 3  "
    "Section 3. This act shall become effective on October 1, 2025.\n\nHOUSE FLOOR AMENDMENT TO "
    "HB187\nAmend HB187 on page 1, line 3, through page 2, line 2, by deleting those lines and "
    'inserting in lieu thereof the following:\n"Section 1. The Commission shall study civil '
    'remedies for police misconduct."\nAdopted by voice vote.'
)
# A South Carolina bill whose SECTION 2 (quoting a code section) a committee amendment strikes.
_SECTION_STRUCK_WITH_CODE_TEXT = (
    "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF SOUTH CAROLINA:\n\nSECTION 1. Each "
    "law enforcement agency shall adopt a written use of force policy.\n\nSECTION 2. Chapter 78, "
    "Title 15 is amended by adding:\nSection 15-78-230. (A) A law enforcement officer who, under "
    "color of law, deprives a person of a right secured by the Constitution of this State is "
    "liable to the person injured.\n(B) Qualified immunity is not a defense to an action under "
    "this section.\n\nSECTION 3. This act takes effect upon approval by the Governor.\n\n"
    "COMMITTEE AMENDMENT\nAmend the bill, as and if amended, by striking SECTION 2 in its entirety "
    "and renumbering the remaining SECTIONS accordingly.\nThe amendment was adopted."
)
# An Ohio bill whose conference report deletes the civil-action section it enacts.
_CODE_SECTION_DELETED_IN_CONFERENCE = (
    "Section 1. That sections 149.436 and 2307.47 of the Revised Code be enacted to read as "
    "follows:\nSec. 149.436. Body-worn camera recordings of an incident involving deadly force "
    "are public records.\nSec. 2307.47. (A) A peace officer who, under color of law, deprives a "
    "person of a right secured by the Ohio Constitution is liable to the person in a civil "
    "action.\n(B) Qualified immunity is not a defense to an action under this section.\nSection "
    "2. This act takes effect ninety days after filing.\n\nCONFERENCE COMMITTEE REPORT\nThe "
    "Committee of Conference recommends that the bill be further amended as follows:\n1. Delete "
    "section 2307.47 of the Revised Code in its entirety.\nConference committee report adopted: "
    "Senate 24-9; House 61-34."
)


# A Maryland print headed "Page 2" whose committee amendment strikes the claim's lines.
_LINES_STRUCK_ON_A_HEADED_PAGE = (
    "HOUSE BILL 1020\n\nPage 2\n 1  SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF "
    "MARYLAND,\n 2  That the Laws of Maryland read as follows:\n 3  Article - Courts and Judicial "
    "Proceedings\n 4  5-1205.\n 5  (A) A POLICE OFFICER WHO, UNDER COLOR OF LAW, DEPRIVES AN "
    "INDIVIDUAL OF\n 6  A RIGHT SECURED BY THE MARYLAND DECLARATION OF RIGHTS IS LIABLE TO THE\n"
    " 7  INDIVIDUAL IN A CIVIL ACTION.\n 8  (B) QUALIFIED IMMUNITY IS NOT A DEFENSE TO AN ACTION "
    "UNDER THIS SECTION.\n 9  Article - Public Safety\n10  3-215.1. THE COMMISSION SHALL KEEP A "
    "RECORD OF EACH DECERTIFICATION.\n\nJUDICIARY COMMITTEE AMENDMENTS TO HOUSE BILL 1020\n"
    'AMENDMENT NO. 1\nOn page 2, in line 3, strike "Courts and Judicial Proceedings" and '
    'substitute "Public Safety"; strike in their entirety lines 4 through 9, inclusive.\n\nThe '
    "committee report, favorable with amendments, was adopted."
)
# A Nebraska print whose floor amendment turns the claim into a referral, adopted on a motion.
_NEXT_LINE_SWAP_ON_A_MOTION = (
    "Page 2\n 1  Section 1. (1) A law enforcement officer who, under color of law,\n 2  deprives a "
    "person of a right secured by the Constitution of Nebraska\n 3  is liable to the person "
    "injured\n 4  in a civil action for damages.\n 5  (2) Qualified immunity is not a defense to "
    'an action under this section.\n\nAM401 to LB512\n1. On page 2, line 3, strike "is liable '
    'to the person injured" and insert "shall be referred"; and on the next line, strike "in a '
    'civil action for damages" and insert "to the Commission for review".\n2. On page 2, strike '
    "line 5.\nSenator Hale moved to adopt AM401. The motion prevailed with 30 ayes, 9 nays."
)


ELEVENTH_SESSION_READINGS = [
    # A government of one level answering for "its past or present officers, employees, or
    # volunteers": that level's people, all of them, and its police among them (partial).
    ("end.law_enforcement", "partial", "WA", _LOCAL_ENTITY_ANSWERS_FOR_ITS_PEOPLE),
    ("end.public_employees", "partial", "WA", _LOCAL_ENTITY_ANSWERS_FOR_ITS_PEOPLE),
    # The State answering for the deprivations of "an officer or employee of the state,
    # including" its troopers: the State's people only, whatever examples follow.
    (
        "end.law_enforcement",
        "partial",
        "OH",
        "Sec. 2743.50. (A) The state consents to be sued in the court of claims for a deprivation "
        "of a right secured by the Ohio Constitution caused by an officer or employee of the "
        "state, including a trooper of the state highway patrol, acting under color of law.\n(B) "
        "The state shall not assert qualified immunity as a defense in an action under this "
        "section.",
    ),
    # Guard: a "public entity" whose definition takes in the State beside local bodies answers
    # at every level for its police.
    (
        "end.law_enforcement",
        "yes",
        "CA",
        "815.10. (a) A public entity is liable for an injury caused by a peace officer it employs "
        "who, under color of law, deprives a person of a right secured by the California "
        "Constitution.\n(b) The public entity may not assert qualified immunity in an action "
        'under this section.\n(c) As used in this section, "public entity" has the meaning '
        "given in Section 811.2 and includes the state.",
    ),
    # Guard: the same local entity answering for "any person acting under color of law" is
    # not narrowed by its level (anyone's wrong, at any level).
    (
        "end.law_enforcement",
        "yes",
        "WA",
        "Sec. 1. (1) Any person who, acting under color of law, deprives another of a right "
        "secured by the state Constitution is liable to the person injured.\n(2) Qualified "
        "immunity is not a defense to an action under this section.",
    ),
    # A bill's own grant, called "the qualified immunity ... granted by this section" and withheld
    # for grave fault, is the bill's immunity narrowed: no bar on officers' defenses.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "1. That a person who, in good faith and without pay, gives emergency aid to an injured "
        "person at the scene of a crash shall not be liable for civil damages arising from that "
        "aid.\n2. The qualified immunity from civil liability granted by this section shall not "
        "apply to an act of gross negligence or willful misconduct.",
    ),
    (
        "end.public_employees",
        "no",
        "OH",
        "(A) No school employee who gives an epinephrine injection to a student under this "
        "section is liable in damages in a civil action for injury arising from the injection.\n"
        "(B) The qualified immunity provided by division (A) of this section shall not be a "
        "defense to an action alleging that the employee acted in bad faith or in a reckless "
        "manner.",
    ),
    (
        "end.law_enforcement",
        "no",
        "NC",
        "(a) Anyone who reports suspected abuse of a child, including a law enforcement officer, "
        "is immune from civil liability for the report.\n(b) The qualified immunity granted by "
        "subsection (a) of this section does not apply to a person who knowingly makes a false "
        "report.",
    ),
    # Guard: the doctrine's own statute withheld from a kind of claim, a claim for deprivations
    # of rights, is a bar for that claim.
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. NEW SECTION. 670.4B. A person who, under color of law, deprives another of a "
        "right secured by the Constitution of the State of Iowa is liable to the person injured."
        "\nSec. 2. Section 670.4A is amended by adding: 5. The qualified immunity provided in "
        "this section does not apply to a claim under section 670.4B, and it shall not be a "
        "defense to such a claim that the defendant acted in good faith.",
    ),
    # A claim against a public body itself for a wrong that is no deprivation of rights (a
    # failure to accommodate, a data breach), in a bill that names no right, force, search or
    # the doctrine: no claim about officers, so its fee and cap rules count for nothing.
    (
        "start.attorney_fees",
        "no",
        "ME",
        "Sec. 1. 1. A county, a municipality and any other governmental entity is liable for "
        "failing to provide the leave required by this subchapter to an employee.\n2. The limits "
        "on damages in Title 14, section 8105 do not apply to an action under this section.\n3. "
        "The court shall award reasonable attorney's fees to a prevailing plaintiff.",
    ),
    (
        "end.damage_caps",
        "no",
        "NC",
        "(a) A person whose personal information is disclosed through a State agency's failure to "
        "keep reasonable safeguards may bring a civil action against the State agency.\n(b) The "
        "limits of Article 31 of Chapter 143 shall not apply to an action under this section.",
    ),
    # Guard: a public body liable for its officers' deprivations of rights is such a claim.
    (
        "start.attorney_fees",
        "yes",
        "ME",
        "Sec. 1. 1. A county or municipality is liable for a deprivation of a right secured by "
        "the Constitution of Maine caused by its law enforcement officers.\n2. Qualified "
        "immunity is not a defense in an action under this section.\n3. The court shall award "
        "reasonable attorney's fees to a prevailing plaintiff.",
    ),
    # A list of the claims an award may come from ("arise from a cause of action for: (A)
    # negligence; or (B) an intentional act, including a cause of action for a deprivation of a
    # right"): claims named as the award's source, none given.
    (
        "end.state_constitution",
        "no",
        "TX",
        "SECTION 1. (a) A local government may pay actual damages awarded against an employee "
        "if the damages arise from a cause of action for: (1) negligence; or (2) an intentional "
        "act, including a cause of action for a deprivation of a right guaranteed by the "
        "constitution of this state.",
    ),
    # Governments named in the plural, as the second of two rules, answering for their
    # employees' violations of the section: they pay the award.
    (
        "start.full_compensation",
        "yes",
        "NV",
        "Sec. 1. A peace officer employed by a county or city who, under color of law, deprives "
        "a person of a right secured by the Nevada Constitution is liable to the person.\nSec. 2. "
        "Qualified immunity is not a defense to an action under this section.\nSec. 3. Officers "
        "are liable for their own acts under this section, and counties and cities shall be "
        "liable for violations of this section by their employees.",
    ),
    # Guard: counties liable for their own negligence in keeping roads is no payment of
    # rights awards.
    (
        "start.full_compensation",
        "no",
        "NV",
        "Sec. 1. A peace officer employed by a county or city who, under color of law, deprives "
        "a person of a right secured by the Nevada Constitution is liable to the person.\nSec. 2. "
        "Qualified immunity is not a defense to an action under this section.\nSec. 3. Counties "
        "and cities shall be liable for the upkeep of roads within their limits.",
    ),
    # A government itself liable for its officers' deprivations, where another section of the
    # bill caps what its claims recover: it pays up to the cap only.
    (
        "start.full_compensation",
        "partial",
        "RI",
        "9-40-1. Liability. Every city and town shall be liable for the acts of its police "
        "officers that deprive a person of any right secured by article 1 of the Rhode Island "
        "Constitution.\n9-40-2. Defenses. Qualified immunity shall not be a defense to an action "
        "under this chapter.\n9-40-3. Damages. Damages recovered against a city or town in an "
        "action under this chapter shall not exceed five hundred thousand dollars ($500,000).",
    ),
    # Guard: the same, with the cap on another kind of claim, pays the whole award.
    (
        "start.full_compensation",
        "yes",
        "RI",
        "9-40-1. Liability. Every city and town shall be liable for the acts of its police "
        "officers that deprive a person of any right secured by article 1 of the Rhode Island "
        "Constitution.\n9-40-2. Defenses. Qualified immunity shall not be a defense to an action "
        "under this chapter.\n9-40-3. Records. A city or town shall publish each judgment entered "
        "in an action under this chapter within thirty days.",
    ),
    # A uniform act's "Official Comment" says what the drafters meant; the sections are the law
    # (here they bar nothing).
    (
        "end.law_enforcement",
        "no",
        None,
        "Section 3. A peace officer who, under color of law, deprives a person of a right secured "
        "by the constitution of this state is liable to the person injured.\n\nSection 4. The "
        "court may award reasonable attorney fees to a prevailing plaintiff.\nOfficial Comment: "
        "The drafters mean sections 3 and 4 to end the doctrine; a "
        "peace officer may not assert qualified immunity in an action under this act.\n\n"
        "Section 5. This act takes effect on January 1, 2028.",
    ),
    # Guard: the same bar written into a section is law.
    (
        "end.law_enforcement",
        "yes",
        None,
        "Section 3. A peace officer who, under color of law, deprives a person of a right secured "
        "by the constitution of this state is liable to the person injured.\n\nSection 4. A "
        "peace officer may not assert qualified immunity in an action under this act.\nComment: "
        "Section 4 follows the Colorado act.\n\nSection 5. This act takes effect on January 1, "
        "2028.",
    ),
    # Beside a bar of qualified immunity, a savings clause that keeps an employee's immunity
    # under a statute it cites (there, for discretionary acts): the doctrine's work survives
    # under another name (RUBRIC.md's partial).
    (
        "end.law_enforcement",
        "partial",
        "MI",
        "Sec. 1. (1) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the state constitution of 1963 is liable to the person.\n(2) Qualified "
        "immunity is not a defense to an action under this section.\n(3) This act does not "
        "abrogate the immunity from tort liability of a governmental employee under section 7 "
        "of 1964 PA 170, MCL 691.1407.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "IL",
        "Section 5. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Illinois Constitution is liable to the person.\nSection 10. Qualified immunity is "
        "not a defense to an action under this Act.\nSection 15. Nothing in this Act shall be "
        "construed to limit any immunity available to a public employee under Section 2-202 of "
        "the Local Governmental and Governmental Employees Tort Immunity Act.",
    ),
    # Guard: a savings clause for the State's own sovereign immunity keeps no defense of the
    # officers.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Section 5. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Illinois Constitution is liable to the person.\nSection 10. Qualified immunity is "
        "not a defense to an action under this Act.\nSection 15. Nothing in this Act shall be "
        "construed to limit the sovereign immunity of the State under Section 1 of the State "
        "Lawsuit Immunity Act.",
    ),
    # A chapter that leaves out everyone acting under color of law gives its claim against
    # private people only, whatever defense it bars.
    (
        "end.law_enforcement",
        "no",
        "IN",
        "Sec. 1. This chapter does not apply to a public employee, a police officer, a governmental "
        "entity, or any other person acting under color of law.\nSec. 2. A person who, by force "
        "or threats, interferes with another person's exercise of a right secured by the "
        "Constitution of the State of Indiana is liable to the injured person.\nSec. 3. It is not "
        "a defense to an action under this chapter that the defendant acted in good faith.",
    ),
    # Officers given as examples after "including" do not narrow the class before them: every
    # officer and employee of the State and of its localities.
    (
        "end.public_employees",
        "yes",
        "VA",
        "A. Any officer or employee of the Commonwealth or of any locality, including any "
        "law-enforcement officer as defined in § 9.1-101, who, under color of law, deprives a "
        "person of a right secured by Article I of the Constitution of Virginia shall be liable to "
        "the person injured.\nB. Qualified immunity shall not be a defense to an action under "
        "this section.",
    ),
    # A list of officers that ends in "or any other person" acting under color of law reaches
    # anyone who acts for a government.
    (
        "end.public_employees",
        "yes",
        "IL",
        "Section 5. A peace officer, a jailer, a probation officer, or any other person who, under "
        "color of any statute or ordinance of this State or of any unit of local government, "
        "deprives a person of a right secured by the Illinois Constitution is liable to the "
        "person.\nSection 10. Qualified immunity is not a defense to liability under this Act.",
    ),
    # Guard: governments named after "including" widen the class (every level), as before.
    (
        "end.public_employees",
        "yes",
        "PA",
        "(a) Any officer or employee of the Commonwealth, including its agencies, public "
        "corporations and municipalities, who deprives a person of a right secured by Article I "
        "of the Constitution of Pennsylvania shall be liable to the person.\n(b) Qualified "
        "immunity shall not be a defense.",
    ),
    # The old words of a bystander's liability ("being present and having power to prevent the
    # deprivation, neglects or refuses so to do, shall be answerable in like manner"): a
    # stand-alone duty to intervene with its own liability.
    (
        "start.failure_to_intervene",
        "yes",
        "RI",
        "9-1.6-1. Every sworn member of a state or municipal police department who, under color of "
        "law, deprives any person of a right secured by Article I of the constitution of this state "
        "shall be answerable to the party injured in an action at law; and every such member who, "
        "being present and having power to prevent the deprivation, neglects or refuses so to do, "
        "shall be answerable in like manner. In any such action the defense of qualified immunity "
        "shall not be available.",
    ),
    # Compensation for a conviction of a crime the claimant did not commit, owed by the State
    # without proof of anyone's wrong, with "no immunity of the state" a defense: the State's
    # own immunity, and no claim about officers.
    (
        "end.law_enforcement",
        "no",
        "KS",
        "Sec. 1. (a) A claimant who shows that the claimant was convicted and imprisoned for a "
        "felony the claimant did not commit shall be awarded damages against the state. (b) The "
        "claimant is not required to prove that any law enforcement officer, prosecutor or other "
        "public employee acted wrongfully, and no immunity of the state shall be a defense.",
    ),
    # Guard: the immunity of the State "or of its officers" denied is the officers' too.
    (
        "end.law_enforcement",
        "yes",
        "KS",
        "Sec. 1. (a) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the constitution of Kansas is liable to the person. (b) No immunity of "
        "the state or of its officers shall be a defense to an action under this section.",
    ),
    # Fees written as the losing side's duty to pay the plaintiff's are a mandatory award.
    (
        "start.attorney_fees",
        "yes",
        "NE",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Constitution of Nebraska is liable to the person. Qualified immunity is not a defense "
        "to an action under this section. A defendant found liable under this section shall pay "
        "the reasonable attorney's fees and costs of the plaintiff.",
    ),
    # Guard: the employer paying the officer's own attorney's fees is a defense, not an award.
    (
        "start.attorney_fees",
        "no",
        "NE",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by "
        "the Constitution of Nebraska is liable to the person. Qualified immunity is not a defense "
        "to an action under this section. The employing agency shall pay the reasonable attorney's "
        "fees of the officer.",
    ),
    # One government's debt to another for equipment lent in mutual aid is no one's claim for a
    # deprivation, whatever state law says of caps.
    (
        "end.damage_caps",
        "no",
        "NY",
        "Section 1. Any county, city, town or village requesting police aid under section 209-f "
        "of this article shall be liable and responsible to the assisting municipal corporation "
        "for any loss of or damage to apparatus or equipment used in rendering that aid.",
    ),
    # An employee's (or applicant's) suit against the public employer over an employment
    # practice is labor law, whatever immunities and limits it lifts.
    (
        "end.law_enforcement",
        "no",
        "FL",
        "(16)(a) An employee of, or applicant for employment with, the state or a county who is "
        "aggrieved by an unlawful employment practice may bring a civil action against the public "
        "employer.\n(b) Sovereign immunity is waived for actions under this subsection, and the "
        "public employer may not raise any defense of governmental or official immunity.",
    ),
    # Guard: a person deprived of a right by an employee of a public employer sues the
    # employer for that deprivation.
    (
        "end.law_enforcement",
        "yes",
        "VT",
        "§ 5612. (a) A person who is deprived of a right secured by Chapter I of the Constitution "
        "of Vermont by an employee of a public employer may bring a claim against the public "
        "employer.\n(b) Qualified immunity shall not be a defense to a claim under this section.",
    ),
    # An act named a bill of rights ("the Anti-Bullying Bill of Rights Act") is a statute's
    # name, not a constitution's declaration of rights.
    (
        "end.state_constitution",
        "no",
        "NJ",
        "1. a. A student injured by bullying that a board of education knew of and failed to "
        'address as required by the "Anti-Bullying Bill of Rights Act," P.L.2010, c.122, may '
        "bring a civil action against the board of education.\nb. The immunities of the New "
        "Jersey Tort Claims Act shall not apply to an action brought under this section.",
    ),
    # Guard: a claim for rights secured by the State's Bill of Rights reaches all of them.
    (
        "end.state_constitution",
        "yes",
        "NJ",
        "1. a. A law enforcement officer who deprives a person of a right secured by the Bill of "
        "Rights of the New Jersey Constitution is liable to the person.\nb. Qualified immunity "
        "shall not be a defense to an action brought under this section.",
    ),
]

FOURTEENTH_SESSION_READINGS = [
    # Records that "may not be withheld from public disclosure" are opened to the public.
    (
        "start.public_records",
        "yes",
        "OR",
        "SECTION 5. A police officer who deprives a person of a right secured by the Oregon "
        "Constitution is liable to the person. Qualified immunity is not a defense.\nSECTION 6. "
        "Records relating to the conduct alleged in an action under section 5, including "
        "complaints and disciplinary records, may not be withheld from public disclosure.",
    ),
    # A later subsection that leaves some police out of the defined class ("Notwithstanding
    # paragraph (1), "covered employee" does not include a peace officer ... employed by the
    # sheriff of a county") narrows whom the claim reaches.
    (
        "end.law_enforcement",
        "partial",
        "CA",
        '(a) For purposes of this section: (1) "Covered employee" means an employee of a public '
        'entity. (2) "Protected right" means any right secured by the California Constitution.\n'
        '(b) Notwithstanding paragraph (1) of subdivision (a), "covered employee" does not include '
        "a peace officer who is employed by the sheriff of a county.\n(c) A covered employee who "
        "deprives a person of a protected right is liable to the person. Qualified immunity is not "
        "a defense.",
    ),
    # An immunity granted in the words "No peace officer shall be personally liable ... for an
    # act or omission done in good faith" opens no claim: the indemnity beside it starts nothing.
    (
        "start.full_compensation",
        "no",
        "ID",
        "SECTION 23. No peace officer shall be personally liable in any civil action for an act or "
        "omission done in good faith in the performance of duty. The state shall defend and fully "
        "indemnify any peace officer sued for an act within the scope of employment.",
    ),
    # Bars as orders to the courts and the jury: "No court of this state, trial or appellate,
    # shall dismiss ... on the ground that"; "no post-trial motion may rest ... upon the contention
    # that"; "the jury shall not be told ... that the defendant may escape liability because".
    (
        "end.law_enforcement",
        "yes",
        "AL",
        "(a) A law enforcement officer who deprives a person of a right secured by the Constitution "
        "of Alabama is liable to the person. (b) No court of this state, trial or appellate, shall "
        "dismiss an action under this section on the ground that the defendant is entitled to "
        "qualified immunity.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "(a) A peace officer who deprives a person of a right secured by the Illinois Constitution "
        "is liable to the person. (b) No motion to dismiss and no post-trial motion may rest, in "
        "whole or in part, upon the contention that the defendant is entitled to qualified "
        "immunity.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "CO",
        "(1) A peace officer who deprives a person of a right secured by the state constitution is "
        "liable to the person. (2) The jury shall not be told that the defendant may escape "
        "liability because the right was not clearly established or because the defendant "
        "believed in good faith that the conduct was lawful.",
    ),
    # Writing that quotes a statute is not the statute: a court's opinion, an agency's notice of
    # proposed rules, an association's bulletin, an attorney general's opinion.
    (
        "end.law_enforcement",
        "no",
        "IA",
        "IN THE SUPREME COURT OF IOWA\nNo. 28-0101\n\nAppeal from the Iowa District Court for "
        "Polk County. AFFIRMED.\n\nSection 669C.2 provides:\n1. A peace officer who deprives a "
        "person of a right secured by the Constitution of the State of Iowa is liable to the "
        "person.\n2. Qualified immunity is not a defense.",
    ),
    (
        "end.law_enforcement",
        "no",
        "IN",
        "OFFICIAL OPINION 2028-2\n\nQUESTION PRESENTED\nDoes IC 34-13-9-2 reach town marshals?"
        '\n\nBRIEF ANSWER\nYes.\n\nIC 34-13-9-2 provides: "(a) A law enforcement officer who '
        "deprives a person of a right secured by the Constitution of the State of Indiana is "
        'liable to the person. (b) Qualified immunity is not a defense."',
    ),
    # A model act's official comments, and a question in a cover note, are no rules.
    (
        "end.law_enforcement",
        "no",
        "NV",
        "Section 1. Public records. Each complaint alleging misconduct by a peace officer and its "
        "disposition are public records.\nCOMMENT: This Act does not create a civil action. A "
        "separate model act abolishes qualified immunity for peace officers.\nSection 2. This "
        "Act becomes effective on July 1.",
    ),
    (
        "start.attorney_fees",
        "no",
        "NJ",
        "Two notes: can we ask the drafters to add \"the court shall award reasonable attorney's "
        'fees to a prevailing plaintiff"?\n1. a. A law enforcement officer who deprives a person '
        "of a right secured by the Constitution of this State shall be liable to the person. b. "
        "Qualified immunity shall not be a defense.",
    ),
    # An officer who "shall personally satisfy any judgment" once the employer finds bad faith,
    # or "shall pay the first $10,000 of the judgment", bears a consequence personally.
    (
        "start.individual_accountability",
        "yes",
        "NV",
        "1. A peace officer who deprives a person of a right secured by the Constitution of the "
        "State of Nevada is liable to the person. 2. Qualified immunity is not a defense. 3. The "
        "State or political subdivision employing the officer shall indemnify the officer for the "
        "whole of any judgment; provided that the officer shall pay the first $10,000 of the "
        "judgment.",
    ),
    (
        "start.individual_accountability",
        "no",
        "NV",
        "1. A peace officer who deprives a person of a right secured by the Constitution of the "
        "State of Nevada is liable to the person. 2. Qualified immunity is not a defense. 3. The "
        "State or political subdivision employing the officer shall pay the whole of any "
        "judgment.",
    ),
    # More of good faith's work in other words: conduct "pursuant to a written policy", at a
    # superior's direction; and a savings clause that keeps an employee immunity another statute
    # confers ("conferred upon an officer ... by the Tort Claims Act", "afforded peace officers
    # by Section ...").
    (
        "end.law_enforcement",
        "partial",
        "NM",
        "A. A public employee who deprives a person of a right secured by the constitution of New "
        "Mexico is liable to the person. B. Qualified immunity shall not be available as a "
        "defense. C. A public employee shall not be liable under this section for conduct "
        "undertaken pursuant to a written policy of the public body, unless the policy was "
        "unconstitutional on its face.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "VA",
        "A. A law-enforcement officer who deprives a person of a right secured by the Constitution "
        "of Virginia is liable to the person. B. Qualified immunity is not a defense. C. Nothing in "
        "this section shall be construed to abrogate, limit, or waive any immunity from suit or "
        "liability conferred upon an officer of any locality by the Virginia Tort Claims Act.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "AL",
        "(a) A peace officer who deprives a person of a right secured by the Constitution of "
        "Alabama is liable to the person. (b) Qualified immunity is not a defense. (c) Nothing in "
        "this act shall be construed to abrogate or limit the immunity from tort liability "
        "afforded peace officers by Section 6-5-338, Code of Alabama 1975.",
    ),
    # A claim against "any person", where the bill defines a person to leave out the State, its
    # subdivisions and their officers (South Dakota's '"Person," a natural person ...'), lies
    # against private persons only.
    (
        "end.law_enforcement",
        "no",
        "SD",
        "Section 1. That a NEW SECTION be added to chapter 20-9:\nAny person who, by threat, "
        "interferes with the exercise by another of any right secured by the Constitution of South "
        "Dakota is liable to the injured party. It is not a defense that the person acted in good "
        "faith, and no immunity applies.\nSection 2. That a NEW SECTION be added to chapter 20-9:"
        '\nTerms used in this Act mean: (1) "Person," a natural person, corporation, or '
        "association. The term does not include the state, any political subdivision, or any "
        "officer or employee of the state or of a political subdivision.",
    ),
    # A complaint to a "Division on Civil Rights" names an agency, not the rights a claim covers.
    (
        "end.state_constitution",
        "no",
        "NJ",
        "1. a. It shall be an unlawful discrimination for any landlord to refuse to rent because of "
        "a tenant's lawful source of income. b. A person aggrieved by a violation of subsection a. "
        "may file a verified complaint with the Division on Civil Rights, or may bring an action in "
        "the Superior Court. c. The court shall award reasonable attorney's fees.",
    ),
    # A work group told to "consider (i) whether" a claim should lie creates none.
    (
        "end.law_enforcement",
        "no",
        "VA",
        "1. That the Department shall convene a work group, which shall consider (i) whether a "
        "law-enforcement officer who deprives a person of a right secured by the Constitution of "
        "Virginia should be liable in a civil action and (ii) whether qualified immunity shall not "
        "be a defense in such an action.",
    ),
    # "Nothing in this act shall be construed to limit the liability of" others says what the act
    # does not do; it lifts no cap.
    (
        "end.damage_caps",
        "no",
        "MA",
        "SECTION 1. A law enforcement officer who deprives a person of a right secured by the "
        "constitution of the commonwealth shall be liable to the person. Qualified immunity shall "
        "not be a defense.\nSECTION 2. Nothing in this act shall be construed to limit the "
        "liability of any person other than a law enforcement officer.",
    ),
    # A list that ends "and attorney fees" is one lift of every limit it names.
    (
        "end.damage_caps",
        "yes",
        "CO",
        "(1) A peace officer who deprives a person of a right secured by the state constitution "
        "is liable to the injured party. (2) Qualified immunity is not a defense. (3) The "
        "limitations on liability, damages, and attorney fees contained in article 10 of title 24 "
        "do not apply to claims brought pursuant to this section.",
    ),
    # Oregon's legend ("matter [italic and bracketed] is existing law to be omitted") makes its
    # brackets deletions; a cap set at "twice the amount otherwise provided" is raised, not
    # lifted.
    (
        "end.damage_caps",
        "partial",
        "OR",
        "NOTE: Matter in boldfaced type in an amended section is new; matter [italic and "
        "bracketed] is existing law to be omitted.\nSECTION 1. (1) A police officer who deprives "
        "a person of a right secured by the Oregon Constitution is liable to the person. (2) "
        "Qualified immunity is not a defense. (3) [The limitations on liability in ORS 30.271 and "
        "30.272 do not apply to a claim under this section.] Notwithstanding ORS 30.271 and "
        "30.272, the maximum liability of a public body for a claim under this section is twice "
        "the amount otherwise provided in ORS 30.272.",
    ),
    # A bar that holds only "if the court finds that the officer knew or reasonably should have
    # known" the conduct was unlawful is the doctrine's own test: nothing is barred.
    (
        "end.law_enforcement",
        "no",
        "PA",
        "(a) A law enforcement officer who deprives a person of a right secured by the "
        "Constitution of Pennsylvania shall be liable to the person injured. (b) The defense of "
        "qualified immunity shall not be available if the court finds that the officer knew or "
        "reasonably should have known that the conduct violated the right.",
    ),
    # A term defined inline ("A public servant, which term as used in this section means ...")
    # names the officers an indemnity clause pays for.
    (
        "start.full_compensation",
        "yes",
        "NJ",
        "a. A public servant, which term as used in this section means any person employed by the "
        "State or a political subdivision, who deprives a person of a right secured by the State "
        "Constitution shall be liable to the person. b. It shall not be a defense that the public "
        "servant is entitled to qualified immunity. c. The public entity employing the public "
        "servant shall indemnify the public servant for the full amount of any judgment.",
    ),
    # An ordinance's officers defined as one named department's members are some police; a
    # code section's catch-line after its number ("10-14-2: CIVIL ACTION:") opens the clause.
    (
        "end.law_enforcement",
        "partial",
        "IL",
        '10-20-1: DEFINITIONS: As used in this Chapter, "police officer" means any sworn member '
        "of the Oak Park Police Department.\n10-20-2: CIVIL ACTION: A police officer who deprives "
        "any person of a right secured by the Constitution of the State of Illinois shall be "
        "liable to the injured person.\n10-20-3: DEFENSES: Qualified immunity shall not be a "
        "defense to liability under this Chapter.",
    ),
    # A cap "kept" by a sentence that says nothing waives it stays; a private party that "may not
    # assert" a limit lifts no cap of the government.
    (
        "end.damage_caps",
        "no",
        "MS",
        "SECTION 1. (1) A law enforcement officer who deprives a person of a right secured by the "
        "Mississippi Constitution is liable to the person. (2) Qualified immunity is not a "
        "defense. (3) Nothing in this section waives or enlarges the limits of liability in "
        "Section 11-46-15.",
    ),
    # A bracketed aside after a quoted clause comments on it; it is no bar.
    (
        "end.law_enforcement",
        "no",
        "ND",
        'Section 4 provides: "A person who in good faith reports misconduct by an officer to the '
        'board is immune from civil liability for the report." [This section ends qualified '
        "immunity for those who report.]",
    ),
    # A government liable for its officers' deprivations, but under the state's cap kept for
    # these claims, does not pay every award in full.
    (
        "start.full_compensation",
        "partial",
        "NV",
        "Section 1. 1. A political subdivision is liable in a civil action to a person who is "
        "deprived of a right secured by the Constitution of the State of Nevada by a peace "
        "officer it employs. 2. Qualified immunity is not a defense. 3. An award of damages in an "
        "action pursuant to this section is subject to the limitation set forth in NRS 41.035.",
    ),
    # A government that "shall not assert" or "waives" the limits on its liability gives the caps
    # up for these claims.
    (
        "end.damage_caps",
        "yes",
        "OR",
        "3.10.020 Action. A city police officer who deprives a person of a right secured by the "
        "Oregon Constitution is liable to the person. Qualified immunity is not a defense.\n"
        "3.10.030 Limits. In an action under this chapter the city shall not assert the "
        "limitations on liability in ORS 30.271 to 30.273.",
    ),
    (
        "end.damage_caps",
        "yes",
        "RI",
        "Sec. 2. A police officer of the town who deprives a person of a right secured by the "
        "Rhode Island Constitution is liable to the person. Qualified immunity is not a defense.\n"
        "Sec. 3. The town waives the limitation on damages in R.I. Gen. Laws 9-31-3 in any action "
        "under section 2.",
    ),
    # A model act's notes to its drafters advise; they enact nothing.
    (
        "start.attorney_fees",
        "no",
        "US",
        "Section 3. A peace officer who deprives a person of a right secured by the constitution "
        "of [State] is liable to the person. Qualified immunity is not a defense.\n[Drafting "
        "Note: A state may add that the court shall award reasonable attorney fees to a "
        "prevailing plaintiff. See [cite fee statute].]\nSection 4. This Act takes effect "
        "[date].",
    ),
    (
        "start.attorney_fees",
        "yes",
        "US",
        "Section 3. A peace officer who deprives a person of a right secured by the constitution "
        "of [State] is liable to the person. Qualified immunity is not a defense.\n[Drafting "
        "Note: Insert the state's name.]\nSection 4. The court shall award reasonable attorney "
        "fees to a prevailing plaintiff.",
    ),
    # Reliance on a caller's report is no good-faith defense to the bill's claim against the
    # caller; the bill makes no claim against officers.
    (
        "end.law_enforcement",
        "no",
        "FL",
        "(1) A person who knowingly makes a false report to a law enforcement agency and thereby "
        "causes another to be arrested is liable to that person for damages. (2) A law "
        "enforcement officer who acts in reliance on a report described in subsection (1) is not "
        "liable under this section.",
    ),
    # A defense created beside the bar that does good faith's work in other words (reliance on
    # a statute, a written policy or the training followed) survives under another name:
    # partial. One stated as good faith or belief keeps the doctrine: no.
    (
        "end.law_enforcement",
        "partial",
        "CO",
        "(1) A peace officer who deprives a person of a right secured by the state constitution "
        "is liable to the injured party. (2) Qualified immunity is not a defense to liability "
        "under this section. (3) Notwithstanding subsection (2), a peace officer has a statutory "
        "reliance defense to an action under this section if the officer acted in reasonable "
        "reliance upon an ordinance that authorized the conduct.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "PA",
        "(a) A police officer who deprives an individual of a right secured by the Constitution "
        "of Pennsylvania shall be liable to the individual. (b) Qualified immunity shall not be a "
        "defense to an action under this section. (c) It shall be an affirmative defense to an "
        "action under this section that the officer acted in compliance with a written policy of "
        "the employing agency.",
    ),
    (
        "end.law_enforcement",
        "no",
        "PA",
        "(a) A police officer who deprives an individual of a right secured by the Constitution "
        "of Pennsylvania shall be liable to the individual. (b) Qualified immunity shall not be a "
        "defense to an action under this section. (c) It shall be an affirmative defense to an "
        "action under this section that the officer believed in good faith that the conduct was "
        "lawful.",
    ),
    (
        "start.attorney_fees",
        "no",
        "WI",
        '(a) In this section, "costs" means the costs allowed by statute and does not include '
        "attorney fees.\n(b) A law enforcement officer who deprives a person of a right secured "
        "by the state constitution is liable to the person. Qualified immunity is not a defense.\n"
        "(c) The court shall award costs to a prevailing plaintiff.",
    ),
    # "The court shall award costs", where the bill defines "costs" to include attorney fees:
    # a fee award in the defined term's words. A term defined without them awards none.
    (
        "start.attorney_fees",
        "yes",
        "MI",
        'Sec. 1. As used in this act, "litigation costs" includes court fees, expert fees and '
        "reasonable attorney fees.\nSec. 2. A law enforcement officer who deprives a person of a "
        "right secured by the state constitution is liable to the person. Qualified immunity is "
        "not a defense.\nSec. 3. The court shall award litigation costs to a plaintiff who "
        "prevails under this act.",
    ),
    (
        "start.attorney_fees",
        "no",
        "MI",
        'Sec. 1. As used in this act, "litigation costs" includes court fees and expert fees.\n'
        "Sec. 2. A law enforcement officer who deprives a person of a right secured by the state "
        "constitution is liable to the person. Qualified immunity is not a defense.\nSec. 3. The "
        "court shall award litigation costs to a plaintiff who prevails under this act.",
    ),
    # A findings list ends at the next section, and a bill that adds code sections heads each
    # with its number ("13-21.9-104. Civil action."), decimal parts and all: the claim after the
    # list is law.
    (
        "start.attorney_fees",
        "yes",
        "CO",
        "SECTION 1. In Colorado Revised Statutes, add article 21.9 to title 13 as follows:\n"
        "13-21.9-101. Legislative declaration. (1) The general assembly finds that:\n"
        "(a) Residents deserve a remedy in state court; and\n(b) Towns share that interest.\n\n"
        "13-21.9-104. Civil action. (1) A peace officer who, under color of law, deprives a person "
        "of a right secured by the state constitution is liable to the injured party.\n"
        "(2) Qualified immunity is not a defense to liability under this section.\n"
        "(3) The court shall award reasonable attorney fees to a prevailing plaintiff.\n"
        "SECTION 2. Effective date. This act takes effect July 1, 2028.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NC",
        "SECTION 1. Article 31C is added to Chapter 143 of the General Statutes to read:\n"
        "143-300.70. Findings. The General Assembly finds that:\n(1) Remedies are needed.\n"
        "143-300.71. Action. A law enforcement officer who deprives a person of a right secured by "
        "the Constitution of North Carolina is liable to the person. Qualified immunity is not a "
        "defense.\nSECTION 2. This act becomes effective December 1, 2027.",
    ),
    # A legislature's status page for one bill (its title, then "Bill Actions") quotes the title,
    # which may name a bar; the page enacts nothing.
    (
        "end.law_enforcement",
        "no",
        "SD",
        "HB 1044\nan Act to establish a civil remedy against any peace officer who violates a "
        "right secured by the state constitution and to provide that qualified immunity is not a "
        "defense to the remedy.\n\nPrime sponsor: Representative Olafsen\n\nBill Actions\n"
        "01/14/2027 House First read and referred to House Judiciary\n"
        "02/02/2027 House Judiciary tabled",
    ),
    (
        "end.law_enforcement",
        "no",
        "SD",
        "HB 1044\nrevise provisions regarding civil actions against peace officers.\n\nStatus: "
        "Referred to House Judiciary\n\nThe bill states: A peace officer who deprives a person of "
        "a right secured by the state constitution is liable to the person. Qualified immunity is "
        "not a defense.",
    ),
    # A committee's statement of intent for a numbered bill, and the hearing that follows it,
    # describe the bill; a bill's own section headed "Statement of intent" does not.
    (
        "end.law_enforcement",
        "no",
        "NE",
        "STATEMENT OF INTENT\nLB 77\n\nLB 77 would make a peace officer liable for depriving a "
        "person of a right secured by the state constitution. Under the bill, qualified immunity "
        "is not a defense.\n\nCHAIR: The hearing on LB 77 is open. Senator Kovac, you may "
        'begin.\nKOVAC: Section 2 reads: "A peace officer who deprives a person of a right secured '
        "by the Constitution of Nebraska is liable to the person. Qualified immunity is not a "
        'defense."',
    ),
    (
        "end.law_enforcement",
        "yes",
        "NE",
        "Section 1. Statement of intent. The Legislature intends to give persons whose rights are "
        "violated a remedy.\nSection 2. A peace officer who deprives a person of a right secured "
        "by the Constitution of Nebraska is liable to the person. Qualified immunity is not a "
        "defense.",
    ),
]


THIRTEENTH_SESSION_READINGS = [
    # A bar in a relative clause: "a civil action, in which neither qualified immunity nor ...
    # shall be a defense" denies both; it creates no defense.
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Sec. 10. A law enforcement officer who, under color of law, deprives a person of a right "
        "secured by the Illinois Constitution is liable to that person in a civil action, in "
        "which neither qualified immunity nor any other immunity shall be a defense.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IL",
        "Sec. 10. A police officer who violates a right secured by the Illinois Constitution is "
        "liable to the injured person in an action at law, under which no immunity, qualified or "
        "otherwise, may be asserted by the officer.",
    ),
    # Police defined by their duties "under law": a public employee whose principal duties are to
    # hold prisoners, keep order or arrest is a police officer, not public employees generally.
    (
        "end.public_employees",
        "no",
        "NM",
        "SECTION 2. A. A peace officer who deprives a person of a right secured by the constitution "
        "of New Mexico is liable to that person for damages. Qualified immunity is not a defense.\n"
        'B. As used in this section, "peace officer" means a full-time salaried public employee '
        "of the state or a county whose principal duties under law are to hold in custody persons "
        "charged with crimes, to keep the peace or to make arrests.",
    ),
    # "any person acting under color of law, including any officer or employee of the state or a
    # political subdivision": the whole class, not the words before "under".
    (
        "end.public_employees",
        "yes",
        "MA",
        "SECTION 1. (a) A civil action may be brought against any person acting under color of "
        "law, including any officer or employee of the commonwealth or of any political "
        "subdivision thereof, for interference with any right secured by the constitution of the "
        "commonwealth.\n(b) In an action described in subsection (a), the doctrine of qualified "
        "immunity shall not apply.",
    ),
    # The duty to intervene in plain words: "must step in", and "does not step in" or "does not do
    # so" made actionable just after it.
    (
        "start.failure_to_intervene",
        "yes",
        "IA",
        "Sec. 2. 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of the State of Iowa is liable to that person for damages. Qualified "
        "immunity is not a defense.\n2. A peace officer who sees another peace officer using "
        "unlawful force and who can safely stop it must step in to stop it. An officer who does "
        "not step in is liable to the injured person under subsection 1.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "NV",
        "Sec. 2. 1. If a peace officer deprives a person of a right secured by the Nevada "
        "Constitution, the person may sue the officer for damages, and the officer may not claim "
        "qualified immunity.\n2. Each peace officer has a duty to step in and try to stop another "
        "peace officer who is violating a person's rights in the officer's presence. A peace "
        "officer who does not do so is liable under this section as if the officer had committed "
        "the violation.",
    ),
    # A bar aimed at the court: "shall not refuse to hold a defendant liable ... on the ground
    # that the right was not clearly established".
    (
        "end.law_enforcement",
        "yes",
        "MI",
        "Sec. 3. (1) A law enforcement officer who deprives an individual of a right secured by the "
        "state constitution of 1963 is liable to the individual for damages.\n(2) A court shall "
        "not refuse to hold a defendant liable under this section on the ground that the law was "
        "not clearly established when the defendant acted.",
    ),
    # A tort claims act's discretionary-function exception applied to the bill's actions keeps
    # the doctrine's shield for judgment calls under another name (partial).
    (
        "end.law_enforcement",
        "partial",
        "IA",
        "Section 1. 1. A peace officer who, under color of law, deprives a person of a right secured "
        "by the Constitution of the State of Iowa is liable to the person for damages.\n2. "
        "Qualified immunity is not a defense to an action under this section.\n3. The exception "
        "in section 670.4 for a claim based upon the performance of a discretionary function "
        "applies to an action under this section.",
    ),
    # A city's suit against the union that bargains for its officers is no claim against the
    # officers: fees and records rules beside it count for nothing.
    (
        "start.attorney_fees",
        "no",
        "WA",
        "NEW SECTION. Sec. 1. (1) A public employer of law enforcement officers may bring a civil "
        "action against the exclusive bargaining representative of its law enforcement officers to "
        "vacate an arbitration award that reinstates an officer discharged for excessive force or "
        "for failing to intervene.\n(2) In an action under this section, the court shall award "
        "reasonable attorneys' fees and costs to the prevailing party.",
    ),
    # An aggrieved officer's suit against the employer, and the employer's immunity withdrawn
    # "in an action brought pursuant to this section": the officer's job protection.
    (
        "end.law_enforcement",
        "no",
        "NV",
        "Section 1. 1. A peace officer aggrieved by an action of the employer in violation of NRS "
        "289.020 to 289.110, inclusive, may apply to the district court for relief, including "
        "damages and attorney's fees.\n2. The law enforcement agency is not immune from liability "
        "in an action brought pursuant to this section, and NRS 41.035 does not apply to such an "
        "action.\n3. An action pursuant to this section may "
        "be brought only against the law enforcement agency that employs the peace officer.",
    ),
    # A rule of evidence about a board's finding, in a sentence that goes on to leave liability
    # and immunity as they were, bars no defense.
    (
        "end.law_enforcement",
        "no",
        "MD",
        "(C) A police officer who deprives a person of a right secured by the Maryland Declaration "
        "of Rights is liable to that person in a civil action.\n"
        "(D) A finding of the police accountability board is not admissible in any civil action "
        "and does not create or affect any civil liability of a police officer, or any immunity "
        "under the Local Government Tort Claims Act.",
    ),
    # A board told to "study and report to Council by a date on whether" the city should seek a
    # bar: a question for study, not law.
    (
        "end.law_enforcement",
        "no",
        "PA",
        "Section 3. STUDY. The Board shall study and report to Council by June 30, 2028 on whether "
        "the City should ask the General Assembly to provide that qualified immunity is not a "
        "defense to civil actions against police officers.",
    ),
    # An officer's suit against a person who filed a false complaint: the good-faith defense
    # denied there is the complainant's, not an officer's.
    (
        "end.law_enforcement",
        "no",
        "TX",
        "Sec. 150D.001. CAUSE OF ACTION. A peace officer against whom a person knowingly files a "
        "false complaint alleging a deprivation of a right secured by the constitution of this "
        "state may bring an action against the person for damages, and in that action it is not a "
        "defense that the person acted in good faith.",
    ),
    # "No peace officer shall be personally liable ... for an act done in good faith, and the
    # doctrine of qualified immunity shall apply": the verb of the second clause is not the
    # negated subject's; nothing is barred.
    (
        "end.state_constitution",
        "no",
        "ID",
        "SECTION 23. PROTECTION OF PEACE OFFICERS. No peace officer shall be personally liable in "
        "any civil action for an act done in good faith in the performance of the officer's "
        "duties, and the doctrine of qualified immunity shall apply in all actions in the courts "
        "of this state.",
    ),
    # A private agent "is not a law enforcement officer as defined in ..." and is not entitled to
    # qualified immunity: the bar is the agent's, not the police's, whatever the cross-reference.
    (
        "end.law_enforcement",
        "no",
        "FL",
        "648.575 Civil liability.-\n(1) A bail bond agent who uses force not reasonably necessary "
        "in apprehending a defendant is liable to any person injured.\n(2) A bail bond agent is "
        "not a law enforcement officer as defined in s. 943.10 and is not entitled to any defense "
        "of qualified immunity.",
    ),
    # A bar that says it rules on an action "by a pool" (the governments' insurer, suing the
    # officer to recover what it paid): no claim of the public, no bar for one.
    (
        "end.law_enforcement",
        "no",
        "MI",
        "Sec. 9a. (1) Upon payment of a judgment against a police officer, the pool is subrogated "
        "to the rights of the member municipality and may bring an action against the police "
        "officer to recover the amount paid.\n(2) The defense of qualified immunity is not "
        "available to the officer in an action by a pool under subsection (1).",
    ),
    # The Attorney General's suit against an agency for a pattern of deprivations, in a section
    # that forbids damages: the State's suit to reform the agency, no one's claim for damages.
    (
        "end.state_constitution",
        "no",
        "NJ",
        "1. a. The Attorney General may bring a civil action against any law enforcement agency "
        "whenever the agency's officers engage in a pattern or practice of conduct that deprives "
        "persons of rights secured by the Constitution of this State.\nb. The court may grant "
        "declaratory and injunctive relief but shall not award compensatory or punitive damages.",
    ),
    # The State answering for its people and every local government answering for its own, each
    # with its own bar: together, every public employee.
    (
        "end.public_employees",
        "yes",
        "WA",
        "Sec. 1. (1) The state is liable for damages arising from the deprivation, by any officer "
        "or employee of the state acting under color of law, of any right secured by the "
        "Constitution of the state of Washington. It is not a defense to an action under this "
        "subsection that the right was not clearly established.\nSec. 2. (1) Every local "
        "governmental entity is liable for damages arising from the deprivation, by any of its "
        "officers or employees acting under color of law, of any right secured by the "
        "Constitution of the state of Washington. It is not a defense to an action under this "
        "subsection that the right was not clearly established.",
    ),
    # A government made answerable for its officers' torts (no right named, no immunity of
    # officers changed): no claim of the public for a deprivation, so an uncapped state's silence
    # is not "yes".
    (
        "end.damage_caps",
        "no",
        "IA",
        "670.2 Liability imposed. 1. Except as otherwise provided in this chapter, every "
        "municipality is subject to liability for its torts and those of its officers and "
        "employees, acting within the scope of their employment or duties.",
    ),
    # Journals' formulas for an amendment that did not pass, each after a line that introduces
    # it: "moved to table the Kirby amendment, which motion prevailed"; "Which was disagreed
    # to"; "was INDEFINITELY POSTPONED"; a vote reconsidered and the amendment then rejected.
    (
        "start.failure_to_intervene",
        "no",
        "AL",
        "Section 1. (a) A law enforcement officer who, under color of law, deprives any person of "
        "any right secured by the state constitution shall be liable to that person.\n(b) "
        "Qualified immunity shall not be a defense to an action under this section.\n"
        "\nRepresentative Kirby offered the following amendment to HB187:\nAMENDMENT\nPage 2, "
        'after line 3, insert: "(c) An officer who is present when another officer deprives a '
        "person of a right shall intervene, and an officer who fails to intervene is jointly "
        'liable with the officer who committed the deprivation."\n\nRepresentative Moultrie '
        "moved to table the Kirby amendment, which motion prevailed.\n",
    ),
    (
        "end.damage_caps",
        "no",
        "VT",
        "Section 1. (a) A law enforcement officer who, under color of law, deprives any person of "
        "any right secured by the state constitution shall be liable to that person.\n(b) "
        "Qualified immunity shall not be a defense to an action under this section.\n"
        "\nPending the question, Shall the bill be read a third time? Rep. Beaulieu of Barre "
        "City moved to amend the bill in Sec. 1 by adding a subsection (c) to read:\n(c) The "
        "limitations on damages in 12 V.S.A. § 5601(b) shall not apply to an action brought "
        "under this section.\nWhich was disagreed to.\n",
    ),
    (
        "end.damage_caps",
        "no",
        "ME",
        "Section 1. (a) A law enforcement officer who, under color of law, deprives any person of "
        "any right secured by the state constitution shall be liable to that person.\n(b) "
        "Qualified immunity shall not be a defense to an action under this section.\n"
        '\nRepresentative SIROIS of Lewiston PRESENTED House Amendment "A" (H-241), which '
        "was READ by the Clerk:\nAmend the bill by adding a subsection: '(c) The limits on "
        "damages in Title 14, section 8105 do not apply to an action under this section.'\nOn "
        'motion of Representative PELLETIER, House Amendment "A" (H-241) was INDEFINITELY '
        "POSTPONED.\n",
    ),
    (
        "start.individual_accountability",
        "no",
        "MD",
        "Section 1. (a) A law enforcement officer who, under color of law, deprives any person of "
        "any right secured by the state constitution shall be liable to that person.\n(b) "
        "Qualified immunity shall not be a defense to an action under this section.\n"
        '\nFloor Amendment No. 3 (Senator Okonjo):\nOn page 2, after line 16, insert:\n"(C) '
        "AN INDIVIDUAL FOUND LIABLE UNDER THIS SECTION SHALL PERSONALLY PAY 5% OF THE JUDGMENT "
        'OR $25,000, WHICHEVER IS LESS."\nThe amendment was read and adopted.\n\nSenator '
        "Hutchins moved to reconsider the vote by which Floor Amendment No. 3 was adopted. The "
        "motion prevailed.\nThe question recurring on the adoption of Floor Amendment No. 3, the "
        "amendment was rejected.\n",
    ),
    # The payer "shall be responsible for payment of the entire amount of any judgment".
    (
        "start.full_compensation",
        "yes",
        "CO",
        "Sec. 1. (a) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages. Qualified immunity is not a "
        "defense.\n"
        "(b) The governmental entity employing the peace officer shall be responsible for payment "
        "of the entire amount of any judgment or settlement under this section.",
    ),
    # Standing by in other plain words, as one way of causing the deprivation (partial).
    (
        "start.failure_to_intervene",
        "partial",
        "IL",
        "Section 10. A law enforcement officer who, under color of law, deprives any person of a "
        "right secured by the Illinois Constitution, including by remaining passive while another "
        "officer carries out the deprivation, is liable to the injured person. Qualified immunity "
        "is not a defense.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "TX",
        "Sec. 106A.001. A peace officer who, under color of law, deprives a person of a right "
        "secured by the Texas Constitution, including through the officer's inaction in the face "
        "of another peace officer's deprivation of that right, is liable to the person. Official "
        "immunity and qualified immunity are not defenses.",
    ),
    (
        "start.failure_to_intervene",
        "partial",
        "PA",
        "Sec. 1. (a) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages. Qualified immunity is not a "
        "defense.\n"
        "(b) A deprivation under this section includes one brought about by a law enforcement "
        "officer who stood by while another law enforcement officer carried it out.",
    ),
    # Bars in words not used before: "may not avail himself or herself of any defense that";
    # "entitlement to qualified immunity shall not be an issue for decision by the court or the
    # jury"; "No immunity ... shall inure to the benefit of"; "may not defend on the ground that a
    # reasonable officer would not have known".
    (
        "end.law_enforcement",
        "yes",
        "DE",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(2) A peace officer may not avail himself or herself of any defense that the officer "
        "acted in good faith or that the right was not clearly established.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "NJ",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(2) In any action under this section, the defendant's entitlement to qualified immunity "
        "shall not be an issue for decision by the court or the jury.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "RI",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(2) No immunity, whether called qualified, good-faith or otherwise, shall inure to the "
        "benefit of a peace officer in an action brought under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "IA",
        "Sec. 1. (1) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(2) A defendant may not defend on the ground that a reasonable officer would not have "
        "known that the conduct was unlawful, nor on the ground that the defendant acted in good "
        "faith.",
    ),
    # A good-faith defense denied in a proceeding of another kind or to a business is no bar for
    # officers: a motion to return seized property, a records suit, a towing company's suit.
    (
        "end.law_enforcement",
        "no",
        "NM",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the state constitution is liable to the person for damages.\n"
        "A. In any proceeding under the Forfeiture Act in which the owner prevails, the court shall "
        "award reasonable attorney fees. It shall not be a defense to a motion under this section "
        "that the law enforcement officer who seized the property acted in good faith reliance on "
        "a warrant.",
    ),
    (
        "end.law_enforcement",
        "no",
        "AK",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the state constitution is liable to the person for damages.\n"
        "(b) In an action under this section, the court shall award reasonable attorney fees to a "
        "requester who prevails. The public agency may not assert as a defense that the police "
        "officer who denied the request acted in good faith.",
    ),
    (
        "end.law_enforcement",
        "no",
        "DC",
        "Sec. 1. A peace officer who, under color of law, deprives a person of a right secured by the state constitution is liable to the person for damages.\n"
        "(1) The owner of a vehicle towed from private property by a police order may bring an "
        "action for damages.\n(2) It shall not be a defense that the towing company acted in "
        "good faith reliance on the instructions of a police officer.",
    ),
    # Whole bills' other sections with liability words: a transit authority's limit on property-
    # damage claims in its own section is no cap on the bill's claim; "This section does not limit
    # the liability of an operator who ..." lifts no cap; a notary "personally liable for any
    # damages in excess of the bond" is no officer's share.
    (
        "end.damage_caps",
        "yes",
        "CA",
        "SECTION 1. (a) A peace officer who, under color of law, deprives a person of a right "
        "secured by the California Constitution is liable to the person. Qualified immunity is "
        "not a defense.\nSEC. 5. (a) A regional transit authority is liable for damage to "
        "property caused by its vehicles.\n(b) The liability of a regional transit authority on a "
        "claim for property damage under this section shall not exceed one hundred thousand "
        "dollars for any one occurrence.",
    ),
    (
        "end.damage_caps",
        "no",
        "MD",
        "SECTION 1. (a) A police officer who deprives a person of a right secured by the Maryland "
        "Declaration of Rights is liable to the person. Qualified immunity is not a defense.\n"
        "SECTION 4. (a) An agritourism operator is not liable for an injury to a participant "
        "resulting from the inherent risks of the activity.\n(c) This section does not limit the "
        "liability of an operator who commits an act of gross negligence.",
    ),
    (
        "start.individual_accountability",
        "no",
        "NC",
        "SECTION 1. (a) A law enforcement officer who deprives a person of a right secured by the "
        "North Carolina Constitution is liable to the person. Qualified immunity is not a "
        "defense.\nSECTION 6. (b) The bond of a notary shall be payable to any person injured by "
        "the notary's misconduct. The notary is personally liable for any damages in excess of "
        "the bond.",
    ),
    # The duty and the bystander's liability in other words: "shall take every reasonable step
    # within the officer's power to bring the violation to an end"; "did not make a reasonable
    # effort to prevent it shall be liable".
    (
        "start.failure_to_intervene",
        "yes",
        "WV",
        "Sec. 1. (a) A law enforcement officer who deprives a person of a right secured by the state "
        "constitution is liable to the person. Qualified immunity is not a defense.\n(b) Every "
        "officer present when another officer violates a person's rights shall take every "
        "reasonable step within the officer's power to bring the violation to an end. An officer "
        "who fails to do so is liable under subsection (a).",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        "VA",
        "A. A law-enforcement officer who deprives a person of a right secured by the Constitution "
        "of Virginia is liable to the person. Qualified immunity is not a defense.\nB. A "
        "law-enforcement officer who had a reasonable opportunity to prevent another officer's use "
        "of unlawful force and did not make a reasonable effort to prevent it shall be liable, "
        "together with the officer who used the force, for the resulting damages.",
    ),
    # Bars in still other words: "has no office in an action brought pursuant to this section";
    # "is discontinued as a defense"; "Neither ... nor ... shall afford a defense"; "No officer shall
    # be relieved of liability ... because the law had not been settled by prior decisions". (Not
    # a sponsor's memo: "qualified immunity has no place in North Carolina".)
    (
        "end.law_enforcement",
        "yes",
        "VA",
        "Sec. 1. (a) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(b) The doctrine of qualified immunity, however denominated, has no office in an action "
        "brought pursuant to this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "KY",
        "Sec. 1. (a) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(b) The doctrine of qualified official immunity is discontinued as a defense to any "
        "action brought under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "DE",
        "Sec. 1. (a) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(b) Neither § 4001 of this title nor any doctrine of judge-made immunity that turns upon the "
        "defendant's good faith shall afford a defense to an action under this section.",
    ),
    (
        "end.law_enforcement",
        "yes",
        "MA",
        "Sec. 1. (a) A peace officer who, under color of law, deprives a person of a right secured "
        "by the state constitution is liable to the person for damages.\n"
        "(b) No law enforcement officer shall be relieved of liability under this section because "
        "the unlawfulness of the conduct had not been settled by prior decisions of the courts.",
    ),
    # A motion that states its amendment and its fate in one line: the line is that amendment,
    # and it failed.
    (
        "end.law_enforcement",
        "no",
        "ND",
        "SCR 4012: A concurrent resolution directing the Legislative Management to consider "
        "studying civil actions against law enforcement officers.\n\nSEN. LARSEN MOVED THAT THE "
        "AMENDMENTS BE ADOPTED, WHICH MOTION PREVAILED ON A VOICE VOTE.\n\nSEN. BRUNELLE MOVED TO "
        'FURTHER AMEND SCR 4012 BY INSERTING "AND PROVIDING THAT QUALIFIED IMMUNITY IS NOT A '
        'DEFENSE TO A CIVIL ACTION AGAINST A LAW ENFORCEMENT OFFICER", WHICH MOTION FAILED ON A '
        "VERIFICATION VOTE.\n",
    ),
    # A government answering only for its police reaches the police, whichever way the bill says
    # whose acts it answers for: "liable for the deprivation, by a law enforcement officer
    # employed by the public entity, of any right"; "A public entity that employs a peace officer,
    # as described in section ..., is liable to any person who is deprived by the peace officer";
    # "shall be liable for the deprivation by any law enforcement officer it employs".
    (
        "end.public_employees",
        "no",
        "NJ",
        "1. a. A public entity shall be liable for the deprivation, by a law enforcement officer "
        "employed by the public entity, of any substantive right secured by the Constitution of "
        "this State, including a deprivation brought about by an officer's failure to intervene "
        "when another officer commits it.\nb. Qualified immunity is not a defense.",
    ),
    (
        "end.public_employees",
        "no",
        "CO",
        "(1) A PUBLIC ENTITY THAT EMPLOYS A PEACE OFFICER, AS DESCRIBED IN SECTION 16-2.5-101, IS "
        "LIABLE TO ANY PERSON WHO IS DEPRIVED BY THE PEACE OFFICER, ACTING UNDER COLOR OF LAW, OF "
        "ANY RIGHT SECURED BY THE STATE CONSTITUTION.\n(2) QUALIFIED IMMUNITY IS NOT A DEFENSE.",
    ),
    (
        "end.public_employees",
        "no",
        "MA",
        "(b) A public employer shall be liable for the deprivation by any law enforcement officer "
        "it employs, while acting within the scope of employment, of any right secured by the "
        "constitution of the commonwealth.\n(c) Qualified immunity shall not be a defense.",
    ),
    # A bill tracker's export, one row per bill with a staff summary: description, not law.
    (
        "end.law_enforcement",
        "no",
        "IA",
        'Bill Tracker Export\nBill,Sponsor,Status,Description\nHF 512,Rep. Doe,Enacted,"Provides '
        "that qualified immunity is not a defense to a civil action against a peace officer for "
        'the deprivation of any right under the Iowa Constitution."\nSF 2144,Sen. Roe,In '
        'Committee,"Creates a civil action against any public employee; eliminates qualified '
        'immunity."\nHF 77,Rep. Poe,Introduced,"Body camera footage to be released within 30 '
        'days."\n',
    ),
]

TWELFTH_SESSION_READINGS = [
    # The State answering for deprivations "by an officer, employee, or agent of the state": the
    # State's people, police among them, and no one else's (partial on both).
    ("end.law_enforcement", "partial", "WI", _STATE_ANSWERS_FOR_ITS_PEOPLE),
    ("end.public_employees", "partial", "WI", _STATE_ANSWERS_FOR_ITS_PEOPLE),
    # The employer "liable for any judgment entered against the defendant": the whole award.
    (
        "start.full_compensation",
        "yes",
        "NJ",
        "1. a. A person who, acting under color of law, deprives another of a right secured by "
        "the State Constitution is liable to the person injured for damages.\nb. Qualified "
        "immunity is not a defense to an action under this section.\nc. The public employer of "
        "the defendant shall be liable for any judgment entered against the defendant in an "
        "action under this section.",
    ),
    # A school unit is a government answering for its people's deprivations, as a county is.
    (
        "start.full_compensation",
        "yes",
        "ME",
        "Sec. 1. 1. A school unit is liable to a person injured by a deprivation of a right "
        "secured by the Constitution of Maine caused by an employee of the school unit acting "
        "under color of law.\n2. Qualified immunity is not a defense to an action under this "
        "section.",
    ),
    # A suit against the government "whose officers" held the person: it answers for them.
    (
        "start.full_compensation",
        "yes",
        "WA",
        "Sec. 1. (1) A person held past the time this section allows may bring a civil action "
        "against the county, city, or town whose officers held the person. The county, city, or "
        "town is liable for the person's actual damages.\n(2) It is not a defense to an action "
        "under this section that the officer acted in good faith or that the law was not "
        "clearly established.",
    ),
    # A duty to pay "subject to" the section that holds the state's cap: paid only up to it.
    (
        "start.full_compensation",
        "partial",
        "FL",
        "Section 1. (1) A law enforcement officer who, under color of law, deprives a person of a "
        "right secured by the State Constitution is liable to that person for damages.\n(2) "
        "Qualified immunity is not a defense to an action under this section.\n(3) The "
        "employing agency shall pay any judgment entered against the officer under this "
        "section, subject to s. 768.28(5).",
    ),
    # A study committee's topics ("(1) Whether a civil action should lie ...") are questions.
    (
        "end.state_constitution",
        "no",
        "IN",
        "SECTION 1. (a) The legislative council shall assign to the interim study committee on "
        "courts the task of studying the following topics during the 2026 interim:\n(1) Whether "
        "a civil action should lie against a law enforcement officer who, under color of law, "
        "deprives a person of a right secured by the Constitution of the State of Indiana.\n(2) "
        "Whether qualified immunity should be available in such an action.",
    ),
    # A revocation on a judgment "whether or not the officer was entitled to qualified immunity",
    # in a section that says it affects no officer's immunity: no bar, no claim.
    ("end.law_enforcement", "no", "AL", _REVOCATION_THAT_TOUCHES_NO_IMMUNITY),
    ("start.individual_accountability", "no", "AL", _REVOCATION_THAT_TOUCHES_NO_IMMUNITY),
    # Guard: a disclaimer about another class's immunity ("of a municipal police officer")
    # leaves the bar for the claim's own class standing.
    (
        "end.law_enforcement",
        "partial",
        "PA",
        "Section 1. (a) A member of the Pennsylvania State Police who, under color of law, "
        "deprives a person of a right secured by the Constitution of Pennsylvania is liable to "
        "the person injured.\n(b) Qualified immunity is not a defense to liability under this "
        "section. This section does not affect any immunity of a municipal police officer.",
    ),
    # "Any person, other than the District or an officer, employee, or agent of the District":
    # private people only, however the District's people are named.
    (
        "start.attorney_fees",
        "no",
        "DC",
        'Sec. 2. "(a) Any person, other than the District or an officer, employee, or agent of '
        "the District, who interferes by threats or coercion with an individual's exercise of a "
        "right protected under this act shall be liable to the individual for damages.\n(b) The "
        "court shall award reasonable attorney's fees and costs to a prevailing complainant.\".",
    ),
    # A claim against "the hospital or the employee", after "a private mental hospital or its
    # employee": private people, whatever rights under the state constitution it lists.
    (
        "end.state_constitution",
        "no",
        "TX",
        'Sec. 577.0205. (a) In this section, "private mental hospital" means a mental hospital '
        "licensed under this chapter that is not operated by this state or a political "
        "subdivision.\n(b) A patient of a private mental hospital has the rights listed in "
        "Section 576.001, including all rights under the constitution and laws of this state.\n"
        "(c) A patient whose rights listed in Subsection (b) are violated by a private mental "
        "hospital or its employee may bring a civil action against the hospital or the employee "
        "for damages.",
    ),
    # A good-faith defense to "liability under this subsection", a penalty for withholding a
    # record: no claim for a wrong to anyone's rights, so no officer's consequence either.
    (
        "start.individual_accountability",
        "no",
        "WA",
        "(8) A public records officer who, in bad faith, withholds a public record is personally "
        "liable to the requester for a penalty of not more than five thousand dollars, which the "
        "agency may not pay. It is a defense to liability under this subsection that the "
        "officer acted in good-faith reliance on the advice of counsel.",
    ),
    # An amendment the journal records as tabled ("The motion to table prevailed"), under a
    # journal heading dated "MAY 6" (a month, not a rule's "may"): not law.
    ("end.law_enforcement", "no", "TX", _TABLED_FLOOR_AMENDMENT),
    ("end.state_constitution", "no", "TX", _TABLED_FLOOR_AMENDMENT),
    # North Carolina's formula ("The General Assembly of North Carolina enacts:") opens each
    # print: the committee substitute printed last is the bill, not the first edition.
    (
        "end.law_enforcement",
        "no",
        "NC",
        "HOUSE BILL 719\nFIRST EDITION\nThe General Assembly of North Carolina enacts:\nSECTION 1."
        " A law enforcement officer who deprives a person of a right secured by the North "
        "Carolina Constitution is liable to the person injured. Qualified immunity shall not be "
        "a defense.\nSECTION 2. This act is effective when it becomes law.\n\nSENATE COMMITTEE "
        "SUBSTITUTE, THIRD EDITION\nThe General Assembly of North Carolina enacts:\nSECTION 1. "
        "The Commission shall maintain a database of officers whose certification was revoked."
        "\nSECTION 2. This act is effective December 1, 2025.",
    ),
    # Claims in older words: "may obtain redress from (against) that officer", "shall answer to
    # the injured party in an action at law".
    (
        "end.state_constitution",
        "yes",
        "IL",
        "Section 5. An individual whose rights under the Constitution of the State of Illinois "
        "have been violated by a peace officer acting under color of law may obtain redress from "
        "that officer in the circuit court, including damages.\nSection 10. Qualified immunity "
        "shall not be a defense to an action under this Act.",
    ),
    (
        "end.state_constitution",
        "yes",
        "NM",
        "SECTION 1. A. A person who holds a public office or employment with the state or any "
        "political subdivision and who, acting in that capacity, causes a person to be deprived "
        "of a right secured by the constitution of New Mexico shall answer to the injured party "
        "in an action at law or in equity.\nB. In an action under this section, neither "
        "qualified immunity nor immunity granted by the Tort Claims Act shall be a defense.",
    ),
    # A claim against election officials: public officials who are not police (no for police,
    # partial for public employees).
    ("end.law_enforcement", "no", "NC", _ELECTION_OFFICIALS_CLAIM),
    ("end.public_employees", "partial", "NC", _ELECTION_OFFICIALS_CLAIM),
    # Guard: an election official's good-faith immunity in running the rolls is not a rule on
    # officers' civil liability.
    (
        "end.law_enforcement",
        "no",
        "WA",
        "Sec. 5. (1) A county auditor shall correct an erroneous cancellation of a voter "
        "registration within five days.\n(2) An election official who acts in good faith under "
        "this section is not liable in damages for an erroneous cancellation that is corrected "
        "before the next election.",
    ),
    # A school district's employees, school resource officers among them: some police (those
    # serving schools) and some other public employees.
    (
        "end.law_enforcement",
        "partial",
        "OR",
        'SECTION 2. (1) As used in this section, "school employee" means an employee of a school '
        "district, and includes a school resource officer or other peace officer assigned to a "
        "public school.\n(2) A school employee who, acting under color of law, deprives a student "
        "of any right secured by the Oregon Constitution is liable to the student for damages."
        "\n(3) Qualified immunity is not a defense in an action under this section.",
    ),
    # The district "shall indemnify the school employee", where the claim lies against "a school
    # employee": the bill's own defendants, not a teacher indemnified for something else.
    (
        "start.full_compensation",
        "yes",
        "OR",
        "SECTION 2. (1) A school employee who, acting under color of law, deprives a student of "
        "any right secured by the Oregon Constitution is liable to the student for damages.\n(2) "
        "Qualified immunity is not a defense in an action under this section.\n(3) The school "
        "district that employs the school employee shall indemnify the school employee for the "
        "full amount of any judgment or settlement under this section.",
    ),
    # The state's statute shielding employees, cited by number and applied to the bill's claims
    # (or saved from it): the defense kept under another name.
    (
        "end.law_enforcement",
        "partial",
        "OH",
        _QI_BARRED + "\n(C) Division (A)(6) of section 2744.03 of the Revised Code applies to an "
        "action brought under this section.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "FL",
        _QI_BARRED + "\n(C) This section may not be construed to waive or alter the provisions "
        "of s. 768.28(9)(a).",
    ),
    # Guard: the same statute set aside for the bill's claims keeps nothing.
    (
        "end.law_enforcement",
        "yes",
        "OH",
        _QI_BARRED + "\n(C) Division (A)(6) of section 2744.03 of the Revised Code does not "
        "apply to an action brought under this section.",
    ),
    # Every immunity of the state's law saved, or a named one saved by "Nothing in Article 43D
    # ..., as enacted by Section 1 of this act, abrogates ...", or "shall limit ... official
    # immunity": partial.
    (
        "end.law_enforcement",
        "partial",
        "KY",
        _QI_BARRED + "\n(C) Except as provided in subsection (B), nothing in this section shall be "
        "construed to limit or waive any immunity available to a defendant under the "
        "Constitution or laws of this Commonwealth.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "NC",
        _QI_BARRED + "\nSECTION 2. Nothing in Article 43D of Chapter 1 of the General Statutes, as "
        "enacted by Section 1 of this act, abrogates the doctrine of public official immunity as "
        "it applies to a public official's discretionary acts that are not corrupt or malicious.",
    ),
    (
        "end.law_enforcement",
        "partial",
        "PA",
        _QI_BARRED + "\n(C) Nothing in this section shall limit the defense of official immunity "
        "under section 8546.",
    ),
    # A duty to pay the whole award that waits on the budget, in its own clause or beside it:
    # payment not assured (partial).
    (
        "start.full_compensation",
        "partial",
        "VA",
        _QI_BARRED + "\n(C) The Commonwealth shall indemnify an officer for the entire amount of "
        "any judgment under this section, subject to appropriation by the General Assembly.",
    ),
    (
        "start.full_compensation",
        "partial",
        "MI",
        _QI_BARRED + "\n(C) The state shall pay the full amount of any judgment entered against a "
        "state officer under this section. A payment under this subsection is payable only from "
        "funds appropriated by the legislature for that purpose.",
    ),
    # A class listing the State's and the counties' custody officers beside a private vendor's
    # employees is public, a narrow officer class (not private because one item is).
    (
        "end.law_enforcement",
        "partial",
        "TX",
        'Sec. 106.101. In this subchapter, "correctional employee" means a correctional officer '
        "employed by the Texas Department of Criminal Justice, a county jailer, or an employee of a "
        "private vendor operating a jail under contract with a county.\nSec. 106.102. A "
        "correctional employee who, under color of law, deprives a person of a right secured by "
        "the Texas Constitution is liable to the injured person for damages.\nSec. 106.103. "
        "Qualified immunity is not a defense to an action under this subchapter.",
    ),
    # A transit authority "shall be liable for, and shall pay, any judgment or settlement in an
    # action described in subsection (a)": a public payer of the bill's own judgments.
    (
        "start.full_compensation",
        "yes",
        "MA",
        "Section 1. (a) Any officer of the transit police department of the authority who, under "
        "color of law, deprives a person of a right secured by the constitution of the "
        "commonwealth shall be liable to the person injured.\n(b) Qualified immunity shall not "
        "be a defense to an action described in subsection (a).\n(c) The authority shall be "
        "liable for, and shall pay, any judgment or settlement in an action described in "
        "subsection (a).",
    ),
    # Caps set aside by the parts of the code that hold them: Maryland's two tort claims acts
    # named as subtitles ("Subtitle 3 of this title", in Title 5 of the Courts Article), and
    # Pennsylvania's Chapter 85 subchapters.
    (
        "end.damage_caps",
        "yes",
        "MD",
        "Article - Courts and Judicial Proceedings\n5-5A-01. A law enforcement officer who, "
        "under color of law, deprives an individual of a right secured by the Maryland "
        "Declaration of Rights is liable to the individual. Qualified immunity is not a defense."
        "\n5-5A-02. Subtitle 3 of this title and Title 12, Subtitle 1 of the State Government "
        "Article do not apply to an action under this subtitle.",
    ),
    (
        "end.damage_caps",
        "yes",
        "PA",
        _QI_BARRED + "\n(C) Subchapters B and C of Chapter 85 shall not apply to an action under "
        "this section.",
    ),
    # Versions: an adopted deletion that runs across a page ("on page 1, line 3, through page 2,
    # line 2, by deleting those lines"); a SECTION struck whole whose text quotes a code section
    # ("Section 15-78-230." is no heading of the bill's); a conference report that deletes a code
    # section the bill enacts ("Delete section 2307.47 of the Revised Code in its entirety").
    ("end.law_enforcement", "no", "AL", _STRUCK_ACROSS_A_PAGE),
    ("end.law_enforcement", "no", "SC", _SECTION_STRUCK_WITH_CODE_TEXT),
    ("end.law_enforcement", "no", "OH", _CODE_SECTION_DELETED_IN_CONFERENCE),
    # A print whose first page printed is headed "Page 2", with lines struck later in the same
    # amendment ("; strike in their entirety lines 4 through 8, inclusive"); a word swap "on
    # the next line" adopted when "The motion prevailed".
    ("end.law_enforcement", "no", "MD", _LINES_STRUCK_ON_A_HEADED_PAGE),
    ("end.law_enforcement", "no", "NE", _NEXT_LINE_SWAP_ON_A_MOTION),
    # "moved adoption of House floor amendment number 1. The motion prevailed." (and the next
    # amendment's "The motion failed" is that one's record, not this one's).
    (
        "start.attorney_fees",
        "yes",
        "NM",
        "Page 1\n 1  AN ACT RELATING TO CIVIL RIGHTS; CREATING A CAUSE OF ACTION.\n 2  BE IT "
        "ENACTED BY THE LEGISLATURE OF THE STATE OF NEW MEXICO:\n 3  SECTION 1. A law "
        "enforcement officer who, under color of law,\n 4  deprives a person of a right secured by "
        "the constitution\n 5  of New Mexico is liable to the person injured.\n 6  Qualified "
        "immunity is not a defense to an action\n 7  under this section. The court may award\n 8  "
        "reasonable attorney fees to a prevailing plaintiff.\n\nHOUSE FLOOR AMENDMENT NUMBER 1 "
        'TO HOUSE BILL 188\n1. On page 1, line 7, strike "may" and insert in lieu thereof "shall".'
        "\nRepresentative Arriaga moved adoption of House floor amendment number 1.\nThe motion "
        "prevailed.\n\nHOUSE FLOOR AMENDMENT NUMBER 2 TO HOUSE BILL 188\n1. On page 1, line 3, "
        'strike "A law enforcement officer" and insert in lieu thereof "A public employee".\n'
        "Representative Lucero moved adoption of House floor amendment number 2.\nThe motion "
        "failed by a vote of 31 for and 38 against.",
    ),
    # A claim against child welfare workers, defined as a local department of social services'
    # employees: public employees who are not police (no for police, partial for employees).
    (
        "end.law_enforcement",
        "no",
        "MD",
        '5-812. (A) IN THIS SECTION, "CHILD WELFARE WORKER" MEANS AN EMPLOYEE OF A LOCAL '
        "DEPARTMENT OF SOCIAL SERVICES WHO INVESTIGATES A REPORT OF CHILD ABUSE.\n(B) A CHILD "
        "WELFARE WORKER WHO, UNDER COLOR OF LAW, DEPRIVES A CHILD OR A PARENT OF A RIGHT SECURED "
        "BY THE MARYLAND DECLARATION OF RIGHTS IS LIABLE TO THE INDIVIDUAL INJURED.\n(C) QUALIFIED "
        "IMMUNITY IS NOT A DEFENSE TO AN ACTION UNDER THIS SECTION.",
    ),
    # "The government unit employing the defendant shall pay the full amount of any judgment ...
    # to the plaintiff in every case": a public payer of the whole award.
    (
        "start.full_compensation",
        "yes",
        "PA",
        _QI_BARRED + "\n(C) The government unit employing the defendant shall pay the full amount "
        "of any judgment or settlement under this section to the plaintiff in every case.",
    ),
    # Conservation police officers alone: one officer class (partial).
    (
        "end.law_enforcement",
        "partial",
        "IL",
        "Section 5. Any conservation police officer who, under color of law, deprives a person of "
        "a right secured by the Constitution of the State of Illinois is liable to the person "
        "injured.\nSection 10. Qualified immunity is not a defense to an action under this Act.",
    ),
    # A public body "liable jointly with that person", its liability capped: it pays the award up
    # to the cap (partial).
    (
        "start.full_compensation",
        "partial",
        "NM",
        "SECTION 1. A. A person who, under color of law of a public body, deprives any person of "
        "a right secured by the bill of rights of the constitution of New Mexico is liable to the "
        "injured person, and the public body on whose behalf the person acted is liable jointly "
        "with that person.\nB. Qualified immunity is not a defense to an action under this "
        "section.\nC. The liability of a public body under this section shall not exceed two "
        "million dollars ($2,000,000) per claimant.",
    ),
    # A school district "that employs the school official, or to which the school resource
    # officer is assigned, is jointly and severally liable with the school official": it pays.
    (
        "start.full_compensation",
        "yes",
        "IL",
        "Section 5. (a) A school official who, under color of law, deprives a student of a right "
        "secured by the Illinois Constitution shall be liable to the student.\n(b) Qualified "
        "immunity is not a defense to an action under this Section.\n(c) The school district "
        "that employs the school official, or to which the school resource officer is assigned, "
        "is jointly and severally liable with the school official for any judgment under this "
        "Section.",
    ),
]


@pytest.mark.parametrize(
    ("criterion", "expected", "state", "text"),
    WHOLE_BILL_CONSTRUCTIONS
    + RULES_ON_CLAIMS_ELSEWHERE
    + EVENING_READINGS
    + NIGHT_READINGS
    + LATE_READINGS
    + DAWN_READINGS
    + MORNING_READINGS
    + AFTERNOON_READINGS
    + CLOSING_READINGS
    + FOLLOW_UP_READINGS
    + CLAIM_SHAPE_READINGS
    + CROSS_PROVISION_READINGS
    + SIDE_BY_SIDE_READINGS
    + PAYMENT_AND_CONSEQUENCE_READINGS
    + CLASS_AND_OTHER_PEOPLE_READINGS
    + OTHER_PROCEEDINGS_READINGS
    + SCOPE_AND_STATUS_READINGS
    + START_WORDS_READINGS
    + CONSEQUENCE_AND_CAUSING_READINGS
    + OTHER_REMEDY_SCOPE_READINGS
    + DRAFTING_TURN_READINGS
    + DECOY_AND_NO_FORCE_READINGS
    + LOCAL_PRACTICE_READINGS
    + BAR_SHAPE_READINGS
    + HEADING_AND_RECORDS_READINGS
    + OMNIBUS_PART_READINGS
    + PAYER_AND_CAP_SETTING_READINGS
    + CAP_ONLY_READINGS
    + CONSEQUENCE_GROUND_READINGS
    + FRONT_PAGE_READINGS
    + PROVISO_AND_PROCEDURE_READINGS
    + DOCTRINE_KEPT_OR_NOT_READINGS
    + RIGHTS_AND_BACKSTOP_READINGS
    + LEVEL_AND_PAYMENT_READINGS
    + ENTITY_LEVEL_READINGS
    + PRIVATE_CLAIM_READINGS
    + PACKAGE_LOOK_ALIKE_READINGS
    + ANSWERING_BESIDE_READINGS
    + RECORDS_STATUS_READINGS
    + OTHER_SETTING_DEFENSE_READINGS
    + BAR_SHAPE_AND_LIMIT_READINGS
    + RECORDS_SUIT_FEE_READINGS
    + IMMUNITY_WITHHELD_FROM_POLICE_READINGS
    + NEGATION_READ_RIGHT_READINGS
    + NOT_A_CLAIM_READINGS
    + FINDINGS_AND_SHIELD_READINGS
    + STRUCK_PARAGRAPH_READINGS
    + GOOD_FAITH_GIVEN_BACK_READINGS
    + CLAIM_GRAMMAR_READINGS
    + PACKAGE_TRAP_READINGS
    + CAP_ACT_BY_NAME_READINGS
    + OFFICER_SUES_READINGS
    + CONDITIONED_FEE_READINGS
    + NOTICE_AND_PURSUIT_READINGS
    + PUBLIC_MONEY_AND_RECORDS_SUIT_READINGS
    + NARROWED_ELSEWHERE_READINGS
    + GOOD_FAITH_IN_OTHER_SUITS_READINGS
    + VENDOR_READINGS
    + RAISED_ELSEWHERE_LIFTED_HERE_READINGS
    + OTHER_SECTION_EXCLUSION_READINGS
    + CONTRIBUTION_FORBIDDEN_READINGS
    + BYSTANDER_READINGS
    + REVOCATION_ON_FINDING_READINGS
    + PRIVATE_TERM_BAR_READINGS
    + SEVENTH_SESSION_READINGS
    + EIGHTH_SESSION_READINGS
    + NINTH_SESSION_READINGS
    + TENTH_SESSION_READINGS
    + ELEVENTH_SESSION_READINGS
    + TWELFTH_SESSION_READINGS
    + THIRTEENTH_SESSION_READINGS
    + FOURTEENTH_SESSION_READINGS,
)
def test_whole_bill_constructions(
    criterion: str, expected: str, state: str | None, text: str
) -> None:
    result = evaluate(text, state=state).result(criterion)
    assert result.verdict.value == expected, result.explanation


def test_another_acts_enforcement_action_is_no_claim_against_officers() -> None:
    """'An action to enforce the Public Records Act may be brought by the attorney general or by
    a person whose request has been denied': that act's own suit, not a claim against public
    officers, so the bill is read as not about officers' liability at all."""
    text = (
        'SECTION 12. Section 84-712.07 is amended to read:\n\n"84-712.07. ENFORCEMENT.--\n(1) An '
        "action to enforce the Public Records Act may be brought by the attorney general or by a "
        "person whose written request has been denied.\n* * *\n(4) The court shall award costs "
        "and reasonable attorney's fees to a person whose written request has been denied and who "
        "succeeds in a court action to enforce the provisions of the Public Records Act, AND THE "
        "COURT SHALL ORDER THAT THE FEES BE PAID FROM THE BUDGET OF THE PUBLIC BODY THAT DENIED "
        'THE REQUEST."'
    )
    result = evaluate(text, state="NE").result("end.law_enforcement")
    assert result.explanation == not_about_officers().explanation, result.explanation


def test_package_trap_parts_open_no_claim() -> None:
    """A suit "for an order releasing the recording", and "No clinician who, at the request of a
    police officer, responds ... shall be liable": neither is a claim against officers, so the
    package is read as opening none (the explanation says so, whatever the verdicts)."""
    release = (
        'SECTION 3. G.S. 132-1.4A(g) reads as rewritten: "(g) Release of Recordings; Court Order '
        "Required. – Recordings in the custody of a law enforcement agency shall only be released "
        "pursuant to court order. Any custodial law enforcement agency or any person requesting "
        "release of a recording may file an action in the superior court for an order releasing "
        'the recording. A recording shall not be a public record as defined by G.S. 132-1."\n\n'
        'SECTION 4. G.S. 132-9(c) reads as rewritten: "(c) In any action brought pursuant to '
        "this section in which a party successfully compels the disclosure of public records, the "
        "court shall allow the prevailing party to recover its reasonable attorneys' fees.\""
    )
    immunity = (
        "SECTION 9. Section 13 of chapter 112 of the General Laws is hereby amended by adding the "
        "following paragraph:- No clinician who, at the request of a police officer, responds to "
        "a person in crisis and in good faith renders assistance shall be liable in a suit for "
        "damages for an act or omission in rendering the assistance.\n\nSECTION 10. Section 2 "
        "of chapter 258 of the General Laws is hereby amended by striking out the figure "
        '"$100,000" and inserting in place thereof the following figure:- "$250,000".'
    )
    for state, text in (("NC", release), ("MA", immunity)):
        result = evaluate(text, state=state).result("end.law_enforcement")
        assert "creates or keeps a civil claim" not in result.explanation, result.explanation


def test_savings_clause_list_creates_no_claim() -> None:
    """'Nothing ... shall be construed to waive ..., to abrogate ..., or to create a cause of
    action against any peace officer' in a training bill: no claim, every verdict no."""
    text = (
        "Sec. 1. The basic course shall include instruction in de-escalation. Sec. 2. Nothing in "
        "sections 1 to 3 shall be construed to waive the sovereign immunity of the state, to "
        "abrogate official immunity, or to create a cause of action against any peace officer "
        "or political subdivision."
    )
    assert _not_no(text, "MO") == {}


def test_page_footer_inside_a_sentence_is_dropped() -> None:
    """A Washington footer ('p. 1    SHB 1234') inside the claim sentence is furniture."""
    text = (
        " 1     NEW SECTION. Sec. 1. (1) A public employee who, under color of law, deprives a\n"
        " 2 person of any right secured by the state Constitution\n\n"
        "                              p. 1                     SHB 1234\n\n"
        " 1 is liable to the injured person for damages.\n"
        " 2     (2) Qualified immunity is not a defense to an action under this section.\n"
    )
    result = evaluate(text).result("end.public_employees")
    assert result.verdict.value == "yes", result.explanation


# The start criteria read as law (who pays whom, shall or may, whole or part, to whom fees go,
# which records and to whom): (criterion, expected, state, sentences after CLAIM + BAR). Every
# row is written for this test; none repeats a bill of the red-team set or the battery.
START_CRITERIA_WORDINGS = [
    # fees: a duty to award, in words other than "shall award"
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. Upon entry of judgment for the plaintiff, the court must direct the defendant to "
        "pay the plaintiff's reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. A court may not refuse to award reasonable attorney fees to a plaintiff who "
        "prevails under section 1.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. Reasonable attorney fees and expert witness fees shall be assessed against any "
        "defendant found liable under section 1.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. A plaintiff who prevails under section 1 is entitled, as a matter of right, to "
        "reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. The court is required to award reasonable attorney fees to a prevailing "
        "plaintiff in an action under section 1.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. Where the plaintiff prevails, the award of reasonable attorney fees shall be "
        "mandatory.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. The judgment for a prevailing plaintiff shall include a reasonable amount for the "
        "services of the plaintiff's attorneys.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. When the plaintiff prevails under section 1, the court shall, in addition to "
        "damages:\n(a) enter declaratory relief; and\n(b) award to the plaintiff reasonable "
        "attorney fees and costs.",
    ),
    # intervention: a duty, and liability for breaking it stated by reference to it
    (
        "start.failure_to_intervene",
        "yes",
        None,
        "Sec. 3. (a) An officer who sees another officer deprive a person of a right secured by "
        "the constitution of this state shall act to prevent it. (b) An officer who violates "
        "the obligation stated in paragraph (a) is answerable to the injured person to the same "
        "extent as the officer who committed the deprivation.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        None,
        "Sec. 3. Each officer has a duty to intervene when another officer uses unlawful force. "
        "An officer who breaches this duty while able to act shall be civilly and personally "
        "liable to the person harmed.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        None,
        "Sec. 3. An officer may not stand by while another officer uses excessive force; an "
        "officer who does so, having been able to stop it, is liable under section 1.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        None,
        "Sec. 3. An officer who is present while another officer violates section 1 and who did "
        "not intervene is liable to the injured person as though the officer had committed the "
        "violation.",
    ),
    (
        "start.failure_to_intervene",
        "yes",
        None,
        "Sec. 3. The failure of an officer to intervene when a fellow officer deprives a person of "
        "a constitutional right in the officer's presence is itself a deprivation under section 1.",
    ),
    # intervention as one way of committing the wrong
    (
        "start.failure_to_intervene",
        "partial",
        None,
        "Sec. 3. In this act, an officer deprives a person of a right when the officer commits the "
        "deprivation, orders it, or, while present, fails to intervene to stop it.",
    ),
    # intervention: a duty enforced by discipline only, or liability denied
    (
        "start.failure_to_intervene",
        "no",
        None,
        "Sec. 3. An officer shall act to stop another officer's use of excessive force. An "
        "officer who violates this subsection is subject to discipline by the employing agency.",
    ),
    (
        "start.failure_to_intervene",
        "no",
        None,
        "Sec. 3. An officer shall act to stop another officer's use of excessive force. An "
        "officer who fails to comply with this subsection is not liable in any civil action.",
    ),
    # who pays: a duty to pay the whole award, in words other than "shall indemnify"
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. The employing agency shall not refuse to indemnify an officer against any "
        "judgment entered under section 1.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. Every judgment under section 1 shall be satisfied in full by the county or city "
        "that employed the officer, whether or not the officer is able to pay any of it.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. A judgment entered against an officer under section 1 is an obligation of the "
        "public employer, which shall pay it in full.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. The officer shall pay ten percent of the judgment, up to $10,000; the employing "
        "city shall pay the balance, and shall pay that share also if the officer fails to pay "
        "it within six months.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. The municipality shall pay in full any judgment against its officer under "
        "section 1, including any award of exemplary damages.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. An officer found liable under section 1 shall pay three percent of the judgment, "
        "unless the employer finds that the officer acted in good faith. The employer shall pay "
        "the balance of the judgment and any portion of the officer's share that the officer "
        "does not pay.",
    ),
    (
        "start.full_compensation",
        "yes",
        None,
        "Sec. 3. The officer shall personally pay one percent of the judgment, unless the officer "
        "is unable to pay, in which case the city shall pay it. The city shall pay the remainder "
        "of the judgment.",
    ),
    # who pays: part of the award only (a share, compensatory damages, coverage, a ceiling)
    (
        "start.full_compensation",
        "partial",
        None,
        "Sec. 3. The employer shall indemnify the officer for seventy-five percent of any "
        "judgment under section 1.",
    ),
    (
        "start.full_compensation",
        "partial",
        None,
        "Sec. 3. The state shall indemnify its officers against compensatory damages awarded "
        "under section 1.",
    ),
    (
        "start.full_compensation",
        "partial",
        None,
        "Sec. 3. The employer shall indemnify the officer for any judgment under section 1 to "
        "the limits of its liability insurance policy.",
    ),
    (
        "start.full_compensation",
        "partial",
        None,
        "Sec. 3. The employer shall indemnify the officer for any judgment under section 1, but "
        "no employer is required to indemnify in an amount in excess of $500,000 per claim.",
    ),
    # who pays: a carve-out for bad conduct, or an officer's own losses
    (
        "start.full_compensation",
        "no",
        None,
        "Sec. 3. The employer shall indemnify the officer for any judgment under section 1, "
        "provided that the officer did not commit a knowing violation of agency policy.",
    ),
    (
        "start.full_compensation",
        "no",
        None,
        "Sec. 3. If criminal charges against an officer are dismissed, the state shall indemnify "
        "the officer for the expenses the officer incurred in defending against the prosecution.",
    ),
    (
        "start.full_compensation",
        "no",
        None,
        "Sec. 3. The county shall defend a volunteer sued for an act described in this act and "
        "shall pay in full any judgment entered against the volunteer.",
    ),
    # personal consequences: a share in the passive, an employment bar, discipline imposed
    (
        "start.individual_accountability",
        "yes",
        None,
        "Sec. 3. Two percent of each judgment under section 1 shall be borne by the officer "
        "personally and may not be paid by the employer.",
    ),
    (
        "start.individual_accountability",
        "yes",
        None,
        "Sec. 3. An officer against whom a judgment is entered under section 1 shall not be "
        "employed as a peace officer by any agency of this state for three years.",
    ),
    (
        "start.individual_accountability",
        "yes",
        None,
        "Sec. 3. The agency that employs an officer found liable under section 1 shall impose "
        "discipline on the officer, up to and including dismissal.",
    ),
    # personal consequences: narrow or discretionary
    (
        "start.individual_accountability",
        "partial",
        None,
        "Sec. 3. The county may recover from the officer up to ten percent of what it paid on a "
        "judgment under section 1.",
    ),
    (
        "start.individual_accountability",
        "partial",
        None,
        "Sec. 3. An officer shall pay $2,500 of any judgment under section 1 if the officer has "
        "been found liable on three or more earlier occasions.",
    ),
    (
        "start.individual_accountability",
        "partial",
        None,
        "Sec. 3. The officer shall pay ten percent of the judgment, unless the employing agency "
        "finds that the officer followed its training.",
    ),
    (
        "start.individual_accountability",
        "partial",
        None,
        "Sec. 3. Each judgment under section 1 shall be sent to the standards board, which may "
        "consider it in any proceeding on the officer's license.",
    ),
    (
        "start.individual_accountability",
        "partial",
        None,
        "Sec. 3. The training council shall revoke the license of an officer found liable under "
        "section 1 for conduct involving the officer's use of deadly force.",
    ),
    (
        "start.individual_accountability",
        "partial",
        None,
        "Sec. 3. The agency shall pay any judgment under section 1 unless the agency determines "
        "that the officer acted corruptly, in which case the officer shall satisfy the judgment "
        "personally.",
    ),
    # no consequence: a protection, or liability without any share
    (
        "start.individual_accountability",
        "no",
        None,
        "Sec. 3. An officer shall not be terminated only because a judgment was entered against "
        "the officer under section 1.",
    ),
    (
        "start.individual_accountability",
        "no",
        None,
        "Sec. 3. Nothing in this act prevents an officer from being held personally liable in an "
        "action under section 1.",
    ),
    (
        "start.individual_accountability",
        "no",
        None,
        "Sec. 3. The employer shall pay every judgment under section 1 in full and may not seek "
        "contribution from the officer.",
    ),
    # records: to whom and which
    (
        "start.public_records",
        "yes",
        None,
        "Sec. 3. On request, the employing agency shall disclose the complaint and internal "
        "investigation records concerning any officer found liable under section 1.",
    ),
    (
        "start.public_records",
        "yes",
        None,
        "Sec. 3. The department must provide to any member of the public who asks the "
        "disciplinary records of an officer against whom a judgment under section 1 is entered.",
    ),
    (
        "start.public_records",
        "yes",
        None,
        "Sec. 3. No agreement settling a claim under section 1 may include a term requiring the "
        "parties to keep the amount confidential, and every such agreement is a public record.",
    ),
    (
        "start.public_records",
        "yes",
        None,
        "Sec. 3. Each county shall send the attorney general a report of every judgment and "
        "settlement under section 1 with the officer's name. The attorney general shall post "
        "those reports on a public website.",
    ),
    (
        "start.public_records",
        "partial",
        None,
        "Sec. 3. Complaints involving a firearm discharge by an officer are open to public "
        "inspection.",
    ),
    (
        "start.public_records",
        "partial",
        None,
        "Sec. 3. When a misconduct complaint is made about an incident, the agency shall release "
        "the body camera recordings of the incident to the public within thirty days.",
    ),
    (
        "start.public_records",
        "no",
        None,
        "Sec. 3. The state police shall publish guidelines and a model policy for the release of "
        "misconduct complaint records.",
    ),
    (
        "start.public_records",
        "no",
        None,
        "Sec. 3. Complaints against officers are not subject to public disclosure under the "
        "public records act.",
    ),
    (
        "start.public_records",
        "no",
        None,
        "Sec. 3. The agency shall disclose its investigation records of a complaint upon request "
        "of the standards board.",
    ),
    # fees: mandatory but limited (some claims, a fraction, a rate, a threshold, some plaintiffs)
    (
        "start.attorney_fees",
        "partial",
        None,
        "Sec. 3. In a claim under section 1 based on an unlawful arrest, the court shall award "
        "reasonable attorney fees to the prevailing plaintiff.",
    ),
    (
        "start.attorney_fees",
        "partial",
        None,
        "Sec. 3. The court shall award a prevailing plaintiff reasonable attorney fees, not to "
        "exceed one-fourth of the judgment.",
    ),
    (
        "start.attorney_fees",
        "partial",
        None,
        "Sec. 3. The court shall award reasonable attorney fees to a prevailing plaintiff, "
        "calculated at a rate not higher than the rate paid to the state's public defenders.",
    ),
    (
        "start.attorney_fees",
        "partial",
        None,
        "Sec. 3. The court shall award attorney fees to a plaintiff who prevails under section 1 "
        "only when the damages awarded are more than five thousand dollars.",
    ),
    (
        "start.attorney_fees",
        "partial",
        None,
        "Sec. 3. A prevailing plaintiff shall be awarded reasonable attorney fees, except that no "
        "fees shall be awarded to a plaintiff who rejected a settlement offer larger than the "
        "judgment.",
    ),
    # Fees to whichever party prevails are a mandatory award to a plaintiff who prevails
    # (revised 2026-12-03 from "partial": most blind labels of the red-team sets read it so).
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. In every action under section 1 the court shall award costs and reasonable "
        "attorney fees to the party that prevails.",
    ),
    (
        "start.attorney_fees",
        "yes",
        None,
        "Sec. 3. The court shall award reasonable attorney fees to the prevailing party, other "
        "than a defendant officer or the officer's employer.",
    ),
    # fees: to someone other than the plaintiff, or forbidden, or an indemnity's object
    (
        "start.attorney_fees",
        "no",
        None,
        "Sec. 3. Where the court finds that an action under section 1 was brought in bad faith, "
        "it shall award the officer reasonable attorney fees.",
    ),
    (
        "start.attorney_fees",
        "no",
        None,
        "Sec. 3. The court shall award the state reasonable attorney fees in any action the "
        "attorney general brings to enforce this act.",
    ),
    (
        "start.attorney_fees",
        "no",
        None,
        "Sec. 3. The court shall order payment of all costs and attorney fees incurred by an "
        "officer in defending an action under section 1 that the court finds frivolous.",
    ),
    (
        "start.attorney_fees",
        "no",
        None,
        "Sec. 3. No judgment under section 1 shall include an award of attorney fees unless "
        "another statute authorizes it.",
    ),
    (
        "start.attorney_fees",
        "no",
        None,
        "Sec. 3. The employer shall indemnify the officer for compensatory damages, attorney fees "
        "and costs; punitive damages shall be paid by the officer.",
    ),
]


# (Defined after START_CRITERIA_WORDINGS, the second list it reads.)
@pytest.mark.parametrize(
    ("criterion", "expected", "state", "sentence"),
    OTHER_CRITERIA_WORDINGS + START_CRITERIA_WORDINGS,
)
def test_other_criteria_wordings(
    criterion: str, expected: str, state: str | None, sentence: str
) -> None:
    result = evaluate(CLAIM + BAR + sentence, state=state).result(criterion)
    assert result.verdict.value == expected, result.explanation


# Rules of construction that deny a claim: no claim, every verdict "no" (2026-12-05, third
# session).
CONSTRUCTION_DENIES_A_CLAIM = [
    (
        "NJ",
        "1. The Attorney General shall publish guidelines on the use of drones by police.\n\n2. "
        "Nothing in this section shall be construed as creating a cause of action for money "
        "damages, costs or attorney's fees against the State or any officer or employee thereof.",
    ),
    (
        None,
        "SEC. 2. GRANTS.--The Attorney General shall make grants to States that train officers "
        "in de-escalation.\n\nSEC. 3. RULE OF CONSTRUCTION.--Nothing in this Act shall be "
        "construed to create a cause of action, to amend section 1979 of the Revised Statutes of "
        "the United States (42 U.S.C. 1983), or to affect any immunity or defense in any action.",
    ),
]


# A note printed with a bill "not part of the act", quoting an old rights act; a fund for the
# payment of claims "for which" a city is liable: no claim.
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "NE",
        "Section 1. Sections 54-1,109 and 54-1,110 are outright repealed.\n\nREVISOR'S NOTE (not "
        'part of the act): The repealed Laws 1931, c. 12, provided: "Any officer who deprives a '
        "person of a right secured by the Constitution shall be liable to the person injured. It "
        'shall be no defense that the officer acted in good faith."',
    ),
    (
        "KS",
        "New Section 1. The governing body of any city may establish a self-insurance fund for the "
        "payment of claims and judgments for which the city is liable under the Kansas tort "
        "claims act, including claims arising under 42 U.S.C. 1983.",
    ),
]


@pytest.mark.parametrize(("state", "text"), CONSTRUCTION_DENIES_A_CLAIM)
def test_rule_of_construction_denying_a_claim_scores_no(state: str | None, text: str) -> None:
    assert _not_no(text, state) == {}


# A bill that makes officials repay public money they spent without authority, names no right,
# force or search and not the doctrine: its fee, judgment and posting rules are about that
# claim of the public body, not officers' liability for rights (2026-12-05, seventh session).
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "OR",
        "Section 1. (1) An officer or employee of a public body who authorizes a payment of public "
        "funds that the law does not allow is personally liable to the public body for the sum "
        "paid.\n\n(2) Any elector of the public body may sue in its name to recover the sum. The "
        "court shall award reasonable attorney fees to an elector who prevails.\n\n(3) A "
        "judgment against an officer or employee under this section shall be published on the "
        "public body's website.",
    ),
]
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "MI",
        "Sec. 1. (1) A public officer or public employee shall not use public funds, public "
        "vehicles or staff on duty to campaign for or against a ballot question.\n(2) Any "
        "registered voter may bring a civil action against a public officer or public employee "
        "who violates subsection (1).\n(3) That the defendant believed in good faith that the "
        "use was lawful is not a defense.\n(4) The court shall award reasonable attorney fees "
        "to a prevailing plaintiff.",
    ),
]


# A crime of unlawful force whose good-faith and immunity rules speak only of the prosecution:
# no civil claim, no bar (every verdict "no").
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "AL",
        "Section 1. (a) A peace officer who knowingly strikes a restrained person without lawful "
        "need commits a Class C felony. (b) That the officer believed the force lawful is no "
        "defense in a prosecution under this section, and qualified immunity does not apply in "
        "any such prosecution.",
    ),
]


# A good-faith shield for handing over an applicant's files, in a hiring section of the same
# bill, is no defense to the rights claim: the bar stands (2026-12-05, seventh session).
def test_good_faith_shield_for_sharing_files_leaves_the_bar_whole() -> None:
    text = (
        CLAIM
        + BAR
        + "\n\nSec. 3. Before hiring an officer, an agency shall obtain the applicant's personnel "
        "files from every former employer. A former employer that releases such files in good "
        "faith under this section shall not be liable to the applicant for invasion of privacy "
        "arising from the release."
    )
    assert evaluate(text, state="KS").result("end.law_enforcement").verdict.value == "yes"


# A council asked to study the doctrine in suits against officers, beside an indemnity of another
# class and a records rule: no claim, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "WI",
        "The people of the state, represented in senate and assembly, do enact as follows:\n\n"
        "SECTION 1. (1) COUNCIL STUDY. The legislative research council is requested to study "
        "the defense of qualified immunity in actions under 42 USC 1983 against law enforcement "
        "officers, and whether the state should create a cause of action for violations of the "
        "state constitution."
        "\n\nSECTION 2. Each county shall indemnify its volunteer firefighters for any judgment "
        "arising from their service.\n\nSECTION 3. Each law enforcement agency shall publish "
        "every sustained complaint against its officers on its website.",
    ),
]
# Liability imposed on a county "for a tort claim" (a pursuit's harm, defined as a tort claim),
# whether or not the officer acted in good faith: a tort rule, no rights claim and no bar.
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "NE",
        "Section 1. In the Political Subdivisions Tort Claims Act, tort claim includes a claim "
        "for injury caused by a deputy sheriff's driving in a vehicle pursuit.\n\nSec. 2. "
        "Liability shall be imposed upon the county employing the deputy for a tort claim "
        "described in section 1, whether or not the deputy acted in good faith.",
    ),
]
# An agency liable to its own officer for reinstatement and back pay after retaliation, a
# committee appointed to study the doctrine, a good-faith shield for an officer who releases a
# record, and a savings clause that "creates no cause of action ... or abrogates any immunity,
# including qualified immunity": no claim and no bar, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "NV",
        "Sec. 1. An agency that demotes an officer for reporting excessive force is liable to the "
        "officer in a civil action for reinstatement and back pay.\n\nSec. 2. The Legislative "
        "Commission shall name a committee to study qualified immunity in actions against peace "
        "officers for the deprivation of constitutional rights.\n\nSec. 3. An officer who in good "
        "faith releases a body camera recording under this section is immune from civil liability "
        "for the release. Each agency shall post every sustained misconduct finding online.",
    ),
    (
        "OR",
        "Section 1. The limit on the liability of a public body under ORS 30.272 is $1,000,000.\n\n"
        "Section 2. Nothing in this 2027 Act creates a cause of action for the deprivation of "
        "rights or abrogates any immunity available to a police officer in such an action, "
        "including qualified immunity.",
    ),
]
# A public entity "liable for the payment of all judgments" against its employees, in a tort
# claims act that posts its settlements: who pays, not a claim; every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "CO",
        "SECTION 1. (1) A public entity shall be liable for the payment of all judgments and "
        "settlements of claims against any of its public employees where the claim against the "
        "employee arises out of injuries caused by an act or omission of the employee in the "
        "performance of the employee's duties.\n\nSECTION 2. Within sixty days after paying a settlement of a claim "
        "brought under this article, a public entity shall post the amount paid on its website.",
    ),
]
# A claim against "any person, other than a public officer or employee" who interferes with
# rights by threats: private people only, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "RI",
        "SECTION 1. Any person, other than a public officer or employee acting in that capacity, "
        "who by threats or coercion interferes with a right secured by the constitution of this "
        "state is liable to the injured party. The court shall award reasonable attorney fees to "
        "a prevailing plaintiff.",
    ),
]
# A cap lifted for claims "arising from a vehicle pursuit", a town "liable for the full amount"
# of them: a tort rule, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "WI",
        "SECTION 1. The limit under sub. (3) does not apply to a claim for damages arising from a "
        "high-speed pursuit by a law enforcement officer, and a political subdivision shall be "
        "liable for the full amount of such a claim.",
    ),
]
# A pension exempt from execution "except to satisfy a final judgment ... in an action under 42
# U.S.C. 1983": what a judgment may be collected from, no claim; every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "AR",
        "SECTION 1. Retirement benefits payable under this subchapter are exempt from "
        "garnishment, except that a member's benefits are subject to garnishment to satisfy a "
        "final judgment entered against the member in an action under 42 U.S.C. 1983 or another "
        "civil action for the deprivation of civil rights.",
    ),
]
# A complainant "liable to the peace officer" for a knowingly false complaint, with no privilege
# for statements to a public body: the officer's own claim, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "KY",
        "Section 1. (1) A person who reports to a police department that an officer used "
        "unlawful force or otherwise deprived someone of a constitutional right, knowing the "
        "report to be false, shall be liable to the officer for the harm caused.\n(2) In an "
        "action under subsection (1), no privilege or immunity for statements made to a public "
        "agency shall apply to a knowingly false report.",
    ),
]
# A board that may not ask whether a reasonable officer would have known, in a decertification
# finding, and a court in a criminal prosecution that may not ask about prior decisions: rules of
# those proceedings, no civil bar (every verdict "no").
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "CO",
        "SECTION 1. (1) The standards board shall revoke the certification of a peace officer "
        "who is found, after a hearing, to have used unlawful force. (2) In making that finding, "
        "the board shall not consider whether a reasonable officer would have known the force "
        "was unlawful.",
    ),
    (
        "SD",
        "Section 1. In a criminal prosecution of a law enforcement officer for the use of force, "
        "the court shall not inquire whether any prior judicial decision addressed similar "
        "conduct.",
    ),
]
# "Qualified immunity shall not be a ground for withholding a recording", in a body-camera
# release rule beside findings about the doctrine: a records rule, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "NY",
        "Section 1. The legislature finds that qualified immunity has kept people whose "
        "constitutional rights were violated by police from redress.\n\nSection 2. Every police "
        "agency shall release to the public any body-worn camera recording of a use of force "
        "within thirty days after a request. Qualified immunity shall not be a ground for "
        "withholding a recording.",
    ),
]
# A claim against "any person" who interferes with rights by threats, where the section "does not
# apply to a public officer or employee, or to any person acting under color of law": private
# people only, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "OR",
        "SECTION 1. (1) Any person who, by threats or coercion, interferes with another's exercise "
        "of a right secured by the Oregon Constitution is liable to the injured person.\n(2) This "
        "section does not apply to a public employee, or to any person acting under color of "
        "law.\n\nSECTION 2. In an action under section 1, the court shall award reasonable "
        "attorney fees to a prevailing plaintiff.",
    ),
]
# Private guards described by whom they are not ("not being an officer or employee of the state
# ... and not acting under color of law"; "who is not a certified law enforcement officer"):
# claims against private people, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "ID",
        "SECTION 1. (1) A private security officer, not being an officer or employee of the state "
        "and not acting under color of law, who uses unreasonable force against a person shall be "
        "liable to the person injured. (2) Qualified immunity is not available to a private "
        "security officer. (3) The court shall award reasonable attorney fees to a prevailing "
        "plaintiff.",
    ),
    (
        "SD",
        "Section 1. Any person injured by a private security guard employed by a private college, "
        "who is not a certified law enforcement officer and who has no police powers, may bring a "
        "civil action against the guard and the guard's employer for the guard's unlawful use of "
        "force.\n\nSection 2. In an action under section 1, the guard may not assert qualified "
        "immunity as a defense.",
    ),
]
# Committee amendments that strike a bar and a cap clause, quoting the words they strike ("strike
# in their entirety lines 20 through 24, inclusive, being "..."", 'strike "NOTWITHSTANDING ...,"'):
# the struck words are no longer law, every verdict "no".
CONSTRUCTION_DENIES_A_CLAIM += [
    (
        "MD",
        "AMENDMENTS TO SENATE BILL 410\n\nAMENDMENT NO. 1\nOn page 2, strike in their entirety lines "
        '4 through 7, inclusive, being "(B) QUALIFIED IMMUNITY IS NOT A DEFENSE TO AN ACTION UNDER '
        'THIS SECTION."; and in line 9, strike "SHALL" and substitute "MAY".\n\nAMENDMENT NO. 2\nOn '
        'page 3, in line 1, strike "NOTWITHSTANDING § 5-303 OF THIS ARTICLE,".',
    ),
]
