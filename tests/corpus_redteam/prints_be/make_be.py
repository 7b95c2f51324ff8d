"""Render batch BE bills as PDF prints and write their cases.jsonl lines.

Run with a Python that has reportlab:  python make_be.py  (writes BE01.pdf ... BE24.pdf here and
prints the JSON lines to stdout).
"""

import json
import os
import re
import sys

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bills_be import BILLS, CRIT

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = letter
LAB = {"Y": "yes", "P": "partial", "N": "no"}

FORMS = {
    # font, bold font, size, leading, text left x, text width, line-number restart per page?
    "NY": dict(
        font="Courier", bold="Courier-Bold", size=10, lead=19, x=100, width=420, restart=True
    ),
    "MO": dict(
        font="Times-Roman", bold="Times-Bold", size=11.5, lead=22, x=100, width=380, restart=True
    ),
    "WA": dict(
        font="Courier", bold="Courier-Bold", size=10, lead=19, x=96, width=432, restart=True
    ),
    "IL": dict(
        font="Times-Roman", bold="Times-Bold", size=12, lead=24, x=110, width=370, restart=True
    ),
    "PA": dict(
        font="Times-Roman", bold="Times-Bold", size=11.5, lead=22, x=110, width=380, restart=True
    ),
    "OH": dict(
        font="Times-Roman", bold="Times-Bold", size=12, lead=24, x=110, width=370, restart=False
    ),
    "NJ": dict(
        font="Times-Roman", bold="Times-Bold", size=11.5, lead=21, x=100, width=390, restart=True
    ),
    "MA": dict(
        font="Times-Roman", bold="Times-Bold", size=11.5, lead=21, x=100, width=390, restart=False
    ),
}
TOP, BOTTOM = 710, 96


def plain(markup):
    return re.sub(r"</?[ubs]>", "", markup)


def tokens(par):
    """Split a markup paragraph into (word, style) with style one of '', 'u', 'b', 's'."""
    out, style = [], ""
    for part in re.split(r"(</?[ubs]>)", par):
        m = re.fullmatch(r"<(/?)([ubs])>", part)
        if m:
            style = "" if m.group(1) else m.group(2)
            continue
        # keep glue: a piece that starts without a space joins the previous word
        for _i, w in enumerate(re.split(r"( +)", part)):
            if not w:
                continue
            if w.strip() == "":
                out.append((" ", style))
            else:
                out.append((w, style))
    # merge into words: sequences without spaces form one word made of styled pieces
    words, cur = [], []
    for w, s in out:
        if w == " ":
            if cur:
                words.append(cur)
                cur = []
        else:
            cur.append((w, s))
    if cur:
        words.append(cur)
    return words


def wwidth(word, f):
    return sum(stringWidth(t, f["bold"] if s == "b" else f["font"], f["size"]) for t, s in word)


def wrap(par, f, width, indent=0):
    words = tokens(par)
    lines, cur, curw = [], [], indent
    sp = stringWidth(" ", f["font"], f["size"])
    i = 0
    while i < len(words):
        word = words[i]
        ww = wwidth(word, f)
        need = ww + (sp if cur else 0)
        if curw + need <= width:
            cur.append(word)
            curw += need
            i += 1
            continue
        # try hyphenating a long plain word (single piece, letters only, with trailing punctuation)
        if len(word) == 1:
            t, s = word[0]
            m = re.fullmatch(r"([A-Za-z]{9,})([.,;:)]*)", t)
            if m:
                core = m.group(1)
                for k in range(len(core) - 4, 4, -1):
                    head = core[:k] + "-"
                    hw = stringWidth(head, f["bold"] if s == "b" else f["font"], f["size"])
                    if curw + hw + (sp if cur else 0) <= width:
                        cur.append([(head, s)])
                        lines.append(cur)
                        words[i] = [(core[k:] + m.group(2), s)]
                        cur, curw = [], 0
                        break
                else:
                    pass
                if not cur:
                    continue
        if not cur:  # word longer than the line: place it anyway
            cur.append(word)
            i += 1
        lines.append(cur)
        cur, curw = [], 0
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, f, x, y, line):
    sp = stringWidth(" ", f["font"], f["size"])
    t = c.beginText(x, y)
    pos = x
    for j, word in enumerate(line):
        if j:
            t.setFont(f["font"], f["size"])
            t.textOut(" ")
            pos += sp
        for piece, s in word:
            fn = f["bold"] if s == "b" else f["font"]
            t.setFont(fn, f["size"])
            t.textOut(piece)
            wdt = stringWidth(piece, fn, f["size"])
            if s == "u":
                c.line(pos, y - 2, pos + wdt, y - 2)
            elif s == "s":
                c.line(pos, y + f["size"] * 0.3, pos + wdt, y + f["size"] * 0.3)
            pos += wdt
    c.drawText(t)


def centre(c, font, size, y, s):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, s)


def para_block(c, font, size, x, y, width, s, lead):
    """Draw a plain wrapped paragraph (title-page matter); return new y."""
    f = dict(font=font, bold=font, size=size)
    for ln in wrap(s, f, width):
        c.setFont(font, size)
        c.drawString(x, y, " ".join("".join(p for p, _ in w) for w in ln))
        y -= lead
    return y


class Printer:
    def __init__(self, b):
        self.b, self.form = b, b["form"]
        self.f = FORMS[self.form]
        self.c = canvas.Canvas(
            os.path.join(HERE, b["id"] + ".pdf"), pagesize=letter, pageCompression=1
        )
        self.c.setTitle(b["no"])
        self.page = 1
        self.lineno = 0
        self.title_lines = []  # title-block text that belongs to `text`
        self.body_lines = 0

    # ---- furniture
    def running(self):
        b, c, p = self.b, self.c, self.page
        c.setFont("Times-Roman", 10) if self.form not in ("NY", "WA") else c.setFont("Courier", 10)
        if self.form == "NY" and p > 1:
            c.drawString(72, 750, b["no"])
            c.drawRightString(540, 750, str(p))
        if self.form == "MO" and p > 1:
            c.drawString(72, 750, b["no"])
            c.drawRightString(540, 750, str(p))
        if self.form == "WA":
            c.drawCentredString(W / 2, 40, f"p. {p} {b['no']}")
        if self.form == "IL" and p > 1:
            c.drawString(72, 750, b["no"])
            c.drawCentredString(W / 2, 750, f"- {p - 1} -")
            c.drawRightString(540, 750, b["lrb"])
        if self.form == "PA":
            c.drawCentredString(W / 2, 40, f"{b['pnfoot']} - {p} -")
        if self.form == "OH" and p > 1:
            c.drawString(72, 750, b["no"])
            c.drawCentredString(W / 2, 750, f"Page {p}")
            c.drawRightString(540, 750, "As Introduced")
        if self.form == "NJ" and p > 1:
            names = ", ".join(s.split()[-1] for s, _ in b["sponsors"])
            c.drawString(72, 750, "{} {}".format(b["no"], names))
            c.drawCentredString(W / 2, 735, str(p))
        if self.form == "MA":
            c.drawRightString(540, 40, f"{p} of {{N}}")

    def newpage(self):
        self.running()
        self.c.showPage()
        self.page += 1
        self.y = TOP
        if self.f["restart"]:
            self.lineno = 0

    def emit(self, line):
        if self.y < BOTTOM + (40 if (self.page == 1 and self.form in ("NY", "NJ")) else 0):
            if self.page == 1:
                self.legend_p1()
            self.newpage()
        self.lineno += 1
        self.body_lines += 1
        f = self.f
        c = self.c
        c.setFont(f["font"], 9)
        c.drawRightString(f["x"] - 14, self.y, str(self.lineno))
        draw_line(c, f, f["x"], self.y, line)
        self.y -= f["lead"]

    def legend_p1(self):
        c, b = self.c, self.b
        if self.form == "NY" and not getattr(self, "_leg", False):
            self._leg = True
            c.setFont("Courier", 8)
            c.drawString(
                72, 86, "EXPLANATION--Matter in ITALICS (underscored) is new; matter in brackets"
            )
            c.drawString(90, 77, "[ ] is old law to be omitted.")
            c.drawRightString(540, 77, b["code"])
        if self.form == "NJ" and not getattr(self, "_leg", False):
            self._leg = True
            c.setFont("Times-Roman", 8)
            c.drawString(
                72,
                86,
                "EXPLANATION - Matter enclosed in bold-faced brackets [thus] in the above bill is not enacted and is intended to be omitted",
            )
            c.drawString(72, 77, "in the law. Matter underlined thus is new matter.")

    # ---- title blocks
    def t(self, s, font=None, size=11, lead=15, centred=True, x=72, keep=True):
        font = font or self.f["font"]
        if centred:
            centre(self.c, font, size, self.y, s)
            self.y -= lead
        else:
            self.y = para_block(self.c, font, size, x, self.y, 468 - (x - 72), s, lead)
        if keep:
            self.title_lines.append(s)

    def two(self, left, right, size=10, font=None, x2=330, keep=True):
        font = font or self.f["font"]
        c = self.c
        yl = para_block(c, font, size, 72, self.y, x2 - 90, left, 13)
        yr = para_block(c, font, size, x2, self.y, 540 - x2, right, 13)
        self.y = min(yl, yr) - 4
        if keep:
            self.title_lines.extend([left, right])

    def title_page(self):
        b, form = self.b, self.form
        self.y = TOP + 20
        if form == "NY":
            for h in b["head"]:
                if h.startswith("^"):
                    self.t(h[1:], size=11, lead=15)
                else:
                    self.y -= 6
                    self.t(h, size=10, lead=13, centred=False, x=100)
            self.c.line(72, self.y + 4, 540, self.y + 4)
            self.y -= 16
        elif form == "MO":
            for s in (b["session"], b["kind"], b["ga"], b["intro"]):
                self.t(s, font="Times-Bold", size=12, lead=17)
            self.y -= 4
            self.two(b["code"], b["clerk"], size=10, x2=300)
            self.y -= 10
        elif form == "WA":
            self.c.setFont("Courier", 10)
            self.c.drawString(72, self.y, b["code"])
            self.title_lines.append(b["code"])
            self.y -= 26
            self.t(b["kind"], font="Courier-Bold", size=11, lead=24)
            for s in (b["leg"], b["by"], b["read"]):
                self.t(s, size=10, lead=16)
            self.y -= 12
        elif form == "IL":
            self.t(b["ga"], font="Times-Bold", size=12, lead=16)
            self.t("State of Illinois", size=12, lead=16)
            self.t(b["years"], size=12, lead=16)
            self.t(b["no"], font="Times-Bold", size=14, lead=24)
            self.t(b["intro"], size=11, lead=22, centred=False)
            self.t("SYNOPSIS AS INTRODUCED:", size=11, lead=18, centred=False)
            for left, r in b["synopsis"]:
                self.two(left, r, size=11, x2=310)
            self.y -= 6
            self.t(b["synopsis_text"], size=11, lead=15, centred=False, x=90)
            self.y -= 10
            self.c.setFont("Times-Roman", 10)
            self.c.drawString(72, self.y, b["lrb"])
            self.c.drawRightString(540, 60, "A BILL FOR")
            self.running()
            self.c.showPage()
            self.page += 1
            self.y = TOP
            return
        elif form == "PA":
            self.two("", "PRINTER'S NO. " + b["pn"], size=11, x2=380, keep=False)
            self.title_lines.append("PRINTER'S NO. " + b["pn"])
            self.t("THE GENERAL ASSEMBLY OF PENNSYLVANIA", font="Times-Bold", size=13, lead=22)
            self.two(
                b["chamber"] + " BILL",
                "No. {}     {}".format(b["no"].split()[-1], b["session"]),
                size=13,
                x2=330,
            )
            self.y -= 4
            self.t(b["intro"], size=10.5, lead=14, centred=False, x=100)
            self.t(b["ref"], size=10.5, lead=14, centred=False, x=100)
            self.y -= 12
        elif form == "OH":
            self.c.setFont("Times-Roman", 10)
            self.c.drawRightString(540, self.y, "As Introduced")
            self.y -= 18
            self.title_lines.append("As Introduced")
            for s in (b["ga"], b["sess"]):
                self.t(s, size=12, lead=16)
            self.t(b["no"], font="Times-Bold", size=13, lead=20)
            self.t(b["sponsors"], size=11, lead=22)
        elif form == "NJ":
            self.t("{}, No. {}".format(b["chamber"], b["num"]), font="Times-Bold", size=14, lead=20)
            self.t("STATE OF NEW JERSEY", font="Times-Bold", size=12, lead=16)
            self.t(b["leg"], size=11, lead=20)
            self.t(b["introduced"], size=11, lead=20)
            self.t("Sponsored by:", size=10, lead=14, centred=False)
            (l1, l2), (r1, r2) = b["sponsors"]
            self.two(l1 + " " + l2, r1 + " " + r2, size=10)
            self.y -= 8
            self.t("SYNOPSIS", font="Times-Bold", size=10, lead=13, centred=False)
            self.t(b["synopsis"], size=10, lead=13, centred=False, x=90)
            self.y -= 6
            self.t("CURRENT VERSION OF TEXT", font="Times-Bold", size=10, lead=13, centred=False)
            self.t("As introduced.", size=10, lead=13, centred=False, x=90)
            self.running()
            self.c.showPage()
            self.page += 1
            self.y = TOP
            self.lineno = 0
        elif form == "MA":
            self.two(b["docket"], b["filed"], size=10, x2=380)
            self.t(
                "{} . . . . . . . . . . . . . . . No. {}".format(b["chamber"], b["num"]),
                font="Times-Bold",
                size=12,
                lead=22,
                centred=False,
            )
            self.t("The Commonwealth of Massachusetts", font="Times-Italic", size=14, lead=22)
            self.t("PRESENTED BY:", font="Times-Bold", size=10, lead=14)
            self.t(b["presented"], size=11, lead=20)
            self.t(
                "To the Honorable Senate and House of Representatives of the Commonwealth of Massachusetts in General Court assembled:",
                size=10,
                lead=13,
                centred=False,
            )
            self.t(
                "The undersigned legislators and/or citizens respectfully petition for the adoption of the accompanying bill:",
                size=10,
                lead=13,
                centred=False,
                x=90,
            )
            self.t(b["title"], size=10, lead=18, centred=False, x=110)
            self.t("PETITION OF:", font="Times-Bold", size=10, lead=14)
            c = self.c
            c.setFont("Times-Bold", 9)
            c.drawString(80, self.y, "NAME:")
            c.drawString(270, self.y, "DISTRICT/ADDRESS:")
            c.drawString(450, self.y, "DATE ADDED:")
            self.y -= 14
            for n, d, dt in b["petitioners"]:
                c.setFont("Times-Roman", 9)
                c.drawString(80, self.y, n)
                c.drawString(270, self.y, d)
                c.drawString(450, self.y, dt)
                self.title_lines.append(f"{n} {d} {dt}")
                self.y -= 13
            self.running()
            self.c.showPage()
            self.page += 1
            self.y = TOP
            self.two(b["docket"], b["filed"], size=10, x2=380, keep=False)
            self.t(
                "{} . . . . . . . . . . . . . . . No. {}".format(b["chamber"], b["num"]),
                font="Times-Bold",
                size=12,
                lead=18,
                centred=False,
                keep=False,
            )
            rep = "Representative" if b["chamber"] == "HOUSE" else "Senator"
            self.t(
                "By {} {} ({}), a petition (accompanied by bill, {}, No. {}) of {} for legislation relative to the subject of the accompanying bill. The Judiciary.".format(
                    rep,
                    b["presented"].split()[-1],
                    b["district"],
                    b["chamber"].title(),
                    b["num"],
                    b["presented"],
                ),
                size=10,
                lead=13,
                centred=False,
            )
            self.t("The Commonwealth of Massachusetts", font="Times-Italic", size=13, lead=18)
            self.t(b["court"], size=10.5, lead=20)


def render_with_total(b):
    if b["form"] != "MA":
        p = Printer(b)
        _render_core(p)
        return p
    p1 = Printer(b)  # first pass: page count
    p1.running = lambda: None
    n = _render_core(p1)
    p2 = Printer(b)

    def run(p2=p2, n=n):
        p2.c.setFont("Times-Roman", 10)
        p2.c.drawRightString(540, 40, f"{p2.page} of {n}")

    p2.running = run
    _render_core(p2)
    return p2


def _render_core(self):
    b, f = self.b, self.f
    self.title_page()
    for par in b["body"].split("\n"):
        if plain(par) in ("AN ACT", "A BILL", "STATEMENT"):
            if self.y < BOTTOM:
                self.newpage()
            self.lineno += 1
            self.body_lines += 1
            self.c.setFont(f["font"], 9)
            self.c.drawRightString(f["x"] - 14, self.y, str(self.lineno))
            centre(self.c, f["font"], f["size"], self.y, plain(par))
            self.y -= f["lead"]
            continue
        for ln in wrap(par, f, f["width"]):
            self.emit(ln)
    c = self.c
    if self.form == "WA":
        self.y -= 10
        c.setFont("Courier", 10)
        c.drawCentredString(W / 2, max(self.y, 60), "--- END ---")
    if self.form == "MO":
        if self.y < 150:
            self.newpage()
        self.y -= 16
        self.y = para_block(
            c,
            "Times-Roman",
            9,
            72,
            self.y,
            468,
            "EXPLANATION -- Matter enclosed in bold-faced brackets [thus] in the above bill is not enacted "
            "and is intended to be omitted from the law. Matter in bold-face type in the above bill is proposed language.",
            11,
        )
    if self.page == 1:
        self.legend_p1()
    self.running()
    c.showPage()
    c.save()
    return self.page


def main():
    out = []
    for b in BILLS:
        p = render_with_total(b)
        text = "\n".join(p.title_lines + [plain(x) for x in b["body"].split("\n")]) + "\n"
        labs = dict(zip(CRIT, (LAB[x] for x in b["labels"].split()), strict=False))
        rs = dict(zip(CRIT, b["reasons"], strict=False))
        out.append(
            dict(
                id=b["id"],
                style=b["style"],
                state=b["state"],
                file="prints_be/{}.pdf".format(b["id"]),
                text=text,
                labels=labs,
                reasons=rs,
            )
        )
        size = os.path.getsize(os.path.join(HERE, b["id"] + ".pdf"))
        print(b["id"], "pages", p.page, "body lines", p.body_lines, "bytes", size, file=sys.stderr)
    with open(os.environ.get("BE_LINES", "/tmp/be_lines.jsonl"), "w") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
