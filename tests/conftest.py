"""Test set-up: Qt renders offscreen, and content files are built small in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.packaging.build import build_app
from tests.system_packages import package_of

# Must happen before any QGuiApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def messages_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """`kiosk validate` speaks the system's language; tests read its English, whatever the
    machine they run on (tests of the other languages ask with --lang)."""
    monkeypatch.setattr("kiosk.platform.i18n.staff_language", lambda: "en")


@pytest.fixture(scope="session")
def built_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PyInstaller app, built once for the packaging and the display tests; or one built
    before, named by TIETOPISTE_BUILT_APP (its folder), to rerun those tests quickly."""
    prebuilt = os.environ.get("TIETOPISTE_BUILT_APP")
    if prebuilt:
        return Path(prebuilt)
    return build_app(tmp_path_factory.mktemp("pyinstaller"))


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
