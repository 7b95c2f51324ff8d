"""Citation normalisation with ``eyecite`` (the Free Law Project's citation parser)."""

from __future__ import annotations

from eyecite import get_citations
from eyecite.models import FullCaseCitation

# eyecite's court ids for the Supreme Court and the circuits match our Court codes
# ("scotus", "ca5"); any other id it finds names a district or state court.
_APPELLATE_PREFIXES = ("scotus", "ca")


def _court_matches(found: str | None, court: str | None) -> bool:
    if not court or not found:
        return True  # nothing to compare: accept
    if court in ("district", "state"):
        return not found.startswith(_APPELLATE_PREFIXES)
    return found == court


def normalize_citation(raw: str, *, court: str | None = None, year: int | None = None) -> str:
    """The reporter citation of *this* decision found in ``raw``, corrected by eyecite; or ``""``.

    ``"747 F. App'x 950 (5th Cir. 2018) (unpublished)"`` → ``"747 F. App'x 950"``.
    A raw text often lists history ("earlier 956 F.3d 1009 (8th Cir. 2020), vacated,
    141 S. Ct. 2239 (2021)"); when ``court`` (our court code) and ``year`` are given,
    only a citation eyecite attributes to that court and year is taken, so an
    earlier or reviewing decision's citation is never shown as this one's. A blank
    page ("577 U.S. ___") is skipped.
    """
    if not raw or not raw.strip():
        return ""  # eyecite refuses empty text
    for citation in get_citations(raw):
        if not isinstance(citation, FullCaseCitation):
            continue
        corrected = citation.corrected_citation()
        if "_" in corrected:
            continue
        metadata = citation.metadata
        if not _court_matches(getattr(metadata, "court", None), court):
            continue
        found_year = getattr(metadata, "year", None)
        if year and found_year and str(found_year).isdigit() and int(found_year) != year:
            continue
        return corrected
    return ""
