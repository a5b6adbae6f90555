from django.apps import AppConfig


class LeerkringConfig(AppConfig):
    name = "leerkring"
    verbose_name = "Leerkring"

    def ready(self) -> None:
        # Registers the mail tasks and the weekly digest in Celery beat's schedule.
        from leerkring import tasks  # noqa: F401
