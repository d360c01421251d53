"""Document-level linking: deciding which mentions are one event.

- meetings: same format, shared participants, compatible dates (a later undated mention of
  "the call" joins the call; a call last month and a call on Tuesday stay apart);
- proposals: a definite reference ("the agreement", "le document") joins the latest proposal;
  an indefinite one ("a declaration of principles") or one with its own qualifier and date is a
  new document; the proposal takes the latest date of its asserted steps;
- concessions: one per sentence and kind of concession, joined across sentences when the same
  party concedes the same kind of thing;
- statements: consecutive sentences by the same speaker are one statement.
Dates are inherited only through explicit references: anaphora ("à cette occasion") or terms of
an agreement (granted or offered concessions take their agreement's date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .dates import UNKNOWN, DateValue, dates_compatible, days_after
from .events import ASSERTED, CONDITIONAL, DENIED, HYPOTHETICAL, SCHEDULED, EventMention


@dataclass
class Event:
    type: str
    mentions: list[EventMention] = field(default_factory=list)
    date: DateValue = UNKNOWN

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def actors(self) -> list[str]:
        return list(dict.fromkeys(a for mention in self.mentions for a in mention.actors))

    def union(self, attribute: str) -> list[str]:
        return list(
            dict.fromkeys(a for mention in self.mentions for a in getattr(mention, attribute))
        )

    @property
    def learned_only(self) -> bool:
        """No rule fired on it: every mention was proposed by the sentence model."""
        return all(m.learned for m in self.mentions)

    @property
    def sentence_index(self) -> int:
        return self.first.sentence.index


def _later(a: DateValue, b: DateValue) -> DateValue:
    if not a:
        return b
    if not b:
        return a
    return b if b.value > a.value else a


def _add_partners(mentions: list[EventMention], others: list[EventMention]) -> list[EventMention]:
    """A ceremony sentence naming one participant takes the parties of the event it refers to."""
    kept = []
    for mention in mentions:
        if mention.needs_partners:
            previous = [
                o
                for o in others
                if 0 <= mention.sentence.index - o.sentence.index <= 1
                and o.type in ("proposal", "meeting")
                and o is not mention
            ]
            if not previous and len(mention.actors) < 2:
                continue
            for other in previous:
                mention.actors += [a for a in other.actors if a not in mention.actors]
        kept.append(mention)
    return kept


def _link_meetings(
    mentions: list[EventMention], people: set[str], separate: set[int] = frozenset()
) -> list[Event]:
    """Shared participants mean a shared person, two shared parties, or one on the same day."""
    events: list[Event] = []
    for mention in mentions:
        if (
            mention.sentence.index in separate
            and len(mention.actors) >= 2
            and mention.date
            and not mention.continues_previous
            and not any(set(mention.actors) == set(e.actors) for e in events)
        ):
            # "a bilateral meeting before the summit": a distinct encounter, other participants
            events.append(Event("meeting", [mention], mention.date))
            continue
        recent = [
            e for e in events if 0 <= mention.sentence.index - e.mentions[-1].sentence.index <= 1
        ]
        if mention.continues_previous and recent and not mention.date:
            recent[-1].mentions.append(mention)
            continue
        told = [
            e for e in events if 0 < mention.sentence.index - e.mentions[-1].sentence.index <= 4
        ]
        if mention.refers_back and told:
            told[-1].mentions.append(mention)  # its people took part in the meeting told before
            continue
        best = None
        for event in events:
            if mention.one_of_several and any(
                m.sentence.index == mention.sentence.index for m in event.mentions
            ):
                continue  # "con Putin a Mosca e con Zelensky a Kiev": two encounters
            if mention.one_of_several and not set(mention.actors) <= set(event.actors):
                continue  # "separate calls with Jaishankar and Sharif": not the call told before
            if event.first.subtype != mention.subtype and "phone_call" in (
                event.first.subtype,
                mention.subtype,
            ):
                continue
            if not dates_compatible(event.date, mention.date):
                continue
            if (
                not event.date
                and mention.date_in_clause
                and mention.sentence.index - event.mentions[-1].sentence.index >= 2
            ):
                continue  # a later encounter with its own date is not the undated one told before
            places = {m.location.casefold() for m in event.mentions if m.location}
            if mention.location and places and mention.location.casefold() not in places:
                continue  # the ceremony at the State Department and the reception in the Oval Office
            shared = set(event.actors) & set(mention.actors)
            shared_people = {a for a in shared if a in people}
            same_day = bool(event.date) and event.date == mention.date
            if not (shared_people or len(shared) >= 2 or (same_day and shared)):
                continue
            if not shared_people and all(
                len([a for a in actors if a in people]) >= 2
                for actors in (event.actors, mention.actors)
            ):
                continue  # the generals' call and Rubio's call to Munir, both on Saturday
            same_modality = (event.first.modality == SCHEDULED) == (mention.modality == SCHEDULED)
            score = (bool(event.date) and event.date == mention.date, same_modality)
            if best is None or score > best[0]:
                best = (score, event)
        if best and (best[0][0] or best[0][1]):
            event = best[1]
            event.mentions.append(mention)
            if not event.date:
                event.date = mention.date
        else:
            events.append(Event("meeting", [mention], mention.date))
    return events


def _well_before(date: DateValue, other: DateValue, days: int = 7) -> bool:
    """A calendar day more than a week before the accord's date: "Das Abkommen von Pretoria
    war am 2. November unterzeichnet worden" told after this week's talks is another document."""
    if not date or not other or date.precision != "day" or other.precision != "day":
        return False
    gap = dt.date.fromisoformat(other.value) - dt.date.fromisoformat(date.value)
    return gap.days > days


def _other_proposer(mention: EventMention, event: Event) -> bool:
    """ "Erdoğan offered on Monday to host Putin, Zelensky and Trump" is not Ukraine's proposal
    of the same day that Zelensky and Putin meet."""
    proposers = {name for m in event.mentions for name in m.proposed_by}
    return bool(mention.proposed_by and proposers) and not proposers & set(mention.proposed_by)


def _same_family(a: str, b: str, families) -> bool:
    """ "Truce" and "ceasefire" name the same kind of document; "declaration" and "plan" do not."""
    a, b = a.lower(), b.lower()
    return a == b or bool(families and families.fullmatch(a) and families.fullmatch(b))


def _link_proposals(mentions: list[EventMention], families=None) -> list[Event]:
    events: list[Event] = []
    for mention in mentions:
        target = None
        same_kind = [e for e in events if e.first.about_meeting == mention.about_meeting]
        if mention.anaphoric and not mention.date:
            previous = [
                e for e in same_kind if mention.sentence.index - e.mentions[-1].sentence.index <= 1
            ]
            target = previous[-1] if previous else None
            if (
                target is None
                and not mention.proposed_by
                and not mention.accepted_by
                and not mention.rejected_by
            ):
                continue
        elif mention.new_document:
            for event in same_kind:
                shared = set(event.actors) & set(mention.actors)
                same_day = bool(
                    event.date
                    and mention.date
                    and event.date == mention.date
                    and shared
                    and not mention.another_document  # "also handed over a memorandum"
                    and not _other_proposer(mention, event)
                )
                by_reference = (
                    not mention.date
                    and mention.date_by_reference
                    and not mention.another_document
                    and len(shared) >= 2
                    and _same_family(mention.trigger, event.first.trigger, families)
                )
                if same_day or by_reference:
                    target = event
        else:
            own_date = mention.date_in_clause and mention.date
            noun = mention.trigger.lower()
            naming_it = [
                e for e in same_kind if any(noun in m.sentence.text.lower() for m in e.mentions)
            ]
            for event in reversed(naming_it or same_kind):
                incompatible = bool(event.date) and not dates_compatible(event.date, mention.date)
                earlier_document = (
                    mention.explicit_date
                    and not mention.generic_noun
                    and (
                        (
                            noun not in {m.trigger.lower() for m in event.mentions}
                            and (not event.date or mention.date.value < event.date.value)
                        )
                        or (not _opens_sentence(mention) and _well_before(mention.date, event.date))
                    )
                )  # "el Acuerdo Marco, lo firmaron el 15 de octubre de 2012": an earlier document;
                # a bare "Das Abkommen war am 1. März paraphiert worden" is an earlier step
                other_dated_document = (
                    mention.explicit_date
                    and incompatible
                    and any(m.explicit_date for m in event.mentions)
                    and not any(_same_family(noun, m.trigger, families) for m in event.mentions)
                )  # "am 11. Mai eine Grundsatzerklärung … eine am 20. Mai vereinbarte Waffenruhe"
                dated_elsewhere = not event.date and all(
                    m.date_by_reference for m in event.mentions
                )
                # "firmaron también ese día un acuerdo …" is dated by "that day", so "firmaron el
                # 10 de marzo el Acuerdo de México" is another document
                if own_date and (
                    (mention.qualified and incompatible)
                    or earlier_document
                    or other_dated_document
                    or (mention.explicit_date and dated_elsewhere)
                ):
                    continue
                if (
                    mention.proposed_by
                    and not set(mention.proposed_by) & set(event.actors)
                    and not (
                        mention.amends
                        and any(_same_family(noun, m.trigger, families) for m in event.mentions)
                    )  # "proposed to extend the truce": that truce
                ):
                    continue  # someone else proposing: a new proposal
                target = event
                break
        if target is None:
            if mention.modality in (HYPOTHETICAL, CONDITIONAL, DENIED):
                continue  # a proposal that only might exist joins one the text reports, or nothing
            events.append(
                Event(
                    "proposal", [mention], mention.date if mention.modality == ASSERTED else UNKNOWN
                )
            )
            continue
        target.mentions.append(mention)
        if mention.modality == ASSERTED and mention.date_in_clause:
            target.date = _later(target.date, mention.date)
    return [e for e in events if any(not m.anaphoric or m.date for m in e.mentions)]


def _opens_sentence(mention: EventMention) -> bool:
    """ "Das Abkommen war … bereits am 1. März paraphiert worden": the document just told, as
    the subject of a new sentence, with an earlier step; not "Die am 10. Oktober vereinbarte
    Waffenruhe", which names another document by its date."""
    before = mention.sentence.text[: mention.trigger_start - mention.sentence.start].split()
    return len(before) <= 1 and not mention.qualified


def _split_earlier_documents(events: list[Event]) -> list[Event]:
    """A mention joined while its accord was still undated, whose own calendar date turns out
    more than a week before the accord's, was another document ("Das Abkommen von Pretoria war
    am 2. November unterzeichnet worden", in an article on this week's Nairobi talks)."""
    result: list[Event] = []
    for event in events:
        apart = [
            m
            for m in event.mentions[1:]
            if m.explicit_date
            and not m.generic_noun
            and not _opens_sentence(m)  # "Das Abkommen war am 1. März paraphiert worden": a step
            and _well_before(m.date, event.date)
        ]
        if apart:
            event.mentions = [m for m in event.mentions if m not in apart]
            for mention in apart:
                result.append(Event("proposal", [mention], mention.date))
        result.append(event)
    return sorted(result, key=lambda e: e.sentence_index)


def _link_concessions(mentions: list[EventMention]) -> list[Event]:
    events: list[Event] = []
    for mention in mentions:
        target = None
        for event in events:
            same_sentence = event.mentions[-1].sentence.index == mention.sentence.index
            if event.first.category != mention.category:
                continue
            one_issue = mention.category == "prisoner_exchange" or "discussed" in (
                event.first.status,
                mention.status,
            )
            if event.first.background != mention.background and not same_sentence:
                continue  # "X said today ...", "Kabul has long demanded ...": two facts
            adjacent = mention.sentence.index - event.mentions[-1].sentence.index == 1
            if (
                mention.category == "prisoner_exchange"
                and adjacent
                and dates_compatible(event.date, mention.date)
            ):
                target = event  # an exchange told across two sentences ("... In return, Israel releases ...")
                break
            if same_sentence and (
                one_issue or set(event.union("conceding")) & set(mention.conceding)
            ):
                target = event  # an exchange, or one issue on the table, is one event
                break
            overlap = set(event.union("conceding")) & set(mention.conceding)
            near = mention.sentence.index - event.mentions[-1].sentence.index <= 2
            same_date = bool(event.date) and event.date == mention.date
            generic = mention.category in ("commitment", "demand_clause")  # two promises
            # of one party in two sentences are two items, not one told twice
            if (
                overlap
                and not generic
                and dates_compatible(event.date, mention.date)
                and (near or same_date)
            ):
                target = event
                break
        if target is None:
            events.append(Event("concession", [mention], mention.date))
            continue
        target.mentions.append(mention)
        if not target.date:
            target.date = mention.date
    return events


def _link_statements(mentions: list[EventMention]) -> list[Event]:
    events: list[Event] = []
    for mention in mentions:
        last = events[-1] if events else None
        if (
            last
            and last.first.speaker == mention.speaker
            and mention.sentence.index - last.mentions[-1].sentence.index <= 1
        ):
            last.mentions.append(mention)
            if not last.date:
                last.date = mention.date
            continue
        events.append(Event("statement", [mention], mention.date))
    return events


def _told_just_before(dated: list[Event], event: Event, index: int) -> Event | None:
    """The dated event with a mention in the three sentences before ``index``, nearest first:
    an accord told again in the sentence before counts there, not where it was first told."""
    nearest = None
    for other in dated:
        if other is event:
            continue
        steps = [m.sentence.index for m in other.mentions if 0 < index - m.sentence.index <= 3]
        if steps and (nearest is None or max(steps) >= nearest[0]):
            nearest = (max(steps), other)
    return nearest[1] if nearest else None


def _inherit_dates(
    events: list[Event],
    anaphoric_sentences: set[int],
    meeting_anaphora: dict[int, list[str]] | None = None,
    continuing: set[int] = frozenset(),
    same_day: set[int] = frozenset(),
    final: bool = True,
) -> None:
    meeting_anaphora = meeting_anaphora or {}
    dated = sorted((e for e in events if e.date), key=lambda e: e.sentence_index)
    proposals = [e for e in dated if e.type == "proposal"]
    for event in events:
        if event.date or any(m.background for m in event.mentions):
            continue  # "has long demanded": a standing position has no date to inherit
        index = event.sentence_index
        if index in continuing:
            # "Er sagte, ...": what the speaker of the sentence before said on the same day
            before = [
                e
                for e in dated
                if e.sentence_index == index - 1 and e.date.precision == "day" and e is not event
            ]
            if before:
                event.date = before[0].date
                continue
        referring = [
            m.sentence.index for m in event.mentions if m.sentence.index in meeting_anaphora
        ]
        if referring and event.type != "meeting":
            # "at the summit", "bei dem Treffen": the latest dated meeting told before
            meetings = [
                e
                for e in dated
                if e.type == "meeting" and 0 <= referring[0] - e.sentence_index <= 12
            ]
            nouns = meeting_anaphora[referring[0]]
            named = [
                e
                for e in meetings
                if any(n[:5] in m.sentence.text.lower() for m in e.mentions for n in nouns)
            ]  # "bei dem Treffen": the meeting the text called a Treffen, if it named one so
            if named or meetings:
                event.date = (named or meetings)[-1].date
                continue
        offset = event.first.days_after_reference
        if offset is not None:
            earlier = [
                e for e in dated if 0 < index - e.sentence_index <= 3 and e.date.precision == "day"
            ]
            if earlier:
                event.date = days_after(earlier[-1].date, offset)
            continue
        if index in same_day and index not in anaphoric_sentences:
            # "En el mismo comunicado, the RSF se comprometieron ...": the saying told before,
            # once the first pass has dated it
            if not final:
                continue
            told = _told_just_before(dated, event, index)
            if told is not None:
                event.date = told.date
                continue
        if event.type == "concession" and event.first.status in ("granted", "offered"):
            nearby = [p for p in proposals if 0 <= index - p.sentence_index <= 10]
            if nearby:
                event.date = max((p.date for p in nearby), key=lambda d: d.value)
                continue
        if event.type == "concession" and event.first.in_document:
            # "El acuerdo pide asimismo …": a demand the document told just before makes, dated
            # by that document
            told = [
                (max(steps), p)
                for p in proposals
                if (
                    steps := [
                        m.sentence.index for m in p.mentions if 0 <= index - m.sentence.index <= 10
                    ]
                )
            ]
            if told:
                event.date = max(told, key=lambda pair: pair[0])[1].date
                continue
        if index in anaphoric_sentences:
            # "the ceremony": the latest meeting or proposal the text has dated; "the same
            # day": whatever the text asserted and dated just before
            earlier = [
                e
                for e in dated
                if 0 <= index - e.sentence_index <= 3
                and e is not event
                and e.first.modality in (ASSERTED, SCHEDULED)
            ]
            if index in same_day:
                told = _told_just_before(
                    [e for e in dated if e.first.modality in (ASSERTED, SCHEDULED)], event, index
                )
                if told is not None or earlier:
                    event.date = (told or earlier[-1]).date
                    continue
                if not final:
                    continue  # the event just before may be dated by this pass

            preferred = [
                e
                for e in dated
                if 0 <= index - e.sentence_index <= 12
                and e.type in ("proposal", "meeting")
                and e is not event
                and e.first.modality == ASSERTED
            ]
            if preferred or earlier:
                event.date = (preferred or earlier)[-1].date
                continue
        if event.type in ("proposal", "concession") and event.first.modality != "hypothetical":
            # a dated meeting or proposal told in the same sentence dates its terms
            same = [
                e
                for e in dated
                if e.sentence_index == index
                and e.type in ("meeting", "proposal")
                and e.date.precision == "day"
            ]
            if same:
                event.date = same[0].date
                continue
        if final and event.type == "concession" and event.first.in_document:
            # "Under the package, the government is to pay …" told far from the signing: the
            # latest document the text dated before it
            earlier = [p for p in proposals if p.sentence_index <= index]
            if earlier:
                event.date = max(earlier, key=lambda p: p.sentence_index).date
                continue
        if final and event.type == "proposal" and event.first.modality == ASSERTED:
            # "… haben sich Serbien und das Kosovo auf einen Plan verständigt. »Wir haben eine
            # Einigung«, sagte Borrell am späten Samstagabend": the announcement that follows
            announced = [
                e
                for e in dated
                if e.type == "statement"
                and e.sentence_index == index + 1
                and e.date.precision == "day"
                and e.first.modality == ASSERTED
            ]
            if announced:
                event.date = announced[0].date


def link(
    mentions: list[EventMention],
    anaphoric_sentences: set[int],
    people: set[str],
    ceasefire_nouns=None,
    meeting_anaphora: dict[int, list[str]] | None = None,
    separate_meetings: set[int] = frozenset(),
    continuing: set[int] = frozenset(),
    same_day: set[int] = frozenset(),
) -> list[Event]:
    meeting_anaphora = meeting_anaphora or {}  # sentence → the meeting nouns it refers back with
    by_type = {
        t: [m for m in mentions if m.type == t]
        for t in ("meeting", "proposal", "concession", "statement")
    }
    by_type["meeting"] = _add_partners(by_type["meeting"], mentions)
    events = (
        _link_meetings(by_type["meeting"], people, separate_meetings)
        + _link_proposals(by_type["proposal"], ceasefire_nouns)
        + _link_concessions(by_type["concession"])
        + _link_statements(by_type["statement"])
    )
    for final in (False, True):  # the second pass dates terms of a proposal dated by the first
        _inherit_dates(events, anaphoric_sentences, meeting_anaphora, continuing, same_day, final)
    events = [e for e in events if e.type != "proposal"] + _split_earlier_documents(
        [e for e in events if e.type == "proposal"]
    )
    dated_meetings = [e.sentence_index for e in events if e.type == "meeting" and e.date]
    events = [
        e
        for e in events
        if not (
            e.type == "meeting"
            and not e.date
            and e.sentence_index in meeting_anaphora
            and any(0 < e.sentence_index - i <= 12 for i in dated_meetings)
        )
        and not (
            e.type == "meeting"
            and len(e.mentions) == 1
            and not e.first.date_in_clause
            and e.first.needs_partners
            and any(
                0 < e.sentence_index - m.sentence_index <= 12 and m.first.subtype == e.first.subtype
                for m in events
                if m.type == "meeting" and m.date and m is not e
            )
        )  # "told reporters after the ceremony": the meeting already told; not "Midway through
        # that session, Trump left the room to telephone Putin"
    ]  # "bei dem Treffen einigten sich ...": the meeting told before, not a new one
    events = [e for e in events if e.actors]  # an event needs at least one named actor
    events.sort(key=lambda e: (e.first.evidence_start, e.type))
    return events
