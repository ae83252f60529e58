"""Contains shared errors types that can be raised from API functions"""

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
    """A payload cannot become a model: it is not a JSON object, or a required field is missing or unusable.

    Only fields the model cannot do without raise this. Optional fields that arrive with an unexpected
    type or an unknown enum value are kept as the raw JSON value (forward compatibility).
    """

    def __init__(self, model: str, field: str | None, problem: str) -> None:
        self.model = model
        self.field = field
        self.problem = problem
        where = model if field is None else f"{model}.{field}"
        super().__init__(f"{where}: {problem}")

    def __str__(self) -> str:
        return str(self.args[0])

    @classmethod
    def not_an_object(cls, model: str, value: Any) -> "ModelParseError":
        return cls(model, None, f"expected a JSON object, got {type(value).__name__}: {value!r:.80}")

    @classmethod
    def invalid(cls, model: str, field: str, value: Any, expected: str) -> "ModelParseError":
        return cls(model, field, f"expected {expected}, got {type(value).__name__}: {value!r:.80}")


class MissingFieldError(ModelParseError, KeyError):
    """A required field is absent from the payload (a ``KeyError`` too, as the stock generated code raised)."""

    def __init__(self, model: str, field: str) -> None:
        super().__init__(model, field, "required field is missing")


__all__ = ["MissingFieldError", "ModelParseError", "UnexpectedStatus"]
