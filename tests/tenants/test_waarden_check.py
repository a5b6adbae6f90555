"""waarden_check finds stored values that no service would have let in, and names them."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context

from kern.models import Contactmoment, Hulpvraag, Inwoner, Vrijwilliger
from tests.kern import factories as f

pytestmark = pytest.mark.django_db


def _check(*args) -> tuple[str, str | None]:
    stdout = io.StringIO()
    try:
        call_command("waarden_check", *args, stdout=stdout)
    except CommandError as fout:
        return stdout.getvalue(), str(fout)
    return stdout.getvalue(), None


def test_binnen_de_regels_eindigt_de_controle_gewoon(wereld):
    with schema_context(wereld.wedde.schema_name):
        f.hulpvraag(inwoner=f.inwoner())
    uit, fout = _check()
    assert fout is None, uit
    assert "Alle opgeslagen waarden vallen binnen de regels (3 schema's gecontroleerd)" in uit


def test_waarden_langs_de_services_heen_worden_gevonden_en_genoemd(wereld):
    with schema_context(wereld.wedde.schema_name):
        geesje = f.inwoner()
        hv = f.hulpvraag(inwoner=geesje)
        jan = f.vrijwilliger()
        contact = Contactmoment.objects.filter(
            inwoner=geesje
        ).first() or Contactmoment.objects.create(
            inwoner=geesje, soort="telefoon", op=timezone.now(), samenvatting="Gebeld"
        )
        # As a bulk update, the admin or a restore would write them: no full_clean.
        Inwoner.objects.filter(pk=geesje.pk).update(
            geboortedatum=timezone.localdate() + timedelta(days=30)
        )
        Hulpvraag.objects.filter(pk=hv.pk).update(geschatte_uren="99.9", kanaal="postduif")
        Vrijwilliger.objects.filter(pk=jan.pk).update(beschikbaarheid=["maandagochtend"])
        with connection.cursor() as cursor:  # a year-1 time Python cannot even read back
            cursor.execute(
                "UPDATE kern_contactmoment SET op = '0001-01-01 12:00+00' WHERE id = %s",
                [contact.pk],
            )
    uit, fout = _check("--slug", "wedde")
    assert fout is not None and "5 opgeslagen waarden in 5 velden" in fout
    schema = wereld.wedde.schema_name
    assert f"{schema}: kern.Inwoner.geboortedatum in de toekomst: id {geesje.pk}" in uit
    assert f"{schema}: kern.Hulpvraag.geschatte_uren groter dan 24: id {hv.pk}" in uit
    assert f"{schema}: kern.Hulpvraag.kanaal geen van de keuzes: id {hv.pk}" in uit
    assert (
        f"{schema}: kern.Vrijwilliger.beschikbaarheid voldoet niet aan de regel: id {jan.pk}" in uit
    )
    assert f"{schema}: kern.Contactmoment.op buiten 1900–2100: id {contact.pk}" in uit
    # Ulrum was not asked about, and is clean anyway.
    assert wereld.ulrum.schema_name not in uit


def test_onbekende_organisatie_is_een_fout(wereld):
    _uit, fout = _check("--slug", "bestaat-niet")
    assert fout == "Onbekende organisatie: bestaat-niet"
