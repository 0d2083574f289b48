"""Benchmark (issue 13): a refused sign-in takes as long for an unknown e-mail as for a known account, so that
timing does not tell which addresses have an account. Median of 100 tries each, interleaved, within 50 ms.
`make bench`; figures in test-artifacts/bench-sign-in-timing-<backend>.json.
"""

from __future__ import annotations

import json
import statistics
import time

import httpx
import pytest

from filiere.app import create_app
from tests.backend.auth.issuer_flow import ADVISER, Flow, csrf_of
from tests.backend.world import PUBLIC_URL, World
from tests.perf.support import ARTIFACTS

pytestmark = pytest.mark.perf

TRIES = 100
UNKNOWN = "conseiller.bretagne@demo.filiere.fr"


async def test_unknown_and_known_accounts_take_the_same_time(world: World) -> None:
    # No throttle in the way: both measure the refusal itself (lookup, argon2 verification, counting).
    settings = world.settings.model_copy(
        update={"throttle_failures_before_delay": 10 * TRIES, "throttle_max_failures_per_ip": 10 * TRIES}
    )
    app = create_app(settings)
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC_URL)
    samples: dict[str, list[float]] = {ADVISER: [], UNKNOWN: []}
    try:
        for _ in range(TRIES):
            for email in (ADVISER, UNKNOWN):
                flow = Flow.start()
                page = await client.get(flow.url)
                data = {"username": email, "password": "mauvais-mot-de-passe", "csrf_token": csrf_of(page.text)}
                started = time.perf_counter()
                response = await client.post(flow.url, data=data)
                samples[email].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 401
    finally:
        await client.aclose()
        await app.state.registry.dispose()
    known, unknown = statistics.median(samples[ADVISER]), statistics.median(samples[UNKNOWN])
    figures = {"backend": world.backend, "known_median_ms": round(known, 1), "unknown_median_ms": round(unknown, 1)}
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"bench-sign-in-timing-{world.backend}.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures))
    assert abs(known - unknown) < 50, figures
