"""Reach beyond the site: an embeddable state card and printable one-pagers."""
