"""Usage statistics recorded while the kiosk draws: do 100 000 events cost a frame?

    uv run python bench/stats_recording.py [--events 100000] [--per-frame 250]

The kiosk's detail view scrolls a few pixels every frame, offscreen with the software
renderer: first without recording (the baseline), then for as many frames again while a
busy kiosk's events are recorded, a few hundred a frame, and flushed to the writer thread
every 30 frames (the kiosk: every 60 s) into a temporary folder. A fake wall clock moves on
with every event, so the events span weeks: day files are written and old days compacted.
Prints frame intervals, the UI thread's time in record() and flush(), the writer thread's
time, full garbage collections, and checks that every event was stored. Exits 1 when events
are missing or more frames miss the budget while recording than without.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtQuick import QQuickItem, QQuickWindow  # noqa: E402

from kiosk.startup.app import Places, create_application, settle_interpreter, start  # noqa: E402
from kiosk.stats.events import Event, Kind  # noqa: E402
from kiosk.stats.recorder import Recorder  # noqa: E402
from kiosk.stats.store import KEEP_EVENTS_DAYS, StatsStore  # noqa: E402
from kiosk.tools.snapshot import visible_items, wait_until_ready  # noqa: E402

if TYPE_CHECKING:
    from kiosk.content.loader import Content

BUDGET_MS = 1000 / 60
WARM_UP_FRAMES = 60
START = datetime(2026, 10, 25)  # 100 000 events at 30 s: days to compact on 28 November
KINDS = tuple(Kind)
# A kind by its place in KINDS: the collector leaves tuples of numbers and strings alone, and
# 100 000 tuples holding enum members would slow its full collections (the kiosk has none).
Planned = tuple[int, str, int | None]
Span = tuple[float, float]  # perf_counter at the start and the end


@dataclass(frozen=True, slots=True)
class Frame:
    at: float  # perf_counter when it was swapped
    ms: float  # since the frame before
    ui_cpu_ms: float  # the UI thread's CPU time in that interval
    work_ms: float  # record() and flush() in that interval

    def during(self, spans: Sequence[Span]) -> bool:
        return any(start <= self.at and self.at - self.ms / 1000 <= end for start, end in spans)


class TimedStore(StatsStore):
    """The real store, timing the writer thread's work (wall and thread CPU time)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.writes: list[Span] = []
        self.cpu_s = 0.0

    def append(self, events: Sequence[Event]) -> None:
        self._timed(lambda: super(TimedStore, self).append(events))

    def compact(self, today: date, keep_days: int = KEEP_EVENTS_DAYS) -> int:
        return self._timed(lambda: super(TimedStore, self).compact(today, keep_days))

    def _timed(self, work: Callable[[], int | None]) -> int:
        started, cpu = time.perf_counter(), time.thread_time()
        result = work()
        self.cpu_s += time.thread_time() - cpu
        self.writes.append((started, time.perf_counter()))
        return result or 0


FULL_GCS: list[tuple[str, Span]] = []  # thread, when: a collection holds the GIL throughout


def _note_full_gc(phase: str, info: dict[str, int]) -> None:
    if info["generation"] == 2:  # collections never overlap: the stop follows its start
        now = time.perf_counter()
        thread, (start, _) = FULL_GCS.pop() if phase == "stop" else ("", (now, now))
        FULL_GCS.append((thread or threading.current_thread().name, (start, now)))


def plan(content: Content, count: int, rng: random.Random) -> list[Planned]:
    """A busy kiosk's mix of kinds (with weights) and subjects; visits have a length."""
    categories = [category.id for category in content.categories]
    links = [link.url for category in content.categories for link in category.links]
    mix: list[tuple[Kind, float, Sequence[str]]] = [
        (Kind.CATEGORY, 30, categories),
        (Kind.QR, 25, links),
        (Kind.PHOTO, 20, categories),
        (Kind.LANGUAGE, 8, content.settings.languages),
        (Kind.ACCESS, 5, ("large_text", "contrast", "reach")),
        (Kind.SPEECH, 4, ("read", "repeat")),
        (Kind.VISIT, 5, ("",)),
        (Kind.IDLE_RESET, 2.5, ("",)),
        (Kind.ATTRACT, 0.4, ("",)),
        (Kind.RELOAD, 0.1, ("",)),
    ]
    planned: list[Planned] = []
    for kind, _, subjects in rng.choices(mix, [weight for _, weight, _ in mix], k=count):
        seconds = rng.randint(5, 900) if kind is Kind.VISIT else None
        planned.append((KINDS.index(kind), rng.choice(subjects), seconds))
    return planned


class Frames:
    """Keeps the window drawing, a scroll step a frame; `work(n)` runs after each frame and
    returns the milliseconds it spent, which count against frame n, the next one."""

    def __init__(self, window: QQuickWindow, flickable: QQuickItem) -> None:
        self.window, self.flickable, self.step = window, flickable, 0
        self.span = flickable.property("contentHeight") - flickable.height()
        self.frames: list[Frame] = []
        self._work: Callable[[int], float] = lambda _: 0.0
        self._left, self._last, self._last_cpu, self._last_work = 0, 0.0, 0.0, 0.0
        self._loop = QEventLoop()
        self._give_up = QTimer(singleShot=True, interval=120_000)  # should frames stop
        self._give_up.timeout.connect(lambda: self._loop.exit(1))
        window.frameSwapped.connect(self._swapped)

    def run(self, count: int, work: Callable[[int], float] | None = None) -> list[Frame]:
        self.frames, self._left, self._last = [], count + 1, 0.0
        self._work = work or (lambda _: 0.0)
        self._scroll()
        self._give_up.start()
        if self._loop.exec():
            sys.exit("frames stopped coming")
        self._give_up.stop()
        return self.frames

    def _swapped(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last:
            ui_cpu_ms = (cpu - self._last_cpu) * 1000
            self.frames.append(Frame(now, (now - self._last) * 1000, ui_cpu_ms, self._last_work))
        self._last, self._last_cpu, self._left = now, cpu, self._left - 1
        if self._left <= 0:
            self._loop.exit(0)
            return
        self._last_work = self._work(len(self.frames) + 1)
        self._scroll()

    def _scroll(self) -> None:
        self.step += 1
        y = (self.step * 8) % (2 * self.span)
        self.flickable.setProperty("contentY", y if y <= self.span else 2 * self.span - y)
        self.window.update()


def row(name: str, values: Sequence[float]) -> str:
    ordered = sorted(values) or [0.0]
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    median = statistics.median(ordered)
    return f"{name:30} {len(values):6d} {median:8.2f} {p99:8.2f} {ordered[-1]:8.2f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--per-frame", type=int, default=250)
    parser.add_argument("--flush-every", type=int, default=30, help="frames")
    parser.add_argument("--seconds-per-event", type=float, default=30, help="fake wall clock")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tietopiste-stats-"))
    places = Places(work / "cache", work / "data", ROOT / "content.json", work / "config")
    _app = create_application(software_rendering=True)  # kept alive to the end
    started = start(places.content, "", places)
    assert not isinstance(started, int), f"start-up failed with exit code {started}"
    ui, content = started.ui, started.ui.view_model.content
    assert content is not None
    ui.window.resize(1920, 1080)
    ui.window.show()
    wait_until_ready(ui)
    ui.view_model.openCategory(content.categories[1].id)  # text taller than the view
    wait_until_ready(ui)
    settle_interpreter()  # as the kiosk does after its first frame
    items = visible_items(ui.window.contentItem())
    frames = Frames(ui.window, next(i for i in items if i.objectName() == "readingColumn"))
    store = TimedStore(work / "statistics")
    # A fake wall clock that moves on at every reading (every event, and every flush).
    readings, step = itertools.count(1), timedelta(seconds=args.seconds_per_event)
    recorder = Recorder(store, lambda: START + step * next(readings))
    planned = plan(content, args.events, random.Random(7))
    record_ms: list[float] = []
    flush_ms: list[float] = []

    def record(frame: int) -> float:
        batch = planned[(frame - 1) * args.per_frame : frame * args.per_frame]
        started = time.perf_counter()
        for kind, subject, seconds in batch:
            recorder.record(KINDS[kind], subject, seconds)
        record_ms.append((time.perf_counter() - started) * 1000)
        if frame % args.flush_every == 0:
            flushing = time.perf_counter()
            recorder.flush()
            flush_ms.append((time.perf_counter() - flushing) * 1000)
        return (time.perf_counter() - started) * 1000

    frame_count = -(-args.events // args.per_frame)
    frames.run(WARM_UP_FRAMES)
    baseline = frames.run(frame_count)
    gc.callbacks.append(_note_full_gc)
    recording = frames.run(frame_count, record)
    full_gcs = FULL_GCS[:]
    closing = time.perf_counter()
    recorder.close()
    close_ms = (time.perf_counter() - closing) * 1000

    over = [f for f in recording if f.ms > BUDGET_MS]
    gc_spans = [span for _, span in full_gcs]
    stored = sum(sum(c.values()) for day in store.days() for c in day.counts.values())
    files = sorted(store.folder.iterdir())
    hour_files = [f for f in files if f.name.startswith("events-")]
    days_in_files = {f.name[len("events-") :][:10] for f in hour_files}
    writes = [(end - start) * 1000 for start, end in store.writes]
    lines = [
        f"Detail view scrolling at 1920x1080, offscreen, software renderer; "
        f"budget {BUDGET_MS:.1f} ms a frame (60 Hz)",
        f"{args.events} events in {frame_count} frames, {args.per_frame} a frame, flushed "
        f"every {args.flush_every} frames ({len(flush_ms)} flushes, then close())",
        f"fake wall clock {START:%Y-%m-%d} to {START + step * next(readings):%Y-%m-%d %H:%M}, "
        f"{args.seconds_per_event:g} s an event",
        "",
        f"{'ms':30} {'count':>6} {'median':>8} {'p99':>8} {'max':>8}",
        row("frame interval, baseline", [f.ms for f in baseline]),
        row("frame interval, recording", [f.ms for f in recording]),
        row("UI thread CPU, recording", [f.ui_cpu_ms for f in recording]),
        row("record() calls in a frame", record_ms),
        row("flush()", flush_ms),
        row("writer: append() or compact()", writes),
        row("full GC while recording", [(end - start) * 1000 for start, end in gc_spans]),
        "",
        f"frames over budget: baseline {sum(f.ms > BUDGET_MS for f in baseline)}, "
        f"recording {len(over)} of {len(recording)}; of these, within budget without their "
        f"record() and flush(): {sum(f.ms - f.work_ms <= BUDGET_MS for f in over)}; "
        f"while the writer wrote: {sum(f.during(store.writes) for f in over)}; "
        f"during a full GC: {sum(f.during(gc_spans) for f in over)}",
        *(
            f"  {f.ms:6.1f} ms: UI thread CPU {f.ui_cpu_ms:4.1f} ms, record()+flush() "
            f"{f.work_ms:4.1f} ms{', writer writing' if f.during(store.writes) else ''}"
            f"{', full GC' if f.during(gc_spans) else ''}"
            for f in over[:12]
        ),
        f"full GCs while recording: {len(full_gcs)}, on the writer thread: "
        f"{sum(thread != 'MainThread' for thread, _ in full_gcs)}",
        f"writer thread: {sum(writes) / 1000:.2f} s wall, {store.cpu_s:.2f} s CPU; "
        f"close() waited {close_ms:.0f} ms",
        f"statistics folder: {len(hour_files)} hour files ({len(days_in_files)} days), "
        f"{len(store.days()) - len(days_in_files)} days in daily totals, "
        f"{sum(f.stat().st_size for f in files) / 1e6:.2f} MB",
        f"events stored after close(): {stored} of {args.events}",
    ]
    print("\n".join(lines))  # noqa: T201 - the report
    sys.stdout.flush()
    shutil.rmtree(work, ignore_errors=True)
    # The kiosk's window refuses to close (only staff may end it): reported, simply end.
    # The requirement: recording costs no frame over budget (the drawing alone may miss some
    # on a loaded machine; more misses while recording fail the bench).
    baseline_over = sum(f.ms > BUDGET_MS for f in baseline)
    os._exit(0 if stored == args.events and len(over) <= baseline_over else 1)


if __name__ == "__main__":
    main()
