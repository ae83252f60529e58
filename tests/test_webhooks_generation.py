"""A new event in the spec's ``webhooks:`` is ``make generate`` and nothing else: the layer generator turns it
into an event class and a registry entry, with the signature header read from the spec."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.spec_support import ROOT, load_spec


def _generator() -> Any:
    location = ROOT / "templates" / "layer" / "generate_layer.py"
    module_spec = importlib.util.spec_from_file_location("_generate_layer_for_test", location)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    try:
        module_spec.loader.exec_module(module)
    finally:
        del sys.modules[module_spec.name]
    return module


def test_a_new_webhook_in_the_spec_becomes_an_event_class(tmp_path: Path) -> None:
    spec = copy.deepcopy(load_spec())  # the cached spec is shared with other tests
    spec["webhooks"]["candidate-teleported"] = {
        "post": {
            "summary": "Candidate teleported",
            "description": "A candidate moved instantly.",
            "parameters": [{"$ref": "#/components/parameters/KomboSignature"}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/CandidateTeleportedWebhookPayload"}}
                },
            },
            "responses": {"200": {"description": "Received."}},
        }
    }
    schemas = spec["components"]["schemas"]
    schemas["CandidateTeleportedWebhookData"] = {"type": "object", "properties": {"candidate_id": {"type": "string"}}}
    schemas["CandidateTeleportedWebhookPayload"] = {
        "type": "object",
        "required": ["id", "type", "data"],
        "properties": {
            "id": {"type": "string"},
            "type": {"type": "string"},
            "data": {"$ref": "#/components/schemas/CandidateTeleportedWebhookData"},
        },
    }
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    _generator().render(spec_path, tmp_path / "layer")
    text = (tmp_path / "layer" / "webhooks.py").read_text(encoding="utf-8")
    assert "class CandidateTeleportedEvent(WebhookEvent[CandidateTeleportedWebhookData]):" in text
    assert '"candidate-teleported": (CandidateTeleportedEvent, CandidateTeleportedWebhookPayload),' in text
    assert '    "candidate-teleported",\n' in text  # in WebhookEventType
    assert 'SIGNATURE_HEADER: Final = "X-Kombo-Signature"' in text
    committed = (ROOT / "custom" / "kombo_ats" / "_generated" / "webhooks.py").read_text(encoding="utf-8")
    assert "CandidateTeleported" not in committed
