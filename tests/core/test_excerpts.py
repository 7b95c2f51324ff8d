"""The evaluator on quote collections (``tests/corpus_excerpts_y/``).

Advocates' published evaluations quote a bill's deciding clauses, and one of the project's
external measures gives the evaluator such quote collections rather than whole bills: a title
line, then passages separated by blank lines, in no particular order, some cut mid-sentence.
Batteries Y (40) and Z (45) hold such collections built from real bill texts of the corpus's
open split, AA (18) from real texts found outside it, and AB, AC and AD (36 each) from bills
drafted for the set; AE holds 40 short whole bills in unusual drafting styles. Each is labelled
(before the evaluator first ran on it) for the criteria its quotes decide.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from endqi.analysis import evaluate
from endqi.rubric import CRITERIA

CRITERION_IDS = {criterion.id for criterion in CRITERIA}
HELD_OUT_STATES = {"AZ", "CT", "GA", "HI", "LA", "MN", "MT", "NH", "OK", "TN", "UT", "WV"}
TESTS = Path(__file__).resolve().parents[1]
# Battery Y: first run (engine at 51999fc, labels committed in c2223de before it) 128/147 =
# 0.871 (130 with the two labels revised after the run as plain slips). After the fixes that
# followed: 135/147 = 0.918.
# Battery Z (45 collections from other open-split texts, at most 8 federal): first run (engine
# at 47626c5, labels committed in a20b8fb before it) 157/178 = 0.882, 19/37 on yes or partial,
# no trap with a verdict. After the fixes that followed: 162/178 = 0.910 (Y: 136/147 = 0.925).
# Battery AA (18 collections from real texts found with the search tools, not in the corpus; 63
# verdicts, mostly traps, since most reachable QI bills are in the corpus already): first run
# (engine at cf624cd, labels committed in ac868ec before it) 58/63, and the same after this
# session's readings: AA17, sentences of a sponsor's memorandum worded like the bill and quoted
# without its heading, reads as law; AA02 grades an indemnity withheld for bad faith "no" where
# the label says partial.
# Battery AB (36 collections of bills the helper drafted in real legislatures' styles, 177
# verdicts, written after all the readings above): first run (engine at 5312447, labels committed
# in 1c4726f before it) 169/177 = 0.955, 78/82 on yes or partial, one trap of ten with verdicts (a
# joint resolution proposing a constitutional amendment). After the fixes that followed: 173/177.
# Battery AC (36 collections of bills drafted in other legislatures' styles, 165 verdicts, written
# after AB's readings): first run (engine at 1d6a958, labels committed in b0db622 before it)
# 160/165 = 0.970, 75/80 on yes or partial, no trap with a verdict. After the fixes that followed:
# 164/165 (left: an ordinance covering all of a city's employees, its police among them, which the
# label calls all law enforcement and the red-team batches call one city's police).
# Battery AD (36 collections quoting omnibus police-reform bills across their sections: force
# rules, intervention duties, decertification, records, indemnity, disclaimers; 197 verdicts):
# first run (engine at c6ca2c1, labels committed in 9dedfee before it) 180/197 = 0.914, no trap
# with a verdict. After the fixes that followed: 194/197 (left: a share owed when the employer finds
# no good faith, which the development set grades yes; names of decertified officers published; a
# city's own police, labelled one city's class).
# Battery AE (40 short whole bills in drafting styles seldom seen: archaic, plain-language,
# civil-law codes, model acts, definitions and cross-references doing the work, strike-and-insert
# amendments; 149 verdicts): first run (engine at c6ca2c1, labels committed in 08c7156 before it)
# 128/149 = 0.859. After the fixes that followed: 146/149 (left: a federal bill's rights read from
# the section 1983 it amends, a cap raised through a table).
# Battery AF (40 more short whole bills in varied drafting, 137 verdicts, written after AE's
# readings): first run (engine at 6546eb1, labels committed in af343c8 before it) 129/137 =
# 0.942, no trap with a verdict. After the fixes that followed: 136/137 (left: a duty to stop and
# report stated as what "violates this subsection", with liability by pointing back to it).
# Battery AG (32 more omnibus quote collections, 194 verdicts) and battery AH (40 more short
# bills, 159 verdicts), written last: first runs (engine at 840d5e5, labels committed in ca7034d
# and e50ebb6 before them) AG 180/194 = 0.928 and AH 148/159 = 0.931, no AG trap and one AH trap (a
# memorial to Congress) with verdicts. After the fixes that followed: AG 183/194, AH 156/159.
# What is left in the first two: labels that differ from the project's conventions (a city's own police
# read as one class, federal rights in federal bills, statutes of indemnity, records or
# decertification with no claim), an immunity lift quoted before its condition, one
# department's staff, prosecutors' immunity. Raise the floors as the evaluator improves; never
# lower them to pass.
BATTERIES = {
    "Y": ("corpus_excerpts_y", 0.92, 40),
    "Z": ("corpus_excerpts_z", 0.90, 45),
    "AA": ("corpus_excerpts_aa", 0.92, 18),
    "AB": ("corpus_excerpts_ab", 0.97, 36),
    "AC": ("corpus_excerpts_ac", 0.98, 36),
    "AD": ("corpus_excerpts_ad", 0.97, 36),
    # (AE holds short whole bills, not quote collections: same row format, no blank-line layout)
    "AE": ("corpus_excerpts_ae", 0.96, 40),
    "AF": ("corpus_excerpts_af", 0.97, 40),
    "AG": ("corpus_excerpts_ag", 0.93, 32),
    "AH": ("corpus_excerpts_ah", 0.97, 40),
}
WHOLE_SHORT_BILLS = {"AE", "AF", "AH"}


def _rows(battery: str) -> list[dict]:
    folder, _, _ = BATTERIES[battery]
    rows = (TESTS / folder / "rows.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in rows if line.strip()]


@pytest.mark.parametrize("battery", sorted(BATTERIES))
def test_rows_are_well_formed(battery: str) -> None:
    rows = _rows(battery)
    _, _, count = BATTERIES[battery]
    assert len(rows) == len({row["id"] for row in rows}) == count
    for row in rows:
        assert row["state"] not in HELD_OUT_STATES, row["id"]
        assert row["verdicts"] and set(row["verdicts"]) <= CRITERION_IDS, row["id"]
        assert set(row["verdicts"].values()) <= {"yes", "partial", "no"}, row["id"]
        assert set(row["reasons"]) == set(row["verdicts"]), row["id"]
        # a title line, then quotes apart
        if battery not in WHOLE_SHORT_BILLS:
            assert "\n\n" in row["text"], row["id"]


@pytest.mark.parametrize("battery", sorted(BATTERIES))
def test_agreement_on_quote_collections_stays_at_or_above_the_floor(battery: str) -> None:
    _, floor, _ = BATTERIES[battery]
    agreed = total = 0
    misses = []
    for row in _rows(battery):
        verdicts = evaluate(row["text"], state=row["state"]).verdicts()
        for criterion, expected in row["verdicts"].items():
            total += 1
            if verdicts[criterion] == expected:
                agreed += 1
            else:
                misses.append(f"{row['id']} {criterion}: {expected} -> {verdicts[criterion]}")
    print(f"quote collections {battery}: {agreed}/{total} = {agreed / total:.3f}")
    assert agreed / total >= floor, misses
