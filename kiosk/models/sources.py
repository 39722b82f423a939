"""Image URLs that QML hands to our image providers."""

from __future__ import annotations

from urllib.parse import quote

PHOTO_PROVIDER = "photo"
QR_PROVIDER = "qr"
ICON_PROVIDER = "icon"


def photo_source(file: str, version: str = "") -> str:
    query = f"?v={quote(version)}" if version else ""
    return f"image://{PHOTO_PROVIDER}/{quote(file)}{query}"


def qr_source(url: str) -> str:
    return f"image://{QR_PROVIDER}/{quote(url, safe='')}"
