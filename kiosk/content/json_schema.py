"""A JSON Schema of content.json, for editors that check and complete JSON as staff type.

The model (kiosk.content.schema) gives the shape; this adds what an editor shows staff: the
language keys to complete, the length limits the validator uses (kiosk.content.limits, the one
source), web addresses as URIs, and every field described in Finnish and in English."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kiosk.content import limits
from kiosk.content.languages import KNOWN_CODES, language_name
from kiosk.content.schema import LANGUAGE_CODE, Category, Settings

DocumentId = Annotated[str, StringConstraints(pattern=r"^[0-9]+$")]


class ContentFile(BaseModel):
    """content.json: a TinyDB database with the tables settings and categories."""

    model_config = ConfigDict(extra="forbid", title="Tietopiste content")

    schema_: str | None = Field(
        None,
        alias="$schema",
        description="Missä tämä skeema on (editoria varten); kioski ei lue tätä. / "
        "Where this schema is (for the editor); the kiosk ignores it.",
    )
    settings: dict[DocumentId, Settings] = Field(
        description='Täsmälleen yksi asetusdokumentti, avaimena "1". / '
        'Exactly one document, keyed "1".',
        min_length=1,
        max_length=1,
    )
    categories: dict[DocumentId, Category] = Field(
        description='Yksi dokumentti kutakin aihetta kohti, avaimina "1", "2", "3" … / '
        'One document per category, keyed "1", "2", "3" …',
        min_length=1,
    )


# The longest text each translatable field may have (None: no limit), as the validator checks.
TEXT_LIMITS: dict[tuple[str, str], int | None] = {
    ("Settings", "title"): limits.SETTINGS_TITLE_MAX_CHARS,
    ("Category", "title"): limits.TITLE_MAX_CHARS,
    ("Category", "summary"): limits.SUMMARY_MAX_CHARS,
    ("Category", "body"): None,
    ("ImageRef", "alt"): limits.ALT_MAX_CHARS,
    ("Link", "label"): limits.LINK_LABEL_MAX_CHARS,
}
PLAIN_LIMITS: dict[tuple[str, str], int] = {("ImageRef", "credit"): limits.CREDIT_MAX_CHARS}

# Finnish first: most staff read it; the English is the model's own description.
FINNISH: dict[tuple[str, str], str] = {
    ("Settings", "title"): "Kioskin otsikko, näytetään yläreunassa.",
    ("Settings", "default_language"): "Kieli, joka näytetään ensin; jokaisella tekstillä on "
    "oltava tämä kieli.",
    ("Settings", "languages"): "Kielet, joista kävijä voi valita, tässä järjestyksessä.",
    ("Settings", "idle_timeout_s"): "Sekuntia ilman kosketusta, ennen kuin kioski palaa alkuun.",
    ("Settings", "attract_after_s"): "Sekuntia ilman kosketusta, ennen kuin kuvaesitys alkaa.",
    ("Settings", "staff_pin_hash"): "Ei enää käytössä: kukin kioski pitää oman PIN-koodinsa "
    "(`kiosk set-pin`).",
    ("Settings", "statistics"): "Lasketaanko, mitä kävijät katsovat (ei mitään kävijöistä); "
    "false lopettaa laskemisen.",
    ("Category", "id"): "Aiheen oma nimi: pienet kirjaimet a–z, numerot ja yhdysmerkit.",
    ("Category", "order"): "Paikka aloitusnäytöllä; pienempi tulee ensin.",
    ("Category", "title"): "Aiheen otsikko laatassa ja aiheen sivulla.",
    ("Category", "summary"): "Yksi tai kaksi virkettä laatassa.",
    ("Category", "body"): "Aiheen sivun teksti kappaleina.",
    ("Category", "images"): "Aiheen kuvat; ensimmäinen näkyy laatassa.",
    ("Category", "links"): "Verkkosivut, jotka näytetään QR-koodeina.",
    ("Category", "accent"): "Valinnainen korostusväri muodossa #RRGGBB.",
    ("Category", "visible"): "false piilottaa aiheen kävijöiltä; se säilyy tiedostossa.",
    ("ImageRef", "file"): "Kuvatiedosto content.json-tiedoston kansiosta lukien, esimerkiksi "
    "resources/images/kuva.jpg.",
    ("ImageRef", "alt"): "Mitä kuvassa on, niille jotka eivät näe sitä.",
    ("ImageRef", "credit"): "Kuvan tekijä; kioski näyttää sen sanan ”Kuva:” jälkeen.",
    ("ImageRef", "license"): "Lisenssi, esimerkiksi CC BY 4.0.",
    ("ImageRef", "source"): "Mistä kuva on peräisin: verkko-osoite, arkisto tai tiedosto, josta "
    "se on piirretty. Näkyy tiedostossa resources/images/CREDITS.md.",
    ("ImageRef", "focus"): "Kuvan pääkohde [x, y] osuuksina leveydestä ja korkeudesta "
    "vasemmasta yläkulmasta ([0.5, 0.5] on keskikohta). Ruudut ja aiheen näkymä pitävät sen "
    "näkyvissä, kun ne rajaavat kuvaa. Aseta se editorissa napsauttamalla kuvaa.",
    ("Link", "label"): "Mihin linkki vie; näytetään QR-koodin vieressä.",
    ("Link", "url"): "Koko verkko-osoite, alkaa https://.",
}


def content_json_schema() -> dict[str, Any]:
    schema = ContentFile.model_json_schema(by_alias=True)
    for model, definition in schema["$defs"].items():
        for field, property_schema in definition.get("properties", {}).items():
            _enrich(model, field, property_schema)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _enrich(model: str, field: str, property_schema: dict[str, Any]) -> None:
    place = (model, field)
    english = property_schema.get("description") or field.replace("_", " ")
    if place in FINNISH:
        property_schema["description"] = f"{FINNISH[place]} / {english}"
    if place in TEXT_LIMITS:
        item = {"type": "array", "items": {"type": "string"}} if field == "body" else None
        property_schema.pop("patternProperties", None)
        property_schema.update(_by_language(TEXT_LIMITS[place], item))
    if place in PLAIN_LIMITS:
        property_schema["maxLength"] = PLAIN_LIMITS[place]
    if place == ("Link", "url"):
        property_schema["format"] = "uri"
    if field in ("default_language", "languages"):
        codes = {"anyOf": [{"enum": list(KNOWN_CODES)}, {"pattern": _pattern()}]}
        if field == "languages":
            property_schema["items"] = codes
        else:
            property_schema.pop("pattern", None)
            property_schema.update(codes)


def _by_language(max_chars: int | None, item: dict[str, Any] | None) -> dict[str, Any]:
    """A text in each language: the kiosk's languages offered by name, others allowed."""
    text: dict[str, Any] = item or {"type": "string", "minLength": 1}
    if max_chars is not None:
        text = {**text, "maxLength": max_chars}
    return {
        "type": "object",
        "properties": {code: {**text, "description": language_name(code)} for code in KNOWN_CODES},
        "propertyNames": {"pattern": _pattern()},
        "additionalProperties": text,
    }


def _pattern() -> str:
    return f"^{LANGUAGE_CODE.pattern}$"
