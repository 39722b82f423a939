"""A running kiosk UI, offscreen and software-rendered, over small or default content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content.loader import Content, load_content
from kiosk.images.cache import ScaledImageCache
from kiosk.platform.kiosk_ui import KioskUi
from kiosk.platform.qt_messages import collected_qt_warnings
from kiosk.shared.paths import default_content_path
from kiosk.staff.records import StaffRecords
from kiosk.startup.app import build_ui, create_application
from kiosk.tools.snapshot import wait_until_ready
from kiosk.viewmodels.host import KioskParts
from kiosk.viewmodels.idle import Clock
from tests.ui.helpers import dispose

SIZES = [(1920, 1080), (3840, 2160), (1080, 1920), (1280, 1024), (1024, 768)]
SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]

UiFactory = Callable[..., KioskUi]


@pytest.fixture(scope="session")
def kiosk_app(qapp: QApplication) -> QApplication:
    create_application(software_rendering=True)
    return qapp


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    with collected_qt_warnings() as warnings:
        yield warnings


@pytest.fixture
def make_ui(kiosk_app: QApplication, tmp_path: Path) -> Iterator[UiFactory]:
    made: list[KioskUi] = []

    def make(
        content: Content | None = None,
        size: tuple[int, int] = (1920, 1080),
        language: str = "",
        clock: Clock | None = None,
        parts: KioskParts | None = None,
        staff: StaffRecords | None = None,
    ) -> KioskUi:
        """A kiosk UI on screen; with `clock`, idle time is the test's to move on."""
        if content is None:
            result = load_content(default_content_path())
            assert result.content is not None, [p.describe("content") for p in result.problems]
            content = result.content
        cache = ScaledImageCache(tmp_path / "cache")
        ui = build_ui(content, language, cache=cache, clock=clock, staff=staff, parts=parts)
        assert ui is not None, "Main.qml did not load"
        made.append(ui)
        ui.window.resize(*size)
        ui.window.show()
        wait_until_ready(ui)
        return ui

    yield make
    for ui in made:
        dispose(ui)
