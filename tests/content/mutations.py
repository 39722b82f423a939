"""Hypothesis strategies that break the bundled content.json the ways files get broken: bytes
(a half-copied file, a stray paste, an editor's encoding) and structure (a value of the wrong
kind, a field lost or added, text with any character at all)."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

from kiosk.shared.paths import default_content_path

BUNDLED_BYTES = default_content_path().read_bytes()
BUNDLED = json.loads(BUNDLED_BYTES)

# Any character, halves of surrogate pairs and control characters included.
any_text = st.text(st.characters(exclude_categories=[]), max_size=40)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | any_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def broken_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(BUNDLED_BYTES)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["insert", "delete", "replace", "cut"]))
        piece = draw(st.binary(min_size=1, max_size=6) | st.sampled_from(PIECES))
        if kind == "insert":
            data[at:at] = piece
        elif kind == "delete":
            del data[at : at + len(piece)]
        elif kind == "replace":
            data[at : at + len(piece)] = piece
        else:
            del data[at:]  # a file still being copied
    return bytes(data)


PIECES = [
    b"\x00",
    b'"',
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b"\xff\xfe",
    b"\\u0000",
    b"\\udc80",
    "“".encode(),
    b"NaN",
    b"1e400",
    b"9" * 50,
    b"[" * 200,
]


def _places(data: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*where, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*where, index))
    return found


odd_characters = st.sampled_from(
    [
        "\0",
        "\x07",
        "\x7f",
        "\x9b",
        "\udc80",
        "\ud800",
        "\u202e",
        "\u200b",
        "\n",
        "/",
        "\\",
        "..",
        "%00",
        "C:",
    ]
) | st.characters(exclude_categories=[])


def _at(data: Any, where: tuple[Any, ...]) -> Any:
    for key in where:
        data = data[key]
    return data


@st.composite
def broken_structure(draw: st.DrawFn) -> str:
    data = copy.deepcopy(BUNDLED)
    for _ in range(draw(st.integers(1, 4))):
        places = [place for place in _places(data) if place]
        where = draw(st.sampled_from(places))
        parent: Any = data
        for key in where[:-1]:
            parent = parent[key]
        kind = draw(st.sampled_from(["poke", "poke", "replace", "delete", "add"]))
        texts = [place for place in places if isinstance(_at(data, place), str)]
        if kind == "poke" and texts:
            # One odd character in an existing text: a path, an address, a title.
            where = draw(st.sampled_from(texts))
            parent = _at(data, where[:-1])
            text = parent[where[-1]]
            at = draw(st.integers(0, len(text)))
            parent[where[-1]] = text[:at] + draw(odd_characters) + text[at:]
        elif kind == "replace":
            parent[where[-1]] = draw(json_values)
        elif kind == "delete":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[draw(any_text)] = draw(json_values)
        else:
            parent.append(draw(json_values))
    # ensure_ascii writes halves of surrogate pairs as escapes, as a hand-edited file may.
    return json.dumps(data, ensure_ascii=True, indent=2)
