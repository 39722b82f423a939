"""Is speech-dispatcher answering? Asked before Qt's speechd engine connects to it.

A hung speech-dispatcher never answers, and Qt's engine then waits for it forever, holding
Python's lock: the whole kiosk would freeze. One question over its socket, with a timeout,
tells a hung daemon from a working or an absent one (an absent one is started on connect).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

ANSWER_TIMEOUT_S = 3.0


def socket_path() -> Path:
    """Where libspeechd connects: $SPEECHD_ADDRESS, else the user's runtime or cache folder."""
    address = os.environ.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.removeprefix("unix_socket:"))
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime else Path.home() / ".cache"
    return base / "speech-dispatcher" / "speechd.sock"


def speech_dispatcher_hung(path: Path | None = None, timeout_s: float = ANSWER_TIMEOUT_S) -> bool:
    """True only when a speech-dispatcher is listening and does not answer."""
    path = path or socket_path()
    if not hasattr(socket, "AF_UNIX") or not path.exists():
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout_s)
        try:
            connection.connect(str(path))
        except OSError:
            return False  # a stale socket: a new daemon is started on connect
        try:
            connection.sendall(b"HELP\r\n")
            return not connection.recv(64)
        except TimeoutError:
            return True
        except OSError:
            return False
