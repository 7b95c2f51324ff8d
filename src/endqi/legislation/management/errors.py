"""One clear ``endqi: error:`` line for management commands run from the shell."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError


class EndqiCommand(BaseCommand):
    """A command whose ``CommandError`` prints ``endqi: error: ...`` and exits 1.

    Django's default prefix is the exception class name; operators of the
    ``endqi`` tool get the same one-line format as ``endqi evaluate``. Called
    through ``call_command`` (tests, other commands) the error still propagates.
    """

    def execute(self, *args: Any, **options: Any) -> Any:
        """Run ``handle``; from the shell, a ``CommandError`` becomes one clean line."""
        try:
            return super().execute(*args, **options)
        except CommandError as error:
            if getattr(self, "_called_from_command_line", False) and not options.get("traceback"):
                sys.stderr.write(f"endqi: error: {error}\n")
                sys.exit(error.returncode)
            raise
