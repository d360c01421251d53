from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from ...reference import REFERENCE_FILE, load_reference_actors


class Command(BaseCommand):
    help = "Add the reference gazetteer's actors, aliases and offices that the database lacks."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=REFERENCE_FILE)

    def handle(self, *args, file: Path, **options):
        with transaction.atomic():
            summary = load_reference_actors(path=file)
        self.stdout.write(
            self.style.SUCCESS(
                f"Reference gazetteer: {summary.actors_created} actors, "
                f"{summary.aliases_created} aliases, {summary.offices_created} offices added."
            )
        )
