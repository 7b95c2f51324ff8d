NO9 = ["No civil claim or immunity of officers is created or changed."] + ["Trap: no officer liability claim."]*8
add("AX33", "Alaska, Good Samaritan for off-duty responders (trap)", "AK", "nnnnnnnnn", NO9, """
SENATE BILL NO. 41
IN THE LEGISLATURE OF THE STATE OF ALASKA
"An Act relating to civil immunity for off-duty emergency responders."
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF ALASKA:
* Section 1. AS 09.65.090 is amended by adding a new subsection to read:
(e) An off-duty peace officer, firefighter or emergency medical technician who, in good faith, renders emergency care at the scene of an emergency is not liable for civil damages resulting from an act or omission in rendering that care, unless the act or omission constitutes gross negligence or reckless or intentional misconduct.
* Sec. 2. The immunity in AS 09.65.090(e) is in addition to any other immunity provided by law.
* Sec. 3. This Act takes effect July 1, 2027.
""")

add("AX34", "South Dakota, EMS licensure compact with immunity language (trap)", "SD", "nnnnnnnnn", NO9, """
State of South Dakota
SENATE BILL NO. 60
ENTITLED, An Act to enact the Recognition of EMS Personnel Licensure Interstate Compact.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF SOUTH DAKOTA:
Section 1. That a NEW SECTION be added to chapter 36-4B: The Recognition of EMS Personnel Licensure Interstate Compact is enacted into law and entered into with all other jurisdictions legally joining therein.
Section 2. That a NEW SECTION be added to chapter 36-4B: The members, officers, executive director, employees and representatives of the Interstate Commission are immune from suit and liability, either personally or in their official capacity, for any claim for damage to property or personal injury arising out of any act or omission that occurred within the scope of commission employment, provided that nothing in this section shall be construed to protect any such person from suit or liability for damage caused by intentional or willful or wanton misconduct.
Section 3. That a NEW SECTION be added to chapter 36-4B: The Commission shall defend and indemnify any member, officer, executive director, employee or representative in any civil action arising out of any act or omission within the scope of commission employment.
Section 4. That a NEW SECTION be added to chapter 36-4B: Nothing in this compact waives the sovereign immunity of any member state, and the limits of chapter 21-32A are not affected.
""")

add("AX35", "Puerto Rico House resolution ordering a study (trap)", "PR", "nnnnnnnnn", NO9, """
(H. R. 455)
RESOLUTION
To order the Committee on Public Security of the House of Representatives of Puerto Rico to conduct a thorough investigation of the application of the doctrine of qualified immunity in civil actions against agents of the Puerto Rico Police Bureau, of the limits on damages under Law No. 104 of June 29, 1955, and of the feasibility of requiring the Bureau to indemnify agents and to publish complaints of misconduct.
STATEMENT OF MOTIVES
Citizens have expressed concern that victims of police abuse cannot obtain full compensation.
BE IT RESOLVED BY THE HOUSE OF REPRESENTATIVES OF PUERTO RICO:
Section 1.- The Committee on Public Security is ordered to investigate the matters described in the title of this Resolution.
Section 2.- The Committee shall render a report with its findings, conclusions and recommendations within one hundred eighty (180) days after the approval of this Resolution.
Section 3.- This Resolution shall take effect immediately after its approval.
""")

add("AX36", "Guam, body camera program with public release (trap)", None, "nnnnnnnnn", NO9, """
I MINA'TRENTAI NUEBI NA LIHESLATURAN GUÅHAN
Bill No. 140-39 (COR)
AN ACT TO ESTABLISH A BODY-WORN CAMERA PROGRAM WITHIN THE GUAM POLICE DEPARTMENT.
BE IT ENACTED BY THE PEOPLE OF GUAM:
Section 1. Body-Worn Cameras. The Guam Police Department shall equip every patrol officer with a body-worn camera and shall require that the camera be activated during every law enforcement encounter with the public.
Section 2. Public Release. Any recording of an incident in which an officer used force resulting in serious bodily injury shall be released to the public within forty-five (45) days, and complaints of misconduct arising from such incidents shall be summarized in an annual public report.
Section 3. Discipline. An officer who fails to activate a body-worn camera as required shall be subject to discipline by the Chief of Police.
Section 4. Appropriation. The sum of Six Hundred Thousand Dollars ($600,000) is appropriated from the General Fund to carry out this Act.
""")

add("AX37", "DC, duty to intervene and decertification without civil claim (trap)", "DC", "nnnnnnnnn", NO9, """
AN ACT
IN THE COUNCIL OF THE DISTRICT OF COLUMBIA
To require police officers to intervene to prevent excessive force and to establish decertification standards.
BE IT ENACTED BY THE COUNCIL OF THE DISTRICT OF COLUMBIA, That this act may be cited as the "Duty to Intervene and Officer Standards Amendment Act of 2027".
Sec. 2. (a) A sworn member of the Metropolitan Police Department who observes another officer using force that exceeds the degree of force permitted by law shall intervene to prevent or stop that use of force and shall report the incident to a supervisor. (b) A member who fails to intervene as required by subsection (a) shall be subject to discipline, up to and including termination.
Sec. 3. The Police Officers Standards and Training Board shall decertify any officer terminated for a violation of section 2.
Sec. 4. The Metropolitan Police Department shall publish annually the number of officers disciplined under section 2.
Sec. 5. Nothing in this act creates a private right of action.
Sec. 6. Effective date. This act shall take effect following approval by the Mayor and a 30-day period of congressional review.
""")

add("AX38", "Nebraska, mandated reporter immunity (trap)", "NE", "nnnnnnnnn", NO9, """
LEGISLATURE OF NEBRASKA
LEGISLATIVE BILL 301
A BILL FOR AN ACT relating to child protection; to amend section 28-716; and to provide immunity for good-faith reports.
Be it enacted by the people of the State of Nebraska,
Section 1. Section 28-716 is amended to read: Any person participating in an investigation or the making of a report of child abuse or neglect pursuant to section 28-711, including any law enforcement officer, school employee or other public employee, shall be immune from any civil or criminal liability, except for maliciously false statements. Good faith shall be presumed.
Sec. 2. It shall not be a defense to a prosecution for failure to report under section 28-717 that the person believed another person had made the report.
Sec. 3. Original section 28-716 is repealed.
""")

add("AX39", "Delaware, appropriation for trooper settlements (trap)", "DE", "nnnnnnnnn", NO9, """
SPONSOR: Sen. Loe
DELAWARE STATE SENATE
154th GENERAL ASSEMBLY
SENATE BILL NO. 150
AN ACT MAKING A SUPPLEMENTAL APPROPRIATION TO THE DEPARTMENT OF SAFETY AND HOMELAND SECURITY FOR THE PAYMENT OF CLAIMS.
BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF DELAWARE (Three-fifths of all members of each house concurring therein):
Section 1. The sum of $2,000,000 is appropriated to the Department of Safety and Homeland Security, Division of State Police, for the payment of judgments and settlements in civil actions against state troopers, including actions alleging the violation of constitutional rights.
Section 2. Payments under Section 1 shall be made in accordance with Chapter 40 of Title 10, and shall not exceed the limits provided therein.
Section 3. The Division shall report to the Joint Finance Committee each payment made under Section 1.
Section 4. Any funds unexpended on June 30, 2028 shall revert to the General Fund.
""")

add("AX40", "Ada County code, civilian oversight board (trap)", "ID", "nnnnnnnnn", NO9, """
ADA COUNTY CODE
ORDINANCE NO. 1012
AN ORDINANCE ADDING CHAPTER 12 TO TITLE 2 OF THE ADA COUNTY CODE ESTABLISHING A CIVILIAN OVERSIGHT BOARD FOR THE SHERIFF'S OFFICE.
BE IT ORDAINED BY THE BOARD OF COUNTY COMMISSIONERS OF ADA COUNTY, IDAHO:
Section 1. Title 2, Chapter 12 is added as follows:
2-12-1: ESTABLISHED: There is established a Civilian Oversight Board of seven (7) members appointed by the Board of County Commissioners.
2-12-2: DUTIES: The Civilian Oversight Board shall receive complaints of misconduct by deputies of the Ada County Sheriff's Office, review internal investigations, and recommend discipline.
2-12-3: REPORTS: The Civilian Oversight Board shall publish a quarterly report listing each complaint received, its disposition, and any settlement paid by the County in a civil action against a deputy.
2-12-4: LIABILITY: Nothing in this chapter creates a cause of action or waives any immunity or limit under the Idaho Tort Claims Act.
Section 2. EFFECTIVE DATE: This ordinance shall be in full force and effect upon its passage, approval and publication.
""")
