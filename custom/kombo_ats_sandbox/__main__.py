"""``python -m kombo_ats_sandbox --port 8000``: serve the Kombo ATS sandbox with uvicorn."""

from __future__ import annotations

import argparse
import gc
import socket
import sys
import time
from collections.abc import Sequence

from .data.config import DEFAULT_API_KEY, DEFAULT_INTEGRATIONS, Faults, SandboxConfig
from .data.webhook_settings import SYNC_OUTCOMES, WEBHOOK_SECRET_ENV, WebhookSettings
from .logic.state import SandboxState


def _ratio(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m kombo_ats_sandbox",
        description="A local Kombo ATS API sandbox. Clients use base_url http://HOST:PORT/v1.",
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default: %(default)s, loopback)")
    p.add_argument("--port", type=int, default=8000, help="port (default: %(default)s; 0 picks a free one)")
    p.add_argument("--seed", default="42", help="seed of the generated data (default: %(default)s)")
    p.add_argument("--jobs", type=int, default=40, help="jobs per integration (default: %(default)s)")
    p.add_argument("--candidates", type=int, default=300, help="candidates per integration (default: %(default)s)")
    p.add_argument(
        "--api-key", default=DEFAULT_API_KEY, help="accepted bearer token; '*' accepts any (default: %(default)s)"
    )
    p.add_argument(
        "--integrations",
        default=",".join(DEFAULT_INTEGRATIONS),
        help="comma-separated integration ids (X-Integration-Id values) (default: %(default)s)",
    )
    p.add_argument("--max-scan", type=int, default=50_000, help="records one list call scans before answering a page")
    f = p.add_argument_group("fault injection")
    f.add_argument("--rate-limit-ratio", type=_ratio, default=0.0, help="share of requests answered 429")
    f.add_argument("--retry-after", type=int, default=1, help="Retry-After seconds on 429 (default: %(default)s)")
    f.add_argument("--error-ratio", type=_ratio, default=0.0, help="share answered 5xx as text/HTML/empty")
    f.add_argument("--latency-ms", type=float, default=0.0, help="latency added to every ATS request")
    f.add_argument("--odd-enum-ratio", type=_ratio, default=0.0, help="share of records with undocumented enum values")
    f.add_argument("--extra-fields", action="store_true", help="add fields the spec does not know to every record")
    w = p.add_argument_group("webhooks (docs/webhooks.md)")
    w.add_argument(
        "--webhook-url", action="append", default=[], metavar="URL", help="send signed events to URL (repeatable)"
    )
    w.add_argument(
        "--webhook-secret",
        default=None,
        help=f"secret that signs them (default: ${WEBHOOK_SECRET_ENV}, which ps cannot show)",
    )
    w.add_argument(
        "--sync-outcome",
        choices=SYNC_OUTCOMES,
        default="SUCCEEDED",
        help="sync_state of sync-finished after a force-sync",
    )
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    return p


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    faults = Faults(
        rate_limit_ratio=args.rate_limit_ratio,
        retry_after=args.retry_after,
        error_ratio=args.error_ratio,
        latency_ms=args.latency_ms,
        odd_enum_ratio=args.odd_enum_ratio,
        extra_fields=args.extra_fields,
    )
    integrations = tuple(i.strip() for i in args.integrations.split(",") if i.strip())
    return SandboxConfig(
        seed=args.seed,
        jobs=args.jobs,
        candidates=args.candidates,
        integrations=integrations,
        api_key=args.api_key,
        faults=faults,
        max_scan=args.max_scan,
        webhooks=WebhookSettings(
            urls=list(args.webhook_url), secret=args.webhook_secret, sync_outcome=args.sync_outcome
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    import uvicorn

    from .http.app import create_app

    started = time.perf_counter()
    try:
        config = config_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    state = SandboxState(config)
    app = create_app(state)
    took = time.perf_counter() - started
    # This process only serves the sandbox: keep the cyclic GC off the (large, long-lived) seed data
    # and let it run less often while record bodies are generated and cached on first use.
    gc.freeze()
    gc.set_threshold(50_000, 20, 50)
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]  # the real one when --port 0
    print(f"Kombo ATS sandbox: data generated in {took:.2f}s (seed {args.seed})", file=sys.stderr)
    for iid, store in state.integrations.items():
        core = store.counts(("jobs", "candidates", "applications", "offers", "users"))
        counts = ", ".join(f"{n['total']} {kind}" for kind, n in core.items())
        print(f"  X-Integration-Id: {iid}  ({counts}, ...)", file=sys.stderr)
    print(f"  Authorization: Bearer {args.api_key}", file=sys.stderr)
    for url in config.webhooks.urls:
        print(f"  webhooks -> {url} (signed with the configured secret)", file=sys.stderr)
    print(f"  base_url: http://{args.host}:{port}/v1   admin: http://{args.host}:{port}/_sandbox", file=sys.stderr)
    sys.stderr.flush()
    server = uvicorn.Server(uvicorn.Config(app, log_level=args.log_level, lifespan="off"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shut down gracefully, then re-raised the Ctrl-C
        pass
    finally:
        sock.close()
    print("Kombo ATS sandbox stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
