"""Celery tasks: thin wrappers that take ids, refetch, and call a workflow function."""

from celery import shared_task


@shared_task(name="negotiations.ping")
def ping(token: str) -> str:
    """Round-trip check used by health checks and tests: proves a worker consumes the queue."""
    return f"pong:{token}"
