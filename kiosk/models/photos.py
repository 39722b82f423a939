"""The photos of a detail view's gallery."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtQml import QmlElement

from kiosk.content.rows import PhotoRow
from kiosk.models.row_model import RowListModel
from kiosk.models.sources import photo_source
from kiosk.platform.qml import uncreatable

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1


class PhotoRole(IntEnum):
    source = Qt.ItemDataRole.UserRole + 1
    credit = Qt.ItemDataRole.UserRole + 2
    alt = Qt.ItemDataRole.UserRole + 3
    focalPoint = Qt.ItemDataRole.UserRole + 4


@QmlElement
@uncreatable("The detail view model owns its photos.")
class PhotoListModel(RowListModel[PhotoRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            PhotoRole,
            {
                PhotoRole.source: lambda row: photo_source(row.file, row.version),
                PhotoRole.credit: lambda row: row.credit,
                PhotoRole.alt: lambda row: row.alt,
                PhotoRole.focalPoint: lambda row: QPointF(*row.focus),
            },
            parent,
        )
