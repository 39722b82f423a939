"""Where statistics are kept: TinyDB files in the kiosk's user data folder.

Events go to one small file per hour (`events-2026-11-28T13.json`), so that the write every
minute rewrites an hour's events, not a month's or even a day's: a kiosk's SSD or SD card is
written to all day for years, and the writer thread holds Python's lock (which the UI thread
needs between frames) only briefly. After 30 days a day's events are compacted into its
totals in `daily-totals.json`, which stays small for years. Every write replaces its file
atomically: a power cut leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from kiosk.compat import override
from kiosk.content.atomic import atomic_write_bytes
from kiosk.stats.events import Event
from kiosk.stats.totals import DayTotals, totals_by_day

log = logging.getLogger(__name__)

KEEP_EVENTS_DAYS = 30
TOTALS_FILE = "daily-totals.json"
_EVENTS_PREFIX = "events-"
_EVENTS_TABLE = "events"
_DAYS_TABLE = "days"


def statistics_folder(data: Path) -> Path:
    """The statistics inside the kiosk's user data folder."""
    return data / "statistics"


class UnreadableStatistics(Exception):
    pass


class StatsStorage(Storage):
    """A fresh read every time, compact JSON, atomic writes."""

    def __init__(self, path: str | Path, **_ignored: Any) -> None:
        super().__init__()
        self.path = Path(path)

    @override
    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            raise UnreadableStatistics(f"{self.path}: {error}") from error
        if not text.strip():
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise UnreadableStatistics(f"{self.path}: {error}") from error
        if not isinstance(data, dict):
            raise UnreadableStatistics(f"{self.path}: not a TinyDB database")
        return cast(dict[str, dict[str, Any]], data)

    @override
    def write(self, data: dict[str, dict[str, Any]]) -> None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        atomic_write_bytes(self.path, text.encode("utf-8"))


class StatsStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def append(self, events: Sequence[Event]) -> None:
        """Add a batch of events to their days' files."""
        self.folder.mkdir(parents=True, exist_ok=True)
        by_hour: dict[str, list[dict[str, Any]]] = {}
        for event in events:
            by_hour.setdefault(event.minute[:13], []).append(event.to_document())
        for hour, documents in by_hour.items():
            with self._open(self.folder / f"{_EVENTS_PREFIX}{hour}.json") as db:
                db.table(_EVENTS_TABLE).insert_multiple(documents)

    def compact(self, today: date, keep_days: int = KEEP_EVENTS_DAYS) -> int:
        """Fold the events of days older than `keep_days` into daily totals; the number of
        days folded. A crash between writing the totals and removing the events' files is
        harmless: the totals remember which files they came from."""
        oldest_kept = (today - timedelta(days=keep_days)).isoformat()
        old = [(day, file) for day, file in self._event_files() if day < oldest_kept]
        if not old:
            return 0
        with self._open(self.folder / TOTALS_FILE) as db:
            table = db.table(_DAYS_TABLE)
            for day, file in old:
                digest = _digest(file)
                document = table.get(Query().day == day)
                totals = DayTotals.from_document(dict(document)) if document else DayTotals(day)
                sources = list(document.get("sources", [])) if document else []
                if digest not in sources:
                    totals.merge(self._day_from_events(file, day))
                    table.upsert(
                        {**totals.to_document(), "sources": [*sources, digest]}, Query().day == day
                    )
        for _, file in old:
            with contextlib.suppress(OSError):
                file.unlink()
        return len({day for day, _ in old})

    def days(self, since: date | None = None, until: date | None = None) -> list[DayTotals]:
        """Every recorded day from `since` to `until` (both included), oldest first."""
        first = since.isoformat() if since else ""
        last = until.isoformat() if until else "9999"
        found: dict[str, DayTotals] = {}
        compacted_sources: dict[str, set[str]] = {}
        for document in self._read_table(self.folder / TOTALS_FILE, _DAYS_TABLE):
            totals = DayTotals.from_document(document)
            if first <= totals.day <= last:
                found[totals.day] = totals
                compacted_sources[totals.day] = set(document.get("sources", []))
        for day, file in self._event_files():
            if not first <= day <= last:
                continue
            if _digest(file) in compacted_sources.get(day, set()):
                continue  # compacted, and its removal interrupted
            found.setdefault(day, DayTotals(day)).merge(self._day_from_events(file, day))
        return [found[day] for day in sorted(found)]

    def stored_documents(self) -> Iterator[dict[str, Any]]:
        """Every stored document, as written (for tests and for checking what is kept)."""
        for _, file in self._event_files():
            yield from self._read_table(file, _EVENTS_TABLE)
        yield from self._read_table(self.folder / TOTALS_FILE, _DAYS_TABLE)

    def _day_from_events(self, file: Path, day: str) -> DayTotals:
        events = [Event.from_document(d) for d in self._read_table(file, _EVENTS_TABLE)]
        return totals_by_day(e for e in events if e is not None).get(day, DayTotals(day))

    def _read_table(self, file: Path, table: str) -> list[dict[str, Any]]:
        if not file.exists():
            return []
        with self._open(file) as db:
            return [dict(document) for document in db.table(table).all()]

    def _open(self, file: Path) -> TinyDB:
        """A database; an unreadable file is moved aside (and named in the log), so that
        counting goes on rather than stopping for good."""
        db = TinyDB(file, storage=StatsStorage)
        try:
            db.storage.read()
        except UnreadableStatistics as error:
            db.close()
            aside = file.with_name(file.name + ".unreadable")
            log.error("Statistics file unreadable, moved to %s: %s", aside.name, error)
            file.replace(aside)
            db = TinyDB(file, storage=StatsStorage)
        return db

    def _event_files(self) -> list[tuple[str, Path]]:
        """Each hour's file with its day, oldest first."""
        files = []
        for file in self.folder.glob(f"{_EVENTS_PREFIX}*.json"):
            day, _, hour = file.stem.removeprefix(_EVENTS_PREFIX).partition("T")
            with contextlib.suppress(ValueError):
                if 0 <= int(hour) < 24:
                    files.append((date.fromisoformat(day).isoformat(), file))
        return sorted(files)


def _digest(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()[:16]
