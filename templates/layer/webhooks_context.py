"""What ``webhooks.py.jinja`` needs from the spec's ``webhooks:`` section (run by ``generate_layer.py``).

Each key of ``webhooks:`` is an event ``type`` Kombo sends; its ``post`` takes the payload component
(``{id, type, data}``) as JSON body and the signature header as a header parameter. From that this
module derives, per event, the event class name (``data-changed`` -> ``DataChangedEvent``), the
generated payload and ``data`` models, and the one signature header every event shares. A new event
in the spec is therefore ``make generate`` and nothing else.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import Any


def _resolve(document: Mapping[str, Any], obj: Any) -> Any:
    while isinstance(obj, Mapping) and "$ref" in obj:
        kind, name = str(obj["$ref"]).removeprefix("#/components/").split("/", 1)
        obj = document["components"][kind][name]
    return obj


def _ref(schema: Any, where: str) -> str:
    if not (isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str)):
        raise SystemExit(f"openapi.yaml: {where} must be a `$ref` to a component schema")
    return str(schema["$ref"]).rsplit("/", 1)[1]


def event_class(event_type: str) -> str:
    """``data-changed`` -> ``DataChangedEvent``."""
    return "".join(part.capitalize() for part in event_type.replace("_", "-").split("-")) + "Event"


def webhook_context(document: Mapping[str, Any], names: Any) -> dict[str, Any]:
    """Template variables: ``events`` (one dict per event type), ``header`` and ``imports``."""
    events: list[dict[str, Any]] = []
    headers: set[str] = set()
    imports: set[str] = set()
    for event_type, item in sorted((document.get("webhooks") or {}).items()):
        where = f"webhooks.{event_type}.post"
        op = item.get("post") or {}
        body = _resolve(document, op.get("requestBody", {})).get("content", {}).get("application/json", {})
        payload = _ref(body.get("schema"), f"{where}.requestBody application/json schema")
        data = _ref(_resolve(document, body["schema"]).get("properties", {}).get("data"), f"{payload}.data")
        for param in op.get("parameters", []):
            resolved = _resolve(document, param)
            if resolved.get("in") == "header":
                headers.add(str(resolved["name"]))
        payload_cls, data_cls = names.cls(payload), names.cls(data)
        imports |= {names.import_of(payload_cls), names.import_of(data_cls)}
        summary = " ".join(str(op.get("summary") or event_type).split())
        description = " ".join(str(op.get("description") or "").split())
        events.append(
            {
                "type": event_type,
                "cls": event_class(event_type),
                "payload": payload_cls,
                "data": data_cls,
                "doc": textwrap.wrap(f"``{event_type}`` ({summary}): {description}", 92),
            }
        )
    if len(headers) != 1:
        raise SystemExit(
            f"openapi.yaml: every webhook must declare the same one signature header parameter, found {sorted(headers)}"
        )
    return {"events": events, "header": headers.pop(), "imports": sorted(imports)}
