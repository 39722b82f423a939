"""Controls on their own: each made from the Kiosk module with nothing but the view model it
is given, in a window of its own, and tapped. No KioskViewModel singleton exists here, so a
control that reached for it instead of its own view model would fail to load."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSizeF
from PySide6.QtQml import QQmlComponent, QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtWidgets import QApplication

from kiosk.models.languages import LanguageListModel, language_rows
from kiosk.models.sources import ICON_PROVIDER
from kiosk.platform.quick_items import visible_items
from kiosk.providers.icon import IconProvider
from kiosk.shared.paths import qml_import_path
from kiosk.staff.machine import MachineSettings, machine_file
from kiosk.staff.pin import LockoutRecord, hash_pin
from kiosk.staff.records import StaffRecords
from kiosk.viewmodels.access import AccessViewModel
from kiosk.viewmodels.idle import IdleViewModel
from kiosk.viewmodels.speech import SpeechViewModel
from kiosk.viewmodels.staff import StaffViewModel
from tests.qt_input import mouse_click
from tests.ui.helpers import centre
from tests.ui.test_idle import FakeClock

SIZE = (1024, 768)


class Shown:
    def __init__(self, engine: QQmlEngine, name: str, properties: dict[str, Any]) -> None:
        self.component = QQmlComponent(engine, "Kiosk", name)
        made = self.component.createWithInitialProperties(properties)
        assert isinstance(made, QQuickItem), self.component.errorString()
        self.item = made
        self.window = QQuickWindow()
        self.window.resize(*SIZE)
        made.setParentItem(self.window.contentItem())
        made.setSize(QSizeF(*SIZE))
        self.window.show()
        QCoreApplication.processEvents()

    def find(self, name: str) -> QQuickItem:
        found = [i for i in visible_items(self.window.contentItem()) if i.objectName() == name]
        assert found, f"no visible item named {name!r}"
        return found[0]

    def tap(self, name: str) -> None:
        mouse_click(self.window, centre(self.find(name)))
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def close(self) -> None:
        self.item.deleteLater()
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def engine(kiosk_app: QApplication, qt_warnings: list[str]) -> Iterator[QQmlEngine]:
    engine = QQmlEngine()
    engine.addImportPath(str(qml_import_path()))
    engine.addImageProvider(ICON_PROVIDER, IconProvider())
    yield engine
    assert qt_warnings == []
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_pin_pad_types_into_the_staff_view_model_it_is_given(
    engine: QQmlEngine, tmp_path: Path
) -> None:
    machine = MachineSettings(machine_file(tmp_path / "config"))
    machine.set_pin_hash(hash_pin("246813"))
    staff = StaffViewModel(FakeClock(), StaffRecords(machine, LockoutRecord(tmp_path / "lock")))
    staff.open()
    pad = Shown(engine, "PinPad", {"viewModel": staff})
    for digit in "24681":
        pad.tap(f"pinDigit-{digit}")
    assert staff.property("enteredLength") == 5
    pad.tap("pinDigit-3")
    pad.tap("pinOk")
    assert staff.property("panelOpen")
    pad.close()


def test_the_visitor_bar_drives_the_view_models_it_is_given(
    engine: QQmlEngine,
) -> None:
    languages = LanguageListModel()
    languages.set_rows(language_rows(("fi", "sv"), "fi"))
    access = AccessViewModel()
    speech = SpeechViewModel(IdleViewModel(FakeClock()))
    bar = Shown(engine, "VisitorBar", {"languages": languages, "access": access, "speech": speech})
    chosen: list[str] = []
    bar.item.languageChosen.connect(chosen.append)  # type: ignore[attr-defined]
    bar.tap("language-sv")
    bar.tap("largeTextButton")
    bar.tap("contrastButton")
    assert chosen == ["sv"]
    assert access.property("largeText") and access.property("highContrast")
    assert bar.find("largeTextButton").property("checked")
    bar.close()
