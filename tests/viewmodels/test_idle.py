"""Idle time alone, on a clock the test moves: the prompt, the reset, the attract screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.viewmodels.idle import PROMPT_SECONDS
from kiosk.viewmodels.kiosk import KioskViewModel
from tests.ui.test_idle import FakeClock


def test_a_visit_left_alone_is_prompted_then_reset(
    kiosk: KioskViewModel, clock: FakeClock, qtbot: QtBot
) -> None:
    idle = kiosk.idle_view_model
    idle.activity()
    clock.now += 15
    idle.activity()  # the visit lasts from its first touch to its last
    clock.now += idle.timeout_s
    idle.tick()
    assert idle.is_prompting
    clock.now += 1
    idle.tick()
    assert idle.property("secondsLeft") == PROMPT_SECONDS - 1
    with qtbot.waitSignal(idle.resetRequested), qtbot.waitSignal(idle.visitEnded) as ended:
        clock.now += PROMPT_SECONDS
        idle.tick()
    assert ended.args == [15]
    assert not idle.is_prompting


def test_a_touch_answers_the_prompt(kiosk: KioskViewModel, clock: FakeClock) -> None:
    idle = kiosk.idle_view_model
    idle.activity()
    clock.now += idle.timeout_s
    idle.tick()
    idle.activity()
    assert not idle.is_prompting


def test_nobody_there_for_long_brings_the_attract_screen(
    kiosk: KioskViewModel, clock: FakeClock
) -> None:
    idle = kiosk.idle_view_model
    clock.now += idle.attract_after_s
    idle.tick()
    assert idle.is_attracting
    idle.activity()
    assert not idle.is_attracting


def test_a_listening_visitor_is_not_reset(kiosk: KioskViewModel, clock: FakeClock) -> None:
    idle = kiosk.idle_view_model
    idle.activity()
    idle.held = True  # read aloud is speaking
    clock.now += idle.attract_after_s * 2
    idle.tick()
    assert not idle.is_prompting and not idle.is_attracting
