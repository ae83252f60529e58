"""Generate the typed layer of ``kombo_ats`` from ``openapi.yaml`` (run by ``make generate``).

openapi-python-client generates ``kombo_ats_client`` (endpoint functions and models); this script
generates what a hand-written layer would otherwise restate per endpoint, into
``custom/kombo_ats/_generated/``:

* ``openapi.json`` - the spec itself, read at runtime by :mod:`kombo_ats.spec` (no YAML dependency);
* ``filters.py``   - one frozen filters class per paginated list operation (``CandidateFilters``);
* ``walkers.py``   - ``iter_<resource>`` per list operation and the typed ``iter_pages`` overloads;
* ``calls.py``     - one typed async function per other operation (``move_application_to_stage``);
* ``webhooks.py``  - one event class per event of the spec's ``webhooks:`` (``DataChangedEvent``).

Names and types come from the same parser openapi-python-client uses (so the generated model classes
are referenced by their exact names); what each parameter takes comes from :mod:`kombo_ats.spec`, the
same reading of the spec the SDK uses at runtime. Helpers: ``argument_types.py`` (the arguments'
annotations), ``operations_table.py`` (the README's table), ``webhooks_context.py`` (the webhook events).
The output is formatted with the pinned ruff, so it is byte-for-byte reproducible and
``make check-generated`` can diff it.

Usage: ``python templates/layer/generate_layer.py --spec openapi.yaml --output custom/kombo_ats/_generated``
"""

from __future__ import annotations

import argparse
import json
import keyword
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _load(location: Path, name: str) -> Any:
    """A module from its file. ``kombo_ats/spec.py`` is loaded on its own: importing the package would
    import the layer being generated."""
    import importlib.util

    module_spec = importlib.util.spec_from_file_location(name, location)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module  # attrs resolves annotations through sys.modules
    module_spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from kombo_ats.spec import Api, Operation

    from templates.layer.argument_types import Annotations
else:
    _spec = _load(ROOT / "custom" / "kombo_ats" / "spec.py", "_kombo_ats_spec_for_generation")
    Api, Operation = _spec.Api, _spec.Operation
    Annotations = _load(HERE / "argument_types.py", "_kombo_argument_types").Annotations
_table = _load(HERE / "operations_table.py", "_kombo_operations_table")
render_table, replace_table = _table.render_table, _table.replace_table
webhook_context = _load(HERE / "webhooks_context.py", "_kombo_webhooks_context").webhook_context

MODELS = "kombo_ats_client.models"
RESERVED_ARGUMENTS = {
    "client",
    "integration_id",
    "filters",
    "page_size",
    "cursor",
    "read_ahead",
    "timeout",
    "max_retries",
    "max_attachment_bytes",
}


def wrap(text: str, width: int = 96) -> list[str]:
    """Docstring lines: the spec's text, one paragraph per blank line, wrapped, with safe quotes."""
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    lines: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        joined = " ".join(paragraph.split())
        if joined:
            if lines:
                lines.append("")
            lines.extend(textwrap.wrap(joined, width, break_on_hyphens=False, break_long_words=False) or [""])
    return lines


class Names:
    """Generated class names and modules, as openapi-python-client chose them."""

    def __init__(self, data: GeneratorData, config: Config) -> None:
        self.config = config
        self.modules: dict[str, str] = {}
        self.by_component: dict[str, str] = {}
        for prop in [*data.models, *data.enums]:
            self.modules[prop.class_info.name] = prop.class_info.module_name
            name = str(prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else prop.name)
            if name.startswith("/components/schemas/"):
                self.by_component[name.rsplit("/", 1)[1]] = prop.class_info.name
        self.models: dict[str, ModelProperty] = {m.class_info.name: m for m in data.models}

    def cls(self, component: str) -> str:
        """The generated class of a component (its ``title`` wins over its name, as in the generator)."""
        return self.by_component.get(component) or str(ClassName(component, self.config.field_prefix))

    def identifier(self, name: str) -> str:
        """A keyword argument for a parameter or body field: snake case, renamed only for Python keywords.

        Builtin names (``type``, ``id``) are fine as arguments and read better than ``type_``.
        """
        value = str(PythonIdentifier(name, self.config.field_prefix, skip_snake_case=False))
        plain = value[:-1] if value.endswith("_") and not name.endswith("_") else value
        return plain if plain.isidentifier() and not keyword.iskeyword(plain) else value

    def import_of(self, class_name: str) -> str:
        if class_name not in self.modules:
            raise SystemExit(
                f"openapi.yaml: no model was generated for {class_name!r}. openapi-python-client leaves out schemas "
                "it cannot express without a warning (e.g. `oneOf` of bare `required` lists); rewrite that schema."
            )
        return f"from {MODELS}.{self.modules[class_name]} import {class_name}"


def singular(resource: str) -> str:
    if resource.endswith("ies"):
        return resource[:-3] + "y"
    return resource[:-1] if resource.endswith("s") else resource


def envelope_data(names: Names, response: str | None, imports: set[str]) -> str:
    """The Python type of ``data`` in an operation's answer (what ``Result.data`` holds)."""
    if response is None:
        return "Any"
    model = names.models.get(names.cls(response))
    if model is None:
        return "Any"
    for prop in [*(model.required_properties or ()), *(model.optional_properties or ())]:
        if prop.name == "data":
            for line in prop.get_imports(prefix="kombo_ats_client.") | prop.get_lazy_imports(
                prefix="kombo_ats_client."
            ):
                if " import " in line and "typing" not in line and "types import" not in line:
                    imports.add(line)
            text = prop.get_type_string().as_unembedded_code()
            if "Unset" in text:
                imports.add("from kombo_ats_client.types import Unset")
            if "datetime." in text:
                imports.add("import datetime")
            return str(text)
    return "Any"


def list_context(op: Operation, names: Names, ann: Annotations) -> dict[str, Any]:
    resource = op.resource
    item = ann.model(op.item_schema or "")
    response = ann.model(op.response_schema or "")
    path_params = op.path_arguments
    filters = []
    for param in op.filters:
        field = names.identifier(param.name)
        if field in RESERVED_ARGUMENTS or field in path_params:
            raise SystemExit(f"{op.operation_id}: filter {param.name!r} clashes with a walker argument; rename it")
        filters.append(
            {
                "field": field,
                "wire": param.name,
                "annotation": ann.filter(param),
                "doc": wrap(("Deprecated. " if param.deprecated else "") + param.description, 92),
            }
        )
    page_size = next((p for p in op.params if p.name == "page_size"), None)
    endpoint, summary = f"{op.method} {op.path}", " ".join(op.summary.split())
    return {
        "op": op,
        "resource": resource,
        "walker": f"iter_{resource}",
        "filters_class": "".join(w.capitalize() for w in singular(resource).split("_")) + "Filters",
        "item": item,
        "response": response,
        "path_params": path_params,
        "integration": op.takes_integration_id,
        "filters": filters,
        "has_page_size": page_size is not None,
        "doc": wrap(op.description or op.summary),
        "summary": " ".join(op.summary.split()),
        "class_doc": wrap(f"Filters of ``{endpoint}`` ({summary}); reusable across calls."),
        "walker_doc": wrap(f"Every record of ``{endpoint}``, across all pages: {summary}."),
    }


def call_context(op: Operation, names: Names, ann: Annotations, handwritten: Mapping[str, str]) -> dict[str, Any]:
    path_params = op.path_arguments
    query = [
        {"field": names.identifier(p.name), "wire": p.name, "annotation": ann.filter(p), "required": p.required}
        for p in op.params_in("query")
    ]
    body: list[dict[str, Any]] = []
    if op.body_schema:
        schema = ann.api.component(op.body_schema)
        required = set(schema.get("required", ()))
        for wire, prop in schema.get("properties", {}).items():
            field = names.identifier(wire)
            if field in RESERVED_ARGUMENTS | set(path_params) | {q["field"] for q in query}:
                raise SystemExit(f"{op.operation_id}: body field {wire!r} clashes with another argument; rename it")
            resolved = ann.api.resolve(prop)
            description = str(prop.get("description") or resolved.get("description") or "")
            nullable = wire in required and ann.api.nullable(prop)
            label = f"{field}{'' if wire in required else ' (optional)'}: "
            text = ("Deprecated. " if prop.get("deprecated") else "") + (description or "-")
            lines = wrap(label + text, 96)
            body.append(
                {
                    "field": field,
                    "wire": wire,
                    "annotation": ann.body(prop) + (" | None" if nullable else ""),
                    "required": wire in required,
                    "doc": [lines[0], *("    " + line for line in lines[1:])],
                }
            )
        body.sort(key=lambda b: not b["required"])
    data_type = envelope_data(names, op.response_schema, ann.imports)
    response = ann.model(op.response_schema) if op.response_schema else None
    public = op.operation_id not in handwritten
    return {
        "op": op,
        "function": op.name if public else f"_{op.name}",
        "public": public,
        "handwritten": handwritten.get(op.operation_id),
        "path_params": path_params,
        "integration": op.takes_integration_id,
        "query": sorted(query, key=lambda q: not q["required"]),
        "body": body,
        "data_type": data_type,
        "response": response,
        "doc": wrap(op.description or op.summary),
        "summary": " ".join(op.summary.split()),
        "write": op.method != "GET",
        "files": bool(op.body_schema) and ann.has_file({"$ref": f"#/components/schemas/{op.body_schema}"}),
    }


def render(spec_path: Path, output: Path, readme: Path | None = None) -> None:
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator-config.yaml"), MetaType.NONE, spec_path, "utf-8", True, None
    )
    data = GeneratorData.from_dict(document, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"openapi-python-client could not parse {spec_path}: {data}")
    api = Api(document)
    names = Names(data, config)
    layer_config = yaml.safe_load((HERE / "layer-config.yaml").read_text(encoding="utf-8")) or {}
    handwritten: dict[str, str] = layer_config.get("handwritten") or {}
    unknown = sorted(set(handwritten) - set(api.operations))
    if unknown:
        raise SystemExit(f"layer-config.yaml names operations the spec does not have: {unknown}")

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    operations = sorted(api.operations.values(), key=lambda o: (o.tag, o.operation_id))
    filter_ann = Annotations(api, names)
    lists = [list_context(op, names, filter_ann) for op in operations if op.paginated]
    call_ann = Annotations(api, names)
    calls = [call_context(op, names, call_ann, handwritten) for op in operations if not op.paginated]

    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    (output / "openapi.json").write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    files = {
        "__init__.py": env.get_template("init.py.jinja").render(lists=lists, calls=calls),
        "filters.py": env.get_template("filters.py.jinja").render(lists=lists, imports=sorted(filter_ann.imports)),
        "walkers.py": env.get_template("walkers.py.jinja").render(lists=lists, imports=sorted(filter_ann.imports)),
        "calls.py": env.get_template("calls.py.jinja").render(calls=calls, imports=sorted(call_ann.imports)),
        "webhooks.py": env.get_template("webhooks.py.jinja").render(**webhook_context(document, names)),
    }
    for name, text in files.items():
        (output / name).write_text(text, encoding="utf-8")
    if readme is not None:
        replace_table(readme, render_table(api, handwritten))
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    py_files = [str(output / name) for name in files]
    subprocess.run([ruff, "check", "--fix-only", "--quiet", *py_files], check=True, cwd=ROOT)
    subprocess.run([ruff, "format", "--quiet", *py_files], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--output", type=Path, default=ROOT / "custom" / "kombo_ats" / "_generated")
    parser.add_argument("--readme", type=Path, default=None, help="README whose operations table to rewrite")
    args = parser.parse_args(argv)
    render(args.spec, args.output, args.readme)


if __name__ == "__main__":
    main()
