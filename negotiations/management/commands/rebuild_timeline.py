import time

from django.core.management.base import BaseCommand, CommandError

from ...models import Track
from ...timeline import rebuild_track


class Command(BaseCommand):
    help = "Rebuild the timeline of every track (or one, with --track) from the curated data."

    def add_arguments(self, parser):
        parser.add_argument("--track", metavar="SLUG", help="Only this track.")
        parser.add_argument(
            "--async",
            dest="enqueue",
            action="store_true",
            help="Enqueue one Celery task per track instead of building here.",
        )

    def handle(self, *args, track=None, enqueue=False, **options):
        tracks = Track.objects.order_by("name")
        if track:
            tracks = tracks.filter(slug=track)
            if not tracks:
                raise CommandError(f"No track with slug {track!r}.")
        total_rows, total_start = 0, time.perf_counter()
        for item in tracks:
            if enqueue:
                from ...tasks import rebuild_track_timeline

                result = rebuild_track_timeline.delay(item.pk, "full")
                self.stdout.write(f"{item.slug}: enqueued (task {result.id})")
                continue
            start = time.perf_counter()
            build = rebuild_track(track_id=item.pk)
            total_rows += build.rows
            self.stdout.write(
                f"{item.slug}: {build.rows} rows in {time.perf_counter() - start:.2f} s"
            )
        if not enqueue:
            self.stdout.write(
                self.style.SUCCESS(
                    f"{total_rows} rows in {time.perf_counter() - total_start:.2f} s"
                )
            )
