"""The picture before the list: events per week by kind across a whole track, drawn as a
server-rendered SVG. Each week is a link that filters the list to that week, so the chart
works without JavaScript. Geometry is computed here; the template only draws it.

Precision is honoured: only entries dated to the day are stacked in a week's bar. Proposals
and concessions known only to the month are drawn as a span across that month in their
milestone lane (and link to the month); entries dated to the year or undated are counted
in the caption, not drawn.
"""

import calendar
import datetime
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .presentation import KINDS

STACK_ORDER = ["meeting", "response", "proposal", "concession"]
MILESTONE_KINDS = ("proposal", "concession")
# Milestones sit in two lanes above the bars: proposals on top, concessions below them.
LANES = {"proposal": 7.0, "concession": 19.0}
MARK = 4.0  # half-size of a milestone mark
TOP = 28  # room for the milestone lanes
HEIGHT = 110  # drawing area for bars
AXIS = 18  # room for the axis labels below
WIDTH = 800
MAX_BAR = 28


def _monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def _plural(kind: str, n: int) -> str:
    return f"{n} {KINDS[kind].label.lower() if n == 1 else KINDS[kind].plural}"


@dataclass
class Segment:
    kind: str
    y: float
    height: float


@dataclass
class Milestone:
    kind: str
    cx: float
    cy: float

    @property
    def diamond(self) -> str:
        c, y, r = self.cx, self.cy, MARK
        return f"{c},{y - r} {c + r},{y} {c},{y + r} {c - r},{y}"

    @property
    def square(self) -> tuple[float, float, float]:
        side = MARK * 1.6
        return (round(self.cx - side / 2, 2), round(self.cy - side / 2, 2), side)


@dataclass
class Week:
    start: datetime.date
    x: float
    width: float
    counts: dict[str, int]
    bar_x: float = 0
    bar_width: float = 0
    segments: list[Segment] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    selected: bool = False

    @property
    def end(self) -> datetime.date:
        return self.start + datetime.timedelta(days=6)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def label(self) -> str:
        parts = [_plural(kind, n) for kind in STACK_ORDER if (n := self.counts.get(kind))]
        return f"Week of {self.start.day} {self.start:%b %Y}: " + (", ".join(parts) or "nothing")


@dataclass
class MonthSpan:
    """Proposals or concessions dated only to a month: a line across the month's weeks."""

    kind: str
    month: datetime.date
    n: int
    x1: float
    x2: float
    y: float
    mark: Milestone

    @property
    def last_day(self) -> datetime.date:
        return self.month.replace(day=calendar.monthrange(self.month.year, self.month.month)[1])

    @property
    def label(self) -> str:
        return f"{self.month:%B %Y} (dated to the month): {_plural(self.kind, self.n)}"


@dataclass
class Tick:
    x: float
    text: str


@dataclass
class Overview:
    weeks: list[Week]
    spans: list[MonthSpan]
    ticks: list[Tick]
    width: float
    height: float
    baseline: float
    not_drawn: int

    @property
    def is_empty(self) -> bool:
        return not self.weeks and not self.spans


def build_overview(
    rows: list[dict], *, selected: tuple[datetime.date, datetime.date] | None = None
) -> Overview:
    """rows: [{week, month, kind, n}] from TimelineEntryQuerySet.weekly_counts()."""
    by_week: dict[datetime.date, dict[str, int]] = {}
    by_month: dict[tuple[datetime.date, str], int] = {}
    not_drawn = 0
    for row in rows:
        if row["week"] is not None:
            by_week.setdefault(row["week"], {})[row["kind"]] = row["n"]
        elif row["month"] is not None and row["kind"] in MILESTONE_KINDS:
            by_month[(row["month"], row["kind"])] = row["n"]
        else:
            not_drawn += row["n"]
    baseline = TOP + HEIGHT
    if not by_week and not by_month:
        return Overview([], [], [], WIDTH, 0, baseline, not_drawn)

    starts = list(by_week) + [_monday(month) for month, _ in by_month]
    ends = list(by_week) + [
        _monday(month.replace(day=calendar.monthrange(month.year, month.month)[1]))
        for month, _ in by_month
    ]
    first, last = min(starts), max(ends)
    count = (last - first).days // 7 + 1
    slot = WIDTH / count
    bar = min(MAX_BAR, slot * 0.8) if slot >= 3 else slot
    max_count = max((sum(c.values()) for c in by_week.values()), default=1)

    def x_of(day: datetime.date) -> float:
        return ((_monday(day) - first).days // 7) * slot

    weeks: list[Week] = []
    ticks: list[Tick] = []
    long_span = count > 60
    last_tick_x = -1000.0
    for index in range(count):
        start = first + datetime.timedelta(weeks=index)
        counts = by_week.get(start, {})
        x = index * slot
        week = Week(
            start,
            round(x, 2),
            round(slot, 2),
            counts,
            bar_x=round(x + (slot - bar) / 2, 2),
            bar_width=round(bar, 2),
        )
        y = baseline
        for kind in STACK_ORDER:
            if n := counts.get(kind, 0):
                height = HEIGHT * n / max_count
                y -= height
                week.segments.append(Segment(kind, round(y, 2), round(height, 2)))
        for kind in MILESTONE_KINDS:
            if counts.get(kind):
                week.milestones.append(Milestone(kind, round(x + slot / 2, 2), LANES[kind]))
        week.selected = selected == (start, week.end)
        if counts:
            weeks.append(week)
        # Label the week holding the 1st of each month (or of each January on long tracks).
        holds_first = (start + datetime.timedelta(days=6)).day <= 7
        if holds_first and (not long_span or (start + datetime.timedelta(days=6)).month == 1):
            label_day = start + datetime.timedelta(days=6)
            text = f"{label_day:%Y}" if long_span else f"{label_day:%b %Y}"
            if x - last_tick_x >= 56:
                ticks.append(Tick(round(x, 2), text))
                last_tick_x = x
    if not ticks:
        ticks.append(Tick(0, f"{first:%b %Y}"))

    spans = []
    for (month, kind), n in sorted(by_month.items()):
        end = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        x1, x2 = x_of(month) + slot * 0.1, x_of(end) + slot * 0.9
        spans.append(
            MonthSpan(
                kind,
                month,
                n,
                round(x1, 2),
                round(x2, 2),
                LANES[kind],
                Milestone(kind, round((x1 + x2) / 2, 2), LANES[kind]),
            )
        )
    return Overview(
        weeks=weeks,
        spans=spans,
        ticks=ticks,
        width=WIDTH,
        height=baseline + AXIS,
        baseline=baseline,
        not_drawn=not_drawn,
    )


def _n(value: float) -> str:
    """An SVG coordinate: short, locale-free."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _mark(m: Milestone, css: str) -> str:
    if m.kind == "proposal":
        return f'<polygon class="{css}" points="{m.diamond}"/>'
    x, y, side = m.square
    return f'<rect class="{css}" x="{_n(x)}" y="{_n(y)}" width="{_n(side)}" height="{_n(side)}"/>'


def render_svg(overview: Overview, week_query: str = "") -> SafeString:
    """The chart as SVG markup. Written in Python rather than a template: a six-year track
    has ~300 weeks × ~8 numbers, and template rendering of that many values dominated the
    page's time (see bench/RESULTS.md)."""
    prefix = f"?{week_query}&" if week_query else "?"
    out = [
        f'<svg class="overview-chart" viewBox="0 0 {_n(overview.width)} {_n(overview.height)}" '
        f'width="{_n(overview.width)}" height="{_n(overview.height)}" role="group" '
        'aria-label="Entries per week; each week links to its entries">',
        f'<line class="axis" x1="0" y1="{_n(overview.baseline)}" x2="{_n(overview.width)}" '
        f'y2="{_n(overview.baseline)}"/>',
    ]
    for span in overview.spans:
        href = escape(f"{prefix}since={span.month:%Y-%m}&until={span.month:%Y-%m}")
        label = escape(span.label)
        out.append(
            f'<a href="{href}" aria-label="{label}" class="span kind-{span.kind}">'
            f"<title>{label}</title>"
            f'<line class="span-line" x1="{_n(span.x1)}" y1="{_n(span.y)}" x2="{_n(span.x2)}" '
            f'y2="{_n(span.y)}"/>{_mark(span.mark, "milestone")}</a>'
        )
    for week in overview.weeks:
        href = escape(f"{prefix}since={week.start:%Y-%m-%d}&until={week.end:%Y-%m-%d}")
        label = escape(week.label)
        selected = " selected" if week.selected else ""
        parts = [
            f'<a href="{href}" aria-label="{label}" class="week{selected}"><title>{label}</title>',
            f'<rect class="hit" x="{_n(week.x)}" y="{_n(TOP)}" width="{_n(week.width)}" '
            f'height="{_n(HEIGHT)}"/>',
        ]
        parts += [
            f'<rect class="bar kind-{s.kind}" x="{_n(week.bar_x)}" y="{_n(s.y)}" '
            f'width="{_n(week.bar_width)}" height="{_n(s.height)}"/>'
            for s in week.segments
        ]
        parts += [_mark(m, f"milestone kind-{m.kind}") for m in week.milestones]
        parts.append("</a>")
        out.append("".join(parts))
    out += [
        f'<text class="tick" x="{_n(t.x)}" y="{_n(overview.height - 3)}">{escape(t.text)}</text>'
        for t in overview.ticks
    ]
    out.append("</svg>")
    return mark_safe("\n".join(out))  # noqa: S308 - every interpolated text is escaped above
