"""Tenants publish their anonymous counts to the shared layer (transactional outbox).

Why this design: the provincial overview must not loop over 1,000 schemas per
page view. Instead each tenant pushes its counts (kern.aggregates, the
contract) into public summary tables right after a change commits, and a
scheduled reconcile (`noaber inventaris_publiceer`) republishes everything
to catch writes that send no signals (bulk_create, raw SQL, restores). The
overview then reads a few small GROUP BYs from the public schema.

Only counts leave the tenant: category slugs outside the standard list are
folded into "overig", because a tenant may name its own categories freely.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context

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


def _schema_is_tenant(schema_name: str) -> bool:
    from django.conf import settings

    return schema_name not in (get_public_schema_name(), settings.TENANT_BASE_SCHEMA, "")


def publish_tenant(organisatie) -> None:
    """Recompute one tenant's counts in its schema and replace its public rows."""
    from inventaris.models import Kwartaalstand, Publicatie
    from kern.aggregates import kwartaalcijfers, laatste_activiteit

    with schema_context(organisatie.schema_name):
        cijfers = kwartaalcijfers()
        laatste = laatste_activiteit()
    standen = []
    for k in cijfers:
        per_categorie = dict.fromkeys(STANDAARD_CATEGORIEEN, 0)
        for slug, n in k.hulpvragen_per_categorie.items():
            per_categorie[slug if slug in per_categorie else "overig"] += int(n)
        standen.append(
            Kwartaalstand(
                organisatie_id=organisatie.pk,
                gemeente_id=organisatie.gemeente_id,
                kwartaal=k.kwartaal,
                hulpvragen=sum(per_categorie.values()),
                vrijwilligers_actief=int(k.vrijwilligers_actief),
                activiteiten=int(k.activiteiten),
                mdo_overleggen=int(k.mdo_overleggen),
                **{f"hulpvragen_{slug}": n for slug, n in per_categorie.items()},
            )
        )
    with schema_context(get_public_schema_name()), transaction.atomic():
        Kwartaalstand.objects.filter(organisatie_id=organisatie.pk).delete()
        Kwartaalstand.objects.bulk_create(standen)
        Publicatie.objects.update_or_create(
            organisatie_id=organisatie.pk,
            defaults={"laatste_activiteit": laatste, "bijgewerkt_op": timezone.now()},
        )


def publish_schema(schema_name: str) -> None:
    """Publish for the tenant that owns `schema_name`; failures are logged, not raised.

    The tenant's own write has already committed; a failed publish only makes
    the overview staler until the next reconcile, which the page shows.
    """
    from tenants.models import Organisatie

    try:
        with schema_context(get_public_schema_name()):
            organisatie = Organisatie.objects.filter(schema_name=schema_name).first()
        if organisatie is not None:
            publish_tenant(organisatie)
    except Exception:
        logger.exception("publiceren van cijfers mislukt", extra={"schema": schema_name})


def publish_all(organisaties: Iterable | None = None) -> int:
    """The reconcile job: republish every tenant (or the given ones)."""
    from tenants.models import Organisatie

    if organisaties is None:
        organisaties = Organisatie.objects.exclude(schema_name=get_public_schema_name())
    n = 0
    for organisatie in organisaties:
        publish_tenant(organisatie)
        n += 1
    return n


def _schedule_publish(sender, **kwargs) -> None:
    """Outbox entry: after this transaction commits, publish this tenant once."""
    if sender._meta.app_label != "kern":
        return
    schema_name = getattr(connection, "schema_name", "")
    if not _schema_is_tenant(schema_name):
        return
    # One publish per tenant per transaction: the pending callbacks list is
    # Django's own, so a rollback discards ours with it.
    for entry in connection.run_on_commit:
        if getattr(entry[1], "inventaris_schema", None) == schema_name:
            return

    def run() -> None:
        publish_schema(schema_name)

    run.inventaris_schema = schema_name  # type: ignore[attr-defined]
    transaction.on_commit(run)


def connect() -> None:
    post_save.connect(_schedule_publish, dispatch_uid="inventaris_publish_save")
    post_delete.connect(_schedule_publish, dispatch_uid="inventaris_publish_delete")
