import textwrap, random, re
FILLER = {
'training': "{S}. Training. (a) The {academy} shall, not later than January 1 of the year following enactment, offer every certified officer at least eight hours of instruction in de-escalation, crisis intervention, and communication with persons who have mental illness or cognitive disabilities. (b) The instruction shall be repeated at least every two years and may be offered by electronic means. (c) An agency that fails to document completion of the instruction for an officer shall report the failure to the {academy} within thirty days, and the {academy} shall publish an annual count of such failures by agency.",
'bodycam': "{S}. Body-worn cameras; retention. (a) Each agency that issues body-worn cameras shall adopt a written policy on activation, deactivation, and retention of recordings. (b) A recording that captures a use of force, an arrest, or a complaint against an officer shall be retained for not less than three years. (c) Nothing in this section requires an agency to purchase cameras, and the policy may account for the privacy of victims, minors, and persons inside a residence.",
'pursuit': "{S}. Vehicle pursuits. (a) An officer may begin or continue a vehicle pursuit only when the officer has probable cause to believe that the person pursued has committed a felony involving violence, and the danger to the public from the pursuit does not exceed the danger of allowing the person to escape. (b) Each agency shall review every pursuit within ten business days and shall keep a record of the review.",
'jury': "{S}. Jury service; excuse of officers. (a) A sworn officer summoned for jury service may request a postponement of not more than six months if the officer is scheduled to testify in a criminal trial during the term of service. (b) The clerk shall grant one postponement upon request and may grant a second one for good cause shown in writing.",
'service': "{S}. Service of process on agencies. Service of a summons and complaint upon a law enforcement agency may be made by delivering a copy to the chief executive of the agency or to the person the agency designates in writing to receive service. The designation shall be filed with the secretary of state and kept current, and a failure to designate does not defeat service made upon the chief executive.",
'interest': "{S}. Interest on judgments. A judgment for money entered against the state or a political subdivision bears interest from the date of entry at the rate fixed for civil judgments generally. Payment within sixty days of the judgment becoming final stops the accrual of interest.",
'venue': "{S}. Venue. An action under this chapter may be brought in the county in which the conduct occurred, in the county in which any defendant resides, or, if the defendant is the state or an agency of the state, in the county that contains the seat of government.",
'mediation': "{S}. Mediation. Before trial the court may refer an action under this chapter to mediation. The referral does not stay discovery unless the court orders otherwise, and statements made in the mediation are not admissible at trial.",
'approp': "{S}. Appropriation. There is appropriated from the general fund to the {academy} the sum of four hundred fifty thousand dollars for the fiscal year beginning July 1, or so much thereof as may be necessary, to carry out the training and reporting duties of this Act. Any unexpended balance at the end of the fiscal year shall revert to the general fund.",
'sever': "{S}. Severability. If any provision of this Act or its application to any person or circumstance is held invalid, the invalidity does not affect other provisions or applications of this Act that can be given effect without the invalid provision or application, and to this end the provisions of this Act are severable.",
'wellness': "{S}. Officer wellness. Each agency with more than twenty sworn officers shall make confidential counseling available to officers and their immediate families at no cost to them. Participation is voluntary, and information disclosed in counseling may not be used in any personnel decision except with the written consent of the officer.",
'data': "{S}. Stop data. Each agency shall collect, for every traffic and pedestrian stop, the date, time, and location of the stop, the reason for the stop, and whether a search was made or contraband found. The agency shall forward the data quarterly to the attorney general, who shall publish an annual summary that does not identify any officer or any person stopped.",
'hiring': "{S}. Hiring inquiries. Before hiring a person who has served as an officer in another agency, the hiring agency shall ask each prior employer for the person's separation record. A prior employer shall answer within thirty days and is not civilly liable for an answer given in good faith.",
'custody': "{S}. Medical care in custody. A person in custody who reports a serious medical need shall be seen by a qualified health professional as soon as practicable. The agency shall keep a written log of each request and the time it was answered.",
}
def hyph(lines, width, rng, prob):
    out=[]
    return lines
def wrap(paras, width, rng, hyphp=0.25, indent=""):
    """wrap paragraphs; occasionally break a long word with a hyphen at line end"""
    lines=[]
    for p in paras:
        words=p.split()
        cur=indent if p is not paras[0] else ""
        cur=""
        for w in words:
            add=(w if not cur else cur+" "+w)
            if len(add)<=width:
                cur=add; continue
            # try hyphenating
            room=width-len(cur)-2
            if cur and len(w)>=9 and w.isalpha() and room>=4 and rng.random()<hyphp:
                k=min(room, len(w)-4)
                if k>=4:
                    lines.append(cur+" "+w[:k]+"-"); cur=w[k:]; continue
            if cur: lines.append(cur)
            cur=w
        if cur: lines.append(cur)
    return lines
def paginate(lines, per_page, head, foot, numstyle, numw=3):
    pages=[]; n=0; i=0; pg=0
    chunks=[lines[j:j+per_page] for j in range(0,len(lines),per_page)]
    total=len(chunks)
    for pg,ch in enumerate(chunks,1):
        out=list(head(pg,total))
        for k,l in enumerate(ch,1):
            n+=1
            if numstyle=='perpage': num=str(k).rjust(numw)+"  "
            elif numstyle=='running': num=str(n).rjust(numw)+"  "
            elif numstyle=='iowa': num=f"{pg:>2} {k:>2}  "
            elif numstyle=='none': num=""
            out.append(num+l)
        out+=list(foot(pg,total))
        pages.append("\n".join(out))
    return "\f".join(pages)+"\n", total
FILLER.update({
'grants': "{S}. Grants to small agencies. (a) The {academy} shall establish a grant program to assist agencies with fewer than fifteen sworn officers in meeting the training requirements of this Act. (b) A grant may be used for tuition, travel, lodging, and the salary of a replacement officer while the trained officer is absent. (c) An agency receiving a grant shall submit a report describing its use within one year after receiving it. (d) The {academy} may adopt rules to administer the program, including rules on the form of applications and the priority of awards among eligible agencies.",
'chokehold': "{S}. Restraints. (a) An officer may not use a restraint that restricts the flow of blood or air through the neck of a person unless the officer reasonably believes that deadly force is authorized. (b) An officer who applies a restraint shall, as soon as the person is secured, place the person in a position that does not impair breathing and shall request medical assistance if the person appears to be in distress. (c) Each agency shall report every use of a neck restraint to the {academy} within ten days.",
'warrants': "{S}. No-knock warrants. (a) A judge may not issue a warrant that authorizes entry without notice unless the affidavit establishes probable cause to believe that giving notice would endanger the life or physical safety of an officer or another person. (b) A warrant authorizing entry without notice shall be executed only between the hours of six in the morning and ten at night, unless the judge finds in writing that execution at another time is necessary to protect life. (c) An officer executing such a warrant shall wear a uniform or other clothing that clearly identifies the officer as a law enforcement officer.",
'reports': "{S}. Annual report. Not later than December 31 of each year, the {academy} shall submit to the presiding officers of the legislature a report describing the number of officers trained under this Act, the number of agencies receiving grants, the amount spent, and any recommendations for legislation. The report shall be posted on the website of the {academy}.",
'mental': "{S}. Crisis response. A county may establish a crisis response team of mental health professionals to respond, with or without officers, to calls involving a person in a mental health crisis. Two or more counties may establish a joint team by agreement. A team shall keep records of each response and shall share them with the county health department for the purpose of planning services.",
})
