"""Shared test world: the foundations of Wedde and Ulrum and their people.

The two tenants are provisioned once per session (schema creation is real
work); each test then runs in a transaction that is rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client
from django_tenants.utils import schema_context

PASSWORD = "geheim-wachtwoord-42"


@dataclass
class Wereld:
    wedde: object
    ulrum: object
    coordinator_wedde: object
    vrijwilliger_wedde: object
    bestuur_wedde: object
    coordinator_ulrum: object


def _activate_totp(user) -> None:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())


@pytest.fixture(scope="session")
def wereld(django_db_setup, django_db_blocker) -> Wereld:
    from tenants.models import Lidmaatschap, User
    from tenants.services import lidmaatschap_grant, public_tenant_ensure, tenant_provision

    with django_db_blocker.unblock():
        public_tenant_ensure()
        wedde = tenant_provision(
            slug="wedde",
            naam="Wedde dat 't lukt",
            gemeente="Westerwolde",
            dorpen=["Wedde", "Vriescheloo"],
            coordinator_email="anne@wedde.example",
            coordinator_password=PASSWORD,
        )
        ulrum = tenant_provision(
            slug="ulrum",
            naam="DörpsZörg Ulrum",
            gemeente="Het Hogeland",
            dorpen=["Ulrum"],
            soort="vrijwillig",
            coordinator_email="ulla@ulrum.example",
            coordinator_password=PASSWORD,
        )
        _activate_totp(wedde.coordinator)
        _activate_totp(ulrum.coordinator)
        vrijwilliger = User.objects.create_user("bert@wedde.example", PASSWORD)
        lidmaatschap_grant(
            user=vrijwilliger, organisatie=wedde.organisatie, rol=Lidmaatschap.Rol.VRIJWILLIGER
        )
        bestuur = User.objects.create_user("bea@wedde.example", PASSWORD)
        lidmaatschap_grant(
            user=bestuur, organisatie=wedde.organisatie, rol=Lidmaatschap.Rol.BESTUUR
        )
    return Wereld(
        wedde=wedde.organisatie,
        ulrum=ulrum.organisatie,
        coordinator_wedde=wedde.coordinator,
        vrijwilliger_wedde=vrijwilliger,
        bestuur_wedde=bestuur,
        coordinator_ulrum=ulrum.coordinator,
    )


@pytest.fixture
def wedde_db(wereld, db):
    """Run the test's ORM code inside Wedde's schema."""
    with schema_context(wereld.wedde.schema_name):
        yield wereld.wedde


def host_of(organisatie) -> str:
    return organisatie.domains.get(is_primary=True).domain


@pytest.fixture
def client_for(db):
    """A test client on a tenant's host, optionally logged in as someone."""

    def make(organisatie=None, user=None) -> Client:
        host = host_of(organisatie) if organisatie is not None else "localhost"
        client = Client(HTTP_HOST=host)
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def wedde_demo(wedde_db, wereld):
    """Wedde's schema seeded as `noaber demo` seeds it (residents, then MDO/activities/history)."""
    from faker import Faker

    from kern.demo import seed_tenant as kern_seed
    from rapportage.demo import seed_tenant

    faker = Faker("nl_NL")
    faker.seed_instance("test-wedde")
    kern_seed(organisatie=wereld.wedde, faker=faker, residents=12)
    seed_tenant(organisatie=wereld.wedde, faker=faker, residents=12)
    return wereld.wedde
