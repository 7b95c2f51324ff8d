"""``endqi evaluate`` and ``endqi screen`` (placeholder until the CLI work lands)."""

from __future__ import annotations


def run_pure_command(argv: list[str]) -> int:
    """Run a pure sub-command; returns the exit code."""
    raise SystemExit("endqi: error: not implemented yet")
