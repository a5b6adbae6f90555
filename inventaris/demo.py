"""This app's part of the demo (public schema): links, one application, published figures."""

from __future__ import annotations

from inventaris.models import Initiatief, Soort, Toetredingsverzoek
from inventaris.publish import publish_all
from tenants.models import Dorp, Gemeente, Organisatie

DEMO_TOETREDINGSVERZOEK = "dorpshulp-bierum"


def seed(*, accounts) -> None:
    """Idempotent: link demo tenants to their inventory entries, publish their counts."""
    for ini in Initiatief.objects.filter(organisatie__isnull=True):
        org = Organisatie.objects.filter(slug=ini.slug).first()
        if org is not None:
            ini.organisatie = org
            ini.save(update_fields=["organisatie"])
    if not Toetredingsverzoek.objects.filter(slug=DEMO_TOETREDINGSVERZOEK).exists():
        gemeente = Gemeente.objects.get(naam="Eemsdelta")
        verzoek = Toetredingsverzoek.objects.create(
            initiatief=Initiatief.objects.filter(slug="bierum").first(),
            naam="Dorpshulp Bierum",
            slug=DEMO_TOETREDINGSVERZOEK,
            gemeente=gemeente,
            soort=Soort.DORPSTELEFOON,
            contact_email="dorpshulp@bierum.example",
            toelichting="Wij willen onze 24-uurs dorpstelefoon met Noaber bijhouden.",
        )
        verzoek.dorpen.set(Dorp.objects.filter(gemeente=gemeente, naam="Bierum"))
    publish_all()
