"""Test set-up: Qt renders offscreen, and content files are built small in tmp_path."""

from __future__ import annotations

import os

import pytest

from tests.system_packages import package_of

# Must happen before any QGuiApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many tests did not run for a missing system package, and which to install."""
    packages: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = getattr(report, "longrepr", None)
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        package = package_of(reason)
        if package is not None:
            packages[package] = packages.get(package, 0) + 1
    if packages:
        names = " ".join(sorted(packages))
        terminalreporter.write_line(
            f"{sum(packages.values())} tests skipped for missing system packages: "
            f"apt-get install {names}"
        )
