"""The PIN is kept only as a salted hash; wrong tries lock the pad for five minutes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.staff.pin import (
    LOCKOUT_S,
    MAX_TRIES,
    LockoutRecord,
    PinGate,
    hash_pin,
    valid_pin,
    verify_pin,
)


def test_pin_hash_round_trip_and_salt() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored and stored.startswith("scrypt$")
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert hash_pin("2468") != stored, "each hash has its own salt"


def test_malformed_stored_hash_never_verifies() -> None:
    for stored in ["", "plain", "scrypt$x$y$z$w$v", "md5$1$1$1$AA==$AA=="]:
        assert not verify_pin("1234", stored)


def test_pin_format() -> None:
    assert valid_pin("123456") and valid_pin("12345678")
    assert not valid_pin("1234") and not valid_pin("123456789") and not valid_pin("12a456")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_pins_lock_the_pad_for_five_minutes() -> None:
    clock = Clock()
    gate = PinGate(hash_pin("2468"), clock)
    for tries_left in range(MAX_TRIES - 1, 0, -1):
        assert gate.try_pin("0000").tries_left == tries_left
    locked = gate.try_pin("0000")
    assert not locked.accepted and locked.locked_for_s == LOCKOUT_S
    assert not gate.try_pin("2468").accepted, "even the right PIN waits out the lockout"
    clock.now += LOCKOUT_S - 1
    assert gate.locked_for_s() == 1
    clock.now += 1
    assert gate.try_pin("2468").accepted


def test_without_a_stored_pin_nothing_is_accepted() -> None:
    assert not PinGate(None, Clock()).try_pin("1234").accepted


def test_wrong_tries_and_the_lockout_outlive_a_restart(tmp_path: Path) -> None:
    clock, wall = Clock(), Clock()
    wall.now = 1_800_000_000.0
    record = LockoutRecord(tmp_path / "lockout.json", wall_clock=wall)
    gate = PinGate(hash_pin("246813"), clock, record)
    for _ in range(3):
        gate.try_pin("000000")
    # The plug is pulled: a new process, a new monotonic clock.
    again = PinGate(hash_pin("246813"), Clock(), LockoutRecord(record.path, wall_clock=wall))
    assert again.try_pin("000000").tries_left == 1
    assert again.try_pin("000000").locked_for_s == LOCKOUT_S
    wall.now += 60
    restarted = PinGate(hash_pin("246813"), Clock(), LockoutRecord(record.path, wall_clock=wall))
    assert restarted.locked_for_s() == LOCKOUT_S - 60
    assert not restarted.try_pin("246813").accepted


def test_a_clock_turned_back_does_not_lock_the_pad_for_longer(tmp_path: Path) -> None:
    wall = Clock()
    wall.now = 1_800_000_000.0
    record = LockoutRecord(tmp_path / "lockout.json", wall_clock=wall)
    record.write(0, LOCKOUT_S)
    wall.now -= 10 * 24 * 3600
    assert PinGate(hash_pin("246813"), Clock(), record).locked_for_s() == LOCKOUT_S


def test_every_try_costs_one_hash_whatever_the_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    stored = hash_pin("246813")
    runs: list[bytes] = []
    real = hashlib.scrypt

    def counted(password: bytes, **options: object) -> bytes:
        runs.append(password)
        return real(password, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(hashlib, "scrypt", counted)
    for gate, pin in [
        (PinGate(stored, Clock()), "246813"),
        (PinGate(stored, Clock()), "999999"),
        (PinGate(None, Clock()), "246813"),
    ]:
        before = len(runs)
        gate.try_pin(pin)
        assert len(runs) - before == 1
