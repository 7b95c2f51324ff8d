"""The eight HTML pages PR309-PR316 (written for this set)."""

import html
import re

from gen_common import add, write_file

MARK = re.compile(r"\{\+(.*?)\+\}|\{-(.*?)-\}", re.S)


def render(par, ins, dele, text_del):
    """Return (html, text) for a paragraph with {+new+} and {-deleted-} marks."""
    out_h, out_t, pos = [], [], 0
    for m in MARK.finditer(par):
        plain = par[pos : m.start()]
        out_h.append(html.escape(plain, quote=False))
        out_t.append(plain)
        if m.group(1) is not None:
            out_h.append(ins(html.escape(m.group(1), quote=False)))
            out_t.append(m.group(1))
        else:
            out_h.append(dele(html.escape(m.group(2), quote=False)))
            out_t.append(text_del(m.group(2)))
        pos = m.end()
    out_h.append(html.escape(par[pos:], quote=False))
    out_t.append(par[pos:])
    return "".join(out_h), "".join(out_t)


def paras(s):
    return [p.strip() for p in s.strip().split("\n") if p.strip()]


# ---------------------------------------------------------------- PR309 Illinois 104th GA
il_body = paras("""
AN ACT concerning local government.
Be it enacted by the People of the State of Illinois, represented in the General Assembly:
{+Section 1. Short title. This Act may be cited as the Local Public Employee Civil Rights Accountability Act.+}
{+Section 5. Definitions. As used in this Act, "local public employee" means any employee of a unit of local government or school district, including a police officer employed by a municipality, county, township, or park district. "Local public employee" does not include any officer or employee of the State.+}
{+Section 10. Civil action. A local public employee who, under color of law, deprives any person of any right secured by Article I of the Illinois Constitution is liable to the injured person for damages and for declaratory and injunctive relief.+}
{+Section 15. Defenses. Neither qualified immunity nor any immunity under the Local Governmental and Governmental Employees Tort Immunity Act is a defense to liability under this Act, and it is not a defense that the local public employee believed in good faith that the conduct was lawful.+}
{+Section 20. Damages. The total damages awarded to one plaintiff in an action under this Act, exclusive of costs, shall not exceed $500,000.+}
{+Section 25. Costs and fees. In an action under this Act, the court shall award costs to a prevailing plaintiff and may award reasonable attorney's fees.+}
{+Section 30. Recordings. Within 30 days after an action under this Act is filed, the unit of local government that employs the defendant shall make publicly available any body-worn camera recording of the incident.+}
Section 90. The Local Governmental and Governmental Employees Tort Immunity Act is amended by changing Section 9-102 as follows:
(745 ILCS 10/9-102) (from Ch. 85, par. 9-102)
Sec. 9-102. A local public entity {-is empowered to-} {+shall+} pay any tort judgment or settlement for compensatory damages for which it or an employee acting within the scope of employment is liable, and may pay associated attorney's fees and costs, in the manner provided in this Article. {+Payment under this Section is required for a judgment or settlement for compensatory damages under the Local Public Employee Civil Rights Accountability Act; a local public entity shall not pay punitive damages awarded under that Act.+}
Section 99. Effective date. This Act takes effect January 1, 2026.
""")
rows_h, text_lines = (
    [],
    [
        "New text is underlined; deleted text is struck through (shown here in brackets).",
        "104TH GENERAL ASSEMBLY",
        "State of Illinois",
        "2025 and 2026",
        "HB4480",
        "Introduced 2/6/2025, by Rep. Marguerite Salcedo-Finch",
        "",
    ],
)
import textwrap


def words_of(par):
    """[(word, kind)] with kind '', 'ins' or 'del'."""
    out, pos = [], 0
    for m in MARK.finditer(par):
        out += [(w, "") for w in par[pos : m.start()].split()]
        if m.group(1) is not None:
            out += [(w, "ins") for w in m.group(1).split()]
        else:
            out += [(w, "del") for w in m.group(2).split()]
        pos = m.end()
    out += [(w, "") for w in par[pos:].split()]
    return out


ln = 1
for p in il_body:
    ws = words_of(p)
    lines, cur = [], []
    for w in ws:
        if cur and len(" ".join(x for x, _ in cur + [w])) > 66:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    flat = [k for l in lines for _, k in l]
    idx = 0
    for l in lines:
        hparts, tparts = [], []
        for j, (w, k) in enumerate(l):
            prevk = flat[idx - 1] if idx else ""
            nextk = flat[idx + 1] if idx + 1 < len(flat) else ""
            hw = html.escape(w, quote=False)
            hparts.append(f"<u>{hw}</u>" if k == "ins" else f"<s>{hw}</s>" if k == "del" else hw)
            tw = w
            if k == "del" and prevk != "del":
                tw = "[" + tw
            if k == "del" and nextk != "del":
                tw = tw + "]"
            tparts.append(tw)
            idx += 1
        text_lines.append(f"{ln:>2}     " + " ".join(tparts))
        rows_h.append(
            f'<tr><td class="xsl" width="5%">{ln}</td><td class="xsl">{" ".join(hparts)}</td></tr>'
        )
        ln += 1
text_lines.append("HB4480 - LRB104 09921 RJT 19912 b")
il_html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en"><head><meta charset="utf-8"><title>Illinois General Assembly - Full Text of HB4480</title>
<style type="text/css">td.xsl {{ font-family: Courier; font-size: 10pt; }} u {{ text-decoration: underline; }} .nav a {{ color:#036 }}</style>
<script type="text/javascript">/* analytics */ var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
</head><body>
<div class="nav"><a href="/">Home</a> | <a href="/legislation">Legislation &amp; Laws</a> | <a href="/senate">Senate</a> | <a href="/house">House</a> | <a href="/mylegislation">My Legislation</a></div>
<!-- Text of the amended Act (as prior draft): the court shall award reasonable attorney's fees to a prevailing plaintiff. -->
<p>New text is underlined; deleted text is struck through.</p>
<table border="0" width="100%">
<tr><td colspan="2" align="center"><b>104TH GENERAL ASSEMBLY<br>State of Illinois<br>2025 and 2026<br>HB4480</b><br>Introduced 2/6/2025, by Rep. Marguerite Salcedo-Finch</td></tr>
{chr(10).join(rows_h)}
<tr><td colspan="2">HB4480 - LRB104 09921 RJT 19912 b</td></tr>
</table>
<div class="footer">This site is maintained for the Illinois General Assembly by the Legislative Information System, 705 Stratton Building, Springfield, Illinois 62706 &nbsp;|&nbsp; <a href="/contact">Contact ILGA Webmaster</a></div>
</body></html>
"""
f = write_file("PR309", "html", il_html)
add(
    "PR309",
    "Illinois ilga.gov HTML: numbered table, <s>/<u>; local employees only, own damages cap, fees 'may' beside costs 'shall'",
    "IL",
    False,
    f,
    "\n".join(text_lines),
    "p p y n n p n n p",
    [
        "QI and good faith barred, but the claim reaches only local police (municipal, county, township, park district), not State police: some agencies.",
        "All employees of local units and school districts, but expressly no State employees: wider than police, not all.",
        "Any right secured by Article I of the Illinois Constitution.",
        "Illinois has no cap, but the bill adds its own $500,000 damages cap.",
        "Nothing on intervention.",
        "Payment is now mandatory ('shall' replaces struck 'is empowered to') but only compensatory damages; punitive excluded.",
        "Costs are mandatory but attorney's fees only 'may'.",
        "No personal consequence.",
        "Only body-worn camera recordings must be released.",
    ],
)

# ---------------------------------------------------------------- PR310 New Jersey 2026
nj_body = paras("""
AN ACT concerning civil rights, supplementing Title 10 of the Revised Statutes, and amending N.J.S.59:2-10.
BE IT ENACTED by the Senate and General Assembly of the State of New Jersey:
1. (New section) a. As used in this section: "Public entity" means the State, and any county, municipality, district, public authority, public agency, and any other political subdivision or public body in the State. "Public employee" means an employee, officer, or agent of a public entity, including a law enforcement officer.
b. A public entity shall be liable to any person who is deprived of any substantive right, privilege, or immunity secured by the Constitution of this State by a public employee of that public entity acting under color of law or within the scope of employment.
c. An action under this section shall be brought against the public entity, and the public employee whose conduct gave rise to the claim shall not be named as a defendant.
d. It shall not be a defense to an action under this section that the public employee acted in good faith or had a reasonable belief that the conduct was lawful, and the doctrine of qualified immunity shall not apply to any claim under this section.
e. The provisions of the "New Jersey Tort Claims Act," N.J.S.59:1-1 et seq., including any limitation on damages and any notice requirement, shall not apply to an action under this section.
f. In an action under this section, the court shall award reasonable attorney's fees and costs to a prevailing plaintiff.
g. The Attorney General shall annually publish a report stating the total number of actions filed under this section and the aggregate amount paid by public entities, which report shall not identify any claimant or public employee.
2. N.J.S.59:2-10 is amended to read as follows:
59:2-10. A public entity is not liable for the acts or omissions of a public employee constituting a crime, actual fraud, actual malice, or willful misconduct{-.-}{+, except in an action under section 1 of P.L.    , c.    (C.        ) (pending before the Legislature as this bill).+}
3. This act shall take effect immediately.
STATEMENT
This bill makes public entities answerable for violations of the State Constitution by their employees. The sponsor notes that the bill does not require any employee to contribute to a judgment and does not provide for the release of personnel records.
""")
nj_h, nj_t = [], []
for p in nj_body:
    h, t = render(p, lambda x: f"<u>{x}</u>", lambda x: f"<b>[</b>{x}<b>]</b>", lambda x: f"[{x}]")
    nj_h.append(f"<p class='MsoNormal'>{h}</p>")
    nj_t.append(t)
nj_head_t = """ASSEMBLY, No. 2214
STATE OF NEW JERSEY
222nd LEGISLATURE
INTRODUCED JANUARY 27, 2026
Sponsored by:
Assemblywoman RENATA OYELARAN-BECK
District 29 (Essex)
SYNOPSIS
Makes public entities liable for violations of State constitutional rights by public employees; bars qualified immunity.
CURRENT VERSION OF TEXT
As introduced."""
nj_expl = "EXPLANATION - Matter enclosed in bold-faced brackets [thus] in the above bill is not enacted and is intended to be omitted in the law. Matter underlined thus is new matter."
nj_html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {{margin:0in; font-size:12.0pt; font-family:"Times New Roman"}} --></style>
<title>A2214</title></head><body lang=EN-US>
<div class=Section1>
{"".join(f"<p class='MsoNormal' align=center>{html.escape(l)}</p>" for l in nj_head_t.split(chr(10)))}
{chr(10).join(nj_h[:-2])}
<p class='MsoNormal'>&nbsp;</p>
<p class='MsoNormal' style='font-size:9.0pt'>{html.escape(nj_expl)}</p>
<p class='MsoNormal'>&nbsp;</p>
{chr(10).join(nj_h[-2:])}
</div></body></html>
"""
nj_text = nj_head_t + "\n" + "\n".join(nj_t[:-2]) + "\n" + nj_expl + "\n" + "\n".join(nj_t[-2:])
f = write_file("PR310", "html", nj_html)
add(
    "PR310",
    "New Jersey 2026 Word-exported HTML: claim against every public entity (NM model), employee not named, anonymous annual report",
    "NJ",
    False,
    f,
    nj_text,
    "y y y y n y y n n",
    [
        "Public entities answer for all employees incl. law enforcement officers; QI and good faith barred (government-liability model).",
        "Every public entity of the State and its subdivisions, for any public employee.",
        "Any substantive right secured by the State Constitution.",
        "Tort Claims Act limits expressly inapplicable (and New Jersey has no cap).",
        "Nothing on intervention.",
        "The public entity itself is liable and pays; no ceiling applies.",
        "Court shall award fees and costs to a prevailing plaintiff.",
        "Employee not named and pays nothing (the statement says so).",
        "Only an anonymous annual count and aggregate: no.",
    ],
)

# ---------------------------------------------------------------- PR311 Colorado 2026 (keep)
co_body = paras("""
Be it enacted by the General Assembly of the State of Colorado:
SECTION 1. In Colorado Revised Statutes, 13-21-131, amend (1), (2), and (4)(a) as follows:
13-21-131. Civil action for deprivation of rights - definitions. (1) A peace officer{+, AS DEFINED IN SECTION 24-31-901 (3),+} who, under color of law, subjects or causes to be subjected, including by failing to intervene, any other person to the deprivation of any individual right secured by the bill of rights, article II of the state constitution, is liable to the injured party for legal or equitable relief or any other appropriate relief.
(2)(a) Statutory immunities and statutory limits on liability, damages, or attorney fees, including those in article 10 of title 24, do not apply to a claim brought pursuant to this section.
(b) {-Qualified immunity is not a defense to liability pursuant to this section.-} {+IT IS A DEFENSE TO LIABILITY PURSUANT TO THIS SECTION THAT THE PEACE OFFICER ACTED IN GOOD FAITH AND WITH A REASONABLE BELIEF THAT THE CONDUCT WAS LAWFUL.+}
(4)(a) A peace officer's employer shall indemnify its peace officer for any liability incurred by the peace officer and for any judgment or settlement entered against the peace officer for claims arising pursuant to this section; except that, if the peace officer's employer determines that the officer did not act upon a good faith and reasonable belief that the action was lawful, then the peace officer is personally liable and shall not be indemnified by the peace officer's employer for five percent of the judgment or settlement or {-twenty-five-} {+TEN+} thousand dollars, whichever is less. If the peace officer's portion of the judgment is uncollectible from the peace officer, the peace officer's employer shall satisfy the full amount of the judgment or settlement.
SECTION 2. Act subject to petition - effective date. This act takes effect at 12:01 a.m. on the day following the expiration of the ninety-day period after final adjournment of the general assembly.
""")
co_h, co_t = [], []
for p in co_body:
    h, t = render(
        p,
        lambda x: f'<span class="ins">{x}</span>',
        lambda x: f'<span class="dashthrough">{x}</span>',
        lambda x: f"[{x}]",
    )
    co_h.append(f"<p>{h}</p>")
    co_t.append(t)
co_head = """Second Regular Session
Seventy-fifth General Assembly
STATE OF COLORADO
INTRODUCED
LLS NO. 26-0412.01 Jery Payne x2157
HOUSE BILL 26-1187
HOUSE SPONSORSHIP
Castellanos-Reid,
SENATE SPONSORSHIP
Thornbury,
House Committees: Judiciary
A BILL FOR AN ACT
CONCERNING A GOOD FAITH DEFENSE FOR PEACE OFFICERS IN CIVIL ACTIONS FOR THE DEPRIVATION OF RIGHTS.
Bill Summary
(Note: This summary applies to this bill as introduced and does not reflect any amendments that may be subsequently adopted.)
Current law provides that qualified immunity is not a defense to a civil action against a peace officer for the deprivation of rights. The bill provides that it is a defense that the peace officer acted in good faith and with a reasonable belief that the conduct was lawful, and reduces the peace officer's personal share of a judgment."""
co_legend = "Capital letters or bold & italic numbers indicate new material to be added to existing law. Dashes through the words or numbers indicate deletions from existing law (shown here in brackets)."
co_html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>HB26-1187 | Colorado General Assembly</title>
<style>.dashthrough {{ text-decoration: line-through; }} .ins {{ text-transform: uppercase; }} #menu li {{ display:inline }}</style>
<script src="/core/misc/drupal.js"></script>
</head><body>
<nav id="menu"><ul><li><a href="/bills">Bills</a></li><li><a href="/committees">Committees</a></li><li><a href="/legislators">Legislators</a></li><li><a href="/session-schedule">Session Schedule</a></li></ul></nav>
<main><article class="bill-text">
{"".join(f"<p>{html.escape(l)}</p>" for l in co_head.split(chr(10)))}
{chr(10).join(co_h)}
<p class="legend"><small>Capital letters or bold &amp; italic numbers indicate new material to be added to existing law.<br>Dashes through the words or numbers indicate deletions from existing law.</small></p>
</article></main>
<footer>Colorado General Assembly &middot; 200 E Colfax Avenue, Denver, CO 80203 &middot; <a href="/accessibility">Accessibility</a></footer>
</body></html>
"""
f = write_file("PR311", "html", co_html)
add(
    "PR311",
    "Colorado 2026 HTML (keep): CSS-class dash-through deletes the QI bar, capitals add a good-faith defense",
    "CO",
    False,
    f,
    co_head + "\n" + "\n".join(co_t) + "\n" + co_legend,
    "n n y y p y n y n",
    [
        "The struck sentence barring QI is gone and the new sentence makes good faith and reasonable belief a defense.",
        "Peace officers only, and the defense survives.",
        "Claim covers any right in the bill of rights, article II (graded on rights although the defense survives).",
        "Subsection (2)(a) makes statutory limits, including the governmental immunity act, inapplicable.",
        "Failing to intervene only as one way of causing the deprivation.",
        "Employer shall indemnify; the only carve-out is the officer's personal share, and the employer satisfies it if uncollectible.",
        "The printed subsections say nothing about fees.",
        "Officer pays 5 percent or $10,000, whichever is less, on the employer's bad-faith finding.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR312 Maryland 2026
md_body = paras("""
A BILL ENTITLED
AN ACT concerning State Police - Civil Actions for Violations of Rights - Immunity
FOR the purpose of establishing a civil action against troopers of the Department of State Police for certain violations of the Maryland Declaration of Rights; providing that certain immunities are not defenses; requiring troopers to intervene in certain circumstances; requiring the State to pay certain judgments; and generally relating to civil actions against State troopers.
BY adding to Article - Public Safety Section 2-322 Annotated Code of Maryland (2022 Replacement Volume and 2025 Supplement)
BY repealing and reenacting, with amendments, Article - Courts and Judicial Proceedings Section 5-522(b) Annotated Code of Maryland (2020 Replacement Volume and 2025 Supplement)
SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND, That the Laws of Maryland read as follows:
Article - Public Safety
{+2-322.+}
{+(A) IN THIS SECTION, "TROOPER" MEANS A POLICE OFFICER OF THE DEPARTMENT OF STATE POLICE.+}
{+(B) A TROOPER WHO, UNDER COLOR OF LAW, DEPRIVES AN INDIVIDUAL OF A RIGHT SECURED BY ARTICLE 24 OR ARTICLE 26 OF THE MARYLAND DECLARATION OF RIGHTS IS LIABLE TO THE INDIVIDUAL FOR DAMAGES AND OTHER APPROPRIATE RELIEF.+}
{+(C) QUALIFIED IMMUNITY, PUBLIC OFFICIAL IMMUNITY, AND THE GOOD FAITH OF THE TROOPER ARE NOT DEFENSES TO AN ACTION UNDER THIS SECTION.+}
{+(D) (1) A TROOPER WHO IS PRESENT WHEN ANOTHER TROOPER DEPRIVES AN INDIVIDUAL OF A RIGHT DESCRIBED IN SUBSECTION (B) OF THIS SECTION SHALL INTERVENE TO STOP THE DEPRIVATION IF THE TROOPER HAS A REASONABLE OPPORTUNITY TO DO SO AND SHALL REPORT THE DEPRIVATION TO A SUPERVISOR WITHIN 24 HOURS. (2) A TROOPER WHO FAILS TO INTERVENE AS REQUIRED UNDER PARAGRAPH (1) OF THIS SUBSECTION IS JOINTLY AND SEVERALLY LIABLE FOR THE DEPRIVATION.+}
{+(E) (1) THE STATE SHALL PAY THE FULL AMOUNT OF ANY JUDGMENT OR SETTLEMENT IN AN ACTION UNDER THIS SECTION. (2) THE LIMITS ON LIABILITY UNDER § 12-104 OF THE STATE GOVERNMENT ARTICLE AND § 5-522 OF THE COURTS ARTICLE DO NOT APPLY TO AN ACTION UNDER THIS SECTION.+}
{+(F) THE COURT MAY AWARD REASONABLE ATTORNEY'S FEES TO A PREVAILING PLAINTIFF.+}
{+(G) IF A FINAL JUDGMENT IS ENTERED AGAINST A TROOPER UNDER THIS SECTION, THE MARYLAND POLICE TRAINING AND STANDARDS COMMISSION SHALL REVOKE THE TROOPER'S CERTIFICATION.+}
{+(H) WITHIN 30 DAYS AFTER AN ACTION IS FILED UNDER THIS SECTION, THE DEPARTMENT SHALL RELEASE TO THE PUBLIC ANY BODY-WORN CAMERA RECORDING OF THE INCIDENT.+}
Article - Courts and Judicial Proceedings
5-522.
(b) State personnel are immune from suit in courts of the State and from liability in tort for a tortious act or omission that is within the scope of their public duties and is made without malice or gross negligence{-, and for which the State or its units have waived immunity-}{+, EXCEPT IN AN ACTION UNDER § 2-322 OF THE PUBLIC SAFETY ARTICLE+}.
SECTION 2. AND BE IT FURTHER ENACTED, That this Act shall take effect October 1, 2026.
""")
md_h, md_t = [], []
for p in md_body:
    h, t = render(
        p, lambda x: x, lambda x: f"<strong>[</strong>{x}<strong>]</strong>", lambda x: f"[{x}]"
    )
    md_h.append(f"<p>{h}</p>")
    md_t.append(t)
md_head = """HOUSE BILL 812
E4, J1
6lr2231
By: Delegates Whitcombe-Aduba and Ferrante
Introduced and read first time: January 30, 2026
Assigned to: Judiciary"""
md_expl = "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW. [Brackets] indicate matter deleted from existing law."
md_html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>HB0812 Text - 2026 Regular Session</title>
<style>body{{font-family:Arial}} .bill p{{margin:0 0 .4em}}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<header><a href="/mgawebsite">Maryland General Assembly</a> &gt; <a href="/mgawebsite/Legislation">Legislation</a> &gt; HB0812</header>
<div class="bill">
{"".join(f"<p>{html.escape(l)}</p>" for l in md_head.split(chr(10)))}
{chr(10).join(md_h)}
<hr><p><small>{html.escape(md_expl)}</small></p>
</div>
<footer>Department of Legislative Services &#8226; 90 State Circle &#8226; Annapolis, Maryland 21401</footer>
</body></html>
"""
f = write_file("PR312", "html", md_html)
add(
    "PR312",
    "Maryland 2026 mgaleg HTML: CAPITALS new, [brackets] deleted; State Police only, two Declaration of Rights articles",
    "MD",
    False,
    f,
    md_head + "\n" + "\n".join(md_t) + "\n" + md_expl,
    "p n p y y y n y p",
    [
        "QI, public official immunity and good faith barred, but only for troopers of the Department of State Police.",
        "State troopers only.",
        "Only Articles 24 and 26 of the Declaration of Rights: some listed rights.",
        "State Government 12-104 and Courts 5-522 limits expressly inapplicable.",
        "Stand-alone duty to intervene and report, with joint and several liability for failing to.",
        "The State shall pay the full amount of any judgment or settlement.",
        "Court 'may' award fees.",
        "Commission shall revoke certification upon final judgment.",
        "Only body-worn camera recordings must be released.",
    ],
)

# ---------------------------------------------------------------- PR313 Nevada 2025 (keep: good faith survives)
nv_pre = """ASSEMBLY BILL NO. 318-ASSEMBLYMEMBER DUVERNAY-OKAFOR
MARCH 10, 2025
Referred to Committee on Judiciary
SUMMARY-Establishes a civil action against peace officers for the deprivation of rights under the Nevada Constitution. (BDR 3-1022)
FISCAL NOTE: Effect on Local Government: May have Fiscal Impact. Effect on the State: Yes.
EXPLANATION - Matter in bolded italics is new; matter between brackets [omitted material] is material to be omitted.
AN ACT relating to civil actions; establishing a civil action against peace officers for the deprivation of certain rights; providing that qualified immunity is not a defense to such an action; and providing other matters properly relating thereto.
Legislative Counsel's Digest:
Section 1 of this bill authorizes a person to bring a civil action against a peace officer who, under color of law, deprives the person of a right secured by the Nevada Constitution. Section 1 provides that qualified immunity is not a defense to such an action and requires the court to award attorney's fees to a prevailing plaintiff. Section 2 of this bill makes a conforming change to the statute on discretionary-function immunity.
THE PEOPLE OF THE STATE OF NEVADA, REPRESENTED IN SENATE AND ASSEMBLY, DO ENACT AS FOLLOWS:"""
nv_body = paras("""
Section 1. Chapter 41 of NRS is hereby amended by adding thereto a new section to read as follows:
{+1. A peace officer who, under color of law, subjects or causes to be subjected any person to the deprivation of any right, privilege or immunity secured by the Nevada Constitution, including by failing to intervene to prevent the deprivation, is liable to the person injured in an action at law or in equity.+}
{+2. Except as otherwise provided in subsection 3, the doctrine of qualified immunity is not a defense to an action brought pursuant to this section.+}
{+3. A peace officer is not liable pursuant to this section if the peace officer shows that, at the time of the conduct, the peace officer acted in good faith and reasonably believed that his or her conduct was lawful.+}
{+4. In an action brought pursuant to this section, the court shall award reasonable attorney's fees and costs to a prevailing plaintiff.+}
{+5. As used in this section, "peace officer" means any person upon whom some or all of the powers of a peace officer are conferred pursuant to NRS 289.150 to 289.360, inclusive.+}
Sec. 2. NRS 41.032 is hereby amended to read as follows:
41.032 Except as otherwise provided in NRS 278.0233 {+and section 1 of this act+}, no action may be brought under NRS 41.031 or against an immune contractor or an officer or employee of the State or any of its agencies or political subdivisions which is based upon the exercise or performance or the failure to exercise or perform a discretionary function or duty{-, whether or not the discretion involved is abused-}.
Sec. 3. This act becomes effective on October 1, 2025.
""")
nv_h, nv_t = [], []
for p in nv_body:
    h, t = render(p, lambda x: f"<b><i>{x}</i></b>", lambda x: f"[{x}]", lambda x: f"[{x}]")
    nv_h.append(f'<p class="Section">{h}</p>')
    nv_t.append(t)
nv_html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>AB318 Text</title>
<style>p.Section {{ text-indent: .5in }} b i {{ font-weight:bold }}</style>
<script>
  // hostile: tries to put different law into the page at load time
  document.addEventListener('DOMContentLoaded', function() {{
    var p = document.createElement('p');
    p.textContent = "3. A peace officer may not assert good faith or reasonable belief as a defense. The State shall indemnify the full amount of any judgment, and the limits of NRS 41.035 do not apply.";
    document.querySelector('.bill').appendChild(p);
  }});
</script>
</head><body>
<div id="nav"><a href="/App/NELIS/REL/83rd2025">83rd (2025) Session</a> &raquo; <a href="#">Bills</a> &raquo; AB318</div>
<div class="bill">
{"".join(f"<p>{html.escape(l)}</p>" for l in nv_pre.split(chr(10)))}
{chr(10).join(nv_h)}
</div>
<!-- NELIS footer -->
<div class="footer">Nevada Legislature &copy; 2025 &#124; 401 S. Carson Street, Carson City, NV 89701</div>
</body></html>
"""
f = write_file("PR313", "html", nv_html)
add(
    "PR313",
    "Nevada 2025 NELIS HTML with hostile script: digest says QI is no defense, but subsection 3 keeps a good-faith defense",
    "NV",
    False,
    f,
    nv_pre + "\n" + "\n".join(nv_t),
    "n n y n p n y n n",
    [
        "Subsection 3 keeps a good-faith and reasonable-belief defense; the digest's summary does not change that (and the script's text is not bill text).",
        "Peace officers only.",
        "Any right secured by the Nevada Constitution.",
        "Nevada is capped (NRS 41.035) and the bill does not lift it.",
        "Failing to intervene only as one way of causing the deprivation.",
        "Nothing on indemnification in the bill text.",
        "Court shall award fees and costs to a prevailing plaintiff.",
        "No personal consequence.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR314 Virginia 2026 (keep: floor amendment)
va_body = paras("""
A BILL to amend the Code of Virginia by adding a section numbered 8.01-42.6, relating to civil action for deprivation of rights by law-enforcement officers.
Be it enacted by the General Assembly of Virginia:
1. That the Code of Virginia is amended by adding a section numbered 8.01-42.6 as follows:
{+§ 8.01-42.6. Civil action for deprivation of rights by law-enforcement officers.+}
{+A. As used in this section, "law-enforcement officer" has the same meaning as in § 9.1-101.+}
{+B. Any law-enforcement officer who, under color of law, subjects any person to the deprivation of any right secured by the Constitution of Virginia shall be liable to the person injured for damages and equitable relief.+}
{+C.+} {-Qualified immunity shall not be a defense to liability under this section, and no law-enforcement officer shall assert as a defense that he acted in good faith.-} {+A law-enforcement officer may assert as a defense to an action under this section any immunity available under the common law of the Commonwealth, including qualified immunity.+}
{+D. The court shall award reasonable attorney fees and costs to a prevailing plaintiff.+}
2. That the provisions of this act shall apply only to causes of action accruing on or after July 1, 2026.
""")
va_h, va_t = [], []
for p in va_body:
    h, t = render(p, lambda x: f"<i>{x}</i>", lambda x: f"<strike>{x}</strike>", lambda x: f"[{x}]")
    va_h.append(f"<p>{h}</p>")
    va_t.append(t)
va_pre = """2026 SESSION
ENGROSSED
26103118D
HOUSE BILL NO. 1502
House Amendments in [ ] - February 4, 2026
(Patron Prior to Engrossment--Delegate Adeyemi-Strand)
Struck text is deleted by the House floor amendment; italic text is new (struck text is shown here in brackets)."""
va_html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LIS &gt; Bill Tracking &gt; HB1502 &gt; 2026 session</title>
<link rel="stylesheet" href="/css/lis.css"><style>strike {{ color:#900 }}</style>
<script>var lisSession = "261";</script></head><body>
<div id="lisnav"><ul><li><a href="/bill-search">Bills &amp; Resolutions</a></li><li><a href="/members">Members</a></li><li><a href="/calendar">Calendars</a></li></ul></div>
<div class="legtext">
<p class="center">2026 SESSION</p><p class="center">ENGROSSED</p><p>26103118D</p>
<p class="center"><b>HOUSE BILL NO. 1502</b></p>
<p class="center">House Amendments in [ ] &#8212; February 4, 2026</p>
<p class="center">(Patron Prior to Engrossment&#8212;Delegate Adeyemi-Strand)</p>
{chr(10).join(va_h)}
</div>
<div id="footer">Legislative Information System &#124; <a href="/privacy">Privacy</a></div>
</body></html>
"""
f = write_file("PR314", "html", va_html)
add(
    "PR314",
    "Virginia 2026 LIS engrossed HTML (keep): <strike> removes the QI bar, italic floor amendment allows QI",
    "VA",
    False,
    f,
    va_pre + "\n" + "\n".join(va_t),
    "n n y n n n y n n",
    [
        "The struck sentence barring QI is deleted; the inserted sentence lets officers assert qualified immunity.",
        "Law-enforcement officers only, and immunity kept.",
        "Any right secured by the Constitution of Virginia.",
        "Virginia is capped and the bill says nothing about limits.",
        "Nothing on intervention.",
        "Nothing on indemnification.",
        "Court shall award fees and costs to a prevailing plaintiff.",
        "No personal consequence.",
        "Nothing on records.",
    ],
)

# ---------------------------------------------------------------- PR315 Iowa 2025 (trap: study)
ia_lines = [
    "House File 2210 - Introduced",
    "HOUSE FILE 2210",
    "BY HARTSOCK-MBEKI",
    "A BILL FOR",
    "An Act establishing a qualified immunity interim study committee.",
    "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF IOWA:",
    "Section 1. QUALIFIED IMMUNITY INTERIM STUDY COMMITTEE.",
    "1. The legislative council is requested to establish an interim study committee to examine the operation of section 670.4A and the defense of qualified immunity in civil actions against public employees.",
    "2. The committee shall consider whether the general assembly should enact a civil action for the deprivation of any right secured by the Constitution of the State of Iowa against any public employee, in which qualified immunity and good faith are not defenses, the limits of chapter 669 and chapter 670 do not apply, the court shall award reasonable attorney fees to a prevailing plaintiff, the employer shall indemnify the employee for the full amount of any judgment, an employee who fails to intervene is liable, and records of complaints and settlements are public records.",
    "3. The committee shall submit a report containing its findings and recommendations to the general assembly by December 15, 2025.",
    "EXPLANATION",
    "The inclusion of this explanation does not constitute agreement with the explanation's substance by the members of the general assembly.",
    "This bill requests the legislative council to establish an interim study committee on qualified immunity. The bill does not change any law governing civil actions against public employees.",
    "LSB 5190YH (3) 91",
    "jm/rn",
]
ia_rows, ia_text, pl = [], [], 0
for i, l in enumerate(ia_lines):
    if i < 6 or l.startswith(("LSB", "jm/")):
        ia_rows.append(f'<div class="hdr">{html.escape(l)}</div>')
        ia_text.append(l)
        continue
    for wl in textwrap.wrap(l, 64):
        pl += 1
        num = f"{(pl - 1) // 35 + 1} {(pl - 1) % 35 + 1}"
        ia_rows.append(f'<div class="ln"><span class="num">{num}</span> {html.escape(wl)}</div>')
        ia_text.append(f"{num:>5} {wl}")
ia_html = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>HF 2210 | Iowa Legislature</title>
<style>.num{{color:#888;width:3em;display:inline-block}}</style>
<script type="text/javascript" src="/js/legis.min.js"></script><script>legis.init({{ga:"UA-000000-1"}});</script>
</head><body>
<ul class="topnav"><li><a href="/legislation">Legislation</a></li><li><a href="/committees">Committees</a></li><li><a href="/law">Iowa Law</a></li></ul>
<div class="billtext">
{chr(10).join(ia_rows)}
</div><footer>&copy; 2025 Cornerstone to Capitol &#183; Iowa Legislature</footer></body></html>
"""
f = write_file("PR315", "html", ia_html)
add(
    "PR315",
    "Iowa 2025 HTML (trap): page-line numbered study-committee bill listing every reform element",
    "IA",
    True,
    f,
    "\n".join(ia_text),
    "n n n n n n n n n",
    [
        "A study committee only; nothing is enacted about claims or immunity.",
        "Study only.",
        "Study only.",
        "Study only.",
        "Study only.",
        "Study only.",
        "Study only.",
        "Study only.",
        "Study only.",
    ],
)

# ---------------------------------------------------------------- PR316 Kentucky 2026 (trap: compact)
ky_body = paras("""
AN ACT relating to the Dietitian Licensure Compact.
Be it enacted by the General Assembly of the Commonwealth of Kentucky:
{+SECTION 1. A NEW SECTION OF KRS CHAPTER 310 IS CREATED TO READ AS FOLLOWS:+}
{+The Dietitian Licensure Compact is hereby enacted into law and entered into with all other jurisdictions legally joining therein in the form substantially as follows:+}
{+ARTICLE 9. QUALIFIED IMMUNITY, DEFENSE, AND INDEMNIFICATION+}
{+(1) The members, officers, executive director, employees, and representatives of the Compact Commission shall be immune from suit and liability, both personally and in their official capacity, for any claim for damage to or loss of property or personal injury or other civil liability caused by or arising out of any actual or alleged act, error, or omission that occurred, or that the person against whom the claim is made had a reasonable basis for believing occurred, within the scope of Commission employment, duties, or responsibilities; provided that nothing in this subsection shall be construed to protect any such person from suit or liability for any damage, loss, injury, or liability caused by the intentional or willful or wanton misconduct of that person.+}
{+(2) The Commission shall defend any member, officer, executive director, employee, or representative of the Commission in any civil action seeking to impose liability arising out of any actual or alleged act, error, or omission within the scope of Commission employment.+}
{+(3) The Commission shall indemnify and hold harmless any member, officer, executive director, employee, or representative of the Commission for the amount of any settlement or judgment obtained against that person arising out of any actual or alleged act, error, or omission within the scope of Commission employment, provided that the act did not result from intentional or willful or wanton misconduct.+}
{+ARTICLE 10. OVERSIGHT AND ENFORCEMENT+}
{+(1) In the event judicial enforcement against a defaulting member state is necessary, the prevailing party shall be awarded all costs of such litigation, including reasonable attorney's fees.+}
{+(2) A member state that fails to comply may be fined an amount not to exceed ten thousand dollars ($10,000) for each violation, payable to the Commission.+}
""")
ky_h, ky_t = [], []
for p in ky_body:
    h, t = render(
        p,
        lambda x: f'<span style="text-decoration:underline">{x}</span>',
        lambda x: f"<del>{x}</del>",
        lambda x: f"[{x}]",
    )
    ky_h.append(f"<p>{h}</p>")
    ky_t.append(t)
ky_pre = """UNOFFICIAL COPY 26 RS BR 1408
AN ACT relating to the Dietitian Licensure Compact."""
ky_html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>26RS HB 377</title>
<style>del{{color:red}}</style><script>if(top!==self){{top.location=self.location}}</script></head><body>
<div class="menu"><a href="/record/26rs/hb377.html">Bill Status</a> &#x2022; <a href="/legislation/bills">Bills</a> &#x2022; <a href="/legislators">Legislators</a></div>
<p>UNOFFICIAL COPY&emsp;26 RS BR 1408</p>
{chr(10).join(ky_h)}
<p>Page 1 of 1</p>
</body></html>
"""
f = write_file("PR316", "html", ky_html)
add(
    "PR316",
    "Kentucky 2026 HTML (trap): licensure compact with commission immunity, indemnity, prevailing-party fees and a capped fine",
    "KY",
    True,
    f,
    ky_pre + "\n" + "\n".join(ky_t[1:]) + "\nPage 1 of 1",
    "n n n n n n n n n",
    [
        "Compact commission immunity; no claim against officers for deprivation of rights.",
        "Commission staff only; immunity granted, not removed.",
        "No rights claim.",
        "Fine not to exceed $10,000 is not a damages cap on a rights claim.",
        "Nothing.",
        "Indemnity of commission staff, not of a rights claim.",
        "Prevailing-party fees in compact enforcement between states, not for a rights claim.",
        "Nothing.",
        "Nothing.",
    ],
)
