"""Recording that never holds up a frame: events wait in memory and are written in batches,
on a thread of their own, every minute and on exit. A power cut loses at most the batch
still in memory, never the files (they are replaced atomically)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime

from kiosk.stats.events import Event, Kind, minute_of, plausible
from kiosk.stats.store import StatsStore
from kiosk.stats.totals import DayTotals, totals_by_day
from kiosk.stats.writer_lock import WriterLock

log = logging.getLogger(__name__)

WallClock = Callable[[], datetime]
# Events kept in memory while the disk cannot take them: days of a busy kiosk's.
MAX_PENDING = 50_000
# After a failed write: the next try in a minute, then 2, 4, ... minutes, at most an hour.
RETRY_FIRST_S = 60.0
RETRY_MAX_S = 3600.0


class Recorder:
    """The only writer of its statistics folder: it holds the folder's writer lock, and where
    another kiosk holds it, it counts nothing and says so once."""

    def __init__(
        self,
        store: StatsStore,
        wall_clock: WallClock = datetime.now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self._wall_clock = wall_clock
        self._monotonic = monotonic
        # Writes that failed in a row, and when to try again (longer after each).
        self._failures = 0
        self._next_try = 0.0
        lock = WriterLock.take(store.folder)
        self._writer_lock = lock if isinstance(lock, WriterLock) else None
        if isinstance(lock, str):
            log.warning("This kiosk counts no usage statistics: %s", lock)
        self._enabled = True
        self._pending: list[Event] = []
        self._lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="statistics")
        self._last_write: Future[None] | None = None
        self._closed = False
        self._clock_warned = False

    def now(self) -> datetime:
        return self._wall_clock()

    @property
    def enabled(self) -> bool:
        return self._enabled and self._writer_lock is not None

    @enabled.setter
    def enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    @property
    def writing(self) -> bool:
        """This recorder holds the folder's writer lock."""
        return self._writer_lock is not None

    def record(
        self, kind: Kind, subject: str = "", seconds: int | None = None, at: datetime | None = None
    ) -> None:
        """Cheap: one small object appended to a list. `at` is when it happened, if not now
        (a visit is counted when it ends, at the minute it began)."""
        if not self.enabled:
            return
        moment = at or self._wall_clock()
        if not plausible(moment):
            if not self._clock_warned:
                log.warning("The clock says %s: statistics are not counted until it is set", moment)
                self._clock_warned = True
            return
        event = Event(minute_of(moment), kind, subject, seconds)
        with self._lock:
            self._pending.append(event)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush(self, *, now_or_never: bool = False) -> Future[None] | None:
        """Hand what is in memory to the writer thread; the write, if there is one. After a
        failed write the next waits longer (up to an hour), unless this is the last chance."""
        with self._lock:
            if self._failures and not now_or_never and self._monotonic() < self._next_try:
                return None
            batch, self._pending = self._pending, []
        if not batch or self._closed:
            return None
        today = self._wall_clock().date()
        self._last_write = self._writer.submit(self._write, batch, today)
        return self._last_write

    def close(self) -> None:
        """Write what is left and wait for it (on exit)."""
        self.flush(now_or_never=True)
        self._closed = True
        self._writer.shutdown(wait=True)
        if self._writer_lock is not None:
            self._writer_lock.release()

    def days(self, since: date | None = None) -> list[DayTotals]:
        """The recorded days from `since`, with the events still in memory (the staff
        panel's week)."""
        first = since.isoformat() if since else ""
        with self._lock:
            pending = totals_by_day(event for event in self._pending if event.day >= first)
        if self._last_write is not None:
            self._last_write.result()
        days = {totals.day: totals for totals in self.store.days(since)}
        for day, totals in pending.items():
            days.setdefault(day, DayTotals(day)).merge(totals)
        return [days[day] for day in sorted(days)]

    def _write(self, batch: list[Event], today: date) -> None:
        try:
            self.store.append(batch)
        except OSError as error:
            # A full disk, a file held by a virus scanner: try again later with the next
            # batch (up to a limit: memory is not for keeping a dead disk's events forever).
            with self._lock:
                self._failures += 1
                wait_s = min(RETRY_FIRST_S * 2 ** (self._failures - 1), RETRY_MAX_S)
                self._next_try = self._monotonic() + wait_s
                if len(self._pending) + len(batch) <= MAX_PENDING:
                    self._pending[:0] = batch
            if self._failures == 1:
                log.warning(
                    "Could not write %d statistics events, will retry (less often while it "
                    "fails): %s",
                    len(batch),
                    error,
                )
            return
        except Exception:
            # Counting must never trouble the kiosk: the batch is lost, and the log says so.
            log.exception("Could not write %d statistics events", len(batch))
            return
        if self._failures:
            log.info("Statistics written again after %d failed tries", self._failures)
            self._failures = 0
        try:
            self.store.compact(today)
        except Exception:
            log.exception("Could not compact the statistics")
