"""``endqi demo [--port N] [--no-serve]``: migrate, load every app's seed data, serve.

Seeding is every management command whose name starts with ``seed_`` (each
app provides its own and each is idempotent), so a second run changes nothing
and a new app's data appears without touching this command.
"""

from __future__ import annotations

from typing import Any

from django.core.management import call_command, get_commands
from django.core.management.base import CommandError, CommandParser

from endqi.legislation.management.errors import EndqiCommand

DEFAULT_PORT = 8000


def seed_command_names() -> list[str]:
    """Names of every installed ``seed_*`` command, sorted (legislation first: others use states)."""
    names = sorted(name for name in get_commands() if name.startswith("seed_"))
    if "seed_legislation" in names:
        names.remove("seed_legislation")
        names.insert(0, "seed_legislation")
    return names


class Command(EndqiCommand):
    """Migrate, seed (idempotent) and serve the site on 127.0.0.1."""

    help = (
        "Create or update the database, load every app's seed data (idempotent) "
        "and serve the site at http://127.0.0.1:PORT/."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        """``--port`` and ``--no-serve``."""
        parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="default: 8000")
        parser.add_argument(
            "--no-serve", action="store_true", help="migrate and seed only, then exit"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Migrate, run each seed command, then runserver (unless ``--no-serve``)."""
        port = options["port"]
        if not 1 <= port <= 65535:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        verbosity = options["verbosity"]
        self.stdout.write("demo: migrating the database")
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
        for name in seed_command_names():
            self.stdout.write(f"demo: running {name}")
            call_command(name, verbosity=verbosity, stdout=self.stdout, stderr=self.stderr)
        if options["no_serve"]:
            return
        self.stdout.write(f"demo: serving http://127.0.0.1:{port}/ (Ctrl-C to stop)")
        call_command(
            "runserver",
            f"127.0.0.1:{port}",
            use_reloader=False,
            use_threading=True,
        )
