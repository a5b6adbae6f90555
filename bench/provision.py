"""Provisioning a foundation: clone the template schema vs. replay every migration.

Run from the repo root: .venv/bin/python bench/provision.py [--rounds N]
Both ways go through the same service (tenants.services.tenant_provision),
interleaved so machine noise hits both alike. Last line:
provision clone_ms=<median> migrate_ms=<median> ratio=<migrate/clone> tables=<per tenant>
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import fresh_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    fresh_database("noaber_bench_provision")

    from django.db import connection
    from django.test import override_settings

    from tenants.services import tenant_provision

    def provision(slug: str) -> float:
        started = time.perf_counter()
        tenant_provision(
            slug=slug,
            naam=f"Bench {slug}",
            gemeente="Westerwolde",
            dorpen=["Wedde"],
            coordinator_email=f"coordinator@{slug}.example",
        )
        return (time.perf_counter() - started) * 1000

    clone_ms, migrate_ms = [], []
    provision("opwarmen")  # first clone installs the clone function; not counted
    for i in range(args.rounds):
        clone_ms.append(provision(f"kloon-{i}"))
        with override_settings(TENANT_CREATION_FAKES_MIGRATIONS=False):
            migrate_ms.append(provision(f"migreer-{i}"))
        print(f"round {i}: clone {clone_ms[-1]:.0f} ms, migrate {migrate_ms[-1]:.0f} ms")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 't_kloon_0'"
        )
        tables = cursor.fetchone()[0]
        cursor.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 't_migreer_0'"
        )
        assert cursor.fetchone()[0] == tables, "both ways must build the same schema"
    clone, migrate = statistics.median(clone_ms), statistics.median(migrate_ms)
    print(
        f"provision clone_ms={clone:.0f} migrate_ms={migrate:.0f} "
        f"ratio={migrate / clone:.2f} tables={tables}"
    )


if __name__ == "__main__":
    main()
