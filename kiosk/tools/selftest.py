"""`kiosk self-test`: every screen rendered offscreen, checked as a visitor would need it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import zxingcpp

from kiosk.content.loader import Content
from kiosk.content.reported import load_valid_content
from kiosk.platform.qt_messages import collected_qt_warnings
from kiosk.providers.qimage import to_pil
from kiosk.startup.app import build_ui, create_application
from kiosk.tools.snapshot import CATEGORY_PREFIX, Shot, screen_names, shoot

SIZES = ((1920, 1080), (1080, 1920), (1024, 768))


@dataclass
class SelfTestReport:
    failures: list[str] = field(default_factory=list)
    timings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def lines(self) -> Iterator[str]:
        yield from self.timings
        yield from (f"FAIL: {failure}" for failure in self.failures)
        yield (
            "self-test passed" if self.ok else f"self-test failed: {len(self.failures)} problem(s)"
        )


def self_test(content_path: Path) -> SelfTestReport:
    report = SelfTestReport()
    started = time.perf_counter()
    content = load_valid_content(content_path, decode_images=True)
    if content is None:
        report.failures.append(f"{content_path} has errors; run `kiosk validate` for the list")
        return report
    report.timings.append(f"content loaded in {_ms(time.perf_counter() - started)}")
    create_application(software_rendering=True)
    with collected_qt_warnings() as warnings:
        _check_screens(content, report)
    report.failures += (f"Qt warning: {warning}" for warning in warnings)
    return report


def _check_screens(content: Content, report: SelfTestReport) -> None:
    started = time.perf_counter()
    ui = build_ui(content)
    if ui is None:
        report.failures.append("the QML user interface did not load")
        return
    report.timings.append(f"user interface loaded in {_ms(time.perf_counter() - started)}")
    urls = {category.id: [link.url for link in category.links] for category in content.shown}
    for width, height in SIZES:
        for shot in shoot(ui, screen_names(content), (width, height)):
            report.timings.append(f"{width}x{height} {shot.name}: {_ms(shot.seconds)}")
            expected = urls.get(shot.name.removeprefix(CATEGORY_PREFIX), [])
            report.failures += _qr_failures(shot, expected, f"{width}x{height}")
    report.failures += (
        f"image missing or unreadable: {file}" for file in sorted(ui.photos.placeholders)
    )
    ui.view_model.allow_close()
    ui.window.close()
    ui.engine.deleteLater()


def _qr_failures(shot: Shot, expected: list[str], size: str) -> list[str]:
    if not expected:
        return []
    decoded = {barcode.text for barcode in zxingcpp.read_barcodes(to_pil(shot.image))}
    return [
        f"{size} {shot.name}: the QR code for {url} does not scan"
        for url in expected
        if url not in decoded
    ]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"
