"""Checks that need more than one document or the disk: languages, ids, images, lengths."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.content import limits
from kiosk.content.files import MissingFile, locate
from kiosk.content.invisible import (
    visible_text,
)
from kiosk.content.languages import language_name, meant_code
from kiosk.content.problems import Problem, join_path, warning
from kiosk.content.schema import Category, ImageRef, Link, Settings
from kiosk.content.text_checks import (
    NO_LIMITS,
    TextLimits,
    font_problems,
    invisible_problems,
    length_problems,
    too_long,
)
from kiosk.images.inspect import ImageFault, ImageInfo, inspect_image

# The words the kiosk itself puts before a credit, in each language it shows.
CAPTION_WORDS = ("Kuva:", "Bild:", "Photo:", "Foto:", "Valokuva:", "Kuva :")

Texts = Mapping[str, str] | Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Languages:
    default: str
    listed: tuple[str, ...]


def check_settings(where: str, settings: Settings) -> Iterator[Problem]:
    if settings.default_language not in settings.languages:
        yield Problem(
            join_path(where, "default_language"),
            f"'{settings.default_language}' is not one of the languages "
            f"{list(settings.languages)}; add it there",
        )
    if len(set(settings.languages)) != len(settings.languages):
        yield warning(join_path(where, "languages"), "a language is listed twice")
    if settings.attract_after_s < settings.idle_timeout_s:
        yield warning(
            join_path(where, "attract_after_s"),
            "is shorter than idle_timeout_s, so the attract screen starts before the kiosk "
            "has reset for the next visitor",
        )
    if settings.staff_pin_hash is not None:
        yield warning(
            join_path(where, "staff_pin_hash"),
            "content.json no longer decides the staff PIN: each kiosk keeps its own (set it "
            "there with `kiosk set-pin`); a kiosk without one took this hash over the first "
            "time it started, so the line can be deleted",
        )
    languages = Languages(settings.default_language, settings.languages)
    yield from check_texts(
        join_path(where, "title"),
        settings.title,
        languages,
        TextLimits(limits.SETTINGS_TITLE_MAX_CHARS, limits.TITLE_MAX_WORD_CHARS),
    )


def check_unique_ids(documents: Sequence[tuple[str, object]]) -> Iterator[Problem]:
    """Ids as written, so a duplicate shows even when the other category has other errors."""
    first_with_id: dict[str, str] = {}
    for where, category_id in documents:
        if not isinstance(category_id, str):
            continue
        if category_id in first_with_id:
            yield Problem(
                join_path(where, "id"),
                f"'{category_id}' is already the id of {first_with_id[category_id]}; "
                f"every category needs its own id",
            )
        first_with_id.setdefault(category_id, where)


@dataclass(frozen=True, slots=True)
class Context:
    """What the checks of one content file share."""

    languages: Languages
    folder: Path
    decode_images: bool = True


def check_categories(
    documents: Sequence[tuple[str, Category]], context: Context
) -> Iterator[Problem]:
    first_with_order: dict[int, str] = {}
    for where, category in documents:
        if category.order in first_with_order:
            yield warning(
                join_path(where, "order"),
                f"{category.order} is also the order of {first_with_order[category.order]}; "
                f"these two are sorted by id",
            )
        first_with_order.setdefault(category.order, where)
        yield from check_category(where, category, context)


def check_category(where: str, category: Category, context: Context) -> Iterator[Problem]:
    languages = context.languages
    yield from check_texts(
        join_path(where, "title"),
        category.title,
        languages,
        TextLimits(limits.TITLE_MAX_CHARS, limits.TITLE_MAX_WORD_CHARS),
    )
    yield from check_texts(
        join_path(where, "summary"),
        category.summary,
        languages,
        TextLimits(limits.SUMMARY_MAX_CHARS, limits.SUMMARY_MAX_WORD_CHARS),
    )
    yield from check_texts(join_path(where, "body"), category.body, languages, NO_LIMITS)
    if not category.images:
        yield warning(join_path(where, "images"), "no image; the tile shows a plain background")
    for index, image in enumerate(category.images):
        yield from check_image(join_path(where, "images", index), image, context)
    seen_urls: set[str] = set()
    for index, link in enumerate(category.links):
        yield from check_link(join_path(where, "links", index), link, languages, seen_urls)


def check_image(where: str, image: ImageRef, context: Context) -> Iterator[Problem]:
    yield from check_texts(
        join_path(where, "alt"), image.alt, context.languages, TextLimits(limits.ALT_MAX_CHARS)
    )
    if len(image.credit) > limits.CREDIT_MAX_CHARS:
        yield Problem(
            join_path(where, "credit"),
            too_long(len(image.credit), limits.CREDIT_MAX_CHARS),
        )
    located = locate(context.folder, image.file)
    if isinstance(located, MissingFile):
        yield Problem(join_path(where, "file"), located.message)
        return
    info = inspect_image(located, decode=context.decode_images)
    if isinstance(info, ImageFault):
        yield Problem(join_path(where, "file"), f"{image.file}: {info.message}")
    else:
        yield from _photo_shape_problems(join_path(where, "file"), image.file, info)
    credit = image.credit.strip().casefold()
    added = next((word for word in CAPTION_WORDS if credit.startswith(word.casefold())), None)
    if added is not None:
        yield warning(
            join_path(where, "credit"),
            f"starts with '{added}', which the kiosk adds itself (it would show "
            f"'Kuva: {image.credit.strip()}'); leave the word out",
        )


def _photo_shape_problems(where: str, file: str, info: ImageInfo) -> Iterator[Problem]:
    if info.width < limits.IMAGE_MIN_WIDTH_PX:
        yield warning(
            where,
            f"{file} is only {info.width} pixels wide and will look blurry; "
            f"use one about 1600 pixels wide",
        )
    if info.width <= info.height * 1.05:
        cut = round(100 * (1 - info.width / info.height / limits.GALLERY_ASPECT))
        shape = "square" if info.width >= info.height * 0.95 else "upright"
        yield warning(
            where,
            f"{file} is {info.width} × {info.height} pixels, {shape}: the kiosk shows photos "
            f"{limits.GALLERY_ASPECT:g} times as wide as high, so {cut} % of its height is cut "
            "off; use a landscape photo, or crop it wide",
        )


def check_link(
    where: str, link: Link, languages: Languages, seen_urls: set[str]
) -> Iterator[Problem]:
    yield from check_texts(
        join_path(where, "label"),
        link.label,
        languages,
        TextLimits(limits.LINK_LABEL_MAX_CHARS, limits.LINK_LABEL_MAX_WORD_CHARS),
    )
    url_where = join_path(where, "url")
    if link.url.lower().startswith("http://"):
        yield warning(
            url_where,
            "uses http://; phones may warn that the site is not secure, "
            "use https:// if the site supports it",
        )
    if len(link.url) > limits.URL_WARN_CHARS:
        yield warning(
            url_where,
            f"is {len(link.url)} characters long; a shorter address makes "
            f"a QR code that is easier to scan",
        )
    if link.url in seen_urls:
        yield warning(url_where, "the same address is already linked in this category")
    seen_urls.add(link.url)


def check_texts(
    where: str, texts: Texts, languages: Languages, text_limits: TextLimits
) -> Iterator[Problem]:
    if not languages.listed:
        # The settings' languages are broken themselves: that is one problem, reported
        # there, not one more for every text in the file.
        for code, text in texts.items():
            if isinstance(text, str):
                yield from length_problems(join_path(where, code), text.strip(), text_limits)
        return
    if not _has_text(texts.get(languages.default)):
        yield Problem(
            where,
            f"missing {language_name(languages.default)} text; every text needs the "
            f"default language",
        )
    meant = {code: meant_code(code, languages.listed) for code in texts}
    for code in languages.listed:
        missing = code != languages.default and not _has_text(texts.get(code))
        if missing and code not in meant.values():
            yield warning(
                join_path(where, code),
                f"no {language_name(code)} text; {language_name(languages.default)} "
                f"is shown instead",
            )
    for code, text in texts.items():
        if meant[code] is not None:
            yield Problem(
                join_path(where, code),
                f"'{code}' is not one of the kiosk's languages, so this text would never be "
                f"shown; did you mean '{meant[code]}' ({language_name(meant[code] or '')})?",
            )
        elif code not in languages.listed:
            yield warning(
                join_path(where, code),
                f"{language_name(code)} is not in settings languages, so this text is never shown",
            )
        if isinstance(text, str):
            yield from length_problems(join_path(where, code), text.strip(), text_limits)
        yield from invisible_problems(join_path(where, code), text)
        yield from font_problems(join_path(where, code), text)


def _has_text(value: str | tuple[str, ...] | None) -> bool:
    """Text a reader would see: one made only of invisible characters shows as nothing."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(visible_text(value))
    return any(visible_text(paragraph) for paragraph in value)
