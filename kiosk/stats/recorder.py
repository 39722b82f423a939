"""Recording that never holds up a frame: events wait in memory and are written in batches,
on a thread of their own, every minute and on exit. A power cut loses at most the batch
still in memory, never the files (they are replaced atomically)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime

from kiosk.stats.events import Event, Kind, minute_of
from kiosk.stats.store import StatsStore
from kiosk.stats.totals import DayTotals, totals_by_day

log = logging.getLogger(__name__)

WallClock = Callable[[], datetime]


class Recorder:
    def __init__(self, store: StatsStore, wall_clock: WallClock = datetime.now) -> None:
        self.store = store
        self._wall_clock = wall_clock
        self.enabled = True
        self._pending: list[Event] = []
        self._lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="statistics")
        self._last_write: Future[None] | None = None
        self._closed = False

    def now(self) -> datetime:
        return self._wall_clock()

    def record(
        self, kind: Kind, subject: str = "", seconds: int | None = None, at: datetime | None = None
    ) -> None:
        """Cheap: one small object appended to a list. `at` is when it happened, if not now
        (a visit is counted when it ends, at the minute it began)."""
        if not self.enabled:
            return
        event = Event(minute_of(at or self._wall_clock()), kind, subject, seconds)
        with self._lock:
            self._pending.append(event)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush(self) -> Future[None] | None:
        """Hand what is in memory to the writer thread; the write, if there is one."""
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch or self._closed:
            return None
        today = self._wall_clock().date()
        self._last_write = self._writer.submit(self._write, batch, today)
        return self._last_write

    def close(self) -> None:
        """Write what is left and wait for it (on exit)."""
        self.flush()
        self._closed = True
        self._writer.shutdown(wait=True)

    def days(self) -> list[DayTotals]:
        """Every recorded day, with the events still in memory; for the staff panel."""
        with self._lock:
            pending = totals_by_day(list(self._pending))
        if self._last_write is not None:
            self._last_write.result()
        days = {totals.day: totals for totals in self.store.days()}
        for day, totals in pending.items():
            days.setdefault(day, DayTotals(day)).merge(totals)
        return [days[day] for day in sorted(days)]

    def _write(self, batch: list[Event], today: date) -> None:
        try:
            self.store.append(batch)
            self.store.compact(today)
        except Exception:
            # Counting must never trouble the kiosk: the batch is lost, and the log says so.
            log.exception("Could not write %d statistics events", len(batch))
