"""The README's system packages are the ones .ci/run installs: CI checks what it documents."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_packages() -> set[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = re.findall(r"apt-get install -y ((?:[^\n]*\\\n)*[^\n]*)", readme)
    return {word for command in commands for word in command.replace("\\\n", " ").split()}


def _ci_packages() -> set[str]:
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    arrays = re.findall(r"^[A-Z_]+_PACKAGES=\(([^)]*)\)", script, re.MULTILINE)
    return {word for array in arrays for word in array.split()}


def test_ci_installs_exactly_the_system_packages_the_readme_names() -> None:
    readme = _readme_packages()
    assert "libxcb-cursor0" in readme and "libpulse0" in readme and "cage" in readme
    assert _ci_packages() == readme
