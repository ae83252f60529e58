"""Which models and actions an integration covers, derived from the spec (integration details, tools).

The sandbox's ATSs read every list of the spec and perform every ATS write, so their coverage is the
spec itself: one read model per list (``ats_candidates``) with the properties of its record schema as
fields, one write action per write operation (``ats_create_candidate``) with its body's fields. A
filter an ATS cannot apply (``workday``: ``name_contains``) shows as an unsupported field.
"""

from __future__ import annotations

from typing import Any

from kombo_ats.spec import api, snake_case

from ..data.config import ToolTraits
from ..data.schema import props

__all__ = ["coverage"]


def _entry(ident: str, label: str, fields: list[tuple[str, bool]], *, details: bool) -> dict[str, Any]:
    def status(supported: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"coverage_status": "SUPPORTED" if supported else "UNSUPPORTED"}
        if details:
            out |= {"is_available": supported, "scope_config_setting": "ENABLED", "opted_out_by_customer": False}
        return out

    return {
        "id": ident,
        "label": label,
        **status(True),
        "fields": [{"id": name, **status(ok)} for name, ok in fields],
    }


def _body_fields(schema_name: str) -> list[str]:
    names: list[str] = []
    for name in props(schema_name):
        try:
            nested = props(schema_name, name)
        except KeyError:
            nested = ()
        names += [f"{name}.{sub}" for sub in nested] if nested and name != "remote_fields" else [name]
    return names


def coverage(traits: ToolTraits, *, details: bool) -> dict[str, list[dict[str, Any]]]:
    """``read_models`` and ``write_actions`` (and ``features``) of an ATS with ``traits``."""
    spec = api()
    read = [
        _entry(
            f"ats_{kind}",
            kind.replace("_", " ").capitalize(),
            [(name, name not in traits.unsupported_filters) for name in props(op.item_schema or "")],
            details=details,
        )
        for kind, op in sorted(spec.lists.items())
        if op.tag == "ats"
    ]
    write = [
        _entry(
            f"ats_{snake_case(op.operation_id)}",
            op.summary,
            [(name, True) for name in _body_fields(op.body_schema)],
            details=details,
        )
        for op in sorted(spec.operations.values(), key=lambda o: o.operation_id)
        if op.tag == "ats" and op.body_schema is not None
    ]
    features = [_entry("ats_filter_jobs_by_name", "Filter jobs by name", [], details=details)]
    if "name_contains" in traits.unsupported_filters:
        features[0]["coverage_status"] = "UNSUPPORTED"
    return {"read_models": read, "write_actions": write, "features": features}
