"""Builders and helpers shared by the import tests (not a conftest, to keep merges simple)."""

import datetime
import http.server
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from negotiations.models import Candidate, Source

SEED = (
    Path(__file__).resolve().parent.parent
    / "negotiations"
    / "demo_data"
    / "seed-it-trump-putin-call.txt"
)

ARTICLE = (
    "Putin e Trump parlano al telefono\n\n"
    "Il presidente Donald Trump parlerà martedì al telefono con il presidente russo "
    "Vladimir Putin, ha detto la Casa Bianca.\n"
    "L'Ucraina ha accettato la proposta americana di un cessate il fuoco di 30 giorni.\n"
)


def make_source(text: str = ARTICLE, **fields) -> Source:
    fields.setdefault("published_on", datetime.date(2025, 3, 17))
    fields.setdefault("extraction_status", Source.ExtractionStatus.DONE)
    fields.setdefault("origin", Source.Origin.PASTE)
    return Source.objects.create(text=text, **fields)


def make_candidate(source: Source, ordinal: int, *, actors=(), **fields) -> Candidate:
    start = fields.pop("start", None)
    evidence = fields.pop("evidence", None)
    if evidence is None:
        evidence = source.text.strip().split("\n")[-1]
    if start is None and evidence in source.text:
        start = source.text.index(evidence)
    fields.setdefault("kind", Candidate.Kind.MEETING)
    fields.setdefault("confidence", 0.8)
    fields.setdefault("payload", {"type": fields["kind"], "actors": [a.name for a in actors]})
    candidate = Candidate.objects.create(
        source=source,
        ordinal=ordinal,
        evidence=evidence,
        evidence_start=start,
        evidence_end=None if start is None else start + len(evidence),
        **fields,
    )
    candidate.matched_actors.set(actors)
    return candidate


def wait_for(predicate, *, timeout: float = 30.0, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError("timed out waiting")


@contextmanager
def serve(routes: dict):
    """A tiny HTTP server on 127.0.0.1: path → (status, headers, body) or a callable."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if callable(route):
                route = route(self)
                if route is None:
                    return
            status, headers, body = route
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def ensure_editors_group() -> None:
    """Transactional tests flush the tables, including the Editors group a data migration
    created; put it back (same permissions) before the `editor` fixture needs it."""
    from django.contrib.auth.models import Group, Permission

    group, created = Group.objects.get_or_create(name="Editors")
    if created or not group.permissions.exists():
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="negotiations").exclude(
                codename__contains="historical"
            )
        )
