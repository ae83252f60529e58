"""Models returned from a route *without* a return annotation or ``response_model`` encode too.

FastAPI validates and serialises a return value through pydantic when the route declares its type
(``-> Job``, ``-> list[Job]``, ``response_model=...``): the models' own pydantic hooks do that, and
``/docs`` shows the type. A route without a declared type goes through ``jsonable_encoder`` instead,
which knows no attrs classes (slotted models even fail with a bare ``TypeError``, answered as a 500).
Importing ``kombo_ats.fastapi`` registers ``to_dict`` as the encoder of every generated model there,
the extension point ``jsonable_encoder`` looks up by exact type.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from fastapi import encoders

import kombo_ats_client.models as models

__all__ = ["register_model_encoders"]


def _to_dict(model: Any) -> Any:
    return model.to_dict()


def register_model_encoders() -> int:
    """Register every generated model's ``to_dict`` with ``jsonable_encoder``; returns how many."""
    table: dict[Any, Callable[[Any], Any]] = encoders.ENCODERS_BY_TYPE
    count = 0
    for cls in vars(models).values():
        if inspect.isclass(cls) and hasattr(cls, "__get_pydantic_core_schema__") and hasattr(cls, "to_dict"):
            table.setdefault(cls, _to_dict)
            count += 1
    return count
