# Sections on other subjects, written for set SM. {S} = state name, {dept} = a department.
# Some (marked DECOY) use liability, immunity, fee, indemnity, records or intervention words
# for purposes that have nothing to do with a civil claim against public officers.
F = {}

F["vehicle_fee"] = ("Motor vehicle registration; surcharge for road repair.", [
"(a) In addition to any other fee imposed by law, the department shall collect a road repair surcharge of eleven dollars at the time of each original or renewal registration of a passenger motor vehicle, and of twenty-two dollars for each registration of a motor vehicle with a gross vehicle weight rating over ten thousand pounds.",
"(b) The surcharge shall not be collected on the registration of a vehicle owned by a volunteer fire company, a rescue squad, a disabled veteran who holds a special plate, or a political subdivision of this State.",
"(c) The department shall remit all surcharges collected under this section to the State Treasurer by the fifteenth day of the month following collection, for deposit in the Local Road Repair Fund. Money in the fund shall be distributed to counties and municipalities in proportion to the number of lane miles of public road each maintains, as certified by the department on or before July 1 of each year.",
"(d) A county or municipality that receives a distribution under subsection (c) shall use it only for the resurfacing, patching, or reconstruction of roads and bridges and shall report to the department by December 31 of each year the projects on which the distribution was spent."])

F["fishing"] = ("Resident fishing licenses; free fishing days.", [
"(a) The commission may designate not more than three days in each calendar year as free fishing days, on which any person may fish in the public waters of this State without a license or trout stamp. All other rules of the commission relating to seasons, creel limits, size limits and methods of take apply on free fishing days.",
"(b) The fee for an annual resident fishing license is twenty-one dollars. The fee for a resident lifetime fishing license is three hundred dollars for an applicant under sixteen years of age and four hundred fifty dollars for an applicant sixteen years of age or older.",
"(c) A resident who is sixty-five years of age or older, or who is a veteran with a service-connected disability rated at fifty percent or more, may obtain an annual fishing license without charge upon presentation of proof of eligibility satisfactory to the commission.",
"(d) Notwithstanding any other law, revenue from the sale of licenses under this section shall be deposited in the Game and Fish Fund and shall not be transferred to the general fund."])

F["volunteer_immunity"] = ("Volunteer firefighters and emergency responders; civil immunity.  [DECOY]", [
"(a) A member of a volunteer fire company, volunteer rescue squad or volunteer ambulance service who in good faith renders emergency care, fire suppression or rescue services at the scene of an emergency is immune from civil liability for any personal injury or property damage resulting from an act or omission in rendering the services, unless the act or omission constitutes gross negligence or willful or wanton misconduct.",
"(b) The immunity granted by subsection (a) extends to the volunteer fire company, rescue squad or ambulance service in whose name the services were rendered, and to the officers and directors of that organization.",
"(c) This section does not apply to the operation of a motor vehicle by a volunteer while traveling to or from the scene of an emergency, which remains subject to the ordinary rules of liability and to any policy of motor vehicle liability insurance covering the vehicle."])

F["towing"] = ("Nonconsensual towing; disputes over charges.  [DECOY]", [
"(a) A towing company that removes a vehicle from private property without the consent of the vehicle's owner shall not charge more than the maximum rates adopted by the commission and shall release the vehicle upon payment of those charges, or upon the posting of a bond in the amount of the charges, at any hour of the day.",
"(b) The owner of a vehicle who disputes the charges for a nonconsensual tow or for storage may bring an action in the court of limited jurisdiction for the county in which the vehicle was towed. If the court finds that the towing company charged more than the maximum rates, the owner shall recover three times the overcharge.",
"(c) In an action under subsection (b), the court shall award reasonable attorney fees and costs to the prevailing party.",
"(d) A towing company that violates this section three or more times within a twelve-month period is subject to suspension of its registration for not more than ninety days."])

F["contractor_indemnity"] = ("State contracts; indemnification of the State by contractors.  [DECOY]", [
"(a) Every contract for construction, repair or maintenance of a public building entered into by a state agency shall contain a provision under which the contractor agrees to indemnify, defend and hold harmless the State, the agency and their officers and employees from all claims, suits, damages and losses arising out of the contractor's negligent performance of the work.",
"(b) A provision of a contract that purports to require the State or an agency to indemnify a contractor or subcontractor for the contractor's or subcontractor's own negligence is against public policy and void.",
"(c) The contractor shall maintain commercial general liability insurance with limits of not less than one million dollars per occurrence and two million dollars in the aggregate, naming the State as an additional insured, for the duration of the contract."])

F["transit_cap"] = ("Regional transit authorities; claims for property damage.  [DECOY]", [
"(a) A claim against a regional transit authority for damage to or loss of personal property caused by the operation of a transit vehicle shall be presented in writing to the authority within one hundred eighty days after the damage or loss occurred.",
"(b) The liability of a regional transit authority on a claim for property damage under this section shall not exceed one hundred thousand dollars for any one occurrence, and no judgment in excess of that amount shall be entered against the authority on such a claim.",
"(c) This section does not apply to a claim for bodily injury or death, which remains governed by the laws otherwise applicable to the authority."])

F["overdose_immunity"] = ("Persons seeking medical assistance for an overdose; immunity from prosecution.  [DECOY]", [
"(a) A person who in good faith seeks medical assistance for another person who is experiencing a drug-related overdose shall not be charged or prosecuted for possession of a controlled substance or of drug paraphernalia if the evidence for the charge was obtained as a result of seeking the assistance.",
"(b) The immunity in subsection (a) also applies to the person who experienced the overdose.",
"(c) This section does not limit the admissibility of evidence in the prosecution of any other offense, and does not limit the authority of a peace officer to detain or arrest a person for an offense not described in subsection (a)."])

F["elder_report"] = ("Reports of suspected abuse of vulnerable adults.  [DECOY]", [
"(a) A health care provider, social worker, financial institution employee or employee of a long-term care facility who has reasonable cause to believe that a vulnerable adult has been abused, neglected or financially exploited has a duty to report the belief immediately to the adult protective services unit of the department.",
"(b) A person who makes a report in good faith under this section is immune from any civil or criminal liability that might otherwise arise from making the report.",
"(c) A person required to report who knowingly fails to do so is subject to a civil penalty of not more than one thousand dollars, to be recovered in an action brought by the Attorney General.",
"(d) Reports made under this section, and the identity of the person making a report, are confidential and are not public records, except that they may be disclosed to a law enforcement agency investigating the abuse or to a court by order."])

F["bullying"] = ("School employees; intervention in bullying.  [DECOY]", [
"(a) A teacher, administrator, coach or other employee of a school district who witnesses an act of bullying, harassment or intimidation of a student on school property or at a school-sponsored activity shall intervene to stop it when it is safe to do so and shall report it to the principal on the same school day.",
"(b) A school district shall discipline, in accordance with its policies, an employee who fails to intervene or to report as required by subsection (a). Nothing in this section creates a private cause of action against a school district or its employees.",
"(c) Each school district shall include training on the duty in subsection (a) in the professional development it provides to employees each school year."])

F["vital_records"] = ("Vital records; confidentiality.  [DECOY]", [
"(a) Birth and death certificates and the records from which they are prepared are not public records and shall be disclosed only as provided in this section.",
"(b) The state registrar shall issue a certified copy of a birth certificate only to the registrant, a parent named on the certificate, a legal guardian, a legal representative of any of them, or a person who obtains a court order. Death certificates may also be issued to a funeral director, a surviving spouse, and any person who demonstrates a direct and tangible interest.",
"(c) Records that are one hundred twenty-five years old or more in the case of birth records, or seventy-five years old or more in the case of death records, are public records and shall be transferred to the state archives."])

F["wage_liability"] = ("Unpaid wages; personal liability of corporate officers.  [DECOY]", [
"(a) An officer of a corporation or manager of a limited liability company who knowingly permits the entity to fail to pay wages when due is personally and individually liable, jointly and severally with the entity, for the unpaid wages and for liquidated damages in an amount equal to the unpaid wages.",
"(b) An employee may bring an action under this section within two years after the wages became due. A court that enters judgment for the employee may award reasonable attorney fees.",
"(c) This section does not apply to a nonprofit corporation whose officers serve without compensation."])

F["officer_training"] = ("Peace officer training; de-escalation and crisis response.", [
"(a) The standards and training council shall require each person admitted to a basic training academy to complete not less than forty hours of instruction in de-escalation techniques, crisis intervention and communication with persons experiencing a mental health crisis.",
"(b) Each certified peace officer shall complete not less than eight hours of in-service training on the subjects listed in subsection (a) every two years. The council shall develop a model curriculum and make it available to law enforcement agencies at no cost.",
"(c) The council may grant an extension of time to complete in-service training to an officer who is on active military duty or on approved medical leave.",
"(d) There is appropriated from the general fund to the council for the next fiscal year the sum of four hundred thousand dollars to implement this section."])

F["body_camera_grant"] = ("Body-worn camera grant program.", [
"(a) The department of public safety shall establish a grant program to assist law enforcement agencies with fewer than fifty sworn officers in purchasing body-worn cameras, storage, and related equipment.",
"(b) An agency that receives a grant shall adopt a written policy on activation of cameras, retention of recordings, and access by supervisors, and shall submit the policy to the department before the grant is disbursed.",
"(c) Grants may not exceed one hundred twenty-five thousand dollars per agency in any fiscal year. The department shall give priority to agencies in counties with a population under fifty thousand."])

F["cosmetology"] = ("Board of Cosmetology; apprenticeships.", [
"(a) The board shall issue an apprentice permit to a person who is at least sixteen years of age and who is employed by a licensed salon owner willing to supervise the apprentice. An apprentice shall complete not less than two thousand hours of supervised practice before applying for examination.",
"(b) A licensed cosmetologist who has held a license for at least three years may supervise not more than two apprentices at the same time.",
"(c) The board may adopt rules to establish the curriculum for apprentices, the records a supervising licensee shall keep, and the fees for apprentice permits, not to exceed fifty dollars."])

F["broadband"] = ("Broadband infrastructure grants.", [
"(a) The office of broadband development shall award grants to internet service providers, cooperatives and political subdivisions to extend broadband service with download speeds of at least one hundred megabits per second to unserved locations.",
"(b) A grant may not exceed fifty percent of the eligible project costs. The applicant shall provide a match from nonstate sources for the remainder.",
"(c) A grantee that fails to complete a project within thirty-six months after the award shall repay the grant unless the office finds that the delay resulted from circumstances outside the grantee's control.",
"(d) The office shall report to the legislature by January 15 of each year on the grants awarded, the locations served and the amount of match provided."])

F["school_calendar"] = ("School calendar; instructional days.", [
"(a) Each school district shall provide not fewer than one hundred seventy-five days or one thousand eighty hours of instruction in each school year.",
"(b) A district that cancels school because of inclement weather, a public health emergency or a utility failure may count up to five days of remote instruction toward the requirement of subsection (a) if the district's plan for remote instruction was approved by the department before the start of the school year.",
"(c) The first day of student attendance shall not be earlier than the fourth Monday in August, unless the local board adopts a resolution after a public hearing."])

F["sales_tax_diapers"] = ("Sales tax exemption; diapers and feminine hygiene products.", [
"(a) The sale at retail of diapers, incontinence products and feminine hygiene products is exempt from the sales and use tax.",
"(b) For purposes of this section, \"feminine hygiene products\" means tampons, panty liners, menstrual cups, sanitary napkins and other similar items used for feminine hygiene, and does not include grooming and hygiene products such as soaps, shampoos, toothpaste, mouthwash, antiperspirants or sun tan lotions.",
"(c) This section applies to sales made on or after the first day of the first calendar quarter beginning after the effective date of this act."])

F["emergency_mgmt"] = ("Emergency management; local emergency operations plans.", [
"(a) Each county shall maintain a local emergency operations plan consistent with the state plan and shall review and update the plan at least once every four years.",
"(b) The director of emergency management shall provide technical assistance to counties in preparing plans and may withhold state emergency management grant funds from a county that has not submitted a current plan.",
"(c) A municipality with a population of more than twenty-five thousand may adopt its own plan, which shall be coordinated with the county plan."])

F["notary"] = ("Notaries public; surety bond.  [DECOY]", [
"(a) Each applicant for a commission as a notary public shall file with the secretary of state a surety bond in the sum of ten thousand dollars, conditioned upon the faithful performance of the duties of the office.",
"(b) The surety on the bond is liable to any person injured by the notary's misconduct or neglect in the performance of notarial acts, to the amount of the bond. The notary is personally liable for any damages in excess of the bond.",
"(c) A notary public shall keep a journal of each notarial act, which is not a public record but shall be produced upon subpoena."])

F["highway_naming"] = ("Memorial highway designation.", [
"(a) The portion of State Route 14 between its intersection with County Road 9 and the county line is designated the Sergeant Maria Alvarez Memorial Highway.",
"(b) The department of transportation shall erect appropriate signs marking the designation, provided that the cost of the signs is paid from private contributions received by the department for that purpose."])

F["agritourism"] = ("Agritourism; inherent risks.  [DECOY]", [
"(a) An agritourism operator is not liable for an injury to or the death of a participant resulting from the inherent risks of agritourism activities if the operator posts and maintains the warning notice required by subsection (b).",
"(b) The notice shall be posted at the entrance to the agritourism location and shall state: \"WARNING: Under state law, an agritourism operator is not liable for an injury to or the death of a participant resulting from the inherent risks of agritourism activities.\"",
"(c) This section does not limit the liability of an operator who commits an act or omission that constitutes gross negligence or willful or wanton disregard for the safety of a participant."])

F["records_fees"] = ("Public records requests; fees for copies.  [DECOY]", [
"(a) A public body may charge a fee for copies of public records not exceeding the actual cost of reproduction, and may not charge for the time spent by staff to locate or review records unless the request requires more than two hours of staff time.",
"(b) A public body shall respond to a request within five business days, either by producing the records, by stating when they will be produced, or by denying the request in writing with a citation to the exemption relied upon.",
"(c) A requester who is denied access may petition the circuit court. If the requester substantially prevails, the court may award reasonable attorney fees."])

F["sunset"] = ("Sunset review of boards and commissions.", [
"(a) The joint committee on government operations shall review each board and commission listed in this section before its termination date and shall recommend whether it should be continued, consolidated with another board, or allowed to terminate.",
"(b) The following entities terminate on July 1 of the year stated unless continued by law: the Board of Examiners of Landscape Architects, 2030; the Auctioneer Advisory Board, 2029; the Commission on Uniform Laws, 2031; the Boxing and Combat Sports Commission, 2030.",
"(c) A board that terminates shall wind up its affairs within one year, and its records shall be transferred to the department of state."])

F["landlord"] = ("Residential security deposits.  [DECOY]", [
"(a) A landlord shall return a tenant's security deposit, less any amounts lawfully withheld for unpaid rent or damage beyond ordinary wear and tear, within thirty days after the tenancy ends, together with an itemized statement of any amounts withheld.",
"(b) A landlord who wrongfully withholds a security deposit is liable to the tenant for twice the amount wrongfully withheld. In an action to recover a deposit, the court shall award reasonable attorney fees and costs to the prevailing tenant.",
"(c) A provision of a rental agreement that waives a tenant's rights under this section is void."])
