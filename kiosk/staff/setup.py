"""`kiosk set-pin`: ask for a new PIN and keep only its hash in the settings."""

from __future__ import annotations

import getpass
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.problems import ContentFileError
from kiosk.content.storage import ContentStorage
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


def store_pin_hash(content_file: Path, pin: str) -> Message:
    storage = ContentStorage(content_file)
    try:
        data = storage.read()
    except ContentFileError as error:
        reasons = "; ".join(p.describe(str(content_file)) for p in error.problems)
        return Message(False, f"Cannot set the PIN: {reasons}")
    documents = (data or {}).get("settings", {})
    if len(documents) != 1:
        return Message(
            False, f"Cannot set the PIN: {content_file} needs exactly one settings document"
        )
    settings = next(iter(documents.values()))
    settings["staff_pin_hash"] = hash_pin(pin)
    storage.write(data or {})
    return Message(
        True,
        f"Staff PIN set in {content_file}. Hold the top right corner of the screen for "
        "5 seconds to use it.",
    )
