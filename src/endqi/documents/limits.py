"""The reader's budgets: how much of each kind of thing a document may hold.

Every limit the reader enforces lives here, each far above what real bills
need (the longest state budget bills run to a few thousand pages) and low
enough that reading any input within the byte limit stays within seconds and a
bounded amount of memory. Input over a budget is refused with a
:class:`~endqi.documents.errors.DocumentError` naming the budget, never
truncated and never left to run.
"""

from __future__ import annotations

from endqi.documents.errors import DocumentError

#: Lines of extracted text (a 50 MB bill of 60-character lines has about 830,000).
MAX_LINES = 1_000_000
#: Pages of a PDF, or form-feed pages of a text.
MAX_PAGES = 20_000

#: Decompressed bytes of all of a PDF's Flate streams together, counted before the
#: PDF library sees the file (used or not: a bomb in unused metadata counts too).
MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024
#: Objects drawn directly on one PDF page (text runs, paths, images).
MAX_PDF_PAGE_OBJECTS = 100_000
#: Thin horizontal rules examined as possible strike-throughs in the whole PDF.
MAX_PDF_STRIKE_RULES = 200_000

#: HTML elements (start tags) in one page (a long bill's page has tens of thousands).
MAX_HTML_ELEMENTS = 200_000
#: Attributes on one HTML tag.
MAX_HTML_ATTRIBUTES = 1_000
#: Nesting of HTML containers (blocks and inline formatting).
MAX_HTML_DEPTH = 2_000


def over_budget(name: str, what: str, limit: int) -> DocumentError:
    """The error for input over a budget: ``<name> has more than <limit> <what>``."""
    return DocumentError(
        f"{name} has more than {limit:,} {what}, beyond what the reader accepts for one bill"
    )


def check_lines_and_pages(text: str, page_count: int, name: str) -> None:
    """Refuse extracted text with more lines or pages than the budgets allow."""
    if page_count > MAX_PAGES:
        raise over_budget(name, "pages", MAX_PAGES)
    if text.count("\n") >= MAX_LINES:
        raise over_budget(name, "lines", MAX_LINES)
