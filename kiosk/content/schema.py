"""The typed model of content.json. Field names are a contract with staff and tools."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PureWindowsPath
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from kiosk.content.invisible import BIDI_CONTROLS, first_invisible, named
from kiosk.content.languages import KNOWN_CODES, meant_code
from kiosk.shared.wording import QT_TRANSLATE_NOOP

# Where a message template rides along in a pydantic error (read by kiosk.content.messages).
TEMPLATE = "template"


def refusal(kind: str, template: str, **values: object) -> PydanticCustomError:
    """A pydantic error whose message template travels with it, for translation."""
    return PydanticCustomError(kind, template, {**values, TEMPLATE: template})


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{1,8})*")
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _language_code(value: str) -> str:
    if not LANGUAGE_CODE.fullmatch(value):
        meant = meant_code(value, KNOWN_CODES)
        if meant is not None:
            raise refusal(
                "language_code",
                QT_TRANSLATE_NOOP(
                    "Content", "'{value}' is not a language code; did you mean '{meant}'?"
                ),
                value=value,
                meant=meant,
            )
        raise refusal(
            "language_code",
            QT_TRANSLATE_NOOP(
                "Content",
                "'{value}' is not a language code; use lowercase codes such as fi, sv or en",
            ),
            value=value,
        )
    return value


def _slug(value: str) -> str:
    if not SLUG.fullmatch(value):
        raise refusal(
            "slug",
            QT_TRANSLATE_NOOP(
                "Content",
                "'{value}' is not a valid id; use lowercase letters a-z, digits "
                "and hyphens, such as 'tyopajat-ja-valmennukset'",
            ),
            value=value,
        )
    return value


def _hex_colour(value: str) -> str:
    if not HEX_COLOUR.fullmatch(value):
        raise refusal(
            "colour",
            QT_TRANSLATE_NOOP(
                "Content", "'{value}' is not a colour; write it as #RRGGBB, such as #1F6F8B"
            ),
            value=value,
        )
    return value.upper()


def _not_blank(value: str) -> str:
    stripped = value.strip()
    if not stripped:
        raise refusal("blank", QT_TRANSLATE_NOOP("Content", "is empty"))
    return stripped


def _credit(value: str) -> str:
    stripped = value.strip()
    if not stripped:
        raise refusal(
            "blank_credit",
            QT_TRANSLATE_NOOP(
                "Content",
                "is empty; write who made the image, such as 'Vatesin kuvapankki / Jenny Salo'",
            ),
        )
    return stripped


def _web_address(value: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        if not parts.scheme:
            raise refusal(
                "url_scheme",
                QT_TRANSLATE_NOOP("Content", "must be a full web address starting with https://"),
            )
        raise refusal(
            "url_scheme",
            QT_TRANSLATE_NOOP(
                "Content", "must be a web address starting with https:// (scheme was {scheme})"
            ),
            scheme=f"'{parts.scheme}:'",
        )
    host = parts.hostname or ""
    if not host or "." not in host.strip("."):
        raise refusal(
            "url_host",
            QT_TRANSLATE_NOOP(
                "Content", "has no host name; write the full address, such as https://trimma.fi"
            ),
        )
    if parts.username or parts.password:
        raise refusal(
            "url_credentials",
            QT_TRANSLATE_NOOP("Content", "must not contain a user name or password"),
        )
    hidden = first_invisible(value, allowed=BIDI_CONTROLS)
    if hidden is not None:
        raise refusal(
            "url_invisible",
            QT_TRANSLATE_NOOP(
                "Content",
                "holds an invisible character {character}: a phone cannot open "
                "the address; type it again",
            ),
            character=named(hidden),
        )
    if any(char.isspace() for char in value):
        raise refusal("url_space", QT_TRANSLATE_NOOP("Content", "must not contain spaces"))
    mixed = mixed_scripts(host)
    if mixed:
        raise refusal(
            "url_look_alike",
            QT_TRANSLATE_NOOP(
                "Content",
                "the host {host} mixes letters of different scripts ({scripts}), as a "
                "look-alike of a known address does (a phone opens {encoded}); type it "
                "again in plain letters",
            ),
            host=host,
            scripts=", ".join(mixed),
            encoded=_encoded(host),
        )
    return value


# The scripts a look-alike host mixes, named for the messages' translation.
SCRIPT_NAMES = (
    QT_TRANSLATE_NOOP("Content", "Latin"),
    QT_TRANSLATE_NOOP("Content", "Cyrillic"),
    QT_TRANSLATE_NOOP("Content", "Greek"),
)


def mixed_scripts(host: str) -> list[str]:
    """The scripts of the host's letters, when there is more than one (Latin and Cyrillic)."""
    scripts = {
        unicodedata.name(char, "").split(" ")[0].capitalize() for char in host if char.isalpha()
    }
    return sorted(scripts) if len(scripts) > 1 else []


def _encoded(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _staff_pin_hash(value: str) -> str:
    if not value.startswith("scrypt$") or value.count("$") != 5:
        raise refusal(
            "pin_hash",
            QT_TRANSLATE_NOOP(
                "Content", "is not a PIN hash; set the staff PIN with `kiosk set-pin` instead"
            ),
        )
    return value


def _relative_file(value: str) -> str:
    value = value.strip()
    if not value:
        raise refusal("blank", QT_TRANSLATE_NOOP("Content", "is empty"))
    # Staff on Windows may copy a path with backslashes; the kiosk itself may run on Linux.
    posix = PureWindowsPath(value).as_posix() if "\\" in value else value
    if posix.startswith("/") or PureWindowsPath(value).drive:
        raise refusal(
            "absolute_path",
            QT_TRANSLATE_NOOP(
                "Content",
                "must be relative to the folder that holds content.json, such as "
                "resources/images/photo.jpg",
            ),
        )
    return posix


def _pattern(regex: re.Pattern[str]) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", "pattern": f"^{regex.pattern}$"})


LanguageCode = Annotated[str, AfterValidator(_language_code), _pattern(LANGUAGE_CODE)]
Slug = Annotated[str, AfterValidator(_slug), _pattern(SLUG)]
HexColour = Annotated[str, AfterValidator(_hex_colour), _pattern(HEX_COLOUR)]
NonBlankText = Annotated[str, AfterValidator(_not_blank)]
Credit = Annotated[str, AfterValidator(_credit)]
WebAddress = Annotated[
    str, AfterValidator(_web_address), WithJsonSchema({"type": "string", "pattern": "^https?://"})
]
RelativeFile = Annotated[str, AfterValidator(_relative_file)]
StaffPinHash = Annotated[str, AfterValidator(_staff_pin_hash)]
Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
FocusPoint = tuple[Fraction, Fraction]

LocalizedText = Annotated[
    dict[LanguageCode, str],
    Field(description='Text by language code, such as {"fi": "…", "sv": "…", "en": "…"}.'),
]
LocalizedParagraphs = Annotated[
    dict[LanguageCode, tuple[str, ...]],
    Field(description='Paragraphs by language code, such as {"fi": ["…", "…"]}.'),
]


class _Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ImageRef(_Document):
    file: RelativeFile = Field(
        description="Image file, relative to the folder holding content.json "
        "(JPEG, PNG or WebP, about 1600 px wide).",
    )
    alt: LocalizedText = Field(description="What the image shows, for people who cannot see it.")
    credit: Credit = Field(
        description="Who made the image, such as 'Vatesin kuvapankki / Jenny Salo'. "
        "The kiosk shows it after 'Kuva:'.",
    )
    license: NonBlankText | None = Field(None, description="Licence, such as 'CC BY 4.0'.")
    source: NonBlankText | None = Field(
        None,
        description="Where the image came from: a web address, an archive, or the file it "
        "was drawn from. Listed in resources/images/CREDITS.md.",
    )
    focus: FocusPoint | None = Field(
        None,
        description="Where the photo's subject is, as [x, y] fractions of its width and "
        "height from the top left ([0.5, 0.5] is the middle). Tiles and the detail view keep "
        "it in view when they crop the photo. Set it in the editor by clicking the photo.",
    )


class Link(_Document):
    label: LocalizedText = Field(description="What the link leads to, shown beside its QR code.")
    url: WebAddress = Field(description="Full web address starting with https://.")


class Category(_Document):
    id: Slug = Field(description="Unique id made of lowercase letters a-z, digits and hyphens.")
    order: StrictInt = Field(description="Position on the home screen; smaller comes first.")
    title: LocalizedText
    summary: LocalizedText = Field(description="One or two sentences shown on the tile.")
    body: LocalizedParagraphs = Field(description="The detail view's text, as paragraphs.")
    images: tuple[ImageRef, ...] = ()
    links: tuple[Link, ...] = ()
    accent: HexColour | None = Field(None, description="Optional accent colour, #RRGGBB.")
    visible: StrictBool = Field(
        True, description="false hides the category from visitors; it stays in the file."
    )


class Settings(_Document):
    title: LocalizedText = Field(description="The kiosk's title, shown in the header.")
    default_language: LanguageCode = Field(
        "fi", description="Language shown first; every text must exist in it."
    )
    languages: tuple[LanguageCode, ...] = Field(
        ("fi",), min_length=1, description="Languages visitors can choose, in order."
    )
    idle_timeout_s: StrictInt = Field(
        60, ge=15, le=3600, description="Seconds without a touch before the kiosk resets."
    )
    attract_after_s: StrictInt = Field(
        120, ge=15, le=86400, description="Seconds without a touch before the attract screen."
    )
    staff_pin_hash: StaffPinHash | None = Field(
        None,
        description="No longer used: each kiosk keeps its own staff PIN (`kiosk set-pin`). "
        "A kiosk with none takes a hash found here over once, when it starts.",
    )
    statistics: StrictBool = Field(
        True,
        description="Count what visitors look at (nothing about who), for `kiosk stats`; "
        "false switches counting off.",
    )
