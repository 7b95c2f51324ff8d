"""Share images (Pillow PNGs at stable URLs, cached by content), download pages and meta tags."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from PIL import Image

from endqi.action import share
from endqi.action.limits import SHARE_SIZES
from endqi.action.share import ShareCard, render_share_png, share_cache_key
from endqi.action.summaries import bill_share_card, state_row, state_share_card
from endqi.legislation.evaluations import override_criterion
from endqi.rubric import Verdict
from endqi.states import get_state_info

from .action_support import html, seed_real_bill
from .bill_factories import get_state, make_bill

pytestmark = pytest.mark.django_db


@pytest.fixture
def missouri_bill():
    return seed_real_bill("mo-hb-30")


def png(response) -> Image.Image:
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    image.verify()  # a structurally valid PNG (CRCs and chunks)
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG"
    return image


@pytest.mark.parametrize(("query", "size"), [("", "wide"), ("?size=square", "square")])
def test_state_and_bill_images_have_the_promised_sizes(client, missouri_bill, query, size) -> None:
    assert png(client.get(f"/share/mo.png{query}")).size == SHARE_SIZES[size]
    bill_image = png(client.get(f"/share/mo/{missouri_bill.slug}.png{query}"))
    assert bill_image.size == SHARE_SIZES[size]


def test_state_without_bills_still_gets_an_image(client) -> None:
    get_state("WY")
    assert png(client.get("/share/wy.png")).size == SHARE_SIZES["wide"]
    card = state_share_card(get_state_info("WY"), state_row("WY"), host="testserver")
    assert card.scores == () and "No bill" in card.subheading


def test_bad_size_unknown_state_and_unknown_bill(client, missouri_bill) -> None:
    response = client.get("/share/mo.png?size=huge")
    assert response.status_code == 400 and b"size=wide or square" in response.content
    assert client.get("/share/zz.png").status_code == 404
    assert client.get("/share/mo/no-such-bill.png").status_code == 404
    hidden = make_bill("HB 777", published=False)
    assert client.get(f"/share/mo/{hidden.slug}.png").status_code == 404


def test_card_text_comes_from_the_scorecard(missouri_bill) -> None:
    card = bill_share_card(missouri_bill, host="endqi.example")
    scorecard = missouri_bill.scorecard()
    # The stored evaluation's scores: a passage's silent criteria are left out ("assessed of").
    groups = missouri_bill.current_evaluation.groups
    assert [value for _, value in card.scores] == [group.text for group in groups]
    assert card.heading == "Missouri" and "HB 30" in card.subheading
    assert dict(card.checklist) == scorecard.verdicts()
    assert card.footer.endswith(f"endqi.example{missouri_bill.get_absolute_url()}")


def test_image_is_cached_and_redrawn_when_the_evaluation_changes(client, missouri_bill) -> None:
    url = f"/share/mo/{missouri_bill.slug}.png"
    first = client.get(url)
    etag = first["ETag"]
    card = bill_share_card(missouri_bill, host="testserver")
    assert cache.get(share_cache_key(card, "wide")) == first.content
    # Same data: same ETag, and a conditional request costs nothing.
    assert client.get(url)["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304

    # A reviewer changes a verdict: the image must change with it.
    result = missouri_bill.current_evaluation.results.get(criterion_id="start.public_records")
    new_verdict = Verdict.YES if result.effective_verdict != Verdict.YES else Verdict.NO
    reviewer = get_user_model().objects.create_user("reviewer", password="x" * 12)
    override_criterion(result, new_verdict, "Section 5 publishes settlements.", reviewer)
    second = client.get(url)
    assert second["ETag"] != etag
    assert second.content != first.content
    assert png(second).size == SHARE_SIZES["wide"]


def test_download_flag_sets_attachment(client, missouri_bill) -> None:
    response = client.get("/share/mo.png?size=square&download=1")
    assert response["Content-Disposition"] == 'attachment; filename="endqi-mo-square.png"'
    assert client.get("/share/mo.png")["Content-Disposition"].startswith("inline")


def test_render_without_the_system_fonts_uses_pillows_own(monkeypatch) -> None:
    monkeypatch.setattr(share, "REGULAR_FONT", share.FONT_DIR / "missing.ttf")
    monkeypatch.setattr(share, "BOLD_FONT", share.FONT_DIR / "missing-bold.ttf")
    share._font.cache_clear()
    try:
        card = ShareCard("Missouri", "HB 30 (2020) · Failed", (("Ends", "2/4"),), "A fact.", "x")
        image = Image.open(io.BytesIO(render_share_png(card, "square")))
        assert image.size == SHARE_SIZES["square"]
    finally:
        share._font.cache_clear()


def test_long_text_is_fitted_not_overflowing() -> None:
    card = ShareCard(
        heading="Massachusetts" * 3,
        subheading="An Act relating to " + "very long titles " * 20,
        scores=(("Ends qualified immunity", "3.5/4"), ("Starts accountability", "4.5/5")),
        fact="word " * 200,
        footer="endqi.example/ma/",
    )
    for size in SHARE_SIZES:
        image = Image.open(io.BytesIO(render_share_png(card, size))).convert("RGB")
        # The bottom margin stays background: nothing was drawn off the card.
        width, height = image.size
        for strip in (
            image.crop((0, height - 20, width, height)),
            image.crop((width - 20, 0, width, height)),
        ):
            assert {colour for _, colour in strip.getcolors()} == {share.BACKGROUND}


def test_downloads_pages_list_images_with_alt_text(client, missouri_bill) -> None:
    index = html(client.get("/share/"))
    assert index.css_first("a[href='/share/mo/']") is not None
    images = {img.attributes["src"] for img in index.css("img")}
    assert "/share/mo.png" in images
    page = html(client.get("/share/mo/"))
    srcs = {img.attributes["src"] for img in page.css("img")}
    assert {
        "/share/mo.png",
        "/share/mo.png?size=square",
        f"/share/mo/{missouri_bill.slug}.png",
        f"/share/mo/{missouri_bill.slug}.png?size=square",
    } <= srcs
    assert all(img.attributes.get("alt") for img in page.css("img"))
    downloads = [a.attributes["href"] for a in page.css("a[download]")]
    assert f"/share/mo/{missouri_bill.slug}.png?download=1" in downloads
    post = page.css_first(f"textarea#post-{missouri_bill.slug}").text()
    assert "HB 30" in post and f"/mo/bills/{missouri_bill.slug}/" in post
    for src in srcs:
        assert png(client.get(src))
    assert client.get("/share/zz/").status_code == 404


def test_state_and_bill_pages_carry_share_meta_and_action_panels(client, missouri_bill) -> None:
    state_page = html(client.get("/mo/"))
    image = state_page.css_first("meta[property='og:image']").attributes["content"]
    assert image == "http://testserver/share/mo.png"
    assert state_page.css_first("meta[name='twitter:card']").attributes["content"] == (
        "summary_large_image"
    )
    panel = state_page.css_first("#take-action")
    links = {a.attributes["href"] for a in panel.css("a")}
    assert {"/share/mo/", "/evaluate/", "/rubric/", "/model-policy/", "/mo/act/"} <= links
    assert "/mo/act/write/" in links

    bill_page = html(client.get(missouri_bill.get_absolute_url()))
    og_image = bill_page.css_first("meta[property='og:image']").attributes["content"]
    assert urlsplit(og_image).path == f"/share/mo/{missouri_bill.slug}.png"
    assert (
        bill_page.css_first("meta[property='og:url']")
        .attributes["content"]
        .endswith(missouri_bill.get_absolute_url())
    )
    act = bill_page.css_first("#act-on-bill")
    hrefs = {a.attributes["href"] for a in act.css("a")}
    assert f"/mo/bills/{missouri_bill.slug}/act/" in hrefs
    assert f"/share/mo/{missouri_bill.slug}.png?download=1" in hrefs
