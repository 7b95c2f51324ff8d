"""Spanish pages: /es/… addresses, the language switch, hreflang, the catalog, the page cache."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from endqi.legislation.models import Bill

from .bill_factories import make_bill
from .page_helpers import parse, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Leave the thread in English: a /es/ request activates Spanish and Django keeps it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


CATALOG = Path(settings.LOCALE_PATHS[0]) / "es" / "LC_MESSAGES"

# Words of the English interface that must not be left on a Spanish page. Several are
# also Spanish words (e.g. "no", "final") or proper names, so they are not listed.
ENGLISH_UI_WORDS = (
    "the",
    "and",
    "bill",
    "bills",
    "states",
    "state",
    "your",
    "take action",
    "read",
    "show",
    "send",
    "letter",
    "write",
    "criteria",
    "criterion",
    "status",
    "partial",
    "yes",
    "passed",
    "failed",
    "introduced",
    "see",
    "with",
    "why",
    "what",
    "how",
    "case studies",
    "model policy",
    "report a correction",
    "skip to content",
    "evaluate",
    "score",
    "officials",
    "find",
    "search",
    "page",
    "share",
    "legislature",
    "sponsor",
    "version",
    "this",
    "that",
    "for",
    "from",
    "about",
    "more",
)
_ENGLISH = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH_UI_WORDS) + r")\b", re.I)


def visible_spanish_text(tree: HTMLParser) -> str:
    """The page's visible text outside ``lang="en"`` elements, quotes, code and scripts.

    Bill text and quotes stay as the legislature wrote them, and the evaluator's own
    explanations are marked ``lang="en"``; everything else should be Spanish.
    """
    body = tree.css_first("body")
    assert body is not None
    for selector in (
        "script",
        "style",
        "svg",
        "[lang=en]",
        "blockquote",
        "q",
        "code",
        "pre",
        "[hidden]",
        "option",
        ".brand",
        ".bill-text",
        ".quote",
        "[translate=no]",
    ):
        for node in body.css(selector):
            node.decompose()
    text = " ".join(body.text(separator=" ").split())
    # Names quoted from elsewhere (a version's label as the legislature gives it) stay as is.
    return re.sub(r"“[^”]*”", "“…”", text)


def english_words(text: str) -> list[str]:
    """English interface words found in ``text`` (case-insensitive, whole words)."""
    return sorted({match.group(0).lower() for match in _ENGLISH.finditer(text)})


def _bill() -> Bill:
    return make_bill("HB 7")


@pytest.mark.parametrize("path", ["/es/", "/es/mo/", "/es/act/", "/es/rubric/", "BILL", "LETTER"])
def test_spanish_pages_have_no_english_interface_words(client, path: str) -> None:
    bill = _bill()
    if path == "BILL":
        path = f"/es/mo/bills/{bill.slug}/"
    elif path == "LETTER":
        path = f"/es/mo/bills/{bill.slug}/act/"
    response = client.get(path)
    assert response.status_code == 200
    tree = parse(response)
    assert tree.css_first("html").attributes["lang"] == "es"
    text = visible_spanish_text(tree)
    assert text, path
    assert english_words(text) == [], text


def test_english_pages_stay_at_their_addresses_and_in_english(client) -> None:
    bill = _bill()
    for path in ("/", "/mo/", f"/mo/bills/{bill.slug}/", "/act/", "/rubric/", "/cases/"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="es")
        assert response.status_code == 200, path
        tree = parse(response)
        assert tree.css_first("html").attributes["lang"] == "en", path
        nav = text_of(tree.css_first("nav"))
        assert "Take action" in nav and "Case studies" in nav


@pytest.mark.parametrize("path", ["/", "/mo/", "/act/", "/rubric/", "/cases/", "BILL"])
def test_hreflang_links_and_the_switch_name_both_languages(client, path: str) -> None:
    bill = _bill()
    if path == "BILL":
        path = f"/mo/bills/{bill.slug}/"
    for shown, other, other_path in (("en", "es", f"/es{path}"), ("es", "en", path)):
        address = path if shown == "en" else f"/es{path}"
        tree = parse(client.get(address))
        links = {
            link.attributes["hreflang"]: link.attributes["href"]
            for link in tree.css('link[rel="alternate"][hreflang]')
        }
        assert links == {
            "en": f"http://testserver{path}",
            "es": f"http://testserver/es{path}",
            "x-default": f"http://testserver{path}",
        }, address
        switch = tree.css_first("a.language-switch")
        assert switch is not None, address
        assert switch.attributes["href"] == other_path
        assert switch.attributes["hreflang"] == other == switch.attributes["lang"]
        # The switch is a plain link: following it gives the page in the other language.
        followed = parse(client.get(other_path))
        assert followed.css_first("html").attributes["lang"] == other


def test_links_on_a_spanish_page_stay_in_spanish(client) -> None:
    bill = _bill()
    tree = parse(client.get("/es/mo/"))
    hrefs = [a.attributes.get("href") or "" for a in tree.css("main a, header a")]
    bill_links = [h for h in hrefs if f"/bills/{bill.slug}/" in h and "one-pager" not in h]
    assert bill_links and all(h.startswith("/es/mo/") for h in bill_links)
    nav = [a.attributes["href"] for a in tree.css("header nav a:not(.language-switch)")]
    assert nav and all(h.startswith("/es/") for h in nav), nav


def test_api_staff_feeds_and_files_have_no_spanish_address(client) -> None:
    # The API and feeds have one (English) address; a Spanish one leads there.
    for path in ("/api/v1/bills/", "/feeds/changes.atom"):
        moved = client.get(f"/es{path}")
        assert moved.status_code == 301 and moved["Location"] == path
    staff = client.get("/es/staff/")
    assert staff.status_code == 301 and staff["Location"] == "/staff/"
    pdf = client.get("/es/mo/one-pager.pdf")
    assert pdf.status_code == 301 and pdf["Location"] == "/mo/one-pager.pdf"
    embed = client.get("/es/embed/mo/")
    assert embed.status_code == 301 and embed["Location"] == "/embed/mo/?lang=es"
    tree = parse(client.get("/api/v1/openapi.json"))
    assert tree is not None
    assert not parse(client.get("/staff/", follow=True)).css('link[hreflang="es"]')


@override_settings(ENDQI_PAGE_CACHE=True)
def test_the_page_cache_keeps_each_language_apart(client) -> None:
    _bill()
    english = client.get("/mo/")
    spanish = client.get("/es/mo/")
    # Served again (from the cache): each address keeps its own language.
    assert parse(client.get("/mo/")).css_first("html").attributes["lang"] == "en"
    assert parse(client.get("/es/mo/")).css_first("html").attributes["lang"] == "es"
    assert client.get("/mo/").content == english.content
    assert client.get("/es/mo/").content == spanish.content
    assert english.content != spanish.content


def test_the_letter_stays_english_on_a_spanish_page_and_says_why(client) -> None:
    bill = _bill()
    tree = parse(client.get(f"/es/mo/bills/{bill.slug}/act/"))
    body = tree.css_first("textarea#id_body")
    assert body is not None and body.attributes["lang"] == "en"
    assert "legislators" in body.text() or "Representative" in body.text() or body.text()
    assert "inglés" in text_of(tree.css_first(".letter-language-note"))
    english = parse(client.get(f"/mo/bills/{bill.slug}/act/"))
    assert english.css_first(".letter-language-note") is None
    assert english.css_first("textarea#id_body").text() == body.text()


def test_the_embed_card_speaks_spanish_with_lang_es(client) -> None:
    bill = _bill()
    english = parse(client.get("/embed/mo/"))
    spanish = parse(client.get("/embed/mo/?lang=es"))
    assert english.css_first("html").attributes["lang"] == "en"
    assert spanish.css_first("html").attributes["lang"] == "es"
    assert english_words(visible_spanish_text(spanish)) == []
    links = [a.attributes["href"] for a in spanish.css("a")]
    assert f"http://testserver/es/mo/bills/{bill.slug}/" in links
    assert "http://testserver/es/mo/act/" in links


def test_the_evaluator_explanations_are_marked_english_on_spanish_pages(client) -> None:
    bill = _bill()
    tree = parse(client.get(f"/es/mo/bills/{bill.slug}/"))
    explained = tree.css("[lang=en]")
    assert explained, "the English explanations are marked lang=en"
    note = tree.css_first(".explanation-language-note")
    assert note is not None and "inglés" in text_of(note)


# The catalog -----------------------------------------------------------------------------


def _entries(po_text: str) -> list[tuple[str, str, bool]]:
    """(msgid, msgstr, fuzzy) for every entry of a .po file, header excluded."""
    entries: list[tuple[str, str, bool]] = []
    for block in po_text.split("\n\n"):
        lines = [line for line in block.strip().splitlines() if line]
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in lines)
        fields: dict[str, str] = {}
        current = ""
        for line in lines:
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgid|msgstr|msgid_plural|msgstr\[\d\]|msgctxt) "(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if fields.get("msgid"):
            translated = fields.get("msgstr", fields.get("msgstr[0]", ""))
            entries.append((fields["msgid"], translated, fuzzy))
    return entries


def test_every_message_is_translated_and_none_is_fuzzy() -> None:
    entries = _entries((CATALOG / "django.po").read_text(encoding="utf-8"))
    assert len(entries) > 100
    assert [msgid for msgid, msgstr, _ in entries if not msgstr] == []
    assert [msgid for msgid, _, fuzzy in entries if fuzzy] == []


def test_the_committed_mo_is_compiled_from_the_po(tmp_path: Path) -> None:
    compiled = tmp_path / "django.mo"
    subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(CATALOG / "django.po")], check=True
    )
    assert compiled.read_bytes() == (CATALOG / "django.mo").read_bytes()


def test_every_marked_string_in_the_code_is_in_the_catalog(tmp_path: Path) -> None:
    """xgettext finds no message in the Python code that the catalog lacks."""
    root = Path(settings.LOCALE_PATHS[0]).parent
    catalog = {msgid for msgid, _, _ in _entries((CATALOG / "django.po").read_text("utf-8"))}
    pot = tmp_path / "found.pot"
    sources = sorted(str(p) for p in root.rglob("*.py") if "migrations" not in p.parts)
    subprocess.run(
        [
            "xgettext",
            "--language=Python",
            "--from-code=UTF-8",
            "--keyword=gettext_lazy",
            "--keyword=gettext_noop",
            "--keyword=ngettext:1,2",
            "-o",
            str(pot),
            *sources,
        ],
        check=True,
    )
    found = {msgid for msgid, _, _ in _entries(pot.read_text("utf-8"))}
    assert len(found) > 50
    assert sorted(found - catalog) == []


def test_the_rubric_words_are_the_cores_english_word_for_word() -> None:
    """The translatable copy of the rubric (Django side) cannot drift from the pure core."""
    from django.utils import translation

    from endqi.legislation.rubric_text import translated_criterion, translated_group
    from endqi.rubric import CRITERIA, GROUPS

    with translation.override("en"):
        assert [translated_criterion(c) for c in CRITERIA] == list(CRITERIA)
        assert [translated_group(g) for g in GROUPS] == list(GROUPS)
    with translation.override("es"):
        spanish = [translated_criterion(c) for c in CRITERIA]
    for english, translated in zip(CRITERIA, spanish, strict=True):
        assert translated.title != english.title
        assert translated.question != english.question
        assert translated.model_language == english.model_language  # statute text stays
    from endqi.legislation.rubric_text import SHORT_NAMES as MARKED
    from endqi.rubric.gaps import SHORT_NAMES

    with translation.override("en"):
        assert {key: str(value) for key, value in MARKED.items()} == SHORT_NAMES
