"""A key written twice is shown by its place in the file and its two lines."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kiosk.content.json_keys import WrittenKey, repeated_keys, written_keys
from kiosk.content.loader import load_content
from tests.content.builders import valid_data, write_content


def test_every_key_is_found_with_its_place_and_line() -> None:
    text = '{\n "a": {"b": [1, {"c": "x,\\"{"}]},\n "d": 2\n}'
    assert list(written_keys(text)) == [
        WrittenKey((), "a", 2),
        WrittenKey(("a",), "b", 2),
        WrittenKey(("a", "b", 1), "c", 2),
        WrittenKey((), "d", 3),
    ]


def test_a_key_written_again_in_another_block_is_not_repeated() -> None:
    assert repeated_keys('{"a": {"x": 1}, "b": {"x": 2}}') == []


def test_a_field_written_twice_is_located_with_both_lines(tmp_path: Path) -> None:
    text = json.dumps(valid_data(), ensure_ascii=False, indent=2)
    text = text.replace('"order": ', '"order": 9,\n      "order": ', 1)
    result = load_content(write_content(tmp_path, text))
    assert result.content is None
    [problem] = result.problems
    first = next(n for n, line in enumerate(text.splitlines(), 1) if '"order"' in line)
    assert problem.where == "categories/1/order"
    assert problem.message == (
        f"is written twice in the same block (lines {first} and {first + 1}); "
        "only the last would count: keep one"
    )


def _walk(
    value: object, place: tuple[str | int, ...] = ()
) -> list[tuple[tuple[str | int, ...], str]]:
    found: list[tuple[tuple[str | int, ...], str]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((place, key))
            found += _walk(item, (*place, key))
    elif isinstance(value, list):
        for position, item in enumerate(value):
            found += _walk(item, (*place, position))
    return found


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES, st.integers(min_value=-1, max_value=2))
def test_the_keys_found_are_the_keys_of_any_json(value: object, indent: int) -> None:
    text = json.dumps(value, indent=indent if indent >= 0 else None, ensure_ascii=indent == 1)
    assert [(k.block, k.key) for k in written_keys(text)] == _walk(value)


def test_a_category_number_written_twice_is_one_problem_not_one_per_field(tmp_path: Path) -> None:
    data = valid_data(2)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    copied = json.dumps(data["categories"]["2"], ensure_ascii=False, indent=2)
    text = text.replace('"categories": {', f'"categories": {{"2": {copied},', 1)
    result = load_content(write_content(tmp_path, text))
    assert [p.where for p in result.errors] == ["categories"]
    assert result.errors[0].message.startswith('"2" is written twice')
