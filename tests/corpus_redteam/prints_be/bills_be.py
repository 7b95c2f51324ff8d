# Batch BE bills (written for this project; not copied from any bill).
# Markup: paragraphs are separated by newlines; <u>..</u> underlined new law, <b>..</b> bold new
# law (Missouri), <s>..</s> struck law (its visible marker, [..] or ((..)), is written in the text).
# head: title-block lines; "A||B" is a two-column row; a leading "^" centres the line.

CRIT = [
    "end.law_enforcement",
    "end.public_employees",
    "end.state_constitution",
    "end.damage_caps",
    "start.failure_to_intervene",
    "start.full_compensation",
    "start.attorney_fees",
    "start.individual_accountability",
    "start.public_records",
]

TRAP_REASONS = None  # filled per bill

BILLS = []


def bill(**kw):
    BILLS.append(kw)


# ---------------------------------------------------------------- New York
bill(
    id="BE01",
    form="NY",
    state="NY",
    no="S. 4872",
    code="LBD07731-01-1",
    style="New York 2021 Senate print: new Civil Rights Law 79-q (police and peace officers, any state constitutional right, 'including by failing to intervene', good faith / clearly established / QI barred, fees shall) and POL 18 amended '[may] SHALL' with full payment and the intentional-wrongdoing carve-out struck in brackets; NY has no cap",
    head=[
        "^STATE OF NEW YORK",
        "^4872",
        "^2021-2022 Regular Sessions",
        "^IN SENATE",
        "^February 11, 2021",
        "Introduced by Sens. HARLOW, OKAFOR -- read twice and ordered printed, and when printed to be committed to the Committee on Codes",
    ],
    body="""AN ACT to amend the civil rights law and the public officers law, in relation to establishing a civil action for the deprivation of rights by police officers and peace officers
The People of the State of New York, represented in Senate and Assembly, do enact as follows:
Section 1. The civil rights law is amended by adding a new section 79-q to read as follows:
§ 79-q. Civil action for deprivation of rights by police and peace officers. 1. For the purposes of this section, "officer" means any police officer as defined in subdivision thirty-four of section 1.20 of the criminal procedure law and any peace officer as defined in section 2.10 of the criminal procedure law.
2. An officer who, under color of law, subjects or causes to be subjected any person to the deprivation of any right, privilege or immunity secured by the constitution of this state, including by failing to intervene to prevent such a deprivation by another officer, shall be liable to the person injured in an action at law, suit in equity or other proper proceeding for redress.
3. It shall not be a defense to an action under this section that the officer acted in good faith, or that the officer believed, reasonably or otherwise, that his or her conduct was lawful at the time, or that the right was not clearly established by a prior decision of any court. The judicial doctrine of qualified immunity shall not apply to any claim brought under this section.
4. In an action under this section in which the plaintiff prevails, the court shall award reasonable attorney's fees and costs to the plaintiff.
5. An action under this section shall be commenced within three years after the cause of action accrued.
§ 2. Paragraph (a) of subdivision 4 of section 18 of the public officers law, as amended by chapter 277 of the laws of 2008, is amended to read as follows:
(a) The <s>[governing body of any]</s> public entity <s>[that has acted to confer the benefits of this section upon its employees may]</s> EMPLOYING AN OFFICER SHALL indemnify and save harmless its employees in the amount of any judgment obtained against such employees in a state or federal court, or in the amount of any settlement of a claim, AND, IN ANY ACTION UNDER SECTION SEVENTY-NINE-Q OF THE CIVIL RIGHTS LAW, SHALL PAY THE FULL AMOUNT OF SUCH JUDGMENT OR SETTLEMENT, INCLUDING ANY PART THAT CANNOT BE COLLECTED FROM THE EMPLOYEE, provided that the act or omission from which such judgment or settlement arose occurred while the employee was acting within the scope of his or her public employment or duties<s>[; the duty to indemnify and save harmless prescribed by this subdivision shall not arise where the injury or damage resulted from intentional wrongdoing on the part of the employee]</s>.
§ 3. This act shall take effect on the ninetieth day after it shall have become a law and shall apply to causes of action accruing on or after such date.""",
    labels="Y N Y Y P Y Y N N",
    reasons=[
        "claim against police and peace officers; good faith, reasonable belief, clearly-established and QI all barred",
        "police and peace officers only",
        "any right secured by the constitution of this state",
        "New York has no statutory cap on such damages and the bill adds none",
        "failing to intervene only as one way of causing the deprivation",
        "employer SHALL indemnify and pay the full judgment or settlement incl. any part uncollectable; the intentional-wrongdoing carve-out is struck (bracketed old law)",
        "court shall award reasonable fees and costs to a prevailing plaintiff",
        "silent",
        "silent",
    ],
)

bill(
    id="BE02",
    form="NY",
    state="NY",
    no="A. 8315",
    code="LBD11204-02-6",
    style="New York 2026 Assembly print: new Executive Law 215-a for members of the division of state police only (one agency), rights of art. I secs 8, 9, 11, 12, QI barred, stand-alone duty to intervene and report made actionable, indemnity with an actual-malice carve-out, fees 'may', 5%/$25,000 unindemnified share, judgments published; a struck '[every defense and immunity available under federal law]' in sec. 215",
    head=[
        "^STATE OF NEW YORK",
        "^8315",
        "^2025-2026 Regular Sessions",
        "^IN ASSEMBLY",
        "^January 14, 2026",
        "Introduced by M. of A. DELACRUZ, PIETRANGELO -- read once and referred to the Committee on Governmental Operations",
    ],
    body="""AN ACT to amend the executive law, in relation to the civil liability of members of the division of state police for deprivations of certain constitutional rights
The People of the State of New York, represented in Senate and Assembly, do enact as follows:
Section 1. The executive law is amended by adding a new section 215-a to read as follows:
§ 215-a. Civil liability of members. 1. A member of the division of state police who, while acting under color of law, deprives any person of a right secured by section eight, nine, eleven or twelve of article one of the state constitution shall be liable to the person so deprived for damages and for declaratory and injunctive relief.
2. Qualified immunity shall not be a defense to liability under this section, and no member shall be excused from liability because the unlawfulness of his or her conduct was not clearly established.
3. Every member who is present when another member deprives a person of a right described in subdivision one of this section shall take reasonable steps to intervene and stop the deprivation, and shall report it in writing to the superintendent within twenty-four hours. A member who fails to intervene or to report as required by this subdivision shall be liable under subdivision one of this section to the same extent as the member who committed the deprivation.
4. The state shall indemnify a member for any judgment or settlement under this section, except that the state shall not indemnify a member where the trier of fact finds that the member acted with actual malice.
5. In any action under this section the court may allow reasonable attorney's fees to a prevailing plaintiff.
6. Notwithstanding subdivision four of this section, a member against whom a judgment is entered under this section shall personally pay five percent of the judgment or twenty-five thousand dollars, whichever is less, and such share shall not be indemnified.
7. Within thirty days after a judgment or settlement under this section becomes final, the superintendent shall publish on the division's website the amount paid, the date and a summary of the claim.
§ 2. Subdivision 3 of section 215 of the executive law, as amended by chapter 44 of the laws of 2012, is amended to read as follows:
3. The superintendent shall adopt rules for the discipline of members<s>[, and a member shall be entitled to every defense and immunity available under federal law in any civil action arising from the performance of duty]</s>. A MEMBER AGAINST WHOM A JUDGMENT IS ENTERED UNDER SECTION 215-A OF THIS ARTICLE SHALL BE SUBJECT TO DISCIPLINE UNDER SUCH RULES.
§ 3. This act shall take effect on the one hundred eightieth day after it shall have become a law.""",
    labels="P N P Y Y N N Y Y",
    reasons=[
        "QI barred, but only for members of the division of state police (one agency)",
        "one police agency only",
        "only the rights of four enumerated sections of article one",
        "New York has no statutory cap on such damages and the bill adds none",
        "stand-alone duty to intervene and report, with liability for failing",
        "indemnity with an actual-malice carve-out",
        "court 'may allow' fees",
        "member personally pays 5% or $25,000, whichever is less, not indemnified",
        "superintendent shall publish each judgment and settlement",
    ],
)

bill(
    id="BE03",
    form="NY",
    state="NY",
    no="S. 7120",
    code="LBD13390-01-2",
    style="New York 2022 Senate print, trap: FOIL amendments (body-camera recordings of shootings released within 45 days, copy fees at cost with a struck $50 ceiling, '[may] SHALL' assess fees against agencies in article 78 records suits, good-faith disclosure immunity for employees)",
    head=[
        "^STATE OF NEW YORK",
        "^7120",
        "^2021-2022 Regular Sessions",
        "^IN SENATE",
        "^January 19, 2022",
        "Introduced by Sen. ABERNATHY -- read twice and ordered printed, and when printed to be committed to the Committee on Investigations and Government Operations",
    ],
    body="""AN ACT to amend the public officers law, in relation to the release of body-worn camera recordings and to attorney's fees in proceedings to obtain records
The People of the State of New York, represented in Senate and Assembly, do enact as follows:
Section 1. Subdivision 1 of section 87 of the public officers law is amended by adding a new paragraph (d) to read as follows:
(D) EACH LAW ENFORCEMENT AGENCY SHALL MAKE AVAILABLE TO THE PUBLIC ANY BODY-WORN CAMERA RECORDING OF AN INCIDENT IN WHICH AN OFFICER DISCHARGED A FIREARM AT A PERSON, WITHIN FORTY-FIVE DAYS AFTER THE INCIDENT, EXCEPT AS PROVIDED IN SUBDIVISION TWO OF THIS SECTION. THE FEE FOR A COPY OF SUCH A RECORDING SHALL NOT EXCEED THE ACTUAL COST OF REPRODUCTION<s>[, BUT IN NO CASE SHALL BE MORE THAN FIFTY DOLLARS]</s>.
§ 2. Paragraph (c) of subdivision 4 of section 89 of the public officers law, as amended by chapter 453 of the laws of 2017, is amended to read as follows:
(c) The court in such a proceeding <s>[may]</s> SHALL assess, against such agency involved, reasonable attorney's fees and other litigation costs reasonably incurred by such person in any case under the provisions of this section in which such person has substantially prevailed, and when the agency failed to respond to a request or appeal within the statutory time.
§ 3. The public officers law is amended by adding a new section 89-a to read as follows:
§ 89-a. Disclosure in good faith. No officer or employee of an agency shall be subject to civil liability for the disclosure in good faith of a recording or record pursuant to this article.
§ 4. This act shall take effect on the sixtieth day after it shall have become a law.""",
    labels="N N N N N N N N N",
    reasons=["trap: records-access bill; no civil claim or immunity for rights violations"] * 9,
)

# ---------------------------------------------------------------- Missouri
bill(
    id="BE04",
    form="MO",
    state="MO",
    no="HB 917",
    session="FIRST REGULAR SESSION",
    ga="101ST GENERAL ASSEMBLY",
    intro="INTRODUCED BY REPRESENTATIVE BRANNIGAN.",
    code="2039H.01I",
    clerk="DANA RADEMAN MILLER, Chief Clerk",
    kind="HOUSE BILL NO. 917",
    style="Missouri 2021 House bill: new RSMo 537.046 against every public employee (state or political subdivision), any state constitutional right, sovereign / official / QI / public-duty defenses barred, 537.610 limits lifted, indemnity of compensatory damages only, fees shall but capped at $50,000, discretionary contribution up to 10%",
    body="""AN ACT To amend chapter 537, RSMo, by adding thereto one new section relating to civil actions for the deprivation of rights.
Be it enacted by the General Assembly of the state of Missouri, as follows:
Section A. Chapter 537, RSMo, is amended by adding thereto one new section, to be known as section 537.046, to read as follows:
<b>537.046. 1. As used in this section, "public employee" means any officer, employee or agent of the state or of any political subdivision of the state, including any peace officer, whether elected, appointed or employed.</b>
<b>2. Any public employee who, under color of law, subjects or causes to be subjected any person to the deprivation of any right, privilege or immunity secured by the constitution of this state shall be liable to the party injured in an action at law, suit in equity or other proper proceeding for redress.</b>
<b>3. Neither sovereign immunity, official immunity, the public duty doctrine, nor qualified immunity shall be a defense to an action brought under this section.</b>
<b>4. The limitations on liability set out in section 537.610 shall not apply to any judgment or settlement in an action under this section.</b>
<b>5. The public entity employing the defendant shall indemnify the defendant for any compensatory damages awarded in an action under this section. Punitive damages shall be paid by the defendant.</b>
<b>6. In any action under this section, the court shall award a prevailing plaintiff reasonable attorney's fees and costs, not to exceed fifty thousand dollars.</b>
<b>7. The public entity may seek contribution from the employee, in an amount not exceeding ten percent of the judgment, if the entity finds that the employee's conduct was contrary to its written policies.</b>
<b>8. An action under this section shall be commenced within three years after the cause of action accrues.</b>""",
    labels="Y Y Y Y N P P P N",
    reasons=[
        "claim against every public employee incl. peace officers; QI and other immunities barred",
        "every officer, employee or agent of the state or any political subdivision",
        "any right secured by the constitution of this state",
        "537.610 limits made inapplicable and sovereign immunity barred",
        "silent",
        "indemnity of compensatory damages only; punitive damages left to the defendant",
        "fees mandatory but capped at $50,000",
        "contribution is discretionary ('may seek') and limited",
        "silent",
    ],
)

bill(
    id="BE05",
    form="MO",
    state="MO",
    no="SB 388",
    session="FIRST REGULAR SESSION",
    ga="102ND GENERAL ASSEMBLY",
    intro="INTRODUCED BY SENATOR WHITTAKER.",
    code="1477S.01I",
    clerk="KRISTINA MARTIN, Secretary",
    kind="SENATE BILL NO. 388",
    style="Missouri 2023 Senate bill, keeps/widens QI: repeals and re-enacts 537.047 with the old claim and QI bar struck in [brackets] and bold new immunity unless a clearly established right is violated, added to official and sovereign immunity, decided before discovery with immediate appeal, fees to officers for frivolous suits",
    body="""AN ACT To repeal section 537.047, RSMo, and to enact in lieu thereof one new section relating to the liability of peace officers.
Be it enacted by the General Assembly of the state of Missouri, as follows:
Section A. Section 537.047, RSMo, is repealed and one new section enacted in lieu thereof, to be known as section 537.047, to read as follows:
537.047. 1. <s>[Any peace officer who, under color of law, deprives any person of a right secured by the constitution of this state shall be liable to the person injured for damages and equitable relief.</s>
<s>2. Qualified immunity shall not be a defense to an action under this section, and the court shall award reasonable attorney's fees to a prevailing plaintiff.]</s> <b>A peace officer licensed under chapter 590 shall not be liable in any civil action for an act or omission within the scope of the officer's duties unless the act or omission violated a clearly established constitutional or statutory right of which a reasonable officer would have known at the time.</b>
<b>2. The immunity provided in this section is in addition to, and does not limit, official immunity, the public duty doctrine, or sovereign immunity under section 537.600.</b>
<b>3. The court shall decide the question of immunity under this section before discovery. An order denying immunity may be appealed immediately, and all proceedings shall be stayed during the appeal.</b>
<b>4. If the court finds that a civil action against a peace officer was frivolous, the court shall award the officer reasonable attorney's fees and costs.</b>
<b>5. Nothing in this section shall be construed to create a cause of action against a peace officer or to waive any immunity of the state or of any political subdivision.</b>
Section B. Because immediate action is necessary to protect the officers who serve the people of this state, the repeal and reenactment of section 537.047 of this act is deemed necessary for the immediate preservation of the public health, welfare, peace, and safety, and is hereby declared to be an emergency act within the meaning of the constitution, and the repeal and reenactment of section 537.047 of this act shall be in full force and effect upon its passage and approval.""",
    labels="N N N N N N N N N",
    reasons=[
        "codifies QI (clearly-established test); the old bar is struck",
        "no claim; immunity widened",
        "the old state-constitution claim is struck; no claim remains",
        "Missouri's caps remain; bill silent",
        "silent",
        "silent",
        "fees only to officers for frivolous suits",
        "silent",
        "silent",
    ],
)

bill(
    id="BE06",
    form="MO",
    state="MO",
    no="HB 1142",
    session="FIRST REGULAR SESSION",
    ga="103RD GENERAL ASSEMBLY",
    intro="INTRODUCED BY REPRESENTATIVE OYELARAN.",
    code="2810H.01I",
    clerk="JOSEPH ENGLER, Chief Clerk",
    kind="HOUSE BILL NO. 1142",
    style="Missouri 2025 House bill, trap: opioid-antagonist Good Samaritan section (immunity for peace officers, firefighters and others who administer naloxone in good faith), agency reporting and published totals, reimbursement 'not to exceed' $10,000",
    body="""AN ACT To repeal section 195.206, RSMo, and to enact in lieu thereof one new section relating to opioid antagonists.
Be it enacted by the General Assembly of the state of Missouri, as follows:
Section A. Section 195.206, RSMo, is repealed and one new section enacted in lieu thereof, to be known as section 195.206, to read as follows:
195.206. 1. As used in this section, "opioid antagonist" means naloxone hydrochloride or any other drug approved by the federal Food and Drug Administration that blocks the effects of an opioid overdose.
2. Any person may possess and administer an opioid antagonist to a person whom he or she believes in good faith to be suffering an opioid-related overdose.
3. A licensed health care professional, pharmacist, <s>[or]</s> <b>peace officer, firefighter, emergency medical technician, or</b> other person who, acting in good faith and with reasonable care, administers an opioid antagonist to a person whom he or she believes to be suffering an opioid-related overdose shall be immune from criminal prosecution, disciplinary actions from his or her professional licensing board, and civil liability due to such administration.
<b>4. Each law enforcement agency that equips its officers with opioid antagonists shall report annually to the department of health and senior services the number of administrations by its officers, and the department shall publish the statewide totals on its website.</b>
<b>5. The department may reimburse a law enforcement agency for the cost of opioid antagonists, in an amount not to exceed ten thousand dollars per agency per year.</b>
<b>6. A pharmacist may dispense an opioid antagonist under a statewide standing order issued by the director of the department, and a pharmacist who so dispenses in good faith shall not be subject to discipline for the dispensing.</b>
<b>7. Nothing in this section shall be construed to create a duty to administer an opioid antagonist.</b>""",
    labels="N N N N N N N N N",
    reasons=["trap: Good Samaritan naloxone immunity; no claim for rights violations"] * 9,
)

# ---------------------------------------------------------------- Washington
bill(
    id="BE07",
    form="WA",
    state="WA",
    no="HB 1902",
    code="H-2214.1",
    kind="HOUSE BILL 1902",
    leg="State of Washington 67th Legislature 2022 Regular Session",
    by="By Representatives Lindqvist, Abara, and Tso",
    read="Read first time 01/12/22. Referred to Committee on Civil Rights & Judiciary.",
    style="Washington 2022 House bill: new chapter against peace officers and corrections officers, any right under the state Constitution or laws, good faith / clearly established / QI barred, stand-alone duty to intervene and report made actionable, fees shall, mandatory decertification on judgment, full indemnity, RCW 4.24.420 amended with a ((struck)) sentence; WA has no cap",
    body="""AN ACT Relating to civil liability of peace officers and corrections officers for violations of rights; amending RCW 4.24.420; and adding a new chapter to Title 4 RCW.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:
NEW SECTION. Sec. 1. The definitions in this section apply throughout this chapter unless the context clearly requires otherwise.
(1) "Employer" means the state agency or local government that employs or commissions the officer.
(2) "Officer" means any general authority Washington peace officer, limited authority Washington peace officer, or specially commissioned Washington peace officer as defined in RCW 10.93.020, and any corrections officer employed by the state or a local government.
NEW SECTION. Sec. 2. (1) An officer who, under color of law, deprives a person of any right secured by the Constitution or laws of the state of Washington is liable to the injured person for damages, including punitive damages, and for declaratory and injunctive relief.
(2) It is not a defense to an action under this section that the officer acted in good faith or that the right was not clearly established at the time. The doctrine of qualified immunity does not apply to actions under this section.
(3) An officer who is present when another officer deprives a person of a right described in subsection (1) of this section has a duty to intervene to stop the deprivation and to report it to a supervisor without delay. An officer who breaches this duty is liable under subsection (1) of this section for the resulting injury.
(4) The court shall award reasonable attorneys' fees and costs to a prevailing plaintiff.
NEW SECTION. Sec. 3. The employer shall indemnify the officer for the full amount of any judgment or settlement under section 2 of this act, including any portion that the officer is unable to pay.
NEW SECTION. Sec. 4. The criminal justice training commission shall revoke the certification of any officer against whom a final judgment is entered under section 2 of this act.
Sec. 5. RCW 4.24.420 and 1987 c 212 s 901 are each amended to read as follows:
It is a complete defense to any action for damages for personal injury or wrongful death that the person injured or killed was engaged in the commission of a felony at the time of the occurrence causing the injury or death and the felony was a proximate cause of the injury or death. ((However, nothing in this section shall affect a right of action under 42 U.S.C. Sec. 1983.)) This section does not apply to an action under 42 U.S.C. Sec. 1983 or under section 2 of this act.
NEW SECTION. Sec. 6. Sections 1 through 4 of this act constitute a new chapter in Title 4 RCW.""",
    labels="Y N Y Y Y Y Y Y N",
    reasons=[
        "claim against peace officers; good faith, clearly-established and QI barred",
        "peace officers plus corrections officers only",
        "any right secured by the Constitution or laws of the state",
        "Washington has no statutory cap on such damages and the bill adds none",
        "stand-alone duty to intervene and report with liability for breach",
        "employer shall indemnify the full amount incl. any portion the officer cannot pay",
        "court shall award fees and costs to a prevailing plaintiff",
        "commission shall revoke certification on a final judgment",
        "silent",
    ],
)

bill(
    id="BE08",
    form="WA",
    state="WA",
    no="SB 6011",
    code="S-3120.2",
    kind="SENATE BILL 6011",
    leg="State of Washington 68th Legislature 2024 Regular Session",
    by="By Senators Halvorsen and Prieto",
    read="Read first time 01/09/24. Referred to Committee on Law & Justice.",
    style="Washington 2024 Senate bill, keeps QI: a state claim against general authority peace officers for art. I sec. 7 searches and sec. 3 due process, but every section 1983 defense including QI kept; employer pays the full judgment; fees 'may' to the prevailing party; WA has no cap",
    body="""AN ACT Relating to a state remedy for unreasonable searches and deprivations of due process by peace officers; and adding a new chapter to Title 4 RCW.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:
NEW SECTION. Sec. 1. (1) A peace officer who, under color of law, subjects a person to an unreasonable search or seizure in violation of Article I, section 7 of the state Constitution, or deprives a person of due process of law in violation of Article I, section 3 of the state Constitution, is liable to the injured person for damages.
(2) An officer sued under this section may assert any defense or immunity that would be available to the officer in an action under 42 U.S.C. Sec. 1983, including qualified immunity.
(3) For the purposes of this chapter, "peace officer" means a general authority Washington peace officer as defined in RCW 10.93.020.
NEW SECTION. Sec. 2. The employing agency shall defend the officer and shall pay the full amount of any judgment or settlement entered against the officer in an action under section 1 of this act, including any portion the officer is unable to pay.
NEW SECTION. Sec. 3. In an action under section 1 of this act, the court may award reasonable attorneys' fees to the prevailing party.
NEW SECTION. Sec. 4. An action under section 1 of this act must be commenced within two years after the cause of action accrues.
NEW SECTION. Sec. 5. Sections 1 through 4 of this act constitute a new chapter in Title 4 RCW.
NEW SECTION. Sec. 6. If any provision of this act or its application to any person or circumstance is held invalid, the remainder of the act or the application of the provision to other persons or circumstances is not affected.
NEW SECTION. Sec. 7. This act applies to causes of action arising on or after the effective date of this act.""",
    labels="N N P Y N Y N N N",
    reasons=[
        "QI expressly kept as a defense",
        "QI kept; peace officers only",
        "state-constitution claim kept with QI, covering two enumerated sections (art. I secs 3 and 7)",
        "Washington has no statutory cap on such damages and the bill adds none",
        "silent",
        "employer shall pay the full judgment incl. any portion the officer cannot pay",
        "fees only 'may' be awarded",
        "silent",
        "silent",
    ],
)

bill(
    id="BE09",
    form="WA",
    state="WA",
    no="HB 1417",
    code="H-0877.1",
    kind="HOUSE BILL 1417",
    leg="State of Washington 69th Legislature 2025 Regular Session",
    by="By Representatives Mbeki, Farrow, and Quist",
    read="Read first time 01/20/25. Referred to Committee on Civil Rights & Judiciary.",
    style="Washington 2025 House bill, trap: wrongful-conviction compensation raised (((fifty)) seventy-five thousand a year), fees 'must award' but capped, published annual totals",
    body="""AN ACT Relating to compensation for wrongful convictions; amending RCW 4.100.060; and adding a new section to chapter 4.100 RCW.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:
Sec. 1. RCW 4.100.060 and 2013 c 175 s 6 are each amended to read as follows:
(5) If the jury or, in the case where the right to a jury is waived, the court finds by clear and convincing evidence that the claimant was wrongly convicted, the court must order the state to pay the actual damages calculated and must award:
(a) Compensation of ((fifty)) seventy-five thousand dollars for each year of actual confinement including time spent awaiting trial and an additional ((fifty)) seventy-five thousand dollars for each year served under a sentence of death;
(b) Reasonable attorneys' fees calculated at ((ten)) twelve percent of the monetary damages awarded, plus expenses. Attorneys' fees may not exceed ((seventy-five)) one hundred thousand dollars.
(c) Compensation for child support payments owed by the claimant that became due during the claimant's confinement, together with any interest on such payments;
(d) Reimbursement for all restitution, assessments, fees, court costs, and all other sums paid by the claimant as required by pretrial orders and the judgment and sentence; and
(e) Reentry services, including counseling, housing assistance, and job training, for a period of up to ((ten)) twelve years.
NEW SECTION. Sec. 2. A new section is added to chapter 4.100 RCW to read as follows:
By December 1st of each year, the office of the attorney general shall publish on its website the number of claims filed under this chapter, the number of awards entered, and the total amount paid.
NEW SECTION. Sec. 3. This act applies to claims pending on or filed after the effective date of this act.""",
    labels="N N N N N N N N N",
    reasons=["trap: wrongful-conviction compensation against the state; no officer liability"] * 9,
)

# ---------------------------------------------------------------- Illinois
bill(
    id="BE10",
    form="IL",
    state="IL",
    no="SB2871",
    lrb="LRB102 09876 RLC 20112 b",
    ga="102ND GENERAL ASSEMBLY",
    years="2021 and 2022",
    intro="Introduced 1/19/2022, by Sen. Marcus Thibodeaux",
    synopsis=[("New Act", ""), ("745 ILCS 10/2-202", "from Ch. 85, par. 2-202")],
    synopsis_text="Creates the Local Law Enforcement Accountability Act. Provides a civil action against municipal and county law enforcement officers who deprive a person of rights under the Illinois Constitution. Effective immediately.",
    style="Illinois 2022 Senate bill (LRB heads, two-column synopsis): new Act against municipal police and county sheriff's officers only, any Illinois constitutional right 'including by failing to intervene', QI and the Tort Immunity Act (incl. the punitive-damages bar) inapplicable, fees shall, indemnity of compensatory damages only, settlements of $100,000 or more published; 2-202 amended with underlined new text",
    body="""AN ACT concerning civil law.
Be it enacted by the People of the State of Illinois, represented in the General Assembly:
Section 1. Short title. This Act may be cited as the Local Law Enforcement Accountability Act.
Section 5. Definitions. As used in this Act: "Local law enforcement officer" means a sworn officer of a municipal police department or of a county sheriff's office. "Employer" means the unit of local government that employs the officer.
Section 10. Civil action. (a) A local law enforcement officer who, under color of law, deprives a person of any right secured by the Illinois Constitution, including by failing to intervene to prevent another officer from doing so, is liable to that person in a civil action for damages and equitable relief.
(b) Qualified immunity is not a defense to liability under this Section. The Local Governmental and Governmental Employees Tort Immunity Act does not apply to an action under this Section, and neither Section 2-102 of that Act, which bars punitive damages, nor any other statutory limitation on the amount of damages applies to such an action.
(c) The court shall award reasonable attorney's fees and costs to a prevailing plaintiff.
Section 15. Indemnification. The employer shall indemnify the officer for compensatory damages awarded under this Act, but not for punitive damages.
Section 20. Records. The employer shall publish on its website each judgment or settlement under this Act of $100,000 or more, within 30 days after it becomes final.
Section 90. The Local Governmental and Governmental Employees Tort Immunity Act is amended by changing Section 2-202 as follows:
(745 ILCS 10/2-202) (from Ch. 85, par. 2-202)
Sec. 2-202. A public employee is not liable for his act or omission in the execution or enforcement of any law unless such act or omission constitutes willful and wanton conduct. <u>This Section does not apply to an action under the Local Law Enforcement Accountability Act.</u>
Section 99. Effective date. This Act takes effect upon becoming law.""",
    labels="P N Y Y P P Y N P",
    reasons=[
        "QI barred only for municipal and county sheriff's officers (State Police and other agencies left out)",
        "local law enforcement only",
        "any right secured by the Illinois Constitution",
        "Tort Immunity Act and every statutory damages limit (incl. the punitive bar) made inapplicable",
        "failing to intervene only as one way of causing the deprivation",
        "indemnity of compensatory damages only",
        "court shall award fees and costs to a prevailing plaintiff",
        "silent",
        "only judgments or settlements of $100,000 or more",
    ],
)

bill(
    id="BE11",
    form="IL",
    state="IL",
    no="HB4410",
    lrb="LRB103 37215 JRC 67310 b",
    ga="103RD GENERAL ASSEMBLY",
    years="2023 and 2024",
    intro="Introduced 2/7/2024, by Rep. Odalys Parker",
    synopsis=[("740 ILCS 23/6 new", ""), ("705 ILCS 505/8", "from Ch. 37, par. 439.8")],
    synopsis_text="Amends the Illinois Civil Rights Act of 2003. Provides a civil action against State and local officers and employees for deprivations of certain rights. Amends the Court of Claims Act concerning awards.",
    style="Illinois 2024 House bill: Civil Rights Act sec. 6 against every officer or employee of the State, local governments, school districts and other public bodies, rights of art. I secs 2, 4 and 6 only, bar through dismissal on the clearly-established / reasonable-official grounds, fees shall only in injunctive or declaratory actions, indemnity 'may', Court of Claims tort cap raised to $500,000 for these claims but kept",
    body="""AN ACT concerning civil rights.
Be it enacted by the People of the State of Illinois, represented in the General Assembly:
Section 5. The Illinois Civil Rights Act of 2003 is amended by adding Section 6 as follows:
(740 ILCS 23/6 new)
<u>Sec. 6. Deprivation of certain rights by public officers and employees.</u>
<u>(a) Any officer or employee of the State, of any unit of local government, of any school district or of any other public body who, under color of law, deprives a person of the freedom of speech guaranteed by Section 4 of Article I of the Illinois Constitution, of the right to be free from unreasonable searches and seizures guaranteed by Section 6 of Article I, or of due process or equal protection guaranteed by Section 2 of Article I, is liable to that person in a civil action.</u>
<u>(b) The court shall not dismiss an action under this Section, or enter judgment for a defendant, on the ground that the right was not clearly established at the time of the conduct or that a reasonable official could have believed the conduct to be lawful.</u>
<u>(c) In an action under this Section seeking only injunctive or declaratory relief, the court shall award reasonable attorney's fees and costs to a prevailing plaintiff.</u>
<u>(d) A public body may indemnify its officer or employee for a judgment entered under this Section.</u>
Section 10. The Court of Claims Act is amended by changing Section 8 as follows:
(705 ILCS 505/8) (from Ch. 37, par. 439.8)
Sec. 8. Court of Claims jurisdiction. The court shall have exclusive jurisdiction to hear and determine the following matters: (d) All claims against the State for damages in cases sounding in tort, if a like cause of action would lie against a private person or corporation in a civil suit; provided, that an award for damages in a case sounding in tort shall not exceed the sum of $100,000 to or for the benefit of any claimant<u>, except that an award in a claim under Section 6 of the Illinois Civil Rights Act of 2003 shall not exceed $500,000</u>.
Section 99. Effective date. This Act takes effect January 1, 2025.""",
    labels="Y Y P P N N P N N",
    reasons=[
        "claim against all public officers and employees incl. police; the clearly-established / reasonable-official grounds may not defeat it",
        "every officer or employee of the State, local governments, school districts and other public bodies",
        "only the rights of three enumerated sections of article I",
        "Court of Claims cap raised to $500,000 for these claims but still applies",
        "silent",
        "indemnity only 'may'",
        "fees mandatory only in injunctive or declaratory actions",
        "silent",
        "silent",
    ],
)

bill(
    id="BE12",
    form="IL",
    state="IL",
    no="HB3120",
    lrb="LRB102 14420 AWJ 19765 b",
    ga="102ND GENERAL ASSEMBLY",
    years="2021 and 2022",
    intro="Introduced 2/19/2021, by Rep. Grace Whitfield",
    synopsis=[("50 ILCS 705/6.3", ""), ("50 ILCS 705/10.26 new", "")],
    synopsis_text="Amends the Illinois Police Training Act. Requires decertification of officers who fail to intervene in excessive force, training on the duty to intervene, and publication of decertifications.",
    style="Illinois 2021 House bill, trap: Police Training Act changes (Board '[may] shall' decertify for failing to intervene, training hours, immunity for good-faith reporters, decertifications published) with no civil claim",
    body="""AN ACT concerning law enforcement.
Be it enacted by the People of the State of Illinois, represented in the General Assembly:
Section 5. The Illinois Police Training Act is amended by changing Section 6.3 and by adding Section 10.26 as follows:
(50 ILCS 705/6.3)
Sec. 6.3. Discretionary decertification. After a hearing, the Board <s>[may]</s> <u>shall</u> decertify a law enforcement officer who is found to have failed to intervene to prevent another officer's use of excessive force when the officer had a reasonable opportunity to do so. <u>The Board shall publish the name of each decertified officer and the reason for the decertification on its website.</u>
(50 ILCS 705/10.26 new)
<u>Sec. 10.26. Duty to intervene training. Each law enforcement officer shall complete at least 4 hours of training every 3 years on the duty to intervene and the duty to report excessive force. An officer who reports another officer's use of excessive force in good faith shall not be disciplined or retaliated against for the report, and is immune from civil liability arising from the report.</u>
Section 10. The Freedom of Information Act is amended by changing Section 7.5 as follows:
(5 ILCS 140/7.5)
Sec. 7.5. Statutory exemptions. The following shall be exempt from inspection and copying: <u>(vvv) Reports of a duty to intervene made to the Illinois Law Enforcement Training Standards Board, except as provided in Section 6.3 of the Illinois Police Training Act.</u>
Section 99. Effective date. This Act takes effect July 1, 2022.""",
    labels="N N N N N N N N N",
    reasons=["trap: training and decertification only; no civil claim against officers"] * 9,
)

# ---------------------------------------------------------------- Pennsylvania
bill(
    id="BE13",
    form="PA",
    state="PA",
    no="SB 1187",
    pn="1422",
    chamber="SENATE",
    session="Session of 2022",
    pnfoot="20220SB1187PN1422",
    intro="INTRODUCED BY ROSSETTI AND KIMBLE, MAY 3, 2022",
    ref="REFERRED TO JUDICIARY, MAY 3, 2022",
    style="Pennsylvania 2022 Senate print (printer's number footers, two-column title page): new 42 Pa.C.S. 8372 against State Police, municipal police, sheriffs and deputies, any right under the Pennsylvania Constitution, QI / clearly established / good faith barred, 8528 and 8553 inapplicable, full indemnity notwithstanding 8550 with a backstop, 5%/$25,000 share, fees shall; 8550 amended with underlined text",
    body="""AN ACT
Amending Title 42 (Judiciary and Judicial Procedure) of the Pennsylvania Consolidated Statutes, in actions, proceedings and other matters generally, providing for civil action for deprivation of rights by law enforcement officers; and, in matters affecting government units, further providing for willful misconduct.
The General Assembly of the Commonwealth of Pennsylvania hereby enacts as follows:
Section 1. Title 42 of the Pennsylvania Consolidated Statutes is amended by adding a section to read:
<u>§ 8372. Civil action for deprivation of rights by law enforcement officers.</u>
<u>(a) Cause of action.--A law enforcement officer who, under color of law, deprives a person of any right secured by the Constitution of Pennsylvania is liable to the person injured in an action at law or in equity.</u>
<u>(b) Defenses.--Qualified immunity, and any defense that the officer's conduct did not violate clearly established law or was undertaken in good faith, shall not be a defense to an action under this section.</u>
<u>(c) Limitations on damages inapplicable.--Sections 8528 (relating to limitations on damages) and 8553 (relating to limitations on damages) shall not apply to an action under this section.</u>
<u>(d) Indemnification.--Notwithstanding section 8550 (relating to willful misconduct), the employing Commonwealth agency or local agency shall indemnify the officer for the full amount of a judgment or settlement under this section, except as provided in subsection (e).</u>
<u>(e) Personal contribution.--An officer against whom a judgment is entered under this section shall personally pay 5% of the judgment or $25,000, whichever is less. If the officer does not pay the amount within 180 days, the employing agency shall pay it and may recover it from the officer.</u>
<u>(f) Attorney fees.--The court shall award reasonable attorney fees and costs to a prevailing plaintiff.</u>
<u>(g) Definition.--As used in this section, the term "law enforcement officer" means a member of the Pennsylvania State Police, a police officer as defined in 53 Pa.C.S. § 2162 (relating to definitions), a sheriff or a deputy sheriff.</u>
Section 2. Section 8550 of Title 42 is amended to read:
§ 8550. Willful misconduct.
In any action against a local agency or employee thereof for damages on account of an injury caused by the act of the employee in which it is judicially determined that the act of the employee caused the injury and that such act constituted a crime, actual fraud, actual malice or willful misconduct, the provisions of sections 8545 (relating to official liability generally), 8546 (relating to defense of official immunity), 8548 (relating to indemnity) and 8549 (relating to limitation on damages) shall not apply. <u>This section shall not limit section 8372 (relating to civil action for deprivation of rights by law enforcement officers).</u>
Section 3. This act shall take effect in 60 days.""",
    labels="Y N Y Y N Y Y Y N",
    reasons=[
        "claim against State Police, municipal police, sheriffs and deputies; QI, clearly-established and good faith barred",
        "law enforcement only",
        "any right secured by the Constitution of Pennsylvania",
        "sections 8528 and 8553 made inapplicable",
        "silent",
        "employer shall indemnify the full amount; the officer's unpaid share is backstopped by the agency",
        "court shall award fees and costs to a prevailing plaintiff",
        "officer personally pays 5% or $25,000, whichever is less",
        "silent",
    ],
)

bill(
    id="BE14",
    form="PA",
    state="PA",
    no="HB 1904",
    pn="2210",
    chamber="HOUSE",
    session="Session of 2025",
    pnfoot="20250HB1904PN2210",
    intro="INTRODUCED BY OSWALT, DRESCHER AND LUNDY, SEPTEMBER 8, 2025",
    ref="REFERRED TO JUDICIARY, SEPTEMBER 8, 2025",
    style="Pennsylvania 2025 House print, codifies/widens QI: 42 Pa.C.S. 8546 amended to add a clearly-established defense for local employees sued for state constitutional violations, decided early with appeal, and to strike a [law enforcement exception] from the good-faith defense",
    body="""AN ACT
Amending Title 42 (Judiciary and Judicial Procedure) of the Pennsylvania Consolidated Statutes, in matters affecting government units, further providing for defense of official immunity.
The General Assembly of the Commonwealth of Pennsylvania hereby enacts as follows:
Section 1. Section 8546 of Title 42 of the Pennsylvania Consolidated Statutes is amended to read:
§ 8546. Defense of official immunity.
In any action brought against an employee of a local agency for damages on account of an injury to a person or property based upon claims arising from, or reasonably related to, the office or the performance of the duties of the employee, the employee may assert on his own behalf, or the local agency may assert on his behalf:
(1) Defenses which are available at common law to the employee.
(2) The defense that the conduct of the employee which gave rise to the claim was authorized or required by law, or that he in good faith reasonably believed the conduct was authorized or required by law<s>[, except that this paragraph shall not apply to a law enforcement officer sued for the deprivation of a constitutional right]</s>.
(3) The defense that the act of the employee which gave rise to the claim was within the policymaking discretion granted to the employee by law.
<u>(4) In an action alleging that the employee deprived a person of a right secured by the Constitution of Pennsylvania, the defense that the right was not clearly established at the time of the conduct, such that a reasonable employee would not have known that the conduct was unlawful.</u>
<u>(5) The court shall decide a defense under paragraph (4) at the earliest possible stage of the action, and an order denying the defense shall be immediately appealable.</u>
Section 2. This act shall take effect in 60 days.""",
    labels="N N N N N N N N N",
    reasons=[
        "codifies a clearly-established defense (QI) and widens good-faith immunity",
        "immunity widened; no claim",
        "no new claim; QI-type defense added",
        "Pennsylvania's caps remain; bill silent",
        "silent",
        "silent",
        "silent",
        "silent",
        "silent",
    ],
)

bill(
    id="BE15",
    form="PA",
    state="PA",
    no="SB 622",
    pn="711",
    chamber="SENATE",
    session="Session of 2021",
    pnfoot="20210SB0622PN0711",
    intro="INTRODUCED BY HALVERSON AND DIMARCO, APRIL 12, 2021",
    ref="REFERRED TO LAW AND JUSTICE, APRIL 12, 2021",
    style="Pennsylvania 2021 Senate print, trap: separation records shared between law enforcement agencies, good-faith disclosure immunity, records kept out of the Right-to-Know Law, request fee 'not to exceed' $25",
    body="""AN ACT
Amending Title 44 (Law and Justice) of the Pennsylvania Consolidated Statutes, in law enforcement background investigations, providing for disclosure of separation records.
The General Assembly of the Commonwealth of Pennsylvania hereby enacts as follows:
Section 1. Title 44 of the Pennsylvania Consolidated Statutes is amended by adding a section to read:
<u>§ 7403. Disclosure of separation records.</u>
<u>(a) Duty to disclose.--Within ten business days of a request by a hiring law enforcement agency, a law enforcement agency shall disclose to the hiring agency the separation record of a former officer, including any finding of misconduct and any pending complaint.</u>
<u>(b) Immunity.--A law enforcement agency, and its employees and agents, that disclose information under this section in good faith shall be immune from civil liability for the disclosure.</u>
<u>(c) Confidentiality.--Information disclosed under this section shall not be a public record under the act of February 14, 2008 (P.L.6, No.3), known as the Right-to-Know Law.</u>
<u>(d) Fees.--A law enforcement agency may charge a fee not to exceed $25 for each request under this section.</u>
<u>(e) Regulations.--The Municipal Police Officers' Education and Training Commission shall promulgate regulations to implement this section, including a standard form for separation records.</u>
<u>(f) Definitions.--As used in this section, the term "separation record" means a record of the reasons for which an officer left employment with a law enforcement agency, including any resignation during a pending investigation.</u>
Section 2. This act shall take effect in 90 days.""",
    labels="N N N N N N N N N",
    reasons=["trap: agency-to-agency records and disclosure immunity; no civil claim"] * 9,
)

# ---------------------------------------------------------------- Ohio
bill(
    id="BE16",
    form="OH",
    state="OH",
    no="H. B. No. 377",
    ga="135th General Assembly",
    sess="Regular Session 2023-2024",
    sponsors="Representatives Kowalczyk, Banerjee",
    style="Ohio 2023 House bill: new R.C. 5503.50 against state highway patrol troopers only (one agency), unreasonable search or seizure under art. I sec. 14 only, QI and R.C. 9.86 barred, the bill's own $1,000,000 cap, indemnity up to $250,000, fees 'may', mandatory dismissal on judgment, judgments posted",
    body="""A BILL
To enact section 5503.50 of the Revised Code to establish a civil action against state highway patrol troopers for unreasonable searches and seizures.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:
Section 1. That section 5503.50 of the Revised Code be enacted to read as follows:
<u>Sec. 5503.50. (A) As used in this section, "trooper" means a state highway patrol trooper appointed under section 5503.01 of the Revised Code.</u>
<u>(B) A trooper who, while acting under color of law, subjects a person to an unreasonable search or seizure in violation of Section 14 of Article I, Ohio Constitution, is liable to that person in a civil action for damages and injunctive relief.</u>
<u>(C) The defense of qualified immunity is not available in an action under this section, and section 9.86 of the Revised Code does not apply to such an action.</u>
<u>(D) Damages awarded in an action under this section shall not exceed one million dollars per claimant.</u>
<u>(E) The state shall indemnify the trooper for up to two hundred fifty thousand dollars of any judgment entered under this section.</u>
<u>(F) The court may award reasonable attorney's fees to a prevailing plaintiff.</u>
<u>(G) The superintendent of the state highway patrol shall dismiss from the patrol any trooper against whom a final judgment is entered under this section.</u>
<u>(H) The superintendent shall post each judgment and settlement under this section on the patrol's web site within thirty days after it becomes final.</u>
<u>(I) An action under this section shall be commenced within two years after the cause of action accrues.</u>
Section 2. This act applies to conduct occurring on or after its effective date.""",
    labels="P N N N N P N Y Y",
    reasons=[
        "QI barred, but only for state highway patrol troopers (one agency)",
        "one police agency only",
        "unreasonable search or seizure (art. I sec. 14) only",
        "the bill adds its own $1,000,000 cap",
        "silent",
        "indemnity required but capped at $250,000",
        "court 'may' award fees",
        "superintendent shall dismiss a trooper on a final judgment",
        "each judgment and settlement posted",
    ],
)

bill(
    id="BE17",
    form="OH",
    state="OH",
    no="S. B. No. 118",
    ga="136th General Assembly",
    sess="Regular Session 2025-2026",
    sponsors="Senator Dunleavy",
    style="Ohio 2025 Senate bill, widens QI: R.C. 2744.03 amended to strike a [force exception] from the malice/bad-faith exception and add (A)(8), immunity for law enforcement employees from state constitutional claims unless a clearly established right was violated",
    body="""A BILL
To amend section 2744.03 of the Revised Code to clarify the immunity of employees of political subdivisions who perform law enforcement functions.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:
Section 1. That section 2744.03 of the Revised Code be amended to read as follows:
Sec. 2744.03. (A) In a civil action brought against a political subdivision or an employee of a political subdivision to recover damages for injury, death, or loss to person or property allegedly caused by any act or omission in connection with a governmental or proprietary function, the following defenses or immunities may be asserted or established to establish nonliability:
(6) In addition to any immunity or defense referred to in division (A)(7) of this section, the employee is immune from liability unless one of the following applies:
(a) The employee's acts or omissions were manifestly outside the scope of the employee's employment or official responsibilities;
(b) The employee's acts or omissions were with malicious purpose, in bad faith, or in a wanton or reckless manner<s>[, including any use of force by a law enforcement officer that deprived a person of a right secured by the Ohio Constitution]</s>;
(c) Civil liability is expressly imposed upon the employee by a section of the Revised Code.
(7) The political subdivision, and an employee who is a county prosecuting attorney, city director of law, or similar chief legal officer, is entitled to any defense or immunity available at common law or established by the Revised Code.
<u>(8) An employee who performs a law enforcement function is immune from liability in any civil action alleging the deprivation of a right secured by the Ohio Constitution unless the employee's conduct violated a clearly established right of which a reasonable officer would have known.</u>
Section 2. That existing section 2744.03 of the Revised Code is hereby repealed.""",
    labels="N N N N N N N N N",
    reasons=[
        "codifies QI for law enforcement employees; a force exception is struck",
        "immunity widened; no claim",
        "no new claim",
        "Ohio's caps remain; bill silent",
        "silent",
        "silent",
        "silent",
        "silent",
        "silent",
    ],
)

bill(
    id="BE18",
    form="OH",
    state="OH",
    no="H. B. No. 512",
    ga="134th General Assembly",
    sess="Regular Session 2021-2022",
    sponsors="Representatives Treadway, Olumide",
    style="Ohio 2021 House bill, trap: consumer data protection act (private action against controllers, fees shall, statutory damages 'not to exceed' $5,000, public bodies and law enforcement exempt, immunity for disclosures to officers under warrant, attorney general's published report)",
    body="""A BILL
To enact sections 1356.01 to 1356.05 of the Revised Code to enact the Ohio Consumer Data Protection Act.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:
Section 1. That sections 1356.01, 1356.02, 1356.03, 1356.04, and 1356.05 of the Revised Code be enacted to read as follows:
<u>Sec. 1356.01. As used in this chapter, "controller" means a person that determines the purposes and means of processing the personal data of consumers in this state, and "consumer" means a resident of this state acting in a personal capacity.</u>
<u>"Personal data" means information that is linked or reasonably linkable to an identified or identifiable natural person, but does not include deidentified data or publicly available information.</u>
<u>Sec. 1356.02. A consumer may request that a controller disclose, correct, or delete the consumer's personal data, and the controller shall comply within forty-five days.</u>
<u>Sec. 1356.03. A consumer injured by a violation of this chapter may bring a civil action against the controller. The court shall award a prevailing consumer reasonable attorney's fees and statutory damages not to exceed five thousand dollars per violation.</u>
<u>Sec. 1356.04. This chapter does not apply to the state, any political subdivision, or any law enforcement agency. A controller that discloses personal data to a law enforcement officer in response to a warrant or subpoena is immune from civil liability under this chapter for the disclosure.</u>
<u>Sec. 1356.05. The attorney general shall publish each year a report of enforcement actions taken under this chapter.</u>
Section 2. This act takes effect one year after its effective date.""",
    labels="N N N N N N N N N",
    reasons=["trap: consumer privacy act against businesses; public bodies exempt"] * 9,
)

# ---------------------------------------------------------------- New Jersey
bill(
    id="BE19",
    form="NJ",
    state="NJ",
    no="S3348",
    chamber="SENATE",
    num="3348",
    leg="220th LEGISLATURE",
    introduced="INTRODUCED DECEMBER 5, 2022",
    sponsors=[
        ("Senator RENATA OKONKWO", "District 31 (Hudson)"),
        ("Senator DAVID LIEBMAN", "District 15 (Hunterdon and Mercer)"),
    ],
    synopsis="Eliminates qualified immunity as a defense under the New Jersey Civil Rights Act; requires fee awards and indemnification.",
    style="New Jersey 2022 Senate bill (two-column sponsor block, synopsis, legend, statement): NJCRA 10:6-2 amended (underlined QI / clearly established / good faith bar for any person acting under color of law, fees '[may] shall' to a prevailing plaintiff, Tort Claims Act incl. 59:9-2 inapplicable), new section: indemnity with a crime/fraud/malice/willful-misconduct carve-out, judgments and settlements published",
    body="""AN ACT concerning civil rights, amending P.L.2004, c.143 and supplementing Title 59 of the New Jersey Statutes.
BE IT ENACTED by the Senate and General Assembly of the State of New Jersey:
1. Section 2 of P.L.2004, c.143 (C.10:6-2) is amended to read as follows:
2. c. Any person who has been deprived of any substantive due process or equal protection rights, privileges or immunities secured by the Constitution or laws of the United States, or any substantive rights, privileges or immunities secured by the Constitution or laws of this State, or whose exercise or enjoyment of those substantive rights, privileges or immunities has been interfered with or attempted to be interfered with, by threats, intimidation or coercion by a person acting under color of law, may bring a civil action for damages and for injunctive or other appropriate relief. <u>It shall not be a defense to such an action that the defendant is entitled to qualified immunity, that the right was not clearly established, or that the defendant acted in good faith.</u>
f. In addition to any damages, civil penalty, injunction or other appropriate relief awarded in an action brought pursuant to subsection c. of this section, the court <s>[may]</s> <u>shall</u> award <s>[the prevailing party]</s> <u>a prevailing plaintiff</u> reasonable attorney's fees and costs.
<u>g. The provisions of the "New Jersey Tort Claims Act," N.J.S.59:1-1 et seq., including the limitations on recovery in N.J.S.59:9-2, shall not apply to an action under subsection c. of this section.</u>
2. (New section) a. A public entity shall indemnify its employee for any judgment or settlement in an action under subsection c. of section 2 of P.L.2004, c.143 (C.10:6-2), except that the public entity shall not indemnify the employee where the employee's conduct constituted a crime, actual fraud, actual malice or willful misconduct.
b. Each public entity shall annually publish on its Internet website a list of all judgments entered and settlements made in actions under subsection c. of section 2 of P.L.2004, c.143 (C.10:6-2), stating the amount paid and the nature of each claim.
3. This act shall take effect immediately.
STATEMENT
This bill eliminates the defense of qualified immunity in actions under the New Jersey Civil Rights Act, requires courts to award attorney's fees to prevailing plaintiffs, and requires public entities to indemnify their employees and to publish judgments and settlements.""",
    labels="Y Y Y Y N N Y N Y",
    reasons=[
        "claim against any person acting under color of law (incl. police); QI, clearly-established and good faith barred",
        "any person acting under color of law",
        "any substantive right secured by the Constitution or laws of this State",
        "Tort Claims Act and its recovery limits (59:9-2) made inapplicable",
        "silent",
        "indemnity with a crime / fraud / malice / willful-misconduct carve-out",
        "court [may] shall award fees and costs to a prevailing plaintiff",
        "silent",
        "each public entity shall publish all judgments and settlements",
    ],
)

bill(
    id="BE20",
    form="NJ",
    state="NJ",
    no="A4127",
    chamber="ASSEMBLY",
    num="4127",
    leg="221st LEGISLATURE",
    introduced="INTRODUCED MAY 13, 2024",
    sponsors=[
        ("Assemblyman PETER VOSKUIJLEN", "District 12 (Burlington, Middlesex and Ocean)"),
        ("Assemblywoman JOAN MERRIWEATHER", "District 26 (Essex, Morris and Passaic)"),
    ],
    synopsis="Establishes immunity for public employees in civil rights actions unless a clearly established right is violated; requires bond.",
    style="New Jersey 2024 Assembly bill, codifies QI: new section immunising public employees under the NJCRA unless a clearly established right was violated, early decision with appeal, a $1,000 plaintiff's bond for suits against officers; 59:3-3 good-faith immunity extended to NJCRA actions with its [NJCRA exception] struck",
    body="""AN ACT concerning civil actions against public employees, supplementing P.L.2004, c.143 (C.10:6-1 et seq.) and amending N.J.S.59:3-3.
BE IT ENACTED by the Senate and General Assembly of the State of New Jersey:
1. (New section) a. In an action under subsection c. of section 2 of P.L.2004, c.143 (C.10:6-2) against a public employee, the public employee shall be immune from liability for damages unless the plaintiff proves that the employee violated a right that was clearly established at the time, such that every reasonable official would have understood the conduct to be unlawful.
b. The court shall determine the question of immunity on motion before discovery, and an order denying immunity shall be appealable as of right.
c. The Attorney General shall provide for the defense of a State employee in any action described in subsection a. of this section in accordance with N.J.S.59:10A-1.
d. A plaintiff who brings an action described in subsection a. of this section against a law enforcement officer shall post a bond of $1,000, which shall be forfeited to the officer if the action is dismissed.
2. N.J.S.59:3-3 is amended to read as follows:
59:3-3. A public employee is not liable if he acts in good faith in the execution or enforcement of any law. <u>This section shall apply to actions brought under P.L.2004, c.143 (C.10:6-1 et seq.).</u> Nothing in this section exonerates a public employee from liability for false arrest or false imprisonment<s>[, or from liability under P.L.2004, c.143 (C.10:6-1 et seq.)]</s>.
3. This act shall take effect immediately.
STATEMENT
This bill codifies the qualified immunity of public employees in actions under the New Jersey Civil Rights Act.""",
    labels="N N N N N N N N N",
    reasons=[
        "codifies QI and extends good-faith immunity to NJCRA actions",
        "immunity widened",
        "no new claim; QI kept",
        "New Jersey's Tort Claims Act limits remain; bill silent",
        "silent",
        "silent",
        "silent",
        "silent",
        "silent",
    ],
)

bill(
    id="BE21",
    form="NJ",
    state="NJ",
    no="S2950",
    chamber="SENATE",
    num="2950",
    leg="221st LEGISLATURE",
    introduced="INTRODUCED MARCH 3, 2025",
    sponsors=[
        ("Senator MARISOL ETCHEVERRY", "District 20 (Union)"),
        ("Senator THOMAS GRELLER", "District 8 (Atlantic, Burlington and Camden)"),
    ],
    synopsis="Requires suspension or revocation of law enforcement officer licenses for certain conduct; provides immunity for complainants.",
    style="New Jersey 2025 Senate bill, trap: officer licensing (commission shall revoke for excessive force or failing to intervene after a hearing), complainant immunity, published revocations, reimbursement of officers' hearing costs 'not to exceed' $10,000; no civil claim",
    body="""AN ACT concerning law enforcement officer licensing and supplementing Title 52 of the Revised Statutes.
BE IT ENACTED by the Senate and General Assembly of the State of New Jersey:
1. a. The Police Training Commission shall revoke the license of a law enforcement officer who, after notice and a hearing, is found by the commission to have used excessive force or to have failed to intervene when another officer used excessive force in the officer's presence.
b. The commission shall suspend for not less than six months the license of an officer who is found to have failed to report another officer's use of excessive force.
2. Any person who files a complaint with the commission in good faith shall be immune from civil liability arising from the complaint.
3. The commission shall publish on its Internet website a list of officers whose licenses have been suspended or revoked, with the date and the ground for each action.
4. A law enforcement agency shall reimburse an officer for the reasonable legal costs of a licensing hearing in which the officer prevails, in an amount not to exceed $10,000.
5. As used in this act: "Excessive force" means force that is unreasonable under the totality of the circumstances, as set forth in the Attorney General's use of force policy. "Law enforcement officer" means a person who holds a license issued by the Police Training Commission.
6. The commission shall adopt rules and regulations, pursuant to the "Administrative Procedure Act," P.L.1968, c.410 (C.52:14B-1 et seq.), to effectuate the purposes of this act.
7. This act shall take effect on the first day of the fourth month next following enactment.""",
    labels="N N N N N N N N N",
    reasons=["trap: licensing discipline only; no civil claim against officers"] * 9,
)

# ---------------------------------------------------------------- Massachusetts
bill(
    id="BE22",
    form="MA",
    state="MA",
    no="H.1634",
    docket="HOUSE DOCKET, NO. 2291",
    filed="FILED ON: 1/17/2025",
    chamber="HOUSE",
    num="1634",
    court="In the One Hundred and Ninety-Fourth General Court (2025-2026)",
    presented="Lucinda M. Ferreira",
    district="9th Bristol",
    petitioners=[
        ("Lucinda M. Ferreira", "9th Bristol", "1/17/2025"),
        ("Samuel T. Okafor", "12th Suffolk", "1/22/2025"),
    ],
    title="An Act establishing civil accountability for law enforcement officers.",
    style="Massachusetts 2025 House docket (two-column petition table): new G.L. c. 12 sec. 11I 1/2 against c. 6E law enforcement officers, any right under the constitution or laws of the commonwealth, clearly-established / reasonable-belief immunity barred, stand-alone duty to intervene and report with joint liability, fees shall, indemnity up to $1,000,000, mandatory one-year POST suspension, c. 258 limits inapplicable",
    body="""An Act establishing civil accountability for law enforcement officers.
Be it enacted by the Senate and House of Representatives in General Court assembled, and by the authority of the same, as follows:
SECTION 1. Chapter 12 of the General Laws is hereby amended by inserting after section 11I the following section:-
Section 11I 1/2. (a) A law enforcement officer, as defined in section 1 of chapter 6E, who, under color of law, deprives any person of a right secured by the constitution or laws of the commonwealth shall be liable to the person injured for damages and equitable relief, whether or not the deprivation involved threats, intimidation or coercion.
(b) A law enforcement officer shall not be immune from liability under this section on the ground that the right was not clearly established at the time of the conduct or that the officer reasonably believed the conduct to be lawful.
(c) A law enforcement officer who witnesses another officer depriving a person of a right described in subsection (a) shall intervene to prevent or stop the deprivation and shall report it to the officer's supervisor and to the commission. An officer who fails to intervene as required by this subsection shall be jointly and severally liable with the officer who committed the deprivation.
(d) The court shall award reasonable attorneys' fees and costs to a prevailing plaintiff.
(e) The employer of the officer shall indemnify the officer for a judgment or settlement under this section in an amount not to exceed $1,000,000.
(f) The peace officer standards and training commission shall suspend, for not less than 1 year, the certification of an officer against whom a judgment is entered under this section.
(g) The limitations on liability and damages in chapter 258 shall not apply to an action under this section.
SECTION 2. This act shall take effect 90 days after its passage.""",
    labels="Y N Y Y Y P Y Y N",
    reasons=[
        "claim against all chapter 6E law enforcement officers; clearly-established and reasonable-belief immunity barred",
        "law enforcement only",
        "any right secured by the constitution or laws of the commonwealth",
        "chapter 258 limits made inapplicable",
        "stand-alone duty to intervene and report with joint and several liability",
        "indemnity required but capped at $1,000,000",
        "court shall award fees and costs to a prevailing plaintiff",
        "mandatory suspension of certification on a judgment",
        "silent",
    ],
)

bill(
    id="BE23",
    form="MA",
    state="MA",
    no="S.1034",
    docket="SENATE DOCKET, NO. 1502",
    filed="FILED ON: 2/19/2021",
    chamber="SENATE",
    num="1034",
    court="In the One Hundred and Ninety-Second General Court (2021-2022)",
    presented="Walter J. Brennock",
    district="Worcester and Hampden",
    petitioners=[("Walter J. Brennock", "Worcester and Hampden", "2/19/2021")],
    title="An Act relative to the defense of law enforcement officers in civil actions.",
    style="Massachusetts 2021 Senate docket, codifies QI: MCRA 11I limited to clearly established rights for officers; c. 258 sec. 9 '[may] shall indemnify' up to $1,000,000 with the grossly negligent / willful / malicious proviso kept",
    body="""An Act relative to the defense of law enforcement officers in civil actions.
Be it enacted by the Senate and House of Representatives in General Court assembled, and by the authority of the same, as follows:
SECTION 1. Section 11I of chapter 12 of the General Laws, as appearing in the 2020 Official Edition, is hereby amended by adding the following paragraph:-
No law enforcement officer shall be liable for damages under this section or section 11H unless the officer's conduct violated a right that was clearly established at the time of the conduct and of which a reasonable officer would have known.
SECTION 2. Section 9 of chapter 258 of the General Laws is hereby amended by striking out, in line 1, the word "may" and inserting in place thereof the following word:- shall, so that the first sentence reads as follows:- Public employers shall indemnify public employees from personal financial loss, all damages and expenses, including legal fees and costs, if any, in an amount not to exceed one million dollars arising out of any claim, action, award, compromise, settlement or judgment by reason of an intentional tort, or by reason of any act or omission which constitutes a violation of the civil rights of any person under any federal or state law, if such employee or official at the time of such intentional tort or such act or omission was acting within the scope of his official duties or employment; provided, however, that no such employee shall be indemnified under this section for violation of any such civil rights if he acted in a grossly negligent, willful or malicious manner.
SECTION 3. Section 11H of chapter 12 of the General Laws is hereby amended by adding the following sentence:- In an action brought by the attorney general under this section against a law enforcement officer, the officer may assert the defense provided in the last paragraph of section 11I.
SECTION 4. This act shall take effect upon its passage.""",
    labels="N N N N N N N N N",
    reasons=[
        "codifies QI for MCRA claims",
        "immunity widened",
        "no new claim; QI kept",
        "chapter 258 limits remain; bill silent",
        "silent",
        "indemnity made mandatory but capped and with a grossly negligent / willful / malicious carve-out",
        "silent",
        "silent",
        "silent",
    ],
)

bill(
    id="BE24",
    form="MA",
    state="MA",
    no="H.2210",
    docket="HOUSE DOCKET, NO. 3345",
    filed="FILED ON: 1/20/2023",
    chamber="HOUSE",
    num="2210",
    court="In the One Hundred and Ninety-Third General Court (2023-2024)",
    presented="Diane K. Whitcombe",
    district="3rd Hampden",
    petitioners=[
        ("Diane K. Whitcombe", "3rd Hampden", "1/20/2023"),
        ("Arturo Pelletier", "5th Middlesex", "2/2/2023"),
    ],
    title="An Act relative to injured police officers and a special commission on civil rights remedies.",
    style="Massachusetts 2023 House docket, trap: c. 41 sec. 100 medical-expense indemnity for injured officers ($1,000 to $5,000), a special commission to study qualified immunity, indemnification and c. 258 caps with a public report, immunity for witnesses before it",
    body="""An Act relative to injured police officers and a special commission on civil rights remedies.
Be it enacted by the Senate and House of Representatives in General Court assembled, and by the authority of the same, as follows:
SECTION 1. Section 100 of chapter 41 of the General Laws, as appearing in the 2022 Official Edition, is hereby amended by striking out, in line 9, the figure "$1,000" and inserting in place thereof the following figure:- $5,000, so that a city or town shall indemnify a police officer for reasonable hospital, medical and surgical expenses incurred as a result of an injury sustained in the performance of duty, in an amount not to exceed $5,000 beyond any other coverage.
SECTION 2. There shall be a special commission to study qualified immunity, the indemnification of public employees and the limits on damages under chapter 258 of the General Laws. The commission shall consist of: the house and senate chairs of the joint committee on the judiciary or their designees; the attorney general or a designee; the secretary of public safety and security or a designee; 1 person appointed by the Massachusetts Chiefs of Police Association; 1 person appointed by the American Civil Liberties Union of Massachusetts, Inc.; and 1 person appointed by the Massachusetts Municipal Association. The commission shall hold public hearings and shall file its report, which shall be made public, with the clerks of the senate and house of representatives not later than December 31, 2024.
SECTION 3. A person who testifies before the commission in good faith shall be immune from civil liability arising from the testimony.
SECTION 4. The commission may request from any state agency or political subdivision such information as it considers necessary, including the number and amount of judgments and settlements paid under chapter 258 of the General Laws in each of the preceding 5 years, and each agency or political subdivision shall provide the information not later than 60 days after the request.
SECTION 5. This act shall take effect upon its passage.""",
    labels="N N N N N N N N N",
    reasons=[
        "trap: injured-officer expenses and a study commission; no civil claim against officers"
    ]
    * 9,
)
