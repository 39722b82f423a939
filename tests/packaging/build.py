"""The one-folder app, built once per test session from build_spec/kiosk.spec."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build_app(work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build_spec" / "kiosk.spec"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=900,
    )
    return work / "dist" / "kiosk"
