"""The themes members tag their practice with; posting needs at least one."""

from django.db import migrations

THEMAS = [
    ("vervoer", "Vervoer"),
    ("eenzaamheid", "Eenzaamheid"),
    ("privacy", "Privacy"),
    ("vrijwilligers-werven", "Vrijwilligers werven"),
    ("financiering", "Financiering"),
    ("samenwerking-huisarts", "Samenwerking huisarts"),
    ("mantelzorg", "Mantelzorg"),
    ("dorpsloket", "Dorpsloket en bereikbaarheid"),
]


def add(apps, schema_editor):
    if schema_editor.connection.schema_name != "public":
        return
    Thema = apps.get_model("leerkring", "Thema")
    for slug, naam in THEMAS:
        Thema.objects.get_or_create(slug=slug, defaults={"naam": naam})


class Migration(migrations.Migration):
    dependencies = [("leerkring", "0001_initial")]
    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
