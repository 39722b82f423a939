from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.content import editing
from kiosk.content.editing import History, ordered_keys

CONTENT = Path(__file__).parents[2] / "content.json"


@pytest.fixture
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(CONTENT.read_text("utf-8"))
    return loaded


def ids(data: dict[str, Any]) -> list[str]:
    return [data["categories"][key]["id"] for key in ordered_keys(data)]


def test_typing_in_one_text_is_one_undo_step(data: dict[str, Any]) -> None:
    history = History(data)
    before = copy.deepcopy(data)
    path = ("categories", "1", "title", "fi")
    for text in ("M", "Ma", "Mat"):
        history.apply(editing.set_value("title", path, text, data))
    assert data["categories"]["1"]["title"]["fi"] == "Mat"
    assert len(history.done) == 1
    history.undo()
    assert data == before
    history.redo()
    assert data["categories"]["1"]["title"]["fi"] == "Mat"


def test_leaving_a_field_starts_a_new_undo_step(data: dict[str, Any]) -> None:
    history = History(data)
    path = ("categories", "1", "title", "fi")
    history.apply(editing.set_value("title", path, "A", data))
    history.stop_joining()
    history.apply(editing.set_value("title", path, "AB", data))
    history.undo()
    assert data["categories"]["1"]["title"]["fi"] == "A"


def test_clearing_an_optional_field_removes_its_key_and_undo_brings_it_back(
    data: dict[str, Any],
) -> None:
    history = History(data)
    path = ("categories", "1", "images", 0, "license")
    history.apply(editing.set_value("licence", path, None, data))
    assert "license" not in data["categories"]["1"]["images"][0]
    history.undo()
    assert data["categories"]["1"]["images"][0]["license"] == "CC0 1.0"


def test_a_new_category_goes_last_with_a_unique_id_and_empty_texts(data: dict[str, Any]) -> None:
    history = History(data)
    edit, key = editing.add_category(data, "add")
    history.apply(edit)
    edit, second = editing.add_category(data, "add")
    history.apply(edit)
    assert ids(data)[-2:] == ["uusi-aihe", "uusi-aihe-2"]
    assert data["categories"][key]["title"] == {"fi": "", "sv": "", "en": "", "fi-x-selko": ""}
    history.undo()
    history.undo()
    assert key not in data["categories"]


def test_a_copy_stands_right_after_its_original(data: dict[str, Any]) -> None:
    before = copy.deepcopy(data)
    history = History(data)
    first = ordered_keys(data)[0]
    edit, key = editing.duplicate_category(data, first, "copy")
    history.apply(edit)
    original_id = before["categories"][first]["id"]
    assert ids(data)[:2] == [original_id, f"{original_id}-kopio"]
    assert data["categories"][key]["body"] == data["categories"][first]["body"]
    history.undo()
    assert data == before


def test_moving_changes_one_order_number_when_there_is_room(data: dict[str, Any]) -> None:
    before = copy.deepcopy(data)
    history = History(data)
    keys = ordered_keys(data)
    history.apply(editing.move_category(data, keys[-1], 0, "move"))
    assert ordered_keys(data) == [keys[-1], *keys[:-1]]
    changed = [k for k in keys if data["categories"][k] != before["categories"][k]]
    assert changed == [keys[-1]]
    history.undo()
    assert data == before


def test_moving_between_equal_numbers_renumbers_them(data: dict[str, Any]) -> None:
    for document in data["categories"].values():
        document["order"] = 1
    keys = ordered_keys(data)
    History(data).apply(editing.move_category(data, keys[0], 2, "move"))
    assert ordered_keys(data) == [keys[1], keys[2], keys[0], *keys[3:]]


def test_delete_and_undo_restores_the_category_as_it_was(data: dict[str, Any]) -> None:
    before = copy.deepcopy(data)
    history = History(data)
    key = ordered_keys(data)[2]
    history.apply(editing.set_value("t", ("categories", key, "title", "fi"), "X", data))
    history.apply(editing.delete_category(data, key, "delete"))
    assert key not in data["categories"]
    history.undo()
    history.undo()
    assert data == before
    assert history.redo() is not None
    assert data["categories"][key]["title"]["fi"] == "X"
