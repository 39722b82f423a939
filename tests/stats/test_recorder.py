"""The recorder: events wait in memory, are written off the UI thread, and a failing disk
never troubles the kiosk."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.stats.events import Event, Kind
from kiosk.stats.recorder import Recorder
from kiosk.stats.store import StatsStore

NOON = datetime(2026, 11, 28, 12, 0, 59)


class WatchedStore(StatsStore):
    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.writers: list[str] = []

    def append(self, events: Sequence[Event]) -> None:
        self.writers.append(threading.current_thread().name)
        super().append(events)


def test_events_are_written_on_a_thread_of_their_own(tmp_path: Path) -> None:
    store = WatchedStore(tmp_path)
    recorder = Recorder(store, lambda: NOON)
    recorder.record(Kind.CATEGORY, "tyopajat")
    recorder.close()
    assert store.writers and store.writers[0].startswith("statistics")
    assert store.writers[0] != threading.current_thread().name
    assert store.days()[0].total(Kind.CATEGORY) == 1


def test_the_staff_panel_sees_events_not_yet_written(tmp_path: Path) -> None:
    recorder = Recorder(StatsStore(tmp_path), lambda: NOON)
    recorder.record(Kind.VISIT, seconds=30)
    assert recorder.days()[0].total(Kind.VISIT) == 1
    recorder.flush()
    recorder.record(Kind.VISIT, seconds=50)
    assert recorder.days()[0].total(Kind.VISIT) == 2
    recorder.close()


def test_switched_off_it_records_nothing(tmp_path: Path) -> None:
    recorder = Recorder(StatsStore(tmp_path), lambda: NOON)
    recorder.enabled = False
    recorder.record(Kind.CATEGORY, "tyopajat")
    assert recorder.pending == 0
    recorder.close()
    assert not list(tmp_path.iterdir())


def test_a_failing_disk_is_logged_and_nothing_else(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "statistics"
    blocked.write_text("a file where the folder should be", "utf-8")
    recorder = Recorder(StatsStore(blocked), lambda: NOON)
    recorder.record(Kind.CATEGORY, "tyopajat")
    with caplog.at_level(logging.WARNING):
        write = recorder.flush()
        assert write is not None
        write.result()
    assert "Could not write 1 statistics events, will retry" in caplog.text
    assert recorder.pending == 1, "kept for the next batch"
    blocked.unlink()
    recorder.close()
    assert StatsStore(blocked).days()[0].total(Kind.CATEGORY) == 1


def test_an_unset_clock_counts_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(StatsStore(tmp_path), lambda: datetime(1970, 1, 1, 0, 3))
    with caplog.at_level(logging.WARNING):
        recorder.record(Kind.CATEGORY, "tyopajat")
        recorder.record(Kind.CATEGORY, "tyopajat")
    assert recorder.pending == 0
    assert caplog.text.count("statistics are not counted until it is set") == 1
    recorder.close()


def test_a_disk_that_keeps_failing_is_logged_once_and_tried_less_often(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "statistics"
    blocked.write_text("a file where the folder should be", "utf-8")
    now = [0.0]
    recorder = Recorder(StatsStore(blocked), lambda: NOON, monotonic=lambda: now[0])
    tries = 0
    with caplog.at_level(logging.INFO):
        for _minute in range(30):  # the usage timer flushes every minute
            recorder.record(Kind.CATEGORY, "tyopajat")
            write = recorder.flush()
            if write is not None:
                write.result()
                tries += 1
            now[0] += 60
        assert caplog.text.count("Could not write") == 1
        assert 3 <= tries <= 6  # after 1, 2, 4, 8, 16 minutes, not every minute
        assert recorder.pending == 30, "nothing lost while it fails"
        blocked.unlink()
        now[0] += 3600
        write = recorder.flush()
        assert write is not None
        write.result()
    assert "Statistics written again" in caplog.text
    recorder.close()
    assert StatsStore(blocked).days()[0].total(Kind.CATEGORY) == 30
