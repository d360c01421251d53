from pathlib import Path

from django.core.management.base import BaseCommand

from ...portability import export_all


class Command(BaseCommand):
    help = "Write every curated object (actors, aliases, events, sources, citations…) to one JSON file."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        counts = export_all(file)
        total = sum(counts.values())
        self.stdout.write(self.style.SUCCESS(f"Exported {total} objects to {file}."))
        for label, count in counts.items():
            self.stdout.write(f"  {label}: {count}")
