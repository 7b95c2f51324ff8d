"""Helpers for generating the PR3 prints (PDF via tests/core/pdf_maker.py, HTML, XML)."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.abspath(os.path.join(HERE, "..", "..", "core")))
from pdf_maker import Line, make_pdf

CRIT = [
    "end.law_enforcement",
    "end.public_employees",
    "end.state_constitution",
    "end.damage_caps",
    "start.failure_to_intervene",
    "start.full_compensation",
    "start.attorney_fees",
    "start.individual_accountability",
    "start.public_records",
]
CODE = {"y": "yes", "p": "partial", "n": "no"}
CASES = []


def block(flag, s):
    """A block of literal lines, each flagged ' ' plain, 'u' underlined, 's' struck."""
    return [(flag, ln) for ln in s.strip("\n").split("\n")]


def pdf_case(cid, pages, graphic_strike, numbering=None, start=1):
    """pages: list of dicts head/body/foot (lists of (flag, text)).
    numbering: None, 'page' (restart each page) or 'cont' (continuous).
    graphic_strike: struck lines are shown in the text between [ and ]."""
    pdf_pages, text_lines = [], []
    n = start
    for pg in pages:
        if numbering == "page":
            n = 1
        plines = []
        for flag, t in pg.get("head", []):
            plines.append(Line(t, strike=flag == "s", underline=flag == "u"))
            text_lines.append(t)
        body = pg.get("body", [])
        for i, (flag, t) in enumerate(body):
            shown = f"{n:>3}  {t}" if numbering else t
            if numbering:
                n += 1
            plines.append(Line(shown, strike=flag == "s", underline=flag == "u"))
            tt = shown
            if graphic_strike and flag == "s":
                prev = body[i - 1][0] if i else None
                nxt = body[i + 1][0] if i + 1 < len(body) else None
                pre, post = tt[:5] if numbering else "", tt[5:] if numbering else tt
                if prev != "s":
                    post = "[" + post
                if nxt != "s":
                    post = post + "]"
                tt = pre + post
            text_lines.append(tt)
        for flag, t in pg.get("foot", []):
            plines.append(Line(t, strike=flag == "s", underline=flag == "u"))
            text_lines.append(t)
        assert len(plines) <= 40, (cid, len(plines))
        for l in plines:
            assert len(l.text) <= 86, (cid, l.text)
        pdf_pages.append(plines)
    path = os.path.join(HERE, "prints", f"{cid}.pdf")
    with open(path, "wb") as f:
        f.write(make_pdf(pdf_pages))
    return f"pr3/prints/{cid}.pdf", "\n".join(text_lines)


def write_file(cid, ext, content):
    path = os.path.join(HERE, "prints", f"{cid}.{ext}")
    with open(path, "w", encoding="utf-8") as f:
        f.write(content)
    return f"pr3/prints/{cid}.{ext}"


def add(cid, style, state, trap, file, text, labels, reasons):
    labs = labels.split()
    assert len(labs) == 9 and len(reasons) == 9, cid
    CASES.append(
        {
            "id": cid,
            "style": style,
            "state": state,
            "trap": trap,
            "file": file,
            "text": text.strip("\n"),
            "labels": {c: CODE[l] for c, l in zip(CRIT, labs)},
            "reasons": dict(zip(CRIT, reasons)),
        }
    )


def dump():
    CASES.sort(key=lambda c: c["id"])
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
