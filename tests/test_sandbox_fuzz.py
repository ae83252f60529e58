"""Fuzzing every operation of the sandbox: no request answers 5xx, and none poisons the integration.

Hypothesis sends requests to every operation of the spec (derandomized, bounded: a few seconds): real ids
and junk in the path, declared and undeclared query parameters with hostile values, bodies that are
spec-made (``spec_data.example``) with one field replaced by something hostile (a lone surrogate, NaN,
1e400, deep nesting, the wrong type), raw junk, the wrong content type. After every request, a full walk
of every list of the integration must still answer 200 with valid JSON on every page. The state carries
over between examples, so writes pile up the way a misbehaving client would make them.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import hypothesis
import pytest
from hypothesis import strategies as st
from kombo_ats.spec import Operation, api
from kombo_ats_sandbox import SandboxConfig, SandboxState, create_app
from kombo_ats_sandbox.spec_data import example

GREENHOUSE = "greenhouse:8sdaDTyTFBx4uXEhnFm8Ku2p"
HEADERS = {"Authorization": "Bearer sandbox-api-key", "X-Integration-Id": GREENHOUSE}
OPERATIONS = sorted(api().operations.values(), key=lambda o: o.operation_id)
EXAMPLES_PER_OPERATION = 6
PATH_KINDS = {"candidate_id": "candidates", "application_id": "applications", "job_id": "jobs"}
PATH_KINDS |= {"integration_field_id": "integration_fields", "custom_field_id": "custom_fields"}

POISON: list[Any] = [
    "\udc00",
    "Tag \ud800 x",
    float("nan"),
    float("inf"),
    1e308 * 10,
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
]
"""Values that broke the sandbox once: lone surrogates, NaN/Infinity, nesting past the depth limit."""
OTHER: list[Any] = [
    10**400,
    -1,
    True,
    None,
    "",
    " ",
    "../../etc/passwd",
    "http://[not-an-ipv6",
    "x" * 5000,
    [],
    {},
    {"nested": {"nested": {"nested": "\udfff"}}},
]
HOSTILE = st.one_of(st.sampled_from(POISON), st.sampled_from(POISON), st.sampled_from(OTHER))
texts = st.one_of(st.text(max_size=20), st.sampled_from([h for h in POISON + OTHER if isinstance(h, str)]))
url_texts = texts.filter(lambda t: not re.search("[\ud800-\udfff]", t))
"""What a URL can carry (an HTTP client cannot send a lone surrogate in one)."""
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(texts, inner, max_size=3)),
    max_leaves=10,
)


@pytest.fixture(scope="module")
def state() -> SandboxState:
    return SandboxState(SandboxConfig(seed=3, jobs=4, candidates=12))


@pytest.fixture(scope="module")
def transport(state: SandboxState) -> httpx.ASGITransport:
    return httpx.ASGITransport(app=create_app(state), raise_app_exceptions=False)


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    value[path[0]] = _replace(value[path[0]], path[1:], new)
    return value


def _path(op: Operation, draw: st.DrawFn, state: SandboxState) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        kind = PATH_KINDS.get(name)
        real = state.ids(GREENHOUSE, kind)[:5] if kind and GREENHOUSE in state.integrations else []
        known = {"integration_id": [GREENHOUSE], "tool": ["greenhouse"], "api": ["default"], "category": ["ats"]}
        choices = real + known.get(name, [])
        real_one = st.sampled_from(choices) if choices else url_texts
        pick: str = draw(st.one_of(real_one, real_one, real_one, url_texts))
        return quote(pick, safe="") or "x"

    return re.sub(r"\{(\w+)\}", fill, op.path)


def _body(op: Operation, draw: st.DrawFn) -> tuple[bytes | None, str | None]:
    shape = draw(st.sampled_from(["spec", "spec", "spec", "spec", "json", "raw", "deep", "none"]))
    if shape == "none" or (op.body_schema is None and shape == "spec"):
        return None, None
    if shape == "raw":
        return draw(st.binary(max_size=40)), draw(st.sampled_from(["application/json", "text/plain", None]))
    if shape == "deep":
        depth = draw(st.sampled_from([40, 2000, 20_000]))
        return b"[" * depth + b"]" * depth, "application/json"
    value: Any
    if shape == "json":
        value = draw(json_values)
    else:
        value = example(api().document, op.body_schema or "", rng=random.Random(draw(st.integers(0, 999))))
        leaves = [path for path in _leaves(value) if path]
        texts_at = [path for path in leaves if isinstance(_get(value, path), str)]
        hostile: int = draw(st.integers(0, 3))
        prefer_text: bool = draw(st.integers(0, 3)) > 0
        if leaves and hostile:  # mostly one hostile field, a text one where there is one
            where = draw(st.sampled_from(texts_at if texts_at and prefer_text else leaves))
            value = _replace(value, where, draw(HOSTILE))
    raw = json.dumps(value, allow_nan=True).encode()
    return raw, draw(st.sampled_from(["application/json"] * 5 + ["text/plain"]))


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


@st.composite
def requests(
    draw: st.DrawFn, op: Operation, state: SandboxState
) -> tuple[str, str, dict[str, str], bytes | None, dict[str, str]]:
    names = [p.name for p in op.params_in("query")] + ["bogus"]
    query = draw(st.dictionaries(st.sampled_from(names), url_texts, max_size=3))
    body, content_type = _body(op, draw)
    headers = {"content-type": content_type} if content_type else {}
    return op.method, _path(op, draw, state), query, body, headers


def walk_every_list(state: SandboxState) -> None:
    """Every page of every list of the integration, through the list engine the endpoints use (fast, in-process):
    each page valid JSON, every cursor accepted."""
    if GREENHOUSE not in state.integrations:  # the fuzzer deleted it (deleteIntegration): start again
        state.reset()
    store = state.integrations[GREENHOUSE]
    with state.lock:
        for kind in store.kinds():
            query: dict[str, list[str]] = {"page_size": ["250"]}
            for _ in range(100):
                nxt = json.loads(store.list_page(kind, query))["data"]["next"]
                if nxt is None:
                    break
                query = {"cursor": [nxt]}
            else:
                pytest.fail(f"{kind}: more than 100 pages")


@hypothesis.settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
@hypothesis.given(data=st.data())
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_no_request_answers_5xx_or_breaks_a_list(
    op: Operation, state: SandboxState, transport: httpx.ASGITransport, data: st.DataObject
) -> None:
    method, path, query, body, headers = data.draw(requests(op, state))
    backend = data.draw(st.sampled_from(["asyncio", "trio"]))  # each example on one event loop, both in a run

    async def exchange() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox/v1") as client:
            answer = await client.request(method, path, params=query, content=body, headers={**HEADERS, **headers})
            what = f"{method} {path} {query} {body!r:.300}"
            assert answer.status_code < 500, f"{what}: {answer.status_code} {answer.text[:300]}"
            if answer.headers.get("content-type", "").startswith("application/json"):
                json.loads(answer.content)  # valid JSON (no NaN) whatever the status

    anyio.run(exchange, backend=backend)
    walk_every_list(state)


def _with_each_leaf(op: Operation, new: Any) -> Iterator[tuple[str, bytes]]:
    """(dotted path, body) for each leaf of a spec-made body of ``op``, replaced by ``new``."""
    value = example(api().document, op.body_schema or "", rng=random.Random(7))
    for path in _leaves(value):
        if path and not isinstance(_get(value, path), dict | list):
            dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
            changed = _replace(json.loads(json.dumps(value)), path, new)
            yield dotted, json.dumps(changed, allow_nan=True).encode()


WRITES = [op for op in OPERATIONS if op.body_schema is not None]


@pytest.mark.parametrize("op", WRITES, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("poison", ["\udc00", float("nan"), float("inf")], ids=["surrogate", "NaN", "Infinity"])
def test_poison_in_any_field_of_any_write_is_refused_naming_it(
    op: Operation, poison: Any, state: SandboxState, transport: httpx.ASGITransport
) -> None:
    """Every leaf of every write body, one at a time: a 400 naming that field, before any handler runs."""
    ids = {"candidate_id": "candidates", "application_id": "applications", "job_id": "jobs"}
    ids |= {"integration_field_id": "integration_fields", "custom_field_id": "custom_fields"}
    fixed = {"integration_id": GREENHOUSE, "tool": "greenhouse", "api": "default", "category": "ats"}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return fixed.get(name) or state.ids(GREENHOUSE, ids[name])[0]

    async def send_all() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox/v1", headers=HEADERS) as client:
            for dotted, body in _with_each_leaf(op, poison):
                path = re.sub(r"\{(\w+)\}", fill, op.path)
                answer = await client.request(
                    op.method, path, content=body, headers={"content-type": "application/json"}
                )
                assert answer.status_code == 400, (
                    f"{op.operation_id} {dotted}: {answer.status_code} {answer.text[:200]}"
                )
                assert answer.json()["error"]["message"].startswith(dotted), (dotted, answer.json()["error"])

    if GREENHOUSE not in state.integrations:
        state.reset()
    anyio.run(send_all)
    walk_every_list(state)


@st.composite
def admin_changes(draw: st.DrawFn, state: SandboxState) -> tuple[str, str, dict[str, Any]]:
    """A record of any kind and a change of one of its schema's fields (or a bogus one) to any JSON value."""
    kind = draw(st.sampled_from(sorted(api().lists)))
    fields = [*api().component(api().lists[kind].item_schema or "")["properties"], "bogus"]
    name = draw(st.sampled_from(fields))
    schema = api().component(api().lists[kind].item_schema or "")["properties"].get(name, {})
    seed: int = draw(st.integers(0, 999))
    spec_made = example(api().document, schema, rng=random.Random(seed), mode="full")  # mostly accepted
    value = draw(st.one_of(st.just(spec_made), st.just(spec_made), json_values, HOSTILE))
    return kind, name, {name: value}


@hypothesis.settings(
    max_examples=80,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
@hypothesis.given(data=st.data())
def test_no_admin_change_answers_5xx_or_breaks_a_list(
    state: SandboxState, transport: httpx.ASGITransport, data: st.DataObject
) -> None:
    if GREENHOUSE not in state.integrations:
        state.reset()
    kind, name, changes = data.draw(admin_changes(state))
    record_id = state.ids(GREENHOUSE, kind, include_deleted=True)[0]
    body = json.dumps(changes, allow_nan=True).encode()

    async def patch() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as admin:
            url = f"/_sandbox/integrations/{GREENHOUSE}/{kind}/{record_id}"
            answer = await admin.patch(url, content=body, headers={**HEADERS, "content-type": "application/json"})
            assert answer.status_code < 500, f"{kind}.{name} = {body!r:.200}: {answer.status_code} {answer.text[:300]}"
            if answer.status_code != 200:
                assert name in answer.json()["error"]["message"], answer.text

    anyio.run(patch, backend=data.draw(st.sampled_from(["asyncio", "trio"])))
    walk_every_list(state)
