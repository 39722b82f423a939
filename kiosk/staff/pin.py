"""The staff PIN, stored only as a salted scrypt hash, and the lockout after wrong tries.

A PIN has 6 to 8 digits: testing every 6-digit PIN against a copied hash takes a million
scrypt runs, hours on one core (7 h at 25 ms a run), where 4 digits took minutes. The wrong
tries and the lockout are kept in a file, so that pulling the plug does not end them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.shared.atomic import atomic_write_bytes

PIN_PATTERN = re.compile(r"[0-9]{6,8}")
MAX_TRIES = 5
LOCKOUT_S = 300
_N, _R, _P = 2**14, 8, 1

log = logging.getLogger(__name__)


def valid_pin(pin: str) -> bool:
    return PIN_PATTERN.fullmatch(pin) is not None


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# Checked against when no PIN is set, so that every try costs one scrypt run: the hash of a
# random value nobody kept.
_NO_PIN = (
    "scrypt$16384$8$1$N8i10qsUycK2iAkdfnJhLw==$NH8NvDUbtmEdkYHB+k"
    "fMMwgCTa6gAlwVebnItderC9+NAzWPslgZVtYwtdztRzsY0tPsNpx0CTuDSoviYmql8w=="
)


@dataclass(frozen=True, slots=True)
class PinResult:
    accepted: bool
    tries_left: int
    locked_for_s: int


class LockoutRecord:
    """Wrong tries and the lockout's end (wall-clock time: it must outlive the process)."""

    def __init__(self, path: Path, wall_clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.wall_clock = wall_clock
        self._warned = False

    def read(self) -> tuple[int, float]:
        """Wrong tries so far, and the seconds of lockout left (at most a whole lockout,
        also when the clock was turned back)."""
        try:
            state = json.loads(self.path.read_text("utf-8"))
            wrong = int(state["wrong"])
            left = float(state["locked_until"]) - self.wall_clock()
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0
        return max(0, min(wrong, MAX_TRIES - 1)), min(max(left, 0.0), LOCKOUT_S)

    def write(self, wrong: int, locked_for_s: float) -> None:
        state = {"wrong": wrong, "locked_until": self.wall_clock() + locked_for_s}
        try:
            atomic_write_bytes(self.path, json.dumps(state).encode("utf-8"))
        except OSError as error:
            if not self._warned:
                log.warning("Cannot keep the PIN lockout in %s: %s", self.path, error)
                self._warned = True


class PinGate:
    """Five wrong PINs lock the pad for five minutes, also across restarts when a record is
    given; the clock is injected for tests."""

    def __init__(
        self,
        stored_hash: str | None,
        clock: Callable[[], float],
        record: LockoutRecord | None = None,
    ) -> None:
        self.stored_hash = stored_hash
        self._clock = clock
        self._record = record
        self._wrong, left = record.read() if record is not None else (0, 0.0)
        self._locked_until = clock() + left

    def locked_for_s(self) -> int:
        return max(0, int(self._locked_until - self._clock() + 0.999))

    def try_pin(self, pin: str) -> PinResult:
        if self.locked_for_s() > 0:
            return PinResult(False, 0, self.locked_for_s())
        # One scrypt run whatever the PIN, right, wrong or with none set: the time taken
        # tells nothing.
        right = verify_pin(pin, self.stored_hash or _NO_PIN)
        if right and self.stored_hash is not None:
            self._keep(0, 0)
            return PinResult(True, MAX_TRIES, 0)
        if self._wrong + 1 >= MAX_TRIES:
            self._keep(0, LOCKOUT_S)
            return PinResult(False, 0, LOCKOUT_S)
        self._keep(self._wrong + 1, 0)
        return PinResult(False, MAX_TRIES - self._wrong, 0)

    def _keep(self, wrong: int, locked_for_s: int) -> None:
        changed = wrong != self._wrong or locked_for_s
        self._wrong = wrong
        if locked_for_s:
            self._locked_until = self._clock() + locked_for_s
        if self._record is not None and changed:
            self._record.write(wrong, locked_for_s)
