"""The national overview on the home page: each state's best bill, the map and its legend.

Not HTTP: :func:`overview_fragment` renders the map, legend and table as one HTML
fragment, cached under a fingerprint of the legislation tables, which the home
view inserts. The colour tiers are defined here once; the legend reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, gettext_noop

from endqi.legislation.models import State
from endqi.legislation.status import BillStatus, StatusOutcome, status_outcome
from endqi.rubric import CRITERIA
from endqi.states import all_states
from endqi.web import usmap
from endqi.web.fingerprint import app_models, table_fingerprint

# Map colour tiers by the share of assessed criteria a bill meets (defined once; the legend
# reads them). With all nine criteria assessed these are 6 and 3 points of 9; criteria the
# stored text does not decide are left out rather than counted as unmet.
STRONG_SHARE = 6 / 9
MODERATE_SHARE = 3 / 9
# Marked with gettext_noop (plain English); the legend translates them where it shows them.
TIER_LABELS: dict[str, str] = {
    "strong": gettext_noop(
        "Strong bill (meets two-thirds or more of the criteria assessed; 6 to 9 of 9)"
    ),
    "moderate": gettext_noop("Moderate bill (one-third to two-thirds of the criteria assessed)"),
    "weak": gettext_noop("Weak bill (under one-third of the criteria assessed)"),
    "none": gettext_noop("No bill tracked"),
}
# How long a cached home-page fragment may live even if nothing seems to change
# (a safety net for writes that bypass the ORM's save()).
OVERVIEW_CACHE_SECONDS = 600


def score_tier(share: float | None) -> str:
    """``strong``, ``moderate`` or ``weak`` for the share (0 to 1) of assessed criteria met."""
    # A tiny tolerance so 6 of 9 (0.666...) counts as two-thirds.
    if share is None or share < MODERATE_SHARE - 1e-9:
        return "weak"
    return "strong" if share >= STRONG_SHARE - 1e-9 else "moderate"


@dataclass(frozen=True, slots=True)
class StateRow:
    """One state in the national overview: its best published bill, if any (picklable)."""

    abbr: str
    name: str
    fips: str
    url: str
    bill_identifier: str = ""
    bill_year: int | None = None
    bill_url: str = ""
    status: str = ""
    end_text: str = ""
    start_text: str = ""
    share: float | None = None
    assessed: int = 0
    bill_count: int = 0
    local_count: int = 0

    @property
    def tier(self) -> str:
        """Colour tier on the map."""
        return score_tier(self.share) if self.bill_identifier else "none"

    @property
    def outcome(self) -> str:
        """``enacted``, ``pending``, ``defeated`` or empty when there is no bill."""
        if not self.status:
            return ""
        return status_outcome(self.status).value

    @property
    def status_label(self) -> str:
        """The status word, e.g. "Failed"."""
        return BillStatus(self.status).label if self.status else ""

    def map_label(self) -> str:
        """The map tooltip and accessible name: everything the colour says, in words."""
        if not self.bill_identifier:
            return f"{self.name}: no bill tracked yet"
        year = f" ({self.bill_year})" if self.bill_year else ""
        scores = (
            f"end {self.end_text}, start {self.start_text}" if self.end_text else "not evaluated"
        )
        more = f"; {self.bill_count} bills tracked" if self.bill_count > 1 else ""
        return f"{self.name}: {self.bill_identifier}{year}, {self.status_label}; {scores}{more}"

    @property
    def partly_assessed(self) -> bool:
        """Whether the best bill's stored text leaves some criteria undecided."""
        return bool(self.bill_identifier) and self.assessed < len(CRITERIA)


def national_overview() -> list[StateRow]:
    """Every state with its best published state bill, in a constant number of queries.

    Local laws (a city's or county's) never stand for the state; they are counted
    separately so the table can mention them.
    """
    by_abbr = {state.abbr: state for state in State.objects.with_published_bills()}
    rows = []
    for info in all_states():
        state = by_abbr.get(info.abbr)
        bill = state.best_bill() if state is not None else None
        place = {
            "abbr": info.abbr,
            "name": info.name,
            "fips": info.fips,
            "url": reverse("legislation:state", kwargs={"abbr": info.slug}),
            "local_count": len(state.local_bills()) if state is not None else 0,
        }
        if bill is None:
            rows.append(StateRow(**place))
            continue
        evaluation = bill.current_evaluation
        groups = {group.id: group.text for group in evaluation.groups} if evaluation else {}
        rows.append(
            StateRow(
                **place,
                bill_identifier=bill.identifier,
                bill_year=bill.year,
                bill_url=bill.get_absolute_url(),
                status=bill.status,
                end_text=groups.get("end", ""),
                start_text=groups.get("start", ""),
                share=evaluation.assessed_share() if evaluation else None,
                assessed=evaluation.assessed_count() if evaluation else 0,
                bill_count=len(state.state_bills()),
            )
        )
    return rows


def _hatch_pattern(tier: str, line_class: str) -> str:
    """An SVG pattern: the tier colour crossed by diagonal lines (bills that failed)."""
    return (
        f'<pattern id="hatch-{tier}" width="7" height="7" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)">'
        f'<rect width="7" height="7" class="hatch-bg-{tier}"/>'
        f'<line x1="1" y1="0" x2="1" y2="7" class="{line_class}"/></pattern>'
    )


MAP_PATTERNS = "".join(
    [
        _hatch_pattern("weak", "hatch-line-dark"),
        _hatch_pattern("moderate", "hatch-line"),
        _hatch_pattern("strong", "hatch-line"),
    ]
)


def map_css_class(row: StateRow) -> str:
    """CSS classes of a state's shape: its tier, and ``status-dead`` for defeated bills."""
    classes = [f"tier-{row.tier}"]
    if row.outcome == StatusOutcome.DEFEATED:
        classes.append("status-dead")
    return " ".join(classes)


def render_national_map(rows: list[StateRow]) -> tuple[str, str]:
    """``(svg, error)``: the map as inline SVG, or a message saying how to install its data."""
    try:
        shapes = usmap.load_state_shapes(usmap.atlas_path(settings.NODE_MODULES_DIR))
    except usmap.MapDataMissing as error:
        return "", str(error)
    styles = {
        row.fips: usmap.StateStyle(
            css_class=map_css_class(row),
            href=row.url,
            label=row.map_label(),
            marker=row.outcome == StatusOutcome.ENACTED,
        )
        for row in rows
    }
    svg = usmap.render_svg(
        shapes,
        styles,
        title="Map of bills to end qualified immunity, by state",
        description=(
            "Each state is shaded by the score of its best bill; hatched states' best bill "
            "failed, was vetoed or withdrawn; a dot marks a bill that became law. "
            "The table below lists the same facts."
        ),
        defs=MAP_PATTERNS,
    )
    return svg, ""


def data_fingerprint() -> str:
    """A string that changes whenever bills, evaluations, reviews or statuses change."""
    return table_fingerprint(app_models(["legislation"]))


DISTRICT_OF_COLUMBIA = "DC"


def overview_fragment() -> str:
    """The map, its legend and the table alternative as HTML, cached per data version."""
    key = f"endqi:home-overview:v3:{get_language()}:{data_fingerprint()}"
    fragment = cache.get(key)
    if fragment is None:
        rows = national_overview()
        svg, map_error = render_national_map(rows)
        fragment = render_to_string(
            "legislation/_overview.html",
            {
                "rows": rows,
                "map_svg": mark_safe(svg),  # built by usmap.render_svg, which escapes every value
                "map_error": map_error,
                "install_command": usmap.INSTALL_HINT,
                "legend": legend_items(),
                "states_with_bills": sum(1 for row in rows if row.bill_identifier),
                "jurisdictions_text": jurisdictions_text(rows),
            },
        )
        cache.set(key, fragment, OVERVIEW_CACHE_SECONDS)
    return fragment


def jurisdictions_text(rows: list[StateRow]) -> str:
    """``the 50 states and DC``: the states counted without DC, which is named apart."""
    states = sum(1 for row in rows if row.abbr != DISTRICT_OF_COLUMBIA)
    has_dc = any(row.abbr == DISTRICT_OF_COLUMBIA for row in rows)
    if has_dc:
        return gettext("the %(count)s states and DC") % {"count": states}
    return gettext("the %(count)s states") % {"count": states}


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One legend entry: the CSS classes of its swatch, whether it has a dot, its words."""

    css_class: str
    label: str
    marker: bool = False


def legend_items() -> list[LegendItem]:
    """Legend entries in the order a reader needs them."""
    return [
        LegendItem("tier-strong", gettext(TIER_LABELS["strong"])),
        LegendItem("tier-moderate", gettext(TIER_LABELS["moderate"])),
        LegendItem("tier-weak", gettext(TIER_LABELS["weak"])),
        LegendItem("tier-none", gettext(TIER_LABELS["none"])),
        LegendItem(
            "tier-moderate status-dead",
            gettext("Hatched: the best bill failed, was vetoed or withdrawn"),
        ),
        LegendItem("tier-strong", gettext("Dot: the bill became law"), marker=True),
    ]
