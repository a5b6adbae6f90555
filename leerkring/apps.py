from django.apps import AppConfig


class LeerkringConfig(AppConfig):
    name = "leerkring"
    verbose_name = "Leerkring"
