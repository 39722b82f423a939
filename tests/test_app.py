"""The kiosk window loads from the QML module without a single warning."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtQml import QQmlApplicationEngine

from kiosk.app import create_engine, load_main
from kiosk.content.loader import load_content
from tests.content.builders import valid_data, write_content


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    messages: list[str] = []

    def collect(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            messages.append(message)

    previous = qInstallMessageHandler(collect)
    yield messages
    qInstallMessageHandler(previous)


def test_main_loads_with_no_qml_warning_and_shows_the_title(
    qapp: object, tmp_path: Path, qt_warnings: list[str]
) -> None:
    content = load_content(write_content(tmp_path, valid_data())).content
    assert content is not None
    engine: QQmlApplicationEngine = create_engine(content)
    window = load_main(engine)
    assert window is not None
    assert qt_warnings == []
    title = window.findChild(QObject, "kioskTitle")
    assert title is not None and title.property("text") == "Testikioski"
    engine.deleteLater()
