"""The staff panel's chart: visits on each of the last seven days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtQml import QmlElement

from kiosk.models.row_model import RowListModel
from kiosk.platform.qml import uncreatable
from kiosk.stats.events import Kind
from kiosk.stats.totals import DayTotals

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

WEEK_DAYS = 7


@dataclass(frozen=True, slots=True)
class UsageDayRow:
    label: str
    visits: int
    # The bar's height as a share of the busiest day's.
    fraction: float


def week_rows(days: Sequence[DayTotals], today: date, locale: QLocale) -> tuple[UsageDayRow, ...]:
    visits = {totals.day: totals.total(Kind.VISIT) for totals in days}
    week = [today - timedelta(days=n) for n in reversed(range(WEEK_DAYS))]
    counts = [visits.get(day.isoformat(), 0) for day in week]
    most = max(counts) or 1
    return tuple(
        UsageDayRow(_label(day, locale), count, count / most)
        for day, count in zip(week, counts, strict=True)
    )


def _label(day: date, locale: QLocale) -> str:
    weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day.day}.{day.month}."


class UsageDayRole(IntEnum):
    label = Qt.ItemDataRole.UserRole + 1
    visits = Qt.ItemDataRole.UserRole + 2
    fraction = Qt.ItemDataRole.UserRole + 3


@QmlElement
@uncreatable("The staff view model owns the usage chart.")
class UsageDayListModel(RowListModel[UsageDayRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            UsageDayRole,
            {
                UsageDayRole.label: lambda row: row.label,
                UsageDayRole.visits: lambda row: row.visits,
                UsageDayRole.fraction: lambda row: row.fraction,
            },
            parent,
        )
