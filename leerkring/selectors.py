"""Reads of the Leerkring, each in a fixed number of queries.

Lists are paged; related rows come with select_related / prefetch_related, so
the number of queries of a page does not grow with the number of posts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import F, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from ada import selectors as ada_selectors
from ada.models import Voorbeeldproject
from leerkring import policy
from leerkring.models import (
    ZOEKTAAL,
    Antwoord,
    Bericht,
    Bijeenkomst,
    Deelname,
    Melding,
    Profiel,
    Reactie,
    Thema,
    Verslag,
    VerslagReactie,
)
from tenants.models import Lidmaatschap, User

PER_PAGINA = 20
ZOEK_MAX = 20


def _berichten() -> QuerySet[Bericht]:
    return (
        Bericht.objects.filter(verborgen=False)
        .select_related("auteur", "organisatie")
        .prefetch_related("themas")
        .defer("zoekvector")
    )


def _pagina(qs, nummer) -> Page:
    return Paginator(qs, PER_PAGINA).get_page(nummer)


# --- access helpers -----------------------------------------------------------------------


def access_bericht(user: User, bericht_id: int) -> Bericht:
    policy.require_lid(user)
    bericht = (
        Bericht.objects.select_related("auteur", "organisatie", "nuttig_antwoord")
        .defer("zoekvector")
        .filter(pk=bericht_id)
        .first()
    )
    if bericht is None or (bericht.verborgen and not policy.is_staf(user)):
        raise Http404
    return bericht


def access_reactie(user: User, bericht: Bericht, reactie_id: int) -> Reactie:
    reactie = Reactie.objects.filter(pk=reactie_id, bericht=bericht).first()
    if reactie is None or (reactie.verborgen and not policy.is_staf(user)):
        raise Http404
    return reactie


def access_thema(slug: str) -> Thema:
    thema = Thema.objects.filter(slug=slug).first()
    if thema is None:
        raise Http404
    return thema


def access_bijeenkomst(user: User, bijeenkomst_id: int) -> Bijeenkomst:
    policy.require_lid(user)
    bijeenkomst = (
        Bijeenkomst.objects.select_related("organisator").filter(pk=bijeenkomst_id).first()
    )
    if bijeenkomst is None:
        raise Http404
    return bijeenkomst


def access_deelname(user: User, bijeenkomst: Bijeenkomst) -> Deelname:
    deelname = (
        Deelname.objects.select_related("bijeenkomst")
        .filter(bijeenkomst=bijeenkomst, user=user)
        .first()
    )
    if deelname is None:
        raise Http404
    return deelname


def access_organisator(user: User, bijeenkomst_id: int) -> Bijeenkomst:
    bijeenkomst = access_bijeenkomst(user, bijeenkomst_id)
    if bijeenkomst.organisator_id != user.pk and not policy.is_staf(user):
        raise PermissionDenied("Alleen de organisator")
    return bijeenkomst


def access_verslag(user: User, bijeenkomst_id: int) -> Verslag:
    policy.require_lid(user)
    verslag = Verslag.objects.filter(bijeenkomst_id=bijeenkomst_id).first()
    if verslag is None:
        raise Http404
    return verslag


def access_melding(user: User, melding_id: int) -> Melding:
    policy.require_staf(user)
    melding = Melding.objects.filter(pk=melding_id, afgehandeld=False).first()
    if melding is None:
        raise Http404
    return melding


# --- members ----------------------------------------------------------------------------


@dataclass
class LidProfiel:
    user: User
    profiel: Profiel | None
    organisaties: list
    berichten: list
    is_staf: bool


def lid_profiel(user_id: int) -> LidProfiel:
    """A member's page: their name, their village initiative(s) and their posts. 4 queries."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        raise Http404
    organisaties = [
        lid.organisatie
        for lid in Lidmaatschap.objects.filter(user=user, actief=True)
        .select_related("organisatie__gemeente")
        .order_by("organisatie__naam")
    ]
    if not organisaties and not policy.is_staf(user):
        raise Http404
    profiel = Profiel.objects.filter(user=user).first()
    berichten = list(
        Bericht.objects.filter(auteur=user, verborgen=False)
        .defer("zoekvector")
        .order_by("-aangemaakt_op")[:10]
    )
    return LidProfiel(user, profiel, organisaties, berichten, policy.is_staf(user))


def leden(pagina) -> Page:
    """Everyone in the Leerkring, with their initiatives (2 queries + count)."""
    qs = (
        User.objects.filter(is_active=True)
        .filter(Q(is_platformstaf=True) | Q(lidmaatschappen__actief=True))
        .distinct()
        .order_by("first_name", "email")
        .prefetch_related(
            Prefetch(
                "lidmaatschappen",
                queryset=Lidmaatschap.objects.filter(actief=True).select_related("organisatie"),
                to_attr="actieve_lidmaatschappen",
            )
        )
    )
    return _pagina(qs, pagina)


def mijn_profiel(user: User) -> Profiel | None:
    return Profiel.objects.filter(user=user).prefetch_related("gevolgde_themas").first()


# --- Praktijk -----------------------------------------------------------------------------


@dataclass
class Praktijk:
    berichten: Page
    themas: list[Thema]
    thema: Thema | None = None
    volgt: bool = False


def praktijk(*, user: User, pagina=1, thema: Thema | None = None) -> Praktijk:
    """The list of posts, newest first, optionally for one theme. 4–5 queries."""
    qs = _berichten()
    if thema is not None:
        qs = qs.filter(themas=thema)
    volgt = bool(
        thema is not None and Profiel.objects.filter(user=user, gevolgde_themas=thema).exists()
    )
    return Praktijk(_pagina(qs, pagina), list(Thema.objects.all()), thema, volgt)


@dataclass
class BerichtDetail:
    bericht: Bericht
    reacties: list[Reactie]
    themas: list[Thema]
    mag_markeren: bool
    is_staf: bool


def bericht_detail(*, user: User, bericht: Bericht) -> BerichtDetail:
    """A post with its replies. 2 queries after access_bericht."""
    zichtbaar = Reactie.objects.filter(bericht=bericht).select_related("auteur", "organisatie")
    if not policy.is_staf(user):
        zichtbaar = zichtbaar.filter(verborgen=False)
    reacties = sorted(
        zichtbaar.defer("zoekvector"), key=lambda r: r.pk != bericht.nuttig_antwoord_id
    )  # the answer that helped comes first; sorted() is stable for the rest
    return BerichtDetail(
        bericht=bericht,
        reacties=reacties,
        themas=list(bericht.themas.all()),
        mag_markeren=bericht.auteur_id == user.pk and bericht.soort == Bericht.Soort.VRAAG,
        is_staf=policy.is_staf(user),
    )


@dataclass
class Zoekresultaat:
    soort: str  # bericht | reactie | verslag
    titel: str
    fragment: str
    rank: float
    bericht_id: int | None = None
    bijeenkomst_id: int | None = None


def zoeken(q: str) -> list[Zoekresultaat]:
    """Dutch full-text search over posts, replies and reports: 3 queries, no more.

    Only Leerkring tables are searched; nothing here can reach a tenant schema.
    """
    q = (q or "").replace("\x00", "").strip()[:200]  # PostgreSQL text holds no NUL
    if not q:
        return []
    query = SearchQuery(q, config=ZOEKTAAL, search_type="websearch")
    resultaten: list[Zoekresultaat] = []
    for b in (
        Bericht.objects.filter(zoekvector=query, verborgen=False)
        .annotate(rank=SearchRank(F("zoekvector"), query))
        .only("id", "titel", "tekst")
        .order_by("-rank", "-id")[:ZOEK_MAX]
    ):
        resultaten.append(Zoekresultaat("bericht", b.titel, b.tekst[:200], b.rank, b.pk))
    for r in (
        Reactie.objects.filter(zoekvector=query, verborgen=False, bericht__verborgen=False)
        .annotate(rank=SearchRank(F("zoekvector"), query), bericht_titel=F("bericht__titel"))
        .only("id", "tekst", "bericht_id")
        .order_by("-rank", "-id")[:ZOEK_MAX]
    ):
        resultaten.append(
            Zoekresultaat("reactie", r.bericht_titel, r.tekst[:200], r.rank, r.bericht_id)
        )
    for v in (
        Verslag.objects.filter(zoekvector=query)
        .annotate(rank=SearchRank(F("zoekvector"), query), titel=F("bijeenkomst__titel"))
        .only("id", "tekst", "bijeenkomst_id")
        .order_by("-rank", "-id")[:ZOEK_MAX]
    ):
        resultaten.append(
            Zoekresultaat(
                "verslag", v.titel, v.tekst[:200], v.rank, bijeenkomst_id=v.bijeenkomst_id
            )
        )
    resultaten.sort(key=lambda r: r.rank, reverse=True)
    return resultaten


# --- Bijeenkomsten ---------------------------------------------------------------------------


@dataclass
class Bijeenkomsten:
    komend: list[Bijeenkomst]
    geweest: Page
    mijn_deelnames: set[int]


def bijeenkomsten(*, user: User, pagina=1) -> Bijeenkomsten:
    nu = timezone.now()
    komend = list(
        Bijeenkomst.objects.filter(begint_op__gte=nu)
        .select_related("organisator")
        .order_by("begint_op")[:50]
    )
    geweest = _pagina(
        Bijeenkomst.objects.filter(begint_op__lt=nu).select_related("organisator", "verslag"),
        pagina,
    )
    mijn = set(
        Deelname.objects.filter(user=user, bijeenkomst__begint_op__gte=nu).values_list(
            "bijeenkomst_id", flat=True
        )
    )
    return Bijeenkomsten(komend, geweest, mijn)


@dataclass
class BijeenkomstDetail:
    bijeenkomst: Bijeenkomst
    vragen: list
    deelname: Deelname | None
    mijn_antwoorden: dict[int, str]
    is_organisator: bool
    verslag: Verslag | None
    verslag_reacties: list = field(default_factory=list)


def bijeenkomst_detail(*, user: User, bijeenkomst: Bijeenkomst) -> BijeenkomstDetail:
    vragen = list(bijeenkomst.vragen.all())
    deelname = (
        Deelname.objects.filter(bijeenkomst=bijeenkomst, user=user)
        .prefetch_related("antwoorden")
        .first()
    )
    antwoorden = {a.vraag_id: a.tekst for a in deelname.antwoorden.all()} if deelname else {}
    verslag = Verslag.objects.filter(bijeenkomst=bijeenkomst).defer("zoekvector").first()
    reacties = (
        list(
            VerslagReactie.objects.filter(verslag=verslag, verborgen=False).select_related(
                "auteur", "organisatie"
            )
        )
        if verslag
        else []
    )
    return BijeenkomstDetail(
        bijeenkomst=bijeenkomst,
        vragen=vragen,
        deelname=deelname,
        mijn_antwoorden=antwoorden,
        is_organisator=bijeenkomst.organisator_id == user.pk or policy.is_staf(user),
        verslag=verslag,
        verslag_reacties=reacties,
    )


@dataclass
class Deelnemers:
    """What the organiser sees: who comes, and all answers side by side per question."""

    deelnames: list[Deelname]
    per_vraag: list[tuple[object, list[Antwoord]]]


def deelnemers(*, bijeenkomst: Bijeenkomst) -> Deelnemers:
    deelnames = list(
        Deelname.objects.filter(bijeenkomst=bijeenkomst).select_related("user", "organisatie")
    )
    vragen = list(
        bijeenkomst.vragen.prefetch_related(
            Prefetch(
                "antwoorden",
                queryset=Antwoord.objects.select_related(
                    "deelname__user", "deelname__organisatie"
                ).order_by("deelname__aangemeld_op"),
            )
        )
    )
    return Deelnemers(deelnames, [(v, list(v.antwoorden.all())) for v in vragen])


# --- moderation -------------------------------------------------------------------------------


@dataclass
class Moderatie:
    meldingen: list[Melding]
    projecten: list[Voorbeeldproject]


def moderatie() -> Moderatie:
    meldingen = list(
        Melding.objects.filter(afgehandeld=False)
        .select_related("melder", "bericht", "reactie__bericht")
        .order_by("aangemaakt_op")[:100]
    )
    return Moderatie(meldingen, ada_selectors.projecten_ter_beoordeling())
