"""Celery tasks: thin wrappers that take ids, refetch, and call a workflow function."""

from celery import shared_task
from django.db import InterfaceError, OperationalError


@shared_task(name="negotiations.ping")
def ping(token: str) -> str:
    """Round-trip check used by health checks and tests: proves a worker consumes the queue."""
    return f"pong:{token}"


# --- Import and review ------------------------------------------------------------------
# Retried only on transient database/broker errors; an engine crash is recorded on the
# Source (status "failed" with the reason) by the workflow function and not retried.


@shared_task(
    name="negotiations.extract_source",
    autoretry_for=(OperationalError, InterfaceError, ConnectionError),
    retry_backoff=2,
    retry_backoff_max=60,
    max_retries=5,
    acks_late=True,
)
def extract_source(source_id: int) -> int:
    """Run the extraction engine on one Source; safe to run twice (candidates replaced)."""
    from .importing import run_extraction

    return run_extraction(source_id=source_id)
