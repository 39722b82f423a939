"""Messages written once, in English, and shown in the reader's language.

A message is a template with named places, `"is {length} characters long"`, and its values.
Code marks each template with QT_TRANSLATE_NOOP so that Qt's lupdate finds it (this is the
marker itself, without Qt: the layers that make messages import no Qt); the layers that show
messages translate the template with Qt and fill it in with `render`."""

from __future__ import annotations

from collections.abc import Callable, Mapping


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks `text` for translation in `context`; returns it unchanged."""
    del context
    return text


def render(template: str, values: Mapping[str, object], fallback: str = "") -> str:
    """`template` with its places filled in. The values are never read as templates, so a
    brace or a % in staff's text is safe; a translation that names a place the message lacks
    (or has a stray brace) falls back to `fallback`, the message in English."""
    try:
        return template.format_map({key: str(value) for key, value in values.items()})
    except (KeyError, IndexError, ValueError, AttributeError):
        return render(fallback, values) if fallback and fallback != template else template


def saying(translate: Callable[[str], str] | None) -> Callable[..., str]:
    """`said(template, **values)`: the template in the language `translate` gives (English
    without it), filled in."""

    def said(template: str, /, **values: object) -> str:
        return render(translate(template) if translate else template, values, template)

    return said
