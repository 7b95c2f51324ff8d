"""Helpers for the site page tests: parse HTML, collect resource URLs, log people in."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

# Elements and attributes that make the browser fetch something while rendering.
RESOURCE_SELECTORS: tuple[tuple[str, str], ...] = (
    ("script[src]", "src"),
    ("link[href]", "href"),
    ("img[src]", "src"),
    ("img[srcset]", "srcset"),
    ("source[src]", "src"),
    ("source[srcset]", "srcset"),
    ("iframe[src]", "src"),
    ("video[src]", "src"),
    ("video[poster]", "poster"),
    ("audio[src]", "src"),
    ("embed[src]", "src"),
    ("object[data]", "data"),
    ("image[href]", "href"),
    ("use[href]", "href"),
    ("input[src]", "src"),
)


def parse(response) -> HTMLParser:
    """The response body as a parsed HTML tree."""
    return HTMLParser(response.content.decode())


def text_of(node: Node | None) -> str:
    """A node's text with whitespace collapsed ("" for no node)."""
    return " ".join(node.text().split()) if node is not None else ""


def resource_urls(tree: HTMLParser) -> list[str]:
    """Every URL the page's scripts, styles, fonts, images and frames would load."""
    urls: list[str] = []
    for selector, attribute in RESOURCE_SELECTORS:
        for node in tree.css(selector):
            value = node.attributes.get(attribute) or ""
            if attribute == "srcset":
                urls.extend(part.strip().split(" ")[0] for part in value.split(",") if part.strip())
            else:
                urls.append(value)
    return urls


def is_same_origin(url: str, host: str = "testserver") -> bool:
    """Relative URLs and URLs on ``host`` are same-origin; ``data:`` too."""
    if url.startswith("data:"):
        return True
    parts = urlsplit(url)
    if url.startswith("//"):
        return parts.netloc == host
    return not parts.scheme or (parts.scheme in ("http", "https") and parts.netloc == host)


def make_user(
    username: str, *, staff: bool, first_name: str = "", last_name: str = "", password: str = ""
):
    """A real user; without ``password`` it cannot log in by form (hashing is slow on purpose)."""
    return get_user_model().objects.create_user(
        username=username,
        password=password or None,
        is_staff=staff,
        first_name=first_name,
        last_name=last_name,
    )
