"""Checks shared by every public call, so mistakes fail before a request with the field's name."""

from __future__ import annotations

from kombo_ats_client import AuthenticatedClient, Client


def check_client(client: object) -> None:
    """The first argument must be the client from ``make_client`` (a common slip: passing the key)."""
    if not isinstance(client, AuthenticatedClient | Client):
        raise TypeError(f"client: expected the client from make_client(), got {type(client).__name__}")


def check_integration_id(integration_id: object) -> str:
    """Integration ids go into a header: they must be non-empty and single-line."""
    if not isinstance(integration_id, str):
        raise TypeError(f"integration_id: expected a string, got {type(integration_id).__name__}")
    if not integration_id.strip():
        raise ValueError("integration_id: must not be empty")
    if any(ch in integration_id for ch in "\r\n\0") or integration_id != integration_id.strip():
        raise ValueError(f"integration_id: {integration_id!r} has surrounding whitespace or control characters")
    return integration_id
