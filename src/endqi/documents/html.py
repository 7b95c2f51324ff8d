"""Visible text of an HTML bill, with struck-through passages recorded.

Legislature sites publish bills as HTML where deletions from existing law are
struck through (``<s>``, ``<strike>``, ``<del>`` or a ``line-through`` style)
and insertions underlined (``<u>``, ``<ins>``). The struck text is kept in the
extracted text (so quotes and offsets stay faithful to the page) but its span
is recorded, so the analysis never takes deleted law as evidence.

Block elements become line breaks; scripts, styles, templates, the head and
hidden elements are dropped. ``selectolax`` is imported only when HTML is read.
"""

from __future__ import annotations

import html
import re
from typing import Any

from endqi.documents.errors import DocumentError
from endqi.documents.limits import (
    MAX_HTML_ATTRIBUTES,
    MAX_HTML_DEPTH,
    MAX_HTML_ELEMENTS,
    over_budget,
)
from endqi.documents.model import Extraction
from endqi.regex_cache import compile_pattern

# Elements whose content is never visible text.
SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        # a site's menus, not the bill ("Skip to content", "Bills | Members | Committees")
        "nav",
        "canvas",
        "audio",
        "video",
        "select",
        "datalist",
    }
)
# Elements that start and end a line of text.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "listing",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
        "caption",
    }
)
# Legislative XML (the D.C. Council's, USLM and the like): the elements that hold a part of
# the law of their own start and end a line; a number ("<num>(a)</num>") and the text after it
# share one.
XML_BLOCK_TAGS = BLOCK_TAGS | frozenset(
    {
        "para",
        "paragraph",
        "subparagraph",
        "subsection",
        "clause",
        "subclause",
        "item",
        "subitem",
        "level",
        "heading",
        "chapter",
        "part",
        "subpart",
        "subtitle",
        "division",
        "container",
        "content",
        "chapeau",
        "continuation",
        "proviso",
        "annotations",
        "annotation",
    }
)
CELL_TAGS = frozenset({"td", "th"})
# The whole text of a link that only marks a heading's anchor (permalink symbols).
ANCHOR_MARKS = frozenset({"¶", "#", "§", "🔗", "⚓"})
STRUCK_TAGS = frozenset({"s", "strike", "del"})
# Legislative XML marks struck text by attribute too: <text status="deleted">.
STRUCK_STATUSES = frozenset({"deleted", "struck", "stricken", "removed"})
# Class names some legislature sites use for struck text.
STRUCK_CLASSES = frozenset({"strike", "strikethrough", "strikeout", "line-through", "deleted"})

# Lexbor's tree builder slows down quadratically with the depth of nested containers
# (it scans the open elements for each new one) and with the attributes of one tag;
# real pages nest a few dozen deep and carry a few attributes, so input beyond the
# budgets of :mod:`endqi.documents.limits` is refused before parsing instead of hanging.
_NESTING_TAG = compile_pattern(
    r"<(/?)(?:div|section|article|aside|blockquote|ul|ol|dl|nav|header|footer|main|address"
    r"|center|details|dialog|dir|fieldset|figure|figcaption|form|hgroup|menu|summary|h[1-6]"
    r"|pre|listing|s|strike|del|ins|u|b|i|em|strong|span|font|a|sub|sup|small|big|mark|code)"
    r"[\s/>]",
    re.IGNORECASE,
)
# In XML every element nests: "<para>", "</para>", and "<include/>" (which closes itself).
_ANY_TAG = compile_pattern(r"<(/?)[A-Za-z][\w:.-]*(?:\s[^<>]*?)?(/?)>")
# A tag long enough to hold more attributes than the budget (each takes two characters
# or more); only such tags are counted attribute by attribute.
_LONG_TAG = compile_pattern(r"<[A-Za-z][^<>]{" + str(2 * MAX_HTML_ATTRIBUTES) + ",}")
_ATTRIBUTE = compile_pattern(r"\s+[^\s=/>]")
_HTML_SPACE = compile_pattern(r"[ \t\n\r\f]+")
_STYLE_SPACE = compile_pattern(r"\s+")


def extract_html(markup: str, name: str, *, xml: bool = False) -> Extraction:
    """Extract the visible text of an HTML document (or of legislative XML).

    Args:
        markup: the decoded HTML.
        name: how to call the document in an error message.
        xml: the markup is legislative XML: its structural elements (para, subsection,
            heading ...) break lines as HTML's blocks do.

    Returns:
        An :class:`Extraction` whose lines are the page's blocks (``unwrap`` is
        False: a line break in it is a real block boundary) and whose
        ``deletions`` are the struck-through spans.

    Raises:
        DocumentError: absurdly deep nesting, or no visible text at all.
    """
    if xml:
        markup = _xml_as_markup(markup, name)
    _check_budgets(markup, name, "XML" if xml else "HTML")
    from selectolax.lexbor import LexborHTMLParser, SelectolaxError

    try:
        tree = LexborHTMLParser(markup)
    except (SelectolaxError, ValueError) as error:
        raise DocumentError(f"{name} is HTML that cannot be parsed ({error})") from None
    root = tree.root
    builder = _TextBuilder()
    if root is not None:
        _walk(root, builder, XML_BLOCK_TAGS if xml else BLOCK_TAGS)
    text = builder.text()
    if not text.strip():
        raise DocumentError(f"{name} contains no visible text (only markup, scripts or styles)")
    # A <pre> print (a legislature's plain-text bill inside a web page) carries the
    # printer's line breaks: the cleaner judges them there as in plain text.
    return Extraction(
        text=text,
        deletions=tuple(builder.deletions),
        unwrap=False,
        preformatted=tuple(builder.preformatted_spans),
    )


# XML that an HTML parser would misread: character data sections (dropped as comments) and
# entities declared in the document's own DOCTYPE (left as "&tx;").
_CDATA = compile_pattern(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_INTERNAL_SUBSET = compile_pattern(r"<!DOCTYPE\s[^\[>]{0,400}\[(.{0,100000}?)\]\s*>", re.DOTALL)
_ENTITY_DECLARATION = compile_pattern(
    r"<!ENTITY\s+([A-Za-z_][\w.-]{0,60})\s+(?:\"([^\"]{0,2000})\"|'([^']{0,2000})')\s*>"
)
_ENTITY_REFERENCE = compile_pattern(r"&([A-Za-z_][\w.-]{0,60});")


def _xml_as_markup(markup: str, name: str) -> str:
    """XML made readable by the HTML parser: CDATA sections as escaped text, and the internal
    entities its DOCTYPE declares expanded once (their values as text, never re-expanded, so a
    chain of entities cannot grow the text beyond one more copy of the document)."""
    subset = _INTERNAL_SUBSET.search(markup)
    if subset is not None:
        entities = {
            found.group(1): html.escape(found.group(2) or found.group(3) or "", quote=False)
            for found in _ENTITY_DECLARATION.finditer(subset.group(1))
        }
        markup = markup[: subset.start()] + markup[subset.end() :]
        if entities:
            grown = 0

            def expand(reference: re.Match[str]) -> str:
                nonlocal grown
                value = entities.get(reference.group(1))
                if value is None:
                    return reference.group(0)
                grown += len(value)
                return value

            expanded = _ENTITY_REFERENCE.sub(expand, markup)
            if grown > len(markup):
                raise over_budget(name, "characters of declared XML entities", len(markup))
            markup = expanded
    if "<![CDATA[" in markup:
        markup = _CDATA.sub(_cdata_as_markup, markup)
    return markup


# Markup inside a character data section: a tag or a comment ("<TextHtml><![CDATA[<p>§ 8-807
# ...</p><!-- abbreviated -->]]></TextHtml>", a council system's HTML copy of the text).
_MARKUP_IN_CDATA = compile_pattern(r"<(?:/?[A-Za-z][\w:-]*(?:\s[^<>]{0,400})?/?|!--)>")


def _cdata_as_markup(section: re.Match[str]) -> str:
    """A CDATA section's content for the HTML parser: HTML kept as markup, so its tags and
    comments are read as such; anything else escaped, so a "<" in the text stays text."""
    content = section.group(1)
    if _MARKUP_IN_CDATA.search(content):
        return content
    return html.escape(content, quote=False)


def _check_budgets(markup: str, name: str, kind: str = "HTML") -> None:
    """Refuse markup with more elements, attributes on a tag, or nesting than allowed."""
    nesting_tag = _ANY_TAG if kind == "XML" else _NESTING_TAG
    # Every start tag begins with "<" not followed by "/" or "!": an upper bound, at C speed.
    elements = markup.count("<") - markup.count("</") - markup.count("<!")
    if elements > MAX_HTML_ELEMENTS:
        raise over_budget(name, f"{kind} elements", MAX_HTML_ELEMENTS)
    for tag in _LONG_TAG.finditer(markup):
        attributes = sum(1 for _ in _ATTRIBUTE.finditer(markup, tag.start(), tag.end()))
        if attributes > MAX_HTML_ATTRIBUTES:
            raise over_budget(name, f"attributes on one {kind} tag", MAX_HTML_ATTRIBUTES)
    depth = 0
    # findall gives "" (open) or "/" (close) per tag: a plain loop over short strings.
    for found in nesting_tag.findall(markup):
        # (HTML's pattern gives the "/" of a closing tag; XML's gives it and a self-closing "/")
        closing, self_closing = (found, "") if isinstance(found, str) else found
        if self_closing:
            continue
        if closing:
            depth = depth - 1 if depth else 0
        else:
            depth += 1
            if depth > MAX_HTML_DEPTH:
                raise over_budget(name, f"levels of nested {kind} elements", MAX_HTML_DEPTH)


class _TextBuilder:
    """Accumulates visible text with HTML whitespace rules and struck spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.at_line_start = True
        self.pending_space = False
        self.struck = 0
        self.preformatted = 0
        self.preformatted_spans: list[tuple[int, int]] = []
        self.deletions: list[tuple[int, int]] = []
        self.kept_text_since_deletion = True

    def add_text(self, raw: str) -> None:
        if self.preformatted:
            chunk = raw
        else:
            chunk = _HTML_SPACE.sub(" ", raw)
            if chunk.startswith(" "):
                self.pending_space = True
                chunk = chunk[1:]
            trailing = chunk.endswith(" ")
            chunk = chunk.rstrip(" ")
            if not chunk:
                self.pending_space = self.pending_space or trailing
                return
            if self.pending_space and not self.at_line_start:
                self._append(" ")
            self.pending_space = trailing
        if not chunk:
            return
        start = self.length
        self._append(chunk)
        self.at_line_start = chunk.endswith("\n")
        if not self.struck:
            self.kept_text_since_deletion = self.kept_text_since_deletion or not chunk.isspace()
        elif self.deletions and not self.kept_text_since_deletion:
            # Struck runs split only by tags or spaces form one deletion.
            self.deletions[-1] = (self.deletions[-1][0], self.length)
        else:
            self.deletions.append((start, self.length))
            self.kept_text_since_deletion = False

    def add_space(self) -> None:
        self.pending_space = True

    def line_break(self, force: bool = False) -> None:
        self.pending_space = False
        if force or not self.at_line_start:
            self._append("\n")
            self.at_line_start = True

    def text(self) -> str:
        return "".join(self.parts)

    def _append(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.length += len(chunk)


def _is_hidden(attributes: dict[str, str | None]) -> bool:
    if "hidden" in attributes:
        return True
    style = attributes.get("style")
    if not style:
        return False
    style = _STYLE_SPACE.sub("", style.lower())
    return "display:none" in style or "visibility:hidden" in style


def _is_struck(tag: str, attributes: dict[str, str | None]) -> bool:
    if tag in STRUCK_TAGS:
        return True
    status = attributes.get("status")
    if status and status.strip().lower() in STRUCK_STATUSES:
        return True
    style = attributes.get("style")
    if style and "line-through" in style.lower():
        return True
    classes = attributes.get("class")
    return bool(classes) and not STRUCK_CLASSES.isdisjoint(classes.lower().split())


def _walk(
    root: Any, builder: _TextBuilder, block_tags: frozenset[str] = BLOCK_TAGS
) -> None:  # root: a selectolax LexborNode
    """Depth-first walk without recursion (pages can nest thousands of inline tags)."""
    # Each entry of ``open_elements`` is (node, struck, preformatted, block).
    open_elements: list[tuple[Any, bool, bool, bool]] = []
    node = root
    while node is not None:
        tag = node.tag or ""
        descend = False
        if tag == "-text":
            builder.add_text(node.text_content or "")
        elif tag.startswith(("-", "!")) or tag in SKIPPED_TAGS:
            pass  # comments, doctype and invisible elements
        elif tag == "a" and node.text(deep=True).strip() in ANCHOR_MARKS:
            pass  # a heading's permalink ("¶"), not the bill's words
        elif tag == "br":
            builder.line_break(force=True)
        else:
            attributes = node.attributes
            if not _is_hidden(attributes):
                block = tag in block_tags
                struck = _is_struck(tag, attributes)
                preformatted = tag in {"pre", "listing", "textarea"}
                if block:
                    builder.line_break()
                if node.child is not None:
                    builder.struck += struck
                    if preformatted and not builder.preformatted:
                        builder.preformatted_spans.append((builder.length, builder.length))
                    builder.preformatted += preformatted
                    open_elements.append((node, struck, preformatted, block))
                    descend = True
                elif block:
                    builder.line_break()
                elif tag in CELL_TAGS:
                    builder.add_space()
        if descend:
            node = node.child
            continue
        following = node.next
        while following is None and open_elements:
            parent, struck, preformatted, block = open_elements.pop()
            builder.struck -= struck
            builder.preformatted -= preformatted
            if preformatted and not builder.preformatted:
                start, _ = builder.preformatted_spans[-1]
                builder.preformatted_spans[-1] = (start, builder.length)
            if block:
                builder.line_break()
            elif parent.tag in CELL_TAGS or parent.tag == "num":
                # (a cell ends a word; so does an XML section number: "<num>(a)</num><text>")
                builder.add_space()
            following = parent.next
        node = following
