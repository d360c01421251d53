from django.apps import AppConfig


class NegotiationsConfig(AppConfig):
    name = "negotiations"
    verbose_name = "Ceasefire negotiations"

    def ready(self) -> None:
        from . import signals  # noqa: F401
