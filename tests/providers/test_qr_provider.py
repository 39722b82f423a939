"""image://qr: the link's code at whole pixels per module, never larger than asked."""

from __future__ import annotations

from urllib.parse import quote

import zxingcpp
from PySide6.QtCore import QSize

from kiosk.providers.qimage import to_pil
from kiosk.providers.qr import QrProvider
from kiosk.qr.code import module_count

URL = "https://www.trimma.fi"


def test_qr_image_has_whole_pixel_modules_and_decodes(qapp: object) -> None:
    modules = module_count(URL)
    image = QrProvider().requestImage(quote(URL, safe=""), QSize(), QSize(modules * 7, modules * 7))
    assert image.width() == image.height() == modules * 7
    assert [code.text for code in zxingcpp.read_barcodes(to_pil(image))] == [URL]
