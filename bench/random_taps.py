"""Random taps on the real kiosk, as curious children give it: `kiosk run` full screen on
Xvfb (xcb, Mesa), read aloud through a speech-dispatcher that has no sound device to play
on, and xdotool tapping anywhere, mostly on the visitor bar (languages, read aloud, stop).

    uv run python bench/random_taps.py [--minutes 20] [--seed 1]

Prints the kiosk's RSS after a minute and at the end, how many taps it took, whether it
still answered (a tile opens, SIGTERM ends it with 0 within 5 s) and what its log says
about read aloud, the watchdog and Qt. Needs xvfb, xdotool, imagemagick and
speech-dispatcher (see the README).
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.display.running import (  # noqa: E402
    RunningKiosk,
    base_environment,
    kiosk_executable,
    start_xvfb,
)

SIZE = (1920, 1080)


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def tap(display: str, x: int, y: int) -> None:
    subprocess.run(
        ["xdotool", "mousemove", str(x), str(y), "click", "1"],
        env={"DISPLAY": display, "PATH": "/usr/bin:/bin"},
        check=True,
        timeout=30,
    )


def random_point(rng: random.Random) -> tuple[int, int]:
    width, height = SIZE
    if rng.random() < 0.6:  # the visitor bar along the bottom
        return rng.randrange(0, width), rng.randrange(height - 110, height - 10)
    return rng.randrange(0, width), rng.randrange(0, height)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="tietopiste-taps-"))
    server, display = start_xvfb(SIZE)
    environment = {
        **base_environment(folder / "home"),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        # speech-dispatcher starts, and finds no sound server to play on.
        "PULSE_SERVER": "unix:/nonexistent/pulse",
        "XDG_RUNTIME_DIR": str(folder / "run"),
    }
    (folder / "run").mkdir(mode=0o700)
    command = [str(kiosk_executable()), "run", "--log-file", str(folder / "kiosk.log")]
    kiosk = RunningKiosk.start(command, environment, folder)
    taps = 0
    try:
        kiosk.wait_until_up()
        ends = time.monotonic() + args.minutes * 60
        first_rss = None
        began = time.monotonic()
        while time.monotonic() < ends and kiosk.process.poll() is None:
            tap(display, *random_point(rng))
            taps += 1
            time.sleep(rng.uniform(0.05, 0.6))
            if first_rss is None and time.monotonic() - began > 60:
                first_rss = rss_mb(kiosk.process.pid)
        alive = kiosk.process.poll() is None
        last_rss = rss_mb(kiosk.process.pid) if alive else float("nan")
        stopped_s = kiosk.stop() if alive else float("nan")
        log = kiosk.log()
        report = [
            f"{taps} taps in {args.minutes:g} min (seed {args.seed})",
            f"still running at the end: {alive}; exit code {kiosk.process.returncode}",
            f"SIGTERM to exit: {stopped_s:.2f} s",
            f"RSS after a minute {first_rss or float('nan'):.1f} MB, at the end {last_rss:.1f} MB",
            f"read aloud switched off: {log.count('Read aloud is off')} times",
            f"watchdog: {log.count('has not responded')} times",
            f"Qt warnings: {len(kiosk.qt_warnings())}",
        ]
        if not alive:
            report += [
                "",
                "The kiosk ended; its last words:",
                *log.splitlines()[-25:],
                *kiosk.output().splitlines()[-25:],
            ]
        print("\n".join(report))  # noqa: T201
    finally:
        kiosk.kill()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
