"""``endqi demo``: migrate, run every seed command, serve — and a second run changes nothing."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from endqi.legislation.management.commands.demo import seed_command_names


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def table_counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read()


def test_seed_commands_are_found_by_name() -> None:
    names = seed_command_names()
    assert names[0] == "seed_legislation"
    assert all(name.startswith("seed_") for name in names)


def test_demo_serves_the_seeded_site_and_a_second_run_changes_nothing(tmp_path) -> None:
    database = tmp_path / "demo.sqlite3"
    # No ENDQI_DEBUG: the development default (debug on) is what `make run` has.
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    env.pop("ENDQI_TESTING", None)
    env.pop("ENDQI_DEBUG", None)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "endqi.cli", "demo", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                status, body = get(f"http://127.0.0.1:{port}/api/v1/states/mo")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read() if server.stdout else ""
                    pytest.fail(f"demo did not serve:\n{output}")
                time.sleep(0.5)
        assert status == 200
        mo = json.loads(body)
        assert mo["bill_count"] >= 1
        assert all(bill["scorecard"]["groups"] for bill in mo["bills"])
        # Static files are served without collectstatic (WhiteNoise with finders).
        status, css = get(f"http://127.0.0.1:{port}/static/endqi/site.css")
        assert status == 200 and css
        # The site's own 404 page, not Django's debug page listing the URL patterns.
        with pytest.raises(urllib.error.HTTPError) as missing:
            get(f"http://127.0.0.1:{port}/no-such-page/")
        assert missing.value.code == 404
        page = missing.value.read().decode("utf-8")
        assert "<title>Page not found" in page
        assert "URLconf" not in page and "urlpatterns" not in page
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    for name in seed_command_names():
        assert f"demo: running {name}" in output
    assert "legislation bills: created" in output

    before = table_counts(database)
    assert before["legislation_bill"] > 0 and before["legislation_evaluation"] > 0
    second = subprocess.run(
        [sys.executable, "-m", "endqi.cli", "demo", "--no-serve"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert second.returncode == 0, second.stderr
    assert table_counts(database) == before
    assert "legislation bills: created 0, updated 0" in second.stdout


def test_bad_port_is_one_clear_error(tmp_path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "-m", "endqi.cli", "demo", "--port", "70000", "--no-serve"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "endqi: error: --port must be between 1 and 65535, not 70000."


def test_a_taken_port_is_one_line_naming_a_free_one(tmp_path) -> None:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "endqi.cli", "demo", "--port", str(port)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert line.startswith(f"endqi: error: port {port} is already in use")
    suggested = int(line.split("make run PORT=")[1].split()[0])
    assert suggested != port
    assert "demo: serving" not in result.stdout and "migrating" not in result.stdout
    assert not (tmp_path / "x.sqlite3").exists(), "nothing is done before the port check"
