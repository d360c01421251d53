"""Signal wiring. Kept deliberately thin: handlers only enqueue work, rules live elsewhere.

Saving or deleting anything the timeline shows records a timeline ref (`timeline.Ref`) on the
current transaction; on commit, every ref the transaction collected goes out in ONE
`refresh_timeline_entries` task. If the broker is unreachable the save still succeeds: the
miss is logged and recorded (`timeline.record_missed_refresh`) for the reconciliation task.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from kombu.exceptions import KombuError
from redis.exceptions import RedisError

from .models import (
    Actor,
    Alias,
    Citation,
    Concession,
    ConcessionStage,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Source,
    Track,
)

log = logging.getLogger(__name__)

BROKER_ERRORS = (KombuError, RedisError, OSError)


def _pending_refs() -> set:
    """Refs collected on this thread's connection and not yet sent."""
    connection = transaction.get_connection()
    if not hasattr(connection, "timeline_pending_refs"):
        connection.timeline_pending_refs = set()
    return connection.timeline_pending_refs


def _forget_rolled_back_refs(pending: set) -> None:
    """When no send is registered any more, the transaction that collected `pending` rolled
    back (Django drops its on-commit callbacks): those refs must not ride along."""
    callbacks = getattr(transaction.get_connection(), "run_on_commit", [])
    if pending and not any(callback[1] is _send_pending_refs for callback in callbacks):
        pending.clear()


def _enqueue(task, *args) -> None:
    """Send `task` on a broker connection of its own that tries once (no connection or
    publish retries: a fresh connection has nothing stale to replace) and whose round trips
    give up after `TIMELINE_ENQUEUE_TIMEOUT` seconds.

    Celery's pooled connections have no socket timeout, so a publish to a Redis that accepts
    connections but never answers (hung, partitioned, failing over) would wait forever,
    holding the editor's request after its commit. The pool keeps no timeout on purpose: with
    one, a worker whose ack timed out stopped consuming for good (kombu 5.7, fault tests).
    """
    from .celery import app

    timeout = settings.TIMELINE_ENQUEUE_TIMEOUT
    options = {"socket_timeout": timeout, "socket_connect_timeout": timeout, "max_retries": 0}
    with app.connection_for_write(transport_options=options) as connection:
        task.apply_async(args=args, connection=connection, retry=False)


def _send_pending_refs() -> None:
    from . import timeline
    from .tasks import refresh_timeline_entries

    pending = _pending_refs()
    if not pending:
        return  # an earlier callback of the same commit already sent them
    refs = sorted(pending)
    pending.clear()
    try:
        _enqueue(refresh_timeline_entries, [list(ref) for ref in refs])
    except Exception as error:  # noqa: BLE001 - the edit is committed; never fail it here
        level = logging.ERROR if isinstance(error, BROKER_ERRORS) else logging.CRITICAL
        log.log(level, "Timeline refresh not enqueued (%r); reconciliation will catch up", error)
        timeline.record_missed_refresh(refs=refs, error=error)


def refresh_on_commit(*refs: tuple[str, int | None]) -> None:
    """Queue a refresh of these refs for when the current transaction commits. Every call
    registers the same callback; the first to run sends the whole set, the rest find it empty
    (registering each time keeps refs safe when a savepoint that registered first rolls back)."""
    if not settings.TIMELINE_REFRESH_ON_SAVE:
        return
    pending = _pending_refs()
    _forget_rolled_back_refs(pending)
    pending.update((kind, object_id) for kind, object_id in refs if object_id is not None)
    transaction.on_commit(_send_pending_refs)


def _rebuild_track_on_commit(track_id: int) -> None:
    from .tasks import rebuild_track_timeline

    def send() -> None:
        try:
            _enqueue(rebuild_track_timeline, track_id, "full")
        except Exception as error:  # noqa: BLE001 - the edit is committed; never fail it here
            log.error("Timeline rebuild of track %s not enqueued (%r)", track_id, error)

    if settings.TIMELINE_REFRESH_ON_SAVE:
        transaction.on_commit(send)


def _event_refs(citation: Citation) -> list[tuple[str, int | None]]:
    return [
        ("meeting", citation.meeting_id),
        ("proposal", citation.proposal_id),
        ("concession", citation.concession_id),
        ("response", citation.response_id),
    ]


@receiver([post_save, post_delete], sender=Meeting)
def meeting_changed(sender, instance: Meeting, **kwargs) -> None:
    refresh_on_commit(("meeting", instance.pk))


@receiver([post_save, post_delete], sender=Proposal)
def proposal_changed(sender, instance: Proposal, **kwargs) -> None:
    refresh_on_commit(("proposal", instance.pk))


@receiver([post_save, post_delete], sender=Concession)
def concession_changed(sender, instance: Concession, **kwargs) -> None:
    refresh_on_commit(("concession", instance.pk))


@receiver([post_save, post_delete], sender=ProposalResponse)
def response_changed(sender, instance: ProposalResponse, **kwargs) -> None:
    refresh_on_commit(("response", instance.pk), ("proposal", instance.proposal_id))


@receiver([post_save, post_delete], sender=ConcessionStage)
def stage_changed(sender, instance: ConcessionStage, **kwargs) -> None:
    refresh_on_commit(("concession", instance.concession_id))


@receiver([post_save, post_delete], sender=MeetingParticipant)
def participant_changed(sender, instance: MeetingParticipant, **kwargs) -> None:
    refresh_on_commit(("meeting", instance.meeting_id))


@receiver([post_save, post_delete], sender=ProposalParty)
def party_changed(sender, instance: ProposalParty, **kwargs) -> None:
    refresh_on_commit(("proposal", instance.proposal_id))


@receiver([post_save, post_delete], sender=Citation)
def citation_changed(sender, instance: Citation, **kwargs) -> None:
    refresh_on_commit(*_event_refs(instance))


@receiver(post_save, sender=Actor)
def actor_changed(sender, instance: Actor, created: bool, **kwargs) -> None:
    if not created:  # a new actor is on no entry yet
        refresh_on_commit(("actor", instance.pk))


@receiver([post_save, post_delete], sender=Alias)
def alias_changed(sender, instance: Alias, **kwargs) -> None:
    """Aliases are searchable on the entries of their actor."""
    refresh_on_commit(("actor", instance.actor_id))


@receiver(post_save, sender=Source)
def source_changed(sender, instance: Source, created: bool, **kwargs) -> None:
    if not created:  # a new source is cited by nothing yet
        refresh_on_commit(("source", instance.pk))


@receiver(post_save, sender=Track)
def track_changed(sender, instance: Track, created: bool, **kwargs) -> None:
    """A track's own fields are not on its entries, but a saved track is a cheap, explicit
    moment to make sure its timeline is whole (a new track gets its first, empty build)."""
    _rebuild_track_on_commit(instance.pk)
