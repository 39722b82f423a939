"""Bringing a photo into the content: upright, at most 2560 px on its long side, with nothing
of its metadata left (phone photos carry where they were taken), saved under a safe name made
from the category's id in resources/images/.

A photo becomes a JPEG; a drawing (a PNG or GIF of few colours) or an image with
transparency stays a PNG, where JPEG would blur its edges or lose the transparency."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.images.inspect import MAX_PIXELS
from kiosk.shared.atomic import atomic_write
from kiosk.shared.paths import CONTENT_IMAGES
from kiosk.shared.wording import QT_TRANSLATE_NOOP, render

LONG_SIDE_PX = 2560
JPEG_QUALITY = 88
# A drawing has few colours; a photo, even a small one, has thousands.
DRAWING_MAX_COLOURS = 256
HEIC_SUFFIXES = (".heic", ".heif")
# Phones take 48 and even 200 megapixel JPEGs. A JPEG is decoded straight at an eighth of
# its size (draft mode), so even those take little memory; other formats are decoded whole.
JPEG_IMPORT_MAX_PIXELS = 210_000_000
# Pillow's own guard refuses anything over twice its limit before our check can answer; the
# limits here, and the kiosk's own before it decodes (kiosk.images.scaling), are the guard.
Image.MAX_IMAGE_PIXELS = max(Image.MAX_IMAGE_PIXELS or 0, JPEG_IMPORT_MAX_PIXELS // 2)


class PhotoImportError(ValueError):
    """The file cannot become a content photo: a message template and its values, which
    say why in the staff's language (kiosk.content.problems)."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(render(template, values))


@dataclass(frozen=True, slots=True)
class ImportedPhoto:
    path: Path  # where it was written
    relative: str  # as content.json names it: resources/images/<name>
    width: int
    height: int


def import_photo(source: Path, content_folder: Path, category_id: str) -> ImportedPhoto:
    """Write `source` into `content_folder`/resources/images/ as a new file named after
    `category_id`, never over an existing one."""
    if source.suffix.lower() in HEIC_SUFFIXES:
        raise PhotoImportError(
            QT_TRANSLATE_NOOP(
                "Content",
                "{file} is a HEIC photo, which the kiosk cannot read; save it as JPEG first "
                "(on an iPhone: Settings → Camera → Formats → Most Compatible)",
            ),
            file=source.name,
        )
    image, keep_png = _upright_and_small(source)
    folder = content_folder / CONTENT_IMAGES
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, category_id, ".png" if keep_png else ".jpg")
    _write(image, keep_png, target)
    return ImportedPhoto(target, f"{CONTENT_IMAGES.as_posix()}/{target.name}", *image.size)


def _upright_and_small(source: Path) -> tuple[Image.Image, bool]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(source) as opened:
                if opened.width * opened.height > _import_limit(opened):
                    raise PhotoImportError(
                        QT_TRANSLATE_NOOP(
                            "Content",
                            "{file} is {width} × {height} pixels, more than any camera makes; "
                            "is it the right file?",
                        ),
                        file=source.name,
                        width=opened.width,
                        height=opened.height,
                    )
                drawing = opened.format in ("PNG", "GIF") and _few_colours(opened)
                transparent = _has_alpha(opened)
                opened.draft("RGB", (LONG_SIDE_PX, LONG_SIDE_PX))
                upright = ImageOps.exif_transpose(opened)
                upright.load()
    except (OSError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError) as error:
        raise PhotoImportError(
            QT_TRANSLATE_NOOP(
                "Content", "{file} is not a photo the kiosk can read (JPEG, PNG or WebP)"
            ),
            file=source.name,
        ) from error
    keep_png = drawing or transparent
    upright = upright.convert("RGBA" if transparent else "RGB")
    upright.thumbnail((LONG_SIDE_PX, LONG_SIDE_PX), Image.Resampling.LANCZOS)
    return upright, keep_png


def _import_limit(image: Image.Image) -> int:
    return JPEG_IMPORT_MAX_PIXELS if image.format == "JPEG" else MAX_PIXELS


def _write(image: Image.Image, keep_png: bool, target: Path) -> None:
    """Only the pixels are written: no EXIF (GPS, camera, date), no XMP, no comments.
    Pillow encodes straight into the file, letting the editor's window redraw meanwhile
    (into memory it would hold Python's lock for the whole encoding)."""
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    if keep_png:
        atomic_write(target, lambda handle: clean.save(handle, "PNG", optimize=True))
    else:
        atomic_write(
            target,
            lambda handle: clean.save(
                handle, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True
            ),
        )


def _few_colours(image: Image.Image) -> bool:
    sample = image.convert("RGBA")
    sample.thumbnail((256, 256))
    return sample.getcolors(DRAWING_MAX_COLOURS) is not None


def _has_alpha(image: Image.Image) -> bool:
    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
        return False
    # The alpha channel's extrema: (lowest, highest); any pixel below 255 shows through.
    lowest = image.convert("RGBA").getchannel("A").getextrema()[0]
    return isinstance(lowest, int) and lowest < 255


def _free_name(folder: Path, category_id: str, suffix: str) -> Path:
    """`<id>.jpg`, else `<id>-2.jpg`, `<id>-3.jpg` …: the id is already safe ASCII (a–z,
    digits, hyphens), and no existing photo is ever replaced."""
    taken = {path.name.casefold() for path in folder.iterdir()}
    number = 1
    while True:
        name = f"{category_id}{suffix}" if number == 1 else f"{category_id}-{number}{suffix}"
        if name.casefold() not in taken:
            return folder / name
        number += 1
