"""Contains shared errors types that can be raised from API functions"""

from collections.abc import Mapping
from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ModelParseError(ValueError):
    """A payload cannot become a model: it is not a JSON object, or a field contradicts the spec.

    Raised for what the model cannot do without: a required field that is missing or of the wrong JSON type
    (``null`` only where the spec allows it), and any date-time that is not a timezone-aware ISO 8601 string
    (a naive or date-only ``changed_at`` would later break checkpoint comparisons). Optional fields of other
    types that arrive with an unexpected type, unknown fields and unknown enum values are kept (forward
    compatibility).

    The message names the model, the field and what was expected, never the value: payloads hold personal
    data (names, e-mails) that must not reach logs through ``str(exc)``. The offending value is kept on
    ``value`` for debugging.
    """

    def __init__(self, model: str, field: str | None, problem: str, value: Any = None) -> None:
        self.model = model
        self.field = field
        self.problem = problem
        self.value = value
        where = model if field is None else f"{model}.{field}"
        super().__init__(f"{where}: {problem}")

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable like other exceptions (``__init__`` takes more than the message)."""
        return (_rebuild, (type(self), self.model, self.field, self.problem, self.value))

    @classmethod
    def not_an_object(cls, model: str, value: Any) -> "ModelParseError":
        return cls(model, None, f"expected a JSON object, got {_json_type(value)}", value)

    @classmethod
    def invalid(cls, model: str, field: str, value: Any, expected: str) -> "ModelParseError":
        return cls(model, field, f"expected {expected}, got {_json_type(value)}", value)


def _json_type(value: Any) -> str:
    """The JSON type of a decoded value (what a message may say about it without showing it)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _rebuild(cls: type["ModelParseError"], model: str, field: str | None, problem: str, value: Any) -> Any:
    if issubclass(cls, MissingFieldError):
        return cls(model, field or "")
    return cls(model, field, problem, value)


class MissingFieldError(ModelParseError, KeyError):
    """A required field is absent from the payload (a ``KeyError`` too, as the stock generated code raised)."""

    def __init__(self, model: str, field: str) -> None:
        super().__init__(model, field, "required field is missing")


__all__ = ["MissingFieldError", "ModelParseError", "UnexpectedStatus"]
