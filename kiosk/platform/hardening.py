"""What keeps content from taking the kiosk anywhere: no request ever leaves the machine,
and no link opens a browser, mail program or dialler."""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlEngine, QQmlNetworkAccessManagerFactory

from kiosk.shared.compat import override

log = logging.getLogger(__name__)

# Schemes that never leave the machine. Photos and QR codes come from image providers
# (image://), which do not use the network access manager at all.
LOCAL_SCHEMES = frozenset({"file", "qrc", "data"})
# What QDesktopServices.openUrl would hand to a browser, mail program or dialler.
BROWSER_SCHEMES = ("http", "https", "ftp", "mailto", "tel", "sms", "file")


class OfflineNetworkAccessManager(QNetworkAccessManager):
    """Answers every request for a non-local URL with an error, without sending anything."""

    @override
    def createRequest(
        self,
        op: QNetworkAccessManager.Operation,
        request: QNetworkRequest,
        outgoingData: QIODevice | None = None,  # noqa: N803 - Qt's name
    ) -> QNetworkReply:
        url = request.url()
        if url.scheme().lower() not in LOCAL_SCHEMES:
            log.warning("Refused a network request for %s: the kiosk works offline", url.toString())
            refused = QNetworkRequest(request)
            # A scheme no protocol handler knows: Qt fails the reply at once, offline.
            refused.setUrl(QUrl("refused:"))
            return super().createRequest(op, refused, outgoingData)
        return super().createRequest(op, request, outgoingData)


class OfflineNetworkFactory(QQmlNetworkAccessManagerFactory):
    @override
    def create(self, parent: QObject) -> QNetworkAccessManager:
        return OfflineNetworkAccessManager(parent)


def harden_engine(engine: QQmlEngine, factory: OfflineNetworkFactory) -> None:
    """`factory` must outlive the engine: the engine does not take ownership of it."""
    engine.setNetworkAccessManagerFactory(factory)


class LinkGuard(QObject):
    """Registered as the handler for web, mail and phone links, so nothing ever opens them."""

    @Slot(QUrl)
    def refuse(self, url: QUrl) -> None:
        log.warning("Refused to open %s: the kiosk has no browser", url.toString())


_guard = LinkGuard()


def guard_links() -> None:
    for scheme in BROWSER_SCHEMES:
        # The method goes by name as str: PySide 6.11 refuses bytes here, whatever its
        # signature says.
        QDesktopServices.setUrlHandler(scheme, _guard, "refuse")  # type: ignore[arg-type]
