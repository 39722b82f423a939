"""image://qr/<url>: a link's QR code, whole pixels per module."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from kiosk.providers.qimage import to_qimage
from kiosk.qr.code import qr_image
from kiosk.shared.compat import override

_DEFAULT_SIDE = 300


class QrProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)

    @override
    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:  # noqa: A002
        side = max(requestedSize.width(), requestedSize.height())
        return to_qimage(qr_image(unquote(id), side if side > 0 else _DEFAULT_SIDE))
