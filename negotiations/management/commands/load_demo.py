from django.core.management.base import BaseCommand

from ...demo import TRACK_NAME, load_demo


class Command(BaseCommand):
    help = "Load the demo track curated from the seed article (safe to run again)."

    def handle(self, *args, **options):
        summary = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo track “{TRACK_NAME}”: {summary.created} rows created, "
                f"{summary.existing} already present."
            )
        )
