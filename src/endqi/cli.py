"""The ``endqi`` command.

``endqi evaluate`` and ``endqi screen`` run the pure evaluator with no database.
Every other sub-command is a Django management command (``endqi demo``,
``endqi migrate``, ``endqi import-bills``...), so operators need one tool only.
"""

from __future__ import annotations

import os
import sys

PURE_COMMANDS = {"evaluate", "screen"}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in PURE_COMMANDS:
        from endqi.commandline import run_pure_command

        return run_pure_command(argv)
    return run_django_command(argv)


def run_django_command(argv: list[str]) -> int:
    """Run a Django management command; dashes in its name are accepted (import-bills)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "endqi.web.settings")
    from django.core.management import execute_from_command_line

    if argv and not argv[0].startswith("-"):
        argv[0] = argv[0].replace("-", "_")
    execute_from_command_line(["endqi", *argv])
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
