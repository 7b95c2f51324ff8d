"""``endqi send-alerts``: send due confirmations, alerts and digests (run it from cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from endqi.alerts.sending import send_due


class Command(BaseCommand):
    """Send what is due; exit non-zero (everything stays queued) if the mail server fails."""

    help = "Send due e-mail alerts: confirmations, one message per change, weekly digests."

    def add_arguments(self, parser: CommandParser) -> None:
        """``--base-url`` for links when ENDQI_SITE_URL is not set."""
        parser.add_argument("--base-url", help="The site's address for links in messages.")

    def handle(self, *args: Any, **options: Any) -> None:
        """Run one sending pass and print what it did."""
        report = send_due(base=options.get("base_url"))
        self.stdout.write(
            f"sent {report.sent}: {report.confirmations} confirmations, {report.alerts} alerts, "
            f"{report.digests} digests; {len(report.bounced)} bounced"
        )
        if report.stopped:
            raise CommandError(f"stopped early, the rest stays queued: {report.stopped}")
