"""Visitors cannot close the kiosk, and nothing can make it reach the network or a browser."""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.shared.paths import qml_import_path
from kiosk.tools.snapshot import wait_until_ready
from tests.content.builders import changed, valid_data, write_content
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, find_all


class CountingHandler(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        CountingHandler.hits += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback_server() -> Iterator[str]:
    CountingHandler.hits = 0
    server = http.server.HTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_closing_the_window_is_refused(make_ui: UiFactory) -> None:
    ui = make_ui()
    ui.window.close()
    assert ui.window.isVisible()


def test_content_with_html_and_markdown_images_makes_no_request(
    make_ui: UiFactory, tmp_path: Path, loopback_server: str
) -> None:
    html = f'<img src="{loopback_server}/html.png"> <b>lihava</b>'
    markdown = f"![kuva]({loopback_server}/markdown.png)"
    data = changed(valid_data(), "categories/1/summary", {"fi": "<b>lihava</b> <i>kursiivi</i>"})
    data = changed(data, "categories/1/body", {"fi": [html, markdown]})
    content = load_content(write_content(tmp_path, data)).content
    assert content is not None
    ui = make_ui(content)
    assert find(ui, "tile-category-1").property("summary") == "<b>lihava</b> <i>kursiivi</i>"
    ui.view_model.openCategory("category-1")
    wait_until_ready(ui)
    assert CountingHandler.hits == 0
    assert [p.property("text") for p in find_all(ui, "paragraph")] == [html, markdown]


def test_a_network_url_in_qml_is_refused_without_a_request(
    make_ui: UiFactory, loopback_server: str, caplog: pytest.LogCaptureFixture, qtbot: QtBot
) -> None:
    from PySide6.QtQml import QQmlComponent

    ui = make_ui()
    component = QQmlComponent(ui.engine)
    qml = (
        "import QtQuick\n"
        f'Image {{ source: "{loopback_server}/fetch.png"; '
        "property bool failed: status === Image.Error }"
    )
    component.setData(qml.encode(), QUrl())
    image = component.create()
    assert image is not None, component.errorString()
    # Refused at once; the wait is for a loaded machine (processEvents() in a counted loop
    # returned before the failure arrived there).
    qtbot.waitUntil(lambda: bool(image.property("failed")), timeout=10_000)
    assert f"Refused a network request for {loopback_server}/fetch.png" in caplog.text
    assert CountingHandler.hits == 0


def test_links_never_open_a_browser(make_ui: UiFactory, caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtGui import QDesktopServices

    make_ui()
    for url in ("https://www.trimma.fi", "mailto:info@example.fi", "file:///etc/passwd"):
        assert QDesktopServices.openUrl(QUrl(url))
        assert f"Refused to open {url}" in caplog.text


FORBIDDEN_TYPES = (
    "TextField",
    "TextInput",
    "TextEdit",
    "TextArea",
    "ToolTip",
    "FileDialog",
    "Menu",
    "Dialog",
    "openUrlExternally",
)


def test_qml_has_no_inputs_dialogs_menus_tooltips_or_browser_calls() -> None:
    for path in (qml_import_path() / "Kiosk").rglob("*.qml"):
        source = path.read_text("utf-8")
        for name in FORBIDDEN_TYPES:
            assert not re.search(rf"\b{name}\b", source), f"{path.name} uses {name}"


def test_every_text_item_in_qml_is_plain_text() -> None:
    for path in (qml_import_path() / "Kiosk").rglob("*.qml"):
        source = path.read_text("utf-8")
        blocks = re.findall(r"^\s*Text \{(.*?)^\s*\}", source, flags=re.S | re.M)
        for block in blocks:
            assert "textFormat: Text.PlainText" in block, f"{path.name}: {block[:80]!r}"
