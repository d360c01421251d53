from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...portability import ImportRefused, import_all


class Command(BaseCommand):
    help = "Restore a file written by export_all into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            counts = import_all(file)
        except ImportRefused as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Imported {sum(counts.values())} objects from {file}.")
        )
        self.stdout.write("Rebuild the timelines next: python manage.py rebuild_timeline")
