"""Leerkring pages on the public host, one module per noun. Thin: parse, call one service or
selector, render. leerkring.urls reads the views from here."""

from leerkring.views.bijeenkomsten import (
    aanmelden,
    bijeenkomst,
    bijeenkomst_nieuw,
    bijeenkomsten,
    deelnemers,
    verslag_bewerken,
    verslag_reageren,
    vragenlijst,
)
from leerkring.views.leden import home, leden, lid, profiel_bewerken
from leerkring.views.moderatie import melding_afhandelen, moderatie, project_beoordelen
from leerkring.views.praktijk import (
    bericht,
    bericht_nieuw,
    melden,
    nuttig,
    praktijk,
    reageren,
    thema,
    thema_volgen,
    zoeken,
    zoeken_api,
)

__all__ = [
    "aanmelden",
    "bericht",
    "bericht_nieuw",
    "bijeenkomst",
    "bijeenkomst_nieuw",
    "bijeenkomsten",
    "deelnemers",
    "home",
    "leden",
    "lid",
    "melden",
    "melding_afhandelen",
    "moderatie",
    "nuttig",
    "praktijk",
    "profiel_bewerken",
    "project_beoordelen",
    "reageren",
    "thema",
    "thema_volgen",
    "verslag_bewerken",
    "verslag_reageren",
    "vragenlijst",
    "zoeken",
    "zoeken_api",
]
