"""The demo track, curated by hand from the seed article (an Italian machine translation of a
March 2025 report on the Trump–Putin call). Loading is idempotent: every row is looked up by
its natural key before it is created, so running it twice changes nothing."""

import datetime
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from .models import (
    Actor,
    Citation,
    Concession,
    DatePrecision,
    Meeting,
    MeetingParticipant,
    Proposal,
    ProposalParty,
    ProposalResponse,
    Publication,
    Source,
    Track,
)

SEED_PATH = Path(__file__).parent / "demo_data" / "seed-it-trump-putin-call.txt"
TRACK_NAME = "Russia–Ukraine ceasefire 2025"

ACTORS = [
    # name, kind, title, affiliation, aliases (text, language, kind)
    (
        "United States",
        "state",
        "",
        None,
        [
            ("Stati Uniti", "it", "name"),
            ("Casa Bianca", "it", "metonym"),
            ("White House", "en", "metonym"),
            ("USA", "", "acronym"),
            ("statunitensi", "it", "demonym"),
        ],
    ),
    (
        "Russia",
        "state",
        "",
        None,
        [
            ("Cremlino", "it", "metonym"),
            ("Kremlin", "en", "metonym"),
            ("russi", "it", "demonym"),
            ("guida russa", "it", "title"),
            ("Mosca", "it", "metonym"),
            ("Russland", "de", "name"),
        ],
    ),
    (
        "Ukraine",
        "state",
        "",
        None,
        [
            ("Ucraina", "it", "name"),
            ("ucraini", "it", "demonym"),
            ("Kyiv", "en", "metonym"),
            ("Україна", "uk", "name"),
        ],
    ),
    (
        "Donald Trump",
        "person",
        "President of the United States",
        "United States",
        [
            ("Trump", "", "surname"),
            ("presidente Donald Trump", "it", "title"),
        ],
    ),
    (
        "Vladimir Putin",
        "person",
        "President of Russia",
        "Russia",
        [
            ("wladimir putin", "de", "variant"),
            ("Putin", "", "surname"),
            ("presidente russo", "it", "title"),
            ("Владимир Путин", "ru", "variant"),
        ],
    ),
    (
        "Volodymyr Zelensky",
        "person",
        "President of Ukraine",
        "Ukraine",
        [
            ("Wolodymir Selenskyj", "de", "variant"),
            ("Selenskyj", "de", "surname"),
            ("presidente ucraino", "it", "title"),
            ("Zelenskyy", "en", "variant"),
            ("Володимир Зеленський", "uk", "variant"),
        ],
    ),
    ("Steve Witkoff", "person", "US special envoy", "United States", [("Witkoff", "", "surname")]),
    ("Marco Rubio", "person", "US Secretary of State", "United States", [("Rubio", "", "surname")]),
    (
        "Mike Waltz",
        "person",
        "US National Security Adviser",
        "United States",
        [("Waltz", "", "surname")],
    ),
    (
        "JD Vance",
        "person",
        "Vice President of the United States",
        "United States",
        [
            ("vicepresidente JD Vance", "it", "title"),
            ("Vance", "", "surname"),
        ],
    ),
]


@dataclass
class DemoSummary:
    created: int = 0
    existing: int = 0

    def count(self, created: bool) -> None:
        if created:
            self.created += 1
        else:
            self.existing += 1


def _sentence(text: str, start: str) -> tuple[str, int, int]:
    """The sentence of the seed that begins with `start`, with its offsets."""
    begin = text.index(start)
    end = begin
    while end < len(text) and text[end] not in ".?\n":
        end += 1
    end = min(end + 1, len(text))
    return text[begin:end].strip(), begin, end


@transaction.atomic
def load_demo() -> DemoSummary:
    summary = DemoSummary()
    track, created = Track.objects.get_or_create(
        name=TRACK_NAME,
        defaults={
            "slug": "russia-ukraine-ceasefire-2025",
            "description": "US-brokered talks on a ceasefire in Russia's war against Ukraine.",
        },
    )
    summary.count(created)

    actors: dict[str, Actor] = {}
    for name, kind, title, affiliation, aliases in ACTORS:
        actor = Actor.objects.filter(name=name).first()
        if actor is None:
            actor = Actor.objects.create(
                name=name, kind=kind, title=title, affiliation=actors.get(affiliation)
            )
            summary.count(True)
        else:
            summary.count(False)
        for text, language, alias_kind in aliases:
            actor.add_alias(text, language=language, kind=alias_kind)
        actors[name] = actor

    text = SEED_PATH.read_text(encoding="utf-8")
    source = Source.objects.with_text_like(text).first()
    summary.count(source is None)
    if source is None:
        source = Source.objects.create(
            title="Trump parla con Putin-Negotiations on Ucraina Russia Armistice",
            language="it",
            published_on=datetime.date(2025, 3, 17),
            text=text,
            origin=Source.Origin.MANUAL,
            track=track,
            extraction_status=Source.ExtractionStatus.DONE,
        )

    def cite(start: str, **target) -> None:
        quote, begin, end = _sentence(text, start)
        _, created = Citation.objects.get_or_create(
            source=source,
            meeting=target.get("meeting"),
            proposal=target.get("proposal"),
            concession=target.get("concession"),
            response=target.get("response"),
            stage=target.get("stage"),
            defaults={"quote": quote, "quote_start": begin, "quote_end": end},
        )
        summary.count(created)

    def meeting(title, *, date, precision, fmt, status, location="", summary_text, parties):
        event, created = Meeting.objects.get_or_create(
            track=track,
            title=title,
            defaults={
                "date": date,
                "date_precision": precision,
                "format": fmt,
                "status": status,
                "location": location,
                "summary": summary_text,
                "publication": Publication.PUBLISHED,
            },
        )
        summary.count(created)
        for actor_name, role in parties:
            MeetingParticipant.objects.get_or_create(
                meeting=event, actor=actors[actor_name], defaults={"role": role}
            )
        return event

    call = meeting(
        "Trump and Putin to speak by phone",
        date=datetime.date(2025, 3, 18),
        precision=DatePrecision.DAY,
        fmt=Meeting.Format.PHONE_CALL,
        status=Meeting.Status.SCHEDULED,
        summary_text="A call scheduled for Tuesday, at a moment the White House calls crucial.",
        parties=[("Donald Trump", "caller"), ("Vladimir Putin", "callee")],
    )
    cite("La prossima conversazione telefonica", meeting=call)

    february_call = meeting(
        "Trump and Putin resume contact by phone",
        date=datetime.date(2025, 2, 1),
        precision=DatePrecision.MONTH,
        fmt=Meeting.Format.PHONE_CALL,
        status=Meeting.Status.HELD,
        summary_text="The call that opened negotiations after a long silence between Washington and Moscow.",
        parties=[("Donald Trump", "caller"), ("Vladimir Putin", "callee")],
    )
    cite("I negoziati per la fine della guerra", meeting=february_call)

    oval_office = meeting(
        "Zelensky's Oval Office meeting with Trump ends in a clash",
        date=datetime.date(2025, 2, 28),
        precision=DatePrecision.DAY,
        fmt=Meeting.Format.IN_PERSON,
        status=Meeting.Status.HELD,
        location="Oval Office, Washington",
        summary_text="Trump and Vice President Vance argued with Zelensky; the meeting ended badly.",
        parties=[("Donald Trump", "host"), ("JD Vance", "host"), ("Volodymyr Zelensky", "visitor")],
    )
    cite("Di conseguenza, Trump ha invitato", meeting=oval_office)

    riyadh = meeting(
        "US and Russian delegations meet in Riyadh",
        date=datetime.date(2025, 2, 18),
        precision=DatePrecision.DAY,
        fmt=Meeting.Format.IN_PERSON,
        status=Meeting.Status.HELD,
        location="Riyadh",
        summary_text="After the meeting Waltz said territory would have to be discussed.",
        parties=[
            ("Mike Waltz", "participant"),
            ("Marco Rubio", "participant"),
            ("Russia", "participant"),
        ],
    )
    cite("Dopo un incontro con i russi a Riad", meeting=riyadh)

    moscow = meeting(
        "Witkoff meets Putin in Moscow",
        date=datetime.date(2025, 3, 13),
        precision=DatePrecision.DAY,
        fmt=Meeting.Format.IN_PERSON,
        status=Meeting.Status.HELD,
        location="Moscow",
        summary_text="Several hours of direct talks; Witkoff called them positive.",
        parties=[("Steve Witkoff", "visitor"), ("Vladimir Putin", "host")],
    )
    cite("Gli sforzi per avvicinare la Russia", meeting=moscow)

    proposal, created = Proposal.objects.get_or_create(
        track=track,
        title="US proposal for a 30-day ceasefire",
        defaults={
            "date": datetime.date(2025, 3, 1),
            "date_precision": DatePrecision.MONTH,
            "summary": "A temporary ceasefire offered by the United States; Ukraine accepted, "
            "Russia answered with conditions.",
            "terms": "A 30-day ceasefire as a first step towards talks on a permanent settlement.",
            "status": Proposal.Status.OPEN,
            "publication": Publication.PUBLISHED,
        },
    )
    summary.count(created)
    for actor_name, role in [
        ("United States", ProposalParty.Role.PROPOSER),
        ("Ukraine", ProposalParty.Role.ADDRESSEE),
        ("Russia", ProposalParty.Role.ADDRESSEE),
    ]:
        ProposalParty.objects.get_or_create(proposal=proposal, actor=actors[actor_name], role=role)
    cite("Settimane di intensi negoziati", proposal=proposal)
    accepted, _ = ProposalResponse.objects.get_or_create(
        proposal=proposal,
        actor=actors["Ukraine"],
        stance=ProposalResponse.Stance.ACCEPTED,
        defaults={"date": datetime.date(2025, 3, 1), "date_precision": DatePrecision.MONTH},
    )
    cite("Dopo che Selenskyj ha dichiarato", proposal=proposal, response=accepted)
    conditional, _ = ProposalResponse.objects.get_or_create(
        proposal=proposal,
        actor=actors["Russia"],
        stance=ProposalResponse.Stance.CONDITIONAL,
        defaults={
            "date": datetime.date(2025, 3, 1),
            "date_precision": DatePrecision.MONTH,
            "conditions": "Ukraine to halt mobilisation and the training of its troops.",
        },
    )
    cite("Tuttavia, Putin ha risposto pubblicamente", proposal=proposal, response=conditional)

    def concession(
        title,
        *,
        giver,
        receiver,
        category,
        status,
        date=None,
        precision=DatePrecision.UNKNOWN,
        summary_text,
        quote_start,
        linked=None,
    ):
        event, created = Concession.objects.get_or_create(
            track=track,
            title=title,
            defaults={
                "giver": actors[giver],
                "receiver": actors.get(receiver),
                "category": category,
                "status": status,
                "date": date,
                "date_precision": precision,
                "summary": summary_text,
                "proposal": linked,
                "publication": Publication.PUBLISHED,
            },
        )
        summary.count(created)
        stage = event.stages.filter(status=status).first()
        if stage is None:
            stage = event.record_stage(status, date=date, date_precision=precision)
        cite(quote_start, concession=event)
        return event

    concession(
        "Russia asked to withdraw troops from occupied areas",
        giver="Russia",
        receiver="United States",
        category=Concession.Category.MILITARY,
        status=Concession.Status.DEMANDED,
        summary_text="A central US aim for the call: whether Russia would pull back its troops.",
        quote_start="Un obiettivo centrale della conversazione",
    )
    concession(
        "US pauses military aid and intelligence sharing with Ukraine",
        giver="United States",
        receiver="Ukraine",
        category=Concession.Category.MILITARY,
        status=Concession.Status.IMPLEMENTED,
        date=datetime.date(2025, 3, 1),
        precision=DatePrecision.MONTH,
        summary_text="A temporary halt that followed the Oval Office clash.",
        quote_start="Questo è stato seguito",
    )
    concession(
        "Russia demands Ukraine halt mobilisation and troop training",
        giver="Ukraine",
        receiver="Russia",
        category=Concession.Category.MILITARY,
        status=Concession.Status.DEMANDED,
        date=datetime.date(2025, 3, 1),
        precision=DatePrecision.MONTH,
        summary_text="Putin's public answer to the US proposal set conditions for Ukraine.",
        quote_start="Tuttavia, Putin ha risposto pubblicamente",
        linked=proposal,
    )
    concession(
        "Russia keeping annexed territory on the table",
        giver="Ukraine",
        receiver="Russia",
        category=Concession.Category.TERRITORIAL,
        status=Concession.Status.DISCUSSED,
        summary_text="Waltz: territory, including Donbas and Crimea, would have to be discussed.",
        quote_start="Sarebbe accettabile che la Russia",
    )
    concession(
        "Control of the Zaporizhzhia nuclear power plant",
        giver="Russia",
        receiver="Ukraine",
        category=Concession.Category.SITE_CONTROL,
        status=Concession.Status.DISCUSSED,
        summary_text="Under Russian control since the start of the war; central to the talks.",
        quote_start="La questione delle donazioni",
    )
    concession(
        "Access to Black Sea ports",
        giver="Russia",
        receiver="Ukraine",
        category=Concession.Category.ECONOMIC,
        status=Concession.Status.DISCUSSED,
        summary_text="Long a point of conflict: Russia attacks Ukrainian ports.",
        quote_start="Inoltre, l'accesso ai porti del Mar Nero",
    )

    summit, created = Proposal.objects.get_or_create(
        track=track,
        title="Possible in-person Trump–Putin summit",
        defaults={
            "date": datetime.date(2025, 2, 1),
            "date_precision": DatePrecision.MONTH,
            "summary": "Considered by Trump last month; not yet confirmed. Kept as a draft.",
            "publication": Publication.DRAFT,
        },
    )
    summary.count(created)
    ProposalParty.objects.get_or_create(
        proposal=summit, actor=actors["Donald Trump"], role=ProposalParty.Role.PROPOSER
    )
    cite("Un incontro personale tra Trump e Putin", proposal=summit)

    from .timeline import rebuild_track

    rebuild_track(track_id=track.pk)
    return summary
