"""The sandbox sends signed webhooks like Kombo (``data-changed``, ``sync-finished``, integration events).

* :mod:`.settings` - :class:`WebhookSettings`: URLs, secret, coalescing window, retries, sync outcome;
* :mod:`.events` - the event payloads, shaped like Kombo's;
* :mod:`.delivery` - the scheduler thread, signed POSTs with bounded retries, the delivery log;
* :mod:`.hub` - one :class:`WebhookHub` per sandbox state: coalesces record changes into ``data-changed``;
* :mod:`.asgi` - the app wrapper reporting syncs, created/deleted integrations and join models.

Configure with ``SandboxConfig(webhooks=WebhookSettings(urls=[...], secret=...))``, the command line
(``--webhook-url``, ``--webhook-secret`` or ``KOMBO_WEBHOOK_SECRET``) or ``PUT /_sandbox/webhooks``;
``GET /_sandbox/webhooks`` shows the settings and the delivery log.
"""

from __future__ import annotations

from ..data.webhook_settings import WebhookSettings
from .asgi import WebhookMiddleware
from .delivery import Delivery, DeliveryWorker
from .hub import WebhookHub, hub_for

__all__ = ["Delivery", "DeliveryWorker", "WebhookHub", "WebhookMiddleware", "WebhookSettings", "hub_for"]
