from .actors import Actor, Alias, Office
from .common import DatePrecision, Publication, format_claimed_date, normalize_claimed_date
from .events import (
    Citation,
    Concession,
    ConcessionStage,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Track,
)
from .sources import Candidate, Source, content_fingerprint
from .timeline import TimelineBuild, TimelineEntry

__all__ = [
    "Actor",
    "Alias",
    "Candidate",
    "Citation",
    "Concession",
    "ConcessionStage",
    "DatePrecision",
    "Meeting",
    "MeetingParticipant",
    "Office",
    "Proposal",
    "ProposalParty",
    "ProposalResponse",
    "Publication",
    "Source",
    "TimelineBuild",
    "TimelineEntry",
    "Track",
    "content_fingerprint",
    "format_claimed_date",
    "normalize_claimed_date",
]
