"""The phrasing batteries keep the agreement they reached.

Each battery (``tests/corpus_phrasings*/rows.jsonl``) is a set of short bills written for it and
labelled on one criterion before the evaluator ever ran on it (issue 14). Battery A came first;
B and C were written later by authors who had not read the earlier ones, from RUBRIC.md alone.
They measure whether the evaluator reads legal constructions rather than listed phrasings;
each ``report.md`` gives that battery's first run and every disagreement by kind. Once a
battery was read for fixes it stopped measuring, so these tests only guard against
regressions: agreement may rise as the reader improves, never fall below its floor.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from endqi.analysis import evaluate
from endqi.rubric import CRITERION_IDS

CORPORA = Path(__file__).resolve().parents[1]

# Battery A (corpus_phrasings): first run (engine 2+5add8e35ae4c, labels committed in 4b4421a
# before it) 180/259 = 0.695 overall; 98/159 = 0.616 on rows labelled yes or partial, 82/100 =
# 0.820 on rows labelled no. After the rule work on the end criteria that followed (main,
# 2026-12-02): 226/259 = 0.873; with the start-criteria readings: 256/259 = 0.988.
# Battery B (corpus_phrasings_b): first run (engine 2+6c343cd410a5, labels committed in b5645e0
# before it) 137/160 = 0.856 overall; 84/104 = 0.808 on yes or partial, 53/56 = 0.946 on no.
# After the end-criteria fixes: 151/160 = 0.944; with the start-criteria readings: 153/160.
# Battery C (corpus_phrasings_c): first run (engine 2+0058b6abeb43, labels committed in e5ae7e5
# before it) 118/150 = 0.787 overall; 67/94 = 0.713 on yes or partial, 51/56 = 0.911 on no.
# After fixes for its end-criteria misses: 137/150 = 0.913; with the start-criteria
# readings: 140/150 = 0.933.
# Battery D (corpus_phrasings_d): first run (engine 2+8349bfab2300, labels committed in 5274d1a
# before it) 103/150 = 0.687 overall; 51/93 = 0.548 on yes or partial, 52/57 = 0.912 on no (22
# of the misses were sections that rule on "an action under this section" against officers
# without the sentence that creates it). After the fixes that followed, and two labels revised
# after the run (records rules with no claim: no, by the project's convention): 139/150.
# Battery E (corpus_phrasings_e): first run (engine 2+f901cd322180, labels committed in 487650b
# before it) 121/150 = 0.807 overall; 76/97 = 0.784 on yes or partial, 45/53 = 0.849 on no.
# After the fixes that followed (no label revised): 145/150.
# Battery F (corpus_phrasings_f): twelve drafting styles; first run (engine 2+02f75dbeff5b,
# labels committed in 585b884 before it) 101/150 = 0.673 overall; 50/91 = 0.549 on yes or
# partial, 51/59 = 0.864 on no. After the fixes that followed (no label revised): 124/150; most
# of what is left is amendment instructions applied to a described section, and Puerto Rico's
# translated wording.
# Battery G (corpus_phrasings_g): the commonest real forms with their narrowings; first run
# (engine 2+2918f0abf770, labels committed in f8e67d0 before it) 107/120 = 0.892 overall;
# 69/80 = 0.863 on yes or partial, 38/40 on no. After the fixes that followed: 119/120 (the one
# left: a share the employer imposes on its own finding, "yes" by the Missouri seed).
# Battery H (corpus_phrasings_h): drafting styles and constructions of issue 14's list
# (amendatory prints, federal and model-act forms, definitions-first bills, bars through the
# doctrine's elements or procedure, narrow classes); first run (engine 2+e8f8fa048044, labels
# committed in 9b3a66b before it) 124/150 = 0.827 overall; 64/88 on yes or partial, 60/62 on
# no, 30/30 traps. After the fixes that followed (no label revised): 142/150.
# Battery I (corpus_phrasings_i): the drafting conventions of some thirty legislatures (ILCS,
# Purdon's, N.J. "C.", M.G.L., Texas codes, Wisconsin's analysis, RCW, D.C., Puerto Rico, a city
# ordinance); first run (engine 2+5cd44667347e, labels committed in a1cc963 before it) 128/150
# = 0.853 overall; 80/95 on yes or partial, 48/55 on no (one trap with a verdict, an interim
# study). After the fixes that followed (no label revised): 137/150.
# Battery J (corpus_phrasings_j): 60 minimal pairs, each differing in one legal point that
# changes the verdict (polarity, elements and procedure, roles, rights, precision, caps, start
# criteria); first run (engine 2+ at df78794, labels committed in 58cc433 before it) 110/120 =
# 0.917; 71/75 on yes or partial, 39/45 on no; 50/60 pairs both right. After the fixes that
# followed (no label revised): 119/120 (the one left: a claim for every right with qualified
# immunity kept, graded by its rights as the development set grades it).
# Battery K (corpus_phrasings_k): the start criteria and caps in bills that do create a claim
# and bar the doctrine, worded as drafters might ("in no event", provisos, cross-references,
# defined terms); first run (engine at b38f8f3, labels committed in e41f0e0 before it) 78/100;
# 47/66 on yes or partial, 31/34 on no. After the fixes that followed (no label revised): 92/100.
# Battery L (corpus_phrasings_l): the end group worded for a clause reader (bars through the
# doctrine's elements and procedure, narrow classes, who the defendants are, which rights,
# which caps); first run (engine at 0f1df4c, labels committed in 2efd2c4 before it) 140/150 =
# 0.933; 13/13 traps all no. After the fixes that followed (no label revised): 147/150.
# Battery M (corpus_phrasings_m): the start group in bills that create a claim and bar the
# doctrine, worded as drafters vary it (who pays and when, caps and carve-outs, shares,
# licences, which records, a bystander's liability); first run (engine at 30f1d26, labels
# committed in 2bdf8e4 before it) 115/150 = 0.767, 3 of 16 traps with a verdict. After the
# fixes that followed (no label revised): 148/150 (left: fees "to the prevailing party", and a
# settlement agreement alone made public, both judgment calls).
# Battery N (corpus_phrasings_n): meaning spread across sections (claims, defined classes and
# rights, bars and exceptions in separate sections, amendments, cross-referenced start
# criteria); first run (engine at 36f6fea, labels committed in 1d4b992 before it) 118/150 =
# 0.787 (two labels revised after the run as the author's slips, noted in their reasons). After
# the fixes that followed: 143/150; what is left is mostly amendments beside a recital of an
# existing claim ("Section 9-13-103 provides that ..."), and records named only by cross-reference
# ("the records described in section 5(b)").
# Battery O (corpus_phrasings_o): 135 rows, 15 per criterion, as varied as their author could
# make them (old statutory English, passive bars, conditions first, lists, near-miss traps);
# first run (engine at 03af8d6, labels committed in 838d919 before it) 118/135 = 0.874, no
# trap with a verdict. After the fixes that followed (no label revised): 129/135.
# Battery P (corpus_phrasings_p): 108 rows, 12 per criterion, written as legislators draft today
# (rewrites of civil rights and tort claims acts, definitions, "notwithstanding", savings
# clauses); first run (engine at 45fa32f, labels committed in f034611 before it) 99/108 = 0.917,
# no trap with a verdict. After the fixes that followed (no label revised): 101/108.
# Battery Q (corpus_phrasings_q): 135 rows, 15 per criterion, on the kinds of error issue 14
# lists (polarity, elements and procedure, roles, narrow classes, rights scope, precision,
# mandatory language); first run (engine at c3beacd, labels committed in e731208 before it)
# 86/135 = 0.637, no trap with a verdict. 37 of the 49 misses are one label convention: a
# section that rules on fees, payment, discipline or records for "an action under section 2"
# with no claim in the text was labelled as if the claim were there; the evaluator follows
# issue 14 ("a bill that creates or changes no civil claim or immunity of public officers
# scores no") and answers no. After the fixes that followed (no label revised): 94/135.
# Battery R (corpus_phrasings_r): 120 rows, 20 each for the five start criteria and
# end.damage_caps, provisions in sections of their own, cross-references, provisos, results
# instead of duties; first run (engine at c3beacd, labels committed in 77a505f before it)
# 90/120 = 0.750, no trap with a verdict. After the fixes that followed: 119/120 (R117, a fee
# limit lifted while the damages cap stays, is read as some limits lifted, partial).
# Battery S (corpus_phrasings_s): 120 rows, 30 each for the three end criteria on who is liable,
# which defenses and which rights, and 30 for the start group; first run (engine at d92a132,
# labels committed in 3920e4f before it) 107/120 = 0.892, no trap with a verdict. After the
# fixes that followed: 117/120 (two amendments of a recited claim, and Colorado's article II
# labelled as some rights).
# Battery T (corpus_phrasings_t): 120 rows, 24 each for the five start criteria, in drafting
# turns the other batteries lack (duties set off by commas, "fails so to intervene", a cause of
# action that "shall lie" against the bystander, judgments made "a charge against" the employer,
# indemnity "except as provided in" a carve-out or an officer's share, modal words struck and
# replaced in a recited section, fees cut off by an offer of judgment); first run (engine at
# 91aaabd, labels committed in 05bc824 before it) 99/120 = 0.825, no trap with a verdict. After
# the fixes that followed: 118/120 (a Colorado-style share on the employer's finding, and a
# list of decertified officers opened beside complaints kept closed, both labelled partial).
# Battery U (corpus_phrasings_u): 72 rows, 18 each for the four end criteria in the drafting of
# real legislatures (code-section amendments, definitions after the operative section, bars
# through the doctrine's elements, classes named outside the subject, caps by cross-reference);
# first run (engine at a3f8ccb, labels committed in 1c7a998 before it) 63/72 = 0.875, no trap
# with a verdict. After the fixes that followed: 68/72 (a reasonable-belief defense that
# survives, a bill of rights and one right labelled partial, a new cap in place of the state's
# read as a cap raised).
# Battery V (corpus_phrasings_v): 90 rows, 10 per criterion, bills of 8-15 sentences where the
# criterion's clause sits among unrelated sections, beside look-alike clauses (fees for a
# records suit, a vendor's indemnity, a pursuit damages cap) or in an omnibus trap; first run
# (engine at e48ffcc, labels committed in aa07c62 before it) 83/90 = 0.922, no trap with a
# verdict. After the fixes that followed: 90/90.
# Battery W (corpus_phrasings_w): 84 rows on the end group's hardest readings (bars as double
# negatives or through procedure, exceptions that keep the doctrine, defenses under other
# names, classes named outside the subject, federal rights beside state words, rights by
# cross-reference); first run (engine at 0d42a52, labels committed in 9d1d92c before it) 64/84
# = 0.762, no trap with a verdict. After the fixes that followed: 73/84 (the rest are label
# conventions: a surviving reasonable-belief or objective-reasonableness defense labelled
# partial where RUBRIC.md's note says no; one right other than force, and one article, labelled
# partial; school, university, transit and elected-official classes labelled partial).
# Battery X (corpus_phrasings_x): 120 rows on the start group's hardest readings (duties by double
# negative or by cross-reference, exceptions and conditions on a "shall", who pays whom, waivable
# shares, discipline by "may", records by exemption removed or a narrow class); first run
# (engine at 51999fc, labels committed in 03a7512 before it) 101/120 = 0.842, no trap with a
# verdict. After the fixes that followed: 120/120.
BATTERIES = {
    "A": ("corpus_phrasings", 0.98),
    "B": ("corpus_phrasings_b", 0.95),
    "C": ("corpus_phrasings_c", 0.93),
    "D": ("corpus_phrasings_d", 0.92),
    "E": ("corpus_phrasings_e", 0.96),
    "F": ("corpus_phrasings_f", 0.82),
    "G": ("corpus_phrasings_g", 0.98),
    "H": ("corpus_phrasings_h", 0.94),
    "I": ("corpus_phrasings_i", 0.91),
    "J": ("corpus_phrasings_j", 0.98),
    "K": ("corpus_phrasings_k", 0.91),
    "L": ("corpus_phrasings_l", 0.97),
    "M": ("corpus_phrasings_m", 0.98),
    "N": ("corpus_phrasings_n", 0.95),
    "O": ("corpus_phrasings_o", 0.90),
    "P": ("corpus_phrasings_p", 0.92),
    "Q": ("corpus_phrasings_q", 0.69),
    "R": ("corpus_phrasings_r", 0.99),
    "S": ("corpus_phrasings_s", 0.97),
    "T": ("corpus_phrasings_t", 0.98),
    "U": ("corpus_phrasings_u", 0.94),
    "V": ("corpus_phrasings_v", 0.98),
    "W": ("corpus_phrasings_w", 0.86),
    "X": ("corpus_phrasings_x", 0.99),
}

_START_GROUP_AND_CAPS = {
    "start.full_compensation",
    "start.attorney_fees",
    "start.individual_accountability",
    "start.public_records",
    "start.failure_to_intervene",
    "end.damage_caps",
}
CRITERIA_MEASURED = {
    "K": _START_GROUP_AND_CAPS,
    "R": _START_GROUP_AND_CAPS,
    # (battery S leaves caps out: batteries K and R measure them)
    "S": set(CRITERION_IDS) - {"end.damage_caps"},
    # (battery T measures the start group only)
    "T": _START_GROUP_AND_CAPS - {"end.damage_caps"},
    # (battery X measures the start group only)
    "X": _START_GROUP_AND_CAPS - {"end.damage_caps"},
    # (battery W measures three end criteria)
    "W": {"end.law_enforcement", "end.public_employees", "end.state_constitution"},
    # (battery U measures the end group only)
    "U": {
        "end.law_enforcement",
        "end.public_employees",
        "end.state_constitution",
        "end.damage_caps",
    },
    "M": {
        "start.full_compensation",
        "start.attorney_fees",
        "start.individual_accountability",
        "start.public_records",
        "start.failure_to_intervene",
    },
    "L": {
        "end.law_enforcement",
        "end.public_employees",
        "end.state_constitution",
        "end.damage_caps",
    },
}

# States whose bills are held out for the project's external measure: no row may use them.
HELD_OUT_STATES = frozenset(
    {"AZ", "CT", "GA", "HI", "LA", "MN", "MT", "NH", "OK", "TN", "UT", "WV"}
)
ROW_KEYS = {"id", "criterion", "expected", "state", "text", "reason"}


def _rows(battery: str) -> list[dict[str, str | None]]:
    """One battery's rows, one dict per line of its rows.jsonl."""
    folder, _ = BATTERIES[battery]
    with (CORPORA / folder / "rows.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("battery", sorted(BATTERIES))
def test_rows_are_well_formed(battery: str) -> None:
    rows = _rows(battery)
    ids = Counter(row["id"] for row in rows)
    assert [row_id for row_id, count in ids.items() if count > 1] == []
    for row in rows:
        assert set(row) == ROW_KEYS, row["id"]
        assert row["criterion"] in CRITERION_IDS, row["id"]
        assert row["expected"] in {"yes", "partial", "no"}, row["id"]
        assert row["state"] not in HELD_OUT_STATES, row["id"]
        assert row["text"] and row["reason"], row["id"]
    # every criterion of the rubric is measured (battery K measures the start group and caps
    # only, in bills that all create a claim and bar the doctrine)
    assert {row["criterion"] for row in rows} == CRITERIA_MEASURED.get(battery, set(CRITERION_IDS))


@pytest.mark.parametrize("battery", sorted(BATTERIES))
def test_agreement_stays_at_or_above_the_floor(battery: str) -> None:
    rows = _rows(battery)
    _, floor = BATTERIES[battery]
    misses = []
    for row in rows:
        result = evaluate(row["text"], state=row["state"]).result(row["criterion"])
        if result.verdict.value != row["expected"]:
            misses.append(
                f"{row['id']} {row['criterion']}: {row['expected']} -> {result.verdict.value}"
            )
    agreement = (len(rows) - len(misses)) / len(rows)
    print(f"phrasing battery {battery}: {len(rows) - len(misses)}/{len(rows)} = {agreement:.3f}")
    assert agreement >= floor, "\n".join(misses)
