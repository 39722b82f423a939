"""A photo's size as it is shown: phones store many photos on their side, with an EXIF tag
that says how to turn them."""

from __future__ import annotations

from PIL import Image

_TRANSPOSED_ORIENTATIONS = frozenset({5, 6, 7, 8})
_EXIF_ORIENTATION_TAG = 0x0112


def upright_size(image: Image.Image) -> tuple[int, int]:
    orientation = image.getexif().get(_EXIF_ORIENTATION_TAG, 1)
    if orientation in _TRANSPOSED_ORIENTATIONS:
        return image.height, image.width
    return image.width, image.height
