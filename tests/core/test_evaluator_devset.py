"""The evaluator against published expert verdicts and the Missouri seed page."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from endqi.analysis import evaluate
from endqi.rubric import CRITERION_IDS

AGREEMENT_FLOOR = 0.90


def _confusion_table(counts: Counter[tuple[str, str, str]]) -> str:
    lines = [f"{'criterion':34} {'expected':9} {'got':9} count"]
    for (criterion, expected, got), count in sorted(counts.items()):
        marker = "" if expected == got else "  <-- disagree"
        lines.append(f"{criterion:34} {expected:9} {got:9} {count}{marker}")
    return "\n".join(lines)


def test_dev_set_agreement(shared_dir: Path) -> None:
    """At least 90% criterion agreement with the published evaluations."""
    bills = json.loads((shared_dir / "rubric" / "dev-evaluations.json").read_text("utf-8"))["bills"]
    counts: Counter[tuple[str, str, str]] = Counter()
    for bill in bills:
        scorecard = evaluate(bill["text"], state=bill["state"])
        got = scorecard.verdicts()
        for criterion, expected in bill["verdicts"].items():
            counts[(criterion, expected, got[criterion])] += 1
    total = sum(counts.values())
    agreed = sum(count for (_, expected, got), count in counts.items() if expected == got)
    table = _confusion_table(counts)
    print(f"\ndev-set agreement: {agreed}/{total} = {agreed / total:.1%}\n{table}")
    assert total >= 100
    assert agreed / total >= AGREEMENT_FLOOR, table


def _seed_operative_text(seed: str) -> str:
    """The bill clauses the seed page quotes ('It states, "…"'), each once, in order."""
    # The page's first quote has no closing quotation mark: a quote ends at '"' or end of line.
    quotes = re.findall(r'(?:It states|legislation states), "(.+?)(?:"\s*)?$', seed, flags=re.M)
    unique = list(dict.fromkeys(q.strip() for q in quotes))
    return "\n\n".join(unique)


def _rubric_missouri_table(rubric: str) -> dict[str, str]:
    section = rubric.split("## The Missouri example", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z_.]+)` \| (yes|no|partial)\b", section, flags=re.M)
    return dict(rows)


def test_missouri_seed_bill_gets_the_rubric_verdicts(shared_dir: Path) -> None:
    """The seed page's bill gets exactly the nine verdicts RUBRIC.md lists for it, 3/4 and 3/5."""
    seed = (shared_dir / "seed" / "endqi-missouri-page.txt").read_text("utf-8")
    expected = _rubric_missouri_table((shared_dir / "rubric" / "RUBRIC.md").read_text("utf-8"))
    assert set(expected) == set(CRITERION_IDS)
    text = _seed_operative_text(seed)
    assert "506.450" in text and "shall award reasonable attorney fees" in text
    scorecard = evaluate(text, state="MO")
    assert scorecard.verdicts() == expected
    assert [group.text for group in scorecard.groups] == ["3/4", "3/5"]
    for result in scorecard.criteria:
        if result.verdict.value != "no":
            assert result.evidence, result.criterion_id
