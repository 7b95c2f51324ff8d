"""Deployment benchmark: nginx + gunicorn + PostgreSQL on loopback, as the README deploys.

Seeds the demo site into a throwaway PostgreSQL (``scripts/with-postgres.sh``),
starts gunicorn with ``deploy/gunicorn.conf.py`` and nginx with the committed
``deploy/nginx/`` files (only paths and ports substituted), then loads with wrk:

- ``/mo/`` through nginx (its short cache, then endqi's page cache);
- ``/mo/?uncached=1`` through nginx (a query string skips both caches: rendered each time);
- ``/act/?zip=65101`` through nginx (never cached: ZIP lookups are per visitor);
- the same bytes of ``/mo/`` and of ``/act/?zip=65101`` served by the same nginx as
  static files (the floor).

Targets: ``/mo/`` within 1.5x of static nginx; ``/act/?zip=`` at least half of
uncached ``/mo/`` (compared at a few connections, and also shown at 64); no errors
at 64 connections. Prints a table; not a test.

Usage: .venv/bin/python benchmarks/bench_deploy.py [--duration 10] [--connections 64]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEPLOY = ROOT / "deploy"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_site import (  # noqa: E402
    WRK_SCRIPT,
    free_port,
    load,
    production_environment,
    run,
    stop,
    wait_until_up,
)

MO_RATIO_TARGET = 1.5
ZIP_SHARE_TARGET = 0.5


def nginx_config(work: Path, nginx_port: int, app_port: int, static_root: Path) -> Path:
    """The committed nginx files with this run's paths and ports, in a minimal nginx.conf."""
    conf = work / "nginx"
    conf.mkdir()
    (work / "nginx-cache").mkdir()
    http = (DEPLOY / "nginx" / "endqi-http.conf").read_text()
    http = http.replace("/var/cache/nginx/endqi", str(work / "nginx-cache"))
    http = http.replace("127.0.0.1:8000", f"127.0.0.1:{app_port}")
    (conf / "endqi-http.conf").write_text(http)
    proxy = conf / "endqi-proxy.conf"
    proxy.write_text((DEPLOY / "nginx" / "endqi-proxy.conf").read_text())
    locations = (DEPLOY / "nginx" / "endqi-locations.conf").read_text()
    locations = locations.replace("/srv/endqi/staticfiles/", f"{static_root}/")
    locations = locations.replace("/etc/nginx/endqi-proxy.conf", str(proxy))
    (conf / "endqi-locations.conf").write_text(locations)
    main = conf / "nginx.conf"
    main.write_text(
        f"""
{"user root;" if os.geteuid() == 0 else ""}
worker_processes auto;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
daemon off;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path {work}/nginx-body;
    proxy_temp_path {work}/nginx-proxy;
    fastcgi_temp_path {work}/nginx-fastcgi;
    uwsgi_temp_path {work}/nginx-uwsgi;
    scgi_temp_path {work}/nginx-scgi;
    include {conf}/endqi-http.conf;
    server {{
        listen 127.0.0.1:{nginx_port};
        server_name 127.0.0.1 localhost;
        # The floor: the very bytes of the dynamic pages, as files.
        location /floor/ {{ alias {work}/floor/; default_type text/html; }}
        include {conf}/endqi-locations.conf;
    }}
}}
"""
    )
    return main


def deploy_environment(work: Path) -> dict[str, str]:
    """Production settings on the PostgreSQL of DATABASE_URL, behind nginx on loopback."""
    env = {
        **production_environment(work),
        "ENDQI_TRUSTED_PROXIES": "127.0.0.1",
        "ENDQI_BIND": f"127.0.0.1:{free_port()}",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def fetch(url: str) -> bytes:
    """One GET's body."""
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def bench(duration: int, connections: int, uncached_connections: int) -> int:
    """Run every measurement and print the table; 0 when every target is met."""
    work = Path(tempfile.mkdtemp(prefix="endqi-deploy-"))
    servers: list[subprocess.Popen] = []
    try:
        env = deploy_environment(work)
        endqi = str(BIN / "endqi")
        started = time.perf_counter()
        run([endqi, "demo", "--no-serve"], env, work)
        run([endqi, "collectstatic", "--noinput", "-v0"], env, work)
        print(f"seeded the demo into PostgreSQL in {time.perf_counter() - started:.0f} s")
        app_port = int(env["ENDQI_BIND"].rsplit(":", 1)[1])
        gunicorn = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "-c",
                str(DEPLOY / "gunicorn.conf.py"),
                "--access-logfile",
                "/dev/null",
            ],
            env=env,
            cwd=work,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        servers.append(gunicorn)
        nginx_port = free_port()
        main = nginx_config(work, nginx_port, app_port, work / "static")
        nginx = subprocess.Popen(
            [find_tool("nginx") or "nginx", "-c", str(main), "-p", str(work)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        servers.append(nginx)
        base = f"http://127.0.0.1:{nginx_port}"
        wait_until_up(f"{base}/mo/", gunicorn)
        floor = work / "floor"
        (floor / "mo").mkdir(parents=True)
        (floor / "mo" / "index.html").write_bytes(fetch(f"{base}/mo/"))
        (floor / "act").mkdir()
        (floor / "act" / "index.html").write_bytes(fetch(f"{base}/act/?zip=65101"))
        script = work / "p95.lua"
        script.write_text(WRK_SCRIPT)
        few = uncached_connections
        cases = [
            ("/mo/ (nginx cache + page cache)", "/mo/", connections),
            (f"/mo/ uncached (query string), c={few}", "/mo/?uncached=1", few),
            (f"/act/?zip=65101, c={few}", "/act/?zip=65101", few),
            ("/mo/ uncached (query string)", "/mo/?uncached=1", connections),
            ("/act/?zip=65101", "/act/?zip=65101", connections),
            ("static nginx: /mo/ bytes", "/floor/mo/", connections),
            ("static nginx: /act/ bytes", "/floor/act/", connections),
        ]
        results = {}
        for label, path, clients in cases:
            load(base + path, 8, clients, script)  # warm every worker
            results[label] = load(base + path, duration, clients, script)
    finally:
        for server in reversed(servers):
            stop(server)
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"wrk, {connections} connections, {duration} s each; nginx {nginx_version()}, "
        f"gunicorn (deploy/gunicorn.conf.py), PostgreSQL; {os.cpu_count()} CPUs"
    )
    print(f"{'':34}{'req/s':>9}{'p50 ms':>8}{'p95 ms':>8}{'errors':>8}")
    for label, numbers in results.items():
        print(
            f"{label:34}{numbers['rps']:>9.0f}{numbers['p50_ms']:>8.1f}"
            f"{numbers['p95_ms']:>8.1f}{int(numbers['errors']):>8}"
        )
    mo = results[cases[0][0]]
    mo_uncached = results[cases[1][0]]
    zip_lookup = results[cases[2][0]]
    static = results[cases[5][0]]
    mo_ratio = static["rps"] / max(mo["rps"], 0.001)
    zip_share = zip_lookup["rps"] / max(mo_uncached["rps"], 0.001)
    errors = sum(int(numbers["errors"]) for numbers in results.values())
    print(
        f"/mo/ vs static nginx: {mo_ratio:.2f}x (target <= {MO_RATIO_TARGET}x); "
        f"/act/?zip= vs uncached /mo/ (c={uncached_connections}): {zip_share:.2f} "
        f"(target >= {ZIP_SHARE_TARGET}); "
        f"errors at {connections} connections: {errors}"
    )
    met = mo_ratio <= MO_RATIO_TARGET and zip_share >= ZIP_SHARE_TARGET and errors == 0
    return 0 if met else 1


def find_tool(name: str) -> str | None:
    """A program on PATH or in /usr/sbin (where Debian puts nginx)."""
    found = shutil.which(name)
    if found:
        return found
    candidate = Path("/usr/sbin") / name
    return str(candidate) if candidate.exists() else None


def nginx_version() -> str:
    """nginx's version string."""
    result = subprocess.run(
        [find_tool("nginx") or "nginx", "-v"], capture_output=True, text=True, check=False
    )
    match = re.search(r"nginx/([\d.]+)", result.stderr)
    return match.group(1) if match else "?"


def main() -> int:
    """Re-run inside a throwaway PostgreSQL unless DATABASE_URL already points at one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument(
        "--uncached-connections",
        type=int,
        default=8,
        help="connections for the uncached comparison (few, so no request waits past wrk's "
        "timeout on a busy machine); both are also run at --connections",
    )
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if find_tool(tool) is None:
            print(
                f"bench_deploy: {tool} is not installed (scripts/system-deps.sh)", file=sys.stderr
            )
            return 1
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        wrapper = str(ROOT / "scripts" / "with-postgres.sh")
        return subprocess.call([wrapper, sys.executable, __file__, *sys.argv[1:]])
    return bench(args.duration, args.connections, args.uncached_connections)


if __name__ == "__main__":
    sys.exit(main())
