"""noaber inventaris_publiceer [--slug SLUG …] — recount tenants' anonymous counts in full.

The reconcile half of the publish (inventaris.publish): run it on a schedule (cron or
Celery beat, e.g. nightly) to catch writes no service made (bulk inserts, raw SQL, a
restored backup) and quarters that emptied. A failing tenant does not stop the others;
the command then exits non-zero naming it, so the scheduler reports it.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from inventaris.publish import publish_all
from tenants.models import Organisatie


class Command(BaseCommand):
    help = "Publiceer de anonieme kwartaalcijfers van alle (of de genoemde) organisaties"

    def add_arguments(self, parser):
        parser.add_argument("--slug", action="append", default=[], help="alleen deze organisatie")

    def handle(self, *args, slug, **options):
        organisaties = Organisatie.objects.exclude(schema_name="public").order_by("slug")
        if slug:
            organisaties = organisaties.filter(slug__in=slug)
            missing = set(slug) - set(organisaties.values_list("slug", flat=True))
            if missing:
                raise CommandError(f"Onbekende organisatie / unknown tenant: {', '.join(missing)}")
        started = time.perf_counter()
        report = publish_all(organisaties)
        self.stdout.write(
            f"{report.published} organisaties gepubliceerd in {time.perf_counter() - started:.1f} s"
        )
        if report.failed:
            raise CommandError(
                f"Publiceren mislukt voor / publish failed for: {', '.join(report.failed)}"
            )
