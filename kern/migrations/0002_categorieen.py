"""The report's categories of help, and the default limits, in every new tenant.

Runs in the template schema; tenants cloned from it copy these rows.
"""

from django.db import migrations

CATEGORIEEN = [
    ("vervoer", "Vervoer", False),
    ("formulieren", "Formulieren, administratie, digitaal en budget", False),
    ("klusjes", "Klusjes en tuin", False),
    ("bezoek", "Voorlezen, bezoek en wandelen", True),
    ("aandacht", "Persoonlijke aandacht", True),
    ("respijtzorg", "Respijtzorg voor mantelzorgers", True),
    ("taal", "Taal", False),
    ("overig", "Overig", False),
]


def seed(apps, schema_editor):
    if schema_editor.connection.schema_name == "public":
        return
    Categorie = apps.get_model("kern", "Categorie")
    Instellingen = apps.get_model("kern", "Instellingen")
    for volgorde, (slug, naam, vog) in enumerate(CATEGORIEEN):
        Categorie.objects.get_or_create(
            slug=slug, defaults={"naam": naam, "vog_vereist": vog, "volgorde": volgorde}
        )
    if not Instellingen.objects.exists():
        Instellingen.objects.create()


class Migration(migrations.Migration):
    dependencies = [("kern", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
