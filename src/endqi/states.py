"""The 50 states and DC: names, postal abbreviations and FIPS codes.

This is the one place the list of valid state abbreviations comes from; URL
patterns, forms, importers and the command line all read it. The table is
written out here (it changes only if the Union does), so the pure core needs no
package and no Django to know the states.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StateInfo:
    """Reference facts about one state (or DC)."""

    abbr: str  # upper case, e.g. "MO"
    name: str
    fips: str  # two-digit Federal Information Processing Standards code

    @property
    def slug(self) -> str:
        """Lower-case abbreviation used in URLs, e.g. ``mo``."""
        return self.abbr.lower()


# (postal abbreviation, name, FIPS code), sorted by name.
_STATE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("AL", "Alabama", "01"),
    ("AK", "Alaska", "02"),
    ("AZ", "Arizona", "04"),
    ("AR", "Arkansas", "05"),
    ("CA", "California", "06"),
    ("CO", "Colorado", "08"),
    ("CT", "Connecticut", "09"),
    ("DE", "Delaware", "10"),
    ("DC", "District of Columbia", "11"),
    ("FL", "Florida", "12"),
    ("GA", "Georgia", "13"),
    ("HI", "Hawaii", "15"),
    ("ID", "Idaho", "16"),
    ("IL", "Illinois", "17"),
    ("IN", "Indiana", "18"),
    ("IA", "Iowa", "19"),
    ("KS", "Kansas", "20"),
    ("KY", "Kentucky", "21"),
    ("LA", "Louisiana", "22"),
    ("ME", "Maine", "23"),
    ("MD", "Maryland", "24"),
    ("MA", "Massachusetts", "25"),
    ("MI", "Michigan", "26"),
    ("MN", "Minnesota", "27"),
    ("MS", "Mississippi", "28"),
    ("MO", "Missouri", "29"),
    ("MT", "Montana", "30"),
    ("NE", "Nebraska", "31"),
    ("NV", "Nevada", "32"),
    ("NH", "New Hampshire", "33"),
    ("NJ", "New Jersey", "34"),
    ("NM", "New Mexico", "35"),
    ("NY", "New York", "36"),
    ("NC", "North Carolina", "37"),
    ("ND", "North Dakota", "38"),
    ("OH", "Ohio", "39"),
    ("OK", "Oklahoma", "40"),
    ("OR", "Oregon", "41"),
    ("PA", "Pennsylvania", "42"),
    ("RI", "Rhode Island", "44"),
    ("SC", "South Carolina", "45"),
    ("SD", "South Dakota", "46"),
    ("TN", "Tennessee", "47"),
    ("TX", "Texas", "48"),
    ("UT", "Utah", "49"),
    ("VT", "Vermont", "50"),
    ("VA", "Virginia", "51"),
    ("WA", "Washington", "53"),
    ("WV", "West Virginia", "54"),
    ("WI", "Wisconsin", "55"),
    ("WY", "Wyoming", "56"),
)

_ALL_STATES: tuple[StateInfo, ...] = tuple(
    StateInfo(abbr=abbr, name=name, fips=fips) for abbr, name, fips in _STATE_ROWS
)


def all_states() -> tuple[StateInfo, ...]:
    """The 50 states plus DC, sorted by name."""
    return _ALL_STATES


STATES_BY_ABBR: dict[str, StateInfo] = {state.abbr: state for state in _ALL_STATES}
STATE_CHOICES: tuple[tuple[str, str], ...] = tuple((s.abbr, s.name) for s in _ALL_STATES)
# A regex alternation of valid lower-case abbreviations, for URL patterns (/mo/ but not /zz/).
STATE_SLUG_PATTERN = "(?P<abbr>" + "|".join(sorted(s.slug for s in _ALL_STATES)) + ")"


def get_state_info(abbr: str) -> StateInfo:
    """Look a state up by postal abbreviation, any case; ``KeyError`` if unknown."""
    return STATES_BY_ABBR[abbr.strip().upper()]
