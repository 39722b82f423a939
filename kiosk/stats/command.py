"""`kiosk stats`: read the recorded statistics and print a summary or write CSV. It only
reads, so it is safe while the kiosk runs."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.stats.names import Names
from kiosk.stats.store import StatsStore
from kiosk.stats.summary import every_day, format_summary, write_csv

if TYPE_CHECKING:
    from kiosk.content.loader import Content


@dataclass(frozen=True, slots=True)
class StatsRequest:
    folder: Path
    since: date | None = None
    until: date | None = None
    # Where the CSV goes ("-" for standard output); None prints the summary.
    csv: str | None = None
    content: Path | None = None
    today: date = field(default_factory=date.today)


def run_stats(request: StatsRequest) -> int:
    if request.since and request.until and request.since > request.until:
        sys.stderr.write("--since is after --until: nothing to show\n")
        return 2
    stored = StatsStore(request.folder).days(request.since, request.until)
    # Up to today unless told otherwise: the days since the last visitor count too.
    until = request.until or request.today
    days = every_day(stored, request.since, until) if stored or request.since else []
    if request.csv is None:
        sys.stdout.write(format_summary(days, Names(_content(request.content))) + "\n")
        return 0
    text = io.StringIO()
    write_csv(days, text)
    if request.csv == "-":
        sys.stdout.write(text.getvalue())
    else:
        # UTF-8 with a byte order mark: Excel then reads ä and ö right.
        Path(request.csv).write_text(text.getvalue(), encoding="utf-8-sig", newline="")
        sys.stdout.write(f"Wrote {len(days)} days to {request.csv}\n")
    return 0


def _content(path: Path | None) -> Content | None:
    """The content, for titles and labels; the summary does without it."""
    if path is None or not path.exists():
        return None
    from kiosk.content.loader import load_content

    return load_content(path).content
