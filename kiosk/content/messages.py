"""Turn pydantic's validation errors into plain-language problems at staff-visible paths."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from kiosk.content.problems import Problem, join_path, problem
from kiosk.content.schema import TEMPLATE
from kiosk.shared.wording import QT_TRANSLATE_NOOP

_PLAIN = {
    "missing": QT_TRANSLATE_NOOP("Content", "required field is missing"),
    "string_type": QT_TRANSLATE_NOOP("Content", "must be text in double quotes"),
    "int_type": QT_TRANSLATE_NOOP("Content", "must be a whole number without quotes, such as 60"),
    "int_parsing": QT_TRANSLATE_NOOP(
        "Content", "must be a whole number without quotes, such as 60"
    ),
    "int_from_float": QT_TRANSLATE_NOOP(
        "Content", "must be a whole number without quotes, such as 60"
    ),
    "bool_type": QT_TRANSLATE_NOOP("Content", "must be true or false, without quotes"),
    "bool_parsing": QT_TRANSLATE_NOOP("Content", "must be true or false, without quotes"),
    "list_type": QT_TRANSLATE_NOOP("Content", "must be a list in square brackets [ … ]"),
    "tuple_type": QT_TRANSLATE_NOOP("Content", "must be a list in square brackets [ … ]"),
    "dict_type": QT_TRANSLATE_NOOP("Content", "must be an object in curly braces {{ … }}"),
    "model_type": QT_TRANSLATE_NOOP("Content", "must be an object in curly braces {{ … }}"),
    "model_attributes_type": QT_TRANSLATE_NOOP(
        "Content", "must be an object in curly braces {{ … }}"
    ),
}


def problems_from_validation(
    error: ValidationError, prefix: str, model: type[BaseModel]
) -> list[Problem]:
    return [_problem(details, prefix, model) for details in error.errors(include_url=False)]


def _problem(details: ErrorDetails, prefix: str, model: type[BaseModel]) -> Problem:
    # pydantic marks a failing dict key with a trailing "[key]"; the key itself names the place.
    loc = [part for part in details["loc"] if part != "[key]"]
    where = join_path(prefix, *loc)
    kind = details["type"]
    ctx = details.get("ctx") or {}
    if TEMPLATE in ctx:
        values = {key: value for key, value in ctx.items() if key != TEMPLATE}
        return problem(where, str(ctx[TEMPLATE]), **values)
    if kind == "extra_forbidden":
        known = list(_model_at(model, loc[:-1]).model_fields)
        return _unknown_field(where, str(loc[-1]), known)
    if kind in _PLAIN:
        return problem(where, _PLAIN[kind])
    if kind in ("greater_than_equal", "greater_than"):
        least = ctx.get("ge", ctx.get("gt"))
        return problem(where, QT_TRANSLATE_NOOP("Content", "must be at least {least}"), least=least)
    if kind in ("less_than_equal", "less_than"):
        most = ctx.get("le", ctx.get("lt"))
        return problem(where, QT_TRANSLATE_NOOP("Content", "must be at most {most}"), most=most)
    if kind == "too_short":
        return problem(
            where,
            QT_TRANSLATE_NOOP("Content", "must have at least {count} item(s)"),
            count=ctx.get("min_length"),
        )
    return Problem(where, details["msg"])


def _unknown_field(where: str, name: str, known_fields: list[str]) -> Problem:
    guess = difflib.get_close_matches(name, known_fields, n=1, cutoff=0.6)
    if guess:
        return problem(
            where,
            QT_TRANSLATE_NOOP("Content", "unknown field '{name}'; did you mean '{guess}'?"),
            name=name,
            guess=guess[0],
        )
    return problem(
        where,
        QT_TRANSLATE_NOOP("Content", "unknown field '{name}'; the known fields here are {known}"),
        name=name,
        known=", ".join(known_fields),
    )


def _model_at(model: type[BaseModel], loc: Iterable[int | str]) -> type[BaseModel]:
    """The (nested) model whose fields are expected at `loc`, for suggesting a correct name."""
    current = model
    for part in loc:
        field = current.model_fields.get(part) if isinstance(part, str) else None
        if field is None:
            continue
        nested = next(iter(_models_in(field.annotation)), None)
        if nested is not None:
            current = nested
    return current


def _models_in(annotation: object) -> Iterable[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()):
        yield from _models_in(arg)
