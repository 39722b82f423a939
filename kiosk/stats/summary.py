"""`kiosk stats`: the recorded days as a readable summary, or as CSV for a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TextIO

from kiosk.stats.events import Kind
from kiosk.stats.totals import DayTotals, median_seconds, merged

TOP = 10
BAR_WIDTH = 40

# Each column after the date: its name, and the kind it counts (None: the median visit).
_CELLS: tuple[tuple[str, Kind | None], ...] = (
    ("visits", Kind.VISIT),
    ("median_visit_seconds", None),
    ("categories_opened", Kind.CATEGORY),
    ("photos_swiped", Kind.PHOTO),
    ("qr_codes_shown", Kind.QR),
    ("languages_chosen", Kind.LANGUAGE),
    ("accessibility_used", Kind.ACCESS),
    ("read_aloud_used", Kind.SPEECH),
    ("idle_resets", Kind.IDLE_RESET),
    ("attract_loops", Kind.ATTRACT),
    ("content_reloads", Kind.RELOAD),
)
CSV_COLUMNS = ("date", *(name for name, _ in _CELLS))

Namer = Callable[[Kind, str], str]


def every_day(days: Sequence[DayTotals], since: date | None, until: date | None) -> list[DayTotals]:
    """The days from `since` to `until`, with days nobody came as zeros."""
    known = {totals.day: totals for totals in days}
    if not known and (since is None or until is None):
        return []
    first = since or date.fromisoformat(min(known))
    last = until or date.fromisoformat(max(known))
    count = (last - first).days + 1
    return [
        known.get(day, DayTotals(day))
        for day in ((first + timedelta(days=n)).isoformat() for n in range(max(count, 0)))
    ]


def write_csv(days: Sequence[DayTotals], stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for totals in days:
        writer.writerow([totals.day, *(_cell(totals, kind) for _, kind in _CELLS)])


def _cell(totals: DayTotals, kind: Kind | None) -> str:
    if kind is None:
        median = median_seconds(totals.visit_seconds)
        return "" if median is None else f"{median:g}"
    return str(totals.total(kind))


def format_summary(days: Sequence[DayTotals], name: Namer) -> str:
    if not days:
        return "No statistics recorded yet."
    whole = merged(days)
    visits = whole.total(Kind.VISIT)
    lines = [
        f"Usage from {days[0].day} to {days[-1].day} ({len(days)} days)",
        "",
        f"Visits: {visits} ({visits / len(days):.1f} a day), median visit "
        f"{format_duration(median_seconds(whole.visit_seconds))}",
        "",
        "Visits per day:",
        *_bars(days),
    ]
    for title, kind in (
        ("Most opened categories", Kind.CATEGORY),
        ("QR codes shown, per link", Kind.QR),
        ("Photos swiped, per category", Kind.PHOTO),
        ("Languages chosen", Kind.LANGUAGE),
        ("Accessibility controls used", Kind.ACCESS),
        ("Read aloud used", Kind.SPEECH),
    ):
        lines += ["", f"{title}:", *_ranked(whole, kind, name)]
    lines += [
        "",
        f"Idle resets: {whole.total(Kind.IDLE_RESET)}; attract loop started: "
        f"{whole.total(Kind.ATTRACT)} times; content reloaded: {whole.total(Kind.RELOAD)} times",
    ]
    return "\n".join(lines)


def _bars(days: Sequence[DayTotals]) -> list[str]:
    most = max((totals.total(Kind.VISIT) for totals in days), default=0) or 1
    lines = []
    for totals in days:
        count = totals.total(Kind.VISIT)
        weekday = date.fromisoformat(totals.day).strftime("%a")
        bar = "#" * round(count / most * BAR_WIDTH)
        lines.append(f"  {totals.day} {weekday} {count:5d}  {bar}".rstrip())
    return lines


def _ranked(whole: DayTotals, kind: Kind, name: Namer) -> list[str]:
    ranked = whole.by_subject(kind).most_common(TOP)
    if not ranked:
        return ["  none"]
    return [f"  {count:5d}  {name(kind, subject)}" for subject, count in ranked]


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"
