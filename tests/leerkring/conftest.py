"""Leerkring test world: the ADA toolbox content, a staff member and helpers (tests/ada too).

Named people come from tests.conftest (coordinator of Wedde, volunteer of
Wedde, coordinator of Ulrum as the outsider); here we add Groninger Dorpen's
staff and an account without any membership.
"""

from __future__ import annotations

import pytest

from leerkring import services
from leerkring.models import Bericht
from tests.conftest import PASSWORD, _activate_totp


@pytest.fixture
def toolbox(db, wereld):
    from ada.demo import toolbox_seed

    toolbox_seed()


@pytest.fixture
def staf(db):
    from tenants.models import User

    user = User.objects.create_user(
        "sanne@groningerdorpen.example", PASSWORD, is_platformstaf=True, first_name="Sanne"
    )
    _activate_totp(user)
    return user


@pytest.fixture
def buitenstaander(db):
    """A global account without any membership: not a Leerkring member."""
    from tenants.models import User

    return User.objects.create_user("piet@elders.example", PASSWORD)


@pytest.fixture
def maak_bericht():
    def make(
        auteur,
        titel="Vervoer naar het ziekenhuis",
        tekst="Hoe regelen jullie dit?",
        themas=("vervoer",),
        soort=Bericht.Soort.VRAAG,
    ):
        return services.bericht_create(
            auteur=auteur, soort=soort, titel=titel, tekst=tekst, thema_slugs=list(themas)
        )

    return make


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded photos of a test go to a temporary folder, not var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
