"""One writer per statistics folder: two kiosks started on one folder by mistake do not
replace each other's files; the second counts nothing and says so."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.stats.events import Kind
from kiosk.stats.recorder import Recorder
from kiosk.stats.store import StatsStore
from kiosk.stats.writer_lock import WriterLock

NOON = datetime(2026, 11, 20, 12, 0)


def test_a_second_recorder_on_the_same_folder_counts_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "statistics"
    first = Recorder(StatsStore(folder), lambda: NOON)
    with caplog.at_level(logging.WARNING):
        second = Recorder(StatsStore(folder), lambda: NOON)
    assert first.writing and not second.writing
    assert "another kiosk is already counting" in caplog.text
    for recorder in (first, second):
        recorder.record(Kind.CATEGORY, "a")
        recorder.close()
    days = StatsStore(folder).days()
    assert [dict(day.counts[Kind.CATEGORY.value]) for day in days] == [{"a": 1}]
    # Settings switching statistics on do not make the second one a writer.
    second.enabled = True
    assert not second.enabled


def test_the_lock_is_free_again_once_its_kiosk_has_closed(tmp_path: Path) -> None:
    folder = tmp_path / "statistics"
    Recorder(StatsStore(folder), lambda: NOON).close()
    again = Recorder(StatsStore(folder), lambda: NOON)
    assert again.writing
    again.close()


def test_the_lock_ends_with_a_process_killed_while_holding_it(tmp_path: Path) -> None:
    folder = tmp_path / "statistics"
    holder = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        from kiosk.stats.writer_lock import WriterLock
        assert WriterLock.take(Path({str(folder)!r})) is not None
        print("held", flush=True)
        sys.stdin.read()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline() == "held\n"
    assert isinstance(WriterLock.take(folder), str)
    child.kill()
    child.wait(timeout=30)
    lock = WriterLock.take(folder)
    assert isinstance(lock, WriterLock)
    lock.release()
