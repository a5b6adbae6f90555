"""The English catalogues: complete, one translation per Dutch text, compiled, and in use.

Each app keeps its own catalogue (scripts/messages.py), but Django merges them all into one
lookup: a Dutch text translated two ways would lose one of them without a word.
"""

from __future__ import annotations

import gettext
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("noaber_messages", ROOT / "scripts/messages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # a dataclass looks up its module while it is made
    spec.loader.exec_module(module)
    return module


messages = _script()
CATALOGUES = {app: messages.catalogue(app) for app in messages.APPS}

# Per catalogue a Dutch text only it translates, and the English; a new app adds one.
VOORBEELDEN = {
    "platform": (None, "Pagina niet gevonden", "Page not found"),
    "tenants": (None, "medewerker Groninger Dorpen", "Groninger Dorpen staff member"),
    "inventaris": ("inventaris", "aanmelding", "application"),
    "leerkring": (None, "Leerkring dorpsondersteuners", "Leerkring of village support workers"),
    "ada": (None, "Zoeken in de toolbox", "Search the toolbox"),
    "kern": (None, "Aandachtslijst", "Watch list"),
    "mdo": (None, "MDO: overleg over complexe hulpvragen", "MDO: meeting on complex help requests"),
    "activiteiten": (None, "Openbare aanmeldpagina", "Public sign-up page"),
    "rapportage": (None, "Kwartaaloverzicht %(jaar)s", "Quarterly overview %(jaar)s"),
}


def _mo_catalogus(mo: Path) -> dict:
    """What Django reads from a .mo; the bytes may differ between gettext versions."""
    with mo.open("rb") as f:
        return gettext.GNUTranslations(f)._catalog


def test_elke_app_in_de_lijst_heeft_een_catalogus_die_django_leest():
    op_schijf = {p.parents[3].relative_to(ROOT).as_posix() for p in ROOT.glob("*/locale/*/*/*.po")}
    assert op_schijf == set(messages.APPS), "scripts/messages.py APPS and the catalogues differ"
    for app in messages.APPS:
        if app == "platform":
            assert ROOT / "platform/locale" in settings.LOCALE_PATHS
        else:
            assert app in settings.INSTALLED_APPS, f"Django does not read {app}'s catalogue"


@pytest.mark.parametrize("app", messages.APPS)
def test_catalogus_is_helemaal_vertaald_en_niets_is_vaag(app):
    assert messages.unfinished(CATALOGUES[app]) == [], f"{app}: translate these in its django.po"


def test_een_nederlandse_tekst_heeft_in_alle_catalogi_dezelfde_vertaling():
    # Translate both the same, or give the other meaning a context (pgettext).
    assert messages.conflicts(CATALOGUES) == []


def test_conflict_noemt_de_tekst_en_beide_apps(tmp_path):
    kop = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    (tmp_path / "a.po").write_text(kop + 'msgid "aanmelding"\nmsgstr "sign-up"\n')
    (tmp_path / "b.po").write_text(
        kop + 'msgid "aanmelding"\nmsgstr "application"\n\n'
        'msgctxt "inventaris"\nmsgid "aanmelding"\nmsgstr "application"\n'
    )
    gevonden = messages.conflicts(
        {"activiteiten": tmp_path / "a.po", "inventaris": tmp_path / "b.po"}
    )
    assert gevonden == ["'aanmelding': activiteiten 'sign-up' ≠ inventaris 'application'"]


@pytest.mark.parametrize("app", messages.APPS)
def test_mo_is_gecompileerd_uit_de_huidige_po(app, tmp_path):
    po = CATALOGUES[app]
    vers = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check-format", "-o", vers, po], check=True)
    assert _mo_catalogus(po.with_suffix(".mo")) == _mo_catalogus(vers), (
        f"{app}: django.mo is behind django.po; run scripts/messages.py"
    )


@pytest.mark.parametrize("app", messages.APPS)
def test_engels_komt_uit_de_catalogus_van_de_app(app):
    assert app in VOORBEELDEN, f"give {app} a sample text in VOORBEELDEN"
    context, nederlands, engels = VOORBEELDEN[app]
    in_catalogus = [
        a
        for a, po in CATALOGUES.items()
        if any((e.context, e.msgid) == (context, nederlands) for e in messages.read_po(po))
    ]
    assert in_catalogus == [app]
    with translation.override("en"):
        if context:
            assert translation.pgettext(context, nederlands) == engels
        else:
            assert translation.gettext(nederlands) == engels
    with translation.override("nl"):
        assert translation.gettext(nederlands) == nederlands


def test_aanmelding_is_in_de_inventaris_een_aanvraag_en_elders_een_inschrijving():
    with translation.override("en"):
        assert translation.pgettext("inventaris", "aanmelding") == "application"
        assert translation.pgettext("inventaris", "aanmeldingen") == "applications"
        # The sign-ups elsewhere have their own nouns now (activiteiten, leerkring).
        assert translation.gettext("inschrijving") == "sign-up"
        assert translation.gettext("deelnames") == "sign-ups"
