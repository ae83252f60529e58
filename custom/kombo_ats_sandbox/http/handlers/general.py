"""The general and Connect operations: the API key, integrations, field settings, links, syncs, passthrough.

An integration can be read (details, coverage derived from the spec), disabled and enabled, deleted
(later calls answer ``PLATFORM.INTEGRATION_NOT_FOUND``), synced (one queued sync per type), and its
field settings changed. A connection link's token resolves, through ``getIntegrationByToken``, to a new
integration with seeded data, as if the customer had finished the Connect flow.
"""

from __future__ import annotations

import base64
import json
from typing import Any, cast
from urllib.parse import urlencode

from ...data.config import tool_traits
from ...data.errors import SandboxError
from ...data.records import ItemRec, iso
from ...logic.coverage import coverage
from ...logic.integration import IntegrationStore
from ...logic.mutations import Change
from ...logic.state import ConnectionLink
from ..calls import Call, ok

__all__ = [
    "check_api_key",
    "create_connection_link",
    "create_reconnection_link",
    "create_setup_link",
    "delete_integration",
    "get_integration_by_token",
    "get_integration_details",
    "get_tools",
    "send_passthrough_request",
    "set_integration_enabled",
    "trigger_sync",
    "update_custom_field_mapping",
    "update_integration_field",
]

_CONNECT = "https://connect.kombo.dev/v1"
_STATIC_IPS = ["3.68.212.186", "18.196.222.19", "52.59.151.120"]
_TOOLS = {
    "ats": ("greenhouse", "workday", "personio", "lever", "smartrecruiters", "recruitee", "teamtailor"),
    "hris": ("personio", "bamboohr", "hibob", "factorial"),
    "assessment": ("talentadore",),
    "lms": ("docebo", "moodle"),
}


def _tool(tool: str) -> dict[str, Any]:
    return {
        "id": tool,
        "label": tool_traits(tool).label,
        "internal_label": None,
        "logo_url": f"https://storage.googleapis.com/kombo-assets/integrations/{tool}/logo.svg",
        "icon_url": f"https://storage.googleapis.com/kombo-assets/integrations/{tool}/icon.svg",
    }


def check_api_key(call: Call) -> tuple[int, Any]:
    return ok(call, {"environment_id": call.state.environment_id})


def get_integration_details(call: Call) -> tuple[int, Any]:
    store = call.integration()
    info = store.info
    data = {
        "id": store.integration_id,
        "tool": _tool(store.tool),
        "category": info.category,
        "status": "ACTIVE" if info.enabled else "INACTIVE",
        "setup_status": "COMPLETED",
        "end_user": {
            "organization_name": info.organization_name,
            "creator_email": info.creator_email,
            "origin_id": info.origin_id,
        },
        "scope_config": {"id": "B2xMUpRGPkydPzvu4dR7Hosh", "name": "Sandbox default"},
        "data_expired_at": None,
        "created_at": iso(info.created_ms),
        "beta": False,
        **{k: v for k, v in coverage(store.traits, details=True).items() if k != "features"},
    }
    return ok(call, data)


def delete_integration(call: Call) -> tuple[int, Any]:
    call.state.integrations.pop(call.integration().integration_id, None)
    return ok(call, {})


def set_integration_enabled(call: Call) -> tuple[int, Any]:
    store = call.integration()
    store.info.enabled = bool(call.body["value"])
    if not store.info.enabled:
        store.info.syncs.clear()  # disabling cancels running syncs
    return ok(call, {})


def trigger_sync(call: Call) -> tuple[int, Any]:
    store = call.integration()
    if not store.info.enabled:
        raise SandboxError.input_invalid("The integration is disabled; enable it (setIntegrationEnabled) to sync")
    wanted = call.body.get("type", "FULL")
    kind = wanted if wanted == "FULL" or store.traits.delta_sync else "FULL"
    queued = store.info.syncs.get(kind)
    if queued is None:
        queued = store.info.syncs[kind] = call.state.new_id()
        return ok(call, {"already_queued": False, "sync_id": queued, "type": kind})
    return ok(call, {"already_queued": True, "sync_id": queued, "type": kind})


def _link(call: Call, **params: str) -> str:
    return f"{_CONNECT}?{urlencode({'token': call.state.new_id(), **params})}"


def create_setup_link(call: Call) -> tuple[int, Any]:
    store = call.integration()
    if not store.traits.setup_steps:
        raise SandboxError.input_invalid(f"The {store.tool} integration has no setup step enabled")
    language = call.body.get("language", "en")
    return ok(call, {"link": _link(call, type="setup", link_type=call.body["link_type"], language=language)})


def create_reconnection_link(call: Call) -> tuple[int, Any]:
    call.integration()
    body = call.body
    link_type, language = body.get("link_type", "EMBEDDED"), body.get("language", "en")
    return ok(call, {"link": _link(call, type="reconnect", link_type=link_type, language=language)})


def _update_field_setting(call: Call, kind: str, field: str, change_fn: Any) -> tuple[int, Any]:
    store = call.integration()
    rec = cast(ItemRec, store.live(kind, call.path[field], field))
    change = Change(store)
    change.watch(kind, rec)
    change_fn(store, rec)
    change.stamp(kind, rec)
    change.commit()
    return ok(call, store.document(kind, rec))


def update_integration_field(call: Call) -> tuple[int, Any]:
    def apply(store: IntegrationStore, rec: ItemRec) -> None:
        enable = call.body["enable_passthrough"]
        if enable is not None:
            rec.body = {**(rec.body or {}), "is_passthrough_enabled": bool(enable)}

    return _update_field_setting(call, "integration_fields", "integration_field_id", apply)


def update_custom_field_mapping(call: Call) -> tuple[int, Any]:
    def apply(store: IntegrationStore, rec: ItemRec) -> None:
        target_id = call.body["integration_field_id"]
        if target_id is not None:
            target = cast(ItemRec, store.live("integration_fields", target_id, "integration_field_id"))
            model, wanted = (target.body or {}).get("model"), (rec.body or {}).get("model")
            if model != wanted:
                raise SandboxError.input_invalid(
                    f"integration_field_id: The integration field belongs to {model}, the custom field to {wanted}"
                )
        rec.links["integration_field"] = target_id

    return _update_field_setting(call, "custom_fields", "custom_field_id", apply)


def send_passthrough_request(call: Call) -> tuple[int, Any]:
    """Echo what would have been sent, as the remote system's 200 answer."""
    store = call.integration()
    tool, which = call.path["tool"], call.path["api"]
    if tool != store.tool:
        raise SandboxError.input_invalid(f"tool: The integration is a {store.tool} integration, not {tool}")
    body = call.body
    params = body.get("params") or {}
    url = f"https://api.{tool}.example.com/{which}{body['path']}" + (f"?{urlencode(params)}" if params else "")
    echo = {
        "sandbox": "This is the Kombo sandbox's echo of your passthrough request.",
        "method": body["method"],
        "path": body["path"],
        "params": params,
        "headers": sorted(body.get("headers") or {}),  # names only: values may be credentials
        "data": body.get("data"),
        "multipart_form_data": [f["name"] for f in body.get("multipart_form_data") or []],
    }
    data: Any = echo
    if body.get("response_as_base64"):
        data = base64.b64encode(json.dumps(echo).encode()).decode()
    result = {"url": url, "status": 200, "headers": {"content-type": "application/json"}, "data": data}
    return ok(call, result, [f"Sandbox: {body['method']} {url} was not sent anywhere"])


def get_tools(call: Call) -> tuple[int, Any]:
    category = call.path["category"]
    tools = []
    for tool in _TOOLS[category]:
        traits = tool_traits(tool)
        entry = _tool(tool)
        tools.append(
            {
                "id": tool,
                "label": entry["label"],
                "internal_label": None,
                "assets": {
                    "logo_url": entry["logo_url"],
                    "icon_url": entry["icon_url"],
                    "icon_black_url": entry["icon_url"].replace("icon.svg", "icon-black.svg"),
                },
                "paid_api_details_markdown": "The API needs a paid add-on." if tool == "workday" else None,
                "fast_track_details_markdown": None,
                "partner_only_details_markdown": None,
                "connection_guide_url": f"https://help.kombo.dev/hc/en-us/articles/{tool}",
                "coverage": coverage(traits, details=False)
                if category == "ats"
                else {"read_models": [], "write_actions": [], "features": []},
            }
        )
    return ok(call, {"tools": tools})


def create_connection_link(call: Call) -> tuple[int, Any]:
    body = call.body
    token = call.state.new_id()
    tool = body.get("integration_tool")
    if tool is None and body.get("remote_environment") is not None:
        raise SandboxError.input_invalid("remote_environment: Needs integration_tool")
    call.state.links[token] = ConnectionLink(
        token=token,
        end_user_email=body["end_user_email"],
        organization_name=body["end_user_organization_name"],
        origin_id=body.get("end_user_origin_id"),
        category=body.get("integration_category", "HRIS"),
        tool=tool,
    )
    params = {"token": token, "link_type": body.get("link_type", "EMBEDDED"), "language": body.get("language", "en")}
    static_ips = list(_STATIC_IPS) if body.get("enable_static_ips") else None
    return ok(call, {"link": f"{_CONNECT}?{urlencode(params)}", "static_ips": static_ips})


def get_integration_by_token(call: Call) -> tuple[int, Any]:
    """The token of a created link stands for the integration its (simulated) Connect flow created."""
    link = call.state.links.get(call.path["token"])
    if link is None:
        raise SandboxError.not_found("token: No Connect flow with this token exists")
    store = call.state.integrations.get(link.integration_id or "")
    if store is None:
        tool = link.tool or _TOOLS[link.category.lower() if link.category.lower() in _TOOLS else "ats"][0]
        store = call.state.connect(tool)
        store.info.category = link.category
        store.info.organization_name = link.organization_name
        store.info.creator_email = link.end_user_email
        store.info.origin_id = link.origin_id
        link.integration_id = store.integration_id
    return ok(
        call,
        {
            "id": store.integration_id,
            "tool": store.tool,
            "end_user_origin_id": store.info.origin_id,
            "end_user_organization_name": store.info.organization_name,
            "end_user_email": store.info.creator_email,
            "setup_status": "COMPLETED",
        },
    )
