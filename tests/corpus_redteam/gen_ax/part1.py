B = []
def add(id, style, state, lab, reasons, text):
    B.append(dict(id=id, style=style, state=state, lab=lab, reasons=reasons, text=text.strip()))

add("AX01", "Alaska session law, AS sections added", "AK", "ynyynnynn", [
 "Sec. 09.65.400 gives a claim against peace officers and Sec. 09.65.410(c) bars good faith, reasonable belief and clearly-established defenses.",
 "Only peace officers (defined by AS 01.10.060) are covered.",
 "Any right secured by the Constitution of the State of Alaska.",
 "Sec. 4 makes AS 09.17.010 limits and AS 09.50.250/09.65.070 immunities inapplicable.",
 "Silent on intervention.",
 "Silent on indemnity.",
 "Court shall award reasonable attorney fees and costs to a prevailing plaintiff.",
 "No personal consequence.",
 "Silent on records."], """
AN ACT relating to civil actions against peace officers for the deprivation of rights; and providing for an effective date.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF ALASKA:
* Section 1. AS 09.65 is amended by adding a new section to read:
Sec. 09.65.400. Civil action for deprivation of rights. (a) A peace officer who, under color of law, subjects or causes to be subjected any person to the deprivation of a right secured by the Constitution of the State of Alaska is liable to the injured person in an action at law. (b) An action under this section shall be commenced within three years after the cause of action accrues.
* Sec. 2. AS 09.65 is amended by adding a new section to read:
Sec. 09.65.410. Defenses. (a) The peace officer may assert any defense available under the Alaska Rules of Civil Procedure. (b) The officer may not assert that the employing agency authorized the conduct. (c) It is not a defense to an action under AS 09.65.400 that the officer acted in good faith, that the officer reasonably believed the conduct to be lawful, or that the right was not clearly established at the time of the conduct.
* Sec. 3. AS 09.65 is amended by adding a new section to read:
Sec. 09.65.420. Attorney fees. Notwithstanding Rule 82, Alaska Rules of Civil Procedure, in an action under AS 09.65.400 the court shall award reasonable attorney fees and costs to a prevailing plaintiff.
* Sec. 4. AS 09.65 is amended by adding a new section to read:
Sec. 09.65.430. Limits inapplicable. The limitations on damages in AS 09.17.010 and the immunities in AS 09.50.250 and AS 09.65.070 do not apply to an action under AS 09.65.400.
* Sec. 5. AS 09.65 is amended by adding a new section to read:
Sec. 09.65.499. Definitions. In AS 09.65.400 - 09.65.430, "peace officer" has the meaning given in AS 01.10.060.
* Sec. 6. This Act takes effect January 1, 2028.
""")

add("AX02", "Idaho code chapter, person defined elsewhere", "ID", "yyyynnnyn", [
 "6-2503 bars qualified immunity and good-faith defenses for any person acting under color of law, which includes peace officers.",
 "6-2501 defines person as any employee or officer of the state or a political subdivision; the claim reaches every public employee.",
 "Any right secured by the constitution of the state of Idaho.",
 "6-2505 says the limits of 6-926 and the exceptions of 6-904 do not apply.",
 "Silent on intervention.",
 "6-2504(3) lets the employer refuse indemnity when the employee is convicted of a crime for the conduct: carve-out, no.",
 "Court may award fees: discretionary.",
 "6-2504(2): employee personally pays 5% or $25,000, whichever is less.",
 "Silent on records."], """
LEGISLATURE OF THE STATE OF IDAHO
HOUSE BILL NO. 418
AN ACT RELATING TO CIVIL RIGHTS; AMENDING TITLE 6, IDAHO CODE, BY THE ADDITION OF A NEW CHAPTER 25, TITLE 6, IDAHO CODE; AND DECLARING AN EMERGENCY.
Be It Enacted by the Legislature of the State of Idaho:
SECTION 1. That Title 6, Idaho Code, be, and the same is hereby amended by the addition thereto of a NEW CHAPTER, to be known and designated as Chapter 25, Title 6, Idaho Code, and to read as follows:
6-2501. DEFINITIONS. As used in this chapter, "person" means any officer or employee of the state of Idaho or of any political subdivision thereof, whether elected, appointed or hired, and includes any peace officer as defined in section 19-5101, Idaho Code.
6-2502. CAUSE OF ACTION. Any person who, under color of law, deprives another of any right secured by the constitution of the state of Idaho shall be liable to the party injured for legal and equitable relief.
6-2503. DEFENSES. Qualified immunity shall not be a defense to an action brought under section 6-2502, Idaho Code, and it shall not be a defense that the person acted in good faith or believed the conduct lawful.
6-2504. INDEMNIFICATION. (1) The employer of a person found liable under section 6-2502, Idaho Code, shall indemnify the person for the judgment or settlement. (2) Notwithstanding subsection (1) of this section, the person shall personally pay five percent (5%) of the judgment or twenty-five thousand dollars ($25,000), whichever is less, and the employer shall not pay that portion. (3) Subsection (1) of this section shall not apply if the person has been convicted of a crime arising from the same conduct.
6-2505. LIMITS. The limits on liability in section 6-926, Idaho Code, and the exceptions to liability in section 6-904, Idaho Code, shall not apply to an action under section 6-2502, Idaho Code.
6-2506. FEES. The court may award reasonable attorney fees to a prevailing plaintiff.
SECTION 2. An emergency existing therefor, which emergency is hereby declared to exist, this act shall be in full force and effect on and after its passage and approval.
""")

add("AX03", "Mississippi act with Article 3 sections", "MS", "ynpyynnnn", [
 "Section 4 bars qualified immunity and good faith for claims against covered persons (law enforcement officers).",
 "Covered person is defined as law enforcement officers only.",
 "Only Sections 14, 23 and 24 of Article 3 are covered: some rights.",
 "Section 5 amends 11-46-9 and 11-46-15 so their exemptions and limits do not apply.",
 "Section 6 imposes a stand-alone duty to intervene and report, and makes a non-intervening officer jointly liable.",
 "Silent on indemnity.",
 "Silent on fees.",
 "No personal consequence.",
 "Silent on records."], """
MISSISSIPPI LEGISLATURE
REGULAR SESSION 2027
By: Representative Doe
House Bill No. 1102
AN ACT TO CREATE A STATE CIVIL ACTION FOR THE DEPRIVATION OF CERTAIN RIGHTS BY LAW ENFORCEMENT OFFICERS; TO AMEND SECTIONS 11-46-9 AND 11-46-15, MISSISSIPPI CODE OF 1972, IN CONFORMITY THERETO; AND FOR RELATED PURPOSES.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF MISSISSIPPI:
SECTION 1. This act shall be known and may be cited as the "Mississippi Accountability in Policing Act."
SECTION 2. As used in Sections 1 through 6 of this act, "covered person" means any law enforcement officer as defined in Section 45-6-3.
SECTION 3. A covered person who, under color of law, deprives any individual of a right secured by Section 14, Section 23 or Section 24 of Article 3 of the Mississippi Constitution of 1890 shall be liable to the individual for damages and equitable relief.
SECTION 4. In an action under Section 3 of this act, qualified immunity shall not be a defense, and it shall not be a defense that the covered person acted in good faith.
SECTION 5. Sections 11-46-9 and 11-46-15, Mississippi Code of 1972, are amended to provide that the exemptions in Section 11-46-9 and the limits on liability in Section 11-46-15 shall not apply to a claim under Section 3 of this act.
SECTION 6. (1) A covered person who is present and observes another covered person depriving an individual of a right described in Section 3 shall intervene to prevent the deprivation and shall report it to a supervisor within twenty-four (24) hours. (2) A covered person who fails to intervene as required by subsection (1) of this section shall be jointly and severally liable with the other covered person in an action under Section 3 of this act.
SECTION 7. This act shall take effect and be in force from and after July 1, 2027.
""")

add("AX04", "Nebraska legislative bill, sections 1 to 8", "NE", "yyyynypny", [
 "Sec. 4 bars qualified immunity for any person acting under color of law, which includes law enforcement.",
 "Sec. 2 defines public employee as any officer, employee or agent of the state or a political subdivision; claim against any public employee.",
 "Any right secured by the Constitution of Nebraska.",
 "Sec. 5: State Tort Claims Act and Political Subdivisions Tort Claims Act do not apply.",
 "Silent on intervention.",
 "Sec. 6(1) whole judgment indemnified, (2) applies regardless of bad faith or willful conduct.",
 "Sec. 7(1) shall award but (2) caps fees at $50,000: mandatory but limited.",
 "No personal consequence.",
 "Sec. 8: every judgment and settlement is a public record posted online."], """
LEGISLATURE OF NEBRASKA
ONE HUNDRED TENTH LEGISLATURE
FIRST SESSION
LEGISLATIVE BILL 512
A BILL FOR AN ACT relating to civil rights; to provide a civil action for deprivation of rights by public employees; to provide for indemnification and fees; and to provide severability.
Be it enacted by the people of the State of Nebraska,
Section 1. Sections 1 to 9 of this act shall be known and may be cited as the Civil Rights Accountability Act.
Sec. 2. For purposes of the Civil Rights Accountability Act: (1) Employer means the state or political subdivision that employs a public employee; and (2) Public employee means any officer, employee or agent of the State of Nebraska or of any political subdivision, including any law enforcement officer.
Sec. 3. A public employee who, under color of law, subjects or causes to be subjected any person to the deprivation of any right secured by the Constitution of Nebraska is liable to the person injured.
Sec. 4. In an action under section 3 of this act, the doctrine of qualified immunity and any claim that the public employee acted in good faith are not defenses.
Sec. 5. The State Tort Claims Act and the Political Subdivisions Tort Claims Act, including section 13-910 and section 81-8,219, do not apply to an action under section 3 of this act.
Sec. 6. (1) The employer shall indemnify the public employee for the full amount of any judgment or settlement under section 3 of this act. (2) Subsection (1) of this section applies whether or not the public employee acted willfully or in bad faith.
Sec. 7. (1) The court shall award reasonable attorney's fees and costs to a prevailing plaintiff. (2) An award under subsection (1) of this section shall not exceed fifty thousand dollars.
Sec. 8. Each judgment and settlement under section 3 of this act is a public record and shall be posted on the employer's website within thirty days.
Sec. 9. If any section in this act or any part of any section is declared invalid or unconstitutional, the declaration shall not affect the validity or constitutionality of the remaining portions.
""")

add("AX05", "North Dakota, local officers, conditional effective date", "ND", "pnypnnnnn", [
 "Only law enforcement officers employed by a city or county: some classes.",
 "Police only.",
 "Any right under the Constitution of North Dakota.",
 "Cap of 32-12.2-02 raised to $1,000,000 but still applies: partial.",
 "Silent.", "Silent.", "Silent.", "Silent.", "Silent."], """
Sixty-ninth Legislative Assembly of North Dakota
HOUSE BILL NO. 1287
A BILL for an Act to create and enact a new section to chapter 32-12.1 of the North Dakota Century Code, relating to civil actions against local law enforcement officers; to amend and reenact section 32-12.2-02; and to provide a contingent effective date.
BE IT ENACTED BY THE LEGISLATIVE ASSEMBLY OF NORTH DAKOTA:
SECTION 1. A new section to chapter 32-12.1 of the North Dakota Century Code is created and enacted as follows:
Civil action against local law enforcement officers.
1. A law enforcement officer employed by a city or county who, under color of law, deprives an individual of any right secured by the Constitution of North Dakota is liable to the individual.
2. It is not a defense to an action under this section that the law enforcement officer believed in good faith that the conduct was lawful, or that the right was not clearly established at the time.
SECTION 2. AMENDMENT. Subsection 2 of section 32-12.2-02 of the North Dakota Century Code is amended to provide that for a claim under section 1 of this Act the limit on liability is one million dollars per person and two million dollars per occurrence.
SECTION 3. CONTINGENT EFFECTIVE DATE. This Act becomes effective on the date the attorney general certifies to the legislative council that the North Dakota insurance reserve fund has adopted coverage for claims under section 1 of this Act.
""")

add("AX06", "South Dakota, savings clause keeps sovereign limits", "SD", "yyynnnynn", [
 "Section 3 bars qualified immunity and the clearly-established defense for any person acting under color of law.",
 "Section 1 defines person as any employee or officer of the state or any public entity.",
 "Any right secured by the Constitution of South Dakota.",
 "Section 5 savings clause keeps chapter 21-32A limits on recovery: caps remain.",
 "Silent.", "Silent.",
 "Section 4: court shall award reasonable fees and costs to a prevailing plaintiff.",
 "Silent.", "Silent."], """
State of South Dakota
NINETY-SECOND SESSION LEGISLATIVE ASSEMBLY
SENATE BILL NO. 144
ENTITLED, An Act to provide a civil remedy for the violation of state constitutional rights.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF SOUTH DAKOTA:
Section 1. That a NEW SECTION be added to chapter 21-65: Terms used in this chapter mean: (1) "Person," any employee, officer or agent of the state or of any public entity as defined in section 21-32A-3; (2) "Public entity," as defined in section 21-32A-3.
Section 2. That a NEW SECTION be added to chapter 21-65: Any person who, under color of law, deprives another of any right secured by the Constitution of South Dakota is liable to the injured party for damages.
Section 3. That a NEW SECTION be added to chapter 21-65: Qualified immunity is not a defense to an action under section 2 of this Act. It is not a defense that the right was not clearly established.
Section 4. That a NEW SECTION be added to chapter 21-65: The court shall award reasonable attorney fees and costs to a prevailing plaintiff in an action under section 2 of this Act.
Section 5. That a NEW SECTION be added to chapter 21-65: Nothing in this Act waives the sovereign immunity of the state or enlarges the liability of any public entity beyond the extent provided in chapter 21-32A, including the limits of any coverage under §§ 21-32A-1 and 21-32A-2.
""")

add("AX07", "Wyoming, state agencies only, force/search only", "WY", "pnnynynnn", [
 "Only peace officers of the highway patrol and division of criminal investigation: some classes.",
 "Police only.",
 "Only force or unreasonable search and seizure under art. 1, sec. 4: no.",
 "(d) W.S. 1-39-118 limits shall not apply.",
 "Silent.",
 "(e) the state shall indemnify the full amount of any judgment or settlement.",
 "Silent.", "Silent.", "Silent."], """
2027 STATE OF WYOMING 27LSO-0311
HOUSE BILL NO. HB0091
Civil actions-state peace officers.
AN ACT relating to civil procedure; creating a civil action against certain state peace officers; providing definitions; and providing for an effective date.
Be It Enacted by the Legislature of the State of Wyoming:
Section 1. W.S. 1-39-123 is created to read:
1-39-123. Civil action against state peace officers.
(a) As used in this section: (i) "Peace officer" means as defined in W.S. 7-2-101; (ii) "Covered officer" means a peace officer employed by the Wyoming highway patrol or the division of criminal investigation.
(b) A covered officer who uses excessive force against a person, or subjects a person to an unreasonable search or seizure prohibited by article 1, section 4 of the Wyoming constitution, is liable to the person injured.
(c) The defense of qualified immunity shall not be available to a covered officer in an action under subsection (b) of this section.
(d) The limits of W.S. 1-39-118 shall not apply to an action under subsection (b) of this section.
(e) The state shall indemnify a covered officer for the full amount of any judgment or settlement under subsection (b) of this section.
Section 2. This act is effective July 1, 2027.
""")

add("AX08", "Vermont act, Chapter I articles, decertification", "VT", "ynpynnyyn", [
 "§ 5702 bars qualified immunity and good faith for law enforcement officers.",
 "Law enforcement officers only.",
 "Only Articles 1, 10 and 11 of Chapter I: some rights.",
 "§ 5703: 12 V.S.A. § 5601(b) limits shall not apply.",
 "Silent.", "Silent.",
 "§ 5704: court shall award fees and costs to a prevailing plaintiff.",
 "Sec. 2: the Council shall revoke certification of an officer found liable under § 5701.",
 "Silent."], """
NO. 62. AN ACT RELATING TO CIVIL ACTIONS AGAINST LAW ENFORCEMENT OFFICERS.
It is hereby enacted by the General Assembly of the State of Vermont:
Sec. 1. 12 V.S.A. chapter 192 is added to read:
CHAPTER 192. CIVIL ACTIONS AGAINST LAW ENFORCEMENT OFFICERS
§ 5700. DEFINITION
As used in this chapter, "law enforcement officer" has the same meaning as in 20 V.S.A. § 2351a.
§ 5701. CAUSE OF ACTION
A law enforcement officer who, under color of law, deprives a person of a right protected by Article 1, Article 10 or Article 11 of Chapter I of the Vermont Constitution shall be liable to the person injured.
§ 5702. DEFENSES
Qualified immunity shall not be a defense to liability under this chapter, and it is not a defense that the officer acted in good faith.
§ 5703. LIMITS
The limits on liability in subsection 5601(b) of this title shall not apply to an action under this chapter.
§ 5704. FEES
In an action under this chapter, the court shall award reasonable attorney's fees and costs to a prevailing plaintiff.
Sec. 2. 20 V.S.A. § 2409 is amended to add: The Vermont Criminal Justice Council shall revoke the certification of a law enforcement officer found liable under 12 V.S.A. § 5701.
Sec. 3. EFFECTIVE DATE
This act shall take effect on July 1, 2027.
""")

add("AX09", "Delaware Code chapter with indemnity carve-out", "DE", "yyyynnynn", [
 "§ 4003A bars qualified immunity for any person acting under color of state law, including police.",
 "Any person acting under color of law: wider than public employees.",
 "Any right secured by the Delaware Constitution.",
 "§ 4004A: §§ 4001 and 4013 of Title 10 do not apply.",
 "Silent.",
 "§ 4005A(b): no indemnity when employee acted with actual malice: carve-out.",
 "§ 4005A(c): shall award fees and costs to a prevailing plaintiff.",
 "Silent.", "Silent."], """
SPONSOR: Rep. Doe
HOUSE OF REPRESENTATIVES
154th GENERAL ASSEMBLY
HOUSE BILL NO. 220
AN ACT TO AMEND TITLE 10 OF THE DELAWARE CODE RELATING TO CIVIL ACTIONS FOR THE DEPRIVATION OF RIGHTS.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF DELAWARE:
Section 1. Amend Title 10 of the Delaware Code by making insertions as shown by underline as follows:
Chapter 40A. Civil Rights Actions.
§ 4001A. Definitions. For purposes of this chapter, "public employer" means the State, any agency of the State, and any county, municipality or other political subdivision.
§ 4002A. Cause of action. Any person who, under color of any statute, ordinance, regulation, custom or usage of this State, subjects or causes to be subjected any individual to the deprivation of any right secured by the Delaware Constitution shall be liable to the individual injured.
§ 4003A. Defenses. The doctrine of qualified immunity shall not be a defense in an action under this chapter.
§ 4004A. Limits. Sections 4001 and 4013 of this title shall not apply to an action under this chapter.
§ 4005A. Indemnification; fees. (a) A public employer shall indemnify its employee for any judgment entered under this chapter. (b) Subsection (a) of this section shall not apply where the employee acted with actual malice. (c) The court shall award reasonable attorney's fees and costs to a prevailing plaintiff.
Section 2. If any provision of this Act or its application is held invalid, the invalidity does not affect other provisions or applications that can be given effect without the invalid provision or application.
SYNOPSIS
This bill creates a state cause of action for the deprivation of rights under the Delaware Constitution and removes qualified immunity as a defense.
""")

add("AX10", "Puerto Rico law, Article II Bill of Rights, publication", "PR", "ynyynnnny", [
 "Article 4 bars qualified immunity for law enforcement agents.",
 "Agents of the Police Bureau and municipal police only.",
 "Any right of the Bill of Rights, Article II, i.e. the whole constitutional bill of rights.",
 "Article 5: limits of Law 104 of 1955 (32 L.P.R.A. § 3077) shall not apply.",
 "Silent.", "Silent.", "Silent.", "Silent.",
 "Article 6: Bureau shall publish every complaint and every judgment or settlement."], """
(H. B. 1410)
LAW
To establish the "Civil Rights Protection Act of Puerto Rico"; to provide a cause of action against law enforcement agents; and for other purposes.
STATEMENT OF MOTIVES
The Legislative Assembly finds that victims of police misconduct should have a remedy in the courts of Puerto Rico.
BE IT ENACTED BY THE LEGISLATIVE ASSEMBLY OF PUERTO RICO:
Article 1.- Title. This Act shall be known as the "Civil Rights Protection Act of Puerto Rico."
Article 2.- Definitions. For purposes of this Act, "law enforcement agent" means any member of the Puerto Rico Police Bureau and any municipal police officer.
Article 3.- Cause of Action. Any law enforcement agent who, under color of law, deprives a person of any right secured by the Bill of Rights, Article II, of the Constitution of the Commonwealth of Puerto Rico, shall be liable to that person.
Article 4.- Immunity. Qualified immunity shall not be a defense in an action under Article 3 of this Act.
Article 5.- Limits. The limits on damages established in Article 2 of Law No. 104 of June 29, 1955, as amended, 32 L.P.R.A. § 3077, shall not apply to actions under this Act.
Article 6.- Publication. The Puerto Rico Police Bureau shall publish on its website each quarter every complaint of misconduct received against an agent and every judgment or settlement under Article 3.
Article 7.- Effectiveness. This Act shall take effect ninety (90) days after its approval.
""")
