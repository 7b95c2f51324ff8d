"""``endqi demo [--port N] [--no-serve] [--debug]``: migrate, load every app's seed data, serve.

Seeding is every management command whose name starts with ``seed_`` (each
app provides its own and each is idempotent), so a second run changes nothing
and a new app's data appears without touching this command.

The port is checked before anything else, so a taken port is one line naming a
free one, not a traceback after the seeding. The demo serves the site as
visitors see it: its own 404 and 500 pages, not Django's debug pages (which
list every URL pattern); ``--debug`` brings those back for development.
"""

from __future__ import annotations

import errno
import socket
from typing import Any

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import CommandError, CommandParser

from endqi.legislation.management.errors import EndqiCommand

DEFAULT_PORT = 8000
DEMO_HOST = "127.0.0.1"
PORTS_TO_SUGGEST = 50  # how far above a taken port to look for a free one


def port_is_free(port: int, host: str = DEMO_HOST) -> bool:
    """Whether a server could listen on ``host:port`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As the server will (socketserver's allow_reuse_address): a port left in
        # TIME_WAIT by a server just stopped is free; one another server listens on is not.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def free_port_near(port: int) -> int | None:
    """The first free port above ``port`` (within :data:`PORTS_TO_SUGGEST`), if any."""
    for candidate in range(port + 1, min(port + PORTS_TO_SUGGEST, 65535) + 1):
        if port_is_free(candidate):
            return candidate
    return None


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
        parser.add_argument(
            "--debug",
            action="store_true",
            help="show Django's debug pages for errors instead of the site's own 404/500",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        """Migrate, run each seed command, then runserver (unless ``--no-serve``)."""
        port = options["port"]
        if not 1 <= port <= 65535:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        if not options["no_serve"] and not port_is_free(port):
            suggestion = free_port_near(port)
            use = (
                f"choose a free one, e.g. make run PORT={suggestion} (or endqi demo --port "
                f"{suggestion})"
                if suggestion
                else "choose a free one with make run PORT=N (or endqi demo --port N)"
            )
            raise CommandError(f"port {port} is already in use on {DEMO_HOST}; {use}.")
        verbosity = options["verbosity"]
        self.stdout.write("demo: migrating the database")
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
        for name in seed_command_names():
            self.stdout.write(f"demo: running {name}")
            call_command(name, verbosity=verbosity, stdout=self.stdout, stderr=self.stderr)
        if options["no_serve"]:
            return
        if not options["debug"]:
            # Visitors' view: the site's own error pages. Set before the server starts
            # handling requests, which read it per request; static files still come from
            # WhiteNoise's finders, which do not depend on DEBUG.
            settings.DEBUG = False
        self.stdout.write(f"demo: serving http://{DEMO_HOST}:{port}/ (Ctrl-C to stop)")
        call_command(
            "runserver",
            f"{DEMO_HOST}:{port}",
            use_reloader=False,
            use_threading=True,
        )
