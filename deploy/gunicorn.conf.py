"""gunicorn settings for endqi behind nginx (deploy/nginx/): ``gunicorn -c deploy/gunicorn.conf.py``.

nginx buffers whole requests and responses, so sync workers never wait on a slow
client; every evaluation runs in a child process with its own time and memory
budget (endqi.budget), so no request holds a worker longer than ~10 s.
"""

import multiprocessing
import os

wsgi_app = "endqi.web.wsgi:application"
bind = os.environ.get("ENDQI_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("ENDQI_WORKERS", 2 * multiprocessing.cpu_count() + 1))
worker_class = "sync"
# Import endqi once in the master; workers start warm and share its pages.
preload_app = True
# Above the evaluation budget (10 s), so only a bug, never an input, reaches it.
timeout = 30
graceful_timeout = 20
# A sync worker holding an idle keep-alive connection serves no one else: nginx opens
# one connection per request to gunicorn (no upstream keepalive), and clients that
# reach gunicorn directly get none either.
keepalive = 0
max_requests = 5000  # recycle workers now and then
max_requests_jitter = 500
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"


def when_ready(server):
    """Build, once in the master, what each worker would otherwise build on its first
    request (the ZIP table), so every forked worker starts warm."""
    from endqi.officials.lookup import warm_zip_records

    warm_zip_records()


def pre_fork(server, worker):
    """No database connection crosses a fork: workers sharing one socket would corrupt it."""
    from django.db import connections

    connections.close_all()
