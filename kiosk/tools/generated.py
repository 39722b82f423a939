"""Files written from the code by a tool and committed: the tool writes one, or with --check
says whether the committed one is stale (the tests run the check)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def write_or_check(
    target: Path, generate: Callable[[], str], tool: str, argv: list[str] | None
) -> int:
    """`tool`: the module that writes `target`, named in the message when it is stale."""
    parser = argparse.ArgumentParser(description=f"write {target.name}, or check it")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    options = parser.parse_args(argv)
    text = generate()
    if options.check:
        if not target.exists() or target.read_text("utf-8") != text:
            sys.stderr.write(f"{target} is stale: run uv run python -m {tool}\n")
            return 1
        return 0
    target.write_text(text, "utf-8")
    sys.stdout.write(f"Wrote {target}\n")
    return 0
