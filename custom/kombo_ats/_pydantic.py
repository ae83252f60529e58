"""Pydantic's protocol for the generated attrs models, so FastAPI takes them where it takes pydantic models.

Every generated model has two classmethods (``templates/model.py.jinja``) that import this module only
when pydantic asks for a schema; the SDK itself never imports pydantic.

* ``__get_pydantic_core_schema__`` -> :func:`core_schema`: validation is the SDK's own decoder
  (``from_dict``; for what only Kombo receives also the write path's check, see ``_pydantic_input``, so a
  bad body is a 422 naming the field), serialisation is ``to_dict()`` (unknown fields included, datetimes
  as the API writes them). An instance passes validation as it is.
* ``__get_pydantic_json_schema__`` -> :func:`json_schema`: the spec's schema of the model's component, so a
  backend's ``/docs`` shows Kombo's fields, types, enums and descriptions. Components it refers to become
  named definitions too (``#/components/schemas/Location`` in a FastAPI app's openapi.json).

Which part of the spec describes a class is derived from the spec, like the class itself: a component's
model has the component's name, a model for an object declared inline in a property is named after its
parent and the property (openapi-python-client's naming), ``tests/test_fastapi_models.py`` checks that
every generated model is found.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ._pydantic_input import component_refs, validator
from .spec import api

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = ["core_schema", "json_schema", "schema_path", "spec_schema"]

_COMPONENT_REF = "#/components/schemas/"
_SPEC_MODULE = "kombo_ats.spec"
"""Module named in the definitions of components without a model class (enums, aliases such as NullableDateTime)."""


class SpecModel(Protocol):
    """What this module needs of a generated model class."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...

    def to_dict(self) -> dict[str, Any]: ...


# ------------------------------------------------------------------------------------- where a class is in the spec
def _normalised(name: str) -> str:
    """Class names compare without case and punctuation (``Warning_`` is component ``Warning``)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _pascal(name: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name))
    return "".join(w if w.isupper() else w.capitalize() for w in words)


def _inline_models(
    schema: Mapping[str, Any], parent: str, path: tuple[str, ...]
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(class name, path) of the objects declared inline in ``schema``'s properties, at any depth."""
    for prop, sub in schema.get("properties", {}).items():
        if isinstance(sub, Mapping) and "$ref" not in sub and (sub.get("type") == "object" or "properties" in sub):
            name = parent + _pascal(str(sub.get("title") or prop))
            sub_path = (*path, "properties", prop)
            yield name, sub_path
            yield from _inline_models(sub, name, sub_path)


@functools.cache
def _index() -> dict[str, tuple[str, ...] | None]:
    """Normalised class name -> path of its schema under ``components/schemas`` (None: ambiguous)."""
    index: dict[str, tuple[str, ...] | None] = {}

    def add(name: str, path: tuple[str, ...]) -> None:
        key = _normalised(name)
        index[key] = None if key in index and index[key] != path else path

    for component in api().schemas:
        add(component, (component,))
    for component, schema in api().schemas.items():
        for name, path in _inline_models(schema, _pascal(component), (component,)):
            if _normalised(name) not in index:
                add(name, path)
    return index


def schema_path(cls: type) -> tuple[str, ...]:
    """The path of ``cls``'s schema under ``components/schemas`` (``("Candidate",)``)."""
    path = _index().get(_normalised(cls.__name__))
    if path is None:
        raise TypeError(
            f"{cls.__module__}.{cls.__qualname__}: no schema of openapi.yaml describes this class, so pydantic "
            "cannot use it; it is not a model generated from the spec (or `make generate` is stale)"
        )
    return path


def spec_schema(cls: type) -> Mapping[str, Any]:
    """The spec's schema of a generated model class (``$ref``s left as they are)."""
    return _spec_schema(schema_path(cls))


def _spec_schema(path: tuple[str, ...]) -> Mapping[str, Any]:
    node: Any = api().schemas
    for part in path:
        node = node[part]
    return api().resolve(node)


def _serialise(value: Any) -> Any:
    to_dict: Callable[[], Any] = value.to_dict
    return to_dict()


# -------------------------------------------------------------------------------------------------- core schema
_building = threading.local()


def _ref(cls: type, name: str | None = None) -> str:
    """The reference pydantic itself gives a class, so it finds the definition again and names it ``Candidate``.

    ``name``: the component's name where the class name differs (``Warning_`` is the definition ``Warning``).
    """
    return f"{cls.__module__}.{name or cls.__qualname__}:{id(cls)}"


def core_schema(cls: type[SpecModel], handler: GetCoreSchemaHandler) -> CoreSchema:
    """``cls.__get_pydantic_core_schema__``: decode with ``from_dict``, encode with ``to_dict``."""
    from pydantic_core import core_schema as cs

    path = schema_path(cls)
    return _schema(
        cls,
        path,
        handler,
        validator(cls, path),
        cs.plain_serializer_function_ser_schema(_serialise, when_used="always"),
    )


def _schema(
    cls: type, path: tuple[str, ...], handler: GetCoreSchemaHandler, validate: Callable[[Any], Any], ser: Any
) -> CoreSchema:
    from pydantic_core import core_schema as cs

    ref = _ref(cls, path[0] if len(path) == 1 else None)
    in_progress: set[str] = _building.__dict__.setdefault("refs", set())
    if ref in in_progress:  # a model that (through others) contains itself
        return cs.definition_reference_schema(ref)
    in_progress.add(ref)
    try:
        # The components this schema refers to, generated here so that pydantic keeps their definitions:
        # json_schema() turns each into a reference to a named definition.
        referred = [handler.generate_schema(_class_of(name)) for name in component_refs(_spec_schema(path))]
    finally:
        in_progress.discard(ref)
    return cs.no_info_plain_validator_function(
        validate,
        ref=ref,
        json_schema_input_schema=cs.tuple_schema(referred) if referred else None,
        serialization=ser,
    )


def json_schema(cls: type[SpecModel], schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
    """``cls.__get_pydantic_json_schema__``: the spec's schema of the class, references as named definitions."""
    return _json_schema(cls, schema_path(cls), schema, handler)


def _json_schema(
    cls: type, path: tuple[str, ...], schema: CoreSchema, handler: GetJsonSchemaHandler
) -> JsonSchemaValue:
    spec = _spec_schema(path)
    names = list(component_refs(spec))
    refs: dict[str, Any] = {}
    if names:
        # The tuple of referred components that _schema() keeps: pydantic turns each item into a named
        # definition and answers with references to them, in the order of ``names``.
        inputs: Any = schema.get("json_schema_input_schema")
        items = handler(inputs).get("prefixItems") if isinstance(inputs, Mapping) else None
        if not isinstance(items, list) or len(items) != len(names):  # pragma: no cover - set by _schema
            raise TypeError(f"{cls.__qualname__}: core schema without its referred components")
        refs = dict(zip(names, items, strict=True))
    converted: JsonSchemaValue = _withcomponent_refs(spec, refs)
    return converted


def _withcomponent_refs(node: Any, refs: Mapping[str, Any]) -> Any:
    """A copy of a spec schema whose ``$ref``s point at the definitions pydantic made for those components."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENT_REF):
            target = dict(refs[ref.removeprefix(_COMPONENT_REF)])
            target.update({k: _withcomponent_refs(v, refs) for k, v in node.items() if k != "$ref"})
            return target
        return {k: _withcomponent_refs(v, refs) for k, v in node.items()}
    if isinstance(node, list):
        return [_withcomponent_refs(v, refs) for v in node]
    return node


# ---------------------------------------------------------------------------------- components as pydantic types
@functools.cache
def _class_of(component: str) -> type:
    """The generated model of a component, or for one without a model (enums, aliases) a stand-in type."""
    import kombo_ats_client.models as models

    for name in (component, component + "_"):
        cls = getattr(models, name, None)
        if isinstance(cls, type) and hasattr(cls, "__get_pydantic_core_schema__"):
            return cls
    return _stand_in(component)


def _stand_in(component: str) -> type:
    """A type whose JSON schema is the component's; it takes any JSON value, as it stands for part of a model."""

    def get_core_schema(cls: type, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return _schema(cls, (component,), handler, _identity, None)

    def get_json_schema(cls: type, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return _json_schema(cls, (component,), schema, handler)

    return type(
        component,
        (),
        {
            "__module__": _SPEC_MODULE,
            "__qualname__": component,
            "__get_pydantic_core_schema__": classmethod(get_core_schema),
            "__get_pydantic_json_schema__": classmethod(get_json_schema),
        },
    )


def _identity(value: Any) -> Any:
    return value
