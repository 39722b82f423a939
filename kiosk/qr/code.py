"""QR codes drawn crisply: whole pixels per module, dark on light, with the standard quiet zone."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import segno
    from PIL import Image

QUIET_ZONE_MODULES = 4
DARK = 0
LIGHT = 255


@lru_cache(maxsize=256)
def _symbol(url: str) -> segno.QRCode:
    # Imported here, not at the top: segno and Pillow are needed only once a category opens,
    # and the kiosk's first frame should not wait for them.
    import segno

    # Error correction M exactly: boosting it would make denser codes for long addresses.
    return segno.make_qr(url, error="m", boost_error=False)


def module_count(url: str) -> int:
    """Modules across the whole code, quiet zone included."""
    width, _height = _symbol(url).symbol_size(border=QUIET_ZONE_MODULES)
    return int(width)


def qr_image(url: str, max_side_px: int) -> Image.Image:
    """The code as a greyscale image no larger than `max_side_px`, each module a whole number
    of pixels (at least one), so that it never needs smoothing when drawn."""
    from PIL import Image

    modules = module_count(url)
    module_px = max(1, max_side_px // modules)
    rows = _symbol(url).matrix_iter(scale=1, border=QUIET_ZONE_MODULES)
    data = bytes(DARK if dark else LIGHT for row in rows for dark in row)
    image = Image.frombytes("L", (modules, modules), data)
    return image.resize((modules * module_px,) * 2, Image.Resampling.NEAREST)
