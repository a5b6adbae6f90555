"""The shared layer's cast: a Groninger Dorpen staff member and helpers to publish."""

from __future__ import annotations

import pytest

from tests.conftest import PASSWORD, _activate_totp


@pytest.fixture
def staf(db):
    from tenants.models import User

    user = User.objects.create_user(
        "gea@groningerdorpen.example", PASSWORD, is_platformstaf=True, first_name="Gea"
    )
    _activate_totp(user)
    return user


@pytest.fixture
def staf_client(client_for, staf):
    return client_for(None, staf)


def maak_hulpvragen(aantal: int, *, categorie: str = "vervoer", **extra) -> list:
    """Help requests in the current schema, through the service (each asks for its publish)."""
    from kern.models import Categorie, Hulpvraag
    from kern.services import hulpvraag_create

    cat = Categorie.objects.get(slug=categorie)
    return [
        hulpvraag_create(
            door=None,
            kanaal=Hulpvraag.Kanaal.TELEFOON,
            categorie=cat,
            omschrijving="Vervoer naar de huisarts",
            **extra,
        )
        for _ in range(aantal)
    ]


@pytest.fixture(autouse=True)
def _gedeelde_laag(wereld):
    """Every shared-layer test needs the public tenant (host `localhost`) and the world."""
    return wereld
