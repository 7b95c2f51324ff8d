"""Where a bill's official pages live: the legislatures' (and city councils') own sites.

"The bill at the legislature" and every text link on the site point only to
government hosts — a ``.gov`` domain, a ``state.xx.us`` domain, or one of the
few legislatures listed here by name — never to an advocacy group or a
bill-tracking service (.org and .com sites such as Open States or LegiScan).
This module is the one place that rule lives; imports keep only such links,
staff forms refuse others, and the site-wide scan test checks rendered pages.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError

# Legislatures whose sites are not on .gov or state.xx.us, and the ones this
# project links most (a subdomain of a listed host also counts: www.flsenate.gov).
OFFICIAL_HOSTS: frozenset[str] = frozenset(
    {
        "leginfo.legislature.ca.gov",
        "leg.colorado.gov",
        "flsenate.gov",
        "myfloridahouse.gov",
        "ilga.gov",
        "kslegislature.gov",
        "kslegislature.org",
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


# Government domains: federal and state .gov, and the older state.xx.us names
# (legis.state.ak.us, arkleg.state.ar.us, legis.state.pa.us).
_GOVERNMENT_HOST = re.compile(r"(?:^|\.)(?:[a-z0-9-]+\.gov|state\.[a-z]{2}\.us)$")


def is_official_url(url: str) -> bool:
    """Whether ``url`` is an http(s) address on a legislature's or city council's own host."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    if _GOVERNMENT_HOST.search(host):
        return True
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
