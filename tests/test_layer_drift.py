"""The public layer serves everything the spec declares, checked generically from the spec.

Nothing here lists operations or parameters by hand: each test is parametrised over what
``openapi.yaml`` declares (through ``kombo_ats.spec``). When the spec grows, these tests grow with it,
and a failure names the operation and parameter the layer cannot serve and says what to do.

* every paginated list operation has a walker, a filters class and an ``iter_pages`` entry, and each
  of its filters goes on the wire the way the spec says (comma-joined lists, ``.sssZ`` UTC, enums);
* every other operation has a typed call whose arguments are its path parameters, the integration
  id where the API takes one, and the body's fields; called with data generated from the spec, it
  sends exactly that body to the right method and path and returns the parsed ``data`` and warnings;
* every generated endpoint function hands the core plain data the core builds the same request from.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import os
import random
import re
import sys
import typing
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import httpx
import kombo_ats
import pytest
import yaml
from kombo_ats import spec
from kombo_ats._generated import CALL_ENDPOINTS, LIST_ENDPOINTS
from kombo_ats._request import build_request, operation_request
from kombo_ats.spec import api
from kombo_ats_sandbox.spec_data import example

from kombo_ats_client.client import OperationRequest

from .kombo_fake import FakeKombo, json_response, page_body
from .spec_support import ROOT

API = spec.api()
LISTS = sorted((op for op in API.operations.values() if op.paginated), key=lambda o: o.operation_id)
CALLS = sorted((op for op in API.operations.values() if not op.paginated), key=lambda o: o.operation_id)
# Operations whose public function is hand-written (templates/layer/layer-config.yaml): op id -> function name.
HANDWRITTEN = {
    op_id: target.rsplit(".", 1)[-1]
    for op_id, target in (
        yaml.safe_load((Path(__file__).parents[1] / "templates/layer/layer-config.yaml").read_text("utf-8"))
        .get("handwritten", {})
        .items()
    )
}
CET = dt.timezone(dt.timedelta(hours=1))


def _sample(param: spec.Param) -> tuple[Any, str]:
    """A valid value for a filter and the exact string the spec says goes on the wire for it."""
    if param.kind == "csv":
        size = param.min_length or 2
        items = ["a" * size, "b" * size]
        return items, ",".join(items)
    if param.kind == "enum_csv":
        items = [param.enum[0], param.enum[-1]]
        return items, ",".join(items)
    if param.kind == "enum":
        return param.enum[0], param.enum[0]
    if param.kind == "datetime":
        return dt.datetime(2024, 1, 2, 3, 4, 5, 678_901, tzinfo=CET), "2024-01-02T02:04:05.678Z"
    if param.kind == "date":
        return dt.date(2024, 1, 2), "2024-01-02"
    if param.kind == "boolean":
        return True, "true"
    if param.kind in ("integer", "number"):
        value = int(param.minimum if param.minimum is not None else 1)
        return value, str(value)
    return "some text", "some text"


def _op_id(op: spec.Operation) -> str:
    return op.operation_id


def _path_kwargs(op: spec.Operation) -> dict[str, str]:
    """A value for each path parameter: its first documented value if it has an enum, else a made-up id."""
    return {p.name: p.enum[0] if p.enum else f"{p.name}-1" for p in op.params_in("path") if p.name in op.path_arguments}


def _needs_integration(op: spec.Operation) -> bool:
    return op.takes_integration_id


# ---------------------------------------------------------------------------------------------- lists
@pytest.mark.parametrize("op", LISTS, ids=_op_id)
def test_every_list_operation_has_a_typed_walker_and_filters(op: spec.Operation) -> None:
    walker = getattr(kombo_ats, f"iter_{op.resource}", None)
    assert walker is not None, f"{op.operation_id}: kombo_ats has no iter_{op.resource}; run 'make generate'"
    endpoint = LIST_ENDPOINTS.get(op.resource)
    assert endpoint is not None and endpoint.operation_id == op.operation_id, f"{op.operation_id}: not in iter_pages"
    signature = inspect.signature(walker).parameters
    field_names = {f.name for f in attrs.fields(endpoint.filters)}
    for param in op.filters:
        assert param.name in signature, f"{op.operation_id}: iter_{op.resource} lacks filter {param.name!r}"
        assert param.name in field_names, f"{op.operation_id}: {endpoint.filters.__name__} lacks {param.name!r}"
    assert ("integration_id" in signature) == _needs_integration(op), op.operation_id


@pytest.mark.parametrize("op", LISTS, ids=_op_id)
def test_a_deprecated_list_operation_warns_at_the_callers_line(op: spec.Operation) -> None:
    client = kombo_ats.make_client("key", base_url="https://kombo.test/v1")
    kwargs: dict[str, Any] = {"integration_id": "acme:1"} if _needs_integration(op) else {}
    kwargs.update(_path_kwargs(op))
    walker = getattr(kombo_ats, f"iter_{op.resource}")
    by_name: Callable[..., object] = kombo_ats.iter_pages  # op.resource is a plain str read from the spec
    starts: list[Callable[[], object]] = [
        lambda: walker(client, **kwargs),
        lambda: by_name(client, op.resource, **kwargs),
        lambda: kombo_ats.iter_pages_dynamic(client, op.resource, **kwargs),
    ]
    for start in starts:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            start()  # walkers validate and warn when called; nothing is sent until iterated
        deprecations = [w for w in caught if issubclass(w.category, DeprecationWarning)]
        if not op.deprecated:
            assert deprecations == [], f"{op.operation_id} is not deprecated in the spec but warns"
            continue
        assert len(deprecations) == 1, f"{op.operation_id} is deprecated in the spec: calling it must warn once"
        assert str(deprecations[0].message).startswith(f"{op.name} is deprecated: ")
        assert deprecations[0].filename == __file__, "the warning must point at the caller's line"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("op", "param"),
    [(op, p) for op in LISTS for p in op.filters if p.kind != "any"],
    ids=lambda x: x.operation_id if isinstance(x, spec.Operation) else x.name,
)
async def test_every_filter_goes_on_the_wire_as_the_spec_says(op: spec.Operation, param: spec.Param) -> None:
    value, wire = _sample(param)
    fake = FakeKombo(lambda r: json_response(200, page_body([], None)))
    async with fake.client() as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            kwargs: dict[str, Any] = {**_path_kwargs(op), param.name: value}
            pages = kombo_ats.iter_pages_dynamic(client, op.resource, integration_id="acme:1", **kwargs)
        async for _ in pages:
            pass
    (request,) = fake.requests
    sent = request.url.params.get_list(param.name)
    assert sent == [wire], f"{op.operation_id}: filter {param.name!r} went out as {sent}, the spec says {wire!r}"
    assert request.method == "GET" and request.url.path == "/v1" + op.path.format(**_path_kwargs(op))


# ---------------------------------------------------------------------------------------------- typing
# What a type checker makes of iter_pages: each case is one line of a generated module that mypy checks.
# ``None``: the line type-checks; a code: mypy reports that error on the line. Each wrong line differs from a
# right one by a single mistake, so the error is that mistake's.
TypingCase = tuple[str, str | None, str]

# A value of the wrong type for a filter, by kind: what a caller plausibly passes by mistake.
_WRONG_TYPE = {"datetime": '"2024-01-02"', "date": '"2024-01-02"', "boolean": '"true"', "integer": '"1"'}
_WRONG_TYPE |= {"number": '"1.5"', "string": "12345", "csv": "12345", "enum": "12345", "enum_csv": "12345"}


def _item_class(op: spec.Operation) -> type:
    """The record class of a list, as its walker ``iter_<resource>`` yields it (``ItemIterator[Candidate]``)."""
    walker = getattr(kombo_ats, f"iter_{op.resource}")
    (item,) = typing.get_args(typing.get_type_hints(walker)["return"])
    assert isinstance(item, type), f"iter_{op.resource} yields {item!r}"
    return item


def _call(resource: str, args: list[str]) -> str:
    return f'iter_pages(client, "{resource}"{"".join(", " + arg for arg in args)})'


def _typing_cases() -> tuple[list[str], list[TypingCase]]:
    """Imports and cases: per list operation of the spec, then the mistakes the overloads exist to catch."""
    imports: list[str] = []
    cases: list[TypingCase] = []
    for op in LISTS:
        item = _item_class(op)
        alias = f"Item_{op.resource}"
        imports.append(f"from {item.__module__} import {item.__name__} as {alias}")
        base = ['integration_id="x"'] if _needs_integration(op) else []
        base += [f"{name}={value!r}" for name, value in _path_kwargs(op).items()]
        filters = {p.name: repr(_sample(p)[0]) for p in op.filters if p.kind != "any"}
        every = [*base, *(f"{name}={value}" for name, value in filters.items())]
        op_id, typed = op.operation_id, f"PageIterator[{alias}]"
        cases.append((f"assert_type({_call(op.resource, every)}, {typed})", None, f"{op_id}: every filter"))
        cases.append((_call(op.resource + "z", base), "call-overload", f"{op_id}: misspelt resource"))
        misspelt = f"{next(iter(filters), 'updated_after')}_typo"
        cases.append((_call(op.resource, [*base, f"{misspelt}=None"]), "call-overload", f"{op_id}: {misspelt}="))
        if _needs_integration(op):
            cases.append((_call(op.resource, base[1:]), "call-overload", f"{op_id}: no integration_id"))
        for param in op.filters:
            if param.kind in _WRONG_TYPE:
                wrong = f"{param.name}={_WRONG_TYPE[param.kind]}"
                cases.append((_call(op.resource, [*base, wrong]), "call-overload", f"{op_id}: {wrong}"))
    cases += [
        (
            'assert_type(iter_pages(client, "candidates", integration_id="x", email="a@b.c"), PageIterator[Candidate])',
            None,
            "the documented call",
        ),
        ('iter_pages(client, "candidates", integration_id="x", tag_idz=["t"])', "call-overload", "a misspelt filter"),
        ('iter_pages(client, "candidates", integration_id="x", statuses=["OPEN"])', "call-overload", "a jobs filter"),
        ('iter_pages(client, "candidates", integration_id="x", filters=JobFilters())', "call-overload", "JobFilters"),
        ('iter_pages(client, "candidates", integration_id=1)', "call-overload", "integration_id is a str"),
        ('iter_pages(client, "candidates", integration_id="x", page_size="5")', "call-overload", "page_size is an int"),
        ('iter_pages(client, "candidatez", integration_id="x")', "call-overload", "a misspelt resource"),
        ('iter_pages(client, name, integration_id="x")', "call-overload", "a plain str is no resource"),
        ('iter_pages(client, resource, integration_id="x", page_size=5)', None, "a Resource variable"),
        ('iter_pages(client, resource, integration_id="x", email="a@b.c")', "arg-type", "a filter not every list has"),
        (
            'assert_type(iter_pages_dynamic(client, name, integration_id="x", anything=1), PageIterator[Any])',
            None,
            "the dynamic entry point takes any str and keyword",
        ),
    ]
    return imports, cases


def test_iter_pages_overloads_type_check_like_the_walkers(tmp_path: Path) -> None:
    """``iter_pages(client, "<resource>", ...)`` takes exactly its walker's typed keywords: one mypy run over
    every list operation of the spec (valid filters pass and yield the walker's model; a misspelt resource or
    keyword, a missing integration id and each filter given a wrong type are errors)."""
    from mypy import api as mypy_api

    imports, cases = _typing_cases()
    header = [
        "import datetime",
        "from typing import Any, assert_type",
        "from kombo_ats import JobFilters, PageIterator, Resource, iter_pages, iter_pages_dynamic",
        "from kombo_ats_client import AuthenticatedClient",
        "from kombo_ats_client.models.candidate import Candidate",
        *imports,
        "",
        "",
        "def cases(client: AuthenticatedClient, name: str, resource: Resource) -> None:",
    ]
    first = len(header) + 1  # mypy counts lines from 1
    module = tmp_path / "iter_pages_typing_cases.py"
    module.write_text("\n".join([*header, *(f"    {code}" for code, _, _ in cases)]) + "\n", encoding="utf-8")
    recursion_limit = sys.getrecursionlimit()  # mypy raises it for the whole process; later tests rely on it
    try:
        stdout, stderr, _status = mypy_api.run(
            [
                str(module),
                "--strict",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "--cache-dir",
                os.devnull,  # no cache: a shared one would replay errors of an earlier, identical snippet file
                "--no-error-summary",
                "--hide-error-context",
                "--no-pretty",
                "--show-error-codes",
            ]
        )
    finally:
        sys.setrecursionlimit(recursion_limit)
    errors: dict[int, list[str]] = {}
    for line in stdout.splitlines():
        found = re.match(rf"^{re.escape(str(module))}:(\d+): error: .*\[([a-z-]+)\]$", line)
        assert found or ": note: " in line, f"unexpected mypy output: {line}\n{stderr}"
        if found:
            errors.setdefault(int(found[1]), []).append(found[2])
    assert not [n for n in errors if n < first], f"the cases' imports do not type-check:\n{stdout}{stderr}"
    wrong = []
    for number, (code, expected, what) in enumerate(cases, start=first):
        got = errors.get(number, [])
        if expected is None and got:
            wrong.append(f"{what}: mypy refuses a valid call ({got}): {code}")
        elif expected is not None and expected not in got:
            wrong.append(f"{what}: mypy accepts (expected [{expected}], got {got}): {code}")
    assert not wrong, "iter_pages' overloads are not typed like the walkers:\n" + "\n".join(wrong)


# ---------------------------------------------------------------------------------------------- calls
def _call_function(op: spec.Operation) -> Any:
    name = HANDWRITTEN.get(op.operation_id, op.name)
    function = getattr(kombo_ats, name, None)
    assert function is not None, f"{op.operation_id}: kombo_ats has no {name}(); run 'make generate'"
    return function


def _body_fields(op: spec.Operation) -> dict[str, Any]:
    if op.body_schema is None:
        return {}
    return dict(API.component(op.body_schema).get("properties", {}))


@pytest.mark.parametrize("op", CALLS, ids=_op_id)
def test_every_other_operation_has_a_typed_call(op: spec.Operation) -> None:
    signature = inspect.signature(_call_function(op)).parameters
    for name in _path_kwargs(op):
        assert name in signature, f"{op.operation_id}: the call lacks path parameter {name!r}"
    assert ("integration_id" in signature) == _needs_integration(op), (
        f"{op.operation_id}: integration_id must be an argument exactly when the API takes one"
    )
    for name in _body_fields(op):
        assert name in signature, f"{op.operation_id}: the call lacks body field {name!r}"
    for param in op.params_in("query"):
        assert param.name in signature, f"{op.operation_id}: the call lacks query parameter {param.name!r}"


def _response_for(op: spec.Operation, rng: random.Random) -> dict[str, Any]:
    if op.response_schema is None:
        return {"status": "success", "data": {}}
    body = example(API.document, op.response_schema, rng=rng, mode="full")
    assert isinstance(body, dict)
    return body


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["full", "sparse"])
@pytest.mark.parametrize("op", CALLS, ids=_op_id)
async def test_every_call_sends_its_body_and_returns_data_and_warnings(op: spec.Operation, mode: str) -> None:
    rng = random.Random(f"{op.operation_id}:{mode}")
    body = example(API.document, op.body_schema, rng=rng, mode=mode) if op.body_schema else {}  # type: ignore[arg-type]
    answer = _response_for(op, rng)
    fake = FakeKombo(lambda r: json_response(200, answer))
    kwargs: dict[str, Any] = {**_path_kwargs(op), **body}
    if _needs_integration(op):
        kwargs["integration_id"] = "acme:1"
    for param in op.params_in("query"):
        if param.required:
            kwargs[param.name] = _sample(param)[0]
    async with fake.client() as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            result = await _call_function(op)(client, **kwargs)
    (request,) = fake.requests
    path = "/v1" + op.path.format(**_path_kwargs(op), integration_id="acme:1")
    assert (request.method, request.url.path) == (op.method, path), op.operation_id
    if op.body_schema is not None:
        assert json.loads(request.content) == body, f"{op.operation_id}: the body sent differs from the one given"
    if op.requires_integration_header:
        assert request.headers["X-Integration-Id"] == "acme:1"
    else:
        assert "X-Integration-Id" not in request.headers, f"{op.operation_id}: sends an integration header"
    assert result.response is not None
    expected_warnings = [w.get("message") for w in answer.get("warnings") or [] if isinstance(w, dict)]
    assert result.warnings == [w if isinstance(w, str) else str(w) for w in expected_warnings]


def test_every_call_endpoint_is_registered() -> None:
    assert sorted(CALL_ENDPOINTS) == sorted(op.operation_id for op in CALLS)


# ---------------------------------------------------------------------------------------------- models
OBJECT_COMPONENTS = sorted(name for name, schema in API.schemas.items() if "properties" in schema or "enum" in schema)


@pytest.mark.parametrize("name", OBJECT_COMPONENTS)
def test_every_component_schema_has_a_generated_class(name: str) -> None:
    """openapi-python-client drops schemas it cannot express without a word; this names them."""
    schema = API.schemas[name]
    module_name = spec.snake_case(schema.get("title") or name)
    try:
        module = importlib.import_module(f"kombo_ats_client.models.{module_name}")
    except ModuleNotFoundError:
        pytest.fail(f"components.schemas.{name}: no generated model; openapi-python-client could not express it")
    assert any(isinstance(v, type) and v.__module__ == module.__name__ for v in vars(module).values()), name


# ---------------------------------------------------------------------------------------------- requests
ALL_OPERATIONS = sorted(API.operations.values(), key=_op_id)


_SAMPLE: dict[str, Any] = {
    "string": "a b/c",
    "csv": "a,b",
    "datetime": "2024-01-31T09:30:00.000Z",
    "date": "2024-01-31",
    "boolean": True,
    "integer": 5,
    "number": 5,
}


def _wire_sample(param: spec.Param) -> Any:
    if param.kind in ("enum", "enum_csv"):
        return param.enum[-1]
    if param.kind in ("csv", "string") and param.min_length:
        item = "a" * param.min_length
        return f"{item},{item}" if param.kind == "csv" else item
    return _SAMPLE.get(param.kind, "x")


@attrs.frozen
class _Body:
    """Stands in for a generated request model: all ``_request`` asks of one is ``to_dict()``."""

    json: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return self.json


def _generated_call(op: spec.Operation, values: dict[str, Any], body: Any) -> OperationRequest:
    """What the generated endpoint module hands its client for these values (its ``_request``)."""
    module = importlib.import_module(f"kombo_ats_client.api.{spec.snake_case(op.tag)}.{op.name}")
    arguments = {re.sub(r"[^a-z0-9]", "", n.lower()): n for n in inspect.signature(module._request).parameters}
    kwargs = {arguments[re.sub(r"[^a-z0-9]", "", name.lower())]: value for name, value in values.items()}
    if body is not None:
        kwargs["body"] = _Body(body)
    call: OperationRequest = module._request(**kwargs)
    return call


def _built(request_kwargs: dict[str, Any]) -> httpx.Request:
    return httpx.Client(base_url="https://kombo.test/v1").build_request(**request_kwargs)


@pytest.mark.parametrize("op", ALL_OPERATIONS, ids=_op_id)
def test_generated_functions_hand_the_core_plain_data_and_every_builder_agrees(op: spec.Operation) -> None:
    """A generated function's call goes to the core as plain data (``OperationRequest``); the core's request
    (SDK client) equals the plain client's own encoding and the SDK's typed calls' (``build_request``)."""
    values = {p.name: _wire_sample(p) for p in op.params}
    body = {"note": "ü"} if op.body_schema else None
    call = _generated_call(op, values, body)
    assert api().operation_at(call.method, call.path) is op
    with warnings.catch_warnings():  # deprecated filters warn here as in the typed calls (tested in test_filters)
        warnings.simplefilter("ignore", DeprecationWarning)
        core = _built(operation_request(call))
    plain = _built(call.to_request_kwargs())
    typed = _built(build_request(op, values, json=body))
    for other in (plain, typed):
        assert (core.method, str(core.url), core.content) == (other.method, str(other.url), other.content)
        assert {k: v for k, v in core.headers.items() if k.lower().startswith("x-")} == {
            k: v for k, v in other.headers.items() if k.lower().startswith("x-")
        }


def test_a_parameter_the_spec_does_not_have_is_refused() -> None:
    with pytest.raises(TypeError, match="zz_unknown"):
        build_request(API.operations["getCandidates"], {"zz_unknown": "1"})
