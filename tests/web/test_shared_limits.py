"""One address cannot exceed a rate limit by reaching several workers.

Starts real gunicorn workers on loopback over one database (as in production,
where the count lives in the database or Redis, never in a worker's memory),
sends more evaluations than the limit allows from one address, concurrently,
and checks that exactly the limit got through and that more than one worker
answered.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from endqi.action.limits import EVALUATE_PER_IP

from .bill_factories import SAMPLE_BILL_TEXT

WORKERS = 3
EXTRA_REQUESTS = 15


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def deployment_environment(folder: Path) -> dict[str, str]:
    """The environment of a fresh site (no test-session switches) on its own database."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ENDQI_")
        and key not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL")
    }
    environment.update(
        DATABASE_URL=f"sqlite:///{folder / 'site.sqlite3'}",
        ENDQI_DEBUG="0",
        ENDQI_PAGE_CACHE="0",
        ENDQI_STATIC_ROOT=str(folder / "static"),
    )
    return environment


def post_evaluation(port: int) -> int:
    body = json.dumps({"text": SAMPLE_BILL_TEXT}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/evaluate",
        data=body,
        headers={"Content-Type": "application/json", "Connection": "close"},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until_serving(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"gunicorn exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/states", timeout=5):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise AssertionError("gunicorn did not start serving in time")


def test_one_address_cannot_exceed_the_limit_across_workers(tmp_path) -> None:
    environment = deployment_environment(tmp_path)
    migrate = subprocess.run(
        [sys.executable, "-m", "endqi.cli", "migrate", "--noinput"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert migrate.returncode == 0, migrate.stderr
    port = free_port()
    log = tmp_path / "access.log"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "endqi.web.wsgi:application",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            str(log),
            "--access-logformat",
            "%(p)s %(s)s %(U)s",
        ],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_until_serving(port, server)
        total = EVALUATE_PER_IP.limit + EXTRA_REQUESTS
        with ThreadPoolExecutor(max_workers=WORKERS * 2) as pool:
            statuses = Counter(pool.map(lambda _: post_evaluation(port), range(total)))
    finally:
        server.terminate()
        try:
            _out, errors = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            _out, errors = server.communicate()
    assert statuses == {200: EVALUATE_PER_IP.limit, 429: EXTRA_REQUESTS}, (
        statuses,
        errors.decode(errors="replace")[-2000:],
    )
    answered_by = {
        line.split()[0]
        for line in log.read_text().splitlines()
        if line.endswith("/api/v1/evaluate")
    }
    if len(answered_by) < 2:
        pytest.fail(f"only one worker answered ({answered_by}); the test proved nothing")
