"""The statistics files: compaction keeps the totals, and no crash leaves them unreadable."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.stats.events import Event, Kind, minute_of
from kiosk.stats.store import StatsStore
from kiosk.stats.totals import DayTotals, merged

TODAY = date(2026, 11, 28)
SUBJECTS = {
    Kind.CATEGORY: ["tyopajat", "yritykset", "tuki"],
    Kind.QR: ["https://www.trimma.fi", "https://tyomarkkinatori.fi"],
    Kind.LANGUAGE: ["sv", "en"],
    Kind.ACCESS: ["large_text", "reach"],
}


def _events(days: int, per_day: int) -> list[Event]:
    """A steady mix of events over `days` days up to today."""
    events = []
    for back in range(days):
        start = datetime.combine(TODAY - timedelta(days=back), datetime.min.time())
        for n in range(per_day):
            moment = start + timedelta(minutes=9 * 60 + n * 3)
            kind = list(SUBJECTS)[n % len(SUBJECTS)]
            subjects = SUBJECTS[kind]
            events.append(Event(minute_of(moment), kind, subjects[(n + back) % len(subjects)]))
            if n % 5 == 0:
                events.append(Event(minute_of(moment), Kind.VISIT, seconds=30 + (n * back) % 200))
    return events


def _days_with_files(folder: Path) -> int:
    return len({file.name[len("events-") :][:10] for file in folder.glob("events-*.json")})


def _snapshot(days: list[DayTotals]) -> dict[str, dict[str, object]]:
    return {totals.day: totals.to_document() for totals in days}


def test_compaction_keeps_every_total_and_median(tmp_path: Path) -> None:
    store = StatsStore(tmp_path)
    store.append(_events(days=45, per_day=40))
    before = store.days()
    assert _days_with_files(tmp_path) == 45
    assert len(list(tmp_path.glob("events-2026-11-28T*.json"))) == 2, "a file an hour"
    assert store.compact(TODAY) == 14
    after = store.days()
    assert _snapshot(after) == _snapshot(before)
    assert merged(after).visit_seconds == merged(before).visit_seconds
    assert _days_with_files(tmp_path) == 31
    assert store.compact(TODAY) == 0
    assert _snapshot(store.days()) == _snapshot(before)


def test_a_compaction_cut_short_counts_nothing_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = StatsStore(tmp_path)
    store.append(_events(days=35, per_day=10))
    before = _snapshot(store.days())

    def power_cut(self: Path, missing_ok: bool = False) -> None:
        raise OSError("power cut")

    # The totals are written, then the power goes before the day files are removed.
    monkeypatch.setattr(Path, "unlink", power_cut)
    store.compact(TODAY)
    monkeypatch.undo()
    assert _days_with_files(tmp_path) == 35
    assert _snapshot(store.days()) == before
    store.compact(TODAY)
    assert _days_with_files(tmp_path) == 31
    assert _snapshot(store.days()) == before


def test_a_write_that_fails_halfway_leaves_the_last_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = StatsStore(tmp_path)
    first = _events(days=1, per_day=10)
    store.append(first)
    before = _snapshot(store.days())

    def cut(fd: int) -> None:
        raise OSError("power cut during fsync")

    monkeypatch.setattr(os, "fsync", cut)
    with pytest.raises(OSError, match="power cut"):
        store.append(_events(days=1, per_day=10))
    monkeypatch.undo()
    assert _snapshot(store.days()) == before
    assert not list(tmp_path.glob(".*.tmp")), "the half-written file is cleared away"
    store.append(first)
    assert merged(store.days()).total(Kind.VISIT) == 2 * merged(_days(first)).total(Kind.VISIT)


def _days(events: list[Event]) -> list[DayTotals]:
    from kiosk.stats.totals import totals_by_day

    return list(totals_by_day(events).values())


_WRITER = textwrap.dedent(
    """
    import sys
    from datetime import datetime
    from kiosk.stats.events import Event, Kind, minute_of
    from kiosk.stats.store import StatsStore

    store = StatsStore(__import__("pathlib").Path(sys.argv[1]))
    minute = minute_of(datetime(2026, 11, 28, 12, 0))
    print("writing", flush=True)
    while True:
        store.append([Event(minute, Kind.CATEGORY, "tyopajat")] * 50)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_process_killed_while_writing_leaves_readable_files(tmp_path: Path) -> None:
    """The kiosk killed (or the power cut) in the middle of writing, many times over."""
    for _ in range(5):
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None
        assert writer.stdout.readline() == "writing\n"
        # Kill it as soon as its file has grown, mid-way through some write.
        store = StatsStore(tmp_path)
        start = store.days()
        seen = start[0].total(Kind.CATEGORY) if start else 0
        while writer.poll() is None and (
            not (days := store.days()) or days[0].total(Kind.CATEGORY) <= seen + 100
        ):
            pass
        assert writer.poll() is None, "the writer stopped by itself"
        writer.kill()
        writer.wait()
        days = store.days()
        assert days[0].total(Kind.CATEGORY) % 50 == 0
    assert not list(tmp_path.glob("*.unreadable"))


TOTALS_2026 = "daily-totals-2026.json"


def test_an_unreadable_file_is_set_aside_and_counting_goes_on(tmp_path: Path) -> None:
    store = StatsStore(tmp_path)
    (tmp_path / TOTALS_2026).write_text('{"days": {"1": ', "utf-8")
    assert store.days() == [], "reading skips it"
    assert (tmp_path / TOTALS_2026).exists(), "and never moves anything"
    store.append(_events(days=40, per_day=2))
    store.compact(TODAY)
    assert len(list(tmp_path.glob(TOTALS_2026 + ".unreadable-*"))) == 1
    assert len(store.days()) == 40


def test_a_file_that_cannot_be_read_just_now_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A virus scanner holding the file: the write fails, and is tried again later."""
    store = StatsStore(tmp_path)
    store.append(_events(days=1, per_day=3))
    real = Path.read_bytes

    def held(self: Path) -> bytes:
        if self.name.startswith("events-"):
            raise PermissionError("held by another program")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", held)
    with pytest.raises(PermissionError):
        store.append(_events(days=1, per_day=3))
    monkeypatch.undo()
    assert not list(tmp_path.glob("*.unreadable-*"))
    assert merged(store.days()).total(Kind.CATEGORY) == 1


def test_records_edited_by_hand_are_skipped_not_fatal(tmp_path: Path) -> None:
    store = StatsStore(tmp_path)
    store.append(_events(days=1, per_day=5))
    good = merged(store.days()).to_document()
    (tmp_path / "events-2026-11-28T20.json").write_text(
        '{"events": {"1": {"t": "eilen", "e": "category", "s": "x"}, "2": {"e": "qr"},'
        ' "3": {"t": "2026-11-28T20:01", "e": "visit", "d": "pitkä"}}}',
        "utf-8",
    )
    (tmp_path / "events-2026-11-28T21.json").write_text('{"events": [1, 2]}', "utf-8")
    (tmp_path / TOTALS_2026).write_text(
        '{"days": {"1": {"counts": {}}, "2": {"day": "2026-10-01", "counts": {"visit": 3}}}}',
        "utf-8",
    )
    assert merged(store.days()).to_document() == good


def test_compacted_days_forget_their_files_digests(tmp_path: Path) -> None:
    store = StatsStore(tmp_path)
    store.append(_events(days=35, per_day=10))
    store.compact(TODAY)
    documents = list(store.stored_documents())
    assert [d for d in documents if "sources" in d] == []
    assert len([d for d in documents if "day" in d]) == 4


def test_reading_beside_a_compaction_counts_each_event_once(tmp_path: Path) -> None:
    """`kiosk stats` while the kiosk compacts: files go between being listed and being read,
    or are read and then also found in the totals."""
    store = StatsStore(tmp_path)
    store.append(_events(days=35, per_day=10))
    before = _snapshot(store.days())
    listed = store._event_files()
    reader = StatsStore(tmp_path)
    reader._event_files = lambda: listed  # type: ignore[method-assign]
    store.compact(TODAY)
    assert _snapshot(reader.days()) == before
