"""What a stored text can decide: criteria a passage leaves open, and scores over the rest.

Many bills are stored only as passages of their text. The evaluator answers
"no" for a criterion when it finds no clause about it; on the whole bill that
is a finding, but on a passage it only means the passage is silent. Such a
criterion is *not assessed*: pages show "not in the text we have", group scores
say how many criteria were assessed ("2/3 assessed of 4"), and the map and
rankings leave it out instead of counting it against the state.

The rule lives here once (:func:`decides`); evaluations store its answer per
criterion (``CriterionResult.assessed``), and a reviewer's verdict always
counts as assessed. The sums over assessed criteria are the rubric's
(:func:`endqi.rubric.group_scores`, :func:`endqi.rubric.assessed_share`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext_noop

from endqi.rubric import Verdict

# Shown instead of a verdict for a criterion the stored passage does not decide.
# Marked for translation; pages call gettext() on it (the API and exports stay English).
NOT_IN_TEXT_LABEL = gettext_noop("Not in the text we have")


def decides(*, passage: bool, verdict: str, evidence: Sequence[Any]) -> bool:
    """Whether a stored text decides a criterion.

    Whole texts decide every criterion. A passage decides a criterion when the
    evaluator quoted something for it or found it (partly) met; an automatic
    "no" with no quoted clause on a passage is silence, not a finding.
    """
    if not passage:
        return True
    return bool(evidence) or verdict != Verdict.NO.value
