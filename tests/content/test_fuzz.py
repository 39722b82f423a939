"""Whatever content.json holds, loading it gives content or located problems, never an
exception (a bounded run here; bench/fuzz_content.py runs longer)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from kiosk.content.fingerprint import content_fingerprint
from kiosk.content.loader import LoadResult, load_content
from kiosk.shared.paths import default_content_path
from tests.content.mutations import broken_bytes, broken_structure

EXAMPLES = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check_file(path: Path) -> LoadResult:
    """What `kiosk run` and `kiosk validate` do with a file first: it must not raise."""
    content_fingerprint(path)
    result = load_content(path, decode_images=False, images_folder=default_content_path().parent)
    assert result.content is not None or result.errors
    assert all(problem.message for problem in result.problems)
    return result


@EXAMPLES
@given(broken_bytes())
def test_any_bytes_give_content_or_problems(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "content.json"
    path.write_bytes(data)
    check_file(path)


@EXAMPLES
@given(broken_structure())
def test_any_structure_gives_content_or_problems(tmp_path: Path, text: str) -> None:
    path = tmp_path / "content.json"
    path.write_text(text, "utf-8")
    check_file(path)
