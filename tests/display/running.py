"""A kiosk started as its own process, watched through its log and driven from outside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

STARTED = "Kiosk running"
# Out of process nothing can be waited on but the process's own output, so these poll.
POLL_S = 0.1


def kiosk_executable() -> Path:
    """The `kiosk` command the project installs beside this Python (`uv run kiosk`)."""
    return Path(sys.executable).with_name("kiosk.exe" if sys.platform == "win32" else "kiosk")


def wait_for(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        time.sleep(POLL_S)


def user_folders(home: Path) -> dict[str, str]:
    """A user of its own: data, cache and log folders that start empty."""
    return {
        "HOME": str(home),
        **{f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("DATA", "CACHE", "STATE")},
    }


def base_environment(home: Path) -> dict[str, str]:
    """What a service has: a path, a UTF-8 locale and its user's folders; nothing of ours."""
    keep = ("PATH", "LANG", "TIETOPISTE_REQUIRE_SYSTEM_PACKAGES")
    environment = {name: os.environ[name] for name in keep if name in os.environ}
    environment.setdefault("LANG", "C.UTF-8")
    return {**environment, **user_folders(home)}


@dataclass
class RunningKiosk:
    process: subprocess.Popen[bytes]
    log_file: Path
    output_file: Path

    @classmethod
    def start(
        cls, command: Sequence[str], environment: Mapping[str, str], folder: Path
    ) -> RunningKiosk:
        folder.mkdir(parents=True, exist_ok=True)
        output_file = folder / "output.txt"
        with output_file.open("wb") as output:
            process = subprocess.Popen(
                list(command),
                env=dict(environment),
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return cls(process, folder / "kiosk.log", output_file)

    def log(self) -> str:
        return self.log_file.read_text("utf-8") if self.log_file.exists() else ""

    def output(self) -> str:
        return self.output_file.read_text("utf-8", errors="replace")

    def count(self, text: str) -> int:
        return sum(text in line for line in self.log().splitlines())

    def wait_for_log(self, text: str, times: int = 1, timeout_s: float = 60) -> None:
        def seen() -> bool:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the kiosk exited with {self.process.returncode}:\n{self.output()}"
                )
            return self.count(text) >= times

        wait_for(seen, timeout_s, f"{text!r} in the log ×{times}:\n{self.log()}")

    def wait_until_up(self) -> None:
        self.wait_for_log(STARTED, timeout_s=90)

    def stop(self, signal_number: int = signal.SIGTERM, pid: int | None = None) -> float:
        """Signal the kiosk (or the given process of it); the seconds until the process ends."""
        began = time.monotonic()
        os.kill(pid or self.process.pid, signal_number)
        self.process.wait(timeout=30)
        return time.monotonic() - began

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def qt_warnings(self) -> list[str]:
        levels = (" WARNING qt:", " ERROR qt:", " CRITICAL qt:")
        return [line for line in self.log().splitlines() if any(level in line for level in levels)]


def start_xvfb(
    size: tuple[int, int], errors: int | IO[bytes] = subprocess.DEVNULL, program: str = "Xvfb"
) -> tuple[subprocess.Popen[bytes], str]:
    """An X server (with Mesa's OpenGL) on a free display; the server and its DISPLAY."""
    read, write = os.pipe()
    width, height = size
    server = subprocess.Popen(
        [
            program,
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=errors,
    )
    os.close(write)
    with os.fdopen(read) as announced:
        number = announced.readline().strip()
    assert number, "Xvfb did not start"
    return server, f":{number}"
