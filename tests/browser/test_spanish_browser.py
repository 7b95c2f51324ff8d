"""/es/mo/ in Debian chromium: Spanish, axe-clean, and the switch back to English works.

Real seed data (the project's bills and case studies). Screenshots at both widths go
to ``artifacts/screenshots/spanish-state-mo-*.png``.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command

from endqi.legislation.models import Bill
from endqi.legislation.seed import seed_legislation

pytestmark = pytest.mark.browser


@pytest.fixture
def missouri(transactional_db: Any) -> Bill:
    """Seed bills and case studies; returns a published Missouri bill."""
    cache.clear()
    assert seed_legislation().bills_created
    call_command("seed_cases", stdout=io.StringIO())
    bill = Bill.objects.published().filter(state__abbr="MO", locality="").first()
    assert bill is not None
    return bill


def test_spanish_state_page_is_spanish_axe_clean_and_switches_to_english(
    live_server: Any, page: Any, missouri: Bill, axe_check: Any, screenshot: Any
) -> None:
    page.goto(live_server.url + "/es/mo/")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.title().startswith("Pongamos fin a la inmunidad calificada en Missouri")
    nav = page.inner_text("header nav")
    assert "Casos de estudio" in nav and "Actúa" in nav and "Case studies" not in nav
    # The evaluator's English explanations are marked so screen readers switch voice.
    page.click("details.scorecard-details summary")
    assert page.locator(".scorecard-details [lang=en]").count() > 0
    assert page.locator(".explanation-language-note").first.is_visible()
    assert axe_check(page) == []
    screenshot(page, "spanish-state-mo")

    # The switch is a plain link to the same page in English; following it needs no script.
    page.click("a.language-switch")
    page.wait_for_url(live_server.url + "/mo/")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert "Case studies" in page.inner_text("header nav")
    # Every request stayed on the site (no fonts, scripts or images from elsewhere).
    assert all(url.startswith(live_server.url) for url in page.requested_urls)


def test_spanish_bill_page_is_axe_clean(
    live_server: Any, page: Any, missouri: Bill, axe_check: Any
) -> None:
    page.goto(f"{live_server.url}/es/mo/bills/{missouri.slug}/")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert "Texto del proyecto de ley" in page.inner_text("main")
    assert axe_check(page) == []


def test_spanish_act_flow_writes_a_spanish_letter_when_chosen(
    live_server: Any, page: Any, missouri: Bill, axe_check: Any
) -> None:
    page.goto(f"{live_server.url}/es/mo/bills/{missouri.slug}/act/")
    body = page.locator("#id_body")
    assert body.get_attribute("lang") == "en" and "Sincerely," in body.input_value()
    page.click("text=Escribir mi carta en español")
    page.wait_for_url("**letter=es**")
    assert body.get_attribute("lang") == "es"
    letter = body.input_value()
    assert "Atentamente," in letter and "Sincerely" not in letter
    # The composer's script counts the Spanish prompts and names them in Spanish.
    status = page.locator("#placeholder-status")
    assert "[Su nombre]" in status.inner_text()
    body.fill(
        letter.replace(
            "[Escriba una o dos frases con sus propias palabras: por qué esto le importa.]",
            "Vivo en Springfield.",
        )
        .replace("[Su nombre]", "Ana Pérez")
        .replace("[Su dirección, o su ciudad y código postal]", "Springfield 65801")
    )
    page.wait_for_function("!document.getElementById('placeholder-status').textContent")
    # The server-side update keeps the language and the edits.
    page.click("#update-button")
    page.wait_for_load_state()
    assert "letter=es" in page.url
    assert page.locator("#id_body").get_attribute("lang") == "es"
    assert "Ana Pérez" in page.locator("#id_body").input_value()
    assert axe_check(page) == []
    # The copy button's answer comes from the page's Spanish words, not the script's.
    page.click("#copy-button")
    page.wait_for_function(
        "/^(Mensaje copiado|No se pudo copiar)/"
        ".test(document.getElementById('copy-status').textContent)"
    )
    assert all(url.startswith(live_server.url) for url in page.requested_urls)


def test_more_spanish_pages_are_axe_clean(
    live_server: Any, page: Any, missouri: Bill, axe_check: Any
) -> None:
    for path in (
        "/es/evaluate/",
        "/es/model-policy/",
        "/es/mo/alerts/",
        "/es/share/mo/",
        "/es/mo/embed/",
        "/es/cases/?state=mo",
        "/es/no-such-page/",
    ):
        page.goto(live_server.url + path)
        assert page.evaluate("document.documentElement.lang") == "es", path
        assert axe_check(page) == [], path
    # The evaluate page's results, in Spanish around the English evidence.
    page.goto(live_server.url + "/es/evaluate/")
    page.fill("#id_text", missouri.current_version.text[:20000])
    page.click("form.evaluate-form button[type=submit]")
    page.wait_for_selector("#gap-list, #results")
    assert "Lista de carencias" in page.inner_text("#gap-list")
    assert axe_check(page) == []
    assert all(url.startswith(live_server.url) for url in page.requested_urls)
