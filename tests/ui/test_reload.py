"""Staff replace content.json or photos while the kiosk runs: valid changes appear, broken
ones are refused while the last good content stays on screen."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.platform.kiosk_ui import KioskUi
from kiosk.services.reload import ContentReloader
from kiosk.startup.app import Places, Startup, start
from kiosk.viewmodels.kiosk import Screen
from tests.content.builders import changed, valid_data, write_content
from tests.content.hostile import HOSTILE
from tests.ui.helpers import dispose, find


@pytest.fixture
def places(tmp_path: Path) -> Places:
    return Places(
        tmp_path / "cache",
        tmp_path / "data",
        tmp_path / "content" / "content.json",
        tmp_path / "config",
    )


def start_watching(places: Places) -> tuple[Startup, ContentReloader]:
    """What `kiosk run` does: start, show the window, watch the content."""
    started = start(places.content, "", places)
    assert isinstance(started, Startup)
    reloader = ContentReloader(started.ui, places.content, "", places.last_good)
    reloader.watch(started.shown_fingerprint)
    started.ui.window.resize(1280, 800)
    started.ui.window.show()
    return started, reloader


@pytest.fixture
def running(kiosk_app: object, places: Places) -> Iterator[tuple[Startup, ContentReloader]]:
    write_content(places.content.parent, valid_data())
    started, reloader = start_watching(places)
    yield started, reloader
    dispose(started.ui)


def titles(ui: KioskUi) -> list[str]:
    return [tile.title for tile in ui.view_model.source.tiles()]


def replace_atomically(path: Path, data: dict) -> None:
    """As editors save: write a new file beside it and rename it over the old one."""
    staged = write_content(path.parent / "staging", data)
    staged.replace(path)


def test_valid_change_is_shown(running: tuple[Startup, ContentReloader], places: Places) -> None:
    started, reloader = running
    replace_atomically(places.content, changed(valid_data(), "categories/2/title", {"fi": "Uusi"}))
    reloader.check_now()
    assert titles(started.ui) == ["Luokka 1", "Uusi"]
    assert places.last_good.exists()


def test_a_file_system_event_triggers_the_reload(
    running: tuple[Startup, ContentReloader], places: Places, qtbot: object
) -> None:
    started, reloader = running
    with qtbot.waitSignal(reloader.reloaded, timeout=10_000):  # type: ignore[attr-defined]
        replace_atomically(places.content, changed(valid_data(), "categories/1/title", {"fi": "A"}))
    assert titles(started.ui)[0] == "A"


def test_invalid_change_keeps_the_good_content_and_lists_the_problems(
    running: tuple[Startup, ContentReloader], places: Places
) -> None:
    started, reloader = running
    places.content.write_text('{"settings": {', "utf-8")
    reloader.check_now()
    assert titles(started.ui) == ["Luokka 1", "Luokka 2"]
    assert reloader.problems and "not valid JSON" in reloader.problems[0].message
    broken = changed(valid_data(), "categories/1/links/0/url", "javascript:alert(1)")
    replace_atomically(places.content, broken)
    reloader.check_now()
    assert titles(started.ui) == ["Luokka 1", "Luokka 2"]
    assert reloader.problems[0].where == "categories/1/links/0/url"


def test_deleted_file_keeps_the_content_on_screen(
    running: tuple[Startup, ContentReloader], places: Places
) -> None:
    started, reloader = running
    places.content.unlink()
    reloader.check_now()
    assert titles(started.ui) == ["Luokka 1", "Luokka 2"]
    assert "file not found" in reloader.problems[0].message


def test_a_visitor_on_a_removed_category_is_taken_home(
    running: tuple[Startup, ContentReloader], places: Places
) -> None:
    started, reloader = running
    started.ui.view_model.openCategory("category-2")
    replace_atomically(places.content, valid_data(1))
    reloader.check_now()
    assert started.ui.view_model.property("screen") == Screen.Home


def test_fixing_the_content_ends_the_out_of_order_screen(kiosk_app: object, places: Places) -> None:
    started, reloader = start_watching(places)
    assert started.ui.view_model.property("outOfOrder")
    write_content(places.content.parent, valid_data())
    reloader.check_now()
    assert not started.ui.view_model.property("outOfOrder")
    assert find(started.ui, "tile-category-1").isVisible()
    dispose(started.ui)


def test_a_photo_replaced_under_the_same_name_is_shown_anew(
    running: tuple[Startup, ContentReloader], places: Places
) -> None:
    from tests.content.builders import IMAGE_FILE, write_photo

    started, reloader = running
    before = find(started.ui, "tile-category-1").property("photoSource")
    photo = places.content.parent / IMAGE_FILE
    write_photo(photo, (1200, 900))
    os.utime(photo, ns=(2_000_000_000, 2_000_000_000))
    reloader.check_now()
    after = find(started.ui, "tile-category-1").property("photoSource")
    assert before != after and after.startswith("image://photo/resources/images/photo.jpg?v=")


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_content_is_refused_once_while_the_good_content_stays(
    case: str,
    running: tuple[Startup, ContentReloader],
    places: Places,
    caplog: pytest.LogCaptureFixture,
) -> None:
    started, reloader = running
    places.content.write_text(HOSTILE[case], "utf-8")
    with caplog.at_level(logging.INFO):
        reloader.check_now()
        reloader.check_now()  # the next poll: nothing new to say
    assert titles(started.ui) == ["Luokka 1", "Luokka 2"]
    assert reloader.problems
    refused = [r for r in caplog.records if "still showing the last good content" in r.message]
    assert len(refused) == 1
    assert not [r for r in caplog.records if r.exc_info]
