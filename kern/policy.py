"""Who may do what with kern's case data: the access helpers on top of the one role table
(tenants.rollen).

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

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

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
from tenants.rollen import (  # noqa: F401 - re-exported
    ALLEEN_LEZEN,
    BESTUUR,
    COORDINATOR,
    GEEN_TOEGANG,
    RECHTEN,
    VRIJWILLIGER,
    Recht,
    get_or_404,
    mag,
    rechten_voor,
    require,
    requires,
    rol_van,
)

# The role table and its helpers live in tenants.rollen (one table for every app); they are
# re-exported here because kern's views and tests have always asked kern.policy.
# --- the volunteer behind an account --------------------------------------------------


def _account_pk(user) -> int | None:
    """The account behind a request, or None: no account, no volunteer work.

    Filtering on ``user_id=None`` would find every volunteer without an account, so each
    helper below answers "nothing" instead when there is no saved, logged-in account.
    """
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return getattr(user, "pk", None)


def vrijwilliger_van(user) -> Vrijwilliger | None:
    """The volunteer record linked to this account, if any."""
    pk = _account_pk(user)
    return None if pk is None else Vrijwilliger.objects.filter(user_id=pk).first()


def eigen_matches(user) -> QuerySet[Match]:
    pk = _account_pk(user)
    return Match.objects.none() if pk is None else Match.objects.filter(vrijwilliger__user_id=pk)


def eigen_inwoner_ids(user) -> QuerySet:
    """Residents a volunteer helps (active or chosen matches): the only ones they may see."""
    return (
        eigen_matches(user)
        .exclude(status__in=[Match.Status.GEEN_KLIK])
        .exclude(hulpvraag__inwoner__isnull=True)
        .values("hulpvraag__inwoner_id")
    )


# --- access helpers: fetch and authorise together -------------------------------------


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
    pk = _account_pk(user)
    return Vrijwilliger.objects.none() if pk is None else Vrijwilliger.objects.filter(user_id=pk)
