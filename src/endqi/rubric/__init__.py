"""The rubric as data: criteria, groups, verdict scale and model-policy language.

Pure Python; never imports Django. :class:`Glossary` (the explanations of legal
terms, for pages and the gap list) is imported on first use: scoring never needs it.
"""

from typing import TYPE_CHECKING, Any

from endqi.rubric.criteria import (
    CRITERIA,
    CRITERIA_BY_ID,
    CRITERION_IDS,
    GROUPS,
    GROUPS_BY_ID,
    RUBRIC_VERSION,
    Criterion,
    Group,
    criteria_in_group,
    get_criterion,
    group_maximum,
    model_policy_text,
)
from endqi.rubric.scores import GroupScore, assessed_share, group_scores
from endqi.rubric.vocabulary import VERDICT_POINTS, Verdict, format_score

if TYPE_CHECKING:  # pragma: no cover
    from endqi.rubric.glossary import Glossary

__all__ = [
    "CRITERIA",
    "CRITERIA_BY_ID",
    "CRITERION_IDS",
    "GROUPS",
    "GROUPS_BY_ID",
    "RUBRIC_VERSION",
    "VERDICT_POINTS",
    "Criterion",
    "Glossary",
    "Group",
    "GroupScore",
    "Verdict",
    "assessed_share",
    "criteria_in_group",
    "format_score",
    "get_criterion",
    "group_maximum",
    "group_scores",
    "model_policy_text",
]


def __getattr__(name: str) -> Any:
    """Resolve :class:`Glossary` on first use."""
    if name == "Glossary":
        from endqi.rubric.glossary import Glossary

        return Glossary
    raise AttributeError(f"module 'endqi.rubric' has no attribute {name!r}")
