"""The provincial overview at 1,000 tenants: summary tables vs. a loop over schemas.

Run from the repo root: .venv/bin/python bench/overview.py [--tenants N]

1. provisions N tenants through tenants.services.tenant_provision (clone path),
2. generates a few hundred help requests and some volunteers per tenant in bulk
   (one INSERT … SELECT generate_series per schema),
3. publishes every tenant once (the reconcile job, `noaber inventaris_publiceer`,
   since bulk inserts go through no service, so they ask for no publish),
4. requests /overzicht/ as Groninger Dorpen staff through the whole Django stack,
   first as built (reads the public summary tables), then with the gathering
   swapped for the naive per-schema loop (schema_context + kern.aggregates in
   each of the N schemas), rendering the same template; checks both agree.

Last line:
overview tenants=N p95_ms=<summary tables> naive_p95_ms=<loop> ratio=<naive/ours>
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import fresh_database  # noqa: E402

HULPVRAGEN_SQL = """
INSERT INTO {schema}.kern_hulpvraag
  (aanvrager, aanvrager_naam, aanvrager_contact, kanaal, categorie_id, omschrijving,
   terugkerend, urgentie, professionele_zorg, status, bron, aangemaakt_op,
   buiten_grenzen, verwijsadvies, dagdelen)
SELECT 'inwoner', '', '', 'telefoon',
       (SELECT id FROM {schema}.kern_categorie ORDER BY id OFFSET (g %% 8) LIMIT 1),
       'bench', false, 'normaal', false, 'afgerond', 'intern',
       now() - (random() * interval '720 days'),
       false, '', '[]'::jsonb
FROM generate_series(1, %s) AS g
"""
VRIJWILLIGERS_SQL = """
INSERT INTO {schema}.kern_vrijwilliger
  (voornaam, achternaam, telefoon, email, beschikbaarheid, eigen_auto, max_uren_per_maand,
   status, aangemaakt_op)
SELECT 'Bench', 'Vrijwilliger ' || g, '', '', '[]', false, 8,
       CASE WHEN g %% 5 = 0 THEN 'gestopt' ELSE 'actief' END, now()
FROM generate_series(1, %s) AS g
"""


DB_NAME = "noaber_bench_overview"


def reuse_database(name: str) -> None:
    """Point Django at an earlier run's database; migrate only the public schema."""
    import os
    from urllib.parse import urlsplit, urlunsplit

    from _setup import ROOT

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("NOABER_QUIET", "1")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    from noaber.cli import setup_environment

    setup_environment()
    base = os.environ["DATABASE_URL"]
    os.environ["DATABASE_URL"] = urlunsplit(urlsplit(base)._replace(path=f"/{name}"))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def provision_and_fill(start: int, n_tenants: int, rng) -> float:
    """Steps 1 and 2: provision tenants start..n-1 (timed), then bulk-insert their work.

    The connection is renewed every 25 tenants: each clone reinstalls django-tenants'
    clone function, and one long-lived backend grows (1 GB after ~90 clones here)
    and slows down to seconds per clone.
    """
    from django.db import connection

    from tenants.models import Gemeente, Organisatie
    from tenants.services import tenant_provision

    gemeenten = [(g.naam, [d.naam for d in g.dorpen.all()]) for g in Gemeente.objects.all()]
    started = time.perf_counter()
    for i in range(start, n_tenants):
        if i % 25 == 0:
            connection.close()
        naam, dorpen = gemeenten[i % len(gemeenten)]
        tenant_provision(
            slug=f"bench-{i:04d}",
            naam=f"Bench {i:04d}",
            gemeente=naam,
            dorpen=[rng.choice(dorpen)],
            coordinator_email=f"c{i}@bench.example",
        )
        if i and i % 50 == 0:
            el = time.perf_counter() - started
            print(f"provisioned {i} tenants in {el:.0f} s", flush=True)
    provision_s = time.perf_counter() - started
    done = max(n_tenants - start, 1)
    print(
        f"provisioned {n_tenants - start} tenants in {provision_s:.0f} s "
        f"({provision_s / done * 1000:.0f} ms each)",
        flush=True,
    )

    started = time.perf_counter()
    totaal = 0
    with connection.cursor() as cur:
        # Only tenants that never published: a resumed run (--reuse) fills the new ones.
        for org in Organisatie.objects.exclude(schema_name="public").filter(
            publicatie__isnull=True
        ):
            n = rng.randint(200, 400)
            totaal += n
            cur.execute(HULPVRAGEN_SQL.format(schema=org.schema_name), [n])
            cur.execute(VRIJWILLIGERS_SQL.format(schema=org.schema_name), [rng.randint(3, 40)])
    print(f"generated {totaal} help requests in {time.perf_counter() - started:.0f} s", flush=True)
    return provision_s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=60, help="requests of the real page")
    parser.add_argument("--naive-runs", type=int, default=12, help="requests with the loop")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the tenants of an earlier run (skips provisioning and data generation)",
    )
    args = parser.parse_args()
    if args.reuse:
        reuse_database(DB_NAME)
    else:
        fresh_database(DB_NAME)

    import random

    from django.test import Client
    from django_tenants.utils import schema_context

    from inventaris import publish, selectors
    from tenants.models import Organisatie, User

    rng = random.Random(6)
    existing = Organisatie.objects.exclude(schema_name="public").count()
    provision_s = None
    if args.reuse and existing >= args.tenants:
        print(f"reusing {existing} tenants of an earlier run", flush=True)
    else:
        provision_s = provision_and_fill(existing, args.tenants, rng)

    # 3. publish all (reconcile job)
    organisaties = list(Organisatie.objects.exclude(schema_name="public").order_by("slug"))
    started = time.perf_counter()
    publish.publish_all(organisaties)
    publish_s = time.perf_counter() - started
    print(f"published {len(organisaties)} tenants in {publish_s:.1f} s", flush=True)

    # 4. measure
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    staf = User.objects.filter(email="staf@bench.example").first()
    if staf is None:
        staf = User.objects.create_user("staf@bench.example", "x", is_platformstaf=True)
        TOTP.activate(staf, generate_totp_secret())
    client = Client(HTTP_HOST="localhost")
    client.force_login(staf)

    def timed(n: int) -> list[float]:
        out = []
        for _ in range(n):
            t = time.perf_counter()
            response = client.get("/overzicht/")
            out.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, response.status_code
        return out

    real_overzicht = selectors.overzicht

    def naive_overzicht(**kwargs):
        """The loop we avoid: enter every schema on each page view."""
        from kern.aggregates import kwartaalcijfers, laatste_activiteit

        echte = real_overzicht(**kwargs)  # page chrome (tenant list, paging)
        per_kwartaal: dict = {}
        per_cat: dict = {}
        for org in Organisatie.objects.exclude(schema_name="public"):
            with schema_context(org.schema_name):
                cijfers = kwartaalcijfers()
                laatste_activiteit()
            for k in cijfers:
                som = sum(k.hulpvragen_per_categorie.values())
                per_kwartaal[k.kwartaal] = per_kwartaal.get(k.kwartaal, 0) + som
                for slug, n in k.hulpvragen_per_categorie.items():
                    per_cat.setdefault(slug, {})
                    per_cat[slug][k.kwartaal] = per_cat[slug].get(k.kwartaal, 0) + n
        echte.provincie["hulpvragen"] = selectors.Reeks(
            echte.provincie["hulpvragen"].naam,
            "hulpvragen",
            [selectors.maskeer(per_kwartaal.get(k)) for k in echte.kwartalen],
        )
        echte.categorieen = [
            selectors.Reeks(
                s, s, [selectors.maskeer(per_cat.get(s, {}).get(k)) for k in echte.kwartalen]
            )
            for s in publish.STANDAARD_CATEGORIEEN
        ]
        return echte

    # Both gatherings must agree before their speed is compared.
    ours = selectors.overzicht()
    loop = naive_overzicht()
    assert [a.tekst for a in ours.provincie["hulpvragen"].waarden] == [
        a.tekst for a in loop.provincie["hulpvragen"].waarden
    ], "summary tables and the loop disagree"

    timed(5)  # warm-up: catalog caches, template loading
    ours_ms = timed(args.runs)
    with mock.patch.object(selectors, "overzicht", naive_overzicht):
        timed(1)
        naive_ms = timed(args.naive_runs)
    ours_p95, naive_p95 = p95(ours_ms), p95(naive_ms)
    print(
        f"ours: median {statistics.median(ours_ms):.1f} ms; "
        f"loop: median {statistics.median(naive_ms):.0f} ms",
        flush=True,
    )
    if provision_s is not None:
        print(f"provisioning took {provision_s:.0f} s; publishing all took {publish_s:.1f} s")
    print(
        f"overview tenants={len(organisaties)} p95_ms={ours_p95:.1f} "
        f"naive_p95_ms={naive_p95:.0f} ratio={naive_p95 / ours_p95:.1f}"
    )


if __name__ == "__main__":
    main()
