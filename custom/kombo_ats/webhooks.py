"""Kombo's webhooks, verified and typed: :func:`verify_signature` and :func:`parse_webhook`.

Kombo signs every event it POSTs with ``X-Kombo-Signature``: HMAC-SHA256 over the exact request body
bytes, keyed with the webhook secret from Kombo's dashboard, encoded base64url without ``=`` padding.
Nothing else is signed (no timestamp), so a receiver drops replays by the event ``id``
(:mod:`kombo_ats.webhooks_receiver` does, for any framework; :mod:`kombo_ats.fastapi` has a router).

The event classes (``DataChangedEvent``, ``SyncFinishedEvent``, ...) are generated from the spec's
``webhooks:`` section; an event type the spec does not know yet parses as :class:`UnknownWebhookEvent`,
never as an error, because Kombo adds events over time. Only runtime dependencies are used here.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import re
from collections.abc import Iterable
from typing import Any

from . import _json
from ._constants import MAX_WEBHOOK_BODY_BYTES, WEBHOOK_SECRET_ENV
from ._generated.webhooks import (
    SIGNATURE_HEADER,
    WEBHOOK_EVENTS,
    ConnectionFlowFailedEvent,
    DataChangedEvent,
    IntegrationCreatedEvent,
    IntegrationDeletedEvent,
    IntegrationStateChangedEvent,
    IssueStatusChangedEvent,
    SyncFinishedEvent,
    WebhookEventType,
)
from .errors import KomboError
from .spec import api
from .webhooks_base import UnknownWebhookEvent, WebhookEvent

__all__ = [
    "MAX_WEBHOOK_BODY_BYTES",
    "SIGNATURE_HEADER",
    "WEBHOOK_EVENTS",
    "WEBHOOK_SECRET_ENV",
    "ConnectionFlowFailedEvent",
    "DataChangedEvent",
    "IntegrationCreatedEvent",
    "IntegrationDeletedEvent",
    "IntegrationStateChangedEvent",
    "IssueStatusChangedEvent",
    "SyncFinishedEvent",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookPayloadError",
    "WebhookPayloadTooLargeError",
    "WebhookSignatureError",
    "lists_to_fetch",
    "parse_webhook",
    "sign_webhook",
    "verify_signature",
]

# 32 bytes of HMAC-SHA256 are 43 base64url characters without padding (44 with the one `=`).
_SIGNATURE = re.compile(r"[A-Za-z0-9_-]{43}")


class WebhookSignatureError(KomboError):
    """The request is not provably from Kombo: no secret configured, or a missing, malformed or wrong signature.

    Answer 401 and do nothing else. The message says which of these it was, never the secret or the
    signature that was expected (that would help a forger).
    """


class WebhookPayloadError(KomboError):
    """A correctly signed body that cannot be an event: not JSON, or a field contradicting the spec.

    ``field`` names the offending field where there is one (``id``, ``type``, ``data``, or the model
    field the spec's check refused, e.g. ``changed_models``). The message never quotes the body: events
    carry e-mail addresses and names.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class WebhookPayloadTooLargeError(WebhookPayloadError):
    """The body is larger than the receiver's limit; refused before it was hashed or parsed (answer 413)."""


def _secret_key(secret: object) -> bytes:
    if not isinstance(secret, str):
        raise WebhookSignatureError(
            f"the webhook secret must be a str (got {type(secret).__name__}); pass the secret shown in Kombo's "
            f"dashboard, e.g. from the {WEBHOOK_SECRET_ENV} environment variable"
        )
    if not secret:
        raise WebhookSignatureError(
            "no webhook secret configured: pass the secret shown in Kombo's dashboard (e.g. from "
            f"{WEBHOOK_SECRET_ENV}); an empty secret would accept events anyone can sign"
        )
    try:
        return secret.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. from an environment variable read in a non-UTF-8 locale
        raise WebhookSignatureError(
            "the webhook secret is not valid UTF-8 text (it holds a lone surrogate, as an environment variable read "
            "in a non-UTF-8 locale can): copy the secret shown in Kombo's dashboard again"
        ) from None


def _raw(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, bytearray | memoryview):
        return bytes(body)
    raise WebhookPayloadError(
        f"body must be the raw request bytes (e.g. `await request.body()`), not {type(body).__name__}: the signature "
        "covers the exact bytes Kombo sent, and decoded or re-serialised text no longer matches them",
        field="body",
    )


def sign_webhook(body: bytes, secret: str) -> str:
    """The ``X-Kombo-Signature`` value Kombo sends for ``body``: base64url(HMAC-SHA256(secret, body)), unpadded.

    For senders (the bundled sandbox) and for tests of your own receiver; receivers call
    :func:`verify_signature`.
    """
    digest = hmac.new(_secret_key(secret), _raw(body), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def verify_signature(body: bytes, signature: str | None, secret: str) -> None:
    """Check that ``body`` (the raw request bytes) was signed by Kombo with ``secret``; raise if not.

    ``signature`` is the ``X-Kombo-Signature`` header (``None`` when absent); with or without its ``=``
    padding. The comparison takes constant time. Raises :class:`WebhookSignatureError` for an empty
    secret and for a missing, malformed or wrong signature.
    """
    key = _secret_key(secret)
    raw = _raw(body)
    if signature is None or not isinstance(signature, str) or not signature.strip():
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is missing: the request was not signed by Kombo")
    given = signature.strip()
    if given.endswith("="):
        given = given[:-1]
    if not _SIGNATURE.fullmatch(given):
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} header is malformed: expected 43 base64url characters (an HMAC-SHA256 digest)"
        )
    try:
        received = base64.urlsafe_b64decode(given + "=")
    except (binascii.Error, ValueError):  # pragma: no cover - the pattern admits only decodable input
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is malformed: not base64url") from None
    expected = hmac.new(key, raw, hashlib.sha256).digest()
    if not hmac.compare_digest(received, expected):
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} signature does not match the body: not signed with this secret, or the body was "
            "changed on the way (verify the raw bytes as received, before any parsing or re-encoding)"
        )


def parse_webhook(
    body: bytes, *, signature: str | None, secret: str, max_bytes: int = MAX_WEBHOOK_BODY_BYTES
) -> WebhookEvent[Any]:
    """The typed event of a Kombo webhook request, after checking its size and its signature.

    ``body`` is the raw request body, ``signature`` the ``X-Kombo-Signature`` header. Returns the event
    class of its ``type`` (``DataChangedEvent`` with ``.data.changed_models[0].name``, ...), or
    :class:`UnknownWebhookEvent` (``.id``, ``.type``, raw ``.data``) for a type this SDK does not know.

    Raises :class:`WebhookPayloadTooLargeError` for a body over ``max_bytes`` (before hashing),
    :class:`WebhookSignatureError` if it is not signed with ``secret``, and :class:`WebhookPayloadError`
    (naming the field) if a signed body is not JSON or contradicts the spec.
    """
    raw = _raw(body)
    if len(raw) > max_bytes:
        raise WebhookPayloadTooLargeError(
            f"the webhook body is {len(raw)} bytes, over the limit of {max_bytes}; refused unread "
            "(raise max_bytes if your events are really this large)",
            field="body",
        )
    verify_signature(raw, signature, secret)
    return _decode(raw)


def _decode(raw: bytes) -> WebhookEvent[Any]:
    """The event in a verified body (see :func:`parse_webhook`)."""
    try:
        document = _json.loads(raw)
    except ValueError as exc:
        raise WebhookPayloadError(f"the webhook body is not JSON ({exc})", field="body") from None
    if not isinstance(document, dict):
        raise WebhookPayloadError("the webhook body must be a JSON object {id, type, data}", field="body")
    for name in ("id", "type"):
        value = document.get(name)
        if not isinstance(value, str) or not value:
            shown = "missing" if value is None else f"a {_json_kind(value)}"
            raise WebhookPayloadError(f"the webhook's {name!r} must be a non-empty string, got {shown}", field=name)
    if "data" not in document:
        raise WebhookPayloadError("the webhook has no 'data'", field="data")
    event_type: str = document["type"]
    known = WEBHOOK_EVENTS.get(event_type)
    if known is None:
        return UnknownWebhookEvent(id=document["id"], type=event_type, data=document["data"])
    event_class, payload_model = known
    try:
        payload = payload_model.from_dict(document)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # ModelParseError is a ValueError
        field = getattr(exc, "field", None)
        problem = str(exc) if hasattr(exc, "field") else f"{type(exc).__name__} while reading it"
        raise WebhookPayloadError(
            f"the {event_type} webhook contradicts the spec: {problem}", field=field if isinstance(field, str) else None
        ) from None
    return event_class(id=document["id"], type=event_type, data=payload.data)


@functools.cache
def _models_by_list() -> dict[str, frozenset[str]]:
    spec = api()
    return {
        resource: frozenset(
            spec.document["paths"][op.path][op.method.lower()].get("x-kombo-changed-models") or (f"ats_{resource}",)
        )
        for resource, op in spec.lists.items()
    }


def lists_to_fetch(changed_models: Iterable[object]) -> list[str]:
    """The paginated lists to fetch again after a ``data-changed`` naming ``changed_models``.

    Kombo's advice, as the spec records it (``x-kombo-changed-models`` on each list; a list without it
    depends on its own model, ``ats_<resource>``): candidates are fetched again when candidates,
    applications, stages, jobs or tags changed, and so on. Takes the event's ``changed_models`` (or
    plain names) and returns resource names as ``iter_pages`` takes them, in the spec's order, e.g.
    ``lists_to_fetch(event.data.changed_models)`` -> ``["candidates", "applications", "offers"]``.
    """
    names = {str(getattr(model, "name", model)) for model in changed_models}
    return [resource for resource, models in _models_by_list().items() if models & names]


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "empty string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__
