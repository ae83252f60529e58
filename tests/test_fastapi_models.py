"""The generated models used exactly where a FastAPI app uses pydantic models, through a real app (ASGI).

Returned models, ``response_model`` (single, ``list[...]``, optional, nested in the app's own pydantic
models), request bodies good and bad, the app's openapi.json (Kombo's schemas as named components, valid
for the project's spec validator), and the round trip: FastAPI's JSON equals ``to_dict()`` for records
of every list of the spec made by the spec-fidelity data generator.
"""

from __future__ import annotations

import contextlib
import inspect
import random
import subprocess
import sys
from types import GenericAlias
from typing import Annotated, Any, cast

import httpx
import pytest
from fastapi import Body, FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kombo_ats._pydantic import schema_path, spec_schema
from kombo_ats._pydantic_input import _request_only
from kombo_ats.spec import api
from kombo_ats_sandbox.spec_data import example
from openapi_spec_validator import validate
from pydantic import BaseModel, TypeAdapter, ValidationError

import kombo_ats_client.models as models
from kombo_ats_client.models import Candidate, CreateApplicationCandidate, CreateApplicationRequest, Job, Location
from tests.spec_support import load_spec

SPEC_MODELS = [
    cls for cls in vars(models).values() if inspect.isclass(cls) and hasattr(cls, "__get_pydantic_core_schema__")
]
LIST_RECORDS = sorted({op.item_schema for op in api().lists.values() if op.item_schema is not None})


def _record(name: str, seed: int = 1, mode: Any = "full") -> Any:
    return example(load_spec(), name, rng=random.Random(seed), mode=mode)


class Shortlist(BaseModel):
    """An app's own pydantic model holding SDK models."""

    title: str
    job: Job
    candidates: list[Candidate]
    location: Location | None = None


def make_app() -> FastAPI:
    app = FastAPI()
    candidate = Candidate.from_dict(_record("Candidate"))
    job = Job.from_dict(_record("Job"))

    @app.get("/annotated")
    async def annotated() -> Candidate:
        return candidate

    @app.get("/declared", response_model=Job)
    async def declared() -> Any:
        return job

    @app.get("/many", response_model=list[Candidate])
    async def many() -> Any:
        return [candidate, candidate]

    @app.get("/maybe/{present}")
    async def maybe(present: bool) -> Location | None:
        return Location.from_dict({"city": "Berlin", "x_unknown": {"kept": True}}) if present else None

    @app.get("/shortlist")
    async def shortlist() -> Shortlist:
        return Shortlist(title="Backend", job=job, candidates=[candidate])

    @app.post("/applications")
    async def apply(request: Annotated[CreateApplicationRequest, Body()]) -> dict[str, Any]:
        assert isinstance(request, CreateApplicationRequest)
        return {"email": request.candidate.email_address, "body": request.to_dict()}

    @app.post("/candidates")
    async def add_candidate(
        candidate: Annotated[CreateApplicationCandidate, Body(embed=True)],
    ) -> CreateApplicationCandidate:
        return candidate

    @app.post("/shortlist")
    async def post_shortlist(body: Shortlist) -> Shortlist:
        assert isinstance(body.job, Job)
        return body

    return app


async def _get(app: FastAPI, method: str, url: str, **kwargs: Any) -> httpx.Response:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        return await http.request(method, url, **kwargs)


@pytest.mark.anyio
async def test_returned_and_declared_models_are_their_to_dict() -> None:
    app = make_app()
    candidate = Candidate.from_dict(_record("Candidate"))
    job = Job.from_dict(_record("Job"))
    assert (await _get(app, "GET", "/annotated")).json() == candidate.to_dict()
    assert (await _get(app, "GET", "/declared")).json() == job.to_dict()
    assert (await _get(app, "GET", "/many")).json() == [candidate.to_dict()] * 2
    assert (await _get(app, "GET", "/maybe/true")).json() == {"city": "Berlin", "x_unknown": {"kept": True}}
    assert (await _get(app, "GET", "/maybe/false")).json() is None
    nested = (await _get(app, "GET", "/shortlist")).json()
    assert nested == {"title": "Backend", "job": job.to_dict(), "candidates": [candidate.to_dict()], "location": None}


@pytest.mark.anyio
async def test_unannotated_return_encodes_once_kombo_ats_fastapi_is_imported() -> None:
    import kombo_ats.fastapi  # noqa: F401  (registers the encoders)

    app = FastAPI()
    location = Location.from_dict({"city": "Berlin", "zip_code": "10115"})

    @app.get("/bare")
    async def bare():  # type: ignore[no-untyped-def]  # what the issue reported: no annotation at all
        return {"where": location, "all": [location]}

    response = await _get(app, "GET", "/bare")
    assert response.status_code == 200
    assert response.json() == {"where": location.to_dict(), "all": [location.to_dict()]}


@pytest.mark.anyio
async def test_request_model_as_body() -> None:
    body = {
        "candidate": {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"},
        "attachments": [{"name": "cv.pdf", "data": "JVBERi0xLjc=", "type": "CV", "content_type": "application/pdf"}],
    }
    response = await _get(make_app(), "POST", "/applications", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["email"] == "ada@example.com"
    assert response.json()["body"] == CreateApplicationRequest.from_dict(body).to_dict()


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("body", "loc", "says"),
    [
        ({"candidate": {"last_name": "L", "email_address": "a@b.co"}}, ["body", "candidate", "first_name"], "required"),
        (
            {"candidate": {"first_name": 7, "last_name": "L", "email_address": "a@b.co"}},
            ["body", "candidate", "first_name"],
            "expected a string",
        ),
        (
            {"candidate": {"first_name": "A", "last_name": "L", "email_address": "a@b.co", "nmae": "x"}},
            ["body", "candidate", "nmae"],
            "unknown field",
        ),
        ({}, ["body", "candidate"], "required"),
        ([1, 2], ["body"], "expected a JSON object"),
    ],
)
async def test_bad_request_body_is_a_422_naming_the_field(body: Any, loc: list[Any], says: str) -> None:
    response = await _get(make_app(), "POST", "/applications", json=body)
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["loc"] == loc
    assert says in error["msg"]


@pytest.mark.anyio
async def test_what_only_kombo_receives_is_checked_like_the_sdks_writes() -> None:
    """A component only sent to Kombo (here nested in a request body) refuses what the write path refuses."""
    good = {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"}
    ok = await _get(make_app(), "POST", "/candidates", json={"candidate": good})
    assert ok.status_code == 200 and ok.json() == good
    typo = await _get(make_app(), "POST", "/candidates", json={"candidate": {**good, "emial": "x"}})
    assert typo.status_code == 422
    (error,) = typo.json()["detail"]
    assert error["loc"] == ["body", "candidate", "emial"] and "unknown field" in error["msg"]


@pytest.mark.anyio
@pytest.mark.parametrize("where", ["attachments", "answer"])
async def test_a_body_cannot_make_the_server_read_its_own_files(where: str, tmp_path: Any) -> None:
    """The write path reads ``{"path": ...}`` files for Python callers; from a request that would leak server files."""
    secret = tmp_path / "secret.txt"
    secret.write_text("s3cr3t")
    file = {"name": "cv.pdf", "type": "CV", "path": str(secret)}
    body: dict[str, Any] = {"candidate": {"first_name": "A", "last_name": "L", "email_address": "a@b.co"}}
    if where == "attachments":
        body["attachments"] = [file]
        loc = ["body", "attachments", 0, "path"]
    else:
        body["screening_question_answers"] = [{"question_id": "q1", "answer": file}]
        loc = ["body", "screening_question_answers", 0, "answer", "path"]
    response = await _get(make_app(), "POST", "/applications", json=body)
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["loc"] == loc and "data" in error["msg"]
    assert "czNjcjN0" not in response.text  # base64 of the file's content


@pytest.mark.anyio
async def test_response_models_in_a_body_of_the_apps_own_model() -> None:
    job = _record("Job")
    candidate = _record("Candidate")
    ok = await _get(make_app(), "POST", "/shortlist", json={"title": "t", "job": job, "candidates": [candidate]})
    assert ok.status_code == 200, ok.text
    assert ok.json()["job"] == Job.from_dict(job).to_dict()
    del candidate["changed_at"]
    bad = await _get(make_app(), "POST", "/shortlist", json={"title": "t", "job": job, "candidates": [candidate]})
    assert bad.status_code == 422
    (error,) = bad.json()["detail"]
    assert error["loc"] == ["body", "candidates", 0, "changed_at"]
    assert "Candidate.changed_at: required field is missing" in error["msg"]


def test_openapi_document_holds_kombos_schemas_and_validates() -> None:
    document = make_app().openapi()
    validate(document)  # the project's spec validator (make lint runs it on openapi.yaml)
    schemas = document["components"]["schemas"]
    spec_schemas = load_spec()["components"]["schemas"]
    for name in ("Candidate", "Job", "Location", "CreateApplicationRequest", "JobStatus", "NullableDateTime"):
        assert schemas[name] == spec_schemas[name], name  # fields, types, enums, descriptions, $refs by name
    paths = document["paths"]
    ok = "200"
    assert paths["/many"]["get"]["responses"][ok]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Candidate"},
        "title": "Response Many Many Get",
    }
    body_schema = paths["/applications"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body_schema == {"$ref": "#/components/schemas/CreateApplicationRequest"}
    assert schemas["Shortlist"]["properties"]["location"] == {
        "anyOf": [{"$ref": "#/components/schemas/Location"}, {"type": "null"}]
    }
    missing = {ref.rsplit("/", 1)[1] for ref in _refs(document) if ref.startswith("#/components/schemas/")} - set(
        schemas
    )
    assert not missing, f"referenced but not defined: {missing}"


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["full", "sparse", "nulls"])
async def test_round_trip_of_every_list_record(mode: Any) -> None:
    app = FastAPI()
    records: dict[str, list[Any]] = {}
    for name in LIST_RECORDS:
        cls = getattr(models, name)
        records[name] = [cls.from_dict(_record(name, seed, mode)) for seed in range(3)]
        app.add_api_route(f"/{name}", lambda name=name: records[name], response_model=GenericAlias(list, (cls,)))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        for name in LIST_RECORDS:
            response = await http.get(f"/{name}")
            assert response.status_code == 200, (name, response.text)
            assert response.json() == [r.to_dict() for r in records[name]], name
            cls = getattr(models, name)
            assert (
                TypeAdapter[list[Any]](cast(Any, GenericAlias(list, (cls,)))).validate_json(response.content)
                == records[name]
            ), name


@pytest.mark.parametrize("cls", SPEC_MODELS, ids=lambda cls: cls.__name__)
def test_every_generated_model_finds_its_schema(cls: Any) -> None:
    """The schema found for a class is the one it was generated from: a full instance round-trips, nothing unknown."""
    path = schema_path(cls)
    instance = _record_at(path)
    model = cls.from_dict(instance)
    assert model.to_dict() == instance
    unknown = set(getattr(model, "additional_properties", {}))
    assert unknown == set(instance) - set(spec_schema(cls).get("properties", {})), f"{cls.__name__}: {path}"
    generated = TypeAdapter(cls).json_schema(ref_template="#/components/schemas/{model}")
    generated.pop("$defs", None)
    assert generated == spec_schema(cls)


def _record_at(path: tuple[str, ...]) -> Any:
    node: Any = load_spec()["components"]["schemas"]
    for part in path:
        node = node[part]
    return example(load_spec(), node, rng=random.Random(3))


def test_a_class_the_spec_does_not_describe_is_a_clear_error() -> None:
    class Stranger:
        pass

    with pytest.raises(TypeError, match=r"Stranger: no schema of openapi\.yaml describes this class"):
        schema_path(Stranger)


def test_the_sdk_does_not_import_pydantic() -> None:
    code = (
        "import sys\n"
        "import kombo_ats, kombo_ats_client.models as m\n"
        "m.Candidate.from_dict({'id': 'x', 'changed_at': '2024-01-01T00:00:00Z'}).to_dict()\n"
        "assert 'pydantic' not in sys.modules and 'kombo_ats._pydantic' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_component_that_contains_itself_gets_a_finite_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """No cycle in today's spec; one in tomorrow's (a comment's replies) must not recurse forever."""
    import kombo_ats._pydantic as protocol
    import kombo_ats._pydantic_input as protocol_input
    from kombo_ats.spec import Api

    node = {
        "type": "object",
        "properties": {"replies": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}}},
    }
    fake = Api({"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"Comment": node}}})
    caches = (protocol._index, protocol._class_of, protocol_input._request_only)
    monkeypatch.setattr(protocol, "api", lambda: fake)
    monkeypatch.setattr(protocol_input, "api", lambda: fake)
    for cache in caches:
        cache.cache_clear()

    class Comment:
        @classmethod
        def from_dict(cls, src: Any) -> Comment:
            return cls()

        def to_dict(self) -> dict[str, Any]:
            return {"replies": []}

        @classmethod
        def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
            return protocol.core_schema(cls, handler)

        @classmethod
        def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> Any:
            return protocol.json_schema(cls, schema, handler)

    try:
        generated = TypeAdapter(Comment).json_schema(ref_template="#/components/schemas/{model}")
        assert generated["$defs"]["Comment"] == node
        assert TypeAdapter(Comment).dump_python(Comment()) == {"replies": []}
    finally:
        for cache in caches:
            cache.cache_clear()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
    max_leaves=10,
)
FUZZED = sorted({*LIST_RECORDS, *(n for n in _request_only() if hasattr(getattr(models, n, None), "from_dict"))})


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # deprecated fields still work, with a warning
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(FUZZED), seed=st.integers(0, 2**32), junk=JSON, drop=st.booleans())
def test_any_json_is_a_model_or_a_validation_error(name: str, seed: int, junk: Any, drop: bool) -> None:
    """A spec-valid instance with one node replaced by (or dropped for) arbitrary JSON: accepted, or a
    ValidationError (FastAPI's 422), never another exception (a 500)."""
    rng = random.Random(seed)
    document: Any = _record(name, seed, rng.choice(["full", "sparse", "nulls"]))
    nodes = list(_nodes(document, ()))
    where = rng.choice(nodes)
    if not where:
        document = junk
    else:
        parent = document
        for key in where[:-1]:
            parent = parent[key]
        if drop and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = junk
    with contextlib.suppress(ValidationError):
        TypeAdapter(getattr(models, name)).validate_python(document)


def _nodes(value: Any, path: tuple[Any, ...]) -> Any:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*path, index))
