"""Who may do what inside a foundation: the one place kern's roles are enforced.

Schemas already separate foundations (tenants.middleware requires a membership
of *this* tenant). Inside a tenant the roles differ:

- coordinator (dorpsondersteuner): everything;
- vrijwilliger: only their own matches, agreements and tasks; logs hours, reports
  a signal about a resident they help; never other residents' data, never notes;
- bestuur: quarter counts and the signals put to the board;
- alleen-lezen: reads the case files, never the notes, writes nothing.

Views ask ``require(lidmaatschap, Recht.X)`` (or use ``@requires``); objects are
fetched only through the ``access_*`` helpers below, which authorise and fetch
together. Call inside the tenant's schema.
"""

from __future__ import annotations

import enum
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from kern.models import (
    Aandachtslijst,
    Hulpvraag,
    Inwoner,
    Match,
    Signaal,
    Taak,
    Verwijzing,
    Vrijwilliger,
)

COORDINATOR = "coordinator"
VRIJWILLIGER = "vrijwilliger"
BESTUUR = "bestuur"
ALLEEN_LEZEN = "alleen-lezen"


class Recht(enum.Enum):
    DOSSIERS_LEZEN = "dossiers-lezen"  # residents, help requests, volunteers, watch list
    DOSSIERS_SCHRIJVEN = "dossiers-schrijven"
    NOTITIES_LEZEN = "notities-lezen"  # Inwoner.notities: health and personal notes
    SIGNALEN_BEHANDELEN = "signalen-behandelen"
    SIGNAAL_MELDEN = "signaal-melden"
    BESTUUR_ADVISEREN = "bestuur-adviseren"  # read and answer escalated signals
    CIJFERS_LEZEN = "cijfers-lezen"
    EIGEN_WERK = "eigen-werk"  # the volunteer's own matches, agreements, tasks, hours


RECHTEN: dict[str, frozenset[Recht]] = {
    COORDINATOR: frozenset(Recht),
    VRIJWILLIGER: frozenset({Recht.EIGEN_WERK, Recht.SIGNAAL_MELDEN}),
    BESTUUR: frozenset({Recht.CIJFERS_LEZEN, Recht.BESTUUR_ADVISEREN}),
    ALLEEN_LEZEN: frozenset({Recht.DOSSIERS_LEZEN, Recht.CIJFERS_LEZEN}),
}

GEEN_TOEGANG = _("Dit mag je met jouw rol niet doen.")


def rol_van(lidmaatschap) -> str | None:
    return getattr(lidmaatschap, "rol", None)


def mag(lidmaatschap, recht: Recht) -> bool:
    return recht in RECHTEN.get(rol_van(lidmaatschap) or "", frozenset())


def require(lidmaatschap, recht: Recht) -> None:
    if not mag(lidmaatschap, recht):
        raise PermissionDenied(str(GEEN_TOEGANG))


def requires(recht: Recht):
    """View decorator: the member's role must hold ``recht`` (else 403)."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            require(getattr(request, "lidmaatschap", None), recht)
            return view(request, *args, **kwargs)

        wrapped.kern_recht = recht
        return wrapped

    return decorate


def rechten_voor(lidmaatschap) -> frozenset[Recht]:
    return RECHTEN.get(rol_van(lidmaatschap) or "", frozenset())


# --- the volunteer behind an account --------------------------------------------------


def vrijwilliger_van(user) -> Vrijwilliger | None:
    """The volunteer record linked to this account, if any."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return Vrijwilliger.objects.filter(user_id=user.pk).first()


def eigen_matches(user) -> QuerySet[Match]:
    return Match.objects.filter(vrijwilliger__user_id=getattr(user, "pk", None))


def eigen_inwoner_ids(user) -> QuerySet:
    """Residents a volunteer helps (active or chosen matches): the only ones they may see."""
    return (
        eigen_matches(user)
        .exclude(status__in=[Match.Status.GEEN_KLIK])
        .exclude(hulpvraag__inwoner__isnull=True)
        .values("hulpvraag__inwoner_id")
    )


# --- access helpers: fetch and authorise together -------------------------------------


def _get(queryset: QuerySet, pk):
    try:
        return queryset.get(pk=int(pk))
    except (ValueError, TypeError, queryset.model.DoesNotExist):
        raise Http404 from None


def access_inwoner(lidmaatschap, user, pk, *, schrijven: bool = False) -> Inwoner:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN)
    return _get(Inwoner.objects.select_related("dorp"), pk)


def access_hulpvraag(lidmaatschap, user, pk, *, schrijven: bool = False) -> Hulpvraag:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN)
    return _get(Hulpvraag.objects.select_related("inwoner", "categorie", "inwoner__dorp"), pk)


def access_match(lidmaatschap, user, pk, *, schrijven: bool = False) -> Match:
    """Coordinators reach every match; a volunteer only their own (read, or sign)."""
    qs = Match.objects.select_related("hulpvraag", "hulpvraag__inwoner", "vrijwilliger")
    if mag(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN):
        return _get(qs, pk)
    if mag(lidmaatschap, Recht.EIGEN_WERK):
        return _get(qs.filter(vrijwilliger__user_id=user.pk), pk)
    raise PermissionDenied(str(GEEN_TOEGANG))


def access_taak(lidmaatschap, user, pk) -> Taak:
    qs = Taak.objects.select_related("hulpvraag", "inwoner", "vrijwilliger")
    if mag(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN):
        return _get(qs, pk)
    if mag(lidmaatschap, Recht.EIGEN_WERK):
        return _get(
            qs.filter(vrijwilliger__user_id=user.pk, uitvoerder=Taak.Uitvoerder.VRIJWILLIGER), pk
        )
    raise PermissionDenied(str(GEEN_TOEGANG))


def access_verwijzing(lidmaatschap, user, pk) -> Verwijzing:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN)
    return _get(Verwijzing.objects.select_related("inwoner", "hulpvraag"), pk)


def access_aandacht(lidmaatschap, user, pk) -> Aandachtslijst:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN)
    return _get(Aandachtslijst.objects.select_related("inwoner"), pk)


def access_signaal(lidmaatschap, user, pk) -> Signaal:
    """Coordinators handle every signal; the bestuur sees only those put to it."""
    qs = Signaal.objects.select_related("inwoner", "inwoner__dorp")
    if mag(lidmaatschap, Recht.SIGNALEN_BEHANDELEN):
        return _get(qs, pk)
    if mag(lidmaatschap, Recht.BESTUUR_ADVISEREN):
        return _get(qs.filter(status=Signaal.Status.BESTUUR), pk)
    raise PermissionDenied(str(GEEN_TOEGANG))


def access_vrijwilliger(lidmaatschap, user, pk, *, schrijven: bool = False) -> Vrijwilliger:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN)
    return _get(Vrijwilliger.objects.all(), pk)


def inwoner_meldbaar(lidmaatschap, user, inwoner_id) -> Inwoner:
    """A resident the member may report a signal about: any for a coordinator, own for others."""
    require(lidmaatschap, Recht.SIGNAAL_MELDEN)
    qs = Inwoner.objects.all()
    if not mag(lidmaatschap, Recht.DOSSIERS_LEZEN):
        qs = qs.filter(pk__in=eigen_inwoner_ids(user))
    return _get(qs, inwoner_id)
