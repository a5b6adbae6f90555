"""Load the initiatives of the Groninger Dorpen inventory (tenants/data/inventaris.json)."""

from django.db import migrations


def load(apps, schema_editor):
    from tenants.inventaris import load as load_inventaris

    if schema_editor.connection.schema_name != "public":
        return
    Gemeente = apps.get_model("tenants", "Gemeente")
    Dorp = apps.get_model("tenants", "Dorp")
    Initiatief = apps.get_model("inventaris", "Initiatief")
    for item in load_inventaris()["initiatieven"]:
        gemeente = Gemeente.objects.get(naam=item["gemeente"])
        ini, _ = Initiatief.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "naam": item["naam"],
                "gemeente": gemeente,
                "soort": item["soort"],
                "status": item["status"],
                "toelichting": item.get("toelichting", ""),
            },
        )
        ini.dorpen.set(Dorp.objects.filter(gemeente=gemeente, naam__in=item["dorpen"]))


class Migration(migrations.Migration):
    dependencies = [("inventaris", "0001_initial"), ("tenants", "0002_inventaris")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
