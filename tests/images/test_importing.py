"""A photo brought into the content is upright, no larger than it needs to be, carries none of
its metadata (above all no GPS location), and never replaces a photo already there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kiosk.images.importing import LONG_SIDE_PX, PhotoImportError, import_photo

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def phone_photo(path: Path) -> Path:
    """A 4000 × 3000 JPEG stored on its side (EXIF orientation 6) with where it was taken."""
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[GPS_IFD] = {1: "N", 2: (60.0, 10.0, 30.0), 3: "E", 4: (24.0, 56.0, 0.0)}
    exif[0x010F] = "Phonemaker"  # the camera's maker
    image = Image.new("RGB", (4000, 3000), (200, 120, 40))
    image.paste((20, 40, 200), (0, 0, 400, 300))  # the top left corner, as stored
    image.save(path, "JPEG", exif=exif, comment=b"taken at home")
    with Image.open(path) as check:
        assert check.getexif().get_ifd(GPS_IFD), "the test photo must carry a location"
    return path


def test_a_phone_photo_is_imported_upright_small_and_without_metadata(tmp_path: Path) -> None:
    imported = import_photo(phone_photo(tmp_path / "IMG_0001.JPG"), tmp_path, "kielikahvila")
    assert imported.relative == "resources/images/kielikahvila.jpg"
    assert imported.path == tmp_path / "resources" / "images" / "kielikahvila.jpg"
    with Image.open(imported.path) as result:
        assert result.format == "JPEG"
        assert result.size == (LONG_SIDE_PX * 3 // 4, LONG_SIDE_PX)  # turned: now upright
        assert dict(result.getexif()) == {}
        assert "exif" not in result.info and "comment" not in result.info
        # Orientation 6 turns the stored top left corner to the top right.
        assert result.getpixel((result.width - 20, 20))[2] > 150


def test_a_drawing_with_transparency_stays_a_png_with_its_transparency(tmp_path: Path) -> None:
    drawing = Image.new("RGBA", (1200, 800), (255, 255, 255, 0))
    drawing.paste((30, 90, 160, 255), (100, 100, 1100, 700))
    drawing.save(tmp_path / "logo.png")
    imported = import_photo(tmp_path / "logo.png", tmp_path, "kela")
    assert imported.relative == "resources/images/kela.png"
    with Image.open(imported.path) as result:
        assert result.mode == "RGBA" and result.getpixel((10, 10))[3] == 0


def test_a_second_photo_for_a_category_gets_a_name_of_its_own(tmp_path: Path) -> None:
    source = phone_photo(tmp_path / "a.jpg")
    first = import_photo(source, tmp_path, "tyopajat")
    second = import_photo(source, tmp_path, "tyopajat")
    assert (first.path.name, second.path.name) == ("tyopajat.jpg", "tyopajat-2.jpg")


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("IMG_0002.HEIC", b"\x00\x00\x00\x18ftypheic", "is a HEIC photo"),
        ("notes.jpg", b"not an image at all", "is not a photo the kiosk can read"),
    ],
)
def test_what_cannot_be_a_photo_is_refused_with_the_reason(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(PhotoImportError, match=said):
        import_photo(tmp_path / name, tmp_path, "x")
    assert not (tmp_path / "resources" / "images" / "x.jpg").exists()


def test_a_48_megapixel_phone_photo_is_imported(tmp_path: Path) -> None:
    Image.new("RGB", (8000, 6000), (90, 140, 60)).save(tmp_path / "IMG_4800.JPG", "JPEG")
    imported = import_photo(tmp_path / "IMG_4800.JPG", tmp_path, "puisto")
    assert (imported.width, imported.height) == (LONG_SIDE_PX, LONG_SIDE_PX * 3 // 4)
