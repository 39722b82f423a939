"""Decode photos at the size they are shown, upright, with a good downscaling filter."""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image, ImageOps

from kiosk.images.geometry import Box, cover_size
from kiosk.images.inspect import MAX_PIXELS
from kiosk.images.orientation import upright_size

# EXIF orientations 5-8 rotate by 90 degrees: width and height swap once applied.


class UnusableImageError(ValueError):
    """The file cannot be shown: missing, damaged, unsupported or far too large."""


def scale_to_cover(path: Path, box: Box) -> Image.Image:
    """The image, upright, scaled down so that it just covers `box` (the view crops the rest).

    Never scaled up: a small photo stays small rather than getting blurry and heavy.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                return _decode_scaled(image, box)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise UnusableImageError(f"{path.name}: {error}") from error


def _decode_scaled(image: Image.Image, box: Box) -> Image.Image:
    if image.width * image.height > MAX_PIXELS:
        raise UnusableImageError(f"{image.width}x{image.height} is over the pixel limit")
    upright = upright_size(image)
    target = cover_size(upright, box)
    # JPEG draft decodes straight at 1/2, 1/4 or 1/8 scale: far less work and memory.
    draft_target = target if upright == image.size else (target[1], target[0])
    image.draft("RGB", draft_target)
    decoded = ImageOps.exif_transpose(image)
    decoded = _on_paper(decoded) if _has_alpha(decoded) else decoded.convert("RGB")
    if decoded.size != target:
        decoded = decoded.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    return decoded


# What a transparent part of an image shows: white, the paper drawings and logos are made for.
# Left transparent, it took the colour of what was behind it: a notch in the photo, and a
# logo's dark lettering lost on the black of high contrast.
PAPER = (255, 255, 255)


def _on_paper(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, PAPER)
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
