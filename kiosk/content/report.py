"""The validator's report: every problem on its own line, then a one-line verdict."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.loader import LoadResult, load_content


@dataclass(frozen=True, slots=True)
class Report:
    ok: bool
    text: str


def validation_report(path: Path, label: str) -> Report:
    result = load_content(path)
    lines = []
    for problem in result.errors + result.warnings:
        lines.append(problem.describe(label))
        lines += [f"    {line}" for line in problem.excerpt.splitlines()]
    lines.append(_verdict(result, label))
    return Report(result.ok, "\n".join(lines))


def _verdict(result: LoadResult, label: str) -> str:
    errors, warnings = len(result.errors), len(result.warnings)
    if result.content is None:
        return (
            f"{label}: {_count(errors, 'error')}, {_count(warnings, 'warning')}. "
            f"The kiosk will not show this content until the errors are fixed."
        )
    categories = len(result.content.categories)
    images = sum(len(category.images) for category in result.content.categories)
    summary = f"{_count(categories, 'category', 'categories')}, {_count(images, 'image')}"
    if warnings:
        return f"OK with {_count(warnings, 'warning')}: {label} ({summary})"
    return f"OK: {label} ({summary})"


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"
