"""The built app under cage, started by build_spec/linux/tietopiste-cage.sh exactly as
tietopiste.service starts it: as an unprivileged user, with the service's environment."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk.shared.paths import default_content_path
from tests.display.running import STARTED, RunningKiosk, wait_for
from tests.display.screens import distinct_colours, offscreen_references, same_screen
from tests.system_packages import require_library, require_program

pytestmark = [pytest.mark.display, pytest.mark.slow]

LAUNCHER = Path(__file__).resolve().parents[2] / "build_spec" / "linux" / "tietopiste-cage.sh"
# wlroots' headless output, and the output of its X11 backend (a window on the X server).
HEADLESS_SIZE = (1280, 720)
NESTED_SIZE = (1024, 768)


def _require_cage() -> None:
    require_program("cage", "cage")
    require_program("grim", "grim")
    require_program("Xwayland", "xwayland")  # cage 0.1.4 does not start without it
    require_library("libwayland-cursor.so.0", "libwayland-cursor0")
    require_library("libwayland-egl.so.1", "libwayland-egl1")


class CagedKiosk:
    """A kiosk PC in a folder: the app in opt/, the content in srv/, the kiosk user's home."""

    def __init__(self, app: Path, folder: Path, backend: dict[str, str], shots: Path) -> None:
        self.folder = folder
        self.shots = shots
        self.app = folder / "opt"
        shutil.copytree(app, self.app, symlinks=True)
        content = default_content_path().parent
        self.srv = folder / "srv"
        self.srv.mkdir()
        shutil.copy2(content / "content.json", self.srv / "content.json")
        shutil.copytree(content / "resources", self.srv / "resources")
        self.home = folder / "home"
        self.runtime = folder / "run"
        for made in (self.home, self.runtime):
            made.mkdir(mode=0o700)
        self.user = _unprivileged_user()
        if os.geteuid() == 0:
            for owned in (self.srv, self.home, self.runtime):
                _chown_tree(owned, self.user)
        self.log_file = self.home / "kiosk.log"
        environment = {
            # What tietopiste.service sets, and what its login session gives.
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_SESSION_TYPE": "wayland",
            "QT_QPA_PLATFORM": "wayland",
            "TIETOPISTE_HOME": str(self.app),
            "TIETOPISTE_CAGE_OPTIONS": "-d",
            # No screen, GPU or input devices here: wlroots draws with pixman.
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
            **backend,
        }
        command = [
            "/bin/sh",
            str(LAUNCHER),
            "--content",
            str(self.srv / "content.json"),
            "--log-file",
            str(self.log_file),
        ]
        if os.geteuid() == 0:
            # cage refuses to run as root, and the service runs it as the user "kiosk".
            command = [
                "setpriv",
                f"--reuid={self.user.pw_uid}",
                f"--regid={self.user.pw_gid}",
                "--clear-groups",
                "--",
                *command,
            ]
        self.running = RunningKiosk.start(command, environment, folder / "launcher")
        self.running.log_file = self.log_file

    def kiosk_pid(self) -> int:
        """The kiosk itself, inside cage inside the launcher."""
        executable = str(self.app / "kiosk")
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if str((entry / "exe").readlink()) == executable:
                        return int(entry.name)
                except OSError:
                    continue
        raise AssertionError("no kiosk process")

    def screenshot(self) -> Path:
        sockets = sorted(self.runtime.glob("wayland-*[0-9]"))
        assert sockets, "cage made no Wayland socket"
        self.shots.mkdir(exist_ok=True)
        path = self.shots / f"screen-{len(list(self.shots.iterdir())) + 1}.png"
        subprocess.run(
            ["grim", str(path)],
            check=True,
            capture_output=True,
            timeout=30,
            env={
                "XDG_RUNTIME_DIR": str(self.runtime),
                "WAYLAND_DISPLAY": sockets[0].name,
                "PATH": "/usr/bin:/bin",
            },
        )
        return path


def _unprivileged_user() -> pwd.struct_passwd:
    return pwd.getpwuid(os.geteuid()) if os.geteuid() != 0 else pwd.getpwnam("nobody")


def _chown_tree(folder: Path, user: pwd.struct_passwd) -> None:
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, user.pw_uid, user.pw_gid, follow_symlinks=False)


@pytest.fixture
def kiosk_pc() -> Iterator[Path]:
    """A folder the kiosk user can reach (pytest's own are private to the user running it)."""
    folder = Path(tempfile.mkdtemp(prefix="tietopiste-cage-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _stop_and_check(kiosk: CagedKiosk) -> None:
    assert kiosk.running.stop(pid=kiosk.kiosk_pid()) < 5
    assert kiosk.running.process.returncode == 0, kiosk.running.output()
    assert "the kiosk exited with 0" in kiosk.running.output()
    assert kiosk.running.count(STARTED) == 1, kiosk.running.log()
    assert kiosk.running.qt_warnings() == []


def test_the_built_app_under_headless_cage_fills_its_output_and_stops_cleanly(
    built_app: Path, kiosk_pc: Path, tmp_path: Path
) -> None:
    _require_cage()
    kiosk = CagedKiosk(built_app, kiosk_pc, {"WLR_BACKENDS": "headless"}, tmp_path / "shots")
    try:
        kiosk.running.wait_until_up()
        width, height = HEADLESS_SIZE
        assert f"in a {width}x{height} window on a {width}x{height} screen" in kiosk.running.log()
        shot = kiosk.screenshot()
        assert Image.open(shot).size == HEADLESS_SIZE
        _stop_and_check(kiosk)
    finally:
        kiosk.running.kill()


def test_the_built_app_under_cage_shows_the_home_screen(
    built_app: Path, kiosk_pc: Path, xvfb: str, tmp_path: Path
) -> None:
    """cage's X11 backend, a window on Xvfb, where cage draws the kiosk's frames. On the
    headless output cage 0.1.4 scans a full-screen window's buffer out as it is, without
    drawing it (output.c, scan_out_primary_view), and grim then reads back black; a real
    screen shows that buffer."""
    _require_cage()
    references = offscreen_references(
        default_content_path(), NESTED_SIZE, ["home"], tmp_path / "offscreen"
    )
    backend = {"WLR_BACKENDS": "x11", "DISPLAY": xvfb}
    kiosk = CagedKiosk(built_app, kiosk_pc, backend, tmp_path / "shots")
    try:
        kiosk.running.wait_until_up()
        shots: list[Path] = []

        def shown() -> bool:
            shots.append(kiosk.screenshot())
            return same_screen(shots[-1], references["home"])

        wait_for(shown, 20, "the home screen under cage")
        assert distinct_colours(shots[-1], (0, 0, *NESTED_SIZE)) > 1000
        _stop_and_check(kiosk)
    finally:
        kiosk.running.kill()
