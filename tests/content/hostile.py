"""Content files that once stopped the kiosk (found by trying to break it), as raw text."""

from __future__ import annotations

import json

from tests.content.builders import changed, valid_data


def _as_ascii_json(data: object) -> str:
    # ensure_ascii writes a lone surrogate as the escape \\udc80, as a hand-edited file may.
    return json.dumps(data, ensure_ascii=True, indent=2)


def _nested(depth: int) -> object:
    value: object = "syvä"
    for _ in range(depth):
        value = [value]
    return value


HOSTILE = {
    "nul-in-image-path": _as_ascii_json(
        changed(valid_data(), "categories/1/images/0/file", "resources/images/photo\0.jpg")
    ),
    "lone-surrogate-in-image-path": _as_ascii_json(
        changed(valid_data(), "categories/1/images/0/file", "resources/images/\udc80.jpg")
    ),
    # Found by tests/content/test_fuzz.py: pydantic's own message then failed to encode.
    "lone-surrogate-in-a-setting": _as_ascii_json(
        changed(valid_data(), "settings/1/default_language", "\udc80fi")
    ),
    "lone-surrogate-in-title": _as_ascii_json(
        changed(valid_data(), "categories/1/title", {"fi": "Luokka \ud800"})
    ),
    "deeply-nested-brackets": "[" * 100_000 + "]" * 100_000,
    "deep-but-parsable": _as_ascii_json(
        changed(valid_data(), "categories/1/title", {"fi": _nested(500)})
    ),
    "huge-integer": _as_ascii_json(valid_data()).replace('"order": 10', '"order": ' + "9" * 5000),
    "infinite-number": _as_ascii_json(valid_data()).replace('"order": 10', '"order": Infinity'),
    "control-character-in-url": _as_ascii_json(
        changed(valid_data(), "categories/1/links/0/url", "https://www.trimma.fi/\x07")
    ),
}
