"""A category with several photos shows them as a swipeable gallery with position dots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint

from kiosk.content.loader import load_content
from kiosk.viewmodels.kiosk import Screen
from tests.content.builders import category, valid_data, write_content, write_photo
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all, swipe, window_rect


def test_swiping_the_gallery_shows_the_next_photo_and_its_credit(
    make_ui: UiFactory, tmp_path: Path
) -> None:
    write_photo(tmp_path / "resources/images/toinen.jpg", (1600, 1000))
    second = {
        "file": "resources/images/toinen.jpg",
        "alt": {"fi": "Toinen"},
        "credit": "Toka Kuvaaja",
    }
    data = valid_data(1)
    first = category(1)
    data["categories"]["1"] = category(1, images=[*first["images"], second])
    content = load_content(write_content(tmp_path, data)).content
    assert content is not None
    ui = make_ui(content, size=(1920, 1080))
    ui.view_model.openCategory("category-1")
    gallery = find(ui, "galleryList")
    assert gallery.property("count") == 2
    assert gallery.property("currentIndex") == 0
    rect = window_rect(gallery)
    start = QPoint(int(rect.right() - 60), int(rect.center().y()))
    swipe(ui.window, start, dx=-int(rect.width() * 0.7))
    from kiosk.tools.snapshot import wait_until_ready

    wait_until_ready(ui)
    assert gallery.property("currentIndex") == 1
    assert ui.view_model.property("screen") == Screen.Detail, "a gallery swipe is not a Back swipe"
    credits = [c.property("text") for c in find_all(ui, "photoCredit")]
    assert "Kuva: Toka Kuvaaja" in credits
