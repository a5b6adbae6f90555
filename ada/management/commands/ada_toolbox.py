"""Load the ADA toolbox's routes and example projects (idempotent)."""

from django.core.management.base import BaseCommand

from ada.demo import toolbox_seed


class Command(BaseCommand):
    help = "Vul de ADA-toolbox met de stappen en voorbeeldprojecten uit de bronnen."

    def handle(self, *args, **options):
        toolbox_seed()
        self.stdout.write("ADA-toolbox gevuld.")
