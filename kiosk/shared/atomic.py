"""Crash-safe file replacement: readers see the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

REPLACE_ATTEMPTS = 6
FIRST_RETRY_DELAY_S = 0.05
_TEMP_SUFFIX = ".tmp"
# Older than any write takes: a power cut's leftover, not a write under way.
LEFTOVER_AGE_S = 600


def atomic_write_bytes(
    path: Path,
    payload: bytes,
    *,
    attempts: int = REPLACE_ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Write `payload` to a temporary file beside `path`, flush it to disk, then swap it in.

    On Windows, `os.replace` fails with PermissionError while another program (an editor,
    a virus scanner, a sync client) holds the target open; that is retried a bounded number
    of times with a growing delay before giving up.
    """
    atomic_write(path, lambda handle: handle.write(payload), attempts=attempts, sleep=sleep)


def atomic_write(
    path: Path,
    write: Callable[[BinaryIO], object],
    *,
    attempts: int = REPLACE_ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """atomic_write_bytes for a writer that writes into an open file itself (an image
    encoder writing straight to disk, which lets other threads run meanwhile)."""
    folder = path.parent
    mode = _mode_for(path)
    _remove_leftovers(path)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(path), suffix=_TEMP_SUFFIX)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.chmod(mode)
        _replace_with_retry(tmp, path, attempts, sleep)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _remove_leftovers(path: Path) -> None:
    """Temporary files of an earlier write that a crash or power cut interrupted. Only old
    ones: a fresh one may be another program's write still under way."""
    now = time.time()
    for leftover in path.parent.glob(f"{_temp_prefix(path)}*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > LEFTOVER_AGE_S:
                leftover.unlink()


def _mode_for(path: Path) -> int:
    """Keep the permissions of the file being replaced; mkstemp would make it owner-only."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _replace_with_retry(
    source: Path, target: Path, attempts: int, sleep: Callable[[float], None]
) -> None:
    delay = FIRST_RETRY_DELAY_S
    for attempt in range(1, attempts + 1):
        try:
            source.replace(target)
            return
        except PermissionError:
            if attempt == attempts:
                raise
            sleep(delay)
            delay *= 2


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder for fsync."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
