"""The QR cards of a detail view."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Property, QObject, Qt, Signal
from PySide6.QtQml import QmlElement

from kiosk.content.display import breakable_at_slashes
from kiosk.content.rows import LinkRow
from kiosk.models.row_model import RowListModel
from kiosk.models.sources import qr_source
from kiosk.platform.qml import uncreatable
from kiosk.qr.code import module_count

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


class LinkRole(IntEnum):
    label = Qt.ItemDataRole.UserRole + 1
    url = Qt.ItemDataRole.UserRole + 2
    shortAddress = Qt.ItemDataRole.UserRole + 3
    qrSource = Qt.ItemDataRole.UserRole + 4
    qrModules = Qt.ItemDataRole.UserRole + 5


@QmlElement
@uncreatable("The detail view model owns its links.")
class LinkListModel(RowListModel[LinkRow]):
    largestQrModulesChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            LinkRole,
            {
                LinkRole.label: lambda row: row.label,
                LinkRole.url: lambda row: row.url,
                LinkRole.shortAddress: lambda row: breakable_at_slashes(row.short_address),
                LinkRole.qrSource: lambda row: qr_source(row.url),
                LinkRole.qrModules: lambda row: module_count(row.url),
            },
            parent,
        )
        self.modelReset.connect(self.largestQrModulesChanged)

    def _largest_qr_modules(self) -> int:
        return max((module_count(row.url) for row in self.rows), default=0)

    # For laying the cards out before any of them exists.
    largestQrModules = Property(int, _largest_qr_modules, notify=largestQrModulesChanged)
