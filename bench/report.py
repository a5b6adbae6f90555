"""The quarterly overview on ten years of a busy foundation: time and query count.

Run from the repo root: .venv/bin/python bench/report.py [--rounds N] [--jaren 10] [--per-jaar 400]
It builds a tenant of its own database, seeds `jaren` × `per-jaar` help requests (plus hours
and monthly activities), then builds the overview of the last year `rounds` times. To show
the query count does not grow with the data, it also counts the queries on a tenant with a
tenth of the data. Last line:
report rows=<requests> ms=<median> queries=<count> queries_small=<count on the small tenant>
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import fresh_database  # noqa: E402


def seed(slug: str, *, jaren: list[int], per_jaar: int) -> object:
    from datetime import datetime, timedelta
    from datetime import time as dtime

    from django.utils import timezone
    from django_tenants.utils import tenant_context

    from activiteiten.models import Activiteit, Activiteitsoort, Inschrijving
    from kern.models import Inwoner, Urenregistratie, Vrijwilliger
    from rapportage.demo import seed_hulpvraag_historie
    from tenants.services import tenant_provision

    org = tenant_provision(
        slug=slug,
        naam=f"Bench {slug}",
        gemeente="Westerwolde",
        dorpen=["Wedde", "Vriescheloo"],
        coordinator_email=f"coordinator@{slug}.example",
    ).organisatie
    rng = random.Random(slug)  # noqa: S311
    with tenant_context(org):
        dorpen = list(org.dorpen.all())
        inwoners = Inwoner.objects.bulk_create(
            Inwoner(voornaam=f"I{i}", achternaam="Bench", dorp=dorpen[i % len(dorpen)])
            for i in range(300)
        )
        seed_hulpvraag_historie(per_jaar={j: per_jaar for j in jaren}, inwoners=inwoners, rng=rng)
        vrijwilligers = Vrijwilliger.objects.bulk_create(
            Vrijwilliger(voornaam=f"V{i}", achternaam="Bench", eigen_auto=i % 3 == 0)
            for i in range(60)
        )
        soort = Activiteitsoort.objects.create(
            naam="Samen aan tafel", slug="samen-aan-tafel", prijs_deelnemer=Decimal("1")
        )
        for jaar in jaren:
            acts = Activiteit.objects.bulk_create(
                Activiteit(
                    soort=soort,
                    titel="Samen aan tafel",
                    begint_op=timezone.make_aware(datetime(jaar, m, 15, 18)),
                    locatie="Dorpshuis",
                    capaciteit=60,
                    prijs_deelnemer=Decimal("1"),
                    prijs_vriend=Decimal("7.5"),
                )
                for m in range(1, 13)
            )
            Inschrijving.objects.bulk_create(
                Inschrijving(activiteit=a, naam="gast", aanwezig=rng.random() < 0.9)
                for a in acts
                for _ in range(40)
            )
            Urenregistratie.objects.bulk_create(
                Urenregistratie(
                    vrijwilliger=rng.choice(vrijwilligers),
                    datum=timezone.make_aware(
                        datetime.combine(
                            datetime(jaar, 1, 1).date() + timedelta(days=rng.randrange(365)),
                            dtime(12),
                        )
                    ).date(),
                    uren=Decimal(rng.choice([1, 1.5, 2])),
                )
                for _ in range(per_jaar * 2)
            )
    return org


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--jaren", type=int, default=10)
    parser.add_argument("--per-jaar", type=int, default=400)
    args = parser.parse_args()
    fresh_database("noaber_bench_report")

    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django_tenants.utils import tenant_context

    from kern.models import Hulpvraag
    from rapportage.exports import to_xlsx
    from rapportage.selectors import kwartaaloverzicht

    jaren = list(range(2026 - args.jaren, 2026))
    groot = seed("groot", jaren=jaren, per_jaar=args.per_jaar)
    klein = seed("klein", jaren=jaren[-1:], per_jaar=max(args.per_jaar // 10, 1))

    def queries(org) -> int:
        with tenant_context(org), CaptureQueriesContext(connection) as ctx:
            kwartaaloverzicht(jaar=jaren[-1])
        # django-tenants prefixes a cursor with `SET search_path`; count the real reads.
        return sum(1 for q in ctx.captured_queries if not q["sql"].startswith("SET search_path"))

    with tenant_context(groot):
        rows = Hulpvraag.objects.count()
        kwartaaloverzicht(jaar=jaren[-1])  # warm-up
        ms = []
        for i in range(args.rounds):
            started = time.perf_counter()
            rapport = kwartaaloverzicht(jaar=jaren[-1])
            ms.append((time.perf_counter() - started) * 1000)
            print(f"round {i}: {ms[-1]:.1f} ms")
        started = time.perf_counter()
        xlsx = to_xlsx([kwartaaloverzicht(jaar=j) for j in jaren])
        export_ms = (time.perf_counter() - started) * 1000
        print(f"all-years XLSX: {len(xlsx)} bytes in {export_ms:.0f} ms")
        trend = rapport.tabellen[-1]
        print("requests per year:", dict(zip(trend.kolommen, trend.rijen[0].waarden, strict=True)))
    q_groot, q_klein = queries(groot), queries(klein)
    assert q_groot == q_klein, "the query count must not depend on the number of rows"
    print(
        f"report rows={rows} ms={statistics.median(ms):.1f} queries={q_groot} "
        f"queries_small={q_klein}"
    )


if __name__ == "__main__":
    main()
