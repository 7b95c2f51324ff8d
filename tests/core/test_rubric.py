"""The rubric data matches RUBRIC.md's identifiers and scoring rules."""

from __future__ import annotations

import re

import pytest

from endqi.rubric import CRITERIA, CRITERION_IDS, GROUPS, Verdict, format_score, group_maximum


def test_criterion_ids_match_rubric_md(shared_dir) -> None:
    text = (shared_dir / "rubric" / "RUBRIC.md").read_text(encoding="utf-8")
    in_md = re.findall(r"^\| `((?:end|start)\.[a-z_]+)` \|", text, flags=re.M)
    # The first table lists each criterion once per group table; order matters.
    assert list(dict.fromkeys(in_md)) == list(CRITERION_IDS)


def test_groups_and_maxima() -> None:
    assert [g.id for g in GROUPS] == ["end", "start"]
    assert group_maximum("end") == 4
    assert group_maximum("start") == 5


@pytest.mark.parametrize(
    ("verdict", "points"), [(Verdict.YES, 1.0), (Verdict.PARTIAL, 0.5), (Verdict.NO, 0.0)]
)
def test_verdict_points(verdict: Verdict, points: float) -> None:
    assert verdict.points == points


@pytest.mark.parametrize(
    ("score", "maximum", "text"), [(3, 4, "3/4"), (3.5, 5, "3.5/5"), (0, 5, "0/5"), (4.0, 4, "4/4")]
)
def test_format_score(score: float, maximum: int, text: str) -> None:
    assert format_score(score, maximum) == text


def test_every_criterion_has_meanings_and_model_language() -> None:
    for criterion in CRITERIA:
        assert set(criterion.meaning) == set(Verdict)
        assert len(criterion.model_language) > 80
        assert criterion.group in {"end", "start"}
