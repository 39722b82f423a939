"""View models built alone: no QML engine, no window, a clock the test moves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.content.loader import Content, load_content
from kiosk.content.presentation import Presenter
from kiosk.shared.paths import default_content_path
from kiosk.staff.pin import LockoutRecord
from kiosk.staff.records import StaffRecords
from kiosk.viewmodels.kiosk import KioskViewModel
from tests.ui.test_idle import FakeClock


@pytest.fixture(scope="session")
def bundled() -> Content:
    result = load_content(default_content_path(), decode_images=False)
    assert result.content is not None
    return result.content


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def kiosk(
    qapp: QCoreApplication, bundled: Content, clock: FakeClock, tmp_path: Path
) -> KioskViewModel:
    records = StaffRecords(lockout=LockoutRecord(tmp_path / "lockout.json"))
    return KioskViewModel(Presenter(bundled, ""), clock, records)
