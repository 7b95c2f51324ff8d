"""Printable one-pagers: one page per state and per bill, checked by rendering them to PNG."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from pypdf import PdfReader

from endqi.legislation.seed import seed_legislation
from endqi.states import all_states

from .action_support import html
from .bill_factories import SAMPLE_BILL_TEXT, make_bill

pytestmark = pytest.mark.django_db

PDFTOPPM = shutil.which("pdftoppm")


def _pdf(client: Client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"
    return response.content


def _rendered_pages(pdf: bytes, folder: Path) -> list[Path]:
    """Render with poppler's pdftoppm (what a print shop would see) and list the PNGs."""
    assert PDFTOPPM, "pdftoppm missing: install poppler-utils (scripts/system-deps.sh)"
    source = folder / "sheet.pdf"
    source.write_bytes(pdf)
    subprocess.run([PDFTOPPM, "-r", "40", "-png", str(source), str(folder / "page")], check=True)
    return sorted(folder.glob("page*.png"))


def test_bill_one_pager_is_one_page_with_verdicts_quotes_gaps_cases_date_and_url(
    client: Client, tmp_path: Path
) -> None:
    call_command("seed_cases", stdout=io.StringIO())
    bill = make_bill("HB 7")
    pdf = _pdf(client, f"{bill.get_absolute_url()}one-pager.pdf")
    assert len(_rendered_pages(pdf, tmp_path)) == 1
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    flat = " ".join(text.split())
    assert "HB 7" in flat and "Missouri" in flat
    assert flat.count("[YES]") + flat.count("[PART]") + flat.count("[NO]") == 9
    # Every verdict other than "no" is followed by the clause it rests on, with its section.
    assert flat.count('" (Section') >= 4
    assert "shall award reasonable attorney fees" in flat
    assert "WHAT IS MISSING" in flat
    assert "CASE STUDIES FROM MISSOURI" in flat
    assert "Printed 20" in flat and f"testserver{bill.get_absolute_url()}" in flat


def test_every_state_one_pager_is_one_page(client: Client, tmp_path: Path) -> None:
    call_command("seed_cases", stdout=io.StringIO())
    seed_legislation()
    for info in all_states():
        folder = tmp_path / info.slug
        folder.mkdir()
        pdf = _pdf(client, f"/{info.slug}/one-pager.pdf")
        assert len(PdfReader(io.BytesIO(pdf)).pages) == 1, info.slug
        if info.slug in ("mo", "wy", "ny"):  # rendering every state is slow; spot-check three
            assert len(_rendered_pages(pdf, folder)) == 1, info.slug


def test_a_long_bill_is_shortened_to_fit_not_spilled_onto_page_two(
    client: Client, tmp_path: Path
) -> None:
    long_text = SAMPLE_BILL_TEXT + "\n".join(
        f"Section {n}. The officer shall report the incident in writing within {n} days, "
        "and records of the report shall be open to the public." * 3
        for n in range(2, 60)
    )
    bill = make_bill("SB 99", text=long_text)
    pdf = _pdf(client, f"{bill.get_absolute_url()}one-pager.pdf")
    assert len(_rendered_pages(pdf, tmp_path)) == 1


def test_unknown_bill_or_state_is_404(client: Client) -> None:
    assert client.get("/mo/bills/no-such/one-pager.pdf").status_code == 404
    assert client.get("/zz/one-pager.pdf").status_code == 404


def test_state_and_bill_pages_link_to_print_embed_and_follow(client: Client) -> None:
    bill = make_bill("HB 7")
    state_links = {a.attributes["href"] for a in html(client.get("/mo/")).css("#reach a")}
    assert state_links == {"/mo/one-pager.pdf", "/mo/embed/", "/mo/alerts/"}
    bill_links = {
        a.attributes["href"] for a in html(client.get(bill.get_absolute_url())).css("#reach a")
    }
    assert f"{bill.get_absolute_url()}one-pager.pdf" in bill_links
    assert f"/mo/alerts/?bill={bill.pk}" in bill_links
    for href in state_links | bill_links:
        assert client.get(href).status_code == 200, href
