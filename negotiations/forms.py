"""Reading the public filters from the URL. The URL is the state: every page, fragment, feed
and export is a function of these GET parameters, so back, reload and share all work."""

import calendar
import datetime
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict

from .models import Actor, TimelineEntry

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class PartialDate:
    """A date typed at some precision: "2025", "2025-02" or "2025-02-18"."""

    year: int
    month: int | None = None
    day: int | None = None

    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> datetime.date:
        if self.day:
            return self.first_day()
        if self.month:
            return datetime.date(
                self.year, self.month, calendar.monthrange(self.year, self.month)[1]
            )
        return datetime.date(self.year, 12, 31)

    def display(self) -> str:
        if self.day:
            return f"{self.day} {self.first_day():%b %Y}"
        if self.month:
            return f"{self.first_day():%b %Y}"
        return str(self.year)

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
        if self.day:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


class PartialDateField(forms.CharField):
    widget = forms.DateInput(attrs={"type": "date"})

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = _PARTIAL_DATE.match(value.strip())
        if not match:
            raise forms.ValidationError("Use a date like 2025-03-18, 2025-03 or 2025.")
        year, month, day = (int(part) if part else None for part in match.groups())
        if not 1800 <= year <= 2200:
            raise forms.ValidationError("Give a year between 1800 and 2200.")
        try:
            result = PartialDate(year, month, day)
            result.first_day()
        except ValueError:
            raise forms.ValidationError("That date does not exist.") from None
        return result


@dataclass(frozen=True)
class AppliedFilter:
    """One filter in force, as the reader sees it, with the URL that removes it."""

    label: str
    remove_query: str
    css: str = ""


class TimelineFilterForm(forms.Form):
    actor = forms.ModelMultipleChoiceField(
        queryset=Actor.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.MultipleHiddenInput,
    )
    kind = forms.MultipleChoiceField(
        choices=TimelineEntry.Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    since = PartialDateField(required=False, label="Since")
    until = PartialDateField(required=False, label="Until")
    q = forms.CharField(
        required=False,
        max_length=200,
        label="Search",
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "e.g. ceasefire"}),
    )
    order = forms.ChoiceField(
        choices=[("newest", "Newest first"), ("oldest", "Oldest first")],
        required=False,
        label="Order",
    )

    # Parameters that are part of the state but not filters (kept when building links).
    FILTER_KEYS = ("actor", "kind", "since", "until", "q")

    def __init__(self, data: QueryDict | None = None, **kwargs):
        if data is not None:
            data = data.copy()
            # The "add an actor" select shares the name `actor`; its empty choice is no actor.
            data.setlist("actor", [value for value in data.getlist("actor") if value])
        super().__init__(data, **kwargs)
        self.is_valid()  # a bad field is reported and ignored; the others still apply

    def value(self, name):
        return self.cleaned_data.get(name) if hasattr(self, "cleaned_data") else None

    @property
    def actors(self) -> list[Actor]:
        return list(self.value("actor") or [])

    @property
    def kinds(self) -> list[str]:
        return list(self.value("kind") or [])

    @property
    def newest_first(self) -> bool:
        return self.value("order") != "oldest"

    @property
    def is_filtered(self) -> bool:
        return any(self.value(key) for key in self.FILTER_KEYS)

    def apply(self, queryset):
        """Narrow a TimelineEntry queryset to what the filters ask for."""
        since, until = self.value("since"), self.value("until")
        return (
            queryset.for_actors([actor.pk for actor in self.actors])
            .of_kinds(self.kinds)
            .between(since.first_day() if since else None, until.last_day() if until else None)
            .search(self.value("q") or "")
        )

    # --- URLs -------------------------------------------------------------------------

    def params(self) -> list[tuple[str, str]]:
        """The valid state as ordered (name, value) pairs."""
        pairs: list[tuple[str, str]] = [("actor", actor.slug) for actor in self.actors]
        pairs += [("kind", kind) for kind in self.kinds]
        for key in ("since", "until"):
            if self.value(key):
                pairs.append((key, str(self.value(key))))
        if self.value("q"):
            pairs.append(("q", self.value("q")))
        if not self.newest_first:
            pairs.append(("order", "oldest"))
        return pairs

    def query(
        self, *, without: tuple[str, str] | None = None, drop: tuple[str, ...] = (), **extra
    ) -> str:
        """The query string for the current state, minus one (name, value) pair, minus whole
        parameters named in `drop`, plus extras."""
        pairs = [pair for pair in self.params() if pair != without and pair[0] not in drop]
        pairs += [(key, str(value)) for key, value in extra.items() if value not in (None, "")]
        return urlencode(pairs)

    def week_query_base(self) -> str:
        """Everything but the dates: a week bar in the chart adds its own since/until."""
        return self.query(drop=("since", "until"))

    def filter_query(self) -> str:
        """The filters alone (no order, no cursor): what feeds and exports take."""
        return urlencode([pair for pair in self.params() if pair[0] in self.FILTER_KEYS])

    def applied(self) -> list[AppliedFilter]:
        styles = {key: style for key, style in TimelineEntry.Kind.choices}
        chips = [
            AppliedFilter(actor.name, self.query(without=("actor", actor.slug)), "actor")
            for actor in self.actors
        ]
        chips += [
            AppliedFilter(
                f"{styles[kind].lower()}s" if kind != "response" else "responses",
                self.query(without=("kind", kind)),
                f"kind kind-{kind}",
            )
            for kind in self.kinds
        ]
        if self.value("since"):
            since = self.value("since")
            chips.append(
                AppliedFilter(f"since {since.display()}", self.query(without=("since", str(since))))
            )
        if self.value("until"):
            until = self.value("until")
            chips.append(
                AppliedFilter(f"until {until.display()}", self.query(without=("until", str(until))))
            )
        if self.value("q"):
            chips.append(
                AppliedFilter(f"‘{self.value('q')}’", self.query(without=("q", self.value("q"))))
            )
        return chips

    def describe(self) -> str:
        """ "Vladimir Putin · meetings · since Feb 2025 · ‘ceasefire’"."""
        return " · ".join(chip.label for chip in self.applied())
