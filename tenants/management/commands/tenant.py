"""noaber tenant create|list — provision foundations from the command line."""

from django.core.management.base import BaseCommand

from noaber.errors import NoaberError
from tenants.management.base import command_error
from tenants.models import Organisatie
from tenants.selectors import initiatieven
from tenants.services import tenant_provision


class Command(BaseCommand):
    help = "Dorpsorganisaties (tenants) beheren / manage village foundations"

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="nieuwe organisatie / new foundation")
        create.add_argument("slug", help="korte naam, ook het subdomein (bijv. wedde)")
        create.add_argument("naam", help='volledige naam, bijv. "Wedde dat \'t lukt"')
        create.add_argument("--gemeente", required=True)
        create.add_argument("--dorp", action="append", default=[], dest="dorpen")
        create.add_argument(
            "--soort", default=Organisatie.Soort.BETAALD, help=", ".join(Organisatie.Soort.values)
        )
        create.add_argument("--status", default=Organisatie.Status.ACTIEF)
        create.add_argument("--domein", dest="domain", default=None)
        create.add_argument("--coordinator", dest="coordinator_email", required=True)
        create.add_argument("--wachtwoord", dest="coordinator_password", default=None)
        sub.add_parser("list", help="alle organisaties / all foundations")

    def handle(self, *args, action, **options):
        if action == "list":
            for org in initiatieven().prefetch_related("domains"):
                domains = ", ".join(d.domain for d in org.domains.all())
                self.stdout.write(f"{org.slug}\t{org.naam}\t{org.schema_name}\t{domains}")
            return
        try:
            result = tenant_provision(
                slug=options["slug"],
                naam=options["naam"],
                gemeente=options["gemeente"],
                dorpen=options["dorpen"],
                soort=options["soort"],
                status=options["status"],
                domain=options["domain"],
                coordinator_email=options["coordinator_email"],
                coordinator_password=options["coordinator_password"],
            )
        except NoaberError as exc:
            raise command_error(exc) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Organisatie '{result.organisatie.naam}' aangemaakt: "
                f"http://{result.domain.domain}:8000/ (schema {result.organisatie.schema_name})"
            )
        )
        if result.coordinator_is_new and not options["coordinator_password"]:
            self.stdout.write(
                f"Coördinator {result.coordinator.email} kan een wachtwoord instellen via "
                f"'Wachtwoord vergeten' op de inlogpagina."
            )
