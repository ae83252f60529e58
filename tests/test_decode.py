"""Bodies are decoded by msgspec straight into the models when that is exact, else by from_dict (kombo_ats._decode).

The differential fuzzer in test_models_fast_parse.py proves both paths give the same models; these tests prove
that the walkers, the typed calls and the generated endpoint functions (with the SDK's client) all use the msgspec
path for what the API sends, fall back for what it cannot keep (unknown fields stay in ``additional_properties``),
and that every list operation of the spec gets a msgspec decoder without a hand edit.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from kombo_ats import LIST_ENDPOINTS, _decode, check_api_key, iter_candidates, iter_pages_dynamic
from kombo_ats.spec import api as spec_api
from kombo_ats_sandbox.spec_data import example

from kombo_ats_client.api.ats import get_candidates
from kombo_ats_client.models import Candidate, GetCandidatesResponse
from tests.kombo_fake import FakeKombo, json_response, page_body
from tests.spec_support import load_spec


def spec_candidates(count: int, seed: int = 5) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [example(load_spec(), "Candidate", rng=rng, mode=("full", "sparse", "nulls")[i % 3]) for i in range(count)]


@pytest.fixture
def from_dict_calls(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Records each body that took the from_dict path (whoever asked kombo_ats._decode.decode_body)."""
    calls: list[Any] = []
    reference = getattr(_decode, "_with_from_dict")  # noqa: B009 - the name decode_body looks up, replaced below

    def spy(content: bytes, from_dict: Any) -> Any:
        calls.append(from_dict)
        return reference(content, from_dict)

    monkeypatch.setattr(_decode, "_with_from_dict", spy)
    return calls


async def walk(payloads: list[dict[str, Any]]) -> list[Candidate]:
    fake = FakeKombo(lambda request: json_response(200, page_body(payloads, None)))
    async with fake.client() as client:
        return [c async for c in iter_candidates(client, integration_id="acme:1")]


@pytest.mark.anyio
async def test_a_page_the_spec_describes_takes_the_msgspec_path(from_dict_calls: list[Any]) -> None:
    payloads = spec_candidates(9)
    records = await walk(payloads)
    assert from_dict_calls == []
    assert records == [Candidate.from_dict(p) for p in payloads]
    assert [r.to_dict() for r in records] == [Candidate.from_dict(p).to_dict() for p in payloads]


@pytest.mark.anyio
async def test_unknown_fields_take_the_from_dict_path_and_are_kept(from_dict_calls: list[Any]) -> None:
    payloads = spec_candidates(3)
    payloads[1]["added_by_kombo_later"] = {"x": 1}
    records = await walk(payloads)
    assert len(from_dict_calls) == 1
    assert records[1].additional_properties == {"added_by_kombo_later": {"x": 1}}
    assert records[1].to_dict()["added_by_kombo_later"] == {"x": 1}


@pytest.mark.anyio
@pytest.mark.parametrize("unknown", [False, True], ids=["spec-shaped", "unknown-field"])
async def test_a_typed_call_decodes_like_a_walk(from_dict_calls: list[Any], unknown: bool) -> None:
    body: dict[str, Any] = {"status": "success", "data": {"environment_id": "env1"}}
    if unknown:
        body["data"]["added_by_kombo_later"] = [1, 2]
    fake = FakeKombo(lambda request: json_response(200, body))
    async with fake.client() as client:
        result = await check_api_key(client)
    assert result.data.environment_id == "env1"
    assert len(from_dict_calls) == int(unknown)
    assert result.response.to_dict() == body  # nothing lost on either path


@pytest.mark.anyio
@pytest.mark.parametrize("unknown", [False, True], ids=["spec-shaped", "unknown-field"])
async def test_a_generated_function_with_the_sdk_client_decodes_like_a_walk(
    from_dict_calls: list[Any], unknown: bool
) -> None:
    payloads = spec_candidates(4)
    if unknown:
        payloads[2]["added_by_kombo_later"] = "x"
    fake = FakeKombo(lambda request: json_response(200, page_body(payloads, None)))
    async with fake.client() as client:
        page = await get_candidates.asyncio(client=client, x_integration_id="acme:1")
    assert isinstance(page, GetCandidatesResponse)
    assert from_dict_calls == ([GetCandidatesResponse.from_dict] if unknown else [])
    assert page.data.results == [Candidate.from_dict(p) for p in payloads]
    assert [r.to_dict() for r in page.data.results] == [Candidate.from_dict(p).to_dict() for p in payloads]


# Lists whose records the msgspec path declines on purpose, with the reason (they always take from_dict).
DECLINED = {
    "scorecards": "ScorecardResponse.answer is str | number | bool | ScorecardOption | list[ScorecardOption]",
}


def test_every_list_operation_of_the_spec_has_an_exact_msgspec_decoder() -> None:
    ops = spec_api().lists
    assert len(LIST_ENDPOINTS) == len(ops) > 10
    assert set(DECLINED) <= set(LIST_ENDPOINTS)
    missing = [
        name
        for name, endpoint in LIST_ENDPOINTS.items()
        if _decode.fast_decoder(endpoint.response.__self__) is None  # type: ignore[attr-defined]
        and name not in DECLINED
    ]
    assert missing == [], f"these list envelopes cannot be decoded by msgspec (see kombo_ats/_decode.py): {missing}"


@pytest.mark.anyio
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # application_stages is a deprecated operation
@pytest.mark.parametrize("resource", sorted(set(LIST_ENDPOINTS) - set(DECLINED)))
async def test_every_list_decodes_its_spec_page_with_msgspec(resource: str, from_dict_calls: list[Any]) -> None:
    endpoint = LIST_ENDPOINTS[resource]
    op = endpoint.operation
    body = example(load_spec(), str(op.response_schema), rng=random.Random(3))
    fake = FakeKombo(lambda request: json_response(200, {**body, "data": {**body["data"], "next": None}}))
    path: dict[str, Any] = {p.name: "x1" for p in op.params_in("path") if p.name != "integration_id"}
    async with fake.client() as client:
        pages = [page async for page in iter_pages_dynamic(client, resource, integration_id="acme:1", **path)]
    assert from_dict_calls == [], f"{resource}: a page the spec describes took the from_dict path"
    expected = endpoint.response(json.loads(json.dumps({**body, "data": {**body["data"], "next": None}})))
    assert pages[0].results == list(expected.data.results)


def test_the_declined_lists_are_still_declined() -> None:
    """When a declined list becomes expressible, take it off DECLINED (its pages then get the faster path)."""
    for name in DECLINED:
        assert _decode.fast_decoder(LIST_ENDPOINTS[name].response.__self__) is None  # type: ignore[attr-defined]


def test_annotations_msgspec_would_read_differently_are_refused() -> None:
    """The templates write floats as int | float and date-times as AwareDatetime; anything else keeps from_dict."""
    import datetime

    from kombo_ats_client.types import AwareDatetime, Unset

    refused: list[Any] = [float | None, list[float] | Unset, datetime.datetime | None, list[datetime.datetime]]
    for hint in refused:
        with pytest.raises(_decode._Inexpressible):
            _decode._check_exact(hint, "Model.field")
    accepted: list[Any] = [int | float | None, AwareDatetime | Unset | None, list[AwareDatetime], str | None]
    for hint in accepted:
        _decode._check_exact(hint, "Model.field")
