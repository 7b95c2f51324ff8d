"""The 50 states and DC: names, postal abbreviations and FIPS codes from the ``us`` package.

This is the one place the list of valid state abbreviations comes from; URL
patterns, forms and importers all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import us


@dataclass(frozen=True, slots=True)
class StateInfo:
    """Reference facts about one state (or DC)."""

    abbr: str  # upper case, e.g. "MO"
    name: str
    fips: str

    @property
    def slug(self) -> str:
        """Lower-case abbreviation used in URLs, e.g. ``mo``."""
        return self.abbr.lower()


@cache
def all_states() -> tuple[StateInfo, ...]:
    """The 50 states plus DC, sorted by name."""
    states = [
        StateInfo(abbr=s.abbr, name=s.name, fips=s.fips)
        for s in us.states.STATES_AND_TERRITORIES
        if not s.is_territory or s.abbr == "DC"
    ]
    if not any(s.abbr == "DC" for s in states):
        dc = us.states.DC
        states.append(StateInfo(abbr=dc.abbr, name=dc.name, fips=dc.fips))
    return tuple(sorted(states, key=lambda s: s.name))


STATES_BY_ABBR: dict[str, StateInfo] = {state.abbr: state for state in all_states()}
STATE_CHOICES: tuple[tuple[str, str], ...] = tuple((s.abbr, s.name) for s in all_states())
# A regex alternation of valid lower-case abbreviations, for URL patterns (/mo/ but not /zz/).
STATE_SLUG_PATTERN = "(?P<abbr>" + "|".join(sorted(s.slug for s in all_states())) + ")"


def get_state_info(abbr: str) -> StateInfo:
    """Look a state up by postal abbreviation, any case; ``KeyError`` if unknown."""
    return STATES_BY_ABBR[abbr.strip().upper()]
