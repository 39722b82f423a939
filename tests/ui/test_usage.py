"""Usage statistics from a running kiosk: a scripted visit shows in the summary, and the
files keep nothing about the person."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kiosk.content.loader import Content, load_content
from kiosk.platform.kiosk_ui import KioskUi
from kiosk.services.usage import UsageStatistics
from kiosk.stats.events import Kind
from kiosk.stats.names import Names
from kiosk.stats.recorder import Recorder
from kiosk.stats.store import StatsStore
from kiosk.stats.summary import format_summary
from kiosk.stats.totals import DayTotals
from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels.idle import PROMPT_SECONDS
from kiosk.viewmodels.kiosk import Screen
from tests.content.builders import category, changed, valid_data, write_content, write_photo
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, tap
from tests.ui.test_idle import FakeClock

TIMEOUT_S = 30
ATTRACT_S = 300
LINKS = [
    {"label": {"fi": "Trimma ry"}, "url": "https://www.trimma.fi"},
    {"label": {"fi": "Työmarkkinatori"}, "url": "https://tyomarkkinatori.fi"},
]


class WallClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 13, 5, 42)

    def __call__(self) -> datetime:
        return self.now


def _content(folder: Path, statistics: bool = True) -> Content:
    write_photo(folder / "resources/images/toinen.jpg")
    second = {"file": "resources/images/toinen.jpg", "alt": {"fi": "Toinen"}, "credit": "Toka"}
    data = valid_data(2)
    first = category(1)
    data["categories"]["1"] = category(1, images=[*first["images"], second], links=LINKS)
    data = changed(data, "settings/1/languages", ["fi", "sv"])
    data = changed(data, "settings/1/idle_timeout_s", TIMEOUT_S)
    data = changed(data, "settings/1/attract_after_s", ATTRACT_S)
    data = changed(data, "settings/1/statistics", statistics)
    content = load_content(write_content(folder, data)).content
    assert content is not None
    return content


class Kiosk:
    def __init__(self, ui: KioskUi, clock: FakeClock, wall: WallClock, store: StatsStore) -> None:
        self.ui, self.clock, self.wall, self.store = ui, clock, wall, store
        self.usage = UsageStatistics(ui.view_model, Recorder(store, wall))
        ui.parts.counts_with(self.usage.recorder)

    def wait(self, seconds: float) -> None:
        self.clock.now += seconds
        self.wall.now += timedelta(seconds=seconds)
        self.ui.view_model.idle_view_model.tick()
        wait_until_ready(self.ui)

    def leave(self) -> None:
        """Nobody touches: the prompt, then the reset."""
        self.wait(TIMEOUT_S)
        self.wait(PROMPT_SECONDS)

    def tap(self, name: str) -> None:
        tap(self.ui, find(self.ui, name))
        wait_until_ready(self.ui)


def _kiosk(make_ui: UiFactory, folder: Path, statistics: bool) -> Kiosk:
    clock = FakeClock()
    ui = make_ui(_content(folder, statistics), size=(1280, 800), clock=clock)
    return Kiosk(ui, clock, WallClock(), StatsStore(folder / "statistics"))


@pytest.fixture
def kiosk(make_ui: UiFactory, tmp_path: Path) -> Kiosk:
    return _kiosk(make_ui, tmp_path, statistics=True)


def _visit(kiosk: Kiosk) -> None:
    """A visitor opens a category, swipes to its second photo, switches to Swedish, asks for
    larger text, reads for 20 s, goes back home, and leaves; the kiosk resets, then attracts."""
    kiosk.tap("tile-category-1")
    find(kiosk.ui, "galleryList").setProperty("currentIndex", 1)
    kiosk.tap("language-sv")
    kiosk.tap("largeTextButton")
    kiosk.wait(20)
    kiosk.ui.view_model.goHome()
    kiosk.tap("tile-category-2")
    kiosk.leave()
    assert kiosk.ui.view_model.property("screen") == Screen.Home
    kiosk.wait(ATTRACT_S)
    assert kiosk.ui.view_model.idle_view_model.is_attracting
    kiosk.usage.close()


def test_a_scripted_visit_appears_in_the_summary(kiosk: Kiosk) -> None:
    _visit(kiosk)
    content = kiosk.ui.view_model.content
    summary = format_summary(kiosk.store.days(), Names(content))
    assert "Visits: 1 (1.0 a day), median visit 20 s" in summary
    assert "      1  Luokka 1 (category-1)" in summary
    assert "      1  Luokka 2 (category-2)" in summary
    assert "      1  Työmarkkinatori (https://tyomarkkinatori.fi)" in summary
    assert "      2  Trimma ry (https://www.trimma.fi)" in summary  # both categories link it
    assert "Photos swiped, per category:\n      1  Luokka 1 (category-1)" in summary
    assert "Languages chosen:\n      1  Svenska (sv)" in summary
    assert "Accessibility controls used:\n      1  larger text" in summary
    assert "Idle resets: 1; attract loop started: 1 times" in summary


def _documents(folder: Path) -> list[dict[str, Any]]:
    documents = []
    for file in sorted(folder.iterdir()):
        data = json.loads(file.read_text("utf-8"))
        for table in data.values():
            documents.extend(table.values())
    return documents


def test_the_files_keep_nothing_about_the_person(kiosk: Kiosk) -> None:
    _visit(kiosk)
    documents = _documents(kiosk.store.folder)
    assert documents
    subjects = {"category-1", "category-2", "https://www.trimma.fi", "https://tyomarkkinatori.fi"}
    subjects |= {"sv", "large_text"}
    for document in documents:
        assert set(document) <= {"t", "e", "s", "d"}, document
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", document["t"]), document
        assert document.get("s", "category-1") in subjects, document
        assert set(document) & {"d"} == set() or document["e"] == "visit"


def test_a_visit_counts_from_its_first_touch_to_its_last(kiosk: Kiosk) -> None:
    kiosk.tap("tile-category-1")
    kiosk.wait(7)
    kiosk.tap("largeTextButton")
    kiosk.leave()
    kiosk.usage.close()
    visits = [d for d in _documents(kiosk.store.folder) if d["e"] == "visit"]
    assert visits == [{"t": "2026-11-27T13:05", "e": "visit", "d": 7}]


def test_the_visit_in_progress_is_counted_on_exit(kiosk: Kiosk) -> None:
    kiosk.tap("tile-category-1")
    kiosk.wait(4)
    kiosk.tap("largeTextButton")
    kiosk.usage.close()
    assert kiosk.store.days()[0].visit_seconds == {4: 1}


def test_events_wait_in_memory_until_the_minute_is_up(kiosk: Kiosk) -> None:
    kiosk.tap("tile-category-1")
    assert kiosk.usage.recorder.pending > 0
    assert not kiosk.store.folder.exists()
    write = kiosk.usage.recorder.flush()
    assert write is not None
    write.result()
    assert kiosk.store.days()[0].total(Kind.CATEGORY) == 1
    kiosk.usage.close()


def test_statistics_false_counts_nothing(make_ui: UiFactory, tmp_path: Path) -> None:
    kiosk = _kiosk(make_ui, tmp_path, statistics=False)
    kiosk.tap("tile-category-1")
    kiosk.tap("largeTextButton")
    kiosk.leave()
    kiosk.usage.close()
    assert not kiosk.store.folder.exists()
    staff = kiosk.ui.view_model.staff_view_model
    staff.open()
    assert "pois päältä" in staff.property("usageLine")
    assert staff.week_rows == ()


def test_the_staff_panel_charts_the_last_seven_days(kiosk: Kiosk) -> None:
    _visit(kiosk)
    staff = kiosk.ui.view_model.staff_view_model
    staff.open()
    wait_until_ready(kiosk.ui)
    assert staff.property("usageLine") == "Käyntejä 7 päivässä: 1, mediaanikesto 20 s"
    rows = staff.week_rows
    assert [row.visits for row in rows] == [0, 0, 0, 0, 0, 0, 1]
    assert rows[-1].label == "pe 27.11."
    assert find(kiosk.ui, "staffUsageChart").property("visible")


def test_the_staff_panel_opens_even_when_the_statistics_cannot_be_read(kiosk: Kiosk) -> None:
    class Failing:
        enabled = True

        def now(self) -> datetime:
            return datetime(2026, 11, 27, 12)

        def days(self, since: date | None = None) -> list[DayTotals]:
            raise OSError("disk failing")

    staff = kiosk.ui.view_model.staff_view_model
    kiosk.ui.parts.counts_with(Failing())
    staff.open()
    assert staff.property("panelOpen")
    assert staff.property("usageLine") == "Käyttötilastoja ei voitu lukea (katso loki)."
    kiosk.usage.close()
