"""The sandbox package reads bottom-up: imports point only down its layers, and no module imports itself back.

The layer order comes from one place (``kombo_ats_sandbox._layers.LAYERS``). Every import counts: at
module level, inside functions and under ``TYPE_CHECKING`` alike, so a cycle cannot be hidden.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import kombo_ats_sandbox
import pytest
from kombo_ats.spec import api, snake_case
from kombo_ats_sandbox._layers import LAYERS
from kombo_ats_sandbox.http.handlers import HANDLER_MODULES, HANDLERS

PACKAGE = Path(kombo_ats_sandbox.__file__).parent
NAME = "kombo_ats_sandbox"
TOP = len(LAYERS)  # modules directly in the package folder sit above every layer
MAX_FUNCTION_LINES = 60


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    parts = parts[:-1] if parts[-1] == "__init__" else parts
    return ".".join((NAME, *parts))


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    """The layer index of a module of the package (``TOP`` for those in the package folder)."""
    parts = module.split(".")
    if len(parts) > 2 and parts[1] in LAYERS:
        return LAYERS.index(parts[1])
    if len(parts) == 2 and parts[1] in LAYERS:  # the layer's own __init__
        return LAYERS.index(parts[1])
    return TOP


def imports(module: str, path: Path, known: set[str]) -> Iterator[tuple[int, str]]:
    """(line, imported module of the package) for every import statement anywhere in the file."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            # `from . import x` / `from .pkg import mod` import modules; `from .mod import name` a module's name
            targets = [f"{prefix}.{a.name}" if f"{prefix}.{a.name}" in known else prefix for a in node.names]
        else:
            continue
        for target in targets:
            if target == NAME or target.startswith(NAME + "."):
                while target not in known and "." in target:
                    target = target.rpartition(".")[0]
                yield node.lineno, target


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {m: {t for _, t in imports(m, p, known) if t != m} for m, p in mods.items()}


def test_the_layers_exist_and_every_module_is_in_one() -> None:
    present = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert present <= set(LAYERS), f"sub-packages not in _layers.LAYERS: {sorted(present - set(LAYERS))}"
    assert {"data", "logic", "http"} <= present


def test_imports_only_point_down() -> None:
    mods = modules()
    known = set(mods)
    upward = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {target} (layer {layer(target)} > {layer(mod)})"
        for mod, path in mods.items()
        for line, target in imports(mod, path, known)
        if layer(target) > layer(mod) and mod != NAME
    ]
    assert not upward, "imports pointing up the layers " + str(LAYERS) + ":\n" + "\n".join(upward)


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (as a path that ends where it starts), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_no_import_cycle() -> None:
    edges = graph()
    # a package's __init__ re-exporting its modules is not a cycle: only module -> module edges count
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_checks_catch_a_cycle_and_an_upward_import() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert layer(f"{NAME}.data.store") < layer(f"{NAME}.logic.render") < layer(f"{NAME}.http.app") < TOP
    mod = f"{NAME}.data.store"
    known = set(modules())
    fake = PACKAGE / "data" / "store.py"
    source = "from __future__ import annotations\nif False:\n    from ..logic.render import document\n"
    tree_imports = list(_imports_of_source(mod, fake, source, known))
    assert tree_imports == [(3, f"{NAME}.logic.render")]


def _imports_of_source(module: str, path: Path, source: str, known: set[str]) -> Iterator[tuple[int, str]]:
    original = Path.read_text

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        return source if self == path else original(self, *args, **kwargs)  # type: ignore[arg-type]

    Path.read_text = read_text  # type: ignore[method-assign]
    try:
        yield from list(imports(module, path, known))
    finally:
        Path.read_text = original  # type: ignore[method-assign]


def test_no_function_is_longer_than_sixty_lines() -> None:
    long = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, "functions over ~60 lines: split them\n" + "\n".join(long)


def test_handlers_are_named_after_their_operation_ids() -> None:
    ops = {snake_case(op_id): op_id for op_id in api().operations}
    stray = [f"{module.__name__}.{name}" for module in HANDLER_MODULES for name in module.__all__ if name not in ops]
    assert not stray, f"public handler functions that name no operation of the spec: {stray}"
    for op_id, handler in HANDLERS.items():
        assert handler.__name__ == snake_case(op_id), (op_id, handler.__name__)


@pytest.mark.parametrize("module", sorted(set(modules()) - {NAME}))
def test_every_module_imports_on_its_own(module: str) -> None:
    """Each module can be imported first (no hidden order dependency between them)."""
    assert module in sys.modules or __import__(module)


def test_the_spec_is_read_from_package_data_never_from_a_checkout_path() -> None:
    """``kombo_ats.spec`` (the SDK's packaged ``_generated/openapi.json``) is the sandbox's only way to the spec:
    no ``Path(__file__).parents[...]`` and no ``openapi.yaml`` file name in code (docstrings may say it)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "parents":
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} .parents")
            if isinstance(node, ast.Constant) and id(node) not in docstrings and "openapi.yaml" in str(node.value):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.value!r}")
    assert not found, "the sandbox must read the spec through kombo_ats.spec (package data): " + ", ".join(found)
