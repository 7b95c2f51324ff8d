"""Check the labelled corpus files by hand: ``python tests/corpus/check_labels.py``.

Not a pytest module (the corpus test lives in tests/core/test_corpus.py); this is a quick
way for whoever adds texts to see that every label file parses, names one text, carries the
required keys and the split its id dictates.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
CRITERIA = (
    "end.law_enforcement",
    "end.public_employees",
    "end.state_constitution",
    "end.damage_caps",
    "start.failure_to_intervene",
    "start.full_compensation",
    "start.attorney_fees",
    "start.individual_accountability",
    "start.public_records",
)
REQUIRED = (
    "id",
    "jurisdiction",
    "state",
    "kind",
    "relevance",
    "session",
    "number",
    "title",
    "version",
    "source",
    "coverage",
    "split",
    "labels",
)
KINDS = {"state-bill", "federal-bill", "model-bill", "ordinance", "statute"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def expected_split(text_id: str) -> str:
    """Return the split the README's rule assigns to ``text_id``."""
    first = hashlib.sha256(text_id.encode("utf-8")).hexdigest()[0]
    return "frozen" if first in "01234" else "open"


def problems_in(path: Path) -> list[str]:
    """Return every problem found in one label file (empty when it is sound)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{path.name}: does not parse: {error}"]
    found = [f"{path.name}: missing key {key}" for key in REQUIRED if key not in data]
    if found:
        return found
    text_id = data["id"]
    if path.stem != text_id or not ID_PATTERN.match(text_id):
        found.append(f"{path.name}: id {text_id!r} does not match the file name or pattern")
    texts = list((CORPUS / "texts").glob(f"{text_id}.*"))
    if len(texts) != 1:
        found.append(f"{path.name}: expected one text file, found {len(texts)}")
    if data["kind"] not in KINDS:
        found.append(f"{path.name}: unknown kind {data['kind']!r}")
    if data["relevance"] not in ("qi", "unrelated"):
        found.append(f"{path.name}: unknown relevance {data['relevance']!r}")
    if data["split"] != expected_split(text_id):
        found.append(f"{path.name}: split should be {expected_split(text_id)}")
    labels = data["labels"]
    if data["coverage"] == "whole" and set(labels) != set(CRITERIA):
        found.append(f"{path.name}: a whole text needs all nine criteria")
    for criterion, label in labels.items():
        if criterion not in CRITERIA:
            found.append(f"{path.name}: unknown criterion {criterion}")
        elif label.get("verdict") not in ("yes", "partial", "no") or not label.get("reason"):
            found.append(f"{path.name}: {criterion} needs a verdict and a reason")
    return found


def main() -> int:
    """Check every label file and print what is wrong; exit 1 when anything is."""
    problems: list[str] = []
    for path in sorted((CORPUS / "labels").glob("*.json")):
        problems.extend(problems_in(path))
    for line in problems:
        print(line)
    count = len(list((CORPUS / "labels").glob("*.json")))
    print(f"{count} label files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
