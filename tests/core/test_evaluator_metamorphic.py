"""Metamorphic tests: what a bill says does not change with how it is printed.

Every verdict on the open split of the corpus and on the development set must survive:
capitals, printed line numbers with running heads and footers, reordered sections, a
sentence split across a page break, and another name for the same officer class. A
negated variant must flip the verdict it negates. Frozen texts are never used here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from endqi.analysis import evaluate
from endqi.documents import document_from_text, load_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
RUNNING_HEAD = "HOUSE BILL 0000 -- AS INTRODUCED"


def _capitals(text: str) -> str:
    return text.upper()


def _printed(text: str) -> str:
    """Lines of at most 70 characters, numbered 1-25 per page, with a head and a footer."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words, line = paragraph.split(" "), ""
        for word in words:
            if line and len(line) + 1 + len(word) > 70:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    pages = [lines[i : i + 25] for i in range(0, len(lines), 25)]
    printed = []
    for number, page in enumerate(pages, start=1):
        body = [f"{n:>2}  {line}" for n, line in enumerate(page, start=1)]
        printed.append("\n".join([RUNNING_HEAD, "", *body, "", f"Page {number} of {len(pages)}"]))
    return "\n\f".join(printed)


def _reordered(text: str) -> str:
    """Whole sections in reverse order (a section ends with a period before a blank line)."""
    sections = [s for s in re.split(r"(?<=\.)\n[ \t]*\n", text) if s.strip()]
    return "\n\n".join(reversed(sections))


def _officer_synonym(text: str) -> str:
    """'peace officer' and 'law enforcement officer' name the same class."""
    swapped = re.sub(r"(?i)\bpeace officer", "law enforcement officer", text)
    if swapped != text:
        return swapped
    return re.sub(r"(?i)\blaw[ -]enforcement officer", "peace officer", text)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "capitals": _capitals,
    "printed pages": _printed,
    "reordered sections": _reordered,
    "officer synonym": _officer_synonym,
}


def _split_across_pages(text: str, quote_start: int, quote_end: int) -> str:
    """Two printed pages (running head, page footer) that break inside one quote."""
    middle = text.rfind(" ", quote_start, (quote_start + quote_end) // 2)
    if middle <= quote_start:
        return text
    pages = (text[:middle], text[middle + 1 :])
    return "\n\f".join(
        f"{RUNNING_HEAD}\n{page}\nPage {number} of 2" for number, page in enumerate(pages, 1)
    )


@cache
def _open_corpus() -> tuple[tuple[str, str, str | None], ...]:
    """(id, clean text, state) of every open-split text about officers' liability."""
    items = []
    for path in sorted((CORPUS / "labels").glob("*.json")):
        label = json.loads(path.read_text("utf-8"))
        if label["split"] != "open":
            continue
        text_path = next((CORPUS / "texts").glob(f"{label['id']}.*"))
        items.append((label["id"], load_document(text_path).text, label.get("state")))
    return tuple(items)


@cache
def _dev_set(shared: Path) -> tuple[tuple[str, str, str | None], ...]:
    bills = json.loads((shared / "rubric" / "dev-evaluations.json").read_text("utf-8"))["bills"]
    return tuple((f"dev-{n}-{b['state']}", b["text"], b["state"]) for n, b in enumerate(bills))


def _verdicts(text: str, state: str | None) -> dict[str, str]:
    return evaluate(document_from_text(text), state=state).verdicts()


def _broken(items, transform: Callable[[str], str]) -> list[str]:
    broken = []
    for text_id, text, state in items:
        before = _verdicts(text, state)
        after = _verdicts(transform(text), state)
        broken += [
            f"{text_id} {criterion}: {before[criterion]} -> {after[criterion]}"
            for criterion in before
            if before[criterion] != after[criterion]
        ]
    return broken


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_open_corpus_verdicts_survive(name: str) -> None:
    broken = _broken(_open_corpus(), TRANSFORMS[name])
    assert not broken, f"{name} changed {len(broken)} verdicts:\n" + "\n".join(broken)


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_dev_set_verdicts_survive(name: str, shared_dir: Path) -> None:
    broken = _broken(_dev_set(shared_dir), TRANSFORMS[name])
    assert not broken, f"{name} changed {len(broken)} verdicts:\n" + "\n".join(broken)


def test_a_decisive_sentence_split_across_pages_keeps_its_verdict(shared_dir: Path) -> None:
    """Each clause a non-"no" verdict quotes, broken by a page break, still decides it."""
    broken = []
    for text_id, text, state in _open_corpus() + _dev_set(shared_dir):
        document = document_from_text(text)
        scorecard = evaluate(document, state=state)
        for result in scorecard.criteria:
            if result.verdict.value == "no" or not result.evidence:
                continue
            quote = result.evidence[0]
            split = _split_across_pages(document.text, quote.start, quote.end)
            after = _verdicts(split, state)[result.criterion_id]
            if after != result.verdict.value:
                broken.append(f"{text_id} {result.criterion_id}: {result.verdict.value} -> {after}")
    assert not broken, "\n".join(broken)


# A clause and its negation: the verdict on the criterion must flip.
NEGATION_PAIRS = [
    (
        "A peace officer who, under color of law, deprives any individual of his or her "
        "constitutional rights shall be liable to such individual. Qualified immunity {} a "
        "defense to liability under this section.",
        ("is not", "is"),
        "end.law_enforcement",
    ),
    (
        "A peace officer who, under color of law, deprives any individual of his or her "
        "constitutional rights shall be liable to such individual. Qualified immunity is not a "
        "defense. In any action brought under this section, the court {} reasonable attorney "
        "fees and costs to a prevailing plaintiff.",
        ("shall award", "may award"),
        "start.attorney_fees",
    ),
    (
        "A peace officer who, under color of law, deprives any individual of his or her "
        "constitutional rights shall be liable to such individual. Qualified immunity is not a "
        "defense. The employer {} indemnify the peace officer and shall satisfy the full amount "
        "of any judgment.",
        ("shall", "may"),
        "start.full_compensation",
    ),
    (
        "A peace officer who, under color of law, deprives any individual of his or her "
        "constitutional rights shall be liable to such individual. {} immunity, including "
        "qualified immunity, shall be a defense to liability under this section.",
        ("No", "Any"),
        "end.law_enforcement",
    ),
    (
        "A peace officer who, under color of law, deprives any individual of his or her "
        "constitutional rights shall be liable to such individual. A court {} dismiss an action "
        "under this section on the ground that the right was not clearly established.",
        ("may not", "may"),
        "end.law_enforcement",
    ),
]


@pytest.mark.parametrize(("template", "words", "criterion"), NEGATION_PAIRS)
def test_a_negated_variant_flips_the_verdict(template, words, criterion) -> None:
    meets, negated = (evaluate(template.format(w)).result(criterion) for w in words)
    assert meets.verdict.value == "yes", meets.explanation
    assert negated.verdict.value == "no", negated.explanation
