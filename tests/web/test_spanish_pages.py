"""Every /es/ page of the site's visitor text is Spanish: each word of each visible text
node is a word of the catalog's Spanish or of the page's data (names, bill identifiers
and titles, places, addresses). Quotes, bill text, statute text and the evaluator's
English explanations are marked (``lang="en"``, ``blockquote``…) and set aside."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import django
import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone, translation

from endqi.alerts.models import Subscription
from endqi.cases.models import CaseStudy
from endqi.legislation.models import Bill
from endqi.rubric import CRITERIA
from endqi.states import STATE_CHOICES

from .bill_factories import OTHER_BILL_TEXT, get_state, make_bill
from .page_helpers import parse
from .test_spanish import CATALOG, _entries, english_words, visible_spanish_text

pytestmark = pytest.mark.django_db

DJANGO_CATALOG = Path(django.__file__).parent / "conf" / "locale" / "es" / "LC_MESSAGES"

# Words of two letters or more (one-letter words are Spanish and English alike).
WORD = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")
# Data that reads as words but is neither chrome nor translatable: addresses, e-mail
# addresses, hashtags, paths, media types, file sizes, hashes and times in UTC.
DATA = re.compile(
    r"\bhttps?://\S+|\S+@\S+|#\w+|(?<!\w)/[\w/.?=&%-]*|\b\w+/[\w.+-]+|\b\d+(?:[.,]\d+)?\s?[KMG]B\b"
    r"|\b[0-9a-f]*\d[0-9a-f]*\b|\bUTC\b"
)
# Statute text stays as a legislature would enact it (the model language, in letters).
STATUTE_LINES = sorted(
    {line.strip() for c in CRITERIA for line in c.model_language.splitlines() if line.strip()},
    key=len,
    reverse=True,
)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Leave the thread in English: a /es/ request activates Spanish and Django keeps it."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@cache
def catalog_words() -> frozenset[str]:
    """Every word of the catalog's Spanish, and of Django's own (dates, form errors)."""
    words: set[str] = set()
    for catalog in (CATALOG, DJANGO_CATALOG):
        for _msgid, msgstr, _fuzzy in _entries((catalog / "django.po").read_text("utf-8")):
            words.update(word.lower() for word in WORD.findall(re.sub(r"<[^>]+>", " ", msgstr)))
    return frozenset(words)


def data_words(bill: Bill) -> set[str]:
    """Words that come from data on these pages: state names, the bill's own words."""
    texts = [name for _abbr, name in STATE_CHOICES]
    texts += [bill.identifier, bill.title or "", "endqi", "Jefferson City"]
    return {word.lower() for text in texts for word in WORD.findall(text)}


def checked_text(html_tree, data: tuple[str, ...] = ()) -> str:
    """The page's visible text that must be Spanish: without statute text, addresses and
    the like, and without ``data`` (texts the visitor gave, set aside whole)."""
    text = visible_spanish_text(html_tree)
    for passage in (*data, *STATUTE_LINES):
        text = text.replace(" ".join(passage.split()), " ")
    return DATA.sub(" ", text)


def untranslated(html_tree, allowed: set[str], data: tuple[str, ...] = ()) -> list[str]:
    """Words of the page's visible Spanish text that are neither catalog Spanish nor data."""
    text = checked_text(html_tree, data)
    known = catalog_words() | allowed
    return sorted({word for word in WORD.findall(text) if word.lower() not in known})


@pytest.fixture
def bill() -> Bill:
    return make_bill("HB 7")


def _subscription(bill: Bill) -> Subscription:
    return Subscription.objects.create(
        email="ana@example.net", state=get_state(), language="es", confirmed_at=timezone.now()
    )


PAGES = {
    "home": "/es/",
    "state": "/es/mo/",
    "bill": "/es/mo/bills/{slug}/",
    "letter": "/es/mo/bills/{slug}/act/",
    "spanish letter": "/es/mo/bills/{slug}/act/?letter=es&length=full",
    "state letter": "/es/mo/act/write/?letter=es",
    "officials": "/es/act/?zip=65101",
    "rubric": "/es/rubric/",
    "evaluate": "/es/evaluate/",
    "model policy": "/es/model-policy/",
    "share index": "/es/share/",
    "share state": "/es/share/mo/",
    "alerts": "/es/mo/alerts/",
    "alerts confirm": "/es/alerts/confirm/{token}/",
    "alerts unsubscribe": "/es/alerts/unsubscribe/{token}/",
    "embed snippet": "/es/mo/embed/",
    "embed card": "/embed/mo/?lang=es",
    "cases": "/es/cases/?state=mo&court=ca8",
    "copy confirmation": "/es/act/confirm/?t=bad",
    "correction form": "/es/corrections/new/?page=/es/mo/",
    "correction thanks": "/es/corrections/thanks/",
    "not found": "/es/no-such-page/",
}


@pytest.mark.parametrize("name", list(PAGES))
def test_every_word_of_a_spanish_page_is_catalog_spanish_or_data(client, bill, name) -> None:
    path = PAGES[name].format(slug=bill.slug, token=_subscription(bill).token)
    response = client.get(path)
    assert response.status_code in (200, 400, 404), path
    tree = parse(response)
    assert tree.css_first("html").attributes["lang"] == "es", path
    assert untranslated(tree, data_words(bill)) == [], path
    assert english_words(checked_text(tree)) == [], path


def test_the_evaluate_results_are_spanish_around_the_english_evidence(client, bill) -> None:
    response = client.post("/es/evaluate/", {"text": OTHER_BILL_TEXT, "state": "MO"})
    assert response.status_code == 200
    tree = parse(response)
    assert tree.css_first("#gap-list") is not None
    # What the evaluator wrote stays English and is marked so (the check sets it aside).
    assert tree.css('[id="criterion-end.law_enforcement"] [lang=en]')
    assert untranslated(tree, data_words(bill), data=(OTHER_BILL_TEXT,)) == []


def test_an_error_message_of_a_form_is_spanish(client, bill) -> None:
    response = client.post("/es/evaluate/", {"text": ""})
    assert response.status_code == 400
    tree = parse(response)
    assert untranslated(tree, data_words(bill)) == []
    response = client.post("/es/mo/alerts/", {"email": "not an address", "cadence": "each"})
    assert response.status_code == 400
    assert untranslated(parse(response), data_words(bill)) == []
    assert not mail.outbox


def test_the_check_finds_english_chrome(client, bill) -> None:
    """The same check on the English page finds the English words (it can fail)."""
    tree = parse(client.get(f"/mo/bills/{bill.slug}/act/"))
    left = untranslated(tree, data_words(bill))
    assert {"Write", "legislators", "Update", "Still"} <= set(left)


def test_share_images_and_their_words_follow_the_page_language(client, bill) -> None:
    from endqi.action.share import KICKER, SHORT_TITLES
    from endqi.action.summaries import bill_share_card, state_row, state_share_card
    from endqi.states import get_state_info

    page = parse(client.get("/es/share/mo/"))
    images = [img.attributes["src"] for img in page.css("main img")]
    assert images and all("lang=es" in src for src in images)
    meta = parse(client.get("/es/mo/")).css_first('meta[property="og:image"]')
    assert meta.attributes["content"].endswith("/share/mo.png?lang=es")
    english = client.get(f"/share/mo/{bill.slug}.png?size=square")
    spanish = client.get(f"/share/mo/{bill.slug}.png?size=square&lang=es")
    assert english["Content-Type"] == spanish["Content-Type"] == "image/png"
    assert english["ETag"] != spanish["ETag"] and english.content != spanish.content
    with translation.override("es"):
        card = bill_share_card(bill, host="testserver")
        state = state_share_card(get_state_info("MO"), state_row("MO"), host="testserver")
    for shown in (card, state):
        assert shown.kicker == "FIN A LA INMUNIDAD CALIFICADA" != KICKER
        words = dict(shown.labels)
        assert all(words[key] != english_title for key, english_title in SHORT_TITLES.items())
        assert words["partial"] == "Parcial"
        text = f"{shown.subheading} {shown.fact} {shown.footer.split(':')[0]}"
        assert english_words(text) == [], text
    assert "/es/mo/bills/" in card.footer and "/es/mo/" in state.footer


def test_a_spanish_case_study_page_is_catalog_spanish_or_data(client, bill) -> None:
    call_command("seed_cases", stdout=io.StringIO())
    case = CaseStudy.objects.published().filter(state__abbr="MO").first() or (
        CaseStudy.objects.published().first()
    )
    assert case is not None
    tree = parse(client.get(f"/es/cases/{case.slug}/"))
    assert tree.css_first("html").attributes["lang"] == "es"
    # The case's own facts are data: its name, court, place, citation and docket.
    facts = [
        case.name,
        case.court_detail,
        case.city,
        case.citation,
        case.citation_raw,
        case.docket,
        case.location_note,
        case.category_detail,
    ]
    data = {word.lower() for text in facts if text for word in WORD.findall(str(text))}
    assert untranslated(tree, data_words(bill) | data) == []
