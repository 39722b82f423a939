"""Where each key of a JSON text is written: json.loads keeps no positions, and a key written
twice must be shown to staff by its place and its lines."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]  # public, not in typeshed

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class WrittenKey:
    block: Path  # the keys and list positions that lead to the block the key is in
    key: str
    line: int
    # Which block, counted in the order they open: a block written twice under the same key
    # has the same place but is another block, whose fields are not repeats.
    block_number: int = field(default=0, compare=False)


def written_keys(text: str) -> Iterator[WrittenKey]:
    """Every key of `text`, which must be valid JSON, in the order written."""
    # Each open block: its place, and for an object the key being read (None: a key is
    # expected next), for a list the position of the item being read.
    stack: list[tuple[Path, str | None | int]] = []
    numbers: list[int] = []
    opened = 0
    expecting_key = False
    line, index = 1, 0
    while index < len(text):
        char = text[index]
        if char == '"':
            value, end = scanstring(text, index + 1)
            if expecting_key:
                yield WrittenKey(stack[-1][0], value, line, numbers[-1])
                stack[-1] = (stack[-1][0], value)
                expecting_key = False
            line += text.count("\n", index, end)
            index = end
            continue
        if char in "{[":
            place = _place_of_value(stack)
            stack.append((place, None if char == "{" else 0))
            opened += 1
            numbers.append(opened)
            expecting_key = char == "{"
        elif char in "}]":
            stack.pop()
            numbers.pop()
            expecting_key = False
        elif char == ",":
            block, current = stack[-1]
            if isinstance(current, int):
                stack[-1] = (block, current + 1)
            else:
                expecting_key = True
        elif char == "\n":
            line += 1
        index += 1


def _place_of_value(stack: list[tuple[Path, str | None | int]]) -> Path:
    if not stack:
        return ()
    block, current = stack[-1]
    return (*block, current) if current is not None else block


def repeated_keys(text: str) -> list[tuple[WrittenKey, WrittenKey]]:
    """Each key written again in the same block, with where it was written first."""
    first: dict[tuple[int, str], WrittenKey] = {}
    again = []
    for written in written_keys(text):
        place = (written.block_number, written.key)
        if place in first:
            again.append((first[place], written))
        else:
            first[place] = written
    return again
