"""A longer run of tests/content/test_fuzz.py: broken copies of the bundled content.json, by
bytes and by structure, through fingerprinting and loading; any exception is a failure.

    uv run python bench/fuzz_content.py [EXAMPLES]   (default 5000 of each kind)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests.content.mutations import broken_bytes, broken_structure
from tests.content.test_fuzz import check_file


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    tried = {"bytes": 0, "structure": 0}
    refused = {"bytes": 0, "structure": 0}
    folder = Path(tempfile.mkdtemp(prefix="tietopiste-fuzz-"))
    path = folder / "content.json"
    run = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    def count(kind: str) -> None:
        tried[kind] += 1
        refused[kind] += check_file(path).content is None

    @run
    @given(broken_bytes())
    def by_bytes(data: bytes) -> None:
        path.write_bytes(data)
        count("bytes")

    @run
    @given(broken_structure())
    def by_structure(text: str) -> None:
        path.write_text(text, "utf-8")
        count("structure")

    began = time.perf_counter()
    by_bytes()
    by_structure()
    seconds = time.perf_counter() - began
    for kind in tried:
        line = f"{kind}: {tried[kind]} inputs, {refused[kind]} refused with problems, no exception"
        print(line)  # noqa: T201
    print(f"{sum(tried.values())} inputs in {seconds:.0f} s")  # noqa: T201


if __name__ == "__main__":
    main()
