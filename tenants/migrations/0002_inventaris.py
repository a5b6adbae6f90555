"""Load the gemeenten and dorpen of the Groninger Dorpen inventory (reference data)."""

from django.db import migrations


def load(apps, schema_editor):
    from tenants.inventaris import load as load_inventaris
    from django.utils.text import slugify

    if schema_editor.connection.schema_name != "public":
        return
    Gemeente = apps.get_model("tenants", "Gemeente")
    Dorp = apps.get_model("tenants", "Dorp")
    data = load_inventaris()
    gemeenten = {}
    for item in data["gemeenten"]:
        gemeenten[item["naam"]], _ = Gemeente.objects.update_or_create(
            naam=item["naam"], defaults={"slug": item.get("slug") or slugify(item["naam"])}
        )
    for item in data["dorpen"]:
        Dorp.objects.update_or_create(
            gemeente=gemeenten[item["gemeente"]],
            naam=item["naam"],
            defaults={"lat": item["lat"], "lon": item["lon"]},
        )


class Migration(migrations.Migration):
    dependencies = [("tenants", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
