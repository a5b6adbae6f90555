"""Shared set-up for benchmarks: a fresh database of their own on the same server."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]


def fresh_database(name: str) -> None:
    """Point Django at a new, empty database `name` and migrate it."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("NOABER_QUIET", "1")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    from noaber.cli import setup_environment

    setup_environment()
    import psycopg
    from psycopg import sql

    base = os.environ["DATABASE_URL"]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    os.environ["DATABASE_URL"] = urlunsplit(urlsplit(base)._replace(path=f"/{name}"))

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate_schemas", interactive=False, verbosity=0)
    from tenants.services import public_tenant_ensure

    public_tenant_ensure()
