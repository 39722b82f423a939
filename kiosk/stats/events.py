"""The events the kiosk counts. Each is a kind, what it concerns (a category, a link, a
language) and the minute it happened: nothing about the person, no touch positions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    VISIT = "visit"  # from the first touch after idle to the idle reset; with its length
    CATEGORY = "category"  # a category opened (its id)
    PHOTO = "photo"  # a photo swiped to (the category's id)
    QR = "qr"  # a QR code shown (the link's address)
    LANGUAGE = "language"  # a language chosen (its code)
    ACCESS = "access"  # an accessibility control used (large_text, contrast, reach)
    SPEECH = "speech"  # read aloud used (read, repeat)
    IDLE_RESET = "idle_reset"
    ATTRACT = "attract"  # the attract loop started
    RELOAD = "reload"  # content reloaded


MINUTE_FORMAT = "%Y-%m-%dT%H:%M"
# Before the kiosk existed: a clock that was never set (a PC without a clock battery, a kiosk
# without a network), whose events would stretch the summary back to 1970.
EARLIEST = datetime(2026, 1, 1)


def minute_of(moment: datetime) -> str:
    """Local time to the minute, such as 2026-11-28T17:16."""
    return moment.strftime(MINUTE_FORMAT)


def plausible(moment: datetime) -> bool:
    return moment >= EARLIEST


@dataclass(frozen=True, slots=True)
class Event:
    minute: str
    kind: Kind
    subject: str = ""
    # A visit's length in whole seconds; nothing else has one.
    seconds: int | None = None

    @property
    def day(self) -> str:
        return self.minute[:10]

    def to_document(self) -> dict[str, Any]:
        document: dict[str, Any] = {"t": self.minute, "e": self.kind.value}
        if self.subject:
            document["s"] = self.subject
        if self.seconds is not None:
            document["d"] = self.seconds
        return document

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> Event | None:
        """None for a document that is not an event of a known kind (a newer kiosk's)."""
        try:
            kind = Kind(document["e"])
            minute = minute_of(datetime.strptime(str(document["t"]), MINUTE_FORMAT))
            seconds = document.get("d")
            subject = str(document.get("s", ""))
            return cls(minute, kind, subject, None if seconds is None else int(seconds))
        except (KeyError, ValueError, TypeError):
            return None
