"""The staff PIN, stored only as a salted scrypt hash, and the lockout after wrong tries."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

PIN_PATTERN = re.compile(r"[0-9]{4,8}")
MAX_TRIES = 5
LOCKOUT_S = 300
_N, _R, _P = 2**14, 8, 1


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


@dataclass(frozen=True, slots=True)
class PinResult:
    accepted: bool
    tries_left: int
    locked_for_s: int


class PinGate:
    """Five wrong PINs lock the pad for five minutes; the clock is injected for tests."""

    def __init__(self, stored_hash: str | None, clock: Callable[[], float]) -> None:
        self.stored_hash = stored_hash
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    def locked_for_s(self) -> int:
        return max(0, int(self._locked_until - self._clock() + 0.999))

    def try_pin(self, pin: str) -> PinResult:
        if self.locked_for_s() > 0:
            return PinResult(False, 0, self.locked_for_s())
        if self.stored_hash is not None and verify_pin(pin, self.stored_hash):
            self._wrong = 0
            return PinResult(True, MAX_TRIES, 0)
        self._wrong += 1
        if self._wrong >= MAX_TRIES:
            self._wrong = 0
            self._locked_until = self._clock() + LOCKOUT_S
            return PinResult(False, 0, LOCKOUT_S)
        return PinResult(False, MAX_TRIES - self._wrong, 0)
