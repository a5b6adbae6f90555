from django.apps import AppConfig


class InventarisConfig(AppConfig):
    name = "inventaris"
    verbose_name = "Inventarisatie en provinciaal overzicht"

    def ready(self) -> None:
        from inventaris import publish

        publish.connect()
