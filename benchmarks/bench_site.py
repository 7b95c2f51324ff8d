"""Site benchmark: requests/s and p95 latency of the state page and the state API.

Serves the seeded site with gunicorn (production settings, static files by
WhiteNoise) on SQLite, then on a throwaway PostgreSQL (``scripts/with-postgres.sh``),
and loads ``/mo/`` and ``/api/v1/states/mo`` with ``wrk`` at 32 connections.
Next to each, the very same response body saved to a file and served as a
static file by the same gunicorn + WhiteNoise stack, so the ratio measures what
Django and the database add. Target: dynamic ≤ 3× the static latency/throughput.

Prints a table; not a test. Usage::

    .venv/bin/python benchmarks/bench_site.py [--duration 10] [--connections 32]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PATHS = ("/mo/", "/api/v1/states/mo")
WORKERS = max(2, 2 * (os.cpu_count() or 1) + 1)
TARGET_RATIO = 3.0
# wrk has no p95 in its own report; this script prints it (microseconds).
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("p50_us %d\\n", latency:percentile(50)))
  io.write(string.format("p95_us %d\\n", latency:percentile(95)))
  io.write(string.format("errors %d\\n", summary.errors.status + summary.errors.connect
    + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def static_application(environ, start_response):  # type: ignore[no-untyped-def]
    """WSGI app serving ``ENDQI_BENCH_STATIC_DIR`` with WhiteNoise (index.html for dirs)."""
    return _static_app()(environ, start_response)


_STATIC_APP = None


def _static_app():  # type: ignore[no-untyped-def]
    global _STATIC_APP
    if _STATIC_APP is None:
        from whitenoise import WhiteNoise

        def not_found(environ, start_response):  # type: ignore[no-untyped-def]
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found"]

        _STATIC_APP = WhiteNoise(
            not_found, root=os.environ["ENDQI_BENCH_STATIC_DIR"], index_file=True
        )
        _STATIC_APP.add_mime_type(".json", "application/json")
    return _STATIC_APP


def free_port() -> int:
    """An unused loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args: list[str], env: dict[str, str], cwd: Path) -> None:
    """Run an ``endqi`` step, failing loudly."""
    result = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench_site: {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60) -> bytes:
    """Poll ``url`` until it answers 200; return the body."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"bench_site: server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return response.read()
        except OSError:
            time.sleep(0.3)
    sys.exit(f"bench_site: {url} did not answer in {timeout} s")


def gunicorn(app: str, port: int, env: dict[str, str], cwd: Path) -> subprocess.Popen:
    """Start gunicorn with the worker count used for every measurement."""
    return subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(process: subprocess.Popen) -> None:
    """Stop a server this script started."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def load(url: str, duration: int, connections: int, script: Path) -> dict[str, float]:
    """Run wrk; requests/s, p50 and p95 latency (ms) and error count."""
    result = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    out = result.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p95 = int(re.search(r"p95_us (\d+)", out).group(1)) / 1000
    p50 = int(re.search(r"p50_us (\d+)", out).group(1)) / 1000
    errors = int(re.search(r"errors (\d+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "p50_ms": p50,
        "p95_ms": p95,
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def production_environment(work: Path) -> dict[str, str]:
    """Production settings for a benchmark run in ``work`` (no test-only switches)."""
    env = {
        **os.environ,
        "ENDQI_ENV": "production",
        "ENDQI_SECRET_KEY": secrets.token_urlsafe(50),
        "ENDQI_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "ENDQI_SSL_REDIRECT": "0",
        "ENDQI_STATIC_ROOT": str(work / "static"),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.pop("ENDQI_TESTING", None)
    return env


def bench_current_database(duration: int, connections: int) -> list[dict]:
    """Benchmark against ``DATABASE_URL`` (a fresh SQLite file when unset)."""
    work = Path(tempfile.mkdtemp(prefix="endqi-bench-"))
    try:
        env = production_environment(work)
        database = "postgresql" if env.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
        if database == "sqlite":
            env["DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
        endqi = str(BIN / "endqi")
        run([endqi, "demo", "--no-serve"], env, work)
        run([endqi, "collectstatic", "--noinput", "-v0"], env, work)

        port = free_port()
        server = gunicorn("endqi.web.wsgi:application", port, env, work)
        static_dir = work / "static-copy"
        bodies: dict[str, bytes] = {}
        results: dict[str, dict[str, float]] = {}
        script = work / "p95.lua"
        script.write_text(WRK_SCRIPT)
        try:
            for path in PATHS:
                bodies[path] = wait_until_up(f"http://127.0.0.1:{port}{path}", server)
            for path in PATHS:
                load(f"http://127.0.0.1:{port}{path}", 2, connections, script)  # warm caches
                results[path] = load(
                    f"http://127.0.0.1:{port}{path}", duration, connections, script
                )
        finally:
            stop(server)

        # The same bytes as static files, served by the same gunicorn + WhiteNoise.
        for path, body in bodies.items():
            target = static_dir / path.strip("/")
            if path.endswith("/"):
                target = target / "index.html"
            else:
                target = target.with_suffix(target.suffix + ".json")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        static_env = {**env, "ENDQI_BENCH_STATIC_DIR": str(static_dir)}
        static_env["PYTHONPATH"] = str(ROOT / "benchmarks")
        port = free_port()
        server = gunicorn("bench_site:static_application", port, static_env, work)
        rows = []
        try:
            for path in PATHS:
                static_path = path if path.endswith("/") else path + ".json"
                url = f"http://127.0.0.1:{port}{static_path}"
                wait_until_up(url, server)
                load(url, 2, connections, script)
                static = load(url, duration, connections, script)
                dynamic = results[path]
                rows.append(
                    {
                        "database": database,
                        "path": path,
                        "bytes": len(bodies[path]),
                        "dynamic": dynamic,
                        "static": static,
                        "throughput_ratio": static["rps"] / dynamic["rps"],
                        "p95_ratio": dynamic["p95_ms"] / max(static["p95_ms"], 0.001),
                    }
                )
        finally:
            stop(server)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_rows(rows: list[dict], duration: int, connections: int) -> None:
    """A readable table."""
    print(
        f"wrk, {connections} connections, {duration} s per run, gunicorn {WORKERS} sync workers, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"{'database':<11}{'path':<20}{'bytes':>7}  {'req/s':>8}{'p95 ms':>8}   "
        f"{'static req/s':>12}{'p95 ms':>8}   {'req/s ratio':>11}{'p95 ratio':>10}  errors"
    )
    for row in rows:
        dynamic, static = row["dynamic"], row["static"]
        print(
            f"{row['database']:<11}{row['path']:<20}{row['bytes']:>7}  {dynamic['rps']:>8.0f}"
            f"{dynamic['p95_ms']:>8.1f}   {static['rps']:>12.0f}{static['p95_ms']:>8.1f}   "
            f"{row['throughput_ratio']:>10.2f}×{row['p95_ratio']:>9.2f}×  "
            f"{int(dynamic['errors'] + static['errors'])}"
        )
    worst = max(max(r["throughput_ratio"], r["p95_ratio"]) for r in rows)
    verdict = "meets" if worst <= TARGET_RATIO else "misses"
    print(f"worst ratio {worst:.2f}× — {verdict} the ≤ {TARGET_RATIO:.0f}× target")


def main(argv: list[str] | None = None) -> int:
    """Benchmark on SQLite, then (unless --sqlite-only) on a throwaway PostgreSQL."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument(
        "--page-cache",
        choices=("on", "off"),
        default="on",
        help="serve anonymous pages from the page cache (on, as deployed) or render each",
    )
    parser.add_argument("--json", action="store_true", help="print JSON rows (used internally)")
    parser.add_argument("--current-database", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("bench_site: wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 1
    if args.current_database:
        print(json.dumps(bench_current_database(args.duration, args.connections)))
        return 0
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["ENDQI_PAGE_CACHE"] = "1" if args.page_cache == "on" else "0"
    rows = bench_in_child(env, args)
    if rows is None:
        sys.exit("bench_site: the SQLite run failed")
    if not args.sqlite_only:
        postgres = bench_in_child(env, args, wrapper=[str(ROOT / "scripts" / "with-postgres.sh")])
        if postgres is None:
            print("bench_site: the PostgreSQL run failed", file=sys.stderr)
        else:
            rows += postgres
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        print_rows(rows, args.duration, args.connections)
    return 0


def bench_in_child(
    env: dict[str, str], args: argparse.Namespace, wrapper: list[str] | None = None
) -> list[dict] | None:
    """One database's run in a child process (environment exactly ``env``, optionally
    inside ``wrapper``, e.g. the throwaway-PostgreSQL script); None when it failed."""
    result = subprocess.run(
        [
            *(wrapper or []),
            sys.executable,
            __file__,
            "--current-database",
            f"--duration={args.duration}",
            f"--connections={args.connections}",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return None
    return json.loads(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
