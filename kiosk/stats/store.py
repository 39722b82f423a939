"""Where statistics are kept: TinyDB files in the kiosk's user data folder.

Events go to one small file per hour (`events-2026-11-28T13.json`), so that the write every
minute rewrites an hour's events, not a month's or even a day's: a kiosk's SSD or SD card is
written to all day for years, and the writer thread holds Python's lock (which the UI thread
needs between frames) only briefly. After 30 days a day's events are compacted into its
totals in `daily-totals-2026.json` (a file a year, so that it stays small). Every write
replaces its file atomically: a power cut leaves the old file or the new one, never half.

Reading never changes anything, and skips (with a warning) what it cannot read: `kiosk stats`
runs beside the kiosk, and a file someone edited by hand must not stop either of them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from kiosk.shared.atomic import atomic_write_bytes
from kiosk.shared.compat import override
from kiosk.stats.events import Event
from kiosk.stats.totals import DayTotals, totals_by_day

log = logging.getLogger(__name__)

KEEP_EVENTS_DAYS = 30
_EVENTS_PREFIX = "events-"
_TOTALS_PREFIX = "daily-totals-"
_EVENTS_TABLE = "events"
_DAYS_TABLE = "days"

Tables = dict[str, dict[str, Any]]


def statistics_folder(data: Path) -> Path:
    """The statistics inside the kiosk's user data folder."""
    return data / "statistics"


class UnreadableStatistics(Exception):
    """A file that is not a statistics database: broken, or edited by hand."""


def parse_tables(payload: bytes, path: Path) -> Tables:
    """The tables of a TinyDB file: {table: {id: document}}."""
    try:
        data = json.loads(payload.decode("utf-8")) if payload.strip() else {}
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableStatistics(f"{path.name}: {error}") from error
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(d, dict) for d in table.values())
        for table in data.values()
    ):
        raise UnreadableStatistics(f"{path.name}: not a TinyDB database")
    return data


class StatsStorage(Storage):
    """How the kiosk writes: a fresh read every time, compact JSON, atomic writes. A file
    that is no database is set aside (and logged) so that counting goes on; one that cannot
    be read just now (a virus scanner holding it) raises, and the write is tried again with
    the next batch."""

    def __init__(self, path: str | Path, **_ignored: Any) -> None:
        super().__init__()
        self.path = Path(path)

    @override
    def read(self) -> Tables | None:
        try:
            return parse_tables(self.path.read_bytes(), self.path) or None
        except FileNotFoundError:
            return None
        except UnreadableStatistics as error:
            aside = self.path.with_name(
                f"{self.path.name}.unreadable-{datetime.now():%Y%m%d%H%M%S%f}"
            )
            log.error("Statistics file set aside as %s: %s", aside.name, error)
            self.path.replace(aside)
            return None

    @override
    def write(self, data: Tables) -> None:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        atomic_write_bytes(self.path, text.encode("utf-8"))


class StatsStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def append(self, events: Sequence[Event]) -> None:
        """Add a batch of events to their hours' files. Within a minute the order is not
        kept: the events of a minute are stored sorted, not in the order a visitor went."""
        self.folder.mkdir(parents=True, exist_ok=True)
        by_hour: dict[str, list[dict[str, Any]]] = {}
        for event in sorted(events, key=lambda e: (e.minute, e.kind.value, e.subject)):
            by_hour.setdefault(event.minute[:13], []).append(event.to_document())
        for hour, documents in by_hour.items():
            file = self.folder / f"{_EVENTS_PREFIX}{hour}.json"
            with TinyDB(file, storage=StatsStorage) as db:
                db.table(_EVENTS_TABLE).insert_multiple(documents)

    def compact(self, today: date, keep_days: int = KEEP_EVENTS_DAYS) -> int:
        """Fold the events of days older than `keep_days` into daily totals; the number of
        days folded. The totals remember a digest of each file they took in until the file
        is gone, so a power cut between the two steps counts nothing twice."""
        oldest_kept = (today - timedelta(days=keep_days)).isoformat()
        old = [(day, file) for day, file in self._event_files() if day < oldest_kept]
        for year in sorted({day[:4] for day, _ in old}):
            self._fold(year, [(day, file) for day, file in old if day[:4] == year])
        return len({day for day, _ in old})

    def _fold(self, year: str, files: list[tuple[str, Path]]) -> None:
        totals_file = self.folder / f"{_TOTALS_PREFIX}{year}.json"
        tables = StatsStorage(totals_file).read() or {}
        days = tables.setdefault(_DAYS_TABLE, {})
        by_day = {str(document.get("day")): key for key, document in days.items()}
        for day, file in files:
            loaded = self._load(file)
            if loaded is None:
                continue
            digest, events = loaded
            key = by_day.setdefault(day, str(1 + max(map(int, days), default=0)))
            document = days.get(key, {"day": day})
            totals = DayTotals.parse(document) or DayTotals(day)
            sources = list(document.get("sources", []))
            if digest not in sources:
                totals.merge(_day_of(events, day))
                sources.append(digest)
            days[key] = {**totals.to_document(), "sources": sources}
        StatsStorage(totals_file).write(tables)
        removed = True
        for _, file in files:
            try:
                file.unlink(missing_ok=True)
            except OSError:
                removed = False
        if removed:
            # The files are gone: nothing can be counted twice, and the digests can go too.
            for day, _ in files:
                days[by_day[day]].pop("sources", None)
            StatsStorage(totals_file).write(tables)

    def days(self, since: date | None = None, until: date | None = None) -> list[DayTotals]:
        """Every recorded day from `since` to `until` (both included), oldest first.
        The events' files are read before the totals, so that a compaction in between
        (`kiosk stats` beside the running kiosk) is seen by its digests, not counted twice."""
        first = since.isoformat() if since else ""
        last = until.isoformat() if until else "9999"
        from_files: dict[str, list[tuple[str, list[Event]]]] = {}
        for day, file in self._event_files():
            if first <= day <= last and (loaded := self._load(file)) is not None:
                from_files.setdefault(day, []).append(loaded)
        found: dict[str, DayTotals] = {}
        folded: dict[str, set[str]] = {}
        for document in self._totals_documents(first[:4], last[:4]):
            totals = DayTotals.parse(document)
            if totals is not None and first <= totals.day <= last:
                found.setdefault(totals.day, DayTotals(totals.day)).merge(totals)
                folded.setdefault(totals.day, set()).update(map(str, document.get("sources", [])))
        for day, hours in from_files.items():
            for digest, events in hours:
                if digest not in folded.get(day, set()):
                    found.setdefault(day, DayTotals(day)).merge(_day_of(events, day))
        return [found[day] for day in sorted(found)]

    def stored_documents(self) -> Iterator[dict[str, Any]]:
        """Every stored document, as written (for checking what is kept)."""
        for file in sorted(self.folder.glob("*.json")):
            if (read := _read(file)) is not None:
                for table in read[1].values():
                    yield from table.values()

    def _totals_documents(self, first_year: str, last_year: str) -> Iterator[dict[str, Any]]:
        for file in sorted(self.folder.glob(f"{_TOTALS_PREFIX}*.json")):
            year = file.stem.removeprefix(_TOTALS_PREFIX)
            if first_year <= year <= last_year and (read := _read(file)) is not None:
                yield from read[1].get(_DAYS_TABLE, {}).values()

    def _load(self, file: Path) -> tuple[str, list[Event]] | None:
        """An hour's events and a digest of its file; None when it cannot be read."""
        read = _read(file)
        if read is None:
            return None
        payload, tables = read
        events = (Event.from_document(d) for d in tables.get(_EVENTS_TABLE, {}).values())
        return _digest(payload), [event for event in events if event is not None]

    def _event_files(self) -> list[tuple[str, Path]]:
        """Each hour's file with its day, oldest first."""
        files = []
        for file in self.folder.glob(f"{_EVENTS_PREFIX}*.json"):
            day, _, hour = file.stem.removeprefix(_EVENTS_PREFIX).partition("T")
            with contextlib.suppress(ValueError):
                if 0 <= int(hour) < 24:
                    files.append((date.fromisoformat(day).isoformat(), file))
        return sorted(files)


def _read(file: Path) -> tuple[bytes, Tables] | None:
    """How reading goes: a file's bytes and tables; None when it has gone (compacted
    meanwhile) or cannot be read (logged, and left as it is)."""
    try:
        payload = file.read_bytes()
        return payload, parse_tables(payload, file)
    except FileNotFoundError:
        return None
    except (OSError, UnreadableStatistics) as error:
        log.warning("Statistics file skipped: %s", error)
        return None


def _day_of(events: list[Event], day: str) -> DayTotals:
    return totals_by_day(events).get(day, DayTotals(day))


def _digest(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()[:16]
