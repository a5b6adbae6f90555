"""Tenants publish their anonymous counts to the shared layer.

Why this design: the provincial overview must not loop over 1,000 schemas per page
view. Instead each tenant's services ask for a publish of the quarters they touched
(`kern.aggregates.publicatie_schedule`, the contract); after their commit this module
recounts those quarters in the tenant's schema and upserts them into public summary
tables. A scheduled reconcile (`noaber inventaris_publiceer`) recounts everything, to
catch writes no service made (bulk_create, raw SQL, restores) and quarters that emptied.
The overview then reads a few small GROUP BYs from the public schema.

This is the only module of the shared layer that reads tenant data, and only through
`kern.aggregates`; `InventarisConfig.ready` registers `publish_schema` there.

Only counts leave the tenant: category slugs outside the standard list are folded into
"overig", because a tenant may name its own categories freely.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context

from kern import aggregates

logger = logging.getLogger(__name__)

STANDAARD_CATEGORIEEN = (
    "vervoer",
    "formulieren",
    "klusjes",
    "bezoek",
    "aandacht",
    "respijtzorg",
    "taal",
    "overig",
)
TELLINGEN = (
    "hulpvragen",
    *(f"hulpvragen_{slug}" for slug in STANDAARD_CATEGORIEEN),
    "vrijwilligers_actief",
    "activiteiten",
    "mdo_overleggen",
)


@dataclass
class PublishReport:
    """What a reconcile did: how many tenants published, which schemas failed."""

    published: int = 0
    failed: list[str] = field(default_factory=list)


def _stand(organisatie, cijfers: aggregates.Kwartaalcijfers):
    from inventaris.models import Kwartaalstand

    per_categorie = dict.fromkeys(STANDAARD_CATEGORIEEN, 0)
    for slug, n in cijfers.hulpvragen_per_categorie.items():
        per_categorie[slug if slug in per_categorie else "overig"] += int(n)
    return Kwartaalstand(
        organisatie_id=organisatie.pk,
        gemeente_id=organisatie.gemeente_id,
        kwartaal=cijfers.kwartaal,
        hulpvragen=sum(per_categorie.values()),
        vrijwilligers_actief=int(cijfers.vrijwilligers_actief),
        activiteiten=int(cijfers.activiteiten),
        mdo_overleggen=int(cijfers.mdo_overleggen),
        **{f"hulpvragen_{slug}": n for slug, n in per_categorie.items()},
    )


def _lock_tenant(organisatie) -> None:
    """One publish per tenant at a time, until this transaction ends.

    The upserts alone cannot fail on each other, but two publishes that read before and
    write after one another could leave the older count on top. Serialised, the last one
    to run reads after every commit that asked for it.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtext('inventaris.publish'), %s)", [organisatie.pk]
        )


def publish_tenant(organisatie, *, kwartalen: Collection[date] | None = None) -> None:
    """Recount one tenant's quarters (all when `kwartalen` is None) and upsert them.

    Quarters without any count have no row: the full recount deletes rows of quarters
    that no longer have data, a partial one deletes the touched quarters that emptied.
    Safe to run concurrently for the same tenant.
    """
    from inventaris.models import Kwartaalstand, Publicatie

    with transaction.atomic():
        _lock_tenant(organisatie)
        with schema_context(organisatie.schema_name):
            cijfers = aggregates.kwartaalcijfers(kwartalen=kwartalen)
            laatste = aggregates.laatste_activiteit()
        with schema_context(get_public_schema_name()):
            standen = [_stand(organisatie, k) for k in cijfers if not k.leeg]
            Kwartaalstand.objects.bulk_create(
                standen,
                update_conflicts=True,
                unique_fields=["organisatie", "kwartaal"],
                update_fields=["gemeente", *TELLINGEN],
            )
            oud = Kwartaalstand.objects.filter(organisatie_id=organisatie.pk)
            if kwartalen is None:
                oud = oud.exclude(kwartaal__in=[s.kwartaal for s in standen])
            else:
                oud = oud.filter(kwartaal__in=[k.kwartaal for k in cijfers if k.leeg])
            oud.delete()
            Publicatie.objects.bulk_create(
                [
                    Publicatie(
                        organisatie_id=organisatie.pk,
                        laatste_activiteit=laatste,
                        bijgewerkt_op=timezone.now(),
                    )
                ],
                update_conflicts=True,
                unique_fields=["organisatie"],
                update_fields=["laatste_activiteit", "bijgewerkt_op"],
            )


def publish_schema(schema_name: str, kwartalen: frozenset[date]) -> None:
    """The after-commit publisher (registered in kern.aggregates); logs, never raises.

    The tenant's own write has already committed; a failed publish only makes the
    overview staler until the next reconcile, which the page shows.
    """
    from tenants.models import Organisatie

    try:
        with schema_context(get_public_schema_name()):
            organisatie = Organisatie.objects.filter(schema_name=schema_name).first()
        if organisatie is not None:
            publish_tenant(organisatie, kwartalen=kwartalen)
    except Exception:
        logger.exception("publiceren van cijfers mislukt voor %s", schema_name)


def publish_all(organisaties: Iterable | None = None) -> PublishReport:
    """The reconcile job: recount every tenant (or the given ones) in full.

    A failing tenant is logged with its schema and skipped; the others still publish.
    """
    from tenants.models import Organisatie

    if organisaties is None:
        organisaties = Organisatie.objects.exclude(schema_name=get_public_schema_name())
    report = PublishReport()
    for organisatie in organisaties:
        try:
            publish_tenant(organisatie)
        except Exception:
            logger.exception("publiceren van cijfers mislukt voor %s", organisatie.schema_name)
            report.failed.append(organisatie.schema_name)
        else:
            report.published += 1
    return report
