"""Adding a photo to a category: the photo imported (kiosk.images.importing) and named in the
category, saved only if the content then passes every check; otherwise nothing is left
behind, neither the new file nor a half-changed content.json."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.document import ContentDocument, Saved
from kiosk.content.problems import problem
from kiosk.images.importing import PhotoImportError, import_photo
from kiosk.shared.wording import QT_TRANSLATE_NOOP

ADDED = QT_TRANSLATE_NOOP("Content", "Added {file} to {category} in {content}")
NOTHING_CHANGED = QT_TRANSLATE_NOOP("Content", "Nothing was changed.")


@dataclass(frozen=True, slots=True)
class PhotoDetails:
    credit: str
    license: str | None
    alt: dict[str, str]  # what the photo shows, by language
    source: str | None = None  # where it came from, for CREDITS.md


@dataclass(frozen=True, slots=True)
class Added:
    saved: Saved
    file: str = ""  # as content.json names it

    @property
    def ok(self) -> bool:
        return self.saved.ok


def add_photo(
    document: ContentDocument, source: Path, category_id: str, details: PhotoDetails
) -> Added:
    category = document.category(category_id)
    if category is None:
        unknown = problem(
            "categories",
            QT_TRANSLATE_NOOP("Content", "there is no category with the id '{id}'"),
            id=category_id,
        )
        return Added(Saved(False, (unknown,)))
    try:
        imported = import_photo(source, document.path.parent, category_id)
    except PhotoImportError as error:
        return Added(Saved(False, (problem("", error.template, **error.values),)))
    entry: dict[str, object] = {"file": imported.relative, "alt": details.alt}
    entry["credit"] = details.credit
    if details.license:
        entry["license"] = details.license
    if details.source:
        entry["source"] = details.source
    images = category.setdefault("images", [])
    images.append(entry)
    saved = document.save()
    if not saved.ok:
        images.pop()
        imported.path.unlink(missing_ok=True)
    return Added(saved, imported.relative)
