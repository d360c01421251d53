"""Finding the actors an article mentions: gazetteer forms, spelling variants, titles held at the
article's date, demonyms used for the state itself, and people or groups the gazetteer lacks.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from .gazetteer import Gazetteer, normalize, skeleton
from .lexicon import PHRASE_END, Lexicon, compile_phrases
from .sentences import Sentence

_WORD = re.compile(r"\w+")
_CLAUSE_PUNCTUATION = re.compile(r"[,.;:()!?\"«»“”–—]")
GIVEN_NAMES_PATH = Path(__file__).parent / "data" / "given_names.txt"


@cache
def given_name_skeletons() -> frozenset[str]:
    words = []
    for line in GIVEN_NAMES_PATH.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words += line.split()
    return frozenset(skeleton(w) for w in words)


@cache
def world_given_names() -> frozenset[str]:
    """About 45,000 given names from many countries (Jörg Michael's name dictionary, shipped
    with gender-guesser), accent-folded. Only evidence that a run of two or more capitalised
    words is a person ("Alija Izetbegović", "Martti Ahtisaari"): a single word from it proves
    nothing, since many are also words ("May", "Will", "Ernst")."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1] in ("#", "=") or len(line) < 4:
            continue
        for name in line[3:29].strip().replace("+", " ").split():
            if len(name) >= 3:
                names.add(normalize(name))
    return frozenset(names)


def person_name_score(candidate: str, known: str) -> float:
    """Similarity of two person names on spelling skeletons, the surname weighted most.

    Plain WRatio scores "Vladimir Putin" vs "Vladimir Medinsky" close to a true variant; on
    skeletons with the surname at 0.7 true variants score >= 95 and near misses <= 71.
    """
    a, b = _WORD.findall(candidate), _WORD.findall(known)
    if not a or not b:
        return 0.0
    surname = fuzz.ratio(skeleton(a[-1]), skeleton(b[-1]))
    if len(a) == 1 or len(b) == 1:
        return surname
    given = fuzz.ratio(skeleton(" ".join(a[:-1])), skeleton(" ".join(b[:-1])))
    return 0.7 * surname + 0.3 * given


def _ends(name: str) -> set[str]:
    """Skeletons of the first and last word of a name ("Kim" of "Kim Jong Un" and "Sung Kim")."""
    words = _WORD.findall(name)
    return {skeleton(words[0]), skeleton(words[-1])} if words else set()


def _near_miss_allowed(surname: str, score: float) -> bool:
    """A near miss of a short surname skeleton is mostly another word ("König" ~ Kony,
    "Scharf" ~ Sharif, "Santé" ~ Santer): five letters or less never, six only a letter more."""
    return len(surname) >= 7 or (len(surname) == 6 and score >= 92)


def _title_cased_acronym(acronym: tuple[str, ...], surface: tuple[str, ...]) -> bool:
    """Italian and Spanish copy writes pronounceable acronyms in title case ("l'Onu", "la Nato",
    "l'Osce"); a single all-capitals token of three letters or more may match that way."""
    if len(acronym) != 1 or len(surface) != 1:
        return False
    word = acronym[0].replace(".", "")
    return len(word) >= 3 and word.isupper() and surface[0] == word.capitalize()


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in '.!?:\n"«“'


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    norm: str

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    name: str
    kind: str
    via: str
    known: bool = True
    counts: bool = True  # False for a nationality attached to a person ("the Russian minister")


@dataclass
class ActorInfo:
    name: str
    kind: str
    known: bool
    actor_id: int | None = None
    surface_forms: list[str] = field(default_factory=list)


@dataclass
class DocumentActors:
    mentions: list[ActorMention]  # sorted by start
    info: dict[str, ActorInfo]
    affiliations: dict[str, str] = field(default_factory=dict)  # person -> state or movement
    _starts: list[int] = field(default_factory=list, repr=False)

    def in_span(self, start: int, end: int, *, counting_only: bool = True) -> list[ActorMention]:
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [
            m for m in self.mentions[first:last] if m.end <= end and (m.counts or not counting_only)
        ]

    def names_in_span(self, start: int, end: int) -> list[str]:
        names: list[str] = []
        for mention in self.in_span(start, end):
            if mention.name not in names:
                names.append(mention.name)
        return names


def tokenize(text: str) -> list[Token]:
    return [
        Token(m.group(0), m.start(), m.end(), normalize(m.group(0))) for m in _WORD.finditer(text)
    ]


def _gap_ok(text: str, left: Token, right: Token, allowed: str = " -'.") -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 2 and all(ch in allowed for ch in gap)


class _Matcher:
    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        gazetteer: Gazetteer,
        lexicon: Lexicon,
        published: dt.date | None,
    ):
        self.text = text
        self.sentences = sentences
        self.gazetteer = gazetteer
        self.index = gazetteer.index
        self.lexicon = lexicon
        self.published = published
        self.tokens = tokenize(text)
        self.taken = [False] * len(self.tokens)
        self.mentions: list[ActorMention] = []
        self.sentence_starts = {s.start for s in sentences}
        self.capitalized_forms = {t.norm for t in self.tokens if t.capitalized}
        self.capitalized_inside = {
            t.norm
            for k, t in enumerate(self.tokens)
            if t.capitalized
            and t.start not in self.sentence_starts
            and not (
                k + 1 < len(self.tokens)
                and self.tokens[k + 1].capitalized
                and self.text[t.end : self.tokens[k + 1].start] == " "
            )  # "as First Minister": the head of a title, not a surname that lost its capital
        }
        self._ordered: list[ActorMention] = []
        self._ordered_starts: list[int] = []
        self._ordered_count = -1
        self.collisions: dict[int, set[str]] = {}  # token -> gazetteer people it must not be

    def add(
        self,
        first: int,
        last: int,
        name: str,
        kind: str,
        via: str,
        known: bool = True,
        counts: bool = True,
    ) -> None:
        start, end = self.tokens[first].start, self.tokens[last].end
        self.mentions.append(
            ActorMention(start, end, self.text[start:end], name, kind, via, known, counts)
        )
        for i in range(first, last + 1):
            self.taken[i] = True

    def run(self) -> DocumentActors:
        self.find_surname_collisions()
        self.match_exact()
        self.mark_places()
        self.match_person_variants()
        self.attach_first_names()
        self.match_demonyms()
        self.discover_people()
        self.discover_organizations()
        self.match_titles()
        self.mentions.sort(key=lambda m: m.start)
        self.resolve_bare_government()
        self.resolve_bare_roles()
        self.resolve_bare_groups()
        self.mentions.sort(key=lambda m: m.start)
        self.resolve_shared_surnames()
        self.resolve_colliding_surnames()
        self.resolve_lone_words_to_named_people()
        self.drop_titles_naming_others()
        info = self._info()
        affiliations = {
            name: self.index.affiliations[name] for name in info if name in self.index.affiliations
        }
        return DocumentActors(self.mentions, info, affiliations)

    def match_exact(self) -> None:
        tokens, index = self.tokens, self.index
        longest = index.longest_from
        i = 0
        while i < len(tokens):
            matched = False
            reach = longest.get(tokens[i].norm, 0)  # most tokens start no alias at all
            for length in range(min(reach, len(tokens) - i), 0, -1):
                window = tokens[i : i + length]
                entries = index.exact.get(tuple(t.norm for t in window))
                if not entries:
                    continue
                if length > 1 and not all(
                    _gap_ok(self.text, a, b) for a, b in zip(window, window[1:], strict=False)
                ):
                    continue
                surface = tuple(t.text for t in window)
                entries = [
                    e
                    for e in entries
                    if (
                        e.case_sensitive is None
                        or e.case_sensitive == surface
                        or (
                            _title_cased_acronym(e.case_sensitive, surface)
                            and not _sentence_initial(self.text, window[0].start)
                        )
                    )
                    and (
                        e.office is None
                        or (
                            self.published is not None
                            and e.office.held_on(self.published)
                            and not self._other_state_before(i, e.office.of)
                        )
                    )
                ]
                if not entries:
                    continue
                if length == 1 and i in self.collisions:
                    entries = [e for e in entries if e.actor not in self.collisions[i]]
                    if not entries:
                        continue
                entry = entries[0]
                if entry.alias_kind == "title" and not self._title_alias_valid(entry.actor):
                    continue
                if (
                    length == 1
                    and not window[0].capitalized
                    and not entry.written_lowercase
                    and window[0].norm not in self.capitalized_forms
                ):
                    continue  # "may", "brown": a lower-case word is a name only if the text also capitalises it
                if length > 1 and self._national_body(i + length, entry.actor):
                    i += length  # "consiglio di sicurezza russo": Russia's council, not the UN's
                    matched = True
                    break
                if entry.alias_kind == "metonym" and length == 1 and self._particle_name_follows(i):
                    continue  # "Riyad al-Maliki": a given name, not the capital
                if entry.alias_kind == "surname" and length == 1 and self._given_name_of_other(i):
                    continue  # "Kim Darroch": a given name, not Kim Jong-un
                if entry.alias_kind == "surname" and length == 1 and self._long_before(entry.actor):
                    continue  # "el subcomandante Marcos" in 1996 is not Ferdinand Marcos Jr.
                dateline = (
                    entry.alias_kind == "metonym"
                    and all(t.text.isupper() for t in window)
                    and len(window[0].text) > 2
                )
                counts = not (
                    entry.alias_kind == "metonym" and (self._after_locative(i) or dateline)
                )
                self.add(
                    i,
                    i + length - 1,
                    entry.actor,
                    index.kinds[entry.actor],
                    entry.alias_kind,
                    counts=counts,
                )
                i += length
                matched = True
                break
            if not matched:
                i += 1

    def _long_before(self, person: str) -> bool:
        """An article written more than ten years before the person's first known office."""
        first = self.index.first_office.get(person)
        return bool(first and self.published and (first - self.published).days > 3650)

    def mark_places(self) -> None:
        """Venues and regions ("Dar es Salaam", "Galwan", "San Cristóbal") are no one: their
        words are taken before surnames and discovery look at them."""
        pattern = _places_pattern()
        starts = {t.start: k for k, t in enumerate(self.tokens)}
        for match in pattern.finditer(self.text):
            k = starts.get(match.start())
            while k is not None and k < len(self.tokens) and self.tokens[k].start < match.end():
                self.taken[k] = True
                k += 1

    def _national_body(self, after: int, actor: str) -> bool:
        """An international body's name followed by a nationality or "nationale": a state's own
        council ("Conseil de sécurité et de défense", "consiglio di sicurezza russo")."""
        if self.index.kinds.get(actor) != "organization" or after >= len(self.tokens):
            return False
        following = self.tokens[after]
        if self.text[self.tokens[after - 1].end : following.start].strip():
            return False
        if following.text.islower() and self.index.demonym_state(following.text):
            return True
        qualifiers = self.lexicon.pattern("national_body_qualifiers")
        rest = self.text[following.start : following.start + 30]
        return bool(qualifiers and qualifiers.match(rest))

    def _given_name_of_other(self, i: int) -> bool:
        """A surname that is also a common given name, written before another capitalised name."""
        if i + 1 >= len(self.tokens) or skeleton(self.tokens[i].text) not in given_name_skeletons():
            return False
        nxt = self.tokens[i + 1]
        return (
            nxt.capitalized
            and nxt.text.isalpha()
            and self.text[self.tokens[i].end : nxt.start] == " "
            and not self._common_word(nxt)
        )

    def _particle_name_follows(self, i: int) -> bool:
        particles = {normalize(p) for p in self.lexicon.words("name_particles")}
        if i + 2 >= len(self.tokens):
            return False
        particle, name = self.tokens[i + 1], self.tokens[i + 2]
        return (
            particle.norm in particles
            and particle.text.islower()
            and self.text[self.tokens[i].end : particle.start] == " "
            and self.text[particle.end : name.start] == "-"
            and name.capitalized
        )

    def _after_locative(self, i: int) -> bool:
        """ "a Mosca", "at the White House", "im Weißen Haus": a place, not the actor."""
        prepositions = _locatives(self.lexicon)
        for back in (1, 2):
            if i - back < 0:
                return False
            word = self.tokens[i - back].norm
            if word in prepositions:
                return True
            if word not in _stopwords(self.lexicon):
                return False
        return False

    def _other_state_before(self, i: int, state: str | None) -> bool:
        """ "India's foreign secretary" is not the British Foreign Secretary."""
        for back in (1, 2):
            if i - back < 0:
                return False
            token = self.tokens[i - back]
            named = [m for m in self.mentions if m.end == token.end and m.kind == "state"]
            other = named[0].name if named else self.index.demonym_state(token.text)
            if other and other != state:
                return True
            if token.norm not in {"s", "the", "of"}:
                return False
        return False

    def _title_alias_valid(self, person: str) -> bool:
        actor = self.gazetteer.get(person)
        if not actor or not actor.offices or self.published is None:
            return True
        return any(o.held_on(self.published) for o in actor.offices)

    def attach_first_names(self) -> None:
        """ "Nadschib Mikati": a capitalised word right before a known surname is that person's
        first name in another spelling, not a new actor."""
        token_at = {t.start: n for n, t in enumerate(self.tokens)}
        for mention in self.mentions:
            if mention.kind != "person" or " " in mention.text:
                continue
            k = token_at.get(mention.start)
            if k is None or k == 0 or self.taken[k - 1]:
                continue
            previous = self.tokens[k - 1]
            if (
                previous.capitalized
                and previous.text.isalpha()
                and not self._common_word(previous)
                and _gap_ok(self.text, previous, self.tokens[k], " ")
                and not self._at_sentence_start(previous)
            ):
                mention.start = previous.start
                mention.text = self.text[mention.start : mention.end]
                self.taken[k - 1] = True
                given = self._given_before(k - 1)
                if (
                    given is not None
                    and given.end < previous.start - 1
                    and not self._contradicted(given, [mention.name])
                ):  # "Mohammed ben Abdelaziz Al-Khulaifi"
                    first = token_at[given.start]
                    mention.start = given.start
                    mention.text = self.text[mention.start : mention.end]
                    for n in range(first, k - 1):
                        self.taken[n] = True

    def match_person_variants(self) -> None:
        surnames = list(self.index.surnames)
        if not surnames:
            return
        for i, token in enumerate(self.tokens):
            if self.taken[i] or not token.text.isalpha() or len(token.text) < 4:
                continue
            skel = skeleton(token.text)
            candidates = self.index.surnames.get(skel)
            if candidates and len(skel) < 5:
                forms = self.index.surname_forms
                candidates = [p for p in candidates if token.norm in forms.get(p, ())]
                # "Großen Seen" is not Hun Sen, "se suma" not Zuma: a short name as written
            if not candidates and self._genitive(token):
                candidates = self.index.surnames.get(skeleton(token.text[:-1]))
            if (
                not candidates
                and token.capitalized
                and len(skel) >= 5
                and skel not in given_name_skeletons()
            ):
                best = process.extractOne(skel, surnames, scorer=fuzz.ratio, score_cutoff=88)
                if (
                    best
                    and _near_miss_allowed(best[0], best[1])
                    and best[0][0] == skel[0]
                    and not self._noun_phrase_before(i)
                    and not self.index.demonym_state(token.text)
                ):  # "Saudi" is a demonym, not a near miss of "Saud"
                    candidates = self.index.surnames[best[0]]
            candidates = [p for p in candidates or [] if not self._long_before(p)]
            if not candidates or i in self.collisions:
                continue
            nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            if (
                nxt is not None
                and (nxt.capitalized or self._lowercased_name(nxt))
                and not self.taken[i + 1]
                and _gap_ok(self.text, token, nxt, " ")
            ):
                continue  # "Michael Anton", "Mustafa akinci": a first name, not someone's surname
            if (
                nxt is not None
                and self.text[token.end : nxt.start] == "-"
                and self._world_given_name(token)
                and self._world_given_name(nxt)
            ):
                continue  # "Mohammad-Reza Ashtiani": half of a double given name, not Mohamad
            if (
                nxt is not None
                and self.taken[i + 1]
                and nxt.capitalized
                and _gap_ok(self.text, token, nxt, " ")
                and any(m.kind == "person" and m.start <= nxt.start < m.end for m in self.mentions)
            ):
                continue  # "Mahmud Abbas": the given name of the person named next, not Al Mahmoud
            given_token = self._given_before(i) if token.capitalized else None
            if given_token is not None and self._contradicted(given_token, candidates[:1]):
                self.collisions[i] = set(candidates)
                continue  # "Mongi Hamdi" is not Hadi
            person = candidates[0]
            given, _ = self.index.persons[person]
            first = i
            if (
                i > 0
                and not self.taken[i - 1]
                and _gap_ok(self.text, self.tokens[i - 1], token, " ")
            ):
                previous = self.tokens[i - 1]
                if given and fuzz.ratio(skeleton(previous.text), given) >= 80:
                    first = i - 1
            if not (token.capitalized or first < i or token.norm in self.capitalized_forms):
                continue
            self.add(first, i, person, "person", "variant")

    def _genitive(self, token: Token) -> bool:
        """ "Treffen Christophers", "Putins Sprecher": a surname with the genitive -s of a
        language that inflects names."""
        return (
            token.capitalized
            and len(token.text) >= 5
            and token.text.endswith("s")
            and "s" in self.lexicon.words("inflection_suffixes")
        )

    def _noun_phrase_before(self, i: int) -> bool:
        """ "des Schwarzen Meeres": in a language that capitalises nouns, a capitalised word
        before a near-miss surname that is no given name or role makes it a noun."""
        if i == 0 or not self.lexicon.data.get("capitalized_nouns"):
            return False
        previous = self.tokens[i - 1]
        return (
            previous.capitalized
            and _gap_ok(self.text, previous, self.tokens[i], " ")
            and not self._at_sentence_start(previous)
            and skeleton(previous.text) not in given_name_skeletons()
            and not self._common_word(previous)
        )

    def _given_names_of(self, person: str) -> set[str]:
        forms = {person}
        actor = self.gazetteer.get(person)
        if actor:
            forms |= {a.text for a in actor.aliases if a.kind in ("name", "variant")}
        givens = set()
        for form in forms:
            parts = _WORD.findall(form)
            if len(parts) > 1:
                givens.add(skeleton(parts[0]))
        return givens

    def _given_before(self, i: int) -> Token | None:
        """The capitalised word written as the given name of token i: right before it, or before
        a particle ("Mohammed ben Abdelaziz")."""
        particles = {normalize(p) for p in self.lexicon.words("name_particles")}
        k = i - 1
        if (
            k >= 1
            and len(self.tokens[k].text) == 1
            and self.tokens[k].text.isupper()
            and self.text[self.tokens[k].end : self.tokens[i].start] == ". "
            and _gap_ok(self.text, self.tokens[k - 1], self.tokens[k], " ")
        ):
            i, k = k, k - 1  # "Lyndon B. Johnson": the given name before the middle initial
        if k >= 1 and self.tokens[k].norm in particles and not self.tokens[k].capitalized:
            following = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            if not (
                _gap_ok(self.text, self.tokens[k], self.tokens[i], " ")
                and following is not None
                and following.capitalized
                and _gap_ok(self.text, self.tokens[i], following, " -")
            ):
                return None  # "von Putin empfangen": a preposition, not a patronymic
            k -= 1
        if k < 0:
            return None
        previous, after = self.tokens[k], self.tokens[k + 1]
        if not (previous.capitalized and previous.text.isalpha()):
            return None
        if not _gap_ok(self.text, previous, after, " ") or self.taken[k]:
            return None
        if (
            previous.norm in particles
            or self._common_word(previous)
            or self.index.demonym_state(previous.text)
            or self.index.exact.get((previous.norm,))
        ):
            return None
        if (
            self._at_sentence_start(previous) or self.lexicon.data.get("capitalized_nouns")
        ) and skeleton(previous.text) not in given_name_skeletons():
            return None  # "Wahlsieger Trump": a German noun, not a given name
        return previous

    def _contradicted(self, given: Token, people: list[str]) -> set[str]:
        first = skeleton(given.text)
        return {
            person
            for person in people
            if self._given_names_of(person)
            and all(
                fuzz.ratio(first, g) < 45 or (first[:1] != g[:1] and fuzz.ratio(first, g) < 60)
                for g in self._given_names_of(person)
            )  # "Álvaro Fayad" is not Salam Fayyad; "Jurij" may be "Yuri"
        }

    def find_surname_collisions(self) -> None:
        """ "Condoleezza Rice" is not the gazetteer's Susan Rice, "Al Dirdiri Mohamed Ahmed" not
        Abiy Ahmed: a given name written before a known surname that contradicts every given
        name of the gazetteer person makes the pair somebody else, left to discovery."""
        for i in range(1, len(self.tokens)):
            token = self.tokens[i]
            if not token.capitalized:
                continue
            candidates = self.index.surnames.get(skeleton(token.text))
            if not candidates:
                continue
            given = self._given_before(i)
            if given is None or self.index.exact.get((given.norm, token.norm)):
                continue
            others = self._contradicted(given, candidates)
            if others:
                self.collisions[i] = others

    def resolve_lone_words_to_named_people(self) -> None:
        """ "Trump phoned Moon": a single word matched to a gazetteer person whose name the
        article never writes in full (Ban Ki-moon) belongs to the unknown person the article
        does name in full with that word (Moon Jae-in)."""
        full = [m for m in self.mentions if m.kind == "person" and not m.known and " " in m.text]
        if not full:
            return
        written = {
            m.name for m in self.mentions if m.kind == "person" and len(_WORD.findall(m.text)) > 1
        }
        for mention, word, _ in self._lone_known_words():
            if mention.name in written:
                continue
            same = [
                m
                for m in full
                if word in (skeleton(_WORD.findall(m.text)[0]), skeleton(_WORD.findall(m.text)[-1]))
            ]
            if len({m.name for m in same}) == 1:
                mention.name, mention.known = same[0].name, False

    def _lone_known_words(self):
        """Gazetteer people named by one word ("Kim", "Bush"): the mention, the word's spelling
        skeleton and the word as written."""
        for mention in self.mentions:
            words = _WORD.findall(mention.text)
            if (
                mention.kind == "person"
                and mention.known
                and len(words) == 1
                and mention.via in ("variant", "surname")
            ):
                yield mention, skeleton(words[0]), words[0]

    def resolve_shared_surnames(self) -> None:
        """ "Bush" after "George H. W. Bush", "Aquino" after "Corazon Aquino": a lone word that
        several gazetteer people share goes to the one the article names in full (the nearest
        before it, else the first after it), else to the only one in office on the date."""
        full = [m for m in self.mentions if m.kind == "person" and len(_WORD.findall(m.text)) > 1]
        for mention, word, written in self._lone_known_words():
            with_word = [m for m in full if m.end <= mention.start and word in _ends(m.text)]
            if with_word and not with_word[-1].known:
                continue  # "a U.S. team led by Sung Kim ... Kim said": left to the full name before
            sharing = set(self.index.surnames.get(word, ()))
            sharing |= {
                e.actor
                for e in self.index.exact.get((normalize(written),), ())
                if e.alias_kind in ("variant", "surname")
            }
            if len(sharing) < 2 or mention.name not in sharing:
                continue
            named = [m for m in full if m.known and m.name in sharing]
            if named:
                before = [m for m in named if m.end <= mention.start]
                mention.name = (before[-1] if before else named[0]).name
                continue
            if self.published is None:
                continue
            in_office = [
                person
                for person in sorted(sharing)
                if (actor := self.gazetteer.get(person))
                and any(o.held_on(self.published) for o in actor.offices)
            ]
            if len(in_office) == 1:
                mention.name = in_office[0]

    def drop_titles_naming_others(self) -> None:
        """ "l'ex presidente finlandese Martti Ahtisaari": a title written right before someone's
        name is that person's, not whoever held the office on the date."""
        drop = []
        for k, mention in enumerate(self.mentions):
            if mention.via != "title":
                continue
            following = [
                m for m in self.mentions[k + 1 :] if m.start >= mention.end and m.kind == "person"
            ]
            if not following:
                continue
            nxt = following[0]
            gap = self.text[mention.end : nxt.start]
            qualified = (
                len(gap) <= 32 and gap.rstrip().endswith(",") and not re.search(r"[.;:!?()]", gap)
            )  # "le Premier ministre thaïlandais par intérim de l'époque, Phumtham Wechayachai"
            if nxt.name != mention.name and (re.fullmatch(r"[\s,]*", gap) or qualified):
                drop.append(k)
        for k in reversed(drop):
            del self.mentions[k]

    def resolve_colliding_surnames(self) -> None:
        """A surname alone after "Condoleezza Rice" is hers, not the gazetteer's Susan Rice: it
        goes to the person last named in full with that surname."""
        if not self.collisions:
            return
        surnames = {skeleton(self.tokens[i].text) for i in self.collisions}
        full = [
            m
            for m in self.mentions
            if m.kind == "person"
            and " " in m.text.strip()
            and _WORD.findall(m.text)
            and skeleton(_WORD.findall(m.text)[-1]) in surnames
        ]
        if not any(not m.known for m in full):
            return
        written = {
            m.name
            for m in self.mentions
            if m.kind == "person" and m.known and len(_WORD.findall(m.text)) > 1
        }
        for mention in self.mentions:
            words = _WORD.findall(mention.text)
            if mention.kind != "person" or len(words) != 1 or skeleton(words[0]) not in surnames:
                continue
            if mention.known and mention.name in written:
                continue  # "Kim" after "Kim Jong Un" stays his, even when "Sung Kim" is named
            same = [m for m in full if skeleton(_WORD.findall(m.text)[-1]) == skeleton(words[0])]
            before = [m for m in same if m.end <= mention.start]
            source = before[-1] if before else (same[0] if same else None)
            if source is not None and source.name != mention.name:
                mention.name, mention.known = source.name, source.known

    def _window_text(self, i: int, before: int, after: int) -> str:
        lo = max(0, i - before)
        hi = min(len(self.tokens) - 1, i + after)
        start, end = self.tokens[lo].start, self.tokens[hi].end
        segment = self.text[start:end]
        token = self.tokens[i]
        left = segment[: token.start - start]
        right = segment[token.end - start :]
        left = _CLAUSE_PUNCTUATION.split(left)[-1]
        right = _CLAUSE_PUNCTUATION.split(right)[0]
        return f"{left}{token.text}{right}"

    def _multiword_demonym(self, i: int) -> tuple[int, str | None]:
        """ "Sri Lankan troops", "sri-lankische Armee": a demonym written in two or three words."""
        for size in (3, 2):
            j = i + size - 1
            if j >= len(self.tokens) or any(self.taken[i : j + 1]):
                continue
            if not all(
                _gap_ok(self.text, self.tokens[k], self.tokens[k + 1], " -") for k in range(i, j)
            ):
                continue
            state = self.index.multiword_demonyms.get(tuple(t.norm for t in self.tokens[i : j + 1]))
            if state:
                return j, state
        return i, None

    def _given_name_not_demonym(self, i: int) -> bool:
        """ "Indira Gandhi", "Irene Khan", "Francesco Lollobrigida": a given name that starts
        like a demonym's stem ("indi-", "iren-", "frances-"), before a surname, is a person."""
        token = self.tokens[i]
        if not token.capitalized or self.index.is_demonym(token.text):
            return False
        if normalize(token.text) not in world_given_names() or i + 1 >= len(self.tokens):
            return False
        following = self.tokens[i + 1]
        return (
            self.text[token.end : following.start] == " "
            and self._is_name_token(following)
            and not self.index.demonym_state(following.text)
            and (following.norm,) not in self.index.exact
        )

    def match_demonyms(self) -> None:
        determiners = compile_phrases(self.lexicon.words("determiners"))
        roles = self.lexicon.pattern("person_roles")
        state_nouns = self.lexicon.pattern("state_nouns")
        between = self.lexicon.pattern("between_words")
        for i, token in enumerate(self.tokens):
            if self.taken[i]:
                continue
            last, state = self._multiword_demonym(i)
            if state is None:
                last, state = i, self.index.demonym_state(token.text)
                if state and self._given_name_not_demonym(i):
                    continue
            if not state:
                continue
            window = self._window_text(i, 3, 2)  # "gabinetto di sicurezza israeliano"
            after = self._window_text(i, 0, 3)[len(token.text) :]
            before = self.text[max(0, token.start - 12) : token.start]
            hyphen_pair = (
                i + 1 < len(self.tokens)
                and self.text[token.end : self.tokens[i + 1].start] == "-"
                and self.index.demonym_state(self.tokens[i + 1].text)
            ) or (
                i > 0
                and self.text[self.tokens[i - 1].end : token.start] == "-"
                and self.index.demonym_state(self.tokens[i - 1].text)
            )
            acts = bool(state_nouns and state_nouns.search(window)) or bool(hyphen_pair)
            noun_form = token.capitalized or not self.lexicon.data.get("capitalized_nouns")
            if (
                not acts
                and noun_form
                and determiners
                and re.search(rf"(?:{determiners.pattern})\s*$", before, re.IGNORECASE)
            ):
                acts = not (roles and roles.search(after))
            if not acts and between and re.search(rf"(?:{between.pattern})\s*$", before):
                acts = True  # "die erste Runde zwischen Russen und Ukrainern": the two sides
            if (
                acts
                and roles
                and roles.search(after)
                and not (state_nouns and state_nouns.search(window))
            ):
                acts = False
            self.add(i, last, state, "state", "demonym", counts=acts)
        demonyms = sorted((m for m in self.mentions if m.via == "demonym"), key=lambda m: m.start)
        for left, right in zip(demonyms, demonyms[1:], strict=False):
            between = self.text[left.end : right.start].strip().lower()
            if between in {",", "and", "e", "und", "et", "y", "or", "o", "oder", "ou"} and (
                left.counts or right.counts
            ):
                left.counts = right.counts = True  # "Egyptian and Qatari mediators"

    def _is_name_token(self, token: Token) -> bool:
        text = token.text
        if not text[:1].isupper() or not text.isalpha() and not re.fullmatch(r"[A-Z]\w*", text):
            return False
        return not (len(text) > 2 and text.isupper())

    def _written_name(self, i: int, j: int) -> str:
        """Tokens i..j as written, with the capital restored where the copy lost it."""
        parts = []
        for k in range(i, j + 1):
            token = self.tokens[k]
            word = token.text.capitalize() if self._lowercased_name(token) else token.text
            gap = self.text[token.end : self.tokens[k + 1].start] if k < j else ""
            parts.append(word + gap)
        return "".join(parts)

    def _lowercased_name(self, token: Token) -> bool:
        """ "Mustafa akinci ... Akinci": a word written in lower case that the text elsewhere
        capitalises inside a sentence is a name the copy lost the capital of."""
        return (
            token.text.islower()
            and token.text.isalpha()
            and len(token.text) >= 3
            and token.norm in self.capitalized_inside
            and token.norm not in _stopwords(self.lexicon)
            and token.norm not in _function_words(self.lexicon)
        )  # not "à Naqoura pour une session" after "BEYROUTH – Pour la première fois"

    def _common_word(self, token: Token) -> bool:
        word = token.norm
        lex = self.lexicon
        return (
            word in _stopwords(lex)
            or bool(
                lex.pattern("government_nouns")
                and lex.pattern("government_nouns").fullmatch(token.text)
            )
            or word in _calendar_words(lex)[0]
            or word.startswith(_calendar_words(lex)[1])
            or bool(_role_pattern(lex) and _role_pattern(lex).fullmatch(token.text))
        )

    def _inner_apostrophe(self, j: int) -> bool:
        """ "Ja'neh": an apostrophe inside a capitalised word, the rest in lower case; not
        "Nell'incontro", an elided article before a noun."""
        nxt = self.tokens[j + 1]
        elided = {w.lower() for w in self.lexicon.words("elided_articles")}
        return (
            self.tokens[j].text.lower() not in elided
            and self.text[self.tokens[j].end : nxt.start] in ("'", "’")
            and self.tokens[j].capitalized
            and nxt.text.isalpha()
            and nxt.text.islower()
        )

    def _initial_or_elided(self, j: int) -> bool:
        """ "George W. Bush", "Tengku Dato' Ab Ghafar": an initial with its full stop, or an
        elided particle with its apostrophe, continues the name."""
        token = self.tokens[j]
        nxt = self.tokens[j + 1]
        gap = self.text[token.end : nxt.start]
        if gap == ". ":
            return len(token.text) == 1 and token.text.isupper() and j > 0
        if gap == ".":  # "P.K. Saxena": initials written together
            return (
                len(token.text) == 1 == len(nxt.text)
                and token.text.isupper()
                and nxt.text.isupper()
            )
        if gap in ("' ", "’ "):
            particles = {normalize(p) for p in self.lexicon.words("name_particles")}
            return token.norm in particles
        return False

    def _sequences(self):
        particles = {normalize(p) for p in self.lexicon.words("name_particles")}
        i = 0
        while i < len(self.tokens):
            if self.taken[i] or not self._is_name_token(self.tokens[i]):
                i += 1
                continue
            j = i
            while (
                j + 1 < len(self.tokens)
                and not self.taken[j + 1]
                and (
                    _gap_ok(self.text, self.tokens[j], self.tokens[j + 1], " -")
                    or self._initial_or_elided(j)
                    or self._inner_apostrophe(j)
                )
            ):
                nxt = self.tokens[j + 1]
                gap = self.text[self.tokens[j].end : nxt.start]
                if (
                    self._is_name_token(nxt)
                    or (self._lowercased_name(nxt) and gap == " ")
                    or self._inner_apostrophe(j)
                ):  # "Mustafa akinci", "Kabineh Ja'neh"
                    j += 1
                elif (
                    j > i
                    and nxt.text.islower()
                    and nxt.text.isalpha()
                    and len(nxt.text) <= 4
                    and self.text[self.tokens[j].end : nxt.start] == "-"
                    and self.text[nxt.end : nxt.end + 1] != "-"
                ):
                    j += 1  # "Moon Jae-in", "Kang Kyung-wha": the lower-case half of a given name
                    break
                elif nxt.norm in particles and j + 2 < len(self.tokens) and not self.taken[j + 2]:
                    k = j + 1
                    while (
                        k < len(self.tokens)
                        and self.tokens[k].norm in particles
                        and _gap_ok(self.text, self.tokens[k - 1], self.tokens[k], " -")
                    ):
                        k += 1
                    if (
                        k < len(self.tokens)
                        and not self.taken[k]
                        and self._is_name_token(self.tokens[k])
                        and _gap_ok(self.text, self.tokens[k - 1], self.tokens[k], " -")
                    ):
                        j = k
                    else:
                        break
                else:
                    break
            yield i, j
            i = j + 1

    def _coordinated_with_person(
        self, first: Token, last: Token, found: list[tuple[int, int]]
    ) -> bool:
        """ "Sergei Shoigu e Hulusi Akar": a full name joined to a named person is a person."""
        conjunctions = {"and", "e", "und", "et", "y", "ed", "sowie"}
        spans = found + [
            (m.start, m.end)
            for m in self._mentions_between(first.start - 40, last.end + 5)
            if m.kind == "person" and " " in m.text.strip()
        ]
        for start, end in spans:
            if end <= first.start:
                between = self.text[end : first.start]
            elif start >= last.end:
                between = self.text[last.end : start]
            else:
                continue
            between = re.sub(r"^\s*[a-zà-ü]{2,4}\s+[A-ZÀ-Þ][\w-]+", "", between)
            if between.strip().lower() in conjunctions:
                return True  # also "Mher Grigorjan für Armenien und Schahin Mustafajew"
        return False

    def _after_determiner(self, token: Token) -> bool:
        """ "des Vingt-Sept", "the Taliban": a plural article does not open a person's name."""
        words = {normalize(w.split()[-1]) for w in self.lexicon.words("determiners")}
        before = self.text[max(0, token.start - 20) : token.start].split()
        return bool(before) and normalize(before[-1]) in words

    def _role_follows(self, j: int) -> bool:
        """ "Hikmet Hajiyev, consigliere per la politica estera": a role in apposition."""
        roles = _role_pattern(self.lexicon)
        if roles is None:
            return False
        after = self.text[self.tokens[j].end : self.tokens[j].end + 40]
        return any(
            roles.match(after[opening.end() :])
            for opening in (
                re.match(r"\s*,\s*", after),
                re.match(r"\s*,\s*(?:[a-zà-ü]{1,4}\s+|l'|l’)", after),
            )
            if opening
        )

    def _after_stopword(self, token: Token) -> bool:
        """ "para la Reconciliación Nacional": an article or preposition right before the words
        makes them a thing, unless a role word stands between."""
        before = self.text[max(0, token.start - 20) : token.start]
        if before.endswith(("'", "’")):
            return True
        words = before.split()
        return bool(words) and normalize(words[-1]) in _stopwords(self.lexicon)

    def _leading_particle(self, i: int, j: int) -> bool:
        """ "Al Haj Murad Ebrahim", "Al Dirdiri Mohamed Ahmed": a capitalised particle inside a
        sentence opens the name."""
        token = self.tokens[i]
        return token.capitalized and i < j and not self._at_sentence_start(token)

    def _role_tokens(self) -> set[int]:
        """Tokens inside a role or office phrase ("ministro degli Esteri", "ministre d'État"):
        never the start of a name."""
        spans = []
        for pattern in (
            _role_pattern(self.lexicon),
            compile_phrases(self.lexicon.mapping("office_titles")),
        ):
            if pattern is not None:
                spans += [(m.start(), m.end()) for m in pattern.finditer(self.text)]
        if not spans:
            return set()
        spans.sort()
        starts = [a for a, _ in spans]
        inside = set()
        for k, token in enumerate(self.tokens):
            n = bisect.bisect_right(starts, token.start)
            if any(a <= token.start and token.end <= b for a, b in spans[max(0, n - 3) : n]):
                inside.add(k)
        return inside

    def _lone_counts(self, sequences: list[tuple[int, int]]) -> Counter:
        """How often each capitalised word stands alone, not inside a run of capitalised words."""
        return Counter(self.tokens[i].norm for i, j in sequences if i == j)

    def discover_people(self) -> None:
        """Unknown people, from person-like evidence only: a known given name, a role word right
        before the name, the surname used again on its own, or a speech verb right after it.
        Languages that capitalise nouns (German) need a given name or an adjacent role word."""
        given_names = given_name_skeletons()
        roles = _role_pattern(self.lexicon)
        speech = self.lexicon.pattern("statement_verbs")
        particles = {normalize(p) for p in self.lexicon.words("name_particles")}
        capitalizes_nouns = bool(self.lexicon.data.get("capitalized_nouns"))
        sequences = list(self._sequences())
        lone_counts = self._lone_counts(sequences)
        role_tokens = self._role_tokens()
        place_heads = {normalize(w) for w in self.lexicon.words("place_name_heads")}
        found: list[tuple[int, int]] = []
        pending: list[tuple[int, int]] = []
        for i, j in sequences:
            if self.tokens[i].norm in place_heads:
                continue  # "San Vicente del Caguán", "Saint-Denis": a place, whatever follows
            inner_titles = [
                k
                for k in range(i, j)
                if (
                    k in role_tokens
                    or (
                        self.index.demonym_state(self.tokens[k].text)
                        and not self._given_name_not_demonym(k)
                    )
                )
                and not (
                    k > i
                    and k in role_tokens
                    and skeleton(self.tokens[k - 1].text) in given_names
                    and k - 1 not in role_tokens
                )  # "Hassan Sheikh Mohamud": a title word after a given name is part of the name
            ]
            if inner_titles:
                i = inner_titles[-1] + 1  # "South Korean President Moon Jae-in"
            inner_given = [
                k
                for k in range(i + 1, j)
                if skeleton(self.tokens[k].text) in given_names
                or (
                    k == i + 1
                    and self._world_given_name(self.tokens[k])
                    and self._after_article(self.tokens[i])
                    and self.text[self.tokens[i].end : self.tokens[k].start] == " "
                )  # "le Taoiseach Bertie Ahern": an article makes the first word a title
            ]
            if (
                skeleton(self.tokens[i].text) not in given_names
                and not self._world_given_name(self.tokens[i])
                and inner_given
                and not any(self.tokens[k].norm in particles for k in range(i, inner_given[0]))
            ):
                i = inner_given[0]
            while i <= j and (
                self._common_word(self.tokens[i])
                or i in role_tokens
                or (self.tokens[i].norm in particles and not self._leading_particle(i, j))
                or (
                    self._at_sentence_start(self.tokens[i])
                    and skeleton(self.tokens[i].text) not in given_names
                    and not self._world_given_name(self.tokens[i])
                    and i < j
                    and (capitalizes_nouns or not self._role_follows(j))
                )
            ):
                i += 1
            while (
                j >= i
                and (self._common_word(self.tokens[j]) or self.tokens[j].norm in particles)
                and not (j > i and self.text[self.tokens[j - 1].end : self.tokens[j].start] == "-")
            ):
                j -= 1
            if j - i >= 2 and re.search(
                r"(?<![A-Z])[a-zà-ü]+['’]$",
                self.text[max(0, self.tokens[i].start - 6) : self.tokens[i].start],
            ):
                i += 1  # "all'Onu Gilad Erdan": the word after an elided article is not the name
            if i > j or self.tokens[i].norm in place_heads:
                continue  # "San Andrés", "Sankt Petersburg": a place
            first, last = self.tokens[i], self.tokens[j]
            before = re.split(
                r"(?<!\b[A-Z])(?<!\bMM)[.;:!?]", self.text[max(0, first.start - 60) : first.start]
            )[-1]  # "M. Saakachvili", "Mr. Kim": the full stop of a title ends no sentence
            after = self.text[last.end : last.end + 40]
            role_match = [m for m in roles.finditer(before)] if roles else []
            role_adjacent = bool(role_match) and role_match[-1].end() >= len(before.rstrip()) - 1
            role_near = role_adjacent or (
                bool(role_match)
                and role_match[-1].end() >= len(before) - 45
                and not self._after_determiner(first)
                and not self._after_stopword(first)
            )
            wide = re.split(r"[.;:!?]", self.text[max(0, first.start - 110) : first.start])[-1]
            wide_roles = [m for m in roles.finditer(wide)] if roles else []
            role_apposition = bool(wide_roles) and bool(
                re.fullmatch(r"[^.;:!?,()]{0,70},\s*", wide[wide_roles[-1].end() :])
            )  # "der EU-Sonderbeauftragte für den Dialog, Miroslav Lajčák"
            role_after = self._role_follows(j)  # "Diaa Rashwan, head of Egypt's ..."
            coordinated = self._coordinated_with_person(
                first, last, [(self.tokens[a].start, self.tokens[b].end) for a, b in found if b > a]
            )
            speaks = bool(speech and speech.match(after.strip()))
            repeated = lone_counts[last.norm] >= 1 and not (
                j > i and self._after_stopword(first)
            )  # "aprobar la Ley Básica del Bangsamoro ... el Bangsamoro": a thing, not a person
            given = skeleton(first.text) in given_names or (
                j > i
                and self._world_given_name(first)
                and (repeated or not self._after_function_word(first))
            )  # "Alija Izetbegović ... Izetbegović", but not "the Red Sea", "sul Mar Nero"
            if j > i:
                evidence = (
                    given or role_adjacent or role_apposition or role_after or coordinated
                    if capitalizes_nouns
                    else (
                        given
                        or role_near
                        or repeated
                        or speaks
                        or coordinated
                        or role_after
                        or role_apposition
                    )
                )
            else:
                evidence = (
                    role_adjacent
                    and (repeated or not capitalizes_nouns)
                    and not self._at_sentence_start(first)
                )  # "Foreign Minister Bourita": a title and a surname, even used once
            if evidence:
                found.append((i, j))
            elif j > i:
                pending.append((i, j))
        for i, j in pending:
            spans = [(self.tokens[a].start, self.tokens[b].end) for a, b in found if b > a]
            if self._coordinated_with_person(self.tokens[i], self.tokens[j], spans):
                found.append((i, j))  # "Dawit Melkumjan und Sergej Martirosjan": named second
        organization_words = {normalize(w) for w in self.lexicon.words("organization_words")}
        named_by: dict[str, list[tuple]] = {}  # a word -> where each full name using it starts
        surnames_of_full_names = {self.tokens[j].norm for i, j in found if j > i}
        full_names = {
            tuple(self.tokens[k].norm for k in range(i, j + 1)): self._written_name(i, j)
            for i, j in found
        }
        for i, j in found:
            if i == j and self.tokens[i].norm in surnames_of_full_names:
                continue  # "Mme Mottley" after "Mia Mottley": resolved below to the full name
            words = tuple(self.tokens[k].norm for k in range(i, j + 1))
            longer = [
                full
                for key, full in full_names.items()
                if len(key) > len(words) and key[-len(words) :] == words
            ]
            if j > i and len(longer) == 1:
                # "González Posso" after "Camilo González Posso": a double surname on its own
                self.add(i, j, longer[0], "person", "discovered", known=False)
                continue
            name = self._written_name(i, j)
            if any(self.tokens[k].norm in organization_words for k in range(i, j + 1)):
                self.add(i, j, name, "organization", "discovered", known=False)
                continue
            named_by.setdefault(self.tokens[j].norm, []).append((self.tokens[i].start, name))
            k = j
            while k > i and self.text[self.tokens[k - 1].end : self.tokens[k].start] == "-":
                k -= 1  # "Coronel-Ferrer": every part of a hyphenated surname
                named_by.setdefault(self.tokens[k].norm, []).append((self.tokens[i].start, name))
            paternal = self.tokens[j - 1] if j - i >= 2 else None
            if (
                paternal is not None
                and paternal.norm not in particles
                and skeleton(paternal.text) not in given_names
                and self.text[paternal.end : self.tokens[j].start] == " "
            ):
                # "Francisco Caamaño Deñó … Caamaño": a double surname's first part on its own
                named_by.setdefault(paternal.norm, []).append((self.tokens[i].start, name))
            first_name = self.tokens[i]
            if j > i and first_name.norm not in particles:
                weak = skeleton(first_name.text) in given_names
                named_by.setdefault(first_name.norm, []).append((first_name.start, name, weak))
            self.add(i, j, name, "person", "discovered", known=False)
        genitive = capitalizes_nouns and "s" in self.lexicon.words("inflection_suffixes")
        for k, token in enumerate(self.tokens):
            if self.taken[k] or not token.capitalized:
                continue
            key = token.norm
            if key not in named_by and genitive and key.endswith("s") and key[:-1] in named_by:
                key = key[:-1]  # "ein Treffen Christophers": the genitive of Christopher
            if key not in named_by:
                continue
            followed = (
                k + 1 < len(self.tokens)
                and self.tokens[k + 1].capitalized
                and _gap_ok(self.text, token, self.tokens[k + 1], " ")
            )
            candidates = [
                (entry[0], entry[1])
                for entry in named_by[key]
                if not (len(entry) == 3 and entry[2] and followed)
            ]
            if not candidates:
                continue
            before = [c for c in candidates if c[0] < token.start]
            name = max(before)[1] if before else min(candidates)[1]
            previous = self.mentions[-1] if self.mentions else None
            if (
                previous is not None
                and previous.name == name
                and previous.via == "discovered"
                and k > 0
                and previous.end == self.tokens[k - 1].end
                and self.text[previous.end : token.start] == "-"
            ):
                previous.end = token.end
                previous.text = self.text[previous.start : previous.end]
                self.taken[k] = True
                continue
            self.add(k, k, name, "person", "discovered", known=False)
        self._lowercased_full_names()

    def _lowercased_full_names(self) -> None:
        """ "Said Abdullo Nuri … trafen sich Rachmonow und said abdullo nuri": a name the
        text has written capitalised, written again in lower case, word for word."""
        full = {
            tuple(t.norm for t in self.tokens[i : j + 1]): m.name
            for m in self.mentions
            if m.via == "discovered" and m.kind == "person"
            for i, j in [self._token_span(m)]
            if j > i
        }
        for words, name in full.items():
            size = len(words)
            for k in range(len(self.tokens) - size + 1):
                window = self.tokens[k : k + size]
                if (
                    not any(self.taken[k : k + size])
                    and all(t.text.islower() for t in window)
                    and tuple(t.norm for t in window) == words
                    and all(
                        _gap_ok(self.text, a, b, " ")
                        for a, b in zip(window, window[1:], strict=False)
                    )
                ):
                    self.add(k, k + size - 1, name, "person", "discovered", known=False)

    def _token_span(self, mention: ActorMention) -> tuple[int, int]:
        starts = [t.start for t in self.tokens]
        first = bisect.bisect_left(starts, mention.start)
        last = bisect.bisect_left(starts, mention.end) - 1
        return first, last

    def _after_article(self, token: Token) -> bool:
        words = self.text[max(0, token.start - 8) : token.start].split()
        return (
            bool(words)
            and words[-1].islower()
            and len(words[-1]) <= 3
            and normalize(words[-1]) in _stopwords(self.lexicon)
        )

    def _after_function_word(self, token: Token) -> bool:
        """A short lower-case word right before ("sul", "a", "the"), other than "and", or a
        capitalised word that belongs to another name ("White House Rose Garden"): places and
        things follow these far more often than a person written once."""
        if self._after_stopword(token):
            return True
        before = self.text[max(0, token.start - 12) : token.start]
        if re.search(r"[A-ZÀ-Þ]\w* $", before):
            return True
        words = before.split()
        return (
            bool(words)
            and words[-1].isalpha()
            and words[-1].islower()
            and (len(words[-1]) <= 4 and words[-1] not in ("and", "e", "ed", "und", "et", "y"))
            and not self._meeting_verb(words[-1])
        )

    def _meeting_verb(self, word: str) -> bool:
        """ "met Kenneth Kaunda", "rang Ban": a short verb of meeting, not a preposition."""
        return any(
            (pattern := self.lexicon.pattern(key)) is not None and pattern.fullmatch(word)
            for key in ("meeting_in_person", "meeting_phone")
        )

    def _world_given_name(self, token: Token) -> bool:
        return token.norm in world_given_names() and token.norm not in _stopwords(self.lexicon)

    def _at_sentence_start(self, token: Token) -> bool:
        return token.start in self.sentence_starts

    def discover_organizations(self) -> None:
        """Unknown groups: acronyms used twice (FARC, M23), or, in languages that do not capitalise
        nouns, a capitalised word used three times on its own and rarely after a preposition of
        place (Hamas, but not Gaza)."""
        counts = Counter()
        locative = Counter()
        headed = Counter()  # "Consiglio di sicurezza", "Palais des Nations": the head of a name
        links = {normalize(p) for p in self.lexicon.words("name_links")}
        lowercase = Counter(t.norm for t in self.tokens if t.text.islower())
        prepositions = {normalize(p) for p in self.lexicon.words("locative_prepositions")}
        capitalizes_nouns = bool(self.lexicon.data.get("capitalized_nouns"))
        for k, token in enumerate(self.tokens):
            if self.taken[k] or not token.capitalized:
                continue
            counts[token.text] += 1
            if k > 0 and self.tokens[k - 1].norm in prepositions:
                locative[token.text] += 1
            if (
                k + 1 < len(self.tokens)
                and self.tokens[k + 1].norm in links
                and _gap_ok(self.text, token, self.tokens[k + 1], " ")
            ):
                headed[token.text] += 1
        for k, token in enumerate(self.tokens):
            if self.taken[k]:
                continue
            text = token.text
            acronym = (
                bool(re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", text))
                and any(c.isalpha() for c in text)
                and not re.fullmatch(r"[A-Z]{2,}", text)
                or bool(re.fullmatch(r"[A-Z]{3,6}", text))
            )
            if acronym:
                if counts[text] >= 2 and locative[text] * 2 < counts[text]:
                    self.add(k, k, text, "organization", "discovered", known=False)
                continue
            if capitalizes_nouns or not token.capitalized or not text.isalpha() or len(text) < 4:
                continue
            if (
                k > 0
                and self.tokens[k - 1].norm in _ARABIC_ARTICLES
                and self.text[self.tokens[k - 1].end : token.start] == "-"
            ):
                continue  # "El-Fasher", "Al-Hudaydah": a name with its article is a place
            if (
                counts[text] >= 3
                and locative[text] * 2 < counts[text]
                and headed[text] * 2 < counts[text]
                and not lowercase[token.norm]
                and not self._common_word(token)
                and skeleton(text) not in given_name_skeletons()
            ):
                neighbours_capitalized = (
                    k + 1 < len(self.tokens)
                    and self.tokens[k + 1].capitalized
                    and _gap_ok(self.text, token, self.tokens[k + 1], " ")
                ) or (
                    k > 0
                    and self.tokens[k - 1].capitalized
                    and not self._at_sentence_start(self.tokens[k - 1])
                    and _gap_ok(self.text, self.tokens[k - 1], token, " ")
                )  # "Palacio Nacional": the end of a longer name, not a group of its own
                if not neighbours_capitalized:
                    self.add(k, k, text, "organization", "discovered", known=False)

    def _mentions_between(self, start: int, end: int) -> list[ActorMention]:
        ordered = (
            sorted(self.mentions, key=lambda m: m.start)
            if self._ordered_count != len(self.mentions)
            else self._ordered
        )
        if self._ordered_count != len(self.mentions):
            self._ordered, self._ordered_count = ordered, len(self.mentions)
            self._ordered_starts = [m.start for m in ordered]
        first = bisect.bisect_left(self._ordered_starts, start)
        last = bisect.bisect_right(self._ordered_starts, end)
        return self._ordered[first:last]

    def match_titles(self) -> None:
        """Titles without a name ("il presidente ucraino") resolve to the office holder at the
        date, or else to the person the article itself names with that title ("le président
        français Nicolas Sarkozy ... le président français")."""
        titles = self.lexicon.mapping("office_titles")
        pattern = compile_phrases(titles)
        if not pattern:
            return
        lookup = {normalize(re.sub(r"[\s']+", " ", k)): v for k, v in titles.items()}
        named: list[tuple[int, str, str, str]] = []  # (position, role, state, person)
        unnamed: list[tuple[int, int, str, str, list[ActorMention]]] = []
        for match in pattern.finditer(self.text):
            role = lookup.get(normalize(re.sub(r"[\s']+", " ", match.group(0))))
            if not role:
                continue
            window = self._mentions_between(match.start() - 25, match.end() + 45)
            lo, hi = max(0, match.start() - 25), match.end() + 25
            nearby = [
                m
                for m in window
                if m.kind == "state"
                and lo <= m.start
                and m.end <= hi
                and not re.search(
                    r"[.;:!?,]", self.text[min(m.end, match.end()) : max(m.start, match.start())]
                )
            ]
            nearby = [min(nearby, key=lambda m: abs(m.start - match.start()))] if nearby else []
            following = [
                m for m in window if 0 <= m.start - match.end() <= 40 and m.kind == "person"
            ]
            if nearby and nearby[0].end > match.end():
                following = [m for m in following if m.start >= nearby[0].end]
            between = (
                self.text[max(match.end(), nearby[0].end if nearby else 0) : following[0].start]
                if following
                else ""
            )
            if (
                following
                and not _CLAUSE_PUNCTUATION.search(between.replace(",", ""))
                and len(between.split()) <= 3
            ):  # "le président français Nicolas Sarkozy", not "the leader spoke with Thaksin"
                if nearby and re.fullmatch(r"[\s,]*", between):
                    # "le président français Nicolas Sarkozy": the article names the holder
                    named.append((match.start(), role, nearby[0].name, following[0].name))
                continue
            if nearby and not any(
                m.kind == "person" and m.start <= match.start() < m.end for m in window
            ):
                unnamed.append((match.start(), match.end(), role, nearby[0].name, nearby))
        for m_start, m_end, role, state, nearby in unnamed:
            person = self.index.office_holder(role, state, self.published)
            if not person and role == "leader":  # "Kroatiens Staatschef": its president
                person = next(
                    (
                        holder
                        for office in _HEADS_OF_GOVERNMENT
                        if (holder := self.index.office_holder(office, state, self.published))
                    ),
                    None,
                )  # "the Malaysian leader": its prime minister, where no president leads
            if not person:
                same = [n for n in named if _same_office(n[1], role) and n[2] == state]
                earlier = [n for n in same if n[0] < m_start]
                source = earlier[-1] if earlier else (same[0] if same else None)
                person = source[3] if source else None
            if not person:
                person = self._titled_earlier(m_start, role, state, lookup)
            if not person:
                continue
            start = min(m_start, *(m.start for m in nearby))
            end = max(m_end, *(m.end for m in nearby))
            for m in nearby:
                if (
                    m.via == "demonym"
                    or not self.text[min(m.end, m_end) : max(m.start, m_start)].strip()
                ):
                    m.counts = False  # "Kroatiens Staatschef": the person, not the state
            known = self.index.kinds.get(person) == "person"
            self.mentions.append(
                ActorMention(start, end, self.text[start:end], person, "person", "office", known)
            )

    def _titled_earlier(self, position: int, role: str, state: str, lookup: dict) -> str | None:
        """ "die Präsidenten Alija Izetbegović und Franjo Tuđman … den bosnischen Präsidenten":
        the last person of that state the text introduced with that title."""
        titles = [k for k, v in lookup.items() if _same_office(v, role)]
        for mention in reversed(self._mentions_between(0, position)):
            if mention.kind != "person" or self.index.affiliations.get(mention.name) != state:
                continue
            before = normalize(self.text[max(0, mention.start - 40) : mention.start])
            if any(title in before for title in titles):
                return mention.name
        return None

    def _dominant_state(self) -> ActorMention | None:
        """The state an article is about, for a government it never attaches to a state ("las
        delegaciones del Gobierno y del ELN" in a piece on Petro's talks): the state named, or
        led by the people named, at least four times and half again as often as any other."""
        counts = Counter()
        for m in self.mentions:
            if m.kind == "state":
                counts[m.name] += 1
            elif (
                m.kind == "person"
                and self.index.kinds.get(self.index.affiliations.get(m.name)) == "state"
            ):
                counts[self.index.affiliations[m.name]] += 1
        ranked = counts.most_common(2)
        if (
            not ranked
            or ranked[0][1] < 4
            or (len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1])
        ):
            return None
        state = ranked[0][0]
        return ActorMention(0, 0, state, state, "state", "coreference")

    def resolve_bare_government(self) -> None:
        """ "El Gobierno de Colombia ... el Gobierno garantizará", "l'esercito sudanese ...
        l'esercito chiede": a bare government or army noun refers to the party the article last
        attached to it."""
        pattern = self.lexicon.pattern("government_nouns")
        if not pattern:
            return
        last_state = self._dominant_state()
        own_party: dict[str, ActorMention] = {}  # "el Ejército Zapatista … el ejército"

        def remember(match: re.Match, mention: ActorMention) -> ActorMention | None:
            own_party[normalize(match.group(0))] = mention
            return mention if mention.kind == "state" else last_state

        for match in pattern.finditer(self.text):
            window_end = match.end() + 25
            containing = [
                m
                for m in self._mentions_between(match.start() - 60, match.end())
                if m.start <= match.start() and match.end() <= m.end and m.kind != "person"
            ]
            if containing:  # an alias that includes the noun: "esercito sudanese"
                last_state = remember(match, containing[0])
                continue
            attached = [
                m
                for m in self._mentions_between(match.start() - 40, match.end() + 30)
                if m.kind in ("state", "organization")
                and (
                    match.end() <= m.start <= window_end
                    or match.start() - 20 <= m.end <= match.start()
                )
                and _attaching(self.text[min(m.end, match.end()) : max(m.start, match.start())], m)
            ]
            if attached:
                party = min(attached, key=lambda m: abs(m.start - match.start()))
                if party.via == "demonym":
                    party.counts = True
                last_state = remember(match, party)
                continue
            leader = [
                m
                for m in self._mentions_between(match.end(), window_end + 20)
                if m.kind == "person"
                and self.index.affiliations.get(m.name) in self.index.kinds
                and self.index.kinds.get(self.index.affiliations[m.name]) == "state"
                and _attaching(self.text[match.end() : m.start], m)
            ]
            if leader:  # "el Gobierno de Nicolás Maduro", "the government of Prime Minister Abiy"
                state = self.index.affiliations[leader[0].name]
                self.mentions.append(
                    ActorMention(
                        match.start(), match.end(), match.group(0), state, "state", "coreference"
                    )
                )
                last_state = self.mentions[-1]
                continue
            party = own_party.get(normalize(match.group(0)), last_state)
            if party is None or any(
                m.start <= match.start() < m.end
                for m in self._mentions_between(match.start() - 60, match.end())
            ):
                continue
            self.mentions.append(
                ActorMention(
                    match.start(),
                    match.end(),
                    match.group(0),
                    party.name,
                    party.kind,
                    "coreference",
                )
            )

    def resolve_bare_roles(self) -> None:
        """ "il generale Khalifa Haftar … Il generale era arrivato a Palermo": a rank with its
        article and no name after it is the person the text last named with that rank."""
        pattern = self.lexicon.pattern("anaphoric_roles")
        if not pattern:
            return
        added = []
        for match in pattern.finditer(self.text):
            rank = match.group(0).split()[-1].lower()
            after = self.text[match.end() : match.end() + 3]
            if after.strip()[:1].isupper():
                continue  # "il generale Khalifa Haftar": the name follows
            named = [
                m
                for m in self._mentions_between(0, match.start())
                if m.kind == "person" and rank in self.text[max(0, m.start - 30) : m.start].lower()
            ]
            if not named:
                continue
            person = named[-1]
            added.append(
                ActorMention(
                    match.start(), match.end(), match.group(0), person.name, "person", "coreference"
                )
            )
        self.mentions.extend(added)
        self.mentions.sort(key=lambda m: m.start)

    def resolve_bare_groups(self) -> None:
        """ "Petro suspendió los diálogos con el ELN … la guerrilla anunció un cese al fuego":
        "the rebels", "la guerrilla", "die Miliz" with no name after them are the armed group the
        text last named (an organisation that is no international body)."""
        pattern = self.lexicon.pattern("anaphoric_groups")
        if not pattern:
            return
        added = []
        for match in pattern.finditer(self.text):
            after = self.text[match.end() : match.end() + 3]
            if after.strip()[:1].isupper() or self.taken_span(match.start(), match.end()):
                continue  # "the rebel group M23": the name follows
            if re.search(
                r"\b(?:de|of|di|du|des|von|d')\s*$",
                self.text[max(0, match.start() - 5) : match.start()],
                re.I,
            ):
                continue  # "el partido que surja de la guerrilla": a thing of the group, not its act
            groups = [
                m
                for m in self._mentions_between(0, match.start())
                if m.kind == "organization" and not _INTERNATIONAL_BODY.search(m.name)
            ]
            if groups:
                added.append(
                    ActorMention(
                        match.start(),
                        match.end(),
                        match.group(0),
                        groups[-1].name,
                        "organization",
                        "coreference",
                    )
                )
        self.mentions.extend(added)

    def taken_span(self, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions)

    def _info(self) -> dict[str, ActorInfo]:
        info: dict[str, ActorInfo] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            entry = info.get(mention.name)
            if entry is None:
                entry = info[mention.name] = ActorInfo(
                    mention.name,
                    mention.kind,
                    mention.known,
                    self.index.actor_ids.get(mention.name) if mention.known else None,
                )
            if mention.text not in entry.surface_forms:
                entry.surface_forms.append(mention.text)
        return info


_ATTACHING_WORDS = {
    "",
    "de",
    "del",
    "de la",
    "of",
    "of the",
    "di",
    "della",
    "dello",
    "du",
    "de l'",
    "des",
    "von",
    "der",
    "d'",
    "the",
    "'s",
    "’s",
}


_HEAD_OF_STATE_ROLES = frozenset({"president", "leader"})
_HEADS_OF_GOVERNMENT = ("president", "prime minister", "chancellor")  # whom "leader" may name


# Names of bodies a "the group", "les rebelles" never stands for: the UN and its missions,
# regional organisations, courts, banks, mediating groups and states' own armies.
_INTERNATIONAL_BODY = re.compile(
    r"United Nations|\bUN[A-Z]{2,}|\bMIN[A-Z]{2,}|MONUSCO|\bUnion\b|Council|Commission|NATO|OSCE|"
    r"Organi[sz]ation|League|Bank|Fund|Court|Tribunal|Agency|Mission|Committee|Community|"
    r"Group\b|Quartet|Conference|ASEAN|ECOWAS|ECOMOG|SADC|IGAD|BRICS|\bG7|\bG20|Programme|"
    r"Assembly|Cooperation|Sant'Egidio|Cross|Authority|Armed Forces|Tatmadaw|KFOR|SFOR|EULEX|"
    r"AMISOM|Initiative|Representative|Government"
)


@cache
def _places_pattern() -> re.Pattern:
    path = Path(__file__).parent / "data" / "places.txt"
    names = [
        name.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
        for name in line.split("|")
    ]
    names.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _same_office(named_role: str, role: str) -> bool:
    """ "le président sénégalais Abdoulaye Wade … le chef de l'État sénégalais": a head of
    state named with one title is referred to with the other."""
    return (
        named_role == role
        or {named_role, role} <= _HEAD_OF_STATE_ROLES
        or (
            "leader" in (named_role, role)
            and {named_role, role} - {"leader"} <= set(_HEADS_OF_GOVERNMENT)
        )
    )  # "Malaysian Prime Minister Anwar Ibrahim … the Malaysian leader"


def _attaching(between: str, mention: ActorMention) -> bool:
    """ "Gobierno de Colombia", "governo etiope", "the Israeli government" attach the noun to a
    party; "Gobierno y FARC" does not."""
    if re.search(r"[.;:!?,]", between):
        return False
    return mention.via == "demonym" or " ".join(between.lower().split()) in _ATTACHING_WORDS


@cache
def _calendar_words_for(language: str, months: tuple[str, ...], weekdays: tuple[str, ...]):
    return frozenset(normalize(m) for m in months), tuple(
        normalize(w).rstrip("*") for w in weekdays
    )


def _calendar_words(lexicon: Lexicon):
    return _calendar_words_for(
        lexicon.language, tuple(lexicon.mapping("months")), tuple(lexicon.mapping("weekdays"))
    )


_ARABIC_ARTICLES = frozenset({"el", "al", "ad", "ar", "as", "ash", "az", "an", "ed", "es", "et"})


@cache
def _stopwords_for(language: str, words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


@cache
def _role_pattern_for(language: str, roles: tuple[str, ...], compounds: bool) -> re.Pattern | None:
    pattern = compile_phrases(roles)
    if pattern is None or not compounds:
        return pattern
    body = pattern.pattern.replace("(?<!\\w)(?:", "(?<!\\w)\\w*(?:", 1)
    # the inflected forms: "dem Präsidenten", "des Außenministers"
    body = body.removesuffix(PHRASE_END) + "(?:en|n|es|s)?(?!\\w)"
    return re.compile(body, re.IGNORECASE)


def _role_pattern(lexicon: Lexicon) -> re.Pattern | None:
    """Role words before a name; in German also as the end of a compound ("Regierungschef")."""
    return _role_pattern_for(
        lexicon.language,
        tuple(lexicon.words("person_roles")),
        bool(lexicon.data.get("capitalized_nouns")),
    )


def _locatives(lexicon: Lexicon) -> frozenset[str]:
    words = lexicon.words("locative_prepositions") + [
        "at",
        "in",
        "im",
        "nel",
        "nella",
        "nell",
        "au",
        "en",
        "dans",
    ]
    return _stopwords_for(lexicon.language + ":loc", tuple(words))


def _function_words(lexicon: Lexicon) -> frozenset[str]:
    return _stopwords_for(lexicon.language + ":fn", tuple(lexicon.words("function_words")))


def _stopwords(lexicon: Lexicon) -> frozenset[str]:
    return _stopwords_for(
        lexicon.language,
        tuple(
            lexicon.words("stopwords")
            + lexicon.words("determiners")
            + lexicon.words("number_words")  # "Dodici Paesi", "Tre Paesi": no one's name
        ),
    )


def find_actors(
    text: str,
    sentences: list[Sentence],
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    published: dt.date | None,
) -> DocumentActors:
    return _Matcher(text, sentences, gazetteer, lexicon, published).run()
