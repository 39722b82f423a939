"""Syntax errors are named by what people do: paste from Word, put a " inside a text, leave a
block open, paste a line; each is shown with its line and a caret, and several at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.loader import load_content
from tests.content.builders import valid_data, write_content


def problems_in(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    result = load_content(write_content(tmp_path, text))
    assert result.content is None
    return [(p.where, p.message) for p in result.errors]


def valid_text() -> str:
    return json.dumps(valid_data(1), ensure_ascii=False, indent=2)


def test_curly_quotes_from_word_are_named_and_the_next_mistake_is_found_too(
    tmp_path: Path,
) -> None:
    text = valid_text().replace('"order"', "“order”", 1).replace('"id"', "“id”", 1)
    found = problems_in(tmp_path, text)
    assert len(found) == 2
    assert all(message.startswith("not valid JSON: “ is a curly quote") for _, message in found)
    lines = [n for n, line in enumerate(text.splitlines(), 1) if "“" in line]
    assert [where.split(",")[0] for where, _ in found] == [f"line {n}" for n in lines]


def test_a_straight_quote_inside_a_text_is_named(tmp_path: Path) -> None:
    text = valid_text().replace("Lyhyt kuvaus laatalle.", 'Lyhyt "kuvaus" laatalle.', 1)
    [(_, message)] = problems_in(tmp_path, text)
    assert message.startswith('not valid JSON: a " inside a text ends the text too early')


def test_a_block_left_open_says_where_it_began(tmp_path: Path) -> None:
    text = valid_text().rstrip().removesuffix("}")
    [(where, message)] = problems_in(tmp_path, text)
    assert where == "line 1, column 1"
    assert "the block that begins with { on line 1 is never closed, a } is missing" in message


def test_a_pasted_line_is_called_what_it_is(tmp_path: Path) -> None:
    text = valid_text().replace('"order"', 'Tämä rivi liitettiin tähän\n      "order"', 1)
    [(_, message)] = problems_in(tmp_path, text)
    assert "this is text where a field name in double quotes belongs (a pasted line?)" in message


def test_an_unquoted_text_is_asked_to_be_quoted(tmp_path: Path) -> None:
    text = valid_text().replace('"Luokka 1"', "Luokka 1", 1)
    [(_, message)] = problems_in(tmp_path, text)
    assert message == 'not valid JSON: a text must be in double quotes, such as "Työpajat"'


@pytest.mark.parametrize("count", [5, 9])
def test_at_most_a_handful_are_reported(tmp_path: Path, count: int) -> None:
    text = valid_text()
    for _ in range(count):
        text = text.replace('",\n', '"\n', 1)
    assert 1 <= len(problems_in(tmp_path, text)) <= 5


def test_validate_prints_the_line_with_a_caret_under_the_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_content(tmp_path, '{\n  "settings": {“1”: {}}\n}')
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(
        "line 2, column 16: not valid JSON: “ is a curly quote (Word and "
        'web pages make them); JSON needs straight double quotes " around '
        "field names and texts"
    )
    assert lines[1:3] == ['      "settings": {“1”: {}}', " " * (4 + 15) + "^"]
