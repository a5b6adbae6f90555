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

from django.core.exceptions import PermissionDenied, ValidationError
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
from tenants.models import Lidmaatschap

COORDINATOR = Lidmaatschap.Rol.COORDINATOR.value
VRIJWILLIGER = Lidmaatschap.Rol.VRIJWILLIGER.value
BESTUUR = Lidmaatschap.Rol.BESTUUR.value
ALLEEN_LEZEN = Lidmaatschap.Rol.ALLEEN_LEZEN.value


class Recht(enum.Enum):
    DOSSIERS_LEZEN = "dossiers-lezen"  # residents, help requests, volunteers, watch list
    DOSSIERS_SCHRIJVEN = "dossiers-schrijven"
    NOTITIES_LEZEN = "notities-lezen"  # Inwoner.notities: health and personal notes
    SIGNALEN_BEHANDELEN = "signalen-behandelen"
    SIGNAAL_MELDEN = "signaal-melden"
    BESTUUR_ADVISEREN = "bestuur-adviseren"  # read and answer escalated signals
    CIJFERS_LEZEN = "cijfers-lezen"
    EIGEN_WERK = "eigen-werk"  # the volunteer's own matches, agreements, tasks, hours
    UREN_SCHRIJVEN = "uren-schrijven"  # log hours (a volunteer: only their own)
    UREN_VOOR_IEDEREEN = "uren-voor-iedereen"  # log hours for any volunteer
    MDO = "mdo"  # the monthly case meeting: case work, names and health
    ACTIVITEITEN_ZIEN = "activiteiten-zien"
    ACTIVITEITEN_PLANNEN = "activiteiten-plannen"  # plan, sign up guests, rides, attendance
    RAPPORTAGE_LEZEN = "rapportage-lezen"  # quarterly overview, funder reports (counts only)
    FINANCIERING_BEHEREN = "financiering-beheren"  # funders and grants


# The one role table of a foundation's side: every tenant app (kern, mdo, activiteiten,
# rapportage) asks it through ``mag``/``require``/``requires``; nothing else compares roles.
RECHTEN: dict[str, frozenset[Recht]] = {
    COORDINATOR: frozenset(Recht),
    VRIJWILLIGER: frozenset(
        {Recht.EIGEN_WERK, Recht.SIGNAAL_MELDEN, Recht.UREN_SCHRIJVEN, Recht.ACTIVITEITEN_ZIEN}
    ),
    BESTUUR: frozenset(
        {
            Recht.CIJFERS_LEZEN,
            Recht.BESTUUR_ADVISEREN,
            Recht.ACTIVITEITEN_ZIEN,
            Recht.RAPPORTAGE_LEZEN,
            Recht.FINANCIERING_BEHEREN,
        }
    ),
    ALLEEN_LEZEN: frozenset(
        {
            Recht.DOSSIERS_LEZEN,
            Recht.CIJFERS_LEZEN,
            Recht.ACTIVITEITEN_ZIEN,
            Recht.RAPPORTAGE_LEZEN,
        }
    ),
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


def get_or_404(queryset: QuerySet, pk, **filters):
    """One object by primary key, or 404 (also for a malformed key). Every app's access helpers
    end here after ``require``."""
    try:
        return queryset.get(pk=pk, **filters)
    except (ValueError, TypeError, ValidationError, queryset.model.DoesNotExist):
        raise Http404 from None


def access_inwoner(lidmaatschap, user, pk, *, schrijven: bool = False) -> Inwoner:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN)
    return get_or_404(Inwoner.objects.select_related("dorp"), pk)


def access_hulpvraag(lidmaatschap, user, pk, *, schrijven: bool = False) -> Hulpvraag:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN)
    return get_or_404(Hulpvraag.objects.select_related("inwoner", "categorie", "inwoner__dorp"), pk)


def access_match(lidmaatschap, user, pk, *, schrijven: bool = False) -> Match:
    """Coordinators reach every match; a volunteer only their own (read, or sign)."""
    qs = Match.objects.select_related("hulpvraag", "hulpvraag__inwoner", "vrijwilliger")
    if mag(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN):
        return get_or_404(qs, pk)
    if mag(lidmaatschap, Recht.EIGEN_WERK):
        return get_or_404(qs.filter(vrijwilliger__user_id=user.pk), pk)
    raise PermissionDenied(str(GEEN_TOEGANG))


def access_taak(lidmaatschap, user, pk) -> Taak:
    qs = Taak.objects.select_related("hulpvraag", "inwoner", "vrijwilliger")
    if mag(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN):
        return get_or_404(qs, pk)
    if mag(lidmaatschap, Recht.EIGEN_WERK):
        return get_or_404(
            qs.filter(vrijwilliger__user_id=user.pk, uitvoerder=Taak.Uitvoerder.VRIJWILLIGER), pk
        )
    raise PermissionDenied(str(GEEN_TOEGANG))


def access_verwijzing(lidmaatschap, user, pk) -> Verwijzing:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN)
    return get_or_404(Verwijzing.objects.select_related("inwoner", "hulpvraag"), pk)


def access_aandacht(lidmaatschap, user, pk) -> Aandachtslijst:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN)
    return get_or_404(Aandachtslijst.objects.select_related("inwoner"), pk)


def access_signaal(lidmaatschap, user, pk) -> Signaal:
    """Coordinators handle every signal; the bestuur sees only those put to it."""
    qs = Signaal.objects.select_related("inwoner", "inwoner__dorp")
    if mag(lidmaatschap, Recht.SIGNALEN_BEHANDELEN):
        return get_or_404(qs, pk)
    if mag(lidmaatschap, Recht.BESTUUR_ADVISEREN):
        return get_or_404(qs.filter(status=Signaal.Status.BESTUUR), pk)
    raise PermissionDenied(str(GEEN_TOEGANG))


def access_vrijwilliger(lidmaatschap, user, pk, *, schrijven: bool = False) -> Vrijwilliger:
    require(lidmaatschap, Recht.DOSSIERS_SCHRIJVEN if schrijven else Recht.DOSSIERS_LEZEN)
    return get_or_404(Vrijwilliger.objects.all(), pk)


def inwoner_meldbaar(lidmaatschap, user, inwoner_id) -> Inwoner:
    """A resident the member may report a signal about: any for a coordinator, own for others."""
    require(lidmaatschap, Recht.SIGNAAL_MELDEN)
    qs = Inwoner.objects.all()
    if not mag(lidmaatschap, Recht.DOSSIERS_LEZEN):
        qs = qs.filter(pk__in=eigen_inwoner_ids(user))
    return get_or_404(qs, inwoner_id)


def uren_vrijwilligers(lidmaatschap, user) -> QuerySet[Vrijwilliger]:
    """The volunteers this member may log hours for: anyone active, or only themselves."""
    require(lidmaatschap, Recht.UREN_SCHRIJVEN)
    if mag(lidmaatschap, Recht.UREN_VOOR_IEDEREEN):
        return Vrijwilliger.objects.filter(status=Vrijwilliger.Status.ACTIEF)
    return Vrijwilliger.objects.filter(user_id=getattr(user, "pk", None))
