"""The watchdog ends a kiosk whose UI thread has stopped, and one that did not stop on
SIGTERM, with the threads' tracebacks in the log."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.platform.watchdog import EXIT_HUNG, STARTING_S, Watchdog
from tests.ui.test_idle import FakeClock as Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def exits() -> list[int]:
    return []


@pytest.fixture
def watchdog(qapp: QCoreApplication, clock: Clock, exits: list[int]) -> Watchdog:
    return Watchdog(hang_after_s=30, stop_within_s=4, clock=clock, leave=exits.append)


def test_a_ui_thread_that_beats_is_left_alone(
    watchdog: Watchdog, clock: Clock, exits: list[int]
) -> None:
    for _ in range(100):
        clock.now += 1
        watchdog.beat()
        watchdog.check()
    assert exits == []


def test_a_ui_thread_silent_past_the_limit_ends_the_kiosk_with_its_tracebacks(
    watchdog: Watchdog, clock: Clock, exits: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    watchdog.beat()
    watchdog.beat()  # the event loop runs
    clock.now += 29
    watchdog.check()
    assert exits == []
    clock.now += 2
    with caplog.at_level(logging.CRITICAL):
        watchdog.check()
    assert exits == [EXIT_HUNG]
    assert "has not responded for 31 s" in caplog.text
    assert "test_watchdog.py" in caplog.text  # where this (the "UI") thread was


def test_sigterm_not_acted_on_within_its_time_ends_the_kiosk_with_0(
    watchdog: Watchdog, clock: Clock, exits: list[int]
) -> None:
    watchdog.stop_asked()
    clock.now += 3
    watchdog.beat()
    watchdog.check()
    assert exits == []
    clock.now += 2
    watchdog.beat()
    watchdog.check()
    assert exits == [0]


def test_after_the_event_loop_only_the_sigterm_deadline_holds(
    watchdog: Watchdog, clock: Clock, exits: list[int]
) -> None:
    watchdog.event_loop_ended()
    clock.now += 60
    watchdog.check()
    assert exits == []
    watchdog.stop_asked()
    clock.now += 5
    watchdog.check()
    assert exits == [0]


def test_start_up_has_longer_before_the_first_beat(
    watchdog: Watchdog, clock: Clock, exits: list[int]
) -> None:
    watchdog.beat()  # start() beats once; the event loop has not turned yet
    clock.now += 60
    watchdog.check()
    assert exits == []
    clock.now += STARTING_S
    watchdog.check()
    assert exits == [EXIT_HUNG]
