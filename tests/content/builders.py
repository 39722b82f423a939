"""Small, valid content files to break one rule at a time."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from PIL import Image

IMAGE_FILE = "resources/images/photo.jpg"


def write_photo(path: Path, size: tuple[int, int] = (1600, 1000), fmt: str = "JPEG") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (40, 120, 160)).save(path, fmt)
    return path


def category(number: int, **overrides: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "id": f"category-{number}",
        "order": number * 10,
        "title": {"fi": f"Luokka {number}"},
        "summary": {"fi": "Lyhyt kuvaus laatalle."},
        "body": {"fi": ["Ensimmäinen kappale.", "Toinen kappale."]},
        "images": [
            {
                "file": IMAGE_FILE,
                "alt": {"fi": "Kuvan kuvaus"},
                "credit": "Kuvaaja / Kuvapankki",
                "license": "CC BY 4.0",
            }
        ],
        "links": [{"label": {"fi": "Trimma ry"}, "url": "https://www.trimma.fi"}],
    }
    document.update(overrides)
    return document


def valid_data(categories: int = 2) -> dict[str, Any]:
    return {
        "settings": {
            "1": {
                "title": {"fi": "Testikioski"},
                "default_language": "fi",
                "languages": ["fi"],
                "idle_timeout_s": 60,
                "attract_after_s": 120,
            }
        },
        "categories": {str(n): category(n) for n in range(1, categories + 1)},
    }


def write_content(folder: Path, data: dict[str, Any] | str) -> Path:
    """Write content.json (a dict, or raw text for syntax errors) with its photo beside it."""
    write_photo(folder / IMAGE_FILE)
    path = folder / "content.json"
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


def changed(data: dict[str, Any], where: str, value: Any) -> dict[str, Any]:
    """A copy of `data` with the value at a slash path such as 'categories/1/title' replaced."""
    result = copy.deepcopy(data)
    parent, key = _parent(result, where)
    parent[key] = value
    return result


def removed(data: dict[str, Any], where: str) -> dict[str, Any]:
    result = copy.deepcopy(data)
    parent, key = _parent(result, where)
    del parent[key]
    return result


def _parent(data: Any, where: str) -> tuple[Any, Any]:
    *parents, last = where.split("/")
    node = data
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, int(last) if isinstance(node, list) else last


def in_languages(data: dict[str, Any], languages: list[str]) -> dict[str, Any]:
    """A copy with every Finnish text also in `languages`, marked '[code]' to tell apart."""
    result = copy.deepcopy(data)
    result["settings"]["1"]["languages"] = ["fi", *languages]

    def translate(node: Any) -> None:
        if isinstance(node, dict):
            if "fi" in node:
                original = node["fi"]
                for code in languages:
                    node[code] = (
                        [f"[{code}] {text}" for text in original]
                        if isinstance(original, list)
                        else f"[{code}] {original}"
                    )
            for value in node.values():
                translate(value)
        elif isinstance(node, list):
            for value in node:
                translate(value)

    translate(result)
    return result
