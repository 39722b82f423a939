"""Sizes for scaling, free of Pillow so that the kiosk can start without importing it."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Box:
    """The area an image is drawn into; 0 means no limit on that side."""

    width: int
    height: int


def cover_size(size: tuple[int, int], box: Box) -> tuple[int, int]:
    """The size that just covers `box` with the aspect of `size`, never larger than `size`."""
    width, height = size
    scales = [limit / side for limit, side in ((box.width, width), (box.height, height)) if limit]
    scale = min(1.0, max(scales)) if scales else 1.0
    return max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))
