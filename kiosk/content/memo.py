"""The checks of each document as last made, for checks run again and again on content that
changes a little at a time (the editor checks everything as staff type, and only the
category being edited has changed). A document is known by its exact text."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
# Far more than any content has; past it the memo starts again rather than growing.
MAX_ENTRIES = 20_000


class CheckMemo:
    def __init__(self) -> None:
        self._entries: dict[tuple[Hashable, ...], Any] = {}

    def get(self, key: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
        if key not in self._entries:
            if len(self._entries) >= MAX_ENTRIES:
                self._entries.clear()
            self._entries[key] = compute()
        found: T = self._entries[key]
        return found


def text_of(document: object) -> str:
    """A document's identity for the memo: its content, whatever the order of its keys."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, default=str)
