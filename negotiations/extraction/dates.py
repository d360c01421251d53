"""Time expressions and their resolution against the publication date, with tense.

dateparser is not used for finding dates: with a language given it still reads durations
("30 giorni") and articles ("Die" as Dienstag) as dates, and it has no notion of the tense of
the clause. Month names, weekdays and relative phrases come from the language's lexicon; the
arithmetic below is deterministic and follows the annotation rules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lexicon import Lexicon, compile_phrases

PAST, FUTURE = "past", "future"
_CLAUSE_BREAK = re.compile(r"[,;:()–—]|\s-\s")


@dataclass(frozen=True)
class DateValue:
    value: str | None = None
    precision: str | None = None

    @classmethod
    def day(cls, d: dt.date) -> DateValue:
        return cls(d.isoformat(), "day")

    @classmethod
    def month(cls, year: int, month: int) -> DateValue:
        return cls(f"{year:04d}-{month:02d}", "month")

    @classmethod
    def year(cls, year: int) -> DateValue:
        return cls(f"{year:04d}", "year")

    def __bool__(self) -> bool:
        return self.value is not None


UNKNOWN = DateValue()


def dates_compatible(a: DateValue, b: DateValue) -> bool:
    """Either is unknown, or they agree down to the coarser of their two precisions."""
    if not a or not b:
        return True
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def days_after(date: DateValue, days: int | None) -> DateValue:
    """A day-precision date moved by ``days``; anything coarser, or no offset, unchanged."""
    if not days or date.precision != "day":
        return date
    return DateValue.day(dt.date.fromisoformat(date.value) + dt.timedelta(days=days))


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    kind: str  # date | month | year | weekday | relative_day | week | weekend | relative_month
    #            | relative_year | event_relative ("the next day": relative to an earlier dated event)
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int = 0  # relative days, weeks, months or years
    direction: str | None = None  # explicit "next"/"last" next to a weekday
    is_effect: bool = False  # a date when something takes effect, not when it happened
    is_since: bool = False  # "since 2012": the start of a period, not an event date
    is_start: bool = False  # an effect date that opens something ("à partir du 20 août")


def _month_alternatives(lexicon: Lexicon) -> str:
    months = sorted(lexicon.mapping("months"), key=len, reverse=True)
    return "|".join(re.escape(m) for m in months)


def _weekday_lookup(lexicon: Lexicon, word: str) -> int | None:
    word = word.lower()
    for key, value in lexicon.mapping("weekdays").items():
        if key.endswith("*") and word.startswith(key[:-1]) or word == key:
            return value
    return None


# Prepositions that make a capitalised month before a capitalised word a time ("In September
# Putin and Erdoğan met"), unlike particles of names ("a Julio María Sanguinetti").
_TIME_PREPOSITION = re.compile(
    r"(?<!\w)(?:in|im|nel|en|seit|since|depuis|desde|dal|last|next|this|early|late|mid|until|"
    r"by|from|before|after)[\s-]+$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"(?:since|dal|dall'|seit|depuis|desde|from|a partir de|da)\s*$", re.IGNORECASE)
_YEAR_PREFIX = re.compile(r"(?:^|\s)(?:in|im|nel|en|del|di)\s*$", re.IGNORECASE)


def find_time_expressions(
    text: str, lexicon: Lexicon, names: list[tuple[int, int]] = ()
) -> list[TimeExpression]:
    """Every time expression in ``text`` (one sentence), left to right, without overlaps.
    ``names`` are the spans of the actors named in it: an effect cue inside one is a name
    ("phoned Menachem Begin on Tuesday"), not a verb ("the truce will begin on Tuesday")."""
    found: list[TimeExpression] = []
    months = lexicon.mapping("months")
    alternatives = _month_alternatives(lexicon)
    flags = re.IGNORECASE

    def month_of(word: str) -> int:
        return months[word.lower().rstrip(".")]

    def add(expr: TimeExpression) -> None:
        if any(not (expr.end <= e.start or expr.start >= e.end) for e in found):
            return
        found.append(expr)

    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        add(
            TimeExpression(
                m.start(),
                m.end(),
                m.group(0),
                "date",
                int(m.group(3)),
                int(m.group(2)),
                int(m.group(1)),
            )
        )
    for m in re.finditer(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", text):
        first, second = int(m.group(1)), int(m.group(2))
        day, month = (
            (second, first) if lexicon.language == "en" and second > 12 else (first, second)
        )
        if 1 <= month <= 12 and 1 <= day <= 31:
            add(TimeExpression(m.start(), m.end(), m.group(0), "date", day, month, int(m.group(3))))
    if lexicon.data.get("numeric_day_month"):
        # a live ticker's "21.11., 18.10 Uhr –": day and month, the year the article's
        for m in re.finditer(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])", text):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= month <= 12 and 1 <= day <= 31:
                add(TimeExpression(m.start(), m.end(), m.group(0), "date", day, month, None))
    if alternatives:
        day_month = re.compile(
            rf"\b(\d{{1,2}})(?:\.|º|°|er|st|nd|rd|th)?\s+(?:de\s+)?({alternatives})\b\.?"
            rf"(?:,?\s+(?:de\s+|del\s+)?(\d{{4}}))?",
            flags,
        )
        for m in day_month.finditer(text):
            add(
                TimeExpression(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "date",
                    int(m.group(1)),
                    month_of(m.group(2)),
                    int(m.group(3)) if m.group(3) else None,
                )
            )
        month_day = re.compile(
            rf"\b({alternatives})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", flags
        )
        for m in month_day.finditer(text):
            if lexicon.language == "en" and m.group(1)[0].islower():
                continue
            add(
                TimeExpression(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "date",
                    int(m.group(2)),
                    month_of(m.group(1)),
                    int(m.group(3)) if m.group(3) else None,
                )
            )
        month_year = re.compile(
            rf"\b({alternatives})\.?\s+(?:de\s+|del\s+)?((?:19|20)\d{{2}})\b", flags
        )
        for m in month_year.finditer(text):
            if lexicon.language == "en" and m.group(1)[0].islower():
                continue
            since = bool(_SINCE.search(text[: m.start()][-12:]))
            add(
                TimeExpression(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "month",
                    month=month_of(m.group(1)),
                    year=int(m.group(2)),
                    is_since=since,
                )
            )
        month_alone = re.compile(
            rf"\b(?:(?:in|im|a|en|nel|di|de|del|d'|seit|depuis|desde|since|dal)\s*)?({alternatives})\b",
            flags,
        )
        for m in month_alone.finditer(text):
            word = m.group(1)
            if lexicon.language == "en" and (
                word[0].islower() or (m.group(0) == word and m.start() == 0)
            ):
                continue  # "may", or "May" opening a sentence; not "In April, …"
            if (
                lexicon.language == "en"
                and m.group(0) == word
                and re.search(r"[A-Z]\w*\s+$", text[: m.start()])
                and not _TIME_PREPOSITION.search(text[: m.start()])
            ):
                continue  # "Theresa May": a capitalised word right before is a name, not a preposition
            if (
                not lexicon.data.get("capitalized_nouns")
                and word[0].isupper()
                and re.match(r"\s+[A-ZÀ-Ý]\w", text[m.end() : m.end() + 3])
                and text[: m.start(1)].strip()[-1:] not in ("", ".", "!", "?")
                and not _TIME_PREPOSITION.search(text[: m.start(1)])
            ):
                continue  # "el presidente uruguayo Julio María Sanguinetti": a given name
            tail = text[m.end() : m.end() + 25]
            last_year = bool(
                lexicon.pattern("last_year")
                and lexicon.pattern("last_year").match(tail.strip(" ,"))
            )
            since = bool(re.match(r"(?:since|seit|depuis|desde|dal)", m.group(0), flags))
            add(
                TimeExpression(
                    m.start(1),
                    m.end(1),
                    word,
                    "month",
                    month=month_of(word),
                    offset=-1 if last_year else 0,
                    is_since=since,
                )
            )
    prefixes = lexicon.pattern("day_of_month_prefixes")
    if prefixes and alternatives:
        ordinal = r"(?:st|nd|rd|th)" if lexicon.language == "en" else r"(?:\.|º)?"
        no_month_after = rf"(?!\s*\d)(?![\w.]*\s+(?:{alternatives})\b)"
        day_alone = re.compile(
            rf"(?:{prefixes.pattern})\s+(\d{{1,2}}){ordinal}{no_month_after}", flags
        )
        for m in day_alone.finditer(text):
            if lexicon.language == "de" and not m.group(0).endswith("."):
                continue  # "am 4." is a day; "am 4" without the full stop is not
            if 1 <= int(m.group(1)) <= 31:
                # "El día 4, en Oslo, …": the 4th of the month the article is in
                add(TimeExpression(m.start(), m.end(), m.group(0), "day_of_month", int(m.group(1))))
    for key, kind, offset in (
        ("last_weekend", "weekend", -1),
        ("last_week", "week", -1),
        ("this_week", "week", 0),
        ("next_week", "week", 1),
        ("last_month", "relative_month", -1),
        ("this_month", "relative_month", 0),
        ("next_month", "relative_month", 1),
        ("last_year", "relative_year", -1),
        ("this_year", "relative_year", 0),
        ("next_year", "relative_year", 1),
    ):
        for m in lexicon.find(key, text):
            add(TimeExpression(m.start(), m.end(), m.group(0), kind, offset=offset))
    numbers = {k.lower(): v for k, v in lexicon.mapping("number_words").items()}
    number = "|".join([r"\d{1,2}", *map(re.escape, sorted(numbers, key=len, reverse=True))])
    for unit, phrases in lexicon.mapping("ago_patterns").items():
        for phrase in phrases:
            body = re.escape(phrase).replace(r"\{n\}", f"({number})").replace(r"\ ", r"\s+")
            for m in re.finditer(rf"(?<!\w){body}(?!\w)", text, re.IGNORECASE):
                word = m.group(1).lower()
                count = int(word) if word.isdigit() else numbers.get(word, 0)
                kind = {
                    "day": "relative_day",
                    "week": "week",
                    "month": "relative_month",
                    "year": "relative_year",
                }[unit]
                start, end = m.start(), m.end()
                today = (
                    _today_beside(text, start, end, lexicon) if kind == "relative_year" else None
                )
                if today:
                    kind = "anniversary"  # "Heute vor 50 Jahren", "Cinquant'anni fa, oggi"
                    start, end = min(start, today[0]), max(end, today[1])
                add(TimeExpression(start, end, text[start:end], kind, offset=-count))
    for key, sign in (("days_later_patterns", 1), ("days_earlier_patterns", -1)):
        for phrase in lexicon.words(key):  # "two days later": relative to the day told before
            body = re.escape(phrase).replace(r"\{n\}", f"({number})").replace(r"\ ", r"\s+")
            for m in re.finditer(rf"(?<!\w){body}(?!\w)", text, re.IGNORECASE):
                word = m.group(1).lower()
                count = int(word) if word.isdigit() else numbers.get(word, 0)
                if count:
                    add(
                        TimeExpression(
                            m.start(), m.end(), m.group(0), "event_relative", offset=sign * count
                        )
                    )
    for key, offset in (("day_after", 1), ("day_before", -1), ("same_day_after", 0)):
        for m in lexicon.find(key, text):
            add(TimeExpression(m.start(), m.end(), m.group(0), "event_relative", offset=offset))
    relative_days = lexicon.mapping("relative_days")
    pattern = compile_phrases(relative_days)
    if pattern:
        blockers = {w.lower() for w in lexicon.words("relative_day_blockers")}
        lookup = {k.lower(): v for k, v in relative_days.items()}
        for m in pattern.finditer(text):
            key = re.sub(r"[\s']+", " ", m.group(0).lower()).replace(" ", " ")
            offset = lookup.get(key, lookup.get(m.group(0).lower()))
            if offset is None:
                continue
            if (
                lexicon.language == "de"
                and m.group(0)[0].isupper()
                and m.group(0).lower() == "morgen"
            ):
                continue
            before = re.findall(r"\w+", text[max(0, m.start() - 12) : m.start()])
            if before and before[-1].lower() in blockers:
                continue  # "ayer por la mañana" is yesterday morning, not tomorrow
            add(TimeExpression(m.start(), m.end(), m.group(0), "relative_day", offset=offset))
    next_words = {w.lower() for w in lexicon.words("next_words")}
    last_words = {w.lower() for w in lexicon.words("last_words")}
    today_words = {w.lower() for w in lexicon.words("today_words")}
    for m in re.finditer(r"\w+", text):
        weekday = _weekday_lookup(lexicon, m.group(0))
        if weekday is None:
            continue
        before = re.findall(r"\w+", text[max(0, m.start() - 20) : m.start()])
        after = re.findall(r"\w+", text[m.end() : m.end() + 20])
        neighbours = {w.lower() for w in before[-1:] + after[:1]}
        direction = (
            "next" if neighbours & next_words else "last" if neighbours & last_words else None
        )
        if before and before[-1].lower() in today_words:
            direction = "today"  # "am heutigen Dienstag": the day of publication
        add(
            TimeExpression(
                m.start(), m.end(), m.group(0), "weekday", weekday=weekday, direction=direction
            )
        )
    for m in re.finditer(r"\b((?:19|20)\d{2})\b", text):
        prefix = text[: m.start()]
        if _YEAR_PREFIX.search(prefix[-6:]) or _SINCE.search(prefix[-12:]):
            add(
                TimeExpression(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "year",
                    year=int(m.group(1)),
                    is_since=bool(_SINCE.search(prefix[-12:])),
                )
            )
    last_year = lexicon.pattern("last_year")
    if last_year:
        found = [
            _replace(e, offset=-1)
            if e.kind == "date"
            and e.year is None
            and last_year.match(text[e.end : e.end + 25].strip(" ,"))
            else e
            for e in found
        ]  # "am 6. Oktober vergangenen Jahres"
    months_with_year = [e for e in found if e.kind in ("month", "date") and e.offset == -1]
    found = [
        e
        for e in found
        if not (
            e.kind == "relative_year" and any(0 <= e.start - m.end <= 2 for m in months_with_year)
        )
    ]
    days = [e for e in found if e.kind == "date" and e.day is not None]
    found = [
        e
        for e in found
        if not (
            e.kind == "weekday"
            and any(
                re.fullmatch(r"[\s,]*", text[e.end : d.start]) for d in days if d.start >= e.end
            )
        )
    ]  # "mercoledì 6 dicembre", "Wednesday, December 6": the calendar date names the day
    found = [
        e for e in found if not any(start < e.end and e.start < end for start, end in names)
    ]  # "Santo Domingo" is a place, not a Sunday
    effect = lexicon.pattern("effect_cues")
    marked = []
    for expr in sorted(found, key=lambda e: e.start):
        window_start = max(0, expr.start - 40)
        window = text[window_start : expr.start]
        cues = [
            cue
            for cue in (effect.finditer(window) if effect else ())
            if not any(
                start < window_start + cue.end() and window_start + cue.start() < end
                for start, end in names
            )
        ]  # "phoned Menachem Begin on Tuesday": a cue inside a name is none
        is_effect = bool(cues) and not _CLAUSE_BREAK.search(window[cues[-1].end() :])
        # "tres meses, hasta el 15 de enero": the comma before the cue does not part them
        is_start = is_effect and lexicon.has("start_cues", cues[-1].group(0))
        marked.append(_replace(expr, is_effect=is_effect, is_start=is_start) if is_effect else expr)
    return marked


def _replace(expr: TimeExpression, **changes) -> TimeExpression:
    from dataclasses import replace

    return replace(expr, **changes)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause of ``text`` that contains [start, end): commas, semicolons, colons."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right_match = _CLAUSE_BREAK.search(text, end)
    return left, right_match.start() if right_match else len(text)


def clause_around(text: str, start: int, end: int) -> str:
    left, right = clause_bounds(text, start, end)
    return text[left:right]


def clause_tense(clause: str, lexicon: Lexicon) -> str:
    if lexicon.has("future_cues", clause):
        return FUTURE
    suffixes = lexicon.words("future_suffixes")
    if suffixes and re.search(rf"\w\w(?:{'|'.join(map(re.escape, suffixes))})\b", clause.lower()):
        return FUTURE
    return PAST


def expression_tense(text: str, expr: TimeExpression, lexicon: Lexicon) -> str:
    """Tense of the words governing a time expression: the stretch of its clause just before it
    ("che è previsto per martedì", "que firmaron el 23 de junio") and the word right after it."""
    left, right = clause_bounds(text, expr.start, expr.end)
    after = lexicon.data.get("tense_reach_after", 12)  # German puts the verb at the clause end
    if not text[left : expr.start].strip():
        after = max(after, 50)  # "Domenica i due leader sono attesi a Gedda": a fronted date
    window = text[max(left, expr.start - 60) : min(right, expr.end + after)]
    tense = clause_tense(window, lexicon)
    conjunctions = lexicon.pattern("conjunctions")
    last: list[int] = []
    if tense != FUTURE:
        # "arrived today and is due to hold talks with Zelensky on Thursday": the verb of the
        # coordinated clause that holds the date, however far before it
        reach = text[max(left, expr.start - 70) : expr.start]
        last = [m.end() for m in conjunctions.finditer(reach)] if conjunctions else []
        if last and clause_tense(reach[last[-1] :], lexicon) == FUTURE:
            tense = FUTURE
    if tense != FUTURE:
        # "is due to hold talks with A and B in Yerevan on Thursday": the verb that opens a
        # long clause, further back than the words just before the date
        opening = text[left : expr.start]
        earlier = opening[: max(0, len(opening) - 60)]
        relative = lexicon.pattern("relative_pronouns")
        if (
            len(opening) <= 160
            and clause_tense(earlier, lexicon) == FUTURE
            and not (relative and relative.search(opening))  # "previsto en el acuerdo que
            # firmaron el 29 de febrero": the date is the relative clause's
        ):
            tense = FUTURE
    if tense != FUTURE and left > 0 and conjunctions is not None:
        # "…, and with Mr Aliyev in Baku on Friday": a clause without a verb of its own keeps
        # the tense of the clause it continues
        opening = text[left : expr.start].lstrip(" ,;")
        starts = conjunctions.match(opening)
        with_words = lexicon.pattern("with_words")
        rest = opening[starts.end() :].lstrip() if starts else ""
        if starts and with_words is not None and with_words.match(rest):
            previous = text[: max(0, left - 1)]
            p_left, _ = clause_bounds(previous, max(0, len(previous) - 1), len(previous))
            if clause_tense(previous[p_left:], lexicon) == FUTURE:
                tense = FUTURE
    return tense


def week_span(monday: dt.date) -> tuple[dt.date, dt.date]:
    return monday, monday + dt.timedelta(days=6)


def coarsest_containing(first: dt.date, last: dt.date) -> DateValue:
    """The README rule for weeks: month if inside one month, year if inside one year."""
    if (first.year, first.month) == (last.year, last.month):
        return DateValue.month(first.year, first.month)
    if first.year == last.year:
        return DateValue.year(first.year)
    return UNKNOWN


def resolve_weekday(
    weekday: int, published: dt.date, tense: str, direction: str | None = None
) -> dt.date:
    """Past: the most recent such day up to publication; future: the next one after it."""
    if direction == "today" and published.weekday() == weekday:
        return published
    if direction == "next" or (direction is None and tense == FUTURE):
        delta = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=delta)
    delta = (published.weekday() - weekday) % 7
    if direction == "last" and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _same_day_year_before(day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None


def resolve(expr: TimeExpression, published: dt.date | None, tense: str = PAST) -> DateValue:
    """The date an expression denotes, at the precision the text allows."""
    if expr.kind == "date":
        year = expr.year
        if year is None and expr.offset:
            if published is None:
                return UNKNOWN
            year = published.year + expr.offset  # "le 6 octobre de l'année dernière"
        if year is None:
            if published is None:
                return UNKNOWN
            year = published.year
            try:
                candidate = dt.date(year, expr.month, expr.day)
            except ValueError:
                return UNKNOWN
            if tense == PAST and candidate > published + dt.timedelta(days=7):
                # a date up to a week ahead is a coming day, whatever the verb; beyond that the
                # nearer of this year's and last year's ("by 10 March" in a 1 March article),
                # leaning to last year's as the clause is past ("El 9 de julio … se reunió" in
                # a January article)
                earlier = _same_day_year_before(candidate)
                if earlier and candidate - published > 0.6 * (published - earlier):
                    year -= 1
            elif tense == FUTURE and candidate < published - dt.timedelta(days=31):
                year += 1
        try:
            return DateValue.day(dt.date(year, expr.month, expr.day))
        except ValueError:
            return UNKNOWN
    if expr.kind == "day_of_month":
        if published is None:
            return UNKNOWN
        year, month = published.year, published.month
        if tense == PAST and expr.day > published.day:
            year, month = _shift_month(year, month, -1)
        elif tense == FUTURE and expr.day < published.day:
            year, month = _shift_month(year, month, 1)
        try:
            return DateValue.day(dt.date(year, month, expr.day))
        except ValueError:
            return UNKNOWN
    if expr.kind == "month":
        if expr.year is not None:
            return DateValue.month(expr.year, expr.month)
        if published is None:
            return UNKNOWN
        year = published.year + expr.offset
        if expr.offset == 0:
            if tense == PAST and expr.month > published.month:
                year -= 1
            elif tense == FUTURE and expr.month < published.month:
                year += 1
        return DateValue.month(year, expr.month)
    if expr.kind == "year":
        return DateValue.year(expr.year)
    if published is None:
        return UNKNOWN
    if expr.kind == "weekday":
        return DateValue.day(resolve_weekday(expr.weekday, published, tense, expr.direction))
    if expr.kind == "relative_day":
        return DateValue.day(published + dt.timedelta(days=expr.offset))
    if expr.kind == "week":
        monday = (
            published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=expr.offset)
        )
        return coarsest_containing(*week_span(monday))
    if expr.kind == "weekend":
        sunday = published - dt.timedelta(days=published.weekday() + 1)
        return coarsest_containing(sunday - dt.timedelta(days=1), sunday)
    if expr.kind == "relative_month":
        year, month = _shift_month(published.year, published.month, expr.offset)
        return DateValue.month(year, month)
    if expr.kind == "relative_year":
        return DateValue.year(published.year + expr.offset)
    if expr.kind == "anniversary":
        try:
            return DateValue.day(published.replace(year=published.year + expr.offset))
        except ValueError:  # 29 February
            return DateValue.month(published.year + expr.offset, published.month)
    return UNKNOWN


def _today_beside(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where "today" is written right before or after "fifty years ago": the same day, years
    back."""
    pattern = lexicon.derived(
        "today", lambda lex: [k for k, v in lex.mapping("relative_days").items() if v == 0]
    )
    if pattern is None:
        return None
    low = max(0, start - 25)
    match = pattern.search(text, low, end + 25)
    return (match.start(), match.end()) if match else None


def needs_publication_date(expr: TimeExpression) -> bool:
    return expr.kind in {
        "weekday",
        "relative_day",
        "week",
        "weekend",
        "relative_month",
        "relative_year",
    } or (expr.kind in {"date", "month"} and expr.year is None)


_DATELINE_LABEL = re.compile(
    r"publi|pubblicat|veröffentlicht|aktualisiert|updated|actualizado|mis à jour|aggiornato|stand:",
    re.IGNORECASE,
)


def find_dateline(raw_text: str, lexicon: Lexicon, max_lines: int = 15) -> dt.date | None:
    """The publication date printed in an article's header ("Published: 16 January 2025",
    "26.03.2025, 06:12 Uhr"): a short line near the top that is essentially a full date."""
    for line in [ln.strip() for ln in raw_text.splitlines() if ln.strip()][:max_lines]:
        if len(line) > 90:
            continue
        for expr in find_time_expressions(line, lexicon):
            if expr.kind != "date" or expr.year is None:
                continue
            rest = line[: expr.start] + line[expr.end :]
            rest = re.sub(r"\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?|\W+", " ", rest, flags=re.IGNORECASE)
            weekday_free = [w for w in rest.split() if _weekday_lookup(lexicon, w) is None]
            if _DATELINE_LABEL.search(line) or len(weekday_free) <= 5:
                try:
                    return dt.date(expr.year, expr.month, expr.day)
                except ValueError:
                    continue
    return None
