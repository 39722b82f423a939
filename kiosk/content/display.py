"""How content values are shown: a language with fallback, a web address in short form."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar
from urllib.parse import urlsplit

T = TypeVar("T")


def in_language(texts: Mapping[str, T], language: str, default_language: str) -> T:
    """The text in `language`, or in the default language when it has none."""
    value = texts.get(language)
    if value:
        return value
    return texts[default_language]


def short_address(url: str) -> str:
    """'https://www.trimma.fi/' -> 'trimma.fi': what a visitor reads and could type."""
    parts = urlsplit(url)
    host = _as_phones_show(parts.hostname or "").removeprefix("www.")
    port = f":{parts.port}" if _port(url) else ""
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{port}{path}{query}"


def _as_phones_show(host: str) -> str:
    """An internationalised host written in its xn-- form reads as phones show it, in its
    own letters (a look-alike mixing scripts never gets this far: the checks refuse it)."""
    if "xn--" not in host:
        return host
    try:
        return host.encode("ascii").decode("idna")
    except UnicodeError:
        return host


def _port(url: str) -> int | None:
    try:
        return urlsplit(url).port
    except ValueError:
        return None


ZERO_WIDTH_SPACE = "\u200b"


def breakable_at_slashes(address: str) -> str:
    """Let a long address wrap after its slashes instead of in the middle of a word."""
    return address.replace("/", "/" + ZERO_WIDTH_SPACE)
