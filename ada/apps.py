from django.apps import AppConfig


class AdaConfig(AppConfig):
    name = "ada"
    verbose_name = "ADA-toolbox"
