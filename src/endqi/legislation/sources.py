"""Where a bill's official pages live: the legislatures' (and city councils') own sites.

"The bill at the legislature" and every text link on the site point only to
these hosts, never to an advocacy group or a bill-tracking service. The list
is the one place that rule lives; imports refuse any other host, and the
site-wide scan test checks rendered pages against it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError

# Hosts of state legislatures and of city councils' legislation sites (a
# subdomain of a listed host also counts: www.flsenate.gov, pub.njleg...).
OFFICIAL_HOSTS: frozenset[str] = frozenset(
    {
        "leginfo.legislature.ca.gov",
        "leg.colorado.gov",
        "flsenate.gov",
        "myfloridahouse.gov",
        "ilga.gov",
        "kslegislature.gov",
        "malegislature.gov",
        "mgaleg.maryland.gov",
        "legislature.maine.gov",
        "house.mo.gov",
        "senate.mo.gov",
        "njleg.state.nj.us",
        "njleg.gov",
        "nmlegis.gov",
        "nysenate.gov",
        "nyassembly.gov",
        "legislature.ohio.gov",
        "rilegislature.gov",
        "capitol.texas.gov",
        "lis.virginia.gov",
        "legislature.vermont.gov",
        "leg.wa.gov",
        "legis.wisconsin.gov",
        "legislature.mi.gov",
        "scstatehouse.gov",
        "oregonlegislature.gov",
        "legislature.ky.gov",
        "legis.state.pa.us",
        "palegis.us",
        "leg.state.nv.us",
        "legis.delaware.gov",
        "legistar.council.nyc.gov",
        # The other legislatures, so that imports keep their links too.
        "legislature.state.al.us",
        "akleg.gov",
        "legis.state.ak.us",
        "azleg.gov",
        "arkleg.state.ar.us",
        "legislature.ca.gov",
        "cga.ct.gov",
        "legis.ga.gov",
        "capitol.hawaii.gov",
        "legislature.idaho.gov",
        "iga.in.gov",
        "legis.iowa.gov",
        "legis.la.gov",
        "revisor.mn.gov",
        "leg.mn.gov",
        "legislature.ms.gov",
        "leg.mt.gov",
        "nebraskalegislature.gov",
        "gencourt.state.nh.us",
        "ncleg.gov",
        "ndlegis.gov",
        "oklegislature.gov",
        "sdlegislature.gov",
        "capitol.tn.gov",
        "le.utah.gov",
        "wvlegislature.gov",
        "wyoleg.gov",
        "dccouncil.gov",
    }
)


def is_official_url(url: str) -> bool:
    """Whether ``url`` is an http(s) address on a legislature's or city council's own host."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    return any(host == known or host.endswith("." + known) for known in OFFICIAL_HOSTS)


def require_official_url(url: str) -> str:
    """``url`` unchanged, or ``ValidationError`` saying it is not the legislature's site."""
    if not is_official_url(url):
        host = urlsplit(url or "").hostname or url
        raise ValidationError(
            f"{host!s} is not a legislature's or city council's own site; "
            "link the bill only to the legislature.",
            code="not_official",
        )
    return url
