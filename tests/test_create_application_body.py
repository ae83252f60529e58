"""The create-application body has the shapes of Kombo's own SDK models, checked before sending.

``candidate.additional_email_addresses`` is a list of ``{email_address, type}``, ``additional_phone_numbers``
of ``{phone_number, type}``, ``social_links`` of ``{url}``; ``availability_date`` is a date or a
date-time; ``source`` has optional ``name``/``id``/``unified_key``; ``sourced_by.user_id`` is required.
A bare string converts only where that is unambiguous (a link is its URL); elsewhere the error says
what to pass.
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from typing import Any

import httpx
import pytest
from kombo_ats import create_application

from .kombo_fake import FakeKombo, json_response, kombo_id, never_called

pytestmark = pytest.mark.anyio
BASE = {"first_name": "Ada", "last_name": "Lovelace", "email_address": "ada@example.com"}


def _created(request: httpx.Request) -> httpx.Response:
    return json_response(200, {"status": "success", "data": {"id": kombo_id(1), "changed_at": "2024-01-01T00:00:00Z"}})


async def _sent_body(**kwargs: Any) -> dict[str, Any]:
    fake = FakeKombo(_created)
    async with fake.client() as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            await create_application(client, integration_id="acme:1", job_id="remote:1", **kwargs)
    (request,) = fake.requests
    body: dict[str, Any] = json.loads(request.content)
    return body


async def test_list_fields_go_out_as_objects() -> None:
    candidate = {
        **BASE,
        "additional_email_addresses": [{"email_address": "ada@work.example", "type": "WORK"}],
        "additional_phone_numbers": [{"phone_number": "+44 20 7946 0000", "type": "PERSONAL"}],
        "social_links": [{"url": "https://www.linkedin.com/in/ada"}, "https://github.com/ada"],
    }
    body = await _sent_body(candidate=candidate)
    sent = body["candidate"]
    assert sent["additional_email_addresses"] == [{"email_address": "ada@work.example", "type": "WORK"}]
    assert sent["additional_phone_numbers"] == [{"phone_number": "+44 20 7946 0000", "type": "PERSONAL"}]
    assert sent["social_links"] == [{"url": "https://www.linkedin.com/in/ada"}, {"url": "https://github.com/ada"}]


@pytest.mark.parametrize(
    ("field", "value", "hint"),
    [
        (
            "additional_email_addresses",
            ["ada@work.example"],
            "'email_address': ..., 'type': 'PERSONAL' | 'WORK' | 'OTHER'",
        ),
        (
            "additional_phone_numbers",
            ["+44 20 7946 0000"],
            "'phone_number': ..., 'type': 'PERSONAL' | 'WORK' | 'OTHER'",
        ),
        ("additional_email_addresses", [{"email_address": "ada@work.example"}], "type: required"),
        ("additional_email_addresses", [{"email_address": "ada@work.example", "type": "PRIVATE"}], "PRIVATE"),
        ("social_links", ["not a url"], "social_links[0].url"),
    ],
)
async def test_old_string_forms_fail_before_sending_and_say_what_to_pass(field: str, value: Any, hint: str) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises((TypeError, ValueError), match=f"candidate.{field}") as info:
            await create_application(
                client, integration_id="acme:1", job_id="remote:1", candidate={**BASE, field: value}
            )
    assert hint in str(info.value)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (dt.date(2025, 3, 1), "2025-03-01"),
        ("2025-03-01", "2025-03-01"),
        (dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.UTC), "2025-03-01T09:30:00.000Z"),
        ("2025-03-01T09:30:00.000Z", "2025-03-01T09:30:00.000Z"),
    ],
)
async def test_availability_date_is_a_date_or_a_date_time(value: Any, wire: str) -> None:
    body = await _sent_body(candidate={**BASE, "availability_date": value})
    assert body["candidate"]["availability_date"] == wire


async def test_source_fields_are_optional_and_sourced_by_needs_a_user_id() -> None:
    body = await _sent_body(candidate=BASE, source={"id": kombo_id("src"), "unified_key": "job_board"})
    assert body["source"] == {"id": kombo_id("src"), "unified_key": "job_board"}
    body = await _sent_body(candidate=BASE, sourced_by="remote:42")
    assert body["sourced_by"] == {"user_id": "remote:42"}
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"sourced_by\.user_id: required"):
            await create_application(client, integration_id="acme:1", job_id="remote:1", candidate=BASE, sourced_by={})


@pytest.mark.parametrize("value", ["2025-03-01T09:30:00", "1 March 2025", "2025-02-30T09:30:00Z"])
async def test_a_date_time_string_without_a_timezone_or_not_a_date_time_fails_before_sending(value: str) -> None:
    fake = FakeKombo(never_called)
    async with fake.client() as client:
        with pytest.raises(ValueError, match=r"gdpr_consent\.expires_at: .* is not a date-time with a timezone"):
            await create_application(
                client, integration_id="acme:1", job_id="remote:1", candidate=BASE, gdpr_consent={"expires_at": value}
            )
    assert fake.requests == []
