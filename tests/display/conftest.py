"""Display servers for the display tests, started and stopped by the tests themselves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.startup.app import create_application
from tests.display.running import start_xvfb
from tests.system_packages import missing, require_library, require_program

X11_SIZE = (1920, 1080)

# What Qt's xcb platform and Qt Quick's OpenGL load from the system, by Debian package.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
}


def require_mesa() -> None:
    if not list(Path("/usr/lib").glob("*/dri/swrast_dri.so")):
        missing("libgl1-mesa-dri", "Mesa's software OpenGL, llvmpipe")


@pytest.fixture(scope="session")
def offscreen_app(qapp: QApplication) -> QApplication:
    """For laying the UI out offscreen in this process, to know where to tap."""
    create_application(software_rendering=True)
    return qapp


@pytest.fixture(scope="module")
def xvfb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An X server with Mesa's OpenGL; its DISPLAY."""
    xvfb = require_program("Xvfb", "xvfb")
    require_program("xdotool", "xdotool")
    require_program("import", "imagemagick")
    for library, package in XCB_LIBRARIES.items():
        require_library(library, package)
    require_mesa()
    log = (tmp_path_factory.mktemp("xvfb") / "xvfb.log").open("wb")
    server, display = start_xvfb(X11_SIZE, log, xvfb)
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
