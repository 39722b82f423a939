"""Read aloud, with Qt's mock speech engine (Finnish and English voices, no Swedish)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtQuick import QQuickItem
from pytestqt.qtbot import QtBot

from kiosk.platform.kiosk_ui import KioskUi
from kiosk.platform.speech_engine import MOCK_ENGINE
from kiosk.tools.snapshot import wait_until_ready
from tests.system_packages import require_library
from tests.ui.conftest import UiFactory
from tests.ui.helpers import find, tap
from tests.ui.test_idle import FakeClock


def use_mock_voices(ui: KioskUi) -> None:
    # QtTextToSpeech links against PulseAudio's client library, even for its mock engine.
    require_library("libpulse.so.0", "libpulse0")
    speech = ui.view_model.speech_view_model
    speech.use_engine(MOCK_ENGINE)
    wait_until_ready(ui)  # the worker answers, the visitor bar lays the new button out
    assert speech.engine_name == MOCK_ENGINE and speech.available


@pytest.fixture
def speaking_ui(make_ui: UiFactory) -> KioskUi:
    ui = make_ui()
    use_mock_voices(ui)
    return ui


def _spoken_words(ui: KioskUi, qtbot: QtBot, count: int) -> list[str]:
    words: list[str] = []
    ui.view_model.speech_view_model.wordSpoken.connect(words.append)
    tap(ui, find(ui, "readAloudButton"))
    qtbot.waitUntil(lambda: len(words) >= count)
    return words


def hidden(ui: KioskUi, name: str) -> QQuickItem:
    """The item named `name`, shown or not."""

    def walk(item: QQuickItem) -> Iterator[QQuickItem]:
        for child in item.childItems():
            yield child
            yield from walk(child)

    found = [item for item in walk(ui.window.contentItem()) if item.objectName() == name]
    assert len(found) == 1, name
    return found[0]


def test_without_a_speech_engine_there_is_no_read_aloud_control(make_ui: UiFactory) -> None:
    ui = make_ui()
    assert not hidden(ui, "readAloudButton").isVisible()


def test_read_aloud_speaks_the_home_screen_in_finnish(speaking_ui: KioskUi, qtbot: QtBot) -> None:
    ui = speaking_ui
    words = _spoken_words(ui, qtbot, 3)
    # The mock engine splits words at letters outside ASCII; the text itself is whole.
    assert words[0] == "V"
    said = ui.view_model.speech_view_model.last_text
    assert said.startswith(f"{ui.view_model.title}\nValitse aihe koskettamalla.\n")
    assert ui.view_model.content.categories[0].summary["fi"] in said
    assert ui.view_model.speech_view_model.voice_locale == "fi_FI"


def test_read_aloud_speaks_an_open_category_in_english(speaking_ui: KioskUi, qtbot: QtBot) -> None:
    ui = speaking_ui
    tap(ui, find(ui, "language-en"))
    category = ui.view_model.content.categories[1]
    ui.view_model.openCategory(category.id)
    words = _spoken_words(ui, qtbot, 2)
    assert words[:2] == category.title["en"].split()[:2]
    assert ui.view_model.speech_view_model.voice_locale == "en_GB"


def test_no_voice_for_the_language_hides_the_control(speaking_ui: KioskUi) -> None:
    ui = speaking_ui
    assert find(ui, "readAloudButton").isVisible()
    tap(ui, find(ui, "language-sv"))
    assert not hidden(ui, "readAloudButton").isVisible()


def test_stop_and_repeat_show_while_speaking(speaking_ui: KioskUi, qtbot: QtBot) -> None:
    ui = speaking_ui
    speech = ui.view_model.speech_view_model
    tap(ui, find(ui, "readAloudButton"))
    qtbot.waitUntil(lambda: speech.speaking)
    ui.window.grabWindow()  # a frame, in which the bar lays its buttons out anew
    assert find(ui, "stopSpeechButton").isVisible()
    assert find(ui, "repeatSpeechButton").isVisible()
    assert not hidden(ui, "readAloudButton").isVisible()
    tap(ui, find(ui, "stopSpeechButton"))
    qtbot.waitUntil(lambda: not speech.speaking)
    assert find(ui, "readAloudButton").isVisible()


def test_speech_stops_when_the_visitor_moves_on(speaking_ui: KioskUi, qtbot: QtBot) -> None:
    ui = speaking_ui
    speech = ui.view_model.speech_view_model
    tap(ui, find(ui, "readAloudButton"))
    qtbot.waitUntil(lambda: speech.speaking)
    ui.view_model.openCategory(ui.view_model.content.categories[0].id)
    qtbot.waitUntil(lambda: not speech.speaking)


class ClockedKiosk:
    def __init__(self, ui: KioskUi, clock: FakeClock, timeout_s: int) -> None:
        self.ui, self.clock, self.timeout_s = ui, clock, timeout_s
        self.speech = ui.view_model.speech_view_model
        self.idle = ui.view_model.idle_view_model

    def idle_past_timeout(self) -> None:
        self.clock.now += self.timeout_s + 1
        self.idle.tick()


@pytest.fixture
def clocked(make_ui: UiFactory) -> ClockedKiosk:
    """The default content, read aloud with the mock voices, on a clock the test moves."""
    clock = FakeClock()
    ui = make_ui(clock=clock)
    use_mock_voices(ui)
    content = ui.view_model.content
    assert content is not None
    return ClockedKiosk(ui, clock, content.settings.idle_timeout_s)


def test_idle_reset_waits_while_the_kiosk_is_speaking(clocked: ClockedKiosk, qtbot: QtBot) -> None:
    tap(clocked.ui, find(clocked.ui, "readAloudButton"))
    qtbot.waitUntil(lambda: clocked.speech.speaking)
    clocked.idle_past_timeout()
    assert not clocked.idle.is_prompting
    clocked.speech.stop()
    qtbot.waitUntil(lambda: not clocked.speech.speaking)
    clocked.idle_past_timeout()
    assert clocked.idle.is_prompting


def test_the_prompt_is_spoken_to_a_visitor_who_has_been_listening(
    speaking_ui: KioskUi, qtbot: QtBot
) -> None:
    ui = speaking_ui
    speech = ui.view_model.speech_view_model
    tap(ui, find(ui, "readAloudButton"))
    speech.stop()
    qtbot.waitUntil(lambda: not speech.speaking)
    words: list[str] = []
    speech.wordSpoken.connect(words.append)
    ui.view_model.idle_view_model.prompt_now()
    qtbot.waitUntil(lambda: len(words) >= 1)
    assert words[0] == "Oletko"
    assert speech.last_text.startswith("Oletko vielä siellä? Kosketa näyttöä")


def test_the_system_engine_is_made_without_blocking_the_ui(
    make_ui: UiFactory, qtbot: QtBot
) -> None:
    ui = make_ui()
    speech = ui.view_model.speech_view_model
    with qtbot.waitSignal(speech.engineReady, timeout=30_000):
        speech.load_system_engine()
    # Whatever this machine has (speech-dispatcher, or nothing): never Qt's test engine.
    assert speech.engine_name != MOCK_ENGINE


def test_the_spoken_prompt_ending_does_not_keep_the_kiosk_from_resetting(
    clocked: ClockedKiosk, qtbot: QtBot
) -> None:
    """The prompt read aloud is not the visitor answering it: when it has been said, the
    countdown goes on and the kiosk starts afresh."""
    from kiosk.viewmodels.idle import PROMPT_SECONDS

    speech, idle = clocked.speech, clocked.idle
    tap(clocked.ui, find(clocked.ui, "readAloudButton"))
    speech.stop()
    qtbot.waitUntil(lambda: not speech.speaking)
    clocked.idle_past_timeout()
    assert idle.is_prompting
    qtbot.waitUntil(lambda: speech.speaking)
    with qtbot.waitSignal(idle.resetRequested, timeout=10_000):
        qtbot.waitUntil(lambda: not speech.speaking, timeout=10_000)
        assert idle.is_prompting, "the spoken prompt dismissed itself"
        clocked.clock.now += PROMPT_SECONDS
        idle.tick()


def test_a_second_start_keeps_the_first_engine(speaking_ui: KioskUi) -> None:
    speech = speaking_ui.view_model.speech_view_model
    speech.use_engine("another")
    wait_until_ready(speaking_ui)
    assert speech.engine_name == MOCK_ENGINE
