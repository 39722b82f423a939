"""Qt glue under the view models: engine hardening, Qt's messages, fonts, UI translations,
QML registration, one-shot signals, speech (the worker process and its engine), staying full
screen and the watchdog. May import shared and the pure layers (content, images, qr, stats,
staff)."""
