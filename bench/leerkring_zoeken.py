"""Dutch full-text search in the Leerkring: does the GIN index keep it fast as posts grow?

Run from the repo root: .venv/bin/python bench/leerkring_zoeken.py [--posts N] [--rounds R]
Fills a fresh database with N posts (and one reply each), then times
leerkring.selectors.zoeken (3 queries: posts, replies, reports) and checks that
the plan for a selective term uses the GIN index (for a term in ~1/12 of the
posts PostgreSQL rightly prefers a sequential scan). Last line:
leerkring_zoeken posts=<N> p50_ms=<median> p95_ms=<p95> queries=<per search> gin=<yes|no>
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _setup import fresh_database  # noqa: E402

WOORDEN = [
    "vrijwilligers", "vervoer", "eenzaamheid", "huisarts", "mantelzorger", "dorpshuis",
    "financiering", "subsidie", "privacy", "maaltijd", "spreekuur", "boodschappen",
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    fresh_database("noaber_bench_leerkring")

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from leerkring import selectors, services
    from leerkring.models import Bericht, Reactie
    from tenants.models import User

    user = User.objects.create_user("bench@groningerdorpen.example", is_platformstaf=True)
    posts = Bericht.objects.bulk_create(
        Bericht(
            soort="vraag",
            titel=f"Vraag {i} over {WOORDEN[i % len(WOORDEN)]}",
            # one topic word per post among filler words: a term matches ~1/12 of posts
            tekst=" ".join(
                [WOORDEN[i % len(WOORDEN)], *(f"woord{(i * 31 + k) % 5000}" for k in range(30))]
            ),
            auteur=user,
        )
        for i in range(args.posts)
    )
    replies = Reactie.objects.bulk_create(
        Reactie(bericht=b, tekst=f"Antwoord over {WOORDEN[b.pk % len(WOORDEN)]}", auteur=user)
        for b in posts
    )
    services.berichten_index([b.pk for b in posts])
    services.reacties_index([r.pk for r in replies])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE leerkring_bericht; ANALYZE leerkring_reactie")
        cursor.execute(
            "EXPLAIN SELECT id FROM leerkring_bericht "
            "WHERE zoekvector @@ websearch_to_tsquery('dutch', 'woord123') "
            "ORDER BY ts_rank(zoekvector, websearch_to_tsquery('dutch', 'woord123')) DESC "
            "LIMIT 20"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    timings = []
    for i in range(args.rounds):
        term = ["vrijwilliger", "eenzaam", "mantelzorgers", "vervoer"][i % 4]
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            found = selectors.zoeken(term)
            timings.append((time.perf_counter() - start) * 1000)
        assert found, term
    queries = len([q for q in ctx.captured_queries if not q["sql"].startswith("SET ")])
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    gin = "yes" if "leerkring_bericht_zoek" in plan else "no"
    print(
        f"leerkring_zoeken posts={args.posts} p50_ms={statistics.median(timings):.1f} "
        f"p95_ms={p95:.1f} queries={queries} gin={gin}"
    )


if __name__ == "__main__":
    main()
