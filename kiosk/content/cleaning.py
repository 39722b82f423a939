"""A web address as staff paste it, made into the one the kiosk needs: spaces and invisible
characters gone (pasted from web pages and documents, they would break the QR code), and
https:// offered when the address has no scheme. Each change is said, so a form can show it."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.invisible import invisible, named
from kiosk.shared.wording import QT_TRANSLATE_NOOP

REMOVED_INVISIBLE = QT_TRANSLATE_NOOP("Content", "removed an invisible character {character}")
REMOVED_SPACES = QT_TRANSLATE_NOOP("Content", "removed spaces")
ADDED_HTTPS = QT_TRANSLATE_NOOP("Content", "added https:// to the beginning")


@dataclass(frozen=True, slots=True)
class CleanedAddress:
    url: str
    # What was changed: (template, values) pairs, to be shown in the staff's language.
    changes: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()


def clean_address(typed: str) -> CleanedAddress:
    changes: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    hidden = [c for c in dict.fromkeys(typed) if invisible(c) and c != " "]
    for character in hidden:
        changes.append((REMOVED_INVISIBLE, (("character", named(character)),)))
    url = "".join(c for c in typed if c not in hidden).strip()
    if any(c.isspace() for c in url):
        url = "".join(url.split())
        changes.append((REMOVED_SPACES, ()))
    if url and "://" not in url and not url.lower().startswith(("mailto:", "tel:")):
        url = f"https://{url.removeprefix('//')}"
        changes.append((ADDED_HTTPS, ()))
    return CleanedAddress(url, tuple(changes))
