# Per-bill material for set SM: the claim (or trap) section(s), digest, fiscal note, labels, reasons.
# label string order: LE PE SC DC FTI FC AF IA PR
B = []

def add(**kw): B.append(kw)

# ---------------------------------------------------------------- SM01 CA
add(id="SM01", state="CA", kind="claim",
 title="An act to add Section 820.10 to the Government Code, to amend Section 21080 of the Public Resources Code, and to amend Sections 4000 and 9250 of the Vehicle Code, relating to public agencies.",
 number="SB 1187", fillers=["vehicle_fee","transit_cap","towing","broadband","volunteer_immunity","school_calendar","sales_tax_diapers","emergency_mgmt","cosmetology","vital_records","highway_naming","sunset"], at=6,
 digest=["(1) Existing law, the Government Claims Act, generally provides that a public employee is liable for injury caused by the employee's act or omission to the same extent as a private person, subject to specified immunities.",
  "This bill would make a public employee who, under color of law, subjects a person to the deprivation of a right secured by the California Constitution liable to the injured party. The bill would provide that good faith, a belief in the lawfulness of the conduct, or the fact that the right was not clearly established is not a defense. The bill would require the employing public entity to indemnify the employee for the full amount of a judgment or settlement, require the court to award attorney's fees to a prevailing plaintiff, and require the entity to post the judgment or settlement on its internet website.",
  "(2) The bill would also impose a road repair surcharge on vehicle registrations, limit the property-damage liability of regional transit authorities, regulate nonconsensual towing, establish broadband grants, and make other changes described in the bill.",
  "By imposing new duties on local agencies, this bill would impose a state-mandated local program. Vote: majority. Appropriation: no. Fiscal committee: yes. State-mandated local program: yes."],
 fiscal=None,
 claim=("Section 820.10 is added to the Government Code, to read: 820.10. Civil action for deprivation of constitutional rights.", [
  "(a) A public employee who, under color of law, subjects or causes to be subjected any person to the deprivation of any right, privilege, or immunity secured by the California Constitution is liable to the person injured in an action at law, suit in equity, or other proceeding for redress.",
  "(b) It is not a defense or immunity to an action under this section that the public employee acted in good faith, that the public employee believed, reasonably or otherwise, that the conduct was lawful, or that the right, privilege, or immunity was not clearly established at the time of the conduct.",
  "(c) The public entity that employed the public employee at the time of the conduct shall indemnify the employee for the full amount of any judgment or settlement in an action under this section, including any amount that could not be collected from the employee.",
  "(d) In an action under this section, the court shall award reasonable attorney's fees and costs to a prevailing plaintiff.",
  "(e) Within 30 days after a judgment becomes final or a settlement is executed in an action under this section, the public entity shall post on its internet website the complaint, the judgment or settlement agreement, and the amount paid.",
  "(f) For purposes of this section, \"public employee\" has the meaning given in Section 811.4 and includes an elected or appointed officer of a public entity."]),
 labels="YYYYNYYNY",
 reasons=["claim against any public employee (includes peace officers); good faith, reasonable belief and not clearly established barred",
  "class is every public employee of any public entity (Sec. 811.4)",
  "any right secured by the California Constitution",
  "CA has no statutory cap and the bill is silent; transit property-damage cap is a different claim",
  "no duty to intervene",
  "entity shall indemnify full amount incl. uncollectable part",
  "court shall award fees to prevailing plaintiff",
  "no personal share or discipline",
  "entity must post complaint, judgment/settlement and amount"])

# ---------------------------------------------------------------- SM02 IL
add(id="SM02", state="IL", kind="claim",
 title="AN ACT concerning public safety.", number="HB3344",
 fillers=["officer_training","body_camera_grant","fishing","records_fees","towing","bullying","wage_liability","agritourism","sunset","emergency_mgmt","school_calendar","notary"], at=5,
 digest=["Creates the Peace Officer Civil Rights Accountability Act. Provides that a peace officer who, under color of law, deprives a person of a right secured by the Illinois Constitution is liable to the injured person. Provides that qualified immunity is not a defense and that the Local Governmental and Governmental Employees Tort Immunity Act does not apply. Imposes a duty to intervene. Provides for indemnification by the employing unit of local government up to $1,000,000 per claim. Provides for revocation of certification. Amends the Illinois Police Training Act, the Freedom of Information Act, the Illinois Vehicle Code, the Fish and Aquatic Life Code, the School Code and other Acts concerning de-escalation training, body-worn camera grants, towing, bullying, wage payment, agritourism, and sunset of boards. Effective January 1, 2027.",
  "FISCAL NOTE ACT MAY APPLY"],
 fiscal=None,
 claim=("Article 15. Peace Officer Civil Rights Accountability Act. Section 15-5. Civil action; immunity; intervention.", [
  "(a) A peace officer who, under color of law, deprives any person of a right secured by the Illinois Constitution, or causes any person to be so deprived, is liable to the person injured in a civil action for damages, injunctive relief, or other appropriate relief.",
  "(b) Qualified immunity, and any defense that the peace officer acted in good faith or reasonably believed the conduct to be lawful, is not a defense to liability under this Section. The Local Governmental and Governmental Employees Tort Immunity Act does not apply to an action under this Section.",
  "(c) A peace officer who is present and observes another peace officer depriving a person of a right described in subsection (a) shall intervene to prevent or stop the deprivation when the officer has a realistic opportunity to do so, and shall report the deprivation to a supervisor within 24 hours. A peace officer who fails to intervene as required by this subsection is liable under subsection (a) to the same extent as the officer who committed the deprivation.",
  "(d) The unit of local government or State agency that employs the peace officer shall indemnify the officer for a judgment or settlement in an action under this Section, up to $1,000,000 per claim.",
  "(e) In an action under this Section, the court may award reasonable attorney's fees and costs to a prevailing plaintiff.",
  "(f) Within 30 days after a judgment against a peace officer under this Section becomes final, the clerk of the court shall transmit a copy to the Illinois Law Enforcement Training Standards Board, and the Board shall revoke the officer's certification.",
  "(g) In this Section, \"peace officer\" has the meaning given in Section 2-13 of the Criminal Code of 2012."]),
 labels="YNYYYPNYN",
 reasons=["peace officers liable; QI and good-faith/reasonable-belief defenses barred",
  "peace officers only", "any right secured by the Illinois Constitution",
  "IL has no cap and the Tort Immunity Act is made inapplicable",
  "stand-alone duty to intervene and report; officer who fails is liable",
  "indemnity mandatory but capped at $1,000,000 per claim",
  "court MAY award fees (the towing section's shall-award is another claim)",
  "Board shall revoke certification upon judgment", "nothing on records (FOIA fee section is unrelated)"])

# ---------------------------------------------------------------- SM03 CO
add(id="SM03", state="CO", kind="claim",
 title="A BILL FOR AN ACT CONCERNING MEASURES TO INCREASE LAW ENFORCEMENT ACCOUNTABILITY, AND, IN CONNECTION THEREWITH, MAKING AN APPROPRIATION.", number="HB25-1240",
 fillers=["officer_training","transit_cap","overdose_immunity","fishing","vehicle_fee","elder_report","broadband","cosmetology","highway_naming","sales_tax_diapers","sunset"], at=5,
 digest=["Bill Summary. The bill creates a civil action against a peace officer who, under color of law, deprives a person of a right secured by certain sections of the bill of rights in the state constitution (search and seizure, freedom of speech, due process). Qualified immunity and good faith are not defenses, and the 'Colorado Governmental Immunity Act' does not limit damages. The employer indemnifies the officer except for portions of a judgment for willful and wanton conduct, and the officer personally pays a share of the judgment. The bill also addresses training, transit claims, overdose immunity, fishing licenses, vehicle fees, adult protection reports, broadband, cosmetology apprentices, a memorial highway, a sales tax exemption and sunset review.",
  "(Note: This summary applies to this bill as introduced and does not reflect any amendments that may be subsequently adopted.)"],
 fiscal=None,
 claim=("In Colorado Revised Statutes, add 13-21-142 as follows: 13-21-142. Civil action for deprivation of rights - peace officers.", [
  "(1) A peace officer, as described in section 16-2.5-101, who, under color of law, subjects or causes to be subjected, including by failing to intervene, any other person to the deprivation of any right secured by section 7, section 10, or section 25 of article II of the state constitution is liable to the injured party for legal or equitable relief or any other appropriate relief.",
  "(2) Qualified immunity is not a defense to liability pursuant to this section. It is not a defense that the peace officer acted in good faith or believed the conduct was lawful.",
  "(3) Notwithstanding any provision of the 'Colorado Governmental Immunity Act', article 10 of title 24, including the limitations on damages in section 24-10-114, a claim under this section is not subject to any limitation on the amount of damages, and the act does not apply to such a claim.",
  "(4)(a) A peace officer's employer shall indemnify the peace officer for any judgment or settlement in an action under this section; except that the employer may decline to pay any portion of a judgment awarded for conduct that the employer determines was willful and wanton.",
  "(b) Notwithstanding subsection (4)(a), a peace officer against whom judgment is entered shall personally pay the lesser of three percent of the judgment or fifteen thousand dollars, and the employer shall not pay that amount on the officer's behalf.",
  "(5) In an action under this section, the court shall award reasonable attorney fees and costs to a prevailing plaintiff."]),
 labels="YNPYPNYYN",
 reasons=["peace officers; QI and good faith barred", "peace officers only",
  "three listed sections of article II only", "CGIA damages limits made inapplicable",
  "'including by failing to intervene' as one way of causing the deprivation only",
  "employer may decline willful-and-wanton portion: carve-out = no",
  "shall award fees to prevailing plaintiff", "officer personally pays lesser of 3% or $15,000",
  "nothing on records (elder abuse reports confidential are unrelated)"])

# ---------------------------------------------------------------- SM04 TX
add(id="SM04", state="TX", kind="claim",
 title="A BILL TO BE ENTITLED AN ACT relating to municipal peace officers, to the liability of municipalities, and to other matters affecting local government.", number="H.B. No. 2390",
 fillers=["volunteer_immunity","contractor_indemnity","school_calendar","fishing","broadband","landlord","emergency_mgmt","sunset","cosmetology","highway_naming","vehicle_fee"], at=5,
 digest=None,
 fiscal=["FISCAL NOTE, 89th Legislative Regular Session. H.B. No. 2390 by Ramirez. Estimated Two-year Net Impact to General Revenue Related Funds: a negative impact of ($412,000) through the biennium.",
  "The bill would create a cause of action against municipal peace officers for deprivation of rights under the Texas Constitution, prohibit the assertion of official or qualified immunity, increase the municipal liability limit under the Texas Tort Claims Act from $250,000 to $1 million per person, cap fee awards, and require municipalities to publish settlements. Local Government Impact: municipalities could experience increased costs for liability coverage; the amount cannot be determined."],
 claim=("Chapter 143, Local Government Code, is amended by adding Subchapter K to read as follows: SUBCHAPTER K. CIVIL LIABILITY OF MUNICIPAL PEACE OFFICERS. Sec. 143.401. CAUSE OF ACTION.", [
  "(a) A peace officer employed by a municipality who, under color of law, deprives a person of a right, privilege, or immunity secured by the Texas Constitution is liable to the person injured.",
  "(b) A peace officer may not assert official immunity or qualified immunity as a defense to an action under this subchapter, and it is not a defense that the officer acted in good faith.",
  "(c) The municipality that employs the officer is jointly liable for a judgment under this subchapter. Section 101.023, Civil Practice and Remedies Code, as amended by this Act, applies to the liability of a municipality under this subchapter.",
  "(d) The court shall award to a prevailing plaintiff reasonable attorney's fees, not to exceed $100,000, and costs.",
  "(e) A municipality shall publish on its Internet website each judgment entered and each settlement agreement executed in an action under this subchapter, including the amount paid, not later than the 30th day after the date of the judgment or agreement.",
  "SECTION 7. Section 101.023(c), Civil Practice and Remedies Code, is amended to read as follows: (c) Except as provided by Subsection (d), liability of a municipality under this chapter is limited to money damages in a maximum amount of [$250,000] $1 million for each person and [$500,000] $2 million for each single occurrence for bodily injury or death and $100,000 for each single occurrence for injury to or destruction of property."]),
 labels="PNYPNNPNY",
 reasons=["municipal peace officers only (not sheriffs, state police): some agencies", "police only",
  "any right under the Texas Constitution", "TTCA cap raised to $1 million but applies to these claims",
  "no duty to intervene", "joint liability of city, no indemnification of the officer",
  "shall award fees but capped at $100,000", "no personal consequence", "city must publish judgments and settlements"])

# ---------------------------------------------------------------- SM05 NJ
add(id="SM05", state="NJ", kind="claim",
 title="AN ACT concerning civil rights, supplementing Title 10 of the Revised Statutes and chapter 5 of Title 59 of the New Jersey Statutes, and amending various parts of the statutory law.", number="ASSEMBLY, No. 4112",
 fillers=["vehicle_fee","overdose_immunity","landlord","vital_records","agritourism","broadband","school_calendar","fishing","notary","sunset","sales_tax_diapers"], at=6,
 digest=["SYNOPSIS: Establishes civil action for deprivation of rights by public employees and public entities; bars qualified immunity; requires intervention, indemnification and attorney's fees; makes various other changes.",
  "CURRENT VERSION OF TEXT: As introduced.",
  "EXPLANATION - Matter enclosed in bold-faced brackets [thus] in the above bill is not enacted and is intended to be omitted in the law. Matter underlined thus is new matter."],
 fiscal=["STATEMENT. This bill establishes a cause of action against any public employee or public entity, as those terms are defined in the 'New Jersey Tort Claims Act,' that deprives a person of rights secured by the Constitution or laws of this State. The defense of qualified immunity is not available. Law enforcement officers have a duty to intervene and are jointly liable if they fail to. The public entity indemnifies the employee for the entire amount of any judgment. The court awards fees to a prevailing plaintiff. Body worn camera recordings of the incident are made available. The bill also revises towing, security deposit, vital records and other provisions."],
 claim=("(New section) Civil action against public employees and public entities.", [
  "a. Any public employee or public entity, as defined in N.J.S.59:1-3, that, under color of law, deprives a person of, or interferes with, any substantive rights, privileges or immunities secured by the Constitution or laws of this State shall be liable to the person injured in a civil action for damages, injunctive or other appropriate relief.",
  "b. The defense of qualified immunity, and any defense that the public employee acted in good faith or with a reasonable belief in the lawfulness of the conduct, shall not be available in an action under this section.",
  "c. Every law enforcement officer who is present when another officer engages in conduct that deprives a person of a right described in subsection a. of this section has a duty to intervene to prevent or stop that conduct. An officer who fails to intervene when the officer had a reasonable opportunity to do so shall be jointly and severally liable with the officer who engaged in the conduct.",
  "d. The public entity shall indemnify and hold harmless the public employee for the entire amount of any judgment or settlement in an action under this section.",
  "e. In an action under this section, the court shall award the prevailing plaintiff reasonable attorney's fees and costs.",
  "f. Upon a judgment against a public employee under this section, the appointing authority may take such disciplinary action against the employee as it deems appropriate.",
  "g. Body worn camera recordings relating to the incident giving rise to an action under this section shall be made available to the plaintiff and to the public upon request, notwithstanding any other law."]),
 labels="YYYYYYYPP",
 reasons=["claim covers public employees incl. police; QI/good faith barred", "every public employee and public entity",
  "rights under the Constitution or laws of this State, unrestricted", "NJ: no cap convention; bill silent",
  "stand-alone duty to intervene with joint and several liability", "indemnify entire amount",
  "shall award fees to prevailing plaintiff", "discipline left to the appointing authority's discretion",
  "only body worn camera recordings disclosed"])

# ---------------------------------------------------------------- SM06 NY
add(id="SM06", state="NY", kind="claim",
 title="AN ACT to amend the court of claims act, the public officers law and the state finance law, in relation to civil actions for the deprivation of rights by state officers and employees, and in relation to other matters", number="S. 4410",
 fillers=["broadband","contractor_indemnity","school_calendar","elder_report","vehicle_fee","fishing","emergency_mgmt","cosmetology","sunset","highway_naming","records_fees"], at=5,
 digest=["STATE OF NEW YORK. 2027-2028 Regular Sessions. IN SENATE. February 3, 2027. Introduced by Sen. OKAFOR -- read twice and ordered printed, and when printed to be committed to the Committee on Judiciary.",
  "EXPLANATION--Matter in italics (underscored) is new; matter in brackets [ ] is old law to be omitted."],
 fiscal=["FISCAL IMPLICATIONS: The bill may increase judgments payable by the state from the court of claims fund. The division of the budget estimates the cost at not more than $18 million annually."],
 claim=("§ 6. The public officers law is amended by adding a new section 17-b to read as follows: § 17-b. Civil action against state officers and employees.", [
  "1. Any officer or employee of the state, including a member of the division of state police, who, under color of law, deprives any person of any right secured by the constitution of the state of New York shall be liable to the party injured in an action at law or suit in equity.",
  "2. It shall not be a defense to an action under this section that the officer or employee is entitled to qualified immunity, acted in good faith, or reasonably believed that his or her conduct was lawful.",
  "3. The state shall indemnify the officer or employee in the amount of any judgment obtained or settlement entered in an action under this section; provided, however, that the state shall not indemnify any award of punitive damages.",
  "4. In any action under this section, the court shall award reasonable attorney's fees and costs to the prevailing party.",
  "5. For the purposes of this section, the term \"officer or employee of the state\" shall not include an officer or employee of a county, city, town, village, school district or other political subdivision."]),
 labels="PPYYNPYNN",
 reasons=["only state police among law enforcement (no local police, sheriffs): partial", "all state employees but not local: partial",
  "any right under the NY constitution", "NY: no cap, bill silent", "no duty to intervene",
  "mandatory indemnity but punitive damages excluded", "shall award fees to prevailing party",
  "no personal consequence", "no records provision"])

# ---------------------------------------------------------------- SM07 WA
add(id="SM07", state="WA", kind="claim",
 title="AN ACT Relating to civil liability of peace officers and corrections officers; amending RCW 4.24.440 and 43.101.105; adding a new section to chapter 10.93 RCW; and creating new sections.", number="SENATE BILL 5390",
 fillers=["fishing","bullying","vehicle_fee","agritourism","broadband","wage_liability","school_calendar","emergency_mgmt","sunset","cosmetology","notary"], at=5,
 digest=["State of Washington 69th Legislature 2025 Regular Session. By Senators Lindqvist, Ortiz, and Park. Read first time 01/21/25. Referred to Committee on Law & Justice."],
 fiscal=["--- END ---"],
 claim=("Sec. 6. RCW 4.24.440 and 2019 c 211 s 2 are each amended to read as follows:", [
  "(1) A peace officer or corrections officer who, under color of law, deprives a person of a right secured by article I, section 3 or section 7 of the state Constitution is liable to the person injured ((for economic damages only, except that an officer who acted in good faith and with a reasonable belief in the lawfulness of the conduct is not liable)).",
  "(2) Qualified immunity, good faith, and reasonable belief in the lawfulness of the conduct are not defenses to an action under this section.",
  "(3) A peace officer or corrections officer who is present when another officer deprives a person of a right described in subsection (1) of this section has a duty to intervene to stop the deprivation and to report it to a supervisor. An officer who breaches this duty is liable to the person injured as if the officer had committed the deprivation.",
  "(4) The employing agency shall defend the officer and shall indemnify the officer for the full amount of any judgment or settlement in an action under this section.",
  "(5) The court may award reasonable attorneys' fees and costs to a prevailing plaintiff.",
  "(6) Each employing agency shall publish on its public web site each judgment and settlement in an action under this section, with the amount paid.",
  "Sec. 7. RCW 43.101.105 and 2021 c 323 s 9 are each amended to read as follows: (1) The commission shall revoke the certification of a peace officer or corrections officer ((who has been convicted of a felony)) against whom a final judgment is entered under RCW 4.24.440, or who has been convicted of a felony."]),
 labels="YNPYYYNYY",
 reasons=["peace and corrections officers; QI/good faith barred (struck good-faith clause is not law)", "officers only",
  "two listed sections of article I", "WA: no cap, bill silent", "stand-alone duty with liability",
  "indemnify full amount", "court MAY award fees", "commission shall revoke certification upon judgment",
  "agency must publish judgments and settlements"])

# ---------------------------------------------------------------- SM08 MI
add(id="SM08", state="MI", kind="claim",
 title="A bill to amend 1976 PA 451, entitled \"The revised school code,\" by adding section 1308c; and to make other changes relating to schools and public safety.", number="HOUSE BILL No. 5120",
 fillers=["school_calendar","bullying","fishing","vehicle_fee","overdose_immunity","broadband","landlord","sales_tax_diapers","emergency_mgmt","highway_naming","cosmetology","sunset"], at=6,
 digest=["September 30, 2025, Introduced by Reps. Whitaker, Dunn and Okonkwo and referred to Committee on Education."],
 fiscal=["HOUSE FISCAL AGENCY SUMMARY: House Bill 5120 would create a civil action against school resource officers for violations of the state constitution, without governmental or qualified immunity, with mandatory attorney fees; it would also change the school calendar, bullying intervention duties of school employees, fishing license fees and several other matters. Fiscal impact on school districts and local units is indeterminate."],
 claim=("Sec. 1308c. Civil action against school resource officers.", [
  "(1) A school resource officer who, while assigned to a school, deprives a student or any other person of a right secured by the state constitution of 1963 is liable to the person injured for damages and equitable relief.",
  "(2) Governmental immunity under 1964 PA 170, MCL 691.1401 to 691.1419, qualified immunity, and any defense of good faith are not defenses to an action under this section.",
  "(3) The court shall award reasonable attorney fees and costs to a plaintiff who prevails in an action under this section.",
  "(4) As used in this section, \"school resource officer\" means a law enforcement officer who is assigned by a law enforcement agency to work at a school under an agreement with the school district or public school academy."]),
 labels="PNYYNNYNN",
 reasons=["only school resource officers: one officer class", "police only", "any right under the 1963 constitution",
  "MI: no cap, bill silent", "bullying duty is for school employees, no officer duty", "no indemnity",
  "shall award fees to prevailing plaintiff", "no personal consequence", "no records provision"])

# ---------------------------------------------------------------- SM09 MA
add(id="SM09", state="MA", kind="claim",
 title="An Act relative to accountability for deprivation of rights under color of law", number="HOUSE . . . . . . . . . . . . . . . No. 2550",
 fillers=["transit_cap","vehicle_fee","elder_report","fishing","contractor_indemnity","broadband","school_calendar","wage_liability","emergency_mgmt","sunset","highway_naming"], at=5,
 digest=["The Commonwealth of Massachusetts. PRESENTED BY: Marisol Ventura. To the Honorable Senate and House of Representatives of the Commonwealth of Massachusetts in General Court assembled: The undersigned legislators and/or citizens respectfully petition for the adoption of the accompanying bill.",
  "In the One Hundred and Ninety-Fourth General Court (2025-2026)",
  "Be it enacted by the Senate and House of Representatives in General Court assembled, and by the authority of the same, as follows:"],
 fiscal=None,
 claim=("Chapter 12 of the General Laws is hereby amended by inserting after section 11I the following section:- Section 11J. Civil action for deprivation of rights under color of law.", [
  "(a) Any person who, under color of law, is employed by or acts on behalf of the commonwealth, a political subdivision of the commonwealth, or any public body, and who subjects or causes to be subjected, including by failing to intervene, any other person to the deprivation of any rights secured by the constitution or laws of the commonwealth, shall be liable to the party injured.",
  "(b) A defendant shall not be immune from liability under this section on the ground that the right was not clearly established or that the defendant acted in good faith or with a reasonable belief that the conduct was lawful.",
  "(c) The limitations on liability in section 2 of chapter 258 shall not apply to an action under this section.",
  "(d) The public employer shall indemnify the employee for a judgment or settlement under this section unless the employee acted in a willful, wanton or malicious manner.",
  "(e) A defendant employee against whom judgment is entered shall personally contribute five per cent of the judgment or $25,000, whichever is less, and such amount shall not be indemnified.",
  "(f) The court shall award reasonable attorney's fees and costs to a prevailing plaintiff.",
  "(g) Complaints, investigation reports and final dispositions of any complaint alleging conduct giving rise to an action under this section shall be public records."]),
 labels="YYYYPNYYY",
 reasons=["all public employees incl. police; good faith/not clearly established barred", "anyone employed by commonwealth, subdivision or public body",
  "rights under the constitution or laws of the commonwealth", "c.258 s.2 limits made inapplicable",
  "'including by failing to intervene' only", "indemnity with willful/wanton carve-out",
  "shall award fees", "personal 5% or $25,000", "complaints, reports and dispositions public"])

# ---------------------------------------------------------------- SM10 MD
add(id="SM10", state="MD", kind="claim",
 title="AN ACT concerning Public Safety - Law Enforcement Officers - Excessive Force - Civil Actions, and Other Matters", number="HOUSE BILL 811",
 fillers=["officer_training","towing","fishing","vehicle_fee","overdose_immunity","broadband","school_calendar","agritourism","sunset","emergency_mgmt","notary"], at=5,
 digest=["FOR the purpose of establishing a civil action against a law enforcement officer who uses excessive force; prohibiting certain immunity defenses; requiring officers to intervene; providing for attorney's fees; and generally relating to law enforcement and other matters.",
  "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW. [Brackets] indicate matter deleted from existing law."],
 fiscal=["FISCAL AND POLICY NOTE. Department of Legislative Services. Local Government Effect: Local governments may incur additional liability costs; the Local Government Tort Claims Act is not altered by the bill. State Effect: minimal."],
 claim=("Article - Public Safety. 3-530. Civil action for excessive force.", [
  "(A) A law enforcement officer, as defined in § 3-201 of this title, who uses excessive force against a person in violation of the person's right under Article 24 of the Maryland Declaration of Rights to be free from excessive force is liable to the person in a civil action for damages.",
  "(B) QUALIFIED IMMUNITY, PUBLIC OFFICIAL IMMUNITY, AND GOOD FAITH ARE NOT DEFENSES TO AN ACTION UNDER THIS SECTION.",
  "(C) A LAW ENFORCEMENT OFFICER WHO WITNESSES ANOTHER OFFICER USE EXCESSIVE FORCE SHALL INTERVENE TO STOP THE FORCE. AN OFFICER WHO FAILS TO INTERVENE IS LIABLE IN AN ACTION UNDER THIS SECTION TO THE SAME EXTENT AS THE OFFICER WHO USED THE FORCE.",
  "(D) IN AN ACTION UNDER THIS SECTION, THE COURT SHALL AWARD REASONABLE ATTORNEY'S FEES AND COSTS TO THE PREVAILING PARTY."]),
 labels="YNNNYNYNN",
 reasons=["law enforcement officers; QI/good faith barred", "officers only", "excessive force only",
  "MD caps (LGTCA) apply; bill silent", "stand-alone duty with liability", "no indemnity",
  "shall award fees to prevailing party", "no personal consequence", "no records"])

# ---------------------------------------------------------------- SM11 VA
add(id="SM11", state="VA", kind="claim",
 title="A BILL to amend the Code of Virginia by adding in Chapter 3 of Title 8.01 an article numbered 20.2, consisting of a section numbered 8.01-226.25, relating to civil actions against law-enforcement officers; and to amend other provisions.", number="HOUSE BILL NO. 1840",
 fillers=["contractor_indemnity","fishing","vehicle_fee","elder_report","landlord","broadband","school_calendar","cosmetology","emergency_mgmt","sunset","highway_naming","sales_tax_diapers"], at=6,
 digest=["Offered January 14, 2026. Prefiled January 9, 2026. Patron-- Adeyemi. Referred to Committee for Courts of Justice.",
  "Civil action against law-enforcement officers; damages limited. Creates a civil action against a law-enforcement officer who deprives a person of a right under the Constitution of Virginia, bars sovereign and qualified immunity, limits damages to $500,000, requires the locality to indemnify for compensatory damages, and provides for attorney fees in excessive force claims."],
 fiscal=["Department of Planning and Budget 2026 Fiscal Impact Statement. Bill Number: HB1840. Fiscal Implications: Indeterminate local fiscal impact. The bill limits total damages in any one action to $500,000."],
 claim=("§ 8.01-226.25. Civil action for deprivation of rights by law-enforcement officers.", [
  "A. Any law-enforcement officer, as defined in § 9.1-101, who, under color of law, deprives a person of any right secured by the Constitution of Virginia shall be liable to the person injured.",
  "B. Sovereign immunity and qualified immunity shall not be defenses to an action under this section.",
  "C. The total damages recoverable in an action under this section shall not exceed $500,000.",
  "D. The locality or state agency employing the officer shall indemnify the officer for compensatory damages awarded in an action under this section. Punitive damages shall be paid by the officer.",
  "E. In an action under this section in which the plaintiff prevails on a claim of excessive force, the court shall award reasonable attorney fees and costs.",
  "F. The employing agency may, in its discretion, require an officer against whom judgment is entered to contribute to the payment of the judgment."]),
 labels="YNYNNPPPN",
 reasons=["law-enforcement officers; sovereign and qualified immunity barred", "officers only",
  "any right under the Constitution of Virginia", "bill adds its own $500,000 cap",
  "no duty to intervene", "mandatory for compensatory only, punitive excluded",
  "mandatory fees only for excessive-force claims", "contribution wholly discretionary", "no records"])

# ---------------------------------------------------------------- SM12 OR
add(id="SM12", state="OR", kind="claim",
 title="A BILL FOR AN ACT Relating to civil actions against certain public employees; creating new provisions; amending ORS 30.271 and 390.121; and declaring an emergency.", number="HOUSE BILL 3120",
 fillers=["fishing","agritourism","vehicle_fee","bullying","broadband","records_fees","school_calendar","emergency_mgmt","cosmetology","sunset","highway_naming"], at=5,
 digest=["SUMMARY. The following summary is not prepared by the sponsors of the measure and is not a part of the body thereof subject to consideration by the Legislative Assembly. It is an editor's brief statement of the essential features of the measure as introduced.",
  "Creates civil action against law enforcement officers, corrections officers, parole and probation officers, juvenile custody staff and school district employees for deprivation of rights under Oregon Constitution. Prohibits qualified immunity defense. Exempts action from tort claim limits. Requires award of attorney fees to prevailing plaintiff. Modifies agritourism, fishing, and other provisions. Declares emergency, effective on passage."],
 fiscal=None,
 claim=("SECTION 6. (1) As used in this section, \"covered public employee\" means a law enforcement officer, a corrections officer, a parole and probation officer, a juvenile custody staff member, or an employee of a school district, who is employed by a public body as defined in ORS 30.260.", [
  "(2) A covered public employee who, while acting under color of law, deprives a person of any right secured by the Oregon Constitution is liable to the person injured in an action for damages and equitable relief.",
  "(3) Qualified immunity, and any defense that the employee acted in good faith or reasonably believed the conduct lawful, is not a defense to an action under this section.",
  "(4) The limitations on liability in ORS 30.271, 30.272 and 30.273 do not apply to an action under this section.",
  "(5) The court shall award reasonable attorney fees to a plaintiff who prevails in an action under this section."]),
 labels="YPYYNNYNN",
 reasons=["includes law enforcement officers; QI and good faith barred", "police + corrections + parole + school employees: wider than police, not all",
  "any right under the Oregon Constitution", "ORS 30.271-30.273 limits made inapplicable",
  "no duty to intervene (bullying is school staff discipline)", "no indemnity",
  "shall award fees to prevailing plaintiff", "none", "none"])

# ---------------------------------------------------------------- SM13 NV
add(id="SM13", state="NV", kind="claim",
 title="AN ACT relating to public safety; establishing a civil action against peace officers; revising the limitation on certain damages; and providing other matters properly relating thereto.", number="ASSEMBLY BILL NO. 312",
 fillers=["vehicle_fee","volunteer_immunity","fishing","overdose_immunity","broadband","school_calendar","notary","emergency_mgmt","sunset","cosmetology","sales_tax_diapers"], at=5,
 digest=["SUMMARY--Establishes a civil action against peace officers for deprivation of constitutional rights. (BDR 3-1122)",
  "FISCAL NOTE: Effect on Local Government: Increases or Newly Provides for Term of Imprisonment in County or City Jail: No. Effect on the State: Yes.",
  "EXPLANATION - Matter in bolded italics is new; matter between brackets [omitted material] is material to be omitted.",
  "Legislative Counsel's Digest: Existing law waives the immunity of the State and its political subdivisions from liability, with certain exceptions, and limits the amount of an award in a tort action to $200,000 (NRS 41.031, 41.032, 41.035). Section 6 of this bill provides that a peace officer who deprives a person of a right secured by the Nevada Constitution is liable, that qualified immunity is not a defense, and that the limitation on awards is $500,000 for such an action. Section 6 also requires the employer to indemnify the officer, requires the officer to pay a share of the judgment and requires publication of settlements."],
 fiscal=None,
 claim=("Sec. 6. Chapter 41 of NRS is hereby amended by adding thereto a new section to read as follows:", [
  "1. A peace officer who, under color of law, subjects or causes to be subjected, including by failing to intervene, any person to the deprivation of any right secured by the Nevada Constitution is liable to the person injured.",
  "2. Qualified immunity is not a defense to an action brought pursuant to this section. Nothing in this section affects the immunity provided in NRS 41.032 for an act or omission based upon the exercise or performance of a discretionary function or duty, which applies to an action brought pursuant to this section.",
  "3. The limitation on the amount of an award set forth in NRS 41.035 applies to an action brought pursuant to this section, except that the limitation is $500,000 instead of $200,000.",
  "4. The employer of the peace officer shall indemnify the peace officer for the full amount of any judgment, settlement or award in an action brought pursuant to this section.",
  "5. A peace officer against whom judgment is entered shall personally pay 10 percent of the judgment or $10,000, whichever is less.",
  "6. The court shall award reasonable attorney's fees and costs to a prevailing plaintiff.",
  "7. The employer shall publish each settlement agreement entered into in an action brought pursuant to this section on its Internet website."]),
 labels="PNYPPYYYY",
 reasons=["QI barred but NRS 41.032 discretionary-function immunity kept: defense survives under another name",
  "peace officers only", "any right under the Nevada Constitution", "cap raised to $500,000 but applies",
  "'including by failing to intervene' only", "indemnify full amount", "shall award fees",
  "officer pays lesser of 10% or $10,000", "settlement agreements published"])

# ---------------------------------------------------------------- SM14 DE
add(id="SM14", state="DE", kind="claim",
 title="AN ACT TO AMEND TITLES 10 AND 11 OF THE DELAWARE CODE RELATING TO LAW-ENFORCEMENT ACCOUNTABILITY AND OTHER MATTERS.", number="HOUSE BILL NO. 205",
 fillers=["landlord","fishing","vehicle_fee","elder_report","broadband","towing","school_calendar","cosmetology","emergency_mgmt","sunset","highway_naming"], at=5,
 digest=["SPONSOR: Rep. Castellano & Sen. Whitfield. DELAWARE STATE HOUSE OF REPRESENTATIVES 153rd GENERAL ASSEMBLY."],
 fiscal=["SYNOPSIS. This Act creates a civil action against law-enforcement officers who deprive a person of rights under §§ 6, 7, and 9 of Article I of the Delaware Constitution, removes the defense of qualified immunity, makes the County and Municipal Tort Claims Act inapplicable, creates a duty to intervene, requires indemnification of compensatory damages, fees and costs, requires decertification, and makes sustained disciplinary records public. It also amends the landlord-tenant code, fishing and vehicle laws and other provisions."],
 claim=("Section 6. Amend Chapter 92, Title 11 of the Delaware Code by making insertions as shown by underline as follows: § 9210. Civil action for deprivation of rights.", [
  "(a) A law-enforcement officer who, under color of law, deprives a person of a right secured by § 6, § 7, or § 9 of Article I of the Delaware Constitution is liable to the person injured.",
  "(b) Qualified immunity and good faith shall not be defenses in an action under this section.",
  "(c) Chapter 40 of Title 10, including the limits on damages in § 4013 of Title 10, does not apply to an action under this section.",
  "(d) A law-enforcement officer who observes another officer depriving a person of a right described in subsection (a) of this section shall intervene to prevent the deprivation. An officer who fails to intervene when able to do so is liable under this section.",
  "(e) The employing agency shall indemnify the officer for all compensatory damages, attorney's fees and costs awarded in an action under this section, but not for punitive damages.",
  "(f) The Council on Police Training shall decertify an officer against whom a final judgment is entered under this section.",
  "(g) Records of a sustained finding of misconduct relating to conduct that is the subject of an action under this section are public records under Chapter 100 of Title 29."]),
 labels="YNPYYPNYY",
 reasons=["law-enforcement officers; QI and good faith barred", "officers only",
  "three listed sections of Article I", "County and Municipal Tort Claims Act limits made inapplicable",
  "stand-alone duty with liability", "mandatory but punitive damages excluded",
  "silent on fee award to plaintiff (landlord/towing fee sections are other claims)",
  "Council shall decertify upon judgment", "sustained misconduct records public"])

# ---------------------------------------------------------------- SM15 IA trap
add(id="SM15", state="IA", kind="trap",
 title="An Act relating to law enforcement officers and other public safety matters, including qualified immunity, duties to intervene, and certification.", number="HOUSE FILE 2410",
 fillers=["officer_training","fishing","vehicle_fee","body_camera_grant","broadband","wage_liability","school_calendar","emergency_mgmt","sunset","sales_tax_diapers","agritourism"], at=5,
 digest=["BY COMMITTEE ON PUBLIC SAFETY (SUCCESSOR TO HSB 612)"],
 fiscal=["EXPLANATION. The inclusion of this explanation does not constitute agreement with the explanation's substance by the members of the general assembly.",
  "This bill provides that an officer or employee of the state or a municipality shall not be held liable for money damages for the deprivation of a right unless the right was clearly established at the time of the conduct. The bill requires peace officers to intervene in another officer's use of excessive force, with violations subject to discipline and reportable to the Iowa law enforcement academy, and requires the academy council to revoke the certification of an officer who fails to intervene. The bill requires an annual anonymous report of the number of interventions. The bill also amends provisions on training, fishing licenses, vehicle registration and other matters."],
 claim=("Sec. 6. NEW SECTION. 670.4A Clearly established rights.", [
  "1. An officer or employee of the state or of a municipality against whom a claim for money damages is brought under this chapter or chapter 669 for the deprivation of a right, privilege or immunity shall not be held liable unless the right was clearly established at the time of the conduct, such that every reasonable officer or employee in the defendant's position would have known the conduct to be unlawful.",
  "2. This section does not create a cause of action, and shall be construed to preserve, not to abrogate, the defense of qualified immunity.",
  "Sec. 7. NEW SECTION. 80F.2 Duty to intervene. 1. A peace officer who observes another peace officer using force that is clearly beyond what is objectively reasonable shall intervene to end the use of force and shall report it to a supervisor. 2. A violation of subsection 1 is grounds for discipline by the employing agency, and the academy council shall revoke the certification of an officer found by the agency to have violated subsection 1. This section does not create a private right of action.",
  "Sec. 8. NEW SECTION. 80F.3 Annual report. Each law enforcement agency shall report annually to the department of public safety the number of interventions reported under section 80F.2, without identifying any officer or person involved."]),
 labels="NNNNNNNNN",
 reasons=["no claim; QI preserved (clearly-established rule codified)", "no claim", "no claim", "no claim",
  "duty enforced only by discipline/certification, no civil liability", "no claim, no indemnity",
  "no fees to plaintiffs (FOIA/wage sections unrelated)", "no claim (decertification alone, conv. 1)",
  "anonymous count-only report"])

# ---------------------------------------------------------------- SM16 KY trap
add(id="SM16", state="KY", kind="trap",
 title="AN ACT relating to private security and claims against the Commonwealth.", number="26 RS BR 1422",
 fillers=["vehicle_fee","fishing","transit_cap","broadband","landlord","school_calendar","cosmetology","emergency_mgmt","sunset","highway_naming","notary"], at=5,
 digest=["Be it enacted by the General Assembly of the Commonwealth of Kentucky:"],
 fiscal=["LEGISLATIVE RESEARCH COMMISSION LOCAL MANDATE FISCAL IMPACT ESTIMATE. Measure: private security guards; Board of Claims. The bill creates a civil action against licensed private security guards and raises the Board of Claims limit for all claims from $250,000 to $500,000. The bill does not apply to peace officers or to employees of public agencies. Fiscal impact on local government: minimal."],
 claim=("SECTION 6. A NEW SECTION OF KRS CHAPTER 329A IS CREATED TO READ AS FOLLOWS: Civil action against private security guards.", [
  "(1) As used in this section, \"security guard\" means a person licensed under this chapter who is employed by a private security company, and does not include a peace officer, a special law enforcement officer, or any person employed by the Commonwealth or a political subdivision of the Commonwealth.",
  "(2) A security guard who, while detaining a person on private premises, assaults, falsely imprisons, or unlawfully searches that person shall be liable to the person injured for compensatory and punitive damages.",
  "(3) It shall not be a defense to an action under this section that the security guard acted in good faith or reasonably believed that the conduct was lawful.",
  "(4) The court shall award reasonable attorney's fees to a prevailing plaintiff, and the private security company shall indemnify the security guard for the full amount of any judgment.",
  "SECTION 7. KRS 49.070 is amended to read as follows: (9) No award shall exceed the sum of [$250,000] $500,000 for a single claim, or [$400,000] $750,000 for multiple claims arising out of the same act or omission."]),
 labels="NNNNNNNNN",
 reasons=["claim is against private security guards, not public officers", "no public employees", "no claim against public officers",
  "Board of Claims limit change applies to all claims (conv. 1)", "no duty", "indemnity is by a private company",
  "fees only in a claim against private guards", "none", "none"])

# ---------------------------------------------------------------- SM17 PA trap
add(id="SM17", state="PA", kind="trap",
 title="AN ACT Amending the act of December 12, 1986 (P.L.1559, No.169), known as the Whistleblower Law, further providing for remedies; amending the Right-to-Know Law; and making other changes.", number="HOUSE BILL No. 1733",
 fillers=["vehicle_fee","fishing","elder_report","broadband","school_calendar","agritourism","emergency_mgmt","sunset","cosmetology","sales_tax_diapers","highway_naming"], at=5,
 digest=["PRINTER'S NO. 2215. THE GENERAL ASSEMBLY OF PENNSYLVANIA. Session of 2025. INTRODUCED BY GALLAGHER, MOSS AND PRICE, MAY 6, 2025. REFERRED TO COMMITTEE ON STATE GOVERNMENT, MAY 6, 2025.",
  "The General Assembly of the Commonwealth of Pennsylvania hereby enacts as follows:"],
 fiscal=None,
 claim=("Section 6. Section 4 of the act is amended to read: Section 4. Enforcement.", [
  "(a) A public employee who alleges a violation of this act by the employee's employer may bring a civil action against the employer, or against any supervisor or official who took adverse action against the employee, within 180 days after the occurrence of the alleged violation.",
  "(b) Sovereign immunity and official immunity shall not be a defense to an action under this section, and it shall not be a defense that the supervisor or official acted in good faith.",
  "(c) The court shall award the employee reinstatement, back wages, full fringe benefits and seniority rights, actual damages, and reasonable attorney fees and costs if the employee prevails.",
  "Section 7. Section 708(b)(17) of the Right-to-Know Law is amended to read: (17) A record of an agency relating to a noncriminal investigation, except that a final disposition of a complaint alleging misconduct by a law enforcement officer, and any settlement agreement resolving a claim against a law enforcement officer, shall be a public record."]),
 labels="NNNNNNNNN",
 reasons=["claim is a whistleblower employee's claim against employer, not the public's claim for rights deprivation", "same", "no constitutional claim",
  "no claim of the public", "none", "none", "fees only for whistleblower employees", "none",
  "records rule alone (conv. 1)"])

# ---------------------------------------------------------------- SM18 NC trap
add(id="SM18", state="NC", kind="trap",
 title="AN ACT ESTABLISHING THE JOINT STUDY COMMISSION ON LAW ENFORCEMENT LIABILITY, AMENDING THE DEFENSE OF STATE EMPLOYEES ACT, AND MAKING OTHER CHANGES.", number="HOUSE BILL 618",
 fillers=["officer_training","vehicle_fee","fishing","volunteer_immunity","broadband","school_calendar","records_fees","emergency_mgmt","sunset","cosmetology","highway_naming"], at=5,
 digest=["GENERAL ASSEMBLY OF NORTH CAROLINA. SESSION 2025. Short Title: Law Enforcement Liability Study. (Public) Sponsors: Representatives Holloway, Banks, and Ortiz. Referred to: Judiciary 2, if favorable, Rules. March 27, 2025."],
 fiscal=None,
 claim=("SECTION 6.(a) There is established the Joint Study Commission on Law Enforcement Liability.", [
  "SECTION 6.(b) The Commission shall study (i) whether the General Assembly should create a State cause of action against law enforcement officers and other public employees for the deprivation of rights secured by the North Carolina Constitution; (ii) whether the defense of qualified immunity should be abolished for such an action; (iii) whether limits on damages under the State Tort Claims Act should apply; (iv) whether officers should be required to intervene and be civilly liable for failing to do so; and (v) whether employers should indemnify officers for the full amount of judgments and whether attorney fees should be awarded to prevailing plaintiffs.",
  "SECTION 6.(c) The Commission shall report its findings and any recommended legislation to the 2026 Regular Session of the 2025 General Assembly. The Commission terminates upon filing its final report.",
  "SECTION 7. G.S. 143-300.6 is amended by adding a new subsection to read: (d) The State may pay a judgment entered against a State law enforcement officer for an act done in the scope and course of employment, in an amount the Attorney General approves, not to exceed one million dollars.",
  "SECTION 8. G.S. 15A-401 is amended by adding a new subsection to read: (d2) Duty to Intervene. A law enforcement officer who observes another officer using excessive force shall intervene and report the incident to the officer's supervisor. An officer who fails to intervene is subject to discipline by the employing agency, and the failure shall be reported to the Criminal Justice Education and Training Standards Commission."]),
 labels="NNNNNNNNN",
 reasons=["study only; no claim, no bar", "study only", "study only", "study only",
  "duty enforced only by discipline", "optional payment ('may pay')", "no fee award",
  "discipline alone without a claim (conv. 1)", "none"])
