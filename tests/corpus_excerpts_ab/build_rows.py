import json
Y,P,N="yes","partial","no"
LE,PE,SC,DC="end.law_enforcement","end.public_employees","end.state_constitution","end.damage_caps"
FTI,FC,AF,IA,PR="start.failure_to_intervene","start.full_compensation","start.attorney_fees","start.individual_accountability","start.public_records"
rows=[]
def add(i,state,title,quotes,labels):
    text=title+"\n\n"+"\n\n".join(quotes)
    v={k:l[0] for k,l in labels.items()}; r={k:l[1] for k,l in labels.items()}
    rows.append({"id":"AB%02d"%i,"source_id":None,"state":state,"text":text,"verdicts":v,"reasons":r})

# ---------------- end QI fully or in part (AB01-AB16) ----------------
add(1,"OH","Ohio HB 301",[
 "(E) In any action brought under this section, the court shall award reasonable attorney's fees and costs to a plaintiff who prevails",
 "(B) A peace officer who, under color of law, subjects or causes to be subjected any person to the deprivation of any right secured by the Ohio Constitution is liable to the injured person in an action at law, suit in equity, or other proper proceeding for redress.",
 "limitations on damages in Chapter 2744. of the Revised Code and in section 2315.18 of the Revised Code do not apply to an action brought under this section",
 "(D)(1) The officer's employer shall indemnify the peace officer for the full amount of any judgment or settlement entered under this section, including any amount the officer is unable to pay. (2) Notwithstanding division (D)(1) of this section, the peace officer shall personally contribute five per cent of the judgment or twenty-five thousand dollars, whichever is less, and the employer shall pay any part of that contribution that the officer cannot pay.",
 "(C) . . . qualified immunity, and any defense that the officer acted in good faith or believed the conduct to be lawful, is not a defense to liability under this section.",
 "(A) As used in this section, \"peace officer\" has the same meaning as in section 2935.01 of the Revised Code.",
],{LE:(Y,"peace officers liable; QI and good-faith defense barred"),PE:(N,"peace officers only"),SC:(Y,"any right secured by the Ohio Constitution"),
   DC:(Y,"Chapter 2744 and 2315.18 damage limits do not apply"),FC:(Y,"employer shall indemnify full amount incl. what officer cannot pay; backstop on officer share"),
   AF:(Y,"court shall award fees and costs to prevailing plaintiff"),IA:(Y,"officer shall personally contribute 5% or $25,000, whichever less")})

add(2,"IL","Illinois SB 1890",[
 "Section 1. Short title. This Act may be cited as the Illinois Constitutional Accountability Act.",
 "It is not a defense to an action under this Act that the defendant acted in good faith, that the defendant believed . . . the conduct was lawful, or that the right was not clearly established at the time of the conduct.",
 "Section 20. Attorney's fees. In an action under this Act, the court shall award reasonable attorney's fees, expert fees, and costs to a prevailing plaintiff.",
 "Section 10. Civil action. Any person who, under color of any statute, ordinance, regulation, custom, or usage, subjects or causes to be subjected any other person to the deprivation of any right, privilege, or immunity secured by the Illinois Constitution shall be liable to the person injured",
 "The Local Governmental and Governmental Employees Tort Immunity Act and any other statutory limitation on the amount of damages do not apply to an action under this Act.",
 "Section 15. Indemnification. The public entity that employs a defendant shall indemnify the defendant for the full amount of any judgment or settlement under this Act, including any portion that is uncollectible from the defendant.",
 "Section 5. Definitions. \"Person\" includes the State, a unit of local government, a school district, and any officer, employee, or agent of any of them.",
],{LE:(Y,"any person under color of law incl. police; good-faith / clearly-established defenses barred"),PE:(Y,"any person under color of law; State, local units and all their employees"),
   SC:(Y,"any right secured by the Illinois Constitution"),DC:(Y,"Tort Immunity Act and any statutory damage limit do not apply"),
   FC:(Y,"employer shall indemnify full amount incl. uncollectible portion"),AF:(Y,"shall award fees to prevailing plaintiff")})

add(3,"NJ","New Jersey A 2210",[
 "An Act concerning civil actions against law enforcement officers and supplementing Title 2A of the New Jersey Statutes.",
 "d. (1) A law enforcement officer who is present and observes another officer using force that the officer knows or should know is unlawful shall intervene to prevent or stop it, and shall report the incident to a supervisor within 24 hours. (2) An officer who fails to intervene as required by paragraph (1) of this subsection shall be jointly and severally liable with the officer who used the unlawful force",
 ". . . qualified immunity shall not be a defense to liability under this section.",
 "b. A law enforcement officer or other public employee authorized by law to make arrests, use force, or hold a person in custody who, under color of law, subjects a person to the deprivation of the right to be free from unreasonable searches and seizures under paragraph 7 of Article I of the New Jersey Constitution, including the right to be free from excessive force, shall be liable to the person injured",
 "e. The court may award reasonable attorney's fees and costs to a prevailing party.",
],{LE:(Y,"law enforcement officers liable; QI not a defense"),PE:(P,"custody-and-force public employees, wider than police but not all"),
   SC:(N,"search/seizure and force only"),FTI:(Y,"stand-alone duty to intervene and report, joint and several liability for failing"),AF:(N,"may award")})

add(4,"WI","Madison (Wisconsin) Ordinance 2025-114",[
 "(3) Qualified immunity is not a defense in an action under this section.",
 "An ordinance creating Section 39.20 of the Madison General Ordinances to establish a civil remedy for persons whose rights are violated by members of the",
 "The Chief of Police shall publish on the Department's website, within 30 days of its filing or entry, every complaint of officer misconduct, every settlement, and every judgment in an action under this section",
 "39.20 CIVIL ACTION FOR DEPRIVATION OF RIGHTS. (1) Any member of the Madison Police Department who, under color of law, deprives a person of a right secured by the Constitution of the United States or the Constitution of the State of Wisconsin is liable to the person injured",
 "(4) The court shall award reasonable attorney fees and costs to a prevailing plaintiff.",
],{LE:(Y,"city ordinance covering its own police (project convention: yes); QI barred"),PE:(N,"police department only"),
   SC:(Y,"any right under the Wisconsin (and US) Constitution"),AF:(Y,"shall award fees to prevailing plaintiff"),
   PR:(Y,"every misconduct complaint, settlement and judgment published")})

add(5,"WA","Washington HB 1544 (2025)",[
 "AN ACT Relating to civil liability of peace officers; adding a new chapter to Title 4 RCW",
 "(4) The employing agency shall indemnify the officer for a judgment or settlement under this section, but indemnification under this subsection may not exceed five hundred thousand dollars per claim.",
 "NEW SECTION. Sec. 2. (1) A peace officer, corrections officer, or community corrections officer who, under color of law, deprives a person of a right secured by article I, section 3, 5, 7, or 14 of the state Constitution is liable to the person injured",
 "...the employing agency may require the officer to contribute up to ten percent of the amount paid, as determined by the agency head",
 "(2) It is not a defense to an action under this section that the officer acted in good faith, or that the right was not clearly established",
],{LE:(Y,"peace officers covered; good-faith and clearly-established defenses barred"),PE:(N,"police plus corrections / community corrections officers only"),
   SC:(P,"enumerated list of sections 3, 5, 7, 14 of article I"),FC:(P,"mandatory indemnification capped at $500,000"),
   IA:(P,"agency may require contribution up to 10% (discretionary)")})

add(6,"VA","Virginia HB 1112",[
 "C. The total damages recoverable by a claimant under this section shall not exceed $1 million.",
 "§ 8.01-42.6. Civil action against law-enforcement officers for deprivation of rights. A. Any law-enforcement officer, as defined in § 9.1-101, who, under color of law, subjects or causes to be subjected any person to the deprivation of any right secured by the Constitution of Virginia or the Constitution of the United States, including by failing to intervene, shall be liable",
 "D. The court shall award reasonable attorney fees and costs to a prevailing plaintiff, not to exceed $50,000 in any action.",
 "B. The doctrine of qualified immunity shall not be a defense to liability under this section.",
],{LE:(Y,"law-enforcement officers; QI not a defense"),PE:(N,"law-enforcement officers only"),SC:(Y,"any right under Constitution of Virginia"),
   DC:(N,"bill adds its own $1 million cap"),FTI:(P,"'including by failing to intervene' only"),AF:(P,"mandatory fees capped at $50,000")})

add(7,"MD","Maryland SB 410",[
 "(c) A defendant in an action under this subtitle may not assert qualified immunity, or the immunity provided under § 5–522 of this article, as a defense",
 "Article – Courts and Judicial Proceedings 3–2401. (a) In this subtitle, \"State employee\" means an individual employed by a unit of the Executive Branch of State government, including a sworn member of the Department of State Police",
 "(e) The State shall pay in full any judgment or settlement against a State employee under this subtitle, including any portion that the employee is unable to pay.",
 "Notwithstanding § 12–104 of the State Government Article, the limits on liability under the Maryland Tort Claims Act do not apply to an action under this subtitle.",
 "(b) A State employee who, under color of law, deprives an individual of a right secured by the Maryland Declaration of Rights or the Maryland Constitution is liable to the individual",
],{LE:(P,"only State police (state agencies), not local police; QI barred"),PE:(P,"State executive-branch employees only"),
   SC:(Y,"any right under Declaration of Rights or Constitution"),DC:(Y,"MTCA limits do not apply"),FC:(Y,"State shall pay in full incl. portion employee cannot pay")})

add(8,"PA","Pennsylvania HB 2077",[
 "Section 2. Definitions. \"Campus police officer.\" A police officer employed by an institution of higher education under section 2416 of",
 "(b) Qualified immunity shall not be a defense to liability under this section.",
 "Section 4. Recordings.--A recording from a body-worn camera relating to an incident that is the subject of an action under this act shall be made available to the public within forty-five days of the filing",
 "Section 3. Civil action.--(a) A campus police officer or school police officer who, under color of law, deprives any person of a right secured by the Constitution of Pennsylvania shall be liable to the person injured",
 "(c) The court shall award reasonable attorney fees and costs to a prevailing plaintiff.",
],{LE:(P,"campus and school police only"),PE:(N,"police classes only"),SC:(Y,"any right under Pennsylvania Constitution"),
   AF:(Y,"shall award to prevailing plaintiff"),PR:(P,"body-camera recordings only")})

add(9,"NV","Nevada AB 377",[
 "AN ACT relating to civil actions; creating a cause of action for the deprivation of rights secured by the Nevada Constitution; ...",
 "Sec. 5. The public employer of a defendant shall indemnify the defendant for any judgment in an action under section 4 of this act unless the defendant acted with malice or has been convicted of a crime arising from the same conduct.",
 "Sec. 4. 1. Any person who, while acting under color of law, deprives another person, including by failing to intervene, of a right secured by the Constitution of the State of Nevada is liable to the injured person",
 "2. Qualified immunity is not a defense to an action brought pursuant to this section.",
 "The limitations on the amount of an award of damages set forth in NRS 41.035 do not apply to an action brought pursuant to section 4 of this act.",
 "3. The court shall award reasonable attorney's fees and costs to a prevailing plaintiff.",
],{LE:(Y,"any person under color of law incl. police; QI barred"),PE:(Y,"any person acting under color of law"),SC:(Y,"any right under Nevada Constitution"),
   DC:(Y,"NRS 41.035 limits do not apply"),FTI:(P,"'including by failing to intervene' only"),FC:(N,"carve-out for malice / crime lets employer refuse"),
   AF:(Y,"shall award to prevailing plaintiff")})

add(10,"MI","Michigan SB 552",[
 "Sec. 5. If a court enters a final judgment against a law enforcement officer under this act, the Michigan commission on law enforcement standards shall revoke the officer's license.",
 "Sec. 3. (1) A law enforcement officer who, under color of law, subjects an individual to an unreasonable search or seizure in violation of section 11 of article I of the state constitution of 1963 is liable to the individual",
 "(2) Qualified immunity is not a defense in an action under this act. The governmental immunity act, 1964 PA 170, MCL 691.1401 to 691.1419, does not apply . . . and no statutory limit on damages applies to an action under this act.",
 "Sec. 1. As used in this act: (a) \"Law enforcement officer\" means that term as defined in section 2 of the Michigan commission on law enforcement standards act, 1965 PA 203, MCL 28.602.",
],{LE:(Y,"law enforcement officers; QI barred"),PE:(N,"law enforcement only"),SC:(N,"search and seizure only"),
   DC:(Y,"no statutory damage limit applies; GTLA inapplicable"),IA:(Y,"mandatory license revocation on judgment")})

add(11,"OR","Oregon SB 711",[
 "Relating to public liability for the deprivation of constitutional rights",
 "(4) . . . except that the limitations on damages in ORS 30.271 and 30.272 apply to claims under this section.",
 "SECTION 2. (1) A public body, or an officer, employee or agent of a public body, that deprives a person of a right secured by the Oregon Constitution is liable to the person",
 "SECTION 4. A judgment entered under section 2 of this 2025 Act, and any settlement of a claim under section 2 of this 2025 Act, is a public record and shall be posted by the public body on its website",
 "(3) Qualified immunity and any immunity under ORS 30.265 are not defenses to a claim under this section.",
],{LE:(Y,"all public bodies and employees incl. police; QI barred"),PE:(Y,"every public body, officer, employee, agent"),SC:(Y,"any right under Oregon Constitution"),
   DC:(N,"OTCA damage limits still apply"),PR:(Y,"judgments and settlements posted publicly")})

add(12,None,"H.R. 4021 (119th Congress)",[
 "To amend the Revised Statutes to remove the defense of qualified immunity in the case of any action under section 1979, and for other purposes.",
 "... or that the state of the law was not sufficiently clear that a reasonable person would have known the conduct was unlawful.'",
 "Section 1979 of the Revised Statutes of the United States (42 U.S.C. 1983) is amended by adding at the end the following: 'It shall not be a defense or immunity in any action brought under this section that the defendant was acting in good faith, or that the defendant believed, reasonably or otherwise, that his or her conduct was lawful at the time",
 "SEC. 3. ATTORNEY'S FEES. Section 722(b) of the Revised Statutes (42 U.S.C. 1988(b)) is amended to read: '(b) In any action under section 1979, the court shall award a reasonable attorney's fee, including expert fees, to a prevailing plaintiff.'",
],{LE:(Y,"§1983 actions; good-faith / clearly-established defenses barred"),PE:(Y,"§1983 covers every person under color of state law"),
   SC:(Y,"project convention: federal constitutional rights count as yes"),AF:(Y,"shall award to prevailing plaintiff")})

add(13,"RI","Rhode Island H 6150",[
 "(d) The employing agency shall indemnify the officer for the full amount of any judgment or settlement under this section, except as provided in subsection (e).",
 "(c) A law enforcement officer who is present when another officer violates a person's rights and who has a reasonable opportunity to intervene shall intervene and shall report the violation to the officer's supervisor. An officer who fails to intervene or report as required by this subsection is liable to the injured person under subsection (a) to the same extent as the officer who committed the violation.",
 "9-1-52. Civil action for deprivation of rights by law enforcement officers. (a) A law enforcement officer who, under color of law, deprives any person of a right secured by the constitution of Rhode Island shall be liable",
 "(e) The officer shall personally pay five percent (5%) of the judgment or twenty-five thousand dollars ($25,000), whichever is less; any part of that amount that is uncollectible from the officer shall be paid by the employing agency.",
 "(b) Qualified immunity is not a defense to",
],{LE:(Y,"law enforcement officers; QI not a defense"),PE:(N,"police only"),SC:(Y,"any right under RI constitution"),
   FTI:(Y,"stand-alone duty to intervene and report, liable for failing"),FC:(Y,"full indemnity; officer share backstopped by agency"),
   IA:(Y,"officer personally pays 5% or $25,000")})

add(14,"KS","Kansas HB 2501",[
 "(d) The court may award costs and reasonable attorney fees to the prevailing party.",
 "New Sec. 2. (a) A sheriff or deputy sheriff who, under color of law, subjects any person to an unreasonable search or seizure in violation of section 15 of the Kansas bill of rights shall be liable",
 "(c) For a judgment under this section, the limitation of K.S.A. 75-6105, and amendments thereto, shall be $2,000,000 rather than the amount stated in that section.",
 "(b) Qualified immunity shall not be a defense to",
],{LE:(P,"sheriffs and deputies only"),PE:(N,"sheriffs only"),SC:(N,"search/seizure section only"),DC:(P,"KTCA cap raised to $2,000,000 but kept"),AF:(N,"may award")})

add(15,"TX","Texas HB 2742",[
 "CHAPTER 106A. CIVIL ACTION FOR DEPRIVATION OF CONSTITUTIONAL RIGHTS BY PEACE OFFICERS",
 "Sec. 106A.004. INDEMNIFICATION. The political subdivision or state agency that employs the peace officer shall indemnify the officer for compensatory damages awarded against the officer under this chapter. The political subdivision or state agency may not indemnify an officer for exemplary damages.",
 "Sec. 106A.003. DEFENSES. Qualified immunity and official immunity are not defenses to an action under this chapter.",
 "Sec. 106A.002. LIABILITY. A peace officer who, under color of law, deprives a person of a right, privilege, or immunity secured by the Texas Constitution, including by failing to intervene to prevent the deprivation, is liable to the injured person",
 "... The limitations on liability in Chapter 101 do not apply to an action under this chapter.",
],{LE:(Y,"peace officers; QI and official immunity barred"),PE:(N,"peace officers only"),SC:(Y,"any right under Texas Constitution"),
   DC:(Y,"Chapter 101 limits do not apply"),FTI:(P,"'including by failing to intervene' only"),FC:(P,"mandatory indemnity for compensatory damages only")})

add(16,"VT","Vermont S 118",[
 "(f) The Council shall make available to the public on its website each complaint alleging unprofessional conduct by a law enforcement officer and every finding of unprofessional conduct",
 "§ 5611. CIVIL ACTION; LAW ENFORCEMENT OFFICERS (a) A law enforcement officer who, acting under color of law, deprives a person of any right secured by the Constitution of Vermont shall be liable",
 "Sec. 3. 20 V.S.A. § 2409 is amended to read: ... (e) The Council may suspend or revoke the certification of a law enforcement officer against whom a judgment has been entered under 12 V.S.A. § 5611.",
 "(b) It shall not be a defense to an action under this section that the officer acted in good faith or that the right was not clearly established.",
 "(d) The court shall award reasonable attorney's fees and costs to a plaintiff who prevails",
],{LE:(Y,"law enforcement officers; good-faith / clearly-established defenses barred"),PE:(N,"police only"),SC:(Y,"any right under Vermont Constitution"),
   AF:(Y,"shall award to prevailing plaintiff"),IA:(P,"Council may suspend or revoke (discretionary)"),PR:(Y,"misconduct complaints and findings public")})

# ---------------- keep / codify QI or good-faith defense (AB17-AB26) ----------------
add(17,"MA","Massachusetts S 1520",[
 "SECTION 1. Chapter 12 of the General Laws is hereby amended by inserting after section 11I the following section:-",
 "(b) Qualified immunity shall not be a defense to liability under this section; provided, however, that a public employee shall not be liable if the employee acted in good faith and with a reasonable belief that the conduct was lawful.",
 "(c) The court shall award reasonable attorneys' fees and costs to a prevailing plaintiff.",
 "Section 11J. (a) Any person whose rights secured by the constitution of the commonwealth have been interfered with by a public employee acting under color of law may bring a civil action",
],{LE:(N,"good-faith / reasonable-belief defense survives"),PE:(N,"bar undone by good-faith defense"),SC:(Y,"claim for any right under the constitution of the commonwealth"),
   AF:(Y,"shall award to prevailing plaintiff")})

add(18,"FL","Florida HB 645",[
 "An act relating to law enforcement officers; creating s. 768.282, F.S.; providing qualified immunity from personal liability; ...",
 "(4) Any recovery against the employing agency for the officer's conduct remains subject to the limits of s. 768.28(5).",
 "768.282 Qualified immunity of law enforcement officers.—(1) A law enforcement officer is immune from personal liability in a civil action for conduct within the scope of employment unless the officer's conduct violated a clearly established statutory or constitutional right of which a reasonable officer would have known.",
 "(3) The employing agency shall provide a defense to the officer and may indemnify the officer for any judgment.",
],{LE:(N,"codifies QI"),PE:(N,"codifies QI"),SC:(N,"no constitutional claim created"),DC:(N,"768.28(5) limits remain"),FC:(N,"may indemnify")})

add(19,"MO","Missouri HB 1215 (2022)",[
 "5. The court shall award reasonable attorney's fees and costs to a prevailing plaintiff.",
 "3. In any action under this section, a peace officer may assert qualified immunity as a defense to the same extent the officer could assert it in an action under 42 U.S.C. Section 1983.",
 "537.700. 1. Any person who is deprived of a right, privilege, or immunity secured by the constitution of Missouri by a peace officer acting under color of law may bring a civil action",
 "4. A peace officer who observes another peace officer depriving a person of such a right, and who has a reasonable opportunity to intervene, shall intervene. A peace officer who fails to intervene as required by this subsection shall be jointly and severally liable",
],{LE:(N,"QI expressly kept"),PE:(N,"QI kept; peace officers only"),SC:(Y,"claim for any right under Missouri constitution (QI kept)"),
   FTI:(Y,"stand-alone duty to intervene with joint and several liability"),AF:(Y,"shall award to prevailing plaintiff")})

add(20,"TX","Texas SB 1180",[
 "Sec. 106B.003. INDEMNIFICATION. The governmental unit that employs a peace officer shall indemnify the officer for a judgment under this chapter, except that the governmental unit is not required to indemnify an officer who acted in bad faith.",
 "Sec. 106B.002. (a) Qualified immunity is not a defense to an action under this chapter. (b) A peace officer is not liable under this chapter if the officer reasonably believed, at the time of the conduct, that the force used was lawful.",
 "Sec. 106B.001. A peace officer who uses excessive force against a person . . . is liable to the person for damages",
 "Sec. 106B.004. An officer against whom a judgment is entered under this chapter shall personally pay five percent of the judgment or $25,000, whichever is less.",
],{LE:(N,"reasonable-belief defense survives under another name"),PE:(N,"peace officers only"),SC:(N,"excessive force only"),
   FC:(N,"bad-faith carve-out"),IA:(Y,"officer personally pays 5% or $25,000")})

add(21,"CA","California AB 1790",[
 "LEGISLATIVE COUNSEL'S DIGEST ... This bill would provide that a public employee is not liable for an injury caused in the execution or enforcement of a law while acting with due care and in good faith, including in an action under the Tom Bane Civil Rights Act.",
 "(c) Records of any internal investigation relating to a claim described in subdivision (b) are confidential and shall not be disclosed except upon order of a court.",
 "SEC. 2. Section 820.25 is added to the Government Code, to read: 820.25. (a) A public employee is not liable for an injury caused by the employee's act in the execution or enforcement of any law while exercising due care and acting in good faith.",
 "(b) This section applies to an action brought under Section 52.1 of the Civil Code.",
],{LE:(N,"widens good-faith immunity"),PE:(N,"widens immunity"),SC:(N,"no claim created; immunity added"),PR:(N,"investigation records confidential")})

add(22,"WI","Wisconsin AB 640",[
 "(3) In an action for damages under sub. (1), the defendant may assert any immunity available under state or federal law.",
 "893.84 (1) Any law enforcement officer who, under color of law, deprives a person of a right secured by the Wisconsin constitution is liable to the person injured",
 "(4) The court may award reasonable attorney fees to a prevailing plaintiff.",
 "(2) Qualified immunity is not a defense to a claim under sub. (1) for declaratory or injunctive relief.",
],{LE:(N,"QI kept for damages claims"),PE:(N,"police only; QI kept"),SC:(Y,"claim for any right under Wisconsin constitution (QI kept)"),AF:(N,"may award")})

add(23,"KY","Kentucky HB 412",[
 "(4) Nothing in this section shall be construed to create a cause of action.",
 "Section 1. A NEW SECTION OF KRS CHAPTER 15 IS CREATED TO READ AS FOLLOWS: (1) A peace officer acting within the scope of his or her duties shall be entitled to qualified official immunity from personal liability for discretionary acts performed in good faith.",
 "(3) Any claim against the employing agency arising from the same conduct shall remain subject to the damages limits that apply to claims before the Board of Claims",
 "(2) ... a peace officer shall not be held personally liable unless the plaintiff proves that the officer violated a clearly established right",
],{LE:(N,"codifies QI / good-faith immunity"),PE:(N,"codifies immunity"),SC:(N,"no cause of action"),DC:(N,"Board of Claims limits remain")})

add(24,"IA","Iowa HF 2280",[
 "Sec. 3. NEW SECTION. 80B.11H Revocation. The council shall revoke the certification of a law enforcement officer against whom a final judgment has been entered for the deprivation of a person's constitutional rights.",
 "2. Immunity under this section applies to claims under the Constitution of the State of Iowa and to claims under any statute",
 "Sec. 2. NEW SECTION. 670.4B Officer immunity. 1. An officer is not liable for damages in a civil action for the deprivation of a right unless the right was clearly established at the time of the alleged deprivation",
 "Sec. 4. . . . A settlement agreement or judgment in a civil action alleging misconduct by a law enforcement officer is a public record and shall be posted on the website of the officer's employing agency",
],{LE:(N,"codifies clearly-established QI"),PE:(N,"codifies QI"),SC:(N,"QI extended to state constitutional claims; no claim created"),
   IA:(Y,"mandatory revocation on judgment for rights deprivation"),PR:(Y,"misconduct settlements and judgments posted publicly")})

add(25,"NC","North Carolina S 622",[
 "(d) The employing unit shall indemnify the employee for the full amount of any judgment, settlement, or award under this section, including any portion the employee cannot pay.",
 "§ 99E-80. Civil action. (a) Any person who, under color of law, deprives another of a right secured by the Constitution of North Carolina is liable to the person injured",
 "(c) Nothing in this section abrogates public official immunity for a discretionary act done in good faith and without malice or corruption.",
 "(e) The court shall award reasonable attorneys' fees and costs to a prevailing plaintiff.",
 "(b) Qualified immunity shall not be a defense to an action under this section.",
],{LE:(N,"public official immunity for good-faith discretionary acts survives"),PE:(N,"good-faith immunity survives"),
   SC:(Y,"claim for any right under NC Constitution"),FC:(Y,"full amount incl. portion employee cannot pay"),AF:(Y,"shall award to prevailing plaintiff")})

add(26,"IN","Indiana SB 304",[
 "Sec. 6. In an action described in section 3 of this chapter, the court may award attorney's fees to a prevailing defendant if the action was frivolous.",
 "Sec. 5. (a) A law enforcement officer who observes another officer using unlawful force shall intervene. (b) Failure to intervene is grounds for discipline by the employing agency. (c) This section does not create a civil cause of action.",
 "Sec. 3. A law enforcement officer is immune from personal liability for an act within the scope of employment unless the officer violated a clearly established constitutional right",
 "Sec. 4. A claim under this chapter against a governmental entity or its employee is subject to the limits of IC 34-13-3-4.",
],{LE:(N,"codifies QI"),PE:(N,"codifies QI"),DC:(N,"IC 34-13-3-4 limits apply"),FTI:(N,"discipline only; civil action disclaimed"),AF:(N,"fees only to defendants")})

# ---------------- traps (AB27-AB36) ----------------
add(27,"OH","Ohio HB 77",[
 "(C) The state or a political subdivision shall indemnify any of its employees for the full amount of any judgment arising from care rendered under division (A) of this section.",
 "Sec. 2305.239. (A) Any person, including a peace officer or firefighter, who in good faith administers naloxone or renders emergency care to another person at the scene of an emergency is not liable in damages in a civil action for injury",
 "(B) This section does not grant immunity for willful or wanton misconduct.",
],{LE:(N,"trap: Good Samaritan immunity"),PE:(N,"trap"),SC:(N,"trap"),FC:(N,"trap: indemnity with no claim / QI change")})

add(28,"DE","Delaware HB 209",[
 "(d) This section does not create a private right of action.",
 "(c) Failure to intervene or report as required by this section is a class A misdemeanor and grounds for decertification by the Council on Police Training.",
 "§ 8402. Duty to intervene. (a) A law-enforcement officer who observes another officer using force that exceeds the degree of force permitted by law shall intervene to prevent or stop it. (b) . . . shall report the observation to a supervisor within 10 days",
],{LE:(N,"trap"),PE:(N,"trap"),FTI:(N,"trap: criminal/discipline duty, no private right"),IA:(N,"trap: decertification rule only")})

add(29,"PA","Pittsburgh (Pennsylvania) Ordinance, Chapter 182",[
 "§ 182.05 Nothing in this Chapter shall be construed to waive any immunity of the City or its employees under 42 Pa.C.S. Chapter 85 or to increase the limits on damages set forth therein.",
 "§ 182.03 The City shall indemnify any police officer for the full amount of any judgment or settlement arising from an act within the scope of employment, including punitive damages",
 "§ 182.04 The City Solicitor shall provide a legal defense to any police officer named",
],{LE:(N,"trap: indemnity ordinance, immunity expressly kept"),PE:(N,"trap"),FC:(N,"trap: indemnity with no claim change"),DC:(N,"trap; PA limits kept")})

add(30,"NC","North Carolina H 1045",[
 "(d) The Commission shall revoke the certification of an officer who has two or more sustained findings of excessive force.",
 "§ 160A-168.1. (a) Notwithstanding G.S. 160A-168, records of sustained findings of misconduct by a law enforcement officer are public records",
 "(c) Each law enforcement agency shall post on its website a summary of each settlement of a claim alleging excessive force by one of its officers",
],{LE:(N,"trap: records/decertification only"),PE:(N,"trap"),IA:(N,"trap: decertification rule only"),PR:(N,"trap: records rule with no claim change")})

add(31,"NE","Nebraska LB 512",[
 "Sec. 7. The State Claims Board shall pay the full amount of any award under this act within ninety days.",
 "Sec. 3. A person who was wrongfully convicted and imprisoned may bring a claim against the State for compensation",
 "The court shall award reasonable attorney's fees to a claimant who prevails",
 "Sec. 5. ... the total award to a claimant shall not exceed five hundred thousand dollars",
],{LE:(N,"trap: wrongful-conviction compensation"),PE:(N,"trap"),DC:(N,"trap"),FC:(N,"trap"),AF:(N,"trap")})

add(32,"FL","Florida HJR 1421",[
 "BALLOT SUMMARY.—Proposes an amendment to the State Constitution to provide a civil remedy against public officers and employees who deprive a person of a constitutional right and to prohibit qualified immunity as a defense.",
 "A joint resolution proposing the creation of Section 28 of Article I of the State Constitution, relating to civil remedies for deprivation of rights.",
 "SECTION 28. Civil remedy.—Any public officer or employee who, under color of law, deprives a person of a right under this constitution shall be liable to the person injured. Qualified immunity shall not be a defense",
 "BE IT FURTHER RESOLVED that the foregoing proposed amendment be placed on the ballot at the next general election",
],{LE:(N,"trap: constitutional-amendment resolution (brief convention)"),PE:(N,"trap"),SC:(N,"trap"),DC:(N,"trap")})

add(33,"ME","Maine LD 1766",[
 "Sec. 4. Report. No later than December 1, 2025, the task force shall submit a report that includes its findings and recommendations, including suggested legislation,",
 "Sec. 1. Task Force on Civil Remedies for Police Misconduct established. The Task Force on Civil Remedies for Police Misconduct is established to study whether to eliminate qualified immunity",
 "2. Duties. The task force shall examine: A. Whether public employers should be required to indemnify officers for the full amount of judgments; B. Whether courts should be required to award attorney's fees to prevailing plaintiffs; C. Whether the damage limits of the Maine Tort Claims Act should apply to",
],{LE:(N,"trap: study"),PE:(N,"trap"),SC:(N,"trap"),DC:(N,"trap"),FC:(N,"trap"),AF:(N,"trap")})

add(34,"VA","Virginia SB 910",[
 "D. It shall not be a defense to an action under this section that the controller acted in good faith.",
 "\"Controller\" means a natural or legal person that determines the purpose and means of processing personal data. \"Controller\" does not include a state agency or political subdivision.",
 "§ 59.1-590. A. Any consumer whose personal data is processed in violation of this chapter may bring a civil action against the controller",
 "C. . . . the court shall award reasonable attorney fees and costs to a prevailing consumer.",
],{LE:(N,"trap: consumer privacy claim against businesses"),PE:(N,"trap; public bodies excluded"),AF:(N,"trap"),DC:(N,"trap")})

add(35,"KS","Kansas SB 238",[
 "(d) Every officer has a duty to intervene when another officer uses unlawful force and to report it",
 "(a) The commission shall revoke the certification of an officer who the commission finds, after hearing, has used excessive force or failed to intervene",
 "Nothing in this section shall be construed to create or affect any civil cause of action or any immunity.",
 "(c) The commission shall maintain a public database listing each officer whose certification has been revoked and the reason for revocation.",
],{LE:(N,"trap: decertification rules"),FTI:(N,"trap: no civil liability"),IA:(N,"trap"),PR:(N,"trap")})

add(36,"PA","Pennsylvania HB 1390",[
 "Section 1106. Restitution. ... the court shall order the defendant to pay restitution to the victim, including the victim's reasonable attorney fees",
 "(c) The limits in subsection (b) shall not apply to a victim of a crime committed by a law enforcement officer, and the board shall pay the full amount of the victim's losses",
 "An Act amending the Crime Victims Act, providing for compensation of victims of crimes committed by law enforcement officers",
],{LE:(N,"trap: crime-victim compensation/restitution"),DC:(N,"trap"),FC:(N,"trap"),AF:(N,"trap")})

with open("/work/wt-r26/tests/corpus_excerpts_ab/rows.jsonl","w") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
from collections import Counter
c=Counter(); t=0
for r in rows:
    for k,v in r["verdicts"].items(): c[(k,v)]+=1; t+=1
print(len(rows),t)
crit=[LE,PE,SC,DC,FTI,FC,AF,IA,PR]
for k in crit: print(k, sum(c[(k,x)] for x in (Y,P,N)), c[(k,Y)],c[(k,P)],c[(k,N)])
print("yes",sum(v for (k,x),v in c.items() if x==Y),"partial",sum(v for (k,x),v in c.items() if x==P))
