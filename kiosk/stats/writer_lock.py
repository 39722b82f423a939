"""One kiosk writes a statistics folder: two writers (two kiosks started on one user's folder
by mistake) would replace each other's files and lose counts. The lock is the operating
system's, so it ends with the process that held it, however that process ended."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


class WriterLock:
    def __init__(self, fd: int, path: Path) -> None:
        self._fd = fd
        self.path = path

    @classmethod
    def take(cls, folder: Path) -> WriterLock | str:
        """The lock, or why not: another process holds it, or the folder cannot be written.
        Its file lies beside the folder, which holds only statistics."""
        path = folder.with_name(f"{folder.name}.lock")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            return f"the statistics cannot be written at {folder}: {error}"
        if not _lock(fd):
            os.close(fd)
            return (
                f"another kiosk is already counting into {folder}. Give each kiosk its own "
                "user (its own data folder)"
            )
        return cls(fd, path)

    def release(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the file ends the lock
            self._fd = -1


def _lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
