"""The gap list lives in :mod:`endqi.rubric.gaps` (pure, shared with the command line)."""

from endqi.rubric.gaps import Gap, find_gaps, met_criteria

__all__ = ["Gap", "find_gaps", "met_criteria"]
