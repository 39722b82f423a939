"""`kiosk set-pin`: ask for a new PIN and keep only its hash, in this machine's settings."""

from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass

from kiosk.staff.machine import MachineSettings
from kiosk.staff.pin import hash_pin, valid_pin


@dataclass(frozen=True, slots=True)
class Message:
    ok: bool
    text: str


def read_new_pin(*, from_stdin: bool) -> str | None:
    if from_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass("New staff PIN (6-8 digits): ")
    # Said before asking for the PIN again: typing a refused PIN twice helps nobody.
    if not valid_pin(pin):
        print("A PIN is 6 to 8 digits; nothing was changed.", file=sys.stderr)  # noqa: T201
        return None
    if not from_stdin and getpass.getpass("The same PIN again: ") != pin:
        print("The two PINs differ; nothing was changed.", file=sys.stderr)  # noqa: T201
        return None
    return pin


def store_pin_hash(machine: MachineSettings, pin: str) -> Message:
    try:
        machine.set_pin_hash(hash_pin(pin))
    except OSError as error:
        return Message(False, f"Cannot set the PIN: cannot write {machine.path}: {error}")
    return Message(
        True,
        f"Staff PIN set for this kiosk in {machine.path}. Hold the top right corner of the "
        "screen for 5 seconds to use it.",
    )
