"""Find a visitor's state legislators and governor.

Public functions (used by the pages, the API and the action app):

- ``officials_for_point(lat, lon)``: exact, from imported district shapes.
- ``officials_for_zip(zip_code)``: approximate, from the ZIP's centroid (offline data
  of the ``zipcodes`` package) plus every district within a few km as alternatives.
- ``officials_for_districts(state, upper=..., lower=...)``: the visitor's own choice.
- ``officials_for_address(address)``: Census geocoder, only when configured.

Each returns a ``LookupResult``; bad input raises ``LookupInputError`` whose message
is one sentence fit to show the visitor.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from django.db.models import Prefetch
from django.utils.translation import gettext

from endqi.legislation.models import State
from endqi.officials import geo
from endqi.officials.models import District, Person, Role, Vacancy
from endqi.officials.vocabulary import (
    EXACT_METHODS,
    GOVERNOR,
    LEGISLATIVE_CHAMBERS,
    ZIP_SEARCH_RADIUS_KM,
    Chamber,
    LookupMethod,
    district_key,
    district_sort_key,
)
from endqi.states import StateInfo, get_state_info

ZIP_PATTERN = re.compile(r"^\d{5}$")


class LookupInputError(ValueError):
    """The visitor's input cannot be used; ``str(error)`` is one clear sentence."""


@dataclass(slots=True)
class Seat:
    """One district's seat(s) in one chamber and who holds them."""

    chamber: str
    district: str
    officials: list[Person]
    vacancy: Vacancy | None = None

    @property
    def chamber_label(self) -> str:
        """``Senate`` / ``House`` / ``Legislature``."""
        return gettext(Chamber(self.chamber).label)

    @property
    def vacant(self) -> bool:
        """True when nobody currently holds the seat."""
        return not self.officials

    def as_dict(self) -> dict:
        """JSON shape of a seat."""
        return {
            "chamber": self.chamber,
            "district": self.district,
            "officials": [person.as_dict() for person in self.officials],
            "vacant": self.vacant,
            "vacant_until": (
                self.vacancy.vacant_until.isoformat()
                if self.vacancy and self.vacancy.vacant_until
                else None
            ),
        }


@dataclass(slots=True)
class DistrictOption:
    """A district the visitor may be in (ZIP lookups): pick one to override."""

    chamber: str
    district: str
    contains_centroid: bool
    distance_km: float

    def as_dict(self) -> dict:
        """JSON shape of an option."""
        return {
            "chamber": self.chamber,
            "district": self.district,
            "contains_centroid": self.contains_centroid,
            "distance_km": self.distance_km,
        }


@dataclass(slots=True)
class LookupResult:
    """The answer to "who represents me?"."""

    method: str  # a LookupMethod value
    state: StateInfo | None = None
    seats: list[Seat] = field(default_factory=list)  # upper first, then lower
    governor: list[Person] = field(default_factory=list)
    options: dict[str, list[DistrictOption]] = field(default_factory=dict)  # ZIP: per chamber
    latitude: float | None = None
    longitude: float | None = None
    zip_code: str = ""
    place: str = ""  # "Jefferson City, MO" for ZIPs; matched address for geocoding
    districts_loaded: bool = False
    officials_loaded: bool = False
    notes: list[str] = field(default_factory=list)  # shown to the visitor

    @property
    def exact(self) -> bool:
        """True for a location, an address or a chosen district; False for ZIP/state."""
        return self.method in EXACT_METHODS

    @property
    def method_label(self) -> str:
        """``your ZIP code``…"""
        return gettext(LookupMethod(self.method).label)

    @property
    def upper(self) -> Seat | None:
        """The Senate seat (or None)."""
        return self._seat(Chamber.UPPER)

    @property
    def lower(self) -> Seat | None:
        """The House seat (or the unicameral seat)."""
        return self._seat(Chamber.LOWER) or self._seat(Chamber.LEGISLATURE)

    def _seat(self, chamber: str) -> Seat | None:
        return next((seat for seat in self.seats if seat.chamber == chamber), None)

    @property
    def legislators(self) -> list[Person]:
        """Every legislator found, senators first."""
        return [person for seat in self.seats for person in seat.officials]

    @property
    def officials(self) -> list[Person]:
        """Legislators, then the governor (no duplicates)."""
        seen: set[int] = set()
        people: list[Person] = []
        for person in [*self.legislators, *self.governor]:
            if person.pk not in seen:
                seen.add(person.pk)
                people.append(person)
        return people

    @property
    def found(self) -> bool:
        """True when at least one seat was identified."""
        return bool(self.seats)

    @property
    def has_options(self) -> bool:
        """True when there is more than one possible district in some chamber."""
        return any(len(options) > 1 for options in self.options.values())

    def district_choice(self, chamber: str) -> str:
        """The district currently chosen for ``chamber`` (empty if none)."""
        seat = self._seat(chamber)
        return seat.district if seat else ""

    def as_dict(self) -> dict:
        """JSON shape of the whole answer (API)."""
        return {
            "method": self.method,
            "exact": self.exact,
            "state": self.state.abbr if self.state else None,
            "state_name": self.state.name if self.state else None,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "zip": self.zip_code or None,
            "place": self.place or None,
            "seats": [seat.as_dict() for seat in self.seats],
            "governor": [person.as_dict() for person in self.governor],
            "options": {
                chamber: [option.as_dict() for option in options]
                for chamber, options in self.options.items()
            },
            "districts_loaded": self.districts_loaded,
            "officials_loaded": self.officials_loaded,
            "notes": self.notes,
        }


# ---------------------------------------------------------------------------
# What is loaded


def officials_loaded(state_abbr: str | None = None) -> bool:
    """Whether any current official is imported (for a state, or at all)."""
    people = Person.objects.filter(current=True)
    if state_abbr:
        people = people.filter(state__abbr=state_abbr)
    return people.exists()


def districts_loaded(state_abbr: str | None = None) -> bool:
    """Whether district shapes are imported (for a state, or at all)."""
    districts = District.objects.all()
    if state_abbr:
        districts = districts.filter(state__abbr=state_abbr)
    return districts.exists()


def known_districts(state_abbr: str) -> dict[str, list[str]]:
    """District names per legislative chamber for a state, from seats, vacancies and shapes.

    Names are deduplicated by ``district_key``; the people data's spelling wins.
    """
    names: dict[str, dict[str, str]] = {chamber: {} for chamber in LEGISLATIVE_CHAMBERS}
    sources = [
        Role.objects.filter(
            state__abbr=state_abbr, chamber__in=LEGISLATIVE_CHAMBERS, current=True
        ).values_list("chamber", "district"),
        Vacancy.objects.filter(state__abbr=state_abbr).values_list("chamber", "district"),
        District.objects.filter(state__abbr=state_abbr).values_list("chamber", "name"),
    ]
    for rows in sources:
        for chamber, name in rows:
            if name and chamber in names:
                names[chamber].setdefault(district_key(name), name)
    return {
        chamber: sorted(found.values(), key=district_sort_key)
        for chamber, found in names.items()
        if found
    }


# ---------------------------------------------------------------------------
# Lookups


def officials_for_districts(
    state: str,
    upper: str | None = None,
    lower: str | None = None,
    legislature: str | None = None,
    *,
    method: str = LookupMethod.DISTRICTS,
) -> LookupResult:
    """The officials of the given districts of ``state`` (any of them may be omitted).

    Unknown district names raise ``LookupInputError``; a seat with nobody in it is
    returned as vacant.
    """
    info = _state_info(state)
    result = _new_result(info, method)
    wanted = {Chamber.UPPER: upper, Chamber.LOWER: lower, Chamber.LEGISLATURE: legislature}
    known = known_districts(info.abbr) if any(wanted.values()) else {}
    for chamber, name in wanted.items():
        if not name:
            continue
        canonical = _match_district(name, known.get(chamber, []))
        if canonical is None:
            label = gettext(Chamber(chamber).label)
            raise LookupInputError(
                gettext("%(state)s has no %(chamber)s district named “%(name)s”.")
                % {"state": info.name, "chamber": label, "name": name.strip()}
            )
        result.seats.append(_seat(info.abbr, chamber, canonical))
    return result


def officials_for_point(lat: float, lon: float) -> LookupResult:
    """Exact lookup: the districts containing the point and their officials."""
    lat, lon = _check_coordinates(lat, lon)
    hits = [hit for hit in geo.districts_at_point(lon, lat) if hit.contains_point]
    if hits:
        state = hits[0].state
        chosen: dict[str, str] = {}
        for hit in hits:
            if hit.state == state:
                chosen.setdefault(hit.chamber, hit.name)
        result = officials_for_districts(state, method=LookupMethod.LOCATION, **chosen)
        # More than one district per chamber happens with overlapping (floterial) seats.
        for chamber in {hit.chamber for hit in hits if hit.state == state}:
            extra = [h for h in hits if h.chamber == chamber and h.name != chosen[chamber]]
            for hit in extra:
                result.seats.append(_seat(state, chamber, hit.name))
        result.seats.sort(key=_seat_order)
    else:
        state = nearest_zip_state(lat, lon)
        if state is None:
            raise LookupInputError(gettext("That location is not in a U.S. state we know."))
        result = _new_result(get_state_info(state), LookupMethod.STATE)
        result.notes.append(_no_districts_note(result))
    result.latitude, result.longitude = lat, lon
    return result


def officials_for_zip(zip_code: str) -> LookupResult:
    """Approximate lookup from a ZIP code's centroid, with every nearby district as an option."""
    record = zip_record(zip_code)
    state = record["state"]
    lat, lon = float(record["lat"]), float(record["long"])
    try:
        info = get_state_info(state)
    except KeyError:
        raise LookupInputError(
            gettext("ZIP code %(zip)s is in %(state)s, which has no state legislature here.")
            % {"zip": zip_code, "state": state}
        ) from None
    result = _new_result(info, LookupMethod.ZIP)
    result.zip_code = record["zip_code"]
    result.place = f"{record['city'].title()}, {state}"
    result.latitude, result.longitude = lat, lon
    nearby = _nearby_districts(result.zip_code, info.abbr, lon, lat)
    if not nearby:
        result.notes.append(_no_districts_note(result))
        return result
    for chamber in LEGISLATIVE_CHAMBERS:
        options = [option for option in nearby if option.chamber == chamber]
        options.sort(key=lambda o: (not o.contains_centroid, o.distance_km))
        if options:
            result.options[chamber] = options
            result.seats.append(_seat(info.abbr, chamber, options[0].district))
    result.seats.sort(key=_seat_order)
    return result


def _nearby_districts(zip_code: str, state: str, lon: float, lat: float) -> list[DistrictOption]:
    """Districts near a ZIP's centroid: precomputed at import, else from the shapes."""
    from endqi.officials.zipindex import zip_district_rows

    rows = zip_district_rows(zip_code, state)
    if rows is not None:
        return [
            DistrictOption(row.chamber, row.district, row.contains_centroid, row.distance_km)
            for row in rows
        ]
    return [
        DistrictOption(hit.chamber, hit.name, hit.contains_point, hit.distance_km)
        for hit in geo.districts_near_point(lon, lat, ZIP_SEARCH_RADIUS_KM)
        if hit.state == state
    ]


def officials_for_address(address: str) -> LookupResult:
    """Geocode a street address with the Census geocoder, then look the point up exactly.

    Raises ``LookupInputError`` when geocoding is not configured, fails or finds nothing.
    """
    from endqi.officials.geocoder import GeocoderError, geocode_address

    try:
        match = geocode_address(address)
    except GeocoderError as error:
        raise LookupInputError(str(error)) from None
    result = officials_for_point(match.latitude, match.longitude)
    if result.method == LookupMethod.LOCATION:
        result.method = LookupMethod.ADDRESS
    result.place = match.matched_address
    return result


def officials_for_state(state: str) -> LookupResult:
    """Only the state (and its governor): the starting point for choosing districts."""
    info = _state_info(state)
    return _new_result(info, LookupMethod.STATE)


def current_officials(state: str) -> list[Person]:
    """Every current official of a state, with current roles prefetched."""
    info = _state_info(state)
    return list(
        _people_query().filter(state__abbr=info.abbr, current=True).order_by("family_name", "name")
    )


# The plain GET parameters every lookup path understands (pages, API, action app).
LOOKUP_PARAMS: tuple[str, ...] = (
    "lat",
    "lon",
    "zip",
    "address",
    "district_upper",
    "district_lower",
    "district_legislature",
)
MAX_PARAM_LENGTH = 200


def clean_params(query: Mapping[str, str]) -> dict[str, str]:
    """The non-empty lookup parameters of a query, trimmed and length-limited."""
    params = {}
    for name in LOOKUP_PARAMS:
        value = " ".join(str(query.get(name) or "").split())
        if value:
            params[name] = value[:MAX_PARAM_LENGTH]
    return params


def lookup_from_params(params: Mapping[str, str], state: str | None = None) -> LookupResult | None:
    """Run the lookup the parameters ask for; None when they ask for nothing.

    Precedence: chosen districts (the override), then location, then address, then
    ZIP. Districts need a state (from the URL or ``state``); so does nothing else.
    """
    upper = params.get("district_upper")
    lower = params.get("district_lower")
    legislature = params.get("district_legislature")
    if upper or lower or legislature:
        if not state:
            raise LookupInputError(gettext("Choose a state before choosing districts."))
        return officials_for_districts(state, upper=upper, lower=lower, legislature=legislature)
    if params.get("lat") or params.get("lon"):
        if not (params.get("lat") and params.get("lon")):
            raise LookupInputError(gettext("A location needs both a latitude and a longitude."))
        return officials_for_point(params["lat"], params["lon"])
    if params.get("address"):
        return officials_for_address(params["address"])
    if params.get("zip"):
        return officials_for_zip(params["zip"])
    if state:
        return officials_for_state(state)
    return None


# ---------------------------------------------------------------------------
# ZIP codes


def zip_record(zip_code: str) -> dict:
    """The ``zipcodes`` record of a 5-digit ZIP code; ``LookupInputError`` if unknown."""
    cleaned = (zip_code or "").strip()
    if not ZIP_PATTERN.match(cleaned):
        raise LookupInputError(gettext("A ZIP code is five digits, like 65101."))
    record = _zip_records().get(cleaned)
    if record is None:
        raise LookupInputError(gettext("ZIP code %(zip)s was not found.") % {"zip": cleaned})
    return dict(record)


def warm_zip_records() -> None:
    """Load the ZIP table now (a server's master process, before its workers fork)."""
    _zip_records()


@cache
def _zip_records() -> dict[str, dict]:
    """Every ZIP code with a centroid, by code (the package scans a list on each match)."""
    import zipcodes

    records: dict[str, dict] = {}
    for record in zipcodes.list_all():
        if record.get("lat") and record.get("long"):
            records.setdefault(record["zip_code"], record)
    return records


@cache
def _zip_points() -> tuple[object, list[str]]:
    """An STRtree of every active ZIP centroid, and the state of each (loaded once)."""
    import shapely
    import zipcodes
    from shapely.strtree import STRtree

    coordinates, states = [], []
    for record in zipcodes.list_all():
        if record.get("active") and record.get("lat") and record.get("long"):
            coordinates.append((float(record["long"]), float(record["lat"])))
            states.append(record["state"])
    return STRtree(shapely.points(coordinates)), states


def nearest_zip_state(lat: float, lon: float, max_km: float = 60.0) -> str | None:
    """The state of the nearest ZIP centroid (None when none is within ``max_km``).

    Only used to name the state when no district shapes cover a point.
    """
    from shapely.geometry import Point

    tree, states = _zip_points()
    position = tree.nearest(Point(lon, lat))
    if position is None:
        return None
    nearest = tree.geometries[int(position)]
    distance = math.hypot(
        (nearest.x - lon) * 111.32 * math.cos(math.radians(lat)), (nearest.y - lat) * 111.32
    )
    state = states[int(position)]
    if distance > max_km:
        return None
    try:
        return get_state_info(state).abbr
    except KeyError:
        return None


# ---------------------------------------------------------------------------
# helpers


def _state_info(state: str) -> StateInfo:
    try:
        return get_state_info(state or "")
    except KeyError:
        raise LookupInputError(
            gettext("“%(state)s” is not a state abbreviation.") % {"state": state}
        ) from None


def _new_result(info: StateInfo, method: str) -> LookupResult:
    result = LookupResult(method=method, state=info)
    result.governor = governors(info.abbr)
    result.officials_loaded = officials_loaded(info.abbr)
    result.districts_loaded = districts_loaded(info.abbr)
    return result


def _people_query():
    return Person.objects.select_related("state").prefetch_related(
        Prefetch("roles", queryset=Role.objects.select_related("state").filter(current=True))
    )


def governors(state_abbr: str) -> list[Person]:
    """The current governor(s) of a state (staff-added ones included)."""
    return list(
        _people_query()
        .filter(
            current=True,
            roles__state__abbr=state_abbr,
            roles__role_type=GOVERNOR,
            roles__current=True,
        )
        .distinct()
    )


def _seat(state_abbr: str, chamber: str, district: str) -> Seat:
    key = district_key(district)
    roles = Role.objects.filter(
        state__abbr=state_abbr, chamber=chamber, current=True, person__current=True
    ).values_list("person_id", "district")
    person_ids = [pid for pid, name in roles if district_key(name) == key]
    people = list(_people_query().filter(pk__in=person_ids).order_by("family_name", "name"))
    vacancy = next(
        (
            v
            for v in Vacancy.objects.filter(state__abbr=state_abbr, chamber=chamber)
            if district_key(v.district) == key
        ),
        None,
    )
    return Seat(chamber=chamber, district=district, officials=people, vacancy=vacancy)


def _seat_order(seat: Seat) -> tuple:
    order = {Chamber.UPPER: 0, Chamber.LEGISLATURE: 1, Chamber.LOWER: 2}
    return (order.get(seat.chamber, 3), district_sort_key(seat.district))


def _match_district(name: str, known: list[str]) -> str | None:
    key = district_key(name)
    return next((candidate for candidate in known if district_key(candidate) == key), None)


def _check_coordinates(lat: float, lon: float) -> tuple[float, float]:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise LookupInputError(gettext("Latitude and longitude must be numbers.")) from None
    if not (math.isfinite(lat) and math.isfinite(lon)) or not (
        -90 <= lat <= 90 and -180 <= lon <= 180
    ):
        raise LookupInputError(
            gettext("Latitude must be between -90 and 90, longitude between -180 and 180.")
        )
    return lat, lon


def _no_districts_note(result: LookupResult) -> str:
    name = result.state.name if result.state else gettext("this state")
    if not result.districts_loaded:
        return gettext(
            "This site cannot match places in %(state)s to legislative districts yet."
        ) % {"state": name}
    return gettext("No %(state)s district was found at that spot; choose your districts below.") % {
        "state": name
    }


def state_row(abbr: str) -> State | None:
    """The State row for an abbreviation (None if the table has not been filled)."""
    return State.objects.filter(abbr=abbr.upper()).first()
