"""The `noaber` command: Django's manage.py plus the embedded database.

With DATABASE_URL unset it starts (or reuses) the embedded PostgreSQL in
var/pgdata and runs in local development mode (DEBUG on).
"""

from __future__ import annotations

import os
import sys
import warnings

# pgserver warns when XDG_RUNTIME_DIR is unset; the fallback it picks is fine.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")


def setup_environment() -> None:
    """Point Django at our settings and at a running database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "noaber.settings")
    if not os.environ.get("DATABASE_URL"):
        os.environ.setdefault("DEBUG", "true")
    from noaber.embedded_db import ensure_database_url

    ensure_database_url()


def main(argv: list[str] | None = None) -> None:
    argv = argv or sys.argv
    if argv[1:2] == ["db-stop"]:
        from noaber.embedded_db import DEFAULT_PGDATA, stop

        running = stop()
        print(
            f"noaber: ingebouwde PostgreSQL in {DEFAULT_PGDATA} "
            + ("gestopt" if running else "draaide niet")
        )
        return
    setup_environment()
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
