"""Provisioning a foundation: fast (cloned), complete, and all-or-nothing."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django_tenants.clone import CloneSchema

from noaber.errors import BestaatAl, NietGevonden, ValidatieFout
from tenants.models import Domain, Lidmaatschap, Organisatie, User
from tenants.services import tenant_provision

pytestmark = pytest.mark.django_db


def schema_exists(name: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [name])
        return cursor.fetchone() is not None


def tables_in(schema: str) -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", [schema]
        )
        return {row[0] for row in cursor.fetchall()}


def provision_noordbroek(**overrides):
    kwargs = {
        "slug": "noordbroek",
        "naam": "Zorgcoöperatie Noordbroek",
        "gemeente": "Midden-Groningen",
        "dorpen": ["Noordbroek"],
        "soort": "zorgcooperatie",
        "coordinator_email": "coordinator@noordbroek.example",
    }
    kwargs.update(overrides)
    return tenant_provision(**kwargs)


def nothing_left_behind(slug="noordbroek", email="coordinator@noordbroek.example"):
    assert not schema_exists("t_" + slug.replace("-", "_"))
    assert not Organisatie.objects.filter(slug=slug).exists()
    assert not Domain.objects.filter(domain__startswith=f"{slug}.").exists()
    assert not User.objects.filter(email=email).exists()


def test_nieuwe_organisatie_krijgt_schema_domein_en_coordinator(wereld, monkeypatch):
    clones = []
    original = CloneSchema.clone_schema

    def spy(self, base, new, *args, **kwargs):
        clones.append((base, new))
        return original(self, base, new, *args, **kwargs)

    monkeypatch.setattr(CloneSchema, "clone_schema", spy)
    result = provision_noordbroek()

    assert clones == [("noaber_template", "t_noordbroek")]  # the fast path was taken
    assert tables_in("t_noordbroek") == tables_in("noaber_template")
    assert "kern_inwoner" in tables_in("t_noordbroek")
    assert result.domain.domain == "noordbroek.localhost"
    lid = Lidmaatschap.objects.get(user=result.coordinator, organisatie=result.organisatie)
    assert lid.rol == Lidmaatschap.Rol.COORDINATOR
    assert [d.naam for d in result.organisatie.dorpen.all()] == ["Noordbroek"]


def test_template_volgt_alle_migraties(wereld):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT app, name FROM noaber_template.django_migrations "
            "EXCEPT SELECT app, name FROM t_wedde.django_migrations"
        )
        assert cursor.fetchall() == []
    assert tables_in("noaber_template") == tables_in("t_wedde")


def test_dubbele_korte_naam_wordt_geweigerd(wereld):
    with pytest.raises(BestaatAl, match="wedde"):
        provision_noordbroek(slug="wedde")


def test_onbekende_gemeente_laat_niets_achter(wereld):
    with pytest.raises(NietGevonden, match="Atlantis"):
        provision_noordbroek(gemeente="Atlantis")
    nothing_left_behind()


def test_ongeldig_domein_laat_niets_achter(wereld):
    with pytest.raises(ValidatieFout, match="domein"):
        provision_noordbroek(domain="niet geldig!")
    nothing_left_behind()


def test_ongeldige_korte_naam(wereld):
    for slug in ["", "a", "public", "x" * 50, "met spatie", "-streep"]:
        with pytest.raises(ValidatieFout):
            provision_noordbroek(slug=slug)


def test_fout_halverwege_laat_geen_schema_domein_of_account_achter(wereld, monkeypatch):
    """The schema is already cloned when the membership fails: all of it rolls back."""

    def boom(*args, **kwargs):
        raise RuntimeError("database viel weg")

    monkeypatch.setattr(Lidmaatschap.objects, "create", boom)
    with pytest.raises(RuntimeError):
        provision_noordbroek()
    nothing_left_behind()


def test_cli_maakt_organisatie(wereld, capsys):
    call_command(
        "tenant",
        "create",
        "grijpskerk",
        "Dorpsloket Grijpskerk",
        "--gemeente",
        "Westerkwartier",
        "--dorp",
        "Grijpskerk",
        "--soort",
        "dorpsloket",
        "--coordinator",
        "loket@grijpskerk.example",
    )
    assert "aangemaakt" in capsys.readouterr().out
    assert Organisatie.objects.filter(slug="grijpskerk").exists()


def test_cli_weigert_met_nederlandse_en_engelse_melding(wereld):
    with pytest.raises(CommandError) as excinfo:
        call_command(
            "tenant",
            "create",
            "wedde",
            "Nog een Wedde",
            "--gemeente",
            "Westerwolde",
            "--coordinator",
            "x@wedde.example",
        )
    message = str(excinfo.value)
    assert "Er bestaat al een organisatie" in message
    assert "already exists" in message


def test_cli_onbekende_gemeente(wereld):
    with pytest.raises(CommandError, match="Onbekende gemeente"):
        call_command(
            "tenant",
            "create",
            "nergens",
            "Nergens",
            "--gemeente",
            "Atlantis",
            "--coordinator",
            "x@nergens.example",
        )
    nothing_left_behind("nergens", "x@nergens.example")
