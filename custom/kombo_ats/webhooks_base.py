"""The classes every webhook event is: :class:`WebhookEvent` and :class:`UnknownWebhookEvent`.

Kept apart from :mod:`kombo_ats.webhooks` so the event classes generated from the spec
(``_generated/webhooks.py``) can derive from them while imports still point one way:
``webhooks`` -> ``_generated.webhooks`` -> ``webhooks_base``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import attrs

DataT = TypeVar("DataT")


@attrs.frozen
class WebhookEvent(Generic[DataT]):
    """One verified event from Kombo: ``id`` (unique per event, repeated on redelivery), ``type``
    (e.g. ``data-changed``) and ``data``, the typed payload of that type."""

    id: str
    type: str
    data: DataT


@attrs.frozen
class UnknownWebhookEvent(WebhookEvent[Any]):
    """An event whose ``type`` this SDK does not know yet (Kombo adds events over time).

    It was verified like every other event; ``data`` is the decoded JSON as Kombo sent it. Handle it or
    ignore it, but answer 2xx: an error answer only makes Kombo deliver it again.
    """


__all__ = ["UnknownWebhookEvent", "WebhookEvent"]
