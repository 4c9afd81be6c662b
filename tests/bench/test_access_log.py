"""bench.access_log: the server's view of a load test."""

from bench.access_log import access_log_summary


def log_line(ended: float, seconds: float, path: str, status: int = 200) -> str:
    return f'{ended:.3f} {seconds:.3f} {status} "{path}"\n'


def test_the_summary_gives_the_servers_percentiles_and_when_the_slowest_requests_began():
    lines = [log_line(1000.0 + n / 100, 0.050, f"/meetings/{n}/") for n in range(1, 99)]
    lines += [
        log_line(1012.5, 2.5, "/meetings/?q=王建国"),
        log_line(1012.4, 1.2, "/meetings/"),
    ]
    summary = access_log_summary(lines, top=2, marks={"import_committed": 1009.96})
    assert summary["requests"] == 100
    assert summary["p50_ms"] == 50.0
    assert summary["p99_ms"] == 1200.0
    assert summary["max_ms"] == 2500.0
    assert summary["over_1s"] == 2
    # The first request began at 1000.01 - 0.05; the slowest began 2.5 s before it ended.
    assert summary["slowest"] == [
        {"at_s": 10.0, "ms": 2500, "path": "/meetings/?q=王建国"},
        {"at_s": 11.2, "ms": 1200, "path": "/meetings/"},
    ]
    assert summary["marks_at_s"] == {"import_committed": 10.0}


def test_an_empty_log_says_no_request_was_seen():
    assert access_log_summary([]) == {"requests": 0}
