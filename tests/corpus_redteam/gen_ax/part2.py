add("AX11", "Guam public law, Organic Act rights", None, "yyyypnnnn", [
 "Section 3 bars qualified immunity and good-faith defenses for any public officer or employee, which includes police.",
 "Any public officer or employee of the government of Guam.",
 "Any right secured by the Organic Act of Guam, the territory's constitution; no restriction.",
 "Section 4: limitations of the Government Claims Act do not apply.",
 "Liable including by failing to intervene: one way of causing.",
 "Silent.", "Silent.", "Silent.", "Silent."], """
I MINA'TRENTAI NUEBI NA LIHESLATURAN GUÅHAN
Bill No. 77-39 (COR)
AN ACT TO ADD A NEW ARTICLE 5 TO CHAPTER 6, TITLE 5, GUAM CODE ANNOTATED, RELATIVE TO CIVIL ACTIONS FOR THE DEPRIVATION OF RIGHTS.
BE IT ENACTED BY THE PEOPLE OF GUAM:
Section 1. Legislative Findings and Intent. I Liheslaturan Guåhan finds that the people of Guam deserve a remedy when their rights are violated by government personnel.
Section 2. A new Article 5 is added to Chapter 6, Title 5, Guam Code Annotated, to read:
§ 6501. Cause of Action. Any public officer or employee of the government of Guam who, under color of law, deprives a person of any right secured by the Organic Act of Guam or the laws of Guam, including by failing to intervene to prevent another officer or employee from doing so, shall be liable to the person injured.
Section 3. § 6502 is added to read: § 6502. Defenses. Qualified immunity, good faith and the reasonableness of a belief that the conduct was lawful shall not be defenses to an action under § 6501.
Section 4. § 6503 is added to read: § 6503. Limits. The limitations of the Government Claims Act, Chapter 6 of this Title, shall not apply to an action under § 6501.
Section 5. Severability. If any provision of this Act is found invalid, the invalidity shall not affect other provisions of this Act.
""")

add("AX12", "DC Council act, MPD and special police", "DC", "ynyynyyny", [
 "Sec. 3 bars good faith, reasonable belief and clearly-established defenses for covered officers, i.e. MPD and special police.",
 "Police only.",
 "Any right under the US Constitution or District law: DC has no state constitution, rights unrestricted.",
 "DC has no statutory cap on such claims; bill waives notice requirement and is silent on caps.",
 "Silent.",
 "Sec. 4: District shall indemnify the full amount, including punitive damages.",
 "Sec. 5: shall award fees to a prevailing plaintiff.",
 "Silent.",
 "Sec. 6: MPD publishes misconduct complaint dispositions and every judgment or settlement."], """
AN ACT
IN THE COUNCIL OF THE DISTRICT OF COLUMBIA
To create a civil action against police officers for the deprivation of rights, to remove qualified immunity as a defense, and to require publication of complaint dispositions.
BE IT ENACTED BY THE COUNCIL OF THE DISTRICT OF COLUMBIA, That this act may be cited as the "Police Accountability Civil Remedies Amendment Act of 2027".
Sec. 2. Definitions. For the purposes of this act, the term "covered officer" means a sworn member of the Metropolitan Police Department or a special police officer commissioned under D.C. Official Code § 5-129.02.
Sec. 3. (a) A covered officer who, under color of law, deprives a person of any right secured by the Constitution of the United States or the laws of the District of Columbia shall be liable to the person injured. (b) It shall not be a defense that the covered officer acted in good faith, reasonably believed the conduct was lawful, or that the right was not clearly established.
Sec. 4. The District shall indemnify a covered officer for the full amount of any judgment or settlement under section 3, including punitive damages.
Sec. 5. The court shall award reasonable attorney's fees and costs to a prevailing plaintiff in an action under section 3.
Sec. 6. The Metropolitan Police Department shall publish on its website, within 30 days, the disposition of each misconduct complaint and the amount of each judgment or settlement under section 3.
Sec. 7. D.C. Official Code § 12-309 shall not apply to an action under section 3.
Sec. 8. Fiscal impact statement. The Council adopts the fiscal impact statement in the committee report.
Sec. 9. Effective date. This act shall take effect following approval by the Mayor, a 30-day period of congressional review, and publication in the District of Columbia Register.
""")

add("AX13", "Maryland county code chapter, county police only", "MD", "pnpynynnn", [
 "Only county police officers: one agency.",
 "Police only.",
 "Articles 24 and 26 of the Declaration of Rights only: some rights.",
 "Sec. 35-83: county pays in full notwithstanding the LGTCA limits of CJP § 5-303.",
 "Silent.",
 "Sec. 35-83: county shall indemnify and pay the full amount of any judgment.",
 "Silent.", "Silent.", "Silent."], """
Bill No. 14-27
Concerning: Police - Civil Actions - Qualified Immunity
AN ACT to establish a civil action against County police officers and to require the County to pay judgments in full.
By amending Montgomery County Code Chapter 35, Police.
Boldface: Heading or defined term. Underlining: Added to existing law by original bill.
Sec. 1. Section 35-81 through 35-84 are added as follows:
35-81. Definitions. In this Article, "County police officer" means a sworn officer of the Montgomery County Department of Police.
35-82. Civil action. A County police officer who violates a right of a person protected by Article 24 or Article 26 of the Maryland Declaration of Rights is liable to the person. The County must not assert, and the officer is not entitled to, qualified immunity or any defense based on good faith in an action under this Section.
35-83. Payment of judgments. The County must indemnify a County police officer and must pay the full amount of any judgment or settlement under Section 35-82, notwithstanding the limits in Section 5-303 of the Courts and Judicial Proceedings Article.
35-84. Severability. If a court holds any part of this Article invalid, the rest of this Article remains in effect.
Sec. 2. Effective date. This Act takes effect 91 days after it becomes law.
""")

add("AX14", "Wyoming, person narrowed to peace officer in definitions", "WY", "ynynnnynn", [
 "(c) bars qualified immunity for persons, defined as peace officers.",
 "(a)(i) defines person as a peace officer under W.S. 7-2-101: police only despite 'any person who, under color of law'.",
 "Any right secured by the Wyoming constitution.",
 "Silent on caps; Wyoming Governmental Claims Act caps (W.S. 1-39-118) remain.",
 "Silent.", "Silent.",
 "(d) shall award fees to a prevailing plaintiff.",
 "Silent.", "Silent."], """
2027 STATE OF WYOMING
SENATE FILE NO. SF0054
Civil rights actions.
AN ACT relating to civil actions; creating a civil action for deprivation of constitutional rights; and providing for an effective date.
Be It Enacted by the Legislature of the State of Wyoming:
Section 1. W.S. 1-1-142 is created to read:
1-1-142. Civil action for deprivation of rights.
(a) As used in this section: (i) "Person" means a peace officer as defined in W.S. 7-2-101.
(b) Any person who, under color of law, subjects or causes to be subjected any individual to the deprivation of any right secured by the Wyoming constitution shall be liable to the individual injured.
(c) Qualified immunity shall not be a defense to liability under subsection (b) of this section.
(d) The court shall award reasonable attorney fees and costs to a prevailing plaintiff.
Section 2. This act is effective July 1, 2027.
""")

add("AX15", "Mississippi, all governmental employees, cap raised, intervention duty", "MS", "yyypynnnn", [
 "Section 3 bars qualified immunity and good faith for any employee of a governmental entity, including police.",
 "Section 1 uses 11-46-1 definition: every employee of the state or a political subdivision.",
 "Any right under the Constitution of the State of Mississippi.",
 "Section 4 raises the 11-46-15 limit to $1,500,000 but keeps it: partial.",
 "Section 5: stand-alone duty to intervene and report; failing officer liable under Section 2.",
 "Silent.", "Silent.", "Silent.", "Silent."], """
MISSISSIPPI LEGISLATURE
2027 Regular Session
Senate Bill No. 2301
AN ACT TO PROVIDE A CIVIL ACTION FOR THE DEPRIVATION OF STATE CONSTITUTIONAL RIGHTS BY GOVERNMENTAL EMPLOYEES; TO AMEND SECTION 11-46-15, MISSISSIPPI CODE OF 1972; AND FOR RELATED PURPOSES.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF MISSISSIPPI:
SECTION 1. For purposes of this act, "employee" and "governmental entity" have the meanings given in Section 11-46-1.
SECTION 2. An employee who, under color of law, deprives any person of any right, privilege or immunity secured by the Constitution of the State of Mississippi shall be liable to the person injured.
SECTION 3. Neither the employee nor the governmental entity may assert qualified immunity or good faith as a defense to an action under Section 2 of this act.
SECTION 4. Section 11-46-15, Mississippi Code of 1972, is amended to provide that for a claim under Section 2 of this act the limit of liability shall be One Million Five Hundred Thousand Dollars ($1,500,000.00).
SECTION 5. (1) Any law enforcement officer who observes another law enforcement officer violating a right described in Section 2 shall intervene and shall report the violation to the officer's supervisor within twenty-four (24) hours. (2) An officer who fails to intervene as required by subsection (1) is liable to the person injured under Section 2 of this act.
SECTION 6. This act shall take effect and be in force from and after July 1, 2027.
""")

add("AX16", "Nebraska LB, indemnity capped, body camera release", "NE", "ynyynpnnp", [
 "Sec. 3 bars qualified immunity for law enforcement officers.",
 "Law enforcement officers only.",
 "Any right secured by the Constitution of Nebraska.",
 "Sec. 4: neither tort claims act limits liability under section 2.",
 "Silent.",
 "Sec. 5: indemnity mandatory but only up to $1,000,000: full award not guaranteed.",
 "Sec. 6: court may award fees: discretionary.",
 "Silent.",
 "Sec. 7: only body-worn camera recordings released: some records."], """
LEGISLATURE OF NEBRASKA
ONE HUNDRED TENTH LEGISLATURE
LEGISLATIVE BILL 88
A BILL FOR AN ACT relating to law enforcement; to provide a civil action for violation of rights; and to provide for release of recordings.
Be it enacted by the people of the State of Nebraska,
Section 1. For purposes of sections 1 to 7 of this act, law enforcement officer has the same meaning as in section 81-1401.
Sec. 2. A law enforcement officer who, under color of law, deprives a person of any right secured by the Constitution of Nebraska is liable to the person injured.
Sec. 3. Qualified immunity is not a defense to an action under section 2 of this act.
Sec. 4. Nothing in the State Tort Claims Act or the Political Subdivisions Tort Claims Act limits the liability of any person or employer under section 2 of this act.
Sec. 5. The employing agency shall indemnify the officer for any judgment under section 2 of this act up to one million dollars.
Sec. 6. The court may award reasonable attorney's fees to a prevailing plaintiff.
Sec. 7. Any body-worn camera recording of the incident giving rise to an action under section 2 of this act shall be released to the public upon request within thirty days.
""")

add("AX17", "South Dakota, Article VI sections, discretionary contribution", "SD", "ynpynnnpn", [
 "Section 2 bars qualified immunity for law enforcement officers.",
 "Law enforcement officers only.",
 "Only article VI, sections 2, 5 and 11: some rights.",
 "Section 3: recovery not limited by §§ 21-32A-1 and 21-32A-2 coverage limits.",
 "Silent.", "Silent.", "Silent.",
 "Section 4: employer may in its discretion require the officer to contribute: partial.",
 "Silent."], """
State of South Dakota
HOUSE BILL NO. 1175
ENTITLED, An Act to create a civil action against law enforcement officers for violations of certain constitutional rights.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF SOUTH DAKOTA:
Section 1. That a NEW SECTION be added to chapter 23-3: A law enforcement officer as defined in § 23-3-27 who, under color of law, deprives a person of any right secured by article VI, section 2, 5 or 11 of the Constitution of South Dakota is liable to the person injured.
Section 2. That a NEW SECTION be added to chapter 23-3: Qualified immunity may not be asserted as a defense to an action under section 1 of this Act.
Section 3. That a NEW SECTION be added to chapter 23-3: Notwithstanding §§ 21-32A-1 and 21-32A-2, the liability of a public entity for a claim under section 1 of this Act is not limited to the extent of any insurance or risk-sharing pool coverage.
Section 4. That a NEW SECTION be added to chapter 23-3: The employer of an officer found liable under section 1 of this Act may, in its discretion, require the officer to contribute up to five percent of the judgment.
""")

add("AX18", "North Dakota, all public employees, fees capped", "ND", "yyyypnpnn", [
 "Subsection 3 bars qualified immunity for any employee, including police.",
 "State employees under 32-12.2-01 and political subdivision employees: all public employees.",
 "Any right under the Constitution of North Dakota.",
 "Subsection 4: 32-12.2-02 and 32-12.1-03 limits do not apply.",
 "Including by failing to intervene: one way of causing.",
 "Silent.",
 "Subsection 5: shall award but not more than $25,000: mandatory but capped.",
 "Silent.", "Silent."], """
Sixty-ninth Legislative Assembly of North Dakota
SENATE BILL NO. 2240
A BILL for an Act to create and enact chapter 32-47 of the North Dakota Century Code, relating to civil actions for deprivation of constitutional rights.
BE IT ENACTED BY THE LEGISLATIVE ASSEMBLY OF NORTH DAKOTA:
SECTION 1. Chapter 32-47 of the North Dakota Century Code is created and enacted as follows:
32-47-01. Civil action for deprivation of rights.
1. As used in this section, "employee" means a state employee as defined in section 32-12.2-01 or an employee of a political subdivision as defined in section 32-12.1-02.
2. An employee who, under color of law, deprives an individual of any right secured by the Constitution of North Dakota, including by failing to intervene to prevent another employee from doing so, is liable to the individual.
3. Qualified immunity is not a defense to an action under this section.
4. The limits of sections 32-12.2-02 and 32-12.1-03 do not apply to an action under this section.
5. The court shall award reasonable attorney's fees to a prevailing plaintiff, but an award of fees under this subsection may not exceed twenty-five thousand dollars.
""")

add("AX19", "Delaware, public employees, search clause only, IA records public", "DE", "yynynnnny", [
 "Section 3 bars qualified immunity for covered employees, including police.",
 "Covered employee defined as any employee of the State, a county or a municipality.",
 "Only Article I, § 6 (search and seizure): no.",
 "Section 4: § 4013 and § 4001 shall not apply.",
 "Silent.", "Silent.", "Silent.", "Silent.",
 "Section 5: internal investigation records of alleged misconduct are public records."], """
SPONSOR: Sen. Roe
DELAWARE STATE SENATE
154th GENERAL ASSEMBLY
SENATE BILL NO. 97
AN ACT TO AMEND TITLES 10 AND 11 OF THE DELAWARE CODE RELATING TO UNREASONABLE SEARCHES AND SEIZURES.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF DELAWARE:
Section 1. § 4020 of Title 10 is added to read: For purposes of §§ 4021 through 4023 of this title, "covered employee" means any employee of the State, a county or a municipality.
Section 2. § 4021 of Title 10 is added to read: A covered employee who subjects any person to an unreasonable search or seizure in violation of Article I, § 6 of the Delaware Constitution is liable to that person.
Section 3. § 4022 of Title 10 is added to read: Qualified immunity shall not be a defense to an action under § 4021 of this title.
Section 4. § 4023 of Title 10 is added to read: Sections 4001 and 4013 of this title shall not apply to an action under § 4021 of this title.
Section 5. Amend § 9200 of Title 11 by adding: Records of internal investigations of alleged misconduct by a law-enforcement officer are public records under Chapter 100 of Title 29 and shall be disclosed upon request.
Section 6. If any provision of this Act is held invalid, the remainder shall not be affected.
""")

add("AX20", "Alaska, full start package", "AK", "ynyyyyyyn", [
 "Sec. 18.65.952 bars qualified immunity and good-faith defenses for peace officers.",
 "Peace officers only.",
 "Any right secured by the Constitution of the State of Alaska.",
 "AS 09.17.010 damage limits do not apply; Alaska has no other governmental tort cap.",
 "Sec. 18.65.954 imposes a duty to intervene and report and makes a failing officer liable.",
 "Employer shall satisfy the whole judgment, including any part uncollectible from the officer.",
 "Court shall award fees to a prevailing plaintiff.",
 "Officer personally pays 5% or $25,000, whichever is less.",
 "Silent."], """
HOUSE BILL NO. 133
IN THE LEGISLATURE OF THE STATE OF ALASKA
THIRTY-FIFTH LEGISLATURE - FIRST SESSION
"An Act relating to civil liability of peace officers; and relating to the duty to intervene."
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF ALASKA:
* Section 1. AS 18.65 is amended by adding new sections to article 11 to read:
Sec. 18.65.950. Definitions. In AS 18.65.950 - 18.65.956, "peace officer" has the meaning given in AS 01.10.060, and "employer" means the agency that employs the peace officer.
Sec. 18.65.951. Civil liability. A peace officer who, under color of law, deprives a person of a right secured by the Constitution of the State of Alaska is liable to the person injured.
Sec. 18.65.952. Defenses barred. Qualified immunity, good faith and a reasonable belief that the conduct was lawful are not defenses to an action under AS 18.65.951.
Sec. 18.65.953. Payment. (a) Except as provided in (b) of this section, the employer shall indemnify the peace officer and shall satisfy the whole judgment or settlement, including any part that is uncollectible from the peace officer. (b) The peace officer shall personally pay five percent of the judgment or $25,000, whichever is less.
Sec. 18.65.954. Duty to intervene. (a) A peace officer present when another peace officer deprives a person of a right described in AS 18.65.951 shall intervene and shall report the deprivation within 24 hours. (b) A peace officer who fails to intervene as required by (a) of this section is liable to the person injured under AS 18.65.951.
Sec. 18.65.955. Fees; limits. (a) The court shall award reasonable attorney fees and costs to a prevailing plaintiff. (b) AS 09.17.010 does not apply to an action under AS 18.65.951.
* Sec. 2. This Act takes effect immediately under AS 01.10.070(c).
""")
