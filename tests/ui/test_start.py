"""`kiosk run` draws its first frame from the start snapshot when the content is unchanged,
and validates the content right after; changed content is always validated first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.app import EXIT_BAD_CONTENT, KioskUi, Startup, finish_after_first_frame, start
from kiosk.start_snapshot import read_snapshot, snapshot_path
from tests.content.builders import changed, valid_data, write_content


@pytest.fixture
def started(kiosk_app: object) -> Iterator[list[KioskUi]]:
    made: list[KioskUi] = []
    yield made
    for ui in made:
        ui.view_model.allow_close()
        ui.window.close()
        ui.engine.deleteLater()


def begin(path: Path, cache: Path, made: list[KioskUi]) -> Startup:
    result = start(path, "", cache)
    assert isinstance(result, Startup)
    made.append(result.ui)
    return result


def first_frame(started: Startup, cache: Path, qtbot: object) -> None:
    finish_after_first_frame(started, "", cache)
    started.ui.window.resize(1280, 800)
    with qtbot.waitSignal(started.ui.view_model.contentChanged, timeout=10_000):  # type: ignore[attr-defined]
        started.ui.window.show()


def test_second_start_draws_the_snapshot_then_validates(
    tmp_path: Path, started: list[KioskUi], qtbot: object
) -> None:
    path = write_content(tmp_path / "content", valid_data())
    cache = tmp_path / "cache"
    first = begin(path, cache, started)
    assert first.pending_content is None
    assert read_snapshot(snapshot_path(cache, path)) is not None

    second = begin(path, cache, started)
    assert second.pending_content == path
    view_model = second.ui.view_model
    assert [t.title for t in view_model.source.tiles()] == ["Luokka 1", "Luokka 2"]
    assert view_model.content is None
    view_model.openCategory("category-1")
    assert view_model.property("screen") == "home", "categories open once validated"

    first_frame(second, cache, qtbot)
    assert view_model.content is not None
    view_model.openCategory("category-1")
    assert view_model.property("screen") == "detail"


def test_changed_content_is_validated_before_the_first_frame(
    tmp_path: Path, started: list[KioskUi]
) -> None:
    path = write_content(tmp_path / "content", valid_data())
    cache = tmp_path / "cache"
    begin(path, cache, started)
    write_content(tmp_path / "content", changed(valid_data(), "categories/1/title", {"fi": "Uusi"}))
    again = begin(path, cache, started)
    assert again.pending_content is None
    assert again.ui.view_model.source.tiles()[0].title == "Uusi"


def test_broken_content_does_not_start_even_with_an_old_snapshot(
    tmp_path: Path, started: list[KioskUi]
) -> None:
    path = write_content(tmp_path / "content", valid_data())
    cache = tmp_path / "cache"
    begin(path, cache, started)
    write_content(tmp_path / "content", changed(valid_data(), "categories/1/id", "Bad Id"))
    assert start(path, "", cache) == EXIT_BAD_CONTENT


def test_a_damaged_snapshot_is_ignored(tmp_path: Path, started: list[KioskUi]) -> None:
    path = write_content(tmp_path / "content", valid_data())
    cache = tmp_path / "cache"
    begin(path, cache, started)
    snapshot_path(cache, path).write_text('{"fingerprint": ', "utf-8")
    assert begin(path, cache, started).pending_content is None
