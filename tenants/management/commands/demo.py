"""noaber demo — migrate, seed the demo from the inventory, and serve it."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from tenants.demo import DEMO_PASSWORD, seed_demo


class Command(BaseCommand):
    help = "Start de demo: migreren, demo-organisaties aanmaken en de server starten"

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="alleen klaarzetten")
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args, no_serve=False, addrport="127.0.0.1:8000", **options):
        call_command("migrate_schemas", interactive=False, verbosity=0)
        accounts = seed_demo()
        port = addrport.rsplit(":", 1)[-1]
        self.stdout.write(self.style.SUCCESS("\nNoaber-demo staat klaar (fictieve gegevens)."))
        self.stdout.write(
            f"  Gedeelde laag (Groninger Dorpen): http://{settings.NOABER_DOMAIN}:{port}/"
        )
        self.stdout.write(f"  Wachtwoord voor alle demo-accounts: {DEMO_PASSWORD}")
        self.stdout.write(
            "  Coördinatoren en staf gebruiken tweestapsverificatie: zet het TOTP-geheim in een"
            " authenticator-app, of vraag een code op met `noaber totp E-MAIL`.\n"
        )
        current = None
        for org, rol, email, secret in accounts.rows:
            if org != current:
                current = org
                self.stdout.write(self.style.MIGRATE_HEADING(org))
            extra = f"  TOTP-geheim {secret}" if secret else ""
            self.stdout.write(f"  {rol:<22} {email}{extra}")
        self.stdout.write("")
        from tenants.models import Organisatie

        for org in Organisatie.objects.exclude(schema_name="public").prefetch_related("domains"):
            for domain in org.domains.all():
                self.stdout.write(f"  {org.naam:<28} http://{domain.domain}:{port}/")
        if not no_serve:
            call_command("runserver", addrport, use_reloader=False)
