"""A day's events as counts: what the summary, the CSV and compaction work on."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.stats.events import Event, Kind


@dataclass(slots=True)
class DayTotals:
    day: str
    # kind -> subject -> how many times ("" when the kind has no subject).
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    # Visit length in seconds -> how many visits: exact medians after compaction too.
    visit_seconds: Counter[int] = field(default_factory=Counter)

    def add(self, event: Event) -> None:
        self.counts[event.kind.value][event.subject] += 1
        if event.kind is Kind.VISIT and event.seconds is not None:
            self.visit_seconds[event.seconds] += 1

    def merge(self, other: DayTotals) -> None:
        for kind, subjects in other.counts.items():
            self.counts[kind].update(subjects)
        self.visit_seconds.update(other.visit_seconds)

    def total(self, kind: Kind) -> int:
        return sum(self.counts.get(kind.value, Counter()).values())

    def by_subject(self, kind: Kind) -> Counter[str]:
        return Counter(self.counts.get(kind.value, Counter()))

    def to_document(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "counts": {kind: dict(subjects) for kind, subjects in self.counts.items() if subjects},
            "visit_seconds": {str(seconds): n for seconds, n in self.visit_seconds.items()},
        }

    @classmethod
    def parse(cls, document: dict[str, Any]) -> DayTotals | None:
        """None for a document that is not a day's totals (edited by hand, or broken)."""
        try:
            totals = cls.from_document(document)
            date.fromisoformat(totals.day)
        except (KeyError, ValueError, TypeError, AttributeError):
            return None
        return totals

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> DayTotals:
        totals = cls(str(document["day"]))
        for kind, subjects in document.get("counts", {}).items():
            totals.counts[kind].update({str(s): int(n) for s, n in subjects.items()})
        totals.visit_seconds.update(
            {int(s): int(n) for s, n in document.get("visit_seconds", {}).items()}
        )
        return totals


def totals_by_day(events: Iterable[Event]) -> dict[str, DayTotals]:
    days: dict[str, DayTotals] = {}
    for event in events:
        days.setdefault(event.day, DayTotals(event.day)).add(event)
    return days


def merged(days: Iterable[DayTotals]) -> DayTotals:
    """Several days' totals as one (for a week's or a report's figures)."""
    whole = DayTotals("")
    for totals in days:
        whole.merge(totals)
    return whole


def median_seconds(histogram: Counter[int]) -> float | None:
    count = sum(histogram.values())
    if count == 0:
        return None
    ordered = sorted(histogram.items())
    middle = [(count - 1) // 2, count // 2]
    values: list[int] = []
    seen = 0
    for seconds, n in ordered:
        while len(values) < 2 and middle[len(values)] < seen + n:
            values.append(seconds)
        seen += n
    return sum(values) / 2
