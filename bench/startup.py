"""Start-up, tap-to-detail and memory of the kiosk, against a bare Qt Quick window.

    uv run python bench/startup.py [--runs 5]

Runs each case in fresh processes, alternating the cases so that machine noise hits them
alike, and prints medians. The 200-category content is generated once into a temporary
folder (20-megapixel photos), so the first run takes a while.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PROBE = Path(__file__).resolve().parent / "probe.py"
BIG_SIZE = (5472, 3648)  # 20 megapixels, a common camera size
BIG_CATEGORIES = 200


def run_probe(mode: str, content: Path, cache: Path, taps: int = 0) -> dict[str, float]:
    """Run one probe process; its start time counts from just before it is spawned."""
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, str(PROBE), mode, str(content), str(cache), str(taps)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    result["start_ms"] = (result["first_frame"] - started) * 1000
    return result


def big_content(folder: Path) -> Path:
    """200 categories, each with its own 20-megapixel photo (hard links of a few files)."""
    path = folder / "content.json"
    if path.exists():
        return path
    images = folder / "resources" / "images"
    images.mkdir(parents=True)
    sources = []
    for index in range(4):
        source = images / f"source-{index}.jpg"
        noise = Image.effect_noise((BIG_SIZE[0] // 8, BIG_SIZE[1] // 8), 40 + index * 10)
        Image.merge("RGB", (noise, noise.rotate(180), noise)).resize(BIG_SIZE).save(
            source, quality=90
        )
        sources.append(source)
    categories = {}
    for number in range(1, BIG_CATEGORIES + 1):
        photo = images / f"photo-{number}.jpg"
        os.link(sources[number % len(sources)], photo)
        categories[str(number)] = {
            "id": f"category-{number}",
            "order": number,
            "title": {"fi": f"Palvelu numero {number}"},
            "summary": {"fi": "Lyhyt kuvaus palvelusta, jota tämä laatta esittelee."},
            "body": {"fi": ["Ensimmäinen kappale palvelusta.", "Toinen kappale."]},
            "images": [
                {
                    "file": f"resources/images/photo-{number}.jpg",
                    "alt": {"fi": "Kuva"},
                    "credit": "Testikuva",
                }
            ],
            "links": [{"label": {"fi": "Trimma"}, "url": "https://www.trimma.fi"}],
        }
    settings = {"1": {"title": {"fi": "Testisisältö"}, "languages": ["fi"]}}
    path.write_text(json.dumps({"settings": settings, "categories": categories}), "utf-8")
    return path


def median(values: list[float]) -> str:
    return f"{statistics.median(values):7.0f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--taps", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.gettempdir()) / "tietopiste-bench"
    work.mkdir(exist_ok=True)
    default = ROOT / "content.json"
    big = big_content(work / "big")
    photos = work / "five-photos.txt"
    photos.write_text("\n".join(str(p) for p in sorted((ROOT / "resources/images").glob("*.jpg"))))
    cases = {
        "bare window, 5 photo tiles": ("bare", photos, False),
        "kiosk, default content, cold cache": ("kiosk", default, True),
        "kiosk, default content, warm cache": ("kiosk", default, False),
        "kiosk, 200 categories, cold cache": ("kiosk", big, True),
        "kiosk, 200 categories, warm cache": ("kiosk", big, False),
    }
    results: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
    for mode, content, cold in cases.values():
        if not cold:  # fill the shared caches once, unmeasured, so "warm" means warm
            run_probe(mode, content, work / f"cache-{content.parent.name}")
    for _ in range(args.runs):
        for name, (mode, content, cold) in cases.items():
            cache = work / f"cache-{content.parent.name}"
            if cold:
                cache = work / f"cold-{content.parent.name}"
                shutil.rmtree(cache, ignore_errors=True)
            results[name].append(run_probe(mode, content, cache, args.taps))
    print(f"{'case':38} {'start ms':>8} {'tap ms':>7} {'RSS MB':>7}")  # noqa: T201
    for name, runs in results.items():
        taps = [tap for run in runs for tap in run["tap_ms"]] or [0.0]
        rss = max(run["peak_rss_mb"] for run in runs)
        print(f"{name:38} {median([r['start_ms'] for r in runs]):>8} {median(taps)} {rss:7.0f}")  # noqa: T201


if __name__ == "__main__":
    main()
