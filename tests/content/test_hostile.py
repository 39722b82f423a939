"""Any content, any bytes: loading, fingerprinting and `kiosk validate` answer with located
problems, never an exception."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.fingerprint import content_fingerprint
from kiosk.content.loader import load_content
from tests.content.builders import write_content
from tests.content.hostile import HOSTILE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_content_is_refused_with_a_message(case: str, tmp_path: Path) -> None:
    path = write_content(tmp_path, HOSTILE[case])
    result = load_content(path)
    assert result.content is None
    assert result.problems
    assert all(problem.message for problem in result.problems)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_content_has_a_fingerprint_or_none(case: str, tmp_path: Path) -> None:
    content_fingerprint(write_content(tmp_path, HOSTILE[case]))


@pytest.mark.parametrize("case", ["nul-in-image-path", "deeply-nested-brackets"])
def test_kiosk_validate_reports_hostile_content_without_a_traceback(
    case: str, tmp_path: Path
) -> None:
    path = write_content(tmp_path, HOSTILE[case])
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "content.json" in result.stdout


def test_a_control_character_in_an_image_path_is_located(tmp_path: Path) -> None:
    result = load_content(write_content(tmp_path, HOSTILE["nul-in-image-path"]))
    described = [problem.describe("content.json") for problem in result.problems]
    assert any("categories/1/images/0/file" in line and "U+0000" in line for line in described)


def test_deep_nesting_says_so(tmp_path: Path) -> None:
    result = load_content(write_content(tmp_path, HOSTILE["deeply-nested-brackets"]))
    assert "nested" in result.problems[0].message
