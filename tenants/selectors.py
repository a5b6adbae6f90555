"""Reads on the tenant registry."""

from __future__ import annotations

from django.db.models import QuerySet

from tenants.models import Lidmaatschap, Organisatie, User


def lidmaatschap_for(user: User, organisatie: Organisatie) -> Lidmaatschap | None:
    if not user.is_authenticated or organisatie.is_public:
        return None
    return (
        Lidmaatschap.objects.filter(user=user, organisatie=organisatie, actief=True)
        .select_related("organisatie")
        .first()
    )


def lidmaatschappen_of(user: User) -> QuerySet[Lidmaatschap]:
    """The foundations a person may switch between, with their primary domain."""
    return (
        Lidmaatschap.objects.filter(user=user, actief=True)
        .select_related("organisatie")
        .prefetch_related("organisatie__domains")
        .order_by("organisatie__naam")
    )


def initiatieven() -> QuerySet[Organisatie]:
    return Organisatie.objects.exclude(schema_name="public").select_related("gemeente")
