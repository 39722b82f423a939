"""A JSON Schema of content.json, for editors that check and complete JSON as staff type."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kiosk.content.schema import Category, Settings

DocumentId = Annotated[str, StringConstraints(pattern=r"^[0-9]+$")]


class ContentFile(BaseModel):
    """content.json: a TinyDB database with the tables settings and categories."""

    model_config = ConfigDict(extra="forbid", title="Tietopiste content")

    settings: dict[DocumentId, Settings] = Field(
        description='Exactly one document, keyed "1".', min_length=1, max_length=1
    )
    categories: dict[DocumentId, Category] = Field(
        description='One document per category, keyed "1", "2", "3" …', min_length=1
    )


def content_json_schema() -> dict[str, Any]:
    schema = ContentFile.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
