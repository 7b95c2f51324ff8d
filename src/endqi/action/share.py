"""Share images: a state's or a bill's scores drawn as a PNG with Pillow.

:class:`ShareCard` is the data drawn; :func:`render_share_png` draws it;
:func:`cached_share_png` keeps rendered PNGs in Django's cache under a key made
from a hash of the card, so an image is redrawn exactly when its data changes.
Fonts come from the Debian ``fonts-dejavu-core`` package, with Pillow's own
built-in font as a fallback; nothing is fetched.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from endqi.action.limits import SHARE_CACHE_SECONDS, SHARE_SIZES
from endqi.action.messages import gettext_noop
from endqi.rubric import Verdict

# Bump when the drawing changes, so cached images are redrawn.
RENDER_VERSION = "1"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR_FONT = FONT_DIR / "DejaVuSans.ttf"
BOLD_FONT = FONT_DIR / "DejaVuSans-Bold.ttf"

BACKGROUND = (29, 53, 87)  # the site's brand navy
INK = (255, 255, 255)
SOFT_INK = (214, 224, 238)
ACCENT = (255, 209, 204)
PANEL = (255, 255, 255)
PANEL_INK = (27, 31, 36)
VERDICT_INK = {
    Verdict.YES.value: (27, 110, 58),
    Verdict.PARTIAL.value: (122, 82, 0),
    Verdict.NO.value: (161, 38, 28),
}

# Short names of the criteria for the square image's checklist. Marked for the catalog:
# the Django side puts them, translated, in ShareCard.labels (this module stays pure).
SHORT_TITLES: dict[str, str] = {
    "end.law_enforcement": gettext_noop("Ends it for police"),
    "end.public_employees": gettext_noop("Ends it for all public employees"),
    "end.state_constitution": gettext_noop("Covers every state constitutional right"),
    "end.damage_caps": gettext_noop("Lifts caps on damages"),
    "start.failure_to_intervene": gettext_noop("Duty to intervene"),
    "start.full_compensation": gettext_noop("Victims paid in full"),
    "start.attorney_fees": gettext_noop("Attorney fees"),
    "start.individual_accountability": gettext_noop("Officers personally accountable"),
    "start.public_records": gettext_noop("Misconduct records public"),
}
KICKER = gettext_noop("END QUALIFIED IMMUNITY")


@dataclass(frozen=True, slots=True)
class ShareCard:
    """Everything drawn on one share image (all text; no colour-only meaning)."""

    heading: str  # the state's name
    subheading: str  # the bill, or what the card is about
    scores: tuple[tuple[str, str], ...]  # (label, "3/4") pairs
    fact: str  # one line
    footer: str  # where to read more, e.g. "endqi.org/mo/"
    checklist: tuple[tuple[str, str], ...] = field(default=())  # (criterion id, verdict)
    kicker: str = KICKER  # the line above the heading
    # Words in the card's language, by criterion id (checklist titles) and verdict value;
    # a word not given is drawn in English (SHORT_TITLES, Verdict.label).
    labels: tuple[tuple[str, str], ...] = field(default=())

    def digest(self, size: str) -> str:
        """A hash of the card, the size and the drawing version: the cache key."""
        payload = json.dumps([RENDER_VERSION, size, asdict(self)], sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@cache
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = BOLD_FONT if bold else REGULAR_FONT
    if path.exists():
        return ImageFont.truetype(str(path), size)
    # Pillow ships a scalable built-in font; no network, no web font.
    return ImageFont.load_default(size=size)


def _text_width(draw: ImageDraw.ImageDraw, text: str, font) -> float:
    return draw.textlength(text, font=font)


def _fit_font(draw: ImageDraw.ImageDraw, text: str, *, bold: bool, size: int, width: int):
    """The largest font of at most ``size`` that fits ``text`` on one line of ``width``."""
    while size > 14 and _text_width(draw, text, _font(bold, size)) > width:
        size -= 2
    return _font(bold, size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int, max_lines: int) -> list[str]:
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if _text_width(draw, candidate, font) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and _text_width(draw, last + "…", font) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _line_height(font) -> int:
    top, bottom = font.getbbox("Ag")[1::2]
    return int((bottom - top) * 1.3)


def _draw_scores(
    draw: ImageDraw.ImageDraw, card: ShareCard, x: int, y: int, width: int, height: int
) -> None:
    """Score boxes side by side: label above, the score text large."""
    if not card.scores:
        return
    gap = 24
    box_width = (width - gap * (len(card.scores) - 1)) // len(card.scores)
    label_font = _font(False, max(18, height // 6))
    for index, (label, value) in enumerate(card.scores):
        left = x + index * (box_width + gap)
        draw.rounded_rectangle(
            (left, y, left + box_width, y + height), radius=18, fill=PANEL, outline=ACCENT
        )
        draw.text((left + 24, y + 16), label, font=label_font, fill=PANEL_INK)
        value_font = _fit_font(draw, value, bold=True, size=height // 2, width=box_width - 48)
        draw.text((left + 24, y + height - 18), value, font=value_font, fill=PANEL_INK, anchor="ls")


def _draw_checklist(draw: ImageDraw.ImageDraw, card: ShareCard, x: int, y: int, width: int) -> int:
    """The nine criteria with a symbol and a word for each verdict; returns the new y."""
    font = _font(False, 30)
    bold = _font(True, 30)
    row = 42
    words = dict(card.labels)
    panel_height = row * len(card.checklist) + 32
    draw.rounded_rectangle((x, y, x + width, y + panel_height), radius=18, fill=PANEL)
    top = y + 16
    for index, (criterion_id, verdict) in enumerate(card.checklist):
        verdict_enum = Verdict(verdict)
        baseline = top + index * row + 34
        mark = f"{verdict_enum.symbol} {words.get(verdict, verdict_enum.label)}"
        draw.text(
            (x + 24, baseline), mark, font=bold, fill=VERDICT_INK[verdict_enum.value], anchor="ls"
        )
        title = words.get(criterion_id) or SHORT_TITLES.get(criterion_id, criterion_id)
        draw.text((x + 220, baseline), title, font=font, fill=PANEL_INK, anchor="ls")
    return y + panel_height


def render_share_png(card: ShareCard, size: str = "wide") -> bytes:
    """Draw ``card`` at one of :data:`SHARE_SIZES` and return PNG bytes."""
    width, height = SHARE_SIZES[size]
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = 64 if size == "wide" else 72
    inner = width - 2 * margin
    y = margin

    kicker = _font(True, 28)
    draw.text((margin, y), card.kicker, font=kicker, fill=ACCENT)
    y += _line_height(kicker) + 12

    heading_font = _fit_font(draw, card.heading, bold=True, size=84, width=inner)
    draw.text((margin, y), card.heading, font=heading_font, fill=INK)
    y += _line_height(heading_font) + 4

    sub_font = _font(False, 38)
    for line in _wrap(draw, card.subheading, sub_font, inner, max_lines=2):
        draw.text((margin, y), line, font=sub_font, fill=SOFT_INK)
        y += _line_height(sub_font)
    y += 20

    score_height = 150 if size == "wide" else 136
    _draw_scores(draw, card, margin, y, inner, score_height)
    if card.scores:
        y += score_height + 28

    if size == "square" and card.checklist:
        y = _draw_checklist(draw, card, margin, y, inner) + 28

    footer_font = _font(False, 26)
    footer_y = height - margin + 8
    fact_font = _font(True, 32)
    room = max(1, (footer_y - _line_height(footer_font) - y) // _line_height(fact_font))
    for line in _wrap(draw, card.fact, fact_font, inner, max_lines=min(3, room)):
        draw.text((margin, y), line, font=fact_font, fill=INK)
        y += _line_height(fact_font)

    draw.text((margin, footer_y), card.footer, font=footer_font, fill=SOFT_INK, anchor="ls")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def share_cache_key(card: ShareCard, size: str) -> str:
    """The cache key of a rendered image."""
    return f"endqi:share:{card.digest(size)}"


def cached_share_png(card: ShareCard, size: str = "wide") -> tuple[bytes, str]:
    """PNG bytes for ``card`` from the cache, drawing them on a miss; also returns the ETag."""
    from django.core.cache import cache as django_cache

    key = share_cache_key(card, size)
    data = django_cache.get(key)
    if data is None:
        data = render_share_png(card, size)
        django_cache.set(key, data, SHARE_CACHE_SECONDS)
    return data, card.digest(size)
