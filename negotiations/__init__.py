"""Ceasefire Tracker. Kept import-free: `negotiations.extraction` must load without Django.
The Celery app (`negotiations.celery`) is loaded by `NegotiationsConfig.ready()` in Django
processes, and found by `celery -A negotiations` on its own."""
