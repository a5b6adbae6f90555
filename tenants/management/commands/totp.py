"""noaber totp E-MAIL — the current TOTP code of a demo account (DEBUG only)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tenants.totp import current_code


class Command(BaseCommand):
    help = "Toon de huidige TOTP-code van een demo-account (alleen met DEBUG aan)"

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("Alleen beschikbaar in de demo (DEBUG). / Demo only (DEBUG).")
        code = current_code(email)
        if code is None:
            raise CommandError(f"Geen TOTP voor {email}. / No TOTP for {email}.")
        self.stdout.write(code)
