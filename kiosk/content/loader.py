"""Load content.json into typed, validated models, or say exactly what is wrong with it."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationError
from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from kiosk.content.checks import (
    Context,
    Languages,
    check_categories,
    check_category,
    check_settings,
    check_unique_ids,
)
from kiosk.content.memo import CheckMemo, text_of
from kiosk.content.messages import problems_from_validation
from kiosk.content.problems import ContentFileError, Problem, join_path, problem
from kiosk.content.schema import Category, ImageRef, Settings
from kiosk.content.storage import ContentStorage, shape_problems, without_schema_key
from kiosk.shared.wording import QT_TRANSLATE_NOOP

SETTINGS_TABLE = "settings"
CATEGORIES_TABLE = "categories"
_TINYDB_DEFAULT_TABLE = "_default"

M = TypeVar("M", bound=BaseModel)

# When the settings do not validate: their languages if those at least are readable, else
# none, which leaves the texts' language checks out (one broken setting, one message).
_UNKNOWN_LANGUAGES = Languages("", ())

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Content:
    """Valid content, ready to show: categories in home-screen order."""

    source: Path
    settings: Settings
    categories: tuple[Category, ...]
    # Where image paths are relative to: the folder of content.json, also when the content
    # itself was read from the last good copy kept elsewhere.
    folder: Path

    def image_path(self, image: ImageRef) -> Path:
        return self.folder / image.file

    @property
    def shown(self) -> tuple[Category, ...]:
        """The categories visitors see: all but those staff hid ("visible": false)."""
        return tuple(category for category in self.categories if category.visible)

    @property
    def hidden(self) -> tuple[Category, ...]:
        return tuple(category for category in self.categories if not category.visible)


@dataclass(frozen=True, slots=True)
class LoadResult:
    source: Path
    content: Content | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def ok(self) -> bool:
        return self.content is not None


def load_content(
    path: Path, *, decode_images: bool = True, images_folder: Path | None = None
) -> LoadResult:
    """Read and check content.json. `decode_images=False` checks only the images' headers
    (the running kiosk: a damaged photo then shows as a placeholder), which keeps start-up
    fast with hundreds of large photos; `kiosk validate` decodes every image. Never raises:
    whatever the file holds, the answer is content or problems."""
    try:
        data = ContentStorage(path).read()
        if data is None:
            return LoadResult(
                path, None, (problem("", QT_TRANSLATE_NOOP("Content", "the file is empty")),)
            )
        return _load_tables(path, _snapshot_db(data), decode_images, images_folder or path.parent)
    except ContentFileError as error:
        return LoadResult(path, None, error.problems)
    except Exception as error:  # noqa: BLE001 - the boundary: a fault of ours, not staff's
        log.exception("Checking %s failed", path)
        return LoadResult(path, None, (_checking_failed(error),))


def check_data(
    data: dict[str, Any],
    path: Path,
    images_folder: Path,
    *,
    decode_images: bool = False,
    memo: CheckMemo | None = None,
) -> LoadResult:
    """The checks of load_content on content already read (the editor's unsaved content).
    With `memo`, a category unchanged since the memo last saw it is not checked again (its
    photo files are then not looked at again either; saving checks everything afresh)."""
    problems = _shape_problems(data, memo)
    if problems:
        return LoadResult(path, None, tuple(problems))
    tables = cast(dict[str, Any], without_schema_key(data))
    try:
        return _load_tables(path, _snapshot_db(tables), decode_images, images_folder, memo)
    except Exception as error:  # noqa: BLE001 - the boundary, as in load_content
        log.exception("Checking the edited content failed")
        return LoadResult(path, None, (_checking_failed(error),))


def remember_well_formed(memo: CheckMemo, data: dict[str, Any]) -> None:
    """Tell `memo` that every document of `data` has the shape content needs (the file was
    just read and its shape checked whole), so that the first check does not do it again."""
    for table, documents in data.items():
        if isinstance(documents, dict):
            for doc_id, document in documents.items():
                memo.get(_shape_key(table, doc_id, document), list)


def _shape_key(table: str, doc_id: str, document: object) -> tuple[str, ...]:
    return ("shape", table, doc_id, text_of(document))


def _shape_problems(data: dict[str, Any], memo: CheckMemo | None) -> list[Problem]:
    if memo is None:
        return shape_problems(data)
    found: list[Problem] = []
    for table, documents in data.items():
        if not isinstance(documents, dict):
            return shape_problems(data)
        for doc_id, document in documents.items():
            part = {table: {doc_id: document}}
            found += memo.get(_shape_key(table, doc_id, document), partial(shape_problems, part))
    return found


def _checking_failed(error: Exception) -> Problem:
    return problem(
        "",
        QT_TRANSLATE_NOOP(
            "Content",
            "the content could not be checked ({error}); the kiosk keeps what"
            " it showed. Please send the kiosk's log to its makers",
        ),
        error=type(error).__name__,
    )


def _snapshot_db(data: dict[str, Any]) -> TinyDB:
    """TinyDB over one read of the file, so that every table comes from the same version of it
    even if staff replace the file while it is being loaded."""
    db = TinyDB(storage=MemoryStorage)
    db.storage.write(data)
    return db


def _load_tables(
    path: Path, db: TinyDB, decode_images: bool, folder: Path, memo: CheckMemo | None = None
) -> LoadResult:
    problems = list(_table_problems(db))
    settings_document = _load_settings(db, problems)
    texts = (
        {join_path(CATEGORIES_TABLE, d.doc_id): text_of(d) for d in db.table(CATEGORIES_TABLE)}
        if memo is not None
        else {}
    )
    documents = list(_validated(db, CATEGORIES_TABLE, Category, problems, memo, texts))
    languages = _raw_languages(db)
    if settings_document is not None:
        where, settings = settings_document
        languages = Languages(settings.default_language, settings.languages)
        problems += check_settings(where, settings)
    # Categories are checked even when the settings are broken, so that staff see every
    # problem in one go.
    problems += check_unique_ids(
        [(join_path(CATEGORIES_TABLE, d.doc_id), d.get("id")) for d in db.table(CATEGORIES_TABLE)]
    )
    context = Context(languages, folder, decode_images)
    check = check_category
    if memo is not None:

        def check(where: str, category: Category, context: Context) -> Iterator[Problem]:
            key = ("check", where, texts[where], context)
            return iter(memo.get(key, lambda: tuple(check_category(where, category, context))))

    problems += check_categories(documents, context, check)
    if documents and not any(category.visible for _, category in documents):
        everything_hidden = QT_TRANSLATE_NOOP(
            "Content",
            'every category is hidden ("visible": false); the home screen would be empty',
        )
        problems.append(problem(CATEGORIES_TABLE, everything_hidden))
    if settings_document is None or any(p.is_error for p in problems):
        return LoadResult(path, None, tuple(problems))
    ordered = sorted((category for _, category in documents), key=lambda c: (c.order, c.id))
    return LoadResult(path, Content(path, settings, tuple(ordered), folder), tuple(problems))


def _raw_languages(db: TinyDB) -> Languages:
    documents = db.table(SETTINGS_TABLE).all() if SETTINGS_TABLE in db.tables() else []
    raw = documents[0] if len(documents) == 1 else {}
    listed, default = raw.get("languages"), raw.get("default_language")
    if (
        isinstance(listed, list)
        and listed
        and all(isinstance(code, str) for code in listed)
        and isinstance(default, str)
        and default in listed
    ):
        return Languages(default, tuple(listed))
    return _UNKNOWN_LANGUAGES


def _table_problems(db: TinyDB) -> Iterator[Problem]:
    expected = {SETTINGS_TABLE, CATEGORIES_TABLE}
    for name in sorted(db.tables() - expected):
        if name == _TINYDB_DEFAULT_TABLE and not db.table(name).all():
            continue
        yield problem(
            name,
            QT_TRANSLATE_NOOP(
                "Content",
                "unknown table '{name}'; the file holds only the tables '{a}' and '{b}'",
            ),
            name=name,
            a=SETTINGS_TABLE,
            b=CATEGORIES_TABLE,
        )
    for name in sorted(expected - db.tables()):
        yield problem(
            name, QT_TRANSLATE_NOOP("Content", "the table '{name}' is missing"), name=name
        )
    if CATEGORIES_TABLE in db.tables() and not db.table(CATEGORIES_TABLE).all():
        yield problem(
            CATEGORIES_TABLE,
            QT_TRANSLATE_NOOP("Content", "there are no categories; the home screen would be empty"),
        )


def _load_settings(db: TinyDB, problems: list[Problem]) -> tuple[str, Settings] | None:
    documents = list(_validated(db, SETTINGS_TABLE, Settings, problems))
    count = len(db.table(SETTINGS_TABLE))
    if count > 1:
        problems.append(
            problem(
                SETTINGS_TABLE,
                QT_TRANSLATE_NOOP("Content", "has {count} documents; keep exactly one"),
                count=count,
            )
        )
        return None
    if count == 0 and SETTINGS_TABLE in db.tables():
        problems.append(
            problem(
                SETTINGS_TABLE,
                QT_TRANSLATE_NOOP("Content", "has no document; add one with the settings"),
            )
        )
    return documents[0] if documents else None


def _validated(
    db: TinyDB,
    table: str,
    model: type[M],
    problems: list[Problem],
    memo: CheckMemo | None = None,
    texts: dict[str, str] | None = None,
) -> Iterator[tuple[str, M]]:
    for document in db.table(table).all():
        where = join_path(table, document.doc_id)
        if memo is not None and texts is not None:
            key = ("valid", where, texts[where], model)
            valid, refused = memo.get(key, partial(_validate, model, document, where))
        else:
            valid, refused = _validate(model, document, where)
        problems += refused
        if valid is not None:
            yield where, valid


def _validate(
    model: type[M], document: dict[str, Any], where: str
) -> tuple[M | None, tuple[Problem, ...]]:
    try:
        return model.model_validate(dict(document)), ()
    except ValidationError as error:
        return None, tuple(problems_from_validation(error, where, model))
