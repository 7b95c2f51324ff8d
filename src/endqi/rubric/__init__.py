"""The rubric as data: criteria, groups, verdict scale and model-policy language.

Pure Python; never imports Django.
"""

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
from endqi.rubric.glossary import Glossary
from endqi.rubric.scores import GroupScore, assessed_share, group_scores
from endqi.rubric.vocabulary import VERDICT_POINTS, Verdict, format_score

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
