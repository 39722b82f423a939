"""A hung speech-dispatcher is noticed in seconds, so that the kiosk never waits on it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.platform.speechd import socket_path, speech_dispatcher_hung


def _serve(path: Path, answer: bytes | None) -> Iterator[None]:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    accepted: list[socket.socket] = []

    def accept() -> None:
        connection, _ = server.accept()
        accepted.append(connection)
        if answer is not None:
            connection.recv(64)
            connection.sendall(answer)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield
    thread.join(timeout=5)
    for connection in accepted:
        connection.close()
    server.close()


@pytest.fixture
def short_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Unix socket paths are limited to about 100 characters.
    return Path(tmp_path_factory.mktemp("sd", numbered=True)) / "s"


def test_a_daemon_that_answers_is_not_hung(short_path: Path) -> None:
    for _ in _serve(short_path, b"248-HELP\r\n"):
        assert not speech_dispatcher_hung(short_path, timeout_s=5)


def test_a_daemon_that_never_answers_is_hung(short_path: Path) -> None:
    for _ in _serve(short_path, None):
        assert speech_dispatcher_hung(short_path, timeout_s=0.2)


def test_no_daemon_yet_is_not_hung(tmp_path: Path) -> None:
    assert not speech_dispatcher_hung(tmp_path / "absent.sock")


def test_the_socket_is_where_libspeechd_looks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path}/x.sock")
    assert socket_path() == tmp_path / "x.sock"
    monkeypatch.delenv("SPEECHD_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert socket_path() == tmp_path / "speech-dispatcher" / "speechd.sock"
