"""The validator's report: every problem on its own line, then a one-line verdict, in the
reader's language when a translation is given (English without)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.loader import LoadResult, load_content
from kiosk.content.problems import Translate
from kiosk.shared.wording import QT_TRANSLATE_NOOP, saying


@dataclass(frozen=True, slots=True)
class Report:
    ok: bool
    text: str


def validation_report(path: Path, label: str, translate: Translate | None = None) -> Report:
    return report_of(load_content(path), label, translate)


def report_of(result: LoadResult, label: str, translate: Translate | None = None) -> Report:
    lines = []
    for problem in result.errors + result.warnings:
        lines.append(problem.describe(label, translate))
        lines += [f"    {line}" for line in problem.excerpt.splitlines()]
    lines.append(_verdict(result, label, saying(translate)))
    return Report(result.ok, "\n".join(lines))


def _verdict(result: LoadResult, label: str, said: Callable[..., str]) -> str:
    errors = _count(said, len(result.errors), ONE_ERROR, ERRORS)
    warnings = _count(said, len(result.warnings), ONE_WARNING, WARNINGS)
    if result.content is None:
        return said(REFUSED, label=label, errors=errors, warnings=warnings)
    categories = len(result.content.categories)
    images = sum(len(category.images) for category in result.content.categories)
    summary = said(
        SUMMARY,
        categories=_count(said, categories, ONE_CATEGORY, CATEGORIES),
        images=_count(said, images, ONE_IMAGE, IMAGES),
    )
    if result.warnings:
        return said(OK_WITH_WARNINGS, label=label, warnings=warnings, summary=summary)
    return said(OK, label=label, summary=summary)


def _count(said: Callable[..., str], count: int, one: str, many: str) -> str:
    return said(one) if count == 1 else said(many, count=count)


ONE_ERROR = QT_TRANSLATE_NOOP("Content", "1 error")
ERRORS = QT_TRANSLATE_NOOP("Content", "{count} errors")
ONE_WARNING = QT_TRANSLATE_NOOP("Content", "1 warning")
WARNINGS = QT_TRANSLATE_NOOP("Content", "{count} warnings")
ONE_CATEGORY = QT_TRANSLATE_NOOP("Content", "1 category")
CATEGORIES = QT_TRANSLATE_NOOP("Content", "{count} categories")
ONE_IMAGE = QT_TRANSLATE_NOOP("Content", "1 image")
IMAGES = QT_TRANSLATE_NOOP("Content", "{count} images")
SUMMARY = QT_TRANSLATE_NOOP("Content", "{categories}, {images}")
REFUSED = QT_TRANSLATE_NOOP(
    "Content",
    "{label}: {errors}, {warnings}. The kiosk will not show this content until the errors are "
    "fixed.",
)
OK_WITH_WARNINGS = QT_TRANSLATE_NOOP("Content", "OK with {warnings}: {label} ({summary})")
OK = QT_TRANSLATE_NOOP("Content", "OK: {label} ({summary})")
