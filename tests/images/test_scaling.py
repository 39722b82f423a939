"""Photos are decoded at the size shown, upright, never enlarged, and cached on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from kiosk.images.cache import ScaledImageCache
from kiosk.images.geometry import Box, cover_size
from kiosk.images.scaling import UnusableImageError, scale_to_cover
from tests.content.test_validation import png_header_only

EXIF_ORIENTATION = 0x0112


def photo(path: Path, size: tuple[int, int], orientation: int | None = None) -> Path:
    image = Image.new("RGB", size, (200, 80, 40))
    exif = Image.Exif()
    if orientation:
        exif[EXIF_ORIENTATION] = orientation
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


@pytest.mark.parametrize(
    ("size", "box", "expected"),
    [
        ((1600, 1000), Box(400, 400), (640, 400)),
        ((1600, 1000), Box(800, 200), (800, 500)),
        ((1600, 1000), Box(3200, 2000), (1600, 1000)),
        ((1600, 1000), Box(0, 0), (1600, 1000)),
        ((1600, 1000), Box(320, 0), (320, 200)),
    ],
)
def test_cover_size_covers_the_box_without_enlarging(
    size: tuple[int, int], box: Box, expected: tuple[int, int]
) -> None:
    assert cover_size(size, box) == expected


def test_scaled_photo_covers_the_box(tmp_path: Path) -> None:
    image = scale_to_cover(photo(tmp_path / "a.jpg", (4000, 2500)), Box(500, 500))
    assert image.size == (800, 500)
    assert image.mode == "RGB"


def test_exif_rotation_is_applied(tmp_path: Path) -> None:
    # Orientation 6: the camera was held upright; the stored pixels lie on their side.
    image = scale_to_cover(photo(tmp_path / "a.jpg", (1200, 800), orientation=6), Box(300, 0))
    assert image.size == (300, 450)


def test_a_transparent_part_is_shown_on_white_in_every_look(tmp_path: Path) -> None:
    drawing = Image.new("RGBA", (800, 400), (20, 40, 60, 255))
    drawing.paste((0, 0, 0, 0), (0, 0, 200, 100))  # a transparent corner
    drawing.save(tmp_path / "logo.png")
    image = scale_to_cover(tmp_path / "logo.png", Box(400, 200))
    assert image.mode == "RGB"
    assert image.getpixel((10, 10)) == (255, 255, 255)
    assert image.getpixel((300, 150)) == (20, 40, 60)


def test_damaged_and_huge_images_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(photo(tmp_path / "ok.jpg", (800, 600)).read_bytes()[:500])
    with pytest.raises(UnusableImageError):
        scale_to_cover(broken, Box(100, 100))
    huge = tmp_path / "huge.png"
    huge.write_bytes(png_header_only(9000, 9000))
    with pytest.raises(UnusableImageError):
        scale_to_cover(huge, Box(100, 100))


def test_cache_key_changes_when_staff_replace_the_photo(tmp_path: Path) -> None:
    cache = ScaledImageCache(tmp_path / "cache")
    source = photo(tmp_path / "a.jpg", (800, 600))
    before = cache.path_for(source, Box(100, 100))
    os.utime(source, ns=(1_000_000_000, 1_000_000_000))
    after = cache.path_for(source, Box(100, 100))
    assert before is not None and after is not None and before != after
    assert cache.path_for(source, Box(200, 100)) != after
    assert cache.path_for(tmp_path / "missing.jpg", Box(1, 1)) is None


def test_cache_prunes_oldest_entries_over_its_limit(tmp_path: Path) -> None:
    cache = ScaledImageCache(tmp_path / "cache", max_bytes=3000)
    image = Image.effect_noise((40, 40), 50).convert("RGB")
    entries = []
    for index in range(4):
        entry = cache.folder / "ab" / f"{index}.img"
        cache.store(entry, image)
        os.utime(entry, (index, index))
        entries.append(entry)
    cache.prune()
    remaining = [entry for entry in entries if entry.exists()]
    assert remaining and remaining == entries[-len(remaining) :]
    assert sum(entry.stat().st_size for entry in remaining) <= 3000
