"""A cropped photo keeps its focal point (the content's `focus`) in view: on the tiles and in
the detail view's gallery. A tall photo with its subject at the very top shows the subject,
not its middle."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from kiosk.content.loader import load_content
from kiosk.tools.snapshot import wait_until_ready
from tests.content.builders import category, valid_data, write_content
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, window_rect

SUBJECT = (220, 30, 30)


def tall_photo(path: Path) -> None:
    """A portrait photo: its top tenth is the subject (red), the rest is sky (blue)."""
    image = Image.new("RGB", (1000, 2000), (40, 80, 200))
    image.paste(SUBJECT, (0, 0, 1000, 200))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=95)


def red_share(shot: QImage) -> float:
    red = 0
    points = [(x, y) for x in range(0, shot.width(), 7) for y in range(0, shot.height(), 7)]
    for x, y in points:
        colour = shot.pixelColor(x, y)
        red += colour.red() > 150 and colour.blue() < 100
    return red / len(points)


@pytest.mark.parametrize(("focus", "shows_subject"), [(None, False), ([0.5, 0.04], True)])
def test_a_tile_keeps_the_focal_point_in_view(
    make_ui: UiFactory, tmp_path: Path, focus: list[float] | None, shows_subject: bool
) -> None:
    tall_photo(tmp_path / "resources/images/torni.jpg")
    image = {"file": "resources/images/torni.jpg", "alt": {"fi": "Torni"}, "credit": "Kuvaaja"}
    if focus is not None:
        image["focus"] = focus
    data = valid_data(1)
    data["categories"]["1"] = category(1, images=[image])
    result = load_content(write_content(tmp_path, data))
    assert result.content is not None, [p.message for p in result.problems]
    ui = make_ui(result.content, size=(1920, 1080))
    wait_until_ready(ui)
    for name in ("tilePhoto", "galleryPhoto"):
        if name == "galleryPhoto":
            ui.view_model.openCategory("category-1")
            wait_until_ready(ui)
        shot = ui.window.grabWindow().copy(window_rect(find(ui, name)).toRect())
        assert (red_share(shot) > 0.3) is shows_subject, name


def test_a_focal_point_outside_the_photo_is_refused(tmp_path: Path) -> None:
    data = valid_data(1)
    data["categories"]["1"]["images"][0]["focus"] = [0.5, 1.5]
    result = load_content(write_content(tmp_path, data))
    assert result.content is None
    assert any("focus" in p.where for p in result.problems)
