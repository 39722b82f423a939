"""`kiosk run` on an X server, as an operator runs it: Qt's xcb platform, Mesa's OpenGL and
the threaded render loop, which offscreen tests never run."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.shared.paths import default_content_path
from tests.display.conftest import X11_SIZE
from tests.display.layout import HomeLayout, home_layout
from tests.display.running import (
    STARTED,
    RunningKiosk,
    base_environment,
    kiosk_executable,
    wait_for,
)
from tests.display.screens import distinct_colours, offscreen_references, same_screen

pytestmark = pytest.mark.display

RELOADED = "Showing the changed content"
REFUSED = "The changed content has errors; still showing the last good content"


def copy_of_default_content(folder: Path) -> Path:
    source = default_content_path().parent
    folder.mkdir(parents=True)
    shutil.copy2(source / "content.json", folder / "content.json")
    shutil.copytree(source / "resources", folder / "resources")
    return folder / "content.json"


class X11Kiosk:
    def __init__(self, display: str, content: Path, folder: Path) -> None:
        self.display = display
        self.folder = folder
        self.home = folder / "home"
        environment = {
            **base_environment(self.home),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
        }
        command = [
            str(kiosk_executable()),
            "run",
            "--content",
            str(content),
            "--log-file",
            str(folder / "kiosk.log"),
        ]
        self.running = RunningKiosk.start(command, environment, folder)
        self._shots = 0

    def screenshot(self) -> Path:
        self._shots += 1
        path = self.folder / f"screen-{self._shots}.png"
        subprocess.run(
            ["import", "-display", self.display, "-window", "root", str(path)],
            check=True,
            capture_output=True,
            timeout=30,
        )
        return path

    def tap(self, point: tuple[int, int]) -> None:
        x, y = point
        subprocess.run(
            ["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"],
            env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"},
            check=True,
            timeout=30,
        )

    def wait_for_screen(self, expected: Path, what: str) -> Path:
        shots: list[Path] = []

        def shown() -> bool:
            shots.append(self.screenshot())
            return same_screen(shots[-1], expected)

        wait_for(shown, 20, f"the screen to show {what} (last: {shots[-1] if shots else None})")
        return shots[-1]

    def statistics(self) -> str:
        folder = self.home / "data" / "tietopiste" / "statistics"
        result = subprocess.run(
            [str(kiosk_executable()), "stats", "--folder", str(folder)],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return result.stdout


@pytest.fixture
def default_content(tmp_path: Path) -> Path:
    return copy_of_default_content(tmp_path / "content")


@pytest.fixture
def layout(offscreen_app: QApplication, default_content: Path, tmp_path: Path) -> HomeLayout:
    return home_layout(default_content, X11_SIZE, tmp_path / "layout-cache")


@pytest.fixture
def kiosk(xvfb: str, default_content: Path, tmp_path: Path) -> Iterator[X11Kiosk]:
    started = X11Kiosk(xvfb, default_content, tmp_path / "run")
    try:
        yield started
    finally:
        started.running.kill()


def test_one_visit_on_x11_is_shown_counted_once_and_stopped_cleanly(
    kiosk: X11Kiosk, default_content: Path, layout: HomeLayout, tmp_path: Path
) -> None:
    category = f"category-{layout.first_category}"
    references = offscreen_references(
        default_content, X11_SIZE, ["home", category], tmp_path / "offscreen"
    )
    kiosk.running.wait_until_up()
    home = kiosk.wait_for_screen(references["home"], "the home screen")
    assert layout.photos, "no tile photo wholly on screen"
    for box in layout.photos:
        assert distinct_colours(home, box) > 100, f"the tile photo at {box} is empty"

    kiosk.tap(layout.first_tile)
    kiosk.wait_for_screen(references[category], f"the category {layout.first_category}")
    kiosk.tap(layout.back_button)
    kiosk.wait_for_screen(references["home"], "the home screen after Back")

    assert kiosk.running.stop() < 5
    assert kiosk.running.process.returncode == 0
    statistics = kiosk.statistics()
    assert re.search(r"^Visits: 1 ", statistics, re.MULTILINE), statistics
    opened = re.findall(rf"^\s+(\d+)\s+.*\({layout.first_category}\)$", statistics, re.MULTILINE)
    assert opened[:1] == ["1"], statistics
    assert kiosk.running.count(STARTED) == 1, kiosk.running.log()
    assert kiosk.running.qt_warnings() == []
    assert "Warning" not in kiosk.running.output(), kiosk.running.output()


def test_a_hot_reload_on_x11_shows_good_content_and_refuses_broken_content(
    kiosk: X11Kiosk, default_content: Path, offscreen_app: QApplication, tmp_path: Path
) -> None:
    original = default_content.read_text("utf-8")
    changed = original.replace("Välityömarkkinoiden toimintamallit", "Välityömarkkinat tänään")
    assert changed != original
    changed_copy = copy_of_default_content(tmp_path / "changed")
    changed_copy.write_text(changed, "utf-8")
    references = {
        "before": offscreen_references(default_content, X11_SIZE, ["home"], tmp_path / "a"),
        "after": offscreen_references(changed_copy, X11_SIZE, ["home"], tmp_path / "b"),
    }
    kiosk.running.wait_until_up()
    kiosk.wait_for_screen(references["before"]["home"], "the home screen")

    default_content.write_text(changed, "utf-8")
    kiosk.running.wait_for_log(RELOADED)
    kiosk.wait_for_screen(references["after"]["home"], "the changed title")

    default_content.write_text(changed.replace('"categories"', '"categories" ,,'), "utf-8")
    kiosk.running.wait_for_log(REFUSED)
    shown = kiosk.screenshot()
    assert same_screen(shown, references["after"]["home"]), "the last good content went away"

    default_content.write_text(original, "utf-8")
    kiosk.running.wait_for_log(RELOADED, times=2)
    kiosk.wait_for_screen(references["before"]["home"], "the content put back")
    # Each change was logged once, however many times the folder was looked at meanwhile.
    assert kiosk.running.count(RELOADED) == 2
    assert kiosk.running.count(REFUSED) == 1
    assert kiosk.running.count("not valid JSON") == 1, kiosk.running.log()
    assert kiosk.running.stop() < 5
    assert kiosk.running.qt_warnings() == []


def test_a_hidden_kiosk_window_comes_back_full_screen(
    kiosk: X11Kiosk, default_content: Path, tmp_path: Path
) -> None:
    """What "show desktop", minimizing or a desktop switch do to it under a window manager:
    the window is unmapped. The kiosk shows itself again."""
    home = offscreen_references(default_content, X11_SIZE, ["home"], tmp_path / "offscreen")
    kiosk.running.wait_until_up()
    kiosk.wait_for_screen(home["home"], "the home screen")
    environment = {"DISPLAY": kiosk.display, "PATH": "/usr/bin:/bin"}
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(kiosk.running.process.pid)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    window = found.stdout.split()[0]
    subprocess.run(
        ["xdotool", "windowunmap", "--sync", window], env=environment, check=True, timeout=30
    )
    kiosk.wait_for_screen(home["home"], "the kiosk back on screen")
    assert kiosk.running.count("showing it full screen again") == 1
    assert kiosk.running.stop() < 5
    assert kiosk.running.qt_warnings() == []
