"""What every benchmark shares: where figures are written, and how a call is timed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ROUNDS = 40


async def timed(work: Callable[[], Awaitable[object]]) -> dict[str, float]:
    await work()  # warm-up: connections, caches
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await work()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"median_ms": round(statistics.median(samples), 2), "p95_ms": round(samples[int(0.95 * ROUNDS) - 1], 2)}
