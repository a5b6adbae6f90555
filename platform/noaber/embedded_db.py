"""The embedded PostgreSQL that runs when DATABASE_URL is unset.

It lives in ``var/pgdata`` of the repository and is started on demand by the
``noaber`` CLI, the test runner and the benchmarks; a server that is already
running there is reused. pgserver keeps its own bookkeeping in the data folder,
and PostgreSQL itself ignores a stale ``postmaster.pid`` whose process is gone,
so a crashed earlier run does not block the next start.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import psycopg
from psycopg import sql

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PGDATA = REPO_ROOT / "var" / "pgdata"
DATABASE_NAME = "noaber"

# Shared catalogue of one connection touching many tenant schemas needs more
# lock slots than PostgreSQL's default of 64 per transaction.
SERVER_SETTINGS = {"max_locks_per_transaction": "1024", "timezone": "UTC"}

logger = logging.getLogger(__name__)


def _say(message: str) -> None:
    if os.environ.get("NOABER_QUIET") != "1":
        print(f"noaber: {message}", file=sys.stderr)


def _clear_stale_handles(pgdata: Path) -> None:
    """Drop pgserver's list of client pids when none of them is still alive.

    pgserver counts the processes that use the server; a killed process never
    removes itself, which is harmless for starting but grows the list forever.
    """
    handles = pgdata / ".handle_pids.json"
    if not handles.exists():
        return
    import json

    try:
        pids = json.loads(handles.read_text() or "[]")
    except ValueError:
        handles.unlink(missing_ok=True)
        return
    alive = [pid for pid in pids if _pid_alive(pid)]
    if alive != pids:
        handles.write_text(json.dumps(alive))


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _apply_server_settings(conn) -> bool:
    """Write our server settings; return True when a restart is needed."""
    rows = conn.execute(
        "SELECT name, setting FROM pg_settings WHERE name = ANY(%s)", [list(SERVER_SETTINGS)]
    ).fetchall()
    current = dict(rows)
    changed = {k: v for k, v in SERVER_SETTINGS.items() if current.get(k) != v}
    for name, value in changed.items():
        conn.execute(
            sql.SQL("ALTER SYSTEM SET {} = {}").format(sql.Identifier(name), sql.Literal(value))
        )
    return "max_locks_per_transaction" in changed


def start(pgdata: Path = DEFAULT_PGDATA) -> str:
    """Start (or reuse) the embedded server and return a DATABASE_URL for it."""
    try:
        import pgserver
        from pgserver._commands import pg_ctl
    except ImportError as exc:  # pragma: no cover - only without the dependency
        raise SystemExit(
            "noaber: DATABASE_URL is niet gezet en pgserver ontbreekt. "
            "Installeer de omgeving met `python3 dev.py setup`. / "
            "DATABASE_URL is unset and pgserver is missing."
        ) from exc

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    if pgdata.exists():
        _clear_stale_handles(pgdata)
    # cleanup_mode=None: the server outlives this process and is reused next time.
    server = pgserver.get_server(pgdata, cleanup_mode=None)
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        restart = _apply_server_settings(conn)
    if restart:
        pg_ctl(["-w", "-m", "fast", "restart"], pgdata=pgdata, user=server.system_user)
        server = _reconnect(pgdata)
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    url = server.get_uri(DATABASE_NAME)
    _say(f"ingebouwde PostgreSQL in {pgdata} (embedded PostgreSQL, data folder above)")
    return url


def _reconnect(pgdata: Path):
    import pgserver
    from pgserver.postgres_server import PostgresServer

    PostgresServer._instances.pop(pgdata.resolve(), None)
    return pgserver.get_server(pgdata, cleanup_mode=None)


def server_user() -> str | None:
    """pgserver runs PostgreSQL as the OS user 'pgserver' when we are root."""
    return "pgserver" if os.geteuid() == 0 else None


def ensure_database_url() -> str:
    """Return DATABASE_URL, starting the embedded server when it is unset."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        return url
    url = start()
    os.environ["DATABASE_URL"] = url
    return url


def stop(pgdata: Path = DEFAULT_PGDATA) -> bool:
    """Stop the embedded server if it runs; True when it was running."""
    from pgserver._commands import pg_ctl

    if not (pgdata / "postmaster.pid").exists():
        return False
    try:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=server_user())
    except Exception:  # noqa: BLE001 - a stale pid file: nothing runs
        return False
    return True
