"""The window loads from the QML module cleanly and shows the content."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load_content
from kiosk.shared.paths import default_content_path
from tests.ui.conftest import UiFactory
from tests.ui.helpers import dispose, find, find_all


def test_main_loads_with_no_qml_warning_and_shows_the_title(
    make_ui: UiFactory, qt_warnings: list[str]
) -> None:
    ui = make_ui()
    assert qt_warnings == []
    assert find(ui, "headerTitle").property("text") == "Välityömarkkinoiden toimintamallit"


def test_home_shows_a_tile_per_category_in_order(make_ui: UiFactory) -> None:
    ui = make_ui()
    content = load_content(default_content_path()).content
    assert content is not None
    for category in content.categories:
        tile = find(ui, f"tile-{category.id}")
        assert tile.property("title") == category.title["fi"]
    tops = [find(ui, f"tile-{c.id}").property("x") for c in content.categories]
    assert tops == sorted(tops)


def test_window_title_is_the_kiosk_title(make_ui: UiFactory, tmp_path: Path) -> None:
    ui = make_ui()
    assert ui.window.title() == "Välityömarkkinoiden toimintamallit"


def test_first_frame_already_shows_every_tile_photo(kiosk_app: object, qtbot: object) -> None:
    from kiosk.startup.app import build_ui

    content = load_content(default_content_path()).content
    assert content is not None
    ui = build_ui(content)
    assert ui is not None
    ui.window.resize(1920, 1080)
    with qtbot.waitSignal(ui.window.frameSwapped, timeout=10_000):  # type: ignore[attr-defined]
        ui.window.show()
    photos = find_all(ui, "tilePhoto")
    assert len(photos) == len(content.categories)
    for photo in photos:
        assert photo.property("progress") == 1.0
        assert photo.property("paintedWidth") > 0
    dispose(ui)
