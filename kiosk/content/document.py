"""content.json as staff's tools edit it: read once, changed in memory, and written back only
when the result passes every check and nobody changed the file meanwhile, in the file's own
layout, with the previous version kept.

Unchanged content is never rewritten, so opening and saving it changes no byte; a changed file
keeps its indentation and the order of its fields, so a diff shows only what was changed, and
every field a tool does not change is carried through as it was. resources/images/CREDITS.md
is written with it (kiosk.content.credits)."""

from __future__ import annotations

import copy
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.credits import write_credits
from kiosk.content.loader import LoadResult, check_data, load_content
from kiosk.content.memo import CheckMemo
from kiosk.content.problems import ContentFileError, Problem, problem
from kiosk.content.storage import parsed
from kiosk.shared.atomic import atomic_write_bytes
from kiosk.shared.wording import QT_TRANSLATE_NOOP

VERSIONS_FOLDER = "content-versions"
CHANGED_ON_DISK = QT_TRANSLATE_NOOP(
    "Content",
    "content.json was changed on disk after it was opened (by someone else, or a sync); open "
    "it again before saving, or these changes would replace theirs",
)
KEPT_VERSIONS = 20
_INDENT = re.compile(r'^\{\s*\n([ \t]+)"', re.MULTILINE)


class DocumentError(ValueError):
    """The file cannot be edited as it is (it does not parse); `problems` say where and why."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.describe("content.json") for p in problems))


@dataclass(frozen=True, slots=True)
class Saved:
    ok: bool
    problems: tuple[Problem, ...]  # why it was refused, or the warnings it was saved with
    kept: Path | None = None  # where the previous version was kept


class ContentDocument:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self.original = path.read_bytes()
        try:
            text = self.original.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Reading the file as the kiosk does says where and why, as `kiosk validate` would.
            raise DocumentError(load_content(path, decode_images=False).problems) from None
        try:
            data = parsed(text)
        except ContentFileError as error:
            raise DocumentError(error.problems) from None
        self.data: dict[str, Any] = data
        self._saved_data = copy.deepcopy(data)
        self._indent = _indent_of(text)

    @property
    def changed(self) -> bool:
        return self.data != self._saved_data

    def changed_on_disk(self) -> bool:
        """Someone else (another staff member, a sync) changed the file since it was read."""
        try:
            return self.path.read_bytes() != self.original
        except OSError:
            return True

    def category(self, category_id: str) -> dict[str, Any] | None:
        for document in self.data.get("categories", {}).values():
            if isinstance(document, dict) and document.get("id") == category_id:
                return document
        return None

    def text(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=self._indent) + "\n"

    def check(self) -> LoadResult:
        """The checks `kiosk validate` makes, on the content as it would be written."""
        data = json.loads(self.text())
        return check_data(data, self.path, self.path.parent, decode_images=True)

    def check_as_typed(self, memo: CheckMemo) -> LoadResult:
        """The same checks, quickly, as staff type: photos' headers only, and only what
        changed since `memo` last saw it. The checks only read the data."""
        return check_data(self.data, self.path, self.path.parent, memo=memo)

    def save(self) -> Saved:
        """Write the edited content if it passes the checks (warnings are allowed); never
        write a file with errors, and never rewrite unchanged content."""
        if not self.changed:
            return Saved(True, ())
        if self.changed_on_disk():
            return Saved(False, (problem("", CHANGED_ON_DISK),))
        result = self.check()
        if not result.ok:
            return Saved(False, result.errors)
        kept = self._keep_previous()
        atomic_write_bytes(self.path, self.text().encode("utf-8"))
        self._saved_data = copy.deepcopy(self.data)
        self.original = self.path.read_bytes()
        if result.content is not None:
            write_credits(result.content, self.path.parent)
        return Saved(True, result.warnings, kept)

    def _keep_previous(self) -> Path:
        """The version being replaced, named by when it was replaced; the oldest go beyond
        the last KEPT_VERSIONS."""
        folder = self.path.parent / VERSIONS_FOLDER
        folder.mkdir(exist_ok=True)
        stamp = time.strftime("%Y-%m-%d_%H-%M-%S", time.localtime(self._clock()))
        kept = folder / f"content-{stamp}.json"
        number = 2
        while kept.exists():
            kept = folder / f"content-{stamp}-{number}.json"
            number += 1
        atomic_write_bytes(kept, self.original)
        kept_versions = sorted(folder.glob("content-*.json"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept_versions[:-KEPT_VERSIONS]:
            old.unlink(missing_ok=True)
        return kept


def _indent_of(text: str) -> int | str:
    """The indentation the file uses (two spaces when it cannot be told)."""
    found = _INDENT.search(text)
    if found is None:
        return 2
    indent = found[1]
    return len(indent) if set(indent) == {" "} else indent
