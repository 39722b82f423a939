"""A photo that goes missing after the content was checked shows a calm placeholder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from kiosk.content.loader import load_content
from kiosk.providers.photo import PLACEHOLDER_COLOUR
from tests.content.builders import IMAGE_FILE, valid_data, write_content
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find_all, window_rect


def test_placeholder_shown_for_an_image_deleted_after_loading(
    make_ui: UiFactory, tmp_path: Path
) -> None:
    path = write_content(tmp_path, valid_data(2))
    content = load_content(path).content
    assert content is not None
    (tmp_path / IMAGE_FILE).unlink()
    ui = make_ui(content, size=(1280, 800))
    frame = ui.window.grabWindow()
    photos = find_all(ui, "tilePhoto")
    assert len(photos) == 2
    for photo in photos:
        inside = window_rect(photo).topLeft().toPoint()
        inside.setX(inside.x() + 4)
        inside.setY(inside.y() + 4)
        assert QColor(frame.pixel(inside)) == PLACEHOLDER_COLOUR
    assert ui.photos.placeholders == {IMAGE_FILE}
