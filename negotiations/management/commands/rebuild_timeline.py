import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ...models import Track
from ...timeline import rebuild_all, rebuild_track


class Command(BaseCommand):
    help = "Rebuild the timeline of every track (or one, with --track) from the curated data."

    def add_arguments(self, parser):
        parser.add_argument("--track", metavar="SLUG", help="Only this track.")
        parser.add_argument(
            "--parallel",
            type=int,
            default=settings.TIMELINE_REBUILD_PARALLEL,
            help="Tracks built at once when rebuilding all (default %(default)s).",
        )
        parser.add_argument(
            "--async",
            dest="enqueue",
            action="store_true",
            help="Enqueue Celery tasks instead of building here.",
        )

    def handle(self, *args, track=None, parallel=1, enqueue=False, **options):
        tracks = Track.objects.order_by("id")
        if track:
            tracks = tracks.filter(slug=track)
            if not tracks:
                raise CommandError(f"No track with slug {track!r}.")
        if enqueue:
            from ...tasks import rebuild_track_timeline

            for item in tracks:
                result = rebuild_track_timeline.delay(item.pk, "full")
                self.stdout.write(f"{item.slug}: enqueued (task {result.id})")
            return
        start = time.perf_counter()
        if track:
            builds = [rebuild_track(track_id=tracks.get().pk)]
        else:
            builds = rebuild_all(parallel=parallel)
        slugs = dict(Track.objects.values_list("id", "slug"))
        for build in builds:
            seconds = build.duration.total_seconds()
            self.stdout.write(f"{slugs[build.track_id]}: {build.rows} rows in {seconds:.2f} s")
        total = sum(build.rows for build in builds)
        self.stdout.write(
            self.style.SUCCESS(f"{total} rows in {time.perf_counter() - start:.2f} s")
        )
