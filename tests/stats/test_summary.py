"""`kiosk stats`: the summary, the CSV and the command line."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.stats.events import Event, Kind, minute_of
from kiosk.stats.names import Names
from kiosk.stats.store import StatsStore
from kiosk.stats.summary import CSV_COLUMNS, every_day, format_duration, format_summary
from kiosk.stats.totals import DayTotals, median_seconds


def _event(day: int, kind: Kind, subject: str = "", seconds: int | None = None) -> Event:
    return Event(minute_of(datetime(2026, 11, day, 10, 30)), kind, subject, seconds)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    store = StatsStore(tmp_path / "statistics")
    store.append(
        [
            _event(20, Kind.VISIT, seconds=40),
            _event(20, Kind.VISIT, seconds=100),
            _event(20, Kind.CATEGORY, "tyopajat"),
            _event(20, Kind.QR, "https://www.trimma.fi"),
            _event(22, Kind.VISIT, seconds=70),
            _event(22, Kind.CATEGORY, "tyopajat"),
            _event(22, Kind.CATEGORY, "tuki"),
            _event(22, Kind.LANGUAGE, "sv"),
            _event(22, Kind.RELOAD),
        ]
    )
    return store.folder


def test_the_median_of_a_histogram() -> None:
    assert median_seconds(Counter()) is None
    assert median_seconds(Counter({40: 1, 100: 1, 70: 1})) == 70
    assert median_seconds(Counter({40: 1, 100: 1})) == 70
    assert median_seconds(Counter({10: 3, 500: 1})) == 10
    assert format_duration(95) == "1 min 35 s"
    assert format_duration(120) == "2 min"
    assert format_duration(None) == "-"


def test_days_nobody_came_show_as_zeros() -> None:
    days = every_day([DayTotals("2026-11-20"), DayTotals("2026-11-22")], None, None)
    assert [d.day for d in days] == ["2026-11-20", "2026-11-21", "2026-11-22"]
    assert every_day([], None, None) == []
    assert len(every_day([], date(2026, 11, 1), date(2026, 11, 30))) == 30


def test_the_csv_opens_with_the_expected_columns(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tilastot.csv"
    code = main(["stats", "--folder", str(folder), "--csv", str(out), "--until", "2026-11-23"])
    assert code == 0
    assert "Wrote 4 days" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [row["date"] for row in rows] == ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"]
    assert rows[0]["visits"] == "2"
    assert rows[0]["median_visit_seconds"] == "70"
    assert rows[0]["qr_codes_shown"] == "1"
    assert rows[1]["visits"] == "0"
    assert rows[1]["median_visit_seconds"] == ""
    assert rows[2]["categories_opened"] == "2"
    assert rows[2]["content_reloads"] == "1"


def test_the_summary_names_categories_from_the_content(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = ["--content", "missing.json"]
    assert main(["stats", "--folder", str(folder), *missing, "--until", "2026-11-22"]) == 0
    text = capsys.readouterr().out
    assert "Usage from 2026-11-20 to 2026-11-22 (3 days)" in text
    assert "Visits: 3 (1.0 a day), median visit 1 min 10 s" in text
    assert "  2026-11-20 Fri     2  " + "#" * 40 in text
    assert "  2026-11-21 Sat     0" in text
    assert "Most opened categories:\n      2  tyopajat\n      1  tuki" in text
    assert "Languages chosen:\n      1  Svenska (sv)" in text


def test_since_and_until_choose_the_days(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["stats", "--folder", str(folder), "--since", "2026-11-21", "--csv", "-"])
    rows = list(csv.reader(capsys.readouterr().out.splitlines()))
    days = [row[0] for row in rows[1:]]
    assert days[:3] == ["2026-11-21", "2026-11-22", "2026-11-23"]
    assert days[-1] == date.today().isoformat(), "up to today: quiet days count too"
    backwards = ["--since", "2026-11-23", "--until", "2026-11-01"]
    assert main(["stats", "--folder", str(folder), *backwards]) == 2


def test_names_come_from_the_default_content() -> None:
    from kiosk.content.loader import load_content
    from kiosk.shared.paths import default_content_path

    content = load_content(default_content_path()).content
    assert content is not None
    first = content.categories[0]
    names = Names(content)
    assert names(Kind.CATEGORY, first.id) == f"{first.title['fi']} ({first.id})"
    assert names(Kind.ACCESS, "contrast") == "high contrast"
    assert names(Kind.CATEGORY, "poistettu") == "poistettu"


def test_no_statistics_yet(tmp_path: Path) -> None:
    assert format_summary([], Names()) == "No statistics recorded yet."
    assert main(["stats", "--folder", str(tmp_path / "none")]) == 0
