"""The running UI as one value: what start-up builds and the services, tests, snapshots and
the self-test drive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.platform.hardening import OfflineNetworkFactory
    from kiosk.platform.i18n import UiTranslations
    from kiosk.providers.photo import PhotoProvider
    from kiosk.viewmodels.host import KioskParts
    from kiosk.viewmodels.idle import InputWatcher
    from kiosk.viewmodels.kiosk import KioskViewModel


@dataclass(frozen=True, slots=True)
class KioskUi:
    engine: QQmlApplicationEngine
    view_model: KioskViewModel
    window: QQuickWindow
    photos: PhotoProvider
    network: OfflineNetworkFactory
    watcher: InputWatcher
    translations: UiTranslations
    parts: KioskParts
