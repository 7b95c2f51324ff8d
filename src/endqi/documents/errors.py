"""Errors raised for input that cannot be read as a bill."""

from __future__ import annotations


class DocumentError(Exception):
    """The input cannot be evaluated; the message is one clear sentence for the user."""
