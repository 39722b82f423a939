"""resources/images/CREDITS.md, written from the content: every image with what it shows, who
made it, its licence and where it came from. content.json is the one source of the credits;
the tools that change the content write this file with it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from kiosk.content.loader import Content
from kiosk.shared.atomic import atomic_write_bytes
from kiosk.shared.paths import CONTENT_IMAGES
from kiosk.shared.wording import QT_TRANSLATE_NOOP

CREDITS_FILE = CONTENT_IMAGES / "CREDITS.md"
WROTE = QT_TRANSLATE_NOOP("Content", "Wrote {file}")

HEADER = """# Image credits

Written from content.json by the kiosk's tools (`kiosk photo add`, the editor): change the
credits there, not here. Every image the kiosk shows is listed with what it shows, who made it,
under what licence or permission it is shown, and where it came from. The `credit` is what the
screen shows after "Kuva:". Never credit someone for an image they did not make.

| file | shows | credit | licence | source |
| --- | --- | --- | --- | --- |
"""


def credits_markdown(content: Content) -> str:
    default = content.settings.default_language
    rows = []
    seen: set[str] = set()
    for category in content.categories:
        for image in category.images:
            if image.file in seen:
                continue
            seen.add(image.file)
            cells = [
                f"`{PurePosixPath(image.file).name}`",
                _cell(image.alt.get(default, "")),
                _cell(image.credit),
                _cell(image.license or "not given"),
                _cell(image.source or "not given"),
            ]
            rows.append(f"| {' | '.join(cells)} |\n")
    return HEADER + "".join(rows)


def write_credits(content: Content, folder: Path) -> Path:
    """CREDITS.md in the content's `folder`, written only when it differs from the content."""
    credits = folder / CREDITS_FILE
    text = credits_markdown(content)
    current = credits.read_text("utf-8") if credits.exists() else None
    if text != current:
        credits.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(credits, text.encode("utf-8"))
    return credits


def _cell(text: str) -> str:
    """A table cell: one line, and a | in the text does not end the cell."""
    return " ".join(text.split()).replace("|", "\\|")
