"""Street address → point through the public Census geocoder (opt-in, with a timeout).

Enabled only when ``ENDQI_CENSUS_GEOCODER=1`` (environment or Django setting). The
base URL can be changed with ``ENDQI_CENSUS_GEOCODER_URL`` (tests point it at a
closed local port). Every failure raises ``GeocoderError`` with a sentence to show.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from django.conf import settings

from endqi.officials.vocabulary import GEOCODER_TIMEOUT_SECONDS

DEFAULT_GEOCODER_URL = "https://geocoding.geo.census.gov/geocoder"
BENCHMARK = "Public_AR_Current"
MAX_ADDRESS_LENGTH = 200


class GeocoderError(Exception):
    """Geocoding failed; the message says why, for the visitor."""


@dataclass(frozen=True, slots=True)
class AddressMatch:
    """The geocoder's best match."""

    latitude: float
    longitude: float
    matched_address: str


def geocoder_enabled() -> bool:
    """Whether the operator turned the Census geocoder on."""
    value = getattr(settings, "ENDQI_CENSUS_GEOCODER", None)
    if value is None:
        value = os.environ.get("ENDQI_CENSUS_GEOCODER", "") == "1"
    return bool(value)


def geocoder_base_url() -> str:
    """The geocoder's base URL (setting, then environment, then the public service)."""
    return (
        getattr(settings, "ENDQI_CENSUS_GEOCODER_URL", None)
        or os.environ.get("ENDQI_CENSUS_GEOCODER_URL")
        or DEFAULT_GEOCODER_URL
    ).rstrip("/")


def geocode_address(address: str) -> AddressMatch:
    """Ask the Census geocoder for one address; raise ``GeocoderError`` on any failure."""
    if not geocoder_enabled():
        raise GeocoderError(
            "Address search is not turned on for this site; use your location, ZIP code "
            "or choose your districts."
        )
    cleaned = " ".join((address or "").split())
    if not cleaned:
        raise GeocoderError("Enter a street address, city and state.")
    if len(cleaned) > MAX_ADDRESS_LENGTH:
        raise GeocoderError(f"That address is longer than {MAX_ADDRESS_LENGTH} characters.")
    query = urllib.parse.urlencode({"address": cleaned, "benchmark": BENCHMARK, "format": "json"})
    url = f"{geocoder_base_url()}/locations/onelineaddress?{query}"
    try:
        with urllib.request.urlopen(url, timeout=GEOCODER_TIMEOUT_SECONDS) as response:
            payload = json.loads(response.read(2_000_000).decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise GeocoderError(
            f"The Census address service could not be reached ({reason}); "
            "use your location, ZIP code or choose your districts instead."
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise GeocoderError(
            "The Census address service sent an answer we could not read."
        ) from None
    matches = (payload.get("result") or {}).get("addressMatches") or []
    if not matches:
        raise GeocoderError(f"The Census address service found no match for “{cleaned}”.")
    best = matches[0]
    try:
        coordinates = best["coordinates"]
        return AddressMatch(
            latitude=float(coordinates["y"]),
            longitude=float(coordinates["x"]),
            matched_address=str(best.get("matchedAddress", cleaned)),
        )
    except (KeyError, TypeError, ValueError):
        raise GeocoderError(
            "The Census address service sent an answer we could not read."
        ) from None
