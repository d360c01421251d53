"""Building blocks shared by the curated models: dated claims and publication state."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"
    UNKNOWN = "unknown", "Unknown"


class Publication(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


def normalize_claimed_date(value: datetime.date | None, precision: str) -> datetime.date | None:
    """Store a month-precision date as the 1st of the month and a year as 1 January."""
    if value is None or precision == DatePrecision.UNKNOWN:
        return None
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    if precision == DatePrecision.YEAR:
        return value.replace(month=1, day=1)
    return value


def format_claimed_date(value: datetime.date | None, precision: str) -> str:
    """Show a date no more precisely than it is known: "18 Mar 2025", "March 2025", "2025"."""
    if value is None or precision == DatePrecision.UNKNOWN:
        return "Date unknown"
    if precision == DatePrecision.YEAR:
        return f"{value.year}"
    if precision == DatePrecision.MONTH:
        return value.strftime("%B %Y")
    return f"{value.day} {value.strftime('%b %Y')}"


def claimed_date_constraints(prefix: str, date_field: str = "date") -> list:
    """Database checks that keep a (date, precision) pair honest.

    A known precision needs a date; an unknown one has none; month precision is stored
    on the 1st, year precision on 1 January, so equal claims compare equal.
    """
    precision = f"{date_field}_precision"
    return [
        models.CheckConstraint(
            condition=Q(**{precision: DatePrecision.UNKNOWN, f"{date_field}__isnull": True})
            | (~Q(**{precision: DatePrecision.UNKNOWN}) & Q(**{f"{date_field}__isnull": False})),
            name=f"{prefix}_{date_field}_matches_precision",
        ),
        models.CheckConstraint(
            condition=~Q(**{precision: DatePrecision.MONTH}) | Q(**{f"{date_field}__day": 1}),
            name=f"{prefix}_{date_field}_month_on_first",
        ),
        models.CheckConstraint(
            condition=~Q(**{precision: DatePrecision.YEAR})
            | Q(**{f"{date_field}__day": 1, f"{date_field}__month": 1}),
            name=f"{prefix}_{date_field}_year_on_first",
        ),
    ]


class ClaimedDateMixin(models.Model):
    """A date as a source claims it, at the precision the source gives."""

    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, default=DatePrecision.DAY
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.date is None:
            self.date_precision = DatePrecision.UNKNOWN
        self.date = normalize_claimed_date(self.date, self.date_precision)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        if self.date is None and self.date_precision != DatePrecision.UNKNOWN:
            if self.date_precision == DatePrecision.DAY:
                self.date_precision = DatePrecision.UNKNOWN
            else:
                raise ValidationError({"date": "Give a date, or set the precision to unknown."})
        self.date = normalize_claimed_date(self.date, self.date_precision)

    @property
    def date_display(self) -> str:
        return format_claimed_date(self.date, self.date_precision)
