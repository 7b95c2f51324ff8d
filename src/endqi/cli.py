"""The ``endqi`` command.

``endqi evaluate`` and ``endqi screen`` run the pure evaluator with no database
(and without Django installed). Every other sub-command is a Django management
command (``endqi demo``, ``endqi migrate``, ``endqi import-bills``...), so
operators need one tool only. ``endqi``, ``endqi --help`` and ``endqi help``
print endqi's own overview: the project's commands grouped by what they are for,
then Django's commands under one "admin" heading.
"""

from __future__ import annotations

import importlib.util
import os
import sys

PURE_COMMANDS = {"evaluate", "screen"}
HELP_FLAGS = {"-h", "--help"}
VERSION_FLAGS = {"-V", "--version"}
EXIT_USAGE = 2
SITE_EXTRA_HINT = "pip install 'endqi[site]'"
PROJECT_APP_PREFIX = "endqi."
HELP_WIDTH = 80

# The site's commands under the overview's headings, in order, by what they do: serve or
# operate the site, write data into its database, or load the data shipped with endqi.
# Every project command is named here (a test holds it to the installed commands).
COMMAND_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Run the site", ("demo", "send_alerts")),
    (
        "Add and import data (writes to the database; running again changes nothing)",
        (
            "add_version",
            "import_bills",
            "import_cases",
            "import_districts",
            "import_people",
            "index_zips",
        ),
    ),
    (
        "Load the bundled seed data (writes to the database; idempotent)",
        ("seed_cases", "seed_legislation", "seed_officials"),
    ),
)
# A project command missing from COMMAND_GROUPS is still listed, under this heading.
OTHER_COMMANDS_HEADING = "Other site commands"


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    from_console = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in HELP_FLAGS:
        sys.stdout.write(overview_help())
        return 0
    if argv[0] in VERSION_FLAGS:
        sys.stdout.write(f"endqi {endqi_version()}\n")
        return 0
    if argv[0] == "help":
        return run_help(argv[1:])
    if argv[0] in PURE_COMMANDS:
        from endqi.commandline import leave_now, run_pure_command

        code = run_pure_command(argv)
        if from_console and argv[0] == "evaluate":
            leave_now(code)  # the console script's process ends here
        return code
    if not django_installed():
        return _usage_error(
            f"'{argv[0]}' is a site command and the site's packages are not installed "
            f"({SITE_EXTRA_HINT}); 'endqi --help' lists the commands"
        )
    return run_django_command(argv)


def endqi_version() -> str:
    """endqi's own version (not Django's)."""
    from endqi import __version__

    return __version__


def django_installed() -> bool:
    """Whether the ``site`` extra (Django and the web packages) is installed."""
    try:
        return importlib.util.find_spec("django") is not None
    except ImportError:  # an import hook that refuses Django counts as "not installed"
        return False


def run_help(names: list[str]) -> int:
    """``endqi help [COMMAND]``: the overview, or one command's own help."""
    if not names:
        sys.stdout.write(overview_help())
        return 0
    name = names[0]
    if name in PURE_COMMANDS:
        from endqi.commandline import command_parser

        command_parser(name).print_help()
        return 0
    if not django_installed():
        return _usage_error(f"no help for '{name}': it is not an evaluator command")
    if _django_name(name) not in _django_commands():
        return _usage_error(f"unknown command '{name}'; 'endqi --help' lists the commands")
    return run_django_command(["help", _django_name(name)])


def run_django_command(argv: list[str]) -> int:
    """Run a Django management command; dashes in its name are accepted (import-bills)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "endqi.web.settings")
    from django.core.management import execute_from_command_line

    if argv and not argv[0].startswith("-"):
        argv[0] = _django_name(argv[0])
    execute_from_command_line(["endqi", *argv])
    return 0


def _django_name(name: str) -> str:
    return name.replace("-", "_")


def _cli_name(name: str) -> str:
    return name.replace("_", "-")


def _usage_error(message: str) -> int:
    sys.stderr.write(f"endqi: error: {message}\n")
    return EXIT_USAGE


def _django_commands() -> dict[str, str]:
    """Every management command name → the app that provides it (settings loaded lazily)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "endqi.web.settings")
    import django
    from django.core.management import get_commands

    django.setup()
    return dict(get_commands())


def _first_line(text: str) -> str:
    return " ".join(text.split()).split(". ")[0].rstrip(".")


def _command_summary(app: str, name: str) -> str:
    from django.core.management import load_command_class

    return _first_line(str(load_command_class(app, name).help or ""))


def _rows(rows: list[tuple[str, str]]) -> list[str]:
    import textwrap  # only help text is wrapped: evaluate and screen never need it

    width = max((len(name) for name, _ in rows), default=0) + 2
    lines = []
    for name, summary in rows:
        wrapped = textwrap.wrap(summary, HELP_WIDTH - width - 2) or [""]
        lines.append(f"  {name.ljust(width)}{wrapped[0]}".rstrip())
        lines.extend(" " * (width + 2) + more for more in wrapped[1:])
    return lines


def overview_help() -> str:
    """endqi's own help: the project's commands grouped, Django's under "admin"."""
    from endqi.commandline import evaluator_command_summaries

    lines = [
        "usage: endqi COMMAND [options]",
        "       endqi help COMMAND      (the options of one command)",
        "",
        "Track, evaluate and act on state bills that end qualified immunity for police.",
        "",
        "Evaluate bills (no database needed):",
        *_rows([(name, summary) for name, summary in evaluator_command_summaries()]),
    ]
    if not django_installed():
        lines += [
            "",
            "The site's commands (demo, add-version, import-*, seed-*, admin) need the "
            f"site extra: {SITE_EXTRA_HINT}.",
        ]
    else:
        lines += _site_sections()
    lines += [
        "",
        "options:",
        *_rows([("-h, --help", "show this help"), ("--version", "print endqi's version")]),
        "",
    ]
    return "\n".join(lines)


def _site_sections() -> list[str]:
    from django.core.exceptions import ImproperlyConfigured

    try:
        commands = _django_commands()
    except (ImproperlyConfigured, RuntimeError, ImportError) as error:
        # Settings that cannot load must not hide the evaluator's help; say why the rest
        # is missing, in one line.
        return ["", f"(The site's commands are not listed: {type(error).__name__}: {error})"]
    except SystemExit:
        # The settings refused to start (e.g. production without its secret key) and
        # already printed their one line on stderr.
        return ["", "(The site's commands are not listed: the settings refused to load.)"]
    project = {name: app for name, app in commands.items() if app.startswith(PROJECT_APP_PREFIX)}
    grouped = {name for _, names in COMMAND_GROUPS for name in names}
    sections = [*COMMAND_GROUPS, (OTHER_COMMANDS_HEADING, tuple(set(project) - grouped))]
    lines: list[str] = []
    for heading, group in sections:
        names = sorted(name for name in group if name in project)
        if not names:
            continue
        rows = [(_cli_name(name), _command_summary(project[name], name)) for name in names]
        lines += ["", f"{heading}:", *_rows(rows)]
    admin = sorted(name for name in commands if name not in project)
    import textwrap

    lines += [
        "",
        "admin (Django's own commands; 'endqi help NAME' for one):",
        *textwrap.wrap(", ".join(admin), HELP_WIDTH, initial_indent="  ", subsequent_indent="  "),
    ]
    return lines


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
