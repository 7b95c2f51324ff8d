add("AX21", "Vermont, public officials, rules-contingent effective date", "VT", "yyyynnnnn", [
 "§ 5802 bars qualified immunity and good faith for any person acting under color of law, including police.",
 "Any person acting under color of state law: all public employees.",
 "Any right secured by the Vermont Constitution.",
 "§ 5803: 12 V.S.A. § 5601(b) limits shall not apply.",
 "Silent.", "Silent.",
 "§ 5804: court may award fees: discretionary.",
 "Silent.", "Silent."], """
H.211
An act relating to civil remedies for violations of the Vermont Constitution
It is hereby enacted by the General Assembly of the State of Vermont:
Sec. 1. 12 V.S.A. chapter 193 is added to read:
CHAPTER 193. CONSTITUTIONAL TORTS
§ 5801. CAUSE OF ACTION
A person who, under color of State or municipal law, deprives another of any right secured by the Vermont Constitution is liable to the person injured.
§ 5802. IMMUNITY
The common law doctrine of qualified immunity and any defense that the person acted in good faith are abrogated as to actions under this chapter.
§ 5803. DAMAGES
Notwithstanding subsection 5601(b) of this title, no limit on damages applies to an action under this chapter.
§ 5804. COSTS AND FEES
The court may award costs and reasonable attorney's fees to a prevailing plaintiff.
Sec. 2. SEVERABILITY
If any provision of this act is held invalid, the invalidity does not affect other provisions.
Sec. 3. EFFECTIVE DATE
This act shall take effect on the first day of the month following the date on which the Attorney General files with the Secretary of State a certification that a model policy under 20 V.S.A. § 2367 has been adopted.
""")

add("AX22", "Idaho, police bill with intervention policy and optional indemnity", "ID", "ynynnnnnn", [
 "19-5120(2) bars qualified immunity for peace officers.",
 "Peace officers only.",
 "Any right secured by the constitution of the state of Idaho.",
 "Silent on caps; Idaho Tort Claims Act limit (6-926) remains.",
 "Intervention appears only as an agency policy requirement, outside civil liability.",
 "Employer may indemnify: optional.",
 "Silent.", "Silent.", "Silent."], """
LEGISLATURE OF THE STATE OF IDAHO
SENATE BILL NO. 1190
AN ACT RELATING TO PEACE OFFICERS; AMENDING CHAPTER 51, TITLE 19, IDAHO CODE, BY THE ADDITION OF NEW SECTIONS 19-5120 AND 19-5121; AND PROVIDING AN EFFECTIVE DATE.
Be It Enacted by the Legislature of the State of Idaho:
SECTION 1. That Chapter 51, Title 19, Idaho Code, be, and the same is hereby amended by the addition thereto of a NEW SECTION, to be known and designated as Section 19-5120, Idaho Code, and to read as follows:
19-5120. CIVIL LIABILITY OF PEACE OFFICERS. (1) A peace officer who, under color of law, deprives a person of any right secured by the constitution of the state of Idaho shall be liable to that person. (2) Qualified immunity shall not be a defense to an action under this section. (3) The employing agency may indemnify the peace officer for a judgment under this section.
SECTION 2. That Chapter 51, Title 19, Idaho Code, be, and the same is hereby amended by the addition thereto of a NEW SECTION, to be known and designated as Section 19-5121, Idaho Code, and to read as follows:
19-5121. USE OF FORCE POLICIES. Each law enforcement agency shall adopt a written policy requiring its officers to intervene when another officer uses force that is clearly beyond that which is objectively reasonable.
SECTION 3. This act shall be in full force and effect on and after July 1, 2027.
""")

add("AX23", "Puerto Rico, municipal police, Article II sections", "PR", "pnpynnynn", [
 "Only municipal police officers: one class.",
 "Police only.",
 "Only Sections 1, 8 and 10 of Article II: some rights.",
 "Article 4: the Municipal Code's limits on municipal liability shall not apply.",
 "Silent.", "Silent.",
 "Article 5: court shall award fees to a prevailing plaintiff.",
 "Silent.", "Silent."], """
(S. B. 612)
LAW
To provide a cause of action against municipal police officers for the violation of certain constitutional rights; and for other purposes.
BE IT ENACTED BY THE LEGISLATIVE ASSEMBLY OF PUERTO RICO:
Article 1.- Definition. For purposes of this Act, "municipal police officer" means any member of a Municipal Police Corps established under the Puerto Rico Municipal Code, Law No. 107-2020, as amended.
Article 2.- Cause of Action. Any municipal police officer who violates the rights recognized in Section 1, Section 8 or Section 10 of Article II of the Constitution of the Commonwealth of Puerto Rico shall be liable to the injured person.
Article 3.- Defenses. The municipal police officer may not invoke qualified immunity, good faith or the reasonable belief that his conduct was lawful.
Article 4.- Limits. The limits on the liability of municipalities established in the Puerto Rico Municipal Code, Law No. 107-2020, shall not apply to actions under this Act.
Article 5.- Fees. Notwithstanding Rule 44.1 of the Rules of Civil Procedure, the court shall award reasonable attorney's fees to the prevailing plaintiff.
Article 6.- Separability. If any clause of this Act is declared unconstitutional, the ruling shall not affect the remainder of this Act.
Article 7.- Effectiveness. This Act shall take effect immediately after its approval.
""")

add("AX24", "Guam, GPD force claims, cap raised, termination", None, "pnnpnnnyn", [
 "Only officers of the Guam Police Department: one agency.",
 "Police only.",
 "Only excessive force: no.",
 "§ 77120(c) raises the Government Claims Act limit to $500,000 but keeps it.",
 "Silent.", "Silent.", "Silent.",
 "§ 77120(d): officer found liable shall be terminated: discipline tied to violation.",
 "Silent."], """
I MINA'TRENTAI NUEBI NA LIHESLATURAN GUÅHAN
Bill No. 102-39 (COR)
AN ACT TO ADD § 77120 TO ARTICLE 1, CHAPTER 77, TITLE 10, GUAM CODE ANNOTATED, RELATIVE TO EXCESSIVE FORCE BY POLICE OFFICERS.
BE IT ENACTED BY THE PEOPLE OF GUAM:
Section 1. § 77120 is hereby added to Article 1, Chapter 77, Title 10, Guam Code Annotated, to read:
§ 77120. Excessive Force; Civil Liability.
(a) A police officer of the Guam Police Department who uses excessive force against any person shall be liable to that person.
(b) Qualified immunity shall not be a defense in an action under Subsection (a).
(c) For an action under Subsection (a), the limit on recovery against the government under the Government Claims Act is increased to Five Hundred Thousand Dollars ($500,000).
(d) A police officer found liable under Subsection (a) shall be terminated from employment with the Guam Police Department.
Section 2. Effective Date. This Act shall be effective upon enactment.
""")

add("AX25", "DC act, all District employees, fees for force claims only", "DC", "yyyynnpnn", [
 "Sec. 3 bars qualified immunity for any District employee, including MPD.",
 "Any employee of the District government.",
 "Any right under the US Constitution or the Home Rule Act: unrestricted for DC.",
 "DC has no cap on such claims; bill silent on caps.",
 "Silent.", "Silent.",
 "Sec. 4: shall award fees but only for claims arising from use of force: limited.",
 "Silent.", "Silent."], """
AN ACT
IN THE COUNCIL OF THE DISTRICT OF COLUMBIA
To establish a civil action against District employees who deprive persons of rights, and to abolish qualified immunity in such actions.
BE IT ENACTED BY THE COUNCIL OF THE DISTRICT OF COLUMBIA, That this act may be cited as the "Civil Rights Restoration Amendment Act of 2027".
Sec. 2. (a) Any employee of the District government who, under color of law, deprives a person of any right secured by the Constitution of the United States or the District of Columbia Home Rule Act shall be liable to the person injured. (b) For the purposes of this section, "employee" includes any officer of the Metropolitan Police Department.
Sec. 3. Qualified immunity shall not be a defense to an action under section 2.
Sec. 4. In an action under section 2 arising from the use of force, the court shall award reasonable attorney's fees and costs to a prevailing plaintiff.
Sec. 5. Applicability. This act shall apply upon the date of inclusion of its fiscal effect in an approved budget and financial plan.
Sec. 6. Effective date. This act shall take effect following approval by the Mayor and a 30-day period of congressional review.
""")

# keep / codify / widen
add("AX26", "Idaho, codifies QI but mandatory fees", "ID", "nnnnnnynn", [
 "6-2603 codifies qualified immunity: clearly-established test kept.",
 "Qualified immunity kept for all.",
 "Claim exists but qualified immunity is kept.",
 "6-2604 keeps Idaho Tort Claims Act limits.",
 "Silent.", "Silent.",
 "6-2605: court shall award fees to a prevailing plaintiff.",
 "Silent.", "Silent."], """
LEGISLATURE OF THE STATE OF IDAHO
HOUSE BILL NO. 502
AN ACT RELATING TO CIVIL ACTIONS; AMENDING TITLE 6, IDAHO CODE, BY THE ADDITION OF A NEW CHAPTER 26; AND PROVIDING AN EFFECTIVE DATE.
Be It Enacted by the Legislature of the State of Idaho:
SECTION 1. That Title 6, Idaho Code, be amended by the addition of a NEW CHAPTER 26, to read as follows:
6-2601. DEFINITIONS. "Public official" means any officer or employee of the state or a political subdivision.
6-2602. ACTION. A public official who, under color of law, deprives a person of any right secured by the constitution of the state of Idaho shall be liable to the person.
6-2603. IMMUNITY. A public official shall be immune from liability under section 6-2602, Idaho Code, unless the official violated a right that was clearly established at the time of the conduct, such that every reasonable official would have understood the conduct to be unlawful.
6-2604. LIMITS PRESERVED. Nothing in this chapter affects the limits of section 6-926, Idaho Code.
6-2605. FEES. The court shall award reasonable attorney fees to a prevailing plaintiff.
SECTION 2. This act shall be in full force and effect on and after July 1, 2027.
""")

add("AX27", "Wyoming, widens good-faith immunity for peace officers", "WY", "nnnnnnnnn", [
 "Widens immunity for peace officers acting in good faith.",
 "No bar.", "No claim ended.", "No cap change.", "Silent.", "Silent.", "Silent.", "Silent.", "Silent."], """
2027 STATE OF WYOMING
HOUSE BILL NO. HB0177
Peace officer immunity.
AN ACT relating to governmental claims; providing immunity to peace officers acting in good faith; and providing for an effective date.
Be It Enacted by the Legislature of the State of Wyoming:
Section 1. W.S. 1-39-104(a) is amended by creating a new paragraph (iii) to read:
(iii) A peace officer as defined by W.S. 7-2-101 who acts in good faith and within the scope of his duties is immune from civil liability for any claim, including a claim alleging a violation of the Wyoming constitution.
Section 2. W.S. 1-39-118 is not amended by this act and its limits continue to apply.
Section 3. This act is effective July 1, 2027.
""")

add("AX28", "Mississippi, state claim with federal QI preserved", "MS", "nnnnnnnnn", [
 "Section 3 applies qualified immunity to claims under Section 2.",
 "QI preserved.", "QI preserved for constitutional claims.",
 "Section 4 keeps the Tort Claims Act limits.",
 "Silent.", "Silent.",
 "Fees may be awarded: discretionary.",
 "Silent.", "Silent."], """
MISSISSIPPI LEGISLATURE
2027 Regular Session
House Bill No. 877
AN ACT TO CREATE A STATE CIVIL REMEDY FOR VIOLATIONS OF THE MISSISSIPPI CONSTITUTION; TO PRESERVE EXISTING IMMUNITIES; AND FOR RELATED PURPOSES.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF MISSISSIPPI:
SECTION 1. As used in this act, "official" means any officer or employee of a governmental entity.
SECTION 2. An official who, under color of law, deprives a person of a right secured by the Constitution of the State of Mississippi shall be liable to the person injured.
SECTION 3. The defense of qualified immunity, as recognized by the courts of the United States in actions under 42 USCS Section 1983, shall apply to every claim under Section 2 of this act.
SECTION 4. Nothing in this act shall be construed to waive the immunity or enlarge the limits of liability in Sections 11-46-1 through 11-46-23.
SECTION 5. The court may award reasonable attorney's fees to a prevailing plaintiff.
SECTION 6. This act shall take effect and be in force from and after July 1, 2027.
""")

add("AX29", "Nebraska, QI kept unless objectively unreasonable", "NE", "nnnnnnnnn", [
 "Sec. 2 keeps qualified immunity unless conduct objectively unreasonable: kept.",
 "Kept.", "Kept.",
 "Sec. 3: Political Subdivisions Tort Claims Act not waived.",
 "Silent.", "Silent.", "Silent.", "Silent.", "Silent."], """
LEGISLATURE OF NEBRASKA
LEGISLATIVE BILL 640
A BILL FOR AN ACT relating to law enforcement; to provide for civil actions; and to preserve immunities.
Be it enacted by the people of the State of Nebraska,
Section 1. A law enforcement officer who deprives a person of a right secured by the Constitution of Nebraska is liable to the person injured, except as provided in section 2 of this act.
Sec. 2. Qualified immunity shall be a defense to an action under section 1 of this act unless the officer's conduct was objectively unreasonable in light of clearly established law.
Sec. 3. Nothing in this act waives any immunity or limit under the Political Subdivisions Tort Claims Act or the State Tort Claims Act.
""")

add("AX30", "North Dakota, clearly-established barred but good faith survives", "ND", "nnnynnynn", [
 "Subsection 3 keeps a reasonable good-faith belief defense: no.",
 "Not ended (good faith survives).",
 "Good-faith defense survives, so not ended.",
 "Subsection 4: 32-12.2-02 limits do not apply.",
 "Silent.", "Silent.",
 "Subsection 5: shall award fees to prevailing plaintiff.",
 "Silent.", "Silent."], """
Sixty-ninth Legislative Assembly of North Dakota
HOUSE BILL NO. 1400
A BILL for an Act to create and enact a new section to chapter 32-12.2 of the North Dakota Century Code, relating to civil actions against state employees.
BE IT ENACTED BY THE LEGISLATIVE ASSEMBLY OF NORTH DAKOTA:
SECTION 1. A new section to chapter 32-12.2 of the North Dakota Century Code is created and enacted as follows:
Civil action for constitutional violations.
1. A state employee who, under color of law, deprives an individual of any right secured by the Constitution of North Dakota is liable to the individual.
2. It is not a defense to an action under this section that the right was not clearly established at the time of the conduct.
3. A state employee is not liable under this section if the employee reasonably and in good faith believed that the conduct was lawful.
4. The limits of section 32-12.2-02 do not apply to an action under this section.
5. The court shall award reasonable attorney's fees to a prevailing plaintiff.
""")

add("AX31", "Vermont, codifies state common-law official immunity", "VT", "nnnnnnnnn", [
 "Codifies qualified immunity for officials acting in good faith.",
 "Kept.", "Kept.", "No change to caps.", "Silent.", "Silent.", "Silent.", "Silent.", "Silent."], """
S.88
An act relating to the qualified immunity of public officials
It is hereby enacted by the General Assembly of the State of Vermont:
Sec. 1. PURPOSE
The purpose of this act is to codify the doctrine of qualified immunity as applied by the Vermont Supreme Court.
Sec. 2. 12 V.S.A. § 5607 is added to read:
§ 5607. QUALIFIED IMMUNITY
A lower-level public official or employee, including a law enforcement officer, who performs a discretionary act within the scope of the official's authority in good faith is immune from personal liability for damages, including damages for a violation of the Vermont Constitution. An official acts in good faith unless the official violated clearly established rights of which a reasonable person would have known.
Sec. 3. EFFECTIVE DATE
This act shall take effect on passage.
""")

add("AX32", "Delaware, widens crowd-control immunity", "DE", "nnnnnnnnn", [
 "Adds immunity for crowd-control acts: widens.",
 "No bar.", "No claim.", "Caps of § 4013 expressly kept.", "Silent.", "Silent.", "Silent.", "Silent.", "Silent."], """
SPONSOR: Rep. Poe
HOUSE OF REPRESENTATIVES
154th GENERAL ASSEMBLY
HOUSE BILL NO. 301
AN ACT TO AMEND TITLE 10 OF THE DELAWARE CODE RELATING TO IMMUNITY FOR LAW-ENFORCEMENT OFFICERS DURING CIVIL DISORDER.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF DELAWARE:
Section 1. Amend § 4011(b) of Title 10 of the Delaware Code by adding a new paragraph (8): (8) Any act or omission of a law-enforcement officer undertaken in good faith to disperse a riot or unlawful assembly, including any claim that the act violated the Delaware Constitution.
Section 2. Nothing in this Act alters the limits of § 4013 of Title 10, which continue to apply to any claim not barred by this Act.
SYNOPSIS
This bill extends immunity under the County and Municipal Tort Claims Act to officers' good-faith acts during civil disorder.
""")
