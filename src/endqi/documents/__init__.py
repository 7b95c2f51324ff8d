"""Load bills (.txt, .html, .pdf) into clean text with a map back to page and line.

Pure Python; never imports Django. Heavy PDF libraries load only when a PDF is opened.

The public API is small: :func:`load_document` (a path or ``"-"``),
:func:`load_bytes` (an upload) and :func:`document_from_text` (pasted text), each
returning an immutable :class:`Document` whose provisions carry their section labels.
"""

from endqi.documents.errors import DocumentError
from endqi.documents.loader import (
    DEFAULT_MAX_BYTES,
    document_from_text,
    load_bytes,
    load_document,
)
from endqi.documents.model import Document, Provision

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "DocumentError",
    "Provision",
    "document_from_text",
    "load_bytes",
    "load_document",
]
