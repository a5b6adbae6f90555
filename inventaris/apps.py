from django.apps import AppConfig


class InventarisConfig(AppConfig):
    name = "inventaris"
    verbose_name = "Inventarisatie en provinciaal overzicht"
