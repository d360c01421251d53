from django.apps import AppConfig


class NegotiationsConfig(AppConfig):
    name = "negotiations"
    verbose_name = "Ceasefire negotiations"

    def ready(self) -> None:
        from . import celery, signals  # noqa: F401 - bind shared tasks to our app; connect handlers
