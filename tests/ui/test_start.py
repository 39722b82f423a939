"""`kiosk run` draws its first frame from the start snapshot when the content is unchanged,
validates the content right after; changed content is validated first; broken content
falls back to the last good copy, or to a calm out-of-order screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from kiosk.platform.kiosk_ui import KioskUi
from kiosk.staff.pin import hash_pin
from kiosk.startup.app import Places, Startup, finish_after_first_frame, start
from kiosk.startup.start_snapshot import read_snapshot, snapshot_path
from kiosk.viewmodels.kiosk import Screen
from tests.content.builders import changed, valid_data, write_content
from tests.content.hostile import HOSTILE
from tests.content.mutations import broken_bytes, broken_structure
from tests.ui.helpers import dispose, find


@pytest.fixture
def made(kiosk_app: object) -> Iterator[list[KioskUi]]:
    uis: list[KioskUi] = []
    yield uis
    for ui in uis:
        dispose(ui)


@pytest.fixture
def places(tmp_path: Path) -> Places:
    return Places(
        tmp_path / "cache",
        tmp_path / "data",
        tmp_path / "content" / "content.json",
        tmp_path / "config",
    )


def begin(places: Places, made: list[KioskUi]) -> Startup:
    result = start(places.content, "", places)
    assert isinstance(result, Startup)
    made.append(result.ui)
    return result


def first_frame(started: Startup, places: Places, qtbot: object) -> None:
    finish_after_first_frame(started, "", places)
    started.ui.window.resize(1280, 800)
    with qtbot.waitSignal(started.ui.window.frameSwapped, timeout=10_000):  # type: ignore[attr-defined]
        started.ui.window.show()
    from kiosk.tools.snapshot import wait_until_ready

    wait_until_ready(started.ui)


def test_second_start_draws_the_snapshot_then_validates(
    places: Places, made: list[KioskUi], qtbot: object
) -> None:
    write_content(places.content.parent, valid_data())
    first = begin(places, made)
    assert first.pending_content is None
    assert read_snapshot(snapshot_path(places.cache, places.content)) is not None

    second = begin(places, made)
    assert second.pending_content == places.content
    view_model = second.ui.view_model
    assert [t.title for t in view_model.source.tiles()] == ["Luokka 1", "Luokka 2"]
    assert view_model.content is None
    view_model.openCategory("category-1")
    assert view_model.property("screen") == Screen.Home, "categories open once validated"

    first_frame(second, places, qtbot)
    assert view_model.content is not None
    view_model.openCategory("category-1")
    assert view_model.property("screen") == Screen.Detail


def test_changed_content_is_validated_before_the_first_frame(
    places: Places, made: list[KioskUi]
) -> None:
    write_content(places.content.parent, valid_data())
    begin(places, made)
    data = changed(valid_data(), "categories/1/title", {"fi": "Uusi"})
    write_content(places.content.parent, data)
    again = begin(places, made)
    assert again.pending_content is None
    assert again.ui.view_model.source.tiles()[0].title == "Uusi"


def test_broken_content_starts_on_the_last_good_copy(
    places: Places, made: list[KioskUi], qtbot: object
) -> None:
    write_content(places.content.parent, valid_data())
    first_frame(begin(places, made), places, qtbot)  # keeps the good copy once on screen
    assert places.last_good.exists()
    broken = changed(valid_data(), "categories/1/id", "Bad Id")
    write_content(places.content.parent, broken)
    again = begin(places, made)
    assert not again.ui.view_model.property("outOfOrder")
    assert [t.title for t in again.ui.view_model.source.tiles()] == ["Luokka 1", "Luokka 2"]


def test_missing_content_with_no_copy_shows_the_out_of_order_screen(
    places: Places, made: list[KioskUi], qtbot: object
) -> None:
    started = begin(places, made)
    first_frame(started, places, qtbot)
    assert started.ui.view_model.property("outOfOrder")
    notice = find(started.ui, "outOfOrder")
    assert notice.isVisible()


def test_a_damaged_snapshot_is_ignored(places: Places, made: list[KioskUi]) -> None:
    write_content(places.content.parent, valid_data())
    begin(places, made)
    snapshot_path(places.cache, places.content).write_text('{"fingerprint": ', "utf-8")
    assert begin(places, made).pending_content is None


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_content_at_start_shows_the_last_good_copy(
    case: str, places: Places, made: list[KioskUi], qtbot: object
) -> None:
    write_content(places.content.parent, valid_data())
    first_frame(begin(places, made), places, qtbot)
    write_content(places.content.parent, HOSTILE[case])
    again = begin(places, made)
    assert not again.ui.view_model.property("outOfOrder")
    assert [t.title for t in again.ui.view_model.source.tiles()] == ["Luokka 1", "Luokka 2"]


def test_unwritable_data_and_cache_folders_still_show_the_content(
    kiosk_app: object, tmp_path: Path, made: list[KioskUi], qtbot: object
) -> None:
    """A read-only disk, or a file where the folders should be: nothing is kept or cached,
    and the kiosk shows its content all the same."""
    from kiosk.startup.app import start_statistics

    blocker = tmp_path / "read-only"
    blocker.write_text("", "utf-8")
    places = Places(
        blocker / "cache",
        blocker / "data",
        tmp_path / "content" / "content.json",
        blocker / "config",
    )
    write_content(places.content.parent, valid_data())
    started = begin(places, made)
    first_frame(started, places, qtbot)
    usage = start_statistics(started.ui.view_model, places)
    assert not usage.recorder.writing
    usage.close()
    assert [t.title for t in started.ui.view_model.source.tiles()] == ["Luokka 1", "Luokka 2"]
    assert find(started.ui, "tile-category-1").isVisible()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(broken=broken_structure() | broken_bytes().map(lambda data: data.decode("latin-1")))
def test_any_broken_content_at_start_shows_content_never_an_exit(
    broken: str, places: Places, made: list[KioskUi], qtbot: object
) -> None:
    """Whatever content.json holds at start, with a good copy kept: the kiosk starts and
    shows either that content or the good copy (never an exit, never out of order)."""
    from kiosk.content.loader import load_content
    from kiosk.shared.paths import default_content_path

    bundled = default_content_path().parent
    folder = places.content.parent
    if not (folder / "resources").exists():
        shutil.copytree(bundled / "resources", folder / "resources")
    shutil.copy2(bundled / "content.json", places.content)
    if not places.last_good.exists():
        first_frame(begin(places, made), places, qtbot)
    places.content.write_text(broken, "utf-8")
    again = begin(places, made)
    assert not again.ui.view_model.property("outOfOrder")
    shown = [tile.title for tile in again.ui.view_model.source.tiles()]
    loaded = load_content(places.content, decode_images=False).content
    assert shown and (loaded is not None or len(shown) == 5)
    dispose(again.ui)
    made.remove(again.ui)


def test_a_pin_hash_in_older_content_moves_to_the_machine_at_start_and_only_then(
    places: Places, made: list[KioskUi], qtbot: object
) -> None:
    older = hash_pin("246813")
    write_content(places.content.parent, changed(valid_data(), "settings/1/staff_pin_hash", older))
    started = begin(places, made)
    first_frame(started, places, qtbot)
    machine = places.staff.machine
    assert machine is not None and machine.pin().hash == older
    write_content(
        places.content.parent,
        changed(valid_data(), "settings/1/staff_pin_hash", hash_pin("135792")),
    )
    again = begin(places, made)
    first_frame(again, places, qtbot)
    assert machine.pin().hash == older, "a replaced content.json does not change the PIN"
