"""Staff mode: the PIN pad, then a panel with the content's status and the staff actions."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Property,
    QCoreApplication,
    QLocale,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement

from kiosk import installed_version
from kiosk.content.languages import translation_name
from kiosk.content.problems import Problem
from kiosk.models.usage_week import WEEK_DAYS, UsageDayListModel, UsageDayRow, week_rows
from kiosk.platform.i18n import content_messages_in
from kiosk.platform.qml import uncreatable
from kiosk.staff.machine import MachinePin
from kiosk.staff.pin import MAX_TRIES, PinGate
from kiosk.staff.records import StaffRecords
from kiosk.stats.events import Kind
from kiosk.stats.totals import median_seconds, merged
from kiosk.viewmodels.host import KioskHost, KioskParts, UsageSource

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1
EXIT_STAFF = 0
MAX_PIN_DIGITS = 8

log = logging.getLogger(__name__)

_CONTEXT = "StaffViewModel"

# What the last load did, kept in the source language and translated when shown.
NOTE_LOADED = str(QT_TRANSLATE_NOOP("StaffViewModel", "Sisältö ladattu."))
NOTE_RELOADED = str(QT_TRANSLATE_NOOP("StaffViewModel", "Muutettu sisältö ladattu."))
NOTE_RELOAD_REFUSED = str(
    QT_TRANSLATE_NOOP("StaffViewModel", "Muutetussa sisällössä on virheitä: näytetään edellinen.")
)
NOTE_LAST_GOOD = str(
    QT_TRANSLATE_NOOP("StaffViewModel", "Sisällössä on virheitä: näytetään viimeisin hyvä kopio.")
)
NOTE_OUT_OF_ORDER = str(
    QT_TRANSLATE_NOOP(
        "StaffViewModel", "Sisällössä on virheitä eikä hyvää kopiota ole: näytetään huoltoilmoitus."
    )
)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@QmlElement
@uncreatable("The kiosk view model owns staff mode.")
class StaffViewModel(QObject):
    changed = Signal()
    exitRequested = Signal()

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        records: StaffRecords | None = None,
        host: KioskHost | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`records`: this machine's PIN and the wrong tries at it (none: no PIN, tries kept
        in memory); `host`: the window, reloading, usage statistics and exit of the running
        kiosk."""
        super().__init__(parent)
        self._clock = clock
        self._host = host or KioskParts()
        self._started = clock()
        records = records or StaffRecords()
        self._gate = PinGate(None, clock, records.lockout)
        self._machine = records.machine
        self._pin_unreadable = False
        self._entered = ""
        self._pad_open = False
        self._panel_open = False
        # A snapshot's panel shows made-up figures, and says so.
        self._examples = False
        self._loaded_at = ""
        self._note = ""
        self._problems: tuple[Problem, ...] = ()
        self._content_file = ""
        self._counts = (0, 0)
        self._hidden: tuple[str, ...] = ()
        self._tries_left = 0
        self._language = "fi"
        self._week = UsageDayListModel(self)
        self._usage_line = ""

    def set_language(self, language: str) -> None:
        """The visitor's language, for the dates of the usage chart."""
        self._language = language

    def record_load(
        self,
        content_file: str,
        problems: tuple[Problem, ...],
        note: str,
        categories: int,
        images: int,
        hidden: tuple[str, ...] = (),
    ) -> None:
        """What the last load found, in plain language, for the panel; `hidden`: the titles
        of the categories staff hid from visitors."""
        self._content_file = content_file
        self._problems = problems
        self._loaded_at = time.strftime("%Y-%m-%d %H:%M:%S")
        self._note = note
        self._counts = (categories, images)
        self._hidden = hidden
        self.changed.emit()

    @Slot()
    def open(self) -> None:
        """The hidden gesture or the shortcut: the PIN pad, or the panel if no PIN is set.
        The PIN is read afresh: one set with `kiosk set-pin` while the kiosk runs counts."""
        self._entered = ""
        self._tries_left = 0
        pin = self._machine.pin() if self._machine is not None else MachinePin(None)
        self._gate.stored_hash = pin.hash
        self._pin_unreadable = pin.unreadable
        if pin.hash is None and not pin.unreadable:
            self._show_panel()
        else:
            self._pad_open = True
        self.changed.emit()

    def preview(self, *, pad: bool) -> None:
        """Open the pad or the panel as they look (snapshots), whether a PIN is set or not."""
        self._entered = "12" if pad else ""
        self._pad_open = pad
        self._examples = True
        if not pad:
            self._show_panel()
        self.changed.emit()

    @Slot()
    def close(self) -> None:
        self._pad_open = self._panel_open = self._examples = False
        self._entered = ""
        self.changed.emit()

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        if len(self._entered) < MAX_PIN_DIGITS and digit.isdigit():
            self._entered += digit
            self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        self._entered = self._entered[:-1]
        self.changed.emit()

    @Slot()
    def submit(self) -> None:
        result = self._gate.try_pin(self._entered)
        self._entered = ""
        if result.accepted:
            self._pad_open, self._tries_left = False, 0
            self._show_panel()
            log.info("Staff panel opened")
        elif result.locked_for_s:
            log.warning("Staff PIN pad locked after %d wrong tries", MAX_TRIES)
        else:
            self._tries_left = result.tries_left
        self.changed.emit()

    def _get_message(self) -> str:
        seconds = self._gate.locked_for_s()
        if self._pin_unreadable:
            return translate(
                "StaffViewModel",
                "PIN-koodia ei voi lukea: aseta se uudelleen komennolla `kiosk set-pin`.",
            )
        if seconds:
            return translate(
                "StaffViewModel", "Liian monta väärää yritystä. Odota %1 min."
            ).replace("%1", str(math.ceil(seconds / 60)))  # 300 s is 5 min, 301 s is 6
        if self._tries_left:
            return translate("StaffViewModel", "Väärä PIN. Yrityksiä jäljellä: %1").replace(
                "%1", str(self._tries_left)
            )
        return ""

    def _show_panel(self) -> None:
        self._panel_open = True
        self._refresh_usage()

    def _refresh_usage(self) -> None:
        """The last seven days' visits, read afresh each time the panel opens."""
        rows: tuple[UsageDayRow, ...] = ()
        usage = self._host.usage()
        if usage is None:
            line = ""
        elif not usage.enabled:
            line = translate(
                "StaffViewModel", "Käyttötilastot ovat pois päältä (asetus statistics: false)."
            )
        else:
            try:
                rows, line = self._week_of(usage)
            except Exception:
                # Staff need the panel (reload, exit) more than the chart.
                log.exception("Could not read the usage statistics")
                line = translate("StaffViewModel", "Käyttötilastoja ei voitu lukea (katso loki).")
        self._week.set_rows(rows)
        self._usage_line = line

    def _week_of(self, usage: UsageSource) -> tuple[tuple[UsageDayRow, ...], str]:
        from kiosk.stats.summary import format_duration

        today = usage.now().date()
        first = today - timedelta(days=WEEK_DAYS - 1)
        days = [d for d in usage.days(first) if d.day <= today.isoformat()]
        locale = QLocale(translation_name(self._language) or "fi")
        whole = merged(days)
        line = (
            translate("StaffViewModel", "Käyntejä 7 päivässä: %1, mediaanikesto %2")
            .replace("%1", str(whole.total(Kind.VISIT)))
            .replace("%2", format_duration(median_seconds(whole.visit_seconds)))
        )
        return week_rows(days, today, locale), line

    @Slot()
    def reloadContent(self) -> None:
        self._host.reload_content()

    @Slot()
    def exitApp(self) -> None:
        if not self._exit_allowed():
            return
        log.info("Staff exit")
        self.exitRequested.emit()
        self._host.exit(EXIT_STAFF)

    def _exit_allowed(self) -> bool:
        return self._panel_open and (self._gate.stored_hash is not None or self._host.windowed())

    def _lines(self) -> list[str]:
        uptime_min = int((self._clock() - self._started) // 60)
        width, height = self._host.window_size()
        orientation = (
            translate("StaffViewModel", "pysty")
            if height > width
            else translate("StaffViewModel", "vaaka")
        )
        categories, images = self._counts
        lines = [
            translate("StaffViewModel", "Sisältö: %1").replace("%1", self._content_file),
            f"{self._loaded_at}: {translate(_CONTEXT, self._note)}" if self._note else "",
            translate("StaffViewModel", "Sisällössä: %1 aihetta, %2 kuvaa")
            .replace("%1", str(categories))
            .replace("%2", str(images)),
            translate("StaffViewModel", "Piilotetut aiheet: %1").replace(
                "%1", ", ".join(self._hidden)
            )
            if self._hidden
            else "",
            translate("StaffViewModel", "Näyttö: %1 (%2)")
            .replace("%1", f"{width}×{height}")
            .replace("%2", orientation),
            translate("StaffViewModel", "Versio: %1").replace("%1", installed_version()),
            translate("StaffViewModel", "Käynnissä: %1 h %2 min")
            .replace("%1", str(uptime_min // 60))
            .replace("%2", str(uptime_min % 60)),
        ]
        if self._gate.stored_hash is None:
            lines.append(
                translate(
                    "StaffViewModel",
                    "PIN-koodia ei ole asetettu: aseta se komennolla `kiosk set-pin`.",
                )
            )
        return [line for line in lines if line]

    def _problem_lines(self) -> list[str]:
        label = Path(self._content_file).name or "content.json"
        in_language = content_messages_in(self._language)
        return [p.describe(label, in_language) for p in self._problems] or [
            translate("StaffViewModel", "Ei ongelmia.")
        ]

    def _get_pad_open(self) -> bool:
        return self._pad_open

    def _get_panel_open(self) -> bool:
        return self._panel_open

    def _get_entered_length(self) -> int:
        return len(self._entered)

    @property
    def week_rows(self) -> tuple[UsageDayRow, ...]:
        return self._week.rows

    def _get_week(self) -> UsageDayListModel:
        return self._week

    def _get_usage_line(self) -> str:
        return self._usage_line

    def _get_examples(self) -> bool:
        return self._examples

    pinPadOpen = Property(bool, _get_pad_open, notify=changed)
    week = Property(UsageDayListModel, _get_week, constant=True)
    usageLine = Property(str, _get_usage_line, notify=changed)
    showsExamples = Property(bool, _get_examples, notify=changed)
    panelOpen = Property(bool, _get_panel_open, notify=changed)
    enteredLength = Property(int, _get_entered_length, notify=changed)
    message = Property(str, _get_message, notify=changed)
    statusLines = Property(list, _lines, notify=changed)
    problemLines = Property(list, _problem_lines, notify=changed)
    exitAllowed = Property(bool, _exit_allowed, notify=changed)
