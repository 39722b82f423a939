"""The validator's text limits are what the rendered screens can hold: content written right
up to every limit still fits, unclipped, at every supported screen size."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content import limits
from kiosk.content.loader import load_content
from kiosk.tools.snapshot import screen_names, shoot
from tests.content.builders import category, valid_data, write_content
from tests.ui.conftest import SIZE_IDS, SIZES, UiFactory
from tests.ui.helpers import find, texts
from tests.ui.test_layout import text_fit_problems


def up_to(limit: int, word: str) -> str:
    """Long words, as many as fit the character limit."""
    words: list[str] = []
    while len(" ".join([*words, word])) <= limit:
        words.append(word)
    return " ".join(words)


def longest_allowed_category(number: int) -> dict[str, object]:
    title_word = "Työllistymispalvelut"
    summary_word = "mielenterveyskuntoutujille"
    label_word = "Mielenterveysseura"
    assert len(title_word) == limits.TITLE_MAX_WORD_CHARS
    assert len(summary_word) == limits.SUMMARY_MAX_WORD_CHARS
    assert len(label_word) == limits.LINK_LABEL_MAX_WORD_CHARS
    label = {"fi": up_to(limits.LINK_LABEL_MAX_CHARS, label_word)}
    return category(
        number,
        title={"fi": up_to(limits.TITLE_MAX_CHARS, title_word)},
        summary={"fi": up_to(limits.SUMMARY_MAX_CHARS, summary_word)},
        links=[
            {"label": label, "url": "https://www.kierratyskeskus.fi/palvelut/tyollistyminen"},
            {"label": label, "url": "https://www.suomalainentyo.fi/yhteiskunnalliset"},
        ],
    )


@pytest.fixture
def longest_content_path(tmp_path: Path) -> Path:
    data = valid_data()
    data["settings"]["1"]["title"] = {
        "fi": up_to(limits.SETTINGS_TITLE_MAX_CHARS, "Työllistymispalvelut")
    }
    data["categories"] = {str(n): longest_allowed_category(n) for n in range(1, 6)}
    return write_content(tmp_path, data)


def test_content_at_every_limit_is_valid(longest_content_path: Path) -> None:
    result = load_content(longest_content_path)
    assert result.ok and not result.errors, [p.describe("c") for p in result.problems]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_longest_allowed_texts_fit_every_screen(
    make_ui: UiFactory, longest_content_path: Path, size: tuple[int, int]
) -> None:
    content = load_content(longest_content_path).content
    assert content is not None
    ui = make_ui(content, size=size)
    for name in screen_names(content)[:2]:
        next(shoot(ui, [name], size))
        for text in texts(ui):
            problems = text_fit_problems(ui, text)
            assert not problems, f"{name} at {size}: {text.property('text')!r}: {problems}"


def test_five_longest_tiles_still_fill_a_1080p_screen_without_scrolling(
    make_ui: UiFactory, longest_content_path: Path
) -> None:
    content = load_content(longest_content_path).content
    assert content is not None
    ui = make_ui(content, size=(1920, 1080))
    grid = find(ui, "tileGrid")
    assert grid.property("contentHeight") <= grid.height() + 1
    photo = find(ui, "tilePhoto")
    assert photo.height() >= 0.45 * photo.width() - 1


@pytest.mark.parametrize(
    "word", ["Työllistymispalvelut-Työllistymispalvelut", "Suomi.fi-verkkopalvelu"]
)
def test_qt_breaks_a_long_word_where_the_validator_counts_a_break(
    kiosk_app: object, word: str
) -> None:
    """The validator measures the longest piece between hyphens; the tiles' text must break
    there, not in the middle of a piece."""
    from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

    font = QFont("Inter", 24)
    pieces = [piece for piece in word.split("-") if piece]
    width = max(QFontMetricsF(font).horizontalAdvance(f"{piece}-") for piece in pieces) + 1
    layout = QTextLayout(word, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # QML's Text.Wrap
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(word[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    assert lines == [f"{piece}-" for piece in pieces[:-1]] + [pieces[-1]]
    assert limits.longest_unbroken(word) == max(lines, key=len)


def test_the_photo_shape_the_checks_assume_is_the_one_the_screens_crop_to() -> None:
    theme = (Path(__file__).resolve().parents[2] / "ui" / "Kiosk" / "Theme.qml").read_text("utf-8")
    assert f"readonly property real galleryAspect: {limits.GALLERY_ASPECT:g}\n" in theme
