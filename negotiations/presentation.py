"""How entries look and what they mean to outsiders: kind colours and shapes, status marks
that never rely on colour alone, and the PLOVER event category each entry maps to.

Kept apart from the models so the pages, the overview chart, the feeds and the exports all
draw from the same table.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class KindStyle:
    key: str
    label: str
    plural: str
    shape: str  # a glyph that distinguishes the kind without colour


KINDS: dict[str, KindStyle] = {
    "meeting": KindStyle("meeting", "Meeting", "meetings", "●"),
    "proposal": KindStyle("proposal", "Proposal", "proposals", "◆"),
    "response": KindStyle("response", "Response", "responses", "▲"),
    "concession": KindStyle("concession", "Concession", "concessions", "■"),
}

# (glyph, words). The words are always shown; the glyph only reinforces them.
STATUS_MARKS: dict[str, dict[str, tuple[str, str]]] = {
    "meeting": {
        "scheduled": ("◌", "Scheduled"),
        "held": ("●", "Held"),
        "postponed": ("↷", "Postponed"),
        "cancelled": ("✕", "Cancelled"),
    },
    "proposal": {
        "open": ("○", "Open"),
        "agreed": ("✓", "Agreed"),
        "rejected": ("✕", "Rejected"),
        "withdrawn": ("↩", "Withdrawn"),
        "superseded": ("⇢", "Superseded"),
    },
    "response": {
        "accepted": ("✓", "Accepted"),
        "rejected": ("✕", "Rejected"),
        "conditional": ("◐", "Accepted with conditions"),
        "pending": ("…", "Considering"),
        "withdrawn": ("↩", "Withdrew acceptance"),
    },
    "concession": {
        "demanded": ("?", "Demanded"),
        "offered": ("→", "Offered"),
        "agreed": ("✓", "Agreed"),
        "implemented": ("■", "Implemented"),
        "rejected": ("✕", "Rejected"),
        "withdrawn": ("↩", "Withdrawn"),
        "violated": ("⚠", "Reported violated"),
        "discussed": ("…", "On the table"),
    },
}


def status_mark(kind: str, status: str) -> tuple[str, str] | None:
    if not status:
        return None
    return STATUS_MARKS.get(kind, {}).get(status, ("·", status.replace("_", " ").capitalize()))


# PLOVER (Political Language Ontology for Verifiable Event Records) event categories.
# The codebook's sixteen: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
# ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.
#
#   kind        status                    PLOVER    why
#   meeting     any                       CONSULT   talks, calls, visits, mediated meetings
#   proposal    any                       REQUEST   putting terms to others asks them to act
#   response    accepted / conditional    AGREE     agreeing to a proposal (conditions noted)
#   response    rejected / withdrawn      REJECT    refusing, or retracting acceptance
#   response    pending                   —         "considering" is not yet an event
#   concession  demanded                  REQUEST   one side asks the other to give way
#   concession  offered                   CONCEDE   offering to yield
#   concession  agreed                    AGREE     both sides commit to it
#   concession  implemented, military     RETREAT   troops withdrawn, mobilisation halted…
#   concession  implemented, otherwise    CONCEDE   ports opened, sanctions eased…
#   concession  rejected / withdrawn      REJECT
#   concession  violated                  ACCUSE    "reported violated" is a claim by a party
#   concession  discussed                 CONSULT   on the table, nobody has moved yet
PLOVER_BY_STATUS: dict[str, dict[str, str | None]] = {
    "response": {
        "accepted": "AGREE",
        "conditional": "AGREE",
        "rejected": "REJECT",
        "withdrawn": "REJECT",
        "pending": None,
    },
    "concession": {
        "demanded": "REQUEST",
        "offered": "CONCEDE",
        "agreed": "AGREE",
        "implemented": "CONCEDE",
        "rejected": "REJECT",
        "withdrawn": "REJECT",
        "violated": "ACCUSE",
        "discussed": "CONSULT",
    },
}
PLOVER_CATEGORIES = frozenset(
    [
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
)


def plover_category(kind: str, status: str, subtype: str = "") -> str | None:
    """The PLOVER event category for an entry, or None when it records no event yet."""
    if kind == "meeting":
        return "CONSULT"
    if kind == "proposal":
        return "REQUEST"
    if kind == "concession" and status == "implemented" and subtype == "military":
        return "RETREAT"
    return PLOVER_BY_STATUS.get(kind, {}).get(status)


def mark_headings(entries: list, previous_group: str | None = None) -> list:
    """Set `entry.heading` on each entry that starts a new month (or year, or "unknown")
    group. `previous_group` is the group the page before ended in, so a page loaded by
    infinite scroll does not repeat the heading the reader is already under."""
    for entry in entries:
        entry.heading = entry.group_key != previous_group
        previous_group = entry.group_key
    return entries
