"""The eight XML files PR317-PR324 (written for this set)."""

from gen_common import add, write_file

USLM_NS = 'xmlns="http://schemas.gpo.gov/xml/uslm" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:uslm="http://schemas.gpo.gov/xml/uslm"'

# ---------------------------------------------------------------- PR317 federal reported bill (end)
x317 = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/css" href="uslm.css"?>
<bill {USLM_NS} xml:lang="en" id="H4A1B2C3D">
<meta>
<dc:title>119 HR 2741 RH: Civil Rights Accountability Restoration Act of 2025</dc:title>
<dc:type>House Bill</dc:type><docNumber>2741</docNumber><citableAs>119 HR 2741 RH</citableAs>
<dc:publisher>U.S. House of Representatives</dc:publisher><congress>119</congress><session>1</session>
<publicPrivate>public</publicPrivate><docStage>Reported in House</docStage>
</meta>
<preface>
<slugLine>Union Calendar No. 212</slugLine>
<congress>119th CONGRESS</congress> <session>1st Session</session>
<dc:type>H. R.</dc:type> <docNumber>2741</docNumber>
<dc:title>[Report No. 119&#8211;288]</dc:title>
<currentChamber>IN THE HOUSE OF REPRESENTATIVES</currentChamber>
<action><date date="2025-04-09">April 9, 2025</date><actionDescription><sponsor bioGuideId="C000999">Ms. Calloway-Nunez</sponsor> (for herself and <cosponsor bioGuideId="B000998">Mr. Brandt</cosponsor>) introduced the following bill; which was referred to the Committee on the Judiciary</actionDescription></action>
<action><date date="2025-09-17">September 17, 2025</date><actionDescription>Reported with an amendment, committed to the Committee of the Whole House on the State of the Union, and ordered to be printed</actionDescription><actionInstruction>[Omit the part struck through and insert the part printed in italic]</actionInstruction></action>
</preface>
<main styleType="OLC">
<longTitle><docTitle>A BILL</docTitle><officialTitle>To amend the Revised Statutes to eliminate the defense of qualified immunity in civil actions for the deprivation of rights, and for other purposes.</officialTitle></longTitle>
<enactingFormula>Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled, </enactingFormula>
<section identifier="/us/bill/119/hr/2741/s1"><num value="1">SECTION 1. </num><heading>SHORT TITLE; TABLE OF CONTENTS.</heading>
<subsection identifier="/us/bill/119/hr/2741/s1/a" class="indent0"><num value="a">(a) </num><heading>Short Title</heading><content>This Act may be cited as the &#8220;Civil Rights Accountability Restoration Act of 2025&#8221;.</content></subsection>
<subsection identifier="/us/bill/119/hr/2741/s1/b" class="indent0"><num value="b">(b) </num><heading>Table of Contents</heading><chapeau>The table of contents for this Act is as follows:</chapeau>
<toc>
<referenceItem role="section"><designator>Sec. 1. </designator><label>Short title; table of contents.</label></referenceItem>
<referenceItem role="section"><designator>Sec. 2. </designator><label>Elimination of good faith and qualified immunity defenses.</label></referenceItem>
<referenceItem role="section" status="deleted"><designator>Sec. 3. </designator><label>Mandatory attorney&#8217;s fees.</label></referenceItem>
<referenceItem role="section" status="added"><designator>Sec. 3. </designator><label>Applicability.</label></referenceItem>
</toc></subsection></section>
<section identifier="/us/bill/119/hr/2741/s2"><num value="2">SEC. 2. </num><heading>ELIMINATION OF GOOD FAITH AND QUALIFIED IMMUNITY DEFENSES.</heading>
<content>Section 1979 of the Revised Statutes of the United States (<ref href="/us/usc/t42/s1983">42 U.S.C. 1983</ref>) is amended by adding at the end the following: <quotedContent styleType="OLC">&#8220;In any action brought under this section, a defendant may not avoid liability on the ground that&#8212;
<paragraph class="indent1"><num value="1">(1) </num><content>the defendant acted in good faith, or believed the conduct to be lawful, whether or not that belief was reasonable; or</content></paragraph>
<paragraph class="indent1"><num value="2">(2) </num><content>the right, privilege, or immunity secured by the Constitution and laws was not clearly established at the time of the deprivation.</content></paragraph>&#8221;</quotedContent>.</content></section>
<section identifier="/us/bill/119/hr/2741/s3" status="deleted"><num value="3">SEC. 3. </num><heading>MANDATORY ATTORNEY&#8217;S FEES.</heading>
<content>Section 722(b) of the Revised Statutes of the United States (<ref href="/us/usc/t42/s1988/b">42 U.S.C. 1988(b)</ref>) is amended by striking &#8220;the court, in its discretion, may allow&#8221; and inserting &#8220;the court shall allow&#8221;.</content></section>
<section identifier="/us/bill/119/hr/2741/s3A" status="added"><num value="3">SEC. 3. </num><heading>APPLICABILITY.</heading>
<content>The amendment made by section 2 shall apply to any action pending on, or filed after, the date of enactment of this Act.</content></section>
</main>
<endorsement><relatedDocument role="report">Union Calendar No. 212</relatedDocument></endorsement>
</bill>
"""
t317 = """                                                 Union Calendar No. 212
119th CONGRESS
  1st Session
                                H. R. 2741

                          [Report No. 119-288]

   To amend the Revised Statutes to eliminate the defense of qualified
      immunity in civil actions for the deprivation of rights, and for
                             other purposes.

                    IN THE HOUSE OF REPRESENTATIVES

                             April 9, 2025

  Ms. Calloway-Nunez (for herself and Mr. Brandt) introduced the following
         bill; which was referred to the Committee on the Judiciary

                           September 17, 2025

Reported with an amendment, committed to the Committee of the Whole House
       on the State of the Union, and ordered to be printed
 [Omit the part struck through and insert the part printed in italic]

                                 A BILL

   To amend the Revised Statutes to eliminate the defense of qualified
      immunity in civil actions for the deprivation of rights, and for
                             other purposes.

    Be it enacted by the Senate and House of Representatives of the
United States of America in Congress assembled,

SECTION 1. SHORT TITLE; TABLE OF CONTENTS.

    (a) Short Title.--This Act may be cited as the ``Civil Rights
Accountability Restoration Act of 2025''.
    (b) Table of Contents.--The table of contents for this Act is as
follows:

Sec. 1. Short title; table of contents.
Sec. 2. Elimination of good faith and qualified immunity defenses.
<DELETED>Sec. 3. Mandatory attorney's fees.</DELETED>
Sec. 3. Applicability.

SEC. 2. ELIMINATION OF GOOD FAITH AND QUALIFIED IMMUNITY DEFENSES.

    Section 1979 of the Revised Statutes of the United States (42 U.S.C.
1983) is amended by adding at the end the following: ``In any action
brought under this section, a defendant may not avoid liability on the
ground that--
            ``(1) the defendant acted in good faith, or believed the
        conduct to be lawful, whether or not that belief was reasonable;
        or
            ``(2) the right, privilege, or immunity secured by the
        Constitution and laws was not clearly established at the time of
        the deprivation.''.

<DELETED>SEC. 3. MANDATORY ATTORNEY'S FEES.</DELETED>

<DELETED>    Section 722(b) of the Revised Statutes of the United States (42
U.S.C. 1988(b)) is amended by striking ``the court, in its discretion,
may allow'' and inserting ``the court shall allow''.</DELETED>

SEC. 3. APPLICABILITY.

    The amendment made by section 2 shall apply to any action pending
on, or filed after, the date of enactment of this Act.

                                                 Union Calendar No. 212"""
f = write_file("PR317", "xml", x317)
add(
    "PR317",
    "Federal USLM reported bill XML: quotedContent amends 42 U.S.C. 1983; mandatory-fee section deleted by status attribute",
    None,
    False,
    f,
    t317,
    "y y y y n n n n n",
    [
        "Amends 1983, which reaches every officer acting under color of state law including police; good faith, belief and clearly-established defenses are barred.",
        "1983 covers every state and local official or employee acting under color of law.",
        "Federal bill: rights secured by the Constitution and laws without limit (project convention).",
        "No statutory cap applies to 1983 claims and the bill adds none (federal; no state table entry) - label somewhat doubtful.",
        "Nothing on intervention.",
        "Nothing on indemnification.",
        "The section making fees mandatory is deleted by the committee; 1988 stays discretionary.",
        "No personal consequence.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR318 federal grant incentive (trap)
x318 = f"""<?xml version="1.0" encoding="UTF-8"?>
<bill {USLM_NS} xml:lang="en">
<meta><dc:title>119 S 1177 IS: State Civil Rights Remedies Incentive Act</dc:title><dc:type>Senate Bill</dc:type><docNumber>1177</docNumber><citableAs>119 S 1177 IS</citableAs><congress>119</congress><session>1</session><docStage>Introduced in Senate</docStage></meta>
<preface><congress>119th CONGRESS</congress><session>1st Session</session><dc:type>S.</dc:type><docNumber>1177</docNumber>
<currentChamber>IN THE SENATE OF THE UNITED STATES</currentChamber>
<action><date date="2025-03-27">March 27, 2025</date><actionDescription><sponsor>Mr. Ostrowski-Vance</sponsor> introduced the following bill; which was read twice and referred to the Committee on the Judiciary</actionDescription></action></preface>
<main><longTitle><docTitle>A BILL</docTitle><officialTitle>To provide incentives for States to establish civil remedies for the deprivation of rights under State constitutions.</officialTitle></longTitle>
<enactingFormula>Be it enacted by the Senate and House of Representatives of the United States of America in Congress assembled,</enactingFormula>
<section><num value="1">SECTION 1. </num><heading>SHORT TITLE.</heading><content>This Act may be cited as the &#8220;State Civil Rights Remedies Incentive Act&#8221;.</content></section>
<section><num value="2">SEC. 2. </num><heading>INCENTIVE GRANTS.</heading>
<subsection><num value="a">(a) </num><heading>Increase</heading><chapeau>For each fiscal year beginning after the date of enactment of this Act, the Attorney General shall increase by 10 percent the amount of the grant otherwise allocated under subpart 1 of part E of title I of the Omnibus Crime Control and Safe Streets Act of 1968 (<ref href="/us/usc/t34/s10151">34 U.S.C. 10151 et seq.</ref>) to any State that has in effect a law that&#8212;</chapeau>
<paragraph><num value="1">(1) </num><content>provides a civil action against any law enforcement officer who deprives a person of a right secured by the constitution of the State;</content></paragraph>
<paragraph><num value="2">(2) </num><content>provides that qualified immunity, and any defense based on the good faith or reasonable belief of the officer, is not a defense to that action;</content></paragraph>
<paragraph><num value="3">(3) </num><content>provides that statutory limits on damages do not apply to that action;</content></paragraph>
<paragraph><num value="4">(4) </num><content>requires the court to award reasonable attorney&#8217;s fees to a prevailing plaintiff; and</content></paragraph>
<paragraph><num value="5">(5) </num><content>requires the employing agency to indemnify the officer for the full amount of any judgment or settlement.</content></paragraph></subsection>
<subsection><num value="b">(b) </num><heading>Reduction</heading><content>The Attorney General shall reduce by 5 percent the amount of the grant otherwise allocated to a State that, after the date of enactment of this Act, enacts a law providing that qualified immunity is a defense to a civil action under State law.</content></subsection>
<subsection><num value="c">(c) </num><heading>Rule of construction</heading><content>Nothing in this section shall be construed to create a cause of action or to affect any defense available in an action under section 1979 of the Revised Statutes (<ref href="/us/usc/t42/s1983">42 U.S.C. 1983</ref>).</content></subsection>
</section></main></bill>
"""
t318 = """119th CONGRESS
  1st Session
                                S. 1177

  To provide incentives for States to establish civil remedies for the
          deprivation of rights under State constitutions.

                    IN THE SENATE OF THE UNITED STATES

                             March 27, 2025

 Mr. Ostrowski-Vance introduced the following bill; which was read twice
            and referred to the Committee on the Judiciary

                                 A BILL

  To provide incentives for States to establish civil remedies for the
          deprivation of rights under State constitutions.

    Be it enacted by the Senate and House of Representatives of the
United States of America in Congress assembled,

SECTION 1. SHORT TITLE.

    This Act may be cited as the ``State Civil Rights Remedies Incentive
Act''.

SEC. 2. INCENTIVE GRANTS.

    (a) Increase.--For each fiscal year beginning after the date of
enactment of this Act, the Attorney General shall increase by 10 percent
the amount of the grant otherwise allocated under subpart 1 of part E of
title I of the Omnibus Crime Control and Safe Streets Act of 1968 (34
U.S.C. 10151 et seq.) to any State that has in effect a law that--
            (1) provides a civil action against any law enforcement
        officer who deprives a person of a right secured by the
        constitution of the State;
            (2) provides that qualified immunity, and any defense based
        on the good faith or reasonable belief of the officer, is not a
        defense to that action;
            (3) provides that statutory limits on damages do not apply
        to that action;
            (4) requires the court to award reasonable attorney's fees
        to a prevailing plaintiff; and
            (5) requires the employing agency to indemnify the officer
        for the full amount of any judgment or settlement.
    (b) Reduction.--The Attorney General shall reduce by 5 percent the
amount of the grant otherwise allocated to a State that, after the date
of enactment of this Act, enacts a law providing that qualified immunity
is a defense to a civil action under State law.
    (c) Rule of Construction.--Nothing in this section shall be
construed to create a cause of action or to affect any defense available
in an action under section 1979 of the Revised Statutes (42 U.S.C.
1983)."""
f = write_file("PR318", "xml", x318)
add(
    "PR318",
    "Federal USLM Senate bill XML (trap): grant incentive conditioned on States ending QI; describes every element",
    None,
    True,
    f,
    t318,
    "n n n n n n n n n",
    [
        "Grant conditions describing State laws; the bill itself creates no claim and bars no defense (subsection (c)).",
        "No claim.",
        "No claim.",
        "No claim.",
        "Describes a State law only.",
        "Describes a State law only.",
        "Describes a State law only.",
        "Nothing.",
        "Nothing.",
    ],
)

# ---------------------------------------------------------------- PR319 New York City Council XML (partial)
t319_body = """Int. No. 1043

By Council Members Lindgren, Castellano-Wu and Abiodun

A Local Law to amend the administrative code of the city of New York, in relation to a civil action against members of the police department for unreasonable searches and seizures and excessive force

Be it enacted by the Council as follows:

Section 1. Chapter 8 of title 8 of the administrative code of the city of New York is amended by adding a new section 8-807 to read as follows:
§ 8-807 Civil action for unreasonable search or seizure or excessive force. a. Definitions. For purposes of this section, the term "covered individual" means an employee of the police department, or a person designated by the police commissioner as a special patrolman, who is authorized to make arrests.
b. A covered individual who, under color of law, deprives any person of the right to be secure against unreasonable searches and seizures, or of the right to be free from the use of excessive force, is liable to the person injured for damages and for declaratory and injunctive relief.
c. It is not a defense to liability under this section that the covered individual acted in good faith or reasonably believed the conduct was lawful, and qualified immunity is not a defense.
d. In an action under this section, the court may award reasonable attorney's fees and costs to a prevailing plaintiff.
§ 2. Section 8-809 of the administrative code of the city of New York is amended to read as follows:
§ 8-809 Indemnification. The city [may] shall indemnify a covered individual for any judgment entered against such individual under section 8-807, except that the city shall not indemnify any award of punitive damages.
§ 3. This local law takes effect 120 days after it becomes law.

NOTE: Matter underlined is new; matter in brackets [ ] is to be deleted.
JL/RC
LS #11822
3/14/25 4:12 PM"""
x319 = (
    """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE LegislationItem [
  <!ENTITY sect "&#167;">
  <!ENTITY council "The Council of the City of New York">
]>
<LegislationItem xmlns="urn:nyc:council:legistar:export" Id="71234" Guid="8F1C2A77-5E0B-4B9E-9D5A-2E3F4A5B6C7D">
  <Body>&council;</Body>
  <File>Int 1043-2025</File>
  <Version>*</Version>
  <Type>Introduction</Type>
  <Status>Committee</Status>
  <Committee>Committee on Public Safety</Committee>
  <IntroDate>2025-03-20</IntroDate>
  <Sponsors><Sponsor Seq="1">Ifeoma Lindgren</Sponsor><Sponsor Seq="2">Teodoro Castellano-Wu</Sponsor><Sponsor Seq="3">Kemi Abiodun</Sponsor></Sponsors>
  <Name>Civil action against members of the police department (&sect; 8-807)</Name>
  <Title><![CDATA[A Local Law to amend the administrative code of the city of New York, in relation to a civil action against members of the police department for unreasonable searches & seizures and excessive force]]></Title>
  <Summary>This bill would create a local right of action &amp; bar qualified immunity for NYPD members &#8212; see text.</Summary>
  <Text Format="text/plain"><![CDATA["""
    + t319_body.replace("§", "§")
    + """]]></Text>
  <TextHtml><![CDATA[<p><u>§ 8-807 Civil action for unreasonable search or seizure or excessive force.</u> ...</p><p>§ 8-809 Indemnification. The city [may] <u>shall</u> indemnify ...</p><!-- abbreviated -->]]></TextHtml>
  <Attachments><Attachment Name="Summary of Int. No. 1043" Href="View.ashx?M=F&amp;ID=13579&amp;GUID=ABC"/></Attachments>
</LegislationItem>
"""
)
f = write_file("PR319", "xml", x319)
add(
    "PR319",
    "New York City Council Legistar XML: CDATA text, internal entities; one city's police, search and force only",
    "NY",
    False,
    f,
    t319_body,
    "p n n y n p n n n",
    [
        "QI and good faith barred, but only for members of one city's police department.",
        "One city's police only.",
        "Only search-and-seizure and excessive-force rights (and local law, not the state constitution).",
        "New York has no cap on such claims and the local law adds none.",
        "Nothing on intervention.",
        "The city 'shall' indemnify (bracketed 'may' deleted) but punitive damages are excluded: not the whole award.",
        "Court 'may' award fees.",
        "No personal consequence.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR320 federal House resolution (trap)
x320 = f"""<?xml version="1.0" encoding="UTF-8"?>
<resolution {USLM_NS} xml:lang="en">
<meta><dc:title>119 HRES 612 IH: Expressing the sense of the House of Representatives that qualified immunity should be abolished.</dc:title><dc:type>House Simple Resolution</dc:type><docNumber>612</docNumber><congress>119</congress><session>1</session><docStage>Introduced in House</docStage></meta>
<preface><congress>119th CONGRESS</congress><session>1st Session</session><dc:type>H. RES.</dc:type><docNumber>612</docNumber>
<dc:title>Expressing the sense of the House of Representatives that the judicially created doctrine of qualified immunity should be abolished.</dc:title>
<currentChamber>IN THE HOUSE OF REPRESENTATIVES</currentChamber>
<action><date date="2025-07-22">July 22, 2025</date><actionDescription><sponsor>Mr. Achterberg</sponsor> submitted the following resolution; which was referred to the Committee on the Judiciary</actionDescription></action></preface>
<main><longTitle><docTitle>RESOLUTION</docTitle><officialTitle>Expressing the sense of the House of Representatives that the judicially created doctrine of qualified immunity should be abolished.</officialTitle></longTitle>
<preamble>
<recital>Whereas section 1979 of the Revised Statutes (42 U.S.C. 1983) contains no text providing a defense of good faith or qualified immunity;</recital>
<recital>Whereas the doctrine of qualified immunity shields public officials, including law enforcement officers, from liability unless the right violated was clearly established;</recital>
<recital>Whereas victims of constitutional violations often cannot recover their attorney&#8217;s fees or the full amount of their damages; and</recital>
<recital>Whereas several States have enacted civil actions under their own constitutions in which qualified immunity is not a defense: Now, therefore, be it</recital>
</preamble>
<resolvingClause>Resolved, </resolvingClause><section><content>That the House of Representatives&#8212;
<paragraph><num value="1">(1) </num><content>believes that no public official should be able to avoid liability for the deprivation of constitutional rights on the ground of good faith or that the right was not clearly established;</content></paragraph>
<paragraph><num value="2">(2) </num><content>calls on Congress to enact legislation providing that qualified immunity is not a defense in actions under section 1979 of the Revised Statutes, that the court shall award attorney&#8217;s fees to prevailing plaintiffs, and that employers shall indemnify their officers in full; and</content></paragraph>
<paragraph><num value="3">(3) </num><content>urges the States to enact similar laws and to make records of police misconduct public.</content></paragraph>
</content></section></main></resolution>
"""
t320 = """119th CONGRESS
  1st Session
                              H. RES. 612

Expressing the sense of the House of Representatives that the judicially
     created doctrine of qualified immunity should be abolished.

                    IN THE HOUSE OF REPRESENTATIVES

                             July 22, 2025

Mr. Achterberg submitted the following resolution; which was referred to
                     the Committee on the Judiciary

                               RESOLUTION

Expressing the sense of the House of Representatives that the judicially
     created doctrine of qualified immunity should be abolished.

Whereas section 1979 of the Revised Statutes (42 U.S.C. 1983) contains no
        text providing a defense of good faith or qualified immunity;
Whereas the doctrine of qualified immunity shields public officials,
        including law enforcement officers, from liability unless the
        right violated was clearly established;
Whereas victims of constitutional violations often cannot recover their
        attorney's fees or the full amount of their damages; and
Whereas several States have enacted civil actions under their own
        constitutions in which qualified immunity is not a defense: Now,
        therefore, be it
    Resolved, That the House of Representatives--
            (1) believes that no public official should be able to avoid
        liability for the deprivation of constitutional rights on the
        ground of good faith or that the right was not clearly
        established;
            (2) calls on Congress to enact legislation providing that
        qualified immunity is not a defense in actions under section
        1979 of the Revised Statutes, that the court shall award
        attorney's fees to prevailing plaintiffs, and that employers
        shall indemnify their officers in full; and
            (3) urges the States to enact similar laws and to make
        records of police misconduct public."""
f = write_file("PR320", "xml", x320)
add(
    "PR320",
    "Federal USLM simple resolution XML (trap): sense of the House, whereas clauses, calls for reform",
    None,
    True,
    f,
    t320,
    "n n n n n n n n n",
    [
        "A resolution expressing views; changes no law.",
        "Resolution only.",
        "Resolution only.",
        "Resolution only.",
        "Resolution only.",
        "Resolution only.",
        "Resolution only.",
        "Resolution only.",
        "Resolution only.",
    ],
)

# ---------------------------------------------------------------- PR321 Oregon fiscal impact statement (trap)
t321 = """FISCAL IMPACT OF PROPOSED LEGISLATION
83rd Oregon Legislative Assembly - 2025 Regular Session
Legislative Fiscal Office
Only Impacts on Original or Engrossed Versions are Considered Official
Measure: HB 3120 - A
Prepared by: Marisol Atwater-Grange
Reviewed by: Tobias Linwood, Amanda Rees-Okoro
Date: April 2, 2025

Measure Description:
Creates a cause of action against any public employee who deprives a person of a right secured by the Oregon Constitution. Provides that qualified immunity and good faith are not defenses. Provides that the limits of ORS 30.271 to 30.273 do not apply. Requires the court to award reasonable attorney fees to a prevailing plaintiff. Requires public bodies to indemnify employees for the full amount of any judgment.

Government Unit(s) Affected:
Department of Justice; Department of Administrative Services (Risk Management); Oregon State Police; Counties; Cities; Special Districts

Summary of Fiscal Impact:
Costs related to the measure are indeterminate at this time - See analysis.

Analysis:
HB 3120 - A would expose public bodies to claims that are not now subject to the Oregon Tort Claims Act limits. The Department of Administrative Services, Risk Management, anticipates higher self-insurance assessments, but cannot estimate the number or size of future claims. The Department of Justice anticipates additional litigation workload. Local governments report that liability pool premiums may increase. This fiscal impact statement does not describe the measure's policy merits and is not part of the measure."""
x321 = """<?xml version="1.0" encoding="UTF-8"?>
<FiscalImpactStatement xmlns="urn:or:lfo:fis" session="2025R1" measure="HB3120" version="A">
  <Header><Title>FISCAL IMPACT OF PROPOSED LEGISLATION</Title><Assembly>83rd Oregon Legislative Assembly &#8211; 2025 Regular Session</Assembly><Office>Legislative Fiscal Office</Office>
  <Notice>Only Impacts on Original or Engrossed Versions are Considered Official</Notice></Header>
  <Measure>HB 3120 &#8211; A</Measure>
  <PreparedBy>Marisol Atwater-Grange</PreparedBy><ReviewedBy>Tobias Linwood, Amanda Rees-Okoro</ReviewedBy><Date>2025-04-02</Date>
  <MeasureDescription><![CDATA[Creates a cause of action against any public employee who deprives a person of a right secured by the Oregon Constitution. Provides that qualified immunity and good faith are not defenses. Provides that the limits of ORS 30.271 to 30.273 do not apply. Requires the court to award reasonable attorney fees to a prevailing plaintiff. Requires public bodies to indemnify employees for the full amount of any judgment.]]></MeasureDescription>
  <GovernmentUnits>Department of Justice; Department of Administrative Services (Risk Management); Oregon State Police; Counties; Cities; Special Districts</GovernmentUnits>
  <Summary>Costs related to the measure are indeterminate at this time &#8211; See analysis.</Summary>
  <Analysis><![CDATA[HB 3120 - A would expose public bodies to claims that are not now subject to the Oregon Tort Claims Act limits. The Department of Administrative Services, Risk Management, anticipates higher self-insurance assessments, but cannot estimate the number or size of future claims. The Department of Justice anticipates additional litigation workload. Local governments report that liability pool premiums may increase. This fiscal impact statement does not describe the measure's policy merits and is not part of the measure.]]></Analysis>
</FiscalImpactStatement>
"""
f = write_file("PR321", "xml", x321)
add(
    "PR321",
    "Oregon 2025 Legislative Fiscal Office XML (trap): fiscal impact statement describing an end-QI measure",
    "OR",
    True,
    f,
    t321,
    "n n n n n n n n n",
    [
        "A fiscal note describing another document; it enacts nothing.",
        "Fiscal note.",
        "Fiscal note.",
        "Fiscal note.",
        "Fiscal note.",
        "Fiscal note.",
        "Fiscal note.",
        "Fiscal note.",
        "Fiscal note.",
    ],
)

# ---------------------------------------------------------------- PR322 Kansas indemnity-only (trap)
t322 = """Session of 2026
HOUSE BILL No. 2645
By Committee on Judiciary
1-29
AN ACT concerning governmental liability; relating to indemnification of law enforcement officers; amending K.S.A. 75-6109 and repealing the existing section.
Be it enacted by the Legislature of the State of Kansas:
Section 1. K.S.A. 75-6109 is hereby amended to read as follows: 75-6109. Except as otherwise provided in the Kansas tort claims act, a governmental entity shall indemnify its employees against damages for injury or damage caused by an act or omission of an employee while acting within the scope of employment. [A governmental entity shall not indemnify an employee for punitive or exemplary damages or for any portion of a judgment arising from the employee's actual fraud or actual malice.] A governmental entity shall indemnify a law enforcement officer for the full amount of any judgment or settlement, including punitive or exemplary damages, in a civil action alleging that the officer deprived a person of a right secured by the constitution of the United States or the constitution of the state of Kansas. Nothing in this section creates a cause of action against any person or waives qualified immunity or any other defense available to a law enforcement officer.
Sec. 2. K.S.A. 75-6109 is hereby repealed.
Sec. 3. This act shall take effect and be in force from and after its publication in the statute book.
(Matter shown in brackets is struck from existing law; new matter is italicized in the printed bill.)"""
x322 = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Kansas Office of Revisor of Statutes bill export -->
<bill xmlns="urn:ks:revisor:bill" session="2026" chamber="house" number="2645">
  <session>Session of 2026</session>
  <billNumber>HOUSE BILL No. 2645</billNumber>
  <sponsor>By Committee on Judiciary</sponsor>
  <introduced>1-29</introduced>
  <title><![CDATA[AN ACT concerning governmental liability; relating to indemnification of law enforcement officers; amending K.S.A. 75-6109 and repealing the existing section.]]></title>
  <enactingClause>Be it enacted by the Legislature of the State of Kansas:</enactingClause>
  <section num="1">
    <intro>Section 1. K.S.A. 75-6109 is hereby amended to read as follows:</intro>
    <statute cite="K.S.A. 75-6109">
      <text>75-6109. Except as otherwise provided in the Kansas tort claims act, a governmental entity shall indemnify its employees against damages for injury or damage caused by an act or omission of an employee while acting within the scope of employment.</text>
      <text status="struck">A governmental entity shall not indemnify an employee for punitive or exemplary damages or for any portion of a judgment arising from the employee&#8217;s actual fraud or actual malice.</text>
      <text status="new">A governmental entity shall indemnify a law enforcement officer for the full amount of any judgment or settlement, including punitive or exemplary damages, in a civil action alleging that the officer deprived a person of a right secured by the constitution of the United States or the constitution of the state of Kansas. Nothing in this section creates a cause of action against any person or waives qualified immunity or any other defense available to a law enforcement officer.</text>
    </statute>
  </section>
  <section num="2"><text>Sec. 2. K.S.A. 75-6109 is hereby repealed.</text></section>
  <section num="3"><text>Sec. 3. This act shall take effect and be in force from and after its publication in the statute book.</text></section>
</bill>
"""
f = write_file("PR322", "xml", x322)
add(
    "PR322",
    "Kansas 2026 XML (trap): indemnity-only amendment with struck status element; saves QI expressly",
    "KS",
    True,
    f,
    t322,
    "n n n n n n n n n",
    [
        "Indemnity-only statute: creates no claim and expressly keeps qualified immunity.",
        "No claim.",
        "No claim.",
        "No claim.",
        "Nothing.",
        "Full indemnity, but indemnity-only statutes score no throughout (convention 1).",
        "Nothing.",
        "Nothing.",
        "Nothing.",
    ],
)

# ---------------------------------------------------------------- PR323 Rhode Island records-only (trap)
t323 = """2026 -- H 7455
========
LC004418
========
STATE OF RHODE ISLAND
IN GENERAL ASSEMBLY
JANUARY SESSION, A.D. 2026
____________
A N  A C T
RELATING TO PUBLIC RECORDS -- ACCESS TO PUBLIC RECORDS
Introduced By: Representatives Pellegrino-Dunn, and Asante
Date Introduced: February 12, 2026
Referred To: House Judiciary
It is enacted by the General Assembly as follows:
SECTION 1. Section 38-2-2 of the General Laws in Chapter 38-2 entitled "Access to Public Records" is hereby amended by adding thereto the following subsection:
38-2-2. Definitions.
(6) Notwithstanding any other provision of this chapter, the following shall be public records, shall be disclosed upon request, and shall be published on the website of the employing law enforcement agency within thirty (30) days of their creation or final disposition:
(i) Any complaint alleging misconduct by a law enforcement officer, and the findings and disposition of the complaint;
(ii) Any settlement agreement, judgment, or verdict in a civil action alleging that a law enforcement officer deprived a person of a right secured by the constitution of the United States or of this state, including any ruling on qualified immunity, and the amount paid.
SECTION 2. This act shall take effect upon passage.
========
LC004418
========
EXPLANATION
BY THE LEGISLATIVE COUNCIL
OF
A N  A C T
RELATING TO PUBLIC RECORDS -- ACCESS TO PUBLIC RECORDS
***
This act would make complaints of misconduct by law enforcement officers, and settlements and judgments in civil rights actions against them, public records.
This act would take effect upon passage.
========
LC004418
========"""
x323 = """<?xml version="1.0" encoding="UTF-8"?>
<RIBill year="2026" chamber="H" number="7455" lc="LC004418">
  <Header><![CDATA[2026 -- H 7455
LC004418
STATE OF RHODE ISLAND
IN GENERAL ASSEMBLY
JANUARY SESSION, A.D. 2026]]></Header>
  <Title>RELATING TO PUBLIC RECORDS &#8212; ACCESS TO PUBLIC RECORDS</Title>
  <IntroducedBy>Representatives Pellegrino-Dunn, and Asante</IntroducedBy>
  <DateIntroduced>February 12, 2026</DateIntroduced>
  <ReferredTo>House Judiciary</ReferredTo>
  <Body><![CDATA[It is enacted by the General Assembly as follows:
SECTION 1. Section 38-2-2 of the General Laws in Chapter 38-2 entitled "Access to Public Records" is hereby amended by adding thereto the following subsection:
38-2-2. Definitions.]]><Inserted><![CDATA[(6) Notwithstanding any other provision of this chapter, the following shall be public records, shall be disclosed upon request, and shall be published on the website of the employing law enforcement agency within thirty (30) days of their creation or final disposition:
(i) Any complaint alleging misconduct by a law enforcement officer, and the findings and disposition of the complaint;
(ii) Any settlement agreement, judgment, or verdict in a civil action alleging that a law enforcement officer deprived a person of a right secured by the constitution of the United States or of this state, including any ruling on qualified immunity, and the amount paid.]]></Inserted><![CDATA[
SECTION 2. This act shall take effect upon passage.]]></Body>
  <Explanation><![CDATA[This act would make complaints of misconduct by law enforcement officers, and settlements and judgments in civil rights actions against them, public records.
This act would take effect upon passage.]]></Explanation>
</RIBill>
"""
f = write_file("PR323", "xml", x323)
add(
    "PR323",
    "Rhode Island 2026 XML (trap): records-only bill on misconduct complaints and civil-rights judgments",
    "RI",
    True,
    f,
    t323,
    "n n n n n n n n n",
    [
        "Records-only statute: creates or changes no claim.",
        "No claim.",
        "No claim.",
        "No claim.",
        "Nothing.",
        "Nothing.",
        "Nothing.",
        "Nothing.",
        "Records-only statutes score no throughout (convention 1), despite requiring disclosure.",
    ],
)

# ---------------------------------------------------------------- PR324 New Mexico 2026 (keep: good faith restored)
t324 = """SENATE BILL 214
57th legislature - STATE OF NEW MEXICO - second session, 2026
INTRODUCED BY
Rosalind Echevarria-Platt
AN ACT
RELATING TO CIVIL RIGHTS; AMENDING THE NEW MEXICO CIVIL RIGHTS ACT TO REMOVE THE PROHIBITION ON THE DEFENSE OF QUALIFIED IMMUNITY AND TO PROVIDE A GOOD FAITH DEFENSE.
BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF NEW MEXICO:
SECTION 1. Section 41-4A-3 NMSA 1978 (being Laws 2021, Chapter 119, Section 3) is amended to read:
"41-4A-3. CLAIMS--EXCLUSIVE REMEDY--DEFENSES--LIMITS.--
A. As used in this section, "public body" means the state, any political subdivision of the state, and any board, commission, agency, school district, institution of higher education or other entity of state or local government.
B. A public body, or a person acting on behalf of, under color of or within the course and scope of the authority of a public body, shall not subject or cause to be subjected any person within the state to the deprivation of any right, privilege or immunity secured by the bill of rights of the constitution of New Mexico.
C. A person who suffers such a deprivation may maintain an action against the public body in any district court for actual damages and equitable or injunctive relief. The action shall be brought exclusively against the public body, which shall be liable for the deprivation caused by any of its employees.
D. [No public body, and no person acting for a public body, may assert qualified immunity as a defense to a claim for damages or relief under this section.] A public body is not liable under this section for the conduct of a person who acted in good faith and with an objectively reasonable belief that the conduct was lawful.
E. The total liability of a public body for damages under this section shall not exceed two million dollars ($2,000,000) per claim, exclusive of attorney fees and costs.
F. In any action under this section, the court [may] shall award reasonable attorney fees and costs to a prevailing plaintiff."
SECTION 2. EFFECTIVE DATE.--The effective date of the provisions of this act is July 1, 2026.
[bracketed material] = delete
underscored material = new"""
x324 = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="nmleg-bill.rng"?>
<nmBill xmlns="urn:nm:legis:bill" session="2026" chamber="senate" number="214" legislature="57" sessionType="second">
  <cover><![CDATA[SENATE BILL 214
57th legislature - STATE OF NEW MEXICO - second session, 2026
INTRODUCED BY
Rosalind Echevarria-Platt]]></cover>
  <title>AN ACT RELATING TO CIVIL RIGHTS; AMENDING THE NEW MEXICO CIVIL RIGHTS ACT TO REMOVE THE PROHIBITION ON THE DEFENSE OF QUALIFIED IMMUNITY AND TO PROVIDE A GOOD FAITH DEFENSE.</title>
  <enacting>BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF NEW MEXICO:</enacting>
  <section n="1"><intro>SECTION 1. Section 41-4A-3 NMSA 1978 (being Laws 2021, Chapter 119, Section 3) is amended to read:</intro>
    <quoted>
      <p>&quot;41-4A-3. CLAIMS--EXCLUSIVE REMEDY--<span status="deleted">QUALIFIED IMMUNITY</span><span status="inserted">DEFENSES--LIMITS</span>.--</p>
      <p n="A">A. As used in this section, &quot;public body&quot; means the state, any political subdivision of the state, and any board, commission, agency, school district, institution of higher education or other entity of state or local government.</p>
      <p n="B">B. A public body, or a person acting on behalf of, under color of or within the course and scope of the authority of a public body, shall not subject or cause to be subjected any person within the state to the deprivation of any right, privilege or immunity secured by the bill of rights of the constitution of New Mexico.</p>
      <p n="C">C. A person who suffers such a deprivation may maintain an action against the public body in any district court for actual damages and equitable or injunctive relief. The action shall be brought exclusively against the public body, which shall be liable for the deprivation caused by any of its employees.</p>
      <p n="D">D. <span status="deleted">No public body, and no person acting for a public body, may assert qualified immunity as a defense to a claim for damages or relief under this section.</span> <span status="inserted">A public body is not liable under this section for the conduct of a person who acted in good faith and with an objectively reasonable belief that the conduct was lawful.</span></p>
      <p n="E">E. The total liability of a public body for damages under this section shall not exceed two million dollars ($2,000,000) per claim, exclusive of attorney fees and costs.</p>
      <p n="F">F. In any action under this section, the court <span status="deleted">may</span> <span status="inserted">shall</span> award reasonable attorney fees and costs to a prevailing plaintiff.&quot;</p>
    </quoted></section>
  <section n="2"><p>SECTION 2. EFFECTIVE DATE.--The effective date of the provisions of this act is July 1, 2026.</p></section>
  <legend><![CDATA[[bracketed material] = delete
underscored material = new]]></legend>
</nmBill>
"""
# headings: the deleted heading word is not shown in the plain text above; add it the way the print shows it
t324 = t324.replace(
    '"41-4A-3. CLAIMS--EXCLUSIVE REMEDY--DEFENSES--LIMITS.--',
    '"41-4A-3. CLAIMS--EXCLUSIVE REMEDY--[QUALIFIED IMMUNITY] DEFENSES--LIMITS.--',
)
f = write_file("PR324", "xml", x324)
add(
    "PR324",
    "New Mexico 2026 XML (keep): status-deleted QI bar in a government-liability act, good-faith defense inserted, own $2M cap",
    "NM",
    False,
    f,
    t324,
    "n n y n n p y n n",
    [
        "The bracketed QI bar is deleted and a good-faith/objectively-reasonable-belief defense is inserted.",
        "Every public body is covered, but the defense survives, so nothing is ended.",
        "Any right in the bill of rights of the New Mexico constitution.",
        "The act keeps its own $2,000,000 per-claim cap (and New Mexico is capped).",
        "Nothing on intervention.",
        "The public body itself is liable and pays, but under a $2,000,000 ceiling (convention 11 by analogy) - doubtful label: the defense survives.",
        "'[may] shall': court shall award fees and costs to a prevailing plaintiff.",
        "No personal consequence; the employee is not a defendant.",
        "Nothing on records.",
    ],
)
