"""Checks that need more than one document or the disk: languages, ids, images, lengths."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.content import limits
from kiosk.content.files import MissingFile, locate
from kiosk.content.invisible import (
    visible_text,
)
from kiosk.content.languages import language_name, meant_code
from kiosk.content.problems import Problem, join_path, problem, warning
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
from kiosk.shared.wording import QT_TRANSLATE_NOOP

# The words the kiosk itself puts before a credit, in each language it shows.
CAPTION_WORDS = ("Kuva:", "Bild:", "Photo:", "Foto:", "Valokuva:", "Kuva :")

Texts = Mapping[str, str] | Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Languages:
    default: str
    listed: tuple[str, ...]


def check_settings(where: str, settings: Settings) -> Iterator[Problem]:
    if settings.default_language not in settings.languages:
        yield problem(
            join_path(where, "default_language"),
            QT_TRANSLATE_NOOP(
                "Content", "'{code}' is not one of the languages ({listed}); add it there"
            ),
            code=settings.default_language,
            listed=", ".join(settings.languages),
        )
    if len(set(settings.languages)) != len(settings.languages):
        yield warning(
            join_path(where, "languages"),
            QT_TRANSLATE_NOOP("Content", "a language is listed twice"),
        )
    if settings.attract_after_s < settings.idle_timeout_s:
        yield warning(
            join_path(where, "attract_after_s"),
            QT_TRANSLATE_NOOP(
                "Content",
                "is shorter than idle_timeout_s, so the attract screen starts "
                "before the kiosk has reset for the next visitor",
            ),
        )
    if settings.staff_pin_hash is not None:
        yield warning(
            join_path(where, "staff_pin_hash"),
            QT_TRANSLATE_NOOP(
                "Content",
                "content.json no longer decides the staff PIN: each kiosk keeps "
                "its own (set it there with `kiosk set-pin`); a kiosk without one"
                " took this hash over the first time it started, so the line can "
                "be deleted",
            ),
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
            yield problem(
                join_path(where, "id"),
                QT_TRANSLATE_NOOP(
                    "Content",
                    "'{id}' is already the id of {first}; every category needs its own id",
                ),
                id=category_id,
                first=first_with_id[category_id],
            )
        first_with_id.setdefault(category_id, where)


@dataclass(frozen=True, slots=True)
class Context:
    """What the checks of one content file share."""

    languages: Languages
    folder: Path
    decode_images: bool = True


def check_categories(
    documents: Sequence[tuple[str, Category]],
    context: Context,
    check: Callable[[str, Category, Context], Iterable[Problem]] | None = None,
) -> Iterator[Problem]:
    """`check`: how one category is checked (check_category; the editor's remembers)."""
    check = check or check_category
    first_with_order: dict[int, str] = {}
    for where, category in documents:
        if category.order in first_with_order:
            yield warning(
                join_path(where, "order"),
                QT_TRANSLATE_NOOP(
                    "Content", "{order} is also the order of {first}; these two are sorted by id"
                ),
                order=category.order,
                first=first_with_order[category.order],
            )
        first_with_order.setdefault(category.order, where)
        yield from check(where, category, context)


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
        yield warning(
            join_path(where, "images"),
            QT_TRANSLATE_NOOP("Content", "no image; the tile shows a plain background"),
        )
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
        yield too_long(join_path(where, "credit"), len(image.credit), limits.CREDIT_MAX_CHARS)
    located = locate(context.folder, image.file)
    if isinstance(located, MissingFile):
        yield located.problem(join_path(where, "file"))
        return
    info = inspect_image(located, decode=context.decode_images)
    if isinstance(info, ImageFault):
        yield problem(
            join_path(where, "file"),
            QT_TRANSLATE_NOOP("Content", "{file}: {fault}"),
            file=image.file,
            fault=info.message,
        )
    else:
        yield from _photo_shape_problems(
            join_path(where, "file"), image.file, info, focused=image.focus is not None
        )
    if image.license is None:
        yield warning(
            join_path(where, "license"),
            QT_TRANSLATE_NOOP(
                "Content",
                "has no licence; say on what terms the photo is used: CC0 1.0, CC BY 4.0, "
                "CC BY-SA 4.0, 'used with permission', or the licence it has",
            ),
        )
    credit = image.credit.strip().casefold()
    added = next((word for word in CAPTION_WORDS if credit.startswith(word.casefold())), None)
    if added is not None:
        yield warning(
            join_path(where, "credit"),
            QT_TRANSLATE_NOOP(
                "Content",
                "starts with '{word}', which the kiosk adds itself (it would show"
                " 'Kuva: {credit}'); leave the word out",
            ),
            word=added,
            credit=image.credit.strip(),
        )


def _photo_shape_problems(
    where: str, file: str, info: ImageInfo, *, focused: bool
) -> Iterator[Problem]:
    """A blurry photo, and one that loses much to the wide frame unless staff chose what
    stays in view (its focal point)."""
    if info.width < limits.IMAGE_MIN_WIDTH_PX:
        yield warning(
            where,
            QT_TRANSLATE_NOOP(
                "Content",
                "{file} is only {width} pixels wide and will look blurry; use one"
                " about 1600 pixels wide",
            ),
            file=file,
            width=info.width,
        )
    if info.width <= info.height * 1.05 and not focused:
        cut = round(100 * (1 - info.width / info.height / limits.GALLERY_ASPECT))
        square = info.width >= info.height * 0.95
        template = (
            QT_TRANSLATE_NOOP(
                "Content",
                "{file} is {width} × {height} pixels, square: the kiosk shows photos in a wide "
                "{frame} frame, so {cut} % of its height is cut off; use a landscape photo, "
                "or crop it wide",
            )
            if square
            else QT_TRANSLATE_NOOP(
                "Content",
                "{file} is {width} × {height} pixels, upright: the kiosk shows photos in a wide "
                "{frame} frame, so {cut} % of its height is cut off; use a landscape photo, "
                "or crop it wide",
            )
        )
        yield warning(
            where,
            template,
            file=file,
            width=info.width,
            height=info.height,
            frame=f"{round(limits.GALLERY_ASPECT * 10)}:10",
            cut=cut,
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
            QT_TRANSLATE_NOOP(
                "Content",
                "uses http://; phones may warn that the site is not secure, use "
                "https:// if the site supports it",
            ),
        )
    if len(link.url) > limits.URL_WARN_CHARS:
        yield warning(
            url_where,
            QT_TRANSLATE_NOOP(
                "Content",
                "is {length} characters long; a shorter address makes a QR code "
                "that is easier to scan",
            ),
            length=len(link.url),
        )
    if link.url in seen_urls:
        yield warning(
            url_where,
            QT_TRANSLATE_NOOP("Content", "the same address is already linked in this category"),
        )
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
        yield problem(
            where,
            QT_TRANSLATE_NOOP(
                "Content", "missing {language} text; every text needs the default language"
            ),
            language=language_name(languages.default),
        )
    meant = {code: meant_code(code, languages.listed) for code in texts}
    for code in languages.listed:
        missing = code != languages.default and not _has_text(texts.get(code))
        if missing and code not in meant.values():
            yield warning(
                join_path(where, code),
                QT_TRANSLATE_NOOP("Content", "no {language} text; {default} is shown instead"),
                language=language_name(code),
                default=language_name(languages.default),
            )
    for code, text in texts.items():
        if meant[code] is not None:
            yield problem(
                join_path(where, code),
                QT_TRANSLATE_NOOP(
                    "Content",
                    "'{code}' is not one of the kiosk's languages, so this text would"
                    " never be shown; did you mean '{meant}' ({language})?",
                ),
                code=code,
                meant=meant[code],
                language=_name_only(meant[code] or ""),
            )
        elif code not in languages.listed:
            yield warning(
                join_path(where, code),
                QT_TRANSLATE_NOOP(
                    "Content",
                    "{language} is not in settings languages, so this text is never shown",
                ),
                language=language_name(code),
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


def _name_only(code: str) -> str:
    """'Swedish' for sv: the language's name alone, for a message that shows its code."""
    return language_name(code).removesuffix(f" ({code})")
