"""The demo: the inventory's initiatives as tenants, with fictional people.

Idempotent: running it again adds nothing that is already there.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.module_loading import import_string
from django_tenants.utils import tenant_context

from tenants import inventaris
from tenants.models import Lidmaatschap, Organisatie, User
from tenants.rollen import TOTP_VERPLICHT
from tenants.services import lidmaatschap_grant, public_tenant_ensure, tenant_provision

DEMO_PASSWORD = "noaber-demo"  # noqa: S105 - printed on purpose: fictional demo accounts
DEMO_ROLES = [
    Lidmaatschap.Rol.COORDINATOR,
    Lidmaatschap.Rol.VRIJWILLIGER,
    Lidmaatschap.Rol.BESTUUR,
    Lidmaatschap.Rol.ALLEEN_LEZEN,
]
# Each app seeds its own part of the demo; tenant seeders run inside the tenant's schema.
TENANT_SEEDERS = ["kern.demo.seed_tenant", "rapportage.demo.seed_tenant"]
PUBLIC_SEEDERS = ["inventaris.demo.seed", "ada.demo.seed", "leerkring.demo.seed"]
STAFF_EMAIL = "staf@groningerdorpen.example"
MULTI_EMAIL = "ondersteuner@groningen.example"


def demo_email(rol: str, slug: str) -> str:
    return f"{rol}@{slug}.example"


def demo_totp_secret(email: str) -> str:
    """A stable TOTP secret per demo account, so the printed secret keeps working."""
    digest = hashlib.sha256(f"noaber-demo-totp:{email}".encode()).digest()[:20]
    return base64.b32encode(digest).decode()


@dataclass
class DemoAccounts:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # org, rol, email, totp


def _ensure_user(email: str, **extra) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, DEMO_PASSWORD, **extra)
    return user


def _ensure_totp(user: User) -> str:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    secret = demo_totp_secret(user.email)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, secret)
    return secret


def seed_demo(*, residents_per_tenant: int = 12, seed: int = 2019) -> DemoAccounts:
    from faker import Faker

    accounts = DemoAccounts()
    public_tenant_ensure()
    staff = _ensure_user(STAFF_EMAIL, is_platformstaf=True, first_name="Staf")
    accounts.rows.append(("Groninger Dorpen", "staf", STAFF_EMAIL, _ensure_totp(staff)))

    for item in inventaris.demo_initiatieven():
        organisatie = Organisatie.objects.filter(slug=item["slug"]).first()
        coordinator_email = demo_email("coordinator", item["slug"])
        if organisatie is None:
            organisatie = tenant_provision(
                slug=item["slug"],
                naam=item["naam"],
                gemeente=item["gemeente"],
                dorpen=item["dorpen"],
                soort=item["soort"],
                status=item["status"],
                coordinator_email=coordinator_email,
                coordinator_password=DEMO_PASSWORD,
            ).organisatie
        for rol in DEMO_ROLES:
            email = demo_email(rol, item["slug"])
            user = _ensure_user(email, first_name=rol.replace("-", " ").capitalize())
            lidmaatschap_grant(user=user, organisatie=organisatie, rol=rol)
            secret = _ensure_totp(user) if rol in TOTP_VERPLICHT else ""
            accounts.rows.append((organisatie.naam, rol, email, secret))
        faker = Faker("nl_NL")
        faker.seed_instance(f"{seed}-{item['slug']}")
        with transaction.atomic(), tenant_context(organisatie):
            for seeder in TENANT_SEEDERS:
                import_string(seeder)(
                    organisatie=organisatie, faker=faker, residents=residents_per_tenant
                )

    # One person who works for two foundations, to show switching between them.
    multi = _ensure_user(MULTI_EMAIL, first_name="Gerda", last_name="(demo)")
    for slug, rol in (
        ("wedde", Lidmaatschap.Rol.BESTUUR),
        ("ulrum", Lidmaatschap.Rol.VRIJWILLIGER),
    ):
        org = Organisatie.objects.filter(slug=slug).first()
        if org is not None:
            lidmaatschap_grant(user=multi, organisatie=org, rol=rol)
    accounts.rows.append(("Wedde + Ulrum", "bestuur/vrijwilliger", MULTI_EMAIL, ""))
    for seeder in PUBLIC_SEEDERS:
        import_string(seeder)(accounts=accounts)
    return accounts
