"""QR codes: error correction M, a four-module quiet zone, whole pixels per module."""

from __future__ import annotations

import pytest
import zxingcpp

from kiosk.qr.code import QUIET_ZONE_MODULES, module_count, qr_image

URL = "https://www.kierratyskeskus.fi"


def test_module_count_includes_the_quiet_zone() -> None:
    # Version 3 (29 modules) is the smallest that holds this address at level M.
    assert module_count(URL) == 29 + 2 * QUIET_ZONE_MODULES


@pytest.mark.parametrize("side", [37, 250, 300, 1000])
def test_image_uses_whole_pixels_per_module_and_fits_the_side(side: int) -> None:
    image = qr_image(URL, side)
    modules = module_count(URL)
    assert image.width == image.height
    assert image.width % modules == 0
    assert image.width <= max(side, modules)


def test_image_is_dark_on_light_with_a_light_quiet_zone() -> None:
    image = qr_image(URL, 300)
    module_px = image.width // module_count(URL)
    assert image.getpixel((0, 0)) == 255
    first_dark = QUIET_ZONE_MODULES * module_px
    assert image.getpixel((first_dark, first_dark)) == 0


@pytest.mark.parametrize("url", [URL, "https://trimma.fi", "https://www.live.fi/?q=ä ö"])
def test_image_decodes_to_exactly_the_url(url: str) -> None:
    decoded = [code.text for code in zxingcpp.read_barcodes(qr_image(url, 300))]
    assert decoded == [url]


def test_error_correction_is_m_even_when_a_higher_level_would_fit() -> None:
    codes = zxingcpp.read_barcodes(qr_image("https://trimma.fi", 300))
    assert codes[0].ec_level == "M"
