"""Writes on the tenant registry: provisioning foundations and memberships."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator, validate_email
from django.db import connection, transaction
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from noaber.errors import BestaatAl, NietGevonden, ValidatieFout
from tenants.models import Domain, Dorp, Gemeente, Lidmaatschap, Organisatie, User

logger = logging.getLogger(__name__)

SLUG_RE = re.compile(r"^[a-z][a-z0-9-]{1,38}[a-z0-9]$")
RESERVED_SLUGS = {"public", "www", "admin", "api", "static", "media", "kaart", "template"}


@dataclass(frozen=True)
class Provisioned:
    organisatie: Organisatie
    domain: Domain
    coordinator: User
    coordinator_is_new: bool


def schema_name_for(slug: str) -> str:
    return "t_" + slug.replace("-", "_")


def _validate_slug(slug: str) -> None:
    if not SLUG_RE.match(slug) or slug in RESERVED_SLUGS:
        raise ValidatieFout(
            format_lazy(
                _(
                    "Ongeldige korte naam '{slug}': gebruik 3 tot 40 kleine letters, cijfers of "
                    "streepjes, beginnend met een letter."
                ),
                slug=slug,
            ),
            field="slug",
        )
    if Organisatie.objects.filter(slug=slug).exists():
        raise BestaatAl(
            format_lazy(_("Er bestaat al een organisatie met korte naam '{slug}'."), slug=slug),
            field="slug",
        )


def _find_gemeente(naam: str) -> Gemeente:
    gemeente = (
        Gemeente.objects.filter(naam__iexact=naam.strip()).first()
        or Gemeente.objects.filter(slug=naam.strip().lower()).first()
    )
    if gemeente is None:
        raise NietGevonden(
            format_lazy(_("Onbekende gemeente '{naam}'."), naam=naam), field="gemeente"
        )
    return gemeente


def _find_dorpen(gemeente: Gemeente, namen: list[str]) -> list[Dorp]:
    dorpen = []
    for naam in namen:
        dorp = gemeente.dorpen.filter(naam__iexact=naam.strip()).first()
        if dorp is None:
            raise NietGevonden(
                format_lazy(
                    _("Onbekend dorp '{dorp}' in gemeente {gemeente}."),
                    dorp=naam,
                    gemeente=gemeente.naam,
                ),
                field="dorpen",
            )
        dorpen.append(dorp)
    return dorpen


def _validate_domain(domain: str) -> None:
    try:
        DomainNameValidator(accept_idna=False)(domain)
    except ValidationError as exc:
        raise ValidatieFout(
            format_lazy(_("Ongeldig domein '{domain}'."), domain=domain), field="domain"
        ) from exc
    if Domain.objects.filter(domain=domain).exists():
        raise BestaatAl(
            format_lazy(_("Het domein '{domain}' is al in gebruik."), domain=domain), field="domain"
        )


def _validate_email(email: str) -> None:
    try:
        validate_email(email)
    except ValidationError as exc:
        raise ValidatieFout(
            format_lazy(_("Ongeldig e-mailadres '{email}'."), email=email),
            field="coordinator_email",
        ) from exc


def tenant_provision(
    *,
    slug: str,
    naam: str,
    gemeente: str,
    dorpen: list[str],
    coordinator_email: str,
    soort: str = Organisatie.Soort.BETAALD,
    status: str = Organisatie.Status.ACTIEF,
    domain: str | None = None,
    coordinator_password: str | None = None,
) -> Provisioned:
    """Create a foundation: tenant row, schema (cloned), domain, first coordinator.

    Everything happens in one transaction: PostgreSQL DDL is transactional, so a
    failure at any step leaves no schema, no domain and no account behind.
    """
    slug = (slug or "").strip().lower()
    naam = (naam or "").strip()
    coordinator_email = (coordinator_email or "").strip().lower()
    domain = (domain or f"{slug}.{settings.NOABER_DOMAIN}").strip().lower()

    _validate_slug(slug)
    if not naam or len(naam) > 200:
        raise ValidatieFout(_("Geef de organisatie een naam (hoogstens 200 tekens)."), field="naam")
    if soort not in Organisatie.Soort.values or soort == Organisatie.Soort.KOEPEL:
        raise ValidatieFout(
            format_lazy(_("Onbekende soort ondersteuning '{s}'."), s=soort), field="soort"
        )
    if status not in Organisatie.Status.values:
        raise ValidatieFout(format_lazy(_("Onbekende status '{s}'."), s=status), field="status")
    gemeente_obj = _find_gemeente(gemeente)
    dorp_objs = _find_dorpen(gemeente_obj, dorpen)
    _validate_domain(domain)
    _validate_email(coordinator_email)

    with transaction.atomic():
        organisatie = Organisatie(
            schema_name=schema_name_for(slug),
            slug=slug,
            naam=naam,
            soort=soort,
            status=status,
            gemeente=gemeente_obj,
        )
        organisatie.save(verbosity=0)  # clones the template schema (TENANT_BASE_SCHEMA)
        organisatie.dorpen.set(dorp_objs)
        domain_obj = Domain.objects.create(domain=domain, tenant=organisatie, is_primary=True)
        coordinator = User.objects.filter(email__iexact=coordinator_email).first()
        is_new = coordinator is None
        if is_new:
            coordinator = User.objects.create_user(coordinator_email, coordinator_password)
        Lidmaatschap.objects.create(
            user=coordinator, organisatie=organisatie, rol=Lidmaatschap.Rol.COORDINATOR
        )
    connection.set_schema_to_public()
    if not connection.in_atomic_block:
        # Cloning fills this backend's catalogue cache with the new schema's relations; a
        # worker that provisions hundreds of tenants on one connection slowed from ~1 s to
        # ~15 s a clone (bench/overview.py). A fresh connection costs a few milliseconds.
        connection.close()
    logger.info("organisatie aangemaakt", extra={"slug": slug, "schema": organisatie.schema_name})
    return Provisioned(organisatie, domain_obj, coordinator, is_new)


def lidmaatschap_grant(*, user: User, organisatie: Organisatie, rol: str) -> Lidmaatschap:
    """Give a person a role in a foundation (or change the role they have)."""
    if rol not in Lidmaatschap.Rol.values:
        raise ValidatieFout(format_lazy(_("Onbekende rol '{rol}'."), rol=rol), field="rol")
    lid, created = Lidmaatschap.objects.get_or_create(
        user=user, organisatie=organisatie, defaults={"rol": rol}
    )
    if not created and (lid.rol != rol or not lid.actief):
        lid.rol, lid.actief = rol, True
        lid.save(update_fields=["rol", "actief"])
    return lid


def public_tenant_ensure() -> Organisatie:
    """The shared layer's own tenant row (schema ``public``) and its domain."""
    public, _created = Organisatie.objects.get_or_create(
        schema_name="public",
        defaults={
            "slug": "public",
            "naam": "Groninger Dorpen",
            "soort": Organisatie.Soort.KOEPEL,
        },
    )
    Domain.objects.get_or_create(
        domain=settings.NOABER_DOMAIN, defaults={"tenant": public, "is_primary": True}
    )
    return public
