from django.apps import AppConfig


class MdoConfig(AppConfig):
    name = "mdo"
    verbose_name = "MDO (multidisciplinair overleg)"
