from django.apps import AppConfig


class InventarisConfig(AppConfig):
    name = "inventaris"
    verbose_name = "Inventarisatie en provinciaal overzicht"

    def ready(self) -> None:
        # The shared layer plugs into the tenant's contract, not the other way round:
        # kern's services ask kern.aggregates for a publish and never import inventaris.
        from inventaris.publish import publish_schema
        from kern import aggregates

        aggregates.publisher_register(publish_schema)
