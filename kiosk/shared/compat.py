"""`typing.override` on Python 3.11 too, without importing typing_extensions at start-up
(it alone costs tens of milliseconds on a small kiosk PC)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])

if sys.version_info >= (3, 12):
    from typing import override
else:

    def override(method: F) -> F:
        """Marks a method that overrides one of its base class (checked by mypy)."""
        method.__override__ = True  # type: ignore[attr-defined]
        return method


__all__ = ["override"]
