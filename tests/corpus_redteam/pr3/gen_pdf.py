"""The eight PDF prints PR301-PR308 (written for this set)."""

from gen_common import add, block, pdf_case

# ---------------------------------------------------------------- PR301 New York 2025-2026
ny_p1_head = block(
    " ",
    """
                          STATE OF NEW YORK
________________________________________________________________________
                                  4187
                       2025-2026 Regular Sessions
                            IN ASSEMBLY
                            February 11, 2025
                               ___________
Introduced by M. of A. OKONKWO-BRADY, TREMAINE -- read once and referred
  to the Committee on Codes
AN ACT to amend the civil rights law, in relation to establishing a civil
  action for the deprivation of state constitutional rights by public
  employees; and to amend the public officers law, in relation to indem-
  nification of public employees
  The People of the State of New York, represented in Senate and Assem-
bly, do enact as follows:
""",
)
ny_p1_body = block(
    "u",
    """
Section 1. The civil rights law is amended by adding a new section 79-q
to read as follows:
§ 79-q. Civil action for deprivation of rights by public employees. 1.
Definitions. As used in this section: (a) "public employee" means any
officer, employee, appointee or volunteer of the state or of any county,
city, town, village, school district, fire district, public authority,
public benefit corporation or other political subdivision or public
entity of the state, and includes, without limitation, any police officer
or peace officer as defined in section 1.20 or 2.10 of the criminal
procedure law; and (b) "employer" means the public entity by which a
public employee is employed, appointed or engaged.
2. Every public employee who, under color of any law, ordinance, rule,
regulation, custom or usage, subjects or causes to be subjected any
person to the deprivation of any right, privilege or immunity secured
by the constitution of this state shall be liable to the person injured
in an action at law, suit in equity or other proper proceeding for re-
dress.
3. Neither qualified immunity nor any other defense or immunity
grounded in the public employee's good faith, or in a reasonable but
""",
)
ny_p1_body[0] = (" ", ny_p1_body[0][1])
ny_p1_body[1] = (" ", ny_p1_body[1][1])
ny_p1_foot = block(
    " ",
    """
 EXPLANATION--Matter in italics (underscored) is new; matter in brackets
                      [ ] is old law to be omitted.
                                                           LBD07712-01-5
""",
)
ny_p2_head = block(" ", "        A. 4187                             2")
ny_p2_body = (
    block(
        "u",
        """
mistaken belief that the conduct was lawful, or in the claim that the
right was not clearly established at the time of the conduct, shall be
available to a defendant in an action brought under this section.
4. In any action or proceeding under this section in which the plain-
tiff prevails, the court shall award the plaintiff reasonable attorneys'
fees, expert fees and costs.
5. An action under this section shall be commenced within three years
after the cause of action accrues.
""",
    )
    + block(
        " ",
        """
§ 2. Paragraph (a) of subdivision 4 of section 18 of the public offi-
cers law, as added by chapter 273 of the laws of 1978, is amended to
read as follows:
(a) The public entity shall hold its employees harmless from, and shall
pay on their behalf, any judgment entered against an employee in a state
or federal court and any settlement of a claim against an employee,
where the act or omission giving rise to the judgment or settlement took
place within the scope of the employee's public employment or duties[;
but no such obligation shall exist where the injury was caused by the
employee's intentional wrongdoing or recklessness]. In an action under
""",
    )
    + block(
        "u",
        """
section seventy-nine-q of the civil rights law, the public entity shall
pay the full amount of the judgment or settlement, including any award
of punitive damages, and shall not seek contribution or reimbursement of
any part of such amount from the employee.
""",
    )
    + block(
        " ",
        """
§ 3. This act shall take effect on the ninetieth day after it shall
have become a law and shall apply to causes of action accruing on or
after such date.
""",
    )
)
f, t = pdf_case(
    "PR301",
    [
        dict(head=ny_p1_head, body=ny_p1_body, foot=ny_p1_foot),
        dict(head=ny_p2_head, body=ny_p2_body),
    ],
    False,
    numbering="page",
)
add(
    "PR301",
    "New York 2025-2026 Assembly print PDF: line numbers, EXPLANATION legend, brackets; defense bar split over a page break",
    "NY",
    False,
    f,
    t,
    "y y y y n y y n n",
    [
        "Claim reaches police and peace officers (included in 'public employee') and qualified immunity and good-faith defenses are barred (sentence continues across the page break).",
        "Public employee means every officer or employee of the state and all its subdivisions and public entities.",
        "Any right secured by the New York constitution.",
        "New York has no cap on such claims and the bill adds none.",
        "Nothing on intervention.",
        "Bracketed carve-out for intentional/reckless conduct is deleted; the public entity shall pay the full amount, including punitive damages.",
        "Court shall award reasonable fees and costs to a prevailing plaintiff.",
        "The employer may not seek contribution from the employee; no personal consequence.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR302 Missouri 2025
mo1_head = block(
    " ",
    """
                        FIRST REGULAR SESSION
                        HOUSE BILL NO. 1187
                        103RD GENERAL ASSEMBLY
INTRODUCED BY REPRESENTATIVE DELACROIX-HUNT.
2417H.01I                                  DANA RADEMAN MILLER, Chief Clerk
                               AN ACT
To repeal section 537.610, RSMo, and to enact in lieu thereof two new sec-
  tions relating to civil actions against peace officers.
Be it enacted by the General Assembly of the state of Missouri, as follows:
  Section A. Section 537.610, RSMo, is repealed and two new sections en-
acted in lieu thereof, to be known as sections 537.610 and 590.1300, to
read as follows:
""",
)
mo1_body = block(
    " ",
    """
    537.610. 1. The commissioner of administration, through the purchas-
 2 ing division, and the governing body of each political subdivision of
 3 this state may purchase liability insurance for tort claims made
 4 against the state or the political subdivision, and the sovereign
 5 immunity of the state is waived only to the extent of the insurance so
 6 purchased and for the purposes stated in the policy.
 7    2. The liability of the state and its public entities on claims
 8 within the scope of sections 537.600 to 537.650 shall not exceed
 9 [two million] three million dollars for all claims arising out of a
10 single accident or occurrence and shall not exceed [three hundred
11 thousand] five hundred thousand dollars for any one person in a single
12 accident or occurrence.
13    3. The limits of subsection 2 of this section shall also apply to the
14 total amount recoverable by any one person in an action under section
15 590.1300, whether judgment is entered against the peace officer, the
16 officer's employing public entity, or both.
    590.1300. 1. As used in this section, "peace officer" means a person
 2 holding a peace officer license issued under this chapter.
 3    2. Any peace officer who, under color of law, subjects or causes to
 4 be subjected any person to the deprivation of a right, privilege, or
 5 immunity secured by the Constitution of Missouri shall be liable to the
 6 party injured in an action for damages, injunctive relief, or other ap-
 7 propriate relief.
""",
)
mo1_foot = block(
    " ",
    """
EXPLANATION -- Matter enclosed in bold-faced brackets [thus] in the above bill is not
enacted and is intended to be omitted from the law. Matter in bold-face type in the
above bill is proposed language.
""",
)
mo2_head = block(" ", "HB 1187                                 2")
mo2_body = block(
    " ",
    """
 8    3. A peace officer sued under this section shall be entitled to qual-
 9 ified immunity and shall not be held liable unless the plaintiff proves
10 that the officer's conduct violated a right that was clearly estab-
11 lished at the time of the conduct, such that every reasonable officer
12 would have understood the conduct to be unlawful. The court shall rule
13 on the question of immunity before permitting discovery on the merits.
14    4. In an action under this section, the court may award reasonable
15 attorney's fees to the prevailing party.
16    5. Nothing in this section shall be construed to require any public
17 entity to indemnify or defend a peace officer.
""",
)
f, t = pdf_case(
    "PR302",
    [dict(head=mo1_head, body=mo1_body, foot=mo1_foot), dict(head=mo2_head, body=mo2_body)],
    False,
)
add(
    "PR302",
    "Missouri 2025 House print PDF: bracketed deletions raise the cap; new section codifies qualified immunity",
    "MO",
    False,
    f,
    t,
    "n n y p n n n n n",
    [
        "The claim against peace officers expressly keeps qualified immunity (clearly-established-law defense).",
        "Peace officers only, and immunity kept.",
        "Claim covers any right secured by the Missouri Constitution (graded on rights even though the defense survives).",
        "Bracketed old amounts are replaced by higher ones and subsection 3 applies the raised cap to these claims: cap raised but kept.",
        "Nothing on intervention.",
        "No indemnification required (expressly not required).",
        "Court 'may' award fees: discretionary.",
        "No personal consequence beyond ordinary liability.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR303 Washington 2026
wa1_head = block(
    " ",
    """
                              S-3187.1
                           SENATE BILL 6042
          State of Washington          69th Legislature          2026 Regular Session
By Senators Abernathy-Cole, Nguyen-Park, and Sorensen
Read first time 01/12/26.  Referred to Committee on Law & Justice.
""",
)
wa1_body = block(
    " ",
    """
AN ACT Relating to civil liability of peace officers for violations of
rights; amending RCW 4.24.915; adding a new chapter to Title 4 RCW; and
creating a new section.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:
""",
) + block(
    "u",
    """
NEW SECTION.  Sec. 1.  The definitions in this section apply throughout
this chapter unless the context clearly requires otherwise.
(1) "Employer" means the agency, political subdivision, or tribal gov-
ernment that employs or commissions a peace officer.
(2) "Peace officer" means any general authority Washington peace offi-
cer, limited authority Washington peace officer, or specially commis-
sioned Washington peace officer, as those terms are defined in RCW
10.93.020.
NEW SECTION.  Sec. 2.  (1) A peace officer who, while acting under
color of law, subjects or causes to be subjected any person to the dep-
rivation of any right, privilege, or immunity secured by the Washington
state Constitution is liable to the injured person in an action at law
or suit in equity.
(2) It is not a defense to an action under this chapter that the peace
officer acted in good faith, that the officer reasonably believed the
conduct was lawful, or that the right had not been clearly established
at the time. The common law doctrine of qualified immunity does not ap-
ply to any claim under this chapter.
NEW SECTION.  Sec. 3.  (1) A peace officer who is present and observes
another peace officer depriving a person of a right described in sec-
tion 2 of this act has a duty to intervene to prevent or stop the dep-
rivation when the officer has a realistic opportunity to do so, and
shall report the deprivation in writing to a supervisor as soon as
""",
)
wa1_foot = block(" ", "p. 1                                                          SB 6042")
wa2_body = (
    block(
        "u",
        """
practicable.
(2) A peace officer who fails to intervene as required by subsection
(1) of this section is liable to the injured person under section 2 of
this act to the same extent as the officer who committed the depriva-
tion.
NEW SECTION.  Sec. 4.  (1) An employer shall indemnify its peace offi-
cer against a judgment entered in an action under this chapter, except
that the employer is not required to indemnify the officer for any
judgment based on conduct the trier of fact finds was willful or under-
taken with actual malice.
(2) In an action under this chapter the court may award reasonable at-
torneys' fees and costs to a prevailing plaintiff.
NEW SECTION.  Sec. 5.  Upon entry of a final judgment against a peace
officer under this chapter, the criminal justice training commission
shall initiate proceedings under RCW 43.101.105 and shall revoke the
officer's certification.
""",
    )
    + block(
        " ",
        """
Sec. 6.  RCW 4.24.915 and 2019 c 112 s 3 are each amended to read as
follows:
In any civil action against a peace officer arising from the performance
of the officer's duties, ((the officer may assert any immunity or de-
fense available at common law, including qualified immunity)) the offi-
""",
    )
    + block(
        "u",
        """
cer may assert any defense available at common law, except that quali-
fied immunity and any defense based on the officer's good faith belief
in the lawfulness of the conduct may not be asserted in an action under
chapter 4.--- RCW (the new chapter created in section 7 of this act).
NEW SECTION.  Sec. 7.  Sections 1 through 5 of this act constitute a
new chapter in Title 4 RCW.
""",
    )
    + block(" ", "                             --- END ---")
)
wa2_foot = block(" ", "SB 6042                                                          p. 2")
f, t = pdf_case(
    "PR303",
    [dict(head=wa1_head, body=wa1_body, foot=wa1_foot), dict(body=wa2_body, foot=wa2_foot)],
    False,
    numbering="page",
)
add(
    "PR303",
    "Washington 2026 Senate print PDF: NEW SECTION, ((deleted)) savings clause for QI, stand-alone intervention duty",
    "WA",
    False,
    f,
    t,
    "y n y y y n n y n",
    [
        "Claim against all Washington peace officers; good faith, reasonable belief and qualified immunity barred; the double-parenthesised clause keeping QI is deleted.",
        "Peace officers only.",
        "Any right secured by the Washington state Constitution.",
        "Washington has no cap on such claims and the bill adds none.",
        "Section 3: stand-alone duty to intervene and report, with liability for failing to.",
        "Employer may refuse indemnity for willful or malicious conduct.",
        "Court 'may' award fees.",
        "Commission shall revoke certification upon a final judgment.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR304 Ohio 136th GA
oh_legend = block(
    " ", "Struck-through text is existing law to be repealed; underlined text is new."
)
oh1_head = block(
    " ",
    """
                         As Introduced
136th General Assembly
Regular Session                                          H. B. No. 212
2025-2026
                 Representatives Kowalczyk, Abdi-Rahman
""",
)
oh1_body = (
    block(
        " ",
        """
                               A  B I L L
To amend sections 2744.03 and 2744.05 and to enact section
2307.67 of the Revised Code to establish a civil action
against law enforcement officers for the deprivation of
rights secured by Article I of the Ohio Constitution.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:
Section 1. That sections 2744.03 and 2744.05 be amended and
section 2307.67 of the Revised Code be enacted to read as
follows:
""",
    )
    + block(
        "u",
        """
Sec. 2307.67. (A) As used in this section, "law enforcement
officer" means a peace officer as defined in section 2935.01
of the Revised Code, a state highway patrol trooper, a sher-
iff or deputy sheriff, and a municipal or township police
officer.
(B) A law enforcement officer who, under color of law, de-
prives any individual of a right secured by Article I of the
Ohio Constitution is liable to that individual in a civil
action for compensatory and punitive damages, injunctive
relief, and any other appropriate relief.
(C) Qualified immunity, and the immunity conferred by divi-
sion (A)(6) of section 2744.03 of the Revised Code, is not a
defense to an action under this section.
(D) In an action under this section, the court shall award
reasonable attorney's fees and court costs to a prevailing
plaintiff, but the attorney's fees awarded shall not exceed
fifty thousand dollars.
""",
    )
    + block(
        " ",
        """
Sec. 2744.03. (A) In a civil action brought against a
political subdivision or an employee of a political subdivi-
sion to recover damages for injury, death, or loss to person
""",
    )
)
oh1_foot = oh_legend
oh2_head = block(
    " ",
    """
H. B. No. 212                                              Page 2
As Introduced
""",
)
oh2_body = (
    block(
        " ",
        """
or property allegedly caused by any act or omission in con-
nection with a governmental or proprietary function, the
following defenses or immunities may be asserted:
(6) In addition to any immunity or defense referred to in
division (A)(7) of this section, an employee is immune from
liability unless one of the following applies:
(a) The employee's acts or omissions were manifestly outside
the scope of the employee's employment or official responsi-
bilities;
(b) The employee's acts or omissions were with malicious
purpose, in bad faith, or in a wanton or reckless manner;
(c) Civil liability is expressly imposed upon the employee by
a section of the Revised Code;
""",
    )
    + block(
        "u",
        """
(d) The action is brought under section 2307.67 of the
Revised Code.
""",
    )
    + block(
        " ",
        """
Sec. 2744.05. (C)(1) In an action against a political subdi-
vision or its employee to recover damages for injury, death,
or loss to person or property caused by an act or omission
in connection with a governmental or proprietary function,
damages that represent noneconomic loss shall not exceed
""",
    )
    + block("s", "two hundred fifty thousand dollars")
    + block("u", "one million dollars")
    + block(
        "u",
        """
for each person. This division applies to an action under
""",
    )
)
oh2_foot = oh_legend
oh3_head = block(
    " ",
    """
H. B. No. 212                                              Page 3
As Introduced
""",
)
oh3_body = block("u", "section 2307.67 of the Revised Code.") + block(
    " ",
    """
Section 2. That existing sections 2744.03 and 2744.05 of the
Revised Code are hereby repealed.
""",
)
f, t = pdf_case(
    "PR304",
    [
        dict(head=oh1_head, body=oh1_body, foot=oh1_foot),
        dict(head=oh2_head, body=oh2_body, foot=oh2_foot),
        dict(head=oh3_head, body=oh3_body, foot=oh_legend),
    ],
    True,
    numbering="cont",
)
add(
    "PR304",
    "Ohio 136th GA print PDF: continuous line numbers, struck cap amount replaced by a higher one; fee cap",
    "OH",
    False,
    f,
    t,
    "y n y p n n p n n",
    [
        "Claim against all law enforcement officers; qualified immunity and the bad-faith-based employee immunity of 2744.03(A)(6) are not defenses, and (A)(6)(d) lifts it for these actions.",
        "Law enforcement officers only.",
        "Any right secured by Article I (the Ohio bill of rights).",
        "The noneconomic-damages cap is raised (struck 250,000, new one million) and expressly applies to these actions: raised but kept.",
        "Nothing on intervention.",
        "No indemnification.",
        "Fees are mandatory but capped at 50,000 dollars.",
        "No personal consequence.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR305 Pennsylvania 2025-2026
pa1_head = block(
    " ",
    """
                                                        PRINTER'S NO. 1933
              THE GENERAL ASSEMBLY OF PENNSYLVANIA
                         HOUSE BILL
                          No. 1640    Session of 2025
      INTRODUCED BY HALVORSEN, MBEKI-LOWRY AND TRAUTMANN, JUNE 3, 2025
      REFERRED TO COMMITTEE ON JUDICIARY, JUNE 3, 2025
                              AN ACT
Amending Title 42 (Judiciary and Judicial Procedure) of the Pennsylvania
   Consolidated Statutes, in actions against local parties, further
   providing for defense of official immunity.
""",
)
pa1_body = (
    block(
        " ",
        """
   The General Assembly of the Commonwealth of Pennsylvania
hereby enacts as follows:
   Section 1. Section 8546 of Title 42 of the Pennsylvania
Consolidated Statutes is amended to read:
§ 8546.  Defense of official immunity.
   (a) General rule.--In any action against an employee of a
local agency for damages for injury to a person or property
arising from, or reasonably related to, the employee's office or
the performance of the employee's duties, the employee, or the
local agency on the employee's behalf, may raise:
      (1) Any defense available to the employee at common law.
      (2) That the conduct giving rise to the claim was
   authorized or required by law, or that the employee, in good
   faith, reasonably believed that it was.
      (3) That the act giving rise to the claim fell within the
   policymaking discretion given to the employee by law.
""",
    )
    + block(
        "u",
        """
      (4) The defense of qualified immunity, as recognized by
   the courts of this Commonwealth and of the United States, in
   any action alleging the deprivation of a right secured by the
   Constitution of Pennsylvania.
""",
    )
    + block(
        " ",
        """
   [(b) Exception.--Subsection (a) shall not apply to an action
against a police officer alleging the deprivation of a right
secured by Article I of the Constitution of Pennsylvania, and in
such an action qualified immunity shall not be a defense and the
""",
    )
)
pa_foot1 = block(" ", "20250HB1640PN1933                     - 1 -")
pa2_body = block(
    " ",
    """
court shall award reasonable attorney fees to a prevailing
plaintiff.]
   Section 2.  This act shall take effect in 60 days.
""",
)
pa_foot2 = block(" ", "20250HB1640PN1933                     - 2 -")
f, t = pdf_case(
    "PR305",
    [dict(head=pa1_head, body=pa1_body, foot=pa_foot1), dict(body=pa2_body, foot=pa_foot2)],
    False,
    numbering="page",
)
add(
    "PR305",
    "Pennsylvania 2025 House print PDF: adds a QI defense and deletes a bracketed QI bar that crosses a page break",
    "PA",
    False,
    f,
    t,
    "n n n n n n n n n",
    [
        "The bracketed exception that barred QI is deleted; the new paragraph adds qualified immunity as a defense: immunity widened.",
        "No claim created and no immunity barred.",
        "The bill creates no claim; it only lists defenses.",
        "No claim; nothing lifted (Pennsylvania is capped).",
        "Nothing on intervention.",
        "Nothing on indemnification.",
        "The only mandatory-fee sentence is inside the deleted brackets.",
        "Nothing.",
        "Nothing.",
    ],
)


# ---------------------------------------------------------------- PR306 Florida 2026
def fl_head(pg):
    return (
        block(
            " ",
            """
Florida Senate - 2026                                          SB 1426
34-01187-26                                              20261426__
""",
        )
        if pg > 1
        else block(
            " ",
            """
Florida Senate - 2026                                          SB 1426
By Senator Ferreira-Quinn
34-01187-26                                              20261426__
""",
        )
    )


def fl_foot(pg):
    return block(
        " ",
        f"""
                            Page {pg} of 3
CODING: Words stricken are deletions; words underlined are additions.
""",
    )


fl1 = block(
    " ",
    """
A bill to be entitled
An act relating to civil actions against officers;
creating s. 768.282, F.S.; providing definitions;
creating a civil cause of action against law
enforcement and correctional officers for the
deprivation of rights; providing that qualified
immunity is not a defense; requiring indemnification;
providing for personal liability of officers; requiring
publication of judgments and settlements; amending s.
768.28, F.S.; providing an effective date.
Be It Enacted by the Legislature of the State of Florida:
Section 1. Section 768.282, Florida Statutes, is created to
read:
""",
) + block(
    "u",
    """
768.282 Civil action for deprivation of rights.--
(1) As used in this section, the term:
(a) "Employing agency" means the state agency or political
subdivision that employs an officer.
(b) "Officer" means a law enforcement officer or correctional
officer as defined in s. 943.10.
(2) An officer who, under color of law, subjects or causes to
be subjected any person to the deprivation of any right,
privilege, or immunity secured by the State Constitution,
including by failing to intervene to prevent such deprivation,
is liable to the injured person for damages and for
declaratory and injunctive relief.
(3) Qualified immunity is not a defense to an action under
this section. The officer's good faith, or the officer's belief
that the conduct was lawful, is not a de-
""",
)
fl2 = block(
    "u",
    """
fense, and the court may not dismiss the action on the ground
that the right was not clearly established.
(4)(a) Except as provided in paragraph (b), the employing
agency shall indemnify the officer for the full amount of any
judgment or settlement in an action under this section,
including any portion the officer is unable to pay.
(b) If the employing agency determines that the officer did
not act upon a good faith and reasonable belief that the
conduct was lawful, the officer is personally liable for and
shall pay 5 percent of the judgment or settlement or $25,000,
whichever is less. The employing agency shall satisfy any part
of that amount which is uncollectible from the officer.
(5) The court may award reasonable attorney fees and costs to
a prevailing plaintiff.
(6) Within 30 days after a final judgment or settlement, the
employing agency shall publish on its public website the
complaint, the judgment or settlement agreement, the amount
paid, and the name of each officer found liable.
""",
) + block(
    " ",
    """
Section 2. Paragraph (a) of subsection (5) of section 768.28,
Florida Statutes, is amended to read:
768.28 Waiver of sovereign immunity in tort actions; recovery
limits; civil liability for damages caused during a riot;
limitation on attorney fees; statute of limitations;
exclusions; indemnification; risk management programs.--
(5)(a) The state and its agencies and subdivisions are not
liable to pay a claim or a judgment by any one person which
exceeds $200,000, or any claim or judgment which, when totaled
with all other claims or judgments arising out of the same
""",
)
fl3 = (
    block(
        " ",
        """
incident or occurrence, exceeds $300,000.
""",
    )
    + block(
        "s",
        """
This paragraph applies to every claim or judgment against the
state or its agencies or subdivisions, including a claim under
any law creating a civil action against an officer.
""",
    )
    + block(
        "u",
        """
This paragraph does not apply to a claim, judgment, or
settlement in an action under s. 768.282.
""",
    )
    + block(" ", "Section 3. This act shall take effect July 1, 2026.")
)
f, t = pdf_case(
    "PR306",
    [
        dict(head=fl_head(1), body=fl1, foot=fl_foot(1)),
        dict(head=fl_head(2), body=fl2, foot=fl_foot(2)),
        dict(head=fl_head(3), body=fl3, foot=fl_foot(3)),
    ],
    True,
    numbering="cont",
)
add(
    "PR306",
    "Florida 2026 Senate print PDF: CODING legend, continuous line numbers, hyphenated 'de-fense' across a page break, struck cap clause",
    "FL",
    False,
    f,
    t,
    "y n y y p y n y y",
    [
        "Claim against law enforcement and correctional officers; qualified immunity and good-faith/belief defenses barred (sentence crosses page break).",
        "Law enforcement and correctional officers only.",
        "Any right secured by the State Constitution.",
        "Struck sentence applying the cap is deleted; new sentence makes s. 768.28(5)(a) inapplicable to these actions.",
        "Failing to intervene only as one way of causing the deprivation.",
        "Agency shall indemnify the full amount, including any part uncollectible, with only the officer's share carved out (which the agency backs).",
        "Court 'may' award fees.",
        "Officer personally pays 5 percent or $25,000, whichever is less, on the agency's bad-faith finding.",
        "Complaint, judgment or settlement, amount and officer names must be published.",
    ],
)

# ---------------------------------------------------------------- PR307 Texas 89th R.S.
tx1_head = block(
    " ",
    """
89R7712 KJE-D
By: Vandermolen                                           H.B. No. 3391
""",
)
tx1 = block(
    " ",
    """
A BILL TO BE ENTITLED
AN ACT
relating to a civil action against certain municipal peace officers
for unlawful searches and seizures.
       BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:
       SECTION 1.  Title 5, Civil Practice and Remedies Code, is
amended by adding Chapter 106A to read as follows:
""",
) + block(
    "u",
    """
CHAPTER 106A. CIVIL ACTION FOR UNLAWFUL SEARCH OR SEIZURE BY
CERTAIN MUNICIPAL PEACE OFFICERS
       Sec. 106A.001.  DEFINITIONS.  In this chapter:
             (1)  "Covered municipality" means a municipality with a
population of more than 1.5 million.
             (2)  "Peace officer" means a person described by Article
2A.001, Code of Criminal Procedure, who is employed by the police
department of a covered municipality.
       Sec. 106A.002.  CAUSE OF ACTION.  A peace officer who, under
color of law, subjects a person to a search or seizure that
violates Section 9, Article I, Texas Constitution, is liable to
the person for actual damages, exemplary damages, and injunctive
""",
)
tx_p1foot = block(" ", "                                   1")
tx2_head = block(" ", "                                                       H.B. No. 3391")
tx2 = block(
    "u",
    """
relief.
       Sec. 106A.003.  DEFENSES.  Qualified immunity, official
immunity, and the officer's good faith belief that the search or
seizure was lawful are not defenses to an action under this
chapter.
       Sec. 106A.004.  LIMITS INAPPLICABLE.  Chapter 101 does not
apply to an action under this chapter, and the limits on liability
in Section 101.023 and Chapter 108 do not apply to a judgment in
an action under this chapter.
       Sec. 106A.005.  INDEMNIFICATION.  The covered municipality
shall indemnify a peace officer for a judgment for actual damages,
court costs, and attorney's fees in an action under this chapter.
The municipality may not indemnify an officer for exemplary
damages.
       Sec. 106A.006.  ATTORNEY'S FEES.  The court shall award
reasonable attorney's fees and costs to a claimant who prevails in
an action under this chapter.
""",
) + block(
    " ",
    """
       SECTION 2.  Section 101.106(f), Civil Practice and Remedies
Code, is amended to read as follows:
       (f)  If a suit is filed against an employee of a governmental
unit based on conduct within the general scope of the employee's
employment, and the suit could have been brought under this
""",
)
tx_p2foot = block(" ", "                                   2")
tx3 = block(
    " ",
    """
chapter against the governmental unit, the suit is considered to be
against the employee in the employee's official capacity only[,
and this subsection applies to a suit against a peace officer of
any municipality]. This subsection does not apply to an action
under Chapter 106A.
       SECTION 3.  This Act takes effect September 1, 2025.
""",
)
tx_p3foot = block(" ", "                                   3")
f, t = pdf_case(
    "PR307",
    [
        dict(head=tx1_head, body=tx1, foot=tx_p1foot),
        dict(head=tx2_head, body=tx2, foot=tx_p2foot),
        dict(head=tx2_head, body=tx3, foot=tx_p3foot),
    ],
    False,
    numbering="page",
)
add(
    "PR307",
    "Texas 89th Legislature print PDF: per-page line numbers, one large city's police, search-and-seizure only",
    "TX",
    False,
    f,
    t,
    "p n n y n p y n n",
    [
        "QI, official immunity and good faith barred, but only for peace officers of municipalities over 1.5 million (some agencies).",
        "Police of some cities only.",
        "Only searches and seizures under Section 9, Article I.",
        "Chapter 101 and the limits in 101.023 and Chapter 108 expressly do not apply.",
        "Nothing on intervention.",
        "Mandatory indemnification excludes exemplary damages: not the whole award.",
        "Court shall award fees and costs to a prevailing claimant.",
        "No personal consequence.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR308 Michigan 2025-2026 (trap)
mi_legend = block(" ", "Underlined text is new; struck-through text is deleted.")
mi1_head = block(
    " ",
    """
                         HOUSE BILL NO. 4611
May 14, 2025, Introduced by Reps. Lindqvist, Okafor and DeRosa and
  referred to Committee on Families, Children and Seniors.
""",
)
mi1 = (
    block(
        " ",
        """
A bill to amend 1975 PA 238, entitled
"Child protection law,"
by amending section 5 (MCL 722.625), as amended by 2002 PA 693.
THE PEOPLE OF THE STATE OF MICHIGAN ENACT:
Sec. 5. A person acting in good faith who makes a report, cooper-
ates in an investigation, or assists in any other requirement of
this act is immune from civil or criminal liability that might other-
wise be incurred by that action. A person making a report or assist-
ing in any other requirement of this act is presumed to have acted in
good faith. This immunity extends only to acts done according to this
act and
""",
    )
    + block(
        "s",
        """
does not extend to a negligent act that causes personal injury or
death or to the malpractice of a physician that results in personal
injury or death.
""",
    )
    + block(
        "u",
        """
does not extend to a report that the person knew to be false when
the report was made. A public employee, including a law enforcement
officer, who makes or assists with a report under this act is liable
for a deprivation of rights as otherwise provided by law, and nothing
in this section enlarges or limits that liability.
""",
    )
    + block(
        " ",
        """
Enacting section 1. This amendatory act takes effect 90 days after
the date it is enacted into law.
""",
    )
)
mi1_foot = mi_legend + block(" ", "03141'25                                                    LEP")
f, t = pdf_case("PR308", [dict(head=mi1_head, body=mi1, foot=mi1_foot)], True, numbering="page")
add(
    "PR308",
    "Michigan 2025 House print PDF (trap): good-faith reporter immunity with struck exception; saving sentence about officers",
    "MI",
    True,
    f,
    t,
    "n n n n n n n n n",
    [
        "Good-faith immunity for child-abuse reporters; creates no claim against officers and leaves their liability unchanged.",
        "No claim against public employees created or changed.",
        "No claim.",
        "No claim.",
        "Nothing.",
        "Nothing.",
        "Nothing.",
        "Nothing.",
        "Nothing.",
    ],
)
