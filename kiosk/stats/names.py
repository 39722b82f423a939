"""What the summary calls the things it counts: titles and labels from the content, where
the content still has them, else the ids the events keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.content.languages import autonym
from kiosk.stats.events import Kind

if TYPE_CHECKING:
    from kiosk.content.loader import Content

CONTROL_NAMES = {
    "large_text": "larger text",
    "contrast": "high contrast",
    "reach": "reach mode (UI moved down)",
    "read": "read aloud",
    "repeat": "read again from the start",
}


class Names:
    def __init__(self, content: Content | None = None) -> None:
        self._titles: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        if content is not None:
            self._learn(content)

    def _learn(self, content: Content) -> None:
        language = content.settings.default_language
        for category in content.categories:
            self._titles[category.id] = category.title.get(language, category.id)
            for link in category.links:
                self._labels[link.url] = link.label.get(language, link.url)

    def __call__(self, kind: Kind, subject: str) -> str:
        if kind in (Kind.CATEGORY, Kind.PHOTO):
            title = self._titles.get(subject)
            return f"{title} ({subject})" if title else subject
        if kind is Kind.QR:
            label = self._labels.get(subject)
            return f"{label} ({subject})" if label else subject
        if kind is Kind.LANGUAGE:
            return f"{autonym(subject)} ({subject})"
        return CONTROL_NAMES.get(subject, subject) or kind.value
