"""Changes staff make to content.json's data in an editor, each one undoable.

An edit changes the data in place and knows how to take itself back; the history keeps them
in order, and joins the keystrokes of one text into one step, as a word processor does.
Fields an edit does not name are never touched, so a round trip keeps everything else.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.content.loader import CATEGORIES_TABLE, SETTINGS_TABLE

Path = tuple[str | int, ...]  # keys from the top of the file: ("categories", "3", "title", "fi")
NEW_ID = "uusi-aihe"
COPY_SUFFIX = "kopio"
ORDER_STEP = 10


def get(data: Any, path: Path) -> Any:
    """The value at `path`; KeyError, IndexError or TypeError when there is none (a text
    where a block should be is not indexed into)."""
    for key in path:
        if isinstance(data, dict):
            data = data[key]
        elif isinstance(data, list) and isinstance(key, int):
            data = data[key]
        else:
            raise TypeError(f"no {key!r} in a {type(data).__name__}")
    return data


@dataclass(slots=True)
class Edit:
    """One undoable change: `do` and `undo` are each other's inverse on the same data."""

    name: str
    do: Callable[[dict[str, Any]], None]
    undo: Callable[[dict[str, Any]], None]
    # Consecutive edits of the same text with the same key are one step in the history.
    join_key: Path | None = None
    # The category the edit was about (document key), for the editor to show again on undo.
    category: str | None = None


def set_value(
    name: str, path: Path, value: Any, data: dict[str, Any], category: str | None = None
) -> Edit:
    """Set the value at `path`; a value of None removes the key (an optional field cleared)."""
    parent = get(data, path[:-1])
    key = path[-1]
    had = key in parent if isinstance(parent, dict) else True
    old = copy.deepcopy(parent[key]) if had else None
    new = copy.deepcopy(value)

    def put(target: dict[str, Any], present: bool, item: Any) -> None:
        container = get(target, path[:-1])
        if present:
            container[key] = copy.deepcopy(item)
        elif isinstance(container, dict):
            container.pop(key, None)

    return Edit(
        name,
        do=lambda d: put(d, new is not None, new),
        undo=lambda d: put(d, had, old),
        join_key=path,
        category=category,
    )


def _categories_change(
    name: str, data: dict[str, Any], change: Callable[[dict[str, Any]], None], category: str | None
) -> Edit:
    """A change of which categories there are: the table before and after, as shallow
    copies (a category's own fields are edited in place and undone before this is)."""
    before = dict(data.get(CATEGORIES_TABLE, {}))
    after = dict(before)
    change(after)

    def put(target: dict[str, Any], table: dict[str, Any]) -> None:
        target[CATEGORIES_TABLE] = dict(table)

    return Edit(name, do=lambda d: put(d, after), undo=lambda d: put(d, before), category=category)


def ordered_keys(data: dict[str, Any]) -> list[str]:
    """Document keys of the categories in home-screen order (as the kiosk sorts them)."""
    table = data.get(CATEGORIES_TABLE, {})

    def order(key: str) -> tuple[int, str, int]:
        document = table[key]
        number = document.get("order") if isinstance(document, dict) else None
        identifier = document.get("id") if isinstance(document, dict) else None
        return (
            number if isinstance(number, int) else 0,
            identifier if isinstance(identifier, str) else "",
            int(key) if key.isdigit() else 0,
        )

    return sorted(table, key=order)


def _next_key(table: dict[str, Any]) -> str:
    numbers = [int(key) for key in table if key.isdigit()]
    return str(max(numbers, default=0) + 1)


def _unique_id(table: dict[str, Any], wanted: str) -> str:
    taken = {d.get("id") for d in table.values() if isinstance(d, dict)}
    candidate, number = wanted, 2
    while candidate in taken:
        candidate = f"{wanted}-{number}"
        number += 1
    return candidate


def _orders(table: dict[str, Any]) -> list[int]:
    return [
        d["order"]
        for d in table.values()
        if isinstance(d, dict) and isinstance(d.get("order"), int)
    ]


def languages_of(data: dict[str, Any]) -> list[str]:
    settings = data.get(SETTINGS_TABLE, {}).get("1", {})
    listed = settings.get("languages") if isinstance(settings, dict) else None
    return (
        [code for code in listed if isinstance(code, str)] if isinstance(listed, list) else ["fi"]
    )


def add_category(data: dict[str, Any], name: str) -> tuple[Edit, str]:
    """A new, empty category at the end of the home screen; its texts are to be written."""
    table = data.get(CATEGORIES_TABLE, {})
    key = _next_key(table)
    empty = {code: "" for code in languages_of(data)}
    document = {
        "id": _unique_id(table, NEW_ID),
        "order": max(_orders(table), default=0) + ORDER_STEP,
        "title": dict(empty),
        "summary": dict(empty),
        "body": {code: [""] for code in empty},
        "images": [],
        "links": [],
    }
    return _categories_change(name, data, lambda t: t.__setitem__(key, document), key), key


def duplicate_category(data: dict[str, Any], key: str, name: str) -> tuple[Edit, str]:
    """A copy placed right after the original, with an id of its own."""
    table = data[CATEGORIES_TABLE]
    original = table[key]
    new_key = _next_key(table)
    document = copy.deepcopy(original)
    document["id"] = _unique_id(table, f"{original.get('id', NEW_ID)}-{COPY_SUFFIX}")
    keys = ordered_keys(data)
    keys.insert(keys.index(key) + 1, new_key)
    added = _categories_change(name, data, lambda t: t.__setitem__(new_key, document), new_key)
    placed = _place(keys, {**table, new_key: document}, new_key)
    return _together(name, [added, *placed], new_key), new_key


def delete_category(data: dict[str, Any], key: str, name: str) -> Edit:
    return _categories_change(name, data, lambda t: t.pop(key), None)


def move_category(data: dict[str, Any], key: str, to: int, name: str) -> Edit:
    """Move to position `to` of the home screen."""
    keys = ordered_keys(data)
    keys.remove(key)
    keys.insert(max(0, min(to, len(keys))), key)
    return _together(name, _place(keys, data[CATEGORIES_TABLE], key), key)


def _place(keys: list[str], table: dict[str, Any], key: str) -> list[Edit]:
    """Order numbers that put `key` where it stands in `keys`: one new number between its
    neighbours' when there is room (a diff then shows one line), else all renumbered."""
    orders = [table[k].get("order") for k in keys]
    at = keys.index(key)
    before = orders[at - 1] if at > 0 else None
    after = orders[at + 1] if at + 1 < len(keys) else None
    if all(isinstance(o, int) for o in orders):
        low = before if before is not None else (after or 0) - 2 * ORDER_STEP
        high = after if after is not None else (before or 0) + 2 * ORDER_STEP
        if high - low >= 2:
            return [_order_edit(key, orders[at], (low + high) // 2)]
    return [
        _order_edit(k, old, (number + 1) * ORDER_STEP)
        for number, (k, old) in enumerate(zip(keys, orders, strict=True))
        if old != (number + 1) * ORDER_STEP
    ]


def _order_edit(key: str, old: Any, new: int) -> Edit:
    def put(data: dict[str, Any], value: Any) -> None:
        document = data[CATEGORIES_TABLE].get(key)
        if isinstance(document, dict):
            document["order"] = value

    return Edit("", do=lambda d: put(d, new), undo=lambda d: put(d, old), category=key)


def _together(name: str, edits: list[Edit], category: str | None) -> Edit:
    def do(data: dict[str, Any]) -> None:
        for edit in edits:
            edit.do(data)

    def undo(data: dict[str, Any]) -> None:
        for edit in reversed(edits):
            edit.undo(data)

    return Edit(name, do=do, undo=undo, category=category)


@dataclass(slots=True)
class History:
    """Done edits and undone ones, as undo and redo walk them."""

    data: dict[str, Any]
    done: list[Edit] = field(default_factory=list)
    undone: list[Edit] = field(default_factory=list)
    joining: bool = True

    def apply(self, edit: Edit) -> None:
        edit.do(self.data)
        last = self.done[-1] if self.done else None
        if (
            self.joining
            and last is not None
            and edit.join_key is not None
            and last.join_key == edit.join_key
        ):
            first_undo = last.undo
            self.done[-1] = Edit(last.name, edit.do, first_undo, edit.join_key, edit.category)
        else:
            self.done.append(edit)
        self.undone.clear()
        self.joining = True

    def stop_joining(self) -> None:
        """The next edit of the same text is a step of its own (staff left the field)."""
        self.joining = False

    def undo(self) -> Edit | None:
        if not self.done:
            return None
        edit = self.done.pop()
        edit.undo(self.data)
        self.undone.append(edit)
        self.joining = False
        return edit

    def redo(self) -> Edit | None:
        if not self.undone:
            return None
        edit = self.undone.pop()
        edit.do(self.data)
        self.done.append(edit)
        self.joining = False
        return edit
