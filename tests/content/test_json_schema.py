"""The JSON Schema an editor uses says what the validator says: the bundled content passes, and
a text over its limit, an unknown language key or a non-address is caught as staff type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kiosk.content import limits
from kiosk.content.json_schema import content_json_schema
from kiosk.content.loader import load_content
from kiosk.shared.paths import default_content_path
from tests.content.builders import changed, valid_data, write_content


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = content_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(validator: jsonschema.Draft202012Validator, data: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(data)]


def test_the_bundled_content_passes_the_schema(
    validator: jsonschema.Draft202012Validator,
) -> None:
    data = json.loads(default_content_path().read_text("utf-8"))
    assert errors(validator, data) == []


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("categories/1/title", {"fi": "x" * (limits.TITLE_MAX_CHARS + 1)}),
        ("categories/1/summary", {"fi": "x" * (limits.SUMMARY_MAX_CHARS + 1)}),
        ("categories/1/title", {"fi": "Työpajat", "EN": "Workshops"}),
        ("categories/1/links", [{"label": {"fi": "Kela"}, "url": "www.kela.fi"}]),
        ("settings/1/languages", ["fi", "Svenska"]),
    ],
)
def test_the_schema_catches_what_the_validator_refuses(
    validator: jsonschema.Draft202012Validator, tmp_path: Path, where: str, value: object
) -> None:
    data = changed(valid_data(), where, value)
    assert errors(validator, data), f"{where} = {value!r} passes the schema"
    assert not load_content(write_content(tmp_path, data)).ok


def test_a_schema_reference_at_the_top_is_allowed_and_ignored(
    validator: jsonschema.Draft202012Validator, tmp_path: Path
) -> None:
    data = {"$schema": "./content.schema.json", **valid_data()}
    assert errors(validator, data) == []
    result = load_content(write_content(tmp_path, data))
    assert result.ok and not result.problems


def test_every_field_is_described_in_finnish_and_english() -> None:
    for model, definition in content_json_schema()["$defs"].items():
        for field, schema in definition.get("properties", {}).items():
            assert " / " in schema.get("description", ""), f"{model}.{field}"
