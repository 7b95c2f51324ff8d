"""Load bills (.txt, .html, .pdf) into clean text with a map back to page and line.

Pure Python; never imports Django. Heavy PDF libraries load only when a PDF is opened.
"""

from endqi.documents.errors import DocumentError
from endqi.documents.model import Document, Provision

__all__ = ["Document", "DocumentError", "Provision", "document_from_text", "load_document"]


def document_from_text(text: str, *, path: str = "-") -> Document:
    """TEMPORARY minimal version: wrap text without cleaning (replaced by the loader)."""
    import hashlib

    return Document(
        text=text,
        original=text,
        offset_map=range(len(text) + 1),
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def load_document(path: str) -> Document:
    """TEMPORARY: read a UTF-8 text file."""
    with open(path, encoding="utf-8") as handle:
        return document_from_text(handle.read(), path=path)
