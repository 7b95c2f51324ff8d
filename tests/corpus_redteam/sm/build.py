"""Builds cases.jsonl and the README table for set SM from fillers.py and claims.py."""
import json, re, textwrap
from fillers import F
from claims import B

NAMES = {"CA":"California","IL":"Illinois","CO":"Colorado","TX":"Texas","NJ":"New Jersey","NY":"New York",
 "WA":"Washington","MI":"Michigan","MA":"Massachusetts","MD":"Maryland","VA":"Virginia","OR":"Oregon",
 "NV":"Nevada","DE":"Delaware","IA":"Iowa","KY":"Kentucky","PA":"Pennsylvania","NC":"North Carolina"}

# per-state print: section heading, width, lines per page, numbering mode, head(p,P), foot(p,P)
FMT = {
 "CA": dict(sec="SEC. {n}.", w=64, lpp=30, mode="page", head=lambda p,P,b: f"SB 1187 — {p} —" if p>1 else "", foot=lambda p,P,b: "98"),
 "IL": dict(sec="Section {n}.", w=60, lpp=26, mode="page", head=lambda p,P,b: f"HB3344\t\t- {p} -\tLRB104 09921 RLC 20011 b", foot=lambda p,P,b: ""),
 "CO": dict(sec="SECTION {n}.", w=62, lpp=27, mode="page", head=lambda p,P,b: "", foot=lambda p,P,b: f"Capital letters or bold & italic numbers indicate new material to be added to existing law.\nPage {p}-HB25-1240"),
 "TX": dict(sec="SECTION {n}.", w=62, lpp=27, mode="pagedash", head=lambda p,P,b: "89R7712 JES-D" if p==1 else f"H.B. No. 2390", foot=lambda p,P,b: f"{p}"),
 "NJ": dict(sec="{n}.", w=62, lpp=44, mode="page", head=lambda p,P,b: f"A4112 RIVERA, CHEN\n{p}" if p>1 else "", foot=lambda p,P,b: ""),
 "NY": dict(sec="§ {n}.", w=66, lpp=40, mode="page", head=lambda p,P,b: f"S. 4410\t\t{p}" if p>1 else "", foot=lambda p,P,b: "LBD08812-03-7" if p==1 else ""),
 "WA": dict(sec="NEW SECTION. Sec. {n}.", w=60, lpp=30, mode="page", head=lambda p,P,b: "", foot=lambda p,P,b: f"p. {p}\tSB 5390"),
 "MI": dict(sec="Sec. {n}.", w=62, lpp=29, mode="page", head=lambda p,P,b: "", foot=lambda p,P,b: f"Legislative Service Bureau\tPage {p} of {P}\nH03511'25 (H-1)\tJAW"),
 "MA": dict(sec="SECTION {n}.", w=70, lpp=40, mode="section", head=lambda p,P,b: "", foot=lambda p,P,b: f"{p} of {P}"),
 "MD": dict(sec="SECTION {n}.", w=62, lpp=34, mode="page", head=lambda p,P,b: f"{p}\tHOUSE BILL 811" if p>1 else "", foot=lambda p,P,b: ""),
 "VA": dict(sec="SECTION {n}.", w=62, lpp=30, mode="cont", head=lambda p,P,b: f"HB1840\t\t{p} of {P}" if p>1 else "26101588D", foot=lambda p,P,b: "INTRODUCED"),
 "OR": dict(sec="SECTION {n}.", w=62, lpp=34, mode="page", head=lambda p,P,b: f"HB 3120\t\tPage {p}" if p>1 else "LC 2231", foot=lambda p,P,b: "NOTE: Matter in boldfaced type in an amended section is new; matter [italic and bracketed] is existing law to be omitted." if p==1 else ""),
 "NV": dict(sec="Sec. {n}.", w=62, lpp=36, mode="page", head=lambda p,P,b: "", foot=lambda p,P,b: f"– {p} –\n*AB312*"),
 "DE": dict(sec="Section {n}.", w=64, lpp=30, mode="cont", head=lambda p,P,b: "", foot=lambda p,P,b: f"Page {p} of {P}\nHD : RMC : NMX\n5081530047\tReleased: 04/10/2025 10:11 AM"),
 "IA": dict(sec="Sec. {n}.", w=60, lpp=35, mode="pageline", head=lambda p,P,b: f"H.F. 2410" if p>1 else "", foot=lambda p,P,b: f"LSB 5512HV (2) 91\njm/rh\t{p}/{P}"),
 "KY": dict(sec="SECTION {n}.", w=62, lpp=27, mode="page", head=lambda p,P,b: "UNOFFICIAL COPY\t26 RS BR 1422", foot=lambda p,P,b: f"Page {p} of {P}\nXXXX 1/14/2026 11:30 AM\tJacketed"),
 "PA": dict(sec="Section {n}.", w=60, lpp=30, mode="page", head=lambda p,P,b: "", foot=lambda p,P,b: f"20250HB1733PN2215\t- {p} -"),
 "NC": dict(sec="SECTION {n}.", w=62, lpp=35, mode="page", head=lambda p,P,b: "GENERAL ASSEMBLY OF NORTH CAROLINA\tSESSION 2025" if p>1 else "", foot=lambda p,P,b: f"Page {p}\tHouse Bill 618\tH618-v-1"),
}

SECNUM = re.compile(r"^(?:NEW SECTION\. )?(?:Sec\.|SECTION|Section|§) (\d+)\b")

def wrap(par, w, ind=3):
    return textwrap.wrap(par, w, initial_indent=" "*ind, subsequent_indent="") or [""]

def section_lines(head, caption, paras, w):
    out = []
    for l in textwrap.wrap(f"{head} {caption}".strip(), w): out.append(l)
    for p in paras: out += wrap(p, w)
    return out

def build(b):
    st = b["state"]; f = FMT[st]; w = f["w"]; S = NAMES[st]
    blocks = []  # list of lists of lines (sections)
    n = 1
    fl = list(b["fillers"])
    def filler(key):
        nonlocal n
        cap, paras = F[key]
        cap = cap.replace("  [DECOY]", "")
        paras = [p.replace("this State", f"this State").replace("the State Treasurer", "the State Treasurer") for p in paras]
        blocks.append(section_lines(f["sec"].format(n=n), cap, paras, w)); n += 1
    for k in fl[:b["at"]]: filler(k)
    cap, paras = b["claim"]
    m = SECNUM.match(cap)
    head = "" if (m and int(m.group(1)) == n) else f["sec"].format(n=n)
    blocks.append(section_lines(head, cap, paras, w))
    nums = [int(x.group(1)) for x in (SECNUM.match(p) for p in [cap]+paras) if x]
    n = max(nums + [n]) + 1
    for k in fl[b["at"]:]: filler(k)
    blocks.append(section_lines(f["sec"].format(n=n), "Severability.", ["If any provision of this act or its application to any person or circumstance is held invalid, the invalidity does not affect other provisions or applications of the act that can be given effect without the invalid provision or application, and to this end the provisions of this act are severable."], w)); n += 1
    eff = "This act takes effect on the first day of January next following its enactment." if st != "OR" else "This 2025 Act being necessary for the immediate preservation of the public peace, health and safety, an emergency is declared to exist, and this 2025 Act takes effect on its passage."
    blocks.append(section_lines(f["sec"].format(n=n), "Effective date.", [eff], w))
    # front matter
    front = [b["number"], ""]
    if b.get("digest"):
        for d in b["digest"]: front += textwrap.wrap(d, w) + [""]
    front += textwrap.wrap(b["title"], w) + [""]
    enact = {"CA":"The people of the State of California do enact as follows:","IL":"Be it enacted by the People of the State of Illinois, represented in the General Assembly:",
      "CO":"Be it enacted by the General Assembly of the State of Colorado:","TX":"BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF TEXAS:",
      "NJ":"BE IT ENACTED by the Senate and General Assembly of the State of New Jersey:","NY":"The People of the State of New York, represented in Senate and Assembly, do enact as follows:",
      "WA":"BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF WASHINGTON:","MI":"THE PEOPLE OF THE STATE OF MICHIGAN ENACT:","MA":"",
      "MD":"SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND, That the Laws of Maryland read as follows:","VA":"Be it enacted by the General Assembly of Virginia:",
      "OR":"Be It Enacted by the People of the State of Oregon:","NV":"THE PEOPLE OF THE STATE OF NEVADA, REPRESENTED IN SENATE AND ASSEMBLY, DO ENACT AS FOLLOWS:",
      "DE":"BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF DELAWARE:","IA":"BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF IOWA:",
      "KY":"","PA":"","NC":"The General Assembly of North Carolina enacts:"}[st]
    if enact: front += textwrap.wrap(enact, w) + [""]
    body = []
    for bl in blocks: body += bl + [""]
    # numbering and pagination
    lpp = f["lpp"]
    allines = front + body
    P = (len(allines) + lpp - 1) // lpp
    out = []; cont = 0; secline = 0
    for pi in range(P):
        p = pi + 1
        h = f["head"](p, P, b)
        if h: out += [h, ""]
        for li, l in enumerate(allines[pi*lpp:(pi+1)*lpp]):
            cont += 1
            if f["mode"] == "page": num = f"{li+1:>2}"
            elif f["mode"] == "cont": num = f"{cont:>3}"
            elif f["mode"] == "pagedash": num = f"{p}-{li+1}"
            elif f["mode"] == "pageline": num = f"{p:>2} {li+1:>2}"
            elif f["mode"] == "section":
                if SECNUM.match(l): secline = 0
                secline += 1; num = f"{secline:>2}"
            out.append(f"{num}  {l}".rstrip() if l else num)
        ft = f["foot"](p, P, b)
        out += ["", ft, ""] if ft else [""]
    if b.get("fiscal"):
        for d in b["fiscal"]: out += textwrap.wrap(d, 72) + [""]
    return "\n".join(out).rstrip() + "\n", P

IDS = ["end.law_enforcement","end.public_employees","end.state_constitution","end.damage_caps","start.failure_to_intervene","start.full_compensation","start.attorney_fees","start.individual_accountability","start.public_records"]
V = {"Y":"yes","P":"partial","N":"no"}
rows = []
with open("cases.jsonl", "w", encoding="utf-8") as fh:
    for b in B:
        text, P = build(b)
        assert len(b["labels"]) == 9 and len(b["reasons"]) == 9, b["id"]
        c = {"id": b["id"], "style": f"long whole bill ({P} pages, {NAMES[b['state']]} print), {'claim section' if b['kind']=='claim' else 'trap section'} in the middle, decoy liability words elsewhere",
             "state": b["state"], "text": text,
             "labels": {k: V[x] for k, x in zip(IDS, b["labels"])},
             "reasons": dict(zip(IDS, b["reasons"]))}
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
        rows.append((b["id"], b["state"], b["kind"], P, len(text), b["labels"]))
for r in rows: print(r)
