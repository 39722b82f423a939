"""image://photo: the size asked for, from the disk cache when it can, a placeholder when not."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from kiosk.images import scaling
from kiosk.images.cache import ScaledImageCache
from kiosk.providers.photo import PLACEHOLDER_COLOUR, PhotoProvider
from tests.content.builders import write_photo


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_photo(tmp_path / "content" / "resources" / "images" / "kuva.jpg", (1600, 1000))
    return tmp_path / "content"


def test_photo_is_scaled_to_cover_the_requested_size(qapp: object, folder: Path) -> None:
    provider = PhotoProvider(folder, None)
    image = provider.requestImage("resources/images/kuva.jpg", QSize(), QSize(400, 400))
    assert (image.width(), image.height()) == (640, 400)


def test_second_request_comes_from_the_disk_cache(
    qapp: object, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    provider = PhotoProvider(folder, ScaledImageCache(tmp_path / "cache"))
    decodes: list[Path] = []
    real = scaling.scale_to_cover

    def counting(path: Path, box: object) -> object:
        decodes.append(path)
        return real(path, box)  # type: ignore[arg-type]

    monkeypatch.setattr(scaling, "scale_to_cover", counting)
    first = provider.requestImage("resources/images/kuva.jpg", QSize(), QSize(300, 200))
    second = PhotoProvider(folder, ScaledImageCache(tmp_path / "cache")).requestImage(
        "resources/images/kuva.jpg", QSize(), QSize(300, 200)
    )
    assert len(decodes) == 1
    assert first.size() == second.size() == QSize(320, 200)


def test_missing_photo_gives_a_placeholder_and_one_warning(
    qapp: object, folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    provider = PhotoProvider(folder, None)
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            image = provider.requestImage(
                "resources/images/poistettu.jpg", QSize(), QSize(300, 200)
            )
    assert image.size() == QSize(300, 200)
    assert QColor(image.pixel(5, 5)) == PLACEHOLDER_COLOUR
    assert provider.placeholders == {"resources/images/poistettu.jpg"}
    assert len([r for r in caplog.records if "poistettu.jpg" in r.getMessage()]) == 1


def test_paths_outside_the_content_folder_are_never_read(
    qapp: object, folder: Path, tmp_path: Path
) -> None:
    write_photo(tmp_path / "secret.jpg")
    provider = PhotoProvider(folder, None)
    image = provider.requestImage("..%2Fsecret.jpg", QSize(), QSize(100, 100))
    assert QColor(image.pixel(5, 5)) == PLACEHOLDER_COLOUR
