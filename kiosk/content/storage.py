"""TinyDB storage for content.json: a fresh read every time, atomic writes, clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from tinydb.storages import Storage

from kiosk.content.characters import value_problems
from kiosk.content.json_errors import describe_unicode_error
from kiosk.content.json_keys import WrittenKey, repeated_keys
from kiosk.content.json_syntax import syntax_problems
from kiosk.content.problems import ContentFileError, Problem, join_path, problem
from kiosk.shared.atomic import atomic_write_bytes
from kiosk.shared.compat import override
from kiosk.shared.wording import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 10 * 1024 * 1024

TinyDBData = dict[str, dict[str, Any]]


class ContentStorage(Storage):
    """Reads the whole file on every `read()` and never keeps a handle open.

    Staff replace content.json while the kiosk runs (editors save by writing a new file and
    renaming it), so a handle kept open would go on reading the deleted old file. Writes go
    to a temporary file that replaces the original only once it is safely on disk; TinyDB's
    own JSONStorage overwrites in place and can leave half a file after a power cut.
    """

    def __init__(self, path: str | Path, **_ignored: Any) -> None:
        super().__init__()
        self.path = Path(path)

    @override
    def read(self) -> TinyDBData | None:
        text = _read_text(self.path)
        if not text.strip():
            return None
        return cast(TinyDBData, without_schema_key(parsed(text)))

    @override
    def write(self, data: TinyDBData) -> None:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        atomic_write_bytes(self.path, text.encode("utf-8"))


SCHEMA_KEY = "$schema"


def parsed(text: str) -> dict[str, Any]:
    """content.json's text as its tables, or a ContentFileError saying where and why it
    cannot be read. A `$schema` key is kept (tools that rewrite the file keep it too)."""
    try:
        data: object = _parse(text)
    except json.JSONDecodeError as error:
        raise ContentFileError(syntax_problems(error)) from error
    except RecursionError as error:
        raise ContentFileError([problem("", NESTED_TOO_DEEP)]) from error
    except ValueError as error:
        # Python refuses to read an integer of over 4300 digits.
        far_too_long = problem("", QT_TRANSLATE_NOOP("Content", "a number is far too long"))
        raise ContentFileError([far_too_long]) from error
    problems = shape_problems(data)
    if problems:
        raise ContentFileError(problems)
    return cast(dict[str, Any], data)


def shape_problems(data: object) -> list[Problem]:
    """What stops the content being read as tables of documents at all."""
    checked = without_schema_key(data)
    return value_problems(checked) or tinydb_shape_problems(checked)


def without_schema_key(data: object) -> object:
    """Where an editor finds the schema (VS Code's usual way) is not a table."""
    if isinstance(data, dict) and isinstance(data.get(SCHEMA_KEY), str):
        return {key: value for key, value in data.items() if key != SCHEMA_KEY}
    return data


NESTED_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Content",
    "the brackets [ ] and braces {{ }} are nested thousands of levels"
    " deep: this is not a content file for the kiosk",
)


def _parse(text: str) -> object:
    """JSON, refusing a key written twice in one block: JSON keeps the last silently, so a
    category copied without a new number would replace the one it was copied from."""
    replaced: dict[str, list[object]] = {}

    def block(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in pairs:
            if key in values:
                replaced.setdefault(key, []).append(values[key])
            values[key] = value
        return values

    data = json.loads(text, object_pairs_hook=block)
    if replaced:
        raise ContentFileError(
            _repeated_key(first, again, replaced) for first, again in repeated_keys(text)
        )
    return data


def _repeated_key(
    first: WrittenKey, again: WrittenKey, replaced: dict[str, list[object]]
) -> Problem:
    lines = {"first": first.line, "again": again.line}
    if len(first.block) == 1:
        lost_values = replaced.get(first.key) or [None]
        lost = lost_values.pop(0)
        lost_id = lost.get("id") if isinstance(lost, dict) else None
        if isinstance(lost_id, str):
            return problem(
                join_path(*first.block),
                QT_TRANSLATE_NOOP(
                    "Content",
                    '"{key}" is written twice (lines {first} and {again}); the one '
                    "with id '{lost}' would be lost: give each one its own number",
                ),
                key=first.key,
                lost=lost_id,
                **lines,
            )
        return problem(
            join_path(*first.block),
            QT_TRANSLATE_NOOP(
                "Content",
                '"{key}" is written twice (lines {first} and {again}): give each '
                "one its own number",
            ),
            key=first.key,
            **lines,
        )
    return problem(
        join_path(*first.block, first.key),
        QT_TRANSLATE_NOOP(
            "Content",
            "is written twice in the same block (lines {first} and {again}); "
            "only the last would count: keep one",
        ),
        **lines,
    )


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ContentFileError(
                [
                    problem(
                        "",
                        QT_TRANSLATE_NOOP(
                            "Content",
                            "the file is {size} KB; content files can be at most {most} MB "
                            "(is this the right file?)",
                        ),
                        size=size // 1024,
                        most=MAX_FILE_BYTES // (1024 * 1024),
                    )
                ]
            )
        raw = path.read_bytes()
    except FileNotFoundError as error:
        missing = problem("", QT_TRANSLATE_NOOP("Content", "file not found: {path}"), path=path)
        raise ContentFileError([missing]) from error
    except IsADirectoryError as error:
        folder = problem(
            "", QT_TRANSLATE_NOOP("Content", "this is a folder, not a file: {path}"), path=path
        )
        raise ContentFileError([folder]) from error
    except OSError as error:
        reason = error.strerror or str(error)
        unread = problem(
            "", QT_TRANSLATE_NOOP("Content", "cannot read the file: {reason}"), reason=reason
        )
        raise ContentFileError([unread]) from error
    try:
        # utf-8-sig: Windows Notepad may start the file with a byte-order mark.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ContentFileError([describe_unicode_error(raw, error)]) from error


def tinydb_shape_problems(data: object) -> list[Problem]:
    """TinyDB's layout: {table name: {document id: {field: value}}}, ids being whole numbers."""
    if not isinstance(data, dict):
        return [
            problem(
                "",
                QT_TRANSLATE_NOOP(
                    "Content",
                    "the file must hold one JSON object {{ … }} with the tables "
                    '"settings" and "categories"',
                ),
            )
        ]
    problems: list[Problem] = []
    for table, documents in data.items():
        if not isinstance(documents, dict):
            problems.append(
                problem(
                    table,
                    QT_TRANSLATE_NOOP(
                        "Content",
                        "a table must be an object {{ … }} of documents keyed by number, "
                        'like {{"1": {{ … }}, "2": {{ … }}}}',
                    ),
                )
            )
            continue
        for doc_id, document in documents.items():
            if not doc_id.isdecimal():
                problems.append(
                    problem(
                        join_path(table, doc_id),
                        QT_TRANSLATE_NOOP(
                            "Content",
                            'documents are keyed by a number in quotes, like "1", "2", "3"',
                        ),
                    )
                )
            elif not isinstance(document, dict):
                problems.append(
                    problem(
                        join_path(table, doc_id),
                        QT_TRANSLATE_NOOP("Content", "a document must be an object {{ … }}"),
                    )
                )
    return problems
