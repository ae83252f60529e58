"""``progress=`` on the walkers and ``iter_pages``: records, pages and elapsed time after every page."""

from __future__ import annotations

import itertools

import httpx
import pytest
from kombo_ats import WalkProgress, iter_candidates, iter_pages, make_client
from kombo_ats_sandbox import SandboxState
from kombo_ats_sandbox.pytest_plugin import ASGI_BASE_URL


@pytest.mark.anyio
async def test_walker_reports_every_page(
    kombo_sandbox: SandboxState, kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_integration_id: str
) -> None:
    seen: list[WalkProgress] = []
    live = len(kombo_sandbox.ids(kombo_sandbox_integration_id, "candidates"))
    async with make_client(
        api_key="sandbox-api-key", base_url=ASGI_BASE_URL, httpx_args={"transport": kombo_sandbox_transport}
    ) as client:
        walked = [
            c.id
            async for c in iter_candidates(
                client, integration_id=kombo_sandbox_integration_id, page_size=25, progress=seen.append
            )
        ]
    assert len(walked) == live
    pages = -(-live // 25)
    assert [p.pages for p in seen] == list(range(1, pages + 1))
    assert [p.records for p in seen] == [min(25 * n, live) for n in range(1, pages + 1)]
    assert all(b.elapsed >= a.elapsed >= 0 for a, b in itertools.pairwise(seen))


@pytest.mark.anyio
async def test_iter_pages_reports_with_read_ahead(
    kombo_sandbox_transport: httpx.ASGITransport, kombo_sandbox_integration_id: str
) -> None:
    seen: list[WalkProgress] = []
    async with make_client(
        api_key="sandbox-api-key", base_url=ASGI_BASE_URL, httpx_args={"transport": kombo_sandbox_transport}
    ) as client:
        pages = iter_pages(
            client,
            "jobs",
            integration_id=kombo_sandbox_integration_id,
            page_size=5,
            read_ahead=True,
            progress=seen.append,
        )
        async with pages:
            sizes = [len(page.results) async for page in pages]
    assert [p.records for p in seen] == [sum(sizes[: n + 1]) for n in range(len(sizes))]


def test_progress_must_be_callable() -> None:
    client = make_client(api_key="k", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(TypeError, match="progress: expected a callable"):
        iter_candidates(client, integration_id="x", progress=42)  # type: ignore[arg-type]
