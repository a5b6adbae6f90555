"""gunicorn for Noaber: `gunicorn -c deploy/gunicorn.conf.py noaber.wsgi`.

Sync workers with a DB connection each: django-tenants sets the schema per
connection with a session-level search_path, so keep any pooler in *session*
mode (transaction pooling mixes tenants' search paths).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = 1
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
max_requests = 2000  # recycle workers: catalog caches grow with the number of schemas
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# The app logs its own requests with the tenant; keep gunicorn's access log terse.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
