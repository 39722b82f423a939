"""Check that an image file is one the kiosk can show, without risking its memory."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from kiosk.images.orientation import upright_size

SUPPORTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP"})
# 40 megapixels decode to 160 MB of RGBA: generous for any camera, fatal in the hundreds.
MAX_PIXELS = 40_000_000


# Where the orientation is read with the header; a PNG's would need the whole file decoded.
EXIF_IN_HEADER = frozenset({"JPEG", "MPO", "WEBP"})


@dataclass(frozen=True, slots=True)
class ImageInfo:
    width: int  # as shown: turned upright as its EXIF orientation says
    height: int
    format: str


@dataclass(frozen=True, slots=True)
class ImageFault:
    message: str


def inspect_image(path: Path, *, decode: bool = True) -> ImageInfo | ImageFault:
    """Read the header and refuse huge images before decoding anything; then, with `decode`,
    decode cheaply to prove the file is whole. Without it this costs well under a
    millisecond, which matters when the kiosk starts with hundreds of camera photos."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                info = ImageInfo(image.width, image.height, image.format or "unknown")
                fault = _header_fault(info)
                if fault is None and info.format in EXIF_IN_HEADER:
                    info = ImageInfo(*upright_size(image), info.format)
                if fault is not None or not decode:
                    return fault or info
                # Draft mode lets JPEG decode at 1/8 scale: the whole stream is still read,
                # so truncation and corruption show, at a fraction of the memory.
                image.draft("RGB", (max(1, info.width // 8), max(1, info.height // 8)))
                image.load()
    except Image.DecompressionBombError:
        return ImageFault(f"the image is far too large to show (over {_megapixels(MAX_PIXELS)})")
    except UnidentifiedImageError:
        return ImageFault("not an image file the kiosk can read; use JPEG, PNG or WebP")
    except PermissionError:
        return ImageFault(
            "the kiosk may not read this file (permission denied); let its user read it"
        )
    except (OSError, SyntaxError, ValueError):
        return ImageFault("the image file is damaged or incomplete; copy or save it again")
    return info


def _header_fault(info: ImageInfo) -> ImageFault | None:
    if info.format not in SUPPORTED_FORMATS:
        return ImageFault(f"{info.format} images are not supported; use JPEG, PNG or WebP")
    pixels = info.width * info.height
    if pixels > MAX_PIXELS:
        return ImageFault(
            f"the image is {info.width} × {info.height} pixels ({_megapixels(pixels)}); "
            f"the kiosk accepts at most {_megapixels(MAX_PIXELS)}: scale it to about "
            f"2000 pixels wide"
        )
    return None


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.0f} megapixels"
