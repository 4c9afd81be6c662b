"""What nginx saw during `make loadtest`: each request's time as the server measured it.

wrk times a request from when it writes it to when it has read the answer, on a machine
whose two cores also run nginx, six workers, PostgreSQL and Redis; nginx's `$request_time`
starts when nginx reads the request. The load test reports both, and the slowest requests
with their moment in the run, so that a slow tail can be told from a slow client and
traced to what happened at that moment (an import, a cold worker).
"""

from collections.abc import Iterable

from bench.percentile import nearest_rank

# nginx log_format: epoch seconds at the end, seconds taken, status, the path asked for.
LOG_FORMAT = '$msec $request_time $status "$request_uri"'


def access_log_summary(
    lines: Iterable[str], *, slow_seconds: float = 1.0, top: int = 10, marks: dict | None = None
):
    """Percentiles of nginx's request times (ms), how many took over `slow_seconds`, the
    `top` slowest with the second of the run in which they started, and `marks` (name ->
    epoch seconds, such as the moment an import committed) on the same clock."""
    rows = []
    for line in lines:
        ended, seconds, status, path = line.rstrip("\n").split(" ", 3)
        rows.append((float(ended) - float(seconds), float(seconds), int(status), path.strip('"')))
    if not rows:
        return {"requests": 0}
    start = min(row[0] for row in rows)
    ordered = sorted(row[1] for row in rows)
    slowest = sorted(rows, key=lambda row: (-row[1], row[0], row[3]))[:top]
    return {
        "requests": len(rows),
        "p50_ms": round(nearest_rank(ordered, 0.50) * 1000, 1),
        "p99_ms": round(nearest_rank(ordered, 0.99) * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
        f"over_{slow_seconds:g}s": sum(1 for value in ordered if value > slow_seconds),
        "slowest": [
            {"at_s": round(begun - start, 1), "ms": round(seconds * 1000), "path": path}
            for begun, seconds, _status, path in slowest
        ],
        "marks_at_s": {name: round(when - start, 1) for name, when in (marks or {}).items()},
    }
