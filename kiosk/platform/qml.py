"""Small helpers for registering Python types with QML."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtQml import QmlUncreatable

T = TypeVar("T")


def uncreatable(reason: str) -> Callable[[T], T]:
    """`@QmlUncreatable(reason)`, typed: PySide6's stubs declare the decorator not callable."""
    return cast(Callable[[T], T], QmlUncreatable(reason))
