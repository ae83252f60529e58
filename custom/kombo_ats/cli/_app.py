"""The ``kombo-ats`` command: sync, export, check-key, sandbox.

The API key comes from ``$KOMBO_API_KEY`` only (never a flag: flags end up in shell history and process
lists) and is never printed; the server from ``--base-url``, else ``$KOMBO_BASE_URL``, else the region.
Every failure is one line on stderr and an exit code: 0 ok, 1 failed (or partly failed), 2 usage.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import anyio
import typer
from rich.console import Console

from .. import _constants as c
from ._errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Secrets, describe, with_advice

__all__ = ["app"]

app = typer.Typer(
    name="kombo-ats",
    help="Kombo ATS from the command line: keep a database in sync, export a list, check a key, run the sandbox.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

BaseUrl = Annotated[
    str | None,
    typer.Option("--base-url", help="API base URL (default: $KOMBO_BASE_URL, else --region's server)."),
]
Region = Annotated[str | None, typer.Option("--region", help="eu, us or ca (when no base URL is set).")]


def _fail(message: str, code: int, secrets: Secrets) -> NoReturn:
    Console(stderr=True, highlight=False, emoji=False, soft_wrap=True).print(
        f"error: {secrets.mask(message)}", markup=False
    )
    raise typer.Exit(code)


def _as_option(message: str) -> str:
    """A library message about ``page_size`` names the command's option instead."""
    return "--page-size" + message.removeprefix("page_size") if message.startswith("page_size:") else message


def _client_options(base_url: str | None, region: str | None) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if base_url:
        options["base_url"] = base_url
    if region:
        options["region"] = region
    return options


def _check_key_present(secrets: Secrets) -> None:
    if not os.environ.get("KOMBO_API_KEY", "").strip():
        _fail("no API key: set the KOMBO_API_KEY environment variable", EXIT_USAGE, secrets)


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


@app.command()
def sync(
    integration: Annotated[
        list[str], typer.Option("--integration", "-i", help="Integration id (repeat, or comma-separate, for several).")
    ],
    resources: Annotated[
        str | None, typer.Option("--resources", "-r", help="Lists to sync, comma-separated (default: every list).")
    ] = None,
    destination: Annotated[
        str,
        typer.Option(
            "--destination", "-d", help="duckdb:///PATH, postgresql://USER:PASS@HOST:PORT/DB or a dlt destination name."
        ),
    ] = c.SYNC_DESTINATION,
    dataset: Annotated[str, typer.Option("--dataset", help="Schema the tables go into.")] = c.SYNC_DATASET,
    full: Annotated[
        bool, typer.Option("--full", help="Fetch everything again; also removes rows whose records vanished.")
    ] = False,
    keep_deleted: Annotated[
        bool, typer.Option("--keep-deleted", help="Keep rows Kombo marks deleted (remote_deleted_at set).")
    ] = False,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-c", min=1, max=64, help="Integrations walked at once.")
    ] = c.SYNC_CONCURRENCY,
    page_size: Annotated[
        int, typer.Option("--page-size", help="Records per request (within the spec's bounds for the list).")
    ] = c.SYNC_PAGE_SIZE,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON (for scripts), no progress.")
    ] = False,
    pipelines_dir: Annotated[
        Path | None, typer.Option("--pipelines-dir", help="dlt's local working folder (default: ~/.dlt/pipelines).")
    ] = None,
    base_url: BaseUrl = None,
    region: Region = None,
) -> None:
    """Sync integrations' lists into a database: everything the first time, then what changed."""
    secrets = Secrets()
    secrets.add_url(destination)
    _check_key_present(secrets)
    from ..sync import check_page_size, make_pipeline, resolve_resources
    from ..sync import sync as run_sync
    from ._render import LiveProgress, failure_lines, report_json, summary_table

    try:
        tables = resolve_resources(_split([resources]) if resources else None)
        check_page_size(page_size, tables)
        chosen = [t.resource for t in tables]
        pipeline = make_pipeline(destination, dataset=dataset, pipelines_dir=pipelines_dir)
    except ValueError as exc:
        _fail(_as_option(str(exc)), EXIT_USAGE, secrets)
    out = Console(highlight=False, emoji=False)
    if not out.is_terminal:
        out = Console(highlight=False, emoji=False, width=160)  # a log file or a pipe: room for the ids
    err = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)
    show_progress = not as_json and err.is_terminal
    try:
        with LiveProgress(err) if show_progress else contextlib.nullcontext() as live:
            report = run_sync(
                _split(integration),
                resources=chosen,
                full=full,
                keep_deleted=keep_deleted,
                concurrency=concurrency,
                page_size=page_size,
                progress=live,
                pipeline=pipeline,
                client_options=_client_options(base_url, region),
            )
    except ValueError as exc:
        _fail(str(exc), EXIT_USAGE, secrets)
    except Exception as exc:
        where = getattr(exc, "step", None)  # dlt's failing step: reaching or writing the database
        hint = " -> check --destination (is the database up, and may this user write to it?)"
        _fail(
            f"sync failed, nothing was loaded: {describe(exc)}{hint if where in ('sync', 'load') else ''}",
            EXIT_FAILED,
            secrets,
        )
    if as_json:
        out.print(secrets.mask(report_json(report)), markup=False)
    else:
        out.print(summary_table(report))
    for line in failure_lines(report):
        err.print(secrets.mask(f"error: {line}"), markup=False)
    raise typer.Exit(EXIT_OK if report.ok else EXIT_FAILED)


@app.command("check-key")
def check_key(base_url: BaseUrl = None, region: Region = None) -> None:
    """Check that $KOMBO_API_KEY works; prints the Kombo environment it belongs to."""
    secrets = Secrets()
    _check_key_present(secrets)
    from .._generated.calls import check_api_key
    from ..client import make_client
    from ..errors import KomboError

    async def run() -> str:
        async with make_client(**_client_options(base_url, region)) as client:
            result = await check_api_key(client)
        return str(result.data.environment_id)

    try:
        environment = anyio.run(run)
    except (KomboError, ValueError, TypeError) as exc:
        _fail(with_advice(describe(exc)), EXIT_FAILED, secrets)
    Console(highlight=False, emoji=False).print(f"ok: the API key works (environment {environment})", markup=False)


@app.command()
def export(
    resource: Annotated[str, typer.Argument(help="The list to export (candidates, jobs, ...).")],
    integration: Annotated[str, typer.Option("--integration", "-i", help="Integration id.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="ndjson, csv or parquet.")] = "ndjson",
    output: Annotated[str, typer.Option("--output", "-o", help="File to write, or - for standard output.")] = "-",
    page_size: Annotated[
        int, typer.Option("--page-size", help="Records per request (within the spec's bounds for the list).")
    ] = c.SYNC_PAGE_SIZE,
    base_url: BaseUrl = None,
    region: Region = None,
) -> None:
    """Export one list of one integration, page by page (constant memory)."""
    secrets = Secrets()
    _check_key_present(secrets)
    from ..errors import KomboError
    from ..sync import check_page_size, resolve_resources
    from ._export import FORMATS
    from ._export import export as run_export

    if fmt not in FORMATS:
        _fail(f"--format: expected ndjson, csv or parquet, got {fmt!r}", EXIT_USAGE, secrets)
    chosen_format = FORMATS[fmt]
    try:
        (table,) = resolve_resources([resource])
        check_page_size(page_size, [table])
    except ValueError as exc:
        _fail(_as_option(str(exc)), EXIT_USAGE, secrets)
    err = Console(stderr=True, highlight=False, emoji=False, soft_wrap=True)

    def warn(message: str) -> None:
        err.print(f"warning: {message}", markup=False)

    try:
        sink = sys.stdout.buffer if output == "-" else open(output, "wb")  # noqa: SIM115 - closed below
    except OSError as exc:
        _fail(f"--output: cannot write {output}: {exc.strerror}", EXIT_USAGE, secrets)
    try:
        count = anyio.run(
            lambda: run_export(
                table,
                integration,
                chosen_format,
                sink,
                page_size=page_size,
                warn=warn,
                client_options=_client_options(base_url, region),
            )
        )
    except BrokenPipeError:
        # The reader stopped reading (`| head`): what it wanted was written; say nothing more.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        raise typer.Exit(EXIT_OK) from None
    except (KomboError, ValueError, TypeError, OSError) as exc:
        _fail(with_advice(describe(exc)), EXIT_FAILED, secrets)
    finally:
        if sink is not sys.stdout.buffer:
            sink.close()
    if output != "-":
        err.print(f"{count:,} {table.resource} written to {output}", markup=False)


@app.command()
def serve(
    destination: Annotated[
        str, typer.Option("--destination", "-d", help="Where to sync (as for sync).")
    ] = c.SYNC_DESTINATION,
    dataset: Annotated[str, typer.Option("--dataset", help="Schema the tables go into.")] = c.SYNC_DATASET,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = c.SYNC_SERVE_HOST,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = c.SYNC_SERVE_PORT,
    path: Annotated[str, typer.Option("--path", help="Path Kombo posts webhooks to.")] = c.SYNC_WEBHOOK_PATH,
    keep_deleted: Annotated[bool, typer.Option("--keep-deleted", help="Keep rows Kombo marks deleted.")] = False,
    on_integration_deleted: Annotated[
        str, typer.Option("--on-integration-deleted", help="remove (default) or keep an integration's rows.")
    ] = "remove",
    pipelines_dir: Annotated[Path | None, typer.Option("--pipelines-dir", help="dlt's local working folder.")] = None,
    base_url: BaseUrl = None,
    region: Region = None,
) -> None:
    """Keep the database fresh from Kombo's webhooks (data-changed syncs what changed; needs KOMBO_WEBHOOK_SECRET)."""
    secrets = Secrets()
    secrets.add_url(destination)
    _check_key_present(secrets)
    secret = os.environ.get(c.WEBHOOK_SECRET_ENV, "")
    if not secret:
        _fail(
            f"no webhook secret: set {c.WEBHOOK_SECRET_ENV} to the secret shown in Kombo's dashboard",
            EXIT_USAGE,
            secrets,
        )
    secrets.add_value(secret)
    if on_integration_deleted not in ("remove", "keep"):
        _fail(f"--on-integration-deleted: expected remove or keep, got {on_integration_deleted!r}", EXIT_USAGE, secrets)
    import uvicorn

    from ..sync import make_pipeline
    from ..sync.serve import SyncService, create_app

    try:
        pipeline = make_pipeline(destination, dataset=dataset, pipelines_dir=pipelines_dir)
    except ValueError as exc:
        _fail(str(exc), EXIT_USAGE, secrets)
    service = SyncService(
        pipeline,
        keep_deleted=keep_deleted,
        on_integration_deleted="keep" if on_integration_deleted == "keep" else "remove",
        client_options=_client_options(base_url, region),
    )
    Console(stderr=True, highlight=False, emoji=False).print(
        f"kombo-ats serve: webhooks at http://{host}:{port}{path}, syncing into {secrets.mask(destination)}",
        markup=False,
    )
    try:
        uvicorn.run(create_app(service, secret=secret, path=path), host=host, port=port, log_level="warning")
    except (OSError, SystemExit) as exc:
        _fail(f"cannot serve on {host}:{port}: {exc}", EXIT_FAILED, secrets)


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
)
def sandbox(ctx: typer.Context) -> None:
    """Run the bundled sandbox (the Kombo API on your machine); its options: kombo-ats sandbox --help."""
    try:
        from kombo_ats_sandbox.__main__ import main as sandbox_main
    except ModuleNotFoundError as exc:
        _fail(f"{exc}", EXIT_USAGE, Secrets())
    raise typer.Exit(sandbox_main(list(ctx.args)))
