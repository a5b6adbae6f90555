"""How fast the coordinator's daily pages answer with a big foundation.

Run from the repo root: .venv/bin/python bench/kern_werk.py [--rounds N]
Fills one tenant with 10,000 residents, 1,000 volunteers and 10,000 help requests,
then times ranking volunteers for a request, the dashboard and the one-box search
(median of N rounds, after one warm-up). Last line:
kern_werk kandidaten_ms=<median> kandidaten_queries=<n> dashboard_ms=<median>
dashboard_queries=<n> zoek_naam_ms=<median> zoek_telefoon_ms=<median> vrijwilligers=<n> inwoners=<n>
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
    fresh_database("noaber_bench_kern")

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django_tenants.utils import tenant_context

    from kern.matching import kandidaten
    from kern.models import Categorie, Hulpvraag, Inwoner, Vrijwilliger
    from kern.selectors import dashboard_for, inwoners_search
    from tenants.services import tenant_provision

    org = tenant_provision(
        slug="groot",
        naam="Grote stichting",
        gemeente="Westerwolde",
        dorpen=["Wedde", "Vriescheloo", "Veelerveen"],
        coordinator_email="coordinator@groot.example",
    ).organisatie
    with tenant_context(org):
        dorpen = list(org.dorpen.all())
        cats = list(Categorie.objects.all())
        inwoners = Inwoner.objects.bulk_create(
            Inwoner(
                voornaam=f"Inwoner{i}",
                achternaam=f"Achternaam{i % 997}",
                straat=f"Dorpsstraat {i}",
                dorp=dorpen[i % 3],
                telefoon=f"06-00{i:06d}",
            )
            for i in range(10_000)
        )
        vrijwilligers = Vrijwilliger.objects.bulk_create(
            Vrijwilliger(voornaam=f"V{i}", achternaam="Test", beschikbaarheid=["ma-ochtend"])
            for i in range(1_000)
        )
        through = Vrijwilliger.categorieen.through
        through.objects.bulk_create(
            through(vrijwilliger=v, categorie=cats[i % len(cats)])
            for i, v in enumerate(vrijwilligers)
        )
        dorp_through = Vrijwilliger.dorpen.through
        dorp_through.objects.bulk_create(
            dorp_through(vrijwilliger=v, dorp=dorpen[i % 3]) for i, v in enumerate(vrijwilligers)
        )
        Hulpvraag.objects.bulk_create(
            Hulpvraag(
                inwoner=inwoners[i],
                kanaal="telefoon",
                categorie=cats[i % len(cats)],
                omschrijving="Vraag",
            )
            for i in range(10_000)
        )
        hv = Hulpvraag.objects.select_related("inwoner__dorp", "categorie").first()

        def timed(fn):
            fn()  # warm-up
            runs = []
            for _ in range(args.rounds):
                started = time.perf_counter()
                fn()
                runs.append((time.perf_counter() - started) * 1000)
            with CaptureQueriesContext(connection) as ctx:
                fn()
            # django-tenants sends a SET search_path before each statement outside a
            # transaction; count only the statements that read data.
            echte = [q for q in ctx.captured_queries if not q["sql"].startswith("SET ")]
            return statistics.median(runs), len(echte)

        kand_ms, kand_q = timed(lambda: kandidaten(hv))
        dash_ms, dash_q = timed(lambda: dashboard_for(lidmaatschap=None))
        naam_ms, _ = timed(lambda: inwoners_search("Achternaam42"))
        tel_ms, _ = timed(lambda: inwoners_search("06-00004242"))
        print(
            f"kern_werk kandidaten_ms={kand_ms:.0f} kandidaten_queries={kand_q} "
            f"dashboard_ms={dash_ms:.0f} dashboard_queries={dash_q} "
            f"zoek_naam_ms={naam_ms:.0f} zoek_telefoon_ms={tel_ms:.0f} "
            f"vrijwilligers={len(vrijwilligers)} inwoners={len(inwoners)}"
        )


if __name__ == "__main__":
    main()
