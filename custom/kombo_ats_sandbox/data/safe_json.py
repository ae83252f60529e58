"""JSON from outside (request bodies, cursors) read strictly, so nothing a client sends can break a later answer.

``json.loads`` alone accepts what the sandbox cannot serve back: lone UTF-16 surrogates (``"\\udc00"``,
not encodable as UTF-8: a tag named so would make every later list answer fail), ``NaN`` and
``Infinity`` (not JSON: they would be echoed as invalid JSON), numbers like ``1e400`` (infinity), and
nesting deep enough to exhaust the interpreter's recursion. :func:`loads` refuses each of them with the
API's 400 naming where in the document the problem is (``tag.name: ...``), before any handler runs.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .config import MAX_JSON_DEPTH
from .errors import SandboxError

__all__ = ["SURROGATE", "check_text", "loads"]

SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone UTF-16 surrogate: valid in a Python ``str`` (and in JSON's ``\\u`` escapes), invalid in UTF-8."""


class _NotJson:
    """Stands in for ``NaN``/``Infinity`` while parsing, so the walk can name where it was."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


def check_text(text: str, path: str) -> None:
    """Refuse a text that cannot be encoded as UTF-8 (a lone surrogate), naming ``path``."""
    if SURROGATE.search(text):
        raise SandboxError.input_invalid(
            f"{path}: Invalid text: contains a lone UTF-16 surrogate, which is not valid Unicode (send UTF-8 text)"
        )


def _child(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return key if path in ("", "body") else f"{path}.{key}"


def _check_tree(value: Any, root: str, max_depth: int) -> None:
    """Walk the parsed document without recursion: depth, texts (keys too) and numbers."""
    stack: list[tuple[Any, str, int]] = [(value, root, 0)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, str):
            check_text(node, path)
        elif isinstance(node, _NotJson):
            raise SandboxError.input_invalid(f"{path}: {node.name} is not valid JSON (send a finite number, or null)")
        elif isinstance(node, float) and not math.isfinite(node):
            raise SandboxError.input_invalid(f"{path}: Number out of range (a finite JSON number is required)")
        elif isinstance(node, dict | list):
            if depth >= max_depth:
                raise SandboxError.input_invalid(f"{path}: Nested deeper than {max_depth} levels")
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, item in items:
                if isinstance(key, str):
                    check_text(key, path)
                stack.append((item, _child(path, key), depth + 1))


def loads(raw: bytes | str, *, what: str = "body", max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON from a client, or raise the API's 400 naming ``what`` (and the path inside it)."""
    try:
        value = json.loads(raw, parse_constant=_NotJson)
    except RecursionError:
        raise SandboxError.input_invalid(f"{what}: Nested deeper than {max_depth} levels") from None
    except ValueError:  # also UnicodeDecodeError: bytes that are not UTF-8
        raise SandboxError.input_invalid(f"{what}: Malformed JSON") from None
    _check_tree(value, what, max_depth)
    return value
